//! The HTTP gateway: the unified API, the proxy and the tools as HTTP routes. One
//! implementation, served by `smartlead serve` and by any wasi:http runtime.

pub mod access;
pub mod receiver;

pub use access::Access;
pub use receiver::Receiver;

use crate::core::client::{Client, Config, Options};
use crate::core::error::{Error, Result};
use crate::core::paging::PageRequest;
use crate::surfaces::unified::model::{CampaignPatch, ContactInput};
use crate::surfaces::unified::{campaigns, contacts};
use crate::catalog;
use crate::surfaces::{proxy, tools, toolsets};
use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::{Map, Value, json};

/// The header that carries the API key; the key is never taken from the URL.
pub const API_KEY_HEADER: &str = "x-smartlead-api-key";
/// The environment the gateway reads its client's configuration from.
pub const API_KEY_VAR: &str = "SMARTLEAD_API_KEY";
pub const BASE_URL_VAR: &str = "SMARTLEAD_BASE_URL";
pub const SMARTDELIVERY_BASE_URL_VAR: &str = "SMARTLEAD_SMARTDELIVERY_BASE_URL";
pub const PROSPECT_BASE_URL_VAR: &str = "SMARTLEAD_PROSPECT_BASE_URL";
pub const SMART_SENDERS_BASE_URL_VAR: &str = "SMARTLEAD_SMART_SENDERS_BASE_URL";
pub const REQUESTS_PER_MINUTE_VAR: &str = "SMARTLEAD_REQUESTS_PER_MINUTE";
pub const MAX_RETRIES_VAR: &str = "SMARTLEAD_MAX_RETRIES";
pub const TIMEOUT_MS_VAR: &str = "SMARTLEAD_TIMEOUT_MS";
/// Set to `1` by a host that paces every request per key itself (`smartlead serve`).
pub const MANAGED_BY_HOST_VAR: &str = "SMARTLEAD_MANAGED_BY_HOST";
/// Where the unified routes live, as in the hosted unified API.
pub const UNIFIED_PREFIX: &str = "/unified/marketing-automation";

/// An HTTP request as the gateway sees it.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GatewayRequest {
    pub method: String,
    pub path: String,
    pub query: Vec<(String, String)>,
    pub body: Vec<u8>,
    /// The `Host` the caller dialled (the request's authority).
    pub host: Option<String>,
    /// The request's headers, as sent (the API key header already taken out by a host
    /// that keeps the key).
    pub headers: Vec<(String, String)>,
}

impl GatewayRequest {
    /// A header's value; names compare without case.
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.iter().find(|(k, _)| k.eq_ignore_ascii_case(name)).map(|(_, v)| v.as_str())
    }
}

/// What the gateway is set up with besides its client: who may call it, and where
/// webhook events go.
#[derive(Default)]
pub struct Setup {
    pub access: Access,
    pub receiver: Receiver,
}

