//! The typed WIT functions: each calls its catalog row (or the unified API, proxy or
//! tools) and converts the answer back to WIT.

use super::Component;
use super::bindings::exports::smartlead::connector::{
    agency_clients, analytics as an, bulk, campaign_leads, campaigns, crm, email_accounts, events, lead_lists, leads, master_inbox as mi, smart_delivery as sd, smart_prospect as sp, smart_senders as ss, proxy, tools, types as w, unified as un, utilities,
    webhooks,
};
use super::convert::Convert;
use super::transport::WasiTransport;
use crate::catalog::operation::Args;
use crate::catalog::typed::{Output, TypedOperation};
use crate::catalog;
use crate::core::client::{Client, Options};
use crate::core::error::Error;
use crate::core::http::SystemClock;
use crate::core::paging::PageRequest;
use crate::catalog::campaign_leads::ImportSettings;
use crate::surfaces::bulk::import;
use crate::surfaces::bulk::plan::{self as bulk_plan, PlanOptions};
use crate::surfaces::unified;

/// The `client` resource: a configured client, or the reason the configuration was
/// refused, reported by every call (a WIT constructor cannot fail).
pub struct ClientResource(Result<Client, Error>);

impl w::Guest for Component {
    type Client = ClientResource;
}

impl w::GuestClient for ClientResource {
    fn new(config: w::Config) -> Self {
        let config: Options = config.convert();
        ClientResource(Client::new(config.resolve(), Box::new(WasiTransport), Box::new(SystemClock::default())))
    }
}

fn client<'a>(c: &'a w::ClientBorrow<'_>) -> Result<&'a Client, w::Error> {
    c.get::<ClientResource>().0.as_ref().map_err(|e| e.clone().convert())
}

/// Runs a catalog operation with WIT arguments and returns its WIT result.
fn run<A: Args, O: Output + Convert<R>, R>(
    c: w::ClientBorrow<'_>,
    op: &TypedOperation<A, O>,
    args: impl Convert<A>,
    page: Option<w::Page>,
) -> Result<R, w::Error> {
    op.run(client(&c)?, args.convert(), page_request(page)).map(Convert::convert).map_err(Convert::convert)
}

impl campaigns::Guest for Component {
    fn list_all_smartlead_campaigns(c: w::ClientBorrow<'_>, args: campaigns::CampaignFilter, page: w::Page) -> Result<campaigns::CampaignPage, w::Error> {
        run(c, &catalog::campaigns::LIST_ALL_SMARTLEAD_CAMPAIGNS, args, Some(page))
    }
    fn create_a_smartlead_campaign(c: w::ClientBorrow<'_>, args: campaigns::NewCampaign) -> Result<w::Created, w::Error> {
        run(c, &catalog::campaigns::CREATE_A_SMARTLEAD_CAMPAIGN, args, None)
    }
    fn get_single_smartlead_campaign_by_id(c: w::ClientBorrow<'_>, args: campaigns::CampaignLookup) -> Result<campaigns::Campaign, w::Error> {
        run(c, &catalog::campaigns::GET_SINGLE_SMARTLEAD_CAMPAIGN_BY_ID, args, None)
    }
    fn update_a_smartlead_campaign_by_id(c: w::ClientBorrow<'_>, args: campaigns::SettingsUpdate) -> Result<w::Ack, w::Error> {
        run(c, &catalog::campaigns::UPDATE_A_SMARTLEAD_CAMPAIGN_BY_ID, args, None)
    }
    fn delete_a_smartlead_campaign_by_id(c: w::ClientBorrow<'_>, args: campaigns::CampaignRef) -> Result<w::Ack, w::Error> {
        run(c, &catalog::campaigns::DELETE_A_SMARTLEAD_CAMPAIGN_BY_ID, args, None)
    }
    fn smartlead_campaigns_top_level_analytics(c: w::ClientBorrow<'_>, args: campaigns::CampaignRef) -> Result<campaigns::CampaignAnalytics, w::Error> {
        run(c, &catalog::campaigns::SMARTLEAD_CAMPAIGNS_TOP_LEVEL_ANALYTICS, args, None)
    }
    fn smartlead_campaigns_export_campaign_leads_csv(c: w::ClientBorrow<'_>, args: campaigns::CampaignRef) -> Result<campaigns::LeadsExport, w::Error> {
        run(c, &catalog::campaigns::SMARTLEAD_CAMPAIGNS_EXPORT_CAMPAIGN_LEADS_CSV, args, None)
    }
    fn smartlead_campaigns_update_campaign_status(c: w::ClientBorrow<'_>, args: campaigns::StatusChange) -> Result<w::Ack, w::Error> {
        run(c, &catalog::campaigns::SMARTLEAD_CAMPAIGNS_UPDATE_CAMPAIGN_STATUS, args, None)
    }
    fn smartlead_campaigns_update_schedule(c: w::ClientBorrow<'_>, args: campaigns::ScheduleUpdate) -> Result<w::Ack, w::Error> {
        run(c, &catalog::campaigns::SMARTLEAD_CAMPAIGNS_UPDATE_SCHEDULE, args, None)
    }
    fn smartlead_campaigns_save_sequences(c: w::ClientBorrow<'_>, args: campaigns::SequencesUpdate) -> Result<campaigns::SavedSequences, w::Error> {
        run(c, &catalog::campaigns::SMARTLEAD_CAMPAIGNS_SAVE_SEQUENCES, args, None)
    }
    fn smartlead_campaigns_send_test_email(c: w::ClientBorrow<'_>, args: campaigns::TestEmail) -> Result<w::Ack, w::Error> {
        run(c, &catalog::campaigns::SMARTLEAD_CAMPAIGNS_SEND_TEST_EMAIL, args, None)
    }
    fn list_all_smartlead_campaign_sequences(c: w::ClientBorrow<'_>, args: w::ByCampaign, page: w::Page) -> Result<campaigns::SequencePage, w::Error> {
        run(c, &catalog::campaigns::LIST_ALL_SMARTLEAD_CAMPAIGN_SEQUENCES, args, Some(page))
    }
    fn list_all_smartlead_campaign_statistics_by_date(c: w::ClientBorrow<'_>, args: campaigns::DateRange) -> Result<campaigns::CampaignAnalytics, w::Error> {
        run(c, &catalog::campaigns::LIST_ALL_SMARTLEAD_CAMPAIGN_STATISTICS_BY_DATE, args, None)
    }
    fn list_all_smartlead_campaign_statistics(c: w::ClientBorrow<'_>, args: campaigns::StatisticsFilter, page: w::Page) -> Result<campaigns::CampaignStatisticPage, w::Error> {
        run(c, &catalog::campaigns::LIST_ALL_SMARTLEAD_CAMPAIGN_STATISTICS, args, Some(page))
    }
    fn smartlead_campaigns_duplicate(c: w::ClientBorrow<'_>, args: campaigns::CampaignCopy) -> Result<w::Created, w::Error> {
        run(c, &catalog::campaigns::SMARTLEAD_CAMPAIGNS_DUPLICATE, args, None)
    }
    fn create_a_smartlead_subsequence(c: w::ClientBorrow<'_>, args: campaigns::NewSubsequence) -> Result<w::Created, w::Error> {
        run(c, &catalog::campaigns::CREATE_A_SMARTLEAD_SUBSEQUENCE, args, None)
    }
    fn smartlead_campaigns_forward_email(c: w::ClientBorrow<'_>, args: campaigns::EmailForward) -> Result<campaigns::ForwardedEmail, w::Error> {
        run(c, &catalog::campaigns::SMARTLEAD_CAMPAIGNS_FORWARD_EMAIL, args, None)
    }
    fn smartlead_campaigns_assign_team_member(c: w::ClientBorrow<'_>, args: campaigns::CampaignTeamMember) -> Result<w::Ack, w::Error> {
        run(c, &catalog::campaigns::SMARTLEAD_CAMPAIGNS_ASSIGN_TEAM_MEMBER, args, None)
    }
    fn smartlead_campaigns_update_lead_email_account(c: w::ClientBorrow<'_>, args: campaigns::LeadSenderChange) -> Result<w::Ack, w::Error> {
        run(c, &catalog::campaigns::SMARTLEAD_CAMPAIGNS_UPDATE_LEAD_EMAIL_ACCOUNT, args, None)
    }
    fn list_all_smartlead_lead_activities(c: w::ClientBorrow<'_>, args: campaigns::ActivityWindow, page: w::Page) -> Result<campaigns::LeadActivityPage, w::Error> {
        run(c, &catalog::campaigns::LIST_ALL_SMARTLEAD_LEAD_ACTIVITIES, args, Some(page))
    }
    fn smartlead_campaigns_top_level_analytics_by_date(c: w::ClientBorrow<'_>, args: campaigns::CampaignWindow) -> Result<campaigns::TopLevelAnalytics, w::Error> {
        run(c, &catalog::campaigns::SMARTLEAD_CAMPAIGNS_TOP_LEVEL_ANALYTICS_BY_DATE, args, None)
    }
    fn list_all_smartlead_campaign_lead_statistics(c: w::ClientBorrow<'_>, args: campaigns::LeadStatisticsFilter, page: w::Page) -> Result<w::JsonPage, w::Error> {
        run(c, &catalog::campaigns::LIST_ALL_SMARTLEAD_CAMPAIGN_LEAD_STATISTICS, args, Some(page))
    }
    fn list_all_smartlead_campaign_mailbox_statistics(c: w::ClientBorrow<'_>, args: campaigns::MailboxStatisticsFilter, page: w::Page) -> Result<w::JsonPage, w::Error> {
        run(c, &catalog::campaigns::LIST_ALL_SMARTLEAD_CAMPAIGN_MAILBOX_STATISTICS, args, Some(page))
    }
}

