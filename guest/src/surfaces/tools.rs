//! The catalog as tools: names, descriptions, JSON Schemas, annotations and routes for
//! agent hosts, and one entry point that runs any tool from JSON arguments.

use crate::core::client::Client;
use crate::core::error::{Error, Result};
use crate::catalog::{self, CATALOG};
use crate::catalog::operation::{Operation, Route};
use crate::core::paging::PageRequest;
use super::schemas;
use serde::Serialize;
use serde_json::value::RawValue;
use serde_json::{Map, Value};

/// Hints for agent hosts, as MCP names them.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Annotations {
    pub read_only: bool,
    pub destructive: bool,
    pub idempotent: bool,
    /// Every tool talks to Smartlead, an open world.
    pub open_world: bool,
}

#[derive(Debug, Clone, Serialize)]
pub struct Tool {
    pub name: &'static str,
    pub description: String,
    pub input_schema: &'static RawValue,
    pub output_schema: &'static RawValue,
    pub annotations: Annotations,
    /// The Smartlead route it calls and the page that documents it.
    pub route: Route,
}

pub fn tool(op: &Operation) -> Tool {
    let built = schemas::of(op);
    let raw = |text| serde_json::from_str(text).expect("built schemas are JSON (a test checks)");
    Tool {
        name: op.name,
        description: description(op),
        input_schema: raw(built.input),
        output_schema: raw(built.output),
        annotations: Annotations {
            read_only: op.effect.read_only(),
            destructive: op.effect.destructive(),
            idempotent: op.effect.idempotent(),
            open_world: true,
        },
        route: op.route(),
    }
}

/// The tool's description, with what the framework arguments (paging, `confirm`) do;
/// the input schema has them too.
fn description(op: &Operation) -> String {
    let mut description = op.description.to_string();
    if let Some(max) = op.listing.max_limit() {
        description.push_str(&format!(
            " Returns {{result, next_cursor, result_count, total (of all pages, or null)}}; for the next page, call again with the same arguments and next_cursor. limit: 1-{max}, default {}.",
            op.listing.default_limit()
        ));
    }
    if op.may_need_confirmation() {
        let why = if op.effect.destructive() { "It cannot be undone" } else { "It sends email or cannot be undone" };
        description.push_str(&format!(" {why}: a server that asks for confirmation runs it only after the user confirms, or with confirm: true; confirm: false refuses it."));
    }
    description
}

/// Every tool, in catalog order, made once per instance.
pub fn list_tools() -> &'static [Tool] {
    static TOOLS: std::sync::OnceLock<Vec<Tool>> = std::sync::OnceLock::new();
    TOOLS.get_or_init(|| CATALOG.iter().map(|op| tool(op)).collect())
}

/// What a call of tool `name` with `arguments` would do that a person should confirm
/// first (it sends email or cannot be undone), or `None`; unknown tools and unreadable
/// arguments need none (the call itself reports them).
pub fn confirmation(name: &str, arguments: &str) -> Option<String> {
    let op = catalog::find(name)?;
    let args = arguments_of(op, arguments).ok()?;
    op.confirmation(&Value::Object(args))
}

/// Runs tool `name` with `arguments` (a JSON object as text) and returns its result
/// as JSON text.
pub fn call_tool(client: &Client, name: &str, arguments: &str) -> Result<String> {
    let op = catalog::find(name)
        .ok_or_else(|| Error::InvalidInput(format!("unknown tool `{name}`; the tool list (list-tools) names the {} tools", CATALOG.len())))?;
    let mut args = arguments_of(op, arguments)?;
    let mut page = PageRequest::default();
    if op.listing.max_limit().is_some() {
        page.limit = take(&mut args, "limit", |v| v.as_u64().and_then(|n| u32::try_from(n).ok()), "a whole number")?;
        page.cursor = take(&mut args, "next_cursor", |v| v.as_str().map(str::to_string), "a string")?;
    }
    if op.may_need_confirmation() && take(&mut args, "confirm", Value::as_bool, "true or false")? == Some(false) {
        return Err(Error::invalid("confirm", format!("is false, so {name} was not carried out")));
    }
    (op.call_json)(client, op, Value::Object(args), page)
}

