//! The master inbox as Smartlead answers it: views over the account's conversations
//! (POST bodies with `offset`/`limit`, 20 at most, 422s shaped as documented), one
//! thread, untracked replies, reply status, and the actions, kept in the store.

use crate::Account;
use crate::answer::{Answer, Q, ok};
use crate::store::{NOW, Store};
use axum::Json;
use axum::Router;
use axum::extract::Path;
use axum::http::StatusCode;
use axum::routing::{get, patch, post};
use serde_json::{Value, json};

pub fn router() -> Router {
    Router::new()
        .route("/master-inbox/{view}", post(view).get(thread))
        .route("/master-inbox/untracked-replies", get(untracked))
        .route("/master-inbox/reply-status", get(reply_status))
        .route("/master-inbox/change-read-status", patch(read_status))
        .route("/master-inbox/update-category", patch(category))
        .route("/master-inbox/update-revenue", patch(revenue))
        .route("/master-inbox/resume-lead", patch(resume))
        .route("/master-inbox/update-team-member", post(assign))
        .route("/master-inbox/create-note", post(note))
        .route("/master-inbox/create-task", post(task))
        .route("/master-inbox/set-reminder", post(reminder))
        .route("/master-inbox/push-to-subsequence", post(subsequence))
        .route("/master-inbox/block-domains", post(block_domains))
}

fn invalid(field: &str, error: &str, provided: Value) -> Answer {
    (StatusCode::UNPROCESSABLE_ENTITY, Json(json!({"error": error, "field": field, "provided_value": provided})))
}

fn conversation_missing() -> Answer {
    (StatusCode::NOT_FOUND, Json(json!({"error": "Lead not found for the given email_lead_map_id"})))
}

fn done(message: &str, data: Value) -> Answer {
    ok(json!({"success": true, "message": message, "data": data}))
}

/// The conversation's (campaign, lead) by its map id.
fn find(s: &Store, map_id: u64) -> Option<(u64, u64)> {
    s.memberships.iter().find(|(_, m)| m.map_id == map_id).map(|(k, _)| *k)
}

/// Which conversations a view shows.
fn shows(view: &str, state: &Value, replied: bool) -> bool {
    let set = |k: &str| !state[k].is_null() && state[k] != false;
    match view {
        "inbox-replies" | "views" => replied && !set("is_archived"),
        "sent" => true,
        "assigned-me" => set("team_member_id"),
        "unread-replies" => replied && !set("is_read"),
        "important" => set("is_important"),
        "snoozed" => set("snoozed_until"),
        "scheduled" => set("scheduled_time"),
        "reminders" => set("reminder_time"),
        "archived" => set("is_archived"),
        _ => false,
    }
}

/// An id filter as given: one number or a list, with the view's bound on the list.
fn ids(filters: &Value, field: &str, single_only: bool, max: usize) -> Result<Option<Vec<u64>>, Answer> {
    match &filters[field] {
        Value::Null => Ok(None),
        Value::Number(n) => Ok(n.as_u64().map(|id| vec![id])),
        Value::Array(items) if single_only => Err(invalid(&format!("filters.{field}"), "must be a single number", Value::Array(items.clone()))),
        Value::Array(items) if items.len() > max => Err((
            StatusCode::UNPROCESSABLE_ENTITY,
            Json(json!({"error": format!("{field} can have at most {max} items"), "field": format!("filters.{field}"), "provided_count": items.len(), "max_allowed": max})),
        )),
        Value::Array(items) => Ok(Some(items.iter().filter_map(Value::as_u64).collect())),
        other => Err(invalid(&format!("filters.{field}"), "must be a number or an array of numbers", other.clone())),
    }
}