impl email_accounts::Guest for Component {
    fn list_all_smartlead_email_accounts(c: w::ClientBorrow<'_>, args: email_accounts::EmailAccountFilter, page: w::Page) -> Result<email_accounts::EmailAccountPage, w::Error> {
        run(c, &catalog::email_accounts::LIST_ALL_SMARTLEAD_EMAIL_ACCOUNTS, args, Some(page))
    }
    fn create_a_smartlead_email_account(c: w::ClientBorrow<'_>, args: email_accounts::NewEmailAccount) -> Result<w::Created, w::Error> {
        run(c, &catalog::email_accounts::CREATE_A_SMARTLEAD_EMAIL_ACCOUNT, args, None)
    }
    fn get_single_smartlead_email_account_by_id(c: w::ClientBorrow<'_>, args: email_accounts::EmailAccountLookup) -> Result<email_accounts::EmailAccount, w::Error> {
        run(c, &catalog::email_accounts::GET_SINGLE_SMARTLEAD_EMAIL_ACCOUNT_BY_ID, args, None)
    }
    fn update_a_smartlead_email_account_by_id(c: w::ClientBorrow<'_>, args: email_accounts::EmailAccountUpdate) -> Result<w::Ack, w::Error> {
        run(c, &catalog::email_accounts::UPDATE_A_SMARTLEAD_EMAIL_ACCOUNT_BY_ID, args, None)
    }
    fn smartlead_email_accounts_reconnect_failed_emails(c: w::ClientBorrow<'_>) -> Result<w::Ack, w::Error> {
        run(c, &catalog::email_accounts::SMARTLEAD_EMAIL_ACCOUNTS_RECONNECT_FAILED_EMAILS, catalog::NoArgs {}, None)
    }
    fn list_all_smartlead_campaign_email_accounts(c: w::ClientBorrow<'_>, args: w::ByCampaign, page: w::Page) -> Result<email_accounts::EmailAccountPage, w::Error> {
        run(c, &catalog::email_accounts::LIST_ALL_SMARTLEAD_CAMPAIGN_EMAIL_ACCOUNTS, args, Some(page))
    }
    fn create_a_smartlead_campaign_email_account(c: w::ClientBorrow<'_>, args: email_accounts::CampaignEmailAccounts) -> Result<w::Ack, w::Error> {
        run(c, &catalog::email_accounts::CREATE_A_SMARTLEAD_CAMPAIGN_EMAIL_ACCOUNT, args, None)
    }
    fn delete_a_smartlead_campaign_email_account_by_id(c: w::ClientBorrow<'_>, args: email_accounts::CampaignEmailAccounts) -> Result<w::Ack, w::Error> {
        run(c, &catalog::email_accounts::DELETE_A_SMARTLEAD_CAMPAIGN_EMAIL_ACCOUNT_BY_ID, args, None)
    }
    fn get_single_smartlead_email_account_warmup_stat_by_id(c: w::ClientBorrow<'_>, args: email_accounts::EmailAccountRef) -> Result<email_accounts::WarmupStats, w::Error> {
        run(c, &catalog::email_accounts::GET_SINGLE_SMARTLEAD_EMAIL_ACCOUNT_WARMUP_STAT_BY_ID, args, None)
    }
    fn create_a_smartlead_email_account_warmup_setting(c: w::ClientBorrow<'_>, args: email_accounts::WarmupSettings) -> Result<w::Ack, w::Error> {
        run(c, &catalog::email_accounts::CREATE_A_SMARTLEAD_EMAIL_ACCOUNT_WARMUP_SETTING, args, None)
    }
    fn smartlead_email_accounts_save_oauth(c: w::ClientBorrow<'_>, args: email_accounts::OauthEmailAccount) -> Result<email_accounts::OauthAccountSaved, w::Error> {
        run(c, &catalog::email_accounts::SMARTLEAD_EMAIL_ACCOUNTS_SAVE_OAUTH, args, None)
    }
    fn delete_a_smartlead_email_account_by_id(c: w::ClientBorrow<'_>, args: email_accounts::EmailAccountRef) -> Result<w::Ack, w::Error> {
        run(c, &catalog::email_accounts::DELETE_A_SMARTLEAD_EMAIL_ACCOUNT_BY_ID, args, None)
    }
    fn smartlead_email_accounts_suspend(c: w::ClientBorrow<'_>, args: email_accounts::EmailAccountRef) -> Result<email_accounts::Suspension, w::Error> {
        run(c, &catalog::email_accounts::SMARTLEAD_EMAIL_ACCOUNTS_SUSPEND, args, None)
    }
    fn smartlead_email_accounts_unsuspend(c: w::ClientBorrow<'_>, args: email_accounts::EmailAccountRef) -> Result<email_accounts::Suspension, w::Error> {
        run(c, &catalog::email_accounts::SMARTLEAD_EMAIL_ACCOUNTS_UNSUSPEND, args, None)
    }
    fn create_a_smartlead_tag(c: w::ClientBorrow<'_>, args: email_accounts::NewTag) -> Result<email_accounts::AccountTag, w::Error> {
        run(c, &catalog::email_accounts::CREATE_A_SMARTLEAD_TAG, args, None)
    }
    fn update_a_smartlead_tag_by_id(c: w::ClientBorrow<'_>, args: email_accounts::TagUpdate) -> Result<email_accounts::AccountTag, w::Error> {
        run(c, &catalog::email_accounts::UPDATE_A_SMARTLEAD_TAG_BY_ID, args, None)
    }
    fn list_all_smartlead_email_account_tags(c: w::ClientBorrow<'_>, args: email_accounts::AccountEmails, page: w::Page) -> Result<email_accounts::AccountTagsPage, w::Error> {
        run(c, &catalog::email_accounts::LIST_ALL_SMARTLEAD_EMAIL_ACCOUNT_TAGS, args, Some(page))
    }
    fn smartlead_email_accounts_assign_tags(c: w::ClientBorrow<'_>, args: email_accounts::AccountTagging) -> Result<w::Ack, w::Error> {
        run(c, &catalog::email_accounts::SMARTLEAD_EMAIL_ACCOUNTS_ASSIGN_TAGS, args, None)
    }
    fn smartlead_email_accounts_remove_tags(c: w::ClientBorrow<'_>, args: email_accounts::AccountTagging) -> Result<w::Ack, w::Error> {
        run(c, &catalog::email_accounts::SMARTLEAD_EMAIL_ACCOUNTS_REMOVE_TAGS, args, None)
    }
}

impl campaign_leads::Guest for Component {
    fn list_all_smartlead_campaign_leads(c: w::ClientBorrow<'_>, args: campaign_leads::CampaignLeadFilter, page: w::Page) -> Result<campaign_leads::CampaignLeadPage, w::Error> {
        run(c, &catalog::campaign_leads::LIST_ALL_SMARTLEAD_CAMPAIGN_LEADS, args, Some(page))
    }
    fn create_a_smartlead_campaign_lead(c: w::ClientBorrow<'_>, args: campaign_leads::NewLeads) -> Result<campaign_leads::AddLeadsResult, w::Error> {
        run(c, &catalog::campaign_leads::CREATE_A_SMARTLEAD_CAMPAIGN_LEAD, args, None)
    }
    fn delete_a_smartlead_campaign_lead_by_id(c: w::ClientBorrow<'_>, args: campaign_leads::CampaignLeadRef) -> Result<w::Ack, w::Error> {
        run(c, &catalog::campaign_leads::DELETE_A_SMARTLEAD_CAMPAIGN_LEAD_BY_ID, args, None)
    }
    fn smartlead_campaign_leads_unsubscribe_lead(c: w::ClientBorrow<'_>, args: campaign_leads::CampaignLeadRef) -> Result<w::Ack, w::Error> {
        run(c, &catalog::campaign_leads::SMARTLEAD_CAMPAIGN_LEADS_UNSUBSCRIBE_LEAD, args, None)
    }
    fn smartlead_campaign_leads_pause_lead(c: w::ClientBorrow<'_>, args: campaign_leads::CampaignLeadRef) -> Result<w::Ack, w::Error> {
        run(c, &catalog::campaign_leads::SMARTLEAD_CAMPAIGN_LEADS_PAUSE_LEAD, args, None)
    }
    fn smartlead_campaign_leads_resume_leads(c: w::ClientBorrow<'_>, args: campaign_leads::ResumeLead) -> Result<w::Ack, w::Error> {
        run(c, &catalog::campaign_leads::SMARTLEAD_CAMPAIGN_LEADS_RESUME_LEADS, args, None)
    }
    fn smartlead_campaign_leads_reply_to_lead(c: w::ClientBorrow<'_>, args: campaign_leads::ReplyToLead) -> Result<w::Ack, w::Error> {
        run(c, &catalog::campaign_leads::SMARTLEAD_CAMPAIGN_LEADS_REPLY_TO_LEAD, args, None)
    }
    fn update_a_smartlead_campaign_lead_by_id(c: w::ClientBorrow<'_>, args: campaign_leads::LeadUpdate) -> Result<w::Ack, w::Error> {
        run(c, &catalog::campaign_leads::UPDATE_A_SMARTLEAD_CAMPAIGN_LEAD_BY_ID, args, None)
    }
    fn smartlead_campaign_leads_update_lead_category(c: w::ClientBorrow<'_>, args: campaign_leads::CategoryUpdate) -> Result<w::Ack, w::Error> {
        run(c, &catalog::campaign_leads::SMARTLEAD_CAMPAIGN_LEADS_UPDATE_LEAD_CATEGORY, args, None)
    }
    fn list_all_smartlead_campaign_lead_message_history(c: w::ClientBorrow<'_>, args: campaign_leads::MessageHistoryFilter, page: w::Page) -> Result<campaign_leads::MessagePage, w::Error> {
        run(c, &catalog::campaign_leads::LIST_ALL_SMARTLEAD_CAMPAIGN_LEAD_MESSAGE_HISTORY, args, Some(page))
    }
    fn smartlead_campaign_leads_manual_complete(c: w::ClientBorrow<'_>, args: campaign_leads::LeadMapRef) -> Result<w::Ack, w::Error> {
        run(c, &catalog::campaign_leads::SMARTLEAD_CAMPAIGN_LEADS_MANUAL_COMPLETE, args, None)
    }
}

