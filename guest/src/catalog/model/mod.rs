//! Smartlead's records as this component returns them: read leniently from Smartlead's
//! JSON, written back as clean JSON (tool results) and converted to WIT records.
//!
//! Secrets are never modelled: SMTP/IMAP passwords and the API keys of clients listed
//! or created are dropped when a response is decoded, because these structs have no
//! field for them and a record's `extra` (what it does not model) drops every field
//! named as a secret. The one exception is [`ClientApiKey::api_key`]: issuing or resetting
//! a client's key exists to hand that key over, once.

use crate::catalog::lenient;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

mod analytics;
mod smart_delivery;
mod smart_prospect;
pub use analytics::*;
pub use smart_delivery::*;
pub use smart_prospect::*;

/// What a record holds beyond its fields, by name: Smartlead's later additions.
pub type Extra = BTreeMap<String, serde_json::Value>;

/// Custom fields of a lead: a flat object of text values.
pub type CustomFields = BTreeMap<String, String>;

/// A page of a list: the records, the cursor for the next page (`null` on the last),
/// how many records this page holds, and how many the whole list holds when Smartlead
/// says (its `total_leads`, `total_stats`…), so a reader can show progress or check a
/// count in one request.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct Page<T> {
    pub result: Vec<T>,
    pub next_cursor: Option<String>,
    pub result_count: u32,
    pub total: Option<u64>,
}

/// A write Smartlead accepted.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
pub struct Ack {
    /// Always true: a refused write is an error instead.
    #[serde(default = "yes")]
    pub ok: bool,
    /// Smartlead's message, when it sent one.
    #[serde(default, alias = "data", deserialize_with = "lenient::opt_text")]
    pub message: Option<String>,
}

fn yes() -> bool {
    true
}

/// A record Smartlead created (campaign, email account, client).
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct Created {
    pub id: u64,
    pub name: Option<String>,
    pub created_at: Option<String>,
    pub message: Option<String>,
}

/// A campaign's sending window.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
pub struct CampaignSchedule {
    /// IANA time zone, e.g. `America/New_York`.
    #[serde(default)]
    pub tz: Option<String>,
    /// Days of the week, 0 = Sunday … 6 = Saturday.
    #[serde(default, deserialize_with = "lenient::list")]
    pub days: Vec<u8>,
    #[serde(default, rename = "startHour")]
    pub start_hour: Option<String>,
    #[serde(default, rename = "endHour")]
    pub end_hour: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct CampaignTag {
    #[serde(deserialize_with = "lenient::num")]
    pub tag_id: u64,
    #[serde(default)]
    pub tag_name: Option<String>,
    #[serde(default)]
    pub tag_color: Option<String>,
}

/// A campaign (`GET /campaigns`, `GET /campaigns/{id}`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Campaign {
    #[serde(deserialize_with = "lenient::num")]
    pub id: u64,
    #[serde(default, deserialize_with = "lenient::opt_num")]
    pub user_id: Option<u64>,
    #[serde(default)]
    pub name: Option<String>,
    /// `DRAFTED`, `ACTIVE`, `PAUSED`, `STOPPED`, `COMPLETED` or `ARCHIVED`.
    #[serde(default)]
    pub status: Option<String>,
    #[serde(default)]
    pub created_at: Option<String>,
    #[serde(default)]
    pub updated_at: Option<String>,
    #[serde(default, deserialize_with = "lenient::text_list")]
    pub track_settings: Vec<String>,
    #[serde(default, deserialize_with = "lenient::opt_object")]
    pub scheduler_cron_value: Option<CampaignSchedule>,
    #[serde(default, deserialize_with = "lenient::opt_num")]
    pub min_time_btwn_emails: Option<u32>,
    #[serde(default, deserialize_with = "lenient::opt_num")]
    pub max_leads_per_day: Option<u32>,
    #[serde(default, deserialize_with = "lenient::opt_text")]
    pub stop_lead_settings: Option<String>,
    #[serde(default)]
    pub schedule_start_time: Option<String>,
    #[serde(default, deserialize_with = "lenient::opt_bool")]
    pub enable_ai_esp_matching: Option<bool>,
    #[serde(default, deserialize_with = "lenient::opt_bool")]
    pub send_as_plain_text: Option<bool>,
    #[serde(default, deserialize_with = "lenient::opt_num")]
    pub follow_up_percentage: Option<u32>,
    #[serde(default)]
    pub unsubscribe_text: Option<String>,
    /// Set on subsequences: the campaign this one hangs off.
    #[serde(default, deserialize_with = "lenient::opt_num")]
    pub parent_campaign_id: Option<u64>,
    #[serde(default, deserialize_with = "lenient::opt_num")]
    pub client_id: Option<u64>,
    /// Present when asked for with `include_tags`.
    #[serde(default, deserialize_with = "lenient::list")]
    pub tags: Vec<CampaignTag>,
    /// Fields this version does not model, as JSON (none holding a secret).
    #[serde(flatten, deserialize_with = "lenient::extra")]
    pub extra: Extra,
}

/// Lead counts by state inside a campaign.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
pub struct CampaignLeadStats {
    #[serde(default, deserialize_with = "lenient::opt_num")]
    pub total: Option<u64>,
    #[serde(default, rename = "notStarted", deserialize_with = "lenient::opt_num")]
    pub not_started: Option<u64>,
    #[serde(default, deserialize_with = "lenient::opt_num")]
    pub inprogress: Option<u64>,
    #[serde(default, deserialize_with = "lenient::opt_num")]
    pub completed: Option<u64>,
    #[serde(default, deserialize_with = "lenient::opt_num")]
    pub blocked: Option<u64>,
    #[serde(default, deserialize_with = "lenient::opt_num")]
    pub paused: Option<u64>,
    #[serde(default, deserialize_with = "lenient::opt_num")]
    pub stopped: Option<u64>,
    #[serde(default, deserialize_with = "lenient::opt_num")]
    pub interested: Option<u64>,
}

