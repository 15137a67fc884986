//! A campaign's webhook deliveries through the typed functions: the summary of a window
//! and the failed events sent again.

use super::*;
use smartlead_host::bindings::webhooks as wh;

fn window(campaign: u64) -> wh::WebhookWindow {
    wit(json!({"campaign_id": campaign, "from_time": "2025-01-01T00:00:00.000Z", "to_time": "2025-01-31T23:59:59.000Z"}))
}

typed_tests! {
    smartlead_webhooks_summary(h) {
        let id = campaign(&h, "Hooked").await;
        h.mock.with_store(|s| s.webhook_deliveries.extend([(id, true), (id, true), (id, true), (id, false), (id + 1, false)]));
        let (out, sent) = typed!(h, smartlead_connector_webhooks.call_smartlead_webhooks_summary(&window(id)));
        assert_eq!(route(&sent), ("GET", format!("/campaigns/{id}/webhooks/summary").as_str()));
        assert_eq!((sent[0].query("fromTime"), sent[0].query("toTime")), (Some("2025-01-01T00:00:00.000Z"), Some("2025-01-31T23:59:59.000Z")));
        let summary = ok(out);
        assert_eq!((summary["total_calls"].as_u64(), summary["failed_calls"].as_u64(), summary["success_rate"].as_f64()), (Some(4), Some(1), Some(75.0)));
        let backwards: wh::WebhookWindow = wit(json!({"campaign_id": id, "from_time": "2025-02-01T00:00:00Z", "to_time": "2025-01-01T00:00:00Z"}));
        let (out, sent) = typed!(h, smartlead_connector_webhooks.call_smartlead_webhooks_summary(&backwards));
        assert!(matches!(out, Err(Error::InvalidInput(ref m)) if m.contains("toTime")) && sent.is_empty(), "{out:?}");
    }

    smartlead_webhooks_retrigger_failed_events(h) {
        let id = campaign(&h, "Hooked").await;
        h.mock.with_store(|s| s.webhook_deliveries.extend([(id, false), (id, true), (id, false)]));
        let (out, sent) = typed!(h, smartlead_connector_webhooks.call_smartlead_webhooks_retrigger_failed_events(&window(id)));
        let (method, path, body) = only(&sent);
        assert_eq!((method, path), ("POST", format!("/campaigns/{id}/webhooks/retrigger-failed-events").as_str()));
        assert_eq!(body.cloned(), Some(json!({"fromTime": "2025-01-01T00:00:00.000Z", "toTime": "2025-01-31T23:59:59.000Z"})));
        assert_eq!(ok(out)["retriggered_count"], 2);
        assert!(h.mock.with_store(|s| s.webhook_deliveries.iter().all(|(_, delivered)| *delivered)));
    }
}
