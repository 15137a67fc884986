//! The Smartlead routes the connector uses, answered from the in-memory store.

use crate::store::{Membership, NOW, Store, to_second};
use crate::Account;
use axum::Json;
use axum::Router;
use axum::extract::Path;
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use serde_json::{Value, json};
use std::collections::HashMap;

use crate::answer::{Answer, Q, ok, paged, paged_lazily};
fn acked() -> Answer {
    ok(json!({"ok": true}))
}
fn campaign_missing() -> Answer {
    (StatusCode::NOT_FOUND, Json(json!({"error": "Campaign not found - Invalid campaign_id."})))
}
fn lead_missing() -> Answer {
    (StatusCode::NOT_FOUND, Json(json!({"error": "Lead not found - Invalid lead_id."})))
}
fn account_missing() -> Answer {
    (StatusCode::NOT_FOUND, Json(json!({"error": "Email account not found"})))
}
fn webhook_missing() -> Answer {
    (StatusCode::NOT_FOUND, Json(json!({"error": "Webhook not found"})))
}
fn bad(message: String) -> Answer {
    (StatusCode::BAD_REQUEST, Json(json!({"error": message})))
}
fn flag(q: &Q, key: &str) -> bool {
    q.get(key).is_some_and(|v| v == "true")
}

pub fn router() -> Router {
    Router::new()
        .route("/campaigns", get(list_campaigns))
        .route("/campaigns/", get(list_campaigns))
        .route("/campaigns/create", post(create_campaign))
        .route("/campaigns/{id}", get(get_campaign).delete(delete_campaign))
        .route("/campaigns/{id}/settings", post(update_settings))
        .route("/campaigns/{id}/analytics", get(analytics))
        .route("/campaigns/{id}/analytics-by-date", get(analytics_by_date))
        .route("/campaigns/{id}/leads-export", get(leads_export))
        .route("/campaigns/{id}/status", post(update_status))
        .route("/campaigns/{id}/schedule", post(update_schedule))
        .route("/campaigns/{id}/sequences", get(sequences).post(save_sequences))
        .route("/campaigns/{id}/send-test-email", post(send_test_email))
        .route("/campaigns/{id}/statistics", get(statistics))
        .route("/campaigns/{id}/email-accounts", get(campaign_accounts).post(add_campaign_accounts).delete(remove_campaign_accounts))
        .route("/campaigns/{id}/leads", get(campaign_leads).post(add_leads))
        .route("/campaigns/{id}/leads/{lead}", post(update_lead).delete(delete_lead))
        .route("/campaigns/{id}/leads/{lead}/unsubscribe", post(unsubscribe_campaign_lead))
        .route("/campaigns/{id}/leads/{lead}/pause", post(pause_lead))
        .route("/campaigns/{id}/leads/{lead}/resume", post(resume_lead))
        .route("/campaigns/{id}/leads/{lead}/category", post(update_category))
        .route("/campaigns/{id}/leads/{lead}/message-history", get(message_history))
        .route("/campaigns/{id}/reply-email-thread", post(reply))
        .route("/campaigns/{id}/webhooks", get(list_webhooks).post(save_webhook).delete(delete_webhook))
        .route("/campaigns/{id}/webhooks/{webhook}", axum::routing::delete(delete_webhook_by_path))
        .route("/email-accounts", get(list_accounts))
        .route("/email-accounts/", get(list_accounts))
        .route("/email-accounts/save", post(save_account))
        .route("/email-accounts/reconnect-failed-email-accounts", post(reconnect))
        .route("/email-accounts/{id}", get(get_account).post(update_account).delete(crate::mailboxes::delete_account))
        .route("/email-accounts/{id}/", get(get_account))
        .route("/email-accounts/{id}/warmup-stats", get(warmup_stats))
        .route("/email-accounts/{id}/warmup", post(warmup_settings))
        .route("/leads", get(lead_by_email))
        .route("/leads/", get(lead_by_email))
        .route("/leads/fetch-categories", get(categories))
        .route("/leads/add-domain-block-list", post(block))
        .route("/leads/get-domain-block-list", get(block_list))
        .route("/leads/delete-domain-block-list", axum::routing::delete(unblock))
        .route("/leads/{id}", get(lead_by_id))
        .route("/lead-list", get(lead_lists).post(create_lead_list))
        .route("/lead-list/{id}", get(lead_list).put(rename_lead_list).delete(delete_lead_list))
        .route("/lead-list/{id}/import", post(import_to_list))
        .route("/lead-list/assign-tags", post(tag_lead_lists))
        .route("/leads/leads/push-between-lists", post(move_between_lists))
        .route("/leads/push-to-campaign", post(push_to_campaign))
        .route("/leads/{id}/unsubscribe", post(unsubscribe_lead))
        .route("/leads/{id}/campaigns", get(lead_campaigns))
        .route("/client/save", post(create_client))
        .route("/client", get(list_clients))
        .route("/client/", get(list_clients))
        .route("/client/api-key", get(client_keys).post(create_client_key))
        .route("/client/api-key/{id}", axum::routing::delete(delete_client_key))
        .route("/client/api-key/reset/{id}", axum::routing::put(reset_client_key))
        .route("/campaigns/{id}/webhooks/summary", get(webhook_summary))
        .route("/webhook/create", post(create_account_webhook))
        .route("/webhook/{id}", get(get_account_webhook))
        .route("/webhook/update/{id}", axum::routing::put(update_account_webhook))
        .route("/webhook/delete", axum::routing::delete(delete_account_webhook))
        .route("/campaigns/{id}/webhooks/retrigger-failed-events", post(retrigger_webhooks))
        .merge(crate::inbox::router())
        .merge(crate::crm::router())
        .merge(crate::analytics::router())
        .merge(crate::mailboxes::router())
        .merge(crate::campaign_actions::router())
        .merge(crate::smart_senders::router())
        .merge(crate::smart_delivery::router())
        .merge(crate::smart_prospect::router())
}

async fn list_campaigns(s: Account, q: Q) -> Answer {
    let s = s.store();
    let client: Option<u64> = q.get("client_id").and_then(|v| v.parse().ok());
    let list = s.campaigns.values().filter(|c| client.is_none() || c.client_id == client);
    ok(Value::Array(list.map(|c| s.campaign_json(c, flag(&q, "include_tags"))).collect()))
}

