//! Connect: the platform's backend asks for a session (`POST /connect/sessions`, behind
//! the gateway's login), its end user opens the session's page (`/connect/{token}`, no
//! login: the token is the credential) and links their own Smartlead key there, and
//! `/connect.js` opens that page from the platform's frontend. The key goes from the
//! form to Smartlead and into the sealed store; no URL, log line or page carries it.

mod page;

use super::accounts::announce;
use super::{Answer, Asked, error_answer, failure, json_answer};
use crate::accounts::connect::{ConnectArgs, Dead, Session, SessionRequest};
use crate::accounts::link::{self, Attempt};
use crate::accounts::{Accounts, Linked};
use crate::core::tenant::ApiKey;
use crate::egress::pacer::Plan;
use crate::egress::redact;
use crate::events::Events;
use crate::runtime::Connector;
use bytes::Bytes;
use http_body_util::Full;
use page::{Frame, Page};
use std::time::Duration;

/// Where sessions are made.
const SESSIONS_PATH: &str = "/connect/sessions";
/// The frontend module, served and shipped in the npm package from this one file.
pub const SCRIPT_PATH: &str = "/connect.js";
const SCRIPT: &str = include_str!("../../../../../bindings/js/connect.js");

/// What the connect routes work with.
pub struct Context<'a> {
    pub args: &'a ConnectArgs,
    pub accounts: Option<&'a Accounts>,
    pub connector: &'a Connector,
    pub events: Option<&'a Events>,
}

/// Whether `path` is a connect route.
pub fn serves(path: &str) -> bool {
    path == SCRIPT_PATH || path == "/connect" || path.starts_with("/connect/")
}

/// Whether the route is for end users' browsers, which have no gateway token: the page
/// and the script. Making sessions is the platform's, behind the login.
pub fn is_public(path: &str) -> bool {
    path == SCRIPT_PATH || (path.starts_with("/connect/") && path != SESSIONS_PATH)
}

/// The path as logs show it: a page's token is a credential until used, so it is cut.
pub fn shown_path(path: &str) -> &str {
    if path.starts_with("/connect/") && path != SESSIONS_PATH { "/connect/…" } else { path }
}

/// Serves a connect route.
pub async fn route(ctx: Context<'_>, asked: &Asked) -> Answer {
    let Asked { method, path, base, body, .. } = asked;
    if path == SCRIPT_PATH {
        return match method.as_str() {
            "GET" | "HEAD" => script(),
            _ => not_allowed(path, "GET"),
        };
    }
    let Some(accounts) = ctx.accounts else {
        return failure(404, "this gateway links no accounts: start it with --accounts-db and SMARTLEAD_MASTER_KEY to serve connect sessions", None);
    };
    if path == SESSIONS_PATH {
        return match method.as_str() {
            "POST" => open(&ctx, accounts, base.clone(), body).await,
            _ => not_allowed(path, "POST"),
        };
    }
    let token = path.trim_start_matches("/connect/");
    if token.is_empty() || token.contains('/') {
        return failure(404, "no such connect route: sessions are made at POST /connect/sessions and opened at /connect/{token}", None);
    }
    let answer = match method.as_str() {
        "GET" => show(&ctx, accounts, token).await,
        "POST" => submit(&ctx, accounts, token, body).await,
        _ => return not_allowed(path, "GET, POST"),
    };
    answer.unwrap_or_else(|e| failure(503, &format!("the connect page could not be served: {e}"), Some(1)))
}

/// `POST /connect/sessions`: `{token, url, expires_at}` for the end user named; the URL
/// starts with `base`, the gateway's address as browsers reach it.
async fn open(ctx: &Context<'_>, accounts: &Accounts, base: Option<String>, body: &Bytes) -> Answer {
    let request: SessionRequest = match serde_json::from_slice(body) {
        Ok(request) => request,
        Err(e) => {
            let shape = r#"{"end_user": {"id": …, "display_name": …}, "return_url": …, "allowed_origins": […], "state": …}"#;
            return error_answer(400, "invalid_input", &format!("the body must be {shape}: {e}"), None);
        }
    };
    let Some(base) = base else {
        return failure(400, "the request has no Host header, and the gateway has no --public-url to make the page's address from", None);
    };
    let ttl = Duration::from_secs(ctx.args.connect_ttl_secs);
    match accounts.open_session(&request, &base, ttl, ctx.args.connect_attempts).await {
        Ok(opened) => json_answer(201, &serde_json::to_value(opened).unwrap_or_default()),
        Err(e) => super::accounts::account_failure(&e),
    }
}

/// `GET /connect/{token}`: the form, or the page saying why the token links nothing.
async fn show(ctx: &Context<'_>, accounts: &Accounts, token: &str) -> Result<Answer, crate::accounts::AccountError> {
    let frame = |session| Frame { platform: &ctx.args.platform_name, session, claimed_origin: None };
    Ok(match accounts.session(token).await? {
        Ok(session) => html(frame(Some(&session)).form(&session, None, "redirect")),
        Err(dead) => html(frame(None).dead(dead)),
    })
}

