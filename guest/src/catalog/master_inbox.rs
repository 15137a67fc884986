//! The master inbox: every campaign's conversations in one place, its list views (paged
//! by `offset`/`limit` in a POST body, 20 at most), one thread, and the actions a person
//! takes on a reply (read, category, revenue, notes, tasks, reminders, assignment).

use super::check;
use crate::catalog::lenient;
use crate::catalog::model::{
    Ack, BlockedDomains, InboxAssignment, InboxItem, InboxReadStatus, InboxResume, InboxRevenue, LeadNote, LeadReminder, LeadTask, Page, ReplyStatus,
    SubsequencePush, UntrackedReply,
};
use crate::catalog::operation::{Args, Effect};
use crate::catalog::typed::TypedOperation;
use crate::core::error::{Error, Result};
use crate::core::http::Method::{Get, Patch, Post};
use crate::core::paging::Listing;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize, Serializer};

/// Smartlead's inbox views take at most 20 items per request (a larger `limit` is a 422).
const VIEW: Listing = Listing::Offset { max: 20 };

macro_rules! views {
    ($($row:ident $name:literal $path:literal $args:ty, $docs:literal, $what:literal;)*) => {$(
        pub const $row: TypedOperation<$args, Page<InboxItem>> =
            TypedOperation::new($name, Post, $path, Effect::Read, VIEW, $what).documented($docs).in_query(&["fetch_message_history"]);
    )*};
}

views! {
    LIST_ALL_SMARTLEAD_MASTER_INBOX_REPLIES "list_all_smartlead_master_inbox_replies" "/master-inbox/inbox-replies" InboxView,
        "https://api.smartlead.ai/api-reference/inbox/get-messages",
        "List the master inbox's replies across campaigns (newest reply first), filtered by campaign, mailbox, category, status, search text or reply time; fetch_message_history adds each thread's messages.";
    LIST_ALL_SMARTLEAD_MASTER_INBOX_SENT "list_all_smartlead_master_inbox_sent" "/master-inbox/sent" InboxViewWithoutHistory,
        "https://api.smartlead.ai/api-reference/inbox/get-sent",
        "List emails sent from the master inbox, with their opens, clicks and replies.";
    LIST_ALL_SMARTLEAD_MASTER_INBOX_ASSIGNED_TO_ME "list_all_smartlead_master_inbox_assigned_to_me" "/master-inbox/assigned-me" InboxView,
        "https://api.smartlead.ai/api-reference/inbox/get-assigned",
        "List the conversations assigned to the key's user. Its filters take one id each.";
    LIST_ALL_SMARTLEAD_MASTER_INBOX_UNREAD_REPLIES "list_all_smartlead_master_inbox_unread_replies" "/master-inbox/unread-replies" InboxView,
        "https://api.smartlead.ai/api-reference/inbox/get-unread",
        "List replies not yet read, with how many hours each has waited.";
    LIST_ALL_SMARTLEAD_MASTER_INBOX_IMPORTANT "list_all_smartlead_master_inbox_important" "/master-inbox/important" InboxView,
        "https://api.smartlead.ai/api-reference/inbox/get-important",
        "List conversations marked important.";
    LIST_ALL_SMARTLEAD_MASTER_INBOX_SNOOZED "list_all_smartlead_master_inbox_snoozed" "/master-inbox/snoozed" InboxView,
        "https://api.smartlead.ai/api-reference/inbox/get-snoozed",
        "List snoozed conversations and when each comes back.";
    LIST_ALL_SMARTLEAD_MASTER_INBOX_SCHEDULED "list_all_smartlead_master_inbox_scheduled" "/master-inbox/scheduled" InboxView,
        "https://api.smartlead.ai/api-reference/inbox/get-scheduled",
        "List emails scheduled to send, sorted by SCHEDULED_TIME_ASC or SCHEDULED_TIME_DESC.";
    LIST_ALL_SMARTLEAD_MASTER_INBOX_REMINDERS "list_all_smartlead_master_inbox_reminders" "/master-inbox/reminders" InboxViewWithoutHistory,
        "https://api.smartlead.ai/api-reference/inbox/get-reminders",
        "List conversations with a reminder set, its time and message, and whether it is overdue.";
    LIST_ALL_SMARTLEAD_MASTER_INBOX_ARCHIVED "list_all_smartlead_master_inbox_archived" "/master-inbox/archived" InboxView,
        "https://api.smartlead.ai/api-reference/inbox/get-archived",
        "List archived conversations.";
    LIST_ALL_SMARTLEAD_MASTER_INBOX_CUSTOM_VIEW "list_all_smartlead_master_inbox_custom_view" "/master-inbox/views" InboxView,
        "https://api.smartlead.ai/api-reference/inbox/get-views",
        "List conversations as a custom view filters them (one id per filter, and subSequenceId).";
}

