//! Smart Senders as tools, on their own host: an order spends money and is confirmed
//! first; the key goes to Smart Senders' host and to no other.

use super::*;
use smartlead_mock::MockServer;

fn order(domain: &str) -> Value {
    json!({"vendor_id": 1, "forwarding_domain": "acme.test",
        "user_details": {"email": "buyer@acme.test", "firstName": "Ada", "lastName": "Lovelace", "company": "Acme", "country": "UK", "city": "London",
            "addressLineOne": "1 Main St", "postalCode": "N1", "state": "LDN", "phoneCc": "+44", "phone": "7000000000", "languagePreference": "en"},
        "domains": [{"domain_name": domain, "mailbox_details": [{"mailbox": "ada", "first_name": "Ada", "last_name": "Lovelace"}]}]})
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn smart_senders_calls_go_to_their_own_host_with_the_key() {
    let senders = MockServer::start(KEY).expect("a second mock starts");
    let h = Harness::with(|s| s.smart_senders_base_url = senders.base_url());
    let vendors = h.ok("list_all_smartlead_smart_senders_vendors", json!({})).await;
    assert_eq!(vendors["result_count"], 2);
    let there = senders.requests();
    assert_eq!((there.len(), there[0].path.as_str(), there[0].query("api_key")), (1, "/smart-senders/get-vendors", Some(KEY)), "sent to Smart Senders' host, keyed");
    assert!(h.mock.requests().is_empty(), "nothing went to the core API's host");
    h.ok("list_all_smartlead_campaigns", json!({})).await;
    assert_eq!((h.mock.requests().len(), senders.requests().len()), (1, 1), "and core calls stay on the core host");
}

tool_tests! {
    smartlead_smart_senders_get_otp(h) {
        let e = h.err("smartlead_smart_senders_get_otp", json!({"email_account": "nobody@nowhere.test"})).await;
        assert!(e.kind == "remote" && e.message.contains("No Smart Senders mailbox"), "{e}");
    }

    smartlead_smart_senders_auto_generate_mailboxes(h) {
        let rows = h.ok("smartlead_smart_senders_auto_generate_mailboxes", json!({"vendor_id": 2, "domains": {"a.test": {"count": 1}}})).await;
        assert_eq!(rows["rows"][0]["email"], "ada@a.test", "a numeric vendor_id sent as the text this route takes");
        assert_eq!(h.sent("POST", "/smart-senders/auto-generate-mailboxes")[0].body.as_ref().unwrap()["vendor_id"], "2");
    }

    list_all_smartlead_smart_senders_domains(h) {
        assert_eq!(h.ok("list_all_smartlead_smart_senders_domains", json!({})).await["result_count"], 0);
    }

    list_all_smartlead_smart_senders_vendors(h) {
        let page = h.ok("list_all_smartlead_smart_senders_vendors", json!({"limit": 1})).await;
        assert_eq!((page["result"][0]["name"].as_str(), page["next_cursor"].is_string()), (Some("Zapmail"), true));
    }

    get_single_smartlead_smart_senders_order_by_id(h) {
        let e = h.err("get_single_smartlead_smart_senders_order_by_id", json!({"order_id": "ORD_0"})).await;
        assert!(e.kind == "remote" && e.message == "Order not found", "{e}");
    }

    smartlead_smart_senders_place_order(h) {
        let mut unconfirmed = order("shop.test");
        unconfirmed["confirm"] = json!(false);
        let e = h.err("smartlead_smart_senders_place_order", unconfirmed).await;
        assert!(e.kind == "invalid_input" && e.message.contains("not carried out"), "{e}");
        assert!(h.sent("POST", "/smart-senders/place-order").is_empty(), "refused: nothing bought");
        let mut confirmed = order("shop.test");
        confirmed["confirm"] = json!(true);
        h.ok("smartlead_smart_senders_place_order", confirmed).await;
        let domains = h.ok("list_all_smartlead_smart_senders_domains", json!({})).await;
        assert_eq!(domains["result"][0]["domain"], "shop.test");
    }

    list_all_smartlead_smart_senders_domain_search(h) {
        let page = h.ok("list_all_smartlead_smart_senders_domain_search", json!({"domain_name": "acme.com"})).await;
        assert_eq!(page["result_count"], 4, "two endings from each of two vendors");
    }
}
