//! The catalog: every Smartlead operation, one row each, grouped as the WIT groups them.
//! Tools, dispatch, docs and the test-coverage check all read [`CATALOG`].

pub mod agency_clients;
pub mod campaign_leads;
pub mod campaigns;
pub mod decode;
pub mod email_accounts;
pub mod execute;
pub mod leads;
pub mod lenient;
pub mod model;
pub mod operation;
pub mod reply;
pub mod webhooks;

use crate::core::error::{Error, Result};
use crate::catalog::operation::{Args, Operation};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// Every operation, in the order of the README table.
pub static CATALOG: &[&Operation] = &[
    &campaigns::LIST_ALL_SMARTLEAD_CAMPAIGNS.row,
    &campaigns::CREATE_A_SMARTLEAD_CAMPAIGN.row,
    &campaigns::GET_SINGLE_SMARTLEAD_CAMPAIGN_BY_ID.row,
    &campaigns::UPDATE_A_SMARTLEAD_CAMPAIGN_BY_ID.row,
    &campaigns::DELETE_A_SMARTLEAD_CAMPAIGN_BY_ID.row,
    &campaigns::SMARTLEAD_CAMPAIGNS_TOP_LEVEL_ANALYTICS.row,
    &campaigns::SMARTLEAD_CAMPAIGNS_EXPORT_CAMPAIGN_LEADS_CSV.row,
    &campaigns::SMARTLEAD_CAMPAIGNS_UPDATE_CAMPAIGN_STATUS.row,
    &campaigns::SMARTLEAD_CAMPAIGNS_UPDATE_SCHEDULE.row,
    &email_accounts::LIST_ALL_SMARTLEAD_EMAIL_ACCOUNTS.row,
    &email_accounts::CREATE_A_SMARTLEAD_EMAIL_ACCOUNT.row,
    &email_accounts::GET_SINGLE_SMARTLEAD_EMAIL_ACCOUNT_BY_ID.row,
    &email_accounts::UPDATE_A_SMARTLEAD_EMAIL_ACCOUNT_BY_ID.row,
    &email_accounts::SMARTLEAD_EMAIL_ACCOUNTS_RECONNECT_FAILED_EMAILS.row,
    &email_accounts::LIST_ALL_SMARTLEAD_CAMPAIGN_EMAIL_ACCOUNTS.row,
    &email_accounts::CREATE_A_SMARTLEAD_CAMPAIGN_EMAIL_ACCOUNT.row,
    &email_accounts::DELETE_A_SMARTLEAD_CAMPAIGN_EMAIL_ACCOUNT_BY_ID.row,
    &campaign_leads::LIST_ALL_SMARTLEAD_CAMPAIGN_LEADS.row,
    &campaign_leads::CREATE_A_SMARTLEAD_CAMPAIGN_LEAD.row,
    &campaign_leads::DELETE_A_SMARTLEAD_CAMPAIGN_LEAD_BY_ID.row,
    &campaign_leads::SMARTLEAD_CAMPAIGN_LEADS_UNSUBSCRIBE_LEAD.row,
    &campaign_leads::SMARTLEAD_CAMPAIGN_LEADS_PAUSE_LEAD.row,
    &campaign_leads::SMARTLEAD_CAMPAIGN_LEADS_RESUME_LEADS.row,
    &campaign_leads::SMARTLEAD_CAMPAIGN_LEADS_REPLY_TO_LEAD.row,
    &campaign_leads::UPDATE_A_SMARTLEAD_CAMPAIGN_LEAD_BY_ID.row,
    &campaign_leads::SMARTLEAD_CAMPAIGN_LEADS_UPDATE_LEAD_CATEGORY.row,
    &leads::LIST_ALL_SMARTLEAD_LEADS.row,
    &leads::SMARTLEAD_LEADS_UNSUBSCRIBE.row,
    &leads::SMARTLEAD_LEADS_BLOCK.row,
    &leads::LIST_ALL_SMARTLEAD_LEAD_CAMPAIGNS.row,
    &campaigns::LIST_ALL_SMARTLEAD_CAMPAIGN_SEQUENCES.row,
    &campaigns::LIST_ALL_SMARTLEAD_CAMPAIGN_STATISTICS_BY_DATE.row,
    &leads::LIST_ALL_SMARTLEAD_LEAD_CATEGORY.row,
    &campaign_leads::LIST_ALL_SMARTLEAD_CAMPAIGN_LEAD_MESSAGE_HISTORY.row,
    &campaigns::LIST_ALL_SMARTLEAD_CAMPAIGN_STATISTICS.row,
    &webhooks::LIST_ALL_SMARTLEAD_CAMPAIGN_WEBHOOKS.row,
    &webhooks::UPDATE_A_SMARTLEAD_CAMPAIGN_WEBHOOK_BY_ID.row,
    &webhooks::CREATE_A_SMARTLEAD_CAMPAIGN_WEBHOOK.row,
    &webhooks::DELETE_A_SMARTLEAD_CAMPAIGN_WEBHOOK_BY_ID.row,
    &email_accounts::GET_SINGLE_SMARTLEAD_EMAIL_ACCOUNT_WARMUP_STAT_BY_ID.row,
    &email_accounts::CREATE_A_SMARTLEAD_EMAIL_ACCOUNT_WARMUP_SETTING.row,
    &agency_clients::CREATE_A_SMARTLEAD_CLIENT.row,
    &agency_clients::LIST_ALL_SMARTLEAD_CLIENTS.row,
];

