//! What an operation is — one row of the catalog, its types erased — and how a row
//! turns arguments into a request.

pub use crate::core::client::Base;
use crate::core::client::{ApiRequest, Client};
use crate::core::error::{Error, Result};
use crate::core::http::Method;
use crate::core::paging::{Listing, PageRequest};
use schemars::JsonSchema;
use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::{Map, Value};

/// What a path value escapes: all but RFC 3986's unreserved `-`, `_` and `~` (ids such
/// as `folder_001` go as written), and `.` too, so a value can never be a `..` segment.
const SEGMENT: &percent_encoding::AsciiSet = &percent_encoding::NON_ALPHANUMERIC.remove(b'-').remove(b'_').remove(b'~');

/// What an operation does to Smartlead's data; drives retries, annotations and `confirm`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Effect {
    Read,
    /// A write; `idempotent` writes may be retried because repeating them changes nothing.
    Write { idempotent: bool },
    /// A write that deletes or cuts off data; tools accept `confirm`.
    Destructive { idempotent: bool },
}

impl Effect {
    pub fn read_only(self) -> bool {
        self == Effect::Read
    }
    pub fn destructive(self) -> bool {
        matches!(self, Effect::Destructive { .. })
    }
    pub fn idempotent(self) -> bool {
        match self {
            Effect::Read => true,
            Effect::Write { idempotent } | Effect::Destructive { idempotent } => idempotent,
        }
    }
}

/// Arguments of an operation, named as Smartlead names them. Fields that appear in
/// the path template fill it; the rest become the query (GET) or the JSON body.
pub trait Args: Serialize + DeserializeOwned + JsonSchema {
    /// Checks beyond types (ranges, formats), run before any request.
    fn validate(&self) -> Result<()> {
        Ok(())
    }
}

/// Whether a call must be confirmed by a person first, beyond the destructive ones
/// (which always are): what sends email or cannot be undone.
#[derive(Clone, Copy)]
pub enum Confirm {
    /// Only if the row is destructive.
    IfDestructive,
    /// Always, saying what the call does.
    Always(&'static str),
    /// When the arguments make it so (starting a campaign, not pausing it).
    When(fn(&Value) -> Option<String>),
}

/// Where a row's request goes and where Smartlead documents it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Route {
    pub method: &'static str,
    /// Below the host's `/api/v1`, e.g. `/campaigns/{campaign_id}/sequences`.
    pub path: &'static str,
    pub base: &'static str,
    /// The page of Smartlead's API reference (or, for a route it no longer lists, the
    /// older official documentation) that describes it.
    pub docs: &'static str,
}

/// One row of the catalog, with its argument and result types erased.
pub struct Operation {
    /// The tool name, also the WIT function name (kebab-case) and the CLI name.
    pub name: &'static str,
    pub method: Method,
    /// Path template below the base URL, e.g. `/campaigns/{campaign_id}/leads`.
    pub path: &'static str,
    pub base: Base,
    /// Where Smartlead documents the route (see [`Route::docs`]); set by `documented`.
    pub docs: &'static str,
    pub effect: Effect,
    pub listing: Listing,
    pub description: &'static str,
    /// Arguments that go in the query string even though the method sends a body
    /// (`fetch_message_history` on the inbox's POST views).
    pub query: &'static [&'static str],
    /// Arguments sent as `null` when absent, where Smartlead reads null as "none"
    /// (`teamMemberId: null` unassigns); every other null is left out.
    pub nulls: &'static [&'static str],
    pub confirm: Confirm,
    /// Runs the operation from JSON arguments (paging and `confirm` already removed)
    /// and returns the result as JSON text.
    pub call_json: fn(&Client, &Operation, Value, PageRequest) -> Result<String>,
    /// The JSON Schemas of its argument and result types, generated only by the test
    /// that writes them ahead of time (`surfaces::schemas`).
    #[cfg(test)]
    pub args_schema: fn() -> schemars::Schema,
    #[cfg(test)]
    pub result_schema: fn() -> schemars::Schema,
}

impl Operation {
    /// The row's route: method, path, host and documentation page.
    pub fn route(&self) -> Route {
        Route { method: self.method.as_str(), path: self.path, base: self.base.name(), docs: self.docs }
    }

    /// What this call would do that a person should confirm before it runs (it sends
    /// email or cannot be undone), or `None`.
    pub fn confirmation(&self, args: &Value) -> Option<String> {
        match self.confirm {
            Confirm::When(rule) => rule(args),
            Confirm::Always(what) => Some(what.to_string()),
            Confirm::IfDestructive if self.effect.destructive() => Some(first_sentence(self.description)),
            Confirm::IfDestructive => None,
        }
    }

    /// Whether some calls of this row need confirming (the tool then takes `confirm`).
    pub fn may_need_confirmation(&self) -> bool {
        self.effect.destructive() || !matches!(self.confirm, Confirm::IfDestructive)
    }

