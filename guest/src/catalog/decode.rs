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
use std::fmt::Write;

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

/// `value` as the fields of `T` (a call's arguments, a request's body): one that does not
/// fit is named by its path, a value that is no object at all by `whole`.
pub fn fields<T: DeserializeOwned>(value: &Value, whole: &str) -> Result<T> {
    serde_path_to_error::deserialize(value).map_err(|e| {
        let path = e.path().to_string();
        Error::invalid(if path == "." { whole } else { &path }, e.into_inner())
    })
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
///
/// Read with serde_json alone. serde_path_to_error tracked the path as it read: its
/// wrappers were a tenth of the guest's time on a page of 50 campaigns, besides a copy of
/// every key, and were compiled for every record type (the component is 409 KB smaller
/// without them). A failure's path is found from where serde_json stopped ([`path_at`]).
fn records<T: DeserializeOwned>(text: &str) -> Result<Vec<T>> {
    serde_json::from_str(text).map_err(|e| Error::Decode(format!("unexpected response at `{}`: {e}", path_at(text, &e))))
}

/// Where in `text` serde_json stopped with `error`, as a path (`[2].sender.id`; `.` for the
/// whole): the member or element being read there, or the object or array that had just
/// closed when the error was found at its end (a field it lacked).
fn path_at(text: &str, error: &serde_json::Error) -> String {
    // serde_json counts lines from 1 and bytes within a line from 1, at the last byte read.
    let line_start: usize = text.split_inclusive('\n').take(error.line().saturating_sub(1)).map(str::len).sum();
    let stop = (line_start + error.column().saturating_sub(1)).min(text.len());
    // One frame per open object or array: the key or index being read in it.
    let mut frames: Vec<Frame> = Vec::new();
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < stop {
        match bytes[i] {
            b'{' => frames.push(Frame::Key(None)),
            b'[' => frames.push(Frame::Index(0)),
            b'}' | b']' => {
                frames.pop();
            }
            b',' => match frames.last_mut() {
                Some(Frame::Key(key)) => *key = None,
                Some(Frame::Index(n)) => *n += 1,
                None => {}
            },
            b'"' => {
                let end = string_end(bytes, i);
                if let Some(Frame::Key(key @ None)) = frames.last_mut() {
                    *key = Some(serde_json::from_str(&text[i..end]).unwrap_or_default());
                }
                i = end;
                continue;
            }
            _ => {}
        }
        i += 1;
    }
    // Stopped on the close of the innermost container: the path is the container's own.
    if matches!(bytes.get(stop), Some(b'}' | b']')) {
        frames.pop();
    }
    let mut path = String::new();
    for frame in &frames {
        match frame {
            Frame::Key(Some(key)) => {
                if !path.is_empty() {
                    path.push('.');
                }
                path.push_str(key);
            }
            Frame::Key(None) => {}
            Frame::Index(n) => {
                let _ = write!(path, "[{n}]");
            }
        }
    }
    if path.is_empty() { ".".into() } else { path }
}

/// What [`path_at`] is reading in an open object (the member's key, once read) or array
/// (the element's index).
enum Frame {
    Key(Option<String>),
    Index(usize),
}

/// The index just past the JSON string starting at `start` (its opening quote).
fn string_end(bytes: &[u8], start: usize) -> usize {
    let mut i = start + 1;
    while i < bytes.len() {
        match bytes[i] {
            b'\\' => i += 2,
            b'"' => return i + 1,
            _ => i += 1,
        }
    }
    bytes.len()
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Deserialize;

    #[derive(Deserialize, Debug)]
    #[allow(dead_code)]
    struct Sender {
        id: u64,
        name: String,
    }

    #[derive(Deserialize, Debug)]
    #[allow(dead_code)]
    struct Record {
        id: u64,
        #[serde(default)]
        tags: Vec<String>,
        sender: Sender,
        #[serde(rename = "odd \"key\", [0]")]
        odd: Option<u32>,
    }

    /// The path serde_path_to_error names, tracking as it reads: what `path_at` must agree with.
    fn tracked_path(text: &str) -> String {
        let mut json = serde_json::Deserializer::from_str(text);
        let error = serde_path_to_error::deserialize::<_, Vec<Record>>(&mut json).expect_err("the text does not fit");
        error.path().to_string()
    }

    #[test]
    fn a_misfit_is_named_by_the_path_serde_path_to_error_names() {
        let good = r#"{"id": 1, "tags": ["a", "b"], "sender": {"id": 2, "name": "Ann"}}"#;
        let cases = [
            (format!(r#"[{good}, {{"id": "x", "sender": {{"id": 2, "name": "a"}}}}]"#), "[1].id"),
            (format!(r#"[{good}, {good}, {{"id": 3, "sender": {{"id": 2, "name": 5}}}}]"#), "[2].sender.name"),
            (r#"[{"id": 1, "sender": {"id": 2}}]"#.to_string(), "[0].sender"),
            (r#"[{"id": 1, "tags": ["a", 7], "sender": {"id": 2, "name": "a"}}]"#.to_string(), "[0].tags[1]"),
            (r#"[{"id": 1, "sender": {"id": 2, "name": "a"}, "odd \"key\", [0]": "x"}]"#.to_string(), "[0].odd \"key\", [0]"),
            (r#"[{"id": 1, "sender": {"id": 2, "name": {"first": "A"}}}]"#.to_string(), "[0].sender.name"),
            (r#"[{"id": 1, "sender": {"name": "a, b}", "id": [1]}}]"#.to_string(), "[0].sender.id"),
            ("[[1]]".to_string(), "[0]"),
            (r#"{"id": 1}"#.to_string(), "."),
            (
                serde_json::to_string_pretty(&serde_json::json!([{"id": 1, "sender": {"id": 2, "name": "a"}}, {"id": 2, "sender": {"id": -4, "name": "b"}}])).unwrap(),
                "[1].sender.id",
            ),
        ];
        for (text, expected) in cases {
            assert_eq!(tracked_path(&text), expected, "the oracle, for {text}");
            let Err(Error::Decode(message)) = records::<Record>(&text) else { panic!("{text} decoded") };
            assert!(message.starts_with(&format!("unexpected response at `{expected}`: ")), "{message}, for {text}");
        }
    }

    /// Text that ends early is named where it ended (serde_path_to_error names `[1].?`).
    #[test]
    fn a_truncated_list_is_named_where_it_ends() {
        let text = r#"[{"id": 1, "sender": {"id": 2, "name": "a"}}, {"id": 2, "#;
        let Err(Error::Decode(message)) = records::<Record>(text) else { panic!("decoded") };
        assert_eq!(message, "unexpected response at `[1]`: EOF while parsing a value at line 1 column 56");
    }
}