/// A tool's arguments, read the way people and agents write them: the campaign's id
/// under either name the catalog's campaign tools use, ids as numbers or numeric text.
/// Names the tool does not take are refused, listing the ones it does.
fn arguments_of(op: &Operation, arguments: &str) -> Result<Map<String, Value>> {
    let mut args: Map<String, Value> = match arguments.trim() {
        "" | "null" => Map::new(),
        text => match serde_json::from_str(text) {
            Ok(Value::Object(map)) => map,
            Ok(_) => return Err(Error::invalid("arguments", "must be a JSON object")),
            Err(e) => return Err(Error::invalid("arguments", format!("are not valid JSON: {e}"))),
        },
    };
    let input: Value = serde_json::from_str(schemas::of(op).input).expect("built schemas are JSON (a test checks)");
    let known = input["properties"].as_object().expect("argument schemas have properties");
    if let Some((name, alias)) = campaign_alias(op, known)
        && let Some(given) = args.remove(alias)
    {
        match args.get(name) {
            Some(other) if id_text(other) != id_text(&given) => {
                return Err(Error::invalid(alias, format!("names campaign {given} while `{name}` names {other}; give one of them")));
            }
            Some(_) => {}
            None => {
                args.insert(name.to_string(), given);
            }
        }
    }
    // An open body (one Smartlead does not document) takes any names.
    let open = input["additionalProperties"] == Value::Bool(true);
    if !open && let Some(unknown) = args.keys().find(|k| !known.contains_key(*k)) {
        let mut names: Vec<_> = known.keys().map(String::as_str).collect();
        names.sort_unstable();
        let expected = if names.is_empty() { "none".to_string() } else { names.join(", ") };
        return Err(Error::invalid(unknown, format!("is not an argument of {}; expected: {expected}", op.name)));
    }
    for (name, value) in args.iter_mut() {
        if let Some(schema) = known.get(name) {
            numbers_from_text(value, schema);
        }
    }
    Ok(args)
}

/// For a tool that addresses a campaign (`/campaigns/{campaign_id}…`), its name and
/// `id`, the name earlier versions took, accepted as an alias when the tool does not
/// take `id` for something else (a lead's, say).
fn campaign_alias(op: &Operation, known: &Map<String, Value>) -> Option<(&'static str, &'static str)> {
    (op.path.starts_with("/campaigns/{campaign_id}") && !known.contains_key("id")).then_some(("campaign_id", "id"))
}

/// An id as text, whether given as a number or a string.
fn id_text(value: &Value) -> String {
    match value {
        Value::String(s) => s.trim().to_string(),
        other => other.to_string(),
    }
}

/// Numeric text becomes a number where the schema wants an integer (the unified API and
/// spreadsheets hand ids out as text), in lists too.
fn numbers_from_text(value: &mut Value, schema: &Value) {
    let wants = |t: &str| schema["type"] == t || schema["type"].as_array().is_some_and(|ts| ts.iter().any(|x| x == t));
    match value {
        Value::String(text) if wants("integer") => {
            if let Ok(n) = text.trim().parse::<u64>() {
                *value = Value::from(n);
            }
        }
        Value::Array(items) if wants("array") => items.iter_mut().for_each(|item| numbers_from_text(item, &schema["items"])),
        _ => {}
    }
}

