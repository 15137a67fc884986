//! SmartDelivery's records: folders, placement tests and their reports. Ids read as text
//! (Smartlead's examples are strings); counts from numbers or numeric text.

use crate::catalog::lenient;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use serde_json::Value;
use std::collections::BTreeMap;


/// A SmartDelivery folder of tests; ids read as text (Smartlead's examples are strings).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct DeliveryFolder {
    #[serde(default, deserialize_with = "lenient::opt_text")]
    pub id: Option<String>,
    #[serde(default)]
    pub name: Option<String>,
    #[serde(default, deserialize_with = "lenient::opt_text")]
    pub user_id: Option<String>,
    #[serde(default, deserialize_with = "lenient::opt_text")]
    pub client_id: Option<String>,
    #[serde(default)]
    pub created_at: Option<String>,
    #[serde(default)]
    pub updated_at: Option<String>,
}

/// A SmartDelivery placement test, manual or automated.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct SpamTest {
    #[serde(default, deserialize_with = "lenient::opt_text")]
    pub id: Option<String>,
    #[serde(default)]
    pub test_name: Option<String>,
    #[serde(default)]
    pub description: Option<String>,
    #[serde(default)]
    pub test_type: Option<String>,
    #[serde(default)]
    pub status: Option<String>,
    #[serde(default, deserialize_with = "lenient::opt_text")]
    pub folder_id: Option<String>,
    #[serde(default, deserialize_with = "lenient::opt_text")]
    pub campaign_id: Option<String>,
    #[serde(default, deserialize_with = "lenient::opt_text")]
    pub sequence_mapping_id: Option<String>,
    #[serde(default)]
    pub provider_id: Option<String>,
    #[serde(default, deserialize_with = "lenient::opt_bool")]
    pub spam_filters: Option<bool>,
    #[serde(default, deserialize_with = "lenient::opt_bool")]
    pub link_checker: Option<bool>,
    #[serde(default, deserialize_with = "lenient::opt_bool")]
    pub is_warmup: Option<bool>,
    #[serde(default, deserialize_with = "lenient::opt_bool")]
    pub test_with_sl_account: Option<bool>,
    #[serde(default, deserialize_with = "lenient::opt_bool")]
    pub all_email_sent_without_time_gap: Option<bool>,
    #[serde(default, deserialize_with = "lenient::opt_num")]
    pub min_time_btwn_emails: Option<u32>,
    #[serde(default)]
    pub min_time_unit: Option<String>,
    #[serde(default)]
    pub schedule_start_time: Option<String>,
    #[serde(default)]
    pub test_end_date: Option<String>,
    #[serde(default, deserialize_with = "lenient::opt_num")]
    pub every_days: Option<u32>,
    #[serde(default)]
    pub scheduler_cron_value: Option<String>,
    #[serde(default, deserialize_with = "lenient::opt_text")]
    pub client_id: Option<String>,
    #[serde(default, deserialize_with = "lenient::opt_text")]
    pub user_id: Option<String>,
    #[serde(default)]
    pub created_at: Option<String>,
    #[serde(default)]
    pub updated_at: Option<String>,
}

/// A placement test as the list shows it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct SpamTestSummary {
    #[serde(default, deserialize_with = "lenient::opt_text")]
    pub spam_test_id: Option<String>,
    #[serde(default)]
    pub test_name: Option<String>,
    #[serde(default)]
    pub test_type: Option<String>,
    #[serde(default)]
    pub status: Option<String>,
    #[serde(default)]
    pub schedule_start_time: Option<String>,
    #[serde(default)]
    pub test_end_date: Option<String>,
    #[serde(default, deserialize_with = "lenient::opt_num")]
    pub every_days: Option<u32>,
    #[serde(default, deserialize_with = "lenient::opt_num")]
    pub current_test_run_no: Option<u32>,
}

/// Where the account's test emails landed, counted.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct PlacementCount {
    #[serde(default, deserialize_with = "lenient::opt_num")]
    pub inbox_count: Option<u64>,
    #[serde(default, deserialize_with = "lenient::opt_num")]
    pub spam_count: Option<u64>,
    #[serde(default, deserialize_with = "lenient::opt_num")]
    pub tab_count: Option<u64>,
    #[serde(default, deserialize_with = "lenient::opt_num")]
    pub failed_count: Option<u64>,
    #[serde(default, deserialize_with = "lenient::opt_num")]
    pub total_email_count: Option<u64>,
}

