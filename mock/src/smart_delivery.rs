//! SmartDelivery as Smartlead documents it: bare bodies without an `ok` envelope, ids as
//! text, `{"error": "Resource not found"}` for what is not there; folders and placement
//! tests kept, each test's four seed emails counted three in the inbox and one in spam.

use crate::Account;
use crate::answer::{Answer, ok};
use crate::store::{NOW, Store};
use axum::Json;
use axum::Router;
use axum::extract::Path;
use axum::http::StatusCode;
use axum::routing::{get, post, put};
use serde_json::{Value, json};

pub fn router() -> Router {
    Router::new()
        .route("/spam-test/folder", get(folders).post(create_folder))
        .route("/spam-test/folder/{id}", get(folder).delete(delete_folder))
        .route("/spam-test/manual", post(|s: Account, b: Json<Value>| create_test(s, b, false)))
        .route("/spam-test/schedule", post(|s: Account, b: Json<Value>| create_test(s, b, true)))
        .route("/spam-test/report", post(list_tests))
        .route("/spam-test/report/mailboxes-count", get(mailbox_count))
        .route("/spam-test/report/mailboxes-summary", get(mailbox_summary))
        .route("/spam-test/delete", post(delete_tests))
        .route("/spam-test/seed/providers", get(providers))
        .route("/spam-test/report/{id}/blacklist", get(|s: Account, p: Path<String>| report(s, p, blacklist)))
        .route("/spam-test/report/{id}/dkim-details", get(|s: Account, p: Path<String>| report(s, p, |t| checks(t, "dkim_verified", |_| true))))
        .route("/spam-test/report/{id}/spf-details", get(|s: Account, p: Path<String>| report(s, p, |t| checks(t, "spf_verified", |seed| seed != SPAM_SEED))))
        .route("/spam-test/report/{id}/rdns-details", get(|s: Account, p: Path<String>| report(s, p, |t| checks(t, "rdns_verified", |_| true))))
        .route("/spam-test/report/{id}/domain-blacklist", get(|s: Account, p: Path<String>| report(s, p, |t| checks(t, "domain_blacklisted", |_| false))))
        .route("/spam-test/report/{id}/email-content", get(|s: Account, p: Path<String>| report(s, p, email_content)))
        .route("/spam-test/report/{id}/groupwise", post(|s: Account, p: Path<String>| report(s, p, |t| breakdown(t, "region"))))
        .route("/spam-test/report/{id}/providerwise", post(|s: Account, p: Path<String>| report(s, p, |t| breakdown(t, "provider"))))
        .route("/spam-test/report/{id}/ip-analytics", get(|s: Account, p: Path<String>| report(s, p, ip_analytics)))
        .route("/spam-test/report/{id}/schedule-history", get(|s: Account, p: Path<String>| report(s, p, schedule_history)))
        .route("/spam-test/report/{id}/sender-account-wise", get(|s: Account, p: Path<String>| report(s, p, sender_reports)))
        .route("/spam-test/report/{id}/sender-account-wise/{reply}/email-headers", get(reply_headers))
        .route("/spam-test/report/{id}/sender-accounts", get(|s: Account, p: Path<String>| report(s, p, sender_accounts)))
        .route("/spam-test/report/{id}/spam-filter-details", get(|s: Account, p: Path<String>| report(s, p, spam_filters)))
        .route("/spam-test/{id}", get(test))
        .route("/spam-test/{id}/stop", put(stop))
}

fn missing() -> Answer {
    (StatusCode::NOT_FOUND, Json(json!({"error": "Resource not found"})))
}

fn invalid(message: &str) -> Answer {
    (StatusCode::UNPROCESSABLE_ENTITY, Json(json!({"error": message})))
}

async fn folders(s: Account) -> Answer {
    ok(Value::Array(s.store().delivery_folders.clone()))
}

