//! Failures end to end: bad input never reaches Smartlead, refusals arrive as typed
//! errors, and the key stays out of every message.

use host_test::{Harness, KEY};
use serde_json::json;
use smartlead_host::bindings::types;

/// One tool per resource, called without a required argument.
const MISSING_ARGUMENT: &[(&str, &str)] = &[
    ("get_single_smartlead_campaign_by_id", "campaign_id"),
    ("get_single_smartlead_email_account_by_id", "id"),
    ("list_all_smartlead_campaign_leads", "campaign_id"),
    ("list_all_smartlead_leads", "email"),
    ("create_a_smartlead_campaign_webhook", "campaign_id"),
    ("create_a_smartlead_client", "name"),
];

/// One tool per resource, called with an id Smartlead does not know.
const UNKNOWN_ID: &[(&str, &str)] = &[
    ("get_single_smartlead_campaign_by_id", r#"{"id": 999}"#),
    ("get_single_smartlead_email_account_by_id", r#"{"id": 999}"#),
    ("smartlead_campaign_leads_pause_lead", r#"{"campaign_id": 999, "id": 1}"#),
    ("list_all_smartlead_lead_campaigns", r#"{"id": 999}"#),
    ("list_all_smartlead_campaign_webhooks", r#"{"campaign_id": 999}"#),
];

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_missing_argument_is_invalid_input_and_nothing_is_sent() {
    let h = Harness::new();
    for (tool, field) in MISSING_ARGUMENT {
        let e = h.err(tool, json!({})).await;
        assert_eq!(e.kind, "invalid_input", "{tool}: {e}");
        assert!(e.message.contains(&format!("`{field}`")), "{tool} does not name {field}: {e}");
    }
    assert_eq!(h.request_count(), 0, "bad input reached Smartlead");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_unknown_id_is_not_found() {
    let h = Harness::new();
    for (tool, args) in UNKNOWN_ID {
        let e = h.err(tool, serde_json::from_str(args).unwrap()).await;
        assert_eq!((e.kind, e.status), ("not_found", Some(404)), "{tool}: {e}");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn unknown_arguments_are_named_and_not_sent() {
    let h = Harness::new();
    let e = h.err("list_all_smartlead_campaign_sequences", json!({"campaign_id": 1, "sequence": []})).await;
    assert_eq!(e.kind, "invalid_input");
    assert!(e.message.starts_with("`sequence`") && e.message.contains("campaign_id"), "{e}");
    let e = h.err("get_single_smartlead_campaign_by_id", json!({"id": 1, "api_key": "sneaky"})).await;
    assert!(e.message.starts_with("`api_key`"), "the key is never a tool argument: {e}");
    assert_eq!(h.request_count(), 0);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_wrong_key_is_unauthorized_without_echoing_it() {
    let h = Harness::with(|s| s.api_key = smartlead_host::ApiKey::new("wrong-key-123"));
    let e = h.err("list_all_smartlead_campaigns", json!({})).await;
    assert_eq!((e.kind, e.status), ("unauthorized", Some(401)));
    assert!(!e.message.contains("wrong-key-123"));
    assert_eq!(h.request_count(), 1, "401 is not retried");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_unreachable_server_is_a_transport_error() {
    let dead = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}/api/v1", dead.local_addr().unwrap());
    drop(dead);
    let h = Harness::with(|s| {
        s.base_url = url;
        s.max_retries = Some(1);
    });
    let e = h.err("list_all_smartlead_campaigns", json!({})).await;
    assert_eq!(e.kind, "transport", "{e}");
    assert!(!e.message.contains(KEY));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_bad_base_url_is_reported_by_the_call_not_a_trap() {
    let h = Harness::new();
    let mut s = h.connector.session().await.unwrap();
    let config = types::Config {
        api_key: None, base_url: Some("ftp://nope".into()), smartdelivery_base_url: None, prospect_base_url: None, smart_senders_base_url: None,
        requests_per_minute: None, max_retries: None, timeout_ms: None, max_response_bytes: None, managed_by_host: None,
    };
    let client = s.bindings.smartlead_connector_types().client().call_constructor(&mut s.store, &config).await.unwrap();
    let out = s.bindings.smartlead_connector_tools().call_call_tool(&mut s.store, client, "list_all_smartlead_campaigns", "{}").await.unwrap();
    assert!(matches!(out, Err(types::Error::InvalidInput(ref m)) if m.contains("base_url")), "{out:?}");
}
