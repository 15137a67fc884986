//! SmartDelivery, Smartlead's deliverability tests, on its own host: placement tests
//! sent to seed inboxes (which send email: confirmed first), their folders and the
//! account's placement counts. Smartlead documents no body fields for creating, listing
//! or deleting tests, so those take a JSON object, sent as given.

use super::{NoArgs, check};
use crate::catalog::lenient;
use crate::catalog::model::{
    Ack, BlacklistReport, DeliveryFolder, IpReport, MailboxPlacement, Page, PlacementBreakdown, PlacementCount, ReplyHeaders, SeedProviders, SenderCheck,
    SenderReport, SpamFilterReport, SpamTest, SpamTestSummary, TestEmailContent, TestRun, TestSender,
};
use crate::catalog::operation::{Args, Base, Confirm, Effect};
use crate::catalog::typed::hosted_rows;
use crate::core::error::Result;
use crate::core::http::Method::{Delete, Get, Post, Put};
use crate::core::paging::Listing;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

hosted_rows! { Base::SmartDelivery, "smart-delivery";
    LIST_ALL_SMARTLEAD_SMART_DELIVERY_FOLDERS: NoArgs => Page<DeliveryFolder> = "list_all_smartlead_smart_delivery_folders", Get, "/spam-test/folder", Effect::Read, Listing::Sliced, "get-folders",
        "List the account's folders of placement tests.";
    CREATE_A_SMARTLEAD_SMART_DELIVERY_FOLDER: NewDeliveryFolder => DeliveryFolder = "create_a_smartlead_smart_delivery_folder", Post, "/spam-test/folder", Effect::Write { idempotent: false }, Listing::Single, "create-folder",
        "Create a folder of placement tests named folderName.";
    GET_SINGLE_SMARTLEAD_SMART_DELIVERY_FOLDER_BY_ID: DeliveryFolderRef => DeliveryFolder = "get_single_smartlead_smart_delivery_folder_by_id", Get, "/spam-test/folder/{folderId}", Effect::Read, Listing::Single, "get-folder-by-id",
        "Get one folder of placement tests by folderId.";
    DELETE_A_SMARTLEAD_SMART_DELIVERY_FOLDER_BY_ID: DeliveryFolderRef => Ack = "delete_a_smartlead_smart_delivery_folder_by_id", Delete, "/spam-test/folder/{folderId}", Effect::Destructive { idempotent: true }, Listing::Single, "delete-folder",
        "Delete an empty folder of placement tests.";
    SMARTLEAD_SMART_DELIVERY_CREATE_MANUAL_TEST: JsonObject => SpamTest = "smartlead_smart_delivery_create_manual_test", Post, "/spam-test/manual", Effect::Write { idempotent: false }, Listing::Single, "create-manual-test",
        "Create a manual placement test: your mailboxes send to Smartlead's seed inboxes and the report shows where the emails landed. Smartlead documents no fields, so the arguments are sent as given (test_name, description, provider_id, campaign_id, sequence_mapping_id, … as its answers name them).",
        Confirm::Always("send test emails to Smartlead's seed inboxes");
    SMARTLEAD_SMART_DELIVERY_CREATE_AUTOMATED_TEST: JsonObject => SpamTest = "smartlead_smart_delivery_create_automated_test", Post, "/spam-test/schedule", Effect::Write { idempotent: false }, Listing::Single, "create-automated-test",
        "Create an automated placement test that sends again on its schedule (every_days, scheduler_cron_value) until stopped or test_end_date. The arguments are sent as given, as for a manual test.",
        Confirm::Always("send test emails on a schedule until the test is stopped");
    LIST_ALL_SMARTLEAD_SMART_DELIVERY_TESTS: JsonObject => Page<SpamTestSummary> = "list_all_smartlead_smart_delivery_tests", Post, "/spam-test/report", Effect::Read, Listing::Sliced, "list-tests",
        "List the account's placement tests with their type, status, schedule and run number; the arguments (a filter Smartlead does not document) are sent as given.";
    GET_SINGLE_SMARTLEAD_SMART_DELIVERY_TEST_BY_ID: SpamTestRef => SpamTest = "get_single_smartlead_smart_delivery_test_by_id", Get, "/spam-test/{spamTestId}", Effect::Read, Listing::Single, "test-details",
        "Get one placement test by spamTestId: its name, type, folder, campaign, provider and settings.";
    SMARTLEAD_SMART_DELIVERY_STOP_TEST: SpamTestRef => Ack = "smartlead_smart_delivery_stop_test", Put, "/spam-test/{spamTestId}/stop", Effect::Destructive { idempotent: true }, Listing::Single, "stop-automated-test",
        "Stop an automated placement test for good (its results are kept; it cannot be resumed).";
    SMARTLEAD_SMART_DELIVERY_DELETE_TESTS: JsonObject => Ack = "smartlead_smart_delivery_delete_tests", Post, "/spam-test/delete", Effect::Destructive { idempotent: true }, Listing::Single, "delete-tests-bulk",
        "Delete placement tests in bulk; the arguments (the tests, in a form Smartlead does not document) are sent as given.";
    SMARTLEAD_SMART_DELIVERY_MAILBOX_COUNT: NoArgs => PlacementCount = "smartlead_smart_delivery_mailbox_count", Get, "/spam-test/report/mailboxes-count", Effect::Read, Listing::Single, "mailbox-count",
        "Count where the account's test emails landed: inbox, tabs, spam, failed, and in all.";
    LIST_ALL_SMARTLEAD_SMART_DELIVERY_MAILBOX_SUMMARY: NoArgs => Page<MailboxPlacement> = "list_all_smartlead_smart_delivery_mailbox_summary", Get, "/spam-test/report/mailboxes-summary", Effect::Read, Listing::Sliced, "mailbox-summary",
        "List each sending mailbox's test placements (inbox, tabs, spam, failed) and its placement score.";
    SMARTLEAD_SMART_DELIVERY_IP_BLACKLIST: SpamTestRef => BlacklistReport = "smartlead_smart_delivery_ip_blacklist", Get, "/spam-test/report/{spamTestId}/blacklist", Effect::Read, Listing::Single, "blacklists",
        "Check a test's sending IPs and domains against blacklists: each listing (with the seed reply that showed it) and their count; Smartlead's count-only answer (its \"IP Blacklist Count\" page) is read too.";
    LIST_ALL_SMARTLEAD_SMART_DELIVERY_DKIM_DETAILS: SpamTestRef => Page<SenderCheck> = "list_all_smartlead_smart_delivery_dkim_details", Get, "/spam-test/report/{spamTestId}/dkim-details", Effect::Read, Listing::Sliced, "dkim-details",
        "List, per sender of a test, whether each seed inbox verified its DKIM signature (verified).";
    LIST_ALL_SMARTLEAD_SMART_DELIVERY_SPF_DETAILS: SpamTestRef => Page<SenderCheck> = "list_all_smartlead_smart_delivery_spf_details", Get, "/spam-test/report/{spamTestId}/spf-details", Effect::Read, Listing::Sliced, "spf-details",
        "List, per sender of a test, whether each seed inbox verified its SPF record (verified).";
    LIST_ALL_SMARTLEAD_SMART_DELIVERY_RDNS_DETAILS: SpamTestRef => Page<SenderCheck> = "list_all_smartlead_smart_delivery_rdns_details", Get, "/spam-test/report/{spamTestId}/rdns-details", Effect::Read, Listing::Sliced, "rdns-report",
        "List, per sender of a test, whether each seed inbox verified its reverse DNS (verified).";
    LIST_ALL_SMARTLEAD_SMART_DELIVERY_DOMAIN_BLACKLIST: SpamTestRef => Page<SenderCheck> = "list_all_smartlead_smart_delivery_domain_blacklist", Get, "/spam-test/report/{spamTestId}/domain-blacklist", Effect::Read, Listing::Sliced, "domain-blacklist",
        "List, per sender of a test, whether each seed inbox found the sending domain on a blacklist (domain_blacklisted).";
    SMARTLEAD_SMART_DELIVERY_EMAIL_CONTENT: SpamTestRef => TestEmailContent = "smartlead_smart_delivery_email_content", Get, "/spam-test/report/{spamTestId}/email-content", Effect::Read, Listing::Single, "test-email-content",
        "Get the email a test sent: subject, text, HTML and the raw MIME message.";
    SMARTLEAD_SMART_DELIVERY_GEO_REPORT: SpamTestRef => PlacementBreakdown = "smartlead_smart_delivery_geo_report", Post, "/spam-test/report/{spamTestId}/groupwise", Effect::Read, Listing::Single, "geo-report",
        "Break a test's placement down by region: inbox, spam and bounce rates in percent and the seed mailboxes counted.";
    SMARTLEAD_SMART_DELIVERY_PROVIDER_REPORT: SpamTestRef => PlacementBreakdown = "smartlead_smart_delivery_provider_report", Post, "/spam-test/report/{spamTestId}/providerwise", Effect::Read, Listing::Single, "provider-report",
        "Break a test's placement down by email provider: inbox, spam and bounce rates in percent, mailboxes counted and the average delivery time.";
    LIST_ALL_SMARTLEAD_SMART_DELIVERY_IP_DETAILS: SpamTestRef => Page<IpReport> = "list_all_smartlead_smart_delivery_ip_details", Get, "/spam-test/report/{spamTestId}/ip-analytics", Effect::Read, Listing::Sliced, "ip-details",
        "List the IPs a test's emails were sent from: blacklisted or not, a summary, and who holds each (ISP, location, reverse DNS, organization).";
    LIST_ALL_SMARTLEAD_SMART_DELIVERY_SCHEDULE_HISTORY: SpamTestRef => Page<TestRun> = "list_all_smartlead_smart_delivery_schedule_history", Get, "/spam-test/report/{spamTestId}/schedule-history", Effect::Read, Listing::Sliced, "schedule-history",
        "List an automated test's runs with where each run's emails landed (inbox, tabs, spam).";
    LIST_ALL_SMARTLEAD_SMART_DELIVERY_SENDER_REPORTS: SpamTestRef => Page<SenderReport> = "list_all_smartlead_smart_delivery_sender_reports", Get, "/spam-test/report/{spamTestId}/sender-account-wise", Effect::Read, Listing::Sliced, "sender-report",
        "List each sending mailbox of a test with its tests counted, average inbox, spam and bounce rates in percent, reputation and last test date.";
    SMARTLEAD_SMART_DELIVERY_REPLY_HEADERS: ReplyRef => ReplyHeaders = "smartlead_smart_delivery_reply_headers", Get, "/spam-test/report/{spamTestId}/sender-account-wise/{replyId}/email-headers", Effect::Read, Listing::Single, "reply-headers",
        "Get the headers of one seed inbox's copy of a test email (Return-Path, Received, SPF and Authentication-Results), by the reply_id the blacklist report names.";
    LIST_ALL_SMARTLEAD_SMART_DELIVERY_SENDER_ACCOUNTS: SpamTestRef => Page<TestSender> = "list_all_smartlead_smart_delivery_sender_accounts", Get, "/spam-test/report/{spamTestId}/sender-accounts", Effect::Read, Listing::Sliced, "sender-list",
        "List the mailboxes that sent a test.";
    LIST_ALL_SMARTLEAD_SMART_DELIVERY_SPAM_FILTER_DETAILS: SpamTestRef => Page<SpamFilterReport> = "list_all_smartlead_smart_delivery_spam_filter_details", Get, "/spam-test/report/{spamTestId}/spam-filter-details", Effect::Read, Listing::Sliced, "spam-filter-report",
        "List, per sender of a test, the spam filters its email triggered, how often, and why.";
    SMARTLEAD_SMART_DELIVERY_PROVIDER_IDS: NoArgs => SeedProviders = "smartlead_smart_delivery_provider_ids", Get, "/spam-test/seed/providers", Effect::Read, Listing::Single, "provider-ids",
        "List the seed-inbox providers tests can use, by region; a group's group_id is the provider_id a test takes.";
}

