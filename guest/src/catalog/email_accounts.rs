//! Email accounts: the mailboxes campaigns send from, their warm-up, and which campaigns use them.

use super::{ByCampaign, NoArgs, check};
use crate::core::error::{Error, Result};
use crate::core::http::Method::{Delete, Get, Post, Put};
use crate::catalog::model::{AccountTag, AccountTags, Ack, Created, EmailAccount, OAuthAccountSaved, Page, Suspension, WarmupStats};
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

pub const SMARTLEAD_EMAIL_ACCOUNTS_SAVE_OAUTH: TypedOperation<OAuthEmailAccount, OAuthAccountSaved> = TypedOperation::new(
    "smartlead_email_accounts_save_oauth", Post, "/email-accounts/save-oauth", Effect::Write { idempotent: false }, Listing::Single,
    "Connect a Gmail or Outlook mailbox with the OAuth token Google or Microsoft issued (type GMAIL or OUTLOOK); with id, update that mailbox. Returns whether SMTP and IMAP connected; the token is never returned.",
)
.documented("https://api.smartlead.ai/api-reference/email-accounts/add-oauth");
pub const DELETE_A_SMARTLEAD_EMAIL_ACCOUNT_BY_ID: TypedOperation<EmailAccountRef, Ack> = TypedOperation::new(
    "delete_a_smartlead_email_account_by_id", Delete, "/email-accounts/{id}", Effect::Destructive { idempotent: true }, Listing::Single,
    "Delete a mailbox: it leaves every campaign and its warm-up stops.",
)
.documented("https://api.smartlead.ai/api-reference/email-accounts/delete");
pub const SMARTLEAD_EMAIL_ACCOUNTS_SUSPEND: TypedOperation<EmailAccountRef, Suspension> = TypedOperation::new(
    "smartlead_email_accounts_suspend", Put, "/email-accounts/suspend/{id}", Effect::Destructive { idempotent: true }, Listing::Single,
    "Suspend a mailbox: campaigns and warm-up stop sending from it until it is unsuspended; its settings are kept.",
)
.documented("https://api.smartlead.ai/api-reference/email-accounts/suspend");
pub const SMARTLEAD_EMAIL_ACCOUNTS_UNSUSPEND: TypedOperation<EmailAccountRef, Suspension> = TypedOperation::new(
    "smartlead_email_accounts_unsuspend", Delete, "/email-accounts/unsuspend/{id}", Effect::Write { idempotent: true }, Listing::Single,
    "Let a suspended mailbox send again (Smartlead's route is a DELETE of the suspension).",
)
.documented("https://api.smartlead.ai/api-reference/email-accounts/unsuspend");
pub const CREATE_A_SMARTLEAD_TAG: TypedOperation<NewTag, AccountTag> = TypedOperation::new(
    "create_a_smartlead_tag", Post, "/tags", Effect::Write { idempotent: false }, Listing::Single,
    "Create a tag (name, color as #RRGGBB) to put on mailboxes with smartlead_email_accounts_assign_tags.",
)
.documented("https://api.smartlead.ai/api-reference/email-account-tags/create-new");
pub const UPDATE_A_SMARTLEAD_TAG_BY_ID: TypedOperation<TagUpdate, AccountTag> = TypedOperation::new(
    "update_a_smartlead_tag_by_id", Post, "/email-accounts/tag-manager", Effect::Write { idempotent: true }, Listing::Single,
    "Rename or recolor a tag (id, name, color as #RRGGBB).",
)
.documented("https://api.smartlead.ai/api-reference/email-account-tags/create");
pub const LIST_ALL_SMARTLEAD_EMAIL_ACCOUNT_TAGS: TypedOperation<AccountEmails, Page<AccountTags>> = TypedOperation::new(
    "list_all_smartlead_email_account_tags", Post, "/email-accounts/tag-list", Effect::Read, Listing::Sliced,
    "List the tags of mailboxes given by their email addresses (email_ids), one row per mailbox.",
)
.documented("https://api.smartlead.ai/api-reference/email-account-tags/get-all");
pub const SMARTLEAD_EMAIL_ACCOUNTS_ASSIGN_TAGS: TypedOperation<AccountTagging, Ack> = TypedOperation::new(
    "smartlead_email_accounts_assign_tags", Post, "/email-accounts/tag-mapping", Effect::Write { idempotent: true }, Listing::Single,
    "Put tags (tag_ids) on 1 to 25 mailboxes (email_account_ids).",
)
.documented("https://api.smartlead.ai/api-reference/email-account-tags/assign");
pub const SMARTLEAD_EMAIL_ACCOUNTS_REMOVE_TAGS: TypedOperation<AccountTagging, Ack> = TypedOperation::new(
    "smartlead_email_accounts_remove_tags", Delete, "/email-accounts/tag-mapping", Effect::Destructive { idempotent: true }, Listing::Single,
    "Take tags (tag_ids) off 1 to 25 mailboxes (email_account_ids); the tags themselves stay.",
)
.documented("https://api.smartlead.ai/api-reference/email-account-tags/remove");
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

