//! SmartProspect as tools, on its own host: lookups and lists page with the cursor; the
//! two calls that spend credits are confirmed first; refusals Smartlead sends with
//! HTTP 200 arrive as errors.

use super::*;

/// A search made through its tool; its filter_id.
async fn search(h: &Harness, filters: Value) -> u64 {
    let mut args = filters;
    args["limit"] = json!(50);
    h.ok("smartlead_prospect_search_contacts", args).await["filter_id"].as_u64().unwrap()
}

fn names(page: &Value) -> Vec<&str> {
    page["result"].as_array().unwrap().iter().map(|o| o["name"].as_str().unwrap()).collect()
}

tool_tests! {
    list_all_smartlead_prospect_cities(h) {
        assert_eq!(names(&h.ok("list_all_smartlead_prospect_cities", json!({"state": "texas"})).await), ["Austin", "Dallas"]);
        assert_eq!(h.err("list_all_smartlead_prospect_cities", json!({"search": ""})).await.kind, "invalid_input", "1-255 characters");
    }

    list_all_smartlead_prospect_companies(h) {
        assert_eq!(names(&h.ok("list_all_smartlead_prospect_companies", json!({})).await), ["Acme", "Globex", "Initech"]);
    }

    list_all_smartlead_prospect_countries(h) {
        let first = h.ok("list_all_smartlead_prospect_countries", json!({"limit": 2})).await;
        assert_eq!(names(&first), ["Canada", "Germany"]);
        let next = h.ok("list_all_smartlead_prospect_countries", json!({"limit": 2, "next_cursor": first["next_cursor"]})).await;
        assert_eq!(names(&next), ["India", "United Kingdom"]);
        assert_eq!(h.sent("GET", "/search-email-leads/countries")[1].query.iter().find(|(k, _)| k == "offset").map(|(_, v)| v.as_str()), Some("2"));
    }

    list_all_smartlead_prospect_departments(h) {
        assert_eq!(names(&h.ok("list_all_smartlead_prospect_departments", json!({"search": "Mar"})).await), ["Marketing"]);
    }

    list_all_smartlead_prospect_domains(h) {
        assert_eq!(h.ok("list_all_smartlead_prospect_domains", json!({})).await["result_count"], 3);
    }

    list_all_smartlead_prospect_head_counts(h) {
        assert_eq!(names(&h.ok("list_all_smartlead_prospect_head_counts", json!({"search": "2"})).await), ["201-500"]);
    }

    list_all_smartlead_prospect_industries(h) {
        let plain = h.ok("list_all_smartlead_prospect_industries", json!({})).await;
        assert_eq!((plain["result_count"].as_u64(), plain["result"][2]["sub_industries"].clone()), (Some(3), json!([])), "sub-industries only when asked for");
        let with = h.ok("list_all_smartlead_prospect_industries", json!({"withSubIndustry": true, "search": "fin"})).await;
        assert_eq!(with["result"][0]["sub_industries"], json!(["Banking", "Insurance"]));
    }

    list_all_smartlead_prospect_job_titles(h) {
        assert_eq!(names(&h.ok("list_all_smartlead_prospect_job_titles", json!({"search": "engineer"})).await), ["Engineer"]);
    }

    list_all_smartlead_prospect_keywords(h) {
        assert_eq!(h.ok("list_all_smartlead_prospect_keywords", json!({})).await["result_count"], 4);
    }

    list_all_smartlead_prospect_levels(h) {
        assert_eq!(names(&h.ok("list_all_smartlead_prospect_levels", json!({"search": "d"})).await), ["Director"]);
    }

    list_all_smartlead_prospect_revenues(h) {
        assert_eq!(h.ok("list_all_smartlead_prospect_revenues", json!({})).await["result"][2]["name"], "$10M+");
    }

    list_all_smartlead_prospect_states(h) {
        assert_eq!(names(&h.ok("list_all_smartlead_prospect_states", json!({"country": "canada"})).await), ["Ontario"]);
    }

    list_all_smartlead_prospect_sub_industries(h) {
        assert_eq!(names(&h.ok("list_all_smartlead_prospect_sub_industries", json!({"industry_id": "3"})).await), ["SaaS", "Security"], "an id as numeric text");
    }

    smartlead_prospect_search_contacts(h) {
        let found = h.ok("smartlead_prospect_search_contacts", json!({"limit": 10, "title": ["CEO"], "country": ["Canada"]})).await;
        let people: Vec<&str> = found["contacts"].as_array().unwrap().iter().map(|c| c["full_name"].as_str().unwrap()).collect();
        assert_eq!(people, ["Ben Moss"], "filters combine");
        assert_eq!(h.err("smartlead_prospect_search_contacts", json!({"title": ["CEO"]})).await.kind, "invalid_input", "limit is required");
        assert_eq!(h.err("smartlead_prospect_search_contacts", json!({"limit": 5, "titles": ["CEO"]})).await.kind, "invalid_input", "unknown names are refused");
    }

    smartlead_prospect_find_emails(h) {
        let people = json!({"contacts": [{"firstName": "Cleo", "lastName": "Moss", "companyDomain": "initech.test"}]});
        let mut refused = people.clone();
        refused["confirm"] = json!(false);
        assert_eq!(h.err("smartlead_prospect_find_emails", refused).await.kind, "invalid_input");
        assert!(h.sent("POST", "/search-email-leads/search-contacts/find-emails").is_empty(), "refused: no credits spent");
        let mut confirmed = people;
        confirmed["confirm"] = json!(true);
        assert_eq!(h.ok("smartlead_prospect_find_emails", confirmed).await["emails"][0]["email"], "cleo@initech.test");
    }

    smartlead_prospect_fetch_contacts(h) {
        let filter_id = search(&h, json!({"companyName": ["Initech"]})).await;
        assert_eq!(h.err("smartlead_prospect_fetch_contacts", json!({"filter_id": filter_id, "limit": 2, "confirm": false})).await.kind, "invalid_input");
        assert!(h.sent("POST", "/search-email-leads/fetch-contacts").is_empty(), "refused: no credits spent");
        let got = h.ok("smartlead_prospect_fetch_contacts", json!({"filter_id": filter_id, "id": ["adapt_003"], "confirm": true})).await;
        assert_eq!((got["contacts"][0]["email"].as_str(), got["total_count"].as_u64()), (Some("cleo@initech.test"), Some(1)));
        let unknown = h.err("smartlead_prospect_fetch_contacts", json!({"filter_id": 42, "limit": 1, "confirm": true})).await;
        assert_eq!((unknown.kind, unknown.message.contains("Filter not found")), ("remote", true), "Smartlead's 200 refusal: {}", unknown.message);
    }

    list_all_smartlead_prospect_contacts(h) {
        let filter_id = search(&h, json!({"companyName": ["Acme"]})).await;
        h.ok("smartlead_prospect_fetch_contacts", json!({"filter_id": filter_id, "limit": 4, "confirm": true})).await;
        let page = h.ok("list_all_smartlead_prospect_contacts", json!({"filter_id": filter_id, "verification_status": "catch_all"})).await;
        assert_eq!((page["contacts"][0]["full_name"].as_str(), page["total"].as_u64()), (Some("Dev Moss"), Some(1)));
        assert_eq!(h.err("list_all_smartlead_prospect_contacts", json!({"filter_id": filter_id, "verification_status": "maybe"})).await.kind, "invalid_input");
    }

    smartlead_prospect_review_contacts(h) {
        let filter_id = search(&h, json!({"title": ["CTO"]})).await;
        assert_eq!(h.ok("smartlead_prospect_review_contacts", json!({"filter_id": filter_id.to_string()})).await["records_updated"], 0, "nothing fetched yet");
    }

    smartlead_prospect_search_analytics(h) {
        let usage = h.ok("smartlead_prospect_search_analytics", json!({})).await;
        assert_eq!((usage["available_credits"]["total"].as_u64(), usage["filter_data"].clone()), (Some(100), Value::Null));
    }

    smartlead_prospect_reply_analytics(h) {
        assert_eq!(h.ok("smartlead_prospect_reply_analytics", json!({})).await["trend"], "up");
    }

    list_all_smartlead_prospect_saved_searches(h) {
        assert_eq!(h.ok("list_all_smartlead_prospect_saved_searches", json!({})).await["result_count"], 0);
    }

    create_a_smartlead_prospect_saved_search(h) {
        h.ok("create_a_smartlead_prospect_saved_search", json!({"search_string": "VPs", "level": ["VP"], "dontDisplayOwnedContact": true})).await;
        let saved = h.ok("list_all_smartlead_prospect_saved_searches", json!({})).await;
        assert_eq!(saved["result"][0]["search_string"], "VPs");
        assert_eq!(h.err("create_a_smartlead_prospect_saved_search", json!({"search_string": "x", "limit": 10001})).await.kind, "invalid_input");
    }

    update_a_smartlead_prospect_saved_search(h) {
        assert_eq!(h.err("update_a_smartlead_prospect_saved_search", json!({"id": 5, "search_string": "Nope"})).await.kind, "not_found");
        assert_eq!(h.err("update_a_smartlead_prospect_saved_search", json!({"id": 5, "search_string": "x".repeat(256)})).await.kind, "invalid_input");
    }

    list_all_smartlead_prospect_recent_searches(h) {
        search(&h, json!({"title": ["CEO"]})).await;
        let recent = h.ok("list_all_smartlead_prospect_recent_searches", json!({})).await;
        assert_eq!(serde_json::from_value::<Value>(recent["result"][0]["filter_details"].clone()).unwrap()["title"], json!(["CEO"]), "filters as JSON");
    }

    list_all_smartlead_prospect_fetched_searches(h) {
        search(&h, json!({"title": ["CEO"]})).await;
        assert_eq!(h.ok("list_all_smartlead_prospect_fetched_searches", json!({})).await["result_count"], 0, "searched, not fetched");
    }

    update_a_smartlead_prospect_fetched_search(h) {
        assert_eq!(h.err("update_a_smartlead_prospect_fetched_search", json!({"id": 0, "search_string": "x"})).await.kind, "invalid_input", "ids start at 1");
    }
}
