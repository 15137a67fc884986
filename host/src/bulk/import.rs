//! `smartlead leads import`: the component's bulk import driven a batch at a time, with
//! a journal next to the input so that a run interrupted anywhere (Ctrl-C, kill, a lost
//! answer) is continued by running the same command again — answered batches skipped,
//! a batch of unknown outcome looked up before any of it is sent again.

use super::journal::{self, Header, Journal, Standing};
use super::progress::Progress;
use crate::bindings::bulk::{BatchOutcome, ImportPlan, ImportReport, InputFormat, LeadBatch, PlanOptions};
use crate::bindings::campaign_leads::ImportSettings;
use crate::runtime::{Connector, Session, ToolError};
use serde_json::{Value, json};
use smartlead_component::surfaces::bulk::plan::DEFAULT_BATCH_SIZE;
use sha2::{Digest, Sha256};
use std::path::{Path, PathBuf};

/// What to import, and how.
#[derive(Debug, Clone)]
pub struct Import {
    pub campaign_id: u64,
    pub input: PathBuf,
    pub format: InputFormat,
    pub batch_size: Option<u32>,
    /// (column, target) as `--map` gave them.
    pub overrides: Vec<(String, String)>,
    pub settings: ImportSettings,
    /// Plan and show, send nothing.
    pub dry_run: bool,
    /// Ignore an earlier run's journal.
    pub restart: bool,
}

/// How an import ended: the report (or, for a dry run, the plan), and why it stopped
/// before its last batch, if it did.
#[derive(Debug)]
pub struct Ended {
    pub report: Value,
    pub stopped: Option<Stop>,
}

/// Why a run stopped before its last batch.
#[derive(Debug, Clone)]
pub struct Stop {
    /// As errors name it: `remote`, `transport`, …
    pub kind: &'static str,
    pub message: String,
    /// The CLI's exit code for it.
    pub exit_code: i32,
    /// The batch left without an answer, if that is why.
    unanswered: Option<u32>,
}

impl Stop {
    fn from(error: &ToolError, message: String, unanswered: Option<u32>) -> Stop {
        Stop { kind: error.kind, message, exit_code: error.exit_code(), unanswered }
    }
}

/// The format a file's extension names, if any.
pub fn format_of(path: &Path) -> Option<InputFormat> {
    match path.extension()?.to_str()?.to_ascii_lowercase().as_str() {
        "csv" => Some(InputFormat::Csv),
        "jsonl" | "ndjson" => Some(InputFormat::Jsonl),
        _ => None,
    }
}

/// The component's bulk functions in one session, each call with a fresh CPU budget.
struct Bulk {
    session: Session,
}

impl Bulk {
    async fn plan(&mut self, input: &[u8], format: InputFormat, options: &PlanOptions) -> anyhow::Result<Result<ImportPlan, ToolError>> {
        self.session.start_call();
        let s = &mut self.session;
        let out = s.bindings.smartlead_connector_bulk().call_plan_import(&mut s.store, input, format, options).await?;
        Ok(out.map_err(|e| s.error(e)))
    }

    /// Sends a batch: its outcome, or the error and whether the batch may have been stored.
    async fn send(&mut self, campaign_id: u64, batch: &LeadBatch, settings: &ImportSettings) -> anyhow::Result<Result<BatchOutcome, (ToolError, bool)>> {
        self.session.start_call();
        let s = &mut self.session;
        match s.bindings.smartlead_connector_bulk().call_send_batch(&mut s.store, s.client, campaign_id, batch, Some(*settings)).await? {
            Ok(outcome) => Ok(Ok(outcome)),
            Err(e) => {
                s.start_call();
                let unknown = s.bindings.smartlead_connector_bulk().call_outcome_unknown(&mut s.store, &e).await?;
                Ok(Err((s.error(e), unknown)))
            }
        }
    }

    async fn missing(&mut self, campaign_id: u64, batch: &LeadBatch) -> anyhow::Result<Result<(LeadBatch, u64), ToolError>> {
        self.session.start_call();
        let s = &mut self.session;
        let out = s.bindings.smartlead_connector_bulk().call_missing_from_campaign(&mut s.store, s.client, campaign_id, batch).await?;
        Ok(out.map(|r| (r.missing, r.found)).map_err(|e| s.error(e)))
    }

