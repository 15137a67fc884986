//! What an import did: each batch's answer from Smartlead in one shape, and every batch
//! folded into one report beside the rows that were never sent.

use super::plan::{Batch, PlanSummary, Rejected};
use crate::catalog::model::AddLeadsResult;

/// Smartlead's answer to one batch, every count a number.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct BatchOutcome {
    pub index: u32,
    /// Leads sent in this batch's request (after a resume, only those still missing).
    pub sent: u32,
    pub added: u64,
    pub already_in_campaign: u64,
    /// Leads Smartlead counted as duplicates within the request.
    pub duplicates: u64,
    /// Leads Smartlead called invalid, each at its row (0 when Smartlead named an email
    /// of no row, or only counted them).
    pub invalid: Vec<Rejected>,
    pub blocked: u64,
    pub unsubscribed: u64,
    pub bounced: u64,
    /// Leads Smartlead skipped for another reason.
    pub skipped: u64,
    /// Leads of a batch whose answer was lost, found in the campaign when the import resumed.
    pub found_on_resume: u64,
    /// The account's lead credits ran out during this batch.
    pub lead_limit_exhausted: bool,
    /// Leads of this batch Smartlead did not import because of that.
    pub not_imported: u64,
}

impl BatchOutcome {
    /// Reads Smartlead's answer to the leads of `batch`.
    pub fn from_answer(batch: &Batch, answer: &AddLeadsResult) -> BatchOutcome {
        let count = |n: Option<u64>| n.unwrap_or(0);
        let row_of = |email: &str| batch.leads.iter().position(|l| l.email.eq_ignore_ascii_case(email)).map(|i| batch.rows[i]);
        let reject = |email: Option<&String>| Rejected {
            row: email.and_then(|e| row_of(e)).unwrap_or(0),
            email: email.cloned(),
            reason: "Smartlead: not a valid email".into(),
        };
        let mut invalid: Vec<Rejected> = answer.invalid_emails.iter().filter(|e| !e.is_empty()).map(|e| reject(Some(e))).collect();
        // A count with no list still says how many were invalid.
        invalid.extend((invalid.len() as u64..count(answer.invalid_email_count)).map(|_| reject(None)));
        BatchOutcome {
            index: batch.index,
            sent: batch.leads.len() as u32,
            added: count(answer.total_leads),
            already_in_campaign: count(answer.already_added_to_campaign),
            duplicates: count(answer.duplicate_count),
            invalid,
            blocked: count(answer.block_count),
            unsubscribed: count(answer.unsubscribed_leads),
            bounced: count(answer.bounce_count),
            skipped: count(answer.skipped_count),
            found_on_resume: 0,
            lead_limit_exhausted: answer.is_lead_limit_exhausted.unwrap_or(false),
            not_imported: count(answer.lead_import_stopped_count),
        }
    }
}

/// An import from start to where it stands.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ImportReport {
    /// Data rows read.
    pub rows: u32,
    pub batches: u32,
    /// Batches Smartlead answered.
    pub batches_done: u32,
    /// Leads sent, over every request.
    pub sent: u64,
    pub added: u64,
    pub already_in_campaign: u64,
    pub duplicates: u64,
    /// Rows rejected before sending plus emails Smartlead called invalid.
    pub invalid: u64,
    pub blocked: u64,
    pub unsubscribed: u64,
    pub bounced: u64,
    pub skipped: u64,
    pub found_on_resume: u64,
    pub not_imported: u64,
    /// Every row not imported with its reason: rejected before sending (bad or repeated
    /// email), or called invalid by Smartlead (row 0 when Smartlead named no row).
    pub rejected: Vec<Rejected>,
    /// Why the import stopped before its last batch, if it did.
    pub stopped: Option<String>,
    /// Batches sent whose answer never came: a resume looks their leads up first.
    pub unanswered_batches: Vec<u32>,
}

/// Folds `outcomes` (the answered batches of the plan `plan` sums up, any order) into one report.
pub fn summarize(plan: &PlanSummary, outcomes: &[BatchOutcome]) -> ImportReport {
    let mut report = ImportReport { rows: plan.rows, batches: plan.batches, rejected: plan.rejected.clone(), ..ImportReport::default() };
    for outcome in outcomes {
        report.batches_done += 1;
        report.sent += outcome.sent as u64;
        report.added += outcome.added;
        report.already_in_campaign += outcome.already_in_campaign;
        report.duplicates += outcome.duplicates;
        report.blocked += outcome.blocked;
        report.unsubscribed += outcome.unsubscribed;
        report.bounced += outcome.bounced;
        report.skipped += outcome.skipped;
        report.found_on_resume += outcome.found_on_resume;
        report.not_imported += outcome.not_imported;
        report.rejected.extend(outcome.invalid.iter().cloned());
    }
    report.invalid = report.rejected.len() as u64;
    report.rejected.sort_by_key(|r| r.row);
    report
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::surfaces::bulk::plan::{Format, PlanOptions, plan};

    #[test]
    fn answers_fold_into_one_report_with_every_reject_placed() {
        let plan = plan(b"email\na@example.com\nbad\nb@example.com\nc@example.com\n", Format::Csv, &PlanOptions { batch_size: Some(2), ..Default::default() }).unwrap();
        let first: AddLeadsResult = serde_json::from_str(r#"{"total_leads": "1", "already_added_to_campaign": 1, "invalid_emails": [], "block_count": "0"}"#).unwrap();
        let second: AddLeadsResult = serde_json::from_str(r#"{"added_count": 0, "invalid_email_count": 1, "invalid_emails": ["C@example.com"], "unsubscribed_leads": ["x@y.z"], "skipped_count": 0}"#).unwrap();
        let outcomes = [BatchOutcome::from_answer(&plan.batches[0], &first), BatchOutcome::from_answer(&plan.batches[1], &second)];
        let report = summarize(&plan.summary, &outcomes);
        assert_eq!((report.rows, report.batches, report.batches_done, report.sent), (4, 2, 2, 3));
        assert_eq!((report.added, report.already_in_campaign, report.unsubscribed, report.invalid), (1, 1, 1, 2));
        let rejected: Vec<(u32, &str)> = report.rejected.iter().map(|r| (r.row, r.reason.as_str())).collect();
        assert_eq!(rejected, [(2, "\"bad\" is not an email address"), (4, "Smartlead: not a valid email")]);
    }

    #[test]
    fn a_count_without_its_list_still_counts() {
        let answer: AddLeadsResult = serde_json::from_str(r#"{"invalid_email_count": 2, "is_lead_limit_exhausted": true, "lead_import_stopped_count": 40}"#).unwrap();
        let batch = Batch { index: 3, rows: vec![1], leads: vec![Default::default()] };
        let outcome = BatchOutcome::from_answer(&batch, &answer);
        assert_eq!((outcome.invalid.len(), outcome.invalid[1].row, outcome.lead_limit_exhausted, outcome.not_imported), (2, 0, true, 40));
    }
}
