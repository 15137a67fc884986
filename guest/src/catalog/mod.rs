//! The catalog: every Smartlead operation, one row each, grouped as the WIT groups them.
//! Tools, dispatch, docs and the test-coverage check all read [`CATALOG`].

pub mod agency_clients;
pub mod analytics;
pub mod campaign_leads;
pub mod campaigns;
pub mod crm;
pub mod decode;
pub mod email_accounts;
pub mod execute;
pub mod lead_lists;
pub mod leads;
pub mod lenient;
pub mod master_inbox;
pub mod model;
pub mod operation;
pub mod reply;
pub mod smart_delivery;
pub mod smart_prospect;
pub mod smart_senders;
pub mod typed;
pub mod utilities;
pub mod webhooks;

use crate::core::error::{Error, Result};
use crate::catalog::operation::{Args, Operation};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// Calls macro `$m` with every operation of the catalog, in catalog order, as
/// `module::ROW name` (the row's constant and its tool name). The one list: [`CATALOG`]
/// is built from it, and a test suite built from it does not compile while an operation
/// lacks a test.
#[macro_export]
macro_rules! foreach_operation {
    ($m:ident) => {
        $m! {
            campaigns::LIST_ALL_SMARTLEAD_CAMPAIGNS list_all_smartlead_campaigns,
            campaigns::CREATE_A_SMARTLEAD_CAMPAIGN create_a_smartlead_campaign,
            campaigns::GET_SINGLE_SMARTLEAD_CAMPAIGN_BY_ID get_single_smartlead_campaign_by_id,
            campaigns::UPDATE_A_SMARTLEAD_CAMPAIGN_BY_ID update_a_smartlead_campaign_by_id,
            campaigns::DELETE_A_SMARTLEAD_CAMPAIGN_BY_ID delete_a_smartlead_campaign_by_id,
            campaigns::SMARTLEAD_CAMPAIGNS_TOP_LEVEL_ANALYTICS smartlead_campaigns_top_level_analytics,
            campaigns::SMARTLEAD_CAMPAIGNS_EXPORT_CAMPAIGN_LEADS_CSV smartlead_campaigns_export_campaign_leads_csv,
            campaigns::SMARTLEAD_CAMPAIGNS_UPDATE_CAMPAIGN_STATUS smartlead_campaigns_update_campaign_status,
            campaigns::SMARTLEAD_CAMPAIGNS_UPDATE_SCHEDULE smartlead_campaigns_update_schedule,
            campaigns::SMARTLEAD_CAMPAIGNS_SAVE_SEQUENCES smartlead_campaigns_save_sequences,
            campaigns::SMARTLEAD_CAMPAIGNS_SEND_TEST_EMAIL smartlead_campaigns_send_test_email,
            email_accounts::LIST_ALL_SMARTLEAD_EMAIL_ACCOUNTS list_all_smartlead_email_accounts,
            email_accounts::CREATE_A_SMARTLEAD_EMAIL_ACCOUNT create_a_smartlead_email_account,
            email_accounts::GET_SINGLE_SMARTLEAD_EMAIL_ACCOUNT_BY_ID get_single_smartlead_email_account_by_id,
            email_accounts::UPDATE_A_SMARTLEAD_EMAIL_ACCOUNT_BY_ID update_a_smartlead_email_account_by_id,
            email_accounts::SMARTLEAD_EMAIL_ACCOUNTS_RECONNECT_FAILED_EMAILS smartlead_email_accounts_reconnect_failed_emails,
            email_accounts::LIST_ALL_SMARTLEAD_CAMPAIGN_EMAIL_ACCOUNTS list_all_smartlead_campaign_email_accounts,
            email_accounts::CREATE_A_SMARTLEAD_CAMPAIGN_EMAIL_ACCOUNT create_a_smartlead_campaign_email_account,
            email_accounts::DELETE_A_SMARTLEAD_CAMPAIGN_EMAIL_ACCOUNT_BY_ID delete_a_smartlead_campaign_email_account_by_id,
            campaign_leads::LIST_ALL_SMARTLEAD_CAMPAIGN_LEADS list_all_smartlead_campaign_leads,
            campaign_leads::CREATE_A_SMARTLEAD_CAMPAIGN_LEAD create_a_smartlead_campaign_lead,
            campaign_leads::DELETE_A_SMARTLEAD_CAMPAIGN_LEAD_BY_ID delete_a_smartlead_campaign_lead_by_id,
            campaign_leads::SMARTLEAD_CAMPAIGN_LEADS_UNSUBSCRIBE_LEAD smartlead_campaign_leads_unsubscribe_lead,
            campaign_leads::SMARTLEAD_CAMPAIGN_LEADS_PAUSE_LEAD smartlead_campaign_leads_pause_lead,
            campaign_leads::SMARTLEAD_CAMPAIGN_LEADS_RESUME_LEADS smartlead_campaign_leads_resume_leads,
            campaign_leads::SMARTLEAD_CAMPAIGN_LEADS_REPLY_TO_LEAD smartlead_campaign_leads_reply_to_lead,
            campaign_leads::UPDATE_A_SMARTLEAD_CAMPAIGN_LEAD_BY_ID update_a_smartlead_campaign_lead_by_id,
            campaign_leads::SMARTLEAD_CAMPAIGN_LEADS_UPDATE_LEAD_CATEGORY smartlead_campaign_leads_update_lead_category,
            leads::LIST_ALL_SMARTLEAD_LEADS list_all_smartlead_leads,
            leads::GET_SINGLE_SMARTLEAD_LEAD_BY_ID get_single_smartlead_lead_by_id,
            leads::SMARTLEAD_LEADS_UNSUBSCRIBE smartlead_leads_unsubscribe,
            leads::SMARTLEAD_LEADS_BLOCK smartlead_leads_block,
            leads::LIST_ALL_SMARTLEAD_LEAD_CAMPAIGNS list_all_smartlead_lead_campaigns,
            campaigns::LIST_ALL_SMARTLEAD_CAMPAIGN_SEQUENCES list_all_smartlead_campaign_sequences,
            campaigns::LIST_ALL_SMARTLEAD_CAMPAIGN_STATISTICS_BY_DATE list_all_smartlead_campaign_statistics_by_date,
            leads::LIST_ALL_SMARTLEAD_LEAD_CATEGORY list_all_smartlead_lead_category,
            campaign_leads::LIST_ALL_SMARTLEAD_CAMPAIGN_LEAD_MESSAGE_HISTORY list_all_smartlead_campaign_lead_message_history,
            campaigns::LIST_ALL_SMARTLEAD_CAMPAIGN_STATISTICS list_all_smartlead_campaign_statistics,
            webhooks::LIST_ALL_SMARTLEAD_CAMPAIGN_WEBHOOKS list_all_smartlead_campaign_webhooks,
            webhooks::UPDATE_A_SMARTLEAD_CAMPAIGN_WEBHOOK_BY_ID update_a_smartlead_campaign_webhook_by_id,
            webhooks::CREATE_A_SMARTLEAD_CAMPAIGN_WEBHOOK create_a_smartlead_campaign_webhook,
            webhooks::DELETE_A_SMARTLEAD_CAMPAIGN_WEBHOOK_BY_ID delete_a_smartlead_campaign_webhook_by_id,
            webhooks::SMARTLEAD_WEBHOOKS_DELETE_CAMPAIGN_WEBHOOK smartlead_webhooks_delete_campaign_webhook,
            email_accounts::GET_SINGLE_SMARTLEAD_EMAIL_ACCOUNT_WARMUP_STAT_BY_ID get_single_smartlead_email_account_warmup_stat_by_id,
            email_accounts::CREATE_A_SMARTLEAD_EMAIL_ACCOUNT_WARMUP_SETTING create_a_smartlead_email_account_warmup_setting,
            agency_clients::CREATE_A_SMARTLEAD_CLIENT create_a_smartlead_client,
            agency_clients::LIST_ALL_SMARTLEAD_CLIENTS list_all_smartlead_clients,
            lead_lists::CREATE_A_SMARTLEAD_LEAD_LIST create_a_smartlead_lead_list,
            lead_lists::LIST_ALL_SMARTLEAD_LEAD_LISTS list_all_smartlead_lead_lists,
            lead_lists::GET_SINGLE_SMARTLEAD_LEAD_LIST_BY_ID get_single_smartlead_lead_list_by_id,
            lead_lists::UPDATE_A_SMARTLEAD_LEAD_LIST_BY_ID update_a_smartlead_lead_list_by_id,
            lead_lists::DELETE_A_SMARTLEAD_LEAD_LIST_BY_ID delete_a_smartlead_lead_list_by_id,
            lead_lists::SMARTLEAD_LEAD_LISTS_IMPORT_LEADS smartlead_lead_lists_import_leads,
            lead_lists::SMARTLEAD_LEAD_LISTS_MOVE_LEADS smartlead_lead_lists_move_leads,
            lead_lists::SMARTLEAD_LEAD_LISTS_PUSH_TO_CAMPAIGN smartlead_lead_lists_push_to_campaign,
            lead_lists::SMARTLEAD_LEAD_LISTS_ASSIGN_TAGS smartlead_lead_lists_assign_tags,
            master_inbox::LIST_ALL_SMARTLEAD_MASTER_INBOX_REPLIES list_all_smartlead_master_inbox_replies,
            master_inbox::LIST_ALL_SMARTLEAD_MASTER_INBOX_SENT list_all_smartlead_master_inbox_sent,
            master_inbox::LIST_ALL_SMARTLEAD_MASTER_INBOX_ASSIGNED_TO_ME list_all_smartlead_master_inbox_assigned_to_me,
            master_inbox::LIST_ALL_SMARTLEAD_MASTER_INBOX_UNREAD_REPLIES list_all_smartlead_master_inbox_unread_replies,
            master_inbox::LIST_ALL_SMARTLEAD_MASTER_INBOX_IMPORTANT list_all_smartlead_master_inbox_important,
            master_inbox::LIST_ALL_SMARTLEAD_MASTER_INBOX_SNOOZED list_all_smartlead_master_inbox_snoozed,
            master_inbox::LIST_ALL_SMARTLEAD_MASTER_INBOX_SCHEDULED list_all_smartlead_master_inbox_scheduled,
            master_inbox::LIST_ALL_SMARTLEAD_MASTER_INBOX_REMINDERS list_all_smartlead_master_inbox_reminders,
            master_inbox::LIST_ALL_SMARTLEAD_MASTER_INBOX_ARCHIVED list_all_smartlead_master_inbox_archived,
            master_inbox::LIST_ALL_SMARTLEAD_MASTER_INBOX_CUSTOM_VIEW list_all_smartlead_master_inbox_custom_view,
            master_inbox::GET_SINGLE_SMARTLEAD_MASTER_INBOX_ITEM_BY_ID get_single_smartlead_master_inbox_item_by_id,
            master_inbox::LIST_ALL_SMARTLEAD_MASTER_INBOX_UNTRACKED_REPLIES list_all_smartlead_master_inbox_untracked_replies,
            master_inbox::SMARTLEAD_MASTER_INBOX_REPLY_STATUS smartlead_master_inbox_reply_status,
            master_inbox::SMARTLEAD_MASTER_INBOX_CHANGE_READ_STATUS smartlead_master_inbox_change_read_status,
            master_inbox::SMARTLEAD_MASTER_INBOX_UPDATE_CATEGORY smartlead_master_inbox_update_category,
            master_inbox::SMARTLEAD_MASTER_INBOX_UPDATE_REVENUE smartlead_master_inbox_update_revenue,
            master_inbox::SMARTLEAD_MASTER_INBOX_RESUME_LEAD smartlead_master_inbox_resume_lead,
            master_inbox::SMARTLEAD_MASTER_INBOX_ASSIGN_TEAM_MEMBER smartlead_master_inbox_assign_team_member,
            master_inbox::SMARTLEAD_MASTER_INBOX_CREATE_NOTE smartlead_master_inbox_create_note,
            master_inbox::SMARTLEAD_MASTER_INBOX_CREATE_TASK smartlead_master_inbox_create_task,
            master_inbox::SMARTLEAD_MASTER_INBOX_SET_REMINDER smartlead_master_inbox_set_reminder,
            master_inbox::SMARTLEAD_MASTER_INBOX_PUSH_TO_SUBSEQUENCE smartlead_master_inbox_push_to_subsequence,
            master_inbox::SMARTLEAD_MASTER_INBOX_BLOCK_DOMAINS smartlead_master_inbox_block_domains,
            crm::LIST_ALL_SMARTLEAD_LEAD_NOTES list_all_smartlead_lead_notes,
            crm::LIST_ALL_SMARTLEAD_LEAD_TAGS list_all_smartlead_lead_tags,
            crm::SMARTLEAD_CRM_ADD_LEAD_TAGS smartlead_crm_add_lead_tags,
            crm::DELETE_A_SMARTLEAD_LEAD_TAG_BY_ID delete_a_smartlead_lead_tag_by_id,
            crm::LIST_ALL_SMARTLEAD_LEAD_TASKS list_all_smartlead_lead_tasks,
            leads::LIST_ALL_SMARTLEAD_BLOCK_LIST list_all_smartlead_block_list,
            leads::DELETE_A_SMARTLEAD_BLOCK_LIST_ENTRY_BY_ID delete_a_smartlead_block_list_entry_by_id,
            agency_clients::CREATE_A_SMARTLEAD_CLIENT_API_KEY create_a_smartlead_client_api_key,
            agency_clients::LIST_ALL_SMARTLEAD_CLIENT_API_KEYS list_all_smartlead_client_api_keys,
            agency_clients::DELETE_A_SMARTLEAD_CLIENT_API_KEY_BY_ID delete_a_smartlead_client_api_key_by_id,
            agency_clients::SMARTLEAD_AGENCY_CLIENTS_RESET_API_KEY smartlead_agency_clients_reset_api_key,
            webhooks::SMARTLEAD_WEBHOOKS_SUMMARY smartlead_webhooks_summary,
            webhooks::SMARTLEAD_WEBHOOKS_RETRIGGER_FAILED_EVENTS smartlead_webhooks_retrigger_failed_events,
            webhooks::CREATE_A_SMARTLEAD_WEBHOOK create_a_smartlead_webhook,
            webhooks::GET_SINGLE_SMARTLEAD_WEBHOOK_BY_ID get_single_smartlead_webhook_by_id,
            webhooks::UPDATE_A_SMARTLEAD_WEBHOOK_BY_ID update_a_smartlead_webhook_by_id,
            webhooks::DELETE_A_SMARTLEAD_WEBHOOK_BY_ID delete_a_smartlead_webhook_by_id,
            email_accounts::SMARTLEAD_EMAIL_ACCOUNTS_SAVE_OAUTH smartlead_email_accounts_save_oauth,
            email_accounts::DELETE_A_SMARTLEAD_EMAIL_ACCOUNT_BY_ID delete_a_smartlead_email_account_by_id,
            email_accounts::SMARTLEAD_EMAIL_ACCOUNTS_SUSPEND smartlead_email_accounts_suspend,
            email_accounts::SMARTLEAD_EMAIL_ACCOUNTS_UNSUSPEND smartlead_email_accounts_unsuspend,
            email_accounts::CREATE_A_SMARTLEAD_TAG create_a_smartlead_tag,
            email_accounts::UPDATE_A_SMARTLEAD_TAG_BY_ID update_a_smartlead_tag_by_id,
            email_accounts::LIST_ALL_SMARTLEAD_EMAIL_ACCOUNT_TAGS list_all_smartlead_email_account_tags,
            email_accounts::SMARTLEAD_EMAIL_ACCOUNTS_ASSIGN_TAGS smartlead_email_accounts_assign_tags,
            email_accounts::SMARTLEAD_EMAIL_ACCOUNTS_REMOVE_TAGS smartlead_email_accounts_remove_tags,
            campaigns::SMARTLEAD_CAMPAIGNS_DUPLICATE smartlead_campaigns_duplicate,
            campaigns::CREATE_A_SMARTLEAD_SUBSEQUENCE create_a_smartlead_subsequence,
            campaigns::SMARTLEAD_CAMPAIGNS_FORWARD_EMAIL smartlead_campaigns_forward_email,
            campaigns::SMARTLEAD_CAMPAIGNS_ASSIGN_TEAM_MEMBER smartlead_campaigns_assign_team_member,
            campaigns::SMARTLEAD_CAMPAIGNS_UPDATE_LEAD_EMAIL_ACCOUNT smartlead_campaigns_update_lead_email_account,
            campaigns::LIST_ALL_SMARTLEAD_LEAD_ACTIVITIES list_all_smartlead_lead_activities,
            campaigns::SMARTLEAD_CAMPAIGNS_TOP_LEVEL_ANALYTICS_BY_DATE smartlead_campaigns_top_level_analytics_by_date,
            campaigns::LIST_ALL_SMARTLEAD_CAMPAIGN_LEAD_STATISTICS list_all_smartlead_campaign_lead_statistics,
            campaigns::LIST_ALL_SMARTLEAD_CAMPAIGN_MAILBOX_STATISTICS list_all_smartlead_campaign_mailbox_statistics,
            campaign_leads::SMARTLEAD_CAMPAIGN_LEADS_MANUAL_COMPLETE smartlead_campaign_leads_manual_complete,
            utilities::SMARTLEAD_UTILITIES_SEND_SINGLE_EMAIL smartlead_utilities_send_single_email,
            smart_senders::SMARTLEAD_SMART_SENDERS_GET_OTP smartlead_smart_senders_get_otp,
            smart_senders::SMARTLEAD_SMART_SENDERS_AUTO_GENERATE_MAILBOXES smartlead_smart_senders_auto_generate_mailboxes,
            smart_senders::LIST_ALL_SMARTLEAD_SMART_SENDERS_DOMAINS list_all_smartlead_smart_senders_domains,
            smart_senders::LIST_ALL_SMARTLEAD_SMART_SENDERS_VENDORS list_all_smartlead_smart_senders_vendors,
            smart_senders::GET_SINGLE_SMARTLEAD_SMART_SENDERS_ORDER_BY_ID get_single_smartlead_smart_senders_order_by_id,
            smart_senders::SMARTLEAD_SMART_SENDERS_PLACE_ORDER smartlead_smart_senders_place_order,
            smart_senders::LIST_ALL_SMARTLEAD_SMART_SENDERS_DOMAIN_SEARCH list_all_smartlead_smart_senders_domain_search,
            smart_delivery::LIST_ALL_SMARTLEAD_SMART_DELIVERY_FOLDERS list_all_smartlead_smart_delivery_folders,
            smart_delivery::CREATE_A_SMARTLEAD_SMART_DELIVERY_FOLDER create_a_smartlead_smart_delivery_folder,
            smart_delivery::GET_SINGLE_SMARTLEAD_SMART_DELIVERY_FOLDER_BY_ID get_single_smartlead_smart_delivery_folder_by_id,
            smart_delivery::DELETE_A_SMARTLEAD_SMART_DELIVERY_FOLDER_BY_ID delete_a_smartlead_smart_delivery_folder_by_id,
            smart_delivery::SMARTLEAD_SMART_DELIVERY_CREATE_MANUAL_TEST smartlead_smart_delivery_create_manual_test,
            smart_delivery::SMARTLEAD_SMART_DELIVERY_CREATE_AUTOMATED_TEST smartlead_smart_delivery_create_automated_test,
            smart_delivery::LIST_ALL_SMARTLEAD_SMART_DELIVERY_TESTS list_all_smartlead_smart_delivery_tests,
            smart_delivery::GET_SINGLE_SMARTLEAD_SMART_DELIVERY_TEST_BY_ID get_single_smartlead_smart_delivery_test_by_id,
            smart_delivery::SMARTLEAD_SMART_DELIVERY_STOP_TEST smartlead_smart_delivery_stop_test,
            smart_delivery::SMARTLEAD_SMART_DELIVERY_DELETE_TESTS smartlead_smart_delivery_delete_tests,
            smart_delivery::SMARTLEAD_SMART_DELIVERY_MAILBOX_COUNT smartlead_smart_delivery_mailbox_count,
            smart_delivery::LIST_ALL_SMARTLEAD_SMART_DELIVERY_MAILBOX_SUMMARY list_all_smartlead_smart_delivery_mailbox_summary,
            smart_delivery::SMARTLEAD_SMART_DELIVERY_IP_BLACKLIST smartlead_smart_delivery_ip_blacklist,
            smart_delivery::LIST_ALL_SMARTLEAD_SMART_DELIVERY_DKIM_DETAILS list_all_smartlead_smart_delivery_dkim_details,
            smart_delivery::LIST_ALL_SMARTLEAD_SMART_DELIVERY_SPF_DETAILS list_all_smartlead_smart_delivery_spf_details,
            smart_delivery::LIST_ALL_SMARTLEAD_SMART_DELIVERY_RDNS_DETAILS list_all_smartlead_smart_delivery_rdns_details,
            smart_delivery::LIST_ALL_SMARTLEAD_SMART_DELIVERY_DOMAIN_BLACKLIST list_all_smartlead_smart_delivery_domain_blacklist,
            smart_delivery::SMARTLEAD_SMART_DELIVERY_EMAIL_CONTENT smartlead_smart_delivery_email_content,
            smart_delivery::SMARTLEAD_SMART_DELIVERY_GEO_REPORT smartlead_smart_delivery_geo_report,
            smart_delivery::SMARTLEAD_SMART_DELIVERY_PROVIDER_REPORT smartlead_smart_delivery_provider_report,
            smart_delivery::LIST_ALL_SMARTLEAD_SMART_DELIVERY_IP_DETAILS list_all_smartlead_smart_delivery_ip_details,
            smart_delivery::LIST_ALL_SMARTLEAD_SMART_DELIVERY_SCHEDULE_HISTORY list_all_smartlead_smart_delivery_schedule_history,
            smart_delivery::LIST_ALL_SMARTLEAD_SMART_DELIVERY_SENDER_REPORTS list_all_smartlead_smart_delivery_sender_reports,
            smart_delivery::SMARTLEAD_SMART_DELIVERY_REPLY_HEADERS smartlead_smart_delivery_reply_headers,
            smart_delivery::LIST_ALL_SMARTLEAD_SMART_DELIVERY_SENDER_ACCOUNTS list_all_smartlead_smart_delivery_sender_accounts,
            smart_delivery::LIST_ALL_SMARTLEAD_SMART_DELIVERY_SPAM_FILTER_DETAILS list_all_smartlead_smart_delivery_spam_filter_details,
            smart_delivery::SMARTLEAD_SMART_DELIVERY_PROVIDER_IDS smartlead_smart_delivery_provider_ids,
            smart_prospect::LIST_ALL_SMARTLEAD_PROSPECT_CITIES list_all_smartlead_prospect_cities,
            smart_prospect::LIST_ALL_SMARTLEAD_PROSPECT_COMPANIES list_all_smartlead_prospect_companies,
            smart_prospect::LIST_ALL_SMARTLEAD_PROSPECT_COUNTRIES list_all_smartlead_prospect_countries,
            smart_prospect::LIST_ALL_SMARTLEAD_PROSPECT_DEPARTMENTS list_all_smartlead_prospect_departments,
            smart_prospect::LIST_ALL_SMARTLEAD_PROSPECT_DOMAINS list_all_smartlead_prospect_domains,
            smart_prospect::LIST_ALL_SMARTLEAD_PROSPECT_HEAD_COUNTS list_all_smartlead_prospect_head_counts,
            smart_prospect::LIST_ALL_SMARTLEAD_PROSPECT_INDUSTRIES list_all_smartlead_prospect_industries,
            smart_prospect::LIST_ALL_SMARTLEAD_PROSPECT_JOB_TITLES list_all_smartlead_prospect_job_titles,
            smart_prospect::LIST_ALL_SMARTLEAD_PROSPECT_KEYWORDS list_all_smartlead_prospect_keywords,
            smart_prospect::LIST_ALL_SMARTLEAD_PROSPECT_LEVELS list_all_smartlead_prospect_levels,
            smart_prospect::LIST_ALL_SMARTLEAD_PROSPECT_REVENUES list_all_smartlead_prospect_revenues,
            smart_prospect::LIST_ALL_SMARTLEAD_PROSPECT_STATES list_all_smartlead_prospect_states,
            smart_prospect::LIST_ALL_SMARTLEAD_PROSPECT_SUB_INDUSTRIES list_all_smartlead_prospect_sub_industries,
            smart_prospect::SMARTLEAD_PROSPECT_SEARCH_CONTACTS smartlead_prospect_search_contacts,
            smart_prospect::SMARTLEAD_PROSPECT_FIND_EMAILS smartlead_prospect_find_emails,
            smart_prospect::SMARTLEAD_PROSPECT_FETCH_CONTACTS smartlead_prospect_fetch_contacts,
            smart_prospect::LIST_ALL_SMARTLEAD_PROSPECT_CONTACTS list_all_smartlead_prospect_contacts,
            smart_prospect::SMARTLEAD_PROSPECT_REVIEW_CONTACTS smartlead_prospect_review_contacts,
            smart_prospect::SMARTLEAD_PROSPECT_SEARCH_ANALYTICS smartlead_prospect_search_analytics,
            smart_prospect::SMARTLEAD_PROSPECT_REPLY_ANALYTICS smartlead_prospect_reply_analytics,
            smart_prospect::LIST_ALL_SMARTLEAD_PROSPECT_SAVED_SEARCHES list_all_smartlead_prospect_saved_searches,
            smart_prospect::CREATE_A_SMARTLEAD_PROSPECT_SAVED_SEARCH create_a_smartlead_prospect_saved_search,
            smart_prospect::UPDATE_A_SMARTLEAD_PROSPECT_SAVED_SEARCH update_a_smartlead_prospect_saved_search,
            smart_prospect::LIST_ALL_SMARTLEAD_PROSPECT_RECENT_SEARCHES list_all_smartlead_prospect_recent_searches,
            smart_prospect::LIST_ALL_SMARTLEAD_PROSPECT_FETCHED_SEARCHES list_all_smartlead_prospect_fetched_searches,
            smart_prospect::UPDATE_A_SMARTLEAD_PROSPECT_FETCHED_SEARCH update_a_smartlead_prospect_fetched_search,
            analytics::SMARTLEAD_ANALYTICS_OVERALL_STATS smartlead_analytics_overall_stats,
            analytics::LIST_ALL_SMARTLEAD_ANALYTICS_CAMPAIGNS list_all_smartlead_analytics_campaigns,
            analytics::LIST_ALL_SMARTLEAD_ANALYTICS_CLIENTS list_all_smartlead_analytics_clients,
            analytics::LIST_ALL_SMARTLEAD_ANALYTICS_MONTHLY_CLIENT_COUNTS list_all_smartlead_analytics_monthly_client_counts,
            analytics::LIST_ALL_SMARTLEAD_ANALYTICS_DAY_WISE_STATS list_all_smartlead_analytics_day_wise_stats,
            analytics::LIST_ALL_SMARTLEAD_ANALYTICS_DAY_WISE_STATS_BY_SENT_TIME list_all_smartlead_analytics_day_wise_stats_by_sent_time,
            analytics::LIST_ALL_SMARTLEAD_ANALYTICS_DAY_WISE_POSITIVE_REPLIES list_all_smartlead_analytics_day_wise_positive_replies,
            analytics::LIST_ALL_SMARTLEAD_ANALYTICS_DAY_WISE_POSITIVE_REPLIES_BY_SENT_TIME list_all_smartlead_analytics_day_wise_positive_replies_by_sent_time,
            analytics::LIST_ALL_SMARTLEAD_ANALYTICS_CAMPAIGN_PERFORMANCE list_all_smartlead_analytics_campaign_performance,
            analytics::LIST_ALL_SMARTLEAD_ANALYTICS_CLIENT_PERFORMANCE list_all_smartlead_analytics_client_performance,
            analytics::LIST_ALL_SMARTLEAD_ANALYTICS_EMAIL_HEALTH list_all_smartlead_analytics_email_health,
            analytics::LIST_ALL_SMARTLEAD_ANALYTICS_DOMAIN_HEALTH list_all_smartlead_analytics_domain_health,
            analytics::SMARTLEAD_ANALYTICS_MAILBOX_STATS smartlead_analytics_mailbox_stats,
            analytics::SMARTLEAD_ANALYTICS_PROVIDER_PERFORMANCE smartlead_analytics_provider_performance,
            analytics::LIST_ALL_SMARTLEAD_ANALYTICS_TEAM_BOARD list_all_smartlead_analytics_team_board,
            analytics::SMARTLEAD_ANALYTICS_LEAD_STATS smartlead_analytics_lead_stats,
            analytics::LIST_ALL_SMARTLEAD_ANALYTICS_LEAD_CATEGORY_RESPONSES list_all_smartlead_analytics_lead_category_responses,
            analytics::SMARTLEAD_ANALYTICS_FIRST_REPLY_LEADS smartlead_analytics_first_reply_leads,
            analytics::SMARTLEAD_ANALYTICS_FOLLOW_UP_REPLY_RATE smartlead_analytics_follow_up_reply_rate,
            analytics::LIST_ALL_SMARTLEAD_ANALYTICS_LEAD_TO_REPLY_TIMES list_all_smartlead_analytics_lead_to_reply_times,
            analytics::LIST_ALL_SMARTLEAD_ANALYTICS_CAMPAIGN_RESPONSES list_all_smartlead_analytics_campaign_responses,
            analytics::LIST_ALL_SMARTLEAD_ANALYTICS_CAMPAIGN_STATUSES list_all_smartlead_analytics_campaign_statuses,
        }
    };
}

