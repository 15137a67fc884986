//! Smart Senders, Smartlead's mailbox marketplace, on its own host: vendors, domains,
//! generated mailboxes, orders (which spend money: confirmed first) and the admin
//! mailbox's one-time password.

use super::{NoArgs, check};
use crate::catalog::model::{AdminOtp, JsonRows, Page, SenderOrder};
use crate::catalog::operation::{Args, Base, Confirm, Effect};
use crate::catalog::typed::hosted_rows;
use crate::catalog::lenient;
use crate::core::error::{Error, Result};
use crate::core::http::Method::{Get, Post};
use crate::core::paging::Listing;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use serde_json::Value;
use std::collections::BTreeMap;

hosted_rows! { Base::SmartSenders, "smart-senders";
    SMARTLEAD_SMART_SENDERS_GET_OTP: AdminMailbox => AdminOtp = "smartlead_smart_senders_get_otp", Get, "/smart-senders/auth-secret", Effect::Read, Listing::Single, "get-otp",
        "Get the live one-time password (and how long it lasts) to sign in to an admin mailbox bought through Smart Senders. The answer is a secret.";
    SMARTLEAD_SMART_SENDERS_AUTO_GENERATE_MAILBOXES: MailboxGeneration => JsonRows = "smartlead_smart_senders_auto_generate_mailboxes", Post, "/smart-senders/auto-generate-mailboxes", Effect::Write { idempotent: true }, Listing::Single, "auto-generate",
        "Generate mailbox addresses for domains ({\"example.com\": {\"count\": 3}}) with a vendor's naming rules. Nothing is bought.";
    LIST_ALL_SMARTLEAD_SMART_SENDERS_DOMAINS: NoArgs => Page<Value> = "list_all_smartlead_smart_senders_domains", Get, "/smart-senders/get-domain-list", Effect::Read, Listing::Sliced, "domain-list",
        "List the domains bought through Smart Senders, as Smartlead reports them.";
    LIST_ALL_SMARTLEAD_SMART_SENDERS_VENDORS: NoArgs => Page<Value> = "list_all_smartlead_smart_senders_vendors", Get, "/smart-senders/get-vendors", Effect::Read, Listing::Sliced, "get-vendors",
        "List the active mailbox vendors with their prices and services; their ids are the vendor_id of the other Smart Senders tools.";
    GET_SINGLE_SMARTLEAD_SMART_SENDERS_ORDER_BY_ID: OrderRef => SenderOrder = "get_single_smartlead_smart_senders_order_by_id", Get, "/smart-senders/order-details", Effect::Read, Listing::Single, "order-details",
        "Get one Smart Senders order by order_id: its status, domain, dates and mailboxes with the passwords to sign in with (secrets).";
    SMARTLEAD_SMART_SENDERS_PLACE_ORDER: NewOrder => JsonRows = "smartlead_smart_senders_place_order", Post, "/smart-senders/place-order", Effect::Write { idempotent: false }, Listing::Single, "place-order",
        "Buy domains and provision mailboxes from a vendor, billed to user_details, the domains forwarding to forwarding_domain. Spends money.",
        Confirm::Always("buy domains and mailboxes, which spends money");
    LIST_ALL_SMARTLEAD_SMART_SENDERS_DOMAIN_SEARCH: DomainQuery => Page<Value> = "list_all_smartlead_smart_senders_domain_search", Get, "/smart-senders/search-domain", Effect::Read, Listing::Sliced, "search-domain",
        "Search domains available to buy (domain_name), optionally with one vendor (vendor_id); Smartlead prices them at $15 or less.";
}

/// An admin mailbox bought through Smart Senders.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct AdminMailbox {
    /// The mailbox's address.
    pub email_account: String,
}
impl Args for AdminMailbox {
    fn validate(&self) -> Result<()> {
        check::email("email_account", &self.email_account)
    }
}

/// How many mailboxes to generate on one domain.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct MailboxCount {
    pub count: u32,
}

/// Mailbox addresses to generate with a vendor's rules.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct MailboxGeneration {
    /// The vendor (a number or its text: this route takes text).
    #[serde(deserialize_with = "lenient::text")]
    pub vendor_id: String,
    /// Domain → how many mailboxes, e.g. {"example.com": {"count": 3}}.
    pub domains: BTreeMap<String, MailboxCount>,
}
impl Args for MailboxGeneration {
    fn validate(&self) -> Result<()> {
        check::not_blank("vendor_id", &self.vendor_id)?;
        if self.domains.is_empty() {
            return Err(Error::invalid("domains", "must name at least one domain"));
        }
        self.domains.iter().try_for_each(|(domain, n)| {
            check::domain("domains", domain)?;
            check::range("domains.count", Some(n.count), 1, 100)
        })
    }
}

/// An order, by its reference.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct OrderRef {
    /// e.g. ORD_12345.
    pub order_id: String,
}
impl Args for OrderRef {
    fn validate(&self) -> Result<()> {
        check::not_blank("order_id", &self.order_id)
    }
}

/// The buyer's billing and contact details, as the vendor needs them.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct Buyer {
    pub email: String,
    pub first_name: String,
    pub last_name: String,
    pub company: String,
    pub country: String,
    pub city: String,
    pub address_line_one: String,
    pub address_line_two: Option<String>,
    pub postal_code: String,
    pub state: String,
    /// The phone's country code, e.g. +1.
    pub phone_cc: String,
    pub phone: String,
    pub language_preference: String,
}

/// One mailbox to provision.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct MailboxOrder {
    /// The local part, e.g. ada.
    pub mailbox: String,
    pub first_name: String,
    pub last_name: String,
    pub profile_pic: Option<String>,
    pub parent_account_id: Option<u64>,
}

/// One domain to buy and its mailboxes.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct DomainOrder {
    pub domain_name: String,
    pub mailbox_details: Vec<MailboxOrder>,
}

/// An order of domains and mailboxes from a vendor.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct NewOrder {
    pub vendor_id: u64,
    /// Where the bought domains forward, e.g. your site.
    pub forwarding_domain: String,
    pub user_details: Buyer,
    pub domains: Vec<DomainOrder>,
}
impl Args for NewOrder {
    fn validate(&self) -> Result<()> {
        check::domain("forwarding_domain", &self.forwarding_domain)?;
        check::email("user_details.email", &self.user_details.email)?;
        check::not_empty("domains", &self.domains)?;
        self.domains.iter().try_for_each(|d| {
            check::domain("domains.domain_name", &d.domain_name)?;
            check::not_empty("domains.mailbox_details", &d.mailbox_details)
        })
    }
}

/// A domain to look for, optionally with one vendor.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct DomainQuery {
    pub domain_name: Option<String>,
    pub vendor_id: Option<u64>,
}
impl Args for DomainQuery {}
