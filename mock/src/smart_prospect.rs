//! SmartProspect as Smartlead documents it: `{success, message, data}` answers, refusals
//! as HTTP 200 with `success: false`; lookups from fixed tables, contacts from a fixed
//! database of twelve people, searches, saves and fetches kept, and credits spent by
//! each email revealed.

use crate::Account;
use crate::answer::{Answer, Q, ok};
use crate::store::{NOW, Store};
use axum::Json;
use axum::Router;
use axum::extract::Path;
use axum::http::StatusCode;
use axum::routing::{get, patch, post, put};
use serde_json::{Map, Value, json};

/// Credits a new account starts with.
pub const CREDITS: u64 = 100;

pub fn router() -> Router {
    let listing = |name: &'static str, rows: fn() -> Vec<Value>, bounded: bool| get(move |s: Account, q: Q| lookup(s, q, name, rows, bounded));
    Router::new()
        .route("/search-email-leads/cities", listing("city_name", cities, true))
        .route("/search-email-leads/company", listing("company_name", || distinct(|c| json!({"company_name": c["company"]["name"]})), false))
        .route("/search-email-leads/countries", listing("country_name", || named("country_name", &["Canada", "Germany", "India", "United Kingdom", "United States"]), true))
        .route("/search-email-leads/departments", listing("department_name", || named("department_name", &["Engineering", "Finance", "Marketing", "Sales"]), true))
        .route("/search-email-leads/domain", listing("domain_name", || distinct(|c| json!({"domain_name": c["company"]["website"]})), false))
        .route("/search-email-leads/head-counts", listing("head_count", || named("head_count", &["1-10", "11-50", "51-200", "201-500"]), true))
        .route("/search-email-leads/industries", listing("industry_name", industries, true))
        .route("/search-email-leads/job-title", listing("job_title", || distinct(|c| json!({"job_title": c["title"]})), false))
        .route("/search-email-leads/keywords", listing("keyword", || named_plain("keyword", &["analytics", "crm", "saas", "security"]), false))
        .route("/search-email-leads/levels", listing("level_name", || named("level_name", &["C-Level", "Director", "Manager", "VP"]), true))
        .route("/search-email-leads/revenue", get(revenue))
        .route("/search-email-leads/states", listing("state_name", states, true))
        .route("/search-email-leads/sub-industries", listing("sub_industry_name", sub_industries, true))
        .route("/search-email-leads/search-contacts", post(search_contacts))
        .route("/search-email-leads/search-contacts/find-emails", post(find_emails))
        .route("/search-email-leads/fetch-contacts", post(fetch_contacts))
        .route("/search-email-leads/get-contacts", post(get_contacts))
        .route("/search-email-leads/review-contacts/{filter_id}", patch(review_contacts))
        .route("/search-email-leads/search-analytics", get(search_analytics))
        .route("/search-email-leads/reply-analytics", get(reply_analytics))
        .route("/search-email-leads/search-filters/saved-searches", get(|s: Account, q: Q| searches(s, q, "savedSearches", |s| s.saved_searches.clone())))
        .route("/search-email-leads/search-filters/recent-searches", get(|s: Account, q: Q| searches(s, q, "recentSearches", |s| s.prospect_searches.iter().rev().cloned().collect())))
        .route("/search-email-leads/search-filters/fetched-searches", get(|s: Account, q: Q| searches(s, q, "fetchedLeads", fetched)))
        .route("/search-email-leads/search-filters/save-search", post(save_search))
        .route("/search-email-leads/search-filters/save-search/{id}", put(|s: Account, p: Path<u64>, b: Json<Value>| rename(s, p, b, false)))
        .route("/search-email-leads/search-filters/fetched-searches/{id}", put(|s: Account, p: Path<u64>, b: Json<Value>| rename(s, p, b, true)))
}

fn answer(data: Value) -> Answer {
    ok(json!({"success": true, "message": "Data retrieved successfully", "data": data}))
}