    /// Builds the request: path placeholders from the arguments, the remaining
    /// non-null arguments as the query (GET, and those the row names in `query`) or the
    /// JSON body (POST, PUT, PATCH, DELETE).
    pub fn request(&self, args: &Value) -> Result<ApiRequest> {
        let mut rest: Map<String, Value> = match args {
            Value::Object(map) => match without_nulls(Value::Object(map.clone())) {
                Value::Object(map) => map,
                _ => unreachable!("an object stays an object"),
            },
            Value::Null => Map::new(),
            _ => return Err(Error::invalid("arguments", "must be a JSON object")),
        };
        let mut path = String::new();
        let mut template = self.path;
        while let Some(open) = template.find('{') {
            let close = open + template[open..].find('}').expect("catalog paths close every placeholder");
            let name = &template[open + 1..close];
            let value = rest.remove(name).ok_or_else(|| Error::invalid(name, "is required"))?;
            path.push_str(&template[..open]);
            path.extend(percent_encoding::utf8_percent_encode(&scalar_text(&value), SEGMENT));
            template = &template[close + 1..];
        }
        path.push_str(template);
        for key in self.nulls {
            rest.entry(key.to_string()).or_insert(Value::Null);
        }
        let in_query: Vec<(String, String)> =
            self.query.iter().filter_map(|k| rest.remove(*k).map(|v| (k.to_string(), scalar_text(&v)))).collect();
        let (mut query, body): (Vec<(String, String)>, _) = match self.method {
            Method::Get => (rest.iter().map(|(k, v)| (k.clone(), scalar_text(v))).collect(), None),
            Method::Post | Method::Put | Method::Patch => (Vec::new(), Some(Value::Object(rest))),
            Method::Delete if rest.is_empty() => (Vec::new(), None),
            Method::Delete => (Vec::new(), Some(Value::Object(rest))),
        };
        query.extend(in_query);
        Ok(ApiRequest { base: self.base, method: self.method, path, query, body })
    }
}

/// A description's first sentence, lower-cased at the start, to follow "would ".
fn first_sentence(description: &str) -> String {
    let first = description.split(". ").next().unwrap_or_default().trim_end_matches('.');
    let mut chars = first.chars();
    chars.next().map(|c| c.to_lowercase().chain(chars).collect()).unwrap_or_default()
}

/// Smartlead validates bodies strictly and may reject `null` where a value is optional:
/// absent optional arguments are left out, at every depth.
fn without_nulls(value: Value) -> Value {
    match value {
        Value::Object(map) => Value::Object(map.into_iter().filter(|(_, v)| !v.is_null()).map(|(k, v)| (k, without_nulls(v))).collect()),
        Value::Array(items) => Value::Array(items.into_iter().map(without_nulls).collect()),
        other => other,
    }
}

/// A JSON value as text for a path segment or query parameter (lists comma-joined).
fn scalar_text(value: &Value) -> String {
    match value {
        Value::String(s) => s.clone(),
        Value::Array(items) => items.iter().map(scalar_text).collect::<Vec<_>>().join(","),
        other => other.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn op(method: Method, path: &'static str) -> Operation {
        crate::catalog::typed::TypedOperation::<crate::catalog::campaigns::CampaignRef, crate::catalog::model::Ack>::new("t", method, path, Effect::Read, Listing::Single, "d").row
    }

    #[test]
    fn path_placeholders_take_their_arguments_and_the_rest_goes_to_query_or_body() {
        let r = op(Method::Get, "/campaigns/{campaign_id}/leads").request(&json!({"campaign_id": 3000000001u64, "status": "PAUSED", "x": null})).unwrap();
        assert_eq!(r.path, "/campaigns/3000000001/leads");
        assert_eq!(r.query, vec![("status".to_string(), "PAUSED".to_string())]);
        assert_eq!(r.body, None);

        let r = op(Method::Delete, "/campaigns/{campaign_id}/webhooks").request(&json!({"campaign_id": 1, "id": 217})).unwrap();
        assert_eq!(r.body, Some(json!({"id": 217})));
        let r = op(Method::Delete, "/campaigns/{id}").request(&json!({"id": 1})).unwrap();
        assert_eq!(r.body, None);
        let r = op(Method::Post, "/campaigns/{id}/leads/{lead}/pause").request(&json!({"id": 1, "lead": 2})).unwrap();
        assert_eq!((r.path.as_str(), r.body), ("/campaigns/1/leads/2/pause", Some(json!({}))));
    }

    #[test]
    fn text_in_paths_is_escaped() {
        let r = op(Method::Get, "/x/{id}").request(&json!({"id": "../a b"})).unwrap();
        assert_eq!(r.path, "/x/%2E%2E%2Fa%20b");
    }
}
