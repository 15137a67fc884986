//! The global analytics reports as records: counts read from numbers or numeric text,
//! rates from Smartlead's `"34%"` text as the number 34.

use crate::catalog::lenient;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use super::Extra;
use serde_json::Value;

/// Totals over a window (`data.overall_stats`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct OverallStats {
    #[serde(default, deserialize_with = "lenient::opt_num")]
    pub sent: Option<u64>,
    #[serde(default, deserialize_with = "lenient::opt_num")]
    pub opened: Option<u64>,
    #[serde(default, deserialize_with = "lenient::opt_num")]
    pub replied: Option<u64>,
    #[serde(default, deserialize_with = "lenient::opt_num")]
    pub bounced: Option<u64>,
    #[serde(default, deserialize_with = "lenient::opt_num")]
    pub unique_lead_count: Option<u64>,
    #[serde(default, deserialize_with = "lenient::opt_num")]
    pub unique_open_count: Option<u64>,
    #[serde(default, deserialize_with = "lenient::opt_num")]
    pub positive_replied: Option<u64>,
    /// Percent, e.g. 34.5.
    #[serde(default, deserialize_with = "lenient::opt_percent")]
    pub open_rate: Option<f64>,
    #[serde(default, deserialize_with = "lenient::opt_percent")]
    pub reply_rate: Option<f64>,
    #[serde(default, deserialize_with = "lenient::opt_percent")]
    pub positive_reply_rate: Option<f64>,
    #[serde(default, deserialize_with = "lenient::opt_percent")]
    pub bounce_rate: Option<f64>,
}

/// A campaign or client analytics can report on.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct AnalyticsEntry {
    #[serde(default, deserialize_with = "lenient::opt_num")]
    pub id: Option<u64>,
    #[serde(default, deserialize_with = "lenient::opt_text")]
    pub name: Option<String>,
}

/// Clients counted in one month.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct MonthlyCount {
    #[serde(default, deserialize_with = "lenient::opt_text")]
    pub month: Option<String>,
    #[serde(default, deserialize_with = "lenient::opt_num")]
    pub count: Option<u64>,
}

/// One day's counts; each day-wise report fills the counts it is about.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct DayStats {
    #[serde(default, deserialize_with = "lenient::opt_text")]
    pub date: Option<String>,
    #[serde(default, deserialize_with = "lenient::opt_num")]
    pub sent: Option<u64>,
    #[serde(default, deserialize_with = "lenient::opt_num")]
    pub opened: Option<u64>,
    #[serde(default, deserialize_with = "lenient::opt_num")]
    pub replied: Option<u64>,
    #[serde(default, deserialize_with = "lenient::opt_num")]
    pub bounced: Option<u64>,
    #[serde(default, deserialize_with = "lenient::opt_num")]
    pub positive_replied: Option<u64>,
    /// Fields this version does not model, as JSON (none holding a secret).
    #[serde(flatten, deserialize_with = "lenient::extra")]
    pub extra: Extra,
}

/// One campaign's figures over a window; live answers may carry only the counts.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct CampaignPerformance {
    #[serde(default, deserialize_with = "lenient::opt_num")]
    pub id: Option<u64>,
    #[serde(default, deserialize_with = "lenient::opt_text")]
    pub campaign_name: Option<String>,
    #[serde(default, deserialize_with = "lenient::opt_num")]
    pub sent: Option<u64>,
    #[serde(default, deserialize_with = "lenient::opt_num")]
    pub opened: Option<u64>,
    #[serde(default, deserialize_with = "lenient::opt_num")]
    pub replied: Option<u64>,
    #[serde(default, deserialize_with = "lenient::opt_num")]
    pub bounced: Option<u64>,
    #[serde(default, deserialize_with = "lenient::opt_num")]
    pub positive_replied: Option<u64>,
    #[serde(default, deserialize_with = "lenient::opt_num")]
    pub unique_lead_count: Option<u64>,
    #[serde(default, deserialize_with = "lenient::opt_num")]
    pub unique_open_count: Option<u64>,
    #[serde(default, deserialize_with = "lenient::opt_percent")]
    pub open_rate: Option<f64>,
    #[serde(default, deserialize_with = "lenient::opt_percent")]
    pub reply_rate: Option<f64>,
    #[serde(default, deserialize_with = "lenient::opt_percent")]
    pub bounce_rate: Option<f64>,
    #[serde(default, deserialize_with = "lenient::opt_percent")]
    pub positive_reply_rate: Option<f64>,
}

/// One client's campaigns over a window.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct ClientPerformance {
    #[serde(default, deserialize_with = "lenient::opt_num")]
    pub client_id: Option<u64>,
    #[serde(default, deserialize_with = "lenient::opt_text")]
    pub client_name: Option<String>,
    #[serde(default, deserialize_with = "lenient::opt_num")]
    pub total_campaigns_count: Option<u64>,
    /// Kept as Smartlead sends it: its shape is not documented.
    #[serde(default)]
    pub campaign_stats: Option<Value>,
}

/// One mailbox's or one sending domain's counts over a window.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct MailboxHealth {
    #[serde(default, deserialize_with = "lenient::opt_text")]
    pub email_account: Option<String>,
    #[serde(default, deserialize_with = "lenient::opt_text")]
    pub domain: Option<String>,
    #[serde(default, deserialize_with = "lenient::opt_num")]
    pub sent: Option<u64>,
    #[serde(default, deserialize_with = "lenient::opt_num")]
    pub opened: Option<u64>,
    #[serde(default, deserialize_with = "lenient::opt_num")]
    pub replied: Option<u64>,
    #[serde(default, deserialize_with = "lenient::opt_num")]
    pub bounced: Option<u64>,
}