/// An OAuth grant as Google or Microsoft issued it. Sent to Smartlead, never returned.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct OAuthToken {
    /// Gmail: https://mail.google.com/; Outlook: https://outlook.office.com/.default.
    pub scope: String,
    /// Usually Bearer.
    pub token_type: String,
    pub access_token: Option<String>,
    /// What Smartlead refreshes the grant with.
    pub refresh_token: Option<String>,
    /// Unix time in milliseconds.
    pub expiry_date: u64,
    pub id_token: Option<String>,
    pub expiry: Option<String>,
    pub expires_in: Option<u64>,
    pub ext_expires_in: Option<u64>,
}

/// A Gmail or Outlook mailbox connected by OAuth.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct OAuthEmailAccount {
    /// An existing mailbox to update; a new one without it.
    pub id: Option<u64>,
    pub from_name: String,
    pub from_email: String,
    pub username: String,
    /// GMAIL or OUTLOOK.
    #[serde(rename = "type")]
    pub account_type: String,
    pub token: OAuthToken,
    pub warmup_enabled: bool,
    /// Use the agency's white-label OAuth app.
    pub use_whitelabel_credentials: bool,
    pub max_email_per_day: Option<u32>,
    pub custom_tracking_url: Option<String>,
    pub bcc: Option<String>,
    pub time_to_wait_in_mins: Option<u32>,
    pub signature: Option<String>,
    pub total_warmup_per_day: Option<u32>,
    pub daily_rampup: Option<u32>,
    pub reply_rate_percentage: Option<u32>,
    pub client_id: Option<u64>,
}
impl Args for OAuthEmailAccount {
    fn validate(&self) -> Result<()> {
        check::email("from_email", &self.from_email)?;
        check::one_of("type", &self.account_type, &["GMAIL", "OUTLOOK"])?;
        check::range("reply_rate_percentage", self.reply_rate_percentage, 0, 100)?;
        if self.token.access_token.is_none() && self.token.refresh_token.is_none() {
            return Err(Error::invalid("token", "needs an access_token or a refresh_token"));
        }
        Ok(())
    }
}

/// A new tag.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct NewTag {
    pub name: String,
    /// #RRGGBB.
    pub color: Option<String>,
}
impl Args for NewTag {
    fn validate(&self) -> Result<()> {
        check::not_blank("name", &self.name)?;
        self.color.as_deref().map_or(Ok(()), |c| check::color("color", c))
    }
}

/// A tag's new name and color.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct TagUpdate {
    /// Tag id.
    pub id: u64,
    pub name: String,
    /// #RRGGBB.
    pub color: String,
}
impl Args for TagUpdate {
    fn validate(&self) -> Result<()> {
        check::not_blank("name", &self.name)?;
        check::color("color", &self.color)
    }
}

/// Mailboxes by email address.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct AccountEmails {
    /// The mailboxes' email addresses (Smartlead's name, though they are not ids).
    pub email_ids: Vec<String>,
}
impl Args for AccountEmails {
    fn validate(&self) -> Result<()> {
        check::not_empty("email_ids", &self.email_ids)?;
        self.email_ids.iter().try_for_each(|e| check::email("email_ids", e))
    }
}

/// Tags and the mailboxes they go on or come off.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct AccountTagging {
    /// 1 to 25 mailbox ids.
    pub email_account_ids: Vec<u64>,
    pub tag_ids: Vec<u64>,
}
impl Args for AccountTagging {
    fn validate(&self) -> Result<()> {
        check::not_empty("email_account_ids", &self.email_account_ids)?;
        check::not_empty("tag_ids", &self.tag_ids)?;
        if self.email_account_ids.len() > 25 {
            return Err(Error::invalid("email_account_ids", format!("takes at most 25 mailboxes a call, got {}", self.email_account_ids.len())));
        }
        Ok(())
    }
}
