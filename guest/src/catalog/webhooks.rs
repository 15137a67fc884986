//! Campaign webhooks: where Smartlead posts events (sent, opened, replied, …).

use super::{ByCampaign, check};
use crate::core::error::Result;
use crate::core::http::Method::{Delete, Get, Post, Put};
use crate::catalog::model::{AccountWebhook, Ack, Created, Page, RetriggeredEvents, Webhook, WebhookSummary};
use crate::core::error::Error;
use std::collections::BTreeMap;
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
pub const SMARTLEAD_WEBHOOKS_DELETE_CAMPAIGN_WEBHOOK: TypedOperation<WebhookRef, Ack> = TypedOperation::new(
    "smartlead_webhooks_delete_campaign_webhook", Delete, "/campaigns/{campaign_id}/webhooks/{id}", Effect::Destructive { idempotent: true }, Listing::Single,
    "Delete a campaign webhook, the id in the path as the current reference documents; delete_a_smartlead_campaign_webhook_by_id sends the older form (id in the body). Which form Smartlead's server accepts is not confirmed, so both are offered.",
)
.documented("https://api.smartlead.ai/api-reference/campaigns/delete-webhook");

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

pub const CREATE_A_SMARTLEAD_WEBHOOK: TypedOperation<NewAccountWebhook, Created> = TypedOperation::new(
    "create_a_smartlead_webhook", Post, "/webhook/create", Effect::Write { idempotent: false }, Listing::Single,
    "Register a webhook for the whole account (association_type user), one agency client (client, with client_id) or one campaign (campaign, with email_campaign_id): Smartlead POSTs the events set true in event_type_map ({\"EMAIL_REPLY\": true}) to webhook_url, for the categories set true in category_id_map. A user webhook overrides client and campaign ones for the same event.",
)
.documented("https://api.smartlead.ai/api-reference/webhooks/create");
pub const GET_SINGLE_SMARTLEAD_WEBHOOK_BY_ID: TypedOperation<AccountWebhookRef, AccountWebhook> = TypedOperation::new(
    "get_single_smartlead_webhook_by_id", Get, "/webhook/{id}", Effect::Read, Listing::Single,
    "Get one webhook by id: URL, campaign, and its event and category maps.",
)
.documented("https://api.smartlead.ai/api-reference/webhooks/get");
pub const UPDATE_A_SMARTLEAD_WEBHOOK_BY_ID: TypedOperation<AccountWebhookUpdate, Ack> = TypedOperation::new(
    "update_a_smartlead_webhook_by_id", Put, "/webhook/update/{id}", Effect::Write { idempotent: true }, Listing::Single,
    "Change a webhook's name, URL, event types or categories (only those given).",
)
.documented("https://api.smartlead.ai/api-reference/webhooks/update");
pub const DELETE_A_SMARTLEAD_WEBHOOK_BY_ID: TypedOperation<AccountWebhookRef, Ack> = TypedOperation::new(
    "delete_a_smartlead_webhook_by_id", Delete, "/webhook/delete", Effect::Destructive { idempotent: true }, Listing::Single,
    "Delete a webhook (of the account, a client or a campaign); Smartlead stops posting its events.",
)
.documented("https://api.smartlead.ai/api-reference/webhooks/delete");

/// A webhook for the account, a client or a campaign.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct NewAccountWebhook {
    /// Where Smartlead posts events, http(s).
    pub webhook_url: String,
    /// user, client or campaign.
    pub association_type: String,
    /// The campaign, when association_type is campaign.
    pub email_campaign_id: Option<u64>,
    pub name: Option<String>,
    /// Events to post, e.g. {"EMAIL_REPLY": true, "EMAIL_OPEN": false}.
    pub event_type_map: Option<BTreeMap<String, bool>>,
    /// Lead categories (ids as keys) whose events to post, e.g. {"5": true}.
    pub category_id_map: Option<BTreeMap<String, bool>>,
    /// The agency client, when association_type is client.
    pub client_id: Option<u64>,
    /// Create even when a webhook with the same URL exists.
    pub force_create: Option<bool>,
}
impl Args for NewAccountWebhook {
    fn validate(&self) -> Result<()> {
        check::url("webhook_url", &self.webhook_url)?;
        check::one_of("association_type", &self.association_type, &["user", "client", "campaign"])?;
        let needs = match self.association_type.as_str() {
            "campaign" if self.email_campaign_id.is_none() => Some("email_campaign_id"),
            "client" if self.client_id.is_none() => Some("client_id"),
            _ => None,
        };
        if let Some(field) = needs {
            return Err(Error::invalid(field, format!("is required when association_type is {}", self.association_type)));
        }
        self.event_type_map.iter().flatten().try_for_each(|(event, _)| check::one_of("event_type_map", event, EVENT_TYPES))?;
        match self.category_id_map.iter().flatten().find(|(id, _)| id.parse::<u64>().is_err()) {
            Some((id, _)) => Err(Error::invalid("category_id_map", format!("{id:?} is not a category id"))),
            None => Ok(()),
        }
    }
}

/// A webhook, by id.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct AccountWebhookRef {
    /// Webhook id.
    pub id: u64,
}
impl Args for AccountWebhookRef {}

/// What to change in a webhook; what is not given stays.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct AccountWebhookUpdate {
    /// Webhook id.
    pub id: u64,
    pub name: Option<String>,
    pub webhook_url: Option<String>,
    /// e.g. ["EMAIL_REPLY"].
    pub event_types: Option<Vec<String>>,
    /// Category names, e.g. ["Interested"].
    pub categories: Option<Vec<String>>,
}
impl Args for AccountWebhookUpdate {
    fn validate(&self) -> Result<()> {
        self.webhook_url.as_deref().map_or(Ok(()), |url| check::url("webhook_url", url))?;
        self.event_types.iter().flatten().try_for_each(|e| check::one_of("event_types", e, EVENT_TYPES))
    }
}

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