/// Campaign totals (`/analytics`), or totals over a date range (`/analytics-by-date`).
/// Smartlead sends every count as a string; they are numbers here.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct CampaignAnalytics {
    #[serde(default, deserialize_with = "lenient::opt_num")]
    pub id: Option<u64>,
    #[serde(default)]
    pub name: Option<String>,
    #[serde(default)]
    pub status: Option<String>,
    #[serde(default)]
    pub created_at: Option<String>,
    /// Emails sent (every step).
    #[serde(default, deserialize_with = "lenient::opt_num")]
    pub sent_count: Option<u64>,
    #[serde(default, deserialize_with = "lenient::opt_num")]
    pub unique_sent_count: Option<u64>,
    #[serde(default, deserialize_with = "lenient::opt_num")]
    pub open_count: Option<u64>,
    #[serde(default, deserialize_with = "lenient::opt_num")]
    pub unique_open_count: Option<u64>,
    #[serde(default, deserialize_with = "lenient::opt_num")]
    pub click_count: Option<u64>,
    #[serde(default, deserialize_with = "lenient::opt_num")]
    pub unique_click_count: Option<u64>,
    #[serde(default, deserialize_with = "lenient::opt_num")]
    pub reply_count: Option<u64>,
    #[serde(default, deserialize_with = "lenient::opt_num")]
    pub block_count: Option<u64>,
    #[serde(default, deserialize_with = "lenient::opt_num")]
    pub total_count: Option<u64>,
    /// Emails queued, not leads.
    #[serde(default, deserialize_with = "lenient::opt_num")]
    pub drafted_count: Option<u64>,
    #[serde(default, deserialize_with = "lenient::opt_num")]
    pub bounce_count: Option<u64>,
    #[serde(default, deserialize_with = "lenient::opt_num")]
    pub unsubscribed_count: Option<u64>,
    #[serde(default, deserialize_with = "lenient::opt_object")]
    pub campaign_lead_stats: Option<CampaignLeadStats>,
    /// Set on date-range results (`YYYY-MM-DD`).
    #[serde(default)]
    pub start_date: Option<String>,
    #[serde(default)]
    pub end_date: Option<String>,
    /// Fields this version does not model, as JSON (none holding a secret).
    #[serde(flatten, deserialize_with = "lenient::extra")]
    pub extra: Extra,
}

/// A campaign's leads as CSV (`/leads-export`).
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct LeadsExport {
    /// The CSV text exactly as Smartlead sent it.
    pub csv: String,
    /// The header row.
    pub columns: Vec<String>,
    /// Data rows, header excluded.
    pub row_count: u32,
    /// The same rows, typed.
    pub rows: Vec<ExportedLead>,
}

/// One row of the leads export: counts as numbers, flags as booleans, `custom_fields`
/// read from the JSON in its cell, and any column this version does not know in `extra`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct ExportedLead {
    #[serde(default, deserialize_with = "lenient::opt_num")]
    pub id: Option<u64>,
    #[serde(default, deserialize_with = "lenient::opt_num")]
    pub campaign_lead_map_id: Option<u64>,
    #[serde(default)]
    pub status: Option<String>,
    #[serde(default)]
    pub category: Option<String>,
    #[serde(default, deserialize_with = "lenient::opt_bool")]
    pub is_interested: Option<bool>,
    #[serde(default)]
    pub created_at: Option<String>,
    #[serde(default)]
    pub first_name: Option<String>,
    #[serde(default)]
    pub last_name: Option<String>,
    #[serde(default)]
    pub email: Option<String>,
    #[serde(default)]
    pub phone_number: Option<String>,
    #[serde(default)]
    pub company_name: Option<String>,
    #[serde(default)]
    pub website: Option<String>,
    #[serde(default)]
    pub location: Option<String>,
    #[serde(default, deserialize_with = "lenient::text_map")]
    pub custom_fields: CustomFields,
    #[serde(default)]
    pub linkedin_profile: Option<String>,
    #[serde(default)]
    pub company_url: Option<String>,
    #[serde(default, deserialize_with = "lenient::opt_bool")]
    pub is_unsubscribed: Option<bool>,
    #[serde(default)]
    pub unsubscribed_client_id_map: Option<String>,
    #[serde(default, deserialize_with = "lenient::opt_num")]
    pub last_email_sequence_sent: Option<u32>,
    #[serde(default, deserialize_with = "lenient::opt_num")]
    pub open_count: Option<u64>,
    #[serde(default, deserialize_with = "lenient::opt_num")]
    pub click_count: Option<u64>,
    #[serde(default, deserialize_with = "lenient::opt_num")]
    pub reply_count: Option<u64>,
    /// Columns this version does not know, by their header.
    #[serde(flatten)]
    pub extra: BTreeMap<String, String>,
}

/// A lead: one person, shared by every campaign it is in.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Lead {
    #[serde(deserialize_with = "lenient::num")]
    pub id: u64,
    #[serde(default)]
    pub email: Option<String>,
    #[serde(default)]
    pub first_name: Option<String>,
    #[serde(default)]
    pub last_name: Option<String>,
    #[serde(default, deserialize_with = "lenient::opt_text")]
    pub phone_number: Option<String>,
    #[serde(default)]
    pub company_name: Option<String>,
    #[serde(default)]
    pub website: Option<String>,
    #[serde(default)]
    pub location: Option<String>,
    #[serde(default)]
    pub linkedin_profile: Option<String>,
    #[serde(default)]
    pub company_url: Option<String>,
    #[serde(default, deserialize_with = "lenient::text_map")]
    pub custom_fields: CustomFields,
    #[serde(default, deserialize_with = "lenient::opt_bool")]
    pub is_unsubscribed: Option<bool>,
    #[serde(default)]
    pub created_at: Option<String>,
    /// The campaigns this lead is in (only on lookup by email).
    #[serde(default, deserialize_with = "lenient::list")]
    pub lead_campaign_data: Vec<LeadCampaignData>,
    /// Fields this version does not model, as JSON (none holding a secret).
    #[serde(flatten, deserialize_with = "lenient::extra")]
    pub extra: Extra,
}

/// One campaign membership of a lead, as the lookup by email reports it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct LeadCampaignData {
    #[serde(deserialize_with = "lenient::num")]
    pub campaign_id: u64,
    #[serde(default, deserialize_with = "lenient::opt_num")]
    pub campaign_lead_map_id: Option<u64>,
    #[serde(default)]
    pub campaign_name: Option<String>,
    #[serde(default, deserialize_with = "lenient::opt_num")]
    pub client_id: Option<u64>,
    #[serde(default, deserialize_with = "lenient::opt_num")]
    pub lead_category_id: Option<u64>,
}

