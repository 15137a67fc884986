//! Smart Senders as Smartlead answers it (`{ok, data}`), on the routes of its own host:
//! two vendors, domain search and generation, orders kept with their mailboxes, and
//! the admin mailboxes' one-time passwords.

use crate::Account;
use crate::answer::{Answer, Q, ok};
use crate::store::NOW;
use axum::Json;
use axum::Router;
use axum::http::StatusCode;
use axum::routing::{get, post};
use serde_json::{Value, json};

pub fn router() -> Router {
    Router::new()
        .route("/smart-senders/auth-secret", get(otp))
        .route("/smart-senders/auto-generate-mailboxes", post(generate))
        .route("/smart-senders/get-domain-list", get(domains))
        .route("/smart-senders/get-vendors", get(vendors))
        .route("/smart-senders/order-details", get(order))
        .route("/smart-senders/place-order", post(place_order))
        .route("/smart-senders/search-domain", get(search))
}

const VENDORS: [(u64, &str, f64); 2] = [(1, "Zapmail", 3.5), (2, "Mailforge", 4.0)];

fn refuse(message: &str) -> Answer {
    (StatusCode::BAD_REQUEST, Json(json!({"ok": false, "message": message})))
}

fn vendor(id: Option<u64>) -> Option<u64> {
    id.filter(|id| VENDORS.iter().any(|(v, _, _)| v == id))
}

async fn otp(s: Account, q: Q) -> Answer {
    let s = s.store();
    let Some(email) = q.get("email_account") else { return refuse("email_account is required") };
    let known = s.sender_orders.iter().any(|o| o["email_accounts"].as_array().is_some_and(|a| a.iter().any(|m| m["email"] == email.as_str())));
    if !known {
        return refuse("No Smart Senders mailbox with this address");
    }
    ok(json!({"ok": true, "data": {"otp": "482913", "expires_in": 300}}))
}

async fn generate(Json(body): Json<Value>) -> Answer {
    // This route takes the vendor's id as text.
    if vendor(body["vendor_id"].as_str().and_then(|v| v.parse().ok())).is_none() {
        return refuse("vendor_id must name a vendor, as text");
    }
    let Some(domains) = body["domains"].as_object() else { return refuse("domains is required") };
    let names = ["ada", "bob", "cleo", "dee", "eve"];
    let rows: Vec<Value> = domains
        .iter()
        .flat_map(|(domain, n)| (0..n["count"].as_u64().unwrap_or(0)).map(move |i| json!({"email": format!("{}@{domain}", names[i as usize % names.len()]), "domain": domain})))
        .collect();
    ok(json!({"ok": true, "data": rows}))
}

async fn domains(s: Account) -> Answer {
    let s = s.store();
    let rows: Vec<Value> = s.sender_orders.iter().map(|o| json!({"domain": o["domain"], "order_id": o["order_id"], "status": o["status"]})).collect();
    ok(json!({"ok": true, "data": rows}))
}

async fn vendors() -> Answer {
    let rows: Vec<Value> = VENDORS.iter().map(|(id, name, price)| json!({"id": id, "name": name, "price_per_mailbox": price})).collect();
    ok(json!({"ok": true, "data": rows}))
}

async fn order(s: Account, q: Q) -> Answer {
    let s = s.store();
    match s.sender_orders.iter().find(|o| q.get("order_id").is_some_and(|id| o["order_id"] == id.as_str())) {
        Some(order) => ok(json!({"ok": true, "data": order})),
        None => refuse("Order not found"),
    }
}

async fn place_order(s: Account, Json(body): Json<Value>) -> Answer {
    let mut s = s.store();
    if vendor(body["vendor_id"].as_u64()).is_none() {
        return refuse("vendor_id must name a vendor, as a number");
    }
    let (Some(domains), Some(_)) = (body["domains"].as_array(), body["user_details"]["email"].as_str()) else {
        return refuse("domains and user_details are required");
    };
    for d in domains {
        let order_id = format!("ORD_{}", 12345 + s.sender_orders.len());
        let domain = d["domain_name"].as_str().unwrap_or("");
        let mailboxes: Vec<Value> = d["mailbox_details"]
            .as_array()
            .into_iter()
            .flatten()
            .map(|m| json!({"email": format!("{}@{domain}", m["mailbox"].as_str().unwrap_or("")), "password": "encrypted_password_hash"}))
            .collect();
        s.sender_orders.push(json!({"order_id": order_id, "status": "PROCESSING", "domain": domain, "email_accounts": mailboxes, "created_at": NOW, "expires_at": "2026-11-25T10:43:46.826Z"}));
    }
    // As documented: the order is placed and the answer names nothing.
    ok(json!({"ok": true, "data": []}))
}

async fn search(q: Q) -> Answer {
    let Some(name) = q.get("domain_name").filter(|n| !n.is_empty()) else { return ok(json!({"ok": true, "data": []})) };
    let base = name.split('.').next().unwrap_or(name);
    let vendors: Vec<u64> = match q.get("vendor_id") {
        Some(v) => v.parse().ok().and_then(|v| vendor(Some(v))).into_iter().collect(),
        None => VENDORS.iter().map(|(id, _, _)| *id).collect(),
    };
    let rows: Vec<Value> = ["com", "io"]
        .iter()
        .flat_map(|tld| vendors.iter().map(move |v| json!({"domain": format!("{base}.{tld}"), "vendor_id": v, "available": true, "price": 12})))
        .collect();
    ok(json!({"ok": true, "data": rows}))
}
