//! SmartDelivery through the typed functions, on its own host: folders, placement tests
//! created from a JSON object sent as given, read back, listed, stopped and deleted.

use super::*;
use smartlead_host::bindings::smart_delivery as sd;

fn object(value: Value) -> sd::JsonObject {
    sd::JsonObject { json: value.to_string() }
}

/// A test made through the tool; its id.
async fn made(h: &Harness, fields: Value, automated: bool) -> String {
    let mut args = fields;
    args["confirm"] = json!(true);
    let tool = if automated { "smartlead_smart_delivery_create_automated_test" } else { "smartlead_smart_delivery_create_manual_test" };
    h.ok(tool, args).await["id"].as_str().unwrap().to_string()
}

typed_tests! {
    list_all_smartlead_smart_delivery_folders(h) {
        for name in ["Q1", "Q2"] {
            h.ok("create_a_smartlead_smart_delivery_folder", json!({"folderName": name})).await;
        }
        let (out, sent) = typed!(h, smartlead_connector_smart_delivery.call_list_all_smartlead_smart_delivery_folders(&page(1)));
        assert_eq!(route(&sent), ("GET", "/spam-test/folder"));
        let first = ok(out);
        assert_eq!((first["result"][0]["name"].as_str(), first["result"][0]["id"].as_str(), first["next_cursor"].is_string()), (Some("Q1"), Some("folder_001"), true));
    }

    create_a_smartlead_smart_delivery_folder(h) {
        let (out, sent) = typed!(h, smartlead_connector_smart_delivery.call_create_a_smartlead_smart_delivery_folder(&wit(json!({"folder_name": "Launch"}))));
        let (method, path, body) = only(&sent);
        assert_eq!((method, path, body.cloned()), ("POST", "/spam-test/folder", Some(json!({"folderName": "Launch"}))));
        assert_eq!((ok(out)["name"].as_str()), Some("Launch"));
        let (out, sent) = typed!(h, smartlead_connector_smart_delivery.call_create_a_smartlead_smart_delivery_folder(&wit(json!({"folder_name": " "}))));
        assert!(matches!(out, Err(Error::InvalidInput(ref m)) if m.contains("folderName")) && sent.is_empty(), "{out:?}");
    }

    get_single_smartlead_smart_delivery_folder_by_id(h) {
        let id = h.ok("create_a_smartlead_smart_delivery_folder", json!({"folderName": "Launch"})).await["id"].as_str().unwrap().to_string();
        let (out, sent) = typed!(h, smartlead_connector_smart_delivery.call_get_single_smartlead_smart_delivery_folder_by_id(&wit(json!({"folder_id": id}))));
        assert_eq!(route(&sent), ("GET", format!("/spam-test/folder/{id}").as_str()));
        assert_eq!(ok(out)["name"], "Launch");
        let (out, _) = typed!(h, smartlead_connector_smart_delivery.call_get_single_smartlead_smart_delivery_folder_by_id(&wit(json!({"folder_id": "folder_999"}))));
        assert!(matches!(out, Err(Error::NotFound(ref r)) if r.message == "Resource not found"), "{out:?}");
    }

    delete_a_smartlead_smart_delivery_folder_by_id(h) {
        let id = h.ok("create_a_smartlead_smart_delivery_folder", json!({"folderName": "Busy"})).await["id"].as_str().unwrap().to_string();
        made(&h, json!({"test_name": "In it", "folder_id": id}), false).await;
        let (out, sent) = typed!(h, smartlead_connector_smart_delivery.call_delete_a_smartlead_smart_delivery_folder_by_id(&wit(json!({"folder_id": id}))));
        assert_eq!(route(&sent), ("DELETE", format!("/spam-test/folder/{id}").as_str()));
        assert!(matches!(out, Err(Error::Remote(ref r)) if r.status == 422 && r.message.contains("empty")), "a folder with tests stays: {out:?}");
        let empty = h.ok("create_a_smartlead_smart_delivery_folder", json!({"folderName": "Empty"})).await["id"].as_str().unwrap().to_string();
        let (out, _) = typed!(h, smartlead_connector_smart_delivery.call_delete_a_smartlead_smart_delivery_folder_by_id(&wit(json!({"folder_id": empty}))));
        assert_eq!(ok(out)["message"], "Folder deleted successfully");
    }

    smartlead_smart_delivery_create_manual_test(h) {
        let fields = json!({"test_name": "Copy check", "provider_id": "outlook_eu", "spam_filters": true});
        let (out, sent) = typed!(h, smartlead_connector_smart_delivery.call_smartlead_smart_delivery_create_manual_test(&object(fields.clone())));
        let (method, path, body) = only(&sent);
        assert_eq!((method, path, body.cloned()), ("POST", "/spam-test/manual", Some(fields)), "the object sent as given");
        let test = ok(out);
        assert_eq!((test["test_type"].as_str(), test["provider_id"].as_str(), test["spam_filters"].as_bool()), (Some("manual"), Some("outlook_eu"), Some(true)));
        let (out, sent) = typed!(h, smartlead_connector_smart_delivery.call_smartlead_smart_delivery_create_manual_test(&sd::JsonObject { json: "[1, 2]".into() }));
        assert!(matches!(out, Err(Error::InvalidInput(ref m)) if m.contains("JSON object")) && sent.is_empty(), "{out:?}");
    }

    smartlead_smart_delivery_create_automated_test(h) {
        let (out, sent) = typed!(h, smartlead_connector_smart_delivery.call_smartlead_smart_delivery_create_automated_test(&object(json!({"test_name": "Weekly", "every_days": 7}))));
        assert_eq!(route(&sent), ("POST", "/spam-test/schedule"));
        let test = ok(out);
        assert_eq!((test["test_type"].as_str(), test["every_days"].as_u64(), test["scheduler_cron_value"].as_str()), (Some("automated"), Some(7), Some("0 10 * * 0")));
    }

    list_all_smartlead_smart_delivery_tests(h) {
        made(&h, json!({"test_name": "One-off"}), false).await;
        made(&h, json!({"test_name": "Weekly"}), true).await;
        let (out, sent) = typed!(h, smartlead_connector_smart_delivery.call_list_all_smartlead_smart_delivery_tests(&object(json!({"test_type": "automated"})), &page(10)));
        let (method, path, body) = only(&sent);
        assert_eq!((method, path, body.cloned()), ("POST", "/spam-test/report", Some(json!({"test_type": "automated"}))));
        let rows = ok(out)["result"].clone();
        assert_eq!((rows.as_array().unwrap().len(), rows[0]["test_name"].as_str(), rows[0]["current_test_run_no"].as_u64()), (1, Some("Weekly"), Some(1)));
    }

    get_single_smartlead_smart_delivery_test_by_id(h) {
        let id = made(&h, json!({"test_name": "Read back", "campaign_id": 1562695}), false).await;
        let (out, sent) = typed!(h, smartlead_connector_smart_delivery.call_get_single_smartlead_smart_delivery_test_by_id(&wit(json!({"spam_test_id": id}))));
        assert_eq!(route(&sent), ("GET", format!("/spam-test/{id}").as_str()));
        let test = ok(out);
        assert_eq!((test["test_name"].as_str(), test["campaign_id"].as_str()), (Some("Read back"), Some("1562695")), "an id sent as a number read as text");
    }

    smartlead_smart_delivery_stop_test(h) {
        let weekly = made(&h, json!({"test_name": "Weekly"}), true).await;
        let (out, sent) = typed!(h, smartlead_connector_smart_delivery.call_smartlead_smart_delivery_stop_test(&wit(json!({"spam_test_id": weekly}))));
        assert_eq!(route(&sent), ("PUT", format!("/spam-test/{weekly}/stop").as_str()));
        assert_eq!(ok(out)["message"], "Test stopped successfully");
        assert_eq!(h.mock.with_store(|s| s.spam_tests[0]["status"].clone()), "STOPPED");
    }

    smartlead_smart_delivery_delete_tests(h) {
        let (a, b) = (made(&h, json!({}), false).await, made(&h, json!({}), false).await);
        let (out, sent) = typed!(h, smartlead_connector_smart_delivery.call_smartlead_smart_delivery_delete_tests(&object(json!({"spam_test_ids": [a]}))));
        assert_eq!(route(&sent), ("POST", "/spam-test/delete"));
        assert_eq!(ok(out)["message"], "Tests deleted successfully");
        assert_eq!(h.mock.with_store(|s| s.spam_tests.iter().map(|t| t["id"].as_str().unwrap().to_string()).collect::<Vec<_>>()), [b]);
    }

    smartlead_smart_delivery_mailbox_count(h) {
        made(&h, json!({}), false).await;
        let (out, sent) = typed!(h, smartlead_connector_smart_delivery.call_smartlead_smart_delivery_mailbox_count());
        assert_eq!(route(&sent), ("GET", "/spam-test/report/mailboxes-count"));
        assert_eq!(ok(out), json!({"inbox_count": 3, "spam_count": 1, "tab_count": 0, "failed_count": 0, "total_email_count": 4}));
    }

    list_all_smartlead_smart_delivery_mailbox_summary(h) {
        made(&h, json!({}), false).await;
        let (out, sent) = typed!(h, smartlead_connector_smart_delivery.call_list_all_smartlead_smart_delivery_mailbox_summary(&page(10)));
        assert_eq!(route(&sent), ("GET", "/spam-test/report/mailboxes-summary"));
        let row = ok(out)["result"][0].clone();
        assert_eq!((row["from_email"].as_str(), row["placement_score"].as_f64(), row["inbox_count"].as_u64()), (Some("ada@sender.test"), Some(75.0), Some(3)));
    }
}

