//! Leads across the account: lookup by email, global unsubscribe, block list, categories.

use super::{NoArgs, check};
use crate::core::error::{Error, Result};
use crate::core::http::Method::{Delete, Get, Post};
use crate::catalog::model::{Ack, BlockListEntry, Lead, LeadCampaign, LeadCategory, Page};
use crate::catalog::operation::{Args, Effect};
use crate::catalog::typed::TypedOperation;
use crate::core::paging::Listing;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

const READ: Effect = Effect::Read;

pub const LIST_ALL_SMARTLEAD_LEADS: TypedOperation<LeadLookup, Page<Lead>> = TypedOperation::new(
    "list_all_smartlead_leads", Get, "/leads/", READ, Listing::Lookup,
    "Find a lead by email across the account. Despite the list_all name (kept for compatibility), this is a lookup by email: it returns the lead (with the campaigns it is in) as a one-item list, or an empty list when no lead has that email.",
)
.documented("https://api.smartlead.ai/api-reference/leads/get-by-email");
pub const GET_SINGLE_SMARTLEAD_LEAD_BY_ID: TypedOperation<LeadRef, Lead> = TypedOperation::new(
    "get_single_smartlead_lead_by_id", Get, "/leads/{id}", READ, Listing::Single,
    "Get one lead by its id: email, name, company, contact fields and custom_fields. To find a lead by email, with the campaigns it is in, use list_all_smartlead_leads.",
)
.documented("https://api.smartlead.ai/api-reference/campaigns/get-lead-by-id");
pub const SMARTLEAD_LEADS_UNSUBSCRIBE: TypedOperation<LeadRef, Ack> = TypedOperation::new(
    "smartlead_leads_unsubscribe", Post, "/leads/{id}/unsubscribe", Effect::Destructive { idempotent: true }, Listing::Single,
    "Unsubscribe a lead from every campaign of the account. Smartlead answers ok: false (a remote error) when the lead was already unsubscribed.",
)
.documented("https://api.smartlead.ai/api-reference/leads/unsubscribe");
pub const SMARTLEAD_LEADS_BLOCK: TypedOperation<DomainBlockList, Ack> = TypedOperation::new(
    "smartlead_leads_block", Post, "/leads/add-domain-block-list", Effect::Destructive { idempotent: true }, Listing::Single,
    "Add domains or email addresses to the global block list: no campaign will email them.",
)
.documented("https://api.smartlead.ai/api-reference/utilities/domain-block-list");
pub const LIST_ALL_SMARTLEAD_LEAD_CAMPAIGNS: TypedOperation<LeadRef, Page<LeadCampaign>> = TypedOperation::new(
    "list_all_smartlead_lead_campaigns", Get, "/leads/{id}/campaigns", READ, Listing::Sliced,
    "List the campaigns a lead is in, with each campaign's status.",
)
.documented("https://helpcenter.smartlead.ai/en/articles/125-full-api-documentation");
pub const LIST_ALL_SMARTLEAD_LEAD_CATEGORY: TypedOperation<NoArgs, Page<LeadCategory>> = TypedOperation::new(
    "list_all_smartlead_lead_category", Get, "/leads/fetch-categories", READ, Listing::Sliced,
    "List the account's lead categories (Interested, Not Interested, Out Of Office, …) with their ids and sentiment.",
)
.documented("https://api.smartlead.ai/api-reference/leads/categories");
pub const LIST_ALL_SMARTLEAD_BLOCK_LIST: TypedOperation<BlockListFilter, Page<BlockListEntry>> = TypedOperation::new(
    "list_all_smartlead_block_list", Get, "/leads/get-domain-block-list", READ, Listing::Offset { max: 1000 },
    "List the global block list: each blocked domain or email address, its id, source and client.",
)
.documented("https://api.smartlead.ai/api-reference/utilities/domain-block-list");
pub const DELETE_A_SMARTLEAD_BLOCK_LIST_ENTRY_BY_ID: TypedOperation<BlockListEntryRef, Ack> = TypedOperation::new(
    "delete_a_smartlead_block_list_entry_by_id", Delete, "/leads/delete-domain-block-list", Effect::Destructive { idempotent: true }, Listing::Single,
    "Take a domain or email address off the global block list (by its id from list_all_smartlead_block_list): campaigns may email it again.",
)
.documented("https://api.smartlead.ai/api-reference/utilities/domain-block-list")
.in_query(&["id"]);

/// Which block list entries to list.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct BlockListFilter {
    /// Only this agency client's entries.
    pub filter_client_id: Option<u64>,
    /// Only entries containing this text.
    pub filter_email_or_domain: Option<String>,
    /// Only email addresses at this domain.
    pub filter_email_with_domain: Option<String>,
}
impl Args for BlockListFilter {}

/// A block list entry, by id.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct BlockListEntryRef {
    /// The entry's id.
    pub id: u64,
}
impl Args for BlockListEntryRef {}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct LeadLookup {
    /// The lead's email address.
    pub email: String,
}
impl Args for LeadLookup {
    fn validate(&self) -> Result<()> {
        check::email("email", &self.email)
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct LeadRef {
    /// Lead id.
    pub id: u64,
}
impl Args for LeadRef {}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct DomainBlockList {
    /// Domains and/or email addresses, e.g. ["competitor.com", "someone@example.com"].
    pub domain_block_list: Vec<String>,
    /// Block for this agency client only.
    pub client_id: Option<u64>,
}
impl Args for DomainBlockList {
    fn validate(&self) -> Result<()> {
        check::not_empty("domain_block_list", &self.domain_block_list)?;
        if let Some(bad) = self.domain_block_list.iter().find(|d| !d.contains('.') || d.contains(char::is_whitespace)) {
            return Err(Error::invalid("domain_block_list", format!("{bad:?} is neither a domain nor an email address")));
        }
        Ok(())
    }
}
