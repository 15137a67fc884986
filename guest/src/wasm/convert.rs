//! WIT records ⇄ the crate's Rust types: one lossless conversion per pair, written
//! field by field so a field missing on either side does not compile.

use super::bindings::exports::smartlead::connector::{
    agency_clients, analytics as an, bulk as bk, campaign_leads, campaigns, crm, email_accounts, events as ev, lead_lists, leads, master_inbox as mi, smart_delivery as sd, smart_prospect as sp, smart_senders as ss, types as w, unified as un, utilities,
    webhooks,
};
use crate::surfaces::bulk::{mapping, plan, report};
use crate::catalog::{self, model};
use crate::surfaces::events;
use crate::core::error::Error;
use crate::surfaces::unified::model as um;
use std::collections::BTreeMap;

/// A lossless conversion between a WIT type and its Rust twin.
pub(super) trait Convert<T> {
    fn convert(self) -> T;
}

macro_rules! identity {
    ($($t:ty),*) => {$( impl Convert<$t> for $t { fn convert(self) -> $t { self } } )*};
}
identity!((), u8, u16, u32, u64, f64, bool, String, catalog::NoArgs, catalog::smart_delivery::JsonObject);

/// JSON given as text: read as JSON when it parses, else kept as a string.
impl Convert<serde_json::Value> for String {
    fn convert(self) -> serde_json::Value {
        serde_json::from_str(&self).unwrap_or(serde_json::Value::String(self))
    }
}

/// Smartlead's raw records cross the boundary as JSON text.
impl Convert<String> for serde_json::Value {
    fn convert(self) -> String {
        self.to_string()
    }
}

impl<A: Convert<B>, B> Convert<Vec<B>> for Vec<A> {
    fn convert(self) -> Vec<B> {
        self.into_iter().map(Convert::convert).collect()
    }
}

impl<A: Convert<B>, B> Convert<Option<B>> for Option<A> {
    fn convert(self) -> Option<B> {
        self.map(Convert::convert)
    }
}

/// A map of text, or of JSON values (fields a record does not model) as JSON text.
impl<V: Convert<String>> Convert<Vec<(String, String)>> for BTreeMap<String, V> {
    fn convert(self) -> Vec<(String, String)> {
        self.into_iter().map(|(k, v)| (k, v.convert())).collect()
    }
}

impl<V> Convert<BTreeMap<String, V>> for Vec<(String, V)> {
    fn convert(self) -> BTreeMap<String, V> {
        self.into_iter().collect()
    }
}

/// Mailboxes to generate, as Smartlead's map of domain to count.
impl Convert<catalog::smart_senders::MailboxGeneration> for ss::MailboxGeneration {
    fn convert(self) -> catalog::smart_senders::MailboxGeneration {
        let domains = self.domains.into_iter().map(|d| (d.domain, catalog::smart_senders::MailboxCount { count: d.count })).collect();
        catalog::smart_senders::MailboxGeneration { vendor_id: self.vendor_id, domains }
    }
}

/// Headers by name: text as it is, anything else as JSON text.
impl Convert<Vec<(String, String)>> for model::ReplyHeaders {
    fn convert(self) -> Vec<(String, String)> {
        self.0.into_iter().map(|(name, value)| (name, value.as_str().map_or_else(|| value.to_string(), str::to_string))).collect()
    }
}

/// Flags by name (a webhook's events and categories).
impl Convert<Vec<(String, bool)>> for BTreeMap<String, bool> {
    fn convert(self) -> Vec<(String, bool)> {
        self.into_iter().collect()
    }
}

/// Field-by-field conversion; destructuring `$from` makes the compiler reject a
/// field that is missing on either side.
macro_rules! records {
    ($($from:path => $to:path { $($field:ident),* $(,)? })*) => {$(
        impl Convert<$to> for $from {
            fn convert(self) -> $to {
                let $from { $($field),* } = self;
                $to { $($field: $field.convert()),* }
            }
        }
    )*};
}

macro_rules! pages {
    ($($item:ty => $page:path),* $(,)?) => {$(
        impl Convert<$page> for model::Page<$item> {
            fn convert(self) -> $page {
                $page { result: self.result.convert(), next_cursor: self.next_cursor, result_count: self.result_count, total: self.total }
            }
        }
    )*};
}

impl Convert<w::Error> for Error {
    fn convert(self) -> w::Error {
        let remote = |r: crate::core::error::RemoteError| w::RemoteError { status: r.status, message: r.message };
        match self {
            Error::InvalidInput(m) => w::Error::InvalidInput(m),
            Error::Unauthorized(r) => w::Error::Unauthorized(remote(r)),
            Error::NotFound(r) => w::Error::NotFound(remote(r)),
            Error::RateLimited { retry_after_ms, message } => w::Error::RateLimited(w::RateLimit { retry_after_ms, message }),
            Error::Remote(r) => w::Error::Remote(remote(r)),
            Error::Transport(m) => w::Error::Transport(m),
            Error::Decode(m) => w::Error::Decode(m),
        }
    }
}

impl Convert<Error> for w::Error {
    fn convert(self) -> Error {
        let remote = |r: w::RemoteError| crate::core::error::RemoteError { status: r.status, message: r.message };
        match self {
            w::Error::InvalidInput(m) => Error::InvalidInput(m),
            w::Error::Unauthorized(r) => Error::Unauthorized(remote(r)),
            w::Error::NotFound(r) => Error::NotFound(remote(r)),
            w::Error::RateLimited(r) => Error::RateLimited { retry_after_ms: r.retry_after_ms, message: r.message },
            w::Error::Remote(r) => Error::Remote(remote(r)),
            w::Error::Transport(m) => Error::Transport(m),
            w::Error::Decode(m) => Error::Decode(m),
        }
    }
}

