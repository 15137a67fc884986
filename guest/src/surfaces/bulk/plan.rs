//! An import planned before anything is sent: the rows of a CSV or JSON Lines file
//! read into leads, each checked (an email address, not a repeat of an earlier row, no
//! more custom fields than Smartlead takes), and the good ones cut into batches. The
//! same input and options always give the same plan, so a re-run finds its batches.

use super::mapping::{ColumnMapping, Field, Target, map_columns, normalize};
use super::split::{MAX_RECORD_BYTES, Splitter};
use crate::catalog::campaign_leads::{LeadInput, MAX_CUSTOM_FIELDS, MAX_LEADS_PER_REQUEST};
use crate::catalog::check;
use crate::core::error::{Error, Result};
use serde_json::Value;
use sha2::{Digest, Sha256};
use std::collections::{BTreeMap, HashMap};

/// Leads per batch unless asked otherwise: every documented limit allows it.
pub const DEFAULT_BATCH_SIZE: u32 = 100;

/// How the rows are written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// A header row naming the columns, then one lead a row.
    Csv,
    /// One JSON object a line.
    Jsonl,
}

/// What shapes a plan besides the input.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PlanOptions {
    /// 1 to 400; [`DEFAULT_BATCH_SIZE`] when unset.
    pub batch_size: Option<u32>,
    /// Where named columns go, over the known names.
    pub overrides: BTreeMap<String, Target>,
}

impl PlanOptions {
    /// Options with overrides written as (column, target) text, each target checked.
    pub fn new(batch_size: Option<u32>, overrides: &[(String, String)]) -> Result<PlanOptions> {
        let overrides = overrides.iter().map(|(column, target)| Ok((column.clone(), Target::parse(target)?))).collect::<Result<_>>()?;
        Ok(PlanOptions { batch_size, overrides })
    }
}

/// A row that will not be sent, and why.
#[derive(Debug, Clone, PartialEq)]
pub struct Rejected {
    /// The row's number among the data rows, from 1 (a CSV header is row 0).
    pub row: u32,
    pub email: Option<String>,
    pub reason: String,
}

/// Leads sent together in one request.
#[derive(Debug, Clone, PartialEq)]
pub struct Batch {
    /// From 1.
    pub index: u32,
    /// The data row of each lead.
    pub rows: Vec<u32>,
    pub leads: Vec<LeadInput>,
}

/// What a plan found, without its batches: all a report needs besides the answers.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PlanSummary {
    pub mapping: Vec<ColumnMapping>,
    /// Data rows read: every record of the file after the header, each either planned
    /// in a batch or rejected.
    pub rows: u32,
    pub batches: u32,
    /// Leads in the batches.
    pub leads: u64,
    pub rejected: Vec<Rejected>,
}

/// Everything an import will send, and what it will not.
#[derive(Debug, Clone, PartialEq)]
pub struct ImportPlan {
    pub summary: PlanSummary,
    pub batches: Vec<Batch>,
}

/// The most one call to [`plan`] reads: the whole input, its leads and its batches are
/// in memory at once (a lead takes a few hundred bytes besides its text, so rows are
/// bounded too). [`Planner`] reads any size a chunk at a time.
pub const MAX_INPUT_BYTES: usize = 16 << 20;
/// The most rows one call to [`plan`] reads.
pub const MAX_INPUT_ROWS: u32 = 50_000;

/// How much of an in-memory input [`plan`] hands the planner at once.
const CHUNK: usize = 64 << 10;

/// Reads and checks every row and cuts the good ones into batches. Input that cannot be
/// a prospect list (not UTF-8, empty, no email column, quoting that would swallow rows,
/// over [`MAX_INPUT_BYTES`], a batch size out of range) is `invalid-input`; a bad row
/// is only rejected.
pub fn plan(input: &[u8], format: Format, options: &PlanOptions) -> Result<ImportPlan> {
    if input.len() > MAX_INPUT_BYTES {
        return Err(Error::invalid(
            "input",
            format!(
                "is {:.1} MiB; one call plans at most {} MiB: split the file, or import it with `smartlead leads import`, which reads any size a chunk at a time",
                input.len() as f64 / (1 << 20) as f64,
                MAX_INPUT_BYTES >> 20
            ),
        ));
    }
    let mut planner = Planner::new(format, options)?;
    let mut batches = Vec::new();
    for chunk in input.chunks(CHUNK) {
        batches.extend(planner.push(chunk)?);
        if planner.rows > MAX_INPUT_ROWS {
            return Err(Error::invalid(
                "input",
                format!("has more than {MAX_INPUT_ROWS} rows; one call plans at most that many: split the file, or import it with `smartlead leads import`, which reads any size a chunk at a time"),
            ));
        }
    }
    let (last, summary) = planner.finish()?;
    batches.extend(last);
    if summary.rows > MAX_INPUT_ROWS {
        return Err(Error::invalid("input", format!("has {} rows; one call plans at most {MAX_INPUT_ROWS}: split the file, or import it with `smartlead leads import`", summary.rows)));
    }
    Ok(ImportPlan { summary, batches })
}