async fn create_campaign(s: Account, Json(body): Json<Value>) -> Answer {
    let mut s = s.store();
    let name = body.get("name").and_then(Value::as_str).map(str::to_string);
    let id = s.create_campaign(name.as_deref(), body.get("client_id").and_then(Value::as_u64));
    ok(json!({"ok": true, "id": id, "name": s.campaigns[&id].name, "created_at": NOW}))
}

async fn get_campaign(s: Account, Path(id): Path<u64>, q: Q) -> Answer {
    let s = s.store();
    match s.campaigns.get(&id) {
        Some(c) => ok(s.campaign_json(c, flag(&q, "include_tags"))),
        None => campaign_missing(),
    }
}

async fn delete_campaign(s: Account, Path(id): Path<u64>) -> Answer {
    let mut s = s.store();
    if s.campaigns.remove(&id).is_none() {
        return campaign_missing();
    }
    s.memberships.retain(|(c, _), _| *c != id);
    acked()
}

async fn update_settings(s: Account, Path(id): Path<u64>, Json(body): Json<Value>) -> Answer {
    let mut s = s.store();
    let Some(c) = s.campaigns.get_mut(&id) else { return campaign_missing() };
    for (k, v) in body.as_object().cloned().unwrap_or_default() {
        if k == "name" {
            c.name = v.as_str().unwrap_or_default().to_string();
        } else {
            c.settings.insert(k, v);
        }
    }
    acked()
}

async fn analytics(s: Account, Path(id): Path<u64>) -> Answer {
    let s = s.store();
    match s.campaigns.get(&id) {
        Some(c) => ok(s.analytics(c)),
        None => campaign_missing(),
    }
}

async fn analytics_by_date(s: Account, Path(id): Path<u64>, q: Q) -> Answer {
    let s = s.store();
    let Some(c) = s.campaigns.get(&id) else { return campaign_missing() };
    let (Some(start), Some(end)) = (q.get("start_date"), q.get("end_date")) else {
        return bad("start_date and end_date are required".into());
    };
    let mut v = s.analytics(c);
    let map = v.as_object_mut().expect("analytics is an object");
    map.remove("campaign_lead_stats");
    map.insert("start_date".into(), json!(start));
    map.insert("end_date".into(), json!(end));
    ok(v)
}

async fn leads_export(s: Account, Path(id): Path<u64>) -> Response {
    let s = s.store();
    if !s.campaigns.contains_key(&id) {
        return campaign_missing().into_response();
    }
    // The documented order (reference §13).
    let columns = [
        "id", "campaign_lead_map_id", "status", "category", "is_interested", "created_at", "first_name", "last_name", "email",
        "phone_number", "company_name", "website", "location", "custom_fields", "linkedin_profile", "company_url",
        "is_unsubscribed", "unsubscribed_client_id_map", "last_email_sequence_sent", "open_count", "click_count", "reply_count",
    ];
    let mut out = csv::Writer::from_writer(Vec::new());
    out.write_record(columns).expect("writing to memory");
    for (lead_id, m) in s.campaign_leads(id) {
        let lead = s.lead_json(&s.leads[lead_id]);
        let text = |k: &str| match &lead[k] {
            Value::Null => String::new(),
            Value::String(v) => v.clone(),
            other => other.to_string(),
        };
        let category = m.category_id.and_then(|c| s.categories.iter().find(|x| x["id"] == c)).and_then(|c| c["name"].as_str()).unwrap_or("");
        let replies = m.messages.iter().filter(|x| x["type"] == "REPLY").count();
        let row = vec![
            lead_id.to_string(), m.map_id.to_string(), m.status.clone(), category.to_string(), (m.category_id == Some(1)).to_string(),
            NOW.to_string(), text("first_name"), text("last_name"), text("email"), text("phone_number"), text("company_name"),
            text("website"), text("location"), text("custom_fields"), text("linkedin_profile"), text("company_url"),
            m.unsubscribed.to_string(), String::new(), "1".into(), "1".into(), "0".into(), replies.to_string(),
        ];
        out.write_record(row).expect("writing to memory");
    }
    let body = out.into_inner().expect("flushing to memory");
    ([(header::CONTENT_TYPE, "text/csv; charset=utf-8")], body).into_response()
}

async fn update_status(s: Account, Path(id): Path<u64>, Json(body): Json<Value>) -> Answer {
    let mut s = s.store();
    let Some(c) = s.campaigns.get_mut(&id) else { return campaign_missing() };
    let status = match body.get("status").and_then(Value::as_str) {
        Some("START") => "ACTIVE",
        Some("PAUSED") => "PAUSED",
        Some("STOPPED") => "STOPPED",
        other => return bad(format!("Invalid status - {}", other.unwrap_or("null"))),
    };
    if c.status == "STOPPED" {
        return bad("A stopped campaign cannot be restarted".into());
    }
    c.status = status.into();
    acked()
}

/// Accepts the flat body production scripts send and the nested `{schedule: {...}}` one
/// the current docs show.
async fn update_schedule(s: Account, Path(id): Path<u64>, Json(body): Json<Value>) -> Answer {
    let mut s = s.store();
    let Some(c) = s.campaigns.get_mut(&id) else { return campaign_missing() };
    let b = body.get("schedule").cloned().unwrap_or(body);
    let tz = b.get("timezone").and_then(Value::as_str).unwrap_or("");
    if !tz.contains('/') {
        return bad(format!("Invalid timezone - {tz}"));
    }
    let days = b.get("days_of_the_week").or_else(|| b.get("days")).cloned().unwrap_or(json!([]));
    c.schedule = json!({"tz": tz, "days": days, "startHour": b["start_hour"], "endHour": b["end_hour"]});
    acked()
}

async fn sequences(s: Account, Path(id): Path<u64>) -> Answer {
    match s.store().campaigns.get(&id) {
        Some(c) => ok(Value::Array(c.sequences.clone())),
        None => campaign_missing(),
    }
}