macro_rules! catalog {
    ($($module:ident::$row:ident $name:ident),* $(,)?) => {
        /// Every operation, in the order of the README table.
        pub static CATALOG: &[&Operation] = &[$(&$module::$row.row),*];

        /// The module (group) of each row of [`CATALOG`], in the same order.
        static GROUPS: &[&str] = &[$(stringify!($module)),*];

        /// The tool name of each row, as the macro spells it.
        #[cfg(test)]
        const NAMES: &[&str] = &[$(stringify!($name)),*];
    };
}
foreach_operation!(catalog);

pub fn find(name: &str) -> Option<&'static Operation> {
    CATALOG.iter().copied().find(|op| op.name == name)
}

/// The catalog module an operation is in (`master_inbox`), as its WIT interface groups it.
pub fn group(op: &Operation) -> &'static str {
    CATALOG.iter().position(|row| row.name == op.name).map_or("", |i| GROUPS[i])
}

/// An operation that takes no arguments.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct NoArgs {}
impl Args for NoArgs {}

/// An operation on one campaign, addressed as `{campaign_id}` in its route.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ByCampaign {
    /// Campaign id, e.g. 1562695.
    pub campaign_id: u64,
}
impl Args for ByCampaign {}

/// Checks shared by several argument types.
pub(crate) mod check {
    use super::*;

