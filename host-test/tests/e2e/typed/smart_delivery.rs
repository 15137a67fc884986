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
