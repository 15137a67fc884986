//! Every typed WIT function, called through the real host against the mock: each must
//! reach its own Smartlead route with the arguments given and return that route's
//! answer as WIT records. (Two functions with the same argument and result types,
//! swapped in the component, would each hit the other's route and fail here.) The
//! suite is checked complete at compile time against the catalog.

use host_test::Harness;
use serde::de::DeserializeOwned;
use serde_json::{Value, json};
use smartlead_host::bindings::types::{ByCampaign, Error, Page};
use smartlead_host::bindings::{agency_clients, campaign_leads, campaigns, email_accounts, lead_lists, leads, webhooks};
use smartlead_mock::Recorded;

/// Every operation of the catalog has a test of its typed function below or in a
/// group's module, named after it.
macro_rules! every_operation_has_a_typed_test {
    ($($module:ident::$row:ident $name:ident),* $(,)?) => {
        $(#[allow(unused_imports)] use self::$name as _;)*
    };
}
smartlead_component::foreach_operation!(every_operation_has_a_typed_test);

/// A WIT record from JSON named as the WIT names its fields (snake_case).
fn wit<T: DeserializeOwned>(value: Value) -> T {
    serde_json::from_value(value).unwrap_or_else(|e| panic!("not a valid record ({e})"))
}

fn page(limit: u32) -> Page {
    Page { limit: Some(limit), cursor: None }
}

/// Calls typed function `$f` of interface `$i` in a fresh session; gives its outcome
/// (the result as JSON) and the requests it sent.
macro_rules! typed {
    ($h:expr, $i:ident . $f:ident ( $($arg:expr),* $(,)? )) => {{
        let mut s = $h.connector.session().await.unwrap();
        let before = $h.mock.requests().len();
        let out = s.bindings.$i().$f(&mut s.store, s.client $(, $arg)*).await.expect("the call runs");
        let sent: Vec<Recorded> = $h.mock.requests()[before..].to_vec();
        (out.map(|v| serde_json::to_value(&v).unwrap()), sent)
    }};
}

/// The one request a call sent: its method, path and body.
fn only(sent: &[Recorded]) -> (&str, &str, Option<&Value>) {
    assert_eq!(sent.len(), 1, "{sent:?}");
    (sent[0].method.as_str(), sent[0].path.as_str(), sent[0].body.as_ref())
}

/// The method and path of the one request a call sent.
fn route(sent: &[Recorded]) -> (&str, &str) {
    let (method, path, _) = only(sent);
    (method, path)
}

fn ok(outcome: Result<Value, Error>) -> Value {
    outcome.unwrap_or_else(|e| panic!("the typed call failed: {e:?}"))
}

async fn campaign(h: &Harness, name: &str) -> u64 {
    h.ok("create_a_smartlead_campaign", json!({"name": name})).await["id"].as_u64().unwrap()
}

macro_rules! typed_tests {
    ($($name:ident($h:ident) $body:block)*) => {$(
        #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
        pub(crate) async fn $name() {
            let $h = Harness::new();
            $body
        }
    )*};
}

// A group's tests in its own file (declared after the macros it uses).
mod account_webhooks;
mod analytics;
mod block_list;
mod client_api_keys;
mod campaign_actions;
mod crm;
mod mailboxes;
mod master_inbox;
mod smart_delivery;
mod smart_prospect;
mod smart_senders;
mod webhook_deliveries;
#[allow(unused_imports)]
use {account_webhooks::*, analytics::*, block_list::*, client_api_keys::*, crm::*, campaign_actions::*, mailboxes::*, master_inbox::*, smart_senders::*, smart_delivery::*, smart_prospect::*, webhook_deliveries::*};

typed_tests! {
    list_all_smartlead_campaigns(h) {
        let (a, b) = (campaign(&h, "A").await, campaign(&h, "B").await);
        let filter: campaigns::CampaignFilter = wit(json!({"include_tags": true}));
        let (out, sent) = typed!(h, smartlead_connector_campaigns.call_list_all_smartlead_campaigns(filter, &page(1)));
        let first = ok(out);
        assert_eq!(only(&sent).1, "/campaigns");
        assert_eq!(sent[0].query("include_tags"), Some("true"));
        assert_eq!((first["result"][0]["id"].as_u64(), first["result_count"].as_u64()), (Some(a), Some(1)));
        assert_eq!(first["result"][0]["tags"][0]["tag_name"], "Q1");
        let next = Page { limit: None, cursor: first["next_cursor"].as_str().map(str::to_string) };
        let (out, _) = typed!(h, smartlead_connector_campaigns.call_list_all_smartlead_campaigns(filter, &next));
        assert_eq!(ok(out)["result"][0]["id"].as_u64(), Some(b));
    }

    create_a_smartlead_campaign(h) {
        let args: campaigns::NewCampaign = wit(json!({"name": "Typed", "client_id": 7}));
        let (out, sent) = typed!(h, smartlead_connector_campaigns.call_create_a_smartlead_campaign(&args));
        let created = ok(out);
        assert_eq!(only(&sent), ("POST", "/campaigns/create", Some(&json!({"name": "Typed", "client_id": 7}))));
        let id = created["id"].as_u64().unwrap();
        assert_eq!(created["name"], "Typed");
        assert_eq!(h.mock.with_store(|s| s.campaigns[&id].client_id), Some(7));
    }

    get_single_smartlead_campaign_by_id(h) {
        let id = campaign(&h, "One").await;
        let (out, sent) = typed!(h, smartlead_connector_campaigns.call_get_single_smartlead_campaign_by_id(wit(json!({"campaign_id": id}))));
        let got = ok(out);
        assert_eq!(only(&sent).1, format!("/campaigns/{id}"));
        assert_eq!((got["id"].as_u64(), got["name"].as_str(), got["status"].as_str()), (Some(id), Some("One"), Some("DRAFTED")));
        let (out, _) = typed!(h, smartlead_connector_campaigns.call_get_single_smartlead_campaign_by_id(wit(json!({"campaign_id": 4}))));
        assert!(matches!(out, Err(Error::NotFound(ref e)) if e.status == 404), "{out:?}");
    }

    update_a_smartlead_campaign_by_id(h) {
        let id = campaign(&h, "Before").await;
        let args: campaigns::SettingsUpdate = wit(json!({"campaign_id": id, "name": "After", "follow_up_percentage": 40}));
        let (out, sent) = typed!(h, smartlead_connector_campaigns.call_update_a_smartlead_campaign_by_id(&args));
        assert_eq!(ok(out)["ok"], true);
        assert_eq!(only(&sent), ("POST", format!("/campaigns/{id}/settings").as_str(), Some(&json!({"name": "After", "follow_up_percentage": 40}))));
        assert_eq!(h.mock.with_store(|s| s.campaigns[&id].name.clone()), "After");
    }

    delete_a_smartlead_campaign_by_id(h) {
        let id = campaign(&h, "Doomed").await;
        let (out, sent) = typed!(h, smartlead_connector_campaigns.call_delete_a_smartlead_campaign_by_id(wit(json!({"campaign_id": id}))));
        ok(out);
        assert_eq!(route(&sent), ("DELETE", format!("/campaigns/{id}").as_str()));
        assert!(h.mock.with_store(|s| !s.campaigns.contains_key(&id)));
    }

    smartlead_campaigns_top_level_analytics(h) {
        let (id, _) = h.campaign_with_leads(3).await;
        let (out, sent) = typed!(h, smartlead_connector_campaigns.call_smartlead_campaigns_top_level_analytics(wit(json!({"campaign_id": id}))));
        let a = ok(out);
        assert_eq!(only(&sent).1, format!("/campaigns/{id}/analytics"));
        assert_eq!((a["sent_count"].as_u64(), a["campaign_lead_stats"]["total"].as_u64()), (Some(3), Some(3)));
    }

    smartlead_campaigns_export_campaign_leads_csv(h) {
        let (id, _) = h.campaign_with_leads(2).await;
        let (out, sent) = typed!(h, smartlead_connector_campaigns.call_smartlead_campaigns_export_campaign_leads_csv(wit(json!({"campaign_id": id}))));
        let export = ok(out);
        assert_eq!(only(&sent).1, format!("/campaigns/{id}/leads-export"));
        assert_eq!((export["row_count"].as_u64(), export["columns"][8].as_str()), (Some(2), Some("email")));
        assert_eq!((export["rows"][1]["email"].as_str(), export["rows"][1]["campaign_lead_map_id"].is_u64()), (Some("lead1@example.com"), true));
        assert!(export["csv"].as_str().unwrap().contains("lead1@example.com"));
    }

    smartlead_campaigns_update_campaign_status(h) {
        let id = campaign(&h, "Go").await;
        let args: campaigns::StatusChange = wit(json!({"campaign_id": id, "status": "Start"}));
        let (out, sent) = typed!(h, smartlead_connector_campaigns.call_smartlead_campaigns_update_campaign_status(args));
        ok(out);
        assert_eq!(only(&sent), ("POST", format!("/campaigns/{id}/status").as_str(), Some(&json!({"status": "START"}))));
        assert_eq!(h.mock.with_store(|s| s.campaigns[&id].status.clone()), "ACTIVE");
    }

    smartlead_campaigns_update_schedule(h) {
        let id = campaign(&h, "When").await;
        let args: campaigns::ScheduleUpdate = wit(json!({"campaign_id": id, "timezone": "Europe/Berlin", "days_of_the_week": [1, 3], "start_hour": "08:30", "end_hour": "16:00"}));
        let (out, sent) = typed!(h, smartlead_connector_campaigns.call_smartlead_campaigns_update_schedule(&args));
        ok(out);
        let (method, path, body) = only(&sent);
        assert_eq!((method, path), ("POST", format!("/campaigns/{id}/schedule").as_str()));
        assert_eq!(body.unwrap()["days_of_the_week"], json!([1, 3]));
        assert_eq!(h.mock.with_store(|s| s.campaigns[&id].schedule["tz"].clone()), "Europe/Berlin");
    }

    smartlead_campaigns_save_sequences(h) {
        let id = campaign(&h, "Sequences").await;
        let first = h.mock.with_store(|s| s.campaigns[&id].sequences[0]["id"].as_u64().unwrap());
        let args: campaigns::SequencesUpdate = wit(json!({"campaign_id": id, "sequences": [
            {"id": first, "seq_number": 1, "subject": "Hello {{first_name}}", "email_body": "<p>Hi</p>", "seq_delay_details": {"delay_in_days": 0}, "seq_variants": null},
            {"id": null, "seq_number": 3, "subject": null, "email_body": "<p>Last nudge</p>", "seq_delay_details": {"delay_in_days": 5},
             "seq_variants": [{"subject": null, "email_body": "<p>A</p>", "variant_label": "A", "variant_distribution_percentage": 50}]},
        ]}));
        let (out, sent) = typed!(h, smartlead_connector_campaigns.call_smartlead_campaigns_save_sequences(&args));
        let saved = ok(out);
        let (method, path, body) = only(&sent);
        assert_eq!((method, path), ("POST", format!("/campaigns/{id}/sequences").as_str()));
        let body = body.unwrap();
        assert_eq!((body["sequences"][0]["id"].as_u64(), body["sequences"][1].get("id")), (Some(first), None), "a new step goes without an id");
        assert_eq!(body["sequences"][1]["seq_delay_details"], json!({"delay_in_days": 5}));
        assert_eq!(body["sequences"][1]["seq_variants"][0]["variant_distribution_percentage"], 50);
        assert_eq!((saved["ok"].as_bool(), saved["steps"][0]["id"].as_u64(), saved["steps"][0]["subject"].as_str()), (Some(true), Some(first), Some("Hello {{first_name}}")));
        let created = saved["steps"][1]["id"].as_u64().unwrap();
        assert_ne!(created, first);
        let stored = h.mock.with_store(|s| s.campaigns[&id].sequences.clone());
        assert_eq!(stored.iter().map(|q| q["seq_number"].as_u64().unwrap()).collect::<Vec<_>>(), [1, 2, 3], "step 1 replaced, step 3 added");
        assert_eq!(stored[2]["sequence_variants"][0]["variant_label"], "A");
    }

    smartlead_campaigns_send_test_email(h) {
        let (id, leads) = h.campaign_with_leads(1).await;
        let args: campaigns::TestEmail = wit(json!({"campaign_id": id, "lead_id": leads[0], "sequence_number": 2, "selected_email_account_id": null, "custom_email_address": "me@example.com"}));
        let (out, sent) = typed!(h, smartlead_connector_campaigns.call_smartlead_campaigns_send_test_email(&args));
        assert_eq!(ok(out)["message"], "Test email sent successfully");
        let (method, path, body) = only(&sent);
        assert_eq!((method, path), ("POST", format!("/campaigns/{id}/send-test-email").as_str()));
        assert_eq!(*body.unwrap(), json!({"leadId": leads[0], "sequenceNumber": 2, "customEmailAddress": "me@example.com"}), "Smartlead's camelCase names");
    }

    list_all_smartlead_campaign_sequences(h) {
        let id = campaign(&h, "Steps").await;
        let (out, sent) = typed!(h, smartlead_connector_campaigns.call_list_all_smartlead_campaign_sequences(ByCampaign { campaign_id: id }, &page(10)));
        let steps = ok(out);
        assert_eq!(only(&sent).1, format!("/campaigns/{id}/sequences"));
        assert_eq!((steps["result_count"].as_u64(), steps["result"][1]["delay_in_days"].as_u64()), (Some(2), Some(3)));
    }

    list_all_smartlead_campaign_statistics_by_date(h) {
        let (id, _) = h.campaign_with_leads(2).await;
        let args: campaigns::DateRange = wit(json!({"campaign_id": id, "start_date": "2025-01-01", "end_date": "2025-01-31"}));
        let (out, sent) = typed!(h, smartlead_connector_campaigns.call_list_all_smartlead_campaign_statistics_by_date(&args));
        let a = ok(out);
        assert_eq!(only(&sent).1, format!("/campaigns/{id}/analytics-by-date"));
        assert_eq!(sent[0].query("start_date"), Some("2025-01-01"));
        assert_eq!((a["sent_count"].as_u64(), a["end_date"].as_str()), (Some(2), Some("2025-01-31")));
    }

    list_all_smartlead_campaign_statistics(h) {
        let (id, _) = h.campaign_with_leads(3).await;
        let args: campaigns::StatisticsFilter = wit(json!({"campaign_id": id}));
        let (out, sent) = typed!(h, smartlead_connector_campaigns.call_list_all_smartlead_campaign_statistics(&args, &page(2)));
        let stats = ok(out);
        assert_eq!(only(&sent).1, format!("/campaigns/{id}/statistics"));
        assert_eq!((sent[0].query("offset"), sent[0].query("limit")), (Some("0"), Some("2")));
        assert_eq!((stats["result_count"].as_u64(), stats["result"][0]["lead_email"].as_str()), (Some(2), Some("lead0@example.com")));
    }

    list_all_smartlead_email_accounts(h) {
        let (out, sent) = typed!(h, smartlead_connector_email_accounts.call_list_all_smartlead_email_accounts(&wit(json!({})), &page(1)));
        let accounts = ok(out);
        assert_eq!(only(&sent).1, "/email-accounts/");
        assert_eq!((accounts["result"][0]["from_email"].as_str(), accounts["result"][0]["daily_sent_count"].as_u64()), (Some("ada@sender.test"), Some(12)));
        assert!(!accounts.to_string().contains("secret-password"));
    }

    create_a_smartlead_email_account(h) {
        let args: email_accounts::NewEmailAccount = wit(json!({"from_name": "Cy", "from_email": "cy@sender.test", "user_name": "cy@sender.test",
            "password": "hunter2", "smtp_host": "smtp.sender.test", "smtp_port": 587, "imap_host": "imap.sender.test", "imap_port": 993}));
        let (out, sent) = typed!(h, smartlead_connector_email_accounts.call_create_a_smartlead_email_account(&args));
        let created = ok(out);
        assert_eq!(route(&sent), ("POST", "/email-accounts/save"));
        let id = created["id"].as_u64().unwrap();
        assert_eq!(h.mock.with_store(|s| s.email_accounts[&id]["from_email"].clone()), "cy@sender.test");
    }

    get_single_smartlead_email_account_by_id(h) {
        let id = h.mock.with_store(|s| *s.email_accounts.keys().next().unwrap());
        let (out, sent) = typed!(h, smartlead_connector_email_accounts.call_get_single_smartlead_email_account_by_id(wit(json!({"id": id}))));
        let account = ok(out);
        assert_eq!(only(&sent).1, format!("/email-accounts/{id}/"));
        assert_eq!((account["id"].as_u64(), account["account_type"].as_str()), (Some(id), Some("SMTP")));
    }

    update_a_smartlead_email_account_by_id(h) {
        let id = h.mock.with_store(|s| *s.email_accounts.keys().next().unwrap());
        let args: email_accounts::EmailAccountUpdate = wit(json!({"id": id, "max_email_per_day": 77}));
        let (out, sent) = typed!(h, smartlead_connector_email_accounts.call_update_a_smartlead_email_account_by_id(&args));
        ok(out);
        assert_eq!(only(&sent), ("POST", format!("/email-accounts/{id}").as_str(), Some(&json!({"max_email_per_day": 77}))));
        assert_eq!(h.mock.with_store(|s| s.email_accounts[&id]["message_per_day"].clone()), 77);
    }

    smartlead_email_accounts_reconnect_failed_emails(h) {
        let (out, sent) = typed!(h, smartlead_connector_email_accounts.call_smartlead_email_accounts_reconnect_failed_emails());
        assert!(ok(out)["message"].as_str().unwrap().contains("queue"));
        assert_eq!(route(&sent), ("POST", "/email-accounts/reconnect-failed-email-accounts"));
        assert_eq!(h.mock.with_store(|s| s.reconnect_calls), 1);
    }

    list_all_smartlead_campaign_email_accounts(h) {
        let id = campaign(&h, "Senders").await;
        let account = h.mock.with_store(|s| *s.email_accounts.keys().nth(1).unwrap());
        h.ok("create_a_smartlead_campaign_email_account", json!({"campaign_id": id, "email_account_ids": [account]})).await;
        let (out, sent) = typed!(h, smartlead_connector_email_accounts.call_list_all_smartlead_campaign_email_accounts(ByCampaign { campaign_id: id }, &page(10)));
        assert_eq!(only(&sent).1, format!("/campaigns/{id}/email-accounts"));
        assert_eq!(ok(out)["result"][0]["id"].as_u64(), Some(account));
    }

    create_a_smartlead_campaign_email_account(h) {
        let id = campaign(&h, "Senders").await;
        let accounts: Vec<u64> = h.mock.with_store(|s| s.email_accounts.keys().copied().collect());
        let args: email_accounts::CampaignEmailAccounts = wit(json!({"campaign_id": id, "email_account_ids": accounts}));
        let (out, sent) = typed!(h, smartlead_connector_email_accounts.call_create_a_smartlead_campaign_email_account(&args));
        ok(out);
        assert_eq!(only(&sent), ("POST", format!("/campaigns/{id}/email-accounts").as_str(), Some(&json!({"email_account_ids": accounts}))));
        assert_eq!(h.mock.with_store(|s| s.campaigns[&id].email_account_ids.len()), 2);
    }

    delete_a_smartlead_campaign_email_account_by_id(h) {
        let id = campaign(&h, "Senders").await;
        let accounts: Vec<u64> = h.mock.with_store(|s| s.email_accounts.keys().copied().collect());
        h.ok("create_a_smartlead_campaign_email_account", json!({"campaign_id": id, "email_account_ids": accounts})).await;
        let args: email_accounts::CampaignEmailAccounts = wit(json!({"campaign_id": id, "email_account_ids": [accounts[0]]}));
        let (out, sent) = typed!(h, smartlead_connector_email_accounts.call_delete_a_smartlead_campaign_email_account_by_id(&args));
        ok(out);
        assert_eq!(only(&sent), ("DELETE", format!("/campaigns/{id}/email-accounts").as_str(), Some(&json!({"email_account_ids": [accounts[0]]}))));
        assert_eq!(h.mock.with_store(|s| s.campaigns[&id].email_account_ids.len()), 1);
    }

    get_single_smartlead_email_account_warmup_stat_by_id(h) {
        let id = h.mock.with_store(|s| *s.email_accounts.keys().next().unwrap());
        let (out, sent) = typed!(h, smartlead_connector_email_accounts.call_get_single_smartlead_email_account_warmup_stat_by_id(wit(json!({"id": id}))));
        let stats = ok(out);
        assert_eq!(only(&sent).1, format!("/email-accounts/{id}/warmup-stats"));
        assert_eq!((stats["inbox_count"].as_u64(), stats["stats_by_date"].as_array().map(Vec::len)), (Some(67), Some(7)));
    }

    create_a_smartlead_email_account_warmup_setting(h) {
        let id = h.mock.with_store(|s| *s.email_accounts.keys().next().unwrap());
        let args: email_accounts::WarmupSettings = wit(json!({"id": id, "warmup_enabled": false, "total_warmup_per_day": 20}));
        let (out, sent) = typed!(h, smartlead_connector_email_accounts.call_create_a_smartlead_email_account_warmup_setting(&args));
        ok(out);
        assert_eq!(only(&sent), ("POST", format!("/email-accounts/{id}/warmup").as_str(), Some(&json!({"warmup_enabled": false, "total_warmup_per_day": 20}))));
        assert_eq!(h.mock.with_store(|s| s.email_accounts[&id]["warmup_details"]["status"].clone()), "INACTIVE");
    }

    list_all_smartlead_campaign_leads(h) {
        let (id, leads) = h.campaign_with_leads(3).await;
        let filter: campaign_leads::CampaignLeadFilter = wit(json!({"campaign_id": id}));
        let (out, sent) = typed!(h, smartlead_connector_campaign_leads.call_list_all_smartlead_campaign_leads(&filter, &page(2)));
        let rows = ok(out);
        assert_eq!(only(&sent).1, format!("/campaigns/{id}/leads"));
        assert_eq!((rows["result"][0]["lead"]["id"].as_u64(), rows["result_count"].as_u64()), (Some(leads[0]), Some(2)));
        assert!(rows["next_cursor"].is_string());
    }

    create_a_smartlead_campaign_lead(h) {
        let id = campaign(&h, "Leads").await;
        let args: campaign_leads::NewLeads = wit(json!({"campaign_id": id, "lead_list": [
            {"email": "grace@navy.test", "first_name": "Grace", "custom_fields": [["rank", "Admiral"]]}]}));
        let (out, sent) = typed!(h, smartlead_connector_campaign_leads.call_create_a_smartlead_campaign_lead(&args));
        let added = ok(out);
        let (method, path, body) = only(&sent);
        assert_eq!((method, path), ("POST", format!("/campaigns/{id}/leads").as_str()));
        assert_eq!(body.unwrap()["lead_list"][0]["custom_fields"], json!({"rank": "Admiral"}));
        assert_eq!(added["total_leads"].as_u64(), Some(1));
    }

    delete_a_smartlead_campaign_lead_by_id(h) {
        let (id, leads) = h.campaign_with_leads(2).await;
        let (out, sent) = typed!(h, smartlead_connector_campaign_leads.call_delete_a_smartlead_campaign_lead_by_id(wit(json!({"campaign_id": id, "id": leads[0]}))));
        ok(out);
        assert_eq!(route(&sent), ("DELETE", format!("/campaigns/{id}/leads/{}", leads[0]).as_str()));
        assert!(h.mock.with_store(|s| !s.memberships.contains_key(&(id, leads[0]))));
    }

    smartlead_campaign_leads_unsubscribe_lead(h) {
        let (id, leads) = h.campaign_with_leads(1).await;
        let (out, sent) = typed!(h, smartlead_connector_campaign_leads.call_smartlead_campaign_leads_unsubscribe_lead(wit(json!({"campaign_id": id, "id": leads[0]}))));
        ok(out);
        assert_eq!(route(&sent), ("POST", format!("/campaigns/{id}/leads/{}/unsubscribe", leads[0]).as_str()));
        assert!(h.mock.with_store(|s| s.memberships[&(id, leads[0])].unsubscribed));
    }

    smartlead_campaign_leads_pause_lead(h) {
        let (id, leads) = h.campaign_with_leads(1).await;
        let (out, sent) = typed!(h, smartlead_connector_campaign_leads.call_smartlead_campaign_leads_pause_lead(wit(json!({"campaign_id": id, "id": leads[0]}))));
        assert_eq!(ok(out)["message"], "Lead paused successfully");
        assert_eq!(route(&sent), ("POST", format!("/campaigns/{id}/leads/{}/pause", leads[0]).as_str()));
        assert_eq!(h.mock.with_store(|s| s.memberships[&(id, leads[0])].status.clone()), "PAUSED");
    }

    smartlead_campaign_leads_resume_leads(h) {
        let (id, leads) = h.campaign_with_leads(1).await;
        h.ok("smartlead_campaign_leads_pause_lead", json!({"campaign_id": id, "id": leads[0]})).await;
        let args: campaign_leads::ResumeLead = wit(json!({"campaign_id": id, "id": leads[0], "resume_lead_with_delay_days": 2}));
        let (out, sent) = typed!(h, smartlead_connector_campaign_leads.call_smartlead_campaign_leads_resume_leads(args));
        ok(out);
        let path = format!("/campaigns/{id}/leads/{}/resume", leads[0]);
        assert_eq!(only(&sent), ("POST", path.as_str(), Some(&json!({"resume_lead_with_delay_days": 2}))));
        assert_eq!(h.mock.with_store(|s| s.memberships[&(id, leads[0])].status.clone()), "INPROGRESS");
    }

    smartlead_campaign_leads_reply_to_lead(h) {
        let (id, leads) = h.campaign_with_leads(1).await;
        let history = h.ok("list_all_smartlead_campaign_lead_message_history", json!({"campaign_id": id, "id": leads[0]})).await;
        let stats_id = history["result"][0]["stats_id"].as_str().unwrap();
        let args: campaign_leads::ReplyToLead = wit(json!({"campaign_id": id, "email_stats_id": stats_id, "email_body": "<p>Typed</p>"}));
        let (out, sent) = typed!(h, smartlead_connector_campaign_leads.call_smartlead_campaign_leads_reply_to_lead(&args));
        ok(out);
        let (method, path, body) = only(&sent);
        assert_eq!((method, path), ("POST", format!("/campaigns/{id}/reply-email-thread").as_str()));
        assert_eq!(body.unwrap()["email_stats_id"], stats_id);
        assert_eq!(h.mock.with_store(|s| s.memberships[&(id, leads[0])].messages.len()), 2);
    }

    update_a_smartlead_campaign_lead_by_id(h) {
        let (id, leads) = h.campaign_with_leads(1).await;
        let args: campaign_leads::LeadUpdate = wit(json!({"campaign_id": id, "id": leads[0], "email": "lead0@example.com", "last_name": "Typed", "custom_fields": []}));
        let (out, sent) = typed!(h, smartlead_connector_campaign_leads.call_update_a_smartlead_campaign_lead_by_id(&args));
        ok(out);
        let path = format!("/campaigns/{id}/leads/{}", leads[0]);
        assert_eq!(only(&sent), ("POST", path.as_str(), Some(&json!({"email": "lead0@example.com", "last_name": "Typed"}))));
        assert_eq!(h.mock.with_store(|s| s.leads[&leads[0]].fields["last_name"].clone()), "Typed");
    }

    smartlead_campaign_leads_update_lead_category(h) {
        let (id, leads) = h.campaign_with_leads(1).await;
        let args: campaign_leads::CategoryUpdate = wit(json!({"campaign_id": id, "id": leads[0], "category_id": 3}));
        let (out, sent) = typed!(h, smartlead_connector_campaign_leads.call_smartlead_campaign_leads_update_lead_category(args));
        ok(out);
        let path = format!("/campaigns/{id}/leads/{}/category", leads[0]);
        assert_eq!(only(&sent), ("POST", path.as_str(), Some(&json!({"category_id": 3}))));
        assert_eq!(h.mock.with_store(|s| s.memberships[&(id, leads[0])].category_id), Some(3));
    }

    list_all_smartlead_campaign_lead_message_history(h) {
        let (id, leads) = h.campaign_with_leads(1).await;
        let args: campaign_leads::MessageHistoryFilter = wit(json!({"campaign_id": id, "id": leads[0]}));
        let (out, sent) = typed!(h, smartlead_connector_campaign_leads.call_list_all_smartlead_campaign_lead_message_history(&args, &page(10)));
        let history = ok(out);
        assert_eq!(only(&sent).1, format!("/campaigns/{id}/leads/{}/message-history", leads[0]));
        assert_eq!((history["result"][0]["message_type"].as_str(), history["result"][0]["email_seq_number"].as_u64()), (Some("SENT"), Some(1)));
    }

    list_all_smartlead_leads(h) {
        let (_, leads) = h.campaign_with_leads(1).await;
        let args: leads::LeadLookup = wit(json!({"email": "lead0@example.com"}));
        let (out, sent) = typed!(h, smartlead_connector_leads.call_list_all_smartlead_leads(&args, &page(10)));
        assert_eq!(only(&sent).1, "/leads/");
        assert_eq!(sent[0].query("email"), Some("lead0@example.com"));
        assert_eq!(ok(out)["result"][0]["id"].as_u64(), Some(leads[0]));
    }

    get_single_smartlead_lead_by_id(h) {
        let (_, leads) = h.campaign_with_leads(1).await;
        let (out, sent) = typed!(h, smartlead_connector_leads.call_get_single_smartlead_lead_by_id(wit(json!({"id": leads[0]}))));
        let lead = ok(out);
        assert_eq!((only(&sent).0, only(&sent).1), ("GET", format!("/leads/{}", leads[0]).as_str()));
        assert_eq!((lead["id"].as_u64(), lead["email"].as_str()), (Some(leads[0]), Some("lead0@example.com")));
        assert_eq!(lead["lead_campaign_data"], json!([]), "the campaigns come only with a lookup by email");
    }

    smartlead_leads_unsubscribe(h) {
        let (_, leads) = h.campaign_with_leads(1).await;
        let (out, sent) = typed!(h, smartlead_connector_leads.call_smartlead_leads_unsubscribe(wit(json!({"id": leads[0]}))));
        ok(out);
        assert_eq!(route(&sent), ("POST", format!("/leads/{}/unsubscribe", leads[0]).as_str()));
        assert!(h.mock.with_store(|s| s.leads[&leads[0]].unsubscribed));
    }

    smartlead_leads_block(h) {
        let args: leads::DomainBlockList = wit(json!({"domain_block_list": ["competitor.test"]}));
        let (out, sent) = typed!(h, smartlead_connector_leads.call_smartlead_leads_block(&args));
        ok(out);
        assert_eq!(only(&sent), ("POST", "/leads/add-domain-block-list", Some(&json!({"domain_block_list": ["competitor.test"]}))));
        assert_eq!(h.mock.with_store(|s| s.block_list.clone()), ["competitor.test"]);
    }

    list_all_smartlead_lead_campaigns(h) {
        let (id, leads) = h.campaign_with_leads(1).await;
        let (out, sent) = typed!(h, smartlead_connector_leads.call_list_all_smartlead_lead_campaigns(wit(json!({"id": leads[0]})), &page(10)));
        assert_eq!(only(&sent).1, format!("/leads/{}/campaigns", leads[0]));
        assert_eq!(ok(out)["result"][0]["id"].as_u64(), Some(id));
    }

    list_all_smartlead_lead_category(h) {
        let (out, sent) = typed!(h, smartlead_connector_leads.call_list_all_smartlead_lead_category(&page(2)));
        let categories = ok(out);
        assert_eq!(only(&sent).1, "/leads/fetch-categories");
        assert_eq!((categories["result"][1]["name"].as_str(), categories["result_count"].as_u64()), (Some("Meeting Request"), Some(2)));
    }

    list_all_smartlead_campaign_webhooks(h) {
        let id = campaign(&h, "Hooks").await;
        h.ok("create_a_smartlead_campaign_webhook", json!({"campaign_id": id, "name": "a", "webhook_url": "https://a.test/h", "event_types": ["EMAIL_SENT"]})).await;
        let (out, sent) = typed!(h, smartlead_connector_webhooks.call_list_all_smartlead_campaign_webhooks(ByCampaign { campaign_id: id }, &page(10)));
        assert_eq!(only(&sent).1, format!("/campaigns/{id}/webhooks"));
        assert_eq!(ok(out)["result"][0]["webhook_url"], "https://a.test/h");
    }

    update_a_smartlead_campaign_webhook_by_id(h) {
        let id = campaign(&h, "Hooks").await;
        let hook = h.ok("create_a_smartlead_campaign_webhook", json!({"campaign_id": id, "name": "a", "webhook_url": "https://a.test/h", "event_types": ["EMAIL_SENT"]})).await;
        let args: webhooks::WebhookUpdate = wit(json!({"campaign_id": id, "id": hook["id"], "name": "b", "webhook_url": "https://b.test/h", "event_types": ["EMAIL_REPLY"], "categories": []}));
        let (out, sent) = typed!(h, smartlead_connector_webhooks.call_update_a_smartlead_campaign_webhook_by_id(&args));
        let updated = ok(out);
        let (method, path, body) = only(&sent);
        assert_eq!((method, path, body.unwrap()["id"].clone()), ("POST", format!("/campaigns/{id}/webhooks").as_str(), hook["id"].clone()));
        assert_eq!((updated["id"].clone(), updated["webhook_url"].as_str()), (hook["id"].clone(), Some("https://b.test/h")));
    }

    create_a_smartlead_campaign_webhook(h) {
        let id = campaign(&h, "Hooks").await;
        let args: webhooks::NewWebhook = wit(json!({"campaign_id": id, "name": "CRM", "webhook_url": "https://crm.test/h", "event_types": ["EMAIL_REPLY"], "categories": []}));
        let (out, sent) = typed!(h, smartlead_connector_webhooks.call_create_a_smartlead_campaign_webhook(&args));
        let hook = ok(out);
        let (method, path, body) = only(&sent);
        assert_eq!((method, path), ("POST", format!("/campaigns/{id}/webhooks").as_str()));
        assert!(body.unwrap().get("id").is_none(), "create sends no id");
        assert_eq!(h.mock.with_store(|s| s.campaigns[&id].webhooks.keys().copied().collect::<Vec<_>>()), [hook["id"].as_u64().unwrap()]);
    }

    delete_a_smartlead_campaign_webhook_by_id(h) {
        let id = campaign(&h, "Hooks").await;
        let hook = h.ok("create_a_smartlead_campaign_webhook", json!({"campaign_id": id, "name": "a", "webhook_url": "https://a.test/h", "event_types": ["EMAIL_SENT"]})).await;
        let (out, sent) = typed!(h, smartlead_connector_webhooks.call_delete_a_smartlead_campaign_webhook_by_id(wit(json!({"campaign_id": id, "id": hook["id"]}))));
        ok(out);
        assert_eq!(only(&sent), ("DELETE", format!("/campaigns/{id}/webhooks").as_str(), Some(&json!({"id": hook["id"]}))));
        assert!(h.mock.with_store(|s| s.campaigns[&id].webhooks.is_empty()));
    }

    smartlead_webhooks_delete_campaign_webhook(h) {
        let id = campaign(&h, "Hooks").await;
        let hook = h.ok("create_a_smartlead_campaign_webhook", json!({"campaign_id": id, "name": "a", "webhook_url": "https://a.test/h", "event_types": ["EMAIL_SENT"]})).await;
        let (out, sent) = typed!(h, smartlead_connector_webhooks.call_smartlead_webhooks_delete_campaign_webhook(wit(json!({"campaign_id": id, "id": hook["id"]}))));
        assert_eq!(ok(out)["message"], "Webhook deleted successfully");
        assert_eq!(only(&sent), ("DELETE", format!("/campaigns/{id}/webhooks/{}", hook["id"]).as_str(), None));
        assert!(h.mock.with_store(|s| s.campaigns[&id].webhooks.is_empty()));
    }

    create_a_smartlead_client(h) {
        let args: agency_clients::NewClient = wit(json!({"name": "Globex", "email": "ops@globex.test", "permission": ["full_access"]}));
        let (out, sent) = typed!(h, smartlead_connector_agency_clients.call_create_a_smartlead_client(&args));
        let created = ok(out);
        assert_eq!(route(&sent), ("POST", "/client/save"));
        let id = created["id"].as_u64().unwrap();
        assert_eq!(h.mock.with_store(|s| s.clients[&id]["name"].clone()), "Globex");
    }

    list_all_smartlead_clients(h) {
        let (out, sent) = typed!(h, smartlead_connector_agency_clients.call_list_all_smartlead_clients(&page(10)));
        let clients = ok(out);
        assert_eq!(only(&sent).1, "/client/");
        assert_eq!((clients["result"][0]["name"].as_str(), clients["result"][0]["permission"][0].as_str()), (Some("Acme Agency Client"), Some("reply_master_inbox")));
    }

    create_a_smartlead_lead_list(h) {
        let args: lead_lists::NewLeadList = wit(json!({"list_name": "Conference"}));
        let (out, sent) = typed!(h, smartlead_connector_lead_lists.call_create_a_smartlead_lead_list(&args));
        let id = ok(out)["id"].as_u64().unwrap();
        let (method, path, body) = only(&sent);
        assert_eq!((method, path, body.cloned()), ("POST", "/lead-list", Some(json!({"listName": "Conference"}))));
        assert_eq!(h.mock.with_store(|s| s.lead_lists[&id]["name"].clone()), "Conference");
    }

    list_all_smartlead_lead_lists(h) {
        for name in ["Alpha", "Beta", "Alphabet"] {
            h.ok("create_a_smartlead_lead_list", json!({"listName": name})).await;
        }
        let args: lead_lists::LeadListFilter = wit(json!({"list_name": "alpha", "tag_ids": null}));
        let (out, sent) = typed!(h, smartlead_connector_lead_lists.call_list_all_smartlead_lead_lists(&args, &page(1)));
        let first = ok(out);
        assert_eq!((sent[0].query("listName"), sent[0].query("limit"), sent[0].query("offset")), (Some("alpha"), Some("1"), Some("0")));
        assert_eq!((first["result"][0]["name"].as_str(), first["result_count"].as_u64()), (Some("Alpha"), Some(1)));
        let next = Page { limit: Some(1), cursor: first["next_cursor"].as_str().map(str::to_string) };
        let (out, sent) = typed!(h, smartlead_connector_lead_lists.call_list_all_smartlead_lead_lists(&args, &next));
        assert_eq!(sent[0].query("offset"), Some("1"));
        assert_eq!(ok(out)["result"][0]["name"], "Alphabet");
    }

    get_single_smartlead_lead_list_by_id(h) {
        let id = h.ok("create_a_smartlead_lead_list", json!({"listName": "Webinar"})).await["id"].as_u64().unwrap();
        let (out, sent) = typed!(h, smartlead_connector_lead_lists.call_get_single_smartlead_lead_list_by_id(wit(json!({"id": id}))));
        assert_eq!(route(&sent), ("GET", format!("/lead-list/{id}").as_str()));
        let list = ok(out);
        assert_eq!((list["name"].as_str(), list["lead_count"].as_u64()), (Some("Webinar"), Some(0)));
    }

    update_a_smartlead_lead_list_by_id(h) {
        let id = h.ok("create_a_smartlead_lead_list", json!({"listName": "Old"})).await["id"].as_u64().unwrap();
        let args: lead_lists::LeadListRename = wit(json!({"id": id, "list_name": "New"}));
        let (out, sent) = typed!(h, smartlead_connector_lead_lists.call_update_a_smartlead_lead_list_by_id(&args));
        ok(out);
        let (method, path, body) = only(&sent);
        assert_eq!((method, path, body.cloned()), ("PUT", format!("/lead-list/{id}").as_str(), Some(json!({"listName": "New"}))));
        assert_eq!(h.mock.with_store(|s| s.lead_lists[&id]["name"].clone()), "New");
    }

    delete_a_smartlead_lead_list_by_id(h) {
        let id = h.ok("create_a_smartlead_lead_list", json!({"listName": "Gone"})).await["id"].as_u64().unwrap();
        let (out, sent) = typed!(h, smartlead_connector_lead_lists.call_delete_a_smartlead_lead_list_by_id(wit(json!({"id": id}))));
        ok(out);
        assert_eq!(route(&sent), ("DELETE", format!("/lead-list/{id}").as_str()));
        assert!(h.mock.with_store(|s| !s.lead_lists.contains_key(&id)));
    }

    smartlead_lead_lists_import_leads(h) {
        let id = h.ok("create_a_smartlead_lead_list", json!({"listName": "Imported"})).await["id"].as_u64().unwrap();
        h.mock.with_store(|s| s.block_list.push("blocked.example".into()));
        let args: lead_lists::ListImport = wit(json!({"id": id, "file_name": "expo.csv", "csv_settings": null, "lead_list": [
            {"email": "a@expo.example", "first_name": "Ada", "last_name": null, "company": "Acme", "custom_fields": [["booth", "12"]]},
            {"email": "b@blocked.example", "first_name": null, "last_name": null, "company": null, "custom_fields": []},
        ]}));
        let (out, sent) = typed!(h, smartlead_connector_lead_lists.call_smartlead_lead_lists_import_leads(&args));
        let report = ok(out);
        let (method, path, body) = only(&sent);
        assert_eq!((method, path), ("POST", format!("/lead-list/{id}/import").as_str()));
        let body = body.unwrap();
        assert_eq!((body["fileName"].as_str(), body["leadList"][0]["company"].as_str()), (Some("expo.csv"), Some("Acme")));
        assert_eq!(body["leadList"][0]["custom_fields"], json!({"booth": "12"}));
        assert_eq!((report["imported"].as_u64(), report["blocked"].as_u64(), report["total_leads"].as_u64()), (Some(1), Some(1), Some(2)));
        assert_eq!(h.mock.with_store(|s| s.lead_lists[&id]["lead_count"].clone()), 1);
    }

    smartlead_lead_lists_move_leads(h) {
        let from = h.ok("create_a_smartlead_lead_list", json!({"listName": "From"})).await["id"].as_u64().unwrap();
        let to = h.ok("create_a_smartlead_lead_list", json!({"listName": "To"})).await["id"].as_u64().unwrap();
        h.ok("smartlead_lead_lists_import_leads", json!({"id": from, "fileName": "f.csv", "leadList": [{"email": "m1@x.example"}, {"email": "m2@x.example"}]})).await;
        let args: lead_lists::ListMove = wit(json!({"action": "move", "lead_ids": null, "from_list_id": from, "to_list_id": to}));
        let (out, sent) = typed!(h, smartlead_connector_lead_lists.call_smartlead_lead_lists_move_leads(&args));
        assert_eq!(ok(out)["total_leads_moved"], 2);
        let (method, path, body) = only(&sent);
        assert_eq!((method, path, body.cloned()), ("POST", "/leads/leads/push-between-lists", Some(json!({"action": "move", "fromListId": from, "toListId": to}))));
        assert_eq!(h.mock.with_store(|s| (s.lead_lists[&from]["lead_count"].clone(), s.lead_lists[&to]["lead_count"].clone())), (json!(0), json!(2)));
    }

    smartlead_lead_lists_push_to_campaign(h) {
        let list = h.ok("create_a_smartlead_lead_list", json!({"listName": "Push"})).await["id"].as_u64().unwrap();
        h.ok("smartlead_lead_lists_import_leads", json!({"id": list, "fileName": "p.csv", "leadList": [{"email": "p1@x.example"}, {"email": "p2@x.example"}]})).await;
        let campaign = campaign(&h, "Pushed into").await;
        let args: lead_lists::ListPush = wit(json!({"campaign_id": campaign, "campaign_name": null, "action": "copy", "csv_settings": null,
            "lead_list": {"list_id": list, "lead_ids": null, "all_leads": null}}));
        let (out, sent) = typed!(h, smartlead_connector_lead_lists.call_smartlead_lead_lists_push_to_campaign(&args));
        assert_eq!(ok(out)["pushed"], 2);
        let (method, path, body) = only(&sent);
        assert_eq!((method, path, body.cloned()), ("POST", "/leads/push-to-campaign", Some(json!({"campaignId": campaign, "action": "copy", "leadList": {"listId": list}}))));
        assert_eq!(h.mock.with_store(|s| s.campaign_leads(campaign).count()), 2);
    }

    smartlead_lead_lists_assign_tags(h) {
        let id = h.ok("create_a_smartlead_lead_list", json!({"listName": "Tagged"})).await["id"].as_u64().unwrap();
        let args: lead_lists::ListTags = wit(json!({"list_ids": [id], "tag_ids": [3, 8], "remove_tag_ids": null}));
        let (out, sent) = typed!(h, smartlead_connector_lead_lists.call_smartlead_lead_lists_assign_tags(&args));
        ok(out);
        let (method, path, body) = only(&sent);
        assert_eq!((method, path, body.cloned()), ("POST", "/lead-list/assign-tags", Some(json!({"listIds": [id], "tagIds": [3, 8]}))));
        assert_eq!(h.mock.with_store(|s| s.lead_lists[&id]["tag_ids"].clone()), json!([3, 8]));
    }
}
