//! A campaign's webhook delivery reports as tools: the summary of a window, and failed
//! events sent again (once).

use super::*;

tool_tests! {
    smartlead_webhooks_summary(h) {
        let id = h.ok("create_a_smartlead_campaign", json!({"name": "Hooks"})).await["id"].as_u64().unwrap();
        h.mock.with_store(|s| s.webhook_deliveries.extend([(id, true), (id, false)]));
        let summary = h.ok("smartlead_webhooks_summary", json!({"campaignId": id, "fromTime": "2025-01-01T00:00:00Z", "toTime": "2025-01-02T00:00:00Z"})).await;
        assert_eq!((summary["successful_calls"].as_u64(), summary["success_rate"].as_f64()), (Some(1), Some(50.0)));
        let e = h.err("smartlead_webhooks_summary", json!({"campaignId": id, "fromTime": "yesterday", "toTime": "2025-01-02T00:00:00Z"})).await;
        assert!(e.kind == "invalid_input" && e.message.contains("fromTime"), "{e}");
    }

    smartlead_webhooks_retrigger_failed_events(h) {
        let id = h.ok("create_a_smartlead_campaign", json!({"name": "Hooks"})).await["id"].as_u64().unwrap();
        h.mock.with_store(|s| s.webhook_deliveries.push((id, false)));
        let again = h.ok("smartlead_webhooks_retrigger_failed_events", json!({"campaignId": id, "fromTime": "2025-01-01T00:00:00Z", "toTime": "2025-01-02T00:00:00Z"})).await;
        assert_eq!(again["retriggered_count"], 1);
        assert_eq!(h.sent("POST", &format!("/campaigns/{id}/webhooks/retrigger-failed-events")).len(), 1, "sent once");
    }
}