pub const GET_SINGLE_SMARTLEAD_MASTER_INBOX_ITEM_BY_ID: TypedOperation<InboxItemRef, InboxItem> = TypedOperation::new(
    "get_single_smartlead_master_inbox_item_by_id", Get, "/master-inbox/{id}", Effect::Read, Listing::Single,
    "Get one conversation of the master inbox by its campaign_lead_map_id: the lead, the campaign, its category and every message of the thread.",
)
.documented("https://api.smartlead.ai/api-reference/inbox/get-by-id");
pub const LIST_ALL_SMARTLEAD_MASTER_INBOX_UNTRACKED_REPLIES: TypedOperation<UntrackedFilter, Page<UntrackedReply>> = TypedOperation::new(
    "list_all_smartlead_master_inbox_untracked_replies", Get, "/master-inbox/untracked-replies", Effect::Read, Listing::Offset { max: 100 },
    "List replies that reached the mailboxes but match no campaign lead, by sender, recipient or subject; fetchBody and fetchAttachments add those.",
)
.documented("https://api.smartlead.ai/api-reference/inbox/get-untracked");
pub const SMARTLEAD_MASTER_INBOX_REPLY_STATUS: TypedOperation<ReplyStatusQuery, ReplyStatus> = TypedOperation::new(
    "smartlead_master_inbox_reply_status", Get, "/master-inbox/reply-status", Effect::Read, Listing::Single,
    "Where a reply sent from the inbox stands (queued, sent, failed), by its Message-ID.",
)
.documented("https://api.smartlead.ai/api-reference/inbox/reply-status");
pub const SMARTLEAD_MASTER_INBOX_CHANGE_READ_STATUS: TypedOperation<ReadStatusChange, InboxReadStatus> = TypedOperation::new(
    "smartlead_master_inbox_change_read_status", Patch, "/master-inbox/change-read-status", Effect::Write { idempotent: true }, Listing::Single,
    "Mark a conversation read or unread.",
)
.documented("https://api.smartlead.ai/api-reference/inbox/mark-read");
pub const SMARTLEAD_MASTER_INBOX_UPDATE_CATEGORY: TypedOperation<InboxCategoryChange, Ack> = TypedOperation::new(
    "smartlead_master_inbox_update_category", Patch, "/master-inbox/update-category", Effect::Write { idempotent: true }, Listing::Single,
    "Set a conversation's lead category (ids from list_all_smartlead_lead_category).",
)
.documented("https://api.smartlead.ai/api-reference/inbox/update-category");
pub const SMARTLEAD_MASTER_INBOX_UPDATE_REVENUE: TypedOperation<RevenueChange, InboxRevenue> = TypedOperation::new(
    "smartlead_master_inbox_update_revenue", Patch, "/master-inbox/update-revenue", Effect::Write { idempotent: true }, Listing::Single,
    "Record the revenue a conversation brought, in the account's currency.",
)
.documented("https://api.smartlead.ai/api-reference/inbox/update-revenue");
pub const SMARTLEAD_MASTER_INBOX_RESUME_LEAD: TypedOperation<InboxResumeRequest, InboxResume> = TypedOperation::new(
    "smartlead_master_inbox_resume_lead", Patch, "/master-inbox/resume-lead", Effect::Write { idempotent: true }, Listing::Single,
    "Resume a paused lead's sequence, after resume_delay_days days. Returns when it resumes.",
)
.documented("https://api.smartlead.ai/api-reference/inbox/resume-lead");
pub const SMARTLEAD_MASTER_INBOX_ASSIGN_TEAM_MEMBER: TypedOperation<TeamMemberAssignment, InboxAssignment> = TypedOperation::new(
    "smartlead_master_inbox_assign_team_member", Post, "/master-inbox/update-team-member", Effect::Write { idempotent: true }, Listing::Single,
    "Assign a conversation to a team member.",
)
.documented("https://api.smartlead.ai/api-reference/inbox/update-team-member");
pub const SMARTLEAD_MASTER_INBOX_CREATE_NOTE: TypedOperation<NewLeadNote, LeadNote> = TypedOperation::new(
    "smartlead_master_inbox_create_note", Post, "/master-inbox/create-note", Effect::Write { idempotent: false }, Listing::Single,
    "Add a note to a conversation's lead.",
)
.documented("https://api.smartlead.ai/api-reference/inbox/create-note");
pub const SMARTLEAD_MASTER_INBOX_CREATE_TASK: TypedOperation<NewLeadTask, LeadTask> = TypedOperation::new(
    "smartlead_master_inbox_create_task", Post, "/master-inbox/create-task", Effect::Write { idempotent: false }, Listing::Single,
    "Create a task on a conversation's lead: a name, and optionally a description, a priority (LOW, MEDIUM, HIGH) and a due date.",
)
.documented("https://api.smartlead.ai/api-reference/inbox/create-task");
pub const SMARTLEAD_MASTER_INBOX_SET_REMINDER: TypedOperation<NewReminder, LeadReminder> = TypedOperation::new(
    "smartlead_master_inbox_set_reminder", Post, "/master-inbox/set-reminder", Effect::Write { idempotent: false }, Listing::Single,
    "Set a reminder on a message of a conversation (its email_stats_id) for a time (ISO 8601), with a message.",
)
.documented("https://api.smartlead.ai/api-reference/inbox/set-reminder");
pub const SMARTLEAD_MASTER_INBOX_PUSH_TO_SUBSEQUENCE: TypedOperation<SubsequenceEntry, SubsequencePush> = TypedOperation::new(
    "smartlead_master_inbox_push_to_subsequence", Post, "/master-inbox/push-to-subsequence", Effect::Write { idempotent: false }, Listing::Single,
    "Start a conversation's lead on a subsequence after sub_sequence_delay_time seconds, optionally stopping it when the lead replies to the parent campaign. The subsequence then emails the lead.",
)
.documented("https://api.smartlead.ai/api-reference/inbox/push-to-subsequence");
pub const SMARTLEAD_MASTER_INBOX_BLOCK_DOMAINS: TypedOperation<DomainBlock, BlockedDomains> = TypedOperation::new(
    "smartlead_master_inbox_block_domains", Post, "/master-inbox/block-domains", Effect::Destructive { idempotent: true }, Listing::Single,
    "Block whole email domains account-wide: no campaign emails anyone at them again.",
)
.documented("https://api.smartlead.ai/api-reference/inbox/block-domains");

