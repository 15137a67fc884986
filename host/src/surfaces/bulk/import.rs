//! `smartlead leads import`: the component's bulk import driven a batch at a time, with
//! a journal next to the input so that a run interrupted anywhere (Ctrl-C, kill, a lost
//! answer) is continued by running the same command again — answered batches skipped,
//! a batch of unknown outcome looked up before any of it is sent again. The file is read
//! twice, a chunk at a time, by the component's own planner linked here: once to check
//! all of it before anything is sent, once to send it, so any size takes little memory.

use super::journal::{self, Header, Journal, Standing};
use super::progress::{Progress, Watch};
use crate::bindings::bulk::{BatchOutcome, ColumnMapping, ImportReport, InputFormat, LeadBatch, PlanSummary, RejectedRow};
use crate::bindings::campaign_leads::{ImportSettings, LeadInput};
use crate::core::invalid::invalid;
use crate::runtime::{Connector, Session, ToolError};
use serde_json::{Value, json};
use sha2::{Digest, Sha256};
use smartlead_component::surfaces::bulk::plan::{self as native, DEFAULT_BATCH_SIZE, Format, PlanOptions, Planner};
use std::collections::VecDeque;
use std::fs::File;
use std::io::Read;
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
    /// The batch left without an answer, if that is why.
    unanswered: Option<u32>,
}

