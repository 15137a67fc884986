//! Client API keys as tools: Smartlead's argument names,
//! and a delete or reset confirmed first.

use super::*;

async fn client_key(h: &Harness, name: &str) -> (u64, Value) {
    let client = h.ok("create_a_smartlead_client", json!({"name": "Tools", "email": "tools@client.test", "permission": ["reply_master_inbox"]})).await["id"].as_u64().unwrap();
    (client, h.ok("create_a_smartlead_client_api_key", json!({"clientId": client, "keyName": name})).await)
}

tool_tests! {
    create_a_smartlead_client_api_key(h) {
        let (_, key) = client_key(&h, "Reporting").await;
        assert!(key["api_key"].as_str().is_some_and(|k| k.starts_with("sl_client_")), "{key}");
        let e = h.err("create_a_smartlead_client_api_key", json!({"clientId": 1, "keyName": "Orphan"})).await;
        assert_eq!(e.kind, "not_found");
    }

    list_all_smartlead_client_api_keys(h) {
        let (client, _) = client_key(&h, "Listed").await;
        let page = h.ok("list_all_smartlead_client_api_keys", json!({"clientId": client})).await;
        assert_eq!((page["result"][0]["key_name"].as_str(), page["result"][0]["api_key"].clone()), (Some("Listed"), Value::Null));
        assert_eq!(h.err("list_all_smartlead_client_api_keys", json!({"status": "paused"})).await.kind, "invalid_input");
    }

    delete_a_smartlead_client_api_key_by_id(h) {
        let (_, key) = client_key(&h, "Doomed").await;
        assert_eq!(h.err("delete_a_smartlead_client_api_key_by_id", json!({"id": key["id"], "confirm": false})).await.kind, "invalid_input");
        assert_eq!(h.mock.with_store(|s| s.client_keys.len()), 1, "refused: still there");
        h.ok("delete_a_smartlead_client_api_key_by_id", json!({"id": key["id"], "confirm": true})).await;
        assert_eq!(h.mock.with_store(|s| s.client_keys.len()), 0);
    }

    smartlead_agency_clients_reset_api_key(h) {
        let (_, key) = client_key(&h, "Rotated").await;
        assert_eq!(h.err("smartlead_agency_clients_reset_api_key", json!({"id": key["id"], "confirm": false})).await.kind, "invalid_input");
        let fresh = h.ok("smartlead_agency_clients_reset_api_key", json!({"id": key["id"], "confirm": true})).await;
        assert!(fresh["api_key"].is_string() && fresh["api_key"] != key["api_key"], "{fresh}");
    }
}
