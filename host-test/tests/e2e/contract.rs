//! The gateway's contract, one suite for every server of it: `smartlead serve` (the
//! native host) and the real `wasmtime serve` run the same component's handler, so they
//! must answer alike. Each server brings no key of its own; requests bring theirs.

use host_test::{KEY, http};
use serde_json::json;
use smartlead_mock::MockServer;

/// A host name the server under test was told to allow.
pub const ALLOWED_HOST: &str = "edge.example";

/// Runs the contract against the gateway at `base`, whose requests reach `mock`.
pub async fn gateway_contract(base: &str, mock: &MockServer) {
    let key = [("x-smartlead-api-key", KEY)];
    let created = http("POST", &format!("{base}/tools/create_a_smartlead_campaign"), &key, r#"{"name": "Edge"}"#).await.unwrap();
    assert_eq!(created.status, 200, "{}", created.body);
    let campaign = created.json()["result"]["id"].as_u64().unwrap();
    assert_eq!(mock.requests().last().unwrap().query("api_key"), Some(KEY), "the request's own key is sent");

    let contact = json!({"campaign_id": campaign, "email": "edge@example.com", "first_name": "Edge"}).to_string();
    let added = http("POST", &format!("{base}/unified/marketing-automation/contacts"), &key, &contact).await.unwrap();
    assert_eq!(added.status, 201, "{}", added.body);
    let listed = http("GET", &format!("{base}/unified/marketing-automation/contacts?campaign_id={campaign}"), &key, "").await.unwrap();
    assert_eq!(listed.json()["result"][0]["email"], "edge@example.com");
    let campaigns = http("GET", &format!("{base}/unified/marketing-automation/campaigns"), &key, "").await.unwrap();
    assert_eq!(campaigns.json()["result"][0]["status"], "draft");

    let proxied = http("GET", &format!("{base}/proxy/campaigns/{campaign}/leads?limit=1&tag=b&tag=a"), &key, "").await.unwrap();
    assert_eq!((proxied.status, proxied.json()["result_count"].as_u64()), (200, Some(1)));
    let tags: Vec<String> = mock.requests().last().unwrap().query.iter().filter(|(k, _)| k == "tag").map(|(_, v)| v.clone()).collect();
    assert_eq!(tags, ["b", "a"], "a repeated query key reaches Smartlead whole, in order");
    let tools = http("GET", &format!("{base}/tools"), &[], "").await.unwrap();
    assert_eq!(tools.json()["result_count"], smartlead_test_support::catalog_tools().len());
    let sequences = tools.json()["result"].as_array().unwrap().iter().find(|t| t["name"] == "list_all_smartlead_campaign_sequences").cloned().unwrap();
    assert_eq!(sequences["route"]["path"], "/campaigns/{campaign_id}/sequences", "each tool names its route: {sequences}");
    assert_eq!(sequences["route"]["docs"], "https://api.smartlead.ai/api-reference/campaigns/get-sequences");

    let before = mock.requests().len();
    let no_key = http("GET", &format!("{base}/unified/marketing-automation/campaigns"), &[], "").await.unwrap();
    assert_eq!((no_key.status, no_key.json()["kind"].as_str()), (401, Some("unauthorized")), "{}", no_key.body);
    assert!(no_key.json()["message"].as_str().unwrap().contains("no API key"), "said locally: {}", no_key.body);
    let in_url = http("GET", &format!("{base}/unified/marketing-automation/campaigns?api_key={KEY}"), &[], "").await.unwrap();
    assert_eq!((in_url.status, in_url.json()["kind"].as_str()), (400, Some("invalid_input")));
    let escape = http("GET", &format!("{base}/proxy/campaigns/..%2f..%2fadmin"), &key, "").await.unwrap();
    assert_eq!(escape.status, 400);
    let nowhere = http("GET", &format!("{base}/nowhere"), &key, "").await.unwrap();
    assert_eq!((nowhere.status, nowhere.json()["error"].as_str()), (404, Some("Not Found")));
    let missing = http("GET", &format!("{base}/unified/marketing-automation/campaigns/42"), &key, "").await.unwrap();
    assert_eq!((missing.status, missing.json()["statusCode"].as_u64()), (404, Some(404)));
    let rebound = http("GET", &format!("{base}/proxy/campaigns"), &[key[0], ("host", "rebound.example")], "").await.unwrap();
    assert_eq!((rebound.status, rebound.json()["kind"].as_str()), (403, Some("unauthorized")), "{}", rebound.body);
    let page = http("POST", &format!("{base}/tools/create_a_smartlead_campaign"), &[key[0], ("origin", "https://evil.example")], "{}").await.unwrap();
    assert_eq!(page.status, 403, "{}", page.body);
    assert_eq!(mock.requests().len(), before + 1, "only the unknown campaign reached Smartlead");

    let port = base.rsplit(':').next().unwrap();
    let named = http("GET", &format!("{base}/proxy/campaigns"), &[key[0], ("host", &format!("{ALLOWED_HOST}:{port}"))], "").await.unwrap();
    assert_eq!(named.status, 200, "{}", named.body);
    for answer in [&created, &added, &listed, &campaigns, &proxied, &no_key, &in_url, &missing, &named] {
        assert!(!answer.body.contains(KEY), "the key leaked: {}", answer.body);
    }
}

/// The contract under `smartlead serve`'s gateway.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn smartlead_serve_keeps_the_gateway_contract() {
    let h = host_test::Harness::with(|s| s.api_key = None);
    let allowed = smartlead_host::surfaces::allowed::Allowed { hosts: vec![ALLOWED_HOST.into()], origins: Vec::new() };
    let base = host_test::serve(&h.connector, smartlead_host::surfaces::gateway::Options { allowed, ..Default::default() }).await;
    gateway_contract(&base, &h.mock).await;
}
