//! Campaigns: the campaign itself, its settings, schedule, status, sequences and numbers.

use super::{ByCampaign, check};
use crate::core::error::{Error, Result};
use crate::core::http::Method::{Delete, Get, Post};
use crate::catalog::model::{
    Ack, Campaign, CampaignAnalytics, CampaignStatistic, Created, ForwardedEmail, LeadActivity, LeadsExport, Page, SavedSequences, Sequence, TopLevelAnalytics,
};
use crate::catalog::operation::{Args, Confirm, Effect};
use crate::catalog::typed::TypedOperation;
use crate::core::paging::Listing;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use serde_json::Value;

const READ: Effect = Effect::Read;

pub const LIST_ALL_SMARTLEAD_CAMPAIGNS: TypedOperation<CampaignFilter, Page<Campaign>> = TypedOperation::new(
    "list_all_smartlead_campaigns", Get, "/campaigns", READ, Listing::Sliced,
    "List the campaigns of the account (id, name, status, schedule, settings, client_id, tags).",
)
.documented("https://api.smartlead.ai/api-reference/campaigns/get-all");
pub const CREATE_A_SMARTLEAD_CAMPAIGN: TypedOperation<NewCampaign, Created> = TypedOperation::new(
    "create_a_smartlead_campaign", Post, "/campaigns/create", Effect::Write { idempotent: false }, Listing::Single,
    "Create a campaign in DRAFTED status. Returns its id; add leads, email accounts, a schedule and sequences, then start it with smartlead_campaigns_update_campaign_status.",
)
.documented("https://api.smartlead.ai/api-reference/campaigns/create");
pub const GET_SINGLE_SMARTLEAD_CAMPAIGN_BY_ID: TypedOperation<CampaignLookup, Campaign> = TypedOperation::new(
    "get_single_smartlead_campaign_by_id", Get, "/campaigns/{campaign_id}", READ, Listing::Single,
    "Get one campaign by id: name, status, schedule, tracking and stop settings.",
)
.documented("https://api.smartlead.ai/api-reference/campaigns/get-by-id");
pub const UPDATE_A_SMARTLEAD_CAMPAIGN_BY_ID: TypedOperation<SettingsUpdate, Ack> = TypedOperation::new(
    "update_a_smartlead_campaign_by_id", Post, "/campaigns/{campaign_id}/settings", Effect::Write { idempotent: true }, Listing::Single,
    "Update a campaign's general settings (name, tracking, stop rule, plain text, follow-up percentage, client). Only the fields given change.",
)
.documented("https://api.smartlead.ai/api-reference/campaigns/update-settings");
pub const DELETE_A_SMARTLEAD_CAMPAIGN_BY_ID: TypedOperation<CampaignRef, Ack> = TypedOperation::new(
    "delete_a_smartlead_campaign_by_id", Delete, "/campaigns/{campaign_id}", Effect::Destructive { idempotent: true }, Listing::Single,
    "Delete a campaign with its sequences, leads and statistics. Cannot be undone.",
)
.documented("https://api.smartlead.ai/api-reference/campaigns/delete");
pub const SMARTLEAD_CAMPAIGNS_TOP_LEVEL_ANALYTICS: TypedOperation<CampaignRef, CampaignAnalytics> = TypedOperation::new(
    "smartlead_campaigns_top_level_analytics", Get, "/campaigns/{campaign_id}/analytics", READ, Listing::Single,
    "Campaign totals: sent, opened, clicked, replied, bounced, unsubscribed (unique and total) and lead counts by state, as numbers.",
)
.documented("https://api.smartlead.ai/api-reference/campaign-statistics/top-level");
pub const SMARTLEAD_CAMPAIGNS_EXPORT_CAMPAIGN_LEADS_CSV: TypedOperation<CampaignRef, LeadsExport> = TypedOperation::new(
    "smartlead_campaigns_export_campaign_leads_csv", Get, "/campaigns/{campaign_id}/leads-export", READ, Listing::Single,
    "Export a campaign's leads with their engagement counts as CSV. Returns the CSV as sent and the same rows typed: {csv, columns, row_count, rows} (counts as numbers, flags as booleans, custom_fields parsed, unknown columns under extra).",
)
.documented("https://api.smartlead.ai/api-reference/campaigns/export-leads");
pub const SMARTLEAD_CAMPAIGNS_UPDATE_CAMPAIGN_STATUS: TypedOperation<StatusChange, Ack> = TypedOperation::new(
    "smartlead_campaigns_update_campaign_status", Post, "/campaigns/{campaign_id}/status", Effect::Write { idempotent: true }, Listing::Single,
    "Start (START), pause (PAUSED) or stop (STOPPED) a campaign. STOPPED is permanent. Send START, not ACTIVE.",
)
.documented("https://api.smartlead.ai/api-reference/campaigns/update-status")
.confirming(Confirm::When(status_change_to_confirm));