async fn view(s: Account, Path(view): Path<String>, q: Q, Json(body): Json<Value>) -> Answer {
    let known = ["inbox-replies", "sent", "assigned-me", "unread-replies", "important", "snoozed", "scheduled", "reminders", "archived", "views"];
    if !known.contains(&view.as_str()) {
        return (StatusCode::NOT_FOUND, Json(json!({"error": format!("Cannot POST /api/v1/master-inbox/{view}")})));
    }
    let offset = body["offset"].as_u64().unwrap_or(0) as usize;
    let limit = body["limit"].as_u64().unwrap_or(20);
    if !(1..=20).contains(&limit) {
        return invalid("limit", "limit must be between 1 and 20", body["limit"].clone());
    }
    let filters = &body["filters"];
    let single_only = matches!(view.as_str(), "assigned-me" | "views");
    let campaigns = match ids(filters, "campaignId", single_only, if view == "sent" { 15 } else { 5 }) {
        Ok(c) => c,
        Err(refused) => return refused,
    };
    if let Err(refused) = ids(filters, "emailAccountId", single_only, 20) {
        return refused;
    }
    let search = filters["search"].as_str().map(str::to_lowercase);
    let history = q.get("fetch_message_history").is_some_and(|v| v == "true");
    let s = s.store();
    let matching: Vec<Value> = s
        .memberships
        .iter()
        .filter(|((campaign, lead), m)| {
            let state = s.inbox.get(&m.map_id).cloned().unwrap_or_default();
            let replied = m.messages.iter().any(|x| x["type"] == "REPLY");
            let email = s.leads[lead].fields.get("email").and_then(Value::as_str).unwrap_or_default().to_lowercase();
            shows(&view, &state, replied)
                && campaigns.as_ref().is_none_or(|c| c.contains(campaign))
                && search.as_ref().is_none_or(|text| email.contains(text.as_str()))
        })
        .map(|((campaign, lead), _)| item(&s, *campaign, *lead, history))
        .collect();
    let total = matching.len();
    let messages: Vec<Value> = matching.into_iter().skip(offset).take(limit as usize).collect();
    ok(json!({"messages": messages, "total_count": total, "offset": offset, "limit": limit}))
}

/// A conversation as the views render it: the map id as text, the last message, the
/// category by id and name, and the thread when asked for.
fn item(s: &Store, campaign_id: u64, lead_id: u64, history: bool) -> Value {
    let m = &s.memberships[&(campaign_id, lead_id)];
    let lead = &s.leads[&lead_id].fields;
    let state = s.inbox.get(&m.map_id).cloned().unwrap_or_else(|| json!({}));
    let last = m.messages.last().cloned().unwrap_or_default();
    let category = m.category_id.and_then(|id| s.categories.iter().find(|c| c["id"] == id)).map(|c| json!({"id": c["id"], "name": c["name"]}));
    let mut item = json!({
        "id": format!("inbox-{}", m.map_id),
        "campaign_lead_map_id": m.map_id.to_string(),
        "lead": {"email": lead.get("email"), "first_name": lead.get("first_name"), "last_name": lead.get("last_name"), "company": lead.get("company_name")},
        "campaign": {"id": campaign_id, "name": s.campaigns.get(&campaign_id).map(|c| c.name.clone())},
        "email_account": {"id": 1, "email": "ada@sender.test", "name": "Ada Sender"},
        "last_message": {"id": last["message_id"], "subject": last["subject"], "body": last["email_body"], "received_at": last["time"], "sent_from": last["from"], "sent_to": last["to"]},
        "email_status": if m.messages.iter().any(|x| x["type"] == "REPLY") { "Replied" } else { "Opened" },
        "category": category,
        "is_read": state["is_read"].as_bool().unwrap_or(false),
        "is_important": state["is_important"].as_bool().unwrap_or(false),
        "is_archived": state["is_archived"].as_bool().unwrap_or(false),
        "tags": ["warm"],
        "stats": {"total_sent": m.messages.iter().filter(|x| x["type"] == "SENT").count(), "total_replied": m.messages.iter().filter(|x| x["type"] == "REPLY").count()},
    });
    if let Some(member) = state["team_member_id"].as_u64() {
        item["assigned_to"] = json!({"id": member, "name": format!("Member {member}")});
    }
    for key in ["snoozed_until", "scheduled_time", "reminder_time", "reminder_message"] {
        if !state[key].is_null() {
            item[key] = state[key].clone();
        }
    }
    if !state["reminder_time"].is_null() {
        item["is_overdue"] = json!(false);
    }
    if history {
        let thread: Vec<Value> = m
            .messages
            .iter()
            .map(|x| json!({"subject": x["subject"], "direction": if x["type"] == "REPLY" { "received" } else { "sent" }, "sent_at": x["time"], "body": x["email_body"]}))
            .collect();
        item["message_history"] = Value::Array(thread);
    }
    item
}