/// Saves steps as Smartlead does: one with an id replaces that step, one without is
/// added with a new id; `sequences` is required, and an ACTIVE campaign is refused.
/// Answers the saved steps under `data`.
async fn save_sequences(s: Account, Path(id): Path<u64>, Json(body): Json<Value>) -> Answer {
    let Some(steps) = body.get("sequences").and_then(Value::as_array).cloned() else { return bad("\"sequences\" is required".into()) };
    let mut s = s.store();
    match s.campaigns.get(&id) {
        None => return campaign_missing(),
        Some(c) if c.status == "ACTIVE" => return bad("Cannot update the sequences of an active campaign; pause it first".into()),
        Some(c) => {
            if let Some(unknown) = steps.iter().filter_map(|step| step["id"].as_u64()).find(|sid| !c.sequences.iter().any(|q| q["id"] == *sid)) {
                return bad(format!("Sequence {unknown} not found in campaign {id}"));
            }
        }
    }
    let mut saved = Vec::new();
    for step in steps {
        let step_id = match step["id"].as_u64() {
            Some(step_id) => step_id,
            None => s.next_id(),
        };
        let mut variants = Vec::new();
        for mut variant in step["seq_variants"].as_array().cloned().unwrap_or_default() {
            variant["id"] = json!(s.next_id());
            variant["email_campaign_seq_id"] = json!(step_id);
            variant["is_deleted"] = json!(false);
            variants.push(variant);
        }
        saved.push(json!({
            "id": step_id, "created_at": NOW, "updated_at": NOW, "email_campaign_id": id, "seq_number": step["seq_number"],
            "seq_delay_details": step["seq_delay_details"], "subject": step["subject"], "email_body": step["email_body"],
            "sequence_variants": variants,
        }));
    }
    let c = s.campaigns.get_mut(&id).expect("looked up above");
    for step in &saved {
        match c.sequences.iter_mut().find(|q| q["id"] == step["id"]) {
            Some(kept) => *kept = step.clone(),
            None => c.sequences.push(step.clone()),
        }
    }
    c.sequences.sort_by_key(|q| q["seq_number"].as_u64());
    let data: Vec<Value> = saved.iter().map(|q| json!({"id": q["id"], "seq_number": q["seq_number"], "subject": q["subject"], "email_body": q["email_body"]})).collect();
    ok(json!({"ok": true, "data": data}))
}

/// A test email: the campaign, its step and the lead must exist; the answer is
/// Smartlead's `{success, message}`. What was sent is in the recorded requests.
async fn send_test_email(s: Account, Path(id): Path<u64>, Json(body): Json<Value>) -> Answer {
    let s = s.store();
    let Some(c) = s.campaigns.get(&id) else { return campaign_missing() };
    let (Some(lead), Some(step)) = (body["leadId"].as_u64(), body["sequenceNumber"].as_u64()) else {
        return bad("\"leadId\" and \"sequenceNumber\" are required".into());
    };
    if !s.leads.contains_key(&lead) {
        return lead_missing();
    }
    if !c.sequences.iter().any(|q| q["seq_number"].as_u64() == Some(step)) {
        return bad(format!("Sequence number {step} not found in campaign {id}"));
    }
    ok(json!({"success": true, "message": "Test email sent successfully"}))
}

async fn statistics(s: Account, Path(id): Path<u64>, q: Q) -> Answer {
    let s = s.store();
    if !s.campaigns.contains_key(&id) {
        return campaign_missing();
    }
    // `sent_time_start_date` / `sent_time_end_date` (`2023-10-16 10:33:02.000Z`), to the second.
    let (from, to) = (q.get("sent_time_start_date").map(|t| to_second(t)), q.get("sent_time_end_date").map(|t| to_second(t)));
    let within = move |msg: &Value| {
        let at = to_second(msg["time"].as_str().unwrap_or_default());
        from.as_ref().is_none_or(|f| at >= *f) && to.as_ref().is_none_or(|t| at <= *t)
    };
    let rows = || {
        s.campaign_leads(id).flat_map(|(lead_id, m)| m.messages.iter().filter(|x| x["type"] == "SENT" && within(x)).map(move |msg| (lead_id, m, msg)))
    };
    let total = rows().count();
    let render = |(lead_id, m, msg): (&u64, &Membership, &Value)| {
        let lead = &s.leads[lead_id].fields;
        let replied = m.messages.iter().any(|x| x["type"] == "REPLY");
        json!({
            "lead_name": format!("{} {}", lead.get("first_name").and_then(Value::as_str).unwrap_or(""), lead.get("last_name").and_then(Value::as_str).unwrap_or("")).trim(),
            "lead_email": lead.get("email"), "lead_category": m.category_id.map(|c| c.to_string()),
            "sequence_number": 1, "stats_id": msg["stats_id"], "email_campaign_seq_id": id * 10 + 1, "seq_variant_id": id * 100 + 1,
            "email_subject": msg["subject"], "email_message": msg["email_body"], "sent_time": msg["time"],
            "open_time": NOW, "click_time": null, "reply_time": if replied { json!(NOW) } else { Value::Null },
            "open_count": "1", "click_count": "0", "is_unsubscribed": m.unsubscribed, "is_bounced": false
        })
    };
    match paged_lazily(rows(), &q, 1000, render) {
        Ok(data) => ok(json!({"total_stats": total.to_string(), "data": data, "offset": q.get("offset"), "limit": q.get("limit")})),
        Err(e) => e,
    }
}

fn account_json(mut account: Value, store: &Store) -> Value {
    let id = account["id"].as_u64().unwrap_or_default();
    account["campaign_count"] = json!(store.campaigns.values().filter(|c| c.email_account_ids.contains(&id)).count());
    account
}

async fn campaign_accounts(s: Account, Path(id): Path<u64>) -> Answer {
    let s = s.store();
    let Some(c) = s.campaigns.get(&id) else { return campaign_missing() };
    ok(Value::Array(c.email_account_ids.iter().filter_map(|a| s.email_accounts.get(a)).map(|a| account_json(a.clone(), &s)).collect()))
}

fn account_ids(body: &Value) -> Vec<u64> {
    body.get("email_account_ids").and_then(Value::as_array).into_iter().flatten().filter_map(Value::as_u64).collect()
}

async fn add_campaign_accounts(s: Account, Path(id): Path<u64>, Json(body): Json<Value>) -> Answer {
    let mut s = s.store();
    let ids = account_ids(&body);
    if let Some(unknown) = ids.iter().find(|a| !s.email_accounts.contains_key(a)) {
        return bad(format!("Invalid email account id - {unknown}"));
    }
    let Some(c) = s.campaigns.get_mut(&id) else { return campaign_missing() };
    c.email_account_ids.extend(ids);
    acked()
}

