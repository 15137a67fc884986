//! How each kind of result is read from Smartlead's response, including its soft
//! failures (`ok: false`, `{}` for a missing record) and its varying envelopes.

use crate::core::client::{Client, message_of};
use crate::core::error::{Error, RemoteError, Result};
use crate::core::http::HttpResponse;
use crate::catalog::model::{self, Ack, Created, LeadsExport, Page};
use crate::catalog::operation::{Listing, Operation};
use crate::core::paging::{self, PageRequest, Position};
use schemars::JsonSchema;
use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::Value;
use serde_json::value::RawValue;
use std::collections::BTreeMap;

/// A result type that knows how to fetch and read itself.
pub trait Reply: Serialize + JsonSchema + Sized {
    fn fetch(client: &Client, op: &Operation, args: &Value, page: &PageRequest) -> Result<Self>;
}

fn send(client: &Client, op: &Operation, args: &Value) -> Result<HttpResponse> {
    let request = op.request(args)?;
    client.send(&request, op.effect.idempotent())
}

/// The body of a response as text.
fn body_text(response: &HttpResponse) -> Result<&str> {
    std::str::from_utf8(&response.body).map_err(|_| Error::Decode("response body is not UTF-8".into()))
}

/// Smartlead's soft failure: `ok: false`, `success: false` or a non-empty `error`. Read
/// through `field`, so a parsed body and raw top-level fields follow one rule.
fn is_soft_failure(field: impl Fn(&str) -> Option<Value>) -> bool {
    let refused = ["ok", "success"].iter().any(|k| field(k) == Some(Value::Bool(false)));
    refused || field("error").is_some_and(|e| !e.is_null() && e != "")
}

