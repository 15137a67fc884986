//! The global block list through the typed functions: read with offset paging, an entry
//! taken off by the id in the query.

use super::*;

typed_tests! {
    list_all_smartlead_block_list(h) {
        h.ok("smartlead_leads_block", json!({"domain_block_list": ["rival.test", "a@b.test", "rival2.test"], "confirm": true})).await;
        let args = wit(json!({"filter_client_id": null, "filter_email_or_domain": "rival", "filter_email_with_domain": null}));
        let (out, sent) = typed!(h, smartlead_connector_leads.call_list_all_smartlead_block_list(&args, &page(1)));
        assert_eq!(route(&sent), ("GET", "/leads/get-domain-block-list"));
        assert_eq!((sent[0].query("filter_email_or_domain"), sent[0].query("limit"), sent[0].query("offset")), (Some("rival"), Some("1"), Some("0")));
        let first = ok(out);
        assert_eq!((first["result"][0]["email_or_domain"].as_str(), first["result"][0]["id"].as_u64()), (Some("rival.test"), Some(1)));
        let next = Page { limit: Some(1), cursor: first["next_cursor"].as_str().map(str::to_string) };
        let (out, sent) = typed!(h, smartlead_connector_leads.call_list_all_smartlead_block_list(&args, &next));
        assert_eq!(sent[0].query("offset"), Some("1"));
        assert_eq!(ok(out)["result"][0]["email_or_domain"], "rival2.test");
    }

    delete_a_smartlead_block_list_entry_by_id(h) {
        h.ok("smartlead_leads_block", json!({"domain_block_list": ["rival.test", "keep.test"], "confirm": true})).await;
        let (out, sent) = typed!(h, smartlead_connector_leads.call_delete_a_smartlead_block_list_entry_by_id(wit(json!({"id": 1}))));
        let (method, path, body) = only(&sent);
        assert_eq!((method, path, body, sent[0].query("id")), ("DELETE", "/leads/delete-domain-block-list", None, Some("1")));
        ok(out);
        assert!(h.mock.with_store(|s| !s.blocks("x@rival.test") && s.blocks("x@keep.test")));
        let (out, _) = typed!(h, smartlead_connector_leads.call_delete_a_smartlead_block_list_entry_by_id(wit(json!({"id": 1}))));
        assert!(matches!(out, Err(Error::NotFound(_))), "{out:?}");
    }
}
