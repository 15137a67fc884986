//! A lead's CRM through the typed functions: notes and tasks written from the inbox and
//! read back by lead id, tags put on and taken off by mapping id.

use super::*;
use smartlead_host::bindings::crm;

/// A conversation's lead id and map id.
async fn lead_of_conversation(h: &Harness) -> (u64, u64) {
    let (campaign, maps) = h.conversations(1).await;
    let lead = h.mock.with_store(|s| s.campaign_leads(campaign).next().map(|(lead, _)| *lead)).unwrap();
    (lead, maps[0])
}

typed_tests! {
    list_all_smartlead_lead_notes(h) {
        let (lead, map) = lead_of_conversation(&h).await;
        h.ok("smartlead_master_inbox_create_note", json!({"email_lead_map_id": map, "note_message": "Budget in Q3"})).await;
        let (out, sent) = typed!(h, smartlead_connector_crm.call_list_all_smartlead_lead_notes(wit(json!({"id": lead})), &page(10)));
        assert_eq!(route(&sent), ("GET", format!("/crm/leads/notes/{lead}").as_str()));
        let note = ok(out)["result"][0].clone();
        assert_eq!((note["note_message"].as_str(), note["lead_id"].as_u64(), note["created_by"].as_str()), (Some("Budget in Q3"), Some(lead), Some("ada@sender.test")));
    }

    list_all_smartlead_lead_tags(h) {
        let (lead, _) = lead_of_conversation(&h).await;
        h.ok("smartlead_crm_add_lead_tags", json!({"leadId": lead, "tagIds": [2]})).await;
        let args: crm::LeadTagFilter = wit(json!({"lead_id": lead}));
        let (out, sent) = typed!(h, smartlead_connector_crm.call_list_all_smartlead_lead_tags(args, &page(10)));
        assert_eq!((route(&sent), sent[0].query("leadId")), (("GET", "/crm/leads/tags"), Some(lead.to_string().as_str())));
        let tag = ok(out)["result"][0].clone();
        assert_eq!((tag["name"].as_str(), tag["tag_mapping_id"].is_u64()), (Some("Partner"), true));
        let (out, _) = typed!(h, smartlead_connector_crm.call_list_all_smartlead_lead_tags(wit(json!({"lead_id": null})), &page(10)));
        assert_eq!(ok(out)["result_count"], 3, "without a lead, every tag of the account");
    }

    smartlead_crm_add_lead_tags(h) {
        let (lead, _) = lead_of_conversation(&h).await;
        let args: crm::LeadTagging = wit(json!({"lead_id": lead, "tag_ids": [1, 3]}));
        let (out, sent) = typed!(h, smartlead_connector_crm.call_smartlead_crm_add_lead_tags(&args));
        let (method, path, body) = only(&sent);
        assert_eq!((method, path, body.cloned()), ("POST", "/crm/leads/tags", Some(json!({"leadId": lead, "tagIds": [1, 3]}))));
        assert_eq!(ok(out)["message"], "Tags added to lead");
        assert_eq!(h.mock.with_store(|s| s.lead_tags.len()), 2);
        let empty: crm::LeadTagging = wit(json!({"lead_id": lead, "tag_ids": []}));
        let (out, sent) = typed!(h, smartlead_connector_crm.call_smartlead_crm_add_lead_tags(&empty));
        assert!(matches!(out, Err(Error::InvalidInput(ref m)) if m.contains("tagIds")) && sent.is_empty(), "{out:?}");
    }

    delete_a_smartlead_lead_tag_by_id(h) {
        let (lead, _) = lead_of_conversation(&h).await;
        h.ok("smartlead_crm_add_lead_tags", json!({"leadId": lead, "tagIds": [1]})).await;
        let mapping = h.mock.with_store(|s| s.lead_tags[0]["tag_mapping_id"].as_u64()).unwrap();
        let (out, sent) = typed!(h, smartlead_connector_crm.call_delete_a_smartlead_lead_tag_by_id(wit(json!({"tag_mapping_id": mapping}))));
        assert_eq!(route(&sent), ("DELETE", format!("/crm/leads/tags/{mapping}").as_str()));
        ok(out);
        assert!(h.mock.with_store(|s| s.lead_tags.is_empty()));
        let (out, _) = typed!(h, smartlead_connector_crm.call_delete_a_smartlead_lead_tag_by_id(wit(json!({"tag_mapping_id": mapping}))));
        assert!(matches!(out, Err(Error::NotFound(_))), "{out:?}");
    }

    list_all_smartlead_lead_tasks(h) {
        let (lead, map) = lead_of_conversation(&h).await;
        h.ok("smartlead_master_inbox_create_task", json!({"email_lead_map_id": map, "name": "Send deck", "priority": "LOW"})).await;
        let (out, sent) = typed!(h, smartlead_connector_crm.call_list_all_smartlead_lead_tasks(wit(json!({"id": lead})), &page(10)));
        assert_eq!(route(&sent), ("GET", format!("/crm/leads/tasks/{lead}").as_str()));
        let task = ok(out)["result"][0].clone();
        assert_eq!((task["name"].as_str(), task["priority"].as_str(), task["status"].as_str()), (Some("Send deck"), Some("LOW"), Some("PENDING")));
    }
}
