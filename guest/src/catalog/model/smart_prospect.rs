//! SmartProspect's records: lookup values, contacts, searches and usage, read from the
//! documented camelCase and, where Smartlead's CLI expects it, snake_case.

use crate::catalog::lenient;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use serde_json::Value;

/// A value a contact search filters on, as a lookup lists it: its id where it has one
/// and its name (`city_name`, `company_name`, `job_title`, `revenue`, … per lookup).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct ProspectOption {
    #[serde(default, deserialize_with = "lenient::opt_num")]
    pub id: Option<u64>,
    #[serde(
        default,
        alias = "city_name",
        alias = "company_name",
        alias = "country_name",
        alias = "department_name",
        alias = "domain_name",
        alias = "head_count",
        alias = "industry_name",
        alias = "job_title",
        alias = "keyword",
        alias = "level_name",
        alias = "revenue",
        alias = "state_name",
        alias = "sub_industry_name"
    )]
    pub name: Option<String>,
    /// A sub-industry's industry.
    #[serde(default, deserialize_with = "lenient::opt_num")]
    pub industry_id: Option<u64>,
    /// An industry's sub-industries, when asked for.
    #[serde(default, rename(deserialize = "sub_industry_list"), alias = "sub_industries", deserialize_with = "sub_industry_names")]
    pub sub_industries: Vec<String>,
}

/// `sub_industry_list: [{sub_industry_name}]` as the names.
fn sub_industry_names<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Vec<String>, D::Error> {
    let items: Option<Vec<Value>> = Deserialize::deserialize(d)?;
    Ok(items.unwrap_or_default().iter().filter_map(|i| i.get("sub_industry_name").or(Some(i)).and_then(Value::as_str).map(str::to_string)).collect())
}

/// A contact in SmartProspect's database.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct ProspectContact {
    #[serde(default, deserialize_with = "lenient::opt_text")]
    pub id: Option<String>,
    #[serde(default, alias = "firstName")]
    pub first_name: Option<String>,
    #[serde(default, alias = "lastName")]
    pub last_name: Option<String>,
    #[serde(default, alias = "fullName")]
    pub full_name: Option<String>,
    #[serde(default)]
    pub title: Option<String>,
    #[serde(default)]
    pub company: Option<ProspectCompany>,
    #[serde(default, deserialize_with = "lenient::opt_text_list")]
    pub department: Option<Vec<String>>,
    #[serde(default)]
    pub level: Option<String>,
    #[serde(default)]
    pub industry: Option<String>,
    #[serde(default, alias = "subIndustry")]
    pub sub_industry: Option<String>,
    #[serde(default, alias = "companyHeadCount")]
    pub company_head_count: Option<String>,
    #[serde(default, alias = "companyRevenue")]
    pub company_revenue: Option<String>,
    #[serde(default)]
    pub country: Option<String>,
    #[serde(default)]
    pub state: Option<String>,
    #[serde(default)]
    pub city: Option<String>,
    #[serde(default)]
    pub address: Option<String>,
    #[serde(default)]
    pub linkedin: Option<String>,
    #[serde(default)]
    pub email: Option<String>,
    /// 0-100.
    #[serde(default, alias = "emailDeliverability", deserialize_with = "lenient::opt_percent")]
    pub email_deliverability: Option<f64>,
    /// valid, catch_all or invalid.
    #[serde(default, alias = "verificationStatus")]
    pub verification_status: Option<String>,
    #[serde(default)]
    pub status: Option<String>,
}

/// A contact's company.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct ProspectCompany {
    #[serde(default)]
    pub name: Option<String>,
    #[serde(default)]
    pub website: Option<String>,
}