pub fn find(name: &str) -> Option<&'static Operation> {
    CATALOG.iter().copied().find(|op| op.name == name)
}

/// An operation that takes no arguments.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct NoArgs {}
impl Args for NoArgs {}

/// An operation on one campaign, addressed as `{campaign_id}` in its route.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ByCampaign {
    /// Campaign id, e.g. 1562695.
    pub campaign_id: u64,
}
impl Args for ByCampaign {}

/// Checks shared by several argument types.
pub(crate) mod check {
    use super::*;

    pub fn not_empty<T>(field: &str, items: &[T]) -> Result<()> {
        if items.is_empty() { Err(Error::invalid(field, "must list at least one item")) } else { Ok(()) }
    }

    pub fn range(field: &str, value: Option<u32>, min: u32, max: u32) -> Result<()> {
        match value {
            Some(v) if v < min || v > max => Err(Error::invalid(field, format!("must be between {min} and {max}, got {v}"))),
            _ => Ok(()),
        }
    }

    pub fn email(field: &str, value: &str) -> Result<()> {
        let (local, domain) = value.trim().split_once('@').unwrap_or(("", ""));
        if local.is_empty() || !domain.contains('.') || value.contains(char::is_whitespace) {
            return Err(Error::invalid(field, format!("{value:?} is not an email address")));
        }
        Ok(())
    }

    pub fn url(field: &str, value: &str) -> Result<()> {
        if !(value.starts_with("https://") || value.starts_with("http://")) || value.len() < 10 {
            return Err(Error::invalid(field, format!("{value:?} is not an http(s) URL")));
        }
        Ok(())
    }

    /// `YYYY-MM-DD`.
    pub fn date(field: &str, value: &str) -> Result<()> {
        let b = value.as_bytes();
        let digits = |r: std::ops::Range<usize>| b[r].iter().all(u8::is_ascii_digit);
        let ok = b.len() == 10 && b[4] == b'-' && b[7] == b'-' && digits(0..4) && digits(5..7) && digits(8..10);
        let month: u32 = if ok { value[5..7].parse().unwrap_or(0) } else { 0 };
        let day: u32 = if ok { value[8..10].parse().unwrap_or(0) } else { 0 };
        if !ok || !(1..=12).contains(&month) || !(1..=31).contains(&day) {
            return Err(Error::invalid(field, format!("{value:?} is not a date like 2025-01-31")));
        }
        Ok(())
    }

    /// `HH:MM`, 24-hour.
    pub fn hour(field: &str, value: &str) -> Result<()> {
        let parsed = value.split_once(':').and_then(|(h, m)| {
            (h.len() == 2 && m.len() == 2).then(|| Some((h.parse::<u32>().ok()?, m.parse::<u32>().ok()?)))?
        });
        match parsed {
            Some((h, m)) if h < 24 && m < 60 => Ok(()),
            _ => Err(Error::invalid(field, format!("{value:?} is not a time like 09:00"))),
        }
    }

    pub fn one_of(field: &str, value: &str, allowed: &[&str]) -> Result<()> {
        if allowed.contains(&value) {
            Ok(())
        } else {
            Err(Error::invalid(field, format!("{value:?} is not one of {}", allowed.join(", "))))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;

    #[test]
    fn the_catalog_has_43_uniquely_named_operations() {
        let names: BTreeSet<_> = CATALOG.iter().map(|op| op.name).collect();
        assert_eq!(CATALOG.len(), 43);
        assert_eq!(names.len(), 43);
    }

    #[test]
    fn every_path_placeholder_is_an_argument() {
        for op in CATALOG {
            let schema = serde_json::to_value((op.args_schema)()).unwrap();
            let props = schema["properties"].as_object().cloned().unwrap_or_default();
            for part in op.path.split('/').filter(|p| p.starts_with('{')) {
                let name = part.trim_matches(|c| c == '{' || c == '}');
                assert!(props.contains_key(name), "{}: `{name}` is not an argument", op.name);
                let required = schema["required"].as_array().unwrap();
                assert!(required.iter().any(|r| r == name), "{}: `{name}` is not required", op.name);
            }
        }
    }

    #[test]
    fn checks_name_the_field() {
        assert!(check::email("email", "nobody").unwrap_err().message().starts_with("`email`"));
        assert!(check::email("email", "a@b.co").is_ok());
        assert!(check::date("start_date", "2025-13-01").is_err());
        assert!(check::date("start_date", "2025-02-28").is_ok());
        assert!(check::hour("start_hour", "9:00").is_err());
        assert!(check::hour("start_hour", "23:59").is_ok());
        assert!(check::range("limit", Some(0), 1, 50).is_err());
        assert!(check::url("webhook_url", "ftp://x").is_err());
    }
}
