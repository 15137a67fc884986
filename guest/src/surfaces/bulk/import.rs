//! Sending an import: each batch once through the add-leads operation (so under the
//! usual pacing, and never repeated by the client), and, for a batch whose answer was
//! lost, which of its leads the campaign does not hold yet — the only ones a resume
//! may send. A host with a journal drives these a batch at a time; `import_leads` runs
//! a whole import for hosts without one.

use super::plan::{Batch, Format, PlanOptions, plan};
use super::report::{BatchOutcome, ImportReport, summarize};
use crate::catalog::campaign_leads::{CREATE_A_SMARTLEAD_CAMPAIGN_LEAD, ImportSettings, NewLeads};
use crate::catalog::leads::{LIST_ALL_SMARTLEAD_LEADS, LeadLookup};
use crate::core::client::Client;
use crate::core::error::{Error, Result};
use crate::core::paging::PageRequest;

/// Sends `batch` to `campaign_id` once; Smartlead's answer as a batch outcome.
pub fn send_batch(client: &Client, campaign_id: u64, batch: &Batch, settings: Option<&ImportSettings>) -> Result<BatchOutcome> {
    let args = NewLeads { campaign_id, lead_list: batch.leads.clone(), settings: settings.cloned() };
    let answer = CREATE_A_SMARTLEAD_CAMPAIGN_LEAD.run(client, args, PageRequest::default())?;
    Ok(BatchOutcome::from_answer(batch, &answer))
}

/// Whether a batch that failed with `error` may have been stored: no answer came, or one
/// that could not be read. Any other failure is Smartlead refusing the whole batch.
pub fn outcome_unknown(error: &Error) -> bool {
    matches!(error, Error::Transport(_) | Error::Decode(_))
}

/// The leads of `batch` that `campaign_id` does not hold, each looked up by email, and
/// how many it holds already.
pub fn missing_from_campaign(client: &Client, campaign_id: u64, batch: &Batch) -> Result<(Batch, u64)> {
    let mut missing = Batch { index: batch.index, rows: Vec::new(), leads: Vec::new() };
    for (row, lead) in batch.rows.iter().zip(&batch.leads) {
        let found = LIST_ALL_SMARTLEAD_LEADS.run(client, LeadLookup { email: lead.email.clone() }, PageRequest::default())?;
        let present = found.result.iter().any(|l| l.lead_campaign_data.iter().any(|c| c.campaign_id == campaign_id));
        if !present {
            missing.rows.push(*row);
            missing.leads.push(lead.clone());
        }
    }
    let found = (batch.leads.len() - missing.leads.len()) as u64;
    Ok((missing, found))
}

/// What a whole import takes besides its rows.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ImportOptions {
    pub plan: PlanOptions,
    pub settings: Option<ImportSettings>,
}

/// A whole import, one batch after another, stopping at the first batch Smartlead does
/// not take (its lead credits running out included). Invalid input is an error before
/// anything is sent; anything after is in the report (`stopped`, `unanswered_batches`).
pub fn import_leads(client: &Client, campaign_id: u64, input: &[u8], format: Format, options: &ImportOptions) -> Result<ImportReport> {
    let plan = plan(input, format, &options.plan)?;
    let mut outcomes = Vec::new();
    let mut stopped = None;
    let mut unanswered = Vec::new();
    for batch in &plan.batches {
        match send_batch(client, campaign_id, batch, options.settings.as_ref()) {
            Ok(outcome) => {
                let exhausted = outcome.lead_limit_exhausted;
                outcomes.push(outcome);
                if exhausted {
                    stopped = Some(lead_limit_reached(batch.index, plan.batches.len() as u32));
                    break;
                }
            }
            Err(e) => {
                if outcome_unknown(&e) {
                    unanswered.push(batch.index);
                }
                stopped = Some(format!("batch {} of {}: {e}", batch.index, plan.batches.len()));
                break;
            }
        }
    }
    let mut report = summarize(&plan.summary, &outcomes);
    report.stopped = stopped;
    report.unanswered_batches = unanswered;
    Ok(report)
}

