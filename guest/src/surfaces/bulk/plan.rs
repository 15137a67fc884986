//! An import planned before anything is sent: the rows of a CSV or JSON Lines file
//! read into leads, each checked (an email address, not a repeat of an earlier row, no
//! more custom fields than Smartlead takes), and the good ones cut into batches. The
//! same input and options always give the same plan, so a re-run finds its batches.

use super::mapping::{ColumnMapping, Field, Target, map_columns, normalize};
use crate::catalog::campaign_leads::{LeadInput, MAX_CUSTOM_FIELDS, MAX_LEADS_PER_REQUEST};
use crate::catalog::check;
use crate::core::error::{Error, Result};
use serde_json::Value;
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

/// Everything an import will send, and what it will not.
#[derive(Debug, Clone, PartialEq)]
pub struct ImportPlan {
    pub mapping: Vec<ColumnMapping>,
    /// Data rows read.
    pub rows: u32,
    pub batches: Vec<Batch>,
    pub rejected: Vec<Rejected>,
}

/// Reads and checks every row and cuts the good ones into batches. Input that cannot be
/// a prospect list (not UTF-8, empty, no email column, a batch size out of range) is
/// `invalid-input`; a bad row is only rejected.
pub fn plan(input: &[u8], format: Format, options: &PlanOptions) -> Result<ImportPlan> {
    let size = options.batch_size.unwrap_or(DEFAULT_BATCH_SIZE);
    if size == 0 || size as usize > MAX_LEADS_PER_REQUEST {
        return Err(Error::invalid("batch_size", format!("must be between 1 and {MAX_LEADS_PER_REQUEST}, got {size}")));
    }
    let text = std::str::from_utf8(input).map_err(|e| Error::invalid("input", format!("is not UTF-8 text (at byte {}); save the file as UTF-8", e.valid_up_to())))?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let read = match format {
        Format::Csv => read_csv(text, &options.overrides)?,
        Format::Jsonl => read_jsonl(text, &options.overrides)?,
    };
    let mut seen: HashMap<String, u32> = HashMap::new();
    let mut rejected = read.rejected;
    let mut good = Vec::new();
    for (row, lead) in read.leads {
        let reason = if lead.email.is_empty() {
            Some("no email".to_string())
        } else if check::email("email", &lead.email).is_err() {
            Some(format!("{:?} is not an email address", lead.email))
        } else if let Some(first) = seen.get(&lead.email.to_lowercase()) {
            Some(format!("the same email as row {first}"))
        } else if lead.custom_fields.len() > MAX_CUSTOM_FIELDS {
            Some(format!("{} custom fields; Smartlead takes at most {MAX_CUSTOM_FIELDS}", lead.custom_fields.len()))
        } else {
            None
        };
        match reason {
            Some(reason) => rejected.push(Rejected { row, email: (!lead.email.is_empty()).then(|| lead.email.clone()), reason }),
            None => {
                seen.insert(lead.email.to_lowercase(), row);
                good.push((row, lead));
            }
        }
    }
    rejected.sort_by_key(|r| r.row);
    let batches = good
        .chunks(size as usize)
        .enumerate()
        .map(|(i, chunk)| Batch { index: i as u32 + 1, rows: chunk.iter().map(|(r, _)| *r).collect(), leads: chunk.iter().map(|(_, l)| l.clone()).collect() })
        .collect();
    Ok(ImportPlan { mapping: read.mapping, rows: read.rows, batches, rejected })
}

/// Rows read into leads, before they are checked.
struct Read {
    mapping: Vec<ColumnMapping>,
    rows: u32,
    leads: Vec<(u32, LeadInput)>,
    rejected: Vec<Rejected>,
}

