//! Every tool, end to end: the real component through the real host against the mock,
//! asserting the data returned and what Smartlead received.

use host_test::{Harness, KEY};
use serde_json::{Value, json};
use std::collections::BTreeSet;

/// Declares one `#[tokio::test]` per tool and the list of tools that have one.
macro_rules! tool_tests {
    ($($tool:ident($h:ident) $body:block)*) => {
        pub(crate) const TESTED: &[&str] = &[$(stringify!($tool)),*];
        $(
            #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn $tool() {
                let $h = Harness::new();
                $body
            }
        )*
    };
}

mod account_webhooks;
mod analytics;
mod client_api_keys;
mod campaign_actions;
mod crm;
mod mailboxes;
mod master_inbox;
mod smart_delivery;
mod smart_prospect;
mod smart_senders;
mod webhook_deliveries;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_tool_has_an_end_to_end_test() {
    let h = Harness::new();
    let tools: BTreeSet<String> = h.connector.list_tools().await.unwrap().into_iter().map(|t| t.name).collect();
    let tested: BTreeSet<String> = [TESTED, account_webhooks::TESTED, analytics::TESTED, master_inbox::TESTED, crm::TESTED, smart_senders::TESTED, smart_delivery::TESTED, smart_prospect::TESTED, campaign_actions::TESTED, mailboxes::TESTED, client_api_keys::TESTED, webhook_deliveries::TESTED].concat().iter().map(|t| t.to_string()).collect();
    assert_eq!(tools, smartlead_test_support::catalog_tools().into_iter().collect());
    assert_eq!(tools, tested, "tools without a test, or tests without a tool");
}

fn ids(page: &Value) -> Vec<u64> {
    page["result"].as_array().unwrap().iter().map(|r| r["id"].as_u64().unwrap()).collect()
}

