//! `POST /webhooks/smartlead`: Smartlead's deliveries, verified, read into events and
//! handed to the events sink, and acknowledged only once the sink has taken them all.
//!
//! Smartlead treats a 4xx answer as final and retries a 5xx or a timeout, so the answer
//! is 401 or 400 only for a delivery that retrying cannot fix, and 5xx whenever an event
//! could not be put anywhere yet.

use super::{GatewayRequest, GatewayResponse, error_response, json_type, refusal};
use crate::core::error::Error;
use crate::core::http::{HttpRequest, Method, Transport, TransportError};
use crate::surfaces::events::{REQUEST_ID_HEADER, WebhookEvent, parse_webhook};
use serde_json::json;
use std::time::Duration;

/// Where the receiver listens.
pub const WEBHOOK_PATH: &str = "/webhooks/smartlead";
/// The secret Smartlead signs deliveries with (or puts in them as `secret_key`).
pub const WEBHOOK_SECRET_VAR: &str = "SMARTLEAD_WEBHOOK_SECRET";
/// Where each event is POSTed as JSON, one request per event, with its id in `x-request-id`.
pub const EVENTS_URL_VAR: &str = "SMARTLEAD_EVENTS_URL";

/// The sink's answer is only a status; nothing larger is read.
const MAX_SINK_ANSWER: usize = 64 << 10;

/// Where events go: an HTTP endpoint that answers 2xx once it holds an event.
pub struct Sink {
    pub url: String,
    pub transport: Box<dyn Transport>,
    pub timeout: Duration,
}

/// The receiver's setup: the secret deliveries must match, and the sink.
#[derive(Default)]
pub struct Receiver {
    pub secret: Option<String>,
    pub sink: Option<Sink>,
}

impl Receiver {
    /// The secret from `SMARTLEAD_WEBHOOK_SECRET` and the sink at `SMARTLEAD_EVENTS_URL`,
    /// reached over `transport`.
    pub fn from_env(env: impl Fn(&str) -> Option<String>, transport: Box<dyn Transport>, timeout: Duration) -> Receiver {
        let secret = env(WEBHOOK_SECRET_VAR).filter(|s| !s.is_empty());
        let sink = env(EVENTS_URL_VAR).filter(|u| !u.trim().is_empty()).map(|url| Sink { url: url.trim().to_string(), transport, timeout });
        Receiver { secret, sink }
    }

    /// Answers one delivery: 401 when it does not match the secret, 400 when it is not
    /// an event, 200 once every event is with the sink, 502 or 503 otherwise.
    pub fn receive(&self, request: &GatewayRequest) -> GatewayResponse {
        let events = match parse_webhook(&request.headers, &request.body, self.secret.as_deref()) {
            Ok(events) => events,
            Err(e) => return error_response(&e),
        };
        let Some(sink) = &self.sink else {
            return refusal(503, "transport", &format!("this receiver has nowhere to keep events: set {EVENTS_URL_VAR} to where they should go"));
        };
        for event in &events {
            if let Err(answer) = sink.deliver(event) {
                return answer;
            }
        }
        received(events.iter().map(|e| e.id.as_str()))
    }
}

/// `Ok` for a delivery sent by a program; 403 for one a web page sent (it has an
/// `Origin`): Smartlead delivers from its servers, never from a browser.
pub fn from_server(origin: Option<&str>) -> crate::core::error::Result<()> {
    match origin {
        None => Ok(()),
        Some(origin) => Err(super::access::forbidden(format!("webhook deliveries come from Smartlead's servers, not from web pages (Origin {origin}); nothing was kept"))),
    }
}

/// The answer once every event of a delivery is kept: 200 with their ids.
pub fn received<'a>(ids: impl IntoIterator<Item = &'a str>) -> GatewayResponse {
    let ids: Vec<&str> = ids.into_iter().collect();
    let body = json!({"result": {"received": ids.len(), "ids": ids}});
    GatewayResponse { status: 200, headers: json_type(), body: body.to_string() }
}

/// The answer when event `id` could not be kept: a 5xx (503 for a store that is full or
/// busy, 502 otherwise), so Smartlead delivers it again.
pub fn not_kept(id: &str, status: u16, why: &str) -> GatewayResponse {
    refusal(status, "transport", &format!("event {id} was not kept, so Smartlead should deliver it again: {why}"))
}

