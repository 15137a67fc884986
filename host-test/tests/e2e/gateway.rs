//! The HTTP gateway served by `smartlead serve`'s library (the component's own
//! incoming-handler in the native host): unified routes, proxy, tools, keys, errors.

use host_test::{Harness, KEY, http};
use serde_json::{Value, json};
use smartlead_host::surfaces::allowed::Allowed;
use smartlead_host::surfaces::gateway::Options;
use std::collections::BTreeMap;

const UNIFIED: &str = "/unified/marketing-automation";

/// The harness's component behind a native gateway on a free loopback port.
pub(crate) async fn serve(h: &Harness) -> String {
    serve_allowing(h, Allowed::default()).await
}

async fn serve_allowing(h: &Harness, allowed: Allowed) -> String {
    host_test::serve(&h.connector, Options { allowed, ..Options::default() }).await
}

async fn call(base: &str, method: &str, path: &str, body: &str) -> (u16, Value) {
    let answer = http(method, &format!("{base}{path}"), &[], body).await.unwrap();
    assert!(!answer.body.contains(KEY), "the key leaked: {}", answer.body);
    (answer.status, answer.json())
}

/// Every record of a unified list, following next_cursor.
async fn all(base: &str, path: &str) -> Vec<Value> {
    let mut records = Vec::new();
    let mut target = path.to_string();
    loop {
        let (status, page) = call(base, "GET", &target, "").await;
        assert_eq!(status, 200, "{target}: {page}");
        assert_eq!(page["result_count"].as_u64().unwrap() as usize, page["result"].as_array().unwrap().len());
        records.extend(page["result"].as_array().unwrap().iter().cloned());
        match page["next_cursor"].as_str() {
            Some(cursor) => target = format!("{path}{}next_cursor={cursor}", if path.contains('?') { '&' } else { '?' }),
            None => return records,
        }
    }
}