/// Removes a framework argument (`limit`, `next_cursor`, `confirm`), null meaning absent.
fn take<T>(args: &mut Map<String, Value>, key: &str, read: impl Fn(&Value) -> Option<T>, expected: &str) -> Result<Option<T>> {
    match args.remove(key) {
        None | Some(Value::Null) => Ok(None),
        Some(v) => read(&v).map(Some).ok_or_else(|| Error::invalid(key, format!("must be {expected}, got {v}"))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tests::fake::{Script, client, client_with};
    use serde_json::json;

    /// `call_tool` with its JSON text result parsed.
    fn call_tool(client: &Client, name: &str, arguments: &str) -> Result<Value> {
        super::call_tool(client, name, arguments).map(|text| serde_json::from_str(&text).unwrap())
    }

    #[test]
    fn schemas_list_required_arguments_and_framework_ones() {
        let tools = list_tools();
        assert_eq!(tools.len(), crate::catalog::CATALOG.len());
        let input = |name: &str| -> (Value, &Tool) {
            let tool = tools.iter().find(|t| t.name == name).unwrap();
            (serde_json::from_str(tool.input_schema.get()).unwrap(), tool)
        };
        let (leads_input, leads) = input("list_all_smartlead_campaign_leads");
        assert_eq!(leads_input["required"], json!(["campaign_id"]));
        assert_eq!(leads_input["additionalProperties"], json!(false));
        assert_eq!(leads_input["properties"]["limit"]["maximum"], json!(100));
        assert!(leads.annotations.read_only && !leads.annotations.destructive);
        let (delete_input, delete) = input("delete_a_smartlead_campaign_by_id");
        assert!(delete_input["properties"]["confirm"].is_object());
        assert!(delete.annotations.destructive && delete.annotations.idempotent);
        assert!(delete_input.get("$schema").is_none());
        assert!(!serde_json::to_string(&tools).unwrap().contains("uint64"), "non-standard formats stay out");
        let (add_input, add) = input("create_a_smartlead_campaign_lead");
        assert!(!add.annotations.idempotent);
        let lead_item = &add_input["properties"]["lead_list"]["items"];
        assert_eq!(lead_item["required"], json!(["email"]), "{lead_item}");
    }

    #[test]
    fn bad_arguments_are_refused_before_any_request() {
        let script = Script::default();
        let c = client(&script);
        let cases = [
            ("list_all_smartlead_campaign_leads", "{}", "`campaign_id`"),
            ("list_all_smartlead_campaign_leads", r#"{"campaign_id": "abc"}"#, "`campaign_id`"),
            ("list_all_smartlead_campaign_leads", r#"{"campaign_id": 1, "sequence": 2}"#, "`sequence`"),
            ("create_a_smartlead_campaign_lead", r#"{"campaign_id": 1, "lead_list": [{"email": "nope"}]}"#, "lead_list[0].email"),
            ("create_a_smartlead_campaign_lead", r#"{"campaign_id": 1, "lead_list": [{"email": "a@b.co", "company": "x"}]}"#, "company"),
            ("smartlead_campaigns_update_campaign_status", r#"{"id": 1, "status": "ACTIVE"}"#, "`status`"),
            ("list_all_smartlead_campaigns", r#"{"limit": 5000}"#, "`limit`"),
            ("list_all_smartlead_campaigns", r#"{"next_cursor": "garbage"}"#, "`next_cursor`"),
            ("delete_a_smartlead_campaign_by_id", r#"{"id": 1, "confirm": false}"#, "`confirm`"),
            ("get_single_smartlead_campaign_by_id", "[1]", "`arguments`"),
            ("no_such_tool", "{}", "unknown tool"),
        ];
        for (tool, args, named) in cases {
            let err = call_tool(&c, tool, args).unwrap_err();
            assert_eq!(err.kind(), "invalid_input", "{tool} {args}: {err}");
            assert!(err.message().contains(named), "{tool} {args}: {err}");
        }
        assert!(script.sent.borrow().is_empty(), "a request was sent for bad input");
    }

    #[test]
    fn campaign_ids_come_under_either_name_and_as_text() {
        let script = Script::default();
        let c = client(&script);
        let campaign = r#"{"id": 7, "name": "A"}"#;
        script.answer(200, campaign).answer(200, campaign).answer(200, "[]").answer(200, r#"{"ok": true}"#);
        call_tool(&c, "get_single_smartlead_campaign_by_id", r#"{"campaign_id": 7}"#).unwrap();
        call_tool(&c, "get_single_smartlead_campaign_by_id", r#"{"id": "7", "campaign_id": 7}"#).unwrap();
        call_tool(&c, "list_all_smartlead_campaign_sequences", r#"{"id": " 7 "}"#).unwrap();
        call_tool(&c, "create_a_smartlead_campaign_email_account", r#"{"campaign_id": "7", "email_account_ids": ["1", 2]}"#).unwrap();
        let sent = script.sent.borrow();
        assert!(sent[0].url.contains("/campaigns/7?") && sent[1].url.contains("/campaigns/7?"), "{}", sent[0].url);
        assert!(sent[2].url.contains("/campaigns/7/sequences"), "{}", sent[2].url);
        let body: Value = serde_json::from_slice(sent[3].body.as_ref().unwrap()).unwrap();
        assert_eq!(body, json!({"email_account_ids": [1, 2]}));
        drop(sent);
        let both = call_tool(&c, "get_single_smartlead_campaign_by_id", r#"{"id": 7, "campaign_id": 8}"#).unwrap_err();
        assert!(both.kind() == "invalid_input" && both.message().contains("give one of them"), "{both}");
        // A lead tool's `id` is the lead: no alias there.
        let lead = call_tool(&c, "smartlead_campaign_leads_pause_lead", r#"{"campaign_id": 7}"#).unwrap_err();
        assert!(lead.message().contains("`id`"), "{lead}");
        assert_eq!(call_tool(&c, "get_single_smartlead_campaign_by_id", r#"{"id": "seven"}"#).unwrap_err().kind(), "invalid_input");
        assert_eq!(script.sent.borrow().len(), 4, "refused calls sent nothing");
    }

    #[test]
    fn requests_carry_key_agent_and_body() {
        let script = Script::default();
        script.answer(200, r#"{"ok": true, "upload_count": "2", "total_leads": "2", "unsubscribed_leads": []}"#);
        let c = client(&script);
        let args = r#"{"campaign_id": 7, "lead_list": [{"email": "a@b.co", "custom_fields": {"rank": 1}}]}"#;
        let out = call_tool(&c, "create_a_smartlead_campaign_lead", args).unwrap();
        assert_eq!(out["total_leads"], json!(2));
        assert_eq!(out["unsubscribed_leads"], json!(0));
        let sent = script.sent.borrow();
        assert_eq!(sent[0].url, "http://mock/api/v1/campaigns/7/leads?api_key=sekret-key");
        assert!(sent[0].headers.iter().any(|(k, v)| k == "user-agent" && v.starts_with("smartlead-component/")));
        let body: Value = serde_json::from_slice(sent[0].body.as_ref().unwrap()).unwrap();
        assert_eq!(body, json!({"lead_list": [{"email": "a@b.co", "custom_fields": {"rank": "1"}}]}));
    }

    #[test]
    fn soft_failures_become_errors() {
        let script = Script::default();
        script
            .answer(200, "{}")
            .answer(200, r#"{"ok": false, "error": "Invalid request!"}"#)
            .answer(200, r#"{"success": false, "message": "nope"}"#)
            .answer(200, "not json")
            .answer(200, r#"{"id": "x1"}"#)
            .answer(404, r#"{"error": "Campaign not found - Invalid campaign_id."}"#)
            .answer(401, r#"{"message": "Invalid API Key sekret-key"}"#);
        let c = client(&script);
        let get = |id: u64| call_tool(&c, "get_single_smartlead_campaign_by_id", &format!(r#"{{"id": {id}}}"#)).unwrap_err();
        assert_eq!(get(1).kind(), "not_found");
        let e = get(1);
        assert_eq!((e.kind(), e.message()), ("remote", "Invalid request!"));
        assert_eq!(get(1).message(), "nope");
        assert_eq!(get(1).kind(), "decode");
        let e = get(1);
        assert_eq!(e.kind(), "decode");
        assert!(e.message().contains("`id`"), "{e}");
        let e = get(1);
        assert_eq!((e.kind(), e.status()), ("not_found", Some(404)));
        let e = get(1);
        assert_eq!(e.kind(), "unauthorized");
        assert!(!e.message().contains("sekret-key"), "{e}");
    }

    #[test]
    fn string_counts_become_numbers_and_pages_chain() {
        let script = Script::default();
        let lead = |id: u64| json!({"campaign_lead_map_id": id + 1, "status": "STARTED", "lead": {"id": id, "email": format!("l{id}@x.co")}});
        let page1 = json!({"total_leads": "3", "offset": 0, "limit": 2, "data": [lead(3000000001), lead(3000000002)]});
        let page2 = json!({"total_leads": "3", "offset": 2, "limit": 2, "data": [lead(3000000003)]});
        script.answer(200, &page1.to_string()).answer(200, &page2.to_string());
        let c = client(&script);
        let first = call_tool(&c, "list_all_smartlead_campaign_leads", r#"{"campaign_id": 9, "limit": 2}"#).unwrap();
        assert_eq!(first["result"][0]["lead"]["id"], json!(3000000001u64));
        let cursor = first["next_cursor"].as_str().unwrap();
        let args = json!({"campaign_id": 9, "next_cursor": cursor}).to_string();
        let second = call_tool(&c, "list_all_smartlead_campaign_leads", &args).unwrap();
        assert_eq!(second["result"].as_array().unwrap().len(), 1);
        assert_eq!(second["next_cursor"], Value::Null);
        let sent = script.sent.borrow();
        assert!(sent[0].url.contains("offset=0") && sent[0].url.contains("limit=2"), "{}", sent[0].url);
        assert!(sent[1].url.contains("offset=2") && sent[1].url.contains("limit=2"), "{}", sent[1].url);
        let other = json!({"campaign_id": 10, "next_cursor": cursor}).to_string();
        assert_eq!(call_tool(&c, "list_all_smartlead_campaign_leads", &other).unwrap_err().kind(), "invalid_input");
    }

    #[test]
    fn extreme_configurations_are_errors_or_work_never_panics() {
        let script = Script::default();
        script.answer(503, "").answer(200, "[]");
        let c = client_with(&script, |config| {
            config.max_retries = u32::MAX;
            config.timeout = std::time::Duration::from_millis(u32::MAX as u64);
            config.requests_per_minute = 1;
        });
        assert_eq!(call_tool(&c, "list_all_smartlead_campaigns", "{}").unwrap()["result"], json!([]));
        use crate::core::client::{Client, Config};
        use crate::tests::fake::ManualClock;
        let refused = |config: Config| Client::new(config, Box::new(Script::default()), Box::new(ManualClock::default())).err().map(|e| e.to_string());
        let nothing = Config { requests_per_minute: 0, ..Config::default() };
        assert!(refused(nothing).is_some_and(|e| e.contains("requests_per_minute")));
        let instant = Config { timeout: std::time::Duration::ZERO, ..Config::default() };
        assert!(refused(instant).is_some_and(|e| e.contains("timeout_ms")));
    }

    #[test]
    fn a_client_without_a_key_sends_nothing_unless_the_host_adds_it() {
        let script = Script::default();
        let keyless = client_with(&script, |config| config.api_key = None);
        let e = call_tool(&keyless, "list_all_smartlead_lead_category", "{}").unwrap_err();
        assert_eq!((e.kind(), e.status()), ("unauthorized", Some(401)));
        assert!(e.message().contains("no API key"), "{e}");
        assert!(script.sent.borrow().is_empty());
        script.answer(200, "[]");
        let hosted = client_with(&script, |config| {
            config.api_key = None;
            config.managed_by_host = true;
        });
        call_tool(&hosted, "list_all_smartlead_lead_category", "{}").unwrap();
        assert_eq!(script.sent.borrow().len(), 1, "the host adds the key");
    }

    #[test]
    fn only_safe_requests_are_retried() {
        let script = Script::default();
        script.answer(503, "").fail("connection reset").answer(200, r#"[{"id": 1, "name": "A"}]"#);
        let c = client(&script);
        let page = call_tool(&c, "list_all_smartlead_campaigns", "{}").unwrap();
        assert_eq!(page["result"][0]["name"], json!("A"));
        assert_eq!(script.sent.borrow().len(), 3);

        let script = Script::default();
        script.answer(503, "").answer(200, r#"{"ok": true, "id": 5}"#);
        let c = client(&script);
        let err = call_tool(&c, "create_a_smartlead_campaign", r#"{"name": "x"}"#).unwrap_err();
        assert_eq!((err.kind(), err.status()), ("remote", Some(503)));
        assert_eq!(script.sent.borrow().len(), 1, "a non-idempotent POST was sent twice");
    }
}
