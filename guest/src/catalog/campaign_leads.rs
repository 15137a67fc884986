//! Campaign leads: the people in a campaign, what they are sent, and their replies.

use super::check;
use crate::core::error::{Error, Result};
use crate::core::http::Method::{Delete, Get, Post};
use crate::catalog::lenient;
use crate::catalog::model::{Ack, AddLeadsResult, CampaignLead, CustomFields, Message, Page};
use crate::catalog::operation::{Args, Confirm, Effect};
use crate::catalog::typed::TypedOperation;
use crate::core::paging::Listing;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

const READ: Effect = Effect::Read;

/// The most leads one request adds, as Smartlead's current documentation allows (older
/// versions took 350 or 100; the bulk import sends 100 unless told otherwise).
pub const MAX_LEADS_PER_REQUEST: usize = 400;
/// The larger of the two documented custom-field limits (20 and 200).
pub const MAX_CUSTOM_FIELDS: usize = 200;

pub const LIST_ALL_SMARTLEAD_CAMPAIGN_LEADS: TypedOperation<CampaignLeadFilter, Page<CampaignLead>> = TypedOperation::new(
    "list_all_smartlead_campaign_leads", Get, "/campaigns/{campaign_id}/leads", READ, Listing::Offset { max: 100 },
    "List the leads of a campaign with their status in it, category and contact fields (up to 100 a page).",
)
.documented("https://api.smartlead.ai/api-reference/leads/get-by-campaign");
pub const CREATE_A_SMARTLEAD_CAMPAIGN_LEAD: TypedOperation<NewLeads, AddLeadsResult> = TypedOperation::new(
    "create_a_smartlead_campaign_lead", Post, "/campaigns/{campaign_id}/leads", Effect::Write { idempotent: false }, Listing::Single,
    "Add up to 400 leads (email plus optional name, company, phone, website, location, LinkedIn and custom_fields) to a campaign; 100 is taken by every Smartlead version. Returns how many were added, duplicates, invalid and blocked emails.",
)
.documented("https://api.smartlead.ai/api-reference/leads/add-to-campaign");
pub const DELETE_A_SMARTLEAD_CAMPAIGN_LEAD_BY_ID: TypedOperation<CampaignLeadRef, Ack> = TypedOperation::new(
    "delete_a_smartlead_campaign_lead_by_id", Delete, "/campaigns/{campaign_id}/leads/{id}", Effect::Destructive { idempotent: true }, Listing::Single,
    "Remove a lead from a campaign. The lead stays in the account and in other campaigns.",
)
.documented("https://api.smartlead.ai/api-reference/leads/delete");
pub const SMARTLEAD_CAMPAIGN_LEADS_UNSUBSCRIBE_LEAD: TypedOperation<CampaignLeadRef, Ack> = TypedOperation::new(
    "smartlead_campaign_leads_unsubscribe_lead", Post, "/campaigns/{campaign_id}/leads/{id}/unsubscribe",
    Effect::Destructive { idempotent: true }, Listing::Single,
    "Unsubscribe a lead from one campaign: it receives no further steps of it.",
)
.documented("https://api.smartlead.ai/api-reference/campaigns/unsubscribe-lead");
pub const SMARTLEAD_CAMPAIGN_LEADS_PAUSE_LEAD: TypedOperation<CampaignLeadRef, Ack> = TypedOperation::new(
    "smartlead_campaign_leads_pause_lead", Post, "/campaigns/{campaign_id}/leads/{id}/pause", Effect::Write { idempotent: true }, Listing::Single,
    "Pause sending to one lead of a campaign.",
)
.documented("https://api.smartlead.ai/api-reference/leads/pause");
pub const SMARTLEAD_CAMPAIGN_LEADS_RESUME_LEADS: TypedOperation<ResumeLead, Ack> = TypedOperation::new(
    "smartlead_campaign_leads_resume_leads", Post, "/campaigns/{campaign_id}/leads/{id}/resume", Effect::Write { idempotent: true }, Listing::Single,
    "Resume sending to a paused lead, optionally after a delay in days.",
)
.documented("https://api.smartlead.ai/api-reference/leads/resume");
pub const SMARTLEAD_CAMPAIGN_LEADS_REPLY_TO_LEAD: TypedOperation<ReplyToLead, Ack> = TypedOperation::new(
    "smartlead_campaign_leads_reply_to_lead", Post, "/campaigns/{campaign_id}/reply-email-thread", Effect::Write { idempotent: false }, Listing::Single,
    "Send a reply in a lead's email thread. email_stats_id is the stats_id of a message from list_all_smartlead_campaign_lead_message_history, not a lead id.",
)
.documented("https://api.smartlead.ai/api-reference/inbox/reply")
.confirming(Confirm::Always("send an email reply to the lead, which cannot be unsent"));
pub const UPDATE_A_SMARTLEAD_CAMPAIGN_LEAD_BY_ID: TypedOperation<LeadUpdate, Ack> = TypedOperation::new(
    "update_a_smartlead_campaign_lead_by_id", Post, "/campaigns/{campaign_id}/leads/{id}", Effect::Write { idempotent: true }, Listing::Single,
    "Update a lead's contact fields and custom fields. email is required even when unchanged; custom fields are merged.",
)
.documented("https://api.smartlead.ai/api-reference/leads/update");
pub const SMARTLEAD_CAMPAIGN_LEADS_UPDATE_LEAD_CATEGORY: TypedOperation<CategoryUpdate, Ack> = TypedOperation::new(
    "smartlead_campaign_leads_update_lead_category", Post, "/campaigns/{campaign_id}/leads/{id}/category", Effect::Write { idempotent: true }, Listing::Single,
    "Set a lead's category in a campaign (ids from list_all_smartlead_lead_category), optionally pausing the lead.",
)
.documented("https://api.smartlead.ai/api-reference/campaigns/update-lead-category");
pub const LIST_ALL_SMARTLEAD_CAMPAIGN_LEAD_MESSAGE_HISTORY: TypedOperation<MessageHistoryFilter, Page<Message>> = TypedOperation::new(
    "list_all_smartlead_campaign_lead_message_history", Get, "/campaigns/{campaign_id}/leads/{id}/message-history", READ, Listing::Sliced,
    "List the emails exchanged with a lead in a campaign, oldest first: what was sent (SENT) and the lead's replies (REPLY), with subject, body and stats_id.",
)
.documented("https://api.smartlead.ai/api-reference/campaigns/get-lead-history");