/// The gateway's answer; bodies are JSON except a proxied non-JSON answer.
#[derive(Debug, Clone, PartialEq)]
pub struct GatewayResponse {
    pub status: u16,
    pub headers: Vec<(&'static str, String)>,
    pub body: String,
}

/// The client configuration from the runtime's environment (`SMARTLEAD_BASE_URL` and
/// the other hosts' `SMARTLEAD_SMARTDELIVERY_BASE_URL`, `SMARTLEAD_PROSPECT_BASE_URL`,
/// `SMARTLEAD_SMART_SENDERS_BASE_URL`,
/// `SMARTLEAD_API_KEY`, `SMARTLEAD_REQUESTS_PER_MINUTE`, `SMARTLEAD_MAX_RETRIES`,
/// `SMARTLEAD_TIMEOUT_MS`, `SMARTLEAD_MANAGED_BY_HOST`) and the request's key header, which wins over the environment.
/// With neither key, the host is expected to add it (as `smartlead serve` does).
pub fn config(header_key: Option<String>, env: impl Fn(&str) -> Option<String>) -> Result<Config> {
    let number = |name: &str| -> Result<Option<u32>> {
        env(name).map(|v| v.trim().parse().map_err(|_| Error::invalid(name, format!("{v:?} is not a whole number")))).transpose()
    };
    let options = Options {
        api_key: header_key.filter(|k| !k.is_empty()).or_else(|| env(API_KEY_VAR).filter(|k| !k.is_empty())),
        base_url: env(BASE_URL_VAR),
        smartdelivery_base_url: env(SMARTDELIVERY_BASE_URL_VAR),
        prospect_base_url: env(PROSPECT_BASE_URL_VAR),
        smart_senders_base_url: env(SMART_SENDERS_BASE_URL_VAR),
        requests_per_minute: number(REQUESTS_PER_MINUTE_VAR)?,
        max_retries: number(MAX_RETRIES_VAR)?,
        timeout_ms: number(TIMEOUT_MS_VAR)?,
        max_response_bytes: None,
        managed_by_host: Some(env(MANAGED_BY_HOST_VAR).is_some_and(|v| v == "1")),
    };
    Ok(options.resolve())
}

/// Answers one request: refused when `setup.access` does not admit its caller, routed
/// otherwise; an allowed web page's CORS preflight is answered here.
pub fn handle(client: &Client, setup: &Setup, request: &GatewayRequest) -> GatewayResponse {
    let (access, origin) = (&setup.access, request.header("origin"));
    let webhook = request.path.trim_end_matches('/') == receiver::WEBHOOK_PATH;
    // Smartlead delivers from its servers to whatever public name the webhook was
    // registered under, and the signature, not the name, says a delivery is genuine; a
    // web page never delivers one, whatever pages may call the API.
    let admitted = if webhook { receiver::from_server(origin) } else { access.check(request.host.as_deref(), origin) };
    let mut answer = match admitted {
        Err(e) => error_response(&e),
        Ok(()) if origin.is_some() && request.method.eq_ignore_ascii_case("OPTIONS") => {
            GatewayResponse { status: 204, headers: access.preflight_headers(), body: String::new() }
        }
        Ok(()) if webhook && request.method.eq_ignore_ascii_case("POST") => setup.receiver.receive(request),
        Ok(()) if webhook => method_not_allowed(&["POST"]),
        Ok(()) => route(client, request).unwrap_or_else(|e| error_response(&e)),
    };
    answer.headers.extend(access.cors_headers(origin));
    answer
}

fn route(client: &Client, request: &GatewayRequest) -> Result<GatewayResponse> {
    if request.query.iter().any(|(k, _)| k.eq_ignore_ascii_case("api_key")) {
        return Err(Error::invalid("api_key", format!("must not be in the URL; send it in the {API_KEY_HEADER} header")));
    }
    let method = request.method.to_ascii_uppercase();
    let path = request.path.trim_end_matches('/');
    if let Some(rest) = path.strip_prefix("/proxy/") {
        let body = (!request.body.is_empty()).then(|| String::from_utf8_lossy(&request.body).into_owned());
        let answer = proxy::request(client, &method, &format!("/{rest}"), request.query.clone(), body)?;
        return Ok(GatewayResponse { status: answer.status, headers: json_type(), body: answer.body });
    }
    let segments: Vec<&str> = path.split('/').skip(1).collect();
    let q = Query(&request.query);
    match (method.as_str(), segments.as_slice()) {
        ("GET", ["tools"]) => {
            q.only(&["toolsets"])?;
            let chosen = q.get("toolsets").map(toolsets::select).transpose()?;
            let listed: Vec<&tools::Tool> = tools::list_tools().iter().filter(|t| chosen.as_ref().is_none_or(|c| c.contains(t.name))).collect();
            ok(&json!({"result_count": listed.len(), "result": listed}))
        }
        ("POST", ["tools", name]) => {
            let output = tools::call_tool(client, name, &String::from_utf8_lossy(&request.body))?;
            let listed = catalog::find(name).and_then(|op| op.listing.max_limit()).is_some();
            let body = if listed { output } else { format!("{{\"result\":{output}}}") };
            Ok(GatewayResponse { status: 200, headers: json_type(), body })
        }
        (_, ["unified", "marketing-automation", resource, rest @ ..]) => unified(client, &method, resource, rest, &q, &request.body),
        (_, ["tools"]) => Ok(method_not_allowed(&["GET"])),
        (_, ["tools", _]) => Ok(method_not_allowed(&["POST"])),
        _ => Err(no_route(&method, &request.path)),
    }
}

fn unified(client: &Client, method: &str, resource: &str, rest: &[&str], q: &Query, body: &[u8]) -> Result<GatewayResponse> {
    match (method, resource, rest) {
        ("GET", "campaigns", []) => {
            q.only(&["include_analytics", "limit", "next_cursor"])?;
            ok(&campaigns::list(client, q.flag("include_analytics")?, q.page()?)?)
        }
        ("GET", "campaigns", [id]) => {
            q.only(&["include_analytics"])?;
            ok(&json!({"result": campaigns::get(client, id, q.flag("include_analytics")?)?}))
        }
        ("PATCH", "campaigns", [id]) => {
            q.only(&[])?;
            let patch: CampaignPatch = parse_body(body, &mut Map::new())?;
            ok(&json!({"result": campaigns::update(client, id, patch)?}))
        }
        ("GET", "contacts", []) => {
            q.only(&["campaign_id", "limit", "next_cursor"])?;
            ok(&contacts::list(client, q.get("campaign_id"), q.page()?)?)
        }
        ("POST", "contacts", []) => {
            q.only(&["campaign_id"])?;
            let mut campaign = q.campaign();
            let input: ContactInput = parse_body(body, &mut campaign)?;
            let campaign_id = campaign_id(&campaign)?.ok_or_else(|| Error::invalid("campaign_id", "is required: Smartlead leads live in campaigns"))?;
            let contact = contacts::create(client, &campaign_id, input)?;
            Ok(GatewayResponse { status: 201, headers: json_type(), body: json!({"result": contact}).to_string() })
        }
        ("GET", "contacts", [id]) => {
            q.only(&["campaign_id"])?;
            ok(&json!({"result": contacts::get(client, id, q.get("campaign_id"))?}))
        }
        ("PATCH", "contacts", [id]) => {
            q.only(&["campaign_id"])?;
            let mut campaign = q.campaign();
            let patch: ContactInput = parse_body(body, &mut campaign)?;
            ok(&json!({"result": contacts::update(client, id, campaign_id(&campaign)?.as_deref(), patch)?}))
        }
        ("DELETE", "contacts", [id]) => {
            q.only(&["campaign_id"])?;
            let campaign_id = q.get("campaign_id").ok_or_else(|| Error::invalid("campaign_id", "is required: a contact is removed from one campaign"))?;
            contacts::delete(client, id, campaign_id)?;
            Ok(GatewayResponse { status: 204, headers: Vec::new(), body: String::new() })
        }
        (_, "campaigns", []) => Ok(method_not_allowed(&["GET"])),
        (_, "campaigns", [_]) => Ok(method_not_allowed(&["GET", "PATCH"])),
        (_, "contacts", []) => Ok(method_not_allowed(&["GET", "POST"])),
        (_, "contacts", [_]) => Ok(method_not_allowed(&["GET", "PATCH", "DELETE"])),
        (_, "campaigns" | "contacts", _) => Err(no_route(method, &format!("{UNIFIED_PREFIX}/{resource}/{}", rest.join("/")))),
        _ => Err(no_route(method, &format!("{UNIFIED_PREFIX}/{resource}"))),
    }
}

/// A JSON body as `T`; a `campaign_id` in it moves to `extra` (it addresses, it is not a field).
fn parse_body<T: DeserializeOwned>(body: &[u8], extra: &mut Map<String, Value>) -> Result<T> {
    let mut value: Value = if body.iter().all(u8::is_ascii_whitespace) {
        json!({})
    } else {
        serde_json::from_slice(body).map_err(|e| Error::invalid("body", format!("is not JSON: {e}")))?
    };
    let Some(fields) = value.as_object_mut() else { return Err(Error::invalid("body", "must be a JSON object")) };
    if let Some(c) = fields.remove("campaign_id") {
        extra.insert("campaign_id".into(), c);
    }
    catalog::decode::fields(&value, "body")
}

/// `campaign_id` as text, whether given as a number or a string.
fn campaign_id(extra: &Map<String, Value>) -> Result<Option<String>> {
    match extra.get("campaign_id") {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(s)) => Ok(Some(s.clone())),
        Some(Value::Number(n)) => Ok(Some(n.to_string())),
        Some(other) => Err(Error::invalid("campaign_id", format!("must be an id, got {other}"))),
    }
}

