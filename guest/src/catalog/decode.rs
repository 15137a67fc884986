//! Reading Smartlead's answers, as pure functions of the HTTP response: its soft
//! failures (`ok: false`, `success: false`, an `error` key), its wrappers, its empty
//! answers for missing records, and its lists in their several envelopes.

use crate::core::client::message_of;
use crate::core::error::{Error, RemoteError, Result};
use crate::core::http::HttpResponse;
use serde::de::DeserializeOwned;
use serde_json::Value;
use serde_json::value::RawValue;
use std::collections::BTreeMap;

/// The body of a response as text.
pub fn body_text(response: &HttpResponse) -> Result<&str> {
    std::str::from_utf8(&response.body).map_err(|_| Error::Decode("response body is not UTF-8".into()))
}

/// Smartlead's soft failure: `ok: false`, `success: false` or a non-empty `error`. Read
/// through `field`, so a parsed body and raw top-level fields follow one rule.
fn is_soft_failure(field: impl Fn(&str) -> Option<Value>) -> bool {
    let refused = ["ok", "success"].iter().any(|k| field(k) == Some(Value::Bool(false)));
    refused || field("error").is_some_and(|e| !e.is_null() && e != "")
}

/// The JSON body of a 2xx response (`null` when empty), after Smartlead's soft failures
/// are turned into errors.
pub fn json_body(response: &HttpResponse) -> Result<Value> {
    let text = body_text(response)?;
    if text.trim().is_empty() {
        return Ok(Value::Null);
    }
    let body: Value = serde_json::from_str(text).map_err(|e| {
        let snippet: String = text.chars().take(120).collect();
        Error::Decode(format!("response is not JSON ({e}): {snippet}"))
    })?;
    if is_soft_failure(|k| body.get(k).cloned()) {
        let message = message_of(&body).unwrap_or_else(|| format!("Smartlead refused the request: {body}"));
        return Err(Error::Remote(RemoteError { status: response.status, message: client_safe(message) }));
    }
    Ok(body)
}

/// Messages are quoted from Smartlead; keep them to a readable length.
fn client_safe(message: String) -> String {
    if message.len() > 500 { format!("{}…", &message[..message.floor_char_boundary(500)]) } else { message }
}

/// Reads `value` as `T`, naming the path of the field that does not fit.
pub fn decode<T: DeserializeOwned>(value: &Value) -> Result<T> {
    serde_path_to_error::deserialize(value).map_err(|e| Error::Decode(format!("unexpected response at `{}`: {}", e.path(), e.inner())))
}

/// The record inside `{ok, data: {...}}` / `{success, data: {...}}`, or the body itself.
pub fn unwrap_record(body: Value) -> Value {
    let wrapped = body.get("ok").is_some() || body.get("success").is_some();
    match body {
        Value::Object(mut map) if wrapped && map.get("data").is_some_and(Value::is_object) => map.remove("data").unwrap_or_default(),
        other => other,
    }
}

/// Smartlead's way of saying "no such record": `{}` or no body at all.
pub fn is_no_record(body: &Value) -> bool {
    body.is_null() || body.as_object().is_some_and(|m| m.is_empty())
}

/// The records of a list response — a bare array, or the array under `data` or another
/// single list field (`history`, `campaigns`, …) — with Smartlead's total when it gives
/// one. Records are read straight from the body into `T`, without a JSON tree in
/// between: for a large page that tree cost more than the records themselves.
pub fn list_records<T: DeserializeOwned>(response: &HttpResponse) -> Result<(Vec<T>, Option<u64>)> {
    let text = body_text(response)?;
    let trimmed = text.trim_start();
    if trimmed.starts_with('[') {
        return Ok((records(text)?, None));
    }
    let fields: BTreeMap<String, &RawValue> = match trimmed.starts_with('{').then(|| serde_json::from_str(text).ok()).flatten() {
        Some(fields) => fields,
        // Empty, `null`, not JSON, or a soft failure: `json_body` says which.
        None => {
            return match json_body(response)? {
                Value::Null => Ok((Vec::new(), None)),
                other => Err(Error::Decode(format!("expected a list in the response, got {other}"))),
            };
        }
    };
    let value = |key: &str| fields.get(key).and_then(|raw| serde_json::from_str::<Value>(raw.get()).ok());
    if is_soft_failure(value) {
        // `json_body` reports it, with Smartlead's message.
        json_body(response)?;
    }
    if fields.is_empty() {
        return Ok((Vec::new(), None));
    }
    let total = ["total_leads", "total_stats", "total_count", "total"]
        .iter()
        .find_map(|k| value(k))
        .and_then(|v| v.as_u64().or_else(|| v.as_str()?.trim().parse().ok()));
    // Reports nest their list one level down: `{ok, data: {campaign_list: [...]}}`.
    // Parsed only when neither the body nor `data` is the list.
    let data = fields.get("data").copied();
    let nested = || data.filter(|raw| raw.get().trim_start().starts_with('{')).and_then(|raw| serde_json::from_str::<BTreeMap<String, &RawValue>>(raw.get()).ok());
    let list = data.filter(|raw| is_list(raw)).or_else(|| only_list(&fields)).or_else(|| nested().as_ref().and_then(only_list));
    match list {
        Some(raw) => Ok((records(raw.get())?, total)),
        None => Err(Error::Decode("expected a list in the response".into())),
    }
}

fn is_list(raw: &RawValue) -> bool {
    raw.get().trim_start().starts_with('[')
}

/// The one list field of an object, if it has exactly one.
fn only_list<'a>(fields: &BTreeMap<String, &'a RawValue>) -> Option<&'a RawValue> {
    let mut lists = fields.values().copied().filter(|raw| is_list(raw));
    let first = lists.next();
    if lists.next().is_none() { first } else { None }
}

/// A JSON array as records, naming the path of the field that does not fit.
fn records<T: DeserializeOwned>(text: &str) -> Result<Vec<T>> {
    let mut json = serde_json::Deserializer::from_str(text);
    let items = serde_path_to_error::deserialize(&mut json)
        .map_err(|e| Error::Decode(format!("unexpected response at `{}`: {}", e.path(), e.inner())))?;
    json.end().map_err(|e| Error::Decode(format!("response is not JSON ({e})")))?;
    Ok(items)
}
