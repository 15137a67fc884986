//! The master inbox's typed functions: views paged by `offset`/`limit` in the POST body,
//! the history flag in the query, one thread, untracked replies, and every action.

use super::*;
use smartlead_host::bindings::master_inbox as mi;

/// A view's arguments: the filters (WIT names) and nothing else.
fn view(filters: Value) -> mi::InboxView {
    wit(json!({"filters": filters, "sort_by": null, "fetch_message_history": null}))
}

fn filters(campaign: u64) -> Value {
    json!({"search": null, "lead_categories": null, "email_status": null, "campaign_id": [campaign], "email_account_id": null,
           "campaign_team_member_id": null, "campaign_tag_id": null, "campaign_client_id": null, "reply_time_between": null, "sub_sequence_id": null})
}

/// Sets a conversation's inbox state in the mock, as the app would.
fn mark(h: &Harness, map: u64, key: &str, value: Value) {
    h.mock.with_store(|s| s.inbox.entry(map).or_insert_with(|| json!({}))[key] = value);
}

/// Calls one view through its typed function with the campaign filter; checks the request
/// (POST body paging, campaign id as one number) and gives the conversations' map ids.
macro_rules! view_test {
    ($h:ident, $f:ident, $path:literal, $args:expr, $campaign:expr) => {{
        let (out, sent) = typed!($h, smartlead_connector_master_inbox.$f(&$args, &page(20)));
        let (method, path, body) = only(&sent);
        assert_eq!((method, path), ("POST", $path));
        let body = body.unwrap();
        assert_eq!((body["offset"].as_u64(), body["limit"].as_u64(), body["filters"]["campaignId"].as_u64()), (Some(0), Some(20), Some($campaign)), "{body}");
        let page = ok(out);
        page["result"].as_array().unwrap().iter().map(|i| i["campaign_lead_map_id"].as_u64().unwrap()).collect::<Vec<u64>>()
    }};
}