/// Smartlead's refusal: HTTP 200, `success: false`.
fn refused(message: &str) -> Answer {
    ok(json!({"success": false, "message": message}))
}

fn bad_request(message: &str) -> Answer {
    (StatusCode::BAD_REQUEST, Json(json!({"success": false, "message": message})))
}

fn not_found(message: &str) -> Answer {
    (StatusCode::NOT_FOUND, Json(json!({"success": false, "message": message})))
}

/// The twelve people of the database; each company has four.
pub fn people() -> Vec<Value> {
    let firsts = ["Ada", "Ben", "Cleo", "Dev", "Eve", "Finn", "Gia", "Hal", "Ivy", "Jon", "Kai", "Lea"];
    let companies = [("Acme", "acme.test"), ("Globex", "globex.test"), ("Initech", "initech.test")];
    let titles = ["CEO", "CTO", "VP Sales", "Engineer"];
    (0..12)
        .map(|i| {
            let (company, domain) = companies[i % 3];
            let first = firsts[i];
            json!({"id": format!("adapt_{:03}", i + 1), "firstName": first, "lastName": "Moss", "fullName": format!("{first} Moss"),
                   "title": titles[i / 3], "company": {"name": company, "website": domain}, "department": ["Sales"], "level": if i < 6 { "C-Level" } else { "VP" },
                   "industry": "Software", "subIndustry": "SaaS", "companyHeadCount": "11-50", "companyRevenue": "$1M-$10M",
                   "country": if i % 2 == 0 { "United States" } else { "Canada" }, "state": "", "city": "", "address": "",
                   "linkedin": format!("https://linkedin.com/in/{}", first.to_lowercase()), "emailDeliverability": 0.9,
                   "email": format!("{}@{domain}", first.to_lowercase()), "verificationStatus": if i % 4 == 3 { "catch_all" } else { "valid" }})
        })
        .collect()
}

fn named(key: &str, names: &[&str]) -> Vec<Value> {
    names.iter().enumerate().map(|(i, n)| json!({"id": i + 1, key: n})).collect()
}

fn named_plain(key: &str, names: &[&str]) -> Vec<Value> {
    names.iter().map(|n| json!({key: n})).collect()
}

fn distinct(render: fn(&Value) -> Value) -> Vec<Value> {
    let mut rows: Vec<Value> = people().iter().map(render).collect();
    rows.sort_by_key(|r| r.to_string());
    rows.dedup();
    rows
}

fn cities() -> Vec<Value> {
    [("Austin", "texas", "usa"), ("Dallas", "texas", "usa"), ("Denver", "colorado", "usa"), ("San Diego", "california", "usa"), ("San Jose", "california", "usa"), ("Toronto", "ontario", "canada")]
        .iter()
        .enumerate()
        .map(|(i, (city, state, country))| json!({"id": i + 1, "city_name": city, "state": state, "country": country}))
        .collect()
}

fn states() -> Vec<Value> {
    [("California", "usa"), ("Colorado", "usa"), ("Ontario", "canada"), ("Texas", "usa")]
        .iter()
        .enumerate()
        .map(|(i, (state, country))| json!({"id": i + 1, "state_name": state, "country": country}))
        .collect()
}

fn industries() -> Vec<Value> {
    named("industry_name", &["Finance", "Healthcare", "Software"])
}

fn sub_industries() -> Vec<Value> {
    [("Banking", 1), ("Insurance", 1), ("Hospitals", 2), ("SaaS", 3), ("Security", 3)]
        .iter()
        .enumerate()
        .map(|(i, (name, industry))| json!({"id": i + 1, "sub_industry_name": name, "industry_id": industry}))
        .collect()
}