/// An import planned as its input streams in: each [`Planner::push`] takes the next
/// bytes, in chunks of any size, and gives the batches they complete; [`Planner::finish`]
/// gives the last batch and the summary. The batches are the same however the input is
/// cut, so a host can read a file twice (to check it, then to send it) in little memory.
pub struct Planner {
    format: Format,
    size: usize,
    overrides: BTreeMap<String, Target>,
    /// Bytes read whose record (or line) has not ended yet.
    carry: Vec<u8>,
    /// A leading byte-order mark has been looked for.
    started: bool,
    splitter: Splitter,
    /// Line breaks in the bytes parsed so far.
    lines: u64,
    /// The CSV header has been read.
    header: bool,
    columns: Vec<String>,
    targets: Vec<Target>,
    rows: u32,
    /// Each planned email (lower case, hashed: 16 bytes a lead however long the file)
    /// and its row.
    seen: HashMap<[u8; 16], u32>,
    pending: Vec<(u32, LeadInput)>,
    batches: u32,
    leads: u64,
    rejected: Vec<Rejected>,
}

const BOM: &[u8] = b"\xef\xbb\xbf";

impl Planner {
    pub fn new(format: Format, options: &PlanOptions) -> Result<Planner> {
        let size = options.batch_size.unwrap_or(DEFAULT_BATCH_SIZE);
        if size == 0 || size as usize > MAX_LEADS_PER_REQUEST {
            return Err(Error::invalid("batch_size", format!("must be between 1 and {MAX_LEADS_PER_REQUEST}, got {size}")));
        }
        Ok(Planner {
            format,
            size: size as usize,
            overrides: options.overrides.clone(),
            carry: Vec::new(),
            started: false,
            splitter: Splitter::default(),
            lines: 0,
            header: false,
            columns: Vec::new(),
            targets: Vec::new(),
            rows: 0,
            seen: HashMap::new(),
            pending: Vec::new(),
            batches: 0,
            leads: 0,
            rejected: Vec::new(),
        })
    }

    /// Reads the input's next bytes; the batches they complete.
    pub fn push(&mut self, chunk: &[u8]) -> Result<Vec<Batch>> {
        let mut start = self.carry.len();
        self.carry.extend_from_slice(chunk);
        if !self.started {
            if self.carry.len() < BOM.len() && BOM.starts_with(&self.carry) {
                return Ok(Vec::new());
            }
            if self.carry.starts_with(BOM) {
                self.carry.drain(..BOM.len());
            }
            self.started = true;
            start = 0;
        }
        let end = match self.format {
            Format::Csv => match self.splitter.scan(&self.carry[start..])? {
                0 => 0,
                ended => start + ended,
            },
            Format::Jsonl => match self.carry[start..].iter().rposition(|&b| b == b'\n') {
                Some(i) => start + i + 1,
                None if self.carry.len() > MAX_RECORD_BYTES => {
                    return Err(Error::invalid("input", format!("line {}: longer than {MAX_RECORD_BYTES} bytes; is this JSON Lines?", self.lines + 1)));
                }
                None => 0,
            },
        };
        let complete: Vec<u8> = self.carry.drain(..end).collect();
        let mut batches = Vec::new();
        self.parse(&complete, &mut batches)?;
        Ok(batches)
    }

    /// The end of the input: the batches its last bytes complete (the last one maybe
    /// short), and the summary.
    pub fn finish(mut self) -> Result<(Vec<Batch>, PlanSummary)> {
        if !self.started && self.carry.starts_with(BOM) {
            self.carry.drain(..BOM.len());
        }
        if self.format == Format::Csv {
            self.splitter.finish()?;
        }
        let rest = std::mem::take(&mut self.carry);
        let mut batches = Vec::new();
        self.parse(&rest, &mut batches)?;
        match self.format {
            Format::Csv if !self.header => {
                return Err(Error::invalid("input", "is empty: a CSV import needs a header row naming the columns, one of them the email"));
            }
            Format::Jsonl if self.rows == 0 => {
                return Err(Error::invalid("input", "is empty: a JSON Lines import needs one object a line, each with an email"));
            }
            Format::Jsonl => needs_email(&self.columns, &self.targets)?,
            Format::Csv => {}
        }
        batches.extend(self.cut(true));
        let mapping = self.columns.iter().zip(&self.targets).map(|(column, target)| ColumnMapping { column: column.clone(), target: target.describe() }).collect();
        let mut rejected = std::mem::take(&mut self.rejected);
        rejected.sort_by_key(|r| r.row);
        Ok((batches, PlanSummary { mapping, rows: self.rows, batches: self.batches, leads: self.leads, rejected }))
    }