async fn remove_campaign_accounts(s: Account, Path(id): Path<u64>, Json(body): Json<Value>) -> Answer {
    let mut s = s.store();
    let Some(c) = s.campaigns.get_mut(&id) else { return campaign_missing() };
    for a in account_ids(&body) {
        c.email_account_ids.remove(&a);
    }
    acked()
}

async fn campaign_leads(s: Account, Path(id): Path<u64>, q: Q) -> Answer {
    let s = s.store();
    if !s.campaigns.contains_key(&id) {
        return campaign_missing();
    }
    let status = q.get("status");
    // `created_at_gt`, `event_time_gt`, `last_sent_time_gt`: after a time, to the second.
    let after = |name: &str| q.get(name).map(|t| to_second(t));
    let (created, event, sent) = (after("created_at_gt"), after("event_time_gt"), after("last_sent_time_gt"));
    // A lead's times are worked out only where a filter asks: a page of an unfiltered
    // list of 10,000 leads would otherwise format every lead's times again.
    let later = |bound: &Option<String>, at: &dyn Fn() -> Option<String>| bound.as_ref().is_none_or(|b| at().is_some_and(|at| at > *b));
    let rows = || {
        s.campaign_leads(id).filter(|(_, m)| {
            status.is_none_or(|st| *st == m.status)
                && later(&created, &|| Some(to_second(&m.created_at)))
                && later(&event, &|| m.event_time())
                && later(&sent, &|| m.last_sent_time())
        })
    };
    let total = rows().count();
    match paged_lazily(rows(), &q, 100, |(lead, _)| s.campaign_lead_json(id, *lead).unwrap_or(Value::Null)) {
        Ok(data) => ok(json!({"total_leads": total.to_string(), "offset": q.get("offset"), "limit": q.get("limit"), "data": data})),
        Err(e) => e,
    }
}

async fn add_leads(s: Account, Path(id): Path<u64>, Json(body): Json<Value>) -> Answer {
    let mut s = s.store();
    if !s.campaigns.contains_key(&id) {
        return campaign_missing();
    }
    let Some(list) = body.get("lead_list").and_then(Value::as_array) else {
        return bad("\"lead_list\" is required".into());
    };
    if list.len() > 400 {
        return bad("\"lead_list\" must contain less than or equal to 400 items".into());
    }
    let settings = body.get("settings").cloned().unwrap_or(json!({}));
    ok(s.add_leads(id, list, &settings))
}

/// Finds the membership or answers Smartlead's 404 for the campaign or the lead.
macro_rules! membership {
    ($s:ident, $id:expr, $lead:expr) => {{
        if !$s.campaigns.contains_key(&$id) {
            return campaign_missing();
        }
        match $s.memberships.get_mut(&($id, $lead)) {
            Some(m) => m,
            None => return lead_missing(),
        }
    }};
}

async fn update_lead(s: Account, Path((id, lead)): Path<(u64, u64)>, Json(body): Json<Value>) -> Answer {
    let mut s = s.store();
    if !s.memberships.contains_key(&(id, lead)) {
        return (StatusCode::NOT_FOUND, Json(json!({"ok": false, "error": "Invalid request!"})));
    }
    if body.get("email").and_then(Value::as_str).is_none() {
        return bad("\"email\" is required".into());
    }
    s.update_lead_fields(lead, body.as_object().cloned().unwrap_or_default());
    acked()
}

async fn delete_lead(s: Account, Path((id, lead)): Path<(u64, u64)>) -> Answer {
    let mut s = s.store();
    membership!(s, id, lead);
    s.memberships.remove(&(id, lead));
    acked()
}

async fn unsubscribe_campaign_lead(s: Account, Path((id, lead)): Path<(u64, u64)>) -> Answer {
    let mut s = s.store();
    let m = membership!(s, id, lead);
    m.unsubscribed = true;
    m.status = "STOPPED".into();
    m.touch();
    acked()
}

async fn pause_lead(s: Account, Path((id, lead)): Path<(u64, u64)>) -> Answer {
    let mut s = s.store();
    let m = membership!(s, id, lead);
    m.status = "PAUSED".into();
    m.touch();
    ok(json!({"ok": true, "data": "Lead paused successfully"}))
}

async fn resume_lead(s: Account, Path((id, lead)): Path<(u64, u64)>) -> Answer {
    let mut s = s.store();
    let m = membership!(s, id, lead);
    if m.status != "PAUSED" {
        return bad("Lead is not paused".into());
    }
    m.status = "INPROGRESS".into();
    m.touch();
    ok(json!({"ok": true, "data": "Lead resumed successfully"}))
}

async fn update_category(s: Account, Path((id, lead)): Path<(u64, u64)>, Json(body): Json<Value>) -> Answer {
    let mut s = s.store();
    let category = body.get("category_id").and_then(Value::as_u64);
    if let Some(c) = category.filter(|c| !s.categories.iter().any(|x| x["id"] == *c)) {
        return bad(format!("Invalid category - {c}"));
    }
    let pause = body.get("pause_lead").and_then(Value::as_bool).unwrap_or(false);
    let m = membership!(s, id, lead);
    m.category_id = category;
    if pause {
        m.status = "PAUSED".into();
    }
    m.touch();
    acked()
}

async fn message_history(s: Account, Path((id, lead)): Path<(u64, u64)>) -> Answer {
    let mut s = s.store();
    let m = membership!(s, id, lead);
    let to = m.messages.first().map(|x| x["to"].clone()).unwrap_or(Value::Null);
    ok(json!({"history": m.messages, "from": "ada@sender.test", "to": to}))
}

async fn reply(s: Account, Path(id): Path<u64>, Json(body): Json<Value>) -> Answer {
    let mut s = s.store();
    if !s.campaigns.contains_key(&id) {
        return campaign_missing();
    }
    let stats_id = body.get("email_stats_id").and_then(Value::as_str).unwrap_or("");
    let thread = s.memberships.iter_mut().find(|((c, _), m)| *c == id && m.messages.iter().any(|x| x["stats_id"] == stats_id));
    let Some((_, m)) = thread else { return bad(format!("Invalid email_stats_id - {stats_id}")) };
    let to = m.messages[0]["to"].clone();
    m.messages.push(json!({
        "stats_id": stats_id, "from": "ada@sender.test", "to": to, "type": "SENT", "message_id": format!("<r{}@sender.test>", m.messages.len()),
        "time": NOW, "subject": "Re: Quick question", "email_body": body["email_body"], "email_seq_number": "1", "open_count": 0, "click_count": 0
    }));
    ok(json!({"ok": true, "message": "Answer sent"}))
}

