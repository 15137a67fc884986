//! Email accounts: the mailboxes campaigns send from, their warm-up, and which campaigns use them.

use super::{ByCampaign, NoArgs, check};
use crate::core::error::Result;
use crate::core::http::Method::{Delete, Get, Post};
use crate::catalog::model::{Ack, Created, EmailAccount, Page, WarmupStats};
use crate::catalog::operation::{Args, Effect};
use crate::catalog::typed::TypedOperation;
use crate::core::paging::Listing;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

const READ: Effect = Effect::Read;

pub const LIST_ALL_SMARTLEAD_EMAIL_ACCOUNTS: TypedOperation<EmailAccountFilter, Page<EmailAccount>> = TypedOperation::new(
    "list_all_smartlead_email_accounts", Get, "/email-accounts/", READ, Listing::Offset { max: 100 },
    "List the account's sending mailboxes with SMTP/IMAP status, daily limits and warm-up details (never passwords).",
)
.documented("https://api.smartlead.ai/api-reference/email-accounts/get-all");
pub const CREATE_A_SMARTLEAD_EMAIL_ACCOUNT: TypedOperation<NewEmailAccount, Created> = TypedOperation::new(
    "create_a_smartlead_email_account", Post, "/email-accounts/save", Effect::Write { idempotent: false }, Listing::Single,
    "Connect a new SMTP/IMAP mailbox. Returns the new account's id; the password is sent to Smartlead and never returned.",
)
.documented("https://api.smartlead.ai/api-reference/email-accounts/add-smtp");
pub const GET_SINGLE_SMARTLEAD_EMAIL_ACCOUNT_BY_ID: TypedOperation<EmailAccountLookup, EmailAccount> = TypedOperation::new(
    "get_single_smartlead_email_account_by_id", Get, "/email-accounts/{id}/", READ, Listing::Single,
    "Get one mailbox by id: sender, SMTP/IMAP hosts and status, limits and warm-up details (never passwords).",
)
.documented("https://api.smartlead.ai/api-reference/email-accounts/get-by-id");
pub const UPDATE_A_SMARTLEAD_EMAIL_ACCOUNT_BY_ID: TypedOperation<EmailAccountUpdate, Ack> = TypedOperation::new(
    "update_a_smartlead_email_account_by_id", Post, "/email-accounts/{id}", Effect::Write { idempotent: true }, Listing::Single,
    "Update a mailbox's daily limit, sender name, tracking domain, BCC, signature, client or wait time.",
)
.documented("https://api.smartlead.ai/api-reference/email-accounts/update");
pub const SMARTLEAD_EMAIL_ACCOUNTS_RECONNECT_FAILED_EMAILS: TypedOperation<NoArgs, Ack> = TypedOperation::new(
    "smartlead_email_accounts_reconnect_failed_emails", Post, "/email-accounts/reconnect-failed-email-accounts",
    Effect::Write { idempotent: false }, Listing::Single,
    "Queue every mailbox whose SMTP/IMAP connection failed for reconnection. Smartlead allows 3 calls a day.",
)
.documented("https://helpcenter.smartlead.ai/en/articles/125-full-api-documentation");
pub const LIST_ALL_SMARTLEAD_CAMPAIGN_EMAIL_ACCOUNTS: TypedOperation<ByCampaign, Page<EmailAccount>> = TypedOperation::new(
    "list_all_smartlead_campaign_email_accounts", Get, "/campaigns/{campaign_id}/email-accounts", READ, Listing::Sliced,
    "List the mailboxes a campaign sends from.",
)
.documented("https://api.smartlead.ai/api-reference/campaigns/get-email-accounts");
pub const CREATE_A_SMARTLEAD_CAMPAIGN_EMAIL_ACCOUNT: TypedOperation<CampaignEmailAccounts, Ack> = TypedOperation::new(
    "create_a_smartlead_campaign_email_account", Post, "/campaigns/{campaign_id}/email-accounts",
    Effect::Write { idempotent: true }, Listing::Single,
    "Add mailboxes (by email account id) to a campaign's senders. Despite the create name (kept for compatibility), it creates no mailbox: it attaches existing ones (see list_all_smartlead_email_accounts).",
)
.documented("https://api.smartlead.ai/api-reference/campaigns/add-email-accounts");
pub const DELETE_A_SMARTLEAD_CAMPAIGN_EMAIL_ACCOUNT_BY_ID: TypedOperation<CampaignEmailAccounts, Ack> = TypedOperation::new(
    "delete_a_smartlead_campaign_email_account_by_id", Delete, "/campaigns/{campaign_id}/email-accounts",
    Effect::Destructive { idempotent: true }, Listing::Single,
    "Remove mailboxes (by email account id) from a campaign's senders. The mailboxes themselves stay.",
)
.documented("https://api.smartlead.ai/api-reference/campaigns/remove-email-accounts");
pub const GET_SINGLE_SMARTLEAD_EMAIL_ACCOUNT_WARMUP_STAT_BY_ID: TypedOperation<EmailAccountRef, WarmupStats> = TypedOperation::new(
    "get_single_smartlead_email_account_warmup_stat_by_id", Get, "/email-accounts/{id}/warmup-stats", READ, Listing::Single,
    "Warm-up results of one mailbox over the last 7 days: sent, landed in inbox, landed in spam, received, per day.",
)
.documented("https://api.smartlead.ai/api-reference/email-accounts/warmup-stats");
pub const CREATE_A_SMARTLEAD_EMAIL_ACCOUNT_WARMUP_SETTING: TypedOperation<WarmupSettings, Ack> = TypedOperation::new(
    "create_a_smartlead_email_account_warmup_setting", Post, "/email-accounts/{id}/warmup",
    Effect::Write { idempotent: true }, Listing::Single,
    "Turn a mailbox's warm-up on or off and set its daily volume, ramp-up and reply rate.",
)
.documented("https://api.smartlead.ai/api-reference/email-accounts/warmup-settings");

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct EmailAccountFilter {
    /// Part of the mailbox address.
    pub username: Option<String>,
    /// Only mailboxes of this agency client.
    pub client_id: Option<u64>,
    /// ACTIVE or INACTIVE warm-up.
    #[serde(rename = "emailWarmupStatus")]
    pub email_warmup_status: Option<String>,
    /// GMAIL, OUTLOOK or SMTP.
    pub esp: Option<String>,
    /// Only mailboxes that some campaign uses (true) or none does (false).
    #[serde(rename = "isInUse")]
    pub is_in_use: Option<bool>,
}
impl Args for EmailAccountFilter {
    fn validate(&self) -> Result<()> {
        if let Some(status) = &self.email_warmup_status {
            check::one_of("emailWarmupStatus", status, &["ACTIVE", "INACTIVE"])?;
        }
        if let Some(esp) = &self.esp {
            check::one_of("esp", esp, &["GMAIL", "OUTLOOK", "SMTP"])?;
        }
        Ok(())
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct NewEmailAccount {
    pub from_name: String,
    pub from_email: String,
    /// SMTP login.
    pub user_name: String,
    /// SMTP password; sent to Smartlead only.
    pub password: String,
    pub smtp_host: String,
    pub smtp_port: u16,
    pub imap_host: String,
    pub imap_port: u16,
    /// Daily sending limit.
    pub max_email_per_day: Option<u32>,
    pub custom_tracking_url: Option<String>,
    pub bcc: Option<String>,
    pub signature: Option<String>,
    pub warmup_enabled: Option<bool>,
    pub total_warmup_per_day: Option<u32>,
    pub daily_rampup: Option<u32>,
    pub reply_rate_percentage: Option<u32>,
    pub client_id: Option<u64>,
    /// IMAP login, when it differs from the SMTP one.
    pub imap_user_name: Option<String>,
    pub imap_password: Option<String>,
    pub different_reply_to_address: Option<String>,
}
impl Args for NewEmailAccount {
    fn validate(&self) -> Result<()> {
        check::email("from_email", &self.from_email)?;
        check::range("total_warmup_per_day", self.total_warmup_per_day, 1, 50)?;
        check::range("reply_rate_percentage", self.reply_rate_percentage, 0, 100)
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct EmailAccountRef {
    /// Email account id.
    pub id: u64,
}
impl Args for EmailAccountRef {}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct EmailAccountLookup {
    /// Email account id.
    pub id: u64,
    /// Also return the ids of the campaigns using it.
    pub fetch_campaigns: Option<bool>,
}
impl Args for EmailAccountLookup {}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct EmailAccountUpdate {
    /// Email account id.
    pub id: u64,
    pub max_email_per_day: Option<u32>,
    pub from_name: Option<String>,
    pub custom_tracking_url: Option<String>,
    pub bcc: Option<String>,
    pub signature: Option<String>,
    pub client_id: Option<u64>,
    /// Minutes to wait between two emails.
    pub time_to_wait_in_mins: Option<u32>,
    pub is_suspended: Option<bool>,
}
impl Args for EmailAccountUpdate {}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct CampaignEmailAccounts {
    /// Campaign id.
    pub campaign_id: u64,
    /// Email account ids, e.g. [456, 457].
    pub email_account_ids: Vec<u64>,
}
impl Args for CampaignEmailAccounts {
    fn validate(&self) -> Result<()> {
        check::not_empty("email_account_ids", &self.email_account_ids)
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct WarmupSettings {
    /// Email account id.
    pub id: u64,
    pub warmup_enabled: bool,
    /// Warm-up emails per day, 1–50.
    pub total_warmup_per_day: Option<u32>,
    /// Daily increase of warm-up emails.
    pub daily_rampup: Option<u32>,
    /// Share of warm-up emails that get a reply, 0–100.
    pub reply_rate_percentage: Option<u32>,
    /// Custom warm-up identifier.
    pub warmup_key_id: Option<String>,
    pub auto_adjust_warmup: Option<bool>,
    pub is_rampup_enabled: Option<bool>,
}
impl Args for WarmupSettings {
    fn validate(&self) -> Result<()> {
        check::range("total_warmup_per_day", self.total_warmup_per_day, 1, 50)?;
        check::range("reply_rate_percentage", self.reply_rate_percentage, 0, 100)
    }
}