    /// Reads whole records (CSV) or lines (JSON Lines).
    fn parse(&mut self, bytes: &[u8], batches: &mut Vec<Batch>) -> Result<()> {
        let text = std::str::from_utf8(bytes).map_err(|e| {
            let line = self.lines + bytes[..e.valid_up_to()].iter().filter(|&&b| b == b'\n').count() as u64 + 1;
            Error::invalid("input", format!("is not UTF-8 text (line {line}); save the file as UTF-8"))
        })?;
        self.lines += bytes.iter().filter(|&&b| b == b'\n').count() as u64;
        match self.format {
            Format::Csv => self.parse_csv(text, batches),
            Format::Jsonl => {
                for line in text.lines().filter(|l| !l.trim().is_empty()) {
                    self.rows += 1;
                    let lead = self.json_line(line);
                    self.take(lead, batches);
                }
                Ok(())
            }
        }
    }

    fn parse_csv(&mut self, text: &str, batches: &mut Vec<Batch>) -> Result<()> {
        let mut reader = csv::ReaderBuilder::new().has_headers(false).flexible(true).from_reader(text.as_bytes());
        for record in reader.records() {
            if !self.header {
                let header = record.map_err(|e| Error::invalid("input", format!("the header row does not read as CSV: {e}")))?;
                self.columns = header.iter().map(str::to_string).collect();
                self.targets = map_columns(&self.columns, &self.overrides);
                needs_email(&self.columns, &self.targets)?;
                self.header = true;
                continue;
            }
            self.rows += 1;
            let lead = match record {
                Err(e) => Err(format!("does not read as CSV: {e}")),
                Ok(cells) if cells.iter().all(|c| c.trim().is_empty()) => Err("is empty".into()),
                Ok(cells) if cells.len() > self.columns.len() => Err(format!("has {} cells; the header names {} columns", cells.len(), self.columns.len())),
                Ok(cells) => fill(self.targets.iter().cloned().zip(cells.iter().map(str::to_string))),
            };
            self.take(lead, batches);
        }
        Ok(())
    }

    /// One JSON Lines object as a lead; a key not seen before becomes a column.
    fn json_line(&mut self, line: &str) -> std::result::Result<LeadInput, String> {
        let object = match serde_json::from_str::<Value>(line) {
            Ok(Value::Object(object)) => object,
            Ok(_) => return Err("is not a JSON object".into()),
            Err(e) => return Err(format!("is not JSON: {e}")),
        };
        // One column however its objects spell the key (`Email`, `email`); a new column
        // maps as it would at the end of the list, so earlier ones keep their targets.
        let new: Vec<&String> = object.keys().filter(|k| !self.columns.iter().any(|c| normalize(c) == normalize(k))).collect();
        if !new.is_empty() {
            self.columns.extend(new.into_iter().cloned());
            self.targets = map_columns(&self.columns, &self.overrides);
        }
        let cells = object.into_iter().map(|(key, value)| {
            let text = match value {
                Value::String(s) => s,
                Value::Null => String::new(),
                other => other.to_string(),
            };
            let column = self.columns.iter().position(|c| normalize(c) == normalize(&key)).expect("every key is a column by now");
            (self.targets[column].clone(), text)
        });
        fill(cells)
    }

    /// Checks a row's lead and plans it, or rejects it with the reason.
    fn take(&mut self, lead: std::result::Result<LeadInput, String>, batches: &mut Vec<Batch>) {
        let row = self.rows;
        let lead = match lead {
            Ok(lead) => lead,
            Err(reason) => return self.rejected.push(Rejected { row, email: None, reason }),
        };
        let key = email_key(&lead.email);
        let reason = if lead.email.is_empty() {
            Some("no email".to_string())
        } else if check::email("email", &lead.email).is_err() {
            Some(format!("{:?} is not an email address", lead.email))
        } else if let Some(first) = self.seen.get(&key) {
            Some(format!("the same email as row {first}"))
        } else if lead.custom_fields.len() > MAX_CUSTOM_FIELDS {
            Some(format!("{} custom fields; Smartlead takes at most {MAX_CUSTOM_FIELDS}", lead.custom_fields.len()))
        } else {
            None
        };
        if let Some(reason) = reason {
            return self.rejected.push(Rejected { row, email: (!lead.email.is_empty()).then(|| lead.email.clone()), reason });
        }
        self.seen.insert(key, row);
        self.pending.push((row, lead));
        batches.extend(self.cut(false));
    }