impl leads::Guest for Component {
    fn list_all_smartlead_block_list(c: w::ClientBorrow<'_>, args: leads::BlockListFilter, page: w::Page) -> Result<leads::BlockListPage, w::Error> {
        run(c, &catalog::leads::LIST_ALL_SMARTLEAD_BLOCK_LIST, args, Some(page))
    }
    fn delete_a_smartlead_block_list_entry_by_id(c: w::ClientBorrow<'_>, args: leads::BlockListEntryRef) -> Result<w::Ack, w::Error> {
        run(c, &catalog::leads::DELETE_A_SMARTLEAD_BLOCK_LIST_ENTRY_BY_ID, args, None)
    }
    fn list_all_smartlead_leads(c: w::ClientBorrow<'_>, args: leads::LeadLookup, page: w::Page) -> Result<leads::LeadPage, w::Error> {
        run(c, &catalog::leads::LIST_ALL_SMARTLEAD_LEADS, args, Some(page))
    }
    fn get_single_smartlead_lead_by_id(c: w::ClientBorrow<'_>, args: leads::LeadRef) -> Result<leads::Lead, w::Error> {
        run(c, &catalog::leads::GET_SINGLE_SMARTLEAD_LEAD_BY_ID, args, None)
    }
    fn smartlead_leads_unsubscribe(c: w::ClientBorrow<'_>, args: leads::LeadRef) -> Result<w::Ack, w::Error> {
        run(c, &catalog::leads::SMARTLEAD_LEADS_UNSUBSCRIBE, args, None)
    }
    fn smartlead_leads_block(c: w::ClientBorrow<'_>, args: leads::DomainBlockList) -> Result<w::Ack, w::Error> {
        run(c, &catalog::leads::SMARTLEAD_LEADS_BLOCK, args, None)
    }
    fn list_all_smartlead_lead_campaigns(c: w::ClientBorrow<'_>, args: leads::LeadRef, page: w::Page) -> Result<leads::LeadCampaignPage, w::Error> {
        run(c, &catalog::leads::LIST_ALL_SMARTLEAD_LEAD_CAMPAIGNS, args, Some(page))
    }
    fn list_all_smartlead_lead_category(c: w::ClientBorrow<'_>, page: w::Page) -> Result<leads::LeadCategoryPage, w::Error> {
        run(c, &catalog::leads::LIST_ALL_SMARTLEAD_LEAD_CATEGORY, catalog::NoArgs {}, Some(page))
    }
}

impl webhooks::Guest for Component {
    fn create_a_smartlead_webhook(c: w::ClientBorrow<'_>, args: webhooks::NewAccountWebhook) -> Result<w::Created, w::Error> {
        run(c, &catalog::webhooks::CREATE_A_SMARTLEAD_WEBHOOK, args, None)
    }
    fn get_single_smartlead_webhook_by_id(c: w::ClientBorrow<'_>, args: webhooks::AccountWebhookRef) -> Result<webhooks::AccountWebhook, w::Error> {
        run(c, &catalog::webhooks::GET_SINGLE_SMARTLEAD_WEBHOOK_BY_ID, args, None)
    }
    fn update_a_smartlead_webhook_by_id(c: w::ClientBorrow<'_>, args: webhooks::AccountWebhookUpdate) -> Result<w::Ack, w::Error> {
        run(c, &catalog::webhooks::UPDATE_A_SMARTLEAD_WEBHOOK_BY_ID, args, None)
    }
    fn delete_a_smartlead_webhook_by_id(c: w::ClientBorrow<'_>, args: webhooks::AccountWebhookRef) -> Result<w::Ack, w::Error> {
        run(c, &catalog::webhooks::DELETE_A_SMARTLEAD_WEBHOOK_BY_ID, args, None)
    }
    fn smartlead_webhooks_summary(c: w::ClientBorrow<'_>, args: webhooks::WebhookWindow) -> Result<webhooks::WebhookSummary, w::Error> {
        run(c, &catalog::webhooks::SMARTLEAD_WEBHOOKS_SUMMARY, args, None)
    }
    fn smartlead_webhooks_retrigger_failed_events(c: w::ClientBorrow<'_>, args: webhooks::WebhookWindow) -> Result<webhooks::RetriggeredEvents, w::Error> {
        run(c, &catalog::webhooks::SMARTLEAD_WEBHOOKS_RETRIGGER_FAILED_EVENTS, args, None)
    }
    fn list_all_smartlead_campaign_webhooks(c: w::ClientBorrow<'_>, args: w::ByCampaign, page: w::Page) -> Result<webhooks::WebhookPage, w::Error> {
        run(c, &catalog::webhooks::LIST_ALL_SMARTLEAD_CAMPAIGN_WEBHOOKS, args, Some(page))
    }
    fn update_a_smartlead_campaign_webhook_by_id(c: w::ClientBorrow<'_>, args: webhooks::WebhookUpdate) -> Result<webhooks::Webhook, w::Error> {
        run(c, &catalog::webhooks::UPDATE_A_SMARTLEAD_CAMPAIGN_WEBHOOK_BY_ID, args, None)
    }
    fn create_a_smartlead_campaign_webhook(c: w::ClientBorrow<'_>, args: webhooks::NewWebhook) -> Result<webhooks::Webhook, w::Error> {
        run(c, &catalog::webhooks::CREATE_A_SMARTLEAD_CAMPAIGN_WEBHOOK, args, None)
    }
    fn delete_a_smartlead_campaign_webhook_by_id(c: w::ClientBorrow<'_>, args: webhooks::WebhookRef) -> Result<w::Ack, w::Error> {
        run(c, &catalog::webhooks::DELETE_A_SMARTLEAD_CAMPAIGN_WEBHOOK_BY_ID, args, None)
    }
    fn smartlead_webhooks_delete_campaign_webhook(c: w::ClientBorrow<'_>, args: webhooks::WebhookRef) -> Result<w::Ack, w::Error> {
        run(c, &catalog::webhooks::SMARTLEAD_WEBHOOKS_DELETE_CAMPAIGN_WEBHOOK, args, None)
    }
}

impl lead_lists::Guest for Component {
    fn create_a_smartlead_lead_list(c: w::ClientBorrow<'_>, args: lead_lists::NewLeadList) -> Result<w::Created, w::Error> {
        run(c, &catalog::lead_lists::CREATE_A_SMARTLEAD_LEAD_LIST, args, None)
    }
    fn list_all_smartlead_lead_lists(c: w::ClientBorrow<'_>, args: lead_lists::LeadListFilter, page: w::Page) -> Result<lead_lists::LeadListPage, w::Error> {
        run(c, &catalog::lead_lists::LIST_ALL_SMARTLEAD_LEAD_LISTS, args, Some(page))
    }
    fn get_single_smartlead_lead_list_by_id(c: w::ClientBorrow<'_>, args: lead_lists::LeadListRef) -> Result<lead_lists::LeadList, w::Error> {
        run(c, &catalog::lead_lists::GET_SINGLE_SMARTLEAD_LEAD_LIST_BY_ID, args, None)
    }
    fn update_a_smartlead_lead_list_by_id(c: w::ClientBorrow<'_>, args: lead_lists::LeadListRename) -> Result<w::Ack, w::Error> {
        run(c, &catalog::lead_lists::UPDATE_A_SMARTLEAD_LEAD_LIST_BY_ID, args, None)
    }
    fn delete_a_smartlead_lead_list_by_id(c: w::ClientBorrow<'_>, args: lead_lists::LeadListRef) -> Result<w::Ack, w::Error> {
        run(c, &catalog::lead_lists::DELETE_A_SMARTLEAD_LEAD_LIST_BY_ID, args, None)
    }
    fn smartlead_lead_lists_import_leads(c: w::ClientBorrow<'_>, args: lead_lists::ListImport) -> Result<lead_lists::ListImportResult, w::Error> {
        run(c, &catalog::lead_lists::SMARTLEAD_LEAD_LISTS_IMPORT_LEADS, args, None)
    }
    fn smartlead_lead_lists_move_leads(c: w::ClientBorrow<'_>, args: lead_lists::ListMove) -> Result<lead_lists::ListMoveResult, w::Error> {
        run(c, &catalog::lead_lists::SMARTLEAD_LEAD_LISTS_MOVE_LEADS, args, None)
    }
    fn smartlead_lead_lists_push_to_campaign(c: w::ClientBorrow<'_>, args: lead_lists::ListPush) -> Result<lead_lists::ListPushResult, w::Error> {
        run(c, &catalog::lead_lists::SMARTLEAD_LEAD_LISTS_PUSH_TO_CAMPAIGN, args, None)
    }
    fn smartlead_lead_lists_assign_tags(c: w::ClientBorrow<'_>, args: lead_lists::ListTags) -> Result<w::Ack, w::Error> {
        run(c, &catalog::lead_lists::SMARTLEAD_LEAD_LISTS_ASSIGN_TAGS, args, None)
    }
}

