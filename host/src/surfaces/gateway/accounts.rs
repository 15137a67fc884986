//! The gateway's side of linked accounts: which key a request spends (one it brought,
//! a linked account it names, or the host's), and the `/accounts` routes that link,
//! list, verify and unlink them.

use super::{Answer, Asked, error_answer, failure, json_answer};
use crate::accounts::{ACCOUNT_HEADER, ACCOUNT_PARAM, Account, AccountError, Accounts, Linked, link, webhooks};
use crate::events::Events;
use crate::events::store::NewEvent;
use crate::egress::pacer::Plan;
use crate::runtime::Connector;
use crate::core::tenant::ApiKey;
use serde_json::json;
use smartlead_component::surfaces::gateway::API_KEY_HEADER;

/// Who a request says pays for it, before any lookup.
#[derive(Debug, Clone, PartialEq)]
pub enum Payer {
    /// The host's own key (or none).
    Host,
    /// The key it brought in `x-smartlead-api-key`.
    Brought(ApiKey),
    /// The linked account it names in `x-smartlead-account` or `integrated_account_id`.
    Account(String),
}

impl Payer {
    /// Read from the request's headers and query; two different names, or a key and an
    /// account both, are refused.
    pub fn of<B>(request: &hyper::Request<B>) -> Result<Payer, String> {
        let header = |name: &str| request.headers().get(name).and_then(|v| v.to_str().ok()).map(str::trim).filter(|v| !v.is_empty());
        let brought = header(API_KEY_HEADER).and_then(ApiKey::new);
        let pairs = form_urlencoded::parse(request.uri().query().unwrap_or("").as_bytes());
        let mut named: Vec<String> = pairs.filter(|(k, _)| k == ACCOUNT_PARAM).map(|(_, v)| v.trim().to_string()).collect();
        named.extend(header(ACCOUNT_HEADER).map(str::to_string));
        named.dedup();
        match (brought, &named[..]) {
            (Some(_), [_, ..]) => Err(format!("send an API key ({API_KEY_HEADER}) or a linked account ({ACCOUNT_HEADER} / {ACCOUNT_PARAM}), not both")),
            (Some(key), []) => Ok(Payer::Brought(key)),
            (None, []) => Ok(Payer::Host),
            (None, [account]) if !account.is_empty() => Ok(Payer::Account(account.clone())),
            (None, _) => Err(format!("name one linked account: {ACCOUNT_HEADER} and {ACCOUNT_PARAM} disagree, or one is empty")),
        }
    }
}

/// The query without `integrated_account_id`, the other parameters byte for byte: the
/// component (and Smartlead, through the proxy) never sees which account pays.
pub fn without_account(uri: &http::Uri) -> http::Uri {
    let Some(query) = uri.query() else { return uri.clone() };
    let kept: Vec<&str> = query.split('&').filter(|pair| form_urlencoded::parse(pair.as_bytes()).next().is_none_or(|(k, _)| k != ACCOUNT_PARAM)).collect();
    let path_and_query = if kept.is_empty() { uri.path().to_string() } else { format!("{}?{}", uri.path(), kept.join("&")) };
    let mut parts = uri.clone().into_parts();
    parts.path_and_query = path_and_query.parse().ok();
    http::Uri::from_parts(parts).unwrap_or_else(|_| uri.clone())
}

/// The key of the account named, with the account's plan set for its pacing; a name
/// no account has is `unauthorized`, answered here with nothing sent.
pub async fn key_of(accounts: Option<&Accounts>, connector: &Connector, name: &str) -> Result<(Account, ApiKey), Answer> {
    let Some(accounts) = accounts else {
        return Err(failure(400, "this gateway keeps no linked accounts: start it with --accounts-db and SMARTLEAD_MASTER_KEY", None));
    };
    match accounts.key(name).await {
        Ok((account, key)) => {
            connector.egress().pacers.plan(key.tenant(), account.plan.pacing());
            Ok((account, key))
        }
        Err(AccountError::NotFound(message)) => Err(error_answer(401, "unauthorized", &message, None)),
        Err(e) => Err(account_failure(&e)),
    }
}

/// The body of `POST /accounts`.
#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct LinkRequest {
    name: String,
    api_key: String,
    #[serde(default)]
    plan: Plan,
}