/// Which conversations a view lists, and in what order.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct InboxView {
    pub filters: Option<InboxFilters>,
    /// REPLY_TIME_DESC (default) or SENT_TIME_DESC; scheduled emails sort by
    /// SCHEDULED_TIME_ASC or SCHEDULED_TIME_DESC.
    #[serde(rename = "sortBy")]
    pub sort_by: Option<String>,
    /// Include each conversation's messages.
    pub fetch_message_history: Option<bool>,
}
impl Args for InboxView {
    fn validate(&self) -> Result<()> {
        sorted(&self.sort_by)?;
        self.filters.as_ref().map_or(Ok(()), InboxFilters::validate)
    }
}

/// Which conversations a view without message history lists (sent, reminders).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct InboxViewWithoutHistory {
    pub filters: Option<InboxFilters>,
    /// REPLY_TIME_DESC or SENT_TIME_DESC; reminders sort by REMINDER_TIME_ASC or
    /// REMINDER_TIME_DESC.
    #[serde(rename = "sortBy")]
    pub sort_by: Option<String>,
}
impl Args for InboxViewWithoutHistory {
    fn validate(&self) -> Result<()> {
        sorted(&self.sort_by)?;
        self.filters.as_ref().map_or(Ok(()), InboxFilters::validate)
    }
}