impl mi::Guest for Component {
    fn list_all_smartlead_master_inbox_replies(c: w::ClientBorrow<'_>, args: mi::InboxView, page: w::Page) -> Result<mi::InboxPage, w::Error> {
        run(c, &catalog::master_inbox::LIST_ALL_SMARTLEAD_MASTER_INBOX_REPLIES, args, Some(page))
    }
    fn list_all_smartlead_master_inbox_sent(c: w::ClientBorrow<'_>, args: mi::InboxViewWithoutHistory, page: w::Page) -> Result<mi::InboxPage, w::Error> {
        run(c, &catalog::master_inbox::LIST_ALL_SMARTLEAD_MASTER_INBOX_SENT, args, Some(page))
    }
    fn list_all_smartlead_master_inbox_assigned_to_me(c: w::ClientBorrow<'_>, args: mi::InboxView, page: w::Page) -> Result<mi::InboxPage, w::Error> {
        run(c, &catalog::master_inbox::LIST_ALL_SMARTLEAD_MASTER_INBOX_ASSIGNED_TO_ME, args, Some(page))
    }
    fn list_all_smartlead_master_inbox_unread_replies(c: w::ClientBorrow<'_>, args: mi::InboxView, page: w::Page) -> Result<mi::InboxPage, w::Error> {
        run(c, &catalog::master_inbox::LIST_ALL_SMARTLEAD_MASTER_INBOX_UNREAD_REPLIES, args, Some(page))
    }
    fn list_all_smartlead_master_inbox_important(c: w::ClientBorrow<'_>, args: mi::InboxView, page: w::Page) -> Result<mi::InboxPage, w::Error> {
        run(c, &catalog::master_inbox::LIST_ALL_SMARTLEAD_MASTER_INBOX_IMPORTANT, args, Some(page))
    }
    fn list_all_smartlead_master_inbox_snoozed(c: w::ClientBorrow<'_>, args: mi::InboxView, page: w::Page) -> Result<mi::InboxPage, w::Error> {
        run(c, &catalog::master_inbox::LIST_ALL_SMARTLEAD_MASTER_INBOX_SNOOZED, args, Some(page))
    }
    fn list_all_smartlead_master_inbox_scheduled(c: w::ClientBorrow<'_>, args: mi::InboxView, page: w::Page) -> Result<mi::InboxPage, w::Error> {
        run(c, &catalog::master_inbox::LIST_ALL_SMARTLEAD_MASTER_INBOX_SCHEDULED, args, Some(page))
    }
    fn list_all_smartlead_master_inbox_reminders(c: w::ClientBorrow<'_>, args: mi::InboxViewWithoutHistory, page: w::Page) -> Result<mi::InboxPage, w::Error> {
        run(c, &catalog::master_inbox::LIST_ALL_SMARTLEAD_MASTER_INBOX_REMINDERS, args, Some(page))
    }
    fn list_all_smartlead_master_inbox_archived(c: w::ClientBorrow<'_>, args: mi::InboxView, page: w::Page) -> Result<mi::InboxPage, w::Error> {
        run(c, &catalog::master_inbox::LIST_ALL_SMARTLEAD_MASTER_INBOX_ARCHIVED, args, Some(page))
    }
    fn list_all_smartlead_master_inbox_custom_view(c: w::ClientBorrow<'_>, args: mi::InboxView, page: w::Page) -> Result<mi::InboxPage, w::Error> {
        run(c, &catalog::master_inbox::LIST_ALL_SMARTLEAD_MASTER_INBOX_CUSTOM_VIEW, args, Some(page))
    }
    fn get_single_smartlead_master_inbox_item_by_id(c: w::ClientBorrow<'_>, args: mi::InboxItemRef) -> Result<mi::InboxItem, w::Error> {
        run(c, &catalog::master_inbox::GET_SINGLE_SMARTLEAD_MASTER_INBOX_ITEM_BY_ID, args, None)
    }
    fn list_all_smartlead_master_inbox_untracked_replies(c: w::ClientBorrow<'_>, args: mi::UntrackedFilter, page: w::Page) -> Result<mi::UntrackedReplyPage, w::Error> {
        run(c, &catalog::master_inbox::LIST_ALL_SMARTLEAD_MASTER_INBOX_UNTRACKED_REPLIES, args, Some(page))
    }
    fn smartlead_master_inbox_reply_status(c: w::ClientBorrow<'_>, args: mi::ReplyStatusQuery) -> Result<mi::ReplyStatus, w::Error> {
        run(c, &catalog::master_inbox::SMARTLEAD_MASTER_INBOX_REPLY_STATUS, args, None)
    }
    fn smartlead_master_inbox_change_read_status(c: w::ClientBorrow<'_>, args: mi::ReadStatusChange) -> Result<mi::InboxReadStatus, w::Error> {
        run(c, &catalog::master_inbox::SMARTLEAD_MASTER_INBOX_CHANGE_READ_STATUS, args, None)
    }
    fn smartlead_master_inbox_update_category(c: w::ClientBorrow<'_>, args: mi::InboxCategoryChange) -> Result<w::Ack, w::Error> {
        run(c, &catalog::master_inbox::SMARTLEAD_MASTER_INBOX_UPDATE_CATEGORY, args, None)
    }
    fn smartlead_master_inbox_update_revenue(c: w::ClientBorrow<'_>, args: mi::RevenueChange) -> Result<mi::InboxRevenue, w::Error> {
        run(c, &catalog::master_inbox::SMARTLEAD_MASTER_INBOX_UPDATE_REVENUE, args, None)
    }
    fn smartlead_master_inbox_resume_lead(c: w::ClientBorrow<'_>, args: mi::InboxResumeRequest) -> Result<mi::InboxResume, w::Error> {
        run(c, &catalog::master_inbox::SMARTLEAD_MASTER_INBOX_RESUME_LEAD, args, None)
    }
    fn smartlead_master_inbox_assign_team_member(c: w::ClientBorrow<'_>, args: mi::TeamMemberAssignment) -> Result<mi::InboxAssignment, w::Error> {
        run(c, &catalog::master_inbox::SMARTLEAD_MASTER_INBOX_ASSIGN_TEAM_MEMBER, args, None)
    }
    fn smartlead_master_inbox_create_note(c: w::ClientBorrow<'_>, args: mi::NewLeadNote) -> Result<mi::LeadNote, w::Error> {
        run(c, &catalog::master_inbox::SMARTLEAD_MASTER_INBOX_CREATE_NOTE, args, None)
    }
    fn smartlead_master_inbox_create_task(c: w::ClientBorrow<'_>, args: mi::NewLeadTask) -> Result<mi::LeadTask, w::Error> {
        run(c, &catalog::master_inbox::SMARTLEAD_MASTER_INBOX_CREATE_TASK, args, None)
    }
    fn smartlead_master_inbox_set_reminder(c: w::ClientBorrow<'_>, args: mi::NewReminder) -> Result<mi::LeadReminder, w::Error> {
        run(c, &catalog::master_inbox::SMARTLEAD_MASTER_INBOX_SET_REMINDER, args, None)
    }
    fn smartlead_master_inbox_push_to_subsequence(c: w::ClientBorrow<'_>, args: mi::SubsequenceEntry) -> Result<mi::SubsequencePush, w::Error> {
        run(c, &catalog::master_inbox::SMARTLEAD_MASTER_INBOX_PUSH_TO_SUBSEQUENCE, args, None)
    }
    fn smartlead_master_inbox_block_domains(c: w::ClientBorrow<'_>, args: mi::DomainBlock) -> Result<mi::BlockedDomains, w::Error> {
        run(c, &catalog::master_inbox::SMARTLEAD_MASTER_INBOX_BLOCK_DOMAINS, args, None)
    }
}