/// A lead inside one campaign (`GET /campaigns/{campaign_id}/leads`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct CampaignLead {
    /// What webhooks and the inbox call `email_lead_map_id`.
    #[serde(deserialize_with = "lenient::num")]
    pub campaign_lead_map_id: u64,
    #[serde(default, deserialize_with = "lenient::opt_num")]
    pub lead_category_id: Option<u64>,
    /// `STARTED`, `INPROGRESS`, `COMPLETED`, `PAUSED`, `STOPPED` or `BLOCKED`.
    #[serde(default)]
    pub status: Option<String>,
    #[serde(default)]
    pub created_at: Option<String>,
    pub lead: Lead,
    /// Fields this version does not model, as JSON (none holding a secret).
    #[serde(flatten, deserialize_with = "lenient::extra")]
    pub extra: Extra,
}

/// The outcome of adding leads to a campaign. Smartlead has answered in two shapes
/// (`upload_count`/`total_leads`… and `added_count`/`skipped_count`); both are read.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
pub struct AddLeadsResult {
    /// Leads actually added by this call.
    #[serde(default, alias = "added_count", deserialize_with = "lenient::opt_num")]
    pub total_leads: Option<u64>,
    /// Rows processed, including ones already present.
    #[serde(default, deserialize_with = "lenient::opt_num")]
    pub upload_count: Option<u64>,
    #[serde(default, deserialize_with = "lenient::opt_num")]
    pub already_added_to_campaign: Option<u64>,
    #[serde(default, deserialize_with = "lenient::opt_num")]
    pub skipped_count: Option<u64>,
    #[serde(default, deserialize_with = "lenient::opt_num")]
    pub duplicate_count: Option<u64>,
    #[serde(default, deserialize_with = "lenient::opt_num")]
    pub invalid_email_count: Option<u64>,
    #[serde(default, deserialize_with = "lenient::text_list")]
    pub invalid_emails: Vec<String>,
    #[serde(default, deserialize_with = "lenient::opt_num")]
    pub block_count: Option<u64>,
    #[serde(default, deserialize_with = "lenient::opt_num")]
    pub bounce_count: Option<u64>,
    #[serde(default, deserialize_with = "unsubscribed_count")]
    pub unsubscribed_leads: Option<u64>,
    /// True when the account's lead credits ran out; the remaining rows were not imported.
    #[serde(default, deserialize_with = "lenient::opt_bool")]
    pub is_lead_limit_exhausted: Option<bool>,
    #[serde(default, deserialize_with = "lenient::opt_num")]
    pub lead_import_stopped_count: Option<u64>,
}

/// `unsubscribed_leads` arrives as a list of emails or as a count: keep the count.
fn unsubscribed_count<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<u64>, D::Error> {
    #[derive(Deserialize)]
    #[serde(untagged)]
    enum CountOrList {
        List(Vec<serde_json::Value>),
        Count(#[serde(deserialize_with = "lenient::num")] u64),
    }
    Ok(Option::<CountOrList>::deserialize(d)?.map(|c| match c {
        CountOrList::List(l) => l.len() as u64,
        CountOrList::Count(n) => n,
    }))
}

/// A campaign a lead belongs to (`GET /leads/{id}/campaigns`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct LeadCampaign {
    #[serde(deserialize_with = "lenient::num")]
    pub id: u64,
    #[serde(default)]
    pub name: Option<String>,
    #[serde(default)]
    pub status: Option<String>,
}

/// Warm-up state of an email account.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
pub struct WarmupDetails {
    #[serde(default)]
    pub status: Option<String>,
    #[serde(default, deserialize_with = "lenient::opt_num")]
    pub total_sent_count: Option<u64>,
    #[serde(default, deserialize_with = "lenient::opt_num")]
    pub total_spam_count: Option<u64>,
    /// As Smartlead shows it, e.g. `"95%"`.
    #[serde(default, deserialize_with = "lenient::opt_text")]
    pub warmup_reputation: Option<String>,
    #[serde(default, deserialize_with = "lenient::opt_num")]
    pub reply_rate: Option<u32>,
    #[serde(default, deserialize_with = "lenient::opt_bool")]
    pub is_warmup_blocked: Option<bool>,
    #[serde(default)]
    pub blocked_reason: Option<String>,
}

/// The mailbox Smartlead saved from an OAuth grant, and whether it could connect.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct OAuthAccountSaved {
    #[serde(default, deserialize_with = "lenient::opt_num")]
    pub id: Option<u64>,
    #[serde(default)]
    pub from_email: Option<String>,
    #[serde(default, rename = "type")]
    pub account_type: Option<String>,
    #[serde(default, deserialize_with = "lenient::opt_bool")]
    pub is_smtp_success: Option<bool>,
    #[serde(default, deserialize_with = "lenient::opt_bool")]
    pub is_imap_success: Option<bool>,
}

/// A mailbox's suspension as it now stands.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Suspension {
    #[serde(default, alias = "accountId", deserialize_with = "lenient::opt_num")]
    pub account_id: Option<u64>,
    #[serde(default, alias = "isSuspended", deserialize_with = "lenient::opt_bool")]
    pub is_suspended: Option<bool>,
}

/// A tag for mailboxes (and leads).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct AccountTag {
    #[serde(default, deserialize_with = "lenient::opt_num")]
    pub id: Option<u64>,
    #[serde(default)]
    pub name: Option<String>,
    #[serde(default)]
    pub color: Option<String>,
}

/// A mailbox's tags.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct AccountTags {
    #[serde(default, deserialize_with = "lenient::opt_num")]
    pub email_account_id: Option<u64>,
    #[serde(default)]
    pub from_email: Option<String>,
    #[serde(default, deserialize_with = "lenient::list")]
    pub tags: Vec<AccountTag>,
}

/// The forward Smartlead sent.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct ForwardedEmail {
    #[serde(default, alias = "messageId")]
    pub message_id: Option<String>,
    #[serde(default, deserialize_with = "lenient::opt_text")]
    pub status: Option<String>,
}

/// A lead's activity in a campaign. Smartlead documents two row shapes (a lead with its
/// `activities`, and one event with `lead_email` and `activity_type`); both are read.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct LeadActivity {
    #[serde(default, deserialize_with = "lenient::opt_num")]
    pub lead_id: Option<u64>,
    #[serde(default, deserialize_with = "lenient::opt_num")]
    pub email_lead_map_id: Option<u64>,
    #[serde(default, deserialize_with = "lenient::opt_num")]
    pub campaign_id: Option<u64>,
    #[serde(default)]
    pub campaign_name: Option<String>,
    #[serde(default)]
    pub campaign_status: Option<String>,
    #[serde(default)]
    pub status: Option<String>,
    #[serde(default, deserialize_with = "lenient::opt_num")]
    pub current_seq_num: Option<u32>,
    #[serde(default)]
    pub created_at: Option<String>,
    /// Kept as Smartlead sends them: their shape is not documented.
    #[serde(default, deserialize_with = "lenient::list")]
    pub activities: Vec<serde_json::Value>,
    #[serde(default)]
    pub lead_email: Option<String>,
    #[serde(default)]
    pub activity_type: Option<String>,
    #[serde(default)]
    pub event_time: Option<String>,
}

