//! `POST /webhooks/smartlead[/{account id}?token=…]`: Smartlead's deliveries, read by the
//! component's typed `events.parse-webhook` and kept by the host before it answers.
//!
//! The answers are the component's own (its receiver's 200, its refusals, its "not
//! kept" 5xx), so a delivery is answered alike here and under `wasmtime serve`; what is
//! not a delivery (another method, a web page's request) is the component's to answer.

use super::{Answer, Gateway, failure};
use crate::accounts::{ACCOUNT_HEADER, AccountError};
use crate::core::metrics::Refusal;
use crate::events::intake::{self, NOT_KEPT};
use bytes::Bytes;
use http_body_util::Full;
use hyper::body::Incoming;
use smartlead_component::surfaces::gateway::receiver::{WEBHOOK_PATH, not_kept, received};
use smartlead_component::surfaces::gateway::{API_KEY_HEADER, GatewayResponse, error_response};

/// Which receiver a path names.
pub(super) enum Receiver {
    /// `/webhooks/smartlead`: deliveries proved by the host's webhook secret.
    Host,
    /// `/webhooks/smartlead/{account id}`: one linked account's, proved by the token in
    /// its URL.
    Account(String),
}

impl Receiver {
    /// The receiver `path` (without a trailing slash) names, if any.
    pub(super) fn of(path: &str) -> Option<Receiver> {
        match path.strip_prefix(WEBHOOK_PATH)? {
            "" => Some(Receiver::Host),
            rest => rest.strip_prefix('/').filter(|id| !id.is_empty()).map(|id| Receiver::Account(id.to_string())),
        }
    }
}

impl Gateway {
    /// Answers a request to a receiver: a program's POST is a delivery, kept here; the
    /// component answers anything else.
    pub(super) async fn webhook(&self, request: hyper::Request<Incoming>, receiver: Receiver) -> Answer {
        let delivery = request.method() == hyper::Method::POST && !request.headers().contains_key(hyper::header::ORIGIN);
        if !delivery {
            return self.not_a_delivery(request).await;
        }
        // Whose events these are, and the secret that proves them (none for an
        // account's: its URL's token did).
        let (account, secret) = match receiver {
            Receiver::Host => match self.receiver() {
                Some(events) => (None, events.secret.clone()),
                None => return failure(503, "this gateway receives no webhooks: beyond loopback it takes only signed deliveries; start it with --webhook-secret (SMARTLEAD_WEBHOOK_SECRET)", None),
            },
            Receiver::Account(id) => match self.linked(&request, &id).await {
                Ok(account) => (Some(account), None),
                Err(refused) => return refused,
            },
        };
        let Some(events) = self.events.as_deref() else {
            return failure(503, "this gateway keeps no events; Smartlead should deliver this again", None);
        };
        let Some(_slot) = self.slot().await else {
            self.connector.metrics().refused(Refusal::QueueFull);
            return failure(503, "the gateway is serving as many requests as it takes; Smartlead should deliver this again", Some(1));
        };
        let headers = request_headers(&request);
        let body = match self.read_body(request.into_body(), true).await {
            Ok(body) => body,
            Err(refused) => return refused,
        };
        let parsed = match self.connector.parse_webhook(&headers, &body, secret.as_deref()).await {
            Ok(Ok(parsed)) => parsed,
            Ok(Err(refused)) => return answer(error_response(&refused)),
            Err(e) => return failure(500, &format!("the component failed reading the delivery: {e:#}"), None),
        };
        let metrics = self.connector.metrics();
        let mut ids = Vec::with_capacity(parsed.len());
        for event in parsed {
            let id = event["id"].as_str().unwrap_or_default().to_string();
            match intake::keep(events, event, account.as_deref()).await {
                Ok(taken) => metrics.webhook_event(taken.name()),
                Err(why) => {
                    metrics.webhook_event(NOT_KEPT);
                    return answer(not_kept(&id, 503, &why));
                }
            }
            ids.push(id);
        }
        answer(received(ids.iter().map(String::as_str)))
    }

    /// The linked account whose receiver URL this is, once its token matches; an unknown
    /// account, an unlinked one or another token is 401.
    async fn linked(&self, request: &hyper::Request<Incoming>, id: &str) -> Result<String, Answer> {
        let query = request.uri().query().unwrap_or("");
        let token = form_urlencoded::parse(query.as_bytes()).find(|(k, _)| k == "token").map(|(_, v)| v.into_owned()).unwrap_or_default();
        let Some(accounts) = self.accounts.as_deref() else {
            return Err(failure(401, "this gateway keeps no linked accounts, so no account's webhooks", None));
        };
        match accounts.webhook_account(id, &token).await {
            Ok(account) => Ok(account.id),
            Err(AccountError::NotFound(message)) => Err(failure(401, &message, None)),
            Err(e) => Err(failure(503, &format!("the delivery was not kept: {e}"), Some(1))),
        }
    }

    /// The component's answer to what is not a delivery: 405 for another method, 403 for
    /// a web page's request.
    async fn not_a_delivery(&self, request: hyper::Request<Incoming>) -> Answer {
        let (mut parts, body) = request.into_parts();
        parts.uri = match http::Uri::builder().path_and_query(WEBHOOK_PATH).build() {
            Ok(uri) => uri,
            Err(e) => return failure(500, &format!("the request could not be passed on: {e}"), None),
        };
        let body = match self.read_body(body, true).await {
            Ok(body) => body,
            Err(refused) => return refused,
        };
        let answer = self.serve_one(hyper::Request::from_parts(parts, Full::new(body)), None).await;
        answer.unwrap_or_else(|e| failure(500, &format!("the component failed: {e:#}"), None))
    }
}

/// The delivery's headers the component reads (its signature, its request id); never
/// the caller's credentials.
fn request_headers<B>(request: &hyper::Request<B>) -> Vec<(String, String)> {
    let secret = |name: &str| name == API_KEY_HEADER || name == ACCOUNT_HEADER || name == hyper::header::AUTHORIZATION.as_str();
    request.headers().iter().filter(|(name, _)| !secret(name.as_str())).filter_map(|(name, value)| Some((name.to_string(), value.to_str().ok()?.to_string()))).collect()
}

/// The component's answer as the gateway sends it.
fn answer(response: GatewayResponse) -> Answer {
    let mut answer = hyper::Response::builder().status(response.status);
    for (name, value) in &response.headers {
        answer = answer.header(*name, value);
    }
    answer.body(Full::new(Bytes::from(response.body))).unwrap_or_else(|e| failure(500, &format!("the component's answer could not be sent: {e}"), None))
}