/// The query of a request, checked against what a route takes.
struct Query<'a>(&'a [(String, String)]);

impl Query<'_> {
    fn get(&self, key: &str) -> Option<&str> {
        self.0.iter().find(|(k, _)| k == key).map(|(_, v)| v.as_str())
    }

    /// `campaign_id` from the query, to be overridden by one in the body.
    fn campaign(&self) -> Map<String, Value> {
        self.get("campaign_id").map(|c| ("campaign_id".to_string(), json!(c))).into_iter().collect()
    }

    fn only(&self, allowed: &[&str]) -> Result<()> {
        match self.0.iter().find(|(k, _)| !allowed.contains(&k.as_str())) {
            None => Ok(()),
            Some((k, _)) if allowed.is_empty() => Err(Error::invalid(k, "this route takes no query parameters")),
            Some((k, _)) => Err(Error::invalid(k, format!("is not a parameter of this route; expected: {}", allowed.join(", ")))),
        }
    }

    fn flag(&self, key: &str) -> Result<bool> {
        match self.get(key) {
            None | Some("false" | "0") => Ok(false),
            Some("" | "true" | "1") => Ok(true),
            Some(other) => Err(Error::invalid(key, format!("must be true or false, got {other:?}"))),
        }
    }

    fn page(&self) -> Result<PageRequest> {
        let limit = self.get("limit").map(|l| l.parse().map_err(|_| Error::invalid("limit", format!("must be a whole number, got {l:?}")))).transpose()?;
        Ok(PageRequest { limit, cursor: self.get("next_cursor").map(str::to_string) })
    }
}