/// Starting emails every lead of the campaign; stopping cannot be undone.
fn status_change_to_confirm(args: &serde_json::Value) -> Option<String> {
    let id = &args["campaign_id"];
    match args["status"].as_str()? {
        "START" => Some(format!("start campaign {id}, and Smartlead begins emailing its leads")),
        "STOPPED" => Some(format!("stop campaign {id} for good (a stopped campaign cannot be started again)")),
        _ => None,
    }
}
pub const SMARTLEAD_CAMPAIGNS_UPDATE_SCHEDULE: TypedOperation<ScheduleUpdate, Ack> = TypedOperation::new(
    "smartlead_campaigns_update_schedule", Post, "/campaigns/{campaign_id}/schedule", Effect::Write { idempotent: true }, Listing::Single,
    "Set when a campaign sends: time zone, days of the week, daily window, gap between emails and new leads per day.",
)
.documented("https://api.smartlead.ai/api-reference/campaigns/update-schedule");
pub const SMARTLEAD_CAMPAIGNS_SAVE_SEQUENCES: TypedOperation<SequencesUpdate, SavedSequences> = TypedOperation::new(
    "smartlead_campaigns_save_sequences", Post, "/campaigns/{campaign_id}/sequences", Effect::Write { idempotent: false }, Listing::Single,
    "Save a campaign's email steps: each with its number, its delay in days after the previous step, subject, HTML body and optional A/B variants. A step with an id is updated; one without is created. Smartlead refuses changes while the campaign is ACTIVE: pause it first. Returns the steps as saved.",
)
.documented("https://api.smartlead.ai/api-reference/campaigns/update-sequences");
pub const SMARTLEAD_CAMPAIGNS_SEND_TEST_EMAIL: TypedOperation<TestEmail, Ack> = TypedOperation::new(
    "smartlead_campaigns_send_test_email", Post, "/campaigns/{campaign_id}/send-test-email", Effect::Write { idempotent: false }, Listing::Single,
    "Send one step of a campaign as a real test email, filled in with a lead's fields: to the lead's own address, or to customEmailAddress (your inbox) when given; from selectedEmailAccountId, else one of the campaign's mailboxes.",
)
.documented("https://api.smartlead.ai/api-reference/campaigns/send-test-email")
.confirming(Confirm::Always("send a real test email, which cannot be unsent"));
pub const LIST_ALL_SMARTLEAD_CAMPAIGN_SEQUENCES: TypedOperation<ByCampaign, Page<Sequence>> = TypedOperation::new(
    "list_all_smartlead_campaign_sequences", Get, "/campaigns/{campaign_id}/sequences", READ, Listing::Sliced,
    "List a campaign's email steps in order, each with its delay, subject, body and A/B variants.",
)
.documented("https://api.smartlead.ai/api-reference/campaigns/get-sequences");
pub const LIST_ALL_SMARTLEAD_CAMPAIGN_STATISTICS_BY_DATE: TypedOperation<DateRange, CampaignAnalytics> = TypedOperation::new(
    "list_all_smartlead_campaign_statistics_by_date", Get, "/campaigns/{campaign_id}/analytics-by-date", READ, Listing::Single,
    "Campaign totals (sent, opened, clicked, replied, bounced, unsubscribed) between start_date and end_date, as numbers. Despite the list_all name (kept for compatibility), it returns one record, not a list.",
)
.documented("https://api.smartlead.ai/api-reference/campaigns/get-analytics-by-date");
pub const LIST_ALL_SMARTLEAD_CAMPAIGN_STATISTICS: TypedOperation<StatisticsFilter, Page<CampaignStatistic>> = TypedOperation::new(
    "list_all_smartlead_campaign_statistics", Get, "/campaigns/{campaign_id}/statistics", READ, Listing::Offset { max: 1000 },
    "List every email a campaign sent, one row per lead and step, with open, click, reply, bounce and unsubscribe details.",
)
.documented("https://api.smartlead.ai/api-reference/campaign-statistics/get-by-id");