async fn thread(s: Account, Path(id): Path<String>) -> Answer {
    let s = s.store();
    let Some((campaign, lead)) = id.parse().ok().and_then(|id| find(&s, id)) else { return conversation_missing() };
    ok(item(&s, campaign, lead, true))
}

async fn untracked(s: Account, q: Q) -> Answer {
    let limit: u64 = q.get("limit").and_then(|v| v.parse().ok()).unwrap_or(20);
    if !(1..=100).contains(&limit) {
        return invalid("limit", "limit must be between 1 and 100", json!(limit));
    }
    let offset: usize = q.get("offset").and_then(|v| v.parse().ok()).unwrap_or(0);
    let body = q.get("fetchBody").is_some_and(|v| v == "true");
    let s = s.store();
    let matching: Vec<&Value> = s.untracked.iter().filter(|r| q.get("from_email").is_none_or(|from| r["from_email"] == from.as_str())).collect();
    let page: Vec<Value> = matching
        .iter()
        .skip(offset)
        .take(limit as usize)
        .map(|r| {
            let mut r = (*r).clone();
            if !body {
                r.as_object_mut().map(|o| o.remove("body"));
            }
            r
        })
        .collect();
    ok(json!({"untracked_replies": page, "total_count": matching.len()}))
}

async fn reply_status(s: Account, q: Q) -> Answer {
    let s = s.store();
    let id = q.get("message_id").cloned().unwrap_or_default();
    let message = s.memberships.values().flat_map(|m| m.messages.iter()).find(|x| x["message_id"] == id.as_str());
    match message {
        Some(x) => ok(json!({"ok": true, "data": {
            "message_id": id, "status": "SENT", "status_message": "Delivered to the recipient's server",
            "event_time": NOW, "scheduled_time": null, "email_stats_id": x["stats_id"]
        }})),
        None => (StatusCode::NOT_FOUND, Json(json!({"ok": false, "error": "Message not found"}))),
    }
}

/// The conversation named by `email_lead_map_id` in the body, with its state to change.
fn with_state(s: &mut Store, body: &Value, change: impl FnOnce(&mut Value)) -> Option<u64> {
    let map_id = body["email_lead_map_id"].as_u64()?;
    find(s, map_id)?;
    change(s.inbox.entry(map_id).or_insert_with(|| json!({})));
    Some(map_id)
}

async fn read_status(s: Account, Json(body): Json<Value>) -> Answer {
    let read = body["read_status"].as_bool().unwrap_or(false);
    match with_state(&mut s.store(), &body, |state| state["is_read"] = json!(read)) {
        Some(id) => done("Read status updated", json!({"email_lead_map_id": id, "is_read": read, "updated_at": NOW})),
        None => conversation_missing(),
    }
}

async fn category(s: Account, Json(body): Json<Value>) -> Answer {
    let mut s = s.store();
    let Some(key) = body["email_lead_map_id"].as_u64().and_then(|id| find(&s, id)) else { return conversation_missing() };
    if let Some(m) = s.memberships.get_mut(&key) {
        m.category_id = body["category_id"].as_u64();
        m.touch();
    }
    ok(json!({"success": true, "message": "Lead category updated successfully"}))
}

async fn revenue(s: Account, Json(body): Json<Value>) -> Answer {
    let amount = body["revenue"].as_f64().unwrap_or(-1.0);
    if amount < 0.0 {
        return invalid("revenue", "revenue must be a non-negative number", body["revenue"].clone());
    }
    match with_state(&mut s.store(), &body, |state| state["revenue"] = json!(amount)) {
        Some(id) => done("Revenue updated", json!({"email_lead_map_id": id, "revenue": amount, "updated_at": NOW})),
        None => conversation_missing(),
    }
}