tool_tests! {
    list_all_smartlead_campaigns(h) {
        let a = h.ok("create_a_smartlead_campaign", json!({"name": "A"})).await["id"].as_u64().unwrap();
        let b = h.ok("create_a_smartlead_campaign", json!({"name": "B"})).await["id"].as_u64().unwrap();
        let first = h.ok("list_all_smartlead_campaigns", json!({"limit": 1, "include_tags": true})).await;
        assert_eq!(ids(&first), vec![a]);
        assert_eq!(first["result"][0]["tags"][0]["tag_name"], "Q1");
        assert_eq!(first["result"][0]["scheduler_cron_value"]["days"], json!([1, 2, 3, 4, 5]));
        let second = h.ok("list_all_smartlead_campaigns", json!({"include_tags": true, "next_cursor": first["next_cursor"]})).await;
        assert_eq!(ids(&second), vec![b]);
        assert_eq!(second["next_cursor"], Value::Null);
        assert_eq!(h.sent("GET", "/campaigns")[0].query("include_tags"), Some("true"));
    }

    create_a_smartlead_campaign(h) {
        let created = h.ok("create_a_smartlead_campaign", json!({"name": "Launch", "client_id": 7})).await;
        let id = created["id"].as_u64().unwrap();
        assert_eq!(created["name"], "Launch");
        let stored = h.mock.with_store(|s| s.campaigns[&id].clone());
        assert_eq!((stored.name.as_str(), stored.status.as_str(), stored.client_id), ("Launch", "DRAFTED", Some(7)));
        assert_eq!(h.sent("POST", "/campaigns/create")[0].body, Some(json!({"name": "Launch", "client_id": 7})));
    }

    get_single_smartlead_campaign_by_id(h) {
        let id = h.ok("create_a_smartlead_campaign", json!({"name": "One"})).await["id"].as_u64().unwrap();
        let c = h.ok("get_single_smartlead_campaign_by_id", json!({"id": id})).await;
        assert_eq!((c["id"].as_u64(), c["name"].as_str(), c["status"].as_str()), (Some(id), Some("One"), Some("DRAFTED")));
        assert_eq!(c["track_settings"], json!(["DONT_TRACK_LINK_CLICK"]));
    }

    update_a_smartlead_campaign_by_id(h) {
        let id = h.ok("create_a_smartlead_campaign", json!({})).await["id"].as_u64().unwrap();
        h.ok("update_a_smartlead_campaign_by_id", json!({"id": id, "name": "Renamed", "follow_up_percentage": 40,
            "stop_lead_settings": "CLICK_ON_A_LINK", "out_of_office_detection_settings": {"ignoreOOOasReply": true}})).await;
        let c = h.ok("get_single_smartlead_campaign_by_id", json!({"id": id})).await;
        assert_eq!((c["name"].as_str(), c["follow_up_percentage"].as_u64()), (Some("Renamed"), Some(40)));
        assert_eq!(c["stop_lead_settings"], "CLICK_ON_A_LINK");
        let body = h.sent("POST", &format!("/campaigns/{id}/settings"))[0].body.clone().unwrap();
        assert_eq!(body["out_of_office_detection_settings"], json!({"ignoreOOOasReply": true}));
        let bad = h.err("update_a_smartlead_campaign_by_id", json!({"id": id, "follow_up_percentage": 140})).await;
        assert_eq!(bad.kind, "invalid_input");
    }

    delete_a_smartlead_campaign_by_id(h) {
        let (id, _) = h.campaign_with_leads(2).await;
        let ack = h.ok("delete_a_smartlead_campaign_by_id", json!({"id": id, "confirm": true})).await;
        assert_eq!(ack["ok"], true);
        assert!(h.mock.with_store(|s| !s.campaigns.contains_key(&id) && s.campaign_leads(id).count() == 0));
        assert_eq!(h.err("get_single_smartlead_campaign_by_id", json!({"id": id})).await.kind, "not_found");
    }

    smartlead_campaigns_top_level_analytics(h) {
        let (id, leads) = h.campaign_with_leads(3).await;
        h.ok("smartlead_campaign_leads_pause_lead", json!({"campaign_id": id, "id": leads[0]})).await;
        let a = h.ok("smartlead_campaigns_top_level_analytics", json!({"id": id})).await;
        // The mock sends every count as a string, as Smartlead does.
        assert_eq!(a["sent_count"], json!(3));
        assert_eq!(a["unique_open_count"], json!(3));
        assert_eq!(a["campaign_lead_stats"]["total"], json!(3));
        assert_eq!(a["campaign_lead_stats"]["paused"], json!(1));
        assert_eq!(a["campaign_lead_stats"]["notStarted"], json!(0), "Smartlead's own key names");
    }

    smartlead_campaigns_export_campaign_leads_csv(h) {
        let (id, _) = h.campaign_with_leads(3).await;
        let export = h.ok("smartlead_campaigns_export_campaign_leads_csv", json!({"id": id})).await;
        assert_eq!(export["row_count"], json!(3));
        assert_eq!(export["columns"][8], "email", "the documented column order");
        assert!(export["csv"].as_str().unwrap().contains("lead2@example.com"));
        let row = &export["rows"][2];
        assert_eq!((row["email"].as_str(), row["first_name"].as_str(), row["company_name"].as_str()), (Some("lead2@example.com"), Some("Lead2"), Some("Example")));
        assert!(row["id"].is_u64() && row["open_count"].is_u64() && row["is_unsubscribed"] == false, "typed: {row}");
    }

    smartlead_campaigns_update_campaign_status(h) {
        let id = h.ok("create_a_smartlead_campaign", json!({})).await["id"].as_u64().unwrap();
        h.ok("smartlead_campaigns_update_campaign_status", json!({"id": id, "status": "START"})).await;
        assert_eq!(h.mock.with_store(|s| s.campaigns[&id].status.clone()), "ACTIVE");
        h.ok("smartlead_campaigns_update_campaign_status", json!({"id": id, "status": "PAUSED"})).await;
        assert_eq!(h.mock.with_store(|s| s.campaigns[&id].status.clone()), "PAUSED");
        let e = h.err("smartlead_campaigns_update_campaign_status", json!({"id": id, "status": "ACTIVE"})).await;
        assert_eq!(e.kind, "invalid_input");
        assert!(e.message.contains("START"), "{e}");
    }

    smartlead_campaigns_update_schedule(h) {
        let id = h.ok("create_a_smartlead_campaign", json!({})).await["id"].as_u64().unwrap();
        h.ok("smartlead_campaigns_update_schedule", json!({"id": id, "timezone": "Europe/Berlin", "days_of_the_week": [1, 3],
            "start_hour": "08:30", "end_hour": "16:00", "max_new_leads_per_day": 25})).await;
        let c = h.ok("get_single_smartlead_campaign_by_id", json!({"id": id})).await;
        assert_eq!(c["scheduler_cron_value"], json!({"tz": "Europe/Berlin", "days": [1, 3], "startHour": "08:30", "endHour": "16:00"}));
        let sent = h.sent("POST", &format!("/campaigns/{id}/schedule"));
        assert_eq!(sent[0].body.as_ref().unwrap()["max_new_leads_per_day"], 25);
        let e = h.err("smartlead_campaigns_update_schedule", json!({"id": id, "timezone": "Europe/Berlin", "days_of_the_week": [7],
            "start_hour": "08:30", "end_hour": "16:00"})).await;
        assert!(e.kind == "invalid_input" && e.message.contains("days_of_the_week"), "{e}");
    }

    list_all_smartlead_email_accounts(h) {
        let page = h.ok("list_all_smartlead_email_accounts", json!({"limit": 1})).await;
        assert_eq!(page["result"][0]["from_email"], "ada@sender.test");
        assert_eq!(page["result"][0]["daily_sent_count"], json!(12));
        assert_eq!(page["result"][0]["warmup_details"]["warmup_reputation"], "95%");
        let text = page.to_string();
        assert!(!text.contains("secret-password") && !text.contains("\"password\""), "a password leaked: {text}");
        let next = h.ok("list_all_smartlead_email_accounts", json!({"next_cursor": page["next_cursor"]})).await;
        assert_eq!(next["result"][0]["from_email"], "bob@sender.test");
        let sent = h.sent("GET", "/email-accounts/");
        assert_eq!((sent[1].query("offset"), sent[1].query("limit")), (Some("1"), Some("1")));
    }

    create_a_smartlead_email_account(h) {
        let created = h.ok("create_a_smartlead_email_account", json!({"from_name": "Cy", "from_email": "cy@sender.test",
            "user_name": "cy@sender.test", "password": "hunter2", "smtp_host": "smtp.sender.test", "smtp_port": 587,
            "imap_host": "imap.sender.test", "imap_port": 993, "max_email_per_day": 40})).await;
        let id = created["id"].as_u64().unwrap();
        assert!(!created.to_string().contains("hunter2") && !created.to_string().contains("secret-password"));
        assert_eq!(h.mock.with_store(|s| s.email_accounts[&id]["from_email"].clone()), "cy@sender.test");
    }

    get_single_smartlead_email_account_by_id(h) {
        let id = h.mock.with_store(|s| *s.email_accounts.keys().next().unwrap());
        let a = h.ok("get_single_smartlead_email_account_by_id", json!({"id": id})).await;
        assert_eq!((a["id"].as_u64(), a["type"].as_str(), a["smtp_port"].as_u64()), (Some(id), Some("SMTP"), Some(587)));
        assert!(a.get("password").is_none() && a.get("imap_password").is_none());
        assert_eq!(h.sent("GET", &format!("/email-accounts/{id}/")).len(), 1);
    }

    update_a_smartlead_email_account_by_id(h) {
        let id = h.mock.with_store(|s| *s.email_accounts.keys().next().unwrap());
        h.ok("update_a_smartlead_email_account_by_id", json!({"id": id, "max_email_per_day": 77, "from_name": "Ada L."})).await;
        let a = h.ok("get_single_smartlead_email_account_by_id", json!({"id": id})).await;
        assert_eq!((a["message_per_day"].as_u64(), a["from_name"].as_str()), (Some(77), Some("Ada L.")));
    }

    smartlead_email_accounts_reconnect_failed_emails(h) {
        let ack = h.ok("smartlead_email_accounts_reconnect_failed_emails", json!({})).await;
        assert!(ack["message"].as_str().unwrap().contains("queue"));
        h.ok("smartlead_email_accounts_reconnect_failed_emails", json!({})).await;
        h.ok("smartlead_email_accounts_reconnect_failed_emails", json!({})).await;
        // Smartlead allows 3 a day and answers 406 with ok: true; it is still an error.
        let e = h.err("smartlead_email_accounts_reconnect_failed_emails", json!({})).await;
        assert_eq!((e.kind, e.status), ("remote", Some(406)));
        assert!(e.message.contains("3 times a day"));
        assert_eq!(h.sent("POST", "/email-accounts/reconnect-failed-email-accounts").len(), 4, "a non-idempotent call was retried");
    }

    list_all_smartlead_campaign_email_accounts(h) {
        let id = h.ok("create_a_smartlead_campaign", json!({})).await["id"].as_u64().unwrap();
        assert_eq!(h.ok("list_all_smartlead_campaign_email_accounts", json!({"campaign_id": id})).await["result"], json!([]));
        let account = h.mock.with_store(|s| *s.email_accounts.keys().nth(1).unwrap());
        h.ok("create_a_smartlead_campaign_email_account", json!({"campaign_id": id, "email_account_ids": [account]})).await;
        let page = h.ok("list_all_smartlead_campaign_email_accounts", json!({"campaign_id": id})).await;
        assert_eq!(ids(&page), vec![account]);
        assert_eq!(page["result"][0]["campaign_count"], json!(1));
    }

    create_a_smartlead_campaign_email_account(h) {
        let id = h.ok("create_a_smartlead_campaign", json!({})).await["id"].as_u64().unwrap();
        let accounts: Vec<u64> = h.mock.with_store(|s| s.email_accounts.keys().copied().collect());
        h.ok("create_a_smartlead_campaign_email_account", json!({"campaign_id": id, "email_account_ids": accounts})).await;
        assert_eq!(h.mock.with_store(|s| s.campaigns[&id].email_account_ids.len()), 2);
        let e = h.err("create_a_smartlead_campaign_email_account", json!({"campaign_id": id, "email_account_ids": []})).await;
        assert_eq!(e.kind, "invalid_input");
    }

    delete_a_smartlead_campaign_email_account_by_id(h) {
        let id = h.ok("create_a_smartlead_campaign", json!({})).await["id"].as_u64().unwrap();
        let accounts: Vec<u64> = h.mock.with_store(|s| s.email_accounts.keys().copied().collect());
        h.ok("create_a_smartlead_campaign_email_account", json!({"campaign_id": id, "email_account_ids": accounts})).await;
        h.ok("delete_a_smartlead_campaign_email_account_by_id", json!({"campaign_id": id, "email_account_ids": [accounts[0]], "confirm": true})).await;
        assert_eq!(h.mock.with_store(|s| s.campaigns[&id].email_account_ids.iter().copied().collect::<Vec<_>>()), vec![accounts[1]]);
        // DELETE with a JSON body, as Smartlead wants it.
        let sent = h.sent("DELETE", &format!("/campaigns/{id}/email-accounts"));
        assert_eq!(sent[0].body, Some(json!({"email_account_ids": [accounts[0]]})));
    }

    list_all_smartlead_campaign_leads(h) {
        let (id, leads) = h.campaign_with_leads(5).await;
        let mut seen = Vec::new();
        let mut cursor = Value::Null;
        loop {
            let page = h.ok("list_all_smartlead_campaign_leads", json!({"campaign_id": id, "limit": 2, "next_cursor": cursor})).await;
            seen.extend(page["result"].as_array().unwrap().iter().map(|r| r["lead"]["id"].as_u64().unwrap()));
            cursor = page["next_cursor"].clone();
            if cursor.is_null() { break; }
        }
        assert_eq!(seen, leads);
        assert!(leads[0] > i32::MAX as u64, "lead ids exceed 2^31");
        assert_eq!(h.sent("GET", &format!("/campaigns/{id}/leads")).len(), 3);
    }

    create_a_smartlead_campaign_lead(h) {
        let id = h.ok("create_a_smartlead_campaign", json!({})).await["id"].as_u64().unwrap();
        let added = h.ok("create_a_smartlead_campaign_lead", json!({"campaign_id": id, "lead_list": [
            {"email": "grace@navy.test", "first_name": "Grace", "company_name": "Navy", "custom_fields": {"rank": "Rear Admiral", "year": 1985}},
            {"email": "ada@engines.test"}], "settings": {"ignore_global_block_list": true}})).await;
        assert_eq!((added["total_leads"].as_u64(), added["upload_count"].as_u64()), (Some(2), Some(2)));
        let again = h.ok("create_a_smartlead_campaign_lead", json!({"campaign_id": id, "lead_list": [{"email": "grace@navy.test"}]})).await;
        assert_eq!((again["total_leads"].as_u64(), again["already_added_to_campaign"].as_u64()), (Some(0), Some(1)));
        let body = h.sent("POST", &format!("/campaigns/{id}/leads"))[0].body.clone().unwrap();
        assert_eq!(body["lead_list"][0]["custom_fields"], json!({"rank": "Rear Admiral", "year": "1985"}));
        assert!(body["lead_list"][1].get("first_name").is_none(), "absent fields are left out, not null");
        let too_many: Vec<Value> = (0..401).map(|i| json!({"email": format!("x{i}@y.test")})).collect();
        let e = h.err("create_a_smartlead_campaign_lead", json!({"campaign_id": id, "lead_list": too_many})).await;
        assert!(e.kind == "invalid_input" && e.message.contains("at most 400"), "{e}");
    }

    delete_a_smartlead_campaign_lead_by_id(h) {
        let (id, leads) = h.campaign_with_leads(2).await;
        h.ok("delete_a_smartlead_campaign_lead_by_id", json!({"campaign_id": id, "id": leads[0], "confirm": true})).await;
        let left: Vec<u64> = h.mock.with_store(|s| s.campaign_leads(id).map(|(l, _)| *l).collect());
        assert_eq!(left, vec![leads[1]]);
        assert_eq!(h.err("delete_a_smartlead_campaign_lead_by_id", json!({"campaign_id": id, "id": leads[0]})).await.kind, "not_found");
    }

    smartlead_campaign_leads_unsubscribe_lead(h) {
        let (id, leads) = h.campaign_with_leads(1).await;
        h.ok("smartlead_campaign_leads_unsubscribe_lead", json!({"campaign_id": id, "id": leads[0], "confirm": true})).await;
        assert!(h.mock.with_store(|s| s.memberships[&(id, leads[0])].unsubscribed));
    }

    smartlead_campaign_leads_pause_lead(h) {
        let (id, leads) = h.campaign_with_leads(1).await;
        let ack = h.ok("smartlead_campaign_leads_pause_lead", json!({"campaign_id": id, "id": leads[0]})).await;
        assert_eq!(ack["message"], "Lead paused successfully");
        let page = h.ok("list_all_smartlead_campaign_leads", json!({"campaign_id": id})).await;
        assert_eq!(page["result"][0]["status"], "PAUSED");
    }

    smartlead_campaign_leads_resume_leads(h) {
        let (id, leads) = h.campaign_with_leads(1).await;
        h.ok("smartlead_campaign_leads_pause_lead", json!({"campaign_id": id, "id": leads[0]})).await;
        h.ok("smartlead_campaign_leads_resume_leads", json!({"campaign_id": id, "id": leads[0], "resume_lead_with_delay_days": 2})).await;
        assert_eq!(h.mock.with_store(|s| s.memberships[&(id, leads[0])].status.clone()), "INPROGRESS");
        let sent = h.sent("POST", &format!("/campaigns/{id}/leads/{}/resume", leads[0]));
        assert_eq!(sent[0].body, Some(json!({"resume_lead_with_delay_days": 2})));
    }

    smartlead_campaign_leads_reply_to_lead(h) {
        let (id, leads) = h.campaign_with_leads(1).await;
        let history = h.ok("list_all_smartlead_campaign_lead_message_history", json!({"campaign_id": id, "id": leads[0]})).await;
        let stats_id = history["result"][0]["stats_id"].as_str().unwrap().to_string();
        h.ok("smartlead_campaign_leads_reply_to_lead", json!({"campaign_id": id, "email_stats_id": stats_id, "email_body": "<p>Thanks!</p>"})).await;
        let after = h.ok("list_all_smartlead_campaign_lead_message_history", json!({"campaign_id": id, "id": leads[0]})).await;
        assert_eq!(after["result"][1]["email_body"], "<p>Thanks!</p>");
        assert_eq!(h.sent("POST", &format!("/campaigns/{id}/reply-email-thread")).len(), 1);
    }

    update_a_smartlead_campaign_lead_by_id(h) {
        let (id, leads) = h.campaign_with_leads(1).await;
        h.ok("update_a_smartlead_campaign_lead_by_id", json!({"campaign_id": id, "id": leads[0], "email": "lead0@example.com",
            "last_name": "Updated", "custom_fields": {"tier": "gold"}})).await;
        let lead = h.ok("list_all_smartlead_leads", json!({"email": "lead0@example.com"})).await["result"][0].clone();
        assert_eq!((lead["last_name"].as_str(), lead["custom_fields"]["tier"].as_str()), (Some("Updated"), Some("gold")));
        let e = h.err("update_a_smartlead_campaign_lead_by_id", json!({"campaign_id": id, "id": leads[0], "last_name": "x"})).await;
        assert!(e.kind == "invalid_input" && e.message.contains("email"), "{e}");
    }

    smartlead_campaign_leads_update_lead_category(h) {
        let (id, leads) = h.campaign_with_leads(1).await;
        h.ok("smartlead_campaign_leads_update_lead_category", json!({"campaign_id": id, "id": leads[0], "category_id": 3, "pause_lead": true})).await;
        let page = h.ok("list_all_smartlead_campaign_leads", json!({"campaign_id": id})).await;
        assert_eq!((page["result"][0]["lead_category_id"].as_u64(), page["result"][0]["status"].as_str()), (Some(3), Some("PAUSED")));
        let e = h.err("smartlead_campaign_leads_update_lead_category", json!({"campaign_id": id, "id": leads[0], "category_id": 99})).await;
        assert_eq!((e.kind, e.status), ("remote", Some(400)));
        assert!(e.message.contains("Invalid category"));
    }

    list_all_smartlead_leads(h) {
        let (id, leads) = h.campaign_with_leads(1).await;
        let found = h.ok("list_all_smartlead_leads", json!({"email": "lead0@example.com"})).await;
        assert_eq!(ids(&found), vec![leads[0]]);
        assert_eq!(found["result"][0]["lead_campaign_data"][0]["campaign_id"].as_u64(), Some(id));
        // Smartlead answers `{}` for an unknown email: an empty list, not an error.
        let none = h.ok("list_all_smartlead_leads", json!({"email": "nobody@example.com"})).await;
        assert_eq!(none, json!({"result": [], "next_cursor": null, "result_count": 0, "total": 0}));
        assert_eq!(h.sent("GET", "/leads/")[1].query("email"), Some("nobody@example.com"));
    }

    get_single_smartlead_lead_by_id(h) {
        let (_, leads) = h.campaign_with_leads(2).await;
        let lead = h.ok("get_single_smartlead_lead_by_id", json!({"id": leads[1]})).await;
        assert_eq!((lead["id"].as_u64(), lead["email"].as_str()), (Some(leads[1]), Some("lead1@example.com")));
        // Smartlead answers `{}` for an id it does not know.
        let missing = h.err("get_single_smartlead_lead_by_id", json!({"id": 1})).await;
        assert_eq!(missing.kind, "not_found", "{missing}");
    }

    smartlead_leads_unsubscribe(h) {
        let (_, leads) = h.campaign_with_leads(1).await;
        h.ok("smartlead_leads_unsubscribe", json!({"id": leads[0], "confirm": true})).await;
        assert!(h.mock.with_store(|s| s.leads[&leads[0]].unsubscribed));
        // Smartlead answers 200 {"ok": false} when nothing changed.
        let e = h.err("smartlead_leads_unsubscribe", json!({"id": leads[0], "confirm": true})).await;
        assert_eq!((e.kind, e.status), ("remote", Some(200)));
    }

    smartlead_leads_block(h) {
        h.ok("smartlead_leads_block", json!({"domain_block_list": ["competitor.test", "someone@else.test"], "confirm": true})).await;
        assert_eq!(h.mock.with_store(|s| s.block_list.clone()), vec!["competitor.test", "someone@else.test"]);
        let id = h.ok("create_a_smartlead_campaign", json!({})).await["id"].as_u64().unwrap();
        let added = h.ok("create_a_smartlead_campaign_lead", json!({"campaign_id": id, "lead_list": [{"email": "ceo@competitor.test"}]})).await;
        assert_eq!((added["total_leads"].as_u64(), added["block_count"].as_u64()), (Some(0), Some(1)));
    }

    list_all_smartlead_lead_campaigns(h) {
        let (a, leads) = h.campaign_with_leads(1).await;
        let b = h.ok("create_a_smartlead_campaign", json!({"name": "Second"})).await["id"].as_u64().unwrap();
        h.ok("create_a_smartlead_campaign_lead", json!({"campaign_id": b, "lead_list": [{"email": "lead0@example.com"}]})).await;
        let page = h.ok("list_all_smartlead_lead_campaigns", json!({"id": leads[0]})).await;
        assert_eq!(ids(&page), vec![a, b]);
        assert_eq!(page["result"][1]["name"], "Second");
    }

    smartlead_campaigns_save_sequences(h) {
        let id = h.ok("create_a_smartlead_campaign", json!({})).await["id"].as_u64().unwrap();
        let steps = json!([{"seq_number": 1, "email_body": "<p>Hi {{first_name}}</p>", "subject": "Hi", "seq_delay_details": {"delay_in_days": 0}}]);
        let saved = h.ok("smartlead_campaigns_save_sequences", json!({"campaign_id": id, "sequences": steps})).await;
        assert_eq!(saved["steps"][0]["email_body"], "<p>Hi {{first_name}}</p>");
        // Smartlead refuses changes to an ACTIVE campaign: a remote error, said as Smartlead said it.
        h.ok("smartlead_campaigns_update_campaign_status", json!({"campaign_id": id, "status": "START", "confirm": true})).await;
        let refused = h.err("smartlead_campaigns_save_sequences", json!({"campaign_id": id, "sequences": steps})).await;
        assert_eq!((refused.kind, refused.status), ("remote", Some(400)), "{refused}");
        assert!(refused.message.contains("pause it first"), "{refused}");
        let empty = h.err("smartlead_campaigns_save_sequences", json!({"campaign_id": id, "sequences": []})).await;
        assert_eq!(empty.kind, "invalid_input");
        assert!(empty.message.contains("sequences"), "{empty}");
    }

    smartlead_campaigns_send_test_email(h) {
        let (id, leads) = h.campaign_with_leads(1).await;
        h.ok("smartlead_campaigns_send_test_email", json!({"campaign_id": id, "leadId": leads[0], "sequenceNumber": 1})).await;
        assert_eq!(h.sent("POST", &format!("/campaigns/{id}/send-test-email")).len(), 1);
        let no_step = h.err("smartlead_campaigns_send_test_email", json!({"campaign_id": id, "leadId": leads[0], "sequenceNumber": 9})).await;
        assert_eq!((no_step.kind, no_step.status), ("remote", Some(400)), "{no_step}");
        let bad = h.err("smartlead_campaigns_send_test_email", json!({"campaign_id": id, "leadId": leads[0], "sequenceNumber": 1, "customEmailAddress": "nope"})).await;
        assert_eq!(bad.kind, "invalid_input");
        assert_eq!(h.sent("POST", &format!("/campaigns/{id}/send-test-email")).len(), 2, "invalid input is not sent");
    }

    list_all_smartlead_campaign_sequences(h) {
        let id = h.ok("create_a_smartlead_campaign", json!({})).await["id"].as_u64().unwrap();
        let page = h.ok("list_all_smartlead_campaign_sequences", json!({"campaign_id": id})).await;
        let steps = page["result"].as_array().unwrap();
        assert_eq!(steps.len(), 2);
        assert_eq!(steps[1]["delay_in_days"], json!(3));
        assert_eq!(steps[0]["sequence_variants"][1]["variant_label"], "B");
    }

    list_all_smartlead_campaign_statistics_by_date(h) {
        let (id, _) = h.campaign_with_leads(2).await;
        let a = h.ok("list_all_smartlead_campaign_statistics_by_date", json!({"campaign_id": id, "start_date": "2025-01-01", "end_date": "2025-01-31"})).await;
        assert_eq!((a["sent_count"].as_u64(), a["start_date"].as_str()), (Some(2), Some("2025-01-01")));
        let sent = h.sent("GET", &format!("/campaigns/{id}/analytics-by-date"));
        assert_eq!(sent[0].query("end_date"), Some("2025-01-31"));
        let e = h.err("list_all_smartlead_campaign_statistics_by_date", json!({"campaign_id": id, "start_date": "2025-02-01", "end_date": "2025-01-31"})).await;
        assert_eq!(e.kind, "invalid_input");
    }

    list_all_smartlead_lead_category(h) {
        let page = h.ok("list_all_smartlead_lead_category", json!({})).await;
        let names: Vec<&str> = page["result"].as_array().unwrap().iter().map(|c| c["name"].as_str().unwrap()).collect();
        assert_eq!(names[..3], ["Interested", "Meeting Request", "Not Interested"]);
        assert_eq!(page["result"][2]["sentiment_type"], "negative");
    }

    list_all_smartlead_campaign_lead_message_history(h) {
        let (id, leads) = h.campaign_with_leads(1).await;
        let page = h.ok("list_all_smartlead_campaign_lead_message_history", json!({"campaign_id": id, "id": leads[0]})).await;
        let m = &page["result"][0];
        assert_eq!((m["type"].as_str(), m["to"].as_str()), (Some("SENT"), Some("lead0@example.com")));
        assert_eq!(m["email_seq_number"], json!(1), "sent as the string \"1\"");
    }

    list_all_smartlead_campaign_statistics(h) {
        let (id, _) = h.campaign_with_leads(3).await;
        let page = h.ok("list_all_smartlead_campaign_statistics", json!({"id": id, "limit": 2})).await;
        assert_eq!(page["result"].as_array().unwrap().len(), 2);
        assert_eq!(page["result"][0]["open_count"], json!(1));
        let rest = h.ok("list_all_smartlead_campaign_statistics", json!({"id": id, "next_cursor": page["next_cursor"]})).await;
        assert_eq!(rest["result"][0]["lead_email"], "lead2@example.com");
        assert_eq!(rest["next_cursor"], Value::Null);
    }

    list_all_smartlead_campaign_webhooks(h) {
        let id = h.ok("create_a_smartlead_campaign", json!({})).await["id"].as_u64().unwrap();
        h.ok("create_a_smartlead_campaign_webhook", json!({"campaign_id": id, "name": "a", "webhook_url": "https://a.test/h", "event_types": ["EMAIL_SENT"]})).await;
        let page = h.ok("list_all_smartlead_campaign_webhooks", json!({"campaign_id": id})).await;
        assert_eq!(page["result"][0]["webhook_url"], "https://a.test/h");
        assert_eq!(page["result"][0]["email_campaign_id"].as_u64(), Some(id));
    }

    update_a_smartlead_campaign_webhook_by_id(h) {
        let id = h.ok("create_a_smartlead_campaign", json!({})).await["id"].as_u64().unwrap();
        let hook = h.ok("create_a_smartlead_campaign_webhook", json!({"campaign_id": id, "name": "a", "webhook_url": "https://a.test/h", "event_types": ["EMAIL_SENT"]})).await;
        let updated = h.ok("update_a_smartlead_campaign_webhook_by_id", json!({"campaign_id": id, "id": hook["id"], "name": "b",
            "webhook_url": "https://b.test/h", "event_types": ["EMAIL_REPLY"], "categories": ["Interested"]})).await;
        assert_eq!((updated["id"].clone(), updated["categories"].clone()), (hook["id"].clone(), json!(["Interested"])));
        let page = h.ok("list_all_smartlead_campaign_webhooks", json!({"campaign_id": id})).await;
        assert_eq!(page["result"].as_array().unwrap().len(), 1);
        assert_eq!(page["result"][0]["event_types"], json!(["EMAIL_REPLY"]));
    }

    create_a_smartlead_campaign_webhook(h) {
        let id = h.ok("create_a_smartlead_campaign", json!({})).await["id"].as_u64().unwrap();
        let hook = h.ok("create_a_smartlead_campaign_webhook", json!({"campaign_id": id, "name": "CRM", "webhook_url": "https://crm.test/h",
            "event_types": ["EMAIL_REPLY", "LEAD_CATEGORY_UPDATED"]})).await;
        assert!(hook["id"].as_u64().is_some());
        assert_eq!(h.mock.with_store(|s| s.campaigns[&id].webhooks.len()), 1);
        let body = h.sent("POST", &format!("/campaigns/{id}/webhooks"))[0].body.clone().unwrap();
        assert!(body.get("id").is_none(), "create sends no id");
        let e = h.err("create_a_smartlead_campaign_webhook", json!({"campaign_id": id, "name": "x", "webhook_url": "https://x.test/h", "event_types": ["EMAIL_OPENED"]})).await;
        assert!(e.kind == "invalid_input" && e.message.contains("EMAIL_OPENED"), "{e}");
    }

    delete_a_smartlead_campaign_webhook_by_id(h) {
        let id = h.ok("create_a_smartlead_campaign", json!({})).await["id"].as_u64().unwrap();
        let hook = h.ok("create_a_smartlead_campaign_webhook", json!({"campaign_id": id, "name": "a", "webhook_url": "https://a.test/h", "event_types": ["EMAIL_SENT"]})).await;
        h.ok("delete_a_smartlead_campaign_webhook_by_id", json!({"campaign_id": id, "id": hook["id"], "confirm": true})).await;
        assert_eq!(h.mock.with_store(|s| s.campaigns[&id].webhooks.len()), 0);
        assert_eq!(h.sent("DELETE", &format!("/campaigns/{id}/webhooks"))[0].body, Some(json!({"id": hook["id"]})));
    }

    smartlead_webhooks_delete_campaign_webhook(h) {
        let id = h.ok("create_a_smartlead_campaign", json!({})).await["id"].as_u64().unwrap();
        let hook = h.ok("create_a_smartlead_campaign_webhook", json!({"campaign_id": id, "name": "a", "webhook_url": "https://a.test/h", "event_types": ["EMAIL_SENT"]})).await;
        let args = json!({"campaign_id": id, "id": hook["id"], "confirm": true});
        let out = h.ok("smartlead_webhooks_delete_campaign_webhook", args.clone()).await;
        assert_eq!(out["message"], "Webhook deleted successfully");
        assert_eq!(h.mock.with_store(|s| s.campaigns[&id].webhooks.len()), 0);
        assert_eq!(h.sent("DELETE", &format!("/campaigns/{id}/webhooks/{}", hook["id"]))[0].body, None, "the id goes in the path alone");
        let gone = h.err("smartlead_webhooks_delete_campaign_webhook", args).await;
        assert_eq!(gone.kind, "not_found", "{gone}");
    }

    get_single_smartlead_email_account_warmup_stat_by_id(h) {
        let id = h.mock.with_store(|s| *s.email_accounts.keys().next().unwrap());
        let w = h.ok("get_single_smartlead_email_account_warmup_stat_by_id", json!({"id": id})).await;
        assert_eq!((w["sent_count"].as_u64(), w["inbox_count"].as_u64(), w["spam_count"].as_u64()), (Some(70), Some(67), Some(3)));
        assert_eq!(w["stats_by_date"].as_array().unwrap().len(), 7);
    }

    create_a_smartlead_email_account_warmup_setting(h) {
        let id = h.mock.with_store(|s| *s.email_accounts.keys().next().unwrap());
        h.ok("create_a_smartlead_email_account_warmup_setting", json!({"id": id, "warmup_enabled": false, "total_warmup_per_day": 20})).await;
        let a = h.ok("get_single_smartlead_email_account_by_id", json!({"id": id})).await;
        assert_eq!(a["warmup_details"]["status"], "INACTIVE");
        let e = h.err("create_a_smartlead_email_account_warmup_setting", json!({"id": id, "warmup_enabled": true, "total_warmup_per_day": 80})).await;
        assert_eq!(e.kind, "invalid_input");
    }

    create_a_smartlead_client(h) {
        let created = h.ok("create_a_smartlead_client", json!({"name": "Globex", "email": "ops@globex.test", "password": "pw-123456",
            "permission": ["full_access"]})).await;
        let id = created["id"].as_u64().unwrap();
        assert!(!created.to_string().contains("pw-123456"), "the password came back");
        assert_eq!(h.mock.with_store(|s| s.clients[&id]["name"].clone()), "Globex");
    }

    list_all_smartlead_clients(h) {
        h.ok("create_a_smartlead_client", json!({"name": "Globex", "email": "ops@globex.test", "permission": ["full_access"]})).await;
        let page = h.ok("list_all_smartlead_clients", json!({})).await;
        let names: Vec<&str> = page["result"].as_array().unwrap().iter().map(|c| c["name"].as_str().unwrap()).collect();
        assert_eq!(names, vec!["Acme Agency Client", "Globex"]);
        assert_eq!(page["result"][0]["permission"], json!(["reply_master_inbox"]));
    }

    create_a_smartlead_lead_list(h) {
        let created = h.ok("create_a_smartlead_lead_list", json!({"listName": "From a tool"})).await;
        assert_eq!(created["name"], "From a tool");
        let empty = h.err("create_a_smartlead_lead_list", json!({"listName": " "})).await;
        assert_eq!(empty.kind, "invalid_input");
        assert_eq!(h.sent("POST", "/lead-list").len(), 1, "an empty name is not sent");
    }

    list_all_smartlead_lead_lists(h) {
        for i in 0..3 {
            h.ok("create_a_smartlead_lead_list", json!({"listName": format!("List {i}")})).await;
        }
        let page = h.ok("list_all_smartlead_lead_lists", json!({"limit": 2})).await;
        assert_eq!(page["result_count"], 2);
        let rest = h.ok("list_all_smartlead_lead_lists", json!({"limit": 2, "next_cursor": page["next_cursor"]})).await;
        assert_eq!(rest["result"][0]["name"], "List 2");
        assert_eq!(rest["next_cursor"], Value::Null, "the last page says so");
    }

    get_single_smartlead_lead_list_by_id(h) {
        let id = h.ok("create_a_smartlead_lead_list", json!({"listName": "One"})).await["id"].as_u64().unwrap();
        assert_eq!(h.ok("get_single_smartlead_lead_list_by_id", json!({"id": id})).await["name"], "One");
        assert_eq!(h.err("get_single_smartlead_lead_list_by_id", json!({"id": 1})).await.kind, "not_found");
    }

    update_a_smartlead_lead_list_by_id(h) {
        let id = h.ok("create_a_smartlead_lead_list", json!({"listName": "Before"})).await["id"].as_u64().unwrap();
        h.ok("update_a_smartlead_lead_list_by_id", json!({"id": id, "listName": "After"})).await;
        assert_eq!(h.ok("get_single_smartlead_lead_list_by_id", json!({"id": id})).await["name"], "After");
    }

    delete_a_smartlead_lead_list_by_id(h) {
        let id = h.ok("create_a_smartlead_lead_list", json!({"listName": "Temporary"})).await["id"].as_u64().unwrap();
        h.ok("delete_a_smartlead_lead_list_by_id", json!({"id": id, "confirm": true})).await;
        assert_eq!(h.err("get_single_smartlead_lead_list_by_id", json!({"id": id})).await.kind, "not_found");
    }

    smartlead_lead_lists_import_leads(h) {
        let id = h.ok("create_a_smartlead_lead_list", json!({"listName": "Twice"})).await["id"].as_u64().unwrap();
        let leads = json!([{"email": "t1@x.example", "company": "T"}, {"email": "t2@x.example"}]);
        let first = h.ok("smartlead_lead_lists_import_leads", json!({"id": id, "fileName": "t.csv", "leadList": leads})).await;
        let again = h.ok("smartlead_lead_lists_import_leads", json!({"id": id, "fileName": "t.csv", "leadList": leads})).await;
        assert_eq!((first["imported"].as_u64(), again["imported"].as_u64(), again["duplicates"].as_u64()), (Some(2), Some(0), Some(2)));
        let bad = h.err("smartlead_lead_lists_import_leads", json!({"id": id, "fileName": "t.csv", "leadList": [{"email": "not-an-email"}]})).await;
        assert!(bad.kind == "invalid_input" && bad.message.contains("leadList[0].email"), "{bad}");
    }

    smartlead_lead_lists_move_leads(h) {
        let from = h.ok("create_a_smartlead_lead_list", json!({"listName": "A"})).await["id"].as_u64().unwrap();
        let to = h.ok("create_a_smartlead_lead_list", json!({"listName": "B"})).await["id"].as_u64().unwrap();
        h.ok("smartlead_lead_lists_import_leads", json!({"id": from, "fileName": "a.csv", "leadList": [{"email": "c1@x.example"}]})).await;
        let copied = h.ok("smartlead_lead_lists_move_leads", json!({"action": "copy", "fromListId": from, "toListId": to})).await;
        assert_eq!(copied["total_leads_moved"], 1);
        assert_eq!(h.ok("get_single_smartlead_lead_list_by_id", json!({"id": from})).await["lead_count"], 1, "a copy leaves the source");
        let both = h.err("smartlead_lead_lists_move_leads", json!({"action": "copy", "fromListId": from, "leadIds": [1], "toListId": to})).await;
        assert!(both.kind == "invalid_input" && both.message.contains("one of them"), "{both}");
    }

    smartlead_lead_lists_push_to_campaign(h) {
        let list = h.ok("create_a_smartlead_lead_list", json!({"listName": "To a new campaign"})).await["id"].as_u64().unwrap();
        h.ok("smartlead_lead_lists_import_leads", json!({"id": list, "fileName": "n.csv", "leadList": [{"email": "n1@x.example"}]})).await;
        let pushed = h.ok("smartlead_lead_lists_push_to_campaign", json!({"campaignName": "Made by a push", "action": "move", "leadList": {"listId": list}})).await;
        assert_eq!(pushed["pushed"], 1);
        let made = h.mock.with_store(|s| s.campaigns.values().find(|c| c.name == "Made by a push").map(|c| c.id)).expect("a campaign named so");
        assert_eq!(h.mock.with_store(|s| s.campaign_leads(made).count()), 1);
        assert_eq!(h.ok("get_single_smartlead_lead_list_by_id", json!({"id": list})).await["lead_count"], 0, "a move empties the list");
        let neither = h.err("smartlead_lead_lists_push_to_campaign", json!({"action": "copy", "leadList": {"listId": list}})).await;
        assert_eq!(neither.kind, "invalid_input");
    }

    smartlead_lead_lists_assign_tags(h) {
        let id = h.ok("create_a_smartlead_lead_list", json!({"listName": "Hot"})).await["id"].as_u64().unwrap();
        h.ok("smartlead_lead_lists_assign_tags", json!({"listIds": [id], "tagIds": [5, 6]})).await;
        h.ok("smartlead_lead_lists_assign_tags", json!({"listIds": [id], "tagIds": [7], "removeTagIds": [5]})).await;
        let tagged = h.ok("list_all_smartlead_lead_lists", json!({"tagIds": "6,7"})).await;
        assert_eq!(tagged["result"][0]["name"], "Hot");
        let many = h.err("smartlead_lead_lists_assign_tags", json!({"listIds": (1..=11).collect::<Vec<u64>>(), "tagIds": [1]})).await;
        assert!(many.kind == "invalid_input" && many.message.contains("at most 10"), "{many}");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_request_carries_the_key_and_our_user_agent() {
    let h = Harness::new();
    h.campaign_with_leads(2).await;
    h.ok("list_all_smartlead_campaigns", json!({})).await;
    for r in h.mock.requests() {
        assert_eq!(r.query("api_key"), Some(KEY), "{} {}", r.method, r.path);
        assert!(r.user_agent.as_deref().unwrap_or("").starts_with("smartlead-component/"), "{:?}", r.user_agent);
    }
}
