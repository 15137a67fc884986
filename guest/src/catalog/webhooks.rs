//! Campaign webhooks: where Smartlead posts events (sent, opened, replied, …).

use super::{ByCampaign, check};
use crate::core::error::Result;
use crate::core::http::Method::{Delete, Get, Post};
use crate::catalog::model::{Ack, Page, RetriggeredEvents, Webhook, WebhookSummary};
use crate::catalog::operation::{Args, Effect};
use crate::catalog::typed::TypedOperation;
use crate::core::paging::Listing;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};


/// Event types Smartlead documents, old and current.
pub const EVENT_TYPES: &[&str] = &[
    "EMAIL_SENT",
    "FIRST_EMAIL_SENT",
    "EMAIL_OPEN",
    "EMAIL_LINK_CLICK",
    "EMAIL_REPLY",
    "EMAIL_BOUNCE",
    "LEAD_UNSUBSCRIBED",
    "LEAD_CATEGORY_UPDATED",
    "CAMPAIGN_STATUS_CHANGED",
    "UNTRACKED_REPLIES",
    "MANUAL_STEP_REACHED",
];

pub const LIST_ALL_SMARTLEAD_CAMPAIGN_WEBHOOKS: TypedOperation<ByCampaign, Page<Webhook>> = TypedOperation::new(
    "list_all_smartlead_campaign_webhooks", Get, "/campaigns/{campaign_id}/webhooks", Effect::Read, Listing::Sliced,
    "List a campaign's webhooks: URL, event types and category filter.",
)
.documented("https://api.smartlead.ai/api-reference/campaigns/get-webhooks");
pub const UPDATE_A_SMARTLEAD_CAMPAIGN_WEBHOOK_BY_ID: TypedOperation<WebhookUpdate, Webhook> = TypedOperation::new(
    "update_a_smartlead_campaign_webhook_by_id", Post, "/campaigns/{campaign_id}/webhooks", Effect::Write { idempotent: true }, Listing::Single,
    "Replace a campaign webhook's name, URL, event types and categories.",
)
.documented("https://api.smartlead.ai/api-reference/campaigns/save-webhooks");
pub const CREATE_A_SMARTLEAD_CAMPAIGN_WEBHOOK: TypedOperation<NewWebhook, Webhook> = TypedOperation::new(
    "create_a_smartlead_campaign_webhook", Post, "/campaigns/{campaign_id}/webhooks", Effect::Write { idempotent: false }, Listing::Single,
    "Register a webhook on a campaign: Smartlead will POST the chosen events (EMAIL_REPLY, LEAD_CATEGORY_UPDATED, …) to webhook_url.",
)
.documented("https://api.smartlead.ai/api-reference/campaigns/save-webhooks");
pub const DELETE_A_SMARTLEAD_CAMPAIGN_WEBHOOK_BY_ID: TypedOperation<WebhookRef, Ack> = TypedOperation::new(
    "delete_a_smartlead_campaign_webhook_by_id", Delete, "/campaigns/{campaign_id}/webhooks", Effect::Destructive { idempotent: true }, Listing::Single,
    "Delete a campaign webhook; Smartlead stops posting its events.",
)
.documented("https://helpcenter.smartlead.ai/en/articles/125-full-api-documentation");

pub const SMARTLEAD_WEBHOOKS_SUMMARY: TypedOperation<WebhookWindow, WebhookSummary> = TypedOperation::new(
    "smartlead_webhooks_summary", Get, "/campaigns/{campaignId}/webhooks/summary", Effect::Read, Listing::Single,
    "How a campaign's webhook deliveries went between fromTime and toTime (ISO 8601): calls, successes, failures and the success rate.",
)
.documented("https://api.smartlead.ai/api-reference/campaigns/get-webhook-summary");
pub const SMARTLEAD_WEBHOOKS_RETRIGGER_FAILED_EVENTS: TypedOperation<WebhookWindow, RetriggeredEvents> = TypedOperation::new(
    "smartlead_webhooks_retrigger_failed_events", Post, "/campaigns/{campaignId}/webhooks/retrigger-failed-events", Effect::Write { idempotent: false }, Listing::Single,
    "Deliver again a campaign's webhook events that failed between fromTime and toTime (ISO 8601). Returns how many were sent again.",
)
.documented("https://api.smartlead.ai/api-reference/campaigns/retrigger-webhooks");

/// A campaign's webhook deliveries over a time window.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct WebhookWindow {
    #[serde(rename = "campaignId")]
    pub campaign_id: u64,
    /// Start, ISO 8601, e.g. 2025-01-01T00:00:00.000Z.
    #[serde(rename = "fromTime")]
    pub from_time: String,
    /// End, ISO 8601.
    #[serde(rename = "toTime")]
    pub to_time: String,
}
impl Args for WebhookWindow {
    fn validate(&self) -> Result<()> {
        for (field, value) in [("fromTime", &self.from_time), ("toTime", &self.to_time)] {
            check::date(field, value.get(..10).unwrap_or(value))?;
        }
        match self.from_time <= self.to_time {
            true => Ok(()),
            false => Err(crate::core::error::Error::invalid("toTime", "is before fromTime")),
        }
    }
}

fn check_webhook(webhook_url: &str, event_types: &[String]) -> Result<()> {
    check::url("webhook_url", webhook_url)?;
    check::not_empty("event_types", event_types)?;
    event_types.iter().try_for_each(|e| check::one_of("event_types", e, EVENT_TYPES))
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct NewWebhook {
    /// Campaign id.
    pub campaign_id: u64,
    pub name: String,
    /// Where Smartlead posts events, http(s).
    pub webhook_url: String,
    /// e.g. ["EMAIL_REPLY", "LEAD_CATEGORY_UPDATED"].
    pub event_types: Vec<String>,
    /// Only leads in these categories (names, e.g. ["Interested"]).
    pub categories: Option<Vec<String>>,
}
impl Args for NewWebhook {
    fn validate(&self) -> Result<()> {
        check_webhook(&self.webhook_url, &self.event_types)
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct WebhookUpdate {
    /// Campaign id.
    pub campaign_id: u64,
    /// Webhook id.
    pub id: u64,
    pub name: String,
    pub webhook_url: String,
    pub event_types: Vec<String>,
    pub categories: Option<Vec<String>>,
}
impl Args for WebhookUpdate {
    fn validate(&self) -> Result<()> {
        check_webhook(&self.webhook_url, &self.event_types)
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct WebhookRef {
    /// Campaign id.
    pub campaign_id: u64,
    /// Webhook id.
    pub id: u64,
}
impl Args for WebhookRef {}