    async fn summarize(&mut self, plan: &ImportPlan, outcomes: &[BatchOutcome]) -> anyhow::Result<ImportReport> {
        self.session.start_call();
        let s = &mut self.session;
        Ok(s.bindings.smartlead_connector_bulk().call_summarize_import(&mut s.store, plan, outcomes).await?)
    }

    async fn lead_limit_reached(&mut self, batch: u32, batches: u32) -> anyhow::Result<String> {
        self.session.start_call();
        let s = &mut self.session;
        Ok(s.bindings.smartlead_connector_bulk().call_lead_limit_reached(&mut s.store, batch, batches).await?)
    }
}

/// Runs (or continues) an import; `Err` only for what the host itself failed at or for
/// input that cannot be imported (then nothing was sent).
pub async fn run(connector: &Connector, import: &Import) -> anyhow::Result<Ended> {
    let input = std::fs::read(&import.input).map_err(|e| crate::invalid::invalid(format!("reading {}: {e}", import.input.display())))?;
    let mut bulk = Bulk { session: connector.session().await? };
    let options = PlanOptions { batch_size: import.batch_size, overrides: import.overrides.clone() };
    let plan = bulk.plan(&input, import.format, &options).await?.map_err(|e| crate::invalid::invalid(e.message))?;
    if import.dry_run {
        return Ok(Ended { report: dry_run(&plan), stopped: None });
    }
    let header = Header {
        campaign_id: import.campaign_id,
        input_sha256: Sha256::digest(&input).iter().map(|b| format!("{b:02x}")).collect(),
        batch_size: import.batch_size.unwrap_or(DEFAULT_BATCH_SIZE),
        options: json!({"overrides": import.overrides, "settings": import.settings}),
    };
    let journal_path = journal::path_for(&import.input);
    let mut journal = Journal::open(&journal_path, header, import.restart).map_err(crate::invalid::invalid)?;
    let total: u64 = plan.batches.iter().map(|b| b.leads.len() as u64).sum();
    let mut progress = Progress::new("leads", Some(total));
    let mut outcomes = Vec::new();
    let mut stop = None;
    for batch in &plan.batches {
        let step = match journal.standing(batch.index) {
            Standing::Answered(outcome) if !outcome.lead_limit_exhausted => Ok(outcome),
            // Unknown, or cut short by the lead limit: only what the campaign lacks goes.
            Standing::Answered(_) | Standing::Unknown => resume(&mut bulk, &mut journal, import, batch).await?,
            Standing::ToSend => send(&mut bulk, &mut journal, import, batch, 0).await?,
        };
        match step {
            Ok(outcome) => {
                progress.advance(batch.leads.len() as u64, &format!("batch {}/{}: {} added", batch.index, plan.batches.len(), outcome.added));
                let exhausted = outcome.lead_limit_exhausted;
                outcomes.push(outcome);
                if exhausted {
                    let message = bulk.lead_limit_reached(batch.index, plan.batches.len() as u32).await?;
                    stop = Some(Stop { kind: "remote", message, exit_code: 3, unanswered: None });
                    break;
                }
            }
            Err(why) => {
                stop = Some(why);
                break;
            }
        }
    }
    progress.finish(&format!("{} batches of {} answered", outcomes.len(), plan.batches.len()));
    let mut report = bulk.summarize(&plan, &outcomes).await?;
    let rejects = write_rejects(&import.input, &report)?;
    if let Some(stop) = &stop {
        report.stopped = Some(stop.message.clone());
        report.unanswered_batches.extend(stop.unanswered);
    }
    let mut shown = serde_json::to_value(&report)?;
    shown["journal"] = json!(journal.path());
    shown["rejects_file"] = json!(rejects);
    eprint!("{}", table(&report));
    Ok(Ended { report: shown, stopped: stop })
}