    pub fn not_empty<T>(field: &str, items: &[T]) -> Result<()> {
        if items.is_empty() { Err(Error::invalid(field, "must list at least one item")) } else { Ok(()) }
    }

    pub fn range(field: &str, value: Option<u32>, min: u32, max: u32) -> Result<()> {
        match value {
            Some(v) if v < min || v > max => Err(Error::invalid(field, format!("must be between {min} and {max}, got {v}"))),
            _ => Ok(()),
        }
    }

    pub fn email(field: &str, value: &str) -> Result<()> {
        let (local, domain) = value.trim().split_once('@').unwrap_or(("", ""));
        if local.is_empty() || !domain.contains('.') || value.contains(char::is_whitespace) {
            return Err(Error::invalid(field, format!("{value:?} is not an email address")));
        }
        Ok(())
    }

    /// An id Smartlead numbers from 1.
    pub fn id(field: &str, value: Option<u64>) -> Result<()> {
        if value == Some(0) { Err(Error::invalid(field, "must be a positive id, got 0")) } else { Ok(()) }
    }

    pub fn not_blank(field: &str, value: &str) -> Result<()> {
        if value.trim().is_empty() { Err(Error::invalid(field, "must not be blank")) } else { Ok(()) }
    }

    /// `#RRGGBB`.
    pub fn color(field: &str, value: &str) -> Result<()> {
        let b = value.as_bytes();
        if b.len() != 7 || b[0] != b'#' || !b[1..].iter().all(u8::is_ascii_hexdigit) {
            return Err(Error::invalid(field, format!("{value:?} is not a color like #1A2B3C")));
        }
        Ok(())
    }