    /// The pending leads as the next batch, once there are enough (or any, at the end).
    fn cut(&mut self, end: bool) -> Option<Batch> {
        if self.pending.is_empty() || (!end && self.pending.len() < self.size) {
            return None;
        }
        self.batches += 1;
        self.leads += self.pending.len() as u64;
        let (rows, leads) = std::mem::take(&mut self.pending).into_iter().unzip();
        Some(Batch { index: self.batches, rows, leads })
    }
}

/// An email as the repeat check knows it: case folded, hashed to 16 bytes.
fn email_key(email: &str) -> [u8; 16] {
    let digest = Sha256::digest(email.to_lowercase().as_bytes());
    let mut key = [0; 16];
    key.copy_from_slice(&digest[..16]);
    key
}

fn needs_email(columns: &[String], targets: &[Target]) -> Result<()> {
    if targets.contains(&Target::Field(Field::Email)) {
        return Ok(());
    }
    Err(Error::invalid("input", format!("no column holds the email (columns: {}); name one Email, or map it with --map COLUMN=email", columns.join(", "))))
}

/// Puts each cell where its column goes.
fn fill(cells: impl Iterator<Item = (Target, String)>) -> std::result::Result<LeadInput, String> {
    let mut lead = LeadInput::default();
    for (target, value) in cells {
        match target {
            Target::Field(field) => field.set(&mut lead, &value)?,
            Target::Custom(name) if !value.trim().is_empty() => {
                lead.custom_fields.insert(name, value.trim().to_string());
            }
            Target::Custom(_) | Target::Ignored => {}
        }
    }
    Ok(lead)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn csv(text: &str) -> Result<ImportPlan> {
        plan(text.as_bytes(), Format::Csv, &PlanOptions::default())
    }

    #[test]
    fn rows_become_leads_in_batches_and_bad_rows_are_rejected_with_reasons() {
        let mut text = String::from("Email Address,First Name,Company,Job Title\r\n");
        for i in 1..=250 {
            text += &format!("lead{i}@example.com,Lead {i},Acme,CTO\r\n");
        }
        text += "not-an-email,X,,\r\nLEAD7@example.com,Again,,\r\n,No Email,,\r\n,,,\r\n";
        let plan = csv(&text).unwrap();
        assert_eq!((plan.summary.rows, plan.batches.len(), plan.summary.batches, plan.summary.leads), (254, 3, 3, 250));
        assert_eq!(plan.batches.iter().map(|b| b.leads.len()).collect::<Vec<_>>(), [100, 100, 50]);
        assert_eq!((plan.batches[2].index, plan.batches[2].rows[0]), (3, 201));
        let lead = &plan.batches[0].leads[0];
        assert_eq!((lead.email.as_str(), lead.first_name.as_deref(), lead.company_name.as_deref()), ("lead1@example.com", Some("Lead 1"), Some("Acme")));
        assert_eq!(lead.custom_fields["Job Title"], "CTO");
        let reasons: Vec<(u32, &str)> = plan.summary.rejected.iter().map(|r| (r.row, r.reason.as_str())).collect();
        assert_eq!(reasons, [(251, "\"not-an-email\" is not an email address"), (252, "the same email as row 7"), (253, "no email"), (254, "is empty")]);
    }

    #[test]
    fn quoted_commas_and_newlines_a_bom_and_a_header_alone() {
        let plan = csv("\u{feff}email,notes\n\"a@example.com\",\"line one,\nline two\"\n").unwrap();
        assert_eq!(plan.batches[0].leads[0].custom_fields["notes"], "line one,\nline two");
        assert_eq!(plan.summary.mapping[0], ColumnMapping { column: "email".into(), target: "email".into() });
        let empty = csv("email,first_name\n").unwrap();
        assert_eq!((empty.summary.rows, empty.batches.len(), empty.summary.rejected.len()), (0, 0, 0));
    }

    #[test]
    fn input_that_is_no_list_is_invalid() {
        for (text, says) in [("", "is empty"), ("\u{feff}\r\n", "is empty"), ("name,company\nAda,Acme\n", "no column holds the email")] {
            let e = csv(text).unwrap_err();
            assert!(e.kind() == "invalid_input" && e.message().contains(says), "{text:?}: {e}");
        }
        assert_eq!(plan(b"\xff\xfe", Format::Csv, &PlanOptions::default()).unwrap_err().kind(), "invalid_input");
        for size in [0, 401] {
            let options = PlanOptions { batch_size: Some(size), ..PlanOptions::default() };
            assert!(plan(b"email\na@b.co\n", Format::Csv, &options).unwrap_err().message().contains("between 1 and 400"));
        }
    }

    #[test]
    fn json_lines_take_the_same_names() {
        let text = "{\"Email\": \"a@example.com\", \"company\": \"Acme\", \"seats\": 12, \"custom_fields\": {\"role\": \"CTO\"}}\n\n[1]\n{\"email\": \"b@example.com\"}\n";
        let plan = plan(text.as_bytes(), Format::Jsonl, &PlanOptions { batch_size: Some(1), ..PlanOptions::default() }).unwrap();
        assert_eq!((plan.summary.rows, plan.batches.len()), (3, 2));
        let a = &plan.batches[0].leads[0];
        assert_eq!((a.company_name.as_deref(), a.custom_fields["seats"].as_str(), a.custom_fields["role"].as_str()), (Some("Acme"), "12", "CTO"));
        assert_eq!((plan.summary.rejected[0].row, plan.summary.rejected[0].reason.as_str()), (2, "is not a JSON object"));
        assert!(super::plan(b"\n\n", Format::Jsonl, &PlanOptions::default()).unwrap_err().message().contains("is empty"));
    }

    #[test]
    fn the_same_input_plans_the_same_batches_however_it_is_cut() {
        let text = "\u{feff}email,notes\r\n".to_string() + &(0..30).map(|i| format!("p{i}@example.com,\"n\r\n{i}\"\r\n")).collect::<String>() + "bad,x";
        let options = PlanOptions { batch_size: Some(7), ..PlanOptions::default() };
        let whole = plan(text.as_bytes(), Format::Csv, &options).unwrap();
        assert_eq!((whole.summary.rows, whole.summary.leads, whole.batches.len(), whole.summary.rejected.len()), (31, 30, 5, 1));
        for step in [1, 2, 3, 13, 100] {
            let mut planner = Planner::new(Format::Csv, &options).unwrap();
            let mut batches = Vec::new();
            for chunk in text.as_bytes().chunks(step) {
                batches.extend(planner.push(chunk).unwrap());
            }
            let (last, summary) = planner.finish().unwrap();
            batches.extend(last);
            assert_eq!(ImportPlan { summary, batches }, whole, "in chunks of {step}");
        }
    }

    #[test]
    fn a_stray_quote_refuses_the_file_and_a_genuine_one_imports() {
        let mut text = String::from("email,first_name\n");
        for i in 0..2000 {
            text += &if i == 10 { format!("s{i}@ex.com,\"O'Brien\n") } else { format!("s{i}@ex.com,N{i}\n") };
        }
        let e = csv(&text).unwrap_err();
        assert!(e.kind() == "invalid_input" && e.message().contains("line 12"), "{e}");
        let e = csv("email,first_name\na@ex.com,\"Ann\nb@ex.com,Bob\"x\n").unwrap_err();
        assert!(e.message().contains("opened on line 2"), "{e}");
        let genuine = csv("email,notes\na@ex.com,\"two\nlines\"\nb@ex.com,\"O'Brien said \"\"hi\"\"\"\n").unwrap();
        assert_eq!((genuine.summary.rows, genuine.summary.leads), (2, 2));
        assert_eq!(genuine.batches[0].leads[1].custom_fields["notes"], "O'Brien said \"hi\"");
    }

    #[test]
    fn one_call_plans_a_bounded_input() {
        let big = vec![b'x'; MAX_INPUT_BYTES + 1];
        let e = plan(&big, Format::Csv, &PlanOptions::default()).unwrap_err();
        assert!(e.kind() == "invalid_input" && e.message().contains("smartlead leads import"), "{e}");
        let rows = |n: u32| "email\n".to_string() + &(0..n).map(|i| format!("p{i}@ex.co\n")).collect::<String>();
        assert_eq!(csv(&rows(MAX_INPUT_ROWS)).unwrap().summary.rows, MAX_INPUT_ROWS);
        let e = csv(&rows(MAX_INPUT_ROWS + 1)).unwrap_err();
        assert!(e.message().contains("more than 50000 rows") || e.message().contains("has 50001 rows"), "{e}");
    }
}
