//! `smartlead leads export` and `smartlead stats export`: every page of a campaign's
//! leads or email statistics, written as they arrive (constant memory whatever the
//! count) to CSV (the `csv` crate's quoting) or JSON Lines, with typed columns: numbers
//! and flags as the component decoded them, custom fields as one JSON value.

use super::progress::{Cancelled, Progress, Watch};
use crate::runtime::{Connector, ToolError};
use serde_json::{Value, json};
use smartlead_component::catalog::campaign_leads::LIST_ALL_SMARTLEAD_CAMPAIGN_LEADS;
use smartlead_component::catalog::campaigns::{LIST_ALL_SMARTLEAD_CAMPAIGN_STATISTICS, LIST_ALL_SMARTLEAD_CAMPAIGNS};
use smartlead_component::catalog::typed::TypedOperation;
use std::io::Write;
use std::path::{Path, PathBuf};

/// What an export holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Source {
    /// The campaign's leads with their state in it.
    Leads,
    /// Every email the campaign sent, per lead and step.
    Statistics,
}

/// How rows are written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    Csv,
    Jsonl,
}

/// A column: its header and where its value sits in a record of the list tool.
type Column = (&'static str, &'static str);

const LEAD_COLUMNS: &[Column] = &[
    ("id", "/lead/id"),
    ("campaign_lead_map_id", "/campaign_lead_map_id"),
    ("status", "/status"),
    ("lead_category_id", "/lead_category_id"),
    ("created_at", "/created_at"),
    ("email", "/lead/email"),
    ("first_name", "/lead/first_name"),
    ("last_name", "/lead/last_name"),
    ("phone_number", "/lead/phone_number"),
    ("company_name", "/lead/company_name"),
    ("website", "/lead/website"),
    ("location", "/lead/location"),
    ("linkedin_profile", "/lead/linkedin_profile"),
    ("company_url", "/lead/company_url"),
    ("is_unsubscribed", "/lead/is_unsubscribed"),
    ("custom_fields", "/lead/custom_fields"),
];

const STATISTIC_COLUMNS: &[Column] = &[
    ("lead_email", "/lead_email"),
    ("lead_name", "/lead_name"),
    ("lead_category", "/lead_category"),
    ("sequence_number", "/sequence_number"),
    ("stats_id", "/stats_id"),
    ("email_campaign_seq_id", "/email_campaign_seq_id"),
    ("seq_variant_id", "/seq_variant_id"),
    ("email_subject", "/email_subject"),
    ("sent_time", "/sent_time"),
    ("open_time", "/open_time"),
    ("click_time", "/click_time"),
    ("reply_time", "/reply_time"),
    ("open_count", "/open_count"),
    ("click_count", "/click_count"),
    ("is_unsubscribed", "/is_unsubscribed"),
    ("is_bounced", "/is_bounced"),
];

impl Source {
    fn columns(self) -> &'static [Column] {
        match self {
            Source::Leads => LEAD_COLUMNS,
            Source::Statistics => STATISTIC_COLUMNS,
        }
    }

    /// The list tool and its arguments, at the largest page it takes.
    fn listing(self, campaign_id: u64) -> (&'static str, Value) {
        fn largest<A, O>(op: &TypedOperation<A, O>) -> u32 {
            op.row.listing.max_limit().unwrap_or(100)
        }
        match self {
            Source::Leads => (LIST_ALL_SMARTLEAD_CAMPAIGN_LEADS.row.name, json!({"campaign_id": campaign_id, "limit": largest(&LIST_ALL_SMARTLEAD_CAMPAIGN_LEADS)})),
            Source::Statistics => {
                (LIST_ALL_SMARTLEAD_CAMPAIGN_STATISTICS.row.name, json!({"id": campaign_id, "limit": largest(&LIST_ALL_SMARTLEAD_CAMPAIGN_STATISTICS)}))
            }
        }
    }

    fn noun(self) -> &'static str {
        match self {
            Source::Leads => "leads",
            Source::Statistics => "rows",
        }
    }
}

/// One export.
#[derive(Debug, Clone)]
pub struct Export {
    pub source: Source,
    /// The campaign; `None`: every campaign of the account, a `campaign_id` column first.
    pub campaign_id: Option<u64>,
    pub format: Format,
    /// Written whole or not at all (as `FILE.partial` until done); stdout when unset.
    pub out: Option<PathBuf>,
    /// In CSV, a cell that starts with `=`, `+`, `-`, `@`, a tab or a carriage return is
    /// written after a `'`, so a spreadsheet shows it as text instead of running it.
    pub escape_formulas: bool,
}

