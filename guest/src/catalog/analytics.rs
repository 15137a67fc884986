//! Smartlead's global analytics: the 22 `/analytics/*` reports, each a GET whose window
//! and scope go in the query (ids comma-separated, flags as "true"), answered as
//! `{ok, data: {<report>: …}}`.

use super::check;
use crate::catalog::model::{
    AnalyticsEntry, CampaignPerformance, CampaignResponses, CategoryResponse, ClientPerformance, DayStats, FirstReplyLeads, FollowUpReplyRate,
    LeadStats, MailboxHealth, MailboxOverview, MonthlyCount, OverallStats, Page, ProviderPerformance, ReplyTimeBucket, StatusCount, TeamMemberStats,
};
use crate::catalog::operation::{Args, Effect};
use crate::catalog::typed::TypedOperation;
use crate::core::error::Result;
use crate::core::http::Method::Get;
use crate::core::paging::Listing;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

const READ: Effect = Effect::Read;
/// Smartlead documents no bound for the paged reports; 100 a page keeps answers small.
const PAGED: Listing = Listing::Offset { max: 100 };

/// One report: its row, on the core API, documented at `analytics/<page>`.
macro_rules! reports {
    ($($row:ident: $args:ty => $out:ty = $name:literal, $path:literal, $listing:expr, $page:literal, $description:literal;)*) => {$(
        pub const $row: TypedOperation<$args, $out> =
            TypedOperation::new($name, Get, $path, READ, $listing, $description).documented(concat!("https://api.smartlead.ai/api-reference/analytics/", $page));
    )*};
}

