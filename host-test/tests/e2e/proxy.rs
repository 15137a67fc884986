//! The 1-to-1 proxy end to end: any route, the envelope for lists with working cursors,
//! other answers verbatim, and no way out of the base URL.

use host_test::Harness;
use serde_json::{Value, json};
use smartlead_host::bindings::types;

async fn proxy(h: &Harness, method: &str, path: &str, query: &[(&str, &str)], body: Option<Value>) -> Result<(u16, Value), types::Error> {
    let mut s = h.connector.session().await.unwrap();
    let query: Vec<(String, String)> = query.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect();
    let body = body.map(|b| b.to_string());
    let out = s.bindings.smartlead_connector_proxy().call_request(&mut s.store, s.client, method, path, &query, body.as_deref()).await.unwrap();
    out.map(|r| (r.status, serde_json::from_str(&r.body).unwrap_or(Value::String(r.body))))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn lists_come_in_the_envelope_and_page_with_cursors() {
    let h = Harness::new();
    let (campaign, leads) = h.campaign_with_leads(5).await;
    let path = format!("/campaigns/{campaign}/leads");
    let (status, first) = proxy(&h, "GET", &path, &[("limit", "2"), ("status", "STARTED")], None).await.unwrap();
    assert_eq!((status, first["result_count"].as_u64()), (200, Some(2)));
    assert_eq!(first["result"][0]["lead"]["id"].as_u64(), Some(leads[0]));
    let mut seen = 2;
    let mut cursor = first["next_cursor"].as_str().unwrap().to_string();
    loop {
        let (_, page) = proxy(&h, "GET", &path, &[("status", "STARTED"), ("next_cursor", &cursor)], None).await.unwrap();
        seen += page["result_count"].as_u64().unwrap();
        match page["next_cursor"].as_str() {
            Some(next) => cursor = next.to_string(),
            None => break,
        }
    }
    assert_eq!(seen, 5);
    let offsets: Vec<String> = h.sent("GET", &path).iter().filter_map(|r| r.query("offset").map(str::to_string)).collect();
    assert_eq!(offsets, ["0", "2", "4"]);
    let e = proxy(&h, "GET", &path, &[("status", "PAUSED"), ("next_cursor", &cursor)], None).await.unwrap_err();
    assert!(matches!(e, types::Error::InvalidInput(_)), "a cursor is bound to its query: {e:?}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn single_answers_are_verbatim_and_errors_typed() {
    let h = Harness::new();
    let (status, created) = proxy(&h, "POST", "/campaigns/create", &[], Some(json!({"name": "Proxied"}))).await.unwrap();
    assert_eq!((status, created["ok"].as_bool(), created["name"].as_str()), (200, Some(true), Some("Proxied")));
    let (_, categories) = proxy(&h, "GET", "/leads/fetch-categories", &[], None).await.unwrap();
    assert_eq!(categories["result_count"], 7, "an unpaged list still gets the envelope");
    let id = created["id"].as_u64().unwrap().to_string();
    let (_, csv) = proxy(&h, "GET", &format!("/campaigns/{id}/leads-export"), &[], None).await.unwrap();
    assert!(csv.as_str().unwrap().starts_with("id,campaign_lead_map_id"), "CSV stays text");
    let missing = proxy(&h, "GET", "/campaigns/999", &[], None).await.unwrap_err();
    assert!(matches!(missing, types::Error::NotFound(types::RemoteError { status: 404, .. })), "{missing:?}");
}

/// A proxy request: method, path and query pairs.
type Target<'a> = (&'a str, &'a str, &'a [(&'a str, &'a str)]);

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn nothing_leaves_the_base_url() {
    let h = Harness::new();
    let cases: &[Target] = &[
        ("GET", "/../admin", &[]),
        ("GET", "/campaigns/../../etc", &[]),
        ("GET", "//evil.test/api", &[]),
        ("GET", "/http://evil.test/x", &[]),
        ("GET", "/campaigns?x=1", &[]),
        ("GET", "campaigns", &[]),
        ("TRACE", "/campaigns", &[]),
        ("GET", "/campaigns", &[("api_key", "other")]),
    ];
    for (method, path, query) in cases {
        let e = proxy(&h, method, path, query, None).await.unwrap_err();
        assert!(matches!(e, types::Error::InvalidInput(_)), "{method} {path}: {e:?}");
    }
    assert_eq!(h.request_count(), 0, "an escaping request was sent");
}
