//! The global analytics reports as tools: Smartlead's query names, one id or a list,
//! rates as numbers, and every list in the one list convention.

use super::*;

const NOVEMBER: (&str, &str) = ("2025-11-01", "2025-11-30");

/// The report's arguments: November 2025 and `extra`.
fn window(extra: Value) -> Value {
    let mut args = json!({"start_date": NOVEMBER.0, "end_date": NOVEMBER.1});
    args.as_object_mut().unwrap().extend(extra.as_object().cloned().unwrap_or_default());
    args
}

tool_tests! {
    smartlead_analytics_overall_stats(h) {
        let a = h.analytics_activity().await;
        let stats = h.ok("smartlead_analytics_overall_stats", window(json!({"client_ids": [a.client]}))).await;
        assert_eq!((stats["sent"].as_u64(), stats["open_rate"].as_f64()), (Some(2), Some(100.0)), "only the client's campaign");
        assert_eq!(h.sent("GET", "/analytics/overall-stats-v2")[0].query("client_ids"), Some(a.client.to_string().as_str()));
        let e = h.err("smartlead_analytics_overall_stats", json!({"start_date": "2025-11-31x", "end_date": "2025-11-30"})).await;
        assert!(e.kind == "invalid_input" && e.message.contains("start_date"), "{e}");
        assert_eq!(h.err("smartlead_analytics_overall_stats", window(json!({"campaign": 1}))).await.kind, "invalid_input", "an unknown argument");
    }

    list_all_smartlead_analytics_campaigns(h) {
        let a = h.analytics_activity().await;
        let page = h.ok("list_all_smartlead_analytics_campaigns", json!({})).await;
        assert_eq!(ids(&page), vec![a.replied, a.quiet]);
    }

    list_all_smartlead_analytics_clients(h) {
        let a = h.analytics_activity().await;
        let page = h.ok("list_all_smartlead_analytics_clients", json!({"client_ids": [a.client + 1]})).await;
        assert_eq!(page["result_count"], 0, "no such client");
    }

    list_all_smartlead_analytics_monthly_client_counts(h) {
        let page = h.ok("list_all_smartlead_analytics_monthly_client_counts", json!({})).await;
        assert_eq!(page["result"][0]["count"], 1);
    }

    list_all_smartlead_analytics_day_wise_stats(h) {
        h.analytics_activity().await;
        let first = h.ok("list_all_smartlead_analytics_day_wise_stats", json!({"start_date": "2025-11-25", "end_date": "2025-11-27", "limit": 2})).await;
        assert_eq!((first["result_count"].as_u64(), first["result"][0]["sent"].as_u64()), (Some(2), Some(4)));
        let rest = h.ok("list_all_smartlead_analytics_day_wise_stats", json!({"start_date": "2025-11-25", "end_date": "2025-11-27", "next_cursor": first["next_cursor"]})).await;
        assert_eq!((rest["result"][0]["date"].as_str(), rest["next_cursor"].clone()), (Some("2025-11-27"), Value::Null));
    }

    list_all_smartlead_analytics_day_wise_stats_by_sent_time(h) {
        let e = h.err("list_all_smartlead_analytics_day_wise_stats_by_sent_time", window(json!({}))).await;
        assert!(e.kind == "invalid_input" && e.message.contains("timezone"), "required here: {e}");
        assert!(h.sent("GET", "/analytics/day-wise-overall-stats-by-sent-time").is_empty());
        let page = h.ok("list_all_smartlead_analytics_day_wise_stats_by_sent_time", window(json!({"timezone": "UTC"}))).await;
        assert_eq!(page["result_count"], 30);
    }

    list_all_smartlead_analytics_day_wise_positive_replies(h) {
        h.analytics_activity().await;
        let page = h.ok("list_all_smartlead_analytics_day_wise_positive_replies", json!({"start_date": "2025-11-25", "end_date": "2025-11-25"})).await;
        assert_eq!(page["result"], json!([{"date": "2025-11-25", "sent": null, "opened": null, "replied": null, "bounced": null, "positive_replied": 1}]));
    }

    list_all_smartlead_analytics_day_wise_positive_replies_by_sent_time(h) {
        h.analytics_activity().await;
        let page = h.ok("list_all_smartlead_analytics_day_wise_positive_replies_by_sent_time", json!({"start_date": "2025-12-01", "end_date": "2025-12-01", "timezone": "UTC"})).await;
        assert_eq!(page["result"][0]["positive_replied"], 0, "nothing that day");
    }

    list_all_smartlead_analytics_campaign_performance(h) {
        let a = h.analytics_activity().await;
        let (mut seen, mut cursor) = (Vec::new(), Value::Null);
        loop {
            let page = h.ok("list_all_smartlead_analytics_campaign_performance", window(json!({"limit": 1, "next_cursor": cursor}))).await;
            seen.extend(ids(&page));
            cursor = page["next_cursor"].clone();
            if cursor.is_null() { break }
        }
        assert_eq!(seen, vec![a.replied, a.quiet], "walked one page at a time");
        let offsets: Vec<String> = h.sent("GET", "/analytics/campaign/overall-stats").iter().map(|r| r.query("offset").unwrap().to_string()).collect();
        assert_eq!(offsets, ["0", "1", "2"], "two pages and the empty one that ends the walk");
    }

    list_all_smartlead_analytics_client_performance(h) {
        h.analytics_activity().await;
        let page = h.ok("list_all_smartlead_analytics_client_performance", window(json!({"filter": "nobody"}))).await;
        assert_eq!(page["result_count"], 0);
    }

    list_all_smartlead_analytics_email_health(h) {
        let page = h.ok("list_all_smartlead_analytics_email_health", window(json!({"is_bounced": true}))).await;
        assert_eq!(h.sent("GET", "/analytics/mailbox/name-wise-health-metrics")[0].query("is_bounced"), Some("true"));
        assert_eq!(page["result_count"], 0, "no mailbox bounced");
    }

    list_all_smartlead_analytics_domain_health(h) {
        let page = h.ok("list_all_smartlead_analytics_domain_health", window(json!({}))).await;
        assert_eq!(page["result"][0]["domain"], "sender.test");
    }

    smartlead_analytics_mailbox_stats(h) {
        let stats = h.ok("smartlead_analytics_mailbox_stats", json!({})).await;
        assert_eq!((stats["total_connected"].as_u64(), stats["disconnected"].as_u64()), (Some(1), Some(1)));
    }

    smartlead_analytics_provider_performance(h) {
        let report = h.ok("smartlead_analytics_provider_performance", window(json!({}))).await;
        assert_eq!(report["overall"][0]["provider"], "SMTP", "rows of unknown shape, kept whole");
    }

    list_all_smartlead_analytics_team_board(h) {
        let page = h.ok("list_all_smartlead_analytics_team_board", window(json!({}))).await;
        assert_eq!((page["result"][0]["name"].as_str(), page["result"][0]["reply_rate"].as_f64()), (Some("Ada Sender"), Some(0.0)));
    }

    smartlead_analytics_lead_stats(h) {
        h.analytics_activity().await;
        let stats = h.ok("smartlead_analytics_lead_stats", json!({"start_date": "2025-10-01", "end_date": "2025-10-31"})).await;
        assert_eq!(stats["count"]["total"], 0, "October saw nothing");
    }

    list_all_smartlead_analytics_lead_category_responses(h) {
        h.analytics_activity().await;
        let page = h.ok("list_all_smartlead_analytics_lead_category_responses", window(json!({}))).await;
        assert_eq!(page["result"][0]["category"], "Interested");
    }

    smartlead_analytics_first_reply_leads(h) {
        let a = h.analytics_activity().await;
        let quiet = h.ok("smartlead_analytics_first_reply_leads", window(json!({"campaign_ids": [a.quiet]}))).await;
        assert_eq!(quiet["leads_take_for_first_reply"].as_f64(), Some(0.0));
    }

    smartlead_analytics_follow_up_reply_rate(h) {
        h.analytics_activity().await;
        let rate = h.ok("smartlead_analytics_follow_up_reply_rate", window(json!({}))).await;
        assert_eq!(rate["followup_reply_rate"].as_f64(), Some(50.0));
    }

    list_all_smartlead_analytics_lead_to_reply_times(h) {
        let page = h.ok("list_all_smartlead_analytics_lead_to_reply_times", window(json!({}))).await;
        assert_eq!(page["result_count"], 2);
    }

    list_all_smartlead_analytics_campaign_responses(h) {
        let a = h.analytics_activity().await;
        let page = h.ok("list_all_smartlead_analytics_campaign_responses", window(json!({"client_ids": [a.client]}))).await;
        assert_eq!(page["result"][0]["positive_reply"], 1);
    }

    list_all_smartlead_analytics_campaign_statuses(h) {
        let a = h.analytics_activity().await;
        h.ok("smartlead_campaigns_update_campaign_status", json!({"id": a.quiet, "status": "PAUSED"})).await;
        let page = h.ok("list_all_smartlead_analytics_campaign_statuses", json!({})).await;
        assert_eq!(page["result"], json!([{"status": "DRAFTED", "count": 1}, {"status": "PAUSED", "count": 1}]));
    }
}
