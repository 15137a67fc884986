//! Long work an agent starts: a lead import from a file the server can read, a batch at
//! a time with its journal beside the file, telling the client its progress. Cancelled,
//! it stops before its next batch, and the same call later continues where it stopped.

use crate::bindings::bulk::InputFormat;
use crate::bindings::campaign_leads::ImportSettings;
use crate::surfaces::bulk::import::{self, Import};
use rmcp::model::{Tool, ToolAnnotations};
use serde::Deserialize;
use serde_json::{Value, json};
use std::collections::BTreeMap;
use std::path::PathBuf;

pub const IMPORT: &str = "smartlead_campaign_leads_import_file";

/// How long an import task is kept (and may run): a day, for the largest files at
/// Smartlead's pace.
pub const TASK_TTL_MS: u64 = 24 * 60 * 60 * 1000;

/// A task's status message after a batch: "150/500 leads: batch 3/10: 50 added".
pub fn status(done: u64, total: Option<u64>, note: &str) -> String {
    match total {
        Some(total) => format!("{done}/{total} leads: {note}"),
        None => format!("{done} leads: {note}"),
    }
}

/// The tool listed beside it: a session that can add leads can import them.
pub const BESIDE: &str = "create_a_smartlead_campaign_lead";

/// The import tool's arguments.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ImportArgs {
    campaign_id: u64,
    file: PathBuf,
    format: Option<String>,
    batch_size: Option<u32>,
    #[serde(default)]
    map: BTreeMap<String, String>,
    ignore_global_block_list: Option<bool>,
    ignore_unsubscribe_list: Option<bool>,
    ignore_duplicate_leads_in_other_campaign: Option<bool>,
    ignore_community_bounce_list: Option<bool>,
    #[serde(default)]
    restart: bool,
}

impl ImportArgs {
    /// The import these arguments ask for; a file of unknown format is refused.
    pub fn import(self) -> Result<Import, String> {
        let format = match self.format.as_deref() {
            Some("csv") => InputFormat::Csv,
            Some("jsonl") => InputFormat::Jsonl,
            Some(other) => return Err(format!("format must be csv or jsonl, got {other:?}")),
            None => import::format_of(&self.file).ok_or_else(|| format!("{}: name it .csv or .jsonl, or give format", self.file.display()))?,
        };
        Ok(Import {
            campaign_id: self.campaign_id,
            input: self.file,
            format,
            batch_size: self.batch_size,
            overrides: self.map.into_iter().collect(),
            settings: ImportSettings {
                ignore_global_block_list: self.ignore_global_block_list,
                ignore_unsubscribe_list: self.ignore_unsubscribe_list,
                ignore_duplicate_leads_in_other_campaign: self.ignore_duplicate_leads_in_other_campaign,
                ignore_community_bounce_list: self.ignore_community_bounce_list,
                return_lead_ids: None,
            },
            dry_run: false,
            restart: self.restart,
        })
    }
}

/// The tool as MCP lists it.
pub fn tool() -> Tool {
    let flag = |what: &str| json!({"type": "boolean", "description": what});
    let input = json!({
        "type": "object",
        "properties": {
            "campaign_id": {"type": "integer", "minimum": 1, "description": "The campaign the leads go to."},
            "file": {"type": "string", "description": "A CSV or JSON Lines file on the server's machine: one lead a row, an email column required."},
            "format": {"type": "string", "enum": ["csv", "jsonl"], "description": "The file's format, if its name does not end in .csv or .jsonl."},
            "batch_size": {"type": "integer", "minimum": 1, "maximum": 400, "description": "Leads a request (default 100)."},
            "map": {"type": "object", "additionalProperties": {"type": "string"}, "description": "Column to field, e.g. {\"Work Email\": \"email\", \"Notes\": \"ignore\"}; other columns are matched by name or kept as custom fields."},
            "ignore_global_block_list": flag("Import leads on the global block list too."),
            "ignore_unsubscribe_list": flag("Import unsubscribed leads too."),
            "ignore_duplicate_leads_in_other_campaign": flag("Import leads that are in other campaigns too."),
            "ignore_community_bounce_list": flag("Import leads on the community bounce list too."),
            "restart": flag("Start over, ignoring the journal of an earlier run of this file."),
        },
        "required": ["campaign_id", "file"],
        "additionalProperties": false,
    });
    let Value::Object(input) = input else { unreachable!("a JSON object") };
    let mut tool = Tool::new(
        IMPORT,
        "Import every lead of a CSV or JSON Lines file into a campaign, 100 a request, all checked before any is sent. Reports progress as it goes and a summary at the end (added, already in the campaign, duplicates, invalid, blocked, the rows not imported). Cancelled or cut short, it stops before its next request; calling it again with the same file continues where it stopped, and no lead is sent twice (a journal beside the file keeps what was sent).",
        input,
    );
    tool.annotations = Some(ToolAnnotations::from_raw(None, Some(false), Some(false), Some(true), Some(true)));
    tool
}

/// Reads the arguments; a wrong one is a message for the agent.
pub fn args(arguments: Value) -> Result<Import, String> {
    serde_json::from_value::<ImportArgs>(arguments).map_err(|e| format!("{IMPORT}: {e}"))?.import()
}