impl Convert<catalog::campaigns::CampaignCommand> for campaigns::CampaignCommand {
    fn convert(self) -> catalog::campaigns::CampaignCommand {
        match self {
            campaigns::CampaignCommand::Start => catalog::campaigns::CampaignCommand::Start,
            campaigns::CampaignCommand::Paused => catalog::campaigns::CampaignCommand::Paused,
            campaigns::CampaignCommand::Stopped => catalog::campaigns::CampaignCommand::Stopped,
        }
    }
}

/// Variant-by-variant conversion, both ways.
macro_rules! enums {
    ($($a:path => $b:path { $($case:ident),* $(,)? })*) => {$(
        impl Convert<$b> for $a {
            fn convert(self) -> $b {
                match self { $(<$a>::$case => <$b>::$case),* }
            }
        }
        impl Convert<$a> for $b {
            fn convert(self) -> $a {
                match self { $(<$b>::$case => <$a>::$case),* }
            }
        }
    )*};
}

enums! {
    events::EventKind => ev::EventKind {
        EmailSent, FirstEmailSent, EmailOpen, EmailLinkClick, EmailReply, EmailBounce, LeadUnsubscribed,
        LeadCategoryUpdated, CampaignStatusChanged, UntrackedReplies, ManualStepReached,
        EmailAccountDisconnected, LinkedinDisconnected, Unknown,
    }
    un::CampaignStatus => um::CampaignStatus { Draft, Active, Paused, Stopped, Completed, Archived }
    un::ContactStatus => um::ContactStatus { Subscribed, Unsubscribed }
}

pages!(
    um::Campaign => un::CampaignPage,
    um::Contact => un::ContactPage,
    model::Campaign => campaigns::CampaignPage,
    model::Sequence => campaigns::SequencePage,
    model::CampaignStatistic => campaigns::CampaignStatisticPage,
    model::EmailAccount => email_accounts::EmailAccountPage,
    model::Lead => leads::LeadPage,
    model::CampaignLead => campaign_leads::CampaignLeadPage,
    model::LeadCampaign => leads::LeadCampaignPage,
    model::LeadCategory => leads::LeadCategoryPage,
    model::Message => campaign_leads::MessagePage,
    model::Webhook => webhooks::WebhookPage,
    model::AgencyClient => agency_clients::AgencyClientPage,
    model::LeadList => lead_lists::LeadListPage,
    model::InboxItem => mi::InboxPage,
    model::UntrackedReply => mi::UntrackedReplyPage,
    model::LeadNote => crm::LeadNotePage,
    model::LeadTask => crm::LeadTaskPage,
    model::LeadTag => crm::LeadTagPage,
    model::BlockListEntry => leads::BlockListPage,
    model::ClientApiKey => agency_clients::ClientApiKeyPage,
    model::AccountTags => email_accounts::AccountTagsPage,
    model::LeadActivity => campaigns::LeadActivityPage,
    model::DeliveryFolder => sd::DeliveryFolderPage,
    model::SpamTestSummary => sd::SpamTestSummaryPage,
    model::MailboxPlacement => sd::MailboxPlacementPage,
    model::SenderCheck => sd::SenderCheckPage,
    model::IpReport => sd::IpReportPage,
    model::TestRun => sd::TestRunPage,
    model::SenderReport => sd::SenderReportPage,
    model::TestSender => sd::TestSenderPage,
    model::SpamFilterReport => sd::SpamFilterReportPage,
    model::ProspectOption => sp::ProspectOptionPage,
    model::ProspectSearch => sp::ProspectSearchPage,
    serde_json::Value => w::JsonPage,
    model::AnalyticsEntry => an::AnalyticsEntryPage,
    model::MonthlyCount => an::MonthlyCountPage,
    model::DayStats => an::DayStatsPage,
    model::CampaignPerformance => an::CampaignPerformancePage,
    model::ClientPerformance => an::ClientPerformancePage,
    model::MailboxHealth => an::MailboxHealthPage,
    model::TeamMemberStats => an::TeamMemberStatsPage,
    model::CategoryResponse => an::CategoryResponsePage,
    model::ReplyTimeBucket => an::ReplyTimeBucketPage,
    model::CampaignResponses => an::CampaignResponsesPage,
    model::StatusCount => an::StatusCountPage,
);

