//! The global analytics reports through the typed functions: the window and scope sent
//! in the query as Smartlead takes them, and each report read from under its key.

use super::*;
use smartlead_host::bindings::analytics as an;

/// November 2025, the month of the mock's activity, with `extra` fields.
fn november(extra: Value) -> Value {
    let mut window = json!({"start_date": "2025-11-01", "end_date": "2025-11-30"});
    window.as_object_mut().unwrap().extend(extra.as_object().cloned().unwrap_or_default());
    window
}

typed_tests! {
    smartlead_analytics_overall_stats(h) {
        let a = h.analytics_activity().await;
        let args: an::OverallStatsWindow = wit(november(json!({"timezone": "Europe/Paris", "campaign_ids": [a.replied, a.quiet], "is_agency": true})));
        let (out, sent) = typed!(h, smartlead_connector_analytics.call_smartlead_analytics_overall_stats(&args));
        assert_eq!(route(&sent), ("GET", "/analytics/overall-stats-v2"));
        assert_eq!(sent[0].query("campaign_ids"), Some(format!("{},{}", a.replied, a.quiet).as_str()), "ids comma-separated");
        assert_eq!((sent[0].query("is_agency"), sent[0].query("timezone"), sent[0].query("start_date")), (Some("true"), Some("Europe/Paris"), Some("2025-11-01")));
        let stats = ok(out);
        assert_eq!((stats["sent"].as_u64(), stats["replied"].as_u64(), stats["positive_replied"].as_u64()), (Some(4), Some(2), Some(1)));
        assert_eq!((stats["reply_rate"].as_f64(), stats["positive_reply_rate"].as_f64()), (Some(50.0), Some(25.0)), "\"50%\" read as 50");
        let backwards: an::OverallStatsWindow = wit(json!({"start_date": "2025-11-30", "end_date": "2025-11-01"}));
        let (out, sent) = typed!(h, smartlead_connector_analytics.call_smartlead_analytics_overall_stats(&backwards));
        assert!(matches!(out, Err(Error::InvalidInput(ref m)) if m.contains("end_date")) && sent.is_empty(), "{out:?}");
    }

    list_all_smartlead_analytics_campaigns(h) {
        let a = h.analytics_activity().await;
        let (out, sent) = typed!(h, smartlead_connector_analytics.call_list_all_smartlead_analytics_campaigns(&wit(json!({"client_ids": [a.client]})), &page(10)));
        assert_eq!((route(&sent), sent[0].query("client_ids")), (("GET", "/analytics/campaign/list"), Some(a.client.to_string().as_str())));
        assert_eq!(ok(out)["result"], json!([{"id": a.replied, "name": "E2E"}]), "only the client's campaign");
    }

    list_all_smartlead_analytics_clients(h) {
        let a = h.analytics_activity().await;
        let (out, sent) = typed!(h, smartlead_connector_analytics.call_list_all_smartlead_analytics_clients(&wit(json!({"client_ids": null})), &page(10)));
        assert_eq!(route(&sent), ("GET", "/analytics/client/list"));
        assert_eq!(ok(out)["result"], json!([{"id": a.client, "name": "Acme Agency Client"}]));
    }

    list_all_smartlead_analytics_monthly_client_counts(h) {
        let (out, sent) = typed!(h, smartlead_connector_analytics.call_list_all_smartlead_analytics_monthly_client_counts(&wit(json!({"client_ids": null})), &page(10)));
        assert_eq!(route(&sent), ("GET", "/analytics/client/month-wise-count"));
        assert_eq!(ok(out)["result"], json!([{"month": "2025-11", "count": 1}]));
    }

    list_all_smartlead_analytics_day_wise_stats(h) {
        h.analytics_activity().await;
        let args: an::AnalyticsWindow = wit(json!({"start_date": "2025-11-24", "end_date": "2025-11-26"}));
        let (out, sent) = typed!(h, smartlead_connector_analytics.call_list_all_smartlead_analytics_day_wise_stats(&args, &page(10)));
        assert_eq!(route(&sent), ("GET", "/analytics/day-wise-overall-stats"));
        let days = ok(out)["result"].clone();
        assert_eq!(days.as_array().unwrap().iter().map(|d| (d["date"].as_str().unwrap(), d["sent"].as_u64().unwrap())).collect::<Vec<_>>(),
                   [("2025-11-24", 0), ("2025-11-25", 4), ("2025-11-26", 0)]);
        assert_eq!((days[1]["replied"].as_u64(), days[1]["positive_replied"].clone()), (Some(2), Value::Null), "only the report's counts");
    }

    list_all_smartlead_analytics_day_wise_stats_by_sent_time(h) {
        h.analytics_activity().await;
        let args: an::SentTimeWindow = wit(json!({"start_date": "2025-11-25", "end_date": "2025-11-25", "timezone": "America/New_York"}));
        let (out, sent) = typed!(h, smartlead_connector_analytics.call_list_all_smartlead_analytics_day_wise_stats_by_sent_time(&args, &page(10)));
        assert_eq!((route(&sent), sent[0].query("timezone")), (("GET", "/analytics/day-wise-overall-stats-by-sent-time"), Some("America/New_York")));
        let day = ok(out)["result"][0].clone();
        assert_eq!((day["sent"].as_u64(), day["opened"].as_u64(), day["replied"].clone()), (Some(4), Some(2), Value::Null));
        let blank: an::SentTimeWindow = wit(json!({"start_date": "2025-11-25", "end_date": "2025-11-25", "timezone": ""}));
        let (out, sent) = typed!(h, smartlead_connector_analytics.call_list_all_smartlead_analytics_day_wise_stats_by_sent_time(&blank, &page(10)));
        assert!(matches!(out, Err(Error::InvalidInput(ref m)) if m.contains("timezone")) && sent.is_empty(), "{out:?}");
    }

    list_all_smartlead_analytics_day_wise_positive_replies(h) {
        h.analytics_activity().await;
        let (out, sent) = typed!(h, smartlead_connector_analytics.call_list_all_smartlead_analytics_day_wise_positive_replies(&wit(november(json!({}))), &page(100)));
        assert_eq!(route(&sent), ("GET", "/analytics/day-wise-positive-reply-stats"));
        let days = ok(out)["result"].clone();
        assert_eq!((days.as_array().unwrap().len(), days[24]["date"].as_str(), days[24]["positive_replied"].as_u64()), (30, Some("2025-11-25"), Some(1)));
    }

    list_all_smartlead_analytics_day_wise_positive_replies_by_sent_time(h) {
        h.analytics_activity().await;
        let args: an::SentTimeWindow = wit(json!({"start_date": "2025-11-25", "end_date": "2025-11-26", "timezone": "UTC"}));
        let (out, sent) = typed!(h, smartlead_connector_analytics.call_list_all_smartlead_analytics_day_wise_positive_replies_by_sent_time(&args, &page(1)));
        assert_eq!(route(&sent), ("GET", "/analytics/day-wise-positive-reply-stats-by-sent-time"));
        let first = ok(out);
        assert_eq!((first["result"][0]["positive_replied"].as_u64(), first["result_count"].as_u64()), (Some(1), Some(1)));
        assert!(first["next_cursor"].is_string(), "two days, one a page");
    }

    list_all_smartlead_analytics_campaign_performance(h) {
        let a = h.analytics_activity().await;
        let (out, sent) = typed!(h, smartlead_connector_analytics.call_list_all_smartlead_analytics_campaign_performance(&wit(november(json!({"full_data": true}))), &page(1)));
        assert_eq!(route(&sent), ("GET", "/analytics/campaign/overall-stats"));
        assert_eq!((sent[0].query("offset"), sent[0].query("limit"), sent[0].query("full_data")), (Some("0"), Some("1"), Some("true")));
        let first = ok(out);
        let row = first["result"][0].clone();
        assert_eq!((row["id"].as_u64(), row["sent"].as_u64(), row["replied"].as_u64(), row["reply_rate"].clone()), (Some(a.replied), Some(2), Some(2), Value::Null), "no rates: as live answers");
        let next = Page { limit: None, cursor: first["next_cursor"].as_str().map(str::to_string) };
        let (out, sent) = typed!(h, smartlead_connector_analytics.call_list_all_smartlead_analytics_campaign_performance(&wit(november(json!({"full_data": true}))), &next));
        assert_eq!((sent[0].query("offset"), ok(out)["result"][0]["id"].as_u64()), (Some("1"), Some(a.quiet)));
    }

    list_all_smartlead_analytics_client_performance(h) {
        let a = h.analytics_activity().await;
        let (out, sent) = typed!(h, smartlead_connector_analytics.call_list_all_smartlead_analytics_client_performance(&wit(november(json!({"filter": "acme"}))), &page(10)));
        assert_eq!((route(&sent), sent[0].query("filter")), (("GET", "/analytics/client/overall-stats"), Some("acme")));
        let row = ok(out)["result"][0].clone();
        assert_eq!((row["client_id"].as_u64(), row["total_campaigns_count"].as_u64()), (Some(a.client), Some(1)));
        let stats: Value = serde_json::from_str(row["campaign_stats"].as_str().unwrap()).unwrap();
        assert_eq!(stats, json!({"sent": 2, "replied": 2}), "an undocumented object, kept as JSON");
    }

    list_all_smartlead_analytics_email_health(h) {
        let a = h.analytics_activity().await;
        h.mock.with_store(|s| {
            let ada = *s.email_accounts.keys().next().unwrap();
            s.campaigns.get_mut(&a.replied).unwrap().email_account_ids.insert(ada);
        });
        let (out, sent) = typed!(h, smartlead_connector_analytics.call_list_all_smartlead_analytics_email_health(&wit(november(json!({"is_bounced": false}))), &page(10)));
        assert_eq!((route(&sent), sent[0].query("is_bounced")), (("GET", "/analytics/mailbox/name-wise-health-metrics"), Some("false")));
        let rows = ok(out)["result"].clone();
        assert_eq!((rows[0]["email_account"].as_str(), rows[0]["sent"].as_u64(), rows[0]["domain"].clone()), (Some("ada@sender.test"), Some(2), Value::Null));
    }

    list_all_smartlead_analytics_domain_health(h) {
        h.analytics_activity().await;
        let (out, sent) = typed!(h, smartlead_connector_analytics.call_list_all_smartlead_analytics_domain_health(&wit(november(json!({}))), &page(10)));
        assert_eq!(route(&sent), ("GET", "/analytics/mailbox/domain-wise-health-metrics"));
        let rows = ok(out)["result"].clone();
        assert_eq!((rows.as_array().unwrap().len(), rows[0]["domain"].as_str()), (1, Some("sender.test")), "both mailboxes on one domain");
    }

    smartlead_analytics_mailbox_stats(h) {
        let (out, sent) = typed!(h, smartlead_connector_analytics.call_smartlead_analytics_mailbox_stats(&wit(json!({"client_ids": null}))));
        assert_eq!(route(&sent), ("GET", "/analytics/mailbox/overall-stats"));
        assert_eq!(ok(out), json!({"total_connected": 1, "in_use": 0, "disconnected": 1, "enabled_without_warmup": 0}));
    }

    smartlead_analytics_provider_performance(h) {
        h.analytics_activity().await;
        let (out, sent) = typed!(h, smartlead_connector_analytics.call_smartlead_analytics_provider_performance(&wit(november(json!({})))));
        assert_eq!(route(&sent), ("GET", "/analytics/mailbox/provider-wise-overall-performance"));
        let report = ok(out);
        let overall: Value = serde_json::from_str(report["overall"][0].as_str().unwrap()).unwrap();
        assert_eq!((overall["sent"].as_u64(), report["tag_wise"].clone()), (Some(4), json!([])));
    }

    list_all_smartlead_analytics_team_board(h) {
        h.analytics_activity().await;
        let (out, sent) = typed!(h, smartlead_connector_analytics.call_list_all_smartlead_analytics_team_board(&wit(november(json!({}))), &page(10)));
        assert_eq!(route(&sent), ("GET", "/analytics/team-board/overall-stats"));
        let member = ok(out)["result"][0].clone();
        assert_eq!((member["reply_count"].as_u64(), member["reply_rate"].as_f64(), member["average_reply_time"].as_str()), (Some(2), Some(50.0), Some("2h 5m")));
    }

    smartlead_analytics_lead_stats(h) {
        h.analytics_activity().await;
        let (out, sent) = typed!(h, smartlead_connector_analytics.call_smartlead_analytics_lead_stats(&wit(november(json!({})))));
        assert_eq!(route(&sent), ("GET", "/analytics/lead/overall-stats"));
        let stats = ok(out);
        assert_eq!((stats["count"]["total"].as_u64(), stats["count"]["new"].as_u64(), stats["percentage"]["follow_up"].as_f64()), (Some(4), Some(2), Some(50.0)));
    }

    list_all_smartlead_analytics_lead_category_responses(h) {
        h.analytics_activity().await;
        let (out, sent) = typed!(h, smartlead_connector_analytics.call_list_all_smartlead_analytics_lead_category_responses(&wit(november(json!({}))), &page(10)));
        assert_eq!(route(&sent), ("GET", "/analytics/lead/category-wise-response"));
        assert_eq!(ok(out)["result"], json!([{"category": "Interested", "total_response": 1, "percentage": 100.0}]));
    }

    smartlead_analytics_first_reply_leads(h) {
        h.analytics_activity().await;
        let (out, sent) = typed!(h, smartlead_connector_analytics.call_smartlead_analytics_first_reply_leads(&wit(november(json!({})))));
        assert_eq!(route(&sent), ("GET", "/analytics/campaign/leads-take-for-first-reply"));
        assert_eq!(ok(out)["leads_take_for_first_reply"].as_f64(), Some(2.0));
    }

    smartlead_analytics_follow_up_reply_rate(h) {
        h.analytics_activity().await;
        let (out, sent) = typed!(h, smartlead_connector_analytics.call_smartlead_analytics_follow_up_reply_rate(&wit(november(json!({})))));
        assert_eq!(route(&sent), ("GET", "/analytics/campaign/follow-up-reply-rate"));
        assert_eq!(ok(out)["followup_reply_rate"].as_f64(), Some(50.0));
    }

    list_all_smartlead_analytics_lead_to_reply_times(h) {
        h.analytics_activity().await;
        let (out, sent) = typed!(h, smartlead_connector_analytics.call_list_all_smartlead_analytics_lead_to_reply_times(&wit(november(json!({}))), &page(10)));
        assert_eq!(route(&sent), ("GET", "/analytics/campaign/lead-to-reply-time"));
        assert_eq!(ok(out)["result"][0], json!({"time_range": "0-1 hours", "count": 2}));
    }

    list_all_smartlead_analytics_campaign_responses(h) {
        let a = h.analytics_activity().await;
        let args: an::AnalyticsWindow = wit(november(json!({"campaign_ids": [a.replied]})));
        let (out, sent) = typed!(h, smartlead_connector_analytics.call_list_all_smartlead_analytics_campaign_responses(&args, &page(10)));
        assert_eq!((route(&sent), sent[0].query("campaign_ids")), (("GET", "/analytics/campaign/response-stats"), Some(a.replied.to_string().as_str())));
        assert_eq!(ok(out)["result"], json!([{"campaign_id": a.replied, "campaign_name": "E2E", "positive_reply": 1, "neutral_reply": 0, "negative_reply": 0}]));
    }

    list_all_smartlead_analytics_campaign_statuses(h) {
        h.analytics_activity().await;
        let (out, sent) = typed!(h, smartlead_connector_analytics.call_list_all_smartlead_analytics_campaign_statuses(&wit(json!({"client_ids": null})), &page(10)));
        assert_eq!(route(&sent), ("GET", "/analytics/campaign/status-stats"));
        assert_eq!(ok(out)["result"], json!([{"status": "DRAFTED", "count": 2}]));
    }
}
