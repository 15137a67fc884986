//! Toolsets: the catalog's groups as named sets of tools an agent host can offer alone,
//! plus `core` (the 43 operations the integration began with) and `all`.

use crate::catalog::{self, CATALOG};
use crate::core::error::{Error, Result};
use serde::Serialize;
use std::collections::BTreeSet;

/// A named set of tools.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Toolset {
    /// The WIT interface's name (`master-inbox`), `core` or `all`.
    pub name: &'static str,
    /// What its tools are for, for a person or an agent choosing.
    pub description: &'static str,
    /// Its tools' names, in catalog order.
    pub tools: Vec<&'static str>,
}

/// Every group, named as its WIT interface, with what it is for.
const GROUPS: &[(&str, &str)] = &[
    ("campaigns", "Campaigns: create, settings, schedule, status, sequences, test emails and their numbers."),
    ("email-accounts", "Mailboxes (email accounts): add, update, warm-up, tags, and the campaigns that send from them."),
    ("campaign-leads", "The leads of one campaign: add, pause, resume, unsubscribe, categorize, message history and replies."),
    ("leads", "Leads across the account: find by email or id, their campaigns, categories, unsubscribe and block."),
    ("webhooks", "Webhooks: where Smartlead posts events (replies, opens, category changes), per campaign, client or account."),
    ("agency-clients", "Agency clients: create and list clients and their API keys."),
    ("lead-lists", "Lead lists: create, import, tag, move leads between lists and push them to campaigns."),
    ("master-inbox", "The master inbox: reply views (unread, snoozed, important, ...), one thread, and actions on a reply."),
    ("crm", "Leads as a CRM: notes, tasks and tags."),
    ("utilities", "One email sent outside any campaign."),
    ("smart-senders", "Smart Senders: buy domains and mailboxes, and read orders."),
    ("smart-delivery", "SmartDelivery: inbox placement tests, their reports, spam and blacklist checks."),
    ("smart-prospect", "SmartProspect: search for people and companies, find emails, and saved searches."),
    ("analytics", "Account-wide analytics: day-wise, campaign, client, mailbox, domain and reply reports."),
];

/// The 43 operations the integration began with: campaigns, their leads, mailboxes,
/// webhooks and clients, the everyday work of a campaign.
pub const CORE: &[&str] = &[
    "list_all_smartlead_campaigns", "create_a_smartlead_campaign", "get_single_smartlead_campaign_by_id", "update_a_smartlead_campaign_by_id",
    "delete_a_smartlead_campaign_by_id", "smartlead_campaigns_top_level_analytics", "smartlead_campaigns_export_campaign_leads_csv",
    "smartlead_campaigns_update_campaign_status", "smartlead_campaigns_update_schedule", "list_all_smartlead_email_accounts",
    "create_a_smartlead_email_account", "get_single_smartlead_email_account_by_id", "update_a_smartlead_email_account_by_id",
    "smartlead_email_accounts_reconnect_failed_emails", "list_all_smartlead_campaign_email_accounts", "create_a_smartlead_campaign_email_account",
    "delete_a_smartlead_campaign_email_account_by_id", "list_all_smartlead_campaign_leads", "create_a_smartlead_campaign_lead",
    "delete_a_smartlead_campaign_lead_by_id", "smartlead_campaign_leads_unsubscribe_lead", "smartlead_campaign_leads_pause_lead",
    "smartlead_campaign_leads_resume_leads", "smartlead_campaign_leads_reply_to_lead", "update_a_smartlead_campaign_lead_by_id",
    "smartlead_campaign_leads_update_lead_category", "list_all_smartlead_leads", "smartlead_leads_unsubscribe", "smartlead_leads_block",
    "list_all_smartlead_lead_campaigns", "list_all_smartlead_campaign_sequences", "list_all_smartlead_campaign_statistics_by_date",
    "list_all_smartlead_lead_category", "list_all_smartlead_campaign_lead_message_history", "list_all_smartlead_campaign_statistics",
    "list_all_smartlead_campaign_webhooks", "update_a_smartlead_campaign_webhook_by_id", "create_a_smartlead_campaign_webhook",
    "delete_a_smartlead_campaign_webhook_by_id", "get_single_smartlead_email_account_warmup_stat_by_id",
    "create_a_smartlead_email_account_warmup_setting", "create_a_smartlead_client", "list_all_smartlead_clients",
];

/// Every toolset: the groups in catalog order, then `core` and `all`.
pub fn toolsets() -> &'static [Toolset] {
    static SETS: std::sync::OnceLock<Vec<Toolset>> = std::sync::OnceLock::new();
    SETS.get_or_init(|| {
        let mut sets: Vec<Toolset> = GROUPS
            .iter()
            .map(|&(name, description)| {
                let tools = CATALOG.iter().filter(|op| catalog::group(op).replace('_', "-") == name).map(|op| op.name).collect();
                Toolset { name, description, tools }
            })
            .collect();
        sets.push(Toolset { name: "core", description: "The 43 everyday operations: campaigns, their leads, mailboxes, webhooks and clients.", tools: CORE.to_vec() });
        sets.push(Toolset { name: "all", description: "Every operation.", tools: CATALOG.iter().map(|op| op.name).collect() });
        sets
    })
}

/// The tools of the toolsets named in `spec` (comma-separated, e.g. `campaigns,leads`):
/// an unknown name is an error that lists the known ones.
pub fn select(spec: &str) -> Result<BTreeSet<&'static str>> {
    let mut chosen = BTreeSet::new();
    for name in spec.split(',').map(str::trim).filter(|n| !n.is_empty()) {
        let Some(set) = toolsets().iter().find(|s| s.name == name) else {
            let known: Vec<&str> = toolsets().iter().map(|s| s.name).collect();
            return Err(Error::invalid("toolsets", format!("{name:?} is not a toolset; toolsets: {}", known.join(", "))));
        };
        chosen.extend(set.tools.iter().copied());
    }
    Ok(chosen)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_operation_is_in_exactly_one_group_and_core_is_the_first_43() {
        let groups = &toolsets()[..GROUPS.len()];
        for op in CATALOG {
            let homes: Vec<&str> = groups.iter().filter(|s| s.tools.contains(&op.name)).map(|s| s.name).collect();
            assert_eq!(homes.len(), 1, "{} is in {homes:?}", op.name);
        }
        assert!(groups.iter().all(|s| !s.tools.is_empty()), "a group without tools: every name in GROUPS is a catalog module");
        assert_eq!(CORE.len(), 43);
        assert!(CORE.iter().all(|name| catalog::find(name).is_some()), "every core name is an operation");
    }

    #[test]
    fn a_selection_is_the_union_of_its_toolsets_and_an_unknown_name_is_refused() {
        let both = select("webhooks, utilities").unwrap();
        assert!(both.contains("smartlead_utilities_send_single_email") && both.contains("create_a_smartlead_webhook"));
        assert!(!both.contains("list_all_smartlead_campaigns"));
        assert_eq!(select("all").unwrap().len(), CATALOG.len());
        assert_eq!(select("core").unwrap().len(), 43);
        let e = select("campaigns,inbox").unwrap_err().to_string();
        assert!(e.contains("\"inbox\" is not a toolset") && e.contains("master-inbox"), "{e}");
    }
}