/// A new folder.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct NewDeliveryFolder {
    #[serde(rename = "folderName")]
    pub folder_name: String,
}
impl Args for NewDeliveryFolder {
    fn validate(&self) -> Result<()> {
        check::not_blank("folderName", &self.folder_name)
    }
}

/// A folder, by id (text or a number).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct DeliveryFolderRef {
    #[serde(rename = "folderId", deserialize_with = "lenient::text")]
    pub folder_id: String,
}
impl Args for DeliveryFolderRef {
    fn validate(&self) -> Result<()> {
        check::not_blank("folderId", &self.folder_id)
    }
}

/// A test, by id (text or a number).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SpamTestRef {
    #[serde(rename = "spamTestId", deserialize_with = "lenient::text")]
    pub spam_test_id: String,
}
impl Args for SpamTestRef {
    fn validate(&self) -> Result<()> {
        check::not_blank("spamTestId", &self.spam_test_id)
    }
}

/// A seed inbox's reply to a test, by the test's id and the reply's (`reply_id` in the
/// blacklist report).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ReplyRef {
    #[serde(rename = "spamTestId", deserialize_with = "lenient::text")]
    pub spam_test_id: String,
    #[serde(rename = "replyId", deserialize_with = "lenient::text")]
    pub reply_id: String,
}
impl Args for ReplyRef {
    fn validate(&self) -> Result<()> {
        check::not_blank("spamTestId", &self.spam_test_id)?;
        check::not_blank("replyId", &self.reply_id)
    }
}

/// A request body Smartlead does not document: a JSON object, sent as given.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(transparent)]
pub struct JsonObject(pub Map<String, Value>);
impl Args for JsonObject {}
