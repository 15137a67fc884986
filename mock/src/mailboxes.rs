//! A mailbox's lifecycle beyond SMTP (OAuth, suspension, deletion) and its tags, as
//! Smartlead answers them: `{ok, …}` or `{success, …}` by route, camelCase ids where the
//! docs show them.

use crate::Account;
use crate::answer::{Answer, ok};
use crate::store::{NOW, Store};
use axum::Json;
use axum::Router;
use axum::extract::Path;
use axum::http::StatusCode;
use axum::routing::{delete, post, put};
use serde_json::{Value, json};

pub fn router() -> Router {
    Router::new()
        .route("/email-accounts/save-oauth", post(save_oauth))
        .route("/email-accounts/suspend/{id}", put(|s: Account, id: Path<u64>| suspend(s, id, true)))
        .route("/email-accounts/unsuspend/{id}", delete(|s: Account, id: Path<u64>| suspend(s, id, false)))
        .route("/tags", post(create_tag))
        .route("/email-accounts/tag-manager", post(update_tag))
        .route("/email-accounts/tag-list", post(tag_list))
        .route("/email-accounts/tag-mapping", post(|s: Account, b: Json<Value>| map_tags(s, b, true)).delete(|s: Account, b: Json<Value>| map_tags(s, b, false)))
}

fn refuse(status: StatusCode, body: Value) -> Answer {
    (status, Json(body))
}

async fn save_oauth(s: Account, Json(body): Json<Value>) -> Answer {
    let mut s = s.store();
    let kind = body["type"].as_str().unwrap_or("");
    if !["GMAIL", "OUTLOOK"].contains(&kind) {
        return refuse(StatusCode::BAD_REQUEST, json!({"ok": false, "message": "type must be GMAIL or OUTLOOK"}));
    }
    let token = &body["token"];
    if token["expiry_date"].as_u64().is_none() || (token["access_token"].is_null() && token["refresh_token"].is_null()) {
        return refuse(StatusCode::BAD_REQUEST, json!({"ok": false, "message": "Invalid token: expiry_date and an access or refresh token are required"}));
    }
    let email = body["from_email"].as_str().unwrap_or("").to_string();
    let id = match body["id"].as_u64() {
        Some(id) if !s.email_accounts.contains_key(&id) => {
            return refuse(StatusCode::NOT_FOUND, json!({"ok": false, "message": "Email account not found"}));
        }
        Some(id) => id,
        None => s.add_email_account(body["from_name"].as_str().unwrap_or(""), &email, true),
    };
    // The grant is Smartlead's to keep; the mock keeps only what a GET shows.
    let account = s.email_accounts.get_mut(&id).expect("added or found");
    account["type"] = json!(kind);
    account["from_email"] = json!(email);
    account["warmup_details"]["status"] = json!(if body["warmup_enabled"] == true { "ACTIVE" } else { "INACTIVE" });
    ok(json!({"ok": true, "message": "Email account saved", "data": {"id": id, "from_email": email, "type": kind, "is_smtp_success": true, "is_imap_success": true}}))
}

/// Deletes a mailbox: it leaves every campaign (the route sits with the others on `/email-accounts/{id}`).
pub async fn delete_account(s: Account, Path(id): Path<u64>) -> Answer {
    let mut s = s.store();
    if s.email_accounts.remove(&id).is_none() {
        return refuse(StatusCode::NOT_FOUND, json!({"ok": false, "message": "Email account not found", "errorCode": "EMAIL_ACCOUNT_NOT_FOUND", "emailAccountId": id}));
    }
    for campaign in s.campaigns.values_mut() {
        campaign.email_account_ids.remove(&id);
    }
    s.account_tags.retain(|(account, _)| *account != id);
    ok(json!({"ok": true, "message": "Email account deleted successfully", "emailAccountId": id}))
}

async fn suspend(s: Account, Path(id): Path<u64>, suspended: bool) -> Answer {
    let mut s = s.store();
    let Some(account) = s.email_accounts.get_mut(&id) else {
        return refuse(StatusCode::BAD_REQUEST, json!({"success": false, "message": "Account not found"}));
    };
    account["is_suspended"] = json!(suspended);
    let word = if suspended { "suspended" } else { "unsuspended" };
    ok(json!({"success": true, "message": format!("Email account {word} successfully"), "data": {"accountId": id, "isSuspended": suspended}}))
}