impl crm::Guest for Component {
    fn list_all_smartlead_lead_notes(c: w::ClientBorrow<'_>, args: leads::LeadRef, page: w::Page) -> Result<crm::LeadNotePage, w::Error> {
        run(c, &catalog::crm::LIST_ALL_SMARTLEAD_LEAD_NOTES, args, Some(page))
    }
    fn list_all_smartlead_lead_tags(c: w::ClientBorrow<'_>, args: crm::LeadTagFilter, page: w::Page) -> Result<crm::LeadTagPage, w::Error> {
        run(c, &catalog::crm::LIST_ALL_SMARTLEAD_LEAD_TAGS, args, Some(page))
    }
    fn smartlead_crm_add_lead_tags(c: w::ClientBorrow<'_>, args: crm::LeadTagging) -> Result<w::Ack, w::Error> {
        run(c, &catalog::crm::SMARTLEAD_CRM_ADD_LEAD_TAGS, args, None)
    }
    fn delete_a_smartlead_lead_tag_by_id(c: w::ClientBorrow<'_>, args: crm::LeadTagRef) -> Result<w::Ack, w::Error> {
        run(c, &catalog::crm::DELETE_A_SMARTLEAD_LEAD_TAG_BY_ID, args, None)
    }
    fn list_all_smartlead_lead_tasks(c: w::ClientBorrow<'_>, args: leads::LeadRef, page: w::Page) -> Result<crm::LeadTaskPage, w::Error> {
        run(c, &catalog::crm::LIST_ALL_SMARTLEAD_LEAD_TASKS, args, Some(page))
    }
}

impl utilities::Guest for Component {
    fn smartlead_utilities_send_single_email(c: w::ClientBorrow<'_>, args: utilities::SingleEmail) -> Result<utilities::SentEmail, w::Error> {
        run(c, &catalog::utilities::SMARTLEAD_UTILITIES_SEND_SINGLE_EMAIL, args, None)
    }
}

/// A body Smartlead does not document, given as JSON text: it must be an object.
fn json_object(args: sd::JsonObject) -> Result<catalog::smart_delivery::JsonObject, w::Error> {
    match serde_json::from_str(&args.json) {
        Ok(serde_json::Value::Object(fields)) => Ok(catalog::smart_delivery::JsonObject(fields)),
        _ => Err(w::Error::InvalidInput(format!("`json`: must be a JSON object, e.g. {{\"test_name\": \"Q1 copy\"}}, got {:.80}", args.json))),
    }
}

impl sd::Guest for Component {
    fn list_all_smartlead_smart_delivery_folders(c: w::ClientBorrow<'_>, page: w::Page) -> Result<sd::DeliveryFolderPage, w::Error> {
        run(c, &catalog::smart_delivery::LIST_ALL_SMARTLEAD_SMART_DELIVERY_FOLDERS, catalog::NoArgs {}, Some(page))
    }
    fn create_a_smartlead_smart_delivery_folder(c: w::ClientBorrow<'_>, args: sd::NewDeliveryFolder) -> Result<sd::DeliveryFolder, w::Error> {
        run(c, &catalog::smart_delivery::CREATE_A_SMARTLEAD_SMART_DELIVERY_FOLDER, args, None)
    }
    fn get_single_smartlead_smart_delivery_folder_by_id(c: w::ClientBorrow<'_>, args: sd::DeliveryFolderRef) -> Result<sd::DeliveryFolder, w::Error> {
        run(c, &catalog::smart_delivery::GET_SINGLE_SMARTLEAD_SMART_DELIVERY_FOLDER_BY_ID, args, None)
    }
    fn delete_a_smartlead_smart_delivery_folder_by_id(c: w::ClientBorrow<'_>, args: sd::DeliveryFolderRef) -> Result<w::Ack, w::Error> {
        run(c, &catalog::smart_delivery::DELETE_A_SMARTLEAD_SMART_DELIVERY_FOLDER_BY_ID, args, None)
    }
    fn smartlead_smart_delivery_create_manual_test(c: w::ClientBorrow<'_>, args: sd::JsonObject) -> Result<sd::SpamTest, w::Error> {
        run(c, &catalog::smart_delivery::SMARTLEAD_SMART_DELIVERY_CREATE_MANUAL_TEST, json_object(args)?, None)
    }
    fn smartlead_smart_delivery_create_automated_test(c: w::ClientBorrow<'_>, args: sd::JsonObject) -> Result<sd::SpamTest, w::Error> {
        run(c, &catalog::smart_delivery::SMARTLEAD_SMART_DELIVERY_CREATE_AUTOMATED_TEST, json_object(args)?, None)
    }
    fn list_all_smartlead_smart_delivery_tests(c: w::ClientBorrow<'_>, args: sd::JsonObject, page: w::Page) -> Result<sd::SpamTestSummaryPage, w::Error> {
        run(c, &catalog::smart_delivery::LIST_ALL_SMARTLEAD_SMART_DELIVERY_TESTS, json_object(args)?, Some(page))
    }
    fn get_single_smartlead_smart_delivery_test_by_id(c: w::ClientBorrow<'_>, args: sd::SpamTestRef) -> Result<sd::SpamTest, w::Error> {
        run(c, &catalog::smart_delivery::GET_SINGLE_SMARTLEAD_SMART_DELIVERY_TEST_BY_ID, args, None)
    }
    fn smartlead_smart_delivery_stop_test(c: w::ClientBorrow<'_>, args: sd::SpamTestRef) -> Result<w::Ack, w::Error> {
        run(c, &catalog::smart_delivery::SMARTLEAD_SMART_DELIVERY_STOP_TEST, args, None)
    }
    fn smartlead_smart_delivery_delete_tests(c: w::ClientBorrow<'_>, args: sd::JsonObject) -> Result<w::Ack, w::Error> {
        run(c, &catalog::smart_delivery::SMARTLEAD_SMART_DELIVERY_DELETE_TESTS, json_object(args)?, None)
    }
    fn smartlead_smart_delivery_mailbox_count(c: w::ClientBorrow<'_>) -> Result<sd::PlacementCount, w::Error> {
        run(c, &catalog::smart_delivery::SMARTLEAD_SMART_DELIVERY_MAILBOX_COUNT, catalog::NoArgs {}, None)
    }
    fn list_all_smartlead_smart_delivery_mailbox_summary(c: w::ClientBorrow<'_>, page: w::Page) -> Result<sd::MailboxPlacementPage, w::Error> {
        run(c, &catalog::smart_delivery::LIST_ALL_SMARTLEAD_SMART_DELIVERY_MAILBOX_SUMMARY, catalog::NoArgs {}, Some(page))
    }
    fn smartlead_smart_delivery_ip_blacklist(c: w::ClientBorrow<'_>, args: sd::SpamTestRef) -> Result<sd::BlacklistReport, w::Error> {
        run(c, &catalog::smart_delivery::SMARTLEAD_SMART_DELIVERY_IP_BLACKLIST, args, None)
    }
    fn list_all_smartlead_smart_delivery_dkim_details(c: w::ClientBorrow<'_>, args: sd::SpamTestRef, page: w::Page) -> Result<sd::SenderCheckPage, w::Error> {
        run(c, &catalog::smart_delivery::LIST_ALL_SMARTLEAD_SMART_DELIVERY_DKIM_DETAILS, args, Some(page))
    }
    fn list_all_smartlead_smart_delivery_spf_details(c: w::ClientBorrow<'_>, args: sd::SpamTestRef, page: w::Page) -> Result<sd::SenderCheckPage, w::Error> {
        run(c, &catalog::smart_delivery::LIST_ALL_SMARTLEAD_SMART_DELIVERY_SPF_DETAILS, args, Some(page))
    }
    fn list_all_smartlead_smart_delivery_rdns_details(c: w::ClientBorrow<'_>, args: sd::SpamTestRef, page: w::Page) -> Result<sd::SenderCheckPage, w::Error> {
        run(c, &catalog::smart_delivery::LIST_ALL_SMARTLEAD_SMART_DELIVERY_RDNS_DETAILS, args, Some(page))
    }
    fn list_all_smartlead_smart_delivery_domain_blacklist(c: w::ClientBorrow<'_>, args: sd::SpamTestRef, page: w::Page) -> Result<sd::SenderCheckPage, w::Error> {
        run(c, &catalog::smart_delivery::LIST_ALL_SMARTLEAD_SMART_DELIVERY_DOMAIN_BLACKLIST, args, Some(page))
    }
    fn smartlead_smart_delivery_email_content(c: w::ClientBorrow<'_>, args: sd::SpamTestRef) -> Result<sd::TestEmailContent, w::Error> {
        run(c, &catalog::smart_delivery::SMARTLEAD_SMART_DELIVERY_EMAIL_CONTENT, args, None)
    }
    fn smartlead_smart_delivery_geo_report(c: w::ClientBorrow<'_>, args: sd::SpamTestRef) -> Result<sd::PlacementBreakdown, w::Error> {
        run(c, &catalog::smart_delivery::SMARTLEAD_SMART_DELIVERY_GEO_REPORT, args, None)
    }
    fn smartlead_smart_delivery_provider_report(c: w::ClientBorrow<'_>, args: sd::SpamTestRef) -> Result<sd::PlacementBreakdown, w::Error> {
        run(c, &catalog::smart_delivery::SMARTLEAD_SMART_DELIVERY_PROVIDER_REPORT, args, None)
    }
    fn list_all_smartlead_smart_delivery_ip_details(c: w::ClientBorrow<'_>, args: sd::SpamTestRef, page: w::Page) -> Result<sd::IpReportPage, w::Error> {
        run(c, &catalog::smart_delivery::LIST_ALL_SMARTLEAD_SMART_DELIVERY_IP_DETAILS, args, Some(page))
    }
    fn list_all_smartlead_smart_delivery_schedule_history(c: w::ClientBorrow<'_>, args: sd::SpamTestRef, page: w::Page) -> Result<sd::TestRunPage, w::Error> {
        run(c, &catalog::smart_delivery::LIST_ALL_SMARTLEAD_SMART_DELIVERY_SCHEDULE_HISTORY, args, Some(page))
    }
    fn list_all_smartlead_smart_delivery_sender_reports(c: w::ClientBorrow<'_>, args: sd::SpamTestRef, page: w::Page) -> Result<sd::SenderReportPage, w::Error> {
        run(c, &catalog::smart_delivery::LIST_ALL_SMARTLEAD_SMART_DELIVERY_SENDER_REPORTS, args, Some(page))
    }
    fn smartlead_smart_delivery_reply_headers(c: w::ClientBorrow<'_>, args: sd::ReplyRef) -> Result<Vec<(String, String)>, w::Error> {
        run(c, &catalog::smart_delivery::SMARTLEAD_SMART_DELIVERY_REPLY_HEADERS, args, None)
    }
    fn list_all_smartlead_smart_delivery_sender_accounts(c: w::ClientBorrow<'_>, args: sd::SpamTestRef, page: w::Page) -> Result<sd::TestSenderPage, w::Error> {
        run(c, &catalog::smart_delivery::LIST_ALL_SMARTLEAD_SMART_DELIVERY_SENDER_ACCOUNTS, args, Some(page))
    }
    fn list_all_smartlead_smart_delivery_spam_filter_details(c: w::ClientBorrow<'_>, args: sd::SpamTestRef, page: w::Page) -> Result<sd::SpamFilterReportPage, w::Error> {
        run(c, &catalog::smart_delivery::LIST_ALL_SMARTLEAD_SMART_DELIVERY_SPAM_FILTER_DETAILS, args, Some(page))
    }
    fn smartlead_smart_delivery_provider_ids(c: w::ClientBorrow<'_>) -> Result<sd::SeedProviders, w::Error> {
        run(c, &catalog::smart_delivery::SMARTLEAD_SMART_DELIVERY_PROVIDER_IDS, catalog::NoArgs {}, None)
    }
}