/// A campaign's totals over a window: the documented `{total_sent, total_delivered,
/// open_rate, reply_rate}` and the older count fields, whichever Smartlead sends.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct TopLevelAnalytics {
    #[serde(default, deserialize_with = "lenient::opt_num")]
    pub total_sent: Option<u64>,
    #[serde(default, deserialize_with = "lenient::opt_num")]
    pub total_delivered: Option<u64>,
    #[serde(default, deserialize_with = "lenient::opt_percent")]
    pub open_rate: Option<f64>,
    #[serde(default, deserialize_with = "lenient::opt_percent")]
    pub reply_rate: Option<f64>,
    #[serde(default, deserialize_with = "lenient::opt_num")]
    pub sent_count: Option<u64>,
    #[serde(default, deserialize_with = "lenient::opt_num")]
    pub open_count: Option<u64>,
    #[serde(default, deserialize_with = "lenient::opt_num")]
    pub click_count: Option<u64>,
    #[serde(default, deserialize_with = "lenient::opt_num")]
    pub reply_count: Option<u64>,
    #[serde(default, deserialize_with = "lenient::opt_num")]
    pub bounce_count: Option<u64>,
    #[serde(default, deserialize_with = "lenient::opt_num")]
    pub unsubscribed_count: Option<u64>,
    #[serde(default)]
    pub start_date: Option<String>,
    #[serde(default)]
    pub end_date: Option<String>,
}

/// The single email Smartlead sent.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct SentEmail {
    #[serde(default)]
    pub message: Option<String>,
    #[serde(default, alias = "messageId")]
    pub message_id: Option<String>,
}

/// Records Smartlead answered a write with, whose shape it does not document.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct JsonRows {
    pub rows: Vec<serde_json::Value>,
}

/// An admin mailbox's live one-time password: a secret, carried because it is what was
/// asked for.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct AdminOtp {
    #[serde(default, deserialize_with = "lenient::opt_text")]
    pub otp: Option<String>,
    #[serde(default, deserialize_with = "lenient::opt_num")]
    pub expires_in: Option<u64>,
}

/// A mailbox of a Smart Senders order, with the password to sign in with.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct OrderedMailbox {
    #[serde(default)]
    pub email: Option<String>,
    #[serde(default)]
    pub password: Option<String>,
}

/// A Smart Senders order and its mailboxes.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct SenderOrder {
    #[serde(default, deserialize_with = "lenient::opt_text")]
    pub order_id: Option<String>,
    #[serde(default)]
    pub status: Option<String>,
    #[serde(default)]
    pub domain: Option<String>,
    #[serde(default, deserialize_with = "lenient::list")]
    pub email_accounts: Vec<OrderedMailbox>,
    #[serde(default)]
    pub created_at: Option<String>,
    #[serde(default)]
    pub expires_at: Option<String>,
}

/// A sending mailbox. SMTP/IMAP passwords are never read or returned.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct EmailAccount {
    #[serde(deserialize_with = "lenient::num")]
    pub id: u64,
    #[serde(default)]
    pub from_name: Option<String>,
    #[serde(default)]
    pub from_email: Option<String>,
    #[serde(default)]
    pub username: Option<String>,
    /// `SMTP`, `GMAIL`, `OUTLOOK` or `ZOHO`.
    #[serde(default, rename = "type")]
    pub account_type: Option<String>,
    #[serde(default)]
    pub smtp_host: Option<String>,
    #[serde(default, deserialize_with = "lenient::opt_num")]
    pub smtp_port: Option<u16>,
    #[serde(default)]
    pub imap_host: Option<String>,
    #[serde(default, deserialize_with = "lenient::opt_num")]
    pub imap_port: Option<u16>,
    #[serde(default, deserialize_with = "lenient::opt_num")]
    pub message_per_day: Option<u32>,
    #[serde(default, deserialize_with = "lenient::opt_num")]
    pub daily_sent_count: Option<u32>,
    #[serde(default, deserialize_with = "lenient::opt_bool")]
    pub is_smtp_success: Option<bool>,
    #[serde(default, deserialize_with = "lenient::opt_bool")]
    pub is_imap_success: Option<bool>,
    #[serde(default)]
    pub smtp_failure_error: Option<String>,
    #[serde(default)]
    pub imap_failure_error: Option<String>,
    #[serde(default)]
    pub signature: Option<String>,
    #[serde(default)]
    pub custom_tracking_domain: Option<String>,
    #[serde(default)]
    pub bcc_email: Option<String>,
    #[serde(default, deserialize_with = "lenient::opt_num")]
    pub client_id: Option<u64>,
    #[serde(default, deserialize_with = "lenient::opt_num")]
    pub campaign_count: Option<u32>,
    #[serde(default)]
    pub created_at: Option<String>,
    #[serde(default)]
    pub updated_at: Option<String>,
    #[serde(default, deserialize_with = "lenient::opt_object")]
    pub warmup_details: Option<WarmupDetails>,
    /// Fields this version does not model, as JSON (none holding a secret).
    #[serde(flatten, deserialize_with = "lenient::extra")]
    pub extra: Extra,
}

/// One day of warm-up activity.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct WarmupDay {
    pub date: String,
    #[serde(default, deserialize_with = "lenient::opt_num")]
    pub sent_count: Option<u64>,
    #[serde(default, deserialize_with = "lenient::opt_num")]
    pub reply_count: Option<u64>,
    /// Warm-up emails rescued from spam (a good sign).
    #[serde(default, deserialize_with = "lenient::opt_num")]
    pub save_from_spam_count: Option<u64>,
    /// Fields this version does not model, as JSON (none holding a secret).
    #[serde(flatten, deserialize_with = "lenient::extra")]
    pub extra: Extra,
}

