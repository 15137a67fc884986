//! WIT records ⇄ the crate's Rust types: one lossless conversion per pair, written
//! field by field so a field missing on either side does not compile.

use super::bindings::exports::smartlead::connector::{types as w, unified as un};
use crate::catalog::{self as ops, agency_clients as ag, campaign_leads as cl, campaigns as cp, email_accounts as ea, leads as ld, model, webhooks as wh};
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
identity!((), u8, u16, u32, u64, bool, String, ops::NoArgs);

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

impl Convert<Vec<(String, String)>> for BTreeMap<String, String> {
    fn convert(self) -> Vec<(String, String)> {
        self.into_iter().collect()
    }
}

impl Convert<BTreeMap<String, String>> for Vec<(String, String)> {
    fn convert(self) -> BTreeMap<String, String> {
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
                $page { result: self.result.convert(), next_cursor: self.next_cursor, result_count: self.result_count }
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

impl Convert<cp::CampaignCommand> for w::CampaignCommand {
    fn convert(self) -> cp::CampaignCommand {
        match self {
            w::CampaignCommand::Start => cp::CampaignCommand::Start,
            w::CampaignCommand::Paused => cp::CampaignCommand::Paused,
            w::CampaignCommand::Stopped => cp::CampaignCommand::Stopped,
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
    un::CampaignStatus => um::CampaignStatus { Draft, Active, Paused, Stopped, Completed, Archived }
    un::ContactStatus => um::ContactStatus { Subscribed, Unsubscribed }
}

pages!(
    um::Campaign => un::CampaignPage,
    um::Contact => un::ContactPage,
    model::Campaign => w::CampaignPage,
    model::Sequence => w::SequencePage,
    model::CampaignStatistic => w::CampaignStatisticPage,
    model::EmailAccount => w::EmailAccountPage,
    model::Lead => w::LeadPage,
    model::CampaignLead => w::CampaignLeadPage,
    model::LeadCampaign => w::LeadCampaignPage,
    model::LeadCategory => w::LeadCategoryPage,
    model::Message => w::MessagePage,
    model::Webhook => w::WebhookPage,
    model::AgencyClient => w::AgencyClientPage,
);

// Results: Rust → WIT.
records! {
    model::Ack => w::Ack { ok, message }
    model::Created => w::Created { id, name, created_at, message }
    model::CampaignSchedule => w::CampaignSchedule { tz, days, start_hour, end_hour }
    model::CampaignTag => w::CampaignTag { tag_id, tag_name, tag_color }
    model::Campaign => w::Campaign {
        id, user_id, name, status, created_at, updated_at, track_settings, scheduler_cron_value,
        min_time_btwn_emails, max_leads_per_day, stop_lead_settings, schedule_start_time,
        enable_ai_esp_matching, send_as_plain_text, follow_up_percentage, unsubscribe_text,
        parent_campaign_id, client_id, tags,
    }
    model::CampaignLeadStats => w::CampaignLeadStats {
        total, not_started, inprogress, completed, blocked, paused, stopped, interested,
    }
    model::CampaignAnalytics => w::CampaignAnalytics {
        id, name, status, created_at, sent_count, unique_sent_count, open_count, unique_open_count,
        click_count, unique_click_count, reply_count, block_count, total_count, drafted_count,
        bounce_count, unsubscribed_count, campaign_lead_stats, start_date, end_date,
    }
    model::LeadsExport => w::LeadsExport { csv, columns, row_count }
    model::SequenceVariant => w::SequenceVariant { id, variant_label, subject, email_body, is_deleted }
    model::Sequence => w::Sequence {
        id, email_campaign_id, seq_number, subject, email_body, delay_in_days, sequence_variants,
        created_at, updated_at,
    }
    model::CampaignStatistic => w::CampaignStatistic {
        lead_email, lead_name, lead_category, sequence_number, stats_id, email_campaign_seq_id,
        seq_variant_id, email_subject, sent_time, open_time, click_time, reply_time, open_count,
        click_count, is_unsubscribed, is_bounced,
    }
    model::WarmupDetails => w::WarmupDetails {
        status, total_sent_count, total_spam_count, warmup_reputation, reply_rate, is_warmup_blocked,
        blocked_reason,
    }
    model::EmailAccount => w::EmailAccount {
        id, from_name, from_email, username, account_type, smtp_host, smtp_port, imap_host, imap_port,
        message_per_day, daily_sent_count, is_smtp_success, is_imap_success, smtp_failure_error,
        imap_failure_error, signature, custom_tracking_domain, bcc_email, client_id, campaign_count,
        created_at, updated_at, warmup_details,
    }
    model::WarmupDay => w::WarmupDay { date, sent_count, reply_count, save_from_spam_count }
    model::WarmupStats => w::WarmupStats {
        id, sent_count, spam_count, inbox_count, warmup_email_received_count, stats_by_date,
    }
    model::LeadCampaignData => w::LeadCampaignData {
        campaign_id, campaign_lead_map_id, campaign_name, client_id, lead_category_id,
    }
    model::Lead => w::Lead {
        id, email, first_name, last_name, phone_number, company_name, website, location,
        linkedin_profile, company_url, custom_fields, is_unsubscribed, created_at, lead_campaign_data,
    }
    model::CampaignLead => w::CampaignLead { campaign_lead_map_id, lead_category_id, status, created_at, lead }
    model::AddLeadsResult => w::AddLeadsResult {
        total_leads, upload_count, already_added_to_campaign, skipped_count, duplicate_count,
        invalid_email_count, invalid_emails, block_count, bounce_count, unsubscribed_leads,
        is_lead_limit_exhausted, lead_import_stopped_count,
    }
    model::LeadCampaign => w::LeadCampaign { id, name, status }
    model::LeadCategory => w::LeadCategory { id, name, sentiment_type, created_at }
    model::Message => w::Message {
        message_type, stats_id, message_id, from, to, time, subject, email_body, email_seq_number,
        open_count, click_count, cc,
    }
    model::Webhook => w::Webhook {
        id, name, webhook_url, email_campaign_id, event_types, categories, created_at, updated_at,
    }
    model::AgencyClient => w::AgencyClient { id, name, email, uuid, created_at, user_id, logo_url, permission }
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
    w::CampaignFilter => cp::CampaignFilter { client_id, include_tags }
    w::NewCampaign => cp::NewCampaign { name, client_id }
    w::CampaignRef => cp::CampaignRef { id }
    w::CampaignLookup => cp::CampaignLookup { id, include_tags }
    w::ByCampaign => ops::ByCampaign { campaign_id }
    w::OutOfOfficeSettings => cp::OutOfOfficeSettings {
        ignore_ooo_as_reply, auto_reactivate_ooo, reactivate_ooo_with_delay, auto_categorize_ooo,
    }
    w::SettingsUpdate => cp::SettingsUpdate {
        id, name, track_settings, stop_lead_settings, unsubscribe_text, send_as_plain_text,
        force_plain_text, follow_up_percentage, client_id, enable_ai_esp_matching, add_unsubscribe_tag,
        auto_pause_domain_leads_on_reply, ignore_ss_mailbox_sending_limit, bounce_autopause_threshold,
        domain_level_rate_limit, out_of_office_detection_settings, ai_categorisation_options,
    }
    w::StatusChange => cp::StatusChange { id, status }
    w::ScheduleUpdate => cp::ScheduleUpdate {
        id, timezone, days_of_the_week, start_hour, end_hour, min_time_btw_emails,
        max_new_leads_per_day, schedule_start_time,
    }
    w::DateRange => cp::DateRange { campaign_id, start_date, end_date, time_zone }
    w::StatisticsFilter => cp::StatisticsFilter {
        id, email_sequence_number, email_status, sent_time_start_date, sent_time_end_date,
    }
    w::EmailAccountFilter => ea::EmailAccountFilter { username, client_id, email_warmup_status, esp, is_in_use }
    w::NewEmailAccount => ea::NewEmailAccount {
        from_name, from_email, user_name, password, smtp_host, smtp_port, imap_host, imap_port,
        max_email_per_day, custom_tracking_url, bcc, signature, warmup_enabled, total_warmup_per_day,
        daily_rampup, reply_rate_percentage, client_id, imap_user_name, imap_password,
        different_reply_to_address,
    }
    w::EmailAccountRef => ea::EmailAccountRef { id }
    w::EmailAccountLookup => ea::EmailAccountLookup { id, fetch_campaigns }
    w::EmailAccountUpdate => ea::EmailAccountUpdate {
        id, max_email_per_day, from_name, custom_tracking_url, bcc, signature, client_id,
        time_to_wait_in_mins, is_suspended,
    }
    w::CampaignEmailAccounts => ea::CampaignEmailAccounts { campaign_id, email_account_ids }
    w::WarmupSettings => ea::WarmupSettings {
        id, warmup_enabled, total_warmup_per_day, daily_rampup, reply_rate_percentage, warmup_key_id,
        auto_adjust_warmup, is_rampup_enabled,
    }
    w::CampaignLeadFilter => cl::CampaignLeadFilter {
        campaign_id, status, lead_category_id, email_status, created_at_gt, last_sent_time_gt, event_time_gt,
    }
    w::LeadInput => cl::LeadInput {
        email, first_name, last_name, phone_number, company_name, website, location, linkedin_profile,
        company_url, custom_fields,
    }
    w::ImportSettings => cl::ImportSettings {
        ignore_global_block_list, ignore_unsubscribe_list, ignore_duplicate_leads_in_other_campaign,
        ignore_community_bounce_list, return_lead_ids,
    }
    w::NewLeads => cl::NewLeads { campaign_id, lead_list, settings }
    w::CampaignLeadRef => cl::CampaignLeadRef { campaign_id, id }
    w::ResumeLead => cl::ResumeLead { campaign_id, id, resume_lead_with_delay_days }
    w::ReplyToLead => cl::ReplyToLead {
        campaign_id, email_stats_id, email_body, reply_message_id, reply_email_time, reply_email_body,
        cc, bcc, add_signature, to_email, to_first_name, to_last_name, scheduled_time,
    }
    w::LeadUpdate => cl::LeadUpdate {
        campaign_id, id, email, first_name, last_name, phone_number, company_name, website, location,
        linkedin_profile, company_url, custom_fields,
    }
    w::CategoryUpdate => cl::CategoryUpdate { campaign_id, id, category_id, pause_lead }
    w::MessageHistoryFilter => cl::MessageHistoryFilter { campaign_id, id, event_time_gt, show_plain_text_response }
    w::LeadLookup => ld::LeadLookup { email }
    w::LeadRef => ld::LeadRef { id }
    w::DomainBlockList => ld::DomainBlockList { domain_block_list, client_id }
    w::NewWebhook => wh::NewWebhook { campaign_id, name, webhook_url, event_types, categories }
    w::WebhookUpdate => wh::WebhookUpdate { campaign_id, id, name, webhook_url, event_types, categories }
    w::WebhookRef => wh::WebhookRef { campaign_id, id }
    w::NewClient => ag::NewClient {
        name, email, password, logo, logo_url, permission, is_credit_assigned, email_credits, lead_credits,
    }
}