pub const SMARTLEAD_CAMPAIGN_LEADS_MANUAL_COMPLETE: TypedOperation<LeadMapRef, Ack> = TypedOperation::new(
    "smartlead_campaign_leads_manual_complete", Post, "/campaigns/{campaign_id}/leads/{lead_map_id}/manual-complete", Effect::Write { idempotent: true }, Listing::Single,
    "Mark a lead of a campaign complete (by its lead_map_id, the campaign_lead_map_id, not the lead id): no further steps are sent to it.",
)
.documented("https://api.smartlead.ai/api-reference/campaigns/mark-lead-complete");
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct CampaignLeadFilter {
    /// Campaign id.
    pub campaign_id: u64,
    /// STARTED, INPROGRESS, COMPLETED, PAUSED or STOPPED.
    pub status: Option<String>,
    /// Only leads in this category.
    pub lead_category_id: Option<u64>,
    /// is_opened, is_clicked, is_replied, is_bounced, is_unsubscribed, is_spam, is_accepted, not_replied or is_sender_bounced.
    #[serde(rename = "emailStatus")]
    pub email_status: Option<String>,
    /// Added after this ISO time.
    pub created_at_gt: Option<String>,
    /// Last emailed after this ISO time.
    pub last_sent_time_gt: Option<String>,
    /// Any event after this ISO time.
    pub event_time_gt: Option<String>,
}
impl Args for CampaignLeadFilter {
    fn validate(&self) -> Result<()> {
        if let Some(status) = &self.status {
            check::one_of("status", status, &["STARTED", "INPROGRESS", "COMPLETED", "PAUSED", "STOPPED", "BLOCKED"])?;
        }
        Ok(())
    }
}

/// One lead to add. Field names are Smartlead's (`company_name`, `phone_number`).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct LeadInput {
    pub email: String,
    pub first_name: Option<String>,
    pub last_name: Option<String>,
    pub phone_number: Option<String>,
    pub company_name: Option<String>,
    pub website: Option<String>,
    pub location: Option<String>,
    pub linkedin_profile: Option<String>,
    pub company_url: Option<String>,
    /// Flat object of extra fields, usable as {{key}} in sequences, e.g. {"job_title": "CEO"}.
    #[serde(default, deserialize_with = "lenient::text_map", skip_serializing_if = "CustomFields::is_empty")]
    pub custom_fields: CustomFields,
}