/// Warm-up totals of the last 7 days (`/email-accounts/{id}/warmup-stats`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct WarmupStats {
    #[serde(default, deserialize_with = "lenient::opt_num")]
    pub id: Option<u64>,
    #[serde(default, deserialize_with = "lenient::opt_num")]
    pub sent_count: Option<u64>,
    #[serde(default, deserialize_with = "lenient::opt_num")]
    pub spam_count: Option<u64>,
    #[serde(default, deserialize_with = "lenient::opt_num")]
    pub inbox_count: Option<u64>,
    #[serde(default, deserialize_with = "lenient::opt_num")]
    pub warmup_email_received_count: Option<u64>,
    #[serde(default, deserialize_with = "lenient::list")]
    pub stats_by_date: Vec<WarmupDay>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct SequenceVariant {
    #[serde(deserialize_with = "lenient::num")]
    pub id: u64,
    #[serde(default)]
    pub variant_label: Option<String>,
    #[serde(default)]
    pub subject: Option<String>,
    #[serde(default)]
    pub email_body: Option<String>,
    #[serde(default, deserialize_with = "lenient::opt_bool")]
    pub is_deleted: Option<bool>,
}

/// One step of a campaign's email sequence.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Sequence {
    #[serde(deserialize_with = "lenient::num")]
    pub id: u64,
    #[serde(default, deserialize_with = "lenient::opt_num")]
    pub email_campaign_id: Option<u64>,
    #[serde(default, deserialize_with = "lenient::opt_num")]
    pub seq_number: Option<u32>,
    #[serde(default)]
    pub subject: Option<String>,
    #[serde(default)]
    pub email_body: Option<String>,
    /// Days to wait after the previous step.
    #[serde(default, rename(deserialize = "seq_delay_details"), deserialize_with = "delay_in_days")]
    pub delay_in_days: Option<u32>,
    #[serde(default, deserialize_with = "lenient::list")]
    pub sequence_variants: Vec<SequenceVariant>,
    #[serde(default)]
    pub created_at: Option<String>,
    #[serde(default)]
    pub updated_at: Option<String>,
    /// Fields this version does not model, as JSON (none holding a secret).
    #[serde(flatten, deserialize_with = "lenient::extra")]
    pub extra: Extra,
}

/// A campaign's steps after a save.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct SavedSequences {
    /// Always true: a refused save is an error instead.
    pub ok: bool,
    /// The steps as saved, when Smartlead lists them (older answers say only "success").
    pub steps: Vec<Sequence>,
}

/// Smartlead nests the delay as `seq_delay_details.delay_in_days`; read it flat.
fn delay_in_days<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<u32>, D::Error> {
    #[derive(Deserialize)]
    struct Delay {
        #[serde(default, deserialize_with = "lenient::opt_num")]
        delay_in_days: Option<u32>,
    }
    Ok(lenient::opt_object::<_, Delay>(d)?.and_then(|x| x.delay_in_days))
}

/// One email sent to one lead, with what the lead did (`/campaigns/{id}/statistics`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct CampaignStatistic {
    #[serde(default)]
    pub lead_email: Option<String>,
    #[serde(default)]
    pub lead_name: Option<String>,
    #[serde(default, deserialize_with = "lenient::opt_text")]
    pub lead_category: Option<String>,
    #[serde(default, deserialize_with = "lenient::opt_num")]
    pub sequence_number: Option<u32>,
    /// The message's id; `smartlead_campaign_leads_reply_to_lead` takes it as `email_stats_id`.
    #[serde(default, deserialize_with = "lenient::opt_text")]
    pub stats_id: Option<String>,
    #[serde(default, deserialize_with = "lenient::opt_num")]
    pub email_campaign_seq_id: Option<u64>,
    #[serde(default, deserialize_with = "lenient::opt_num")]
    pub seq_variant_id: Option<u64>,
    #[serde(default)]
    pub email_subject: Option<String>,
    #[serde(default)]
    pub sent_time: Option<String>,
    #[serde(default)]
    pub open_time: Option<String>,
    #[serde(default)]
    pub click_time: Option<String>,
    #[serde(default)]
    pub reply_time: Option<String>,
    #[serde(default, deserialize_with = "lenient::opt_num")]
    pub open_count: Option<u32>,
    #[serde(default, deserialize_with = "lenient::opt_num")]
    pub click_count: Option<u32>,
    #[serde(default, deserialize_with = "lenient::opt_bool")]
    pub is_unsubscribed: Option<bool>,
    #[serde(default, deserialize_with = "lenient::opt_bool")]
    pub is_bounced: Option<bool>,
    /// Fields this version does not model, as JSON (none holding a secret).
    #[serde(flatten, deserialize_with = "lenient::extra")]
    pub extra: Extra,
}

/// A reply category (Interested, Not Interested, …); ids differ per account.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct LeadCategory {
    #[serde(deserialize_with = "lenient::num")]
    pub id: u64,
    pub name: String,
    /// `positive`, `negative`, `neutral`, or null.
    #[serde(default)]
    pub sentiment_type: Option<String>,
    #[serde(default)]
    pub created_at: Option<String>,
    /// Fields this version does not model, as JSON (none holding a secret).
    #[serde(flatten, deserialize_with = "lenient::extra")]
    pub extra: Extra,
}

/// One email in a lead's thread: something sent, or the lead's reply.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Message {
    /// `SENT` or `REPLY`.
    #[serde(default, rename = "type")]
    pub message_type: Option<String>,
    /// Pass this as `email_stats_id` to reply to the thread.
    #[serde(default, deserialize_with = "lenient::opt_text")]
    pub stats_id: Option<String>,
    #[serde(default)]
    pub message_id: Option<String>,
    #[serde(default)]
    pub from: Option<String>,
    #[serde(default)]
    pub to: Option<String>,
    #[serde(default)]
    pub time: Option<String>,
    #[serde(default)]
    pub subject: Option<String>,
    #[serde(default)]
    pub email_body: Option<String>,
    #[serde(default, deserialize_with = "lenient::opt_num")]
    pub email_seq_number: Option<u32>,
    #[serde(default, deserialize_with = "lenient::opt_num")]
    pub open_count: Option<u32>,
    #[serde(default, deserialize_with = "lenient::opt_num")]
    pub click_count: Option<u32>,
    #[serde(default, deserialize_with = "lenient::text_list")]
    pub cc: Vec<String>,
}

/// A campaign webhook.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Webhook {
    /// Absent in some create responses.
    #[serde(default, deserialize_with = "lenient::opt_num")]
    pub id: Option<u64>,
    #[serde(default)]
    pub name: Option<String>,
    #[serde(default)]
    pub webhook_url: Option<String>,
    #[serde(default, deserialize_with = "lenient::opt_num")]
    pub email_campaign_id: Option<u64>,
    #[serde(default, deserialize_with = "lenient::text_list")]
    pub event_types: Vec<String>,
    #[serde(default, deserialize_with = "lenient::text_list")]
    pub categories: Vec<String>,
    #[serde(default)]
    pub created_at: Option<String>,
    #[serde(default)]
    pub updated_at: Option<String>,
    /// Fields this version does not model, as JSON (none holding a secret).
    #[serde(flatten, deserialize_with = "lenient::extra")]
    pub extra: Extra,
}