/// Why an import stops when Smartlead says the account's lead credits ran out in batch
/// `batch` of `batches`.
pub fn lead_limit_reached(batch: u32, batches: u32) -> String {
    format!(
        "Smartlead's lead limit for this account was reached in batch {batch} of {batches}: the rest was not imported; add lead credits, then run the import again to continue"
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tests::fake::{Script, client};

    fn rows(n: usize) -> Vec<u8> {
        ("email\n".to_string() + &(0..n).map(|i| format!("p{i}@example.com\n")).collect::<String>()).into_bytes()
    }

    #[test]
    fn every_batch_is_sent_once_and_the_answers_add_up() {
        let script = Script::default();
        script.answer(200, r#"{"ok": true, "upload_count": 2, "total_leads": 2}"#).answer(200, r#"{"ok": true, "upload_count": 1, "total_leads": 0, "already_added_to_campaign": 1}"#);
        let options = ImportOptions { plan: PlanOptions { batch_size: Some(2), ..Default::default() }, settings: None };
        let report = import_leads(&client(&script), 9, &rows(3), Format::Csv, &options).unwrap();
        assert_eq!((report.batches_done, report.sent, report.added, report.already_in_campaign, report.stopped), (2, 3, 2, 1, None));
        let sent = script.sent.borrow();
        assert_eq!(sent.len(), 2);
        assert!(sent[0].url.contains("/campaigns/9/leads"));
        let body: serde_json::Value = serde_json::from_slice(sent[0].body.as_ref().unwrap()).unwrap();
        assert_eq!(body["lead_list"].as_array().unwrap().len(), 2);
    }

    #[test]
    fn a_lost_answer_stops_the_import_and_names_the_batch() {
        let script = Script::default();
        script.answer(200, r#"{"total_leads": 2}"#).fail("connection reset");
        let options = ImportOptions { plan: PlanOptions { batch_size: Some(2), ..Default::default() }, settings: None };
        let report = import_leads(&client(&script), 9, &rows(6), Format::Csv, &options).unwrap();
        assert_eq!((report.batches_done, report.unanswered_batches.clone()), (1, vec![2]));
        assert!(report.stopped.unwrap().contains("batch 2 of 3"));
        assert_eq!(script.sent.borrow().len(), 2, "a POST without an answer is not repeated");
    }

    #[test]
    fn lead_credits_running_out_stop_the_import() {
        let script = Script::default();
        script.answer(200, r#"{"total_leads": 1, "is_lead_limit_exhausted": true, "lead_import_stopped_count": 1}"#);
        let options = ImportOptions { plan: PlanOptions { batch_size: Some(2), ..Default::default() }, settings: None };
        let report = import_leads(&client(&script), 9, &rows(6), Format::Csv, &options).unwrap();
        assert_eq!((report.batches_done, report.not_imported), (1, 1));
        assert!(report.stopped.unwrap().contains("lead limit"));
        assert_eq!(script.sent.borrow().len(), 1);
    }

    #[test]
    fn a_resumed_batch_sends_only_the_leads_the_campaign_lacks() {
        let script = Script::default();
        script
            .answer(200, r#"{"id": 1, "email": "p0@example.com", "lead_campaign_data": [{"campaign_id": 9}]}"#)
            .answer(200, r#"{"id": 2, "email": "p1@example.com", "lead_campaign_data": [{"campaign_id": 4}]}"#)
            .answer(200, "{}");
        let plan = plan(&rows(3), Format::Csv, &PlanOptions::default()).unwrap();
        let (missing, found) = missing_from_campaign(&client(&script), 9, &plan.batches[0]).unwrap();
        assert_eq!(found, 1);
        assert_eq!(missing.leads.iter().map(|l| l.email.as_str()).collect::<Vec<_>>(), ["p1@example.com", "p2@example.com"]);
        assert_eq!((missing.rows.clone(), missing.index), (vec![2, 3], 1));
        assert!(script.sent.borrow().iter().all(|r| r.method == crate::core::http::Method::Get), "looking up sends nothing");
    }
}