// Results: Rust → WIT.
records! {
    model::BlacklistReport => sd::BlacklistReport { total_blacklist, hits }
    model::BlacklistHit => sd::BlacklistHit { reply_id, from_email, to_email, domain, blacklist_type_value, total_blacklist, rdns, ip, details }
    model::SenderCheck => sd::SenderCheck { from_email, seed_accounts }
    model::SeedCheck => sd::SeedCheck { id, email, esp, verified, domain_blacklisted }
    model::TestEmailContent => sd::TestEmailContent { spam_test, subject, text, html, raw_email_content }
    model::PlacementBreakdown => sd::PlacementBreakdown { overall_total_count, status, result }
    model::PlacementRate => sd::PlacementRate { region, provider, inbox_rate, spam_rate, bounce_rate, mailbox_count, avg_delivery_time_seconds }
    model::IpReport => sd::IpReport { ip, blacklisted, summary, whois_data, created_at }
    model::Whois => sd::Whois { isp, location, reverse_dns, organization }
    model::TestRun => sd::TestRun { spam_test_id, test_run_no, status, inbox_count, tab_count, spam_count, reply_hour_interval_start, reply_hour_interval_end, adjusted_total_email_count }
    model::SenderReport => sd::SenderReport { email, details }
    model::SenderDetails => sd::SenderDetails { sender_name, tests_count, avg_inbox_rate, avg_spam_rate, avg_bounce_rate, reputation_score, last_test_date }
    model::TestSender => sd::TestSender { id, spam_test_id, from_email, client_id, user_id, created_at, updated_at }
    model::SpamFilterReport => sd::SpamFilterReport { from_email, spam_filter_details }
    model::SpamFilterHit => sd::SpamFilterHit { filter, triggered_count, trigger_percentage, reasons }
    model::SeedProviders => sd::SeedProviders { regions }
    model::ProviderRegion => sd::ProviderRegion { region_id, region_name, groups }
    model::ProviderGroup => sd::ProviderGroup { group_id, group_name, provider_count }
    model::ProspectOption => sp::ProspectOption { id, name, industry_id, sub_industries }
    model::ProspectContact => sp::ProspectContact { id, first_name, last_name, full_name, title, company, department, level, industry, sub_industry, company_head_count, company_revenue, country, state, city, address, linkedin, email, email_deliverability, verification_status, status }
    model::ProspectCompany => sp::ProspectCompany { name, website }
    model::ContactSearch => sp::ContactSearch { contacts, total_count, filter_id, scroll_id }
    model::FetchedContacts => sp::FetchedContacts { contacts, total_count, visual_limit, visual_offset, metrics }
    model::FetchMetrics => sp::FetchMetrics { total_contacts, total_emails, no_email_found, invalid_emails, catch_all_emails, verified_emails, completed }
    model::ContactPage => sp::ContactPage { contacts, total, has_more }
    model::FoundEmails => sp::FoundEmails { emails }
    model::FoundEmail => sp::FoundEmail { first_name, last_name, company_domain, email, status, verification_status }
    model::ReviewedContacts => sp::ReviewedContacts { filter_id, records_updated, fetch_details }
    model::FetchDetails => sp::FetchDetails { metrics, leads_found, email_fetched, catch_all_status_list, verification_status_list }
    model::ProspectSearch => sp::ProspectSearch { id, search_string, filter_details, kind, include_owned, is_saved, is_fetched, fetch_details, created_at, updated_at }
    model::ProspectUsage => sp::ProspectUsage { leads_found, emails_fetched, available_credits, leads_found_today, filter_data, max_daily_fetch_limit, max_single_fetch_limit }
    model::UsageTrend => sp::UsageTrend { current, previous_month, percentage_change, trend, total }
    model::Credits => sp::Credits { available, used, total }
    model::FilterUsage => sp::FilterUsage { leads_found, emails_fetched }
    model::ProspectReplies => sp::ProspectReplies { current_month, previous_month, percentage_change, trend }
    model::DeliveryFolder => sd::DeliveryFolder { id, name, user_id, client_id, created_at, updated_at }
    model::SpamTest => sd::SpamTest { id, test_name, description, test_type, status, folder_id, campaign_id, sequence_mapping_id, provider_id, spam_filters, link_checker, is_warmup, test_with_sl_account, all_email_sent_without_time_gap, min_time_btwn_emails, min_time_unit, schedule_start_time, test_end_date, every_days, scheduler_cron_value, client_id, user_id, created_at, updated_at }
    model::SpamTestSummary => sd::SpamTestSummary { spam_test_id, test_name, test_type, status, schedule_start_time, test_end_date, every_days, current_test_run_no }
    model::PlacementCount => sd::PlacementCount { inbox_count, spam_count, tab_count, failed_count, total_email_count }
    model::MailboxPlacement => sd::MailboxPlacement { id, from_email, esp, total_email_count, inbox_count, tab_count, spam_count, failed_count, placement_score }
    model::JsonRows => ss::JsonRows { rows }
    model::AdminOtp => ss::AdminOtp { otp, expires_in }
    model::OrderedMailbox => ss::OrderedMailbox { email, password }
    model::SenderOrder => ss::SenderOrder { order_id, status, domain, email_accounts, created_at, expires_at }
    model::ForwardedEmail => campaigns::ForwardedEmail { message_id, status }
    model::LeadActivity => campaigns::LeadActivity {
        lead_id, email_lead_map_id, campaign_id, campaign_name, campaign_status, status, current_seq_num, created_at, activities, lead_email, activity_type, event_time,
    }
    model::TopLevelAnalytics => campaigns::TopLevelAnalytics {
        total_sent, total_delivered, open_rate, reply_rate, sent_count, open_count, click_count, reply_count, bounce_count, unsubscribed_count, start_date, end_date,
    }
    model::SentEmail => utilities::SentEmail { message, message_id }
    model::OAuthAccountSaved => email_accounts::OauthAccountSaved { id, from_email, account_type, is_smtp_success, is_imap_success }
    model::Suspension => email_accounts::Suspension { account_id, is_suspended }
    model::AccountTag => email_accounts::AccountTag { id, name, color }
    model::AccountTags => email_accounts::AccountTags { email_account_id, from_email, tags }
    model::OverallStats => an::OverallStats { sent, opened, replied, bounced, unique_lead_count, unique_open_count, positive_replied, open_rate, reply_rate, positive_reply_rate, bounce_rate }
    model::AnalyticsEntry => an::AnalyticsEntry { id, name }
    model::MonthlyCount => an::MonthlyCount { month, count }
    model::DayStats => an::DayStats { date, sent, opened, replied, bounced, positive_replied, extra }
    model::CampaignPerformance => an::CampaignPerformance { id, campaign_name, sent, opened, replied, bounced, positive_replied, unique_lead_count, unique_open_count, open_rate, reply_rate, bounce_rate, positive_reply_rate }
    model::ClientPerformance => an::ClientPerformance { client_id, client_name, total_campaigns_count, campaign_stats }
    model::MailboxHealth => an::MailboxHealth { email_account, domain, sent, opened, replied, bounced }
    model::MailboxOverview => an::MailboxOverview { total_connected, in_use, disconnected, enabled_without_warmup }
    model::ProviderPerformance => an::ProviderPerformance { overall, tag_wise }
    model::TeamMemberStats => an::TeamMemberStats { id, name, profile_pic_url, lead_count, campaign_count, reply_count, positive_reply_count, reply_rate, positive_reply_rate, average_reply_time, unique_open_count }
    model::LeadCounts => an::LeadCounts { total, new, follow_up }
    model::LeadShares => an::LeadShares { new, follow_up }
    model::LeadStats => an::LeadStats { count, percentage }
    model::CategoryResponse => an::CategoryResponse { category, total_response, percentage }
    model::FirstReplyLeads => an::FirstReplyLeads { leads_take_for_first_reply }
    model::FollowUpReplyRate => an::FollowUpReplyRate { followup_reply_rate }
    model::ReplyTimeBucket => an::ReplyTimeBucket { time_range, count }
    model::CampaignResponses => an::CampaignResponses { campaign_id, campaign_name, positive_reply, neutral_reply, negative_reply }
    model::StatusCount => an::StatusCount { status, count }
    model::Ack => w::Ack { ok, message }
    model::Created => w::Created { id, name, created_at, message }
    model::CampaignSchedule => campaigns::CampaignSchedule { tz, days, start_hour, end_hour }
    model::CampaignTag => campaigns::CampaignTag { tag_id, tag_name, tag_color }
    model::Campaign => campaigns::Campaign {
        id, user_id, name, status, created_at, updated_at, track_settings, scheduler_cron_value,
        min_time_btwn_emails, max_leads_per_day, stop_lead_settings, schedule_start_time,
        enable_ai_esp_matching, send_as_plain_text, follow_up_percentage, unsubscribe_text,
        parent_campaign_id, client_id, tags, extra,
    }
    model::CampaignLeadStats => campaigns::CampaignLeadStats {
        total, not_started, inprogress, completed, blocked, paused, stopped, interested,
    }
    model::CampaignAnalytics => campaigns::CampaignAnalytics {
        id, name, status, created_at, sent_count, unique_sent_count, open_count, unique_open_count,
        click_count, unique_click_count, reply_count, block_count, total_count, drafted_count,
        bounce_count, unsubscribed_count, campaign_lead_stats, start_date, end_date, extra,
    }
    model::LeadsExport => campaigns::LeadsExport { csv, columns, row_count, rows }
    model::ExportedLead => campaigns::ExportedLead {
        id, campaign_lead_map_id, status, category, is_interested, created_at, first_name, last_name, email,
        phone_number, company_name, website, location, custom_fields, linkedin_profile, company_url,
        is_unsubscribed, unsubscribed_client_id_map, last_email_sequence_sent, open_count, click_count,
        reply_count, extra,
    }
    model::SequenceVariant => campaigns::SequenceVariant { id, variant_label, subject, email_body, is_deleted }
    model::Sequence => campaigns::Sequence {
        id, email_campaign_id, seq_number, subject, email_body, delay_in_days, sequence_variants,
        created_at, updated_at, extra,
    }
    model::SavedSequences => campaigns::SavedSequences { ok, steps }
    model::CampaignStatistic => campaigns::CampaignStatistic {
        lead_email, lead_name, lead_category, sequence_number, stats_id, email_campaign_seq_id,
        seq_variant_id, email_subject, sent_time, open_time, click_time, reply_time, open_count,
        click_count, is_unsubscribed, is_bounced, extra,
    }
    model::WarmupDetails => email_accounts::WarmupDetails {
        status, total_sent_count, total_spam_count, warmup_reputation, reply_rate, is_warmup_blocked,
        blocked_reason,
    }
    model::EmailAccount => email_accounts::EmailAccount {
        id, from_name, from_email, username, account_type, smtp_host, smtp_port, imap_host, imap_port,
        message_per_day, daily_sent_count, is_smtp_success, is_imap_success, smtp_failure_error,
        imap_failure_error, signature, custom_tracking_domain, bcc_email, client_id, campaign_count,
        created_at, updated_at, warmup_details, extra,
    }
    model::WarmupDay => email_accounts::WarmupDay { date, sent_count, reply_count, save_from_spam_count, extra }
    model::WarmupStats => email_accounts::WarmupStats {
        id, sent_count, spam_count, inbox_count, warmup_email_received_count, stats_by_date,
    }
    model::LeadCampaignData => leads::LeadCampaignData {
        campaign_id, campaign_lead_map_id, campaign_name, client_id, lead_category_id,
    }
    model::Lead => leads::Lead {
        id, email, first_name, last_name, phone_number, company_name, website, location,
        linkedin_profile, company_url, custom_fields, is_unsubscribed, created_at, lead_campaign_data, extra,
    }
    model::CampaignLead => campaign_leads::CampaignLead { campaign_lead_map_id, lead_category_id, status, created_at, lead, extra }
    model::AddLeadsResult => campaign_leads::AddLeadsResult {
        total_leads, upload_count, already_added_to_campaign, skipped_count, duplicate_count,
        invalid_email_count, invalid_emails, block_count, bounce_count, unsubscribed_leads,
        is_lead_limit_exhausted, lead_import_stopped_count,
    }
    model::LeadCampaign => leads::LeadCampaign { id, name, status }
    model::LeadCategory => leads::LeadCategory { id, name, sentiment_type, created_at, extra }
    model::Message => campaign_leads::Message {
        message_type, stats_id, message_id, from, to, time, subject, email_body, email_seq_number,
        open_count, click_count, cc,
    }
    model::Webhook => webhooks::Webhook {
        id, name, webhook_url, email_campaign_id, event_types, categories, created_at, updated_at, extra,
    }
    model::AgencyClient => agency_clients::AgencyClient { id, name, email, uuid, created_at, user_id, logo_url, permission, extra }
    model::LeadList => lead_lists::LeadList { id, name, lead_count, created_at, updated_at, extra }
    model::ListImportResult => lead_lists::ListImportResult { total_leads, imported, duplicates, blocked }
    model::ListMoveResult => lead_lists::ListMoveResult { total_leads_moved }
    model::ListPushResult => lead_lists::ListPushResult { total_leads, pushed, duplicates }
    model::InboxRef => mi::InboxRef { id, name, email }
    model::InboxLead => mi::InboxLead { email, first_name, last_name, company, phone, title }
    model::InboxMessage => mi::InboxMessage { id, subject, body, direction, sent_from, sent_to, sent_at, received_at, opened_at, replied_at }
    model::InboxItem => mi::InboxItem {
        id, campaign_lead_map_id, lead, campaign, email_account, last_message, email_status, category, assigned_to, subsequence,
        is_read, is_important, is_archived, importance_score, reply_age_hours, tags, snoozed_until, scheduled_time, reminder_time,
        reminder_message, is_overdue, message_history, extra,
    }
    model::UntrackedReply => mi::UntrackedReply { id, from_email, to_email, subject, received_at, has_attachments, body, extra }
    model::ReplyStatus => mi::ReplyStatus { message_id, status, status_message, event_time, scheduled_time, email_stats_id }
    model::InboxReadStatus => mi::InboxReadStatus { email_lead_map_id, is_read, updated_at }
    model::InboxRevenue => mi::InboxRevenue { email_lead_map_id, revenue, updated_at }
    model::InboxResume => mi::InboxResume { campaign_id, email_lead_map_id, resume_delay_days, will_resume_at }
    model::InboxAssignment => mi::InboxAssignment { email_lead_map_id, team_member_id, assigned_at }
    model::LeadNote => mi::LeadNote { id, email_lead_map_id, lead_id, created_by, note_message, created_at }
    model::LeadTag => crm::LeadTag { id, tag_mapping_id, name, color }
    model::ClientApiKey => agency_clients::ClientApiKey { id, client_id, key_name, api_key, status, created_at }
    model::WebhookSummary => webhooks::WebhookSummary { total_calls, successful_calls, failed_calls, success_rate }
    model::RetriggeredEvents => webhooks::RetriggeredEvents { retriggered_count }
    model::AccountWebhook => webhooks::AccountWebhook { id, email_campaign_id, name, webhook_url, event_type_map, category_id_map, created_at, updated_at }
    model::BlockListEntry => leads::BlockListEntry { id, email_or_domain, source, client_id, created_at }
    model::LeadTask => mi::LeadTask { id, email_lead_map_id, lead_id, status, name, description, priority, due_date, created_at }
    model::LeadReminder => mi::LeadReminder { id, email_lead_map_id, reminder_time, message }
    model::SubsequencePush => mi::SubsequencePush { email_lead_map_id, parent_campaign_id, sub_sequence_id, will_start_at, stop_on_parent_reply }
    model::BlockedDomains => mi::BlockedDomains { blocked_domains, source, blocked_at }
}