/// A lead list, with how many leads it holds.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct LeadList {
    #[serde(deserialize_with = "lenient::num")]
    pub id: u64,
    #[serde(default)]
    pub name: Option<String>,
    #[serde(default, deserialize_with = "lenient::opt_num")]
    pub lead_count: Option<u64>,
    #[serde(default)]
    pub created_at: Option<String>,
    #[serde(default)]
    pub updated_at: Option<String>,
    /// Fields this version does not model, as JSON (none holding a secret).
    #[serde(flatten, deserialize_with = "lenient::extra")]
    pub extra: Extra,
}

/// What a lead list import did.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct ListImportResult {
    #[serde(default, deserialize_with = "lenient::opt_num")]
    pub total_leads: Option<u64>,
    #[serde(default, deserialize_with = "lenient::opt_num")]
    pub imported: Option<u64>,
    #[serde(default, deserialize_with = "lenient::opt_num")]
    pub duplicates: Option<u64>,
    #[serde(default, deserialize_with = "lenient::opt_num")]
    pub blocked: Option<u64>,
}

/// How many leads a copy or move between lead lists took.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct ListMoveResult {
    #[serde(default, deserialize_with = "lenient::opt_num")]
    pub total_leads_moved: Option<u64>,
}

/// What a push of lead list leads into a campaign did.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct ListPushResult {
    #[serde(default, deserialize_with = "lenient::opt_num")]
    pub total_leads: Option<u64>,
    #[serde(default, deserialize_with = "lenient::opt_num")]
    pub pushed: Option<u64>,
    #[serde(default, deserialize_with = "lenient::opt_num")]
    pub duplicates: Option<u64>,
}

/// An agency client (white-label sub-account).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct AgencyClient {
    #[serde(deserialize_with = "lenient::num")]
    pub id: u64,
    #[serde(default)]
    pub name: Option<String>,
    #[serde(default)]
    pub email: Option<String>,
    #[serde(default)]
    pub uuid: Option<String>,
    #[serde(default)]
    pub created_at: Option<String>,
    #[serde(default, deserialize_with = "lenient::opt_num")]
    pub user_id: Option<u64>,
    #[serde(default)]
    pub logo_url: Option<String>,
    /// `full_access` or `reply_master_inbox`.
    #[serde(default, rename(deserialize = "client_permision"), deserialize_with = "permissions")]
    pub permission: Vec<String>,
    /// Fields this version does not model, as JSON (none holding a secret).
    #[serde(flatten, deserialize_with = "lenient::extra")]
    pub extra: Extra,
}

/// Smartlead nests (and misspells) permissions: `client_permision.permission`.
fn permissions<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Vec<String>, D::Error> {
    #[derive(Deserialize)]
    struct Permission {
        #[serde(default, deserialize_with = "lenient::text_list")]
        permission: Vec<String>,
    }
    Ok(lenient::opt_object::<_, Permission>(d)?.map(|p| p.permission).unwrap_or_default())
}

/// Someone or something a conversation points at: its campaign, category, subsequence,
/// mailbox or assignee. Smartlead gives `{id, name}`, with `email` for people and mailboxes.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
pub struct InboxRef {
    #[serde(default, deserialize_with = "lenient::opt_num")]
    pub id: Option<u64>,
    #[serde(default, deserialize_with = "lenient::opt_text")]
    pub name: Option<String>,
    #[serde(default, deserialize_with = "lenient::opt_text")]
    pub email: Option<String>,
}

/// The lead of a conversation.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
pub struct InboxLead {
    #[serde(default, deserialize_with = "lenient::opt_text")]
    pub email: Option<String>,
    #[serde(default, deserialize_with = "lenient::opt_text")]
    pub first_name: Option<String>,
    #[serde(default, deserialize_with = "lenient::opt_text")]
    pub last_name: Option<String>,
    #[serde(default, deserialize_with = "lenient::opt_text")]
    pub company: Option<String>,
    #[serde(default, deserialize_with = "lenient::opt_text")]
    pub phone: Option<String>,
    #[serde(default, deserialize_with = "lenient::opt_text")]
    pub title: Option<String>,
}

/// One message of a conversation; which times it carries depends on the view.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
pub struct InboxMessage {
    #[serde(default, deserialize_with = "lenient::opt_text")]
    pub id: Option<String>,
    #[serde(default, deserialize_with = "lenient::opt_text")]
    pub subject: Option<String>,
    #[serde(default, deserialize_with = "lenient::opt_text")]
    pub body: Option<String>,
    /// In a thread: sent or received.
    #[serde(default, deserialize_with = "lenient::opt_text")]
    pub direction: Option<String>,
    #[serde(default, deserialize_with = "lenient::opt_text")]
    pub sent_from: Option<String>,
    #[serde(default, deserialize_with = "lenient::opt_text")]
    pub sent_to: Option<String>,
    #[serde(default, deserialize_with = "lenient::opt_text")]
    pub sent_at: Option<String>,
    #[serde(default, deserialize_with = "lenient::opt_text")]
    pub received_at: Option<String>,
    #[serde(default, deserialize_with = "lenient::opt_text")]
    pub opened_at: Option<String>,
    #[serde(default, deserialize_with = "lenient::opt_text")]
    pub replied_at: Option<String>,
}

