//! Account-level webhooks as tools: Smartlead's maps of events and categories, the
//! association checked before sending, and a delete confirmed first.

use super::*;

async fn hook(h: &Harness) -> u64 {
    let args = json!({"webhook_url": "https://platform.test/h", "association_type": "user", "event_type_map": {"EMAIL_REPLY": true}});
    h.ok("create_a_smartlead_webhook", args).await["id"].as_u64().unwrap()
}

tool_tests! {
    create_a_smartlead_webhook(h) {
        hook(&h).await;
        let e = h.err("create_a_smartlead_webhook", json!({"webhook_url": "https://x.test/h", "association_type": "client"})).await;
        assert!(e.kind == "invalid_input" && e.message.contains("client_id"), "{e}");
        let e = h.err("create_a_smartlead_webhook", json!({"webhook_url": "https://x.test/h", "association_type": "user", "event_type_map": {"LEAD_REPLIED": true}})).await;
        assert!(e.kind == "invalid_input" && e.message.contains("LEAD_REPLIED"), "{e}");
        assert_eq!(h.sent("POST", "/webhook/create").len(), 1, "refused calls are not sent");
    }

    get_single_smartlead_webhook_by_id(h) {
        let id = hook(&h).await;
        let got = h.ok("get_single_smartlead_webhook_by_id", json!({"id": id})).await;
        assert_eq!(got["event_type_map"], json!({"EMAIL_REPLY": true}));
        assert_eq!(h.err("get_single_smartlead_webhook_by_id", json!({"id": 1})).await.kind, "not_found");
    }

    update_a_smartlead_webhook_by_id(h) {
        let id = hook(&h).await;
        h.ok("update_a_smartlead_webhook_by_id", json!({"id": id, "webhook_url": "https://platform.test/v2"})).await;
        assert_eq!(h.ok("get_single_smartlead_webhook_by_id", json!({"id": id})).await["webhook_url"], "https://platform.test/v2");
    }

    delete_a_smartlead_webhook_by_id(h) {
        let id = hook(&h).await;
        assert_eq!(h.err("delete_a_smartlead_webhook_by_id", json!({"id": id, "confirm": false})).await.kind, "invalid_input");
        h.ok("delete_a_smartlead_webhook_by_id", json!({"id": id, "confirm": true})).await;
        assert_eq!(h.err("get_single_smartlead_webhook_by_id", json!({"id": id})).await.kind, "not_found");
    }
}