async fn resume(s: Account, Json(body): Json<Value>) -> Answer {
    let mut s = s.store();
    let Some(key) = body["email_lead_map_id"].as_u64().and_then(|id| find(&s, id)) else { return conversation_missing() };
    if body["campaign_id"].as_u64() != Some(key.0) {
        return (StatusCode::BAD_REQUEST, Json(json!({"error": "The lead is not in this campaign"})));
    }
    let days = body["resume_delay_days"].as_u64().unwrap_or(0);
    let m = s.memberships.get_mut(&key).expect("found above");
    m.status = "INPROGRESS".into();
    m.touch();
    done("Lead resumed", json!({"campaign_id": key.0, "email_lead_map_id": m.map_id, "resume_delay_days": days, "will_resume_at": format!("+{days}d")}))
}

async fn assign(s: Account, Json(body): Json<Value>) -> Answer {
    let member = body["team_member_id"].clone();
    match with_state(&mut s.store(), &body, |state| state["team_member_id"] = member.clone()) {
        Some(id) => done("Team member assigned", json!({"email_lead_map_id": id, "team_member_id": member, "assigned_at": NOW})),
        None => conversation_missing(),
    }
}

async fn note(s: Account, Json(body): Json<Value>) -> Answer {
    let mut s = s.store();
    let Some(map_id) = with_state(&mut s, &body, |_| ()) else { return conversation_missing() };
    let id = s.next_id();
    let lead = find(&s, map_id).map(|(_, lead)| lead);
    let note = json!({"id": id, "email_lead_map_id": map_id, "lead_id": lead, "note_message": body["note_message"], "created_by": "ada@sender.test", "created_at": NOW});
    s.notes.push(note.clone());
    ok(json!({"ok": true, "data": note}))
}

async fn task(s: Account, Json(body): Json<Value>) -> Answer {
    let mut s = s.store();
    let Some(map_id) = with_state(&mut s, &body, |_| ()) else { return conversation_missing() };
    let id = s.next_id();
    let priority = body["priority"].as_str().unwrap_or("MEDIUM").to_string();
    let lead = find(&s, map_id).map(|(_, lead)| lead);
    s.tasks.push(json!({"id": id, "email_lead_map_id": map_id, "lead_id": lead, "status": "PENDING", "name": body["name"], "description": body["description"], "priority": priority, "due_date": body["due_date"], "created_at": NOW}));
    // The inbox page answers `task_id` under `data`; the lead-tasks page answers `id`.
    done("Task created", json!({"task_id": id, "email_lead_map_id": map_id, "name": body["name"], "priority": priority, "due_date": body["due_date"]}))
}

async fn reminder(s: Account, Json(body): Json<Value>) -> Answer {
    let mut s = s.store();
    let (time, message) = (body["reminder_time"].clone(), body["message"].clone());
    let Some(map_id) = with_state(&mut s, &body, |state| {
        state["reminder_time"] = time.clone();
        state["reminder_message"] = message.clone();
    }) else {
        return conversation_missing();
    };
    let id = s.next_id();
    done("Reminder set", json!({"reminder_id": id, "email_lead_map_id": map_id, "reminder_time": time, "message": message}))
}

async fn subsequence(s: Account, Json(body): Json<Value>) -> Answer {
    let s = s.store();
    let Some((campaign, _)) = body["email_lead_map_id"].as_u64().and_then(|id| find(&s, id)) else { return conversation_missing() };
    let delay = body["sub_sequence_delay_time"].as_u64().unwrap_or(0);
    done("Lead pushed to subsequence", json!({
        "email_lead_map_id": body["email_lead_map_id"], "parent_campaign_id": campaign, "sub_sequence_id": body["sub_sequence_id"],
        "will_start_at": format!("+{delay}s"), "stop_on_parent_reply": body["stop_lead_on_parent_campaign_reply"].as_bool().unwrap_or(false)
    }))
}

async fn block_domains(s: Account, Json(body): Json<Value>) -> Answer {
    let Some(domains) = body["domains"].as_array().filter(|d| !d.is_empty()) else {
        return invalid("domains", "domains must contain at least 1 item", body["domains"].clone());
    };
    let domains: Vec<String> = domains.iter().filter_map(Value::as_str).map(str::to_string).collect();
    let source = body["source"].as_str().unwrap_or("manual").to_string();
    s.store().blocked_domains.extend(domains.iter().cloned());
    done("Domains blocked", json!({"blocked_domains": domains, "source": source, "blocked_at": NOW}))
}
