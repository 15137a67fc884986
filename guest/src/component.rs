//! The WIT binding layer: exports the `connector` world and converts between WIT
//! records and the crate's Rust types. No logic lives here.

mod bindings {
    wit_bindgen::generate!({ world: "connector", path: "../wit" });
}

use crate::client::{Client, Config};
use crate::error::Error;
use crate::http::SystemClock;
use crate::model;
use crate::operation::{Args, Op};
use crate::ops::{self, campaign_leads as cl, campaigns as cp, clients as ag, email_accounts as ea, leads as ld, webhooks as wh};
use crate::paging::PageRequest;
use crate::reply::Reply;
use crate::waki_transport::WakiTransport;
use crate::unified::{self, model as um};
use bindings::exports::smartlead::connector::{campaign_leads, campaigns, clients, email_accounts, leads, proxy, tools, types as w, unified as un, webhooks};
use std::collections::BTreeMap;
use std::time::Duration;

struct Component;
bindings::export!(Component with_types_in bindings);

/// The `client` resource: a configured client, or the reason the configuration was
/// refused, reported by every call (a WIT constructor cannot fail).
pub struct ClientResource(Result<Client, Error>);

impl w::Guest for Component {
    type Client = ClientResource;
}

impl w::GuestClient for ClientResource {
    fn new(config: w::Config) -> Self {
        let defaults = Config::default();
        let config = Config {
            api_key: config.api_key,
            base_url: config.base_url.unwrap_or(defaults.base_url),
            requests_per_minute: config.requests_per_minute.unwrap_or(defaults.requests_per_minute),
            max_retries: config.max_retries.unwrap_or(defaults.max_retries),
            timeout: config.timeout_ms.map_or(defaults.timeout, |ms| Duration::from_millis(ms.into())),
            max_response_bytes: config.max_response_bytes.map_or(defaults.max_response_bytes, |n| n as usize),
            paced_by_host: config.paced_by_host.unwrap_or(defaults.paced_by_host),
        };
        ClientResource(Client::new(config, Box::new(WakiTransport), Box::new(SystemClock::default())))
    }
}

fn client<'a>(c: &'a w::ClientBorrow<'_>) -> Result<&'a Client, w::Error> {
    c.get::<ClientResource>().0.as_ref().map_err(|e| e.clone().convert())
}

/// Runs a catalog operation with WIT arguments and returns its WIT result.
fn run<A: Args, O: Reply + Convert<R>, R>(
    c: w::ClientBorrow<'_>,
    op: &Op<A, O>,
    args: impl Convert<A>,
    page: Option<w::Page>,
) -> Result<R, w::Error> {
    op.run(client(&c)?, args.convert(), page_request(page)).map(Convert::convert).map_err(Convert::convert)
}