    /// Standard base64 (whitespace allowed between lines).
    pub fn base64(field: &str, value: &str) -> Result<()> {
        let text: Vec<u8> = value.bytes().filter(|b| !b.is_ascii_whitespace()).collect();
        let body = text.strip_suffix(b"==").or_else(|| text.strip_suffix(b"=")).unwrap_or(&text);
        if text.is_empty() || text.len() % 4 != 0 || !body.iter().all(|b| b.is_ascii_alphanumeric() || *b == b'+' || *b == b'/') {
            return Err(Error::invalid(field, "is not base64 (A-Z, a-z, 0-9, + and /, padded with = to a multiple of 4)"));
        }
        Ok(())
    }

    /// A bare domain name, e.g. example.com (no scheme, path or address).
    pub fn domain(field: &str, value: &str) -> Result<()> {
        let labels: Vec<&str> = value.split('.').collect();
        let label_ok = |l: &&str| !l.is_empty() && !l.starts_with('-') && l.chars().all(|c| c.is_ascii_alphanumeric() || c == '-');
        if labels.len() < 2 || !labels.iter().all(label_ok) {
            return Err(Error::invalid(field, format!("{value:?} is not a domain like example.com")));
        }
        Ok(())
    }

    pub fn url(field: &str, value: &str) -> Result<()> {
        if !(value.starts_with("https://") || value.starts_with("http://")) || value.len() < 10 {
            return Err(Error::invalid(field, format!("{value:?} is not an http(s) URL")));
        }
        Ok(())
    }