impl Stop {
    fn from(error: &ToolError, message: String, unanswered: Option<u32>) -> Stop {
        Stop { kind: error.kind, message, unanswered }
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

    async fn summarize(&mut self, plan: &PlanSummary, outcomes: &[BatchOutcome]) -> anyhow::Result<ImportReport> {
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

/// How much of the file is read at a time.
const CHUNK: usize = 1 << 20;

/// The file read through the planner, a chunk at a time: its batches in order, then
/// its summary and its SHA-256.
struct Reading {
    file: File,
    planner: Option<Planner>,
    ready: VecDeque<native::Batch>,
    hash: Sha256,
    /// Bytes read so far.
    read: u64,
    end: Option<(native::PlanSummary, String)>,
}

impl Reading {
    fn open(path: &Path, format: Format, options: &PlanOptions) -> anyhow::Result<Reading> {
        let file = File::open(path).map_err(|e| invalid(format!("reading {}: {e}", path.display())))?;
        let planner = Planner::new(format, options).map_err(|e| invalid(e.message()))?;
        Ok(Reading { file, planner: Some(planner), ready: VecDeque::new(), hash: Sha256::new(), read: 0, end: None })
    }

    /// The next batch, or none once the file is read; input that cannot be planned is
    /// `invalid` (naming the line).
    fn next(&mut self) -> anyhow::Result<Option<native::Batch>> {
        let mut chunk = vec![0; CHUNK];
        while self.ready.is_empty() {
            let Some(planner) = self.planner.as_mut() else { return Ok(None) };
            let n = self.file.read(&mut chunk)?;
            self.read += n as u64;
            if n > 0 {
                self.hash.update(&chunk[..n]);
                self.ready.extend(planner.push(&chunk[..n]).map_err(|e| invalid(e.message()))?);
                continue;
            }
            let planner = self.planner.take().expect("checked above");
            let (last, summary) = planner.finish().map_err(|e| invalid(e.message()))?;
            self.ready.extend(last);
            let sha = data_encoding::HEXLOWER.encode(&std::mem::take(&mut self.hash).finalize());
            self.end = Some((summary, sha));
        }
        Ok(self.ready.pop_front())
    }

    /// The summary and SHA-256, once [`Reading::next`] has returned none.
    fn end(self) -> (native::PlanSummary, String) {
        self.end.expect("read to the end")
    }
}

/// What the first reading found: every batch's size and rows, the summary, the hash.
struct Checked {
    batches: Vec<Value>,
    summary: native::PlanSummary,
    sha256: String,
}

/// Reads the whole file through the planner, sending nothing, with progress by bytes.
fn check(path: &Path, format: Format, options: &PlanOptions) -> anyhow::Result<Checked> {
    let size = std::fs::metadata(path).map(|m| m.len()).ok();
    let mut progress = Progress::new("bytes checked", size);
    let mut reading = Reading::open(path, format, options)?;
    let mut batches = Vec::new();
    let mut shown = 0;
    while let Some(b) = reading.next()? {
        batches.push(json!({"index": b.index, "leads": b.leads.len(), "first_row": b.rows.first(), "last_row": b.rows.last()}));
        progress.advance(reading.read - shown, &format!("{} batches planned", batches.len()));
        shown = reading.read;
    }
    progress.finish(&format!("{} batches planned", batches.len()));
    let (summary, sha256) = reading.end();
    Ok(Checked { batches, summary, sha256 })
}

/// Runs (or continues) an import; `Err` only for what the host itself failed at or for
/// input that cannot be imported (then nothing was sent). Asked to stop, it stops before
/// its next batch, the journal keeping what was sent.
pub async fn run(connector: &Connector, import: &Import, watch: &Watch) -> anyhow::Result<Ended> {
    let format = match import.format {
        InputFormat::Csv => Format::Csv,
        InputFormat::Jsonl => Format::Jsonl,
    };
    let options = PlanOptions::new(import.batch_size, &import.overrides).map_err(|e| invalid(e.message()))?;
    // Taken before the file is read, so a second run is refused at once.
    let taken = if import.dry_run { None } else { Some(Journal::take(&journal::path_for(&import.input)).map_err(invalid)?) };
    let checked = check(&import.input, format, &options)?;
    if import.dry_run {
        return Ok(Ended { report: dry_run(&checked), stopped: None });
    }
    let header = Header {
        campaign_id: import.campaign_id,
        input_sha256: checked.sha256.clone(),
        batch_size: import.batch_size.unwrap_or(DEFAULT_BATCH_SIZE),
        options: json!({"overrides": import.overrides, "settings": import.settings}),
    };
    let mut journal = taken.expect("taken unless a dry run").open(header, import.restart).map_err(invalid)?;
    let mut bulk = Bulk { session: connector.session().await? };
    let batches = checked.summary.batches;
    let mut progress = Progress::new("leads", Some(checked.summary.leads)).heard_by(watch.progress.clone());
    let mut outcomes = Vec::new();
    let mut stop = None;
    let mut reading = Reading::open(&import.input, format, &options)?;
    while let Some(batch) = reading.next()? {
        if watch.cancelled() {
            let message = format!(
                "cancelled after {} of {batches} batches; the journal {} keeps what was sent: import the same file again to send the rest",
                outcomes.len(),
                journal.path().display()
            );
            stop = Some(Stop { kind: "cancelled", message, unanswered: None });
            break;
        }
        let batch = to_wit(batch);
        let step = match journal.standing(batch.index) {
            Standing::Answered(outcome) if !outcome.lead_limit_exhausted => Ok(outcome),
            // Unknown, or cut short by the lead limit: only what the campaign lacks goes.
            Standing::Answered(_) | Standing::Unknown => resume(&mut bulk, &mut journal, import, &batch).await?,
            Standing::ToSend => send(&mut bulk, &mut journal, import, &batch, 0).await?,
        };
        match step {
            Ok(outcome) => {
                progress.advance(batch.leads.len() as u64, &format!("batch {}/{batches}: {} added", batch.index, outcome.added));
                let exhausted = outcome.lead_limit_exhausted;
                outcomes.push(outcome);
                if exhausted {
                    let message = bulk.lead_limit_reached(batch.index, batches).await?;
                    stop = Some(Stop { kind: "remote", message, unanswered: None });
                    break;
                }
            }
            Err(why) => {
                stop = Some(why);
                break;
            }
        }
    }
    if stop.is_none() && reading.end().1 != checked.sha256 {
        anyhow::bail!("{} changed while it was imported; the journal {} records what was sent: run the import again to send the rest", import.input.display(), journal.path().display());
    }
    progress.finish(&format!("{} batches of {batches} answered", outcomes.len()));
    let mut report = bulk.summarize(&summary_to_wit(checked.summary), &outcomes).await?;
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

/// A planned batch as the component takes it.
fn to_wit(batch: native::Batch) -> LeadBatch {
    let leads = batch
        .leads
        .into_iter()
        .map(|l| LeadInput {
            email: l.email,
            first_name: l.first_name,
            last_name: l.last_name,
            phone_number: l.phone_number,
            company_name: l.company_name,
            website: l.website,
            location: l.location,
            linkedin_profile: l.linkedin_profile,
            company_url: l.company_url,
            custom_fields: l.custom_fields.into_iter().collect(),
        })
        .collect();
    LeadBatch { index: batch.index, rows: batch.rows, leads }
}

fn summary_to_wit(s: native::PlanSummary) -> PlanSummary {
    PlanSummary {
        mapping: s.mapping.into_iter().map(|m| ColumnMapping { column: m.column, target: m.target }).collect(),
        rows: s.rows,
        batches: s.batches,
        leads: s.leads,
        rejected: s.rejected.into_iter().map(|r| RejectedRow { row: r.row, email: r.email, reason: r.reason }).collect(),
    }
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
            invalid: Vec::new(),
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
fn dry_run(checked: &Checked) -> Value {
    let s = &checked.summary;
    let mapping: Vec<Value> = s.mapping.iter().map(|m| json!({"column": m.column, "target": m.target})).collect();
    let rejected: Vec<Value> = s.rejected.iter().map(|r| json!({"row": r.row, "email": r.email, "reason": r.reason})).collect();
    json!({"dry_run": true, "mapping": mapping, "rows": s.rows, "leads": s.leads, "batches": checked.batches, "rejected": rejected})
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
        ("rows read (every record)", r.rows as u64),
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