async fn list_webhooks(s: Account, Path(id): Path<u64>) -> Answer {
    match s.store().campaigns.get(&id) {
        Some(c) => ok(Value::Array(c.webhooks.values().cloned().collect())),
        None => campaign_missing(),
    }
}

async fn save_webhook(s: Account, Path(id): Path<u64>, Json(body): Json<Value>) -> Answer {
    let mut s = s.store();
    let new_id = s.next_id();
    let Some(c) = s.campaigns.get_mut(&id) else { return campaign_missing() };
    let url = body.get("webhook_url").and_then(Value::as_str).unwrap_or("");
    if !url.starts_with("http") {
        return bad(format!("Invalid webhook_url - {url}"));
    }
    let webhook_id = match body.get("id").and_then(Value::as_u64) {
        Some(existing) if c.webhooks.contains_key(&existing) => existing,
        Some(_) => return webhook_missing(),
        None => new_id,
    };
    let webhook = json!({
        "id": webhook_id, "name": body["name"], "created_at": NOW, "updated_at": NOW, "webhook_url": url,
        "email_campaign_id": id, "event_types": body["event_types"], "categories": body.get("categories").cloned().unwrap_or(json!([]))
    });
    c.webhooks.insert(webhook_id, webhook.clone());
    let mut answer = webhook;
    answer["ok"] = json!(true);
    ok(answer)
}

fn remove_webhook(s: &Account, id: u64, webhook: Option<u64>) -> Answer {
    let mut s = s.store();
    let Some(c) = s.campaigns.get_mut(&id) else { return campaign_missing() };
    match webhook.and_then(|w| c.webhooks.remove(&w)) {
        Some(_) => acked(),
        None => webhook_missing(),
    }
}

async fn delete_webhook(s: Account, Path(id): Path<u64>, Json(body): Json<Value>) -> Answer {
    remove_webhook(&s, id, body.get("id").and_then(Value::as_u64))
}

/// The current reference's form answers `{success, message}`.
async fn delete_webhook_by_path(s: Account, Path((id, webhook)): Path<(u64, u64)>) -> Answer {
    match remove_webhook(&s, id, Some(webhook)) {
        (StatusCode::OK, _) => ok(json!({"success": true, "message": "Webhook deleted successfully"})),
        refused => refused,
    }
}

async fn list_accounts(s: Account, q: Q) -> Answer {
    let s = s.store();
    let username = q.get("username");
    let accounts: Vec<Value> = s
        .email_accounts
        .values()
        .filter(|a| username.is_none_or(|u| a["username"].as_str().is_some_and(|n| n.contains(u.as_str()))))
        .map(|a| account_json(a.clone(), &s))
        .collect();
    match paged(accounts, &q, 100) {
        Ok(page) => ok(Value::Array(page)),
        Err(e) => e,
    }
}

async fn save_account(s: Account, Json(body): Json<Value>) -> Answer {
    let mut s = s.store();
    for field in ["from_name", "from_email", "user_name", "password", "smtp_host", "smtp_port", "imap_host", "imap_port"] {
        if body.get(field).is_none() {
            return bad(format!("\"{field}\" is required"));
        }
    }
    let id = s.add_email_account(body["from_name"].as_str().unwrap_or(""), body["from_email"].as_str().unwrap_or(""), true);
    let account = s.email_accounts[&id].clone();
    ok(json!({"ok": true, "message": "Email account added", "data": {"id": id, "from_email": account["from_email"], "password": account["password"], "is_smtp_success": true}}))
}

async fn get_account(s: Account, Path(id): Path<u64>) -> Answer {
    let s = s.store();
    match s.email_accounts.get(&id) {
        Some(a) => ok(account_json(a.clone(), &s)),
        None => account_missing(),
    }
}

async fn update_account(s: Account, Path(id): Path<u64>, Json(body): Json<Value>) -> Answer {
    let mut s = s.store();
    let Some(a) = s.email_accounts.get_mut(&id) else {
        return account_missing();
    };
    for (k, v) in body.as_object().cloned().unwrap_or_default() {
        let key = if k == "max_email_per_day" { "message_per_day".to_string() } else { k };
        a[key] = v;
    }
    acked()
}

async fn reconnect(s: Account) -> Answer {
    let mut s = s.store();
    s.reconnect_calls += 1;
    if s.reconnect_calls > 3 {
        return (StatusCode::NOT_ACCEPTABLE, Json(json!({"ok": true, "message": "Bulk reconnect API cannot be consumed more than 3 times a day"})));
    }
    if !s.email_accounts.values().any(|a| a["is_smtp_success"] == false) {
        return (StatusCode::NOT_FOUND, Json(json!({"ok": true, "message": "No failed email account found!"})));
    }
    ok(json!({"ok": true, "message": "Email account(s) added to the queue to reconnect. We will send you an email once completed."}))
}

async fn warmup_stats(s: Account, Path(id): Path<u64>) -> Answer {
    if !s.store().email_accounts.contains_key(&id) {
        return account_missing();
    }
    let days: Vec<Value> = (0..7)
        .map(|d| json!({"id": d + 1, "date": format!("2025-11-{:02}", 19 + d), "sent_count": 10, "reply_count": 3, "save_from_spam_count": d % 2}))
        .collect();
    ok(json!({"id": id, "sent_count": "70", "spam_count": "3", "inbox_count": "67", "warmup_email_received_count": "21", "stats_by_date": days}))
}

async fn warmup_settings(s: Account, Path(id): Path<u64>, Json(body): Json<Value>) -> Answer {
    let mut s = s.store();
    let Some(a) = s.email_accounts.get_mut(&id) else {
        return account_missing();
    };
    let Some(enabled) = body.get("warmup_enabled").and_then(Value::as_bool) else {
        return bad("\"warmup_enabled\" is required".into());
    };
    a["warmup_details"]["status"] = json!(if enabled { "ACTIVE" } else { "INACTIVE" });
    ok(json!({"ok": true, "message": "Warmup settings updated"}))
}

