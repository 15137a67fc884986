//! SmartProspect, Smartlead's contact database, on its own host: the lookups its search
//! filters take, contact search, the saved, recent and fetched searches, and the routes
//! that reveal emails (which spend credits: confirmed first). Answers come as
//! `{success, message, data}`; a 200 with `success: false` is a failure.

use super::{NoArgs, check};
use crate::catalog::lenient;
use crate::catalog::model::{
    Ack, ContactPage, ContactSearch, FetchedContacts, FoundEmails, Page, ProspectOption, ProspectReplies, ProspectSearch, ProspectUsage, ReviewedContacts,
};
use crate::catalog::operation::{Args, Base, Confirm, Effect};
use crate::catalog::typed::hosted_rows;
use crate::core::error::{Error, Result};
use crate::core::http::Method::{Get, Patch, Post, Put};
use crate::core::paging::Listing;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// The lookups that state a bound: 1 to 100 a page.
const BOUNDED: Listing = Listing::Offset { max: 100 };
/// The lookups and search lists that state none; 1,000 a page keeps answers small.
const UNBOUNDED: Listing = Listing::Offset { max: 1000 };

hosted_rows! { Base::Prospect, "smart-prospect";
    LIST_ALL_SMARTLEAD_PROSPECT_CITIES: CityLookup => Page<ProspectOption> = "list_all_smartlead_prospect_cities", Get, "/search-email-leads/cities", Effect::Read, BOUNDED, "cities",
        "List the cities a contact search can filter on, by name prefix (search), within states (state) and countries (country), comma-separated.";
    LIST_ALL_SMARTLEAD_PROSPECT_COMPANIES: Lookup => Page<ProspectOption> = "list_all_smartlead_prospect_companies", Get, "/search-email-leads/company", Effect::Read, UNBOUNDED, "company",
        "List the company names a contact search can filter on, matching search.";
    LIST_ALL_SMARTLEAD_PROSPECT_COUNTRIES: Lookup => Page<ProspectOption> = "list_all_smartlead_prospect_countries", Get, "/search-email-leads/countries", Effect::Read, BOUNDED, "countries",
        "List the countries a contact search can filter on, by name prefix (search).";
    LIST_ALL_SMARTLEAD_PROSPECT_DEPARTMENTS: Lookup => Page<ProspectOption> = "list_all_smartlead_prospect_departments", Get, "/search-email-leads/departments", Effect::Read, BOUNDED, "departments",
        "List the departments a contact search can filter on, by name prefix (search).";
    LIST_ALL_SMARTLEAD_PROSPECT_DOMAINS: Lookup => Page<ProspectOption> = "list_all_smartlead_prospect_domains", Get, "/search-email-leads/domain", Effect::Read, UNBOUNDED, "domain",
        "List the company domains a contact search can filter on, matching search.";
    LIST_ALL_SMARTLEAD_PROSPECT_HEAD_COUNTS: Lookup => Page<ProspectOption> = "list_all_smartlead_prospect_head_counts", Get, "/search-email-leads/head-counts", Effect::Read, BOUNDED, "head-counts",
        "List the company head-count ranges a contact search can filter on.";
    LIST_ALL_SMARTLEAD_PROSPECT_INDUSTRIES: IndustryLookup => Page<ProspectOption> = "list_all_smartlead_prospect_industries", Get, "/search-email-leads/industries", Effect::Read, BOUNDED, "industries",
        "List the industries a contact search can filter on, by name prefix (search), with their sub-industries when with_sub_industry is true.";
    LIST_ALL_SMARTLEAD_PROSPECT_JOB_TITLES: Lookup => Page<ProspectOption> = "list_all_smartlead_prospect_job_titles", Get, "/search-email-leads/job-title", Effect::Read, UNBOUNDED, "job-title",
        "List the job titles a contact search can filter on, matching search.";
    LIST_ALL_SMARTLEAD_PROSPECT_KEYWORDS: Lookup => Page<ProspectOption> = "list_all_smartlead_prospect_keywords", Get, "/search-email-leads/keywords", Effect::Read, UNBOUNDED, "keywords",
        "List the company keywords a contact search can filter on, matching search.";
    LIST_ALL_SMARTLEAD_PROSPECT_LEVELS: Lookup => Page<ProspectOption> = "list_all_smartlead_prospect_levels", Get, "/search-email-leads/levels", Effect::Read, BOUNDED, "levels",
        "List the seniority levels a contact search can filter on, by name prefix (search).";
    LIST_ALL_SMARTLEAD_PROSPECT_REVENUES: NoArgs => Page<ProspectOption> = "list_all_smartlead_prospect_revenues", Get, "/search-email-leads/revenue", Effect::Read, Listing::Sliced, "revenue",
        "List the company revenue ranges a contact search can filter on.";
    LIST_ALL_SMARTLEAD_PROSPECT_STATES: StateLookup => Page<ProspectOption> = "list_all_smartlead_prospect_states", Get, "/search-email-leads/states", Effect::Read, BOUNDED, "states",
        "List the states a contact search can filter on, by name prefix (search), within countries (country), comma-separated.";
    LIST_ALL_SMARTLEAD_PROSPECT_SUB_INDUSTRIES: SubIndustryLookup => Page<ProspectOption> = "list_all_smartlead_prospect_sub_industries", Get, "/search-email-leads/sub-industries", Effect::Read, BOUNDED, "sub-industries",
        "List the sub-industries a contact search can filter on, by name prefix (search), within one industry (industry_id).";
    SMARTLEAD_PROSPECT_SEARCH_CONTACTS: ContactQuery => ContactSearch = "smartlead_prospect_search_contacts", Post, "/search-email-leads/search-contacts", Effect::Read, Listing::Single, "search-contacts",
        "Search SmartProspect's contacts by the filters given (each a list of values from the lookups): up to limit (1-500) contacts, the total matching, the search's filter_id (what the fetch, get and review tools take) and a scroll_id; for the next contacts call again with the same filters and that scroll_id. Emails are not revealed here.";
    SMARTLEAD_PROSPECT_FIND_EMAILS: EmailQuery => FoundEmails = "smartlead_prospect_find_emails", Post, "/search-email-leads/search-contacts/find-emails", Effect::Write { idempotent: false }, Listing::Single, "find-emails",
        "Find the work emails of 1-10 people by firstName, lastName and companyDomain; one not found comes back with status \"Not Found\". Spends credits.",
        Confirm::Always("spend SmartProspect credits to find emails");
    SMARTLEAD_PROSPECT_FETCH_CONTACTS: ContactFetch => FetchedContacts = "smartlead_prospect_fetch_contacts", Post, "/search-email-leads/fetch-contacts", Effect::Write { idempotent: false }, Listing::Single, "fetch-contacts",
        "Reveal the emails of a search's contacts (filter_id): the first limit contacts, or those named by id; visual_limit and visual_offset page the contacts returned. Spends credits (a repeated call may spend again).",
        Confirm::Always("spend SmartProspect credits to reveal contacts' emails");
    LIST_ALL_SMARTLEAD_PROSPECT_CONTACTS: ContactsQuery => ContactPage = "list_all_smartlead_prospect_contacts", Post, "/search-email-leads/get-contacts", Effect::Read, Listing::Single, "get-contacts",
        "Get contacts already fetched, by id (up to 200 adapt ids) or by filter_id; with filter_id, limit (1-1000) and offset page them and search, verification_status and catch_all_status filter them. has_more says whether another page follows.";
    SMARTLEAD_PROSPECT_REVIEW_CONTACTS: FilterRef => ReviewedContacts = "smartlead_prospect_review_contacts", Patch, "/search-email-leads/review-contacts/{filter_id}", Effect::Write { idempotent: true }, Listing::Single, "review-contacts",
        "Bring a search's (filter_id) fetched contacts up to date: the records updated and the fetch's counts of leads found, emails found, verified, catch-all and invalid.";
    SMARTLEAD_PROSPECT_SEARCH_ANALYTICS: UsageQuery => ProspectUsage = "smartlead_prospect_search_analytics", Get, "/search-email-leads/search-analytics", Effect::Read, Listing::Single, "search-analytics",
        "The account's SmartProspect usage: leads found and emails fetched this month against last, credits available, used and in all, the daily and single-fetch caps, and one search's counts when filter_id is given.";
    SMARTLEAD_PROSPECT_REPLY_ANALYTICS: NoArgs => ProspectReplies = "smartlead_prospect_reply_analytics", Get, "/search-email-leads/reply-analytics", Effect::Read, Listing::Single, "reply-analytics",
        "Replies from SmartProspect contacts this month and last, the change in percent and its trend.";
    LIST_ALL_SMARTLEAD_PROSPECT_SAVED_SEARCHES: NoArgs => Page<ProspectSearch> = "list_all_smartlead_prospect_saved_searches", Get, "/search-email-leads/search-filters/saved-searches", Effect::Read, UNBOUNDED, "saved-searches",
        "List the saved contact searches with their names and filters.";
    CREATE_A_SMARTLEAD_PROSPECT_SAVED_SEARCH: SavedSearch => Ack = "create_a_smartlead_prospect_saved_search", Post, "/search-email-leads/search-filters/save-search", Effect::Write { idempotent: false }, Listing::Single, "save-search",
        "Save a contact search's filters under a name (search_string); Smartlead returns no id, so list the saved searches to find it.";
    UPDATE_A_SMARTLEAD_PROSPECT_SAVED_SEARCH: SearchRename => Ack = "update_a_smartlead_prospect_saved_search", Put, "/search-email-leads/search-filters/save-search/{id}", Effect::Write { idempotent: true }, Listing::Single, "update-saved-search",
        "Rename a saved contact search (search_string).";
    LIST_ALL_SMARTLEAD_PROSPECT_RECENT_SEARCHES: NoArgs => Page<ProspectSearch> = "list_all_smartlead_prospect_recent_searches", Get, "/search-email-leads/search-filters/recent-searches", Effect::Read, UNBOUNDED, "recent-searches",
        "List the account's recent contact searches with their filters.";
    LIST_ALL_SMARTLEAD_PROSPECT_FETCHED_SEARCHES: NoArgs => Page<ProspectSearch> = "list_all_smartlead_prospect_fetched_searches", Get, "/search-email-leads/search-filters/fetched-searches", Effect::Read, UNBOUNDED, "fetched-searches",
        "List the searches whose contacts were fetched, with their filters and how many leads and emails each found.";
    UPDATE_A_SMARTLEAD_PROSPECT_FETCHED_SEARCH: SearchRename => Ack = "update_a_smartlead_prospect_fetched_search", Put, "/search-email-leads/search-filters/fetched-searches/{id}", Effect::Write { idempotent: true }, Listing::Single, "update-fetched-lead",
        "Rename a fetched search (search_string).";
}