pub const SMARTLEAD_CAMPAIGNS_DUPLICATE: TypedOperation<CampaignCopy, Created> = TypedOperation::new(
    "smartlead_campaigns_duplicate", Post, "/campaigns/{campaign_id}/duplicate", Effect::Write { idempotent: false }, Listing::Single,
    "Copy a campaign with its sequences, variants, settings, schedule and mailboxes (not its leads), DRAFTED; duplicate_sub_sequence and duplicate_client_label take those along too. Returns the copy's id.",
)
.documented("https://api.smartlead.ai/api-reference/campaigns/duplicate");
pub const CREATE_A_SMARTLEAD_SUBSEQUENCE: TypedOperation<NewSubsequence, Created> = TypedOperation::new(
    "create_a_smartlead_subsequence", Post, "/campaigns/create-subsequence", Effect::Write { idempotent: false }, Listing::Single,
    "Create a subsequence campaign under parent_campaign_id, entered on condition_events; leads are pushed into it with smartlead_master_inbox_push_to_subsequence. Returns its id.",
)
.documented("https://api.smartlead.ai/api-reference/campaigns/create-subsequence");
pub const SMARTLEAD_CAMPAIGNS_FORWARD_EMAIL: TypedOperation<EmailForward, ForwardedEmail> = TypedOperation::new(
    "smartlead_campaigns_forward_email", Post, "/campaigns/{campaign_id}/forward-email", Effect::Write { idempotent: false }, Listing::Single,
    "Forward an email of a lead's thread (message_id and stats_id from its message history) to to_emails, with an optional note and subject.",
)
.documented("https://api.smartlead.ai/api-reference/inbox/forward")
.confirming(Confirm::Always("forward an email to other addresses, which cannot be unsent"));
pub const SMARTLEAD_CAMPAIGNS_ASSIGN_TEAM_MEMBER: TypedOperation<CampaignTeamMember, Ack> = TypedOperation::new(
    "smartlead_campaigns_assign_team_member", Post, "/campaigns/{campaign_id}/team-member", Effect::Write { idempotent: true }, Listing::Single,
    "Assign a campaign to a team member (teamMemberId); teamMemberId null or absent unassigns it.",
)
.documented("https://api.smartlead.ai/api-reference/campaigns/update-team-member")
.sending_null(&["teamMemberId"]);
pub const SMARTLEAD_CAMPAIGNS_UPDATE_LEAD_EMAIL_ACCOUNT: TypedOperation<LeadSenderChange, Ack> = TypedOperation::new(
    "smartlead_campaigns_update_lead_email_account", Post, "/campaigns/update-lead-email-account", Effect::Write { idempotent: true }, Listing::Single,
    "Send one lead of a campaign (email_lead_id, email_campaign_id) from another of the campaign's mailboxes (email_account_id); override_lead_email_account replaces a sender already set.",
)
.documented("https://api.smartlead.ai/api-reference/campaigns/update-lead-email-account");
pub const LIST_ALL_SMARTLEAD_LEAD_ACTIVITIES: TypedOperation<ActivityWindow, Page<LeadActivity>> = TypedOperation::new(
    "list_all_smartlead_lead_activities", Get, "/campaigns/all-leads-activities", READ, Listing::Offset { max: 1000 },
    "List leads' activities across all campaigns (sends, opens, clicks, replies), optionally between event_time_from and event_time_to. Smartlead allows about 10 calls a minute here.",
)
.documented("https://api.smartlead.ai/api-reference/leads/activities");
pub const SMARTLEAD_CAMPAIGNS_TOP_LEVEL_ANALYTICS_BY_DATE: TypedOperation<CampaignWindow, TopLevelAnalytics> = TypedOperation::new(
    "smartlead_campaigns_top_level_analytics_by_date", Get, "/campaigns/{campaign_id}/top-level-analytics-by-date", READ, Listing::Single,
    "A campaign's totals between start_date and end_date: sent, delivered, opens, clicks, replies, bounces, unsubscribes and rates, as Smartlead answers them.",
)
.documented("https://api.smartlead.ai/api-reference/campaign-statistics/top-level-by-date");
pub const LIST_ALL_SMARTLEAD_CAMPAIGN_LEAD_STATISTICS: TypedOperation<LeadStatisticsFilter, Page<Value>> = TypedOperation::new(
    "list_all_smartlead_campaign_lead_statistics", Get, "/campaigns/{campaign_id}/leads-statistics", READ, Listing::Offset { max: 100 },
    "List a campaign's per-lead statistics, optionally only leads with events after event_time_gt; rows as Smartlead sends them (their shape is not documented).",
)
.documented("https://api.smartlead.ai/api-reference/campaign-statistics/lead-statistics");
pub const LIST_ALL_SMARTLEAD_CAMPAIGN_MAILBOX_STATISTICS: TypedOperation<MailboxStatisticsFilter, Page<Value>> = TypedOperation::new(
    "list_all_smartlead_campaign_mailbox_statistics", Get, "/campaigns/{campaign_id}/mailbox-statistics", READ, Listing::Offset { max: 20 },
    "List a campaign's per-mailbox statistics, over start_date to end_date in time_zone when both dates are given; rows as Smartlead sends them (their shape is not documented).",
)
.documented("https://api.smartlead.ai/api-reference/campaign-statistics/mailbox-statistics");
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct CampaignFilter {
    /// Only campaigns of this agency client.
    pub client_id: Option<u64>,
    /// Include each campaign's tags.
    pub include_tags: Option<bool>,
}
impl Args for CampaignFilter {}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct NewCampaign {
    /// Campaign name; Smartlead names it "Untitled Campaign" when absent.
    pub name: Option<String>,
    /// Agency client to create it for.
    pub client_id: Option<u64>,
}
impl Args for NewCampaign {}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct CampaignRef {
    /// Campaign id, e.g. 1562695.
    pub campaign_id: u64,
}
impl Args for CampaignRef {}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct CampaignLookup {
    /// Campaign id, e.g. 1562695.
    pub campaign_id: u64,
    /// Include the campaign's tags.
    pub include_tags: Option<bool>,
}
impl Args for CampaignLookup {}