impl sp::Guest for Component {
    fn list_all_smartlead_prospect_cities(c: w::ClientBorrow<'_>, args: sp::CityLookup, page: w::Page) -> Result<sp::ProspectOptionPage, w::Error> {
        run(c, &catalog::smart_prospect::LIST_ALL_SMARTLEAD_PROSPECT_CITIES, args, Some(page))
    }
    fn list_all_smartlead_prospect_companies(c: w::ClientBorrow<'_>, args: sp::Lookup, page: w::Page) -> Result<sp::ProspectOptionPage, w::Error> {
        run(c, &catalog::smart_prospect::LIST_ALL_SMARTLEAD_PROSPECT_COMPANIES, args, Some(page))
    }
    fn list_all_smartlead_prospect_countries(c: w::ClientBorrow<'_>, args: sp::Lookup, page: w::Page) -> Result<sp::ProspectOptionPage, w::Error> {
        run(c, &catalog::smart_prospect::LIST_ALL_SMARTLEAD_PROSPECT_COUNTRIES, args, Some(page))
    }
    fn list_all_smartlead_prospect_departments(c: w::ClientBorrow<'_>, args: sp::Lookup, page: w::Page) -> Result<sp::ProspectOptionPage, w::Error> {
        run(c, &catalog::smart_prospect::LIST_ALL_SMARTLEAD_PROSPECT_DEPARTMENTS, args, Some(page))
    }
    fn list_all_smartlead_prospect_domains(c: w::ClientBorrow<'_>, args: sp::Lookup, page: w::Page) -> Result<sp::ProspectOptionPage, w::Error> {
        run(c, &catalog::smart_prospect::LIST_ALL_SMARTLEAD_PROSPECT_DOMAINS, args, Some(page))
    }
    fn list_all_smartlead_prospect_head_counts(c: w::ClientBorrow<'_>, args: sp::Lookup, page: w::Page) -> Result<sp::ProspectOptionPage, w::Error> {
        run(c, &catalog::smart_prospect::LIST_ALL_SMARTLEAD_PROSPECT_HEAD_COUNTS, args, Some(page))
    }
    fn list_all_smartlead_prospect_industries(c: w::ClientBorrow<'_>, args: sp::IndustryLookup, page: w::Page) -> Result<sp::ProspectOptionPage, w::Error> {
        run(c, &catalog::smart_prospect::LIST_ALL_SMARTLEAD_PROSPECT_INDUSTRIES, args, Some(page))
    }
    fn list_all_smartlead_prospect_job_titles(c: w::ClientBorrow<'_>, args: sp::Lookup, page: w::Page) -> Result<sp::ProspectOptionPage, w::Error> {
        run(c, &catalog::smart_prospect::LIST_ALL_SMARTLEAD_PROSPECT_JOB_TITLES, args, Some(page))
    }
    fn list_all_smartlead_prospect_keywords(c: w::ClientBorrow<'_>, args: sp::Lookup, page: w::Page) -> Result<sp::ProspectOptionPage, w::Error> {
        run(c, &catalog::smart_prospect::LIST_ALL_SMARTLEAD_PROSPECT_KEYWORDS, args, Some(page))
    }
    fn list_all_smartlead_prospect_levels(c: w::ClientBorrow<'_>, args: sp::Lookup, page: w::Page) -> Result<sp::ProspectOptionPage, w::Error> {
        run(c, &catalog::smart_prospect::LIST_ALL_SMARTLEAD_PROSPECT_LEVELS, args, Some(page))
    }
    fn list_all_smartlead_prospect_revenues(c: w::ClientBorrow<'_>, page: w::Page) -> Result<sp::ProspectOptionPage, w::Error> {
        run(c, &catalog::smart_prospect::LIST_ALL_SMARTLEAD_PROSPECT_REVENUES, catalog::NoArgs {}, Some(page))
    }
    fn list_all_smartlead_prospect_states(c: w::ClientBorrow<'_>, args: sp::StateLookup, page: w::Page) -> Result<sp::ProspectOptionPage, w::Error> {
        run(c, &catalog::smart_prospect::LIST_ALL_SMARTLEAD_PROSPECT_STATES, args, Some(page))
    }
    fn list_all_smartlead_prospect_sub_industries(c: w::ClientBorrow<'_>, args: sp::SubIndustryLookup, page: w::Page) -> Result<sp::ProspectOptionPage, w::Error> {
        run(c, &catalog::smart_prospect::LIST_ALL_SMARTLEAD_PROSPECT_SUB_INDUSTRIES, args, Some(page))
    }
    fn smartlead_prospect_search_contacts(c: w::ClientBorrow<'_>, args: sp::ContactQuery) -> Result<sp::ContactSearch, w::Error> {
        run(c, &catalog::smart_prospect::SMARTLEAD_PROSPECT_SEARCH_CONTACTS, args, None)
    }
    fn smartlead_prospect_find_emails(c: w::ClientBorrow<'_>, args: sp::EmailQuery) -> Result<sp::FoundEmails, w::Error> {
        run(c, &catalog::smart_prospect::SMARTLEAD_PROSPECT_FIND_EMAILS, args, None)
    }
    fn smartlead_prospect_fetch_contacts(c: w::ClientBorrow<'_>, args: sp::ContactFetch) -> Result<sp::FetchedContacts, w::Error> {
        run(c, &catalog::smart_prospect::SMARTLEAD_PROSPECT_FETCH_CONTACTS, args, None)
    }
    fn list_all_smartlead_prospect_contacts(c: w::ClientBorrow<'_>, args: sp::ContactsQuery) -> Result<sp::ContactPage, w::Error> {
        run(c, &catalog::smart_prospect::LIST_ALL_SMARTLEAD_PROSPECT_CONTACTS, args, None)
    }
    fn smartlead_prospect_review_contacts(c: w::ClientBorrow<'_>, args: sp::FilterRef) -> Result<sp::ReviewedContacts, w::Error> {
        run(c, &catalog::smart_prospect::SMARTLEAD_PROSPECT_REVIEW_CONTACTS, args, None)
    }
    fn smartlead_prospect_search_analytics(c: w::ClientBorrow<'_>, args: sp::UsageQuery) -> Result<sp::ProspectUsage, w::Error> {
        run(c, &catalog::smart_prospect::SMARTLEAD_PROSPECT_SEARCH_ANALYTICS, args, None)
    }
    fn smartlead_prospect_reply_analytics(c: w::ClientBorrow<'_>) -> Result<sp::ProspectReplies, w::Error> {
        run(c, &catalog::smart_prospect::SMARTLEAD_PROSPECT_REPLY_ANALYTICS, catalog::NoArgs {}, None)
    }
    fn list_all_smartlead_prospect_saved_searches(c: w::ClientBorrow<'_>, page: w::Page) -> Result<sp::ProspectSearchPage, w::Error> {
        run(c, &catalog::smart_prospect::LIST_ALL_SMARTLEAD_PROSPECT_SAVED_SEARCHES, catalog::NoArgs {}, Some(page))
    }
    fn create_a_smartlead_prospect_saved_search(c: w::ClientBorrow<'_>, args: sp::SavedSearch) -> Result<w::Ack, w::Error> {
        run(c, &catalog::smart_prospect::CREATE_A_SMARTLEAD_PROSPECT_SAVED_SEARCH, args, None)
    }
    fn update_a_smartlead_prospect_saved_search(c: w::ClientBorrow<'_>, args: sp::SearchRename) -> Result<w::Ack, w::Error> {
        run(c, &catalog::smart_prospect::UPDATE_A_SMARTLEAD_PROSPECT_SAVED_SEARCH, args, None)
    }
    fn list_all_smartlead_prospect_recent_searches(c: w::ClientBorrow<'_>, page: w::Page) -> Result<sp::ProspectSearchPage, w::Error> {
        run(c, &catalog::smart_prospect::LIST_ALL_SMARTLEAD_PROSPECT_RECENT_SEARCHES, catalog::NoArgs {}, Some(page))
    }
    fn list_all_smartlead_prospect_fetched_searches(c: w::ClientBorrow<'_>, page: w::Page) -> Result<sp::ProspectSearchPage, w::Error> {
        run(c, &catalog::smart_prospect::LIST_ALL_SMARTLEAD_PROSPECT_FETCHED_SEARCHES, catalog::NoArgs {}, Some(page))
    }
    fn update_a_smartlead_prospect_fetched_search(c: w::ClientBorrow<'_>, args: sp::SearchRename) -> Result<w::Ack, w::Error> {
        run(c, &catalog::smart_prospect::UPDATE_A_SMARTLEAD_PROSPECT_FETCHED_SEARCH, args, None)
    }
}