// Bulk import: plans and outcomes travel both ways (a host hands batches back).
macro_rules! both_ways {
    ($($a:path => $b:path { $($field:ident),* $(,)? })*) => {$(
        records! { $a => $b { $($field),* } }
        records! { $b => $a { $($field),* } }
    )*};
}
both_ways! {
    mapping::ColumnMapping => bk::ColumnMapping { column, target }
    plan::Rejected => bk::RejectedRow { row, email, reason }
    plan::Batch => bk::LeadBatch { index, rows, leads }
    plan::PlanSummary => bk::PlanSummary { mapping, rows, batches, leads, rejected }
    plan::ImportPlan => bk::ImportPlan { summary, batches }
    report::BatchOutcome => bk::BatchOutcome {
        index, sent, added, already_in_campaign, duplicates, invalid, blocked, unsubscribed, bounced,
        skipped, found_on_resume, lead_limit_exhausted, not_imported,
    }
}
records! {
    report::ImportReport => bk::ImportReport {
        rows, batches, batches_done, sent, added, already_in_campaign, duplicates, invalid, blocked,
        unsubscribed, bounced, skipped, found_on_resume, not_imported, rejected, stopped, unanswered_batches,
    }
    catalog::campaign_leads::LeadInput => campaign_leads::LeadInput {
        email, first_name, last_name, phone_number, company_name, website, location, linkedin_profile,
        company_url, custom_fields,
    }
}

