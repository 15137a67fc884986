//! A campaign's less common actions and reports, as Smartlead answers them: copies and
//! subsequences, forwards, team members, a lead's sender, activities, statistics, a
//! lead marked complete, and one email sent outside campaigns.

use crate::Account;
use crate::answer::{Answer, Q, ok};
use crate::store::{NOW, Store};
use axum::Json;
use axum::Router;
use axum::extract::Path;
use axum::http::StatusCode;
use axum::routing::{get, post};
use serde_json::{Value, json};

pub fn router() -> Router {
    Router::new()
        .route("/campaigns/{id}/duplicate", post(duplicate))
        .route("/campaigns/create-subsequence", post(create_subsequence))
        .route("/campaigns/{id}/forward-email", post(forward))
        .route("/campaigns/{id}/team-member", post(team_member))
        .route("/campaigns/update-lead-email-account", post(lead_sender))
        .route("/campaigns/all-leads-activities", get(activities))
        .route("/campaigns/{id}/top-level-analytics-by-date", get(top_level_by_date))
        .route("/campaigns/{id}/leads-statistics", get(lead_statistics))
        .route("/campaigns/{id}/mailbox-statistics", get(mailbox_statistics))
        .route("/campaigns/{id}/leads/{map}/manual-complete", post(manual_complete))
        .route("/send-email/initiate", post(send_single))
}

fn refuse(status: StatusCode, body: Value) -> Answer {
    (status, Json(body))
}

fn no_campaign() -> Answer {
    refuse(StatusCode::NOT_FOUND, json!({"error": "Campaign not found - Invalid campaign_id."}))
}

fn number(q: &Q, key: &str, default: usize) -> usize {
    q.get(key).and_then(|v| v.parse().ok()).unwrap_or(default)
}

async fn duplicate(s: Account, Path(id): Path<u64>, Json(body): Json<Value>) -> Answer {
    let mut s = s.store();
    let Some(original) = s.campaigns.get(&id).cloned() else {
        // Smartlead answers a foreign or unknown campaign with a 500.
        return refuse(StatusCode::INTERNAL_SERVER_ERROR, json!({"message": "Something went wrong while duplicating the campaign"}));
    };
    let copy = s.create_campaign(Some(&format!("{} (copy)", original.name)), None);
    let c = s.campaigns.get_mut(&copy).expect("just created");
    c.settings = original.settings.clone();
    c.schedule = original.schedule.clone();
    c.email_account_ids = original.email_account_ids.clone();
    c.sequences = original.sequences.clone();
    if body["duplicate_client_label"] == true {
        c.client_id = original.client_id;
    }
    ok(json!({"ok": true, "newCampaignId": copy}))
}

async fn create_subsequence(s: Account, Json(body): Json<Value>) -> Answer {
    let mut s = s.store();
    let Some(parent) = body["parent_campaign_id"].as_u64().filter(|p| s.campaigns.contains_key(p)) else {
        return refuse(StatusCode::BAD_REQUEST, json!({"success": false, "message": "parent_campaign_id must name a campaign"}));
    };
    let id = s.create_campaign(body["subsequence_name"].as_str(), None);
    let c = s.campaigns.get_mut(&id).expect("just created");
    c.settings.insert("parent_campaign_id".into(), json!(parent));
    c.settings.insert("condition_events".into(), body["condition_events"].clone());
    ok(json!({"success": true, "subsequence_id": id}))
}

async fn forward(s: Account, Path(id): Path<u64>, Json(body): Json<Value>) -> Answer {
    let mut s = s.store();
    if !s.campaigns.contains_key(&id) {
        return no_campaign();
    }
    let (Some(message_id), Some(to)) = (body["message_id"].as_str(), body["to_emails"].as_str()) else {
        return refuse(StatusCode::BAD_REQUEST, json!({"statusCode": 400, "error": "Bad Request", "message": "message_id, stats_id and to_emails are required"}));
    };
    let known = s.campaign_leads(id).any(|(_, m)| m.messages.iter().any(|msg| msg["message_id"] == message_id && msg["stats_id"] == body["stats_id"]));
    if !known {
        return refuse(StatusCode::BAD_REQUEST, json!({"statusCode": 400, "error": "Bad Request", "message": "No email with this message_id and stats_id in the campaign"}));
    }
    let sent = format!("<forward{}@sender.test>", s.forwards.len() + 1);
    s.forwards.push(json!({"campaign_id": id, "message_id": message_id, "to": to, "body": body["forward_email_body"], "subject": body["forward_email_subject"]}));
    ok(json!({"ok": true, "messageId": sent, "status": "sent"}))
}