/// The cells that make a spreadsheet evaluate a formula (OWASP's list).
const FORMULA_STARTS: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// Runs an export: how many records were written, or the component's error (the
/// output file is then left as `.partial`). Asked to stop, it stops before its next
/// record with a [`Cancelled`] error and leaves no file.
pub async fn run(connector: &Connector, export: &Export, watch: &Watch) -> anyhow::Result<Result<u64, ToolError>> {
    let mut session = connector.session().await?;
    let campaigns = match export.campaign_id {
        Some(id) => vec![id],
        None => match every_campaign(&mut session).await? {
            Ok(ids) => ids,
            Err(e) => return Ok(Err(e)),
        },
    };
    let partial = export.out.as_deref().map(partial_of);
    // Send, so an export can run as an MCP task on any thread.
    let sink: Box<dyn Write + Send> = match &partial {
        Some(path) => Box::new(std::fs::File::create(path).map_err(|e| anyhow::anyhow!("writing {}: {e}", path.display()))?),
        None => Box::new(std::io::stdout()),
    };
    let mut rows = Rows::new(export, std::io::BufWriter::new(sink))?;
    let mut progress = Progress::new(export.source.noun(), None).heard_by(watch.progress.clone());
    // The records written, until a campaign's listing fails or is cancelled.
    let (mut total, mut failed) = (0, None);
    for (n, &campaign) in campaigns.iter().enumerate() {
        let (tool, args) = export.source.listing(campaign);
        let note = match export.campaign_id {
            Some(_) => "written".to_string(),
            None => format!("campaign {} of {}", n + 1, campaigns.len()),
        };
        let column = export.campaign_id.is_none().then_some(campaign);
        let these = session
            .each_record(tool, &args, |record| {
                if watch.cancelled() {
                    return Err(Cancelled(format!("cancelled after {} {}; nothing was written", progress.done(), export.source.noun())).into());
                }
                rows.write(&record, column)?;
                progress.advance(1, &note);
                Ok(())
            })
            .await;
        match these {
            Ok(Ok(count)) => total += count,
            other => {
                failed = Some(other);
                break;
            }
        }
    }
    let written = match failed.unwrap_or(Ok(Ok(total))) {
        Err(e) if e.downcast_ref::<Cancelled>().is_some() => {
            if let Some(partial) = &partial {
                let _ = std::fs::remove_file(partial);
            }
            return Err(e);
        }
        written => written?,
    };
    rows.finish()?;
    progress.finish("written");
    if let (Ok(_), Some(out), Some(partial)) = (&written, &export.out, &partial) {
        std::fs::rename(partial, out)?;
    }
    Ok(written)
}

/// The ids of every campaign of the account.
async fn every_campaign(session: &mut crate::Session) -> anyhow::Result<Result<Vec<u64>, ToolError>> {
    let mut ids = Vec::new();
    let limit = LIST_ALL_SMARTLEAD_CAMPAIGNS.row.listing.max_limit().unwrap_or(100);
    let args = json!({"limit": limit});
    let listed = session.each_record(LIST_ALL_SMARTLEAD_CAMPAIGNS.row.name, &args, |campaign| {
        ids.extend(campaign["id"].as_u64());
        Ok(())
    });
    Ok(listed.await?.map(|_| ids))
}

/// `FILE.partial` beside `FILE`.
fn partial_of(out: &Path) -> PathBuf {
    let mut name = out.file_name().unwrap_or_default().to_os_string();
    name.push(".partial");
    out.with_file_name(name)
}