async fn lead_by_email(s: Account, q: Q) -> Answer {
    let s = s.store();
    let Some(email) = q.get("email") else { return bad("\"email\" is required".into()) };
    let Some(lead) = s.lead_by_email(email) else {
        return ok(json!({}));
    };
    let mut v = s.lead_json(lead);
    v["created_at"] = json!(NOW);
    v["lead_campaign_data"] = s
        .memberships
        .iter()
        .filter(|((_, l), _)| *l == lead.id)
        .map(|((c, _), m)| json!({"campaign_lead_map_id": m.map_id, "campaign_id": c, "campaign_name": s.campaigns[c].name,
            "client_id": s.campaigns[c].client_id, "client_email": null, "lead_category_id": m.category_id}))
        .collect();
    ok(v)
}

/// A lead by id, without its campaigns (as the documented answer has none); `{}` when
/// no lead has that id.
async fn lead_by_id(s: Account, Path(id): Path<u64>) -> Answer {
    let s = s.store();
    match s.leads.get(&id) {
        Some(lead) => ok(s.lead_json(lead)),
        None => ok(json!({})),
    }
}

fn lead_list_missing() -> Answer {
    (StatusCode::NOT_FOUND, Json(json!({"ok": false, "message": "Lead list not found"})))
}

/// `listName` is required and names the new list; answered `{ok, data: {id, name, created_at}}`.
async fn create_lead_list(s: Account, Json(body): Json<Value>) -> Answer {
    let Some(name) = body["listName"].as_str().filter(|n| !n.trim().is_empty()) else { return bad("\"listName\" is required".into()) };
    let mut s = s.store();
    let id = s.next_id();
    let list = json!({"id": id, "name": name, "lead_count": 0, "created_at": NOW, "updated_at": NOW});
    s.lead_lists.insert(id, list);
    ok(json!({"ok": true, "data": {"id": id, "name": name, "created_at": NOW}}))
}

/// A page of lists (`offset`, `limit` up to 1,000, default 10), by name part and tags.
async fn lead_lists(s: Account, q: Q) -> Answer {
    let s = s.store();
    let offset = q.get("offset").and_then(|o| o.parse().ok()).unwrap_or(0);
    let limit: usize = q.get("limit").and_then(|l| l.parse().ok()).unwrap_or(10);
    if limit == 0 || limit > 1000 {
        return bad("limit must be between 1 and 1000".into());
    }
    let name = q.get("listName").map(|n| n.to_lowercase());
    let tags: Vec<Value> = q.get("tagIds").map(|t| t.split(',').filter_map(|t| t.trim().parse::<u64>().ok()).map(Value::from).collect()).unwrap_or_default();
    let lists: Vec<Value> = s
        .lead_lists
        .values()
        .filter(|l| name.as_ref().is_none_or(|n| l["name"].as_str().unwrap_or_default().to_lowercase().contains(n)))
        .filter(|l| tags.iter().all(|t| l["tag_ids"].as_array().is_some_and(|have| have.contains(t))))
        .skip(offset)
        .take(limit)
        .cloned()
        .collect();
    ok(json!({"ok": true, "data": lists}))
}

async fn lead_list(s: Account, Path(id): Path<u64>) -> Answer {
    match s.store().lead_lists.get(&id) {
        Some(list) => ok(json!({"ok": true, "data": list})),
        None => lead_list_missing(),
    }
}

async fn rename_lead_list(s: Account, Path(id): Path<u64>, Json(body): Json<Value>) -> Answer {
    let Some(name) = body["listName"].as_str().filter(|n| !n.trim().is_empty()) else { return bad("\"listName\" is required".into()) };
    let mut s = s.store();
    let Some(list) = s.lead_lists.get_mut(&id) else { return lead_list_missing() };
    list["name"] = json!(name);
    ok(json!({"ok": true, "data": {"id": id, "name": name}}))
}

async fn delete_lead_list(s: Account, Path(id): Path<u64>) -> Answer {
    match s.store().lead_lists.remove(&id) {
        Some(_) => ok(json!({"ok": true, "message": "Lead list deleted successfully"})),
        None => lead_list_missing(),
    }
}

/// Adds `leadList` to a list: a repeat of a lead the list holds is a duplicate, a
/// blocked one is left out unless `csvSettings.ignoreGlobalBlockList`.
async fn import_to_list(s: Account, Path(id): Path<u64>, Json(body): Json<Value>) -> Answer {
    let (Some(leads), Some(_)) = (body["leadList"].as_array().cloned(), body["fileName"].as_str()) else {
        return bad("\"leadList\" and \"fileName\" are required".into());
    };
    let mut s = s.store();
    if !s.lead_lists.contains_key(&id) {
        return lead_list_missing();
    }
    let ignore_block = body["csvSettings"]["ignoreGlobalBlockList"].as_bool().unwrap_or(false);
    let (mut imported, mut duplicates, mut blocked) = (0, 0, 0);
    for mut lead in leads.iter().cloned() {
        let email = lead["email"].as_str().unwrap_or_default().to_string();
        if s.list_leads.get(&id).is_some_and(|l| l.iter().any(|x| x["email"] == email)) {
            duplicates += 1;
        } else if !ignore_block && s.blocks(&email) {
            blocked += 1;
        } else {
            lead["id"] = json!(s.next_id());
            s.list_leads.entry(id).or_default().push(lead);
            imported += 1;
        }
    }
    s.count_list(id);
    ok(json!({"ok": true, "data": {"total_leads": leads.len(), "imported": imported, "duplicates": duplicates, "blocked": blocked}}))
}

/// The leads `leadIds` (from any list), or every lead of `fromListId`, each with the list it is in.
fn chosen_leads(s: &Store, lead_ids: Option<&Vec<Value>>, from: Option<u64>) -> Vec<(u64, Value)> {
    s.list_leads
        .iter()
        .filter(|(list, _)| from.is_none_or(|f| f == **list))
        .flat_map(|(list, leads)| leads.iter().map(move |l| (*list, l.clone())))
        .filter(|(_, l)| lead_ids.is_none_or(|ids| ids.contains(&l["id"])))
        .collect()
}

