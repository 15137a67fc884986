//! SmartDelivery as tools, on its own host: what sends test email or cannot be undone
//! is confirmed first; undocumented bodies are passed as given.

use super::*;

/// A manual test made through its tool; its id.
async fn sent_test(h: &Harness) -> String {
    h.ok("smartlead_smart_delivery_create_manual_test", json!({"test_name": "T", "from_email": "ann@acme.test", "confirm": true})).await["id"].as_str().unwrap().to_string()
}


tool_tests! {
    list_all_smartlead_smart_delivery_folders(h) {
        assert_eq!(h.ok("list_all_smartlead_smart_delivery_folders", json!({})).await["result_count"], 0);
    }

    create_a_smartlead_smart_delivery_folder(h) {
        let folder = h.ok("create_a_smartlead_smart_delivery_folder", json!({"folderName": "Launch"})).await;
        assert_eq!(folder["id"], "folder_001");
        assert_eq!(h.err("create_a_smartlead_smart_delivery_folder", json!({"name": "Launch"})).await.kind, "invalid_input", "Smartlead's folderName");
    }

    get_single_smartlead_smart_delivery_folder_by_id(h) {
        h.ok("create_a_smartlead_smart_delivery_folder", json!({"folderName": "Launch"})).await;
        assert_eq!(h.err("get_single_smartlead_smart_delivery_folder_by_id", json!({"folderId": 7})).await.kind, "not_found", "a numeric id is sent as text");
        assert_eq!(h.ok("get_single_smartlead_smart_delivery_folder_by_id", json!({"folderId": "folder_001"})).await["name"], "Launch");
    }

    delete_a_smartlead_smart_delivery_folder_by_id(h) {
        h.ok("create_a_smartlead_smart_delivery_folder", json!({"folderName": "Gone"})).await;
        assert_eq!(h.err("delete_a_smartlead_smart_delivery_folder_by_id", json!({"folderId": "folder_001", "confirm": false})).await.kind, "invalid_input");
        assert!(h.sent("DELETE", "/spam-test/folder/folder_001").is_empty(), "refused: nothing sent");
        h.ok("delete_a_smartlead_smart_delivery_folder_by_id", json!({"folderId": "folder_001", "confirm": true})).await;
        assert_eq!(h.ok("list_all_smartlead_smart_delivery_folders", json!({})).await["result_count"], 0);
    }

    smartlead_smart_delivery_create_manual_test(h) {
        assert_eq!(h.err("smartlead_smart_delivery_create_manual_test", json!({"test_name": "T", "confirm": false})).await.kind, "invalid_input");
        assert!(h.mock.with_store(|s| s.spam_tests.is_empty()), "refused: no test emails sent");
        let test = h.ok("smartlead_smart_delivery_create_manual_test", json!({"test_name": "T", "confirm": true})).await;
        assert_eq!((test["test_name"].as_str(), test["status"].as_str()), (Some("T"), Some("RUNNING")));
        assert!(h.sent("POST", "/spam-test/manual")[0].body.as_ref().unwrap().get("confirm").is_none(), "confirm is the tool's, never sent");
    }

    smartlead_smart_delivery_create_automated_test(h) {
        assert_eq!(h.err("smartlead_smart_delivery_create_automated_test", json!({"confirm": false})).await.kind, "invalid_input");
        let test = h.ok("smartlead_smart_delivery_create_automated_test", json!({"test_name": "Weekly", "confirm": true})).await;
        assert_eq!(test["test_type"], "automated");
    }

    list_all_smartlead_smart_delivery_tests(h) {
        h.ok("smartlead_smart_delivery_create_manual_test", json!({"test_name": "A", "confirm": true})).await;
        let page = h.ok("list_all_smartlead_smart_delivery_tests", json!({})).await;
        assert_eq!((page["result_count"].as_u64(), page["result"][0]["test_type"].as_str()), (Some(1), Some("manual")));
    }

    get_single_smartlead_smart_delivery_test_by_id(h) {
        let e = h.err("get_single_smartlead_smart_delivery_test_by_id", json!({"spamTestId": "test_404"})).await;
        assert_eq!((e.kind, e.status), ("not_found", Some(404)));
    }

    smartlead_smart_delivery_stop_test(h) {
        let id = h.ok("smartlead_smart_delivery_create_manual_test", json!({"confirm": true})).await["id"].clone();
        let e = h.err("smartlead_smart_delivery_stop_test", json!({"spamTestId": id, "confirm": true})).await;
        assert!(e.kind == "remote" && e.message.contains("automated"), "a manual test cannot be stopped: {e}");
    }

    smartlead_smart_delivery_delete_tests(h) {
        let id = h.ok("smartlead_smart_delivery_create_manual_test", json!({"confirm": true})).await["id"].clone();
        assert_eq!(h.err("smartlead_smart_delivery_delete_tests", json!({"spam_test_ids": [id], "confirm": false})).await.kind, "invalid_input");
        assert_eq!(h.mock.with_store(|s| s.spam_tests.len()), 1, "refused: nothing deleted");
        h.ok("smartlead_smart_delivery_delete_tests", json!({"spam_test_ids": [id], "confirm": true})).await;
        assert_eq!(h.mock.with_store(|s| s.spam_tests.len()), 0);
    }

    smartlead_smart_delivery_mailbox_count(h) {
        assert_eq!(h.ok("smartlead_smart_delivery_mailbox_count", json!({})).await["total_email_count"], 0);
    }

    list_all_smartlead_smart_delivery_mailbox_summary(h) {
        let page = h.ok("list_all_smartlead_smart_delivery_mailbox_summary", json!({"limit": 1})).await;
        assert_eq!((page["result_count"].as_u64(), page["next_cursor"].is_string()), (Some(1), true));
    }

    smartlead_smart_delivery_ip_blacklist(h) {
        let id = sent_test(&h).await;
        assert_eq!(h.ok("smartlead_smart_delivery_ip_blacklist", json!({"spamTestId": id})).await["hits"][0]["ip"], "192.0.2.10");
        assert_eq!(h.err("smartlead_smart_delivery_ip_blacklist", json!({})).await.kind, "invalid_input", "spamTestId is required");
    }

    list_all_smartlead_smart_delivery_dkim_details(h) {
        let id = sent_test(&h).await;
        assert_eq!(h.ok("list_all_smartlead_smart_delivery_dkim_details", json!({"spamTestId": id})).await["result"][0]["seed_accounts"][0]["verified"], true);
    }

    list_all_smartlead_smart_delivery_spf_details(h) {
        let id = sent_test(&h).await;
        assert_eq!(h.ok("list_all_smartlead_smart_delivery_spf_details", json!({"spamTestId": id})).await["result"][0]["seed_accounts"][3]["verified"], false);
    }

    list_all_smartlead_smart_delivery_rdns_details(h) {
        let id = sent_test(&h).await;
        assert_eq!(h.ok("list_all_smartlead_smart_delivery_rdns_details", json!({"spamTestId": id})).await["result_count"], 1);
    }

    list_all_smartlead_smart_delivery_domain_blacklist(h) {
        assert_eq!(h.err("list_all_smartlead_smart_delivery_domain_blacklist", json!({"spamTestId": "test_404"})).await.kind, "not_found");
        let id = sent_test(&h).await;
        assert_eq!(h.ok("list_all_smartlead_smart_delivery_domain_blacklist", json!({"spamTestId": id})).await["result"][0]["seed_accounts"][0]["domain_blacklisted"], false);
    }

    smartlead_smart_delivery_email_content(h) {
        let id = sent_test(&h).await;
        let email = h.ok("smartlead_smart_delivery_email_content", json!({"spamTestId": id})).await;
        assert_eq!((email["html"].as_str(), email["spam_test"].as_str()), (Some("<p>Hi there</p>"), Some(id.as_str())), "snake_case like every tool result: {email}");
        assert!(email["raw_email_content"].as_str().unwrap().contains("Subject: "), "{email}");
    }

    smartlead_smart_delivery_geo_report(h) {
        let id = sent_test(&h).await;
        assert_eq!(h.ok("smartlead_smart_delivery_geo_report", json!({"spamTestId": id})).await["result"][0]["region"], "North America");
    }

    smartlead_smart_delivery_provider_report(h) {
        let id = sent_test(&h).await;
        assert_eq!(h.ok("smartlead_smart_delivery_provider_report", json!({"spamTestId": id})).await["result"][0]["provider"], "gmail");
    }

    list_all_smartlead_smart_delivery_ip_details(h) {
        let id = sent_test(&h).await;
        assert_eq!(h.ok("list_all_smartlead_smart_delivery_ip_details", json!({"spamTestId": id})).await["result"][0]["whois_data"]["isp"], "Example ISP");
    }

    list_all_smartlead_smart_delivery_schedule_history(h) {
        let id = sent_test(&h).await;
        assert_eq!(h.ok("list_all_smartlead_smart_delivery_schedule_history", json!({"spamTestId": id})).await["result"][0]["test_run_no"], 1);
    }

    list_all_smartlead_smart_delivery_sender_reports(h) {
        let id = sent_test(&h).await;
        assert_eq!(h.ok("list_all_smartlead_smart_delivery_sender_reports", json!({"spamTestId": id})).await["result"][0]["details"]["tests_count"], 1);
    }

    smartlead_smart_delivery_reply_headers(h) {
        let id = sent_test(&h).await;
        let headers = h.ok("smartlead_smart_delivery_reply_headers", json!({"spamTestId": id, "replyId": "reply_001"})).await;
        assert_eq!(headers["Authentication-Results"], "dkim=pass; spf=pass", "headers keyed by their names: {headers}");
        assert_eq!(h.err("smartlead_smart_delivery_reply_headers", json!({"spamTestId": id, "replyId": "reply_009"})).await.kind, "not_found");
    }

    list_all_smartlead_smart_delivery_sender_accounts(h) {
        let id = sent_test(&h).await;
        assert_eq!(h.ok("list_all_smartlead_smart_delivery_sender_accounts", json!({"spamTestId": id})).await["result"][0]["from_email"], "ann@acme.test");
    }

    list_all_smartlead_smart_delivery_spam_filter_details(h) {
        let id = sent_test(&h).await;
        assert_eq!(h.ok("list_all_smartlead_smart_delivery_spam_filter_details", json!({"spamTestId": id})).await["result"][0]["spam_filter_details"][0]["triggered_count"], 1);
    }

    smartlead_smart_delivery_provider_ids(h) {
        assert_eq!(h.ok("smartlead_smart_delivery_provider_ids", json!({})).await["regions"][0]["region_name"], "North America");
    }
}
