//! A campaign's less common actions and reports as tools, and one email sent outside
//! campaigns: what sends email is confirmed first.

use super::*;

tool_tests! {
    smartlead_campaigns_duplicate(h) {
        let id = h.ok("create_a_smartlead_campaign", json!({"name": "Launch", "client_id": 7})).await["id"].as_u64().unwrap();
        let copy = h.ok("smartlead_campaigns_duplicate", json!({"campaign_id": id, "duplicate_client_label": true})).await["id"].as_u64().unwrap();
        let got = h.ok("get_single_smartlead_campaign_by_id", json!({"campaign_id": copy})).await;
        assert_eq!((got["name"].as_str(), got["client_id"].as_u64()), (Some("Launch (copy)"), Some(7)));
    }

    create_a_smartlead_subsequence(h) {
        let parent = h.ok("create_a_smartlead_campaign", json!({"name": "Parent"})).await["id"].as_u64().unwrap();
        let sub = h.ok("create_a_smartlead_subsequence", json!({"parent_campaign_id": parent, "condition_events": [{"event": "EMAIL_OPEN"}]})).await["id"].as_u64().unwrap();
        let got = h.ok("get_single_smartlead_campaign_by_id", json!({"campaign_id": sub})).await;
        assert_eq!(got["parent_campaign_id"].as_u64(), Some(parent));
        let e = h.err("create_a_smartlead_subsequence", json!({"parent_campaign_id": 1})).await;
        assert_eq!((e.kind, e.status), ("remote", Some(400)));
    }

    smartlead_campaigns_forward_email(h) {
        let (id, _) = h.campaign_with_leads(1).await;
        let (message_id, stats_id) = h.mock.with_store(|s| {
            let m = &s.campaign_leads(id).next().unwrap().1.messages[0];
            (m["message_id"].clone(), m["stats_id"].clone())
        });
        let args = json!({"campaign_id": id, "message_id": message_id, "stats_id": stats_id, "to_emails": ["boss@example.com"]});
        let mut unconfirmed = args.clone();
        unconfirmed["confirm"] = json!(false);
        assert_eq!(h.err("smartlead_campaigns_forward_email", unconfirmed).await.kind, "invalid_input");
        assert!(h.mock.with_store(|s| s.forwards.is_empty()), "refused: nothing forwarded");
        let mut confirmed = args;
        confirmed["confirm"] = json!(true);
        assert_eq!(h.ok("smartlead_campaigns_forward_email", confirmed).await["status"], "sent");
        assert_eq!(h.mock.with_store(|s| s.forwards.len()), 1);
    }

    smartlead_campaigns_assign_team_member(h) {
        let id = h.ok("create_a_smartlead_campaign", json!({"name": "Owned"})).await["id"].as_u64().unwrap();
        h.ok("smartlead_campaigns_assign_team_member", json!({"campaign_id": id, "teamMemberId": 7})).await;
        h.ok("smartlead_campaigns_assign_team_member", json!({"campaign_id": id})).await;
        let bodies: Vec<Value> = h.sent("POST", &format!("/campaigns/{id}/team-member")).into_iter().map(|r| r.body.unwrap()).collect();
        assert_eq!(bodies, [json!({"teamMemberId": 7}), json!({"teamMemberId": null})], "absent unassigns, sent as null");
    }

    smartlead_campaigns_update_lead_email_account(h) {
        let (id, leads) = h.campaign_with_leads(1).await;
        let e = h.err("smartlead_campaigns_update_lead_email_account", json!({"email_account_id": 1, "email_campaign_id": id, "email_lead_id": leads[0]})).await;
        assert!(e.kind == "remote" && e.message.contains("not one of the campaign's"), "{e}");
    }

    list_all_smartlead_lead_activities(h) {
        h.conversations(3).await;
        let page = h.ok("list_all_smartlead_lead_activities", json!({"limit": 2})).await;
        assert_eq!(page["result_count"], 2);
        let rest = h.ok("list_all_smartlead_lead_activities", json!({"next_cursor": page["next_cursor"]})).await;
        assert_eq!(rest["result_count"], 1);
        assert_eq!(h.err("list_all_smartlead_lead_activities", json!({"limit": 1001})).await.kind, "invalid_input");
    }

    smartlead_campaigns_top_level_analytics_by_date(h) {
        let (id, _) = h.campaign_with_leads(2).await;
        let totals = h.ok("smartlead_campaigns_top_level_analytics_by_date", json!({"campaign_id": id, "start_date": "2025-11-01", "end_date": "2025-11-30"})).await;
        assert_eq!((totals["total_sent"].as_u64(), totals["reply_rate"].as_f64()), (Some(2), Some(0.0)));
        assert_eq!(h.err("smartlead_campaigns_top_level_analytics_by_date", json!({"campaign_id": id, "start_date": "2025-11-30", "end_date": "2025-11-01"})).await.kind, "invalid_input");
    }

    list_all_smartlead_campaign_lead_statistics(h) {
        let (id, _) = h.campaign_with_leads(2).await;
        let page = h.ok("list_all_smartlead_campaign_lead_statistics", json!({"campaign_id": id})).await;
        assert_eq!((page["result_count"].as_u64(), page["result"][0]["status"].as_str()), (Some(2), Some("STARTED")), "rows as Smartlead sends them");
    }

    list_all_smartlead_campaign_mailbox_statistics(h) {
        let id = h.ok("create_a_smartlead_campaign", json!({"name": "Empty"})).await["id"].as_u64().unwrap();
        let page = h.ok("list_all_smartlead_campaign_mailbox_statistics", json!({"campaign_id": id})).await;
        assert_eq!((page["result_count"].as_u64(), page["next_cursor"].clone()), (Some(0), Value::Null));
    }

    smartlead_campaign_leads_manual_complete(h) {
        let (id, leads) = h.campaign_with_leads(1).await;
        let map = h.mock.with_store(|s| s.memberships[&(id, leads[0])].map_id);
        h.ok("smartlead_campaign_leads_manual_complete", json!({"campaign_id": id, "lead_map_id": map})).await;
        let page = h.ok("list_all_smartlead_campaign_leads", json!({"campaign_id": id})).await;
        assert_eq!(page["result"][0]["status"], "COMPLETED");
    }

    smartlead_utilities_send_single_email(h) {
        let email = json!({"to": "lead@example.com", "subject": "Hi", "body": "<p>Hi</p>", "fromEmailId": h.mock.with_store(|s| *s.email_accounts.keys().next().unwrap())});
        let mut unconfirmed = email.clone();
        unconfirmed["confirm"] = json!(false);
        assert_eq!(h.err("smartlead_utilities_send_single_email", unconfirmed).await.kind, "invalid_input");
        assert!(h.sent("POST", "/send-email/initiate").is_empty(), "refused: nothing sent");
        let mut confirmed = email;
        confirmed["confirm"] = json!(true);
        assert_eq!(h.ok("smartlead_utilities_send_single_email", confirmed).await["message_id"], "<single1@sender.test>");
        let e = h.err("smartlead_utilities_send_single_email", json!({"to": "lead@example.com", "subject": "Hi", "body": "x", "fromEmail": "ada@sender.test",
            "attachments": [{"filename": "a.txt", "content": "not base64!", "mimeType": "text/plain"}], "confirm": true})).await;
        assert!(e.kind == "invalid_input" && e.message.contains("base64"), "{e}");
    }
}
