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