/// A lookup's name prefix or match.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Lookup {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub search: Option<String>,
}
impl Args for Lookup {
    fn validate(&self) -> Result<()> {
        filter_text("search", self.search.as_deref())
    }
}

/// Cities, by prefix, within states and countries (names, comma-separated).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct CityLookup {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub search: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub state: Option<String>,
    /// Smartlead takes a country only with a state.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
}
impl Args for CityLookup {
    fn validate(&self) -> Result<()> {
        filter_text("search", self.search.as_deref())?;
        filter_text("state", self.state.as_deref())?;
        filter_text("country", self.country.as_deref())?;
        if self.country.is_some() && self.state.is_none() {
            return Err(Error::invalid("country", "is taken only with state (Smartlead filters cities by country within states)"));
        }
        Ok(())
    }
}

/// States, by prefix, within countries (names, comma-separated).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct StateLookup {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub search: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
}
impl Args for StateLookup {
    fn validate(&self) -> Result<()> {
        filter_text("search", self.search.as_deref())?;
        filter_text("country", self.country.as_deref())
    }
}

/// Industries, by prefix, with their sub-industries or not.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct IndustryLookup {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub search: Option<String>,
    /// Sent as Smartlead's `withSubIndustry` ("true" or "false").
    #[serde(default, rename = "withSubIndustry", alias = "with_sub_industry", skip_serializing_if = "Option::is_none")]
    pub with_sub_industry: Option<bool>,
}
impl Args for IndustryLookup {
    fn validate(&self) -> Result<()> {
        filter_text("search", self.search.as_deref())
    }
}