/// One page of a contact search.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct ContactSearch {
    #[serde(default, alias = "list", alias = "data")]
    pub contacts: Vec<ProspectContact>,
    /// Contacts matching in all.
    #[serde(default, deserialize_with = "lenient::opt_num")]
    pub total_count: Option<u64>,
    /// The search's handle for the fetch, get and review tools.
    #[serde(default, deserialize_with = "lenient::opt_num")]
    pub filter_id: Option<u64>,
    /// For the contacts after these; absent on the last page.
    #[serde(default)]
    pub scroll_id: Option<String>,
}

/// Contacts revealed from a search, with the fetch's counts.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct FetchedContacts {
    #[serde(default, alias = "list", alias = "data")]
    pub contacts: Vec<ProspectContact>,
    #[serde(default, deserialize_with = "lenient::opt_num")]
    pub total_count: Option<u64>,
    #[serde(default, deserialize_with = "lenient::opt_num")]
    pub visual_limit: Option<u32>,
    #[serde(default, deserialize_with = "lenient::opt_num")]
    pub visual_offset: Option<u32>,
    #[serde(default)]
    pub metrics: Option<FetchMetrics>,
}

/// A fetch's contacts counted by what was found.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all(deserialize = "camelCase"))]
pub struct FetchMetrics {
    #[serde(default, deserialize_with = "lenient::opt_num")]
    pub total_contacts: Option<u64>,
    #[serde(default, deserialize_with = "lenient::opt_num")]
    pub total_emails: Option<u64>,
    #[serde(default, deserialize_with = "lenient::opt_num")]
    pub no_email_found: Option<u64>,
    #[serde(default, deserialize_with = "lenient::opt_num")]
    pub invalid_emails: Option<u64>,
    #[serde(default, deserialize_with = "lenient::opt_num")]
    pub catch_all_emails: Option<u64>,
    #[serde(default, deserialize_with = "lenient::opt_num")]
    pub verified_emails: Option<u64>,
    #[serde(default, deserialize_with = "lenient::opt_num")]
    pub completed: Option<u64>,
}

/// A page of contacts already fetched.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct ContactPage {
    pub contacts: Vec<ProspectContact>,
    /// Contacts in all, when Smartlead says.
    pub total: Option<u64>,
    /// Whether a page follows (call again with offset + limit).
    pub has_more: bool,
}

/// What finding emails found, one row per person asked for.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct FoundEmails {
    pub emails: Vec<FoundEmail>,
}

/// One person's email, or `status` "Not Found".
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct FoundEmail {
    #[serde(default, alias = "firstName")]
    pub first_name: Option<String>,
    #[serde(default, alias = "lastName")]
    pub last_name: Option<String>,
    #[serde(default, alias = "companyDomain")]
    pub company_domain: Option<String>,
    /// Empty when none was found (`email_id`).
    #[serde(default, alias = "email_id")]
    pub email: Option<String>,
    #[serde(default)]
    pub status: Option<String>,
    #[serde(default)]
    pub verification_status: Option<String>,
}

/// A search's fetched contacts brought up to date.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct ReviewedContacts {
    #[serde(default, deserialize_with = "lenient::opt_num")]
    pub filter_id: Option<u64>,
    #[serde(default, deserialize_with = "lenient::opt_num")]
    pub records_updated: Option<u64>,
    #[serde(default)]
    pub fetch_details: Option<FetchDetails>,
}

/// How a search's fetch went.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct FetchDetails {
    #[serde(default)]
    pub metrics: Option<FetchMetrics>,
    #[serde(default, deserialize_with = "lenient::opt_num")]
    pub leads_found: Option<u64>,
    #[serde(default, deserialize_with = "lenient::opt_num")]
    pub email_fetched: Option<u64>,
    #[serde(default, deserialize_with = "lenient::opt_text_list")]
    pub catch_all_status_list: Option<Vec<String>>,
    #[serde(default, deserialize_with = "lenient::opt_text_list")]
    pub verification_status_list: Option<Vec<String>>,
}

