//! A campaign's less common actions and reports through the typed functions, and one
//! email sent outside campaigns.

use super::*;
use smartlead_host::bindings::utilities;

/// The first lead of a campaign: its id, map id, and the first email's Message-ID and stats_id.
fn first_lead(h: &Harness, campaign: u64) -> (u64, u64, String, String) {
    h.mock.with_store(|s| {
        let (lead, m) = s.campaign_leads(campaign).next().unwrap();
        let first = &m.messages[0];
        (*lead, m.map_id, first["message_id"].as_str().unwrap().to_string(), first["stats_id"].as_str().unwrap().to_string())
    })
}

fn ada(h: &Harness) -> u64 {
    h.mock.with_store(|s| *s.email_accounts.keys().next().unwrap())
}

typed_tests! {
    smartlead_campaigns_duplicate(h) {
        let original = campaign(&h, "Launch").await;
        h.ok("create_a_smartlead_campaign_email_account", json!({"campaign_id": original, "email_account_ids": [ada(&h)]})).await;
        let args: campaigns::CampaignCopy = wit(json!({"campaign_id": original, "duplicate_sub_sequence": true, "duplicate_client_label": null}));
        let (out, sent) = typed!(h, smartlead_connector_campaigns.call_smartlead_campaigns_duplicate(args));
        let (method, path, body) = only(&sent);
        assert_eq!((method, path, body.cloned()), ("POST", format!("/campaigns/{original}/duplicate").as_str(), Some(json!({"duplicate_sub_sequence": true}))));
        let copy = ok(out)["id"].as_u64().expect("newCampaignId read as the id");
        assert_ne!(copy, original);
        let (status, senders) = h.mock.with_store(|s| (s.campaigns[&copy].status.clone(), s.campaigns[&copy].email_account_ids.len()));
        assert_eq!((status.as_str(), senders), ("DRAFTED", 1));
        let (out, _) = typed!(h, smartlead_connector_campaigns.call_smartlead_campaigns_duplicate(wit(json!({"campaign_id": 1}))));
        assert!(matches!(out, Err(Error::Remote(ref r)) if r.status == 500), "Smartlead's 500 for an unknown campaign: {out:?}");
    }

    create_a_smartlead_subsequence(h) {
        let parent = campaign(&h, "Parent").await;
        let args: campaigns::NewSubsequence = wit(json!({"parent_campaign_id": parent, "subsequence_name": "Follow-up", "condition_events": ["\"EMAIL_REPLY\"", "{\"category_id\": 1}"]}));
        let (out, sent) = typed!(h, smartlead_connector_campaigns.call_create_a_smartlead_subsequence(&args));
        let (method, path, body) = only(&sent);
        assert_eq!((method, path), ("POST", "/campaigns/create-subsequence"));
        assert_eq!(body.unwrap()["condition_events"], json!(["EMAIL_REPLY", {"category_id": 1}]), "each event's JSON sent as JSON");
        let id = ok(out)["id"].as_u64().expect("subsequence_id read as the id");
        assert_eq!(h.mock.with_store(|s| s.campaigns[&id].settings["parent_campaign_id"].clone()), json!(parent));
    }

    smartlead_campaigns_forward_email(h) {
        let (id, _) = h.campaign_with_leads(1).await;
        let (_, _, message_id, stats_id) = first_lead(&h, id);
        let args: campaigns::EmailForward = wit(json!({"campaign_id": id, "message_id": message_id, "stats_id": stats_id,
            "to_emails": ["boss@example.com", "sales@example.com"], "forward_email_body": "FYI", "forward_email_subject": null}));
        let (out, sent) = typed!(h, smartlead_connector_campaigns.call_smartlead_campaigns_forward_email(&args));
        let (method, path, body) = only(&sent);
        assert_eq!((method, path), ("POST", format!("/campaigns/{id}/forward-email").as_str()));
        assert_eq!(body.unwrap()["to_emails"], "boss@example.com,sales@example.com", "comma-separated, as Smartlead takes them");
        assert_eq!(ok(out), json!({"message_id": "<forward1@sender.test>", "status": "sent"}));
        let bad: campaigns::EmailForward = wit(json!({"campaign_id": id, "message_id": "x", "stats_id": "y", "to_emails": ["nobody"], "forward_email_body": null, "forward_email_subject": null}));
        let (out, sent) = typed!(h, smartlead_connector_campaigns.call_smartlead_campaigns_forward_email(&bad));
        assert!(matches!(out, Err(Error::InvalidInput(ref m)) if m.contains("to_emails")) && sent.is_empty(), "{out:?}");
    }

    smartlead_campaigns_assign_team_member(h) {
        let id = campaign(&h, "Owned").await;
        let (out, sent) = typed!(h, smartlead_connector_campaigns.call_smartlead_campaigns_assign_team_member(wit(json!({"campaign_id": id, "team_member_id": 42}))));
        assert_eq!(only(&sent).2.cloned(), Some(json!({"teamMemberId": 42})));
        assert_eq!(ok(out)["message"], "Team member assigned");
        let (out, sent) = typed!(h, smartlead_connector_campaigns.call_smartlead_campaigns_assign_team_member(wit(json!({"campaign_id": id, "team_member_id": null}))));
        assert_eq!(only(&sent).2.cloned(), Some(json!({"teamMemberId": null})), "none is sent as null: it unassigns");
        assert_eq!(ok(out)["message"], "Team member unassigned");
    }

    smartlead_campaigns_update_lead_email_account(h) {
        let (id, leads) = h.campaign_with_leads(1).await;
        let ada = ada(&h);
        h.ok("create_a_smartlead_campaign_email_account", json!({"campaign_id": id, "email_account_ids": [ada]})).await;
        let args: campaigns::LeadSenderChange = wit(json!({"email_account_id": ada, "email_campaign_id": id, "email_lead_id": leads[0], "override_lead_email_account": null}));
        let (out, sent) = typed!(h, smartlead_connector_campaigns.call_smartlead_campaigns_update_lead_email_account(args));
        let (method, path, body) = only(&sent);
        assert_eq!((method, path, body.cloned()), ("POST", "/campaigns/update-lead-email-account", Some(json!({"email_account_id": ada, "email_campaign_id": id, "email_lead_id": leads[0]}))));
        ok(out);
        assert_eq!(h.mock.with_store(|s| s.lead_senders.get(&(id, leads[0])).copied()), Some(ada));
        let (out, _) = typed!(h, smartlead_connector_campaigns.call_smartlead_campaigns_update_lead_email_account(args));
        assert!(matches!(out, Err(Error::Remote(ref r)) if r.message.contains("override_lead_email_account")), "{out:?}");
    }

    list_all_smartlead_lead_activities(h) {
        let (id, maps) = h.conversations(2).await;
        let args: campaigns::ActivityWindow = wit(json!({"event_time_from": "2025-11-01", "event_time_to": "2025-11-30T23:59:59Z"}));
        let (out, sent) = typed!(h, smartlead_connector_campaigns.call_list_all_smartlead_lead_activities(&args, &page(1)));
        assert_eq!(route(&sent), ("GET", "/campaigns/all-leads-activities"));
        assert_eq!((sent[0].query("event_time_from"), sent[0].query("limit")), (Some("2025-11-01"), Some("1")));
        let first = ok(out);
        let row = first["result"][0].clone();
        assert_eq!((row["campaign_id"].as_u64(), row["email_lead_map_id"].as_u64(), row["campaign_status"].as_str()), (Some(id), Some(maps[0]), Some("DRAFTED")));
        let activity: Value = serde_json::from_str(row["activities"][1].as_str().unwrap()).unwrap();
        assert_eq!(activity["type"], "REPLY", "activities kept as JSON");
        assert!(first["next_cursor"].is_string());
        let bad: campaigns::ActivityWindow = wit(json!({"event_time_from": null, "event_time_to": "2025-11-30"}));
        let (out, sent) = typed!(h, smartlead_connector_campaigns.call_list_all_smartlead_lead_activities(&bad, &page(1)));
        assert!(matches!(out, Err(Error::InvalidInput(ref m)) if m.contains("event_time_from")) && sent.is_empty(), "{out:?}");
    }

    smartlead_campaigns_top_level_analytics_by_date(h) {
        let (id, _) = h.conversations(2).await;
        let args: campaigns::CampaignWindow = wit(json!({"campaign_id": id, "start_date": "2025-11-01", "end_date": "2025-11-30"}));
        let (out, sent) = typed!(h, smartlead_connector_campaigns.call_smartlead_campaigns_top_level_analytics_by_date(&args));
        assert_eq!(route(&sent), ("GET", format!("/campaigns/{id}/top-level-analytics-by-date").as_str()));
        assert_eq!((sent[0].query("start_date"), sent[0].query("end_date")), (Some("2025-11-01"), Some("2025-11-30")));
        let totals = ok(out);
        assert_eq!((totals["total_sent"].as_u64(), totals["reply_rate"].as_f64(), totals["sent_count"].clone()), (Some(2), Some(100.0), Value::Null));
    }

    list_all_smartlead_campaign_lead_statistics(h) {
        let (id, leads) = h.campaign_with_leads(3).await;
        let args: campaigns::LeadStatisticsFilter = wit(json!({"campaign_id": id, "event_time_gt": "2025-01-01"}));
        let (out, sent) = typed!(h, smartlead_connector_campaigns.call_list_all_smartlead_campaign_lead_statistics(&args, &page(2)));
        assert_eq!(route(&sent), ("GET", format!("/campaigns/{id}/leads-statistics").as_str()));
        assert_eq!((sent[0].query("event_time_gt"), sent[0].query("offset")), (Some("2025-01-01"), Some("0")));
        let first = ok(out);
        let row: Value = serde_json::from_str(first["result"][0].as_str().unwrap()).unwrap();
        assert_eq!((row["lead_id"].as_u64(), first["result_count"].as_u64()), (Some(leads[0]), Some(2)));
        assert!(first["next_cursor"].is_string());
    }

    list_all_smartlead_campaign_mailbox_statistics(h) {
        let id = campaign(&h, "Boxes").await;
        h.ok("create_a_smartlead_campaign_email_account", json!({"campaign_id": id, "email_account_ids": [ada(&h)]})).await;
        let args: campaigns::MailboxStatisticsFilter = wit(json!({"campaign_id": id, "client_id": null, "start_date": "2025-11-01", "end_date": "2025-11-30", "time_zone": "Europe/Paris"}));
        let (out, sent) = typed!(h, smartlead_connector_campaigns.call_list_all_smartlead_campaign_mailbox_statistics(&args, &page(20)));
        assert_eq!(route(&sent), ("GET", format!("/campaigns/{id}/mailbox-statistics").as_str()));
        assert_eq!((sent[0].query("time_zone"), sent[0].query("limit")), (Some("Europe/Paris"), Some("20")));
        let row: Value = serde_json::from_str(ok(out)["result"][0].as_str().unwrap()).unwrap();
        assert_eq!(row["from_email"], "ada@sender.test");
        let half: campaigns::MailboxStatisticsFilter = wit(json!({"campaign_id": id, "client_id": null, "start_date": "2025-11-01", "end_date": null, "time_zone": null}));
        let (out, sent) = typed!(h, smartlead_connector_campaigns.call_list_all_smartlead_campaign_mailbox_statistics(&half, &page(20)));
        assert!(matches!(out, Err(Error::InvalidInput(ref m)) if m.contains("end_date")) && sent.is_empty(), "{out:?}");
        let (out, sent) = typed!(h, smartlead_connector_campaigns.call_list_all_smartlead_campaign_mailbox_statistics(&args, &page(21)));
        assert!(matches!(out, Err(Error::InvalidInput(ref m)) if m.contains("20")) && sent.is_empty(), "Smartlead's bound of 20: {out:?}");
    }

    smartlead_campaign_leads_manual_complete(h) {
        let (id, _) = h.campaign_with_leads(1).await;
        let (lead, map, _, _) = first_lead(&h, id);
        let (out, sent) = typed!(h, smartlead_connector_campaign_leads.call_smartlead_campaign_leads_manual_complete(wit(json!({"campaign_id": id, "lead_map_id": map}))));
        assert_eq!(route(&sent), ("POST", format!("/campaigns/{id}/leads/{map}/manual-complete").as_str()));
        assert_eq!(ok(out)["message"], "Lead marked as complete");
        assert_eq!(h.mock.with_store(|s| s.memberships[&(id, lead)].status.clone()), "COMPLETED");
        let (out, _) = typed!(h, smartlead_connector_campaign_leads.call_smartlead_campaign_leads_manual_complete(wit(json!({"campaign_id": id, "lead_map_id": lead}))));
        assert!(matches!(out, Err(Error::NotFound(_))), "a lead id is not a map id: {out:?}");
    }

    smartlead_utilities_send_single_email(h) {
        let args: utilities::SingleEmail = wit(json!({"to": "lead@example.com", "subject": "Hello", "body": "<p>Hi</p>", "from_email": "ada@sender.test", "from_email_id": null,
            "from_name": "Ada", "reply_to": null, "attachments": [{"filename": "deck.pdf", "content": "JVBERi0xLjQ=", "mime_type": "application/pdf"}]}));
        let (out, sent) = typed!(h, smartlead_connector_utilities.call_smartlead_utilities_send_single_email(&args));
        let (method, path, body) = only(&sent);
        assert_eq!((method, path), ("POST", "/send-email/initiate"));
        let body = body.unwrap();
        assert_eq!((body["fromEmail"].as_str(), body["fromName"].as_str(), body["attachments"][0]["mimeType"].as_str()), (Some("ada@sender.test"), Some("Ada"), Some("application/pdf")));
        assert_eq!(ok(out), json!({"message": "Email sent successfully", "message_id": "<single1@sender.test>"}));
        let anonymous: utilities::SingleEmail = wit(json!({"to": "lead@example.com", "subject": "Hello", "body": "x", "from_email": null, "from_email_id": null, "from_name": null, "reply_to": null, "attachments": null}));
        let (out, sent) = typed!(h, smartlead_connector_utilities.call_smartlead_utilities_send_single_email(&anonymous));
        assert!(matches!(out, Err(Error::InvalidInput(ref m)) if m.contains("fromEmail")) && sent.is_empty(), "{out:?}");
    }
}