async fn team_member(s: Account, Path(id): Path<u64>, Json(body): Json<Value>) -> Answer {
    let mut s = s.store();
    let Some(c) = s.campaigns.get_mut(&id) else { return no_campaign() };
    let Some(member) = body.get("teamMemberId") else {
        return refuse(StatusCode::BAD_REQUEST, json!({"success": false, "message": "teamMemberId is required (null unassigns)"}));
    };
    c.settings.insert("team_member_id".into(), member.clone());
    ok(json!({"success": true, "message": if member.is_null() { "Team member unassigned" } else { "Team member assigned" }}))
}

async fn lead_sender(s: Account, Json(body): Json<Value>) -> Answer {
    let mut s = s.store();
    let (Some(account), Some(campaign), Some(lead)) = (body["email_account_id"].as_u64(), body["email_campaign_id"].as_u64(), body["email_lead_id"].as_u64()) else {
        return refuse(StatusCode::BAD_REQUEST, json!({"success": false, "message": "email_account_id, email_campaign_id and email_lead_id are required"}));
    };
    if !s.campaigns.get(&campaign).is_some_and(|c| c.email_account_ids.contains(&account)) {
        return refuse(StatusCode::BAD_REQUEST, json!({"success": false, "message": "The email account is not one of the campaign's"}));
    }
    if !s.memberships.contains_key(&(campaign, lead)) {
        return refuse(StatusCode::NOT_FOUND, json!({"success": false, "message": "Lead not found in campaign"}));
    }
    if s.lead_senders.contains_key(&(campaign, lead)) && body["override_lead_email_account"] != true {
        return refuse(StatusCode::BAD_REQUEST, json!({"success": false, "message": "The lead already has an email account; set override_lead_email_account"}));
    }
    s.lead_senders.insert((campaign, lead), account);
    ok(json!({"success": true, "message": "Lead email account updated"}))
}

/// Every lead of every campaign, one row each in the fuller documented shape.
async fn activities(s: Account, q: Q) -> Answer {
    if q.contains_key("event_time_to") && !q.contains_key("event_time_from") {
        return refuse(StatusCode::BAD_REQUEST, json!({"error": "event_time_to needs event_time_from", "status": "error"}));
    }
    let s = s.store();
    let (offset, limit) = (number(&q, "offset", 0), number(&q, "limit", 100));
    if limit > 1000 {
        return refuse(StatusCode::BAD_REQUEST, json!({"error": "limit must be at most 1000", "status": "error"}));
    }
    let rows: Vec<Value> = s
        .memberships
        .iter()
        .filter_map(|((campaign, lead), m)| {
            let c = s.campaigns.get(campaign)?;
            let activities: Vec<Value> = m.messages.iter().map(|msg| json!({"type": msg["type"], "time": msg["time"]})).collect();
            Some(json!({"lead_id": lead, "email_lead_map_id": m.map_id, "campaign_id": campaign, "campaign_name": c.name, "campaign_status": c.status,
                        "status": m.status, "current_seq_num": 1, "created_at": NOW, "activities": activities}))
        })
        .collect();
    let more = rows.len() > offset + limit;
    ok(json!({"data": rows.into_iter().skip(offset).take(limit).collect::<Vec<_>>(), "hasMore": more}))
}

/// The documented flat shape, from the campaign's counts.
async fn top_level_by_date(s: Account, Path(id): Path<u64>, q: Q) -> Answer {
    let s = s.store();
    let Some(c) = s.campaigns.get(&id) else { return no_campaign() };
    if !(q.contains_key("start_date") && q.contains_key("end_date")) {
        return refuse(StatusCode::BAD_REQUEST, json!({"error": "start_date and end_date are required"}));
    }
    let counts = s.analytics(c);
    let count = |k: &str| counts[k].as_str().and_then(|v| v.parse::<u64>().ok()).unwrap_or(0);
    let (sent, replied) = (count("sent_count"), count("reply_count"));
    let rate = |n: u64| if sent == 0 { 0.0 } else { n as f64 * 100.0 / sent as f64 };
    ok(json!({"total_sent": sent, "total_delivered": sent, "open_rate": rate(count("open_count")), "reply_rate": rate(replied)}))
}