#[tokio::test]
async fn campaigns_list_get_and_update_in_the_unified_shape() {
    let h = Harness::new();
    let base = serve(&h).await;
    let (first, _) = h.campaign_with_leads(2).await;
    let (second, _) = h.campaign_with_leads(1).await;

    let campaigns = all(&base, &format!("{UNIFIED}/campaigns?limit=1")).await;
    let ids: Vec<&str> = campaigns.iter().map(|c| c["id"].as_str().unwrap()).collect();
    assert_eq!(ids, [first.to_string(), second.to_string()]);
    assert_eq!(campaigns[0]["status"], "draft");
    assert_eq!(campaigns[0]["remote_data"]["status"], "DRAFTED");
    assert_eq!(campaigns[0]["emails_sent"], Value::Null);

    let (status, one) = call(&base, "GET", &format!("{UNIFIED}/campaigns/{first}?include_analytics=true"), "").await;
    assert_eq!(status, 200, "{one}");
    assert!(one["result"]["emails_sent"].is_u64() && one["result"]["unique_opens"].is_u64(), "{one}");
    assert_eq!(h.sent("GET", &format!("/campaigns/{first}/analytics")).len(), 1);

    let (status, updated) = call(&base, "PATCH", &format!("{UNIFIED}/campaigns/{first}"), r#"{"status": "active", "name": "Renamed"}"#).await;
    assert_eq!(status, 200, "{updated}");
    assert_eq!((updated["result"]["status"].as_str(), updated["result"]["name"].as_str()), (Some("active"), Some("Renamed")));
    let sent = h.sent("POST", &format!("/campaigns/{first}/status"));
    assert_eq!(sent[0].body, Some(json!({"status": "START"})), "active maps back to START");

    let before = h.request_count();
    let (status, error) = call(&base, "PATCH", &format!("{UNIFIED}/campaigns/{first}"), r#"{"status": "completed"}"#).await;
    assert_eq!((status, error["kind"].as_str()), (400, Some("invalid_input")), "{error}");
    assert_eq!(h.request_count(), before, "a refused value was sent");

    let (status, error) = call(&base, "GET", &format!("{UNIFIED}/campaigns/999"), "").await;
    assert_eq!((status, error["statusCode"].as_u64()), (404, Some(404)));
    assert_eq!(error["message"], "Campaign not found - Invalid campaign_id.", "Smartlead's message is kept");
}

#[tokio::test]
async fn a_contact_lives_through_create_get_update_and_delete() {
    let h = Harness::new();
    let base = serve(&h).await;
    let campaign = h.ok("create_a_smartlead_campaign", json!({"name": "Contacts"})).await["id"].as_u64().unwrap();
    let body = json!({"campaign_id": campaign, "email": "ada@example.com", "first_name": "Ada", "last_name": "Lovelace",
        "company": "Engines", "phones": [{"phone": "+44 20 0000"}], "addresses": [{"formatted": "London"}], "custom_fields": {"title": "CTO"}});
    let (status, created) = call(&base, "POST", &format!("{UNIFIED}/contacts"), &body.to_string()).await;
    assert_eq!(status, 201, "{created}");
    let contact = &created["result"];
    let id = contact["id"].as_str().unwrap().to_string();
    assert_eq!((contact["name"].as_str(), contact["company"].as_str()), (Some("Ada Lovelace"), Some("Engines")));
    assert_eq!(contact["phones"], json!([{"phone": "+44 20 0000", "type": "work"}]));
    assert_eq!(contact["lists"][0]["id"], json!(campaign.to_string()));
    let added = h.sent("POST", &format!("/campaigns/{campaign}/leads"));
    assert_eq!(added.len(), 1);
    let lead = &added[0].body.as_ref().unwrap()["lead_list"][0];
    assert_eq!((lead["company_name"].as_str(), lead["location"].as_str(), lead["phone_number"].as_str()), (Some("Engines"), Some("London"), Some("+44 20 0000")));

    let (_, by_email) = call(&base, "GET", &format!("{UNIFIED}/contacts/ada@example.com"), "").await;
    let (_, by_id) = call(&base, "GET", &format!("{UNIFIED}/contacts/{id}"), "").await;
    assert_eq!(by_email["result"]["id"], json!(id));
    assert_eq!(by_id["result"]["email"], "ada@example.com");
    assert_eq!(by_id["result"]["custom_fields"], json!({"title": "CTO"}));

    let (status, updated) = call(&base, "PATCH", &format!("{UNIFIED}/contacts/{id}"), r#"{"last_name": "King", "status": "unsubscribed"}"#).await;
    assert_eq!(status, 200, "{updated}");
    assert_eq!((updated["result"]["last_name"].as_str(), updated["result"]["status"].as_str()), (Some("King"), Some("unsubscribed")));
    let update = &h.sent("POST", &format!("/campaigns/{campaign}/leads/{id}"))[0];
    assert_eq!(update.body.as_ref().unwrap()["email"], "ada@example.com", "Smartlead's update needs the unchanged email");
    assert_eq!(h.sent("POST", &format!("/leads/{id}/unsubscribe")).len(), 1);

    let before = h.request_count();
    let (status, error) = call(&base, "PATCH", &format!("{UNIFIED}/contacts/{id}"), r#"{"status": "subscribed"}"#).await;
    assert_eq!((status, error["kind"].as_str()), (400, Some("invalid_input")), "{error}");
    assert!(h.mock.requests()[before..].iter().all(|r| r.method == "GET"), "nothing is written for a refused value");

    let (status, _) = call(&base, "DELETE", &format!("{UNIFIED}/contacts/{id}"), "").await;
    assert_eq!(status, 400, "delete names its campaign");
    let (status, _) = call(&base, "DELETE", &format!("{UNIFIED}/contacts/{id}?campaign_id={campaign}"), "").await;
    assert_eq!(status, 204);
    assert!(h.mock.with_store(|s| s.campaign_leads(campaign).count()) == 0);
    let (status, error) = call(&base, "GET", &format!("{UNIFIED}/contacts/{id}?campaign_id={campaign}"), "").await;
    assert_eq!((status, error["kind"].as_str()), (404, Some("not_found")), "{error}");
}

#[tokio::test]
async fn the_account_wide_contact_list_walks_every_campaign_once_per_lead() {
    let h = Harness::new();
    let base = serve(&h).await;
    let mut campaigns = Vec::new();
    for (name, emails) in [("One", ["a", "b"]), ("Two", ["b", "c"]), ("Three", ["a", "d"])] {
        let id = h.ok("create_a_smartlead_campaign", json!({"name": name})).await["id"].as_u64().unwrap();
        let leads: Vec<Value> = emails.iter().map(|e| json!({"email": format!("{e}@example.com")})).collect();
        let settings = json!({"ignore_duplicate_leads_in_other_campaign": true});
        h.ok("create_a_smartlead_campaign_lead", json!({"campaign_id": id, "lead_list": leads, "settings": settings})).await;
        campaigns.push(id.to_string());
    }

    for limit in [1, 2, 3, 100] {
        let contacts = all(&base, &format!("{UNIFIED}/contacts?limit={limit}")).await;
        let mut seen: BTreeMap<String, Vec<String>> = BTreeMap::new();
        for c in &contacts {
            let lists = c["lists"].as_array().unwrap().iter().map(|l| l["id"].as_str().unwrap().to_string()).collect();
            assert!(seen.insert(c["email"].as_str().unwrap().to_string(), lists).is_none(), "limit {limit}: {} twice", c["email"]);
        }
        let emails: Vec<&str> = seen.keys().map(String::as_str).collect();
        assert_eq!(emails, ["a@example.com", "b@example.com", "c@example.com", "d@example.com"], "limit {limit}");
        assert_eq!(seen["a@example.com"], [campaigns[0].clone(), campaigns[2].clone()], "every campaign of the lead");
        assert_eq!(seen["b@example.com"], [campaigns[0].clone(), campaigns[1].clone()]);
    }

    let one_campaign = all(&base, &format!("{UNIFIED}/contacts?campaign_id={}&limit=1", campaigns[1])).await;
    let emails: Vec<&str> = one_campaign.iter().map(|c| c["email"].as_str().unwrap()).collect();
    assert_eq!(emails, ["b@example.com", "c@example.com"]);

    let (_, page) = call(&base, "GET", &format!("{UNIFIED}/contacts?limit=1"), "").await;
    let cursor = page["next_cursor"].as_str().unwrap();
    let before = h.request_count();
    for target in [
        format!("{UNIFIED}/contacts?campaign_id={}&next_cursor={cursor}", campaigns[0]),
        format!("{UNIFIED}/contacts?next_cursor={}x", &cursor[..cursor.len() - 1]),
        format!("{UNIFIED}/contacts?next_cursor=bm90LWEtY3Vyc29y"),
    ] {
        let (status, error) = call(&base, "GET", &target, "").await;
        assert_eq!((status, error["kind"].as_str()), (400, Some("invalid_input")), "{target}: {error}");
        assert!(error["message"].as_str().unwrap().contains("next_cursor"), "{error}");
    }
    assert_eq!(h.request_count(), before, "a bad cursor is refused before any request");
}

/// The key the host holds serves programs, not web pages of other sites: a foreign
/// `Origin` or a host name rebound to this address is refused before anything reaches
/// Smartlead; an allowed name works, and an allowed dashboard gets CORS answers.
#[tokio::test]
async fn web_pages_of_other_sites_cannot_spend_the_host_key() {
    let h = Harness::new();
    let allowed = Allowed { hosts: vec!["gateway.internal".into()], origins: vec!["https://dash.example".into()] };
    let base = serve_allowing(&h, allowed).await;
    let create = format!("{base}/tools/create_a_smartlead_campaign");
    let body = r#"{"name": "From a page"}"#;
    for header in [("origin", "https://evil.example"), ("host", "rebound.example:8080"), ("origin", "null")] {
        let answer = http("POST", &create, &[header], body).await.unwrap();
        assert_eq!((answer.status, answer.json()["kind"].as_str()), (403, Some("unauthorized")), "{header:?}: {}", answer.body);
        assert!(answer.headers.get("access-control-allow-origin").is_none());
    }
    assert_eq!(h.request_count(), 0, "a refused request reached Smartlead");

    let by_name = http("GET", &format!("{base}/proxy/campaigns"), &[("host", "Gateway.Internal:8080")], "").await.unwrap();
    assert_eq!(by_name.status, 200, "{}", by_name.body);
    let dash = ("origin", "https://dash.example");
    let preflight = http("OPTIONS", &create, &[dash, ("access-control-request-method", "POST")], "").await.unwrap();
    assert_eq!(preflight.status, 204, "{}", preflight.body);
    assert_eq!(preflight.headers["access-control-allow-origin"], "https://dash.example");
    assert!(preflight.headers["access-control-allow-headers"].to_str().unwrap().contains("x-smartlead-api-key"));
    let created = http("POST", &create, &[dash], body).await.unwrap();
    assert_eq!(created.status, 200, "{}", created.body);
    assert_eq!(created.headers["access-control-allow-origin"], "https://dash.example");
    assert_eq!(h.sent("POST", "/campaigns/create").len(), 1);
}

/// What the gateway answers itself carries the kind and label of its status, as the
/// component's answers do: a request without `Host` (HTTP/1.0 may send none) is a bad
/// request, not the component failing; an account named where none are kept is too.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_gateways_own_refusals_say_what_is_wrong() {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let h = Harness::new();
    let base = serve(&h).await;
    let mut stream = tokio::net::TcpStream::connect(base.trim_start_matches("http://")).await.unwrap();
    stream.write_all(b"GET /tools HTTP/1.0\r\n\r\n").await.unwrap();
    let mut answer = String::new();
    stream.read_to_string(&mut answer).await.unwrap();
    let (head, body) = answer.split_once("\r\n\r\n").unwrap();
    assert!(head.lines().next().unwrap().contains(" 400 "), "{answer}");
    let error: Value = serde_json::from_str(body).unwrap();
    assert_eq!((error["kind"].as_str(), error["error"].as_str()), (Some("invalid_input"), Some("Bad Request")), "{error}");
    assert!(error["message"].as_str().unwrap().contains("Host"), "{error}");

    let named = http("GET", &format!("{base}{UNIFIED}/campaigns"), &[("x-smartlead-account", "acme")], "").await.unwrap();
    assert_eq!((named.status, named.json()["kind"].as_str(), named.json()["error"].as_str()), (400, Some("invalid_input"), Some("Bad Request")), "{}", named.body);
    assert_eq!(h.request_count(), 0, "nothing reached Smartlead");
}

/// `GET /tools?toolsets=` lists the tools of the toolsets named, as the MCP server does;
/// an unknown name is invalid input that names the toolsets; nothing reaches Smartlead.
#[tokio::test]
async fn the_tool_list_takes_toolsets() {
    let h = Harness::new();
    let base = serve(&h).await;
    let (status, listed) = call(&base, "GET", "/tools?toolsets=webhooks,utilities", "").await;
    assert_eq!(status, 200, "{listed}");
    let names: Vec<&str> = listed["result"].as_array().unwrap().iter().filter_map(|t| t["name"].as_str()).collect();
    let expected: Vec<String> = smartlead_test_support::catalog_tools().into_iter().filter(|t| t.contains("webhook") || t == "smartlead_utilities_send_single_email").collect();
    assert_eq!(names, expected);
    let (status, all) = call(&base, "GET", "/tools", "").await;
    assert_eq!((status, all["result_count"].as_u64()), (200, Some(smartlead_test_support::catalog_tools().len() as u64)));
    let (status, error) = call(&base, "GET", "/tools?toolsets=inbox", "").await;
    assert_eq!((status, error["kind"].as_str()), (400, Some("invalid_input")), "{error}");
    assert!(error["message"].as_str().unwrap().contains("master-inbox"), "{error}");
    assert_eq!(h.request_count(), 0);
}