fn ok<T: Serialize>(body: &T) -> Result<GatewayResponse> {
    let body = serde_json::to_string(body).map_err(|e| Error::Decode(e.to_string()))?;
    Ok(GatewayResponse { status: 200, headers: json_type(), body })
}

pub(crate) fn json_type() -> Vec<(&'static str, String)> {
    vec![("content-type", "application/json".into())]
}

fn no_route(method: &str, path: &str) -> Error {
    Error::NotFound(crate::core::error::RemoteError {
        status: 404,
        message: format!(
            "no route {method} {path}; routes: {UNIFIED_PREFIX}/campaigns[/{{id}}], {UNIFIED_PREFIX}/contacts[/{{id}}], /proxy/{{smartlead path}}, /tools[/{{name}}], {}",
            receiver::WEBHOOK_PATH
        ),
    })
}

/// No gateway route takes a larger request body.
pub const MAX_REQUEST_BYTES: usize = 8 << 20;

/// 405 for a route that exists with other methods, naming them in `Allow`.
fn method_not_allowed(allowed: &[&str]) -> GatewayResponse {
    let message = format!("this route takes {}", allowed.join(", "));
    let mut answer = refusal(405, "invalid_input", &message);
    answer.headers.push(("allow", allowed.join(", ")));
    answer
}

/// The answer to a body over `limit` bytes sent to `path`: 413, except for a webhook
/// delivery, which is 503: Smartlead drops a delivery answered 4xx but delivers it
/// again after a 5xx.
pub fn too_large(path: &str, limit: usize) -> GatewayResponse {
    if path.trim_end_matches('/') == receiver::WEBHOOK_PATH {
        return refusal(503, "transport", &format!("the delivery is larger than the {limit} bytes this gateway takes; it was not kept, so Smartlead should deliver it again"));
    }
    refusal(413, "invalid_input", &format!("the request body is larger than {limit} bytes"))
}

