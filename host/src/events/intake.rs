//! Keeping what the gateway's receiver read: each event of a delivery, as the component's
//! `parse-webhook` gave it, is on disk before the answer is 200, so Smartlead is
//! acknowledged only then; a write that fails is 503, so Smartlead delivers it again.

use super::store::{Inserted, NewEvent};
use super::{Events, now_ms};
use crate::fleet::deliveries;
use serde_json::{Value, json};

/// What became of an event that was kept.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Taken {
    Stored,
    /// Kept before, from an earlier delivery.
    Duplicate,
}

/// The outcome, as metrics name it, of an event that was not kept.
pub const NOT_KEPT: &str = "not_kept";

impl Taken {
    /// The outcome as metrics name it.
    pub fn name(self) -> &'static str {
        match self {
            Taken::Stored => "stored",
            Taken::Duplicate => "duplicate",
        }
    }
}

/// Keeps one event (the JSON of the component's `webhook-event`) and plans the reply
/// action for it; what became of it, or why it was not kept (Smartlead should deliver
/// it again). An event that came
/// for a linked `account` is kept under it, with its id in `integrated_account_id`, and
/// is verified: its receiver URL's token matched.
pub async fn keep(events: &Events, mut event: Value, account: Option<&str>) -> Result<Taken, String> {
    // Another account's delivery of the same body is another event: its id says whose.
    if let (Some(account), Some(fields)) = (account, event.as_object_mut()) {
        let id = fields.get("id").and_then(Value::as_str).map(|id| format!("{account}:{id}"));
        if let Some(id) = id {
            fields.insert("id".into(), json!(id));
        }
        fields.insert("verified".into(), json!(true));
        fields.insert("integrated_account_id".into(), json!(account));
    }
    let (Some(id), Some(kind)) = (event["id"].as_str(), event["kind"].as_str()) else {
        return Err("the component gave an event without an id or a kind".into());
    };
    let (action, due) = match planned(events, &event) {
        Some(action) if action["status"] == "pending" => (Some(action), Some(now_ms())),
        other => (other, None),
    };
    let row = NewEvent {
        id: id.to_string(),
        kind: kind.to_string(),
        campaign_id: event["campaign_id"].as_u64(),
        received_at_ms: now_ms(),
        action,
        action_due_ms: due,
        event: event.clone(),
        account_id: account.map(str::to_string),
    };
    // Another replica took this delivery: it keeps it and acts on it.
    let claimed = match &events.fleet {
        Some(fleet) => deliveries::claim(fleet, id).await,
        None => None,
    };
    if claimed == Some(false) {
        tracing::info!(event = id, "webhook event taken by another replica");
        return Ok(Taken::Duplicate);
    }
    let stored = match events.store().await {
        Ok(store) => store.insert(row).await,
        Err(e) => Err(e),
    };
    if let (Err(_), Some(true), Some(fleet)) = (&stored, claimed, &events.fleet) {
        // Not kept here: let Smartlead's next delivery be taken, by any replica.
        deliveries::release(fleet, id).await;
    }
    match stored {
        Ok(Inserted::New { seq }) => {
            if due.is_some() {
                events.planned.notify_one();
            }
            tracing::debug!(event = id, seq, "webhook event kept");
            Ok(Taken::Stored)
        }
        Ok(Inserted::Duplicate) => {
            tracing::info!(event = id, "webhook event delivered again; kept once");
            Ok(Taken::Duplicate)
        }
        Err(e) => {
            tracing::error!(event = id, error = %e, "webhook event not kept; Smartlead will deliver it again");
            Err(format!("the events store did not take it: {e}"))
        }
    }
}

/// The action `--on-reply` plans for `event`: pending for a reply that names its
/// campaign and lead, skipped (with why) for one that does not, none otherwise.
fn planned(events: &Events, event: &Value) -> Option<Value> {
    let plan = events.on_reply.as_ref().filter(|_| event["kind"] == "EMAIL_REPLY")?;
    let mut action = json!({"do": "pause", "category": plan.category, "status": "pending", "attempts": 0});
    let lead_known = event["lead_id"].is_u64() || event["prospect_email"].is_string();
    let missing = match (event["campaign_id"].is_u64(), lead_known) {
        (false, _) => Some("the reply names no campaign"),
        (_, false) => Some("the reply names no lead (no lead id, no prospect email)"),
        _ => None,
    };
    if let Some(why) = missing {
        action["status"] = json!("skipped");
        action["error"] = json!(why);
    }
    Some(action)
}