/// The JSON body of a 2xx response, after Smartlead's soft failures are turned into errors.
pub(crate) fn json_body(response: &HttpResponse) -> Result<Value> {
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
pub(crate) fn decode<T: DeserializeOwned>(value: &Value) -> Result<T> {
    serde_path_to_error::deserialize(value).map_err(|e| Error::Decode(format!("unexpected response at `{}`: {}", e.path(), e.inner())))
}

/// The record inside `{ok, data: {...}}` / `{success, data: {...}}`, or the body itself.
fn unwrap_record(body: Value) -> Value {
    let wrapped = body.get("ok").is_some() || body.get("success").is_some();
    match body {
        Value::Object(mut map) if wrapped && map.get("data").is_some_and(Value::is_object) => map.remove("data").unwrap_or_default(),
        other => other,
    }
}

fn not_found(op: &Operation) -> Error {
    Error::NotFound(RemoteError { status: 200, message: format!("{}: Smartlead returned no record", op.name) })
}

/// Smartlead's way of saying "no such record": `{}` or no body at all.
fn is_no_record(body: &Value) -> bool {
    body.is_null() || body.as_object().is_some_and(|m| m.is_empty())
}

/// Fetches one record; an empty answer (`{}` or no body) is `not-found`.
fn record<T: DeserializeOwned>(client: &Client, op: &Operation, args: &Value) -> Result<T> {
    let body = unwrap_record(json_body(&send(client, op, args)?)?);
    if is_no_record(&body) {
        return Err(not_found(op));
    }
    decode(&body)
}

macro_rules! record_replies {
    ($($ty:ty),* $(,)?) => {$(
        impl Reply for $ty {
            fn fetch(client: &Client, op: &Operation, args: &Value, _: &PageRequest) -> Result<Self> {
                record(client, op, args)
            }
        }
    )*};
}

record_replies!(
    Value,
    model::Campaign,
    model::CampaignAnalytics,
    model::EmailAccount,
    model::WarmupStats,
    model::AddLeadsResult,
    model::Webhook,
);

impl Reply for Ack {
    fn fetch(client: &Client, op: &Operation, args: &Value, _: &PageRequest) -> Result<Self> {
        match json_body(&send(client, op, args)?)? {
            body @ Value::Object(_) => decode(&body),
            // A bare `"success"` or an empty body still means the write was accepted.
            Value::String(s) => Ok(Ack { ok: true, message: Some(s) }),
            _ => Ok(Ack { ok: true, message: None }),
        }
    }
}

impl Reply for Created {
    fn fetch(client: &Client, op: &Operation, args: &Value, _: &PageRequest) -> Result<Self> {
        let body = json_body(&send(client, op, args)?)?;
        let text = |v: Option<&Value>| v.and_then(|v| v.as_str()).map(str::to_string);
        let data = body.get("data");
        // Smartlead has answered `{id}`, `{clientId}` and `{ok, data: {id}}` for creations.
        let id = [body.get("id"), body.get("clientId"), data.and_then(|d| d.get("id"))]
            .into_iter()
            .flatten()
            .find_map(|v| v.as_u64().or_else(|| v.as_str()?.trim().parse().ok()))
            .ok_or_else(|| Error::Decode(format!("{}: the response carries no id", op.name)))?;
        Ok(Created {
            id,
            name: text(body.get("name")).or_else(|| text(data.and_then(|d| d.get("name")))),
            created_at: text(body.get("created_at")).or_else(|| text(data.and_then(|d| d.get("created_at")))),
            message: text(body.get("message")),
        })
    }
}

impl Reply for LeadsExport {
    fn fetch(client: &Client, op: &Operation, args: &Value, _: &PageRequest) -> Result<Self> {
        let response = send(client, op, args)?;
        let csv = String::from_utf8(response.body).map_err(|_| Error::Decode("the CSV export is not UTF-8".into()))?;
        let mut reader = csv::ReaderBuilder::new().flexible(true).from_reader(csv.as_bytes());
        let columns = reader
            .headers()
            .map_err(|e| Error::Decode(format!("the CSV export has no readable header: {e}")))?
            .iter()
            .map(str::to_string)
            .collect();
        let mut row_count = 0u32;
        for row in reader.records() {
            row.map_err(|e| Error::Decode(format!("the CSV export is malformed: {e}")))?;
            row_count += 1;
        }
        Ok(LeadsExport { csv, columns, row_count })
    }
}

/// The records of a list response — a bare array, or the array under `data` or another
/// single list field (`history`, `campaigns`, …) — with Smartlead's total when it gives
/// one. Records are read straight from the body into `T`, without a JSON tree in
/// between: for a large page that tree cost more than the records themselves.
pub(crate) fn list_records<T: DeserializeOwned>(response: &HttpResponse) -> Result<(Vec<T>, Option<u64>)> {
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
    let total = ["total_leads", "total_stats", "total"]
        .iter()
        .find_map(|k| value(k))
        .and_then(|v| v.as_u64().or_else(|| v.as_str()?.trim().parse().ok()));
    let is_list = |raw: &&RawValue| raw.get().trim_start().starts_with('[');
    let list = match fields.get("data").copied().filter(is_list) {
        Some(data) => Some(data),
        None => {
            let mut lists = fields.values().copied().filter(is_list);
            let first = lists.next();
            if lists.next().is_none() { first } else { None }
        }
    };
    match list {
        Some(raw) => Ok((records(raw.get())?, total)),
        None => Err(Error::Decode("expected a list in the response".into())),
    }
}

/// A JSON array as records, naming the path of the field that does not fit.
fn records<T: DeserializeOwned>(text: &str) -> Result<Vec<T>> {
    let mut json = serde_json::Deserializer::from_str(text);
    let items = serde_path_to_error::deserialize(&mut json)
        .map_err(|e| Error::Decode(format!("unexpected response at `{}`: {}", e.path(), e.inner())))?;
    json.end().map_err(|e| Error::Decode(format!("response is not JSON ({e})")))?;
    Ok(items)
}

/// The records of an offset-paged list at `at`, and whether more follow.
pub(crate) fn offset_page<T: DeserializeOwned>(client: &Client, op: &Operation, args: &Value, at: &Position) -> Result<(Vec<T>, bool)> {
    let mut args = args.clone();
    args["offset"] = at.offset.into();
    args["limit"] = at.limit.into();
    let (items, total) = list_records(&send(client, op, &args)?)?;
    let more = paging::has_more_after(at, items.len(), total);
    Ok((items, more))
}

/// Default page size of every list, and the most a sliced list returns per page.
pub const DEFAULT_LIMIT: u32 = 100;
pub const MAX_SLICE: u32 = 1000;

impl<T: DeserializeOwned + Serialize + JsonSchema> Reply for Page<T> {
    fn fetch(client: &Client, op: &Operation, args: &Value, page: &PageRequest) -> Result<Self> {
        let fingerprint = paging::fingerprint(op.name, args);
        let (items, position, more) = match op.listing {
            Listing::Offset { max } => {
                let at = paging::position(page, fingerprint, DEFAULT_LIMIT.min(max), max)?;
                let (items, more) = offset_page(client, op, args, &at)?;
                (items, at, more)
            }
            Listing::Sliced => {
                let at = paging::position(page, fingerprint, DEFAULT_LIMIT, MAX_SLICE)?;
                let (items, _) = list_records(&send(client, op, args)?)?;
                let start = (at.offset as usize).min(items.len());
                let end = start.saturating_add(at.limit as usize).min(items.len());
                let more = end < items.len();
                (items.into_iter().skip(start).take(end - start).collect(), at, more)
            }
            Listing::Lookup => {
                let at = paging::position(page, fingerprint, DEFAULT_LIMIT, MAX_SLICE)?;
                let record = unwrap_record(json_body(&send(client, op, args)?)?);
                let found = (!is_no_record(&record)).then_some(record).map(|r| decode(&r)).transpose()?;
                (found.into_iter().skip(at.offset as usize).collect(), at, false)
            }
            Listing::Single => return Err(Error::Decode(format!("{} is not a list", op.name))),
        };
        let next = Position { offset: position.offset + items.len() as u64, ..position };
        let result: Vec<T> = items;
        let result_count = result.len() as u32;
        Ok(Page { result, next_cursor: more.then(|| paging::encode(&next)), result_count })
    }
}