/// An answer the gateway gives without asking Smartlead, in the error shape.
pub(crate) fn refusal(status: u16, kind: &str, message: &str) -> GatewayResponse {
    let body = json!({"statusCode": status, "error": reason(status), "message": message, "kind": kind});
    GatewayResponse { status, headers: json_type(), body: body.to_string() }
}

/// `{statusCode, error, message, kind}`, with Smartlead's status where it answered.
pub fn error_response(error: &Error) -> GatewayResponse {
    let status = match error {
        Error::InvalidInput(_) => 400,
        Error::Unauthorized(r) | Error::NotFound(r) | Error::Remote(r) if r.status >= 400 => r.status,
        Error::NotFound(_) => 404,
        Error::Unauthorized(_) => 401,
        // A 200 carrying `ok: false`: Smartlead understood and refused.
        Error::Remote(_) => 422,
        Error::RateLimited { .. } => 429,
        Error::Transport(_) | Error::Decode(_) => 502,
    };
    let mut answer = refusal(status, error.kind(), error.message());
    if let Error::RateLimited { retry_after_ms: Some(ms), .. } = error {
        answer.headers.push(("retry-after", ms.div_ceil(1000).to_string()));
    }
    answer
}

/// The label of a status in the error shape (`"error"`), the same from the component
/// and from a host answering for it.
pub fn reason(status: u16) -> &'static str {
    match status {
        400 => "Bad Request",
        401 => "Unauthorized",
        403 => "Forbidden",
        404 => "Not Found",
        405 => "Method Not Allowed",
        408 => "Request Timeout",
        409 => "Conflict",
        413 => "Content Too Large",
        422 => "Unprocessable Entity",
        429 => "Too Many Requests",
        500 => "Internal Server Error",
        502 => "Bad Gateway",
        503 => "Service Unavailable",
        504 => "Gateway Timeout",
        s if s < 500 => "Client Error",
        _ => "Server Error",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Duration;
    use crate::tests::fake::{Script, client};

    fn call(script: &Script, method: &str, target: &str, body: &str) -> (u16, Value) {
        let (path, query) = target.split_once('?').unwrap_or((target, ""));
        let query = form_urlencoded::parse(query.as_bytes()).into_owned().collect();
        let request = GatewayRequest { method: method.into(), path: path.into(), query, body: body.as_bytes().to_vec(), ..GatewayRequest::default() };
        let response = handle(&client(script), &Setup::default(), &request);
        (response.status, serde_json::from_str(&response.body).unwrap_or(Value::Null))
    }

    #[test]
    fn bad_requests_are_json_errors_and_send_nothing() {
        let script = Script::default();
        let cases = [
            ("GET", "/nowhere", "", 404),
            ("PUT", "/unified/marketing-automation/campaigns", "", 405),
            ("GET", "/unified/marketing-automation/campaigns?api_key=k", "", 400),
            ("GET", "/unified/marketing-automation/campaigns?API_KEY=k", "", 400),
            ("GET", "/proxy/campaigns?Api_Key=k", "", 400),
            ("DELETE", "/unified/marketing-automation/campaigns/1", "", 405),
            ("POST", "/tools", "", 405),
            ("GET", "/tools/list_all_smartlead_campaigns", "", 405),
            ("GET", "/unified/marketing-automation/campaigns?limit=x", "", 400),
            ("GET", "/unified/marketing-automation/campaigns?next_cursor=junk", "", 400),
            ("GET", "/unified/marketing-automation/campaigns?include_analytics=maybe", "", 400),
            ("GET", "/unified/marketing-automation/contacts?campaign=1", "", 400),
            ("GET", "/unified/marketing-automation/contacts?campaign_id=abc", "", 400),
            ("POST", "/unified/marketing-automation/contacts", r#"{"email": "a@b.co"}"#, 400),
            ("POST", "/unified/marketing-automation/contacts?campaign_id=1", r#"{"email": "a@b.co", "nickname": "x"}"#, 400),
            ("POST", "/unified/marketing-automation/contacts?campaign_id=1", "[]", 400),
            ("POST", "/unified/marketing-automation/contacts?campaign_id=1", "{", 400),
            ("PATCH", "/unified/marketing-automation/campaigns/1", r#"{"status": "archived"}"#, 400),
            ("PATCH", "/unified/marketing-automation/campaigns/1", "{}", 400),
            ("DELETE", "/unified/marketing-automation/contacts/5", "", 400),
            ("GET", "/proxy/../x", "", 400),
            ("POST", "/tools/no_such_tool", "{}", 400),
        ];
        for (method, target, body, status) in cases {
            let (got, error) = call(&script, method, target, body);
            assert_eq!(got, status, "{method} {target}: {error}");
            assert_eq!(error["statusCode"], json!(status), "{method} {target}");
            assert!(error["error"].is_string() && error["message"].is_string() && error["kind"].is_string(), "{error}");
        }
        assert!(script.sent.borrow().is_empty(), "a request was sent for bad input");
    }

    #[test]
    fn upstream_errors_keep_smartlead_status_and_message() {
        let script = Script::default();
        script
            .answer(404, r#"{"error": "Campaign not found - Invalid campaign_id."}"#)
            .answer(401, r#"{"message": "Invalid API Key sekret-key"}"#)
            .answer(200, r#"{"ok": false, "error": "Invalid request!"}"#);
        let (status, e) = call(&script, "GET", "/unified/marketing-automation/campaigns/9", "");
        assert_eq!((status, e["message"].as_str().unwrap()), (404, "Campaign not found - Invalid campaign_id."));
        assert_eq!(e["error"], "Not Found");
        let (status, e) = call(&script, "GET", "/unified/marketing-automation/campaigns", "");
        assert_eq!((status, e["kind"].as_str().unwrap()), (401, "unauthorized"));
        assert!(!e.to_string().contains("sekret-key"), "{e}");
        let (status, e) = call(&script, "GET", "/unified/marketing-automation/campaigns/9", "");
        assert_eq!((status, e["message"].as_str().unwrap()), (422, "Invalid request!"));
    }

    #[test]
    fn unified_campaigns_and_tools_answer_in_result() {
        let script = Script::default();
        script
            .answer(200, r#"[{"id": 2, "name": "B", "status": "DRAFTED"}, {"id": 1, "name": "A", "status": "ACTIVE"}]"#)
            .answer(200, r#"{"id": 2, "name": "B", "status": "COMPLETED"}"#)
            .answer(200, r#"{"sent_count": "7", "unique_open_count": "3"}"#)
            .answer(200, r#"[{"id": 1, "name": "Interested"}]"#);
        let (status, page) = call(&script, "GET", "/unified/marketing-automation/campaigns?limit=1", "");
        assert_eq!(status, 200);
        assert_eq!((page["result"][0]["id"].as_str(), page["result"][0]["status"].as_str()), (Some("2"), Some("draft")));
        assert_eq!(page["result_count"], json!(1));
        assert!(page["next_cursor"].is_string());
        let (_, one) = call(&script, "GET", "/unified/marketing-automation/campaigns/2?include_analytics=true", "");
        assert_eq!((one["result"]["status"].as_str(), one["result"]["emails_sent"].as_u64(), one["result"]["unique_opens"].as_u64()), (Some("completed"), Some(7), Some(3)));
        assert_eq!(one["result"]["remote_data"]["status"], "COMPLETED");
        let (_, categories) = call(&script, "POST", "/tools/list_all_smartlead_lead_category", "{}");
        assert_eq!(categories["result"][0]["name"], "Interested");
        let (_, tools) = call(&script, "GET", "/tools", "");
        assert_eq!(tools["result_count"], json!(crate::catalog::CATALOG.len()));
        let (_, chosen) = call(&script, "GET", "/tools?toolsets=utilities,core", "");
        let names: Vec<&str> = chosen["result"].as_array().unwrap().iter().filter_map(|t| t["name"].as_str()).collect();
        assert_eq!(names.len(), 44, "{names:?}");
        assert!(names.contains(&"smartlead_utilities_send_single_email") && names.contains(&"list_all_smartlead_campaigns"));
        let (status, refused) = call(&script, "GET", "/tools?toolsets=inbox", "");
        assert_eq!(status, 400);
        assert!(refused["message"].as_str().unwrap().contains("master-inbox"), "{refused}");
    }

    #[test]
    fn web_pages_of_other_sites_are_refused_before_anything_is_sent() {
        let script = Script::default();
        script.answer(200, r#"[{"id": 1, "name": "Interested"}]"#);
        let tool = |access: &Access, host: &str, origin: Option<&str>, method: &str| {
            let request = GatewayRequest {
                method: method.into(),
                path: "/tools/list_all_smartlead_lead_category".into(),
                body: b"{}".to_vec(),
                host: Some(host.into()),
                headers: origin.map(|o| ("Origin".to_string(), o.to_string())).into_iter().collect(),
                ..GatewayRequest::default()
            };
            handle(&client(&script), &Setup { access: access.clone(), ..Setup::default() }, &request)
        };
        let closed = Access::default();
        for (host, origin) in [("rebound.example:8080", None), ("127.0.0.1:8080", Some("https://evil.example"))] {
            let answer = tool(&closed, host, origin, "POST");
            assert_eq!(answer.status, 403, "{host} {origin:?}: {}", answer.body);
            assert!(!answer.headers.iter().any(|(name, _)| name.starts_with("access-control")));
        }
        assert!(script.sent.borrow().is_empty(), "a refused request reached Smartlead");

        let open = Access::from_env(|name| (name == "SMARTLEAD_ALLOWED_ORIGINS").then(|| "https://dash.example".to_string()));
        let preflight = tool(&open, "127.0.0.1:8080", Some("https://dash.example"), "OPTIONS");
        assert_eq!(preflight.status, 204);
        let header = |r: &GatewayResponse, name: &str| r.headers.iter().find(|(n, _)| *n == name).map(|(_, v)| v.clone());
        assert!(header(&preflight, "access-control-allow-headers").unwrap().contains("x-smartlead-api-key"));
        assert!(script.sent.borrow().is_empty(), "a preflight reached Smartlead");
        let answer = tool(&open, "127.0.0.1:8080", Some("https://dash.example"), "POST");
        assert_eq!((answer.status, header(&answer, "access-control-allow-origin").as_deref()), (200, Some("https://dash.example")));
        assert_eq!(script.sent.borrow().len(), 1);
    }

    #[test]
    fn an_oversized_webhook_delivery_is_answered_so_smartlead_retries_it() {
        let webhook = too_large("/webhooks/smartlead/", 10);
        assert_eq!(webhook.status, 503, "Smartlead drops a delivery answered 4xx");
        assert!(webhook.body.contains("deliver it again"), "{}", webhook.body);
        assert_eq!(too_large("/proxy/campaigns", 10).status, 413);
    }

    #[test]
    fn configuration_comes_from_the_header_then_the_environment() {
        let env = |name: &str| match name {
            "SMARTLEAD_API_KEY" => Some("env-key".to_string()),
            "SMARTLEAD_BASE_URL" => Some("http://127.0.0.1:1/api/v1".to_string()),
            "SMARTLEAD_TIMEOUT_MS" => Some("1500".to_string()),
            _ => None,
        };
        let c = config(Some("header-key".into()), env).unwrap();
        assert_eq!((c.api_key.as_deref(), c.base_url.as_str(), c.timeout), (Some("header-key"), "http://127.0.0.1:1/api/v1", Duration::from_millis(1500)));
        assert_eq!(config(None, env).unwrap().api_key.as_deref(), Some("env-key"));
        assert_eq!(config(None, |_| None).unwrap().api_key, None);
        let bad = config(None, |n| (n == "SMARTLEAD_MAX_RETRIES").then(|| "many".to_string())).unwrap_err();
        assert!(bad.message().contains("SMARTLEAD_MAX_RETRIES"), "{bad}");
    }
}