/// Sends `batch` after writing it down as sent; its answer is written down too.
/// `found` leads of it are in the campaign already (a resume).
async fn send(bulk: &mut Bulk, journal: &mut Journal, import: &Import, batch: &LeadBatch, found: u64) -> anyhow::Result<Result<BatchOutcome, Stop>> {
    journal.sent(batch.index, batch.leads.len() as u32)?;
    match bulk.send(import.campaign_id, batch, &import.settings).await? {
        Ok(mut outcome) => {
            outcome.found_on_resume = found;
            journal.answered(&outcome)?;
            Ok(Ok(outcome))
        }
        Err((error, true)) => {
            let message = format!(
                "batch {}: no answer from Smartlead, so its {} leads may or may not be in the campaign ({}); run the same command again: it looks them up first and sends only the missing ones",
                batch.index,
                batch.leads.len(),
                error.message
            );
            Ok(Err(Stop::from(&error, message, Some(batch.index))))
        }
        Err((error, false)) => {
            journal.refused(batch.index, &error.message)?;
            let message = format!("batch {}: Smartlead refused it, so none of it was added: {}", batch.index, error.message);
            Ok(Err(Stop::from(&error, message, None)))
        }
    }
}

/// A batch of unknown outcome: its leads looked up, only the missing ones sent.
async fn resume(bulk: &mut Bulk, journal: &mut Journal, import: &Import, batch: &LeadBatch) -> anyhow::Result<Result<BatchOutcome, Stop>> {
    let (missing, found) = match bulk.missing(import.campaign_id, batch).await? {
        Ok(reconciled) => reconciled,
        Err(error) => {
            let message = format!("batch {}: looking up its leads before sending any again failed: {}", batch.index, error.message);
            return Ok(Err(Stop::from(&error, message, Some(batch.index))));
        }
    };
    if missing.leads.is_empty() {
        let outcome = BatchOutcome {
            index: batch.index,
            sent: 0,
            added: 0,
            already_in_campaign: 0,
            duplicates: 0,
            invalid_emails: Vec::new(),
            blocked: 0,
            unsubscribed: 0,
            bounced: 0,
            skipped: 0,
            found_on_resume: found,
            lead_limit_exhausted: false,
            not_imported: 0,
        };
        journal.answered(&outcome)?;
        return Ok(Ok(outcome));
    }
    send(bulk, journal, import, &missing, found).await
}

/// What `--dry-run` prints: the mapping, each batch's size and rows, the rejects.
fn dry_run(plan: &ImportPlan) -> Value {
    let batches: Vec<Value> = plan
        .batches
        .iter()
        .map(|b| json!({"index": b.index, "leads": b.leads.len(), "first_row": b.rows.first(), "last_row": b.rows.last()}))
        .collect();
    json!({
        "dry_run": true, "mapping": plan.mapping, "rows": plan.rows, "leads": plan.batches.iter().map(|b| b.leads.len()).sum::<usize>(),
        "batches": batches, "rejected": plan.rejected,
    })
}

/// The rows not imported, as CSV (`row,email,reason`) beside the input; none: no file.
fn write_rejects(input: &Path, report: &ImportReport) -> anyhow::Result<Option<PathBuf>> {
    let mut name = input.file_name().unwrap_or_default().to_os_string();
    name.push(".rejects.csv");
    let path = input.with_file_name(name);
    if report.rejected.is_empty() {
        let _ = std::fs::remove_file(&path);
        return Ok(None);
    }
    let mut out = csv::Writer::from_path(&path).map_err(|e| anyhow::anyhow!("writing {}: {e}", path.display()))?;
    out.write_record(["row", "email", "reason"])?;
    for r in &report.rejected {
        out.write_record([r.row.to_string(), r.email.clone().unwrap_or_default(), r.reason.clone()])?;
    }
    out.flush()?;
    Ok(Some(path))
}

/// The summary table printed at the end.
fn table(r: &ImportReport) -> String {
    let rows = [
        ("rows read", r.rows as u64),
        ("leads sent", r.sent),
        ("added", r.added),
        ("already in the campaign", r.already_in_campaign),
        ("found in the campaign on resume", r.found_on_resume),
        ("duplicates", r.duplicates),
        ("invalid or rejected", r.invalid),
        ("blocked", r.blocked),
        ("unsubscribed", r.unsubscribed),
        ("bounced", r.bounced),
        ("skipped", r.skipped),
        ("not imported (lead limit)", r.not_imported),
    ];
    let mut out = format!("\n{:<34}{:>9}\n", "import", format!("{}/{} batches", r.batches_done, r.batches));
    for (label, n) in rows {
        out += &format!("  {label:<32}{n:>9}\n");
    }
    out
}
