//! SmartProspect through the typed functions, on its own host: lookups paged by offset,
//! contact search scrolled, emails found and contacts fetched against the mock's credits,
//! searches saved, listed and renamed.

use super::*;

/// A search through the tool; its filter_id.
async fn searched(h: &Harness, filters: Value) -> u64 {
    let mut args = filters;
    args["limit"] = json!(500);
    h.ok("smartlead_prospect_search_contacts", args).await["filter_id"].as_u64().unwrap()
}

/// A search's contacts revealed through the tool.
async fn fetched(h: &Harness, filter_id: u64, limit: u32) {
    h.ok("smartlead_prospect_fetch_contacts", json!({"filter_id": filter_id, "limit": limit, "confirm": true})).await;
}

/// The query of the one request sent, without the key.
fn query_of(sent: &[Recorded]) -> Vec<(String, String)> {
    assert_eq!(sent.len(), 1, "one request");
    sent[0].query.iter().filter(|(k, _)| k != "api_key").cloned().collect()
}

fn names(page: &Value) -> Vec<String> {
    page["result"].as_array().unwrap().iter().map(|o| o["name"].as_str().unwrap().to_string()).collect()
}

typed_tests! {
    list_all_smartlead_prospect_cities(h) {
        let (out, sent) = typed!(h, smartlead_connector_smart_prospect.call_list_all_smartlead_prospect_cities(&wit(json!({"search": "San", "state": "california", "country": "usa"})), &page(1)));
        assert_eq!(route(&sent), ("GET", "/search-email-leads/cities"));
        let q = query_of(&sent);
        for want in [("search", "San"), ("state", "california"), ("country", "usa"), ("limit", "1"), ("offset", "0")] {
            assert!(q.contains(&(want.0.into(), want.1.into())), "{want:?} in {q:?}");
        }
        let first = ok(out);
        assert_eq!((names(&first), first["next_cursor"].is_string()), (vec!["San Diego".to_string()], true));
        let next = Page { limit: Some(1), cursor: first["next_cursor"].as_str().map(str::to_string) };
        let (out, _) = typed!(h, smartlead_connector_smart_prospect.call_list_all_smartlead_prospect_cities(&wit(json!({"search": "San", "state": "california", "country": "usa"})), &next));
        assert_eq!(names(&ok(out)), ["San Jose"]);
        let (out, _) = typed!(h, smartlead_connector_smart_prospect.call_list_all_smartlead_prospect_cities(&wit(json!({"search": "San", "state": "california", "country": "usa"})), &page(10)));
        let all = ok(out);
        assert_eq!((names(&all), all["next_cursor"].is_null()), (vec!["San Diego".to_string(), "San Jose".to_string()], true), "a short page ends the list");
        let (out, sent) = typed!(h, smartlead_connector_smart_prospect.call_list_all_smartlead_prospect_cities(&wit(json!({"country": "usa"})), &page(10)));
        assert!(matches!(out, Err(Error::InvalidInput(ref m)) if m.contains("country") && m.contains("state")) && sent.is_empty(), "{out:?}");
    }

    list_all_smartlead_prospect_companies(h) {
        let (out, sent) = typed!(h, smartlead_connector_smart_prospect.call_list_all_smartlead_prospect_companies(&wit(json!({"search": "ob"})), &page(500)));
        assert_eq!(route(&sent), ("GET", "/search-email-leads/company"));
        assert_eq!(names(&ok(out)), ["Globex"], "unbounded lookups match anywhere and take pages above 100");
    }

    list_all_smartlead_prospect_countries(h) {
        let (out, sent) = typed!(h, smartlead_connector_smart_prospect.call_list_all_smartlead_prospect_countries(&wit(json!({"search": "united"})), &page(10)));
        assert_eq!(route(&sent), ("GET", "/search-email-leads/countries"));
        let listed = ok(out);
        assert_eq!((names(&listed), listed["result"][0]["id"].as_u64()), (vec!["United Kingdom".to_string(), "United States".to_string()], Some(4)));
        let (out, sent) = typed!(h, smartlead_connector_smart_prospect.call_list_all_smartlead_prospect_countries(&wit(json!({})), &page(101)));
        assert!(matches!(out, Err(Error::InvalidInput(ref m)) if m.contains("100")) && sent.is_empty(), "bounded lookups take 1-100: {out:?}");
    }

    list_all_smartlead_prospect_departments(h) {
        let (out, sent) = typed!(h, smartlead_connector_smart_prospect.call_list_all_smartlead_prospect_departments(&wit(json!({})), &page(100)));
        assert_eq!(route(&sent), ("GET", "/search-email-leads/departments"));
        assert_eq!(ok(out)["result_count"], 4);
    }

    list_all_smartlead_prospect_domains(h) {
        let (out, sent) = typed!(h, smartlead_connector_smart_prospect.call_list_all_smartlead_prospect_domains(&wit(json!({"search": "init"})), &page(10)));
        assert_eq!(route(&sent), ("GET", "/search-email-leads/domain"));
        assert_eq!(names(&ok(out)), ["initech.test"]);
    }

    list_all_smartlead_prospect_head_counts(h) {
        let (out, sent) = typed!(h, smartlead_connector_smart_prospect.call_list_all_smartlead_prospect_head_counts(&wit(json!({"search": "1"})), &page(10)));
        assert_eq!(route(&sent), ("GET", "/search-email-leads/head-counts"));
        assert_eq!(names(&ok(out)), ["1-10", "11-50"]);
    }

    list_all_smartlead_prospect_industries(h) {
        let (out, sent) = typed!(h, smartlead_connector_smart_prospect.call_list_all_smartlead_prospect_industries(&wit(json!({"search": "Soft", "with_sub_industry": true})), &page(10)));
        assert!(query_of(&sent).contains(&("withSubIndustry".into(), "true".into())), "Smartlead's name for the flag");
        let software = ok(out)["result"][0].clone();
        assert_eq!((software["name"].as_str(), software["sub_industries"].clone()), (Some("Software"), json!(["SaaS", "Security"])));
    }

    list_all_smartlead_prospect_job_titles(h) {
        let (out, sent) = typed!(h, smartlead_connector_smart_prospect.call_list_all_smartlead_prospect_job_titles(&wit(json!({"search": "c"})), &page(10)));
        assert_eq!(route(&sent), ("GET", "/search-email-leads/job-title"));
        assert_eq!(names(&ok(out)), ["CEO", "CTO"]);
    }

    list_all_smartlead_prospect_keywords(h) {
        let (out, sent) = typed!(h, smartlead_connector_smart_prospect.call_list_all_smartlead_prospect_keywords(&wit(json!({"search": "s"})), &page(10)));
        assert_eq!(route(&sent), ("GET", "/search-email-leads/keywords"));
        assert_eq!(names(&ok(out)), ["analytics", "saas", "security"]);
    }

    list_all_smartlead_prospect_levels(h) {
        let (out, sent) = typed!(h, smartlead_connector_smart_prospect.call_list_all_smartlead_prospect_levels(&wit(json!({"search": "v"})), &page(10)));
        assert_eq!(route(&sent), ("GET", "/search-email-leads/levels"));
        assert_eq!(names(&ok(out)), ["VP"]);
    }

    list_all_smartlead_prospect_revenues(h) {
        let (out, sent) = typed!(h, smartlead_connector_smart_prospect.call_list_all_smartlead_prospect_revenues(&page(2)));
        assert_eq!((route(&sent), query_of(&sent)), (("GET", "/search-email-leads/revenue"), vec![]), "not paged by Smartlead");
        let listed = ok(out);
        assert_eq!((names(&listed), listed["next_cursor"].is_string()), (vec!["$0-$1M".to_string(), "$1M-$10M".to_string()], true));
    }

    list_all_smartlead_prospect_states(h) {
        let (out, sent) = typed!(h, smartlead_connector_smart_prospect.call_list_all_smartlead_prospect_states(&wit(json!({"country": "usa"})), &page(10)));
        assert_eq!(route(&sent), ("GET", "/search-email-leads/states"));
        assert_eq!(names(&ok(out)), ["California", "Colorado", "Texas"]);
    }

    list_all_smartlead_prospect_sub_industries(h) {
        let (out, sent) = typed!(h, smartlead_connector_smart_prospect.call_list_all_smartlead_prospect_sub_industries(&wit(json!({"industry_id": 1})), &page(10)));
        assert!(query_of(&sent).contains(&("industry_id".into(), "1".into())));
        let listed = ok(out);
        assert_eq!((names(&listed), listed["result"][0]["industry_id"].as_u64()), (vec!["Banking".to_string(), "Insurance".to_string()], Some(1)));
    }

    smartlead_prospect_search_contacts(h) {
        let query = json!({"limit": 3, "filters": {"company_name": ["Acme"], "country": ["United States", "Canada"]}});
        let (out, sent) = typed!(h, smartlead_connector_smart_prospect.call_smartlead_prospect_search_contacts(&wit(query.clone())));
        let (method, path, body) = only(&sent);
        assert_eq!((method, path, body.cloned()), ("POST", "/search-email-leads/search-contacts", Some(json!({"limit": 3, "companyName": ["Acme"], "country": ["United States", "Canada"]}))), "filters flat, in Smartlead's camelCase");
        let first = ok(out);
        assert_eq!((first["contacts"].as_array().unwrap().len(), first["total_count"].as_u64(), first["contacts"][0]["first_name"].as_str()), (3, Some(4), Some("Ada")));
        assert_eq!((first["contacts"][0]["company"]["name"].as_str(), first["contacts"][0]["email"].clone()), (Some("Acme"), Value::Null), "no email before a fetch");
        let mut next = query;
        next["scroll_id"] = first["scroll_id"].clone();
        let (out, sent) = typed!(h, smartlead_connector_smart_prospect.call_smartlead_prospect_search_contacts(&wit(next)));
        assert_eq!(only(&sent).2.unwrap()["scroll_id"], first["scroll_id"]);
        let last = ok(out);
        assert_eq!((last["contacts"].as_array().unwrap().len(), last["filter_id"].clone(), last["scroll_id"].clone()), (1, first["filter_id"].clone(), Value::Null));
        let (out, sent) = typed!(h, smartlead_connector_smart_prospect.call_smartlead_prospect_search_contacts(&wit(json!({"limit": 501, "filters": {}}))));
        assert!(matches!(out, Err(Error::InvalidInput(ref m)) if m.contains("limit")) && sent.is_empty(), "{out:?}");
    }

    smartlead_prospect_find_emails(h) {
        let people = json!({"contacts": [{"first_name": "Ada", "last_name": "Moss", "company_domain": "acme.test"}, {"first_name": "Zed", "last_name": "Nobody", "company_domain": "acme.test"}]});
        let (out, sent) = typed!(h, smartlead_connector_smart_prospect.call_smartlead_prospect_find_emails(&wit(people)));
        let (method, path, body) = only(&sent);
        assert_eq!((method, path), ("POST", "/search-email-leads/search-contacts/find-emails"));
        assert_eq!(body.unwrap()["contacts"][0], json!({"firstName": "Ada", "lastName": "Moss", "companyDomain": "acme.test"}));
        let found = ok(out)["emails"].clone();
        assert_eq!((found[0]["email"].as_str(), found[1]["status"].as_str(), found[1]["email"].as_str()), (Some("ada@acme.test"), Some("Not Found"), Some("")));
        assert_eq!(h.mock.with_store(|s| s.prospect_credits_used), 1, "only the email found spent a credit");
        let eleven: Vec<Value> = (0..11).map(|_| json!({"first_name": "A", "last_name": "B", "company_domain": "acme.test"})).collect();
        let (out, sent) = typed!(h, smartlead_connector_smart_prospect.call_smartlead_prospect_find_emails(&wit(json!({"contacts": eleven}))));
        assert!(matches!(out, Err(Error::InvalidInput(ref m)) if m.contains("1 to 10")) && sent.is_empty(), "{out:?}");
    }

    smartlead_prospect_fetch_contacts(h) {
        let filter_id = searched(&h, json!({"companyName": ["Globex"]})).await;
        let (out, sent) = typed!(h, smartlead_connector_smart_prospect.call_smartlead_prospect_fetch_contacts(&wit(json!({"filter_id": filter_id, "limit": 3, "visual_limit": 2}))));
        let (method, path, body) = only(&sent);
        assert_eq!((method, path, body.cloned()), ("POST", "/search-email-leads/fetch-contacts", Some(json!({"filter_id": filter_id, "limit": 3, "visual_limit": 2}))));
        let got = ok(out);
        assert_eq!((got["contacts"].as_array().unwrap().len(), got["total_count"].as_u64(), got["metrics"]["verified_emails"].as_u64()), (2, Some(3), Some(2)), "Hal's is catch-all");
        assert_eq!(got["contacts"][0]["email"], "ben@globex.test");
        assert_eq!(h.mock.with_store(|s| s.prospect_credits_used), 3);
        h.mock.with_store(|s| s.prospect_credits_used = 100);
        let (out, _) = typed!(h, smartlead_connector_smart_prospect.call_smartlead_prospect_fetch_contacts(&wit(json!({"filter_id": filter_id, "limit": 4}))));
        assert!(matches!(out, Err(Error::Remote(ref r)) if r.status == 200 && r.message.contains("Insufficient credits")), "a 200 with success false is an error: {out:?}");
        let (out, sent) = typed!(h, smartlead_connector_smart_prospect.call_smartlead_prospect_fetch_contacts(&wit(json!({"filter_id": filter_id}))));
        assert!(matches!(out, Err(Error::InvalidInput(ref m)) if m.contains("limit")) && sent.is_empty(), "{out:?}");
    }

    list_all_smartlead_prospect_contacts(h) {
        let filter_id = searched(&h, json!({"level": ["C-Level"]})).await;
        fetched(&h, filter_id, 6).await;
        let (out, sent) = typed!(h, smartlead_connector_smart_prospect.call_list_all_smartlead_prospect_contacts(&wit(json!({"filter_id": filter_id, "limit": 4, "offset": 0}))));
        assert_eq!(only(&sent).2.cloned(), Some(json!({"filter_id": filter_id, "limit": 4, "offset": 0})));
        let first = ok(out);
        assert_eq!((first["contacts"].as_array().unwrap().len(), first["total"].as_u64(), first["has_more"].as_bool()), (4, Some(6), Some(true)));
        let (out, _) = typed!(h, smartlead_connector_smart_prospect.call_list_all_smartlead_prospect_contacts(&wit(json!({"filter_id": filter_id, "limit": 4, "offset": 4}))));
        assert_eq!((ok(out)["has_more"].as_bool()), Some(false));
        let (out, _) = typed!(h, smartlead_connector_smart_prospect.call_list_all_smartlead_prospect_contacts(&wit(json!({"id": ["adapt_001", "adapt_012"]}))));
        assert_eq!(ok(out)["contacts"].as_array().unwrap().len(), 1, "only contacts fetched come back");
        let (out, sent) = typed!(h, smartlead_connector_smart_prospect.call_list_all_smartlead_prospect_contacts(&wit(json!({"id": ["adapt_001"], "limit": 5}))));
        assert!(matches!(out, Err(Error::InvalidInput(ref m)) if m.contains("only with filter_id")) && sent.is_empty(), "{out:?}");
    }

    smartlead_prospect_review_contacts(h) {
        let filter_id = searched(&h, json!({"companyName": ["Acme"]})).await;
        fetched(&h, filter_id, 2).await;
        let (out, sent) = typed!(h, smartlead_connector_smart_prospect.call_smartlead_prospect_review_contacts(wit(json!({"filter_id": filter_id}))));
        assert_eq!(route(&sent), ("PATCH", format!("/search-email-leads/review-contacts/{filter_id}").as_str()));
        let reviewed = ok(out);
        assert_eq!((reviewed["records_updated"].as_u64(), reviewed["fetch_details"]["metrics"]["total_contacts"].as_u64()), (Some(2), Some(2)));
        let (out, _) = typed!(h, smartlead_connector_smart_prospect.call_smartlead_prospect_review_contacts(wit(json!({"filter_id": 9}))));
        assert!(matches!(out, Err(Error::NotFound(_))), "{out:?}");
    }

    smartlead_prospect_search_analytics(h) {
        let filter_id = searched(&h, json!({"companyName": ["Acme"]})).await;
        fetched(&h, filter_id, 1).await;
        let (out, sent) = typed!(h, smartlead_connector_smart_prospect.call_smartlead_prospect_search_analytics(wit(json!({"filter_id": filter_id}))));
        assert_eq!(query_of(&sent), [("filter_id".to_string(), filter_id.to_string())]);
        let usage = ok(out);
        assert_eq!((usage["available_credits"]["available"].as_u64(), usage["available_credits"]["used"].as_u64()), (Some(99), Some(1)));
        assert_eq!((usage["filter_data"]["leads_found"].as_u64(), usage["leads_found"]["percentage_change"].as_f64()), (Some(4), Some(100.0)));
    }

    smartlead_prospect_reply_analytics(h) {
        let (out, sent) = typed!(h, smartlead_connector_smart_prospect.call_smartlead_prospect_reply_analytics());
        assert_eq!(route(&sent), ("GET", "/search-email-leads/reply-analytics"));
        assert_eq!(ok(out), json!({"current_month": 5, "previous_month": 4, "percentage_change": 25.0, "trend": "up"}), "the months' replied and \"+25%\" as numbers");
    }

    list_all_smartlead_prospect_saved_searches(h) {
        for name in ["A", "B", "C"] {
            h.ok("create_a_smartlead_prospect_saved_search", json!({"search_string": name, "title": ["CEO"]})).await;
        }
        let (out, sent) = typed!(h, smartlead_connector_smart_prospect.call_list_all_smartlead_prospect_saved_searches(&page(2)));
        assert_eq!(route(&sent), ("GET", "/search-email-leads/search-filters/saved-searches"));
        let first = ok(out);
        assert_eq!((first["result"][1]["search_string"].as_str(), first["next_cursor"].is_string()), (Some("B"), true));
        assert_eq!(serde_json::from_str::<Value>(first["result"][0]["filter_details"].as_str().unwrap()).unwrap(), json!({"title": ["CEO"]}), "filters as JSON text");
    }

    create_a_smartlead_prospect_saved_search(h) {
        let (out, sent) = typed!(h, smartlead_connector_smart_prospect.call_create_a_smartlead_prospect_saved_search(&wit(json!({"search_string": "CTOs", "limit": 50, "filters": {"title": ["CTO"], "title_exact_match": true}}))));
        let (method, path, body) = only(&sent);
        assert_eq!((method, path, body.cloned()), ("POST", "/search-email-leads/search-filters/save-search", Some(json!({"search_string": "CTOs", "limit": 50, "title": ["CTO"], "titleExactMatch": true}))));
        assert_eq!(ok(out)["message"], "Search saved successfully");
        let (out, sent) = typed!(h, smartlead_connector_smart_prospect.call_create_a_smartlead_prospect_saved_search(&wit(json!({"search_string": " ", "filters": {}}))));
        assert!(matches!(out, Err(Error::InvalidInput(ref m)) if m.contains("search_string")) && sent.is_empty(), "{out:?}");
    }

    update_a_smartlead_prospect_saved_search(h) {
        h.ok("create_a_smartlead_prospect_saved_search", json!({"search_string": "Old"})).await;
        let id = h.mock.with_store(|s| s.saved_searches[0]["id"].as_u64().unwrap());
        let (out, sent) = typed!(h, smartlead_connector_smart_prospect.call_update_a_smartlead_prospect_saved_search(&wit(json!({"id": id, "search_string": "New"}))));
        let (method, path, body) = only(&sent);
        assert_eq!((method, path.to_string(), body.cloned()), ("PUT", format!("/search-email-leads/search-filters/save-search/{id}"), Some(json!({"search_string": "New"}))));
        ok(out);
        assert_eq!(h.mock.with_store(|s| s.saved_searches[0]["search_string"].clone()), "New");
    }

    list_all_smartlead_prospect_recent_searches(h) {
        searched(&h, json!({"title": ["CEO"]})).await;
        let latest = searched(&h, json!({"title": ["CTO"]})).await;
        let (out, sent) = typed!(h, smartlead_connector_smart_prospect.call_list_all_smartlead_prospect_recent_searches(&page(10)));
        assert_eq!(route(&sent), ("GET", "/search-email-leads/search-filters/recent-searches"));
        let listed = ok(out);
        assert_eq!((listed["result_count"].as_u64(), listed["result"][0]["id"].as_u64()), (Some(2), Some(latest)), "newest first");
    }

    list_all_smartlead_prospect_fetched_searches(h) {
        searched(&h, json!({"title": ["CEO"]})).await;
        let used = searched(&h, json!({"companyName": ["Acme"]})).await;
        fetched(&h, used, 2).await;
        let (out, sent) = typed!(h, smartlead_connector_smart_prospect.call_list_all_smartlead_prospect_fetched_searches(&page(10)));
        assert_eq!(route(&sent), ("GET", "/search-email-leads/search-filters/fetched-searches"));
        let listed = ok(out);
        assert_eq!((listed["result_count"].as_u64(), listed["result"][0]["id"].as_u64(), listed["result"][0]["fetch_details"]["email_fetched"].as_u64()), (Some(1), Some(used), Some(2)));
    }

    update_a_smartlead_prospect_fetched_search(h) {
        let used = searched(&h, json!({"companyName": ["Acme"]})).await;
        let (out, _) = typed!(h, smartlead_connector_smart_prospect.call_update_a_smartlead_prospect_fetched_search(&wit(json!({"id": used, "search_string": "Acme leads"}))));
        assert!(matches!(out, Err(Error::NotFound(_))), "not fetched yet: {out:?}");
        fetched(&h, used, 1).await;
        let (out, sent) = typed!(h, smartlead_connector_smart_prospect.call_update_a_smartlead_prospect_fetched_search(&wit(json!({"id": used, "search_string": "Acme leads"}))));
        assert_eq!(route(&sent), ("PUT", format!("/search-email-leads/search-filters/fetched-searches/{used}").as_str()));
        ok(out);
        assert_eq!(h.mock.with_store(|s| s.prospect_searches[0]["search_string"].clone()), "Acme leads");
    }
}