fn describe(columns: &[String], targets: &[Target]) -> Vec<ColumnMapping> {
    columns.iter().zip(targets).map(|(column, target)| ColumnMapping { column: column.clone(), target: target.describe() }).collect()
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

fn read_csv(text: &str, overrides: &BTreeMap<String, Target>) -> Result<Read> {
    if text.trim().is_empty() {
        return Err(Error::invalid("input", "is empty: a CSV import needs a header row naming the columns, one of them the email"));
    }
    let mut reader = csv::ReaderBuilder::new().flexible(true).from_reader(text.as_bytes());
    let columns: Vec<String> = reader.headers().map_err(|e| Error::invalid("input", format!("the header row does not read as CSV: {e}")))?.iter().map(str::to_string).collect();
    let targets = map_columns(&columns, overrides);
    needs_email(&columns, &targets)?;
    let mut read = Read { mapping: describe(&columns, &targets), rows: 0, leads: Vec::new(), rejected: Vec::new() };
    for record in reader.records() {
        read.rows += 1;
        let row = read.rows;
        let reject = |reason: String| Rejected { row, email: None, reason };
        match record {
            Err(e) => read.rejected.push(reject(format!("does not read as CSV: {e}"))),
            Ok(cells) if cells.iter().all(|c| c.trim().is_empty()) => read.rejected.push(reject("is empty".into())),
            Ok(cells) if cells.len() > columns.len() => {
                read.rejected.push(reject(format!("has {} cells; the header names {} columns", cells.len(), columns.len())))
            }
            Ok(cells) => match fill(targets.iter().cloned().zip(cells.iter().map(str::to_string))) {
                Ok(lead) => read.leads.push((row, lead)),
                Err(reason) => read.rejected.push(reject(reason)),
            },
        }
    }
    Ok(read)
}

fn read_jsonl(text: &str, overrides: &BTreeMap<String, Target>) -> Result<Read> {
    let mut objects = Vec::new();
    let mut rejected = Vec::new();
    let mut columns: Vec<String> = Vec::new();
    for (i, line) in text.lines().filter(|l| !l.trim().is_empty()).enumerate() {
        let row = i as u32 + 1;
        match serde_json::from_str::<Value>(line) {
            Ok(Value::Object(object)) => {
                // One column however its objects spell the key (`Email`, `email`).
                for key in object.keys() {
                    if !columns.iter().any(|c| normalize(c) == normalize(key)) {
                        columns.push(key.clone());
                    }
                }
                objects.push((row, object));
            }
            Ok(_) => rejected.push(Rejected { row, email: None, reason: "is not a JSON object".into() }),
            Err(e) => rejected.push(Rejected { row, email: None, reason: format!("is not JSON: {e}") }),
        }
    }
    let rows = (objects.len() + rejected.len()) as u32;
    if rows == 0 {
        return Err(Error::invalid("input", "is empty: a JSON Lines import needs one object a line, each with an email"));
    }
    let targets = map_columns(&columns, overrides);
    needs_email(&columns, &targets)?;
    let target_of: HashMap<String, &Target> = columns.iter().map(|c| normalize(c)).zip(&targets).collect();
    let mut leads = Vec::new();
    for (row, object) in objects {
        let cells = object.into_iter().map(|(key, value)| {
            let text = match value {
                Value::String(s) => s,
                Value::Null => String::new(),
                other => other.to_string(),
            };
            (target_of[&normalize(&key)].clone(), text)
        });
        match fill(cells) {
            Ok(lead) => leads.push((row, lead)),
            Err(reason) => rejected.push(Rejected { row, email: None, reason }),
        }
    }
    Ok(Read { mapping: describe(&columns, &targets), rows, leads, rejected })
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
        assert_eq!((plan.rows, plan.batches.len()), (254, 3));
        assert_eq!(plan.batches.iter().map(|b| b.leads.len()).collect::<Vec<_>>(), [100, 100, 50]);
        assert_eq!((plan.batches[2].index, plan.batches[2].rows[0]), (3, 201));
        let lead = &plan.batches[0].leads[0];
        assert_eq!((lead.email.as_str(), lead.first_name.as_deref(), lead.company_name.as_deref()), ("lead1@example.com", Some("Lead 1"), Some("Acme")));
        assert_eq!(lead.custom_fields["Job Title"], "CTO");
        let reasons: Vec<(u32, &str)> = plan.rejected.iter().map(|r| (r.row, r.reason.as_str())).collect();
        assert_eq!(reasons, [(251, "\"not-an-email\" is not an email address"), (252, "the same email as row 7"), (253, "no email"), (254, "is empty")]);
    }

    #[test]
    fn quoted_commas_and_newlines_a_bom_and_a_header_alone() {
        let plan = csv("\u{feff}email,notes\n\"a@example.com\",\"line one,\nline two\"\n").unwrap();
        assert_eq!(plan.batches[0].leads[0].custom_fields["notes"], "line one,\nline two");
        assert_eq!(plan.mapping[0], ColumnMapping { column: "email".into(), target: "email".into() });
        let empty = csv("email,first_name\n").unwrap();
        assert_eq!((empty.rows, empty.batches.len(), empty.rejected.len()), (0, 0, 0));
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
        assert_eq!((plan.rows, plan.batches.len()), (3, 2));
        let a = &plan.batches[0].leads[0];
        assert_eq!((a.company_name.as_deref(), a.custom_fields["seats"].as_str(), a.custom_fields["role"].as_str()), (Some("Acme"), "12", "CTO"));
        assert_eq!((plan.rejected[0].row, plan.rejected[0].reason.as_str()), (2, "is not a JSON object"));
        assert!(super::plan(b"\n\n", Format::Jsonl, &PlanOptions::default()).unwrap_err().message().contains("is empty"));
    }

    #[test]
    fn the_same_input_plans_the_same_batches() {
        let text = "email\n".to_string() + &(0..30).map(|i| format!("p{i}@example.com\n")).collect::<String>();
        let options = PlanOptions { batch_size: Some(7), ..PlanOptions::default() };
        assert_eq!(plan(text.as_bytes(), Format::Csv, &options).unwrap(), plan(text.as_bytes(), Format::Csv, &options).unwrap());
    }
}