/// The CLI's `{data, hasMore, skip, limit}` shape.
async fn lead_statistics(s: Account, Path(id): Path<u64>, q: Q) -> Answer {
    let s = s.store();
    if !s.campaigns.contains_key(&id) {
        return no_campaign();
    }
    let (skip, limit) = (number(&q, "offset", 0), number(&q, "limit", 100));
    if limit > 100 {
        return refuse(StatusCode::BAD_REQUEST, json!({"error": "limit must be at most 100"}));
    }
    let rows: Vec<Value> = s
        .campaign_leads(id)
        .map(|(lead, m)| json!({"lead_id": lead, "email": lead_email(&s, *lead), "status": m.status, "sent": 1, "replied": m.messages.iter().any(|x| x["type"] == "REPLY")}))
        .collect();
    let more = rows.len() > skip + limit;
    ok(json!({"data": rows.into_iter().skip(skip).take(limit).collect::<Vec<_>>(), "hasMore": more, "skip": skip, "limit": limit}))
}

fn lead_email(s: &Store, lead: u64) -> Value {
    s.leads.get(&lead).and_then(|l| l.fields.get("email").cloned()).unwrap_or(Value::Null)
}

async fn mailbox_statistics(s: Account, Path(id): Path<u64>, q: Q) -> Answer {
    let s = s.store();
    let Some(c) = s.campaigns.get(&id) else { return no_campaign() };
    if number(&q, "limit", 20) > 20 {
        return refuse(StatusCode::UNPROCESSABLE_ENTITY, json!({"ok": false, "message": "limit must be between 1 and 20"}));
    }
    let sent = s.campaign_leads(id).count();
    let rows: Vec<Value> = c
        .email_account_ids
        .iter()
        .filter_map(|a| s.email_accounts.get(a))
        .map(|a| json!({"email_account_id": a["id"], "from_email": a["from_email"], "sent_count": sent.to_string(), "time_zone": q.get("time_zone").map_or("UTC", String::as_str)}))
        .collect();
    ok(json!({"ok": true, "data": rows.into_iter().skip(number(&q, "offset", 0)).take(number(&q, "limit", 20)).collect::<Vec<_>>()}))
}

async fn manual_complete(s: Account, Path((id, map)): Path<(u64, u64)>) -> Answer {
    let mut s = s.store();
    if !s.campaigns.contains_key(&id) {
        return no_campaign();
    }
    match s.memberships.iter_mut().find(|((c, _), m)| *c == id && m.map_id == map) {
        Some((_, m)) => {
            m.status = "COMPLETED".into();
            m.touch();
            ok(json!({"success": true, "message": "Lead marked as complete"}))
        }
        None => refuse(StatusCode::NOT_FOUND, json!({"success": false, "message": "Lead not found in campaign"})),
    }
}

async fn send_single(s: Account, Json(body): Json<Value>) -> Answer {
    let mut s = s.store();
    let (Some(to), Some(_), Some(_)) = (body["to"].as_str(), body["subject"].as_str(), body["body"].as_str()) else {
        return refuse(StatusCode::BAD_REQUEST, json!({"success": false, "message": "to, subject and body are required"}));
    };
    let by_email = body["fromEmail"].as_str().and_then(|e| s.email_accounts.values().find(|a| a["from_email"] == e));
    let by_id = body["fromEmailId"].as_u64().and_then(|id| s.email_accounts.get(&id));
    let Some(from) = by_email.or(by_id).map(|a| a["from_email"].clone()) else {
        return refuse(StatusCode::BAD_REQUEST, json!({"success": false, "message": "fromEmail or fromEmailId must name one of your email accounts"}));
    };
    let message_id = format!("<single{}@sender.test>", s.sent_emails.len() + 1);
    s.sent_emails.push(json!({"to": to, "from": from, "subject": body["subject"], "attachments": body["attachments"], "message_id": message_id}));
    ok(json!({"success": true, "data": {"message": "Email sent successfully", "message_id": message_id}}))
}