/// A lossless conversion between a WIT type and its Rust twin.
trait Convert<T> {
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
        let remote = |r: crate::error::RemoteError| w::RemoteError { status: r.status, message: r.message };
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

impl campaigns::Guest for Component {
    fn list_all_smartlead_campaigns(c: w::ClientBorrow<'_>, args: w::CampaignFilter, page: w::Page) -> Result<w::CampaignPage, w::Error> {
        run(c, &cp::LIST_ALL_SMARTLEAD_CAMPAIGNS, args, Some(page))
    }
    fn create_a_smartlead_campaign(c: w::ClientBorrow<'_>, args: w::NewCampaign) -> Result<w::Created, w::Error> {
        run(c, &cp::CREATE_A_SMARTLEAD_CAMPAIGN, args, None)
    }
    fn get_single_smartlead_campaign_by_id(c: w::ClientBorrow<'_>, args: w::CampaignLookup) -> Result<w::Campaign, w::Error> {
        run(c, &cp::GET_SINGLE_SMARTLEAD_CAMPAIGN_BY_ID, args, None)
    }
    fn update_a_smartlead_campaign_by_id(c: w::ClientBorrow<'_>, args: w::SettingsUpdate) -> Result<w::Ack, w::Error> {
        run(c, &cp::UPDATE_A_SMARTLEAD_CAMPAIGN_BY_ID, args, None)
    }
    fn delete_a_smartlead_campaign_by_id(c: w::ClientBorrow<'_>, args: w::CampaignRef) -> Result<w::Ack, w::Error> {
        run(c, &cp::DELETE_A_SMARTLEAD_CAMPAIGN_BY_ID, args, None)
    }
    fn smartlead_campaigns_top_level_analytics(c: w::ClientBorrow<'_>, args: w::CampaignRef) -> Result<w::CampaignAnalytics, w::Error> {
        run(c, &cp::SMARTLEAD_CAMPAIGNS_TOP_LEVEL_ANALYTICS, args, None)
    }
    fn smartlead_campaigns_export_campaign_leads_csv(c: w::ClientBorrow<'_>, args: w::CampaignRef) -> Result<w::LeadsExport, w::Error> {
        run(c, &cp::SMARTLEAD_CAMPAIGNS_EXPORT_CAMPAIGN_LEADS_CSV, args, None)
    }
    fn smartlead_campaigns_update_campaign_status(c: w::ClientBorrow<'_>, args: w::StatusChange) -> Result<w::Ack, w::Error> {
        run(c, &cp::SMARTLEAD_CAMPAIGNS_UPDATE_CAMPAIGN_STATUS, args, None)
    }
    fn smartlead_campaigns_update_schedule(c: w::ClientBorrow<'_>, args: w::ScheduleUpdate) -> Result<w::Ack, w::Error> {
        run(c, &cp::SMARTLEAD_CAMPAIGNS_UPDATE_SCHEDULE, args, None)
    }
    fn list_all_smartlead_campaign_sequences(c: w::ClientBorrow<'_>, args: w::ByCampaign, page: w::Page) -> Result<w::SequencePage, w::Error> {
        run(c, &cp::LIST_ALL_SMARTLEAD_CAMPAIGN_SEQUENCES, args, Some(page))
    }
    fn list_all_smartlead_campaign_statistics_by_date(c: w::ClientBorrow<'_>, args: w::DateRange) -> Result<w::CampaignAnalytics, w::Error> {
        run(c, &cp::LIST_ALL_SMARTLEAD_CAMPAIGN_STATISTICS_BY_DATE, args, None)
    }
    fn list_all_smartlead_campaign_statistics(c: w::ClientBorrow<'_>, args: w::StatisticsFilter, page: w::Page) -> Result<w::CampaignStatisticPage, w::Error> {
        run(c, &cp::LIST_ALL_SMARTLEAD_CAMPAIGN_STATISTICS, args, Some(page))
    }
}

impl email_accounts::Guest for Component {
    fn list_all_smartlead_email_accounts(c: w::ClientBorrow<'_>, args: w::EmailAccountFilter, page: w::Page) -> Result<w::EmailAccountPage, w::Error> {
        run(c, &ea::LIST_ALL_SMARTLEAD_EMAIL_ACCOUNTS, args, Some(page))
    }
    fn create_a_smartlead_email_account(c: w::ClientBorrow<'_>, args: w::NewEmailAccount) -> Result<w::Created, w::Error> {
        run(c, &ea::CREATE_A_SMARTLEAD_EMAIL_ACCOUNT, args, None)
    }
    fn get_single_smartlead_email_account_by_id(c: w::ClientBorrow<'_>, args: w::EmailAccountLookup) -> Result<w::EmailAccount, w::Error> {
        run(c, &ea::GET_SINGLE_SMARTLEAD_EMAIL_ACCOUNT_BY_ID, args, None)
    }
    fn update_a_smartlead_email_account_by_id(c: w::ClientBorrow<'_>, args: w::EmailAccountUpdate) -> Result<w::Ack, w::Error> {
        run(c, &ea::UPDATE_A_SMARTLEAD_EMAIL_ACCOUNT_BY_ID, args, None)
    }
    fn smartlead_email_accounts_reconnect_failed_emails(c: w::ClientBorrow<'_>) -> Result<w::Ack, w::Error> {
        run(c, &ea::SMARTLEAD_EMAIL_ACCOUNTS_RECONNECT_FAILED_EMAILS, ops::NoArgs {}, None)
    }
    fn list_all_smartlead_campaign_email_accounts(c: w::ClientBorrow<'_>, args: w::ByCampaign, page: w::Page) -> Result<w::EmailAccountPage, w::Error> {
        run(c, &ea::LIST_ALL_SMARTLEAD_CAMPAIGN_EMAIL_ACCOUNTS, args, Some(page))
    }
    fn create_a_smartlead_campaign_email_account(c: w::ClientBorrow<'_>, args: w::CampaignEmailAccounts) -> Result<w::Ack, w::Error> {
        run(c, &ea::CREATE_A_SMARTLEAD_CAMPAIGN_EMAIL_ACCOUNT, args, None)
    }
    fn delete_a_smartlead_campaign_email_account_by_id(c: w::ClientBorrow<'_>, args: w::CampaignEmailAccounts) -> Result<w::Ack, w::Error> {
        run(c, &ea::DELETE_A_SMARTLEAD_CAMPAIGN_EMAIL_ACCOUNT_BY_ID, args, None)
    }
    fn get_single_smartlead_email_account_warmup_stat_by_id(c: w::ClientBorrow<'_>, args: w::EmailAccountRef) -> Result<w::WarmupStats, w::Error> {
        run(c, &ea::GET_SINGLE_SMARTLEAD_EMAIL_ACCOUNT_WARMUP_STAT_BY_ID, args, None)
    }
    fn create_a_smartlead_email_account_warmup_setting(c: w::ClientBorrow<'_>, args: w::WarmupSettings) -> Result<w::Ack, w::Error> {
        run(c, &ea::CREATE_A_SMARTLEAD_EMAIL_ACCOUNT_WARMUP_SETTING, args, None)
    }
}

impl campaign_leads::Guest for Component {
    fn list_all_smartlead_campaign_leads(c: w::ClientBorrow<'_>, args: w::CampaignLeadFilter, page: w::Page) -> Result<w::CampaignLeadPage, w::Error> {
        run(c, &cl::LIST_ALL_SMARTLEAD_CAMPAIGN_LEADS, args, Some(page))
    }
    fn create_a_smartlead_campaign_lead(c: w::ClientBorrow<'_>, args: w::NewLeads) -> Result<w::AddLeadsResult, w::Error> {
        run(c, &cl::CREATE_A_SMARTLEAD_CAMPAIGN_LEAD, args, None)
    }
    fn delete_a_smartlead_campaign_lead_by_id(c: w::ClientBorrow<'_>, args: w::CampaignLeadRef) -> Result<w::Ack, w::Error> {
        run(c, &cl::DELETE_A_SMARTLEAD_CAMPAIGN_LEAD_BY_ID, args, None)
    }
    fn smartlead_campaign_leads_unsubscribe_lead(c: w::ClientBorrow<'_>, args: w::CampaignLeadRef) -> Result<w::Ack, w::Error> {
        run(c, &cl::SMARTLEAD_CAMPAIGN_LEADS_UNSUBSCRIBE_LEAD, args, None)
    }
    fn smartlead_campaign_leads_pause_lead(c: w::ClientBorrow<'_>, args: w::CampaignLeadRef) -> Result<w::Ack, w::Error> {
        run(c, &cl::SMARTLEAD_CAMPAIGN_LEADS_PAUSE_LEAD, args, None)
    }
    fn smartlead_campaign_leads_resume_leads(c: w::ClientBorrow<'_>, args: w::ResumeLead) -> Result<w::Ack, w::Error> {
        run(c, &cl::SMARTLEAD_CAMPAIGN_LEADS_RESUME_LEADS, args, None)
    }
    fn smartlead_campaign_leads_reply_to_lead(c: w::ClientBorrow<'_>, args: w::ReplyToLead) -> Result<w::Ack, w::Error> {
        run(c, &cl::SMARTLEAD_CAMPAIGN_LEADS_REPLY_TO_LEAD, args, None)
    }
    fn update_a_smartlead_campaign_lead_by_id(c: w::ClientBorrow<'_>, args: w::LeadUpdate) -> Result<w::Ack, w::Error> {
        run(c, &cl::UPDATE_A_SMARTLEAD_CAMPAIGN_LEAD_BY_ID, args, None)
    }
    fn smartlead_campaign_leads_update_lead_category(c: w::ClientBorrow<'_>, args: w::CategoryUpdate) -> Result<w::Ack, w::Error> {
        run(c, &cl::SMARTLEAD_CAMPAIGN_LEADS_UPDATE_LEAD_CATEGORY, args, None)
    }
    fn list_all_smartlead_campaign_lead_message_history(c: w::ClientBorrow<'_>, args: w::MessageHistoryFilter, page: w::Page) -> Result<w::MessagePage, w::Error> {
        run(c, &cl::LIST_ALL_SMARTLEAD_CAMPAIGN_LEAD_MESSAGE_HISTORY, args, Some(page))
    }
}

impl leads::Guest for Component {
    fn list_all_smartlead_leads(c: w::ClientBorrow<'_>, args: w::LeadLookup, page: w::Page) -> Result<w::LeadPage, w::Error> {
        run(c, &ld::LIST_ALL_SMARTLEAD_LEADS, args, Some(page))
    }
    fn smartlead_leads_unsubscribe(c: w::ClientBorrow<'_>, args: w::LeadRef) -> Result<w::Ack, w::Error> {
        run(c, &ld::SMARTLEAD_LEADS_UNSUBSCRIBE, args, None)
    }
    fn smartlead_leads_block(c: w::ClientBorrow<'_>, args: w::DomainBlockList) -> Result<w::Ack, w::Error> {
        run(c, &ld::SMARTLEAD_LEADS_BLOCK, args, None)
    }
    fn list_all_smartlead_lead_campaigns(c: w::ClientBorrow<'_>, args: w::LeadRef, page: w::Page) -> Result<w::LeadCampaignPage, w::Error> {
        run(c, &ld::LIST_ALL_SMARTLEAD_LEAD_CAMPAIGNS, args, Some(page))
    }
    fn list_all_smartlead_lead_category(c: w::ClientBorrow<'_>, page: w::Page) -> Result<w::LeadCategoryPage, w::Error> {
        run(c, &ld::LIST_ALL_SMARTLEAD_LEAD_CATEGORY, ops::NoArgs {}, Some(page))
    }
}

impl webhooks::Guest for Component {
    fn list_all_smartlead_campaign_webhooks(c: w::ClientBorrow<'_>, args: w::ByCampaign, page: w::Page) -> Result<w::WebhookPage, w::Error> {
        run(c, &wh::LIST_ALL_SMARTLEAD_CAMPAIGN_WEBHOOKS, args, Some(page))
    }
    fn update_a_smartlead_campaign_webhook_by_id(c: w::ClientBorrow<'_>, args: w::WebhookUpdate) -> Result<w::Webhook, w::Error> {
        run(c, &wh::UPDATE_A_SMARTLEAD_CAMPAIGN_WEBHOOK_BY_ID, args, None)
    }
    fn create_a_smartlead_campaign_webhook(c: w::ClientBorrow<'_>, args: w::NewWebhook) -> Result<w::Webhook, w::Error> {
        run(c, &wh::CREATE_A_SMARTLEAD_CAMPAIGN_WEBHOOK, args, None)
    }
    fn delete_a_smartlead_campaign_webhook_by_id(c: w::ClientBorrow<'_>, args: w::WebhookRef) -> Result<w::Ack, w::Error> {
        run(c, &wh::DELETE_A_SMARTLEAD_CAMPAIGN_WEBHOOK_BY_ID, args, None)
    }
}

impl clients::Guest for Component {
    fn create_a_smartlead_client(c: w::ClientBorrow<'_>, args: w::NewClient) -> Result<w::Created, w::Error> {
        run(c, &ag::CREATE_A_SMARTLEAD_CLIENT, args, None)
    }
    fn list_all_smartlead_clients(c: w::ClientBorrow<'_>, page: w::Page) -> Result<w::AgencyClientPage, w::Error> {
        run(c, &ag::LIST_ALL_SMARTLEAD_CLIENTS, ops::NoArgs {}, Some(page))
    }
}

impl proxy::Guest for Component {
    fn request(
        c: w::ClientBorrow<'_>,
        method: String,
        path: String,
        query: Vec<(String, String)>,
        body: Option<String>,
    ) -> Result<proxy::ProxyResponse, w::Error> {
        let response = crate::proxy::request(client(&c)?, &method, &path, query, body).map_err(Convert::convert)?;
        Ok(proxy::ProxyResponse { status: response.status, body: response.body })
    }
}

fn page_request(page: Option<w::Page>) -> PageRequest {
    page.map(|p| PageRequest { limit: p.limit, cursor: p.cursor }).unwrap_or_default()
}

/// Runs a unified operation and converts its answer to WIT.
fn unify<T: Convert<R>, R>(c: w::ClientBorrow<'_>, call: impl FnOnce(&Client) -> Result<T, Error>) -> Result<R, w::Error> {
    call(client(&c)?).map(Convert::convert).map_err(Convert::convert)
}

impl un::Guest for Component {
    fn list_campaigns(c: w::ClientBorrow<'_>, include_analytics: bool, p: Option<w::Page>) -> Result<un::CampaignPage, w::Error> {
        unify(c, |c| unified::campaigns::list(c, include_analytics, page_request(p)))
    }
    fn get_campaign(c: w::ClientBorrow<'_>, id: String, include_analytics: bool) -> Result<un::Campaign, w::Error> {
        unify(c, |c| unified::campaigns::get(c, &id, include_analytics))
    }
    fn update_campaign(c: w::ClientBorrow<'_>, id: String, patch: un::CampaignPatch) -> Result<un::Campaign, w::Error> {
        unify(c, |c| unified::campaigns::update(c, &id, patch.convert()))
    }
    fn list_contacts(c: w::ClientBorrow<'_>, campaign_id: Option<String>, p: Option<w::Page>) -> Result<un::ContactPage, w::Error> {
        unify(c, |c| unified::contacts::list(c, campaign_id.as_deref(), page_request(p)))
    }
    fn get_contact(c: w::ClientBorrow<'_>, id_or_email: String, campaign_id: Option<String>) -> Result<un::Contact, w::Error> {
        unify(c, |c| unified::contacts::get(c, &id_or_email, campaign_id.as_deref()))
    }
    fn create_contact(c: w::ClientBorrow<'_>, campaign_id: String, contact: un::ContactInput) -> Result<un::Contact, w::Error> {
        unify(c, |c| unified::contacts::create(c, &campaign_id, contact.convert()))
    }
    fn update_contact(c: w::ClientBorrow<'_>, id: String, campaign_id: Option<String>, patch: un::ContactInput) -> Result<un::Contact, w::Error> {
        unify(c, |c| unified::contacts::update(c, &id, campaign_id.as_deref(), patch.convert()))
    }
    fn delete_contact(c: w::ClientBorrow<'_>, id: String, campaign_id: String) -> Result<(), w::Error> {
        unify(c, |c| unified::contacts::delete(c, &id, &campaign_id))
    }
}

impl tools::Guest for Component {
    fn list_tools() -> Vec<tools::Tool> {
        crate::tools::list_tools()
            .iter()
            .map(|t| tools::Tool {
                name: t.name.to_string(),
                description: t.description.clone(),
                input_schema: t.input_schema.to_string(),
                output_schema: t.output_schema.to_string(),
                annotations: tools::ToolAnnotations {
                    read_only: t.annotations.read_only,
                    destructive: t.annotations.destructive,
                    idempotent: t.annotations.idempotent,
                    open_world: t.annotations.open_world,
                },
            })
            .collect()
    }

    fn call_tool(c: w::ClientBorrow<'_>, name: String, arguments: String) -> Result<String, w::Error> {
        crate::tools::call_tool(client(&c)?, &name, &arguments).map_err(Convert::convert)
    }
}