/// A lookup: `search` (a prefix for the bounded lookups, a match for the others), the
/// lookup's own filters, and `limit`/`offset` as strings (1-100, default 10, where bounded).
async fn lookup(_: Account, q: Q, name: &str, rows: fn() -> Vec<Value>, bounded: bool) -> Answer {
    let (default, max) = if bounded { (10, 100) } else { (100, usize::MAX) };
    let limit = match q.get("limit").map(|l| l.parse::<usize>()) {
        None => default,
        Some(Ok(l)) if (1..=max).contains(&l) => l,
        Some(_) => return bad_request(&format!("limit must be a number from 1 to {max}")),
    };
    let offset: usize = q.get("offset").and_then(|o| o.parse().ok()).unwrap_or(0);
    let search = q.get("search").map(|s| s.to_lowercase());
    let listed = |field: &str, row: &Value| q.get(field).is_none_or(|want| want.to_lowercase().split(',').any(|w| row[field].as_str() == Some(w.trim())));
    let with_subs = q.get("withSubIndustry").map(String::as_str) == Some("true");
    let mut matching: Vec<Value> = rows()
        .into_iter()
        .filter(|row| {
            let text = row[name].as_str().unwrap_or_default().to_lowercase();
            search.as_ref().is_none_or(|s| if bounded { text.starts_with(s.as_str()) } else { text.contains(s.as_str()) })
        })
        .filter(|row| listed("state", row) && listed("country", row))
        .filter(|row| q.get("industry_id").is_none_or(|id| row["industry_id"].to_string() == *id))
        .collect();
    if name == "industry_name" {
        for row in &mut matching {
            let subs: Vec<Value> = sub_industries().into_iter().filter(|s| s["industry_id"] == row["id"]).map(|s| json!({"sub_industry_name": s["sub_industry_name"]})).collect();
            row["sub_industry_list"] = if with_subs { Value::Array(subs) } else { json!([]) };
        }
    }
    let count = matching.len();
    let page: Vec<Value> = matching.into_iter().skip(offset).take(limit).collect();
    let mut body = json!({"success": true, "message": "Data retrieved successfully", "data": page});
    if bounded {
        body["pagination"] = json!({"limit": limit, "offset": offset, "page": offset / limit + 1, "count": count});
        body["search"] = q.get("search").map_or(Value::Null, |s| json!(s));
    }
    ok(body)
}

async fn revenue(_: Account) -> Answer {
    answer(json!([{"id": 1, "revenue": "$0-$1M"}, {"id": 2, "revenue": "$1M-$10M"}, {"id": 3, "revenue": "$10M+"}]))
}

/// Filters by name → the field of a person they match (case-insensitive).
const FILTERS: [(&str, &str); 6] = [("title", "/title"), ("companyName", "/company/name"), ("companyDomain", "/company/website"), ("country", "/country"), ("level", "/level"), ("firstName", "/firstName")];

fn matches(filters: &Value, person: &Value) -> bool {
    FILTERS.iter().all(|(filter, field)| {
        filters[filter].as_array().is_none_or(|wanted| {
            let have = person.pointer(field).and_then(Value::as_str).unwrap_or_default().to_lowercase();
            wanted.iter().any(|w| w.as_str().is_some_and(|w| w.to_lowercase() == have))
        })
    })
}

/// A person as a search shows them: no email until fetched.
fn unrevealed(person: &Value) -> Value {
    let mut shown = person.clone();
    if let Some(fields) = shown.as_object_mut() {
        fields.remove("email");
        fields.remove("verificationStatus");
    }
    shown
}