/// Reply handling for out-of-office answers.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct OutOfOfficeSettings {
    #[serde(rename = "ignoreOOOasReply")]
    pub ignore_ooo_as_reply: Option<bool>,
    #[serde(rename = "autoReactivateOOO")]
    pub auto_reactivate_ooo: Option<bool>,
    #[serde(rename = "reactivateOOOwithDelay")]
    pub reactivate_ooo_with_delay: Option<u32>,
    #[serde(rename = "autoCategorizeOOO")]
    pub auto_categorize_ooo: Option<bool>,
}

const TRACK_SETTINGS: &[&str] = &["DONT_TRACK_EMAIL_OPEN", "DONT_TRACK_LINK_CLICK", "DONT_TRACK_REPLY_TO_AN_EMAIL", "DONT_EMAIL_OPEN", "DONT_LINK_CLICK"];
const STOP_LEAD_SETTINGS: &[&str] = &["REPLY_TO_AN_EMAIL", "CLICK_ON_A_LINK", "OPEN_AN_EMAIL"];

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SettingsUpdate {
    /// Campaign id.
    pub campaign_id: u64,
    pub name: Option<String>,
    /// What not to track: DONT_TRACK_EMAIL_OPEN, DONT_TRACK_LINK_CLICK, DONT_TRACK_REPLY_TO_AN_EMAIL.
    pub track_settings: Option<Vec<String>>,
    /// When a lead stops receiving steps: REPLY_TO_AN_EMAIL, CLICK_ON_A_LINK or OPEN_AN_EMAIL.
    pub stop_lead_settings: Option<String>,
    pub unsubscribe_text: Option<String>,
    pub send_as_plain_text: Option<bool>,
    pub force_plain_text: Option<bool>,
    /// Share of leads that get follow-ups, 0–100.
    pub follow_up_percentage: Option<u32>,
    pub client_id: Option<u64>,
    pub enable_ai_esp_matching: Option<bool>,
    pub add_unsubscribe_tag: Option<bool>,
    pub auto_pause_domain_leads_on_reply: Option<bool>,
    pub ignore_ss_mailbox_sending_limit: Option<bool>,
    /// Bounce count that pauses the campaign, as text (e.g. "5").
    pub bounce_autopause_threshold: Option<String>,
    pub domain_level_rate_limit: Option<bool>,
    pub out_of_office_detection_settings: Option<OutOfOfficeSettings>,
    /// Lead category ids the AI may assign.
    pub ai_categorisation_options: Option<Vec<u64>>,
}
impl Args for SettingsUpdate {
    fn validate(&self) -> Result<()> {
        for setting in self.track_settings.iter().flatten() {
            check::one_of("track_settings", setting, TRACK_SETTINGS)?;
        }
        if let Some(stop) = &self.stop_lead_settings {
            check::one_of("stop_lead_settings", stop, STOP_LEAD_SETTINGS)?;
        }
        check::range("follow_up_percentage", self.follow_up_percentage, 0, 100)
    }
}