async fn create_folder(s: Account, Json(body): Json<Value>) -> Answer {
    let mut s = s.store();
    let Some(name) = body["folderName"].as_str().filter(|n| !n.trim().is_empty()) else { return invalid("Invalid parameters provided") };
    let folder = json!({"id": format!("folder_{:03}", s.delivery_folders.len() + 1), "name": name, "user_id": "196026", "client_id": null, "created_at": NOW, "updated_at": NOW});
    s.delivery_folders.push(folder.clone());
    ok(folder)
}

async fn folder(s: Account, Path(id): Path<String>) -> Answer {
    s.store().delivery_folders.iter().find(|f| f["id"] == id.as_str()).cloned().map_or_else(missing, ok)
}

async fn delete_folder(s: Account, Path(id): Path<String>) -> Answer {
    let mut s = s.store();
    if !s.delivery_folders.iter().any(|f| f["id"] == id.as_str()) {
        return missing();
    }
    if s.spam_tests.iter().any(|t| t["folder_id"] == id.as_str()) {
        return invalid("Only an empty folder can be deleted");
    }
    s.delivery_folders.retain(|f| f["id"] != id.as_str());
    ok(json!({"message": "Folder deleted successfully"}))
}

async fn create_test(s: Account, Json(body): Json<Value>, automated: bool) -> Answer {
    let mut s = s.store();
    let Some(fields) = body.as_object() else { return invalid("Invalid parameters provided") };
    if let Some(folder) = fields.get("folder_id").filter(|f| !f.is_null()) {
        if !s.delivery_folders.iter().any(|f| &f["id"] == folder) {
            return invalid("folder_id names no folder");
        }
    }
    let mut test = json!({
        "id": format!("test_{:03}", s.spam_tests.len() + 1), "test_name": "Untitled test", "description": "", "spam_filters": false, "link_checker": false,
        "campaign_id": null, "sequence_mapping_id": null, "all_email_sent_without_time_gap": false, "min_time_btwn_emails": 1, "min_time_unit": "minutes",
        "is_warmup": false, "test_with_sl_account": true, "has_seed_mapping": true, "status": "RUNNING", "user_id": "196026",
        "test_type": if automated { "automated" } else { "manual" }, "email_track_id": "track_001", "provider_id": "gmail_na", "folder_id": null,
        "created_at": NOW, "updated_at": NOW,
    });
    if automated {
        test["schedule_start_time"] = json!(NOW);
        test["test_end_date"] = json!("2026-02-25");
        test["every_days"] = json!(7);
        test["scheduler_cron_value"] = json!("0 10 * * 0");
    }
    for (k, v) in fields {
        test[k] = v.clone();
    }
    s.spam_tests.push(test.clone());
    ok(test)
}

async fn list_tests(s: Account, Json(body): Json<Value>) -> Answer {
    let s = s.store();
    let rows: Vec<Value> = s
        .spam_tests
        .iter()
        .filter(|t| ["status", "test_type"].iter().all(|k| body.get(*k).is_none_or(|want| &t[*k] == want)))
        .map(|t| json!({"spam_test_id": t["id"], "test_name": t["test_name"], "test_type": t["test_type"], "status": t["status"],
                        "schedule_start_time": t.get("schedule_start_time").cloned().unwrap_or(json!(t["created_at"])), "test_end_date": t.get("test_end_date"),
                        "every_days": t.get("every_days"), "current_test_run_no": 1}))
        .collect();
    ok(Value::Array(rows))
}

async fn test(s: Account, Path(id): Path<String>) -> Answer {
    s.store().spam_tests.iter().find(|t| t["id"] == id.as_str()).cloned().map_or_else(missing, ok)
}

async fn stop(s: Account, Path(id): Path<String>) -> Answer {
    let mut s = s.store();
    let Some(test) = s.spam_tests.iter_mut().find(|t| t["id"] == id.as_str()) else { return missing() };
    if test["test_type"] != "automated" {
        return invalid("Only an automated test can be stopped");
    }
    test["status"] = json!("STOPPED");
    ok(json!({"message": "Test stopped successfully"}))
}