impl ss::Guest for Component {
    fn smartlead_smart_senders_get_otp(c: w::ClientBorrow<'_>, args: ss::AdminMailbox) -> Result<ss::AdminOtp, w::Error> {
        run(c, &catalog::smart_senders::SMARTLEAD_SMART_SENDERS_GET_OTP, args, None)
    }
    fn smartlead_smart_senders_auto_generate_mailboxes(c: w::ClientBorrow<'_>, args: ss::MailboxGeneration) -> Result<ss::JsonRows, w::Error> {
        run(c, &catalog::smart_senders::SMARTLEAD_SMART_SENDERS_AUTO_GENERATE_MAILBOXES, args, None)
    }
    fn list_all_smartlead_smart_senders_domains(c: w::ClientBorrow<'_>, page: w::Page) -> Result<w::JsonPage, w::Error> {
        run(c, &catalog::smart_senders::LIST_ALL_SMARTLEAD_SMART_SENDERS_DOMAINS, catalog::NoArgs {}, Some(page))
    }
    fn list_all_smartlead_smart_senders_vendors(c: w::ClientBorrow<'_>, page: w::Page) -> Result<w::JsonPage, w::Error> {
        run(c, &catalog::smart_senders::LIST_ALL_SMARTLEAD_SMART_SENDERS_VENDORS, catalog::NoArgs {}, Some(page))
    }
    fn get_single_smartlead_smart_senders_order_by_id(c: w::ClientBorrow<'_>, args: ss::OrderRef) -> Result<ss::SenderOrder, w::Error> {
        run(c, &catalog::smart_senders::GET_SINGLE_SMARTLEAD_SMART_SENDERS_ORDER_BY_ID, args, None)
    }
    fn smartlead_smart_senders_place_order(c: w::ClientBorrow<'_>, args: ss::NewOrder) -> Result<ss::JsonRows, w::Error> {
        run(c, &catalog::smart_senders::SMARTLEAD_SMART_SENDERS_PLACE_ORDER, args, None)
    }
    fn list_all_smartlead_smart_senders_domain_search(c: w::ClientBorrow<'_>, args: ss::DomainQuery, page: w::Page) -> Result<w::JsonPage, w::Error> {
        run(c, &catalog::smart_senders::LIST_ALL_SMARTLEAD_SMART_SENDERS_DOMAIN_SEARCH, args, Some(page))
    }
}

impl an::Guest for Component {
    fn smartlead_analytics_overall_stats(c: w::ClientBorrow<'_>, args: an::OverallStatsWindow) -> Result<an::OverallStats, w::Error> {
        run(c, &catalog::analytics::SMARTLEAD_ANALYTICS_OVERALL_STATS, args, None)
    }
    fn list_all_smartlead_analytics_campaigns(c: w::ClientBorrow<'_>, args: an::AnalyticsScope, page: w::Page) -> Result<an::AnalyticsEntryPage, w::Error> {
        run(c, &catalog::analytics::LIST_ALL_SMARTLEAD_ANALYTICS_CAMPAIGNS, args, Some(page))
    }
    fn list_all_smartlead_analytics_clients(c: w::ClientBorrow<'_>, args: an::AnalyticsScope, page: w::Page) -> Result<an::AnalyticsEntryPage, w::Error> {
        run(c, &catalog::analytics::LIST_ALL_SMARTLEAD_ANALYTICS_CLIENTS, args, Some(page))
    }
    fn list_all_smartlead_analytics_monthly_client_counts(c: w::ClientBorrow<'_>, args: an::AnalyticsScope, page: w::Page) -> Result<an::MonthlyCountPage, w::Error> {
        run(c, &catalog::analytics::LIST_ALL_SMARTLEAD_ANALYTICS_MONTHLY_CLIENT_COUNTS, args, Some(page))
    }
    fn list_all_smartlead_analytics_day_wise_stats(c: w::ClientBorrow<'_>, args: an::AnalyticsWindow, page: w::Page) -> Result<an::DayStatsPage, w::Error> {
        run(c, &catalog::analytics::LIST_ALL_SMARTLEAD_ANALYTICS_DAY_WISE_STATS, args, Some(page))
    }
    fn list_all_smartlead_analytics_day_wise_stats_by_sent_time(c: w::ClientBorrow<'_>, args: an::SentTimeWindow, page: w::Page) -> Result<an::DayStatsPage, w::Error> {
        run(c, &catalog::analytics::LIST_ALL_SMARTLEAD_ANALYTICS_DAY_WISE_STATS_BY_SENT_TIME, args, Some(page))
    }
    fn list_all_smartlead_analytics_day_wise_positive_replies(c: w::ClientBorrow<'_>, args: an::AnalyticsWindow, page: w::Page) -> Result<an::DayStatsPage, w::Error> {
        run(c, &catalog::analytics::LIST_ALL_SMARTLEAD_ANALYTICS_DAY_WISE_POSITIVE_REPLIES, args, Some(page))
    }
    fn list_all_smartlead_analytics_day_wise_positive_replies_by_sent_time(c: w::ClientBorrow<'_>, args: an::SentTimeWindow, page: w::Page) -> Result<an::DayStatsPage, w::Error> {
        run(c, &catalog::analytics::LIST_ALL_SMARTLEAD_ANALYTICS_DAY_WISE_POSITIVE_REPLIES_BY_SENT_TIME, args, Some(page))
    }
    fn list_all_smartlead_analytics_campaign_performance(c: w::ClientBorrow<'_>, args: an::AnalyticsWindow, page: w::Page) -> Result<an::CampaignPerformancePage, w::Error> {
        run(c, &catalog::analytics::LIST_ALL_SMARTLEAD_ANALYTICS_CAMPAIGN_PERFORMANCE, args, Some(page))
    }
    fn list_all_smartlead_analytics_client_performance(c: w::ClientBorrow<'_>, args: an::ClientPerformanceWindow, page: w::Page) -> Result<an::ClientPerformancePage, w::Error> {
        run(c, &catalog::analytics::LIST_ALL_SMARTLEAD_ANALYTICS_CLIENT_PERFORMANCE, args, Some(page))
    }
    fn list_all_smartlead_analytics_email_health(c: w::ClientBorrow<'_>, args: an::MailboxHealthWindow, page: w::Page) -> Result<an::MailboxHealthPage, w::Error> {
        run(c, &catalog::analytics::LIST_ALL_SMARTLEAD_ANALYTICS_EMAIL_HEALTH, args, Some(page))
    }
    fn list_all_smartlead_analytics_domain_health(c: w::ClientBorrow<'_>, args: an::AnalyticsWindow, page: w::Page) -> Result<an::MailboxHealthPage, w::Error> {
        run(c, &catalog::analytics::LIST_ALL_SMARTLEAD_ANALYTICS_DOMAIN_HEALTH, args, Some(page))
    }
    fn smartlead_analytics_mailbox_stats(c: w::ClientBorrow<'_>, args: an::AnalyticsScope) -> Result<an::MailboxOverview, w::Error> {
        run(c, &catalog::analytics::SMARTLEAD_ANALYTICS_MAILBOX_STATS, args, None)
    }
    fn smartlead_analytics_provider_performance(c: w::ClientBorrow<'_>, args: an::AnalyticsWindow) -> Result<an::ProviderPerformance, w::Error> {
        run(c, &catalog::analytics::SMARTLEAD_ANALYTICS_PROVIDER_PERFORMANCE, args, None)
    }
    fn list_all_smartlead_analytics_team_board(c: w::ClientBorrow<'_>, args: an::AnalyticsWindow, page: w::Page) -> Result<an::TeamMemberStatsPage, w::Error> {
        run(c, &catalog::analytics::LIST_ALL_SMARTLEAD_ANALYTICS_TEAM_BOARD, args, Some(page))
    }
    fn smartlead_analytics_lead_stats(c: w::ClientBorrow<'_>, args: an::AnalyticsWindow) -> Result<an::LeadStats, w::Error> {
        run(c, &catalog::analytics::SMARTLEAD_ANALYTICS_LEAD_STATS, args, None)
    }
    fn list_all_smartlead_analytics_lead_category_responses(c: w::ClientBorrow<'_>, args: an::AnalyticsWindow, page: w::Page) -> Result<an::CategoryResponsePage, w::Error> {
        run(c, &catalog::analytics::LIST_ALL_SMARTLEAD_ANALYTICS_LEAD_CATEGORY_RESPONSES, args, Some(page))
    }
    fn smartlead_analytics_first_reply_leads(c: w::ClientBorrow<'_>, args: an::AnalyticsWindow) -> Result<an::FirstReplyLeads, w::Error> {
        run(c, &catalog::analytics::SMARTLEAD_ANALYTICS_FIRST_REPLY_LEADS, args, None)
    }
    fn smartlead_analytics_follow_up_reply_rate(c: w::ClientBorrow<'_>, args: an::AnalyticsWindow) -> Result<an::FollowUpReplyRate, w::Error> {
        run(c, &catalog::analytics::SMARTLEAD_ANALYTICS_FOLLOW_UP_REPLY_RATE, args, None)
    }
    fn list_all_smartlead_analytics_lead_to_reply_times(c: w::ClientBorrow<'_>, args: an::AnalyticsWindow, page: w::Page) -> Result<an::ReplyTimeBucketPage, w::Error> {
        run(c, &catalog::analytics::LIST_ALL_SMARTLEAD_ANALYTICS_LEAD_TO_REPLY_TIMES, args, Some(page))
    }
    fn list_all_smartlead_analytics_campaign_responses(c: w::ClientBorrow<'_>, args: an::AnalyticsWindow, page: w::Page) -> Result<an::CampaignResponsesPage, w::Error> {
        run(c, &catalog::analytics::LIST_ALL_SMARTLEAD_ANALYTICS_CAMPAIGN_RESPONSES, args, Some(page))
    }
    fn list_all_smartlead_analytics_campaign_statuses(c: w::ClientBorrow<'_>, args: an::AnalyticsScope, page: w::Page) -> Result<an::StatusCountPage, w::Error> {
        run(c, &catalog::analytics::LIST_ALL_SMARTLEAD_ANALYTICS_CAMPAIGN_STATUSES, args, Some(page))
    }
}

