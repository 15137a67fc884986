//! The two meta-tools that reach the whole catalog from a short list: one searches the
//! operations, one calls any of them by name through the named tool's own path.

use super::search::{self, Search};
use super::toolsets::Toolsets;
use crate::Tool as CatalogTool;
use rmcp::model::{Tool, ToolAnnotations};
use serde::Deserialize;
use serde_json::{Map, Value, json};

pub const SEARCH: &str = "search_smartlead_operations";
pub const CALL: &str = "call_smartlead_operation";

/// Hits a search returns unless asked for more, and at most.
const DEFAULT_HITS: usize = 5;
const MAX_HITS: usize = 20;

/// The two tools as MCP lists them; in read-only mode the call tool calls reads only.
pub fn tools(toolsets: &Toolsets, read_only: bool) -> [Tool; 2] {
    let sets: Vec<&str> = toolsets.names().into_iter().filter(|n| *n != "all").collect();
    let search_input = json!({
        "type": "object",
        "properties": {
            "query": {"type": "string", "description": "What to do, in words: \"save a campaign's sequence\", \"pause a lead\", \"mailbox warm-up\"."},
            "toolset": {"type": "string", "enum": sets, "description": "Only operations of this toolset."},
            "effect": {"type": "string", "enum": ["read", "write", "destructive"], "description": "Only operations that read, write, or cannot be undone."},
            "limit": {"type": "integer", "minimum": 1, "maximum": MAX_HITS, "description": format!("Operations to return, best first (default {DEFAULT_HITS}).")},
        },
        "required": ["query"],
        "additionalProperties": false,
    });
    let mut search = Tool::new(
        SEARCH,
        format!(
            "Search every Smartlead operation (campaigns, leads, mailboxes, master inbox, analytics, webhooks, clients, lead lists, CRM, SmartDelivery, SmartProspect, Smart Senders), including those not listed here, by words, toolset and effect. Returns {{\"result\": [{{name, description, effect, toolsets, route, input_schema}}]}}, best first; call one with {CALL}."
        ),
        object(search_input),
    );
    search.annotations = Some(ToolAnnotations::from_raw(None, Some(true), Some(false), Some(true), Some(false)));
    let call_input = json!({
        "type": "object",
        "properties": {
            "name": {"type": "string", "description": format!("The operation's name, as {SEARCH} returns it.")},
            "arguments": {"type": "object", "description": "Its arguments, as its input_schema describes them.", "additionalProperties": true},
        },
        "required": ["name"],
        "additionalProperties": false,
    });
    let only = if read_only { " This server is read-only: operations that change anything are refused." } else { "" };
    let mut call = Tool::new(
        CALL,
        format!("Call any Smartlead operation by name with its JSON arguments, exactly as its own tool: the same validation, confirmation (for operations that send email or cannot be undone), pacing, result and errors.{only}"),
        object(call_input),
    );
    call.annotations = Some(ToolAnnotations::from_raw(None, Some(read_only), Some(!read_only), Some(false), Some(true)));
    [search, call]
}

/// A JSON Schema written with `json!` as the object MCP takes.
pub(super) fn object(v: Value) -> Map<String, Value> {
    match v {
        Value::Object(map) => map,
        _ => Map::new(),
    }
}

/// The search tool's arguments.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SearchArgs {
    query: String,
    toolset: Option<String>,
    effect: Option<String>,
    limit: Option<usize>,
}

/// The call tool's arguments.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CallArgs {
    pub name: String,
    #[serde(default = "empty")]
    pub arguments: Value,
}

fn empty() -> Value {
    json!({})
}

/// Reads a meta-tool's arguments; a wrong one is a message for the agent.
pub fn args<T: serde::de::DeserializeOwned>(tool: &str, arguments: Value) -> Result<T, String> {
    serde_json::from_value(arguments).map_err(|e| format!("{tool}: {e}"))
}

/// The operations that match a search, as the search tool answers.
pub fn search(index: &Search, tools: &[CatalogTool], toolsets: &Toolsets, args: SearchArgs) -> Result<Value, String> {
    let limit = args.limit.unwrap_or(DEFAULT_HITS);
    if !(1..=MAX_HITS).contains(&limit) {
        return Err(format!("limit must be from 1 to {MAX_HITS}, got {limit}"));
    }
    if let Some(effect) = &args.effect
        && !["read", "write", "destructive"].contains(&effect.as_str())
    {
        return Err(format!("effect must be read, write or destructive, got {effect:?}"));
    }
    let members = match &args.toolset {
        Some(set) => Some(toolsets.select(set)?),
        None => None,
    };
    let keep = |i: usize| {
        let tool = &tools[i];
        members.as_ref().is_none_or(|m| m.tools.contains(&tool.name)) && args.effect.as_deref().is_none_or(|e| search::effect(tool) == e)
    };
    let hits: Vec<Value> = index.find(&args.query, limit, keep).into_iter().map(|i| search::hit(&tools[i], toolsets)).collect();
    Ok(json!({"result_count": hits.len(), "result": hits}))
}