impl Convert<plan::Format> for bk::InputFormat {
    fn convert(self) -> plan::Format {
        match self {
            bk::InputFormat::Csv => plan::Format::Csv,
            bk::InputFormat::Jsonl => plan::Format::Jsonl,
        }
    }
}

// Webhook events: Rust → WIT.
records! {
    events::Category => ev::Category { id, name }
    events::WebhookEvent => ev::WebhookEvent {
        id, kind, kind_name, verified, occurred_at, campaign_id, campaign_name, lead_id, lead_map_id,
        prospect_email, sender_email, subject, message_id, reply_message_id, reply_text, reply_html,
        clicked_link, category_before, category_after, sequence_number, email_account, raw,
    }
}

// The unified API, both ways.
records! {
    um::Campaign => un::Campaign { id, name, status, created_at, updated_at, emails_sent, unique_opens, remote_data }
    um::Phone => un::Phone { phone, kind }
    un::Phone => um::Phone { phone, kind }
    um::Address => un::Address { formatted }
    un::Address => um::Address { formatted }
    um::ContactList => un::ContactList { id, name }
    um::Contact => un::Contact {
        id, first_name, last_name, name, email, company, phones, addresses, lists, tags, status,
        created_at, updated_at, custom_fields, remote_data,
    }
    un::ContactInput => um::ContactInput { email, first_name, last_name, company, phones, addresses, custom_fields, status }
    un::CampaignPatch => um::CampaignPatch { name, status }
}