/// The master inbox's filters, all optional. Id filters take one id or several (one id
/// goes as a number, which every view takes).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct InboxFilters {
    /// Text to look for, at most 30 characters.
    pub search: Option<String>,
    #[serde(rename = "leadCategories")]
    pub lead_categories: Option<LeadCategoryFilter>,
    /// Opened, Clicked, Replied, Unsubscribed, Bounced, Accepted or Not Replied.
    #[serde(rename = "emailStatus", default, deserialize_with = "lenient::opt_text_list", serialize_with = "one_or_many")]
    pub email_status: Option<Vec<String>>,
    #[serde(rename = "campaignId", default, deserialize_with = "lenient::opt_num_list", serialize_with = "one_or_many")]
    pub campaign_id: Option<Vec<u64>>,
    #[serde(rename = "emailAccountId", default, deserialize_with = "lenient::opt_num_list", serialize_with = "one_or_many")]
    pub email_account_id: Option<Vec<u64>>,
    #[serde(rename = "campaignTeamMemberId", default, deserialize_with = "lenient::opt_num_list", serialize_with = "one_or_many")]
    pub campaign_team_member_id: Option<Vec<u64>>,
    #[serde(rename = "campaignTagId", default, deserialize_with = "lenient::opt_num_list", serialize_with = "one_or_many")]
    pub campaign_tag_id: Option<Vec<u64>>,
    #[serde(rename = "campaignClientId", default, deserialize_with = "lenient::opt_num_list", serialize_with = "one_or_many")]
    pub campaign_client_id: Option<Vec<u64>>,
    /// Only replies received between these two times (ISO 8601), e.g.
    /// ["2025-01-01T00:00:00Z", "2025-01-31T23:59:59Z"].
    #[serde(rename = "replyTimeBetween")]
    pub reply_time_between: Option<Vec<String>>,
    /// The custom view only: conversations of this subsequence.
    #[serde(rename = "subSequenceId")]
    pub sub_sequence_id: Option<u64>,
}

impl InboxFilters {
    fn validate(&self) -> Result<()> {
        if let Some(search) = &self.search
            && search.chars().count() > 30
        {
            return Err(Error::invalid("filters.search", format!("has {} characters; Smartlead takes at most 30", search.chars().count())));
        }
        for status in self.email_status.iter().flatten() {
            check::one_of("filters.emailStatus", status, &["Opened", "Clicked", "Replied", "Unsubscribed", "Bounced", "Accepted", "Not Replied"])?;
        }
        if let Some(between) = &self.reply_time_between
            && between.len() != 2
        {
            return Err(Error::invalid("filters.replyTimeBetween", format!("lists {} times; give two, a start and an end", between.len())));
        }
        if let Some(c) = &self.lead_categories {
            for (field, ids) in [("categoryIdsIn", &c.category_ids_in), ("categoryIdsNotIn", &c.category_ids_not_in)] {
                if ids.as_ref().is_some_and(|ids| ids.len() > 10) {
                    return Err(Error::invalid(&format!("filters.leadCategories.{field}"), "lists more than 10 categories; Smartlead takes at most 10"));
                }
            }
        }
        Ok(())
    }
}