async fn delete_tests(s: Account, Json(body): Json<Value>) -> Answer {
    let mut s = s.store();
    let ids: Vec<Value> = ["spam_test_ids", "spamTestIds", "ids"].iter().find_map(|k| body[*k].as_array().cloned()).unwrap_or_default();
    if ids.is_empty() {
        return invalid("Invalid parameters provided");
    }
    s.spam_tests.retain(|t| !ids.contains(&t["id"]));
    ok(json!({"message": "Tests deleted successfully"}))
}

/// Each test's four seed emails: three in the inbox, one in spam.
fn sent(s: &Store) -> u64 {
    s.spam_tests.len() as u64 * 4
}

async fn mailbox_count(s: Account) -> Answer {
    let total = sent(&s.store());
    ok(json!({"inbox_count": total / 4 * 3, "spam_count": total / 4, "tab_count": 0, "failed_count": 0, "total_email_count": total}))
}

async fn mailbox_summary(s: Account) -> Answer {
    let s = s.store();
    let total = sent(&s);
    let rows: Vec<Value> = s
        .email_accounts
        .values()
        .map(|a| json!({"id": a["id"].to_string(), "from_email": a["from_email"], "esp": "smtp", "total_email_count": total, "inbox_count": total / 4 * 3,
                        "tab_count": 0, "spam_count": total / 4, "failed_count": 0, "placement_score": if total == 0 { 0.0 } else { 75.0 }}))
        .collect();
    ok(Value::Array(rows))
}

/// The seed inboxes every test mails: (id, address, provider, region). The last one
/// files the test in spam and fails its SPF check.
const SEEDS: [(&str, &str, &str, &str); 4] = [
    ("seed_001", "seed1@gmail.com", "gmail", "North America"),
    ("seed_002", "seed2@gmail.com", "gmail", "North America"),
    ("seed_003", "seed3@outlook.com", "outlook", "Europe"),
    ("seed_004", "seed4@yahoo.com", "yahoo", "Europe"),
];
const SPAM_SEED: &str = "seed_004";
const SENDING_IP: &str = "192.0.2.10";

/// A test's report, computed from the test; a test that is not there is the documented 404.
async fn report(s: Account, Path(id): Path<String>, build: impl Fn(&Value) -> Value) -> Answer {
    s.store().spam_tests.iter().find(|t| t["id"] == id.as_str()).map(&build).map_or_else(missing, ok)
}

/// The mailbox a test was sent from: its `from_email` argument, or the default.
fn sender(test: &Value) -> String {
    test["from_email"].as_str().unwrap_or("sender@acme.test").to_string()
}

fn checks(test: &Value, flag: &str, seed_flag: fn(&str) -> bool) -> Value {
    let seeds: Vec<Value> = SEEDS.iter().map(|(id, email, esp, _)| json!({"id": id, "email": email, "esp": esp, flag: seed_flag(id)})).collect();
    json!([{"from_email": sender(test), "seed_accounts": seeds}])
}

fn blacklist(test: &Value) -> Value {
    json!([{"reply_id": "reply_004", "reply": {"from_email": sender(test)}, "to_email": SEEDS[3].1, "domain": sender(test).split('@').nth(1),
            "blacklist_type_value": "spamhaus", "total_blacklist": 2, "rdns": "mail.acme.test", "ip": SENDING_IP, "details": "Listed on zen.spamhaus.org"}])
}

fn email_content(test: &Value) -> Value {
    let subject = test["subject"].as_str().unwrap_or("Quick question");
    json!({"spamTest": test["id"], "subject": subject, "text": "Hi there", "html": "<p>Hi there</p>",
           "rawEmailContent": format!("From: {}\r\nSubject: {subject}\r\n\r\nHi there", sender(test))})
}

