//! Long work an agent starts on files of the server's machine: a lead import, a batch at
//! a time with its journal beside the file, and an export of a campaign's leads or
//! statistics, written whole or not at all. Both tell the client how far they are and
//! stop when cancelled; an import called again continues where it stopped.

use crate::bindings::bulk::InputFormat;
use crate::bindings::campaign_leads::ImportSettings;
use crate::surfaces::bulk::export::{self, Export, Source};
use crate::surfaces::bulk::import::{self, Import};
use super::meta::object;
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

pub const EXPORT: &str = "smartlead_campaigns_export_file";

/// The tool listed beside it: where a campaign's leads are exported as CSV in one answer.
pub const EXPORT_BESIDE: &str = "smartlead_campaigns_export_campaign_leads_csv";

/// Long work, by tool.
pub enum Work {
    Import(Import),
    Export(Export),
}

/// The long-work tool `name` lists beside, if it is one.
pub fn beside(name: &str) -> Option<&'static str> {
    match name {
        IMPORT => Some(BESIDE),
        EXPORT => Some(EXPORT_BESIDE),
        _ => None,
    }
}

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

/// The import tool as MCP lists it.
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
    let mut tool = Tool::new(
        IMPORT,
        "Import every lead of a CSV or JSON Lines file into a campaign, 100 a request, all checked before any is sent. Reports progress as it goes and a summary at the end (added, already in the campaign, duplicates, invalid, blocked, the rows not imported). Cancelled or cut short, it stops before its next request; calling it again with the same file continues where it stopped, and no lead is sent twice (a journal beside the file keeps what was sent).",
        object(input),
    );
    tool.annotations = Some(ToolAnnotations::from_raw(None, Some(false), Some(false), Some(true), Some(true)));
    tool
}

/// The export tool's arguments.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExportArgs {
    campaign_id: Option<u64>,
    file: PathBuf,
    what: Option<String>,
    format: Option<String>,
    #[serde(default)]
    escape_formulas: bool,
}

impl ExportArgs {
    /// The export these arguments ask for; an existing file is never overwritten.
    pub fn export(self) -> Result<Export, String> {
        let source = match self.what.as_deref() {
            None | Some("leads") => Source::Leads,
            Some("statistics") => Source::Statistics,
            Some(other) => return Err(format!("what must be leads or statistics, got {other:?}")),
        };
        let by_name = self.file.extension().and_then(|e| e.to_str());
        let format = match self.format.as_deref().or(by_name) {
            Some("jsonl") => export::Format::Jsonl,
            None | Some("csv") => export::Format::Csv,
            Some(other) => return Err(format!("format must be csv or jsonl, got {other:?}")),
        };
        if self.file.exists() {
            return Err(format!("{} exists; name a new file (an export never overwrites one)", self.file.display()));
        }
        Ok(Export { source, campaign_id: self.campaign_id, format, out: Some(self.file), escape_formulas: self.escape_formulas })
    }
}

/// The export tool as MCP lists it.
pub fn export_tool() -> Tool {
    let input = json!({
        "type": "object",
        "properties": {
            "campaign_id": {"type": "integer", "minimum": 1, "description": "The campaign to export; omit it to export every campaign of the account, a campaign_id column first."},
            "file": {"type": "string", "description": "A new file on the server's machine to write (never overwritten): .csv or .jsonl."},
            "what": {"type": "string", "enum": ["leads", "statistics"], "description": "The campaign's leads with their state (default), or every email it sent, per lead and step."},
            "format": {"type": "string", "enum": ["csv", "jsonl"], "description": "Defaults to the file's extension, else csv."},
            "escape_formulas": {"type": "boolean", "description": "In CSV, write a ' before a cell that a spreadsheet would run as a formula."},
        },
        "required": ["file"],
        "additionalProperties": false,
    });
    let mut tool = Tool::new(
        EXPORT,
        "Export every page of a campaign's leads (or its email statistics), or those of every campaign of the account, to a new CSV or JSON Lines file on the server's machine, written whole or not at all. Reports progress as it goes and the records written at the end; cancelled, it stops and leaves no file.",
        object(input),
    );
    // It changes nothing in Smartlead; it writes one new file.
    tool.annotations = Some(ToolAnnotations::from_raw(None, Some(true), Some(false), Some(false), Some(true)));
    tool
}

/// Reads a long-work tool's arguments; a wrong one is a message for the agent.
pub fn args(name: &str, arguments: Value) -> Result<Work, String> {
    let wrong = |e: serde_json::Error| format!("{name}: {e}");
    match name {
        EXPORT => Ok(Work::Export(serde_json::from_value::<ExportArgs>(arguments).map_err(wrong)?.export()?)),
        _ => Ok(Work::Import(serde_json::from_value::<ImportArgs>(arguments).map_err(wrong)?.import()?)),
    }
}