/// The status to move a campaign to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub enum CampaignCommand {
    /// Start or resume sending.
    #[serde(rename = "START")]
    Start,
    #[serde(rename = "PAUSED")]
    Paused,
    /// Permanent.
    #[serde(rename = "STOPPED")]
    Stopped,
}

/// A step of a campaign to send as a test. Smartlead names the body's fields in camelCase.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct TestEmail {
    /// Campaign id, e.g. 1562695.
    pub campaign_id: u64,
    /// The lead whose fields fill the step in (and who receives it without customEmailAddress).
    #[serde(rename = "leadId")]
    pub lead_id: u64,
    /// The step to send, from 1.
    #[serde(rename = "sequenceNumber")]
    pub sequence_number: u32,
    /// The mailbox to send from; else one of the campaign's.
    #[serde(rename = "selectedEmailAccountId")]
    pub selected_email_account_id: Option<u64>,
    /// Where to send it instead of the lead's address.
    #[serde(rename = "customEmailAddress")]
    pub custom_email_address: Option<String>,
}
impl Args for TestEmail {
    fn validate(&self) -> Result<()> {
        check::range("sequenceNumber", Some(self.sequence_number), 1, 100)?;
        match &self.custom_email_address {
            Some(address) => check::email("customEmailAddress", address),
            None => Ok(()),
        }
    }
}

/// A campaign's email steps to save.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SequencesUpdate {
    /// Campaign id, e.g. 1562695.
    pub campaign_id: u64,
    /// The steps, at least one.
    pub sequences: Vec<SequenceInput>,
}
impl Args for SequencesUpdate {
    fn validate(&self) -> Result<()> {
        check::not_empty("sequences", &self.sequences)?;
        for (i, step) in self.sequences.iter().enumerate() {
            check::range(&format!("sequences[{i}].seq_number"), Some(step.seq_number), 1, 100)?;
            if step.email_body.trim().is_empty() {
                return Err(crate::core::error::Error::invalid(&format!("sequences[{i}].email_body"), "is empty; every step needs a body"));
            }
            for (j, variant) in step.seq_variants.iter().flatten().enumerate() {
                check::range(&format!("sequences[{i}].seq_variants[{j}].variant_distribution_percentage"), variant.variant_distribution_percentage, 0, 100)?;
            }
        }
        Ok(())
    }
}

/// One step of a sequence to save.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SequenceInput {
    /// The step's id to update it; leave out to create a step.
    pub id: Option<u64>,
    /// Its place in the sequence, from 1.
    pub seq_number: u32,
    /// Subject; a follow-up without one replies in the same thread.
    pub subject: Option<String>,
    /// HTML body; {{first_name}} and the lead's other fields are filled in.
    pub email_body: String,
    /// When it goes out after the previous step.
    pub seq_delay_details: SequenceDelay,
    /// A/B variants of the step, each with its own subject and body.
    pub seq_variants: Option<Vec<VariantInput>>,
}