/// The account's mailboxes by state (`data.overall_mailbox_stats`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct MailboxOverview {
    #[serde(default, deserialize_with = "lenient::opt_num")]
    pub total_connected: Option<u64>,
    #[serde(default, deserialize_with = "lenient::opt_num")]
    pub in_use: Option<u64>,
    #[serde(default, deserialize_with = "lenient::opt_num")]
    pub disconnected: Option<u64>,
    #[serde(default, deserialize_with = "lenient::opt_num")]
    pub enabled_without_warmup: Option<u64>,
}

/// Performance by email provider (`data.email_providers_performance_overview`); the rows'
/// shape is not documented, so each is kept whole.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct ProviderPerformance {
    #[serde(default, deserialize_with = "lenient::list")]
    pub overall: Vec<Value>,
    #[serde(default, deserialize_with = "lenient::list")]
    pub tag_wise: Vec<Value>,
}

/// One team member's replies over a window.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct TeamMemberStats {
    #[serde(default, deserialize_with = "lenient::opt_num")]
    pub id: Option<u64>,
    #[serde(default, deserialize_with = "lenient::opt_text")]
    pub name: Option<String>,
    #[serde(default, deserialize_with = "lenient::opt_text")]
    pub profile_pic_url: Option<String>,
    #[serde(default, deserialize_with = "lenient::opt_num")]
    pub lead_count: Option<u64>,
    #[serde(default, deserialize_with = "lenient::opt_num")]
    pub campaign_count: Option<u64>,
    #[serde(default, deserialize_with = "lenient::opt_num")]
    pub reply_count: Option<u64>,
    #[serde(default, deserialize_with = "lenient::opt_num")]
    pub positive_reply_count: Option<u64>,
    #[serde(default, deserialize_with = "lenient::opt_percent")]
    pub reply_rate: Option<f64>,
    #[serde(default, deserialize_with = "lenient::opt_percent")]
    pub positive_reply_rate: Option<f64>,
    /// As Smartlead words it.
    #[serde(default, deserialize_with = "lenient::opt_text")]
    pub average_reply_time: Option<String>,
    #[serde(default, deserialize_with = "lenient::opt_num")]
    pub unique_open_count: Option<u64>,
}

/// Leads new and followed up, counted.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct LeadCounts {
    #[serde(default, deserialize_with = "lenient::opt_num")]
    pub total: Option<u64>,
    #[serde(default, deserialize_with = "lenient::opt_num")]
    pub new: Option<u64>,
    #[serde(default, deserialize_with = "lenient::opt_num")]
    pub follow_up: Option<u64>,
}

/// Leads new and followed up, as percentages.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct LeadShares {
    #[serde(default, deserialize_with = "lenient::opt_percent")]
    pub new: Option<f64>,
    #[serde(default, deserialize_with = "lenient::opt_percent")]
    pub follow_up: Option<f64>,
}

/// Leads contacted over a window (`data.lead_stats`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct LeadStats {
    #[serde(default, deserialize_with = "lenient::opt_object")]
    pub count: Option<LeadCounts>,
    #[serde(default, deserialize_with = "lenient::opt_object")]
    pub percentage: Option<LeadShares>,
}

/// Replies in one lead category.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct CategoryResponse {
    #[serde(default, deserialize_with = "lenient::opt_text")]
    pub category: Option<String>,
    #[serde(default, deserialize_with = "lenient::opt_num")]
    pub total_response: Option<u64>,
    #[serde(default, deserialize_with = "lenient::opt_percent")]
    pub percentage: Option<f64>,
}

/// How many leads it took to get a first reply.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct FirstReplyLeads {
    #[serde(default, deserialize_with = "lenient::opt_num")]
    pub leads_take_for_first_reply: Option<f64>,
}

/// The reply rate of follow-ups.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct FollowUpReplyRate {
    #[serde(default, deserialize_with = "lenient::opt_percent")]
    pub followup_reply_rate: Option<f64>,
}

/// Replies that came within one time range of contact.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct ReplyTimeBucket {
    #[serde(default, deserialize_with = "lenient::opt_text")]
    pub time_range: Option<String>,
    #[serde(default, deserialize_with = "lenient::opt_num")]
    pub count: Option<u64>,
}

/// One campaign's replies by sentiment.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct CampaignResponses {
    #[serde(default, deserialize_with = "lenient::opt_num")]
    pub campaign_id: Option<u64>,
    #[serde(default, deserialize_with = "lenient::opt_text")]
    pub campaign_name: Option<String>,
    #[serde(default, deserialize_with = "lenient::opt_num")]
    pub positive_reply: Option<u64>,
    #[serde(default, deserialize_with = "lenient::opt_num")]
    pub neutral_reply: Option<u64>,
    #[serde(default, deserialize_with = "lenient::opt_num")]
    pub negative_reply: Option<u64>,
}

/// Campaigns counted in one status.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct StatusCount {
    #[serde(default, deserialize_with = "lenient::opt_text")]
    pub status: Option<String>,
    #[serde(default, deserialize_with = "lenient::opt_num")]
    pub count: Option<u64>,
}