/// A saved, recent or fetched search.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct ProspectSearch {
    #[serde(default, deserialize_with = "lenient::opt_num")]
    pub id: Option<u64>,
    #[serde(default)]
    pub search_string: Option<String>,
    /// The search's filters as Smartlead keeps them (JSON).
    #[serde(default)]
    pub filter_details: Option<Value>,
    #[serde(default, rename(deserialize = "type"))]
    pub kind: Option<String>,
    #[serde(default, deserialize_with = "lenient::opt_bool")]
    pub include_owned: Option<bool>,
    #[serde(default, deserialize_with = "lenient::opt_bool")]
    pub is_saved: Option<bool>,
    #[serde(default, deserialize_with = "lenient::opt_bool")]
    pub is_fetched: Option<bool>,
    /// A fetched search's results.
    #[serde(default)]
    pub fetch_details: Option<FetchDetails>,
    #[serde(default)]
    pub created_at: Option<String>,
    #[serde(default)]
    pub updated_at: Option<String>,
}

/// The account's SmartProspect usage and credits.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all(deserialize = "camelCase"))]
pub struct ProspectUsage {
    #[serde(default)]
    pub leads_found: Option<UsageTrend>,
    #[serde(default)]
    pub emails_fetched: Option<UsageTrend>,
    #[serde(default)]
    pub available_credits: Option<Credits>,
    #[serde(default, deserialize_with = "lenient::opt_num")]
    pub leads_found_today: Option<u64>,
    /// The filter_id asked about.
    #[serde(default)]
    pub filter_data: Option<FilterUsage>,
    #[serde(default, deserialize_with = "lenient::opt_num")]
    pub max_daily_fetch_limit: Option<u64>,
    #[serde(default, deserialize_with = "lenient::opt_num")]
    pub max_single_fetch_limit: Option<u64>,
}

/// This month against last.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all(deserialize = "camelCase"))]
pub struct UsageTrend {
    #[serde(default, deserialize_with = "lenient::opt_num")]
    pub current: Option<u64>,
    #[serde(default, deserialize_with = "lenient::opt_num")]
    pub previous_month: Option<u64>,
    #[serde(default, deserialize_with = "lenient::opt_percent")]
    pub percentage_change: Option<f64>,
    #[serde(default)]
    pub trend: Option<String>,
    #[serde(default, deserialize_with = "lenient::opt_num")]
    pub total: Option<u64>,
}

/// Credits available, used and in all.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Credits {
    #[serde(default, deserialize_with = "lenient::opt_num")]
    pub available: Option<u64>,
    #[serde(default, deserialize_with = "lenient::opt_num")]
    pub used: Option<u64>,
    #[serde(default, deserialize_with = "lenient::opt_num")]
    pub total: Option<u64>,
}

/// One search's usage.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all(deserialize = "camelCase"))]
pub struct FilterUsage {
    #[serde(default, deserialize_with = "lenient::opt_num")]
    pub leads_found: Option<u64>,
    #[serde(default, deserialize_with = "lenient::opt_num")]
    pub emails_fetched: Option<u64>,
}

/// Replies from SmartProspect contacts, this month against last.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct ProspectReplies {
    /// `currentMonth.replied`.
    #[serde(default, rename(deserialize = "currentMonth"), deserialize_with = "replied")]
    pub current_month: Option<u64>,
    #[serde(default, rename(deserialize = "previousMonth"), deserialize_with = "replied")]
    pub previous_month: Option<u64>,
    /// Percent, from Smartlead's "+25%".
    #[serde(default, deserialize_with = "lenient::opt_percent")]
    pub percentage_change: Option<f64>,
    #[serde(default)]
    pub trend: Option<String>,
}

/// A month's replies: `{replied: N}` as documented, or the bare number.
fn replied<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<u64>, D::Error> {
    let value: Value = Deserialize::deserialize(d)?;
    let n = value.get("replied").unwrap_or(&value);
    Ok(lenient::opt_num(n).ok().flatten())
}