/// Sub-industries, by prefix, within one industry.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SubIndustryLookup {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub search: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub industry_id: Option<u64>,
}
impl Args for SubIndustryLookup {
    fn validate(&self) -> Result<()> {
        filter_text("search", self.search.as_deref())?;
        check::id("industry_id", self.industry_id)
    }
}

/// A lookup's text filter: 1 to 255 characters, as Smartlead bounds it.
fn filter_text(name: &str, value: Option<&str>) -> Result<()> {
    match value {
        Some(text) if text.trim().is_empty() || text.chars().count() > 255 => Err(Error::invalid(name, format!("must be 1 to 255 characters, got {}", text.chars().count()))),
        _ => Ok(()),
    }
}

/// What a contact search filters on; every list holds values the lookups return.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct SearchFilters {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub first_name: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_name: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub include_title: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub exclude_title: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub department: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub level: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub company_name: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub include_company: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub exclude_company: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub company_domain: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub include_company_domain: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub exclude_company_domain: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub company_keyword: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub company_head_count: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub company_revenue: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub company_industry: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub company_sub_industry: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub city: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub state: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title_exact_match: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub company_exact_match: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub company_domain_exact_match: Option<bool>,
    /// Leave out contacts the account already owns.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dont_display_owned_contact: Option<bool>,
}
impl SearchFilters {
    /// Each list at most `max` values, none blank.
    fn check(&self, max: usize) -> Result<()> {
        let lists = [
            ("name", &self.name), ("firstName", &self.first_name), ("lastName", &self.last_name), ("title", &self.title),
            ("includeTitle", &self.include_title), ("excludeTitle", &self.exclude_title), ("department", &self.department), ("level", &self.level),
            ("companyName", &self.company_name), ("includeCompany", &self.include_company), ("excludeCompany", &self.exclude_company),
            ("companyDomain", &self.company_domain), ("includeCompanyDomain", &self.include_company_domain),
            ("excludeCompanyDomain", &self.exclude_company_domain), ("companyKeyword", &self.company_keyword),
            ("companyHeadCount", &self.company_head_count), ("companyRevenue", &self.company_revenue), ("companyIndustry", &self.company_industry),
            ("companySubIndustry", &self.company_sub_industry), ("city", &self.city), ("state", &self.state), ("country", &self.country),
        ];
        for (name, list) in lists {
            let Some(values) = list else { continue };
            if values.len() > max {
                return Err(Error::invalid(name, format!("holds {} values; Smartlead takes at most {max}", values.len())));
            }
            if let Some(i) = values.iter().position(|v| v.trim().is_empty()) {
                return Err(Error::invalid(&format!("{name}[{i}]"), "is blank"));
            }
        }
        Ok(())
    }
}

