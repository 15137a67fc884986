//! Mailboxes beyond SMTP through the typed functions: OAuth, deletion, suspension, and
//! the tags put on and taken off them.

use super::*;

/// The seeded mailboxes' ids: Ada's (healthy) and Bob's.
fn mailboxes(h: &Harness) -> (u64, u64) {
    h.mock.with_store(|s| {
        let mut ids = s.email_accounts.keys().copied();
        (ids.next().unwrap(), ids.next().unwrap())
    })
}

fn oauth(extra: Value) -> Value {
    let mut account = json!({
        "id": null, "from_name": "Cleo", "from_email": "cleo@gmail.test", "username": "cleo@gmail.test", "account_type": "GMAIL",
        "token": {"scope": "https://mail.google.com/", "token_type": "Bearer", "access_token": "ya29.secret-access", "refresh_token": "1//secret-refresh",
                  "expiry_date": 1767225600000u64, "id_token": null, "expiry": null, "expires_in": 3599, "ext_expires_in": null},
        "warmup_enabled": true, "use_whitelabel_credentials": false, "max_email_per_day": 40, "custom_tracking_url": null, "bcc": null,
        "time_to_wait_in_mins": null, "signature": null, "total_warmup_per_day": null, "daily_rampup": null, "reply_rate_percentage": null, "client_id": null,
    });
    account.as_object_mut().unwrap().extend(extra.as_object().cloned().unwrap_or_default());
    account
}