reports! {
    SMARTLEAD_ANALYTICS_OVERALL_STATS: OverallStatsWindow => OverallStats = "smartlead_analytics_overall_stats", "/analytics/overall-stats-v2", Listing::Single, "overview",
        "Sent, opened, replied, bounced and positive replies over a window (start_date to end_date), with their rates in percent; scoped by client_ids and campaign_ids.";
    LIST_ALL_SMARTLEAD_ANALYTICS_CAMPAIGNS: AnalyticsScope => Page<AnalyticsEntry> = "list_all_smartlead_analytics_campaigns", "/analytics/campaign/list", Listing::Sliced, "campaign-list",
        "List the campaigns analytics can report on (id and name), optionally only those of client_ids.";
    LIST_ALL_SMARTLEAD_ANALYTICS_CLIENTS: AnalyticsScope => Page<AnalyticsEntry> = "list_all_smartlead_analytics_clients", "/analytics/client/list", Listing::Sliced, "client-list",
        "List the agency clients analytics can report on (id and name).";
    LIST_ALL_SMARTLEAD_ANALYTICS_MONTHLY_CLIENT_COUNTS: AnalyticsScope => Page<MonthlyCount> = "list_all_smartlead_analytics_monthly_client_counts", "/analytics/client/month-wise-count", Listing::Sliced, "month-wise-client-count",
        "List how many clients were added each month.";
    LIST_ALL_SMARTLEAD_ANALYTICS_DAY_WISE_STATS: AnalyticsWindow => Page<DayStats> = "list_all_smartlead_analytics_day_wise_stats", "/analytics/day-wise-overall-stats", Listing::Sliced, "day-wise-stats",
        "List sent, opened, replied and bounced per day over a window.";
    LIST_ALL_SMARTLEAD_ANALYTICS_DAY_WISE_STATS_BY_SENT_TIME: SentTimeWindow => Page<DayStats> = "list_all_smartlead_analytics_day_wise_stats_by_sent_time", "/analytics/day-wise-overall-stats-by-sent-time", Listing::Sliced, "day-wise-sent-time",
        "List sent and opened per day of sending over a window, days counted in timezone (required).";
    LIST_ALL_SMARTLEAD_ANALYTICS_DAY_WISE_POSITIVE_REPLIES: AnalyticsWindow => Page<DayStats> = "list_all_smartlead_analytics_day_wise_positive_replies", "/analytics/day-wise-positive-reply-stats", Listing::Sliced, "day-wise-positive-reply",
        "List positive replies per day over a window.";
    LIST_ALL_SMARTLEAD_ANALYTICS_DAY_WISE_POSITIVE_REPLIES_BY_SENT_TIME: SentTimeWindow => Page<DayStats> = "list_all_smartlead_analytics_day_wise_positive_replies_by_sent_time", "/analytics/day-wise-positive-reply-stats-by-sent-time", Listing::Sliced, "day-wise-positive-sent-time",
        "List positive replies per day the email was sent over a window, days counted in timezone (required).";
    LIST_ALL_SMARTLEAD_ANALYTICS_CAMPAIGN_PERFORMANCE: AnalyticsWindow => Page<CampaignPerformance> = "list_all_smartlead_analytics_campaign_performance", "/analytics/campaign/overall-stats", PAGED, "campaign-performance",
        "List each campaign's sent, opened, replied and bounced over a window, with rates in percent when Smartlead gives them.";
    LIST_ALL_SMARTLEAD_ANALYTICS_CLIENT_PERFORMANCE: ClientPerformanceWindow => Page<ClientPerformance> = "list_all_smartlead_analytics_client_performance", "/analytics/client/overall-stats", PAGED, "client-performance",
        "List each agency client's campaign count and campaign figures over a window.";
    LIST_ALL_SMARTLEAD_ANALYTICS_EMAIL_HEALTH: MailboxHealthWindow => Page<MailboxHealth> = "list_all_smartlead_analytics_email_health", "/analytics/mailbox/name-wise-health-metrics", PAGED, "email-wise-health",
        "List each sending mailbox's sent, opened, replied and bounced over a window; is_bounced keeps only mailboxes with bounces.";
    LIST_ALL_SMARTLEAD_ANALYTICS_DOMAIN_HEALTH: AnalyticsWindow => Page<MailboxHealth> = "list_all_smartlead_analytics_domain_health", "/analytics/mailbox/domain-wise-health-metrics", PAGED, "domain-wise-health",
        "List each sending domain's sent, opened, replied and bounced over a window.";
    SMARTLEAD_ANALYTICS_MAILBOX_STATS: AnalyticsScope => MailboxOverview = "smartlead_analytics_mailbox_stats", "/analytics/mailbox/overall-stats", Listing::Single, "mailbox-health",
        "Count the account's mailboxes: connected, in use, disconnected, and enabled without warmup.";
    SMARTLEAD_ANALYTICS_PROVIDER_PERFORMANCE: AnalyticsWindow => ProviderPerformance = "smartlead_analytics_provider_performance", "/analytics/mailbox/provider-wise-overall-performance", Listing::Single, "provider-performance",
        "Performance by email provider over a window, overall and per tag, as Smartlead reports it.";
    LIST_ALL_SMARTLEAD_ANALYTICS_TEAM_BOARD: AnalyticsWindow => Page<TeamMemberStats> = "list_all_smartlead_analytics_team_board", "/analytics/team-board/overall-stats", Listing::Sliced, "team-board-stats",
        "List each team member's leads, replies, positive replies, reply rates and average reply time over a window.";
    SMARTLEAD_ANALYTICS_LEAD_STATS: AnalyticsWindow => LeadStats = "smartlead_analytics_lead_stats", "/analytics/lead/overall-stats", Listing::Single, "lead-stats",
        "Count the leads contacted over a window, new and followed up, and their shares in percent.";
    LIST_ALL_SMARTLEAD_ANALYTICS_LEAD_CATEGORY_RESPONSES: AnalyticsWindow => Page<CategoryResponse> = "list_all_smartlead_analytics_lead_category_responses", "/analytics/lead/category-wise-response", Listing::Sliced, "lead-category-response",
        "List replies per lead category over a window, with each category's share in percent.";
    SMARTLEAD_ANALYTICS_FIRST_REPLY_LEADS: AnalyticsWindow => FirstReplyLeads = "smartlead_analytics_first_reply_leads", "/analytics/campaign/leads-take-for-first-reply", Listing::Single, "leads-for-first-reply",
        "How many leads it took, over a window, to get a first reply.";
    SMARTLEAD_ANALYTICS_FOLLOW_UP_REPLY_RATE: AnalyticsWindow => FollowUpReplyRate = "smartlead_analytics_follow_up_reply_rate", "/analytics/campaign/follow-up-reply-rate", Listing::Single, "followup-reply-rate",
        "The reply rate of follow-up emails over a window, in percent.";
    LIST_ALL_SMARTLEAD_ANALYTICS_LEAD_TO_REPLY_TIMES: AnalyticsWindow => Page<ReplyTimeBucket> = "list_all_smartlead_analytics_lead_to_reply_times", "/analytics/campaign/lead-to-reply-time", Listing::Sliced, "lead-to-reply-time",
        "List how many replies came within each time range of contact over a window.";
    LIST_ALL_SMARTLEAD_ANALYTICS_CAMPAIGN_RESPONSES: AnalyticsWindow => Page<CampaignResponses> = "list_all_smartlead_analytics_campaign_responses", "/analytics/campaign/response-stats", Listing::Sliced, "campaign-response-stats",
        "List each campaign's positive, neutral and negative replies over a window.";
    LIST_ALL_SMARTLEAD_ANALYTICS_CAMPAIGN_STATUSES: AnalyticsScope => Page<StatusCount> = "list_all_smartlead_analytics_campaign_statuses", "/analytics/campaign/status-stats", Listing::Sliced, "campaign-status-stats",
        "List how many campaigns are in each status.";
}