/// A contact search: its filters, how many contacts, and where the last page ended.
// Not `deny_unknown_fields`: serde does not support it with `flatten`; the tool layer
// refuses unknown names from the schema.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct ContactQuery {
    /// Contacts to return, 1-500.
    pub limit: u32,
    /// The scroll_id of the previous answer, for the contacts after it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scroll_id: Option<String>,
    #[serde(flatten)]
    pub filters: SearchFilters,
}
impl Args for ContactQuery {
    fn validate(&self) -> Result<()> {
        check::range("limit", Some(self.limit), 1, 500)?;
        self.filters.check(2000)
    }
}

/// A search saved under a name.
// Not `deny_unknown_fields`: serde does not support it with `flatten`; the tool layer
// refuses unknown names from the schema.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct SavedSearch {
    pub search_string: String,
    /// Contacts the search is for, 1-10,000.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<u32>,
    #[serde(flatten)]
    pub filters: SearchFilters,
}
impl Args for SavedSearch {
    fn validate(&self) -> Result<()> {
        check::not_blank("search_string", &self.search_string)?;
        check::range("limit", self.limit, 1, 10_000)?;
        self.filters.check(usize::MAX)
    }
}

/// A saved or fetched search, by id, and its new name.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SearchRename {
    #[serde(deserialize_with = "lenient::num")]
    pub id: u64,
    pub search_string: String,
}
impl Args for SearchRename {
    fn validate(&self) -> Result<()> {
        check::id("id", Some(self.id))?;
        check::not_blank("search_string", &self.search_string)?;
        filter_text("search_string", Some(&self.search_string))
    }
}

/// People whose work emails to find.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct EmailQuery {
    /// 1 to 10 people.
    pub contacts: Vec<Person>,
}
impl Args for EmailQuery {
    fn validate(&self) -> Result<()> {
        if self.contacts.is_empty() || self.contacts.len() > 10 {
            return Err(Error::invalid("contacts", format!("must hold 1 to 10 people, got {}", self.contacts.len())));
        }
        for (i, person) in self.contacts.iter().enumerate() {
            check::not_blank(&format!("contacts[{i}].firstName"), &person.first_name)?;
            check::not_blank(&format!("contacts[{i}].lastName"), &person.last_name)?;
            check::domain(&format!("contacts[{i}].companyDomain"), &person.company_domain)?;
        }
        Ok(())
    }
}

/// A person, by name and company domain.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct Person {
    pub first_name: String,
    pub last_name: String,
    /// e.g. example.com.
    pub company_domain: String,
}