async fn move_between_lists(s: Account, Json(body): Json<Value>) -> Answer {
    let (Some(action), Some(to)) = (body["action"].as_str(), body["toListId"].as_u64()) else {
        return bad("\"action\" and \"toListId\" are required".into());
    };
    let mut s = s.store();
    if !s.lead_lists.contains_key(&to) {
        return lead_list_missing();
    }
    let chosen = chosen_leads(&s, body["leadIds"].as_array(), body["fromListId"].as_u64());
    for (from, lead) in &chosen {
        if action == "move" {
            s.list_leads.entry(*from).or_default().retain(|l| l["id"] != lead["id"]);
            s.count_list(*from);
        }
        s.list_leads.entry(to).or_default().push(lead.clone());
    }
    s.count_list(to);
    ok(json!({"ok": true, "data": {"total_leads_moved": chosen.len()}}))
}

/// Adds lead list leads to a campaign by id, or by name (creating it when no campaign has it).
async fn push_to_campaign(s: Account, Json(body): Json<Value>) -> Answer {
    let Some(action) = body["action"].as_str() else { return bad("\"action\" is required".into()) };
    let mut s = s.store();
    let campaign = match (body["campaignId"].as_u64(), body["campaignName"].as_str()) {
        (Some(id), _) if s.campaigns.contains_key(&id) => id,
        (Some(_), _) => return campaign_missing(),
        (None, Some(name)) => match s.campaigns.values().find(|c| c.name == name) {
            Some(c) => c.id,
            None => s.create_campaign(Some(name), None),
        },
        (None, None) => return bad("Either campaignId or campaignName must be provided".into()),
    };
    let selection = &body["leadList"];
    let from = if selection["allLeads"].as_bool() == Some(true) { None } else { selection["listId"].as_u64() };
    let chosen = chosen_leads(&s, selection["leadIds"].as_array(), from);
    let leads: Vec<Value> = chosen.iter().map(|(_, l)| l.clone()).collect();
    let settings = json!({"ignore_global_block_list": body["csvSettings"]["ignoreGlobalBlockList"]});
    let added = s.add_leads(campaign, &leads, &settings);
    if action == "move" {
        for (list, lead) in &chosen {
            s.list_leads.entry(*list).or_default().retain(|l| l["id"] != lead["id"]);
            s.count_list(*list);
        }
    }
    let pushed = added["total_leads"].as_u64().unwrap_or(0);
    ok(json!({"ok": true, "data": {"total_leads": leads.len(), "pushed": pushed, "duplicates": added["already_added_to_campaign"]}}))
}

/// Tags 1–10 lists with 1–10 tags, taking `removeTagIds` off.
async fn tag_lead_lists(s: Account, Json(body): Json<Value>) -> Answer {
    let (Some(lists), Some(tags)) = (body["listIds"].as_array(), body["tagIds"].as_array()) else {
        return bad("\"listIds\" and \"tagIds\" are required".into());
    };
    let remove = body["removeTagIds"].as_array().cloned().unwrap_or_default();
    let mut s = s.store();
    for list in lists {
        let Some(l) = list.as_u64().and_then(|id| s.lead_lists.get_mut(&id)) else { return lead_list_missing() };
        let mut kept: Vec<Value> = l["tag_ids"].as_array().cloned().unwrap_or_default();
        kept.retain(|t| !remove.contains(t));
        kept.extend(tags.iter().filter(|t| !kept.contains(t)).cloned().collect::<Vec<_>>());
        l["tag_ids"] = json!(kept);
    }
    ok(json!({"ok": true, "message": "Tags assigned successfully"}))
}

async fn categories(s: Account) -> Answer {
    ok(Value::Array(s.store().categories.clone()))
}

async fn block(s: Account, Json(body): Json<Value>) -> Answer {
    let mut s = s.store();
    let Some(list) = body.get("domain_block_list").and_then(Value::as_array) else {
        return bad("\"domain_block_list\" is required".into());
    };
    let entries: Vec<String> = list.iter().filter_map(Value::as_str).map(str::to_string).collect();
    let count = entries.len();
    s.block_list.extend(entries);
    ok(json!({"success": true, "message": format!("{count} entries added to block list")}))
}

/// The block list as a bare array; an entry's id is its place in the list (1-based),
/// and a removed entry keeps its place, empty.
async fn block_list(s: Account, q: Q) -> Answer {
    let s = s.store();
    let text = q.get("filter_email_or_domain").cloned().unwrap_or_default();
    let entries = s.block_list.iter().enumerate().filter(|(_, b)| !b.is_empty() && b.contains(text.as_str()));
    match paged_lazily(entries, &q, 1000, |(i, b)| json!({"id": i + 1, "email_or_domain": b, "created_at": NOW, "source": "manual", "client_id": null})) {
        Ok(page) => ok(Value::Array(page)),
        Err(refused) => refused,
    }
}

async fn unblock(s: Account, q: Q) -> Answer {
    let mut s = s.store();
    let slot = q.get("id").and_then(|id| id.parse::<usize>().ok()).and_then(|id| id.checked_sub(1)).and_then(|i| s.block_list.get_mut(i));
    match slot {
        Some(entry) if !entry.is_empty() => {
            entry.clear();
            ok(json!({"success": true, "message": "Removed from block list"}))
        }
        _ => (StatusCode::NOT_FOUND, Json(json!({"success": false, "message": "Block list entry not found"}))),
    }
}

async fn unsubscribe_lead(s: Account, Path(id): Path<u64>) -> Answer {
    let mut s = s.store();
    let Some(lead) = s.leads.get_mut(&id) else { return lead_missing() };
    if lead.unsubscribed {
        return ok(json!({"ok": false}));
    }
    lead.unsubscribed = true;
    acked()
}

async fn lead_campaigns(s: Account, Path(id): Path<u64>) -> Answer {
    let s = s.store();
    if !s.leads.contains_key(&id) {
        return lead_missing();
    }
    let list = s
        .memberships
        .keys()
        .filter(|(_, l)| *l == id)
        .map(|(c, _)| json!({"id": c, "status": s.campaigns[c].status, "name": s.campaigns[c].name}));
    ok(Value::Array(list.collect()))
}

async fn create_client(s: Account, Json(body): Json<Value>) -> Answer {
    let mut s = s.store();
    let (Some(name), Some(email)) = (body.get("name").and_then(Value::as_str), body.get("email").and_then(Value::as_str)) else {
        return bad("\"name\" and \"email\" are required".into());
    };
    let id = s.next_id();
    let permission = body.get("permission").cloned().unwrap_or(json!(["full_access"]));
    let client = json!({"id": id, "name": name, "email": email, "uuid": format!("1e19fcb7-0000-4000-8000-{id:012}"), "created_at": NOW,
        "user_id": 196026, "logo": body.get("logo"), "logo_url": body.get("logo_url"),
        "client_permision": {"permission": permission, "retricted_category": []}});
    s.clients.insert(id, client);
    ok(json!({"ok": true, "clientId": id, "name": name, "email": email, "password": body.get("password")}))
}