/// Conversations by lead category.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct LeadCategoryFilter {
    /// Only conversations without a category.
    pub unassigned: Option<bool>,
    /// Only conversations assigned to a team member.
    #[serde(rename = "isAssigned")]
    pub is_assigned: Option<bool>,
    /// Only these categories, at most 10.
    #[serde(rename = "categoryIdsIn")]
    pub category_ids_in: Option<Vec<u64>>,
    /// Not these categories, at most 10.
    #[serde(rename = "categoryIdsNotIn")]
    pub category_ids_not_in: Option<Vec<u64>>,
}

/// One id as a number, several as an array: every view takes the first, some only it.
fn one_or_many<T: Serialize, S: Serializer>(value: &Option<Vec<T>>, s: S) -> std::result::Result<S::Ok, S::Error> {
    match value.as_deref() {
        Some([one]) => one.serialize(s),
        other => other.serialize(s),
    }
}

fn sorted(sort_by: &Option<String>) -> Result<()> {
    let allowed = ["REPLY_TIME_DESC", "SENT_TIME_DESC", "SCHEDULED_TIME_ASC", "SCHEDULED_TIME_DESC", "REMINDER_TIME_ASC", "REMINDER_TIME_DESC"];
    sort_by.as_deref().map_or(Ok(()), |s| check::one_of("sortBy", s, &allowed))
}

/// A conversation, by its campaign_lead_map_id.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct InboxItemRef {
    /// The conversation's campaign_lead_map_id.
    pub id: u64,
}
impl Args for InboxItemRef {}

/// Which untracked replies to list.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct UntrackedFilter {
    /// Include each reply's body.
    #[serde(rename = "fetchBody")]
    pub fetch_body: Option<bool>,
    /// Include each reply's attachments.
    #[serde(rename = "fetchAttachments")]
    pub fetch_attachments: Option<bool>,
    pub from_email: Option<String>,
    pub to_email: Option<String>,
    /// Part of the subject.
    pub subject_line: Option<String>,
}
impl Args for UntrackedFilter {}

/// A reply sent from the inbox, by its Message-ID.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ReplyStatusQuery {
    /// The Message-ID with its angle brackets, e.g. <abc@mail.example.com>.
    pub message_id: String,
}
impl Args for ReplyStatusQuery {
    fn validate(&self) -> Result<()> {
        match self.message_id.trim().is_empty() {
            true => Err(Error::invalid("message_id", "is empty; give the reply's Message-ID")),
            false => Ok(()),
        }
    }
}

/// A conversation to mark read or unread.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ReadStatusChange {
    /// The conversation's campaign_lead_map_id.
    pub email_lead_map_id: u64,
    /// true marks it read.
    pub read_status: bool,
}
impl Args for ReadStatusChange {}

/// A conversation's new lead category.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct InboxCategoryChange {
    pub email_lead_map_id: u64,
    pub category_id: u64,
}
impl Args for InboxCategoryChange {}

/// The revenue a conversation brought.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RevenueChange {
    pub email_lead_map_id: u64,
    /// Zero or more, in the account's currency.
    pub revenue: f64,
}
impl Args for RevenueChange {
    fn validate(&self) -> Result<()> {
        match self.revenue.is_finite() && self.revenue >= 0.0 {
            true => Ok(()),
            false => Err(Error::invalid("revenue", format!("is {}; give zero or more", self.revenue))),
        }
    }
}

/// A paused lead to resume.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct InboxResumeRequest {
    pub campaign_id: u64,
    pub email_lead_map_id: u64,
    /// Days to wait before resuming, 0 for now.
    pub resume_delay_days: Option<u32>,
}
impl Args for InboxResumeRequest {}

/// A conversation to assign.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct TeamMemberAssignment {
    pub email_lead_map_id: u64,
    pub team_member_id: u64,
}
impl Args for TeamMemberAssignment {}

/// A note on a conversation's lead.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct NewLeadNote {
    pub email_lead_map_id: u64,
    pub note_message: String,
}
impl Args for NewLeadNote {
    fn validate(&self) -> Result<()> {
        filled("note_message", &self.note_message)
    }
}

