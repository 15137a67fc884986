//! A lead's CRM as Smartlead answers it: notes and tasks by lead id (`{ok, data: [...]}`),
//! tags with the mapping ids that remove them.

use crate::Account;
use crate::answer::{Answer, Q, ok};
use axum::Json;
use axum::Router;
use axum::extract::Path;
use axum::http::StatusCode;
use axum::routing::{delete, get};
use serde_json::{Value, json};

pub fn router() -> Router {
    Router::new()
        .route("/crm/leads/notes/{id}", get(notes))
        .route("/crm/leads/tasks/{id}", get(tasks))
        .route("/crm/leads/tags", get(tags).post(add_tags))
        .route("/crm/leads/tags/{mapping}", delete(remove_tag))
}

fn of_lead(items: &[Value], lead: u64) -> Answer {
    ok(json!({"ok": true, "data": items.iter().filter(|i| i["lead_id"] == lead).collect::<Vec<_>>()}))
}

async fn notes(s: Account, Path(lead): Path<u64>) -> Answer {
    of_lead(&s.store().notes, lead)
}

async fn tasks(s: Account, Path(lead): Path<u64>) -> Answer {
    of_lead(&s.store().tasks, lead)
}

async fn tags(s: Account, q: Q) -> Answer {
    let s = s.store();
    let Some(lead) = q.get("leadId").and_then(|v| v.parse::<u64>().ok()) else { return ok(json!({"ok": true, "data": s.tags})) };
    let on_lead = s.lead_tags.iter().filter(|m| m["lead_id"] == lead).filter_map(|m| {
        let tag = s.tags.iter().find(|t| t["id"] == m["tag_id"])?;
        Some(json!({"id": tag["id"], "tag_mapping_id": m["tag_mapping_id"], "name": tag["name"], "color": tag["color"]}))
    });
    ok(json!({"ok": true, "data": on_lead.collect::<Vec<_>>()}))
}

async fn add_tags(s: Account, Json(body): Json<Value>) -> Answer {
    let mut s = s.store();
    let (Some(lead), Some(ids)) = (body["leadId"].as_u64(), body["tagIds"].as_array()) else {
        return (StatusCode::BAD_REQUEST, Json(json!({"ok": false, "message": "leadId and tagIds are required"})));
    };
    if !s.leads.contains_key(&lead) {
        return (StatusCode::NOT_FOUND, Json(json!({"ok": false, "message": "Lead not found"})));
    }
    if let Some(unknown) = ids.iter().find(|id| !s.tags.iter().any(|t| &t["id"] == *id)) {
        return (StatusCode::BAD_REQUEST, Json(json!({"ok": false, "message": format!("Tag {unknown} not found")})));
    }
    for tag in ids.clone() {
        if !s.lead_tags.iter().any(|m| m["lead_id"] == lead && m["tag_id"] == tag) {
            let mapping = s.next_id();
            s.lead_tags.push(json!({"tag_mapping_id": mapping, "lead_id": lead, "tag_id": tag}));
        }
    }
    ok(json!({"ok": true, "message": "Tags added to lead"}))
}

async fn remove_tag(s: Account, Path(mapping): Path<u64>) -> Answer {
    let mut s = s.store();
    let before = s.lead_tags.len();
    s.lead_tags.retain(|m| m["tag_mapping_id"] != mapping);
    match s.lead_tags.len() < before {
        true => ok(json!({"ok": true, "message": "Tag removed from lead"})),
        false => (StatusCode::NOT_FOUND, Json(json!({"ok": false, "message": "Tag mapping not found"}))),
    }
}