typed_tests! {
    smartlead_email_accounts_save_oauth(h) {
        let args: email_accounts::OauthEmailAccount = wit(oauth(json!({})));
        let (out, sent) = typed!(h, smartlead_connector_email_accounts.call_smartlead_email_accounts_save_oauth(&args));
        let (method, path, body) = only(&sent);
        assert_eq!((method, path), ("POST", "/email-accounts/save-oauth"));
        let body = body.unwrap();
        assert_eq!((body["type"].as_str(), body["token"]["refresh_token"].as_str(), body["token"]["expiry_date"].as_u64()), (Some("GMAIL"), Some("1//secret-refresh"), Some(1767225600000)));
        assert!(body.get("id").is_none() && body["token"].get("id_token").is_none(), "absent options are left out: {body}");
        let saved = ok(out);
        assert_eq!((saved["from_email"].as_str(), saved["account_type"].as_str(), saved["is_smtp_success"].as_bool()), (Some("cleo@gmail.test"), Some("GMAIL"), Some(true)));
        assert!(!saved.to_string().contains("secret"), "the token is never returned");
        let yahoo: email_accounts::OauthEmailAccount = wit(oauth(json!({"account_type": "YAHOO"})));
        let (out, sent) = typed!(h, smartlead_connector_email_accounts.call_smartlead_email_accounts_save_oauth(&yahoo));
        assert!(matches!(out, Err(Error::InvalidInput(ref m)) if m.contains("type")) && sent.is_empty(), "{out:?}");
    }

    delete_a_smartlead_email_account_by_id(h) {
        let (ada, _) = mailboxes(&h);
        let id = campaign(&h, "Senders").await;
        h.ok("create_a_smartlead_campaign_email_account", json!({"campaign_id": id, "email_account_ids": [ada]})).await;
        let (out, sent) = typed!(h, smartlead_connector_email_accounts.call_delete_a_smartlead_email_account_by_id(wit(json!({"id": ada}))));
        assert_eq!(route(&sent), ("DELETE", format!("/email-accounts/{ada}").as_str()));
        assert_eq!(ok(out)["message"], "Email account deleted successfully");
        assert!(h.mock.with_store(|s| !s.email_accounts.contains_key(&ada) && s.campaigns[&id].email_account_ids.is_empty()), "gone, and out of the campaign");
        let (out, _) = typed!(h, smartlead_connector_email_accounts.call_delete_a_smartlead_email_account_by_id(wit(json!({"id": ada}))));
        assert!(matches!(out, Err(Error::NotFound(ref r)) if r.message.contains("not found")), "{out:?}");
    }

    smartlead_email_accounts_suspend(h) {
        let (ada, _) = mailboxes(&h);
        let (out, sent) = typed!(h, smartlead_connector_email_accounts.call_smartlead_email_accounts_suspend(wit(json!({"id": ada}))));
        assert_eq!(route(&sent), ("PUT", format!("/email-accounts/suspend/{ada}").as_str()));
        assert_eq!(ok(out), json!({"account_id": ada, "is_suspended": true}), "camelCase accountId read");
        assert_eq!(h.mock.with_store(|s| s.email_accounts[&ada]["is_suspended"].clone()), json!(true));
        let (out, _) = typed!(h, smartlead_connector_email_accounts.call_smartlead_email_accounts_suspend(wit(json!({"id": 1}))));
        assert!(matches!(out, Err(Error::Remote(ref r)) if r.status == 400 && r.message == "Account not found"), "a 400, as Smartlead says it: {out:?}");
    }

    smartlead_email_accounts_unsuspend(h) {
        let (ada, _) = mailboxes(&h);
        typed!(h, smartlead_connector_email_accounts.call_smartlead_email_accounts_suspend(wit(json!({"id": ada})))).0.unwrap();
        let (out, sent) = typed!(h, smartlead_connector_email_accounts.call_smartlead_email_accounts_unsuspend(wit(json!({"id": ada}))));
        assert_eq!(route(&sent), ("DELETE", format!("/email-accounts/unsuspend/{ada}").as_str()));
        assert_eq!(ok(out)["is_suspended"], false);
    }

    create_a_smartlead_tag(h) {
        let args: email_accounts::NewTag = wit(json!({"name": "Warm", "color": "#FFAA00"}));
        let (out, sent) = typed!(h, smartlead_connector_email_accounts.call_create_a_smartlead_tag(&args));
        let (method, path, body) = only(&sent);
        assert_eq!((method, path, body.cloned()), ("POST", "/tags", Some(json!({"name": "Warm", "color": "#FFAA00"}))));
        let tag = ok(out);
        assert_eq!((tag["name"].as_str(), tag["id"].is_u64()), (Some("Warm"), true));
        let bad: email_accounts::NewTag = wit(json!({"name": "Warm", "color": "orange"}));
        let (out, sent) = typed!(h, smartlead_connector_email_accounts.call_create_a_smartlead_tag(&bad));
        assert!(matches!(out, Err(Error::InvalidInput(ref m)) if m.contains("color")) && sent.is_empty(), "{out:?}");
    }

    update_a_smartlead_tag_by_id(h) {
        let args: email_accounts::TagUpdate = wit(json!({"id": 2, "name": "Partners", "color": "#00AA00"}));
        let (out, sent) = typed!(h, smartlead_connector_email_accounts.call_update_a_smartlead_tag_by_id(&args));
        let (method, path, body) = only(&sent);
        assert_eq!((method, path, body.cloned()), ("POST", "/email-accounts/tag-manager", Some(json!({"id": 2, "name": "Partners", "color": "#00AA00"}))));
        assert_eq!(ok(out), json!({"id": 2, "name": "Partners", "color": "#00AA00"}));
        let missing: email_accounts::TagUpdate = wit(json!({"id": 99, "name": "X", "color": "#000000"}));
        let (out, _) = typed!(h, smartlead_connector_email_accounts.call_update_a_smartlead_tag_by_id(&missing));
        assert!(matches!(out, Err(Error::NotFound(_))), "{out:?}");
    }

    list_all_smartlead_email_account_tags(h) {
        let (ada, bob) = mailboxes(&h);
        h.ok("smartlead_email_accounts_assign_tags", json!({"email_account_ids": [ada], "tag_ids": [1, 3]})).await;
        let args: email_accounts::AccountEmails = wit(json!({"email_ids": ["ada@sender.test", "bob@sender.test"]}));
        let (out, sent) = typed!(h, smartlead_connector_email_accounts.call_list_all_smartlead_email_account_tags(&args, &page(10)));
        let (method, path, body) = only(&sent);
        assert_eq!((method, path, body.cloned()), ("POST", "/email-accounts/tag-list", Some(json!({"email_ids": ["ada@sender.test", "bob@sender.test"]}))));
        let rows = ok(out)["result"].clone();
        assert_eq!((rows[0]["email_account_id"].as_u64(), rows[0]["tags"].as_array().unwrap().len()), (Some(ada), 2));
        assert_eq!((rows[1]["email_account_id"].as_u64(), rows[1]["tags"].clone()), (Some(bob), json!([])));
    }

    smartlead_email_accounts_assign_tags(h) {
        let (ada, bob) = mailboxes(&h);
        let args: email_accounts::AccountTagging = wit(json!({"email_account_ids": [ada, bob], "tag_ids": [2]}));
        let (out, sent) = typed!(h, smartlead_connector_email_accounts.call_smartlead_email_accounts_assign_tags(&args));
        assert_eq!(only(&sent).0, "POST");
        assert_eq!((only(&sent).1, only(&sent).2.cloned()), ("/email-accounts/tag-mapping", Some(json!({"email_account_ids": [ada, bob], "tag_ids": [2]}))));
        assert_eq!(ok(out)["message"], "Tags assigned successfully");
        assert_eq!(h.mock.with_store(|s| s.account_tags.clone()), vec![(ada, 2), (bob, 2)]);
        let many: email_accounts::AccountTagging = wit(json!({"email_account_ids": (1..=26).collect::<Vec<u64>>(), "tag_ids": [2]}));
        let (out, sent) = typed!(h, smartlead_connector_email_accounts.call_smartlead_email_accounts_assign_tags(&many));
        assert!(matches!(out, Err(Error::InvalidInput(ref m)) if m.contains("at most 25")) && sent.is_empty(), "{out:?}");
    }

    smartlead_email_accounts_remove_tags(h) {
        let (ada, _) = mailboxes(&h);
        h.ok("smartlead_email_accounts_assign_tags", json!({"email_account_ids": [ada], "tag_ids": [1, 2]})).await;
        let args: email_accounts::AccountTagging = wit(json!({"email_account_ids": [ada], "tag_ids": [1]}));
        let (out, sent) = typed!(h, smartlead_connector_email_accounts.call_smartlead_email_accounts_remove_tags(&args));
        let (method, path, body) = only(&sent);
        assert_eq!((method, path, body.cloned()), ("DELETE", "/email-accounts/tag-mapping", Some(json!({"email_account_ids": [ada], "tag_ids": [1]}))));
        ok(out);
        assert_eq!(h.mock.with_store(|s| s.account_tags.clone()), vec![(ada, 2)], "only the tag named came off");
    }
}