typed_tests! {
    list_all_smartlead_master_inbox_replies(h) {
        let (campaign, maps) = h.conversations(3).await;
        let args: mi::InboxView = wit(json!({"filters": filters(campaign), "sort_by": "REPLY_TIME_DESC", "fetch_message_history": true}));
        let (out, sent) = typed!(h, smartlead_connector_master_inbox.call_list_all_smartlead_master_inbox_replies(&args, &page(2)));
        assert_eq!((sent[0].method.as_str(), sent[0].path.as_str(), sent[0].query("fetch_message_history")), ("POST", "/master-inbox/inbox-replies", Some("true")));
        let body = sent[0].body.clone().unwrap();
        assert_eq!((body["offset"].clone(), body["limit"].clone(), body["sortBy"].clone(), body["filters"]["campaignId"].clone()), (json!(0), json!(2), json!("REPLY_TIME_DESC"), json!(campaign)));
        assert!(body.get("fetch_message_history").is_none(), "the flag is a query parameter: {body}");
        let first = ok(out);
        let item = &first["result"][0];
        assert_eq!(item["campaign_lead_map_id"].as_u64(), Some(maps[0]), "the map id Smartlead sends as text arrives as a number");
        assert_eq!((item["lead"]["email"].as_str(), item["campaign"]["id"].as_u64()), (Some("lead0@example.com"), Some(campaign)));
        assert_eq!((item["last_message"]["subject"].as_str(), item["is_read"].as_bool()), (Some("Re: Quick question"), Some(false)));
        assert_eq!(item["message_history"].as_array().map(Vec::len), Some(2), "the thread: {item}");
        let stats = item["extra"].as_array().unwrap().iter().find(|kv| kv[0] == "stats").unwrap();
        assert_eq!(serde_json::from_str::<Value>(stats[1].as_str().unwrap()).unwrap()["total_replied"], 1, "unmodelled fields are kept as JSON");
        let next = Page { limit: Some(2), cursor: first["next_cursor"].as_str().map(str::to_string) };
        let (out, sent) = typed!(h, smartlead_connector_master_inbox.call_list_all_smartlead_master_inbox_replies(&args, &next));
        assert_eq!(sent[0].body.as_ref().unwrap()["offset"], 2);
        let rest = ok(out);
        assert_eq!((rest["result_count"].as_u64(), rest["next_cursor"].clone()), (Some(1), Value::Null), "total_count ends the list");
    }

    list_all_smartlead_master_inbox_sent(h) {
        let (campaign, _) = h.campaign_with_leads(2).await;
        let args: mi::InboxViewWithoutHistory = wit(json!({"filters": filters(campaign), "sort_by": null}));
        let maps = view_test!(h, call_list_all_smartlead_master_inbox_sent, "/master-inbox/sent", args, campaign);
        assert_eq!(maps.len(), 2, "every lead emailed, replied or not");
    }

    list_all_smartlead_master_inbox_assigned_to_me(h) {
        let (campaign, maps) = h.conversations(2).await;
        h.ok("smartlead_master_inbox_assign_team_member", json!({"email_lead_map_id": maps[1], "team_member_id": 12})).await;
        let found = view_test!(h, call_list_all_smartlead_master_inbox_assigned_to_me, "/master-inbox/assigned-me", view(filters(campaign)), campaign);
        assert_eq!(found, vec![maps[1]]);
    }

    list_all_smartlead_master_inbox_unread_replies(h) {
        let (campaign, maps) = h.conversations(2).await;
        h.ok("smartlead_master_inbox_change_read_status", json!({"email_lead_map_id": maps[0], "read_status": true})).await;
        let found = view_test!(h, call_list_all_smartlead_master_inbox_unread_replies, "/master-inbox/unread-replies", view(filters(campaign)), campaign);
        assert_eq!(found, vec![maps[1]]);
    }

    list_all_smartlead_master_inbox_important(h) {
        let (campaign, maps) = h.conversations(2).await;
        mark(&h, maps[0], "is_important", json!(true));
        let found = view_test!(h, call_list_all_smartlead_master_inbox_important, "/master-inbox/important", view(filters(campaign)), campaign);
        assert_eq!(found, vec![maps[0]]);
    }

    list_all_smartlead_master_inbox_snoozed(h) {
        let (campaign, maps) = h.conversations(2).await;
        mark(&h, maps[1], "snoozed_until", json!("2026-01-05T09:00:00Z"));
        let (out, _) = typed!(h, smartlead_connector_master_inbox.call_list_all_smartlead_master_inbox_snoozed(&view(filters(campaign)), &page(20)));
        let page = ok(out);
        assert_eq!((page["result_count"].as_u64(), page["result"][0]["snoozed_until"].as_str()), (Some(1), Some("2026-01-05T09:00:00Z")));
        let found = view_test!(h, call_list_all_smartlead_master_inbox_snoozed, "/master-inbox/snoozed", view(filters(campaign)), campaign);
        assert_eq!(found, vec![maps[1]]);
    }

    list_all_smartlead_master_inbox_scheduled(h) {
        let (campaign, maps) = h.conversations(1).await;
        mark(&h, maps[0], "scheduled_time", json!("2026-01-06T08:00:00Z"));
        let args: mi::InboxView = wit(json!({"filters": filters(campaign), "sort_by": "SCHEDULED_TIME_ASC", "fetch_message_history": null}));
        let found = view_test!(h, call_list_all_smartlead_master_inbox_scheduled, "/master-inbox/scheduled", args, campaign);
        assert_eq!(found, maps);
        let bad: mi::InboxView = wit(json!({"filters": null, "sort_by": "NEWEST", "fetch_message_history": null}));
        let (out, sent) = typed!(h, smartlead_connector_master_inbox.call_list_all_smartlead_master_inbox_scheduled(&bad, &page(20)));
        assert!(matches!(out, Err(Error::InvalidInput(ref m)) if m.contains("sortBy")), "{out:?}");
        assert!(sent.is_empty(), "refused before sending");
    }

    list_all_smartlead_master_inbox_reminders(h) {
        let (campaign, maps) = h.conversations(2).await;
        h.ok("smartlead_master_inbox_set_reminder", json!({"email_lead_map_id": maps[0], "email_stats_id": "s-1", "message": "Call back", "reminder_time": "2026-01-07T10:00:00Z"})).await;
        let args: mi::InboxViewWithoutHistory = wit(json!({"filters": filters(campaign), "sort_by": "REMINDER_TIME_ASC"}));
        let (out, _) = typed!(h, smartlead_connector_master_inbox.call_list_all_smartlead_master_inbox_reminders(&args, &page(20)));
        let item = ok(out)["result"][0].clone();
        assert_eq!((item["reminder_message"].as_str(), item["is_overdue"].as_bool()), (Some("Call back"), Some(false)));
        let found = view_test!(h, call_list_all_smartlead_master_inbox_reminders, "/master-inbox/reminders", args, campaign);
        assert_eq!(found, vec![maps[0]]);
    }

    list_all_smartlead_master_inbox_archived(h) {
        let (campaign, maps) = h.conversations(2).await;
        mark(&h, maps[1], "is_archived", json!(true));
        let found = view_test!(h, call_list_all_smartlead_master_inbox_archived, "/master-inbox/archived", view(filters(campaign)), campaign);
        assert_eq!(found, vec![maps[1]]);
    }

    list_all_smartlead_master_inbox_custom_view(h) {
        let (campaign, maps) = h.conversations(2).await;
        let found = view_test!(h, call_list_all_smartlead_master_inbox_custom_view, "/master-inbox/views", view(filters(campaign)), campaign);
        assert_eq!(found, maps);
        // This view takes one id per filter: Smartlead's 422 comes back as what it is.
        let mut two = filters(campaign);
        two["campaign_id"] = json!([campaign, campaign + 1]);
        let (out, _) = typed!(h, smartlead_connector_master_inbox.call_list_all_smartlead_master_inbox_custom_view(&view(two), &page(20)));
        assert!(matches!(out, Err(Error::Remote(ref e)) if e.status == 422 && e.message.contains("single number")), "{out:?}");
    }

    get_single_smartlead_master_inbox_item_by_id(h) {
        let (campaign, maps) = h.conversations(1).await;
        let (out, sent) = typed!(h, smartlead_connector_master_inbox.call_get_single_smartlead_master_inbox_item_by_id(wit(json!({"id": maps[0]}))));
        assert_eq!(route(&sent), ("GET", format!("/master-inbox/{}", maps[0]).as_str()));
        let item = ok(out);
        assert_eq!((item["campaign"]["id"].as_u64(), item["message_history"][1]["direction"].as_str()), (Some(campaign), Some("received")));
        let (out, _) = typed!(h, smartlead_connector_master_inbox.call_get_single_smartlead_master_inbox_item_by_id(wit(json!({"id": 1}))));
        assert!(matches!(out, Err(Error::NotFound(_))), "{out:?}");
    }

    list_all_smartlead_master_inbox_untracked_replies(h) {
        let args: mi::UntrackedFilter = wit(json!({"fetch_body": true, "fetch_attachments": null, "from_email": "stranger2@elsewhere.test", "to_email": null, "subject_line": null}));
        let (out, sent) = typed!(h, smartlead_connector_master_inbox.call_list_all_smartlead_master_inbox_untracked_replies(&args, &page(100)));
        assert_eq!(route(&sent), ("GET", "/master-inbox/untracked-replies"));
        assert_eq!((sent[0].query("fetchBody"), sent[0].query("from_email"), sent[0].query("limit")), (Some("true"), Some("stranger2@elsewhere.test"), Some("100")));
        let reply = ok(out)["result"][0].clone();
        assert_eq!((reply["subject"].as_str(), reply["body"].as_str(), reply["has_attachments"].as_bool()), (Some("Question 2"), Some("<p>Hello 2</p>"), Some(true)));
        let attachments = reply["extra"].as_array().unwrap().iter().find(|kv| kv[0] == "attachments").unwrap()[1].clone();
        assert_eq!(attachments, json!(r#"[{"name":"deck.pdf"}]"#));
    }

    smartlead_master_inbox_reply_status(h) {
        let (_, maps) = h.conversations(1).await;
        let message_id = format!("<reply1-{}@lead.test>", maps[0]);
        let (out, sent) = typed!(h, smartlead_connector_master_inbox.call_smartlead_master_inbox_reply_status(&wit(json!({"message_id": message_id}))));
        assert_eq!((route(&sent), sent[0].query("message_id")), (("GET", "/master-inbox/reply-status"), Some(message_id.as_str())));
        let status = ok(out);
        assert_eq!((status["status"].as_str(), status["message_id"].as_str()), (Some("SENT"), Some(message_id.as_str())));
        let (out, _) = typed!(h, smartlead_connector_master_inbox.call_smartlead_master_inbox_reply_status(&wit(json!({"message_id": "<none@x>"}))));
        assert!(matches!(out, Err(Error::NotFound(_))), "{out:?}");
    }

    smartlead_master_inbox_change_read_status(h) {
        let (_, maps) = h.conversations(1).await;
        let (out, sent) = typed!(h, smartlead_connector_master_inbox.call_smartlead_master_inbox_change_read_status(wit(json!({"email_lead_map_id": maps[0], "read_status": true}))));
        let (method, path, body) = only(&sent);
        assert_eq!((method, path, body.cloned()), ("PATCH", "/master-inbox/change-read-status", Some(json!({"email_lead_map_id": maps[0], "read_status": true}))));
        assert_eq!((ok(out)["is_read"].as_bool()), Some(true));
        assert_eq!(h.mock.with_store(|s| s.inbox[&maps[0]]["is_read"].clone()), true);
    }

    smartlead_master_inbox_update_category(h) {
        let (campaign, maps) = h.conversations(1).await;
        let (out, sent) = typed!(h, smartlead_connector_master_inbox.call_smartlead_master_inbox_update_category(wit(json!({"email_lead_map_id": maps[0], "category_id": 2}))));
        let (method, path, body) = only(&sent);
        assert_eq!((method, path, body.cloned()), ("PATCH", "/master-inbox/update-category", Some(json!({"email_lead_map_id": maps[0], "category_id": 2}))));
        assert_eq!(ok(out)["message"], "Lead category updated successfully");
        assert_eq!(h.mock.with_store(|s| s.memberships.iter().find(|((c, _), m)| *c == campaign && m.map_id == maps[0]).unwrap().1.category_id), Some(2));
    }

    smartlead_master_inbox_update_revenue(h) {
        let (_, maps) = h.conversations(1).await;
        let (out, sent) = typed!(h, smartlead_connector_master_inbox.call_smartlead_master_inbox_update_revenue(wit(json!({"email_lead_map_id": maps[0], "revenue": 1250.5}))));
        assert_eq!(only(&sent).2.cloned(), Some(json!({"email_lead_map_id": maps[0], "revenue": 1250.5})));
        assert_eq!(ok(out)["revenue"].as_f64(), Some(1250.5));
        let (out, sent) = typed!(h, smartlead_connector_master_inbox.call_smartlead_master_inbox_update_revenue(wit(json!({"email_lead_map_id": maps[0], "revenue": -1.0}))));
        assert!(matches!(out, Err(Error::InvalidInput(ref m)) if m.contains("revenue")) && sent.is_empty(), "{out:?}");
    }

    smartlead_master_inbox_resume_lead(h) {
        let (campaign, maps) = h.conversations(1).await;
        let args = wit(json!({"campaign_id": campaign, "email_lead_map_id": maps[0], "resume_delay_days": 2}));
        let (out, sent) = typed!(h, smartlead_connector_master_inbox.call_smartlead_master_inbox_resume_lead(args));
        let (method, path, body) = only(&sent);
        assert_eq!((method, path, body.cloned()), ("PATCH", "/master-inbox/resume-lead", Some(json!({"campaign_id": campaign, "email_lead_map_id": maps[0], "resume_delay_days": 2}))));
        assert_eq!((ok(out)["will_resume_at"].as_str()), Some("+2d"));
    }

    smartlead_master_inbox_assign_team_member(h) {
        let (_, maps) = h.conversations(1).await;
        let (out, sent) = typed!(h, smartlead_connector_master_inbox.call_smartlead_master_inbox_assign_team_member(wit(json!({"email_lead_map_id": maps[0], "team_member_id": 77}))));
        assert_eq!(route(&sent), ("POST", "/master-inbox/update-team-member"));
        assert_eq!(ok(out)["team_member_id"].as_u64(), Some(77));
        assert_eq!(h.mock.with_store(|s| s.inbox[&maps[0]]["team_member_id"].clone()), 77);
    }

    smartlead_master_inbox_create_note(h) {
        let (_, maps) = h.conversations(1).await;
        let (out, sent) = typed!(h, smartlead_connector_master_inbox.call_smartlead_master_inbox_create_note(&wit(json!({"email_lead_map_id": maps[0], "note_message": "Budget approved"}))));
        assert_eq!(only(&sent).2.cloned(), Some(json!({"email_lead_map_id": maps[0], "note_message": "Budget approved"})));
        let note = ok(out);
        assert!(note["id"].is_u64(), "{note}");
        assert_eq!(h.mock.with_store(|s| s.notes.len()), 1);
    }

    smartlead_master_inbox_create_task(h) {
        let (_, maps) = h.conversations(1).await;
        let args = wit(json!({"email_lead_map_id": maps[0], "name": "Send pricing", "description": null, "priority": "HIGH", "due_date": "2026-01-10"}));
        let (out, sent) = typed!(h, smartlead_connector_master_inbox.call_smartlead_master_inbox_create_task(&args));
        assert_eq!(only(&sent).2.cloned(), Some(json!({"email_lead_map_id": maps[0], "name": "Send pricing", "priority": "HIGH", "due_date": "2026-01-10"})));
        let task = ok(out);
        assert_eq!((task["id"].as_u64(), task["priority"].as_str()), (h.mock.with_store(|s| s.tasks[0]["id"].as_u64()), Some("HIGH")), "task_id read as id");
    }

    smartlead_master_inbox_set_reminder(h) {
        let (_, maps) = h.conversations(1).await;
        let args = wit(json!({"email_lead_map_id": maps[0], "email_stats_id": "s-9", "message": "Follow up", "reminder_time": "2026-01-08T09:00:00Z"}));
        let (out, sent) = typed!(h, smartlead_connector_master_inbox.call_smartlead_master_inbox_set_reminder(&args));
        assert_eq!(route(&sent), ("POST", "/master-inbox/set-reminder"));
        let reminder = ok(out);
        assert_eq!((reminder["message"].as_str(), reminder["id"].is_u64()), (Some("Follow up"), true));
    }

    smartlead_master_inbox_push_to_subsequence(h) {
        let (campaign, maps) = h.conversations(1).await;
        let args = wit(json!({"email_lead_map_id": maps[0], "sub_sequence_id": 31, "sub_sequence_delay_time": 3600, "stop_lead_on_parent_campaign_reply": true}));
        let (out, sent) = typed!(h, smartlead_connector_master_inbox.call_smartlead_master_inbox_push_to_subsequence(args));
        assert_eq!(only(&sent).2.unwrap()["sub_sequence_delay_time"], 3600);
        let pushed = ok(out);
        assert_eq!((pushed["parent_campaign_id"].as_u64(), pushed["will_start_at"].as_str(), pushed["stop_on_parent_reply"].as_bool()), (Some(campaign), Some("+3600s"), Some(true)));
    }

    smartlead_master_inbox_block_domains(h) {
        let args: mi::DomainBlock = wit(json!({"domains": ["competitor.com", "spam.test"], "source": "complaint"}));
        let (out, sent) = typed!(h, smartlead_connector_master_inbox.call_smartlead_master_inbox_block_domains(&args));
        assert_eq!(only(&sent).2.cloned(), Some(json!({"domains": ["competitor.com", "spam.test"], "source": "complaint"})));
        assert_eq!(ok(out)["blocked_domains"], json!(["competitor.com", "spam.test"]));
        let bad: mi::DomainBlock = wit(json!({"domains": ["someone@competitor.com"], "source": null}));
        let (out, sent) = typed!(h, smartlead_connector_master_inbox.call_smartlead_master_inbox_block_domains(&bad));
        assert!(matches!(out, Err(Error::InvalidInput(ref m)) if m.contains("domains[0]")) && sent.is_empty(), "{out:?}");
    }
}