async fn list_clients(s: Account) -> Answer {
    ok(Value::Array(s.store().clients.values().cloned().collect()))
}

/// A fresh key value, different for every issue and reset.
fn client_key(s: &mut Store) -> String {
    format!("sl_client_{:032x}", s.next_id().wrapping_mul(0x9e37_79b9_7f4a_7c15))
}

async fn create_client_key(s: Account, Json(body): Json<Value>) -> Answer {
    let mut s = s.store();
    let (Some(client), Some(name)) = (body["clientId"].as_u64(), body["keyName"].as_str()) else {
        return bad("\"clientId\" and \"keyName\" are required".into());
    };
    if !s.clients.contains_key(&client) {
        return (StatusCode::NOT_FOUND, Json(json!({"ok": false, "error": "Client not found"})));
    }
    let id = s.next_id();
    let key = json!({"id": id, "client_id": client, "key_name": name, "api_key": client_key(&mut s), "status": "active", "created_at": NOW});
    s.client_keys.insert(id, key.clone());
    ok(json!({"ok": true, "data": key}))
}

/// Listed keys leave the key itself out.
async fn client_keys(s: Account, q: Q) -> Answer {
    let s = s.store();
    let keys = s.client_keys.values().filter(|k| {
        q.get("clientId").is_none_or(|c| k["client_id"].to_string() == *c)
            && q.get("status").is_none_or(|st| k["status"] == st.as_str())
            && q.get("keyName").is_none_or(|n| k["key_name"].as_str().is_some_and(|name| name.contains(n.as_str())))
    });
    let listed: Vec<Value> = keys.cloned().map(|mut k| { k.as_object_mut().map(|o| o.remove("api_key")); k }).collect();
    ok(json!({"ok": true, "data": listed}))
}

async fn delete_client_key(s: Account, Path(id): Path<u64>) -> Answer {
    match s.store().client_keys.remove(&id) {
        Some(_) => ok(json!({"ok": true, "message": "API key deleted"})),
        None => (StatusCode::NOT_FOUND, Json(json!({"ok": false, "error": "API key not found"}))),
    }
}

async fn reset_client_key(s: Account, Path(id): Path<u64>) -> Answer {
    let mut s = s.store();
    let fresh = client_key(&mut s);
    let Some(key) = s.client_keys.get_mut(&id) else { return (StatusCode::NOT_FOUND, Json(json!({"ok": false, "error": "API key not found"}))) };
    key["api_key"] = json!(fresh);
    ok(json!({"ok": true, "data": key.clone()}))
}

async fn create_account_webhook(s: Account, Json(body): Json<Value>) -> Answer {
    let mut s = s.store();
    let Some(url) = body["webhook_url"].as_str() else { return bad("\"webhook_url\" is required".into()) };
    let id = s.next_id();
    let hook = json!({"id": id, "email_campaign_id": body["email_campaign_id"], "name": body["name"], "webhook_url": url,
        "event_type_map": body.get("event_type_map").cloned().unwrap_or(json!({})), "category_id_map": body.get("category_id_map").cloned().unwrap_or(json!({})),
        "created_at": NOW, "updated_at": NOW});
    s.account_webhooks.insert(id, hook);
    ok(json!({"ok": true, "id": id, "webhook_url": url}))
}

async fn get_account_webhook(s: Account, Path(id): Path<u64>) -> Answer {
    match s.store().account_webhooks.get(&id) {
        Some(hook) => ok(json!({"ok": true, "data": hook})),
        None => webhook_missing(),
    }
}

/// The update takes arrays (`event_types`, `categories`) and stores them as the maps
/// the read answers with.
async fn update_account_webhook(s: Account, Path(id): Path<u64>, Json(body): Json<Value>) -> Answer {
    let mut s = s.store();
    let Some(hook) = s.account_webhooks.get_mut(&id) else { return webhook_missing() };
    for key in ["name", "webhook_url"] {
        if !body[key].is_null() {
            hook[key] = body[key].clone();
        }
    }
    if let Some(events) = body["event_types"].as_array() {
        hook["event_type_map"] = Value::Object(events.iter().filter_map(Value::as_str).map(|e| (e.to_string(), json!(true))).collect());
    }
    ok(json!({"ok": true, "id": id, "message": "Webhook updated"}))
}

async fn delete_account_webhook(s: Account, Json(body): Json<Value>) -> Answer {
    match body["id"].as_u64().and_then(|id| s.store().account_webhooks.remove(&id)) {
        Some(_) => ok(json!({"ok": true})),
        None => webhook_missing(),
    }
}

/// Both ends of the time window, which Smartlead requires.
fn window(q: &HashMap<String, String>) -> Result<(), Answer> {
    match (q.get("fromTime"), q.get("toTime")) {
        (Some(_), Some(_)) => Ok(()),
        _ => Err(bad("fromTime and toTime are required".into())),
    }
}

async fn webhook_summary(s: Account, Path(id): Path<u64>, q: Q) -> Answer {
    if let Err(refused) = window(&q) {
        return refused;
    }
    let s = s.store();
    let calls: Vec<bool> = s.webhook_deliveries.iter().filter(|(c, _)| *c == id).map(|(_, ok)| *ok).collect();
    let good = calls.iter().filter(|ok| **ok).count();
    let rate = if calls.is_empty() { 0.0 } else { good as f64 * 100.0 / calls.len() as f64 };
    ok(json!({"total_calls": calls.len(), "successful_calls": good, "failed_calls": calls.len() - good, "success_rate": rate}))
}

async fn retrigger_webhooks(s: Account, Path(id): Path<u64>, Json(body): Json<Value>) -> Answer {
    if body["fromTime"].as_str().is_none() || body["toTime"].as_str().is_none() {
        return bad("fromTime and toTime are required".into());
    }
    let mut s = s.store();
    let mut count = 0;
    for (campaign, delivered) in s.webhook_deliveries.iter_mut() {
        if *campaign == id && !*delivered {
            *delivered = true;
            count += 1;
        }
    }
    ok(json!({"success": true, "retriggered_count": count}))
}