/// A task on a conversation's lead.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct NewLeadTask {
    pub email_lead_map_id: u64,
    pub name: String,
    pub description: Option<String>,
    /// LOW, MEDIUM (Smartlead's default) or HIGH.
    pub priority: Option<String>,
    /// When it is due (ISO 8601).
    pub due_date: Option<String>,
}
impl Args for NewLeadTask {
    fn validate(&self) -> Result<()> {
        filled("name", &self.name)?;
        self.priority.as_deref().map_or(Ok(()), |p| check::one_of("priority", p, &["LOW", "MEDIUM", "HIGH"]))
    }
}

/// A reminder on one message of a conversation.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct NewReminder {
    pub email_lead_map_id: u64,
    /// The message's email_stats_id (text).
    pub email_stats_id: String,
    pub message: String,
    /// When to remind (ISO 8601).
    pub reminder_time: String,
}
impl Args for NewReminder {
    fn validate(&self) -> Result<()> {
        filled("email_stats_id", &self.email_stats_id)?;
        filled("message", &self.message)?;
        filled("reminder_time", &self.reminder_time)
    }
}

/// A lead to start on a subsequence.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SubsequenceEntry {
    pub email_lead_map_id: u64,
    pub sub_sequence_id: u64,
    /// Seconds to wait before the first step (Smartlead's default 0).
    pub sub_sequence_delay_time: Option<u64>,
    /// Stop the subsequence when the lead replies to the parent campaign.
    pub stop_lead_on_parent_campaign_reply: Option<bool>,
}
impl Args for SubsequenceEntry {}

/// Domains to block.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct DomainBlock {
    /// At least one domain, e.g. "competitor.com".
    pub domains: Vec<String>,
    /// Why: manual (Smartlead's default), bounce, complaint or invalid.
    pub source: Option<String>,
}
impl Args for DomainBlock {
    fn validate(&self) -> Result<()> {
        check::not_empty("domains", &self.domains)?;
        for (i, domain) in self.domains.iter().enumerate() {
            let d = domain.trim();
            if d.is_empty() || !d.contains('.') || d.contains('@') || d.contains(char::is_whitespace) || d.contains('/') {
                return Err(Error::invalid(&format!("domains[{i}]"), format!("{domain:?} is not a domain like example.com")));
            }
        }
        self.source.as_deref().map_or(Ok(()), |s| check::one_of("source", s, &["manual", "bounce", "complaint", "invalid"]))
    }
}

fn filled(field: &str, value: &str) -> Result<()> {
    match value.trim().is_empty() {
        true => Err(Error::invalid(field, "is empty")),
        false => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn one_id_goes_as_a_number_several_as_a_list_and_the_history_flag_in_the_query() {
        let view: InboxView =
            serde_json::from_value(json!({"filters": {"campaignId": [7], "emailAccountId": [1, 2], "emailStatus": "Replied"}, "fetch_message_history": true})).unwrap();
        let op = &LIST_ALL_SMARTLEAD_MASTER_INBOX_REPLIES;
        let request = op.row.request(&op.arguments(view).unwrap()).unwrap();
        assert_eq!(request.body, Some(json!({"filters": {"campaignId": 7, "emailAccountId": [1, 2], "emailStatus": "Replied"}})));
        assert_eq!(request.query, vec![("fetch_message_history".to_string(), "true".to_string())]);
    }

    #[test]
    fn bad_filters_are_refused_naming_the_field() {
        let refused = |filters: serde_json::Value| {
            let view: InboxView = serde_json::from_value(json!({"filters": filters})).unwrap();
            LIST_ALL_SMARTLEAD_MASTER_INBOX_REPLIES.arguments(view).unwrap_err().message().to_string()
        };
        assert!(refused(json!({"search": "x".repeat(31)})).contains("filters.search"));
        assert!(refused(json!({"emailStatus": ["Replied", "Read"]})).contains("\"Read\""));
        assert!(refused(json!({"replyTimeBetween": ["2025-01-01T00:00:00Z"]})).contains("two"));
    }
}