/// `GET|POST /accounts`, `GET|DELETE /accounts/{id}`, `POST /accounts/{id}/verify`,
/// `GET /accounts/{id}/webhook` (its receiver URL) and `POST /accounts/{id}/webhooks`
/// (a campaign webhook registered as it, pointed there); linking, rotating and
/// unlinking are announced in the events feed.
pub async fn route(accounts: Option<&Accounts>, events: Option<&Events>, connector: &Connector, asked: &Asked) -> Answer {
    let Asked { method, path, query, base, body } = asked;
    let base = base.clone();
    let Some(accounts) = accounts else {
        return failure(404, "this gateway keeps no linked accounts: start it with --accounts-db and SMARTLEAD_MASTER_KEY", None);
    };
    let rest: Vec<&str> = path.trim_start_matches("/accounts").split('/').filter(|s| !s.is_empty()).collect();
    let mut end_user_id = None;
    for (name, value) in form_urlencoded::parse(query.as_deref().unwrap_or("").as_bytes()) {
        match (&*name, &rest[..]) {
            ("end_user_id", []) if *method == hyper::Method::GET => end_user_id = Some(value.into_owned()),
            (ACCOUNT_PARAM, _) => {}
            _ => return error_answer(400, "invalid_input", &format!("{name} is not a parameter of {method} {path}; GET /accounts takes end_user_id"), None),
        }
    }
    let answer = match (method.as_str(), &rest[..]) {
        ("GET", []) => accounts.list(end_user_id.as_deref()).await.map(|list| json_answer(200, &json!({"result": list, "next_cursor": null, "result_count": list.len()}))),
        ("POST", []) => {
            let request: LinkRequest = match serde_json::from_slice(body) {
                Ok(request) => request,
                Err(e) => return error_answer(400, "invalid_input", &format!("the body must be {{\"name\": …, \"api_key\": …, \"plan\": \"standard\"|\"pro\"}}: {e}"), None),
            };
            let Some(key) = ApiKey::new(&request.api_key) else {
                return error_answer(400, "invalid_input", "api_key is empty", None);
            };
            match link::link(accounts, connector, &request.name, &key, request.plan).await {
                Ok((account, linked)) => {
                    let (status, kind) = if linked == Linked::Created { (201, "account.linked") } else { (200, "account.rotated") };
                    announce(events, kind, &account).await;
                    Ok(json_answer(status, &json!({"result": account, "linked": linked})))
                }
                Err(e) => Err(e),
            }
        }
        ("GET", [id]) => accounts.find(id).await.map(|account| json_answer(200, &json!({"result": account}))),
        ("DELETE", [id]) => match accounts.unlink(id).await {
            Ok(account) => {
                announce(events, "account.unlinked", &account).await;
                Ok(json_answer(200, &json!({"result": account, "unlinked": true})))
            }
            Err(e) => Err(e),
        },
        ("POST", [id, "verify"]) => link::verify(accounts, connector, id).await.map(|account| json_answer(200, &json!({"result": account}))),
        ("GET", [id, "webhook"]) => {
            let Some(base) = base else {
                return failure(400, "the request has no Host header, and the gateway has no --public-url to make the receiver's address from", None);
            };
            accounts.webhook_token(id).await.map(|(account, token)| {
                let url = webhooks::receiver_url(&base, &account.id, &token);
                json_answer(200, &json!({"result": {ACCOUNT_PARAM: account.id, "webhook_url": url}}))
            })
        }
        ("POST", [id, "webhooks"]) => {
            let Some(base) = base else {
                return failure(400, "the request has no Host header, and the gateway has no --public-url to make the receiver's address from", None);
            };
            let webhook: serde_json::Value = match serde_json::from_slice(body) {
                Ok(webhook) => webhook,
                Err(e) => return error_answer(400, "invalid_input", &format!("the body must be {{\"campaign_id\": …, \"name\": …, \"event_types\": […]}}: {e}"), None),
            };
            webhooks::register(accounts, connector, id, &base, webhook).await.map(|(made, url)| json_answer(201, &json!({"result": made, "webhook_url": url})))
        }
        (_, [] | [_] | [_, "verify"] | [_, "webhook"] | [_, "webhooks"]) => return error_answer(405, "invalid_input", &format!("{method} is not a method of {path}"), None),
        _ => return failure(404, &format!("no route {path}: the account routes are /accounts, /accounts/ID, /accounts/ID/verify, /accounts/ID/webhook and /accounts/ID/webhooks"), None),
    };
    answer.unwrap_or_else(|e| account_failure(&e))
}

/// Keeps `account.linked`, `account.rotated` or `account.unlinked` in the events feed,
/// beside the webhook events: the account as anyone may see it, never its key. A feed
/// that cannot take it is logged; the link itself stands.
pub async fn announce(events: Option<&Events>, kind: &str, account: &Account) {
    let Some(events) = events else { return };
    let now = crate::events::now_ms();
    let event = json!({
        "id": crate::accounts::seal::random_id("evt_"),
        "kind": kind,
        ACCOUNT_PARAM: account.id,
        "end_user_id": account.end_user.as_ref().map(|u| u.id.clone()),
        "account": account,
    });
    let new = NewEvent { id: event["id"].as_str().unwrap_or_default().to_string(), kind: kind.into(), campaign_id: None, received_at_ms: now, event, action: None, action_due_ms: None, account_id: Some(account.id.clone()) };
    let kept = match events.store().await {
        Ok(store) => store.insert(new).await.map(drop),
        Err(e) => Err(e),
    };
    if let Err(e) = kept {
        tracing::error!(kind, account = %account.id, error = %e, "an account event was not kept in the events feed");
    }
}

/// An account failure in the gateway's error shape.
pub(super) fn account_failure(e: &AccountError) -> Answer {
    let status = match e {
        AccountError::Invalid(_) => 400,
        AccountError::NotFound(_) => 404,
        // No answer (or none that reads) is the upstream's failure; any refusal, the key's.
        AccountError::Smartlead(refused) if refused.kind == "transport" || refused.kind == "decode" => 502,
        AccountError::Smartlead(_) => 422,
        AccountError::Store(_) => 503,
    };
    error_answer(status, e.kind(), e.message(), None)
}

