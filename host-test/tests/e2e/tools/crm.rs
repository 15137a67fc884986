//! A lead's CRM and the global block list as tools: Smartlead's argument names, and the
//! removals confirmed first.

use super::*;

/// A conversation's lead id and map id.
async fn lead_of_conversation(h: &Harness) -> (u64, u64) {
    let (campaign, maps) = h.conversations(1).await;
    let lead = h.mock.with_store(|s| s.campaign_leads(campaign).next().map(|(lead, _)| *lead)).unwrap();
    (lead, maps[0])
}

tool_tests! {
    list_all_smartlead_lead_notes(h) {
        let (lead, map) = lead_of_conversation(&h).await;
        for text in ["First", "Second"] {
            h.ok("smartlead_master_inbox_create_note", json!({"email_lead_map_id": map, "note_message": text})).await;
        }
        let page = h.ok("list_all_smartlead_lead_notes", json!({"id": lead, "limit": 1})).await;
        assert_eq!(page["result"][0]["note_message"], "First");
        let rest = h.ok("list_all_smartlead_lead_notes", json!({"id": lead, "next_cursor": page["next_cursor"]})).await;
        assert_eq!((rest["result"][0]["note_message"].as_str(), rest["next_cursor"].clone()), (Some("Second"), Value::Null));
    }

    list_all_smartlead_lead_tags(h) {
        let page = h.ok("list_all_smartlead_lead_tags", json!({})).await;
        assert_eq!(page["result"][0], json!({"id": 1, "tag_mapping_id": null, "name": "Hot", "color": "#ff0000"}));
    }

    smartlead_crm_add_lead_tags(h) {
        let (lead, _) = lead_of_conversation(&h).await;
        h.ok("smartlead_crm_add_lead_tags", json!({"leadId": lead, "tagIds": [3]})).await;
        let page = h.ok("list_all_smartlead_lead_tags", json!({"leadId": lead})).await;
        assert_eq!(page["result"][0]["name"], "Later");
        let e = h.err("smartlead_crm_add_lead_tags", json!({"leadId": lead, "tagIds": [99]})).await;
        assert!(e.kind == "remote" && e.message.contains("Tag 99"), "Smartlead's refusal, as said: {e}");
    }

    delete_a_smartlead_lead_tag_by_id(h) {
        let (lead, _) = lead_of_conversation(&h).await;
        h.ok("smartlead_crm_add_lead_tags", json!({"leadId": lead, "tagIds": [1]})).await;
        let mapping = h.ok("list_all_smartlead_lead_tags", json!({"leadId": lead})).await["result"][0]["tag_mapping_id"].clone();
        assert_eq!(h.err("delete_a_smartlead_lead_tag_by_id", json!({"tagMappingId": mapping, "confirm": false})).await.kind, "invalid_input");
        assert_eq!(h.mock.with_store(|s| s.lead_tags.len()), 1, "refused: nothing removed");
        h.ok("delete_a_smartlead_lead_tag_by_id", json!({"tagMappingId": mapping, "confirm": true})).await;
        assert_eq!(h.ok("list_all_smartlead_lead_tags", json!({"leadId": lead})).await["result_count"], 0);
    }

    list_all_smartlead_lead_tasks(h) {
        let (lead, map) = lead_of_conversation(&h).await;
        h.ok("smartlead_master_inbox_create_task", json!({"email_lead_map_id": map, "name": "Call", "due_date": "2026-03-01"})).await;
        let page = h.ok("list_all_smartlead_lead_tasks", json!({"id": lead})).await;
        assert_eq!((page["result"][0]["due_date"].as_str(), page["result"][0]["lead_id"].as_u64()), (Some("2026-03-01"), Some(lead)));
    }

    list_all_smartlead_block_list(h) {
        h.ok("smartlead_leads_block", json!({"domain_block_list": ["one.test", "two.test"], "confirm": true})).await;
        let page = h.ok("list_all_smartlead_block_list", json!({"limit": 1000})).await;
        assert_eq!(page["result"].as_array().unwrap().iter().map(|e| e["email_or_domain"].as_str().unwrap()).collect::<Vec<_>>(), ["one.test", "two.test"]);
        assert_eq!(h.err("list_all_smartlead_block_list", json!({"limit": 1001})).await.kind, "invalid_input");
    }

    delete_a_smartlead_block_list_entry_by_id(h) {
        h.ok("smartlead_leads_block", json!({"domain_block_list": ["gone.test"], "confirm": true})).await;
        assert_eq!(h.err("delete_a_smartlead_block_list_entry_by_id", json!({"id": 1, "confirm": false})).await.kind, "invalid_input");
        assert!(h.sent("DELETE", "/leads/delete-domain-block-list").is_empty(), "refused: nothing sent");
        h.ok("delete_a_smartlead_block_list_entry_by_id", json!({"id": 1, "confirm": true})).await;
        assert_eq!(h.ok("list_all_smartlead_block_list", json!({})).await["result_count"], 0);
    }
}