    /// `YYYY-MM-DD`.
    pub fn date(field: &str, value: &str) -> Result<()> {
        let b = value.as_bytes();
        let digits = |r: std::ops::Range<usize>| b[r].iter().all(u8::is_ascii_digit);
        let ok = b.len() == 10 && b[4] == b'-' && b[7] == b'-' && digits(0..4) && digits(5..7) && digits(8..10);
        let month: u32 = if ok { value[5..7].parse().unwrap_or(0) } else { 0 };
        let day: u32 = if ok { value[8..10].parse().unwrap_or(0) } else { 0 };
        if !ok || !(1..=12).contains(&month) || !(1..=31).contains(&day) {
            return Err(Error::invalid(field, format!("{value:?} is not a date like 2025-01-31")));
        }
        Ok(())
    }

    /// A reporting window: two dates, the end not before the start, and a time zone
    /// that is not blank when one is given.
    pub fn window(start: &str, end: &str, timezone: Option<&str>) -> Result<()> {
        date("start_date", start)?;
        date("end_date", end)?;
        if start > end {
            return Err(Error::invalid("end_date", format!("{end} is before start_date {start}")));
        }
        match timezone {
            Some(tz) if tz.trim().is_empty() => Err(Error::invalid("timezone", "must name a time zone, e.g. Europe/Paris")),
            _ => Ok(()),
        }
    }