/// A manual test sent from `from`; its id as WIT arguments.
async fn tested(h: &Harness, from: &str) -> (String, sd::SpamTestRef) {
    let id = made(h, json!({"test_name": "Reported", "from_email": from, "subject": "Launch week"}), false).await;
    (id.clone(), wit(json!({"spam_test_id": id})))
}

/// The one request sent, checked against `method` and the report's path.
fn sent_to(sent: &[Recorded], method: &str, id: &str, report: &str) {
    assert_eq!(route(sent), (method, format!("/spam-test/report/{id}/{report}").as_str()));
}

typed_tests! {
    smartlead_smart_delivery_ip_blacklist(h) {
        let (id, test) = tested(&h, "ann@acme.test").await;
        let (out, sent) = typed!(h, smartlead_connector_smart_delivery.call_smartlead_smart_delivery_ip_blacklist(&test));
        sent_to(&sent, "GET", &id, "blacklist");
        let report = ok(out);
        assert_eq!((report["total_blacklist"].as_u64(), report["hits"][0]["from_email"].as_str(), report["hits"][0]["reply_id"].as_str()),
                   (Some(2), Some("ann@acme.test"), Some("reply_004")), "the sender read from the nested reply: {report}");
        let (out, _) = typed!(h, smartlead_connector_smart_delivery.call_smartlead_smart_delivery_ip_blacklist(&wit(json!({"spam_test_id": "test_999"}))));
        assert!(matches!(out, Err(Error::NotFound(ref r)) if r.message == "Resource not found"), "{out:?}");
    }

    list_all_smartlead_smart_delivery_dkim_details(h) {
        let (id, test) = tested(&h, "ann@acme.test").await;
        let (out, sent) = typed!(h, smartlead_connector_smart_delivery.call_list_all_smartlead_smart_delivery_dkim_details(&test, &page(10)));
        sent_to(&sent, "GET", &id, "dkim-details");
        let checks = ok(out);
        assert_eq!(checks["result"][0]["from_email"], "ann@acme.test");
        let seeds = checks["result"][0]["seed_accounts"].as_array().unwrap();
        assert_eq!((seeds.len(), seeds.iter().all(|s| s["verified"] == true)), (4, true), "dkim_verified read as verified: {checks}");
    }

    list_all_smartlead_smart_delivery_spf_details(h) {
        let (id, test) = tested(&h, "ann@acme.test").await;
        let (out, sent) = typed!(h, smartlead_connector_smart_delivery.call_list_all_smartlead_smart_delivery_spf_details(&test, &page(10)));
        sent_to(&sent, "GET", &id, "spf-details");
        let verified: Vec<Value> = ok(out)["result"][0]["seed_accounts"].as_array().unwrap().iter().map(|s| s["verified"].clone()).collect();
        assert_eq!(verified, [json!(true), json!(true), json!(true), json!(false)], "spf_verified read per seed");
    }

    list_all_smartlead_smart_delivery_rdns_details(h) {
        let (id, test) = tested(&h, "ann@acme.test").await;
        let (out, sent) = typed!(h, smartlead_connector_smart_delivery.call_list_all_smartlead_smart_delivery_rdns_details(&test, &page(10)));
        sent_to(&sent, "GET", &id, "rdns-details");
        assert_eq!(ok(out)["result"][0]["seed_accounts"][2]["verified"], true, "rdns_verified read as verified");
    }

    list_all_smartlead_smart_delivery_domain_blacklist(h) {
        let (id, test) = tested(&h, "ann@acme.test").await;
        let (out, sent) = typed!(h, smartlead_connector_smart_delivery.call_list_all_smartlead_smart_delivery_domain_blacklist(&test, &page(10)));
        sent_to(&sent, "GET", &id, "domain-blacklist");
        let seed = ok(out)["result"][0]["seed_accounts"][0].clone();
        assert_eq!((seed["domain_blacklisted"].clone(), seed["verified"].clone(), seed["esp"].clone()), (json!(false), Value::Null, json!("gmail")));
    }

    smartlead_smart_delivery_email_content(h) {
        let (id, test) = tested(&h, "ann@acme.test").await;
        let (out, sent) = typed!(h, smartlead_connector_smart_delivery.call_smartlead_smart_delivery_email_content(&test));
        sent_to(&sent, "GET", &id, "email-content");
        let email = ok(out);
        assert_eq!((email["spam_test"].as_str(), email["subject"].as_str()), (Some(id.as_str()), Some("Launch week")));
        assert!(email["raw_email_content"].as_str().unwrap().starts_with("From: ann@acme.test\r\n"), "{email}");
    }

    smartlead_smart_delivery_geo_report(h) {
        let (id, test) = tested(&h, "ann@acme.test").await;
        let (out, sent) = typed!(h, smartlead_connector_smart_delivery.call_smartlead_smart_delivery_geo_report(&test));
        sent_to(&sent, "POST", &id, "groupwise");
        assert_eq!(only(&sent).2, Some(&json!({})), "the documented empty body");
        let geo = ok(out);
        assert_eq!(geo["overall_total_count"], 4);
        let europe = geo["result"].as_array().unwrap().iter().find(|r| r["region"] == "Europe").cloned().unwrap();
        assert_eq!((europe["spam_rate"].as_f64(), europe["mailbox_count"].as_u64(), europe["provider"].clone()), (Some(50.0), Some(2), Value::Null));
    }

    smartlead_smart_delivery_provider_report(h) {
        let (id, test) = tested(&h, "ann@acme.test").await;
        let (out, sent) = typed!(h, smartlead_connector_smart_delivery.call_smartlead_smart_delivery_provider_report(&test));
        sent_to(&sent, "POST", &id, "providerwise");
        let yahoo = ok(out)["result"].as_array().unwrap().iter().find(|r| r["provider"] == "yahoo").cloned().unwrap();
        assert_eq!((yahoo["spam_rate"].as_f64(), yahoo["avg_delivery_time_seconds"].as_u64()), (Some(100.0), Some(42)));
    }

    list_all_smartlead_smart_delivery_ip_details(h) {
        let (id, test) = tested(&h, "ann@acme.test").await;
        let (out, sent) = typed!(h, smartlead_connector_smart_delivery.call_list_all_smartlead_smart_delivery_ip_details(&test, &page(10)));
        sent_to(&sent, "GET", &id, "ip-analytics");
        let ip = ok(out)["result"][0].clone();
        assert_eq!((ip["ip"].as_str(), ip["blacklisted"].as_bool(), ip["whois_data"]["reverse_dns"].as_str()), (Some("192.0.2.10"), Some(true), Some("mail.acme.test")));
    }

    list_all_smartlead_smart_delivery_schedule_history(h) {
        let id = made(&h, json!({"test_name": "Weekly"}), true).await;
        let (out, sent) = typed!(h, smartlead_connector_smart_delivery.call_list_all_smartlead_smart_delivery_schedule_history(&wit(json!({"spam_test_id": id})), &page(10)));
        sent_to(&sent, "GET", &id, "schedule-history");
        let run = ok(out)["result"][0].clone();
        assert_eq!((run["spam_test_id"].as_str(), run["test_run_no"].as_u64(), run["spam_count"].as_u64()), (Some(id.as_str()), Some(1), Some(1)));
    }

    list_all_smartlead_smart_delivery_sender_reports(h) {
        let (id, test) = tested(&h, "ann@acme.test").await;
        let (out, sent) = typed!(h, smartlead_connector_smart_delivery.call_list_all_smartlead_smart_delivery_sender_reports(&test, &page(10)));
        sent_to(&sent, "GET", &id, "sender-account-wise");
        let sender = ok(out)["result"][0].clone();
        assert_eq!((sender["email"].as_str(), sender["details"]["reputation_score"].as_f64()), (Some("ann@acme.test"), Some(80.5)));
    }

    smartlead_smart_delivery_reply_headers(h) {
        let (id, _) = tested(&h, "ann@acme.test").await;
        let (out, sent) = typed!(h, smartlead_connector_smart_delivery.call_smartlead_smart_delivery_reply_headers(&wit(json!({"spam_test_id": id, "reply_id": "reply_004"}))));
        sent_to(&sent, "GET", &id, "sender-account-wise/reply_004/email-headers");
        let headers = ok(out);
        let pairs: Vec<(String, String)> = serde_json::from_value(headers.clone()).unwrap();
        assert!(pairs.contains(&("Reveived-Spf".into(), "pass".into())), "raw header names as Smartlead spells them: {headers}");
        assert!(pairs.contains(&("Return-Path".into(), "<ann@acme.test>".into())), "text values stay text: {headers}");
        let (out, _) = typed!(h, smartlead_connector_smart_delivery.call_smartlead_smart_delivery_reply_headers(&wit(json!({"spam_test_id": id, "reply_id": " "}))));
        assert!(matches!(out, Err(Error::InvalidInput(ref m)) if m.contains("replyId")), "{out:?}");
    }

    list_all_smartlead_smart_delivery_sender_accounts(h) {
        let (id, test) = tested(&h, "ann@acme.test").await;
        let (out, sent) = typed!(h, smartlead_connector_smart_delivery.call_list_all_smartlead_smart_delivery_sender_accounts(&test, &page(10)));
        sent_to(&sent, "GET", &id, "sender-accounts");
        let row = ok(out)["result"][0].clone();
        assert_eq!((row["from_email"].as_str(), row["spam_test_id"].as_str()), (Some("ann@acme.test"), Some(id.as_str())));
    }

    list_all_smartlead_smart_delivery_spam_filter_details(h) {
        let (id, test) = tested(&h, "ann@acme.test").await;
        let (out, sent) = typed!(h, smartlead_connector_smart_delivery.call_list_all_smartlead_smart_delivery_spam_filter_details(&test, &page(10)));
        sent_to(&sent, "GET", &id, "spam-filter-details");
        let hit = ok(out)["result"][0]["spam_filter_details"][0].clone();
        assert_eq!((hit["filter"].as_str(), hit["trigger_percentage"].as_f64(), hit["reasons"][1].as_str()), (Some("SpamAssassin"), Some(25.0), Some("HTML_MESSAGE")));
    }

    smartlead_smart_delivery_provider_ids(h) {
        let (out, sent) = typed!(h, smartlead_connector_smart_delivery.call_smartlead_smart_delivery_provider_ids());
        assert_eq!(route(&sent), ("GET", "/spam-test/seed/providers"));
        let providers = ok(out);
        assert_eq!(providers["regions"].as_array().unwrap().len(), 1, "the documented single region read as a list of one: {providers}");
        assert_eq!(providers["regions"][0]["groups"][0]["group_id"], "gmail_na");
    }
}