/// The wait before a step.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SequenceDelay {
    /// Days after the previous step (0 for the first).
    pub delay_in_days: u32,
}

/// An A/B variant of a step to save.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct VariantInput {
    pub subject: Option<String>,
    pub email_body: String,
    /// A, B, C…
    pub variant_label: String,
    /// Share of the step's leads that get this variant, 0–100.
    pub variant_distribution_percentage: Option<u32>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct StatusChange {
    /// Campaign id.
    pub campaign_id: u64,
    /// START, PAUSED or STOPPED.
    pub status: CampaignCommand,
}
impl Args for StatusChange {}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ScheduleUpdate {
    /// Campaign id.
    pub campaign_id: u64,
    /// IANA time zone, e.g. America/New_York.
    pub timezone: String,
    /// Sending days, 0 = Sunday … 6 = Saturday.
    pub days_of_the_week: Vec<u8>,
    /// Daily start, HH:MM.
    pub start_hour: String,
    /// Daily end, HH:MM.
    pub end_hour: String,
    /// Minutes between two emails from the campaign.
    pub min_time_btw_emails: Option<u32>,
    /// New leads contacted per day.
    pub max_new_leads_per_day: Option<u32>,
    /// When to begin, ISO 8601.
    pub schedule_start_time: Option<String>,
}
impl Args for ScheduleUpdate {
    fn validate(&self) -> Result<()> {
        if self.timezone.trim().is_empty() {
            return Err(crate::core::error::Error::invalid("timezone", "must be an IANA time zone such as America/New_York"));
        }
        check::not_empty("days_of_the_week", &self.days_of_the_week)?;
        if let Some(day) = self.days_of_the_week.iter().find(|d| **d > 6) {
            return Err(crate::core::error::Error::invalid("days_of_the_week", format!("{day} is not a day (0 = Sunday … 6 = Saturday)")));
        }
        check::hour("start_hour", &self.start_hour)?;
        check::hour("end_hour", &self.end_hour)?;
        if self.start_hour >= self.end_hour {
            return Err(crate::core::error::Error::invalid("end_hour", "must be later than start_hour"));
        }
        Ok(())
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct DateRange {
    /// Campaign id.
    pub campaign_id: u64,
    /// First day, YYYY-MM-DD.
    pub start_date: String,
    /// Last day, YYYY-MM-DD.
    pub end_date: String,
    /// IANA time zone the days are counted in.
    pub time_zone: Option<String>,
}
impl Args for DateRange {
    fn validate(&self) -> Result<()> {
        check::window(&self.start_date, &self.end_date, self.time_zone.as_deref())
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct StatisticsFilter {
    /// Campaign id.
    pub campaign_id: u64,
    /// Only this step of the sequence, 1–20.
    pub email_sequence_number: Option<u32>,
    /// Only emails that were opened, clicked, replied, unsubscribed or bounced.
    pub email_status: Option<String>,
    /// Sent at or after, e.g. 2023-10-16 10:33:02.000Z.
    pub sent_time_start_date: Option<String>,
    /// Sent at or before.
    pub sent_time_end_date: Option<String>,
}
impl Args for StatisticsFilter {
    fn validate(&self) -> Result<()> {
        check::range("email_sequence_number", self.email_sequence_number, 1, 20)?;
        if let Some(status) = &self.email_status {
            check::one_of("email_status", status, &["opened", "clicked", "replied", "unsubscribed", "bounced"])?;
        }
        Ok(())
    }
}

/// What a copy of a campaign takes along.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct CampaignCopy {
    /// The campaign to copy.
    pub campaign_id: u64,
    /// Copy its subsequences too.
    pub duplicate_sub_sequence: Option<bool>,
    /// Keep its client label.
    pub duplicate_client_label: Option<bool>,
}
impl Args for CampaignCopy {}

/// A subsequence campaign under a parent.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct NewSubsequence {
    pub parent_campaign_id: u64,
    pub subsequence_name: Option<String>,
    /// The events that move a lead into the subsequence, as Smartlead takes them (the
    /// docs give no shape).
    pub condition_events: Option<Vec<Value>>,
}
impl Args for NewSubsequence {}

/// An email of a campaign's thread, forwarded.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct EmailForward {
    pub campaign_id: u64,
    /// The email's Message-ID, from the lead's message history.
    pub message_id: String,
    /// The email's stats_id, from the lead's message history.
    pub stats_id: String,
    /// Where to forward it (sent comma-separated, as Smartlead takes them).
    #[serde(serialize_with = "comma_joined")]
    pub to_emails: Vec<String>,
    /// A note above the forwarded email.
    pub forward_email_body: Option<String>,
    pub forward_email_subject: Option<String>,
}
impl Args for EmailForward {
    fn validate(&self) -> Result<()> {
        check::not_empty("to_emails", &self.to_emails)?;
        self.to_emails.iter().try_for_each(|e| check::email("to_emails", e))
    }
}

fn comma_joined<S: serde::Serializer>(items: &[String], s: S) -> std::result::Result<S::Ok, S::Error> {
    s.serialize_str(&items.join(","))
}

/// The team member a campaign is assigned to.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct CampaignTeamMember {
    pub campaign_id: u64,
    /// The team member; null or absent unassigns the campaign.
    #[serde(rename = "teamMemberId")]
    pub team_member_id: Option<u64>,
}
impl Args for CampaignTeamMember {}