    /// `HH:MM`, 24-hour.
    pub fn hour(field: &str, value: &str) -> Result<()> {
        let parsed = value.split_once(':').and_then(|(h, m)| {
            (h.len() == 2 && m.len() == 2).then(|| Some((h.parse::<u32>().ok()?, m.parse::<u32>().ok()?)))?
        });
        match parsed {
            Some((h, m)) if h < 24 && m < 60 => Ok(()),
            _ => Err(Error::invalid(field, format!("{value:?} is not a time like 09:00"))),
        }
    }

    pub fn one_of(field: &str, value: &str, allowed: &[&str]) -> Result<()> {
        if allowed.contains(&value) {
            Ok(())
        } else {
            Err(Error::invalid(field, format!("{value:?} is not one of {}", allowed.join(", "))))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;

    /// A route with its placeholders unnamed: `GET server /campaigns/{}`.
    fn route_key(method: &str, base: &str, path: &str) -> String {
        let mut unnamed = String::new();
        let mut inside = false;
        for c in path.chars() {
            match c {
                '{' => inside = true,
                '}' => {
                    inside = false;
                    unnamed.push_str("{}");
                }
                _ if !inside => unnamed.push(c),
                _ => {}
            }
        }
        format!("{method} {base} {}", unnamed.trim_end_matches('/'))
    }

    /// Routes documented outside the route lists, each with where (docs/smartlead-api/core.md,
    /// "Repository vs route list").
    const OUTSIDE_THE_LISTS: &[&str] = &[
        "GET server /client/api-key",                                 // the body of clients/api-keys
        "DELETE server /client/api-key/{}",                           // the same page
        "PUT server /client/api-key/reset/{}",                        // the same page
        "GET server /leads/get-domain-block-list",                    // the body of utilities/domain-block-list
        "POST server /leads/add-domain-block-list",                   // the same page
        "DELETE server /leads/delete-domain-block-list",              // the same page
        "GET server /leads/{}/campaigns",                             // the older docs and the official CLI
        "DELETE server /campaigns/{}/webhooks",                       // the older docs and the CLI (id in the body)
        "POST server /email-accounts/reconnect-failed-email-accounts", // its page, now redirected
    ];

    #[test]
    fn every_row_is_a_documented_route() {
        // The reference lists of docs/smartlead-api: every documented route, one per line.
        let documented: BTreeSet<String> = [include_str!("../../../docs/smartlead-api/routes-core.tsv"), include_str!("../../../docs/smartlead-api/routes-hosts.tsv")]
            .iter()
            .flat_map(|tsv| tsv.lines().skip(1))
            .map(|line| {
                let cells: Vec<&str> = line.split('\t').collect();
                route_key(cells[0], cells[1], cells[2])
            })
            .chain(OUTSIDE_THE_LISTS.iter().map(|r| r.to_string()))
            .collect();
        let rows: BTreeSet<String> = CATALOG.iter().map(|op| { let r = op.route(); route_key(r.method, r.base, r.path) }).collect();
        let invented: Vec<&String> = rows.difference(&documented).collect();
        assert!(invented.is_empty(), "rows whose route is not documented: {invented:?}");
        let untyped: Vec<&String> = documented.difference(&rows).collect();
        eprintln!("routes: {} of {} documented routes typed; untyped: {untyped:?}", rows.len(), documented.len());
        assert!(untyped.is_empty(), "documented routes without a row: {untyped:?}");
    }

    #[test]
    fn every_operation_is_named_once() {
        let names: BTreeSet<_> = CATALOG.iter().map(|op| op.name).collect();
        assert_eq!(names.len(), CATALOG.len());
        let rows: Vec<&str> = CATALOG.iter().map(|op| op.name).collect();
        assert_eq!(rows, NAMES, "each row's name is the one foreach_operation! gives it");
    }

    /// Tools that share one route because Smartlead documents it as one upsert: the
    /// body's `id` decides whether it creates or updates.
    const UPSERTS: &[[&str; 2]] = &[["update_a_smartlead_campaign_webhook_by_id", "create_a_smartlead_campaign_webhook"]];

    #[test]
    fn every_row_names_its_route_and_its_documentation_and_no_two_share_a_route() {
        let mut seen: std::collections::BTreeMap<(&str, &str, &str), &str> = Default::default();
        for op in CATALOG {
            let route = op.route();
            assert!(route.path.starts_with('/') && !route.method.is_empty() && !route.base.is_empty(), "{}: {route:?}", op.name);
            assert!(route.docs.starts_with("https://"), "{} names no documentation page", op.name);
            if let Some(other) = seen.insert((route.method, route.base, route.path), op.name) {
                assert!(UPSERTS.contains(&[other, op.name]), "{other} and {} share {} {}", op.name, route.method, route.path);
            }
        }
    }

    #[test]
    fn every_path_placeholder_is_an_argument() {
        for op in CATALOG {
            let schema = serde_json::to_value((op.args_schema)()).unwrap();
            let props = schema["properties"].as_object().cloned().unwrap_or_default();
            for part in op.path.split('/').filter(|p| p.starts_with('{')) {
                let name = part.trim_matches(|c| c == '{' || c == '}');
                assert!(props.contains_key(name), "{}: `{name}` is not an argument", op.name);
                let required = schema["required"].as_array().unwrap();
                assert!(required.iter().any(|r| r == name), "{}: `{name}` is not required", op.name);
            }
        }
    }

    #[test]
    fn checks_name_the_field() {
        assert!(check::email("email", "nobody").unwrap_err().message().starts_with("`email`"));
        assert!(check::email("email", "a@b.co").is_ok());
        assert!(check::date("start_date", "2025-13-01").is_err());
        assert!(check::date("start_date", "2025-02-28").is_ok());
        assert!(check::window("2025-02-02", "2025-02-01", None).unwrap_err().message().starts_with("`end_date`"));
        assert!(check::window("2025-02-01", "2025-02-01", Some(" ")).unwrap_err().message().starts_with("`timezone`"));
        assert!(check::window("2025-02-01", "2025-02-28", Some("Europe/Paris")).is_ok());
        assert!(check::hour("start_hour", "9:00").is_err());
        assert!(check::hour("start_hour", "23:59").is_ok());
        assert!(check::range("limit", Some(0), 1, 50).is_err());
        assert!(check::url("webhook_url", "ftp://x").is_err());
        assert!(check::color("color", "#1a2B3c").is_ok() && check::color("color", "1a2b3c").is_err() && check::color("color", "#12345g").is_err());
        assert!(check::not_blank("name", " ").is_err());
        assert!(check::domain("d", "mail.acme-co.io").is_ok() && check::domain("d", "https://acme.com").is_err() && check::domain("d", "acme").is_err() && check::domain("d", "a b.com").is_err());
        assert!(check::base64("content", "JVBERi0xLjQ=").is_ok() && check::base64("content", "not base64!").is_err() && check::base64("content", "abc").is_err());
    }
}
