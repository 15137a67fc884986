//! Smart Senders through the typed functions, on its own host: what each route sends
//! and what comes back, orders placed and read back with their mailboxes.

use super::*;
use smartlead_host::bindings::smart_senders as ss;

/// The order body of one domain and one mailbox.
fn order(domain: &str) -> Value {
    json!({"vendor_id": 1, "forwarding_domain": "acme.test",
        "user_details": {"email": "buyer@acme.test", "first_name": "Ada", "last_name": "Lovelace", "company": "Acme", "country": "UK", "city": "London",
            "address_line_one": "1 Main St", "address_line_two": null, "postal_code": "N1", "state": "LDN", "phone_cc": "+44", "phone": "7000000000", "language_preference": "en"},
        "domains": [{"domain_name": domain, "mailbox_details": [{"mailbox": "ada", "first_name": "Ada", "last_name": "Lovelace", "profile_pic": null, "parent_account_id": null}]}]})
}

/// Places an order for `domain` through the tool; returns its order id.
async fn ordered(h: &Harness, domain: &str) -> String {
    let mut args = order(domain);
    args["user_details"] = json!({"email": "buyer@acme.test", "firstName": "Ada", "lastName": "Lovelace", "company": "Acme", "country": "UK", "city": "London",
        "addressLineOne": "1 Main St", "postalCode": "N1", "state": "LDN", "phoneCc": "+44", "phone": "7000000000", "languagePreference": "en"});
    args["confirm"] = json!(true);
    h.ok("smartlead_smart_senders_place_order", args).await;
    h.mock.with_store(|s| s.sender_orders.last().unwrap()["order_id"].as_str().unwrap().to_string())
}

typed_tests! {
    smartlead_smart_senders_get_otp(h) {
        ordered(&h, "ada-mail.test").await;
        let (out, sent) = typed!(h, smartlead_connector_smart_senders.call_smartlead_smart_senders_get_otp(&wit(json!({"email_account": "ada@ada-mail.test"}))));
        assert_eq!((route(&sent), sent[0].query("email_account")), (("GET", "/smart-senders/auth-secret"), Some("ada@ada-mail.test")));
        assert_eq!(ok(out), json!({"otp": "482913", "expires_in": 300}));
    }

    smartlead_smart_senders_auto_generate_mailboxes(h) {
        let args: ss::MailboxGeneration = wit(json!({"vendor_id": "1", "domains": [{"domain": "new.test", "count": 2}]}));
        let (out, sent) = typed!(h, smartlead_connector_smart_senders.call_smartlead_smart_senders_auto_generate_mailboxes(&args));
        let (method, path, body) = only(&sent);
        assert_eq!((method, path, body.cloned()), ("POST", "/smart-senders/auto-generate-mailboxes", Some(json!({"vendor_id": "1", "domains": {"new.test": {"count": 2}}}))), "domains as Smartlead's map");
        let rows: Vec<Value> = ok(out)["rows"].as_array().unwrap().iter().map(|r| serde_json::from_str(r.as_str().unwrap()).unwrap()).collect();
        assert_eq!(rows.iter().map(|r| r["email"].as_str().unwrap()).collect::<Vec<_>>(), ["ada@new.test", "bob@new.test"]);
    }

    list_all_smartlead_smart_senders_domains(h) {
        ordered(&h, "one.test").await;
        ordered(&h, "two.test").await;
        let (out, sent) = typed!(h, smartlead_connector_smart_senders.call_list_all_smartlead_smart_senders_domains(&page(1)));
        assert_eq!(route(&sent), ("GET", "/smart-senders/get-domain-list"));
        let first = ok(out);
        assert_eq!(serde_json::from_str::<Value>(first["result"][0].as_str().unwrap()).unwrap()["domain"], "one.test");
        assert!(first["next_cursor"].is_string(), "sliced: one a page");
    }

    list_all_smartlead_smart_senders_vendors(h) {
        let (out, sent) = typed!(h, smartlead_connector_smart_senders.call_list_all_smartlead_smart_senders_vendors(&page(10)));
        assert_eq!(route(&sent), ("GET", "/smart-senders/get-vendors"));
        let vendors = ok(out);
        assert_eq!(vendors["result_count"], 2);
        assert_eq!(serde_json::from_str::<Value>(vendors["result"][1].as_str().unwrap()).unwrap()["name"], "Mailforge");
    }

    get_single_smartlead_smart_senders_order_by_id(h) {
        let id = ordered(&h, "shop.test").await;
        let (out, sent) = typed!(h, smartlead_connector_smart_senders.call_get_single_smartlead_smart_senders_order_by_id(&wit(json!({"order_id": id}))));
        assert_eq!((route(&sent), sent[0].query("order_id")), (("GET", "/smart-senders/order-details"), Some(id.as_str())));
        let order = ok(out);
        assert_eq!((order["domain"].as_str(), order["email_accounts"][0]["email"].as_str(), order["email_accounts"][0]["password"].as_str()),
                   (Some("shop.test"), Some("ada@shop.test"), Some("encrypted_password_hash")), "the mailboxes' passwords are what this is for");
    }

    smartlead_smart_senders_place_order(h) {
        let args: ss::NewOrder = wit(order("bought.test"));
        let (out, sent) = typed!(h, smartlead_connector_smart_senders.call_smartlead_smart_senders_place_order(&args));
        let (method, path, body) = only(&sent);
        assert_eq!((method, path), ("POST", "/smart-senders/place-order"));
        let body = body.unwrap();
        assert_eq!((body["user_details"]["firstName"].as_str(), body["user_details"]["phoneCc"].as_str()), (Some("Ada"), Some("+44")), "camelCase, as the vendor takes it");
        assert!(body["user_details"].get("addressLineTwo").is_none(), "absent options are left out");
        assert_eq!(body["domains"][0]["mailbox_details"][0]["mailbox"], "ada");
        assert_eq!(ok(out), json!({"rows": []}), "Smartlead's documented answer names nothing");
        assert_eq!(h.mock.with_store(|s| s.sender_orders.len()), 1);
        let bad: ss::NewOrder = wit({ let mut o = order("bought.test"); o["forwarding_domain"] = json!("not a domain"); o });
        let (out, sent) = typed!(h, smartlead_connector_smart_senders.call_smartlead_smart_senders_place_order(&bad));
        assert!(matches!(out, Err(Error::InvalidInput(ref m)) if m.contains("forwarding_domain")) && sent.is_empty(), "{out:?}");
    }

    list_all_smartlead_smart_senders_domain_search(h) {
        let (out, sent) = typed!(h, smartlead_connector_smart_senders.call_list_all_smartlead_smart_senders_domain_search(&wit(json!({"domain_name": "acme.com", "vendor_id": 2})), &page(10)));
        assert_eq!(route(&sent), ("GET", "/smart-senders/search-domain"));
        assert_eq!((sent[0].query("domain_name"), sent[0].query("vendor_id")), (Some("acme.com"), Some("2")));
        let rows: Vec<Value> = ok(out)["result"].as_array().unwrap().iter().map(|r| serde_json::from_str(r.as_str().unwrap()).unwrap()).collect();
        assert_eq!(rows.iter().map(|r| (r["domain"].as_str().unwrap(), r["vendor_id"].as_u64().unwrap())).collect::<Vec<_>>(), [("acme.com", 2), ("acme.io", 2)]);
    }
}