fn is_color(c: &str) -> bool {
    c.len() == 7 && c.starts_with('#') && c[1..].chars().all(|h| h.is_ascii_hexdigit())
}

async fn create_tag(s: Account, Json(body): Json<Value>) -> Answer {
    let mut s = s.store();
    let (Some(name), color) = (body["name"].as_str(), body["color"].as_str().unwrap_or("#cccccc")) else {
        return refuse(StatusCode::BAD_REQUEST, json!({"ok": false, "message": "name is required"}));
    };
    if !is_color(color) {
        return refuse(StatusCode::BAD_REQUEST, json!({"ok": false, "message": "color must be a hex color like #RRGGBB"}));
    }
    let id = s.next_id();
    let tag = json!({"id": id, "name": name, "color": color, "created_at": NOW});
    s.tags.push(tag.clone());
    ok(json!({"ok": true, "data": {"id": id, "name": name, "color": color}}))
}

async fn update_tag(s: Account, Json(body): Json<Value>) -> Answer {
    let mut s = s.store();
    let (Some(id), Some(name), Some(color)) = (body["id"].as_u64(), body["name"].as_str(), body["color"].as_str()) else {
        return refuse(StatusCode::BAD_REQUEST, json!({"ok": false, "message": "id, name and color are required"}));
    };
    let Some(tag) = s.tags.iter_mut().find(|t| t["id"] == id) else {
        return refuse(StatusCode::NOT_FOUND, json!({"ok": false, "message": "Tag not found"}));
    };
    tag["name"] = json!(name);
    tag["color"] = json!(color);
    ok(json!({"ok": true, "data": {"id": id, "name": name, "color": color}}))
}

fn tags_of(s: &Store, account: u64) -> Vec<Value> {
    s.account_tags
        .iter()
        .filter(|(a, _)| *a == account)
        .filter_map(|(_, tag)| s.tags.iter().find(|t| t["id"] == *tag))
        .map(|t| json!({"id": t["id"], "name": t["name"], "color": t["color"]}))
        .collect()
}

async fn tag_list(s: Account, Json(body): Json<Value>) -> Answer {
    let s = s.store();
    let Some(emails) = body["email_ids"].as_array().filter(|e| !e.is_empty()) else {
        return refuse(StatusCode::BAD_REQUEST, json!({"ok": false, "message": "email_ids is required"}));
    };
    let rows = s.email_accounts.values().filter(|a| emails.contains(&a["from_email"])).map(|a| {
        let id = a["id"].as_u64().unwrap_or(0);
        json!({"email_account_id": id, "from_email": a["from_email"], "tags": tags_of(&s, id)})
    });
    ok(json!({"ok": true, "data": rows.collect::<Vec<_>>()}))
}

async fn map_tags(s: Account, Json(body): Json<Value>, add: bool) -> Answer {
    let mut s = s.store();
    let ids = |key: &str| body[key].as_array().map(|a| a.iter().filter_map(Value::as_u64).collect::<Vec<u64>>()).unwrap_or_default();
    let (accounts, tags) = (ids("email_account_ids"), ids("tag_ids"));
    if accounts.is_empty() || tags.is_empty() || accounts.len() > 25 {
        return refuse(StatusCode::BAD_REQUEST, json!({"ok": false, "message": "email_account_ids (1 to 25) and tag_ids are required"}));
    }
    if let Some(unknown) = accounts.iter().find(|a| !s.email_accounts.contains_key(a)) {
        return refuse(StatusCode::BAD_REQUEST, json!({"ok": false, "message": format!("Email account {unknown} not found")}));
    }
    if let Some(unknown) = tags.iter().find(|t| !s.tags.iter().any(|tag| tag["id"] == **t)) {
        return refuse(StatusCode::BAD_REQUEST, json!({"ok": false, "message": format!("Tag {unknown} not found")}));
    }
    for account in &accounts {
        for tag in &tags {
            let pair = (*account, *tag);
            let present = s.account_tags.contains(&pair);
            if add && !present {
                s.account_tags.push(pair);
            } else if !add {
                s.account_tags.retain(|p| *p != pair);
            }
        }
    }
    ok(json!({"ok": true, "message": if add { "Tags assigned successfully" } else { "Tags removed successfully" }}))
}