/// A conversation of the master inbox, as every view and the thread show it: each view
/// fills some fields; what this version does not know (`stats`, …) is kept in `extra`.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
pub struct InboxItem {
    #[serde(default, deserialize_with = "lenient::opt_text")]
    pub id: Option<String>,
    /// The conversation's id in the actions (their `email_lead_map_id`); sent as text.
    #[serde(default, deserialize_with = "lenient::opt_num")]
    pub campaign_lead_map_id: Option<u64>,
    #[serde(default, deserialize_with = "lenient::opt_object")]
    pub lead: Option<InboxLead>,
    #[serde(default, deserialize_with = "lenient::opt_object")]
    pub campaign: Option<InboxRef>,
    #[serde(default, deserialize_with = "lenient::opt_object")]
    pub email_account: Option<InboxRef>,
    #[serde(default, deserialize_with = "lenient::opt_object")]
    pub last_message: Option<InboxMessage>,
    #[serde(default, deserialize_with = "lenient::opt_text")]
    pub email_status: Option<String>,
    #[serde(default, deserialize_with = "lenient::opt_object")]
    pub category: Option<InboxRef>,
    #[serde(default, deserialize_with = "lenient::opt_object")]
    pub assigned_to: Option<InboxRef>,
    #[serde(default, deserialize_with = "lenient::opt_object")]
    pub subsequence: Option<InboxRef>,
    #[serde(default, deserialize_with = "lenient::opt_bool")]
    pub is_read: Option<bool>,
    #[serde(default, deserialize_with = "lenient::opt_bool")]
    pub is_important: Option<bool>,
    #[serde(default, deserialize_with = "lenient::opt_bool")]
    pub is_archived: Option<bool>,
    #[serde(default, deserialize_with = "lenient::opt_num")]
    pub importance_score: Option<f64>,
    /// Unread replies: hours the reply has waited.
    #[serde(default, deserialize_with = "lenient::opt_num")]
    pub reply_age_hours: Option<f64>,
    #[serde(default, deserialize_with = "lenient::text_list")]
    pub tags: Vec<String>,
    #[serde(default, deserialize_with = "lenient::opt_text")]
    pub snoozed_until: Option<String>,
    #[serde(default, deserialize_with = "lenient::opt_text")]
    pub scheduled_time: Option<String>,
    #[serde(default, deserialize_with = "lenient::opt_text")]
    pub reminder_time: Option<String>,
    #[serde(default, deserialize_with = "lenient::opt_text")]
    pub reminder_message: Option<String>,
    #[serde(default, deserialize_with = "lenient::opt_bool")]
    pub is_overdue: Option<bool>,
    /// The thread's messages: always for one conversation, on request in the views.
    #[serde(default, deserialize_with = "lenient::list")]
    pub message_history: Vec<InboxMessage>,
    /// Fields this version does not model, as JSON (none holding a secret).
    #[serde(flatten, deserialize_with = "lenient::extra")]
    pub extra: Extra,
}

/// A reply that reached a mailbox but matches no campaign lead.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
pub struct UntrackedReply {
    #[serde(default, deserialize_with = "lenient::opt_text")]
    pub id: Option<String>,
    #[serde(default, deserialize_with = "lenient::opt_text")]
    pub from_email: Option<String>,
    #[serde(default, deserialize_with = "lenient::opt_text")]
    pub to_email: Option<String>,
    #[serde(default, deserialize_with = "lenient::opt_text")]
    pub subject: Option<String>,
    #[serde(default, deserialize_with = "lenient::opt_text")]
    pub received_at: Option<String>,
    #[serde(default, deserialize_with = "lenient::opt_bool")]
    pub has_attachments: Option<bool>,
    /// With fetchBody.
    #[serde(default, deserialize_with = "lenient::opt_text")]
    pub body: Option<String>,
    /// Fields this version does not model (attachments, …), as JSON (none holding a secret).
    #[serde(flatten, deserialize_with = "lenient::extra")]
    pub extra: Extra,
}

/// Where a reply sent from the inbox stands.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
pub struct ReplyStatus {
    #[serde(default, deserialize_with = "lenient::opt_text")]
    pub message_id: Option<String>,
    /// e.g. SENT, QUEUED, FAILED.
    #[serde(default, deserialize_with = "lenient::opt_text")]
    pub status: Option<String>,
    #[serde(default, deserialize_with = "lenient::opt_text")]
    pub status_message: Option<String>,
    #[serde(default, deserialize_with = "lenient::opt_text")]
    pub event_time: Option<String>,
    #[serde(default, deserialize_with = "lenient::opt_text")]
    pub scheduled_time: Option<String>,
    #[serde(default, deserialize_with = "lenient::opt_text")]
    pub email_stats_id: Option<String>,
}

/// A conversation's read state after the change.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
pub struct InboxReadStatus {
    #[serde(default, deserialize_with = "lenient::opt_num")]
    pub email_lead_map_id: Option<u64>,
    #[serde(default, deserialize_with = "lenient::opt_bool")]
    pub is_read: Option<bool>,
    #[serde(default, deserialize_with = "lenient::opt_text")]
    pub updated_at: Option<String>,
}

/// A conversation's revenue after the change.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
pub struct InboxRevenue {
    #[serde(default, deserialize_with = "lenient::opt_num")]
    pub email_lead_map_id: Option<u64>,
    #[serde(default, deserialize_with = "lenient::opt_num")]
    pub revenue: Option<f64>,
    #[serde(default, deserialize_with = "lenient::opt_text")]
    pub updated_at: Option<String>,
}

/// When a resumed lead's sequence goes on.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
pub struct InboxResume {
    #[serde(default, deserialize_with = "lenient::opt_num")]
    pub campaign_id: Option<u64>,
    #[serde(default, deserialize_with = "lenient::opt_num")]
    pub email_lead_map_id: Option<u64>,
    #[serde(default, deserialize_with = "lenient::opt_num")]
    pub resume_delay_days: Option<u32>,
    #[serde(default, deserialize_with = "lenient::opt_text")]
    pub will_resume_at: Option<String>,
}

/// Who a conversation is assigned to.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
pub struct InboxAssignment {
    #[serde(default, deserialize_with = "lenient::opt_num")]
    pub email_lead_map_id: Option<u64>,
    #[serde(default, deserialize_with = "lenient::opt_num")]
    pub team_member_id: Option<u64>,
    #[serde(default, deserialize_with = "lenient::opt_text")]
    pub assigned_at: Option<String>,
}

/// A note on a lead: as created (on a conversation) or listed (on the lead).
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
pub struct LeadNote {
    #[serde(default, alias = "note_id", deserialize_with = "lenient::opt_num")]
    pub id: Option<u64>,
    #[serde(default, deserialize_with = "lenient::opt_num")]
    pub email_lead_map_id: Option<u64>,
    #[serde(default, deserialize_with = "lenient::opt_num")]
    pub lead_id: Option<u64>,
    #[serde(default, deserialize_with = "lenient::opt_text")]
    pub created_by: Option<String>,
    #[serde(default, deserialize_with = "lenient::opt_text")]
    pub note_message: Option<String>,
    #[serde(default, deserialize_with = "lenient::opt_text")]
    pub created_at: Option<String>,
}