/// Whose data a report covers.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct AnalyticsScope {
    /// Only these clients' data (sent comma-separated); all of the account's without.
    #[serde(default)]
    pub client_ids: Option<Vec<u64>>,
}
impl Args for AnalyticsScope {}

/// A reporting window and scope.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct AnalyticsWindow {
    /// First day, YYYY-MM-DD.
    pub start_date: String,
    /// Last day, YYYY-MM-DD, not before start_date.
    pub end_date: String,
    /// IANA time zone the days are counted in, e.g. Europe/Paris.
    #[serde(default)]
    pub timezone: Option<String>,
    /// Only these clients' campaigns.
    #[serde(default)]
    pub client_ids: Option<Vec<u64>>,
    /// Only these campaigns.
    #[serde(default)]
    pub campaign_ids: Option<Vec<u64>>,
    /// Ask Smartlead for its full figures.
    #[serde(default)]
    pub full_data: Option<bool>,
}
impl Args for AnalyticsWindow {
    fn validate(&self) -> Result<()> {
        check::window(&self.start_date, &self.end_date, self.timezone.as_deref())
    }
}

/// A window whose days are counted in a time zone, which these reports require.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SentTimeWindow {
    /// First day, YYYY-MM-DD.
    pub start_date: String,
    /// Last day, YYYY-MM-DD, not before start_date.
    pub end_date: String,
    /// IANA time zone the days are counted in, e.g. America/New_York.
    pub timezone: String,
    #[serde(default)]
    pub client_ids: Option<Vec<u64>>,
    #[serde(default)]
    pub campaign_ids: Option<Vec<u64>>,
}
impl Args for SentTimeWindow {
    fn validate(&self) -> Result<()> {
        check::window(&self.start_date, &self.end_date, Some(&self.timezone))
    }
}

/// The overall report's window, which can also count agency-wide.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct OverallStatsWindow {
    /// First day, YYYY-MM-DD.
    pub start_date: String,
    /// Last day, YYYY-MM-DD, not before start_date.
    pub end_date: String,
    #[serde(default)]
    pub timezone: Option<String>,
    #[serde(default)]
    pub client_ids: Option<Vec<u64>>,
    #[serde(default)]
    pub campaign_ids: Option<Vec<u64>>,
    /// Count across the agency's clients.
    #[serde(default)]
    pub is_agency: Option<bool>,
    #[serde(default)]
    pub full_data: Option<bool>,
}
impl Args for OverallStatsWindow {
    fn validate(&self) -> Result<()> {
        check::window(&self.start_date, &self.end_date, self.timezone.as_deref())
    }
}

/// The client report's window, with Smartlead's free-text filter.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ClientPerformanceWindow {
    /// First day, YYYY-MM-DD.
    pub start_date: String,
    /// Last day, YYYY-MM-DD, not before start_date.
    pub end_date: String,
    #[serde(default)]
    pub timezone: Option<String>,
    #[serde(default)]
    pub client_ids: Option<Vec<u64>>,
    /// Free text Smartlead matches clients against.
    #[serde(default)]
    pub filter: Option<String>,
    #[serde(default)]
    pub full_data: Option<bool>,
}
impl Args for ClientPerformanceWindow {
    fn validate(&self) -> Result<()> {
        check::window(&self.start_date, &self.end_date, self.timezone.as_deref())
    }
}

/// The per-mailbox report's window, optionally only mailboxes with bounces.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct MailboxHealthWindow {
    /// First day, YYYY-MM-DD.
    pub start_date: String,
    /// Last day, YYYY-MM-DD, not before start_date.
    pub end_date: String,
    #[serde(default)]
    pub timezone: Option<String>,
    #[serde(default)]
    pub client_ids: Option<Vec<u64>>,
    #[serde(default)]
    pub campaign_ids: Option<Vec<u64>>,
    #[serde(default)]
    pub full_data: Option<bool>,
    /// Only mailboxes with bounces (true) or without (false).
    #[serde(default)]
    pub is_bounced: Option<bool>,
}
impl Args for MailboxHealthWindow {
    fn validate(&self) -> Result<()> {
        check::window(&self.start_date, &self.end_date, self.timezone.as_deref())
    }
}