impl Sink {
    /// One event to the sink; the answer to give Smartlead when it did not take it.
    fn deliver(&self, event: &WebhookEvent) -> Result<(), GatewayResponse> {
        let body = serde_json::to_vec(event).map_err(|e| error_response(&Error::Decode(e.to_string())))?;
        let request = HttpRequest {
            method: Method::Post,
            url: self.url.clone(),
            headers: vec![("content-type".into(), "application/json".into()), (REQUEST_ID_HEADER.into(), event.id.clone())],
            body: Some(body),
            timeout: self.timeout,
            // The sink is the host's own: nothing queues it.
            host_times_attempt: false,
            max_response_bytes: MAX_SINK_ANSWER,
        };
        let id = event.id.as_str();
        match self.transport.send(&request) {
            Ok(answer) if (200..300).contains(&answer.status) => Ok(()),
            // The sink's own "try again later" (a store that is full or busy) passes through.
            Ok(answer) if answer.status == 503 => Err(not_kept(id, 503, "the events sink is unavailable (503)")),
            Ok(answer) => Err(not_kept(id, 502, &format!("the events sink answered {}", answer.status))),
            Err(TransportError::Failed(why)) => Err(not_kept(id, 502, &format!("the events sink could not be reached: {why}"))),
            Err(TransportError::TooLarge { .. }) => Err(not_kept(id, 502, "the events sink's answer was too large")),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tests::fake::Script;
    use serde_json::Value;

    fn receiver(script: &Script, secret: Option<&str>) -> Receiver {
        let sink = Sink { url: "http://sink.test/events".into(), transport: Box::new(script.clone()), timeout: Duration::from_secs(1) };
        Receiver { secret: secret.map(str::to_string), sink: Some(sink) }
    }

    fn delivery(body: &str, headers: &[(&str, &str)]) -> GatewayRequest {
        GatewayRequest {
            method: "POST".into(),
            path: WEBHOOK_PATH.into(),
            body: body.as_bytes().to_vec(),
            headers: headers.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect(),
            ..GatewayRequest::default()
        }
    }

    #[test]
    fn each_event_goes_to_the_sink_before_the_answer() {
        let script = Script::default();
        script.answer(200, "").answer(201, "");
        let body = r#"[{"event_type": "EMAIL_REPLY", "campaign_id": 7, "secret_key": "s"}, {"event_type": "EMAIL_OPEN", "campaign_id": 7, "secret_key": "s"}]"#;
        let answer = receiver(&script, Some("s")).receive(&delivery(body, &[("X-Request-Id", "d-1")]));
        assert_eq!(answer.status, 200, "{}", answer.body);
        let sent = script.sent.borrow();
        assert_eq!(sent.len(), 2);
        let first: Value = serde_json::from_slice(sent[0].body.as_ref().unwrap()).unwrap();
        assert_eq!((first["kind"].as_str(), first["verified"].as_bool()), (Some("EMAIL_REPLY"), Some(true)));
        assert!(first["raw"].get("secret_key").is_none(), "the secret is not forwarded: {first}");
        // Verified, so named by the signed body, not by the delivery's X-Request-Id.
        let second = first["id"].as_str().unwrap().replace("#0", "#1");
        assert_eq!(sent[1].headers.iter().find(|(k, _)| k == REQUEST_ID_HEADER).map(|(_, v)| v.as_str()), Some(second.as_str()));
        assert_eq!((sent[0].method, sent[0].url.as_str()), (Method::Post, "http://sink.test/events"));
    }

    #[test]
    fn an_event_the_sink_did_not_take_is_a_5xx_so_smartlead_retries() {
        let body = r#"{"event_type": "EMAIL_OPEN"}"#;
        for (script, status) in [
            { let s = Script::default(); s.fail("connection refused"); (s, 502) },
            { let s = Script::default(); s.answer(500, ""); (s, 502) },
            { let s = Script::default(); s.answer(503, ""); (s, 503) },
            { let s = Script::default(); s.answer(200, "").answer(404, ""); (s, 502) },
        ] {
            let batch = format!("[{body}, {body}]");
            let answer = receiver(&script, None).receive(&delivery(&batch, &[]));
            assert_eq!(answer.status, status, "{}", answer.body);
            assert!(answer.body.contains("deliver it again"), "{}", answer.body);
        }
        let nowhere = Receiver::default().receive(&delivery(body, &[]));
        assert_eq!(nowhere.status, 503);
        assert!(nowhere.body.contains(EVENTS_URL_VAR), "{}", nowhere.body);
    }

    #[test]
    fn deliveries_that_retrying_cannot_fix_are_4xx_and_reach_no_sink() {
        let script = Script::default();
        let wrong = receiver(&script, Some("s")).receive(&delivery(r#"{"event_type": "EMAIL_OPEN", "secret_key": "x"}"#, &[]));
        assert_eq!(wrong.status, 401, "{}", wrong.body);
        let signed = receiver(&script, Some("s")).receive(&delivery(r#"{"event_type": "EMAIL_OPEN"}"#, &[("X-Smartlead-Signature", "sha256=00")]));
        assert_eq!(signed.status, 401);
        let malformed = receiver(&script, None).receive(&delivery("{oops", &[]));
        assert_eq!(malformed.status, 400);
        assert!(script.sent.borrow().is_empty());
    }

    #[test]
    fn a_web_page_delivers_nothing_even_from_an_allowed_origin() {
        use crate::surfaces::gateway::{Access, Setup, handle};
        let script = Script::default();
        let access = Access::from_env(|name| (name == crate::surfaces::gateway::access::ALLOWED_ORIGINS_VAR).then(|| "https://app.example".to_string()));
        let setup = Setup { access, receiver: receiver(&script, None) };
        for method in ["POST", "OPTIONS"] {
            let mut request = delivery(r#"{"event_type": "EMAIL_OPEN"}"#, &[("Origin", "https://app.example")]);
            request.method = method.into();
            let answer = handle(&crate::tests::fake::client(&script), &setup, &request);
            assert_eq!(answer.status, 403, "{method}: {}", answer.body);
            assert!(answer.body.contains("not from web pages"), "{}", answer.body);
        }
        assert!(script.sent.borrow().is_empty(), "a page's delivery reached the sink");
    }
}
