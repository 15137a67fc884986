//! Mailboxes beyond SMTP as tools: Smartlead's argument names (`type`, `email_ids`), and
//! deletion, suspension and tag removal confirmed first.

use super::*;

fn ada(h: &Harness) -> u64 {
    h.mock.with_store(|s| *s.email_accounts.keys().next().unwrap())
}

tool_tests! {
    smartlead_email_accounts_save_oauth(h) {
        let grant = json!({"scope": "https://outlook.office.com/.default", "token_type": "Bearer", "refresh_token": "0.secret", "expiry_date": 1767225600000u64});
        let saved = h.ok("smartlead_email_accounts_save_oauth", json!({"from_name": "Dee", "from_email": "dee@outlook.test", "username": "dee@outlook.test",
            "type": "OUTLOOK", "token": grant, "warmup_enabled": false, "use_whitelabel_credentials": true})).await;
        let id = saved["id"].as_u64().unwrap();
        let account = h.ok("get_single_smartlead_email_account_by_id", json!({"id": id})).await;
        assert_eq!((account["from_email"].as_str(), account["type"].as_str()), (Some("dee@outlook.test"), Some("OUTLOOK")));
        let e = h.err("smartlead_email_accounts_save_oauth", json!({"from_name": "Dee", "from_email": "dee@outlook.test", "username": "dee@outlook.test",
            "type": "OUTLOOK", "token": {"scope": "s", "token_type": "Bearer", "expiry_date": 1}, "warmup_enabled": false, "use_whitelabel_credentials": true})).await;
        assert!(e.kind == "invalid_input" && e.message.contains("refresh_token"), "{e}");
    }

    delete_a_smartlead_email_account_by_id(h) {
        let ada = ada(&h);
        assert_eq!(h.err("delete_a_smartlead_email_account_by_id", json!({"id": ada, "confirm": false})).await.kind, "invalid_input", "unconfirmed");
        assert!(h.sent("DELETE", &format!("/email-accounts/{ada}")).is_empty(), "refused: nothing sent");
        h.ok("delete_a_smartlead_email_account_by_id", json!({"id": ada, "confirm": true})).await;
        assert_eq!(h.err("get_single_smartlead_email_account_by_id", json!({"id": ada})).await.kind, "not_found");
    }

    smartlead_email_accounts_suspend(h) {
        let ada = ada(&h);
        assert_eq!(h.err("smartlead_email_accounts_suspend", json!({"id": ada, "confirm": false})).await.kind, "invalid_input");
        assert_eq!(h.mock.with_store(|s| s.email_accounts[&ada]["is_suspended"].clone()), Value::Null, "refused: still sending");
        assert_eq!(h.ok("smartlead_email_accounts_suspend", json!({"id": ada, "confirm": true})).await["is_suspended"], true);
    }

    smartlead_email_accounts_unsuspend(h) {
        let ada = ada(&h);
        h.ok("smartlead_email_accounts_suspend", json!({"id": ada, "confirm": true})).await;
        assert_eq!(h.ok("smartlead_email_accounts_unsuspend", json!({"id": ada})).await["account_id"].as_u64(), Some(ada));
        assert_eq!(h.mock.with_store(|s| s.email_accounts[&ada]["is_suspended"].clone()), json!(false));
    }

    create_a_smartlead_tag(h) {
        let tag = h.ok("create_a_smartlead_tag", json!({"name": "Cold"})).await;
        assert_eq!(tag["color"], "#cccccc", "Smartlead's default color");
        assert_eq!(h.err("create_a_smartlead_tag", json!({"name": "  "})).await.kind, "invalid_input");
    }

    update_a_smartlead_tag_by_id(h) {
        h.ok("update_a_smartlead_tag_by_id", json!({"id": 1, "name": "Hotter", "color": "#ff0001"})).await;
        assert_eq!(h.mock.with_store(|s| s.tags[0]["name"].clone()), "Hotter");
    }

    list_all_smartlead_email_account_tags(h) {
        let page = h.ok("list_all_smartlead_email_account_tags", json!({"email_ids": ["bob@sender.test"]})).await;
        assert_eq!((page["result_count"].as_u64(), page["result"][0]["from_email"].as_str()), (Some(1), Some("bob@sender.test")));
        assert_eq!(h.err("list_all_smartlead_email_account_tags", json!({"email_ids": ["not-an-email"]})).await.kind, "invalid_input");
    }

    smartlead_email_accounts_assign_tags(h) {
        let ada = ada(&h);
        h.ok("smartlead_email_accounts_assign_tags", json!({"email_account_ids": [ada], "tag_ids": [3]})).await;
        let e = h.err("smartlead_email_accounts_assign_tags", json!({"email_account_ids": [ada], "tag_ids": [77]})).await;
        assert!(e.kind == "remote" && e.message.contains("Tag 77"), "{e}");
    }

    smartlead_email_accounts_remove_tags(h) {
        let ada = ada(&h);
        h.ok("smartlead_email_accounts_assign_tags", json!({"email_account_ids": [ada], "tag_ids": [3]})).await;
        assert_eq!(h.err("smartlead_email_accounts_remove_tags", json!({"email_account_ids": [ada], "tag_ids": [3], "confirm": false})).await.kind, "invalid_input");
        assert_eq!(h.mock.with_store(|s| s.account_tags.len()), 1, "refused: the tag stays");
        h.ok("smartlead_email_accounts_remove_tags", json!({"email_account_ids": [ada], "tag_ids": [3], "confirm": true})).await;
        assert!(h.mock.with_store(|s| s.account_tags.is_empty()));
    }
}