/// The mailbox one lead of a campaign is sent from.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct LeadSenderChange {
    /// One of the campaign's mailboxes.
    pub email_account_id: u64,
    /// The campaign.
    pub email_campaign_id: u64,
    /// The lead (its id, not its map id).
    pub email_lead_id: u64,
    /// Replace a sender already set for the lead.
    pub override_lead_email_account: Option<bool>,
}
impl Args for LeadSenderChange {}

/// Leads' activities, optionally between two times.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ActivityWindow {
    /// From this time: ISO 8601 or YYYY-MM-DD.
    pub event_time_from: Option<String>,
    /// Until this time (only with event_time_from).
    pub event_time_to: Option<String>,
}
impl Args for ActivityWindow {
    fn validate(&self) -> Result<()> {
        if self.event_time_to.is_some() && self.event_time_from.is_none() {
            return Err(Error::invalid("event_time_to", "needs event_time_from too"));
        }
        [("event_time_from", &self.event_time_from), ("event_time_to", &self.event_time_to)]
            .into_iter()
            .filter_map(|(field, value)| Some((field, value.as_deref()?)))
            .try_for_each(|(field, value)| check::date(field, value.get(..10).unwrap_or(value)))
    }
}

/// A campaign over a window.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct CampaignWindow {
    pub campaign_id: u64,
    /// First day, YYYY-MM-DD.
    pub start_date: String,
    /// Last day, YYYY-MM-DD, not before start_date.
    pub end_date: String,
}
impl Args for CampaignWindow {
    fn validate(&self) -> Result<()> {
        check::window(&self.start_date, &self.end_date, None)
    }
}

/// A campaign's leads, optionally only those with events after a day.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct LeadStatisticsFilter {
    pub campaign_id: u64,
    /// YYYY-MM-DD.
    pub event_time_gt: Option<String>,
}
impl Args for LeadStatisticsFilter {
    fn validate(&self) -> Result<()> {
        self.event_time_gt.as_deref().map_or(Ok(()), |d| check::date("event_time_gt", d))
    }
}

/// A campaign's mailboxes, optionally over a window in a time zone.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct MailboxStatisticsFilter {
    pub campaign_id: u64,
    /// Only this client's mailboxes.
    pub client_id: Option<u64>,
    /// YYYY-MM-DD; applies only with end_date.
    pub start_date: Option<String>,
    /// YYYY-MM-DD; applies only with start_date.
    pub end_date: Option<String>,
    /// IANA name; Smartlead's default is UTC.
    pub time_zone: Option<String>,
}
impl Args for MailboxStatisticsFilter {
    fn validate(&self) -> Result<()> {
        match (&self.start_date, &self.end_date) {
            (Some(start), Some(end)) => check::window(start, end, self.time_zone.as_deref()),
            (None, None) => Ok(()),
            _ => Err(Error::invalid(if self.start_date.is_some() { "end_date" } else { "start_date" }, "is needed with the other date: Smartlead ignores one alone")),
        }
    }
}
