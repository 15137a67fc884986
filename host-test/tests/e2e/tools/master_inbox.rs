//! The master inbox's tools through the JSON path: Smartlead's argument names, one id
//! or a list in filters, paging by next_cursor, and the confirmation of a domain block.

use super::*;

tool_tests! {
    list_all_smartlead_master_inbox_replies(h) {
        let (campaign, maps) = h.conversations(3).await;
        let page = h.ok("list_all_smartlead_master_inbox_replies", json!({"filters": {"campaignId": campaign}, "limit": 2})).await;
        assert_eq!(page["result"][0]["campaign_lead_map_id"], maps[0]);
        let rest = h.ok("list_all_smartlead_master_inbox_replies", json!({"filters": {"campaignId": campaign}, "next_cursor": page["next_cursor"]})).await;
        assert_eq!((rest["result"][0]["campaign_lead_map_id"].as_u64(), rest["next_cursor"].clone()), (Some(maps[2]), Value::Null));
        let e = h.err("list_all_smartlead_master_inbox_replies", json!({"limit": 21})).await;
        assert!(e.kind == "invalid_input" && e.message.contains("between 1 and 20"), "{e}");
    }

    list_all_smartlead_master_inbox_sent(h) {
        let (campaign, _) = h.campaign_with_leads(2).await;
        let page = h.ok("list_all_smartlead_master_inbox_sent", json!({"filters": {"campaignId": [campaign]}})).await;
        assert_eq!(page["result_count"], 2);
        assert_eq!(h.err("list_all_smartlead_master_inbox_sent", json!({"fetch_message_history": true})).await.kind, "invalid_input", "sent has no history flag");
    }

    list_all_smartlead_master_inbox_assigned_to_me(h) {
        let (_, maps) = h.conversations(1).await;
        h.ok("smartlead_master_inbox_assign_team_member", json!({"email_lead_map_id": maps[0], "team_member_id": 5})).await;
        let page = h.ok("list_all_smartlead_master_inbox_assigned_to_me", json!({})).await;
        assert_eq!(page["result"][0]["assigned_to"]["id"], 5);
    }

    list_all_smartlead_master_inbox_unread_replies(h) {
        let (campaign, maps) = h.conversations(2).await;
        h.ok("smartlead_master_inbox_change_read_status", json!({"email_lead_map_id": maps[1], "read_status": true})).await;
        let page = h.ok("list_all_smartlead_master_inbox_unread_replies", json!({"filters": {"campaignId": campaign}})).await;
        assert_eq!((page["result_count"].as_u64(), page["result"][0]["campaign_lead_map_id"].as_u64()), (Some(1), Some(maps[0])));
    }

    list_all_smartlead_master_inbox_important(h) {
        let (_, maps) = h.conversations(1).await;
        h.mock.with_store(|s| s.inbox.insert(maps[0], json!({"is_important": true})));
        let page = h.ok("list_all_smartlead_master_inbox_important", json!({})).await;
        assert_eq!(page["result"][0]["is_important"], true);
    }

    list_all_smartlead_master_inbox_snoozed(h) {
        let (_, maps) = h.conversations(1).await;
        h.mock.with_store(|s| s.inbox.insert(maps[0], json!({"snoozed_until": "2026-02-01T00:00:00Z"})));
        let page = h.ok("list_all_smartlead_master_inbox_snoozed", json!({})).await;
        assert_eq!(page["result"][0]["snoozed_until"], "2026-02-01T00:00:00Z");
    }

    list_all_smartlead_master_inbox_scheduled(h) {
        let (_, maps) = h.conversations(1).await;
        h.mock.with_store(|s| s.inbox.insert(maps[0], json!({"scheduled_time": "2026-02-02T00:00:00Z"})));
        let page = h.ok("list_all_smartlead_master_inbox_scheduled", json!({"sortBy": "SCHEDULED_TIME_DESC"})).await;
        assert_eq!(page["result"][0]["scheduled_time"], "2026-02-02T00:00:00Z");
        assert_eq!(h.sent("POST", "/master-inbox/scheduled")[0].body.as_ref().unwrap()["sortBy"], "SCHEDULED_TIME_DESC");
    }

    list_all_smartlead_master_inbox_reminders(h) {
        let (_, maps) = h.conversations(1).await;
        h.ok("smartlead_master_inbox_set_reminder", json!({"email_lead_map_id": maps[0], "email_stats_id": "s", "message": "Ping", "reminder_time": "2026-02-03T00:00:00Z"})).await;
        let page = h.ok("list_all_smartlead_master_inbox_reminders", json!({})).await;
        assert_eq!(page["result"][0]["reminder_time"], "2026-02-03T00:00:00Z");
    }

    list_all_smartlead_master_inbox_archived(h) {
        let (_, maps) = h.conversations(2).await;
        h.mock.with_store(|s| s.inbox.insert(maps[0], json!({"is_archived": true})));
        let page = h.ok("list_all_smartlead_master_inbox_archived", json!({})).await;
        assert_eq!((page["result_count"].as_u64(), page["result"][0]["is_archived"].as_bool()), (Some(1), Some(true)));
    }

    list_all_smartlead_master_inbox_custom_view(h) {
        let (campaign, _) = h.conversations(2).await;
        let page = h.ok("list_all_smartlead_master_inbox_custom_view", json!({"filters": {"campaignId": campaign, "subSequenceId": 4}})).await;
        assert_eq!(page["result_count"], 2);
        assert_eq!(h.sent("POST", "/master-inbox/views")[0].body.as_ref().unwrap()["filters"], json!({"campaignId": campaign, "subSequenceId": 4}));
    }

    get_single_smartlead_master_inbox_item_by_id(h) {
        let (_, maps) = h.conversations(1).await;
        let item = h.ok("get_single_smartlead_master_inbox_item_by_id", json!({"id": maps[0]})).await;
        assert_eq!(item["message_history"][1]["body"], "<p>Tell me more</p>");
        assert_eq!(item["stats"]["total_sent"], 1, "unmodelled fields stay as they came");
    }

    list_all_smartlead_master_inbox_untracked_replies(h) {
        let page = h.ok("list_all_smartlead_master_inbox_untracked_replies", json!({"limit": 2})).await;
        assert_eq!((page["result_count"].as_u64(), page["result"][0]["body"].clone()), (Some(2), Value::Null), "no body unless fetchBody");
        let rest = h.ok("list_all_smartlead_master_inbox_untracked_replies", json!({"next_cursor": page["next_cursor"]})).await;
        assert_eq!((rest["result"][0]["subject"].as_str(), rest["next_cursor"].clone()), (Some("Question 3"), Value::Null));
        let e = h.err("list_all_smartlead_master_inbox_untracked_replies", json!({"next_cursor": page["next_cursor"], "fetchBody": true})).await;
        assert!(e.kind == "invalid_input" && e.message.contains("different"), "a cursor is bound to its arguments: {e}");
        let all = h.ok("list_all_smartlead_master_inbox_untracked_replies", json!({"fetchBody": true, "limit": 100})).await;
        assert_eq!((all["result_count"].as_u64(), all["result"][2]["body"].as_str()), (Some(3), Some("<p>Hello 3</p>")));
    }

    smartlead_master_inbox_reply_status(h) {
        let (_, maps) = h.conversations(1).await;
        let status = h.ok("smartlead_master_inbox_reply_status", json!({"message_id": format!("<m{}@sender.test>", maps[0])})).await;
        assert_eq!(status["status"], "SENT");
        assert_eq!(h.err("smartlead_master_inbox_reply_status", json!({"message_id": " "})).await.kind, "invalid_input");
    }

    smartlead_master_inbox_change_read_status(h) {
        let (_, maps) = h.conversations(1).await;
        let changed = h.ok("smartlead_master_inbox_change_read_status", json!({"email_lead_map_id": maps[0], "read_status": true})).await;
        assert_eq!(changed["is_read"], true);
        assert_eq!(h.err("smartlead_master_inbox_change_read_status", json!({"email_lead_map_id": 1, "read_status": true})).await.kind, "not_found");
    }

    smartlead_master_inbox_update_category(h) {
        let (_, maps) = h.conversations(1).await;
        h.ok("smartlead_master_inbox_update_category", json!({"email_lead_map_id": maps[0], "category_id": 1})).await;
        let item = h.ok("get_single_smartlead_master_inbox_item_by_id", json!({"id": maps[0]})).await;
        assert_eq!(item["category"], json!({"id": 1, "name": "Interested", "email": null}));
    }

    smartlead_master_inbox_update_revenue(h) {
        let (_, maps) = h.conversations(1).await;
        let changed = h.ok("smartlead_master_inbox_update_revenue", json!({"email_lead_map_id": maps[0], "revenue": 99})).await;
        assert_eq!(changed["revenue"], json!(99.0));
    }

    smartlead_master_inbox_resume_lead(h) {
        let (campaign, maps) = h.conversations(1).await;
        let resumed = h.ok("smartlead_master_inbox_resume_lead", json!({"campaign_id": campaign, "email_lead_map_id": maps[0]})).await;
        assert_eq!(resumed["will_resume_at"], "+0d");
        let e = h.err("smartlead_master_inbox_resume_lead", json!({"campaign_id": campaign + 1, "email_lead_map_id": maps[0]})).await;
        assert!(e.kind == "remote" && e.message.contains("not in this campaign"), "{e}");
    }

    smartlead_master_inbox_assign_team_member(h) {
        let (_, maps) = h.conversations(1).await;
        let assigned = h.ok("smartlead_master_inbox_assign_team_member", json!({"email_lead_map_id": maps[0], "team_member_id": 8})).await;
        assert_eq!(assigned["assigned_at"].is_string(), true);
    }

    smartlead_master_inbox_create_note(h) {
        let (_, maps) = h.conversations(1).await;
        let note = h.ok("smartlead_master_inbox_create_note", json!({"email_lead_map_id": maps[0], "note_message": "Warm"})).await;
        assert_eq!(note["note_message"], "Warm");
        assert_eq!(h.err("smartlead_master_inbox_create_note", json!({"email_lead_map_id": maps[0], "note_message": ""})).await.kind, "invalid_input");
        assert_eq!(h.sent("POST", "/master-inbox/create-note").len(), 1, "an empty note is not sent");
    }

    smartlead_master_inbox_create_task(h) {
        let (_, maps) = h.conversations(1).await;
        let task = h.ok("smartlead_master_inbox_create_task", json!({"email_lead_map_id": maps[0], "name": "Call"})).await;
        assert_eq!(task["priority"], "MEDIUM", "Smartlead's default");
        let e = h.err("smartlead_master_inbox_create_task", json!({"email_lead_map_id": maps[0], "name": "Call", "priority": "URGENT"})).await;
        assert!(e.kind == "invalid_input" && e.message.contains("priority"), "{e}");
    }

    smartlead_master_inbox_set_reminder(h) {
        let (_, maps) = h.conversations(1).await;
        let reminder = h.ok("smartlead_master_inbox_set_reminder", json!({"email_lead_map_id": maps[0], "email_stats_id": "s", "message": "Ping", "reminder_time": "2026-02-04T00:00:00Z"})).await;
        assert_eq!(reminder["reminder_time"], "2026-02-04T00:00:00Z");
    }

    smartlead_master_inbox_push_to_subsequence(h) {
        let (_, maps) = h.conversations(1).await;
        let pushed = h.ok("smartlead_master_inbox_push_to_subsequence", json!({"email_lead_map_id": maps[0], "sub_sequence_id": 3})).await;
        assert_eq!((pushed["sub_sequence_id"].as_u64(), pushed["stop_on_parent_reply"].as_bool()), (Some(3), Some(false)));
    }

    smartlead_master_inbox_block_domains(h) {
        let refused = h.err("smartlead_master_inbox_block_domains", json!({"domains": ["rival.test"], "confirm": false})).await;
        assert_eq!(refused.kind, "invalid_input");
        assert!(h.mock.with_store(|s| s.blocked_domains.is_empty()), "nothing blocked without confirmation");
        let blocked = h.ok("smartlead_master_inbox_block_domains", json!({"domains": ["rival.test"], "confirm": true})).await;
        assert_eq!(blocked["source"], "manual");
        assert_eq!(h.mock.with_store(|s| s.blocked_domains.clone()), ["rival.test"]);
    }
}