/// Which of a search's contacts to reveal: the first `limit`, or those named by `id`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ContactFetch {
    #[serde(deserialize_with = "lenient::num")]
    pub filter_id: u64,
    /// Contacts to reveal, 1-30,000 (Smartlead allows above 10,000 only for some accounts).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<u32>,
    /// The contacts' ids, instead of limit.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<Vec<String>>,
    /// Contacts returned in this answer, 1-1,000 (default 10).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub visual_limit: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub visual_offset: Option<u32>,
}
impl Args for ContactFetch {
    fn validate(&self) -> Result<()> {
        check::id("filter_id", Some(self.filter_id))?;
        match (&self.limit, &self.id) {
            (None, None) => return Err(Error::invalid("limit", "or id is required: how many of the search's contacts, or which")),
            (Some(_), Some(_)) => return Err(Error::invalid("id", "and limit were both given; give one")),
            (Some(_), None) => check::range("limit", self.limit, 1, 30_000)?,
            (None, Some(ids)) => ids_given("id", ids, usize::MAX)?,
        }
        check::range("visual_limit", self.visual_limit, 1, 1000)
    }
}

/// Contacts already fetched: by id, or a search's (filter_id), paged and filtered.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ContactsQuery {
    /// Up to 200 adapt ids, instead of filter_id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none", deserialize_with = "lenient::opt_num")]
    pub filter_id: Option<u64>,
    /// With filter_id: contacts a page, 1-1,000.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub offset: Option<u32>,
    /// With filter_id: first, last or full name contains.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub search: Option<String>,
    /// With filter_id: valid, catch_all or invalid.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub verification_status: Option<String>,
    /// With filter_id: catch_all_verified, catch_all_soft_bounced, catch_all_hard_bounced, catch_all_unknown or catch_all_bounced.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub catch_all_status: Option<String>,
}
impl Args for ContactsQuery {
    fn validate(&self) -> Result<()> {
        match (&self.id, self.filter_id) {
            (None, None) => return Err(Error::invalid("filter_id", "or id is required")),
            (Some(_), Some(_)) => return Err(Error::invalid("id", "and filter_id were both given; give one")),
            (Some(ids), None) => {
                ids_given("id", ids, 200)?;
                let by_filter = [("limit", self.limit.is_some()), ("offset", self.offset.is_some()), ("search", self.search.is_some()),
                                 ("verification_status", self.verification_status.is_some()), ("catch_all_status", self.catch_all_status.is_some())];
                if let Some((name, _)) = by_filter.iter().find(|(_, given)| *given) {
                    return Err(Error::invalid(name, "applies only with filter_id"));
                }
            }
            (None, Some(_)) => {}
        }
        check::range("limit", self.limit, 1, 1000)?;
        if let Some(status) = &self.verification_status {
            check::one_of("verification_status", status, &["valid", "catch_all", "invalid"])?;
        }
        match &self.catch_all_status {
            Some(status) => check::one_of(
                "catch_all_status",
                status,
                &["catch_all_verified", "catch_all_soft_bounced", "catch_all_hard_bounced", "catch_all_unknown", "catch_all_bounced"],
            ),
            None => Ok(()),
        }
    }
}

/// A list of ids: 1 to `max`, none blank.
fn ids_given(name: &str, ids: &[String], max: usize) -> Result<()> {
    if ids.is_empty() || ids.len() > max {
        let bound = if max == usize::MAX { String::new() } else { format!(" (at most {max})") };
        return Err(Error::invalid(name, format!("must name at least one contact{bound}, got {}", ids.len())));
    }
    match ids.iter().position(|id| id.trim().is_empty()) {
        Some(i) => Err(Error::invalid(&format!("{name}[{i}]"), "is blank")),
        None => Ok(()),
    }
}

/// A search, by its filter_id.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct FilterRef {
    #[serde(deserialize_with = "lenient::num")]
    pub filter_id: u64,
}
impl Args for FilterRef {
    fn validate(&self) -> Result<()> {
        check::id("filter_id", Some(self.filter_id))
    }
}

/// Usage, for the account or one search.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct UsageQuery {
    #[serde(default, skip_serializing_if = "Option::is_none", deserialize_with = "lenient::opt_num")]
    pub filter_id: Option<u64>,
}
impl Args for UsageQuery {
    fn validate(&self) -> Result<()> {
        check::id("filter_id", self.filter_id)
    }
}