// Arguments: WIT → Rust.
records! {
    w::Config => crate::core::client::Options {
        api_key, base_url, smartdelivery_base_url, prospect_base_url, smart_senders_base_url, requests_per_minute, max_retries, timeout_ms,
        max_response_bytes, managed_by_host,
    }
    campaigns::CampaignFilter => catalog::campaigns::CampaignFilter { client_id, include_tags }
    campaigns::NewCampaign => catalog::campaigns::NewCampaign { name, client_id }
    campaigns::CampaignRef => catalog::campaigns::CampaignRef { campaign_id }
    campaigns::CampaignLookup => catalog::campaigns::CampaignLookup { campaign_id, include_tags }
    w::ByCampaign => catalog::ByCampaign { campaign_id }
    campaigns::SequencesUpdate => catalog::campaigns::SequencesUpdate { campaign_id, sequences }
    campaigns::TestEmail => catalog::campaigns::TestEmail { campaign_id, lead_id, sequence_number, selected_email_account_id, custom_email_address }
    campaigns::SequenceInput => catalog::campaigns::SequenceInput { id, seq_number, subject, email_body, seq_delay_details, seq_variants }
    campaigns::SequenceDelay => catalog::campaigns::SequenceDelay { delay_in_days }
    campaigns::VariantInput => catalog::campaigns::VariantInput { subject, email_body, variant_label, variant_distribution_percentage }
    campaigns::OutOfOfficeSettings => catalog::campaigns::OutOfOfficeSettings {
        ignore_ooo_as_reply, auto_reactivate_ooo, reactivate_ooo_with_delay, auto_categorize_ooo,
    }
    campaigns::SettingsUpdate => catalog::campaigns::SettingsUpdate {
        campaign_id, name, track_settings, stop_lead_settings, unsubscribe_text, send_as_plain_text,
        force_plain_text, follow_up_percentage, client_id, enable_ai_esp_matching, add_unsubscribe_tag,
        auto_pause_domain_leads_on_reply, ignore_ss_mailbox_sending_limit, bounce_autopause_threshold,
        domain_level_rate_limit, out_of_office_detection_settings, ai_categorisation_options,
    }
    campaigns::StatusChange => catalog::campaigns::StatusChange { campaign_id, status }
    campaigns::ScheduleUpdate => catalog::campaigns::ScheduleUpdate {
        campaign_id, timezone, days_of_the_week, start_hour, end_hour, min_time_btw_emails,
        max_new_leads_per_day, schedule_start_time,
    }
    campaigns::DateRange => catalog::campaigns::DateRange { campaign_id, start_date, end_date, time_zone }
    campaigns::StatisticsFilter => catalog::campaigns::StatisticsFilter {
        campaign_id, email_sequence_number, email_status, sent_time_start_date, sent_time_end_date,
    }
    email_accounts::EmailAccountFilter => catalog::email_accounts::EmailAccountFilter { username, client_id, email_warmup_status, esp, is_in_use }
    email_accounts::NewEmailAccount => catalog::email_accounts::NewEmailAccount {
        from_name, from_email, user_name, password, smtp_host, smtp_port, imap_host, imap_port,
        max_email_per_day, custom_tracking_url, bcc, signature, warmup_enabled, total_warmup_per_day,
        daily_rampup, reply_rate_percentage, client_id, imap_user_name, imap_password,
        different_reply_to_address,
    }
    email_accounts::EmailAccountRef => catalog::email_accounts::EmailAccountRef { id }
    email_accounts::EmailAccountLookup => catalog::email_accounts::EmailAccountLookup { id, fetch_campaigns }
    email_accounts::EmailAccountUpdate => catalog::email_accounts::EmailAccountUpdate {
        id, max_email_per_day, from_name, custom_tracking_url, bcc, signature, client_id,
        time_to_wait_in_mins, is_suspended,
    }
    email_accounts::CampaignEmailAccounts => catalog::email_accounts::CampaignEmailAccounts { campaign_id, email_account_ids }
    email_accounts::WarmupSettings => catalog::email_accounts::WarmupSettings {
        id, warmup_enabled, total_warmup_per_day, daily_rampup, reply_rate_percentage, warmup_key_id,
        auto_adjust_warmup, is_rampup_enabled,
    }
    campaign_leads::CampaignLeadFilter => catalog::campaign_leads::CampaignLeadFilter {
        campaign_id, status, lead_category_id, email_status, created_at_gt, last_sent_time_gt, event_time_gt,
    }
    campaign_leads::LeadInput => catalog::campaign_leads::LeadInput {
        email, first_name, last_name, phone_number, company_name, website, location, linkedin_profile,
        company_url, custom_fields,
    }
    campaign_leads::ImportSettings => catalog::campaign_leads::ImportSettings {
        ignore_global_block_list, ignore_unsubscribe_list, ignore_duplicate_leads_in_other_campaign,
        ignore_community_bounce_list, return_lead_ids,
    }
    campaign_leads::NewLeads => catalog::campaign_leads::NewLeads { campaign_id, lead_list, settings }
    campaign_leads::CampaignLeadRef => catalog::campaign_leads::CampaignLeadRef { campaign_id, id }
    campaign_leads::ResumeLead => catalog::campaign_leads::ResumeLead { campaign_id, id, resume_lead_with_delay_days }
    campaign_leads::ReplyToLead => catalog::campaign_leads::ReplyToLead {
        campaign_id, email_stats_id, email_body, reply_message_id, reply_email_time, reply_email_body,
        cc, bcc, add_signature, to_email, to_first_name, to_last_name, scheduled_time,
    }
    campaign_leads::LeadUpdate => catalog::campaign_leads::LeadUpdate {
        campaign_id, id, email, first_name, last_name, phone_number, company_name, website, location,
        linkedin_profile, company_url, custom_fields,
    }
    campaign_leads::CategoryUpdate => catalog::campaign_leads::CategoryUpdate { campaign_id, id, category_id, pause_lead }
    campaign_leads::MessageHistoryFilter => catalog::campaign_leads::MessageHistoryFilter { campaign_id, id, event_time_gt, show_plain_text_response }
    leads::LeadLookup => catalog::leads::LeadLookup { email }
    leads::LeadRef => catalog::leads::LeadRef { id }
    leads::DomainBlockList => catalog::leads::DomainBlockList { domain_block_list, client_id }
    webhooks::NewWebhook => catalog::webhooks::NewWebhook { campaign_id, name, webhook_url, event_types, categories }
    webhooks::WebhookUpdate => catalog::webhooks::WebhookUpdate { campaign_id, id, name, webhook_url, event_types, categories }
    webhooks::WebhookRef => catalog::webhooks::WebhookRef { campaign_id, id }
    lead_lists::NewLeadList => catalog::lead_lists::NewLeadList { list_name }
    lead_lists::LeadListFilter => catalog::lead_lists::LeadListFilter { list_name, tag_ids }
    lead_lists::LeadListRef => catalog::lead_lists::LeadListRef { id }
    lead_lists::LeadListRename => catalog::lead_lists::LeadListRename { id, list_name }
    lead_lists::ListImport => catalog::lead_lists::ListImport { id, lead_list, file_name, csv_settings }
    lead_lists::ListLead => catalog::lead_lists::ListLead { email, first_name, last_name, company, custom_fields }
    lead_lists::ListImportSettings => catalog::lead_lists::ListImportSettings { ignore_global_block_list }
    lead_lists::ListMove => catalog::lead_lists::ListMove { action, lead_ids, from_list_id, to_list_id }
    lead_lists::ListSelection => catalog::lead_lists::ListSelection { list_id, lead_ids, all_leads }
    lead_lists::ListPush => catalog::lead_lists::ListPush { campaign_id, campaign_name, action, lead_list, csv_settings }
    lead_lists::ListTags => catalog::lead_lists::ListTags { list_ids, tag_ids, remove_tag_ids }
    mi::InboxView => catalog::master_inbox::InboxView { filters, sort_by, fetch_message_history }
    mi::InboxViewWithoutHistory => catalog::master_inbox::InboxViewWithoutHistory { filters, sort_by }
    mi::InboxFilters => catalog::master_inbox::InboxFilters {
        search, lead_categories, email_status, campaign_id, email_account_id, campaign_team_member_id, campaign_tag_id, campaign_client_id,
        reply_time_between, sub_sequence_id,
    }
    mi::LeadCategoryFilter => catalog::master_inbox::LeadCategoryFilter { unassigned, is_assigned, category_ids_in, category_ids_not_in }
    mi::InboxItemRef => catalog::master_inbox::InboxItemRef { id }
    mi::UntrackedFilter => catalog::master_inbox::UntrackedFilter { fetch_body, fetch_attachments, from_email, to_email, subject_line }
    mi::ReplyStatusQuery => catalog::master_inbox::ReplyStatusQuery { message_id }
    mi::ReadStatusChange => catalog::master_inbox::ReadStatusChange { email_lead_map_id, read_status }
    mi::InboxCategoryChange => catalog::master_inbox::InboxCategoryChange { email_lead_map_id, category_id }
    mi::RevenueChange => catalog::master_inbox::RevenueChange { email_lead_map_id, revenue }
    mi::InboxResumeRequest => catalog::master_inbox::InboxResumeRequest { campaign_id, email_lead_map_id, resume_delay_days }
    mi::TeamMemberAssignment => catalog::master_inbox::TeamMemberAssignment { email_lead_map_id, team_member_id }
    mi::NewLeadNote => catalog::master_inbox::NewLeadNote { email_lead_map_id, note_message }
    mi::NewLeadTask => catalog::master_inbox::NewLeadTask { email_lead_map_id, name, description, priority, due_date }
    mi::NewReminder => catalog::master_inbox::NewReminder { email_lead_map_id, email_stats_id, message, reminder_time }
    mi::SubsequenceEntry => catalog::master_inbox::SubsequenceEntry { email_lead_map_id, sub_sequence_id, sub_sequence_delay_time, stop_lead_on_parent_campaign_reply }
    mi::DomainBlock => catalog::master_inbox::DomainBlock { domains, source }
    crm::LeadTagFilter => catalog::crm::LeadTagFilter { lead_id }
    agency_clients::NewClientApiKey => catalog::agency_clients::NewClientApiKey { client_id, key_name }
    agency_clients::ClientApiKeyFilter => catalog::agency_clients::ClientApiKeyFilter { client_id, status, key_name }
    agency_clients::ClientApiKeyRef => catalog::agency_clients::ClientApiKeyRef { id }
    webhooks::WebhookWindow => catalog::webhooks::WebhookWindow { campaign_id, from_time, to_time }
    webhooks::NewAccountWebhook => catalog::webhooks::NewAccountWebhook {
        webhook_url, association_type, email_campaign_id, name, event_type_map, category_id_map, client_id, force_create,
    }
    webhooks::AccountWebhookRef => catalog::webhooks::AccountWebhookRef { id }
    webhooks::AccountWebhookUpdate => catalog::webhooks::AccountWebhookUpdate { id, name, webhook_url, event_types, categories }
    crm::LeadTagging => catalog::crm::LeadTagging { lead_id, tag_ids }
    crm::LeadTagRef => catalog::crm::LeadTagRef { tag_mapping_id }
    sd::NewDeliveryFolder => catalog::smart_delivery::NewDeliveryFolder { folder_name }
    sd::DeliveryFolderRef => catalog::smart_delivery::DeliveryFolderRef { folder_id }
    sd::SpamTestRef => catalog::smart_delivery::SpamTestRef { spam_test_id }
    sd::ReplyRef => catalog::smart_delivery::ReplyRef { spam_test_id, reply_id }
    sp::Lookup => catalog::smart_prospect::Lookup { search }
    sp::CityLookup => catalog::smart_prospect::CityLookup { search, state, country }
    sp::StateLookup => catalog::smart_prospect::StateLookup { search, country }
    sp::IndustryLookup => catalog::smart_prospect::IndustryLookup { search, with_sub_industry }
    sp::SubIndustryLookup => catalog::smart_prospect::SubIndustryLookup { search, industry_id }
    sp::SearchFilters => catalog::smart_prospect::SearchFilters { name, first_name, last_name, title, include_title, exclude_title, department, level, company_name, include_company, exclude_company, company_domain, include_company_domain, exclude_company_domain, company_keyword, company_head_count, company_revenue, company_industry, company_sub_industry, city, state, country, title_exact_match, company_exact_match, company_domain_exact_match, dont_display_owned_contact }
    sp::ContactQuery => catalog::smart_prospect::ContactQuery { limit, scroll_id, filters }
    sp::SavedSearch => catalog::smart_prospect::SavedSearch { search_string, limit, filters }
    sp::SearchRename => catalog::smart_prospect::SearchRename { id, search_string }
    sp::EmailQuery => catalog::smart_prospect::EmailQuery { contacts }
    sp::Person => catalog::smart_prospect::Person { first_name, last_name, company_domain }
    sp::ContactFetch => catalog::smart_prospect::ContactFetch { filter_id, limit, id, visual_limit, visual_offset }
    sp::ContactsQuery => catalog::smart_prospect::ContactsQuery { id, filter_id, limit, offset, search, verification_status, catch_all_status }
    sp::FilterRef => catalog::smart_prospect::FilterRef { filter_id }
    sp::UsageQuery => catalog::smart_prospect::UsageQuery { filter_id }
    ss::AdminMailbox => catalog::smart_senders::AdminMailbox { email_account }
    ss::OrderRef => catalog::smart_senders::OrderRef { order_id }
    ss::Buyer => catalog::smart_senders::Buyer {
        email, first_name, last_name, company, country, city, address_line_one, address_line_two, postal_code, state, phone_cc, phone, language_preference,
    }
    ss::MailboxOrder => catalog::smart_senders::MailboxOrder { mailbox, first_name, last_name, profile_pic, parent_account_id }
    ss::DomainOrder => catalog::smart_senders::DomainOrder { domain_name, mailbox_details }
    ss::NewOrder => catalog::smart_senders::NewOrder { vendor_id, forwarding_domain, user_details, domains }
    ss::DomainQuery => catalog::smart_senders::DomainQuery { domain_name, vendor_id }
    campaigns::CampaignCopy => catalog::campaigns::CampaignCopy { campaign_id, duplicate_sub_sequence, duplicate_client_label }
    campaigns::NewSubsequence => catalog::campaigns::NewSubsequence { parent_campaign_id, subsequence_name, condition_events }
    campaigns::EmailForward => catalog::campaigns::EmailForward { campaign_id, message_id, stats_id, to_emails, forward_email_body, forward_email_subject }
    campaigns::CampaignTeamMember => catalog::campaigns::CampaignTeamMember { campaign_id, team_member_id }
    campaigns::LeadSenderChange => catalog::campaigns::LeadSenderChange { email_account_id, email_campaign_id, email_lead_id, override_lead_email_account }
    campaigns::ActivityWindow => catalog::campaigns::ActivityWindow { event_time_from, event_time_to }
    campaigns::CampaignWindow => catalog::campaigns::CampaignWindow { campaign_id, start_date, end_date }
    campaigns::LeadStatisticsFilter => catalog::campaigns::LeadStatisticsFilter { campaign_id, event_time_gt }
    campaigns::MailboxStatisticsFilter => catalog::campaigns::MailboxStatisticsFilter { campaign_id, client_id, start_date, end_date, time_zone }
    campaign_leads::LeadMapRef => catalog::campaign_leads::LeadMapRef { campaign_id, lead_map_id }
    utilities::Attachment => catalog::utilities::Attachment { filename, content, mime_type }
    utilities::SingleEmail => catalog::utilities::SingleEmail { to, subject, body, from_email, from_email_id, from_name, reply_to, attachments }
    email_accounts::OauthToken => catalog::email_accounts::OAuthToken { scope, token_type, access_token, refresh_token, expiry_date, id_token, expiry, expires_in, ext_expires_in }
    email_accounts::OauthEmailAccount => catalog::email_accounts::OAuthEmailAccount {
        id, from_name, from_email, username, account_type, token, warmup_enabled, use_whitelabel_credentials, max_email_per_day, custom_tracking_url, bcc,
        time_to_wait_in_mins, signature, total_warmup_per_day, daily_rampup, reply_rate_percentage, client_id,
    }
    email_accounts::NewTag => catalog::email_accounts::NewTag { name, color }
    email_accounts::TagUpdate => catalog::email_accounts::TagUpdate { id, name, color }
    email_accounts::AccountEmails => catalog::email_accounts::AccountEmails { email_ids }
    email_accounts::AccountTagging => catalog::email_accounts::AccountTagging { email_account_ids, tag_ids }
    an::AnalyticsScope => catalog::analytics::AnalyticsScope { client_ids }
    an::AnalyticsWindow => catalog::analytics::AnalyticsWindow { start_date, end_date, timezone, client_ids, campaign_ids, full_data }
    an::SentTimeWindow => catalog::analytics::SentTimeWindow { start_date, end_date, timezone, client_ids, campaign_ids }
    an::OverallStatsWindow => catalog::analytics::OverallStatsWindow { start_date, end_date, timezone, client_ids, campaign_ids, is_agency, full_data }
    an::ClientPerformanceWindow => catalog::analytics::ClientPerformanceWindow { start_date, end_date, timezone, client_ids, filter, full_data }
    an::MailboxHealthWindow => catalog::analytics::MailboxHealthWindow { start_date, end_date, timezone, client_ids, campaign_ids, full_data, is_bounced }
    leads::BlockListFilter => catalog::leads::BlockListFilter { filter_client_id, filter_email_or_domain, filter_email_with_domain }
    leads::BlockListEntryRef => catalog::leads::BlockListEntryRef { id }
    agency_clients::NewClient => catalog::agency_clients::NewClient {
        name, email, password, logo, logo_url, permission, is_credit_assigned, email_credits, lead_credits,
    }
}