/// Placement per region or per provider: every seed in the inbox but the spam seed.
fn breakdown(test: &Value, by: &str) -> Value {
    let mut groups: Vec<(&str, u64, u64)> = Vec::new();
    for (id, _, esp, region) in SEEDS {
        let key = if by == "region" { region } else { esp };
        let spam = u64::from(id == SPAM_SEED);
        match groups.iter_mut().find(|g| g.0 == key) {
            Some(g) => {
                g.1 += 1;
                g.2 += spam;
            }
            None => groups.push((key, 1, spam)),
        }
    }
    let result: Vec<Value> = groups
        .iter()
        .map(|(key, count, spam)| {
            let spam_rate = *spam as f64 * 100.0 / *count as f64;
            let mut row = json!({by: key, "inbox_rate": 100.0 - spam_rate, "spam_rate": spam_rate, "bounce_rate": 0.0, "mailbox_count": count});
            if by == "provider" {
                row["avg_delivery_time_seconds"] = json!(42);
            }
            row
        })
        .collect();
    json!({"overallTotalCount": SEEDS.len(), "status": test["status"], "result": result})
}

fn ip_analytics(test: &Value) -> Value {
    json!([{"ip": SENDING_IP, "blacklisted": true, "summary": "Listed on 2 of 50 blacklists", "created_at": test["created_at"],
            "whois_data": {"isp": "Example ISP", "location": "US", "reverse_dns": "mail.acme.test", "organization": "Acme"}}])
}

fn schedule_history(test: &Value) -> Value {
    json!([{"spam_test_id": test["id"], "test_run_no": 1, "status": test["status"], "inbox_count": 3, "tab_count": 0, "spam_count": 1,
            "reply_hour_interval_start": 0, "reply_hour_interval_end": 24, "adjusted_total_email_count": SEEDS.len()}])
}

fn sender_reports(test: &Value) -> Value {
    json!([{"email": sender(test), "details": {"sender_name": "Acme Sales", "tests_count": 1, "avg_inbox_rate": 75.0, "avg_spam_rate": 25.0,
                                               "avg_bounce_rate": 0.0, "reputation_score": 80.5, "last_test_date": test["created_at"]}}])
}

fn sender_accounts(test: &Value) -> Value {
    json!([{"id": "sender_001", "spam_test_id": test["id"], "from_email": sender(test), "created_at": test["created_at"], "updated_at": test["updated_at"],
            "client_id": null, "user_id": test["user_id"]}])
}

fn spam_filters(test: &Value) -> Value {
    json!([{"from_email": sender(test), "spam_filter_details": [
        {"filter": "SpamAssassin", "triggered_count": 1, "trigger_percentage": 25.0, "reasons": ["MISSING_MID", "HTML_MESSAGE"]}]}])
}

async fn reply_headers(s: Account, Path((id, reply)): Path<(String, String)>) -> Answer {
    let s = s.store();
    let Some(test) = s.spam_tests.iter().find(|t| t["id"] == id.as_str()) else { return missing() };
    let Some((_, to, _, _)) = SEEDS.iter().find(|(seed, ..)| seed.trim_start_matches("seed_") == reply.trim_start_matches("reply_")) else { return missing() };
    // As documented, misspelt `Reveived-Spf` included.
    ok(json!({"Return-Path": format!("<{}>", sender(test)), "Received": format!("from mail.acme.test ([{SENDING_IP}]) by mx for <{to}>"),
              "Reveived-Spf": "pass", "Authentication-Results": "dkim=pass; spf=pass"}))
}

/// The documented example: one region object.
async fn providers(_: Account) -> Answer {
    ok(json!({"region_id": "na", "region_name": "North America", "groups": [
        {"group_id": "gmail_na", "group_name": "Gmail", "provider_count": 2},
        {"group_id": "outlook_na", "group_name": "Outlook", "provider_count": 1}]}))
}