async fn search_contacts(s: Account, Json(body): Json<Value>) -> Answer {
    let Some(limit) = body["limit"].as_u64().filter(|l| (1..=500).contains(l)) else { return bad_request("limit must be a number from 1 to 500") };
    let mut s = s.store();
    // `scroll_<filter>_<offset>` continues a search; otherwise the search is new.
    let (filter_id, offset) = match body["scroll_id"].as_str() {
        Some(scroll) => match scroll.strip_prefix("scroll_").and_then(|r| r.split_once('_')).and_then(|(f, o)| Some((f.parse::<u64>().ok()?, o.parse::<usize>().ok()?))) {
            Some(at) if s.prospect_searches.iter().any(|f| f["id"] == at.0) => at,
            _ => return bad_request("Invalid scroll_id"),
        },
        None => {
            let id = 327_100 + s.prospect_searches.len() as u64 + 1;
            let mut filters: Map<String, Value> = body.as_object().cloned().unwrap_or_default();
            filters.remove("scroll_id");
            s.prospect_searches.push(json!({"id": id, "user_id": 196026, "search_string": "", "filter_details": filters, "type": "search",
                                            "include_owned": !body["dontDisplayOwnedContact"].as_bool().unwrap_or(false), "is_saved": false,
                                            "is_fetched": false, "fetched": [], "created_at": NOW, "updated_at": NOW}));
            (id, 0)
        }
    };
    let found: Vec<Value> = people().into_iter().filter(|p| matches(&body, p)).collect();
    let page: Vec<Value> = found.iter().skip(offset).take(limit as usize).map(unrevealed).collect();
    let next = offset + page.len();
    answer(json!({"list": page, "scroll_id": if next < found.len() { json!(format!("scroll_{filter_id}_{next}")) } else { Value::Null },
                  "filter_id": filter_id, "total_count": found.len()}))
}

fn credits_left(s: &Store) -> u64 {
    CREDITS.saturating_sub(s.prospect_credits_used)
}

async fn find_emails(s: Account, Json(body): Json<Value>) -> Answer {
    let Some(people_asked) = body["contacts"].as_array().filter(|c| (1..=10).contains(&c.len())) else { return bad_request("contacts must hold 1 to 10 items") };
    let mut s = s.store();
    let database = people();
    let mut rows = Vec::new();
    for asked in people_asked {
        let (first, last, domain) = (&asked["firstName"], &asked["lastName"], &asked["companyDomain"]);
        let found = database.iter().find(|p| &p["firstName"] == first && &p["lastName"] == last && &p["company"]["website"] == domain);
        match found {
            Some(person) if credits_left(&s) > 0 => {
                s.prospect_credits_used += 1;
                rows.push(json!({"firstName": first, "lastName": last, "companyDomain": domain, "email_id": person["email"], "status": "Found", "verification_status": person["verificationStatus"]}));
            }
            Some(_) => return (StatusCode::PAYMENT_REQUIRED, Json(json!({"success": false, "message": "Insufficient credits"}))),
            None => rows.push(json!({"firstName": first, "lastName": last, "companyDomain": domain, "email_id": "", "status": "Not Found", "verification_status": null})),
        }
    }
    answer(Value::Array(rows))
}

/// Counts of what a fetch found.
fn metrics(fetched: &[Value]) -> Value {
    let count = |status: &str| fetched.iter().filter(|p| p["verificationStatus"] == status).count();
    json!({"totalContacts": fetched.len(), "totalEmails": fetched.len(), "noEmailFound": 0, "invalidEmails": count("invalid"),
           "catchAllEmails": count("catch_all"), "verifiedEmails": count("valid"), "completed": fetched.len()})
}

/// The people a search found that were fetched.
fn fetched_people(search: &Value) -> Vec<Value> {
    let ids = ids_of(search);
    people().into_iter().filter(|p| ids.contains(&p["id"])).collect()
}

/// The people a search's filters find.
fn found_by(search: &Value) -> Vec<Value> {
    people().into_iter().filter(|p| matches(&search["filter_details"], p)).collect()
}