/// The form as posted.
struct Form {
    api_key: String,
    plan: Option<Plan>,
    /// `message` when the page's script runs in a window `connect.js` opened.
    message: bool,
    origin: Option<String>,
}

impl Form {
    fn read(body: &[u8]) -> Form {
        let mut form = Form { api_key: String::new(), plan: Some(Plan::Standard), message: false, origin: None };
        for (name, value) in form_urlencoded::parse(body) {
            match &*name {
                "api_key" => form.api_key = value.trim().to_string(),
                "plan" => form.plan = ["standard", "pro"].contains(&&*value).then(|| Plan::from_name(&value)),
                "mode" => form.message = value == "message",
                "origin" => form.origin = Some(value.into_owned()).filter(|o| !o.is_empty()),
                _ => {}
            }
        }
        form
    }

    fn mode(&self) -> &'static str {
        if self.message { "message" } else { "redirect" }
    }
}

/// `POST /connect/{token}`: try the key, and link it, redirect or post the outcome, or
/// show the form again with Smartlead's refusal.
async fn submit(ctx: &Context<'_>, accounts: &Accounts, token: &str, body: &Bytes) -> Result<Answer, crate::accounts::AccountError> {
    let form = Form::read(body);
    let session = match accounts.session(token).await? {
        Ok(session) => session,
        Err(dead) => return Ok(html(Frame { platform: &ctx.args.platform_name, session: None, claimed_origin: None }.dead(dead))),
    };
    let frame = Frame { platform: &ctx.args.platform_name, session: Some(&session), claimed_origin: form.origin.as_deref() };
    let (Some(key), Some(plan)) = (ApiKey::new(&form.api_key), form.plan) else {
        let why = if form.plan.is_none() { "Choose your Smartlead plan: Standard or Pro." } else { "Paste your Smartlead API key: the field was empty." };
        return Ok(html(frame.form(&session, Some(why), form.mode())));
    };
    let answer = match link::link_session(accounts, ctx.connector, token, &key, plan).await {
        Attempt::Linked(account, linked) => {
            let kind = if linked == Linked::Created { "account.linked" } else { "account.rotated" };
            announce(ctx.events, kind, &account).await;
            match (&session.return_url, form.message) {
                (Some(url), false) => redirect(url, &account.id, session.state.as_deref()),
                _ => html(frame.linked(&account.id)),
            }
        }
        Attempt::Dead(dead) => html(frame.dead(dead)),
        Attempt::Refused { error, left: 0 } => {
            tracing::info!(kind = error.kind, "a connect session's last try was refused");
            html(frame.dead(Dead::Exhausted))
        }
        Attempt::Refused { error, left } => {
            let message = format!("{} {left} {} left.", redact(error.message, Some(&key)), if left == 1 { "try" } else { "tries" });
            html(frame.form(&Session { attempts: session.max_attempts - left, ..session.clone() }, Some(&message), form.mode()))
        }
        Attempt::Failed(e) => {
            let message = format!("{} This try was not counted; please try again.", redact(e.message().to_string(), Some(&key)));
            html(frame.failed(&session, &message, form.mode()))
        }
    };
    Ok(answer)
}

/// 303 to the platform's return URL with the account's id and the platform's state.
fn redirect(return_url: &str, account_id: &str, state: Option<&str>) -> Answer {
    let mut query = form_urlencoded::Serializer::new(String::new());
    query.append_pair(crate::accounts::ACCOUNT_PARAM, account_id);
    if let Some(state) = state {
        query.append_pair("state", state);
    }
    let separator = if return_url.contains('?') { '&' } else { '?' };
    let location = format!("{return_url}{separator}{}", query.finish());
    let answer = hyper::Response::builder().status(303).header("location", location).header("cache-control", "no-store").header("referrer-policy", "no-referrer");
    answer.body(Full::new(Bytes::new())).unwrap_or_else(|_| failure(500, "the return URL could not be put in a redirect", None))
}

fn html(page: Page) -> Answer {
    let answer = hyper::Response::builder()
        .status(page.status)
        .header("content-type", "text/html; charset=utf-8")
        .header("content-security-policy", page.csp)
        .header("cache-control", "no-store")
        .header("referrer-policy", "no-referrer")
        .header("x-content-type-options", "nosniff");
    answer.body(Full::new(Bytes::from(page.html))).unwrap_or_else(|_| failure(500, "the connect page could not be built", None))
}

/// The frontend module: any site may load it (it holds nothing secret).
fn script() -> Answer {
    let answer = hyper::Response::builder()
        .header("content-type", "text/javascript; charset=utf-8")
        .header("access-control-allow-origin", "*")
        .header("cache-control", "public, max-age=300")
        .header("x-content-type-options", "nosniff");
    answer.body(Full::new(Bytes::from_static(SCRIPT.as_bytes()))).unwrap_or_else(|_| failure(500, "connect.js could not be served", None))
}

fn not_allowed(path: &str, allow: &'static str) -> Answer {
    let mut refused = failure(405, &format!("{path} takes {allow}"), None);
    refused.headers_mut().insert(hyper::header::ALLOW, hyper::header::HeaderValue::from_static(allow));
    refused
}
