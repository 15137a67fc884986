//! Client API keys through the typed functions: issued (the key returned once), listed
//! without the keys, reset to a new key, deleted.

use super::*;
use smartlead_host::bindings::agency_clients as ac;

async fn client(h: &Harness) -> u64 {
    h.ok("create_a_smartlead_client", json!({"name": "Keyed", "email": "keyed@client.test", "permission": ["full_access"]})).await["id"].as_u64().unwrap()
}

async fn issued(h: &Harness, client: u64, name: &str) -> Value {
    h.ok("create_a_smartlead_client_api_key", json!({"clientId": client, "keyName": name})).await
}

typed_tests! {
    create_a_smartlead_client_api_key(h) {
        let client = client(&h).await;
        let args: ac::NewClientApiKey = wit(json!({"client_id": client, "key_name": "CRM sync"}));
        let (out, sent) = typed!(h, smartlead_connector_agency_clients.call_create_a_smartlead_client_api_key(&args));
        let (method, path, body) = only(&sent);
        assert_eq!((method, path, body.cloned()), ("POST", "/client/api-key", Some(json!({"clientId": client, "keyName": "CRM sync"}))));
        let key = ok(out);
        let stored = h.mock.with_store(|s| s.client_keys.values().next().cloned()).unwrap();
        assert_eq!((key["api_key"].clone(), key["client_id"].as_u64(), key["status"].as_str()), (stored["api_key"].clone(), Some(client), Some("active")));
        let bad: ac::NewClientApiKey = wit(json!({"client_id": client, "key_name": "CRM/sync"}));
        let (out, sent) = typed!(h, smartlead_connector_agency_clients.call_create_a_smartlead_client_api_key(&bad));
        assert!(matches!(out, Err(Error::InvalidInput(ref m)) if m.contains("keyName")) && sent.is_empty(), "{out:?}");
    }

    list_all_smartlead_client_api_keys(h) {
        let client = client(&h).await;
        issued(&h, client, "One").await;
        issued(&h, client, "Two").await;
        let args: ac::ClientApiKeyFilter = wit(json!({"client_id": client, "status": "active", "key_name": "Tw"}));
        let (out, sent) = typed!(h, smartlead_connector_agency_clients.call_list_all_smartlead_client_api_keys(&args, &page(10)));
        assert_eq!(route(&sent), ("GET", "/client/api-key"));
        assert_eq!((sent[0].query("clientId"), sent[0].query("status"), sent[0].query("keyName")), (Some(client.to_string().as_str()), Some("active"), Some("Tw")));
        let listed = ok(out);
        assert_eq!((listed["result_count"].as_u64(), listed["result"][0]["key_name"].as_str(), listed["result"][0]["api_key"].clone()), (Some(1), Some("Two"), Value::Null));
    }

    delete_a_smartlead_client_api_key_by_id(h) {
        let client = client(&h).await;
        let id = issued(&h, client, "Old").await["id"].as_u64().unwrap();
        let (out, sent) = typed!(h, smartlead_connector_agency_clients.call_delete_a_smartlead_client_api_key_by_id(wit(json!({"id": id}))));
        assert_eq!(route(&sent), ("DELETE", format!("/client/api-key/{id}").as_str()));
        ok(out);
        assert!(h.mock.with_store(|s| s.client_keys.is_empty()));
    }

    smartlead_agency_clients_reset_api_key(h) {
        let client = client(&h).await;
        let before = issued(&h, client, "Rotating").await;
        let id = before["id"].as_u64().unwrap();
        let (out, sent) = typed!(h, smartlead_connector_agency_clients.call_smartlead_agency_clients_reset_api_key(wit(json!({"id": id}))));
        assert_eq!(route(&sent), ("PUT", format!("/client/api-key/reset/{id}").as_str()));
        let after = ok(out);
        assert_ne!(after["api_key"], before["api_key"], "a new key");
        assert_eq!((after["id"].as_u64(), after["api_key"].clone()), (Some(id), h.mock.with_store(|s| s.client_keys[&id]["api_key"].clone())));
        let (out, _) = typed!(h, smartlead_connector_agency_clients.call_smartlead_agency_clients_reset_api_key(wit(json!({"id": 1}))));
        assert!(matches!(out, Err(Error::NotFound(_))), "{out:?}");
    }
}