impl agency_clients::Guest for Component {
    fn create_a_smartlead_client_api_key(c: w::ClientBorrow<'_>, args: agency_clients::NewClientApiKey) -> Result<agency_clients::ClientApiKey, w::Error> {
        run(c, &catalog::agency_clients::CREATE_A_SMARTLEAD_CLIENT_API_KEY, args, None)
    }
    fn list_all_smartlead_client_api_keys(
        c: w::ClientBorrow<'_>,
        args: agency_clients::ClientApiKeyFilter,
        page: w::Page,
    ) -> Result<agency_clients::ClientApiKeyPage, w::Error> {
        run(c, &catalog::agency_clients::LIST_ALL_SMARTLEAD_CLIENT_API_KEYS, args, Some(page))
    }
    fn delete_a_smartlead_client_api_key_by_id(c: w::ClientBorrow<'_>, args: agency_clients::ClientApiKeyRef) -> Result<w::Ack, w::Error> {
        run(c, &catalog::agency_clients::DELETE_A_SMARTLEAD_CLIENT_API_KEY_BY_ID, args, None)
    }
    fn smartlead_agency_clients_reset_api_key(c: w::ClientBorrow<'_>, args: agency_clients::ClientApiKeyRef) -> Result<agency_clients::ClientApiKey, w::Error> {
        run(c, &catalog::agency_clients::SMARTLEAD_AGENCY_CLIENTS_RESET_API_KEY, args, None)
    }
    fn create_a_smartlead_client(c: w::ClientBorrow<'_>, args: agency_clients::NewClient) -> Result<w::Created, w::Error> {
        run(c, &catalog::agency_clients::CREATE_A_SMARTLEAD_CLIENT, args, None)
    }
    fn list_all_smartlead_clients(c: w::ClientBorrow<'_>, page: w::Page) -> Result<agency_clients::AgencyClientPage, w::Error> {
        run(c, &catalog::agency_clients::LIST_ALL_SMARTLEAD_CLIENTS, catalog::NoArgs {}, Some(page))
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
        let response = crate::surfaces::proxy::request(client(&c)?, &method, &path, query, body).map_err(Convert::convert)?;
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
        crate::surfaces::tools::list_tools()
            .iter()
            .map(|t| tools::Tool {
                name: t.name.to_string(),
                description: t.description.clone(),
                input_schema: t.input_schema.get().to_string(),
                output_schema: t.output_schema.get().to_string(),
                annotations: tools::ToolAnnotations {
                    read_only: t.annotations.read_only,
                    destructive: t.annotations.destructive,
                    idempotent: t.annotations.idempotent,
                    open_world: t.annotations.open_world,
                },
                route: tools::ToolRoute {
                    method: t.route.method.into(),
                    path: t.route.path.into(),
                    base: t.route.base.into(),
                    docs: t.route.docs.into(),
                },
            })
            .collect()
    }

    fn toolsets() -> Vec<tools::Toolset> {
        crate::surfaces::toolsets::toolsets()
            .iter()
            .map(|s| tools::Toolset { name: s.name.into(), description: s.description.into(), tools: s.tools.iter().map(|t| t.to_string()).collect() })
            .collect()
    }

    fn confirmation(name: String, arguments: String) -> Option<String> {
        crate::surfaces::tools::confirmation(&name, &arguments)
    }

    fn call_tool(c: w::ClientBorrow<'_>, name: String, arguments: String) -> Result<String, w::Error> {
        crate::surfaces::tools::call_tool(client(&c)?, &name, &arguments).map_err(Convert::convert)
    }
}

impl events::Guest for Component {
    fn parse_webhook(headers: Vec<(String, String)>, body: Vec<u8>, secret: Option<String>) -> Result<Vec<events::WebhookEvent>, w::Error> {
        crate::surfaces::events::parse_webhook(&headers, &body, secret.as_deref()).map(Convert::convert).map_err(Convert::convert)
    }
}

impl bulk::Guest for Component {
    fn plan_import(input: Vec<u8>, format: bulk::InputFormat, options: bulk::PlanOptions) -> Result<bulk::ImportPlan, w::Error> {
        let options = PlanOptions::new(options.batch_size, &options.overrides).map_err(Convert::convert)?;
        bulk_plan::plan(&input, format.convert(), &options).map(Convert::convert).map_err(Convert::convert)
    }

    fn send_batch(c: w::ClientBorrow<'_>, campaign_id: u64, batch: bulk::LeadBatch, settings: Option<campaign_leads::ImportSettings>) -> Result<bulk::BatchOutcome, w::Error> {
        let settings: Option<ImportSettings> = settings.convert();
        import::send_batch(client(&c)?, campaign_id, &batch.convert(), settings.as_ref()).map(Convert::convert).map_err(Convert::convert)
    }

    fn outcome_unknown(e: w::Error) -> bool {
        import::outcome_unknown(&e.convert())
    }

    fn missing_from_campaign(c: w::ClientBorrow<'_>, campaign_id: u64, batch: bulk::LeadBatch) -> Result<bulk::ReconciledBatch, w::Error> {
        let (missing, found) = import::missing_from_campaign(client(&c)?, campaign_id, &batch.convert()).map_err(Convert::convert)?;
        Ok(bulk::ReconciledBatch { missing: missing.convert(), found })
    }

    fn summarize_import(plan: bulk::PlanSummary, outcomes: Vec<bulk::BatchOutcome>) -> bulk::ImportReport {
        let outcomes: Vec<_> = outcomes.convert();
        crate::surfaces::bulk::report::summarize(&plan.convert(), &outcomes).convert()
    }

    fn lead_limit_reached(batch: u32, batches: u32) -> String {
        import::lead_limit_reached(batch, batches)
    }

    fn import_leads(c: w::ClientBorrow<'_>, campaign_id: u64, input: Vec<u8>, format: bulk::InputFormat, options: bulk::ImportOptions) -> Result<bulk::ImportReport, w::Error> {
        let plan = PlanOptions::new(options.plan.batch_size, &options.plan.overrides).map_err(Convert::convert)?;
        let options = import::ImportOptions { plan, settings: options.settings.convert() };
        import::import_leads(client(&c)?, campaign_id, &input, format.convert(), &options).map(Convert::convert).map_err(Convert::convert)
    }
}