/// A task on a lead. Smartlead's pages answer its id as `id` and as `task_id`.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
pub struct LeadTask {
    #[serde(default, alias = "task_id", deserialize_with = "lenient::opt_num")]
    pub id: Option<u64>,
    #[serde(default, deserialize_with = "lenient::opt_num")]
    pub email_lead_map_id: Option<u64>,
    #[serde(default, deserialize_with = "lenient::opt_num")]
    pub lead_id: Option<u64>,
    /// Listed tasks: e.g. PENDING or COMPLETED.
    #[serde(default, deserialize_with = "lenient::opt_text")]
    pub status: Option<String>,
    #[serde(default, deserialize_with = "lenient::opt_text")]
    pub name: Option<String>,
    #[serde(default, deserialize_with = "lenient::opt_text")]
    pub description: Option<String>,
    #[serde(default, deserialize_with = "lenient::opt_text")]
    pub priority: Option<String>,
    #[serde(default, deserialize_with = "lenient::opt_text")]
    pub due_date: Option<String>,
    #[serde(default, deserialize_with = "lenient::opt_text")]
    pub created_at: Option<String>,
}

/// A reminder on a conversation.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
pub struct LeadReminder {
    #[serde(default, alias = "reminder_id", deserialize_with = "lenient::opt_num")]
    pub id: Option<u64>,
    #[serde(default, deserialize_with = "lenient::opt_num")]
    pub email_lead_map_id: Option<u64>,
    #[serde(default, deserialize_with = "lenient::opt_text")]
    pub reminder_time: Option<String>,
    #[serde(default, deserialize_with = "lenient::opt_text")]
    pub message: Option<String>,
}

/// A lead started on a subsequence.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
pub struct SubsequencePush {
    #[serde(default, deserialize_with = "lenient::opt_num")]
    pub email_lead_map_id: Option<u64>,
    #[serde(default, deserialize_with = "lenient::opt_num")]
    pub parent_campaign_id: Option<u64>,
    #[serde(default, deserialize_with = "lenient::opt_num")]
    pub sub_sequence_id: Option<u64>,
    #[serde(default, deserialize_with = "lenient::opt_text")]
    pub will_start_at: Option<String>,
    #[serde(default, deserialize_with = "lenient::opt_bool")]
    pub stop_on_parent_reply: Option<bool>,
}

/// Domains now blocked.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
pub struct BlockedDomains {
    #[serde(default, deserialize_with = "lenient::text_list")]
    pub blocked_domains: Vec<String>,
    #[serde(default, deserialize_with = "lenient::opt_text")]
    pub source: Option<String>,
    #[serde(default, deserialize_with = "lenient::opt_text")]
    pub blocked_at: Option<String>,
}

/// A tag, and on a lead the mapping that puts it there.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
pub struct LeadTag {
    #[serde(default, deserialize_with = "lenient::opt_num")]
    pub id: Option<u64>,
    /// What delete_a_smartlead_lead_tag_by_id takes.
    #[serde(default, deserialize_with = "lenient::opt_num")]
    pub tag_mapping_id: Option<u64>,
    #[serde(default, deserialize_with = "lenient::opt_text")]
    pub name: Option<String>,
    #[serde(default, deserialize_with = "lenient::opt_text")]
    pub color: Option<String>,
}

/// A domain or email address on the global block list.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
pub struct BlockListEntry {
    #[serde(default, deserialize_with = "lenient::opt_num")]
    pub id: Option<u64>,
    #[serde(default, deserialize_with = "lenient::opt_text")]
    pub email_or_domain: Option<String>,
    #[serde(default, deserialize_with = "lenient::opt_text")]
    pub source: Option<String>,
    #[serde(default, deserialize_with = "lenient::opt_num")]
    pub client_id: Option<u64>,
    #[serde(default, deserialize_with = "lenient::opt_text")]
    pub created_at: Option<String>,
}

/// An API key issued to an agency client.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
pub struct ClientApiKey {
    #[serde(default, deserialize_with = "lenient::opt_num")]
    pub id: Option<u64>,
    #[serde(default, alias = "clientId", deserialize_with = "lenient::opt_num")]
    pub client_id: Option<u64>,
    #[serde(default, alias = "keyName", deserialize_with = "lenient::opt_text")]
    pub key_name: Option<String>,
    /// The key itself: in the answers that issue or reset it, to hand to the client.
    #[serde(default, deserialize_with = "lenient::opt_text")]
    pub api_key: Option<String>,
    /// active or inactive.
    #[serde(default, deserialize_with = "lenient::opt_text")]
    pub status: Option<String>,
    #[serde(default, deserialize_with = "lenient::opt_text")]
    pub created_at: Option<String>,
}

/// How a campaign's webhook deliveries went over a time window.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
pub struct WebhookSummary {
    #[serde(default, deserialize_with = "lenient::opt_num")]
    pub total_calls: Option<u64>,
    #[serde(default, deserialize_with = "lenient::opt_num")]
    pub successful_calls: Option<u64>,
    #[serde(default, deserialize_with = "lenient::opt_num")]
    pub failed_calls: Option<u64>,
    /// Percent of calls that succeeded.
    #[serde(default, deserialize_with = "lenient::opt_num")]
    pub success_rate: Option<f64>,
}

/// Failed webhook events sent again.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
pub struct RetriggeredEvents {
    #[serde(default, deserialize_with = "lenient::opt_num")]
    pub retriggered_count: Option<u64>,
}

/// A webhook of the account, a client or a campaign, with its subscriptions as maps.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
pub struct AccountWebhook {
    #[serde(default, deserialize_with = "lenient::opt_num")]
    pub id: Option<u64>,
    #[serde(default, deserialize_with = "lenient::opt_num")]
    pub email_campaign_id: Option<u64>,
    #[serde(default, deserialize_with = "lenient::opt_text")]
    pub name: Option<String>,
    #[serde(default, deserialize_with = "lenient::opt_text")]
    pub webhook_url: Option<String>,
    /// Events posted (true) or not, e.g. {"EMAIL_REPLY": true}.
    #[serde(default, deserialize_with = "lenient::flag_map")]
    pub event_type_map: BTreeMap<String, bool>,
    /// Lead categories (ids as keys) whose events are posted.
    #[serde(default, deserialize_with = "lenient::flag_map")]
    pub category_id_map: BTreeMap<String, bool>,
    #[serde(default, deserialize_with = "lenient::opt_text")]
    pub created_at: Option<String>,
    #[serde(default, deserialize_with = "lenient::opt_text")]
    pub updated_at: Option<String>,
}