async fn fetch_contacts(s: Account, Json(body): Json<Value>) -> Answer {
    let mut s = s.store();
    let Some(index) = s.prospect_searches.iter().position(|f| f["id"] == body["filter_id"]) else { return refused("Filter not found") };
    let found = found_by(&s.prospect_searches[index]);
    let chosen: Vec<Value> = match (body["limit"].as_u64(), body["id"].as_array()) {
        (Some(limit), None) if (1..=10_000).contains(&limit) => found.into_iter().take(limit as usize).collect(),
        (None, Some(ids)) => found.into_iter().filter(|p| ids.contains(&p["id"])).collect(),
        _ => return refused("Provide either id or a limit from 1 to 10000"),
    };
    let already = ids_of(&s.prospect_searches[index]);
    let new = chosen.iter().filter(|p| !already.contains(&p["id"])).count() as u64;
    if new > credits_left(&s) {
        return refused(&format!("Insufficient credits: {new} needed, {} available", credits_left(&s)));
    }
    s.prospect_credits_used += new;
    let mut ids = already;
    for person in &chosen {
        if !ids.contains(&person["id"]) {
            ids.push(person["id"].clone());
        }
    }
    let search = &mut s.prospect_searches[index];
    search["is_fetched"] = json!(true);
    search["fetched"] = Value::Array(ids);
    let visual_limit = body["visual_limit"].as_u64().unwrap_or(10) as usize;
    let visual_offset = body["visual_offset"].as_u64().unwrap_or(0) as usize;
    let list: Vec<Value> = chosen.iter().skip(visual_offset).take(visual_limit).map(|p| {
        let mut shown = p.clone();
        shown["status"] = json!("fetched");
        shown
    }).collect();
    answer(json!({"list": list, "total_count": chosen.len(), "visual_limit": visual_limit, "visual_offset": visual_offset, "metrics": metrics(&chosen)}))
}

fn ids_of(search: &Value) -> Vec<Value> {
    search["fetched"].as_array().cloned().unwrap_or_default()
}

async fn get_contacts(s: Account, Json(body): Json<Value>) -> Answer {
    let s = s.store();
    let (contacts, filter_id): (Vec<Value>, Value) = match (body["id"].as_array(), &body["filter_id"]) {
        (Some(ids), Value::Null) if ids.len() <= 200 => {
            let fetched: Vec<Value> = s.prospect_searches.iter().flat_map(fetched_people).collect();
            (people().into_iter().filter(|p| ids.contains(&p["id"]) && fetched.contains(p)).collect(), Value::Null)
        }
        (None, filter @ Value::Number(_)) => match s.prospect_searches.iter().find(|f| &f["id"] == filter) {
            Some(search) => (fetched_people(search), filter.clone()),
            None => return not_found("Filter not found"),
        },
        _ => return bad_request("Provide either id (at most 200) or filter_id"),
    };
    let search = body["search"].as_str().map(str::to_lowercase);
    let matching: Vec<Value> = contacts
        .into_iter()
        .filter(|p| search.as_ref().is_none_or(|s| p["fullName"].as_str().unwrap_or_default().to_lowercase().contains(s.as_str())))
        .filter(|p| body["verification_status"].as_str().is_none_or(|v| p["verificationStatus"] == v))
        .collect();
    let limit = body["limit"].as_u64().unwrap_or(100) as usize;
    let offset = body["offset"].as_u64().unwrap_or(0) as usize;
    let total = matching.len();
    let list: Vec<Value> = matching.into_iter().skip(offset).take(limit).collect();
    let has_more = offset + list.len() < total;
    answer(json!({"list": list, "pagination": {"filterId": filter_id, "limit": limit, "offset": offset, "total": total, "hasMore": has_more}, "totalCount": total}))
}

async fn review_contacts(s: Account, Path(filter_id): Path<String>) -> Answer {
    let s = s.store();
    let Some(search) = filter_id.parse::<u64>().ok().and_then(|id| s.prospect_searches.iter().find(|f| f["id"] == id)) else { return not_found("Filter not found") };
    let fetched = fetched_people(search);
    answer(json!({"filter_id": search["id"], "records_updated": fetched.len(), "fetch_details": {"metrics": metrics(&fetched), "leads_found": fetched.len(),
                  "email_fetched": fetched.len(), "catch_all_status_list": [], "verification_status_list": ["valid", "catch_all"]}}))
}