/// Where one sending mailbox's test emails landed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct MailboxPlacement {
    #[serde(default, deserialize_with = "lenient::opt_text")]
    pub id: Option<String>,
    #[serde(default)]
    pub from_email: Option<String>,
    #[serde(default)]
    pub esp: Option<String>,
    #[serde(default, deserialize_with = "lenient::opt_num")]
    pub total_email_count: Option<u64>,
    #[serde(default, deserialize_with = "lenient::opt_num")]
    pub inbox_count: Option<u64>,
    #[serde(default, deserialize_with = "lenient::opt_num")]
    pub tab_count: Option<u64>,
    #[serde(default, deserialize_with = "lenient::opt_num")]
    pub spam_count: Option<u64>,
    #[serde(default, deserialize_with = "lenient::opt_num")]
    pub failed_count: Option<u64>,
    #[serde(default, deserialize_with = "lenient::opt_num")]
    pub placement_score: Option<f64>,
}

/// A test's IP blacklist check: the listings found, and their count (Smartlead answers
/// either the listings or, as its "IP Blacklist Count" page shows, only the count).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct BlacklistReport {
    pub total_blacklist: u64,
    pub hits: Vec<BlacklistHit>,
}

/// One listing of a sending IP or domain, as a seed inbox's reply showed it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct BlacklistHit {
    /// The seed's reply; its headers are `smartlead_smart_delivery_reply_headers`.
    #[serde(default, deserialize_with = "lenient::opt_text")]
    pub reply_id: Option<String>,
    /// The sender (`reply.from_email` in Smartlead's answer).
    #[serde(default)]
    pub from_email: Option<String>,
    #[serde(default)]
    pub to_email: Option<String>,
    #[serde(default)]
    pub domain: Option<String>,
    #[serde(default)]
    pub blacklist_type_value: Option<String>,
    #[serde(default, deserialize_with = "lenient::opt_num")]
    pub total_blacklist: Option<u64>,
    #[serde(default)]
    pub rdns: Option<String>,
    #[serde(default)]
    pub ip: Option<String>,
    #[serde(default)]
    pub details: Option<String>,
}

/// One sender's authentication or blacklist check, per seed inbox (the DKIM, SPF, rDNS
/// and domain-blacklist reports share this shape).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct SenderCheck {
    #[serde(default)]
    pub from_email: Option<String>,
    #[serde(default)]
    pub seed_accounts: Vec<SeedCheck>,
}

/// What one seed inbox saw.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct SeedCheck {
    #[serde(default, deserialize_with = "lenient::opt_text")]
    pub id: Option<String>,
    #[serde(default)]
    pub email: Option<String>,
    #[serde(default)]
    pub esp: Option<String>,
    /// DKIM, SPF or rDNS verified (`dkim_verified`, `spf_verified`, `rdns_verified`).
    #[serde(default, alias = "dkim_verified", alias = "spf_verified", alias = "rdns_verified", deserialize_with = "lenient::opt_bool")]
    pub verified: Option<bool>,
    /// The sending domain found on a blacklist.
    #[serde(default, deserialize_with = "lenient::opt_bool")]
    pub domain_blacklisted: Option<bool>,
}

/// The email a test sent.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct TestEmailContent {
    /// The test's id (`spamTest`).
    #[serde(default, rename(deserialize = "spamTest"), deserialize_with = "lenient::opt_text")]
    pub spam_test: Option<String>,
    #[serde(default)]
    pub subject: Option<String>,
    #[serde(default)]
    pub text: Option<String>,
    #[serde(default)]
    pub html: Option<String>,
    /// The raw MIME message (`rawEmailContent`).
    #[serde(default, rename(deserialize = "rawEmailContent"))]
    pub raw_email_content: Option<String>,
}

/// A test's placement broken down by region or by provider.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct PlacementBreakdown {
    #[serde(default, rename(deserialize = "overallTotalCount"), deserialize_with = "lenient::opt_num")]
    pub overall_total_count: Option<u64>,
    #[serde(default)]
    pub status: Option<String>,
    #[serde(default)]
    pub result: Vec<PlacementRate>,
}

/// One region's or provider's rates, in percent.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct PlacementRate {
    /// Set in the region (geo) report.
    #[serde(default)]
    pub region: Option<String>,
    /// Set in the provider report.
    #[serde(default)]
    pub provider: Option<String>,
    #[serde(default, deserialize_with = "lenient::opt_percent")]
    pub inbox_rate: Option<f64>,
    #[serde(default, deserialize_with = "lenient::opt_percent")]
    pub spam_rate: Option<f64>,
    #[serde(default, deserialize_with = "lenient::opt_percent")]
    pub bounce_rate: Option<f64>,
    #[serde(default, deserialize_with = "lenient::opt_num")]
    pub mailbox_count: Option<u64>,
    #[serde(default, deserialize_with = "lenient::opt_num")]
    pub avg_delivery_time_seconds: Option<u64>,
}

/// A sending IP as a test saw it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct IpReport {
    #[serde(default)]
    pub ip: Option<String>,
    #[serde(default, deserialize_with = "lenient::opt_bool")]
    pub blacklisted: Option<bool>,
    #[serde(default)]
    pub summary: Option<String>,
    #[serde(default)]
    pub whois_data: Option<Whois>,
    #[serde(default)]
    pub created_at: Option<String>,
}