/// Rows written in one format.
enum Rows<W: Write> {
    // Boxed: the CSV writer carries its buffer and state inline.
    Csv { out: Box<csv::Writer<W>>, columns: &'static [Column], escape: bool },
    Jsonl { out: W, columns: &'static [Column] },
}

/// The first column of an export of every campaign.
const CAMPAIGN_COLUMN: &str = "campaign_id";

impl<W: Write> Rows<W> {
    fn new(export: &Export, out: W) -> anyhow::Result<Self> {
        let columns = export.source.columns();
        Ok(match export.format {
            Format::Csv => {
                let mut out = csv::Writer::from_writer(out);
                let campaign = export.campaign_id.is_none().then_some(CAMPAIGN_COLUMN);
                out.write_record(campaign.into_iter().chain(columns.iter().map(|(name, _)| *name)))?;
                Rows::Csv { out: Box::new(out), columns, escape: export.escape_formulas }
            }
            Format::Jsonl => Rows::Jsonl { out, columns },
        })
    }

    /// One record, after its campaign's id when every campaign is exported.
    fn write(&mut self, record: &Value, campaign: Option<u64>) -> anyhow::Result<()> {
        match self {
            Rows::Csv { out, columns, escape } => {
                let cells = columns.iter().map(|(_, at)| cell(record.pointer(at).unwrap_or(&Value::Null), *escape));
                out.write_record(campaign.map(|id| id.to_string()).into_iter().chain(cells))?;
            }
            Rows::Jsonl { out, columns } => {
                // Written by hand so the keys keep the columns' order.
                let mut line = String::from("{");
                if let Some(id) = campaign {
                    line += &format!("\"{CAMPAIGN_COLUMN}\":{id},");
                }
                for (i, (name, at)) in columns.iter().enumerate() {
                    let value = record.pointer(at).unwrap_or(&Value::Null);
                    line += &format!("{}\"{name}\":{value}", if i == 0 { "" } else { "," });
                }
                line += "}\n";
                out.write_all(line.as_bytes())?;
            }
        }
        Ok(())
    }

    fn finish(self) -> anyhow::Result<()> {
        match self {
            Rows::Csv { mut out, .. } => out.flush()?,
            Rows::Jsonl { mut out, .. } => out.flush()?,
        }
        Ok(())
    }
}

/// A value as one CSV cell: text as is, numbers and flags written out, objects as JSON.
fn cell(value: &Value, escape_formulas: bool) -> String {
    let text = match value {
        Value::Null => return String::new(),
        Value::String(s) => s.clone(),
        Value::Object(o) if o.is_empty() => return String::new(),
        other => other.to_string(),
    };
    if escape_formulas && text.starts_with(FORMULA_STARTS) { format!("'{text}") } else { text }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// An export asked to stop stops after the records it had, with `Cancelled`, and leaves
    /// neither the file nor its `.partial`; unwatched, the same export writes every record.
    #[tokio::test(flavor = "multi_thread")]
    async fn a_cancelled_export_leaves_no_file() {
        let mock = smartlead_mock::MockServer::start("export-key").unwrap();
        let campaign = mock.with_store(|s| {
            let id = s.create_campaign(Some("Exported"), None);
            let leads: Vec<Value> = (0..150).map(|i| json!({"email": format!("e{i}@example.com")})).collect();
            s.add_leads(id, &leads, &json!({}));
            id
        });
        let settings = crate::Settings { api_key: crate::ApiKey::new("export-key"), base_url: mock.base_url(), ..crate::Settings::default() };
        let connector = Connector::new(settings).unwrap();
        let dir = std::env::temp_dir().join(format!("smartlead-export-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let out = dir.join("leads.csv");
        let export = Export { source: Source::Leads, campaign_id: Some(campaign), format: Format::Csv, out: Some(out.clone()), escape_formulas: false };
        let seen = std::sync::Arc::new(std::sync::atomic::AtomicU64::new(0));
        let counted = seen.clone();
        let watch = Watch {
            // Stop once the first page (100 records) is written.
            cancelled: Some(std::sync::Arc::new(move || counted.load(std::sync::atomic::Ordering::SeqCst) >= 100)),
            progress: Some(std::sync::Arc::new(move |done, _, _: &str| seen.store(done, std::sync::atomic::Ordering::SeqCst))),
        };
        let stopped = run(&connector, &export, &watch).await.expect_err("cancelled");
        assert!(stopped.downcast_ref::<Cancelled>().is_some_and(|c| c.0.contains("after 100 leads")), "{stopped:#}");
        assert!(!out.exists() && !partial_of(&out).exists(), "a cancelled export left a file");
        let written = run(&connector, &export, &Watch::default()).await.unwrap().unwrap();
        assert_eq!((written, std::fs::read_to_string(&out).unwrap().lines().count()), (150, 151));
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn cells_are_typed_and_formulas_escaped_only_when_asked() {
        assert_eq!(cell(&json!(12), false), "12");
        assert_eq!(cell(&json!(true), false), "true");
        assert_eq!(cell(&json!({"role": "CTO"}), false), r#"{"role":"CTO"}"#);
        assert_eq!(cell(&json!({}), false), "");
        assert_eq!(cell(&Value::Null, false), "");
        let formula = json!("=HYPERLINK(\"http://evil.example\",\"x\")");
        assert_eq!(cell(&formula, false), "=HYPERLINK(\"http://evil.example\",\"x\")", "passes through unless asked");
        for start in ["=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx"] {
            assert!(cell(&json!(start), true).starts_with('\''), "{start:?}");
        }
        assert_eq!(cell(&json!("Ada"), true), "Ada");
    }
}