async fn search_analytics(s: Account, q: Q) -> Answer {
    let s = s.store();
    let leads: usize = s.prospect_searches.iter().map(|f| found_by(f).len()).sum();
    let emails: usize = s.prospect_searches.iter().map(|f| ids_of(f).len()).sum();
    let trend = |n: usize| json!({"current": n, "previousMonth": 0, "percentageChange": 100, "percentageChangeText": "+100%", "trend": "up", "total": n});
    let mut data = json!({"leadsFound": trend(leads), "emailsFetched": trend(emails),
                          "availableCredits": {"available": credits_left(&s), "total": CREDITS, "used": s.prospect_credits_used},
                          "leadsFoundToday": leads, "maxDailyFetchLimit": 10_000, "maxSingleFetchLimit": 10_000});
    if let Some(id) = q.get("filter_id") {
        let Some(search) = s.prospect_searches.iter().find(|f| f["id"].to_string() == *id) else { return not_found("Filter not found") };
        data["filterData"] = json!({"leadsFound": found_by(search).len(), "emailsFetched": ids_of(search).len()});
    }
    answer(data)
}

async fn reply_analytics(_: Account) -> Answer {
    answer(json!({"currentMonth": {"replied": 5}, "previousMonth": {"replied": 4}, "percentage_change": "+25%", "trend": "up"}))
}

fn fetched(s: &Store) -> Vec<Value> {
    s.prospect_searches.iter().filter(|f| f["is_fetched"] == true).cloned().collect()
}

/// A list of searches under `key`, paged by `limit`/`offset` strings (default 10).
async fn searches(s: Account, q: Q, key: &str, rows: fn(&Store) -> Vec<Value>) -> Answer {
    let all = rows(&s.store());
    let limit: usize = q.get("limit").and_then(|l| l.parse().ok()).filter(|l| *l > 0).unwrap_or(10);
    let offset: usize = q.get("offset").and_then(|o| o.parse().ok()).unwrap_or(0);
    let page: Vec<Value> = all
        .iter()
        .skip(offset)
        .take(limit)
        .map(|f| {
            let mut row = f.clone();
            if let Some(fields) = row.as_object_mut() {
                fields.remove("fetched");
            }
            if key == "fetchedLeads" {
                row["fetch_details"] = json!({"metrics": metrics(&fetched_people(f)), "leads_found": ids_of(f).len(), "email_fetched": ids_of(f).len()});
            }
            row
        })
        .collect();
    answer(json!({key: page, "totalCount": all.len()}))
}

async fn save_search(s: Account, Json(body): Json<Value>) -> Answer {
    let Some(name) = body["search_string"].as_str().filter(|n| !n.is_empty()) else { return bad_request("search_string is required") };
    let mut s = s.store();
    let mut filters: Map<String, Value> = body.as_object().cloned().unwrap_or_default();
    filters.remove("search_string");
    let id = 327_500 + s.saved_searches.len() as u64 + 1;
    s.saved_searches.push(json!({"id": id, "search_string": name, "filter_details": filters, "created_at": NOW, "updated_at": NOW}));
    ok(json!({"success": true, "message": "Search saved successfully"}))
}

async fn rename(s: Account, Path(id): Path<u64>, Json(body): Json<Value>, fetched: bool) -> Answer {
    let Some(name) = body["search_string"].as_str().filter(|n| (1..=255).contains(&n.chars().count())) else { return bad_request("search_string must be 1 to 255 characters") };
    let mut s = s.store();
    let list = if fetched { &mut s.prospect_searches } else { &mut s.saved_searches };
    match list.iter_mut().find(|f| f["id"] == id && (!fetched || f["is_fetched"] == true)) {
        Some(search) => {
            search["search_string"] = json!(name);
            ok(json!({"success": true, "message": "Updated successfully"}))
        }
        None => not_found("Search not found"),
    }
}