/// How Smartlead treats leads that are blocked, unsubscribed or in other campaigns.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ImportSettings {
    pub ignore_global_block_list: Option<bool>,
    pub ignore_unsubscribe_list: Option<bool>,
    /// True adds leads even when they are in another campaign.
    pub ignore_duplicate_leads_in_other_campaign: Option<bool>,
    pub ignore_community_bounce_list: Option<bool>,
    pub return_lead_ids: Option<bool>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct NewLeads {
    /// Campaign id.
    pub campaign_id: u64,
    /// 1 to 400 leads (100 is taken by every Smartlead version).
    pub lead_list: Vec<LeadInput>,
    pub settings: Option<ImportSettings>,
}
impl Args for NewLeads {
    fn validate(&self) -> Result<()> {
        check::not_empty("lead_list", &self.lead_list)?;
        if self.lead_list.len() > MAX_LEADS_PER_REQUEST {
            return Err(Error::invalid(
                "lead_list",
                format!("has {} leads; send at most {MAX_LEADS_PER_REQUEST} per call", self.lead_list.len()),
            ));
        }
        for (i, lead) in self.lead_list.iter().enumerate() {
            check::email(&format!("lead_list[{i}].email"), &lead.email)?;
            if lead.custom_fields.len() > MAX_CUSTOM_FIELDS {
                return Err(Error::invalid(&format!("lead_list[{i}].custom_fields"), format!("has more than {MAX_CUSTOM_FIELDS} fields")));
            }
        }
        Ok(())
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct CampaignLeadRef {
    /// Campaign id.
    pub campaign_id: u64,
    /// Lead id (`lead.id` in list_all_smartlead_campaign_leads).
    pub id: u64,
}
impl Args for CampaignLeadRef {}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ResumeLead {
    /// Campaign id.
    pub campaign_id: u64,
    /// Lead id.
    pub id: u64,
    /// Wait this many days before the next step.
    pub resume_lead_with_delay_days: Option<u32>,
}
impl Args for ResumeLead {}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ReplyToLead {
    /// Campaign id.
    pub campaign_id: u64,
    /// stats_id of the message replied to (text, e.g. "9d0d083e-…").
    pub email_stats_id: String,
    /// The reply, as HTML.
    pub email_body: String,
    pub reply_message_id: Option<String>,
    pub reply_email_time: Option<String>,
    pub reply_email_body: Option<String>,
    /// Comma-separated addresses.
    pub cc: Option<String>,
    /// Comma-separated addresses.
    pub bcc: Option<String>,
    pub add_signature: Option<bool>,
    pub to_email: Option<String>,
    pub to_first_name: Option<String>,
    pub to_last_name: Option<String>,
    /// Send later, ISO 8601.
    pub scheduled_time: Option<String>,
}
impl Args for ReplyToLead {
    fn validate(&self) -> Result<()> {
        if self.email_stats_id.trim().is_empty() {
            return Err(Error::invalid("email_stats_id", "must be the stats_id of a message in the thread"));
        }
        if self.email_body.trim().is_empty() {
            return Err(Error::invalid("email_body", "must not be empty"));
        }
        Ok(())
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct LeadUpdate {
    /// Campaign id.
    pub campaign_id: u64,
    /// Lead id.
    pub id: u64,
    /// The lead's email, required even when unchanged.
    pub email: String,
    pub first_name: Option<String>,
    pub last_name: Option<String>,
    pub phone_number: Option<String>,
    pub company_name: Option<String>,
    pub website: Option<String>,
    pub location: Option<String>,
    pub linkedin_profile: Option<String>,
    pub company_url: Option<String>,
    /// Merged into the lead's custom fields.
    #[serde(default, deserialize_with = "lenient::text_map", skip_serializing_if = "CustomFields::is_empty")]
    pub custom_fields: CustomFields,
}
impl Args for LeadUpdate {
    fn validate(&self) -> Result<()> {
        check::email("email", &self.email)
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct CategoryUpdate {
    /// Campaign id.
    pub campaign_id: u64,
    /// Lead id.
    pub id: u64,
    /// Category id from list_all_smartlead_lead_category.
    pub category_id: u64,
    /// Also pause the lead.
    pub pause_lead: Option<bool>,
}
impl Args for CategoryUpdate {}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct MessageHistoryFilter {
    /// Campaign id.
    pub campaign_id: u64,
    /// Lead id.
    pub id: u64,
    /// Only messages after this ISO time.
    pub event_time_gt: Option<String>,
    /// Return replies as plain text.
    pub show_plain_text_response: Option<bool>,
}
impl Args for MessageHistoryFilter {}

/// A lead of a campaign, by its map id.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct LeadMapRef {
    pub campaign_id: u64,
    /// The campaign_lead_map_id (not the lead id).
    pub lead_map_id: u64,
}
impl Args for LeadMapRef {}