/// Who holds an IP.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Whois {
    #[serde(default)]
    pub isp: Option<String>,
    #[serde(default)]
    pub location: Option<String>,
    #[serde(default)]
    pub reverse_dns: Option<String>,
    #[serde(default)]
    pub organization: Option<String>,
}

/// One run of an automated test.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct TestRun {
    #[serde(default, deserialize_with = "lenient::opt_text")]
    pub spam_test_id: Option<String>,
    #[serde(default, deserialize_with = "lenient::opt_num")]
    pub test_run_no: Option<u32>,
    #[serde(default)]
    pub status: Option<String>,
    #[serde(default, deserialize_with = "lenient::opt_num")]
    pub inbox_count: Option<u64>,
    #[serde(default, deserialize_with = "lenient::opt_num")]
    pub tab_count: Option<u64>,
    #[serde(default, deserialize_with = "lenient::opt_num")]
    pub spam_count: Option<u64>,
    #[serde(default, deserialize_with = "lenient::opt_num")]
    pub reply_hour_interval_start: Option<u32>,
    #[serde(default, deserialize_with = "lenient::opt_num")]
    pub reply_hour_interval_end: Option<u32>,
    #[serde(default, deserialize_with = "lenient::opt_num")]
    pub adjusted_total_email_count: Option<u64>,
}

/// A sending mailbox's record across tests.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct SenderReport {
    #[serde(default)]
    pub email: Option<String>,
    #[serde(default)]
    pub details: Option<SenderDetails>,
}

/// A sender's averages, in percent, and reputation.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct SenderDetails {
    #[serde(default)]
    pub sender_name: Option<String>,
    #[serde(default, deserialize_with = "lenient::opt_num")]
    pub tests_count: Option<u32>,
    #[serde(default, deserialize_with = "lenient::opt_percent")]
    pub avg_inbox_rate: Option<f64>,
    #[serde(default, deserialize_with = "lenient::opt_percent")]
    pub avg_spam_rate: Option<f64>,
    #[serde(default, deserialize_with = "lenient::opt_percent")]
    pub avg_bounce_rate: Option<f64>,
    #[serde(default, deserialize_with = "lenient::opt_percent")]
    pub reputation_score: Option<f64>,
    #[serde(default)]
    pub last_test_date: Option<String>,
}

/// A seed reply's headers by name, as Smartlead gives them (values that are not text
/// come as JSON text).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(transparent)]
pub struct ReplyHeaders(pub BTreeMap<String, Value>);

/// A mailbox that sent a test.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct TestSender {
    #[serde(default, deserialize_with = "lenient::opt_text")]
    pub id: Option<String>,
    #[serde(default, deserialize_with = "lenient::opt_text")]
    pub spam_test_id: Option<String>,
    #[serde(default)]
    pub from_email: Option<String>,
    #[serde(default, deserialize_with = "lenient::opt_text")]
    pub client_id: Option<String>,
    #[serde(default, deserialize_with = "lenient::opt_text")]
    pub user_id: Option<String>,
    #[serde(default)]
    pub created_at: Option<String>,
    #[serde(default)]
    pub updated_at: Option<String>,
}

/// The spam filters one sender's test email triggered.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct SpamFilterReport {
    #[serde(default)]
    pub from_email: Option<String>,
    #[serde(default)]
    pub spam_filter_details: Vec<SpamFilterHit>,
}

/// One spam filter and why it triggered.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct SpamFilterHit {
    #[serde(default)]
    pub filter: Option<String>,
    #[serde(default, deserialize_with = "lenient::opt_num")]
    pub triggered_count: Option<u64>,
    #[serde(default, deserialize_with = "lenient::opt_percent")]
    pub trigger_percentage: Option<f64>,
    #[serde(default)]
    pub reasons: Vec<String>,
}

/// The seed-inbox providers tests can use, by region (Smartlead's example is one region
/// object; a list of them is read as well).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct SeedProviders {
    pub regions: Vec<ProviderRegion>,
}

/// A region and its provider groups.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct ProviderRegion {
    #[serde(default, deserialize_with = "lenient::opt_text")]
    pub region_id: Option<String>,
    #[serde(default)]
    pub region_name: Option<String>,
    #[serde(default)]
    pub groups: Vec<ProviderGroup>,
}

/// A provider group; its id is a test's `provider_id` (e.g. `gmail_na`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct ProviderGroup {
    #[serde(default, deserialize_with = "lenient::opt_text")]
    pub group_id: Option<String>,
    #[serde(default)]
    pub group_name: Option<String>,
    #[serde(default, deserialize_with = "lenient::opt_num")]
    pub provider_count: Option<u32>,
}
