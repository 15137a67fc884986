//! The 1-to-1 proxy: any Smartlead route below the base URL, with the client's key,
//! pacing, retries and error typing, and list answers in the common envelope.

use crate::catalog::decode::{json_body, list_records};
use crate::catalog::execute;
use crate::catalog::reply::{Reading, Reply};
use crate::core::client::{ApiRequest, Base, Client};
use crate::core::error::{Error, Result};
use crate::core::http::{HttpResponse, Method};
use crate::core::paging::{self, Listing, MAX_SLICE, PageRequest, Position};
use serde_json::{Value, json};

/// Smartlead's answer: its status and the body (lists in the envelope, the rest verbatim).
#[derive(Debug, Clone, PartialEq)]
pub struct ProxyResponse {
    pub status: u16,
    pub body: String,
}

fn method(name: &str) -> Result<Method> {
    Ok(match name.to_ascii_uppercase().as_str() {
        "GET" => Method::Get,
        "POST" => Method::Post,
        "PUT" => Method::Put,
        "PATCH" => Method::Patch,
        "DELETE" => Method::Delete,
        _ => return Err(Error::invalid("method", format!("{name:?} is not one of GET, POST, PUT, PATCH, DELETE"))),
    })
}

/// A path below the base URL: no way out (`..`, another host, a scheme) and no query.
fn check_path(path: &str) -> Result<()> {
    let bad = |why: &str| Err(Error::invalid("path", format!("{path:?} {why}")));
    if !path.starts_with('/') || path.starts_with("//") {
        return bad("must start with a single / and stay below the base URL");
    }
    if path.contains("://") || path.split('/').any(|s| s == ".." || s == ".") {
        return bad("must not leave the base URL");
    }
    if path.chars().any(|c| c.is_control() || c.is_whitespace() || matches!(c, '?' | '#' | '\\' | '%')) {
        return bad("must be a plain path; put parameters in `query`");
    }
    Ok(())
}

/// Sends `method path?query` with an optional JSON `body`. A list answer becomes
/// `{result, next_cursor, result_count}`; pass `next_cursor` back as a query pair,
/// with the same path and query, for the next page.
pub fn request(client: &Client, method_name: &str, path: &str, query: Vec<(String, String)>, body: Option<String>) -> Result<ProxyResponse> {
    let method = method(method_name)?;
    check_path(path)?;
    if query.iter().any(|(k, _)| k.eq_ignore_ascii_case("api_key")) {
        return Err(Error::invalid("query", "must not carry api_key; the client adds the key"));
    }
    let body = body
        .filter(|b| !b.trim().is_empty())
        .map(|b| serde_json::from_str::<Value>(&b).map_err(|e| Error::invalid("body", format!("is not JSON: {e}"))))
        .transpose()?;
    let cursor = query.iter().find(|(k, _)| k == "next_cursor").map(|(_, v)| v.clone());
    let limit = query.iter().find(|(k, _)| k == "limit").and_then(|(_, v)| v.parse::<u32>().ok());
    let mut query: Vec<(String, String)> = query.into_iter().filter(|(k, _)| k != "next_cursor").collect();
    // Sorted: the same filters in another order are the same list (some servers reorder queries).
    let mut filters: Vec<&(String, String)> = query.iter().filter(|(k, _)| k != "offset" && k != "limit").collect();
    filters.sort();
    let fingerprint = paging::fingerprint(&format!("{} {path}", method.as_str()), &json!(filters));
    let paged = cursor.is_some() || limit.is_some();
    // Any route may list: pages as Smartlead's offset lists do, up to the largest slice.
    let listing = Listing::Offset { max: MAX_SLICE };
    let at = if paged {
        let at = listing.position(&PageRequest { limit, cursor }, fingerprint)?.expect("offset listings have positions");
        query.retain(|(k, _)| k != "offset" && k != "limit");
        query.push(("offset".into(), at.offset.to_string()));
        query.push(("limit".into(), at.limit.to_string()));
        Some(at)
    } else {
        None
    };
    let request = ApiRequest { base: Base::Server, method, path: path.to_string(), query, body };
    execute::request(client, &request, method.idempotent(), &Reading { operation: "proxy", listing, at })
}

/// Smartlead's answer as the proxy passes it on.
impl Reply for ProxyResponse {
    fn read(response: &HttpResponse, reading: &Reading) -> Result<Self> {
        let status = response.status;
        let is_json = response.header("content-type").is_none_or(|t| t.contains("json")) && !response.body.is_empty();
        if !is_json {
            return Ok(ProxyResponse { status, body: String::from_utf8_lossy(&response.body).into_owned() });
        }
        let value = json_body(response)?;
        let listed = value.is_array() || value.get("data").is_some_and(Value::is_array);
        if !listed {
            return Ok(ProxyResponse { status, body: value.to_string() });
        }
        let (items, total) = list_records::<Value>(response)?;
        let next_cursor = reading
            .at
            .filter(|at| paging::has_more_after(at, items.len(), total))
            .map(|at| paging::encode(&Position { offset: at.offset + items.len() as u64, ..at }));
        let envelope = json!({"result_count": items.len(), "result": items, "next_cursor": next_cursor});
        Ok(ProxyResponse { status, body: envelope.to_string() })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_cannot_leave_the_base_url() {
        for bad in ["campaigns", "//evil.test/x", "/../x", "/campaigns/../../x", "/a/./b", "/http://evil/x", "/x?api_key=1", "/x y", "/x%2F..", "/x\\y"] {
            assert_eq!(check_path(bad).unwrap_err().kind(), "invalid_input", "{bad}");
        }
        for good in ["/campaigns", "/campaigns/1/leads", "/email-accounts/", "/leads/fetch-categories"] {
            assert!(check_path(good).is_ok(), "{good}");
        }
    }
}
