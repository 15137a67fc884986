//! Account-level webhooks (user, client or campaign) through the typed functions:
//! created with event and category maps, read back, updated, deleted by a body id.

use super::*;
use smartlead_host::bindings::webhooks as wh;

fn new_hook(campaign: Option<u64>) -> wh::NewAccountWebhook {
    wit(json!({
        "webhook_url": "https://platform.test/hooks", "association_type": if campaign.is_some() { "campaign" } else { "user" },
        "email_campaign_id": campaign, "name": "Platform", "event_type_map": [["EMAIL_REPLY", true], ["EMAIL_OPEN", false]],
        "category_id_map": [["1", true]], "client_id": null, "force_create": null
    }))
}

async fn hook(h: &Harness) -> u64 {
    let args = json!({"webhook_url": "https://platform.test/h", "association_type": "user", "event_type_map": {"EMAIL_SENT": true}});
    h.ok("create_a_smartlead_webhook", args).await["id"].as_u64().unwrap()
}

typed_tests! {
    create_a_smartlead_webhook(h) {
        let id = campaign(&h, "Hooked").await;
        let (out, sent) = typed!(h, smartlead_connector_webhooks.call_create_a_smartlead_webhook(&new_hook(Some(id))));
        let (method, path, body) = only(&sent);
        assert_eq!((method, path), ("POST", "/webhook/create"));
        assert_eq!(body.cloned(), Some(json!({"webhook_url": "https://platform.test/hooks", "association_type": "campaign", "email_campaign_id": id,
            "name": "Platform", "event_type_map": {"EMAIL_REPLY": true, "EMAIL_OPEN": false}, "category_id_map": {"1": true}})));
        let created = ok(out)["id"].as_u64().unwrap();
        assert!(h.mock.with_store(|s| s.account_webhooks.contains_key(&created)));
        let mut orphan = new_hook(Some(id));
        orphan.email_campaign_id = None;
        let (out, sent) = typed!(h, smartlead_connector_webhooks.call_create_a_smartlead_webhook(&orphan));
        assert!(matches!(out, Err(Error::InvalidInput(ref m)) if m.contains("email_campaign_id")) && sent.is_empty(), "{out:?}");
    }

    get_single_smartlead_webhook_by_id(h) {
        let id = hook(&h).await;
        let (out, sent) = typed!(h, smartlead_connector_webhooks.call_get_single_smartlead_webhook_by_id(wit(json!({"id": id}))));
        assert_eq!(route(&sent), ("GET", format!("/webhook/{id}").as_str()));
        let got = ok(out);
        assert_eq!((got["webhook_url"].as_str(), got["event_type_map"].clone()), (Some("https://platform.test/h"), json!([["EMAIL_SENT", true]])));
    }

    update_a_smartlead_webhook_by_id(h) {
        let id = hook(&h).await;
        let args: wh::AccountWebhookUpdate = wit(json!({"id": id, "name": "Renamed", "webhook_url": null, "event_types": ["EMAIL_REPLY"], "categories": null}));
        let (out, sent) = typed!(h, smartlead_connector_webhooks.call_update_a_smartlead_webhook_by_id(&args));
        let (method, path, body) = only(&sent);
        assert_eq!((method, path, body.cloned()), ("PUT", format!("/webhook/update/{id}").as_str(), Some(json!({"name": "Renamed", "event_types": ["EMAIL_REPLY"]}))));
        ok(out);
        assert_eq!(h.mock.with_store(|s| s.account_webhooks[&id]["name"].clone()), "Renamed");
    }

    delete_a_smartlead_webhook_by_id(h) {
        let id = hook(&h).await;
        let (out, sent) = typed!(h, smartlead_connector_webhooks.call_delete_a_smartlead_webhook_by_id(wit(json!({"id": id}))));
        let (method, path, body) = only(&sent);
        assert_eq!((method, path, body.cloned()), ("DELETE", "/webhook/delete", Some(json!({"id": id}))));
        ok(out);
        assert!(h.mock.with_store(|s| s.account_webhooks.is_empty()));
    }
}
