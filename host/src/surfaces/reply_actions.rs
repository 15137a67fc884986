//! `smartlead serve --on-reply`: the closed loop. Each kept EMAIL_REPLY whose action is
//! due pauses that lead in that campaign (setting its category by name, when asked)
//! through the component's tools with the key of the linked account it came for (else
//! this host's), under that key's usual pacing.
//! The outcome is written back beside the event; a failure that may pass is tried
//! again later with a growing delay. Deliveries are never held up by any of it.

use crate::accounts::Accounts;
use crate::events::db::Store;
use crate::events::store::Stored;
use crate::events::{Events, now_ms};
use crate::runtime::{Connector, ToolError};
use serde_json::{Value, json};
use smartlead_component::catalog::campaign_leads::{
    CampaignLeadRef, CategoryUpdate, SMARTLEAD_CAMPAIGN_LEADS_PAUSE_LEAD, SMARTLEAD_CAMPAIGN_LEADS_UPDATE_LEAD_CATEGORY,
};
use smartlead_component::catalog::leads::{LIST_ALL_SMARTLEAD_LEAD_CATEGORY, LIST_ALL_SMARTLEAD_LEADS, LeadLookup};
use std::sync::Arc;
use std::time::Duration;

/// Attempts before an action that keeps failing is given up.
pub const MAX_ATTEMPTS: u64 = 8;
/// The first retry's delay; each next one doubles, up to `MAX_DELAY`.
const FIRST_DELAY: Duration = Duration::from_secs(2);
const MAX_DELAY: Duration = Duration::from_secs(600);
/// When nothing is due, the router still looks this often (actions of another process).
const IDLE_LOOK: Duration = Duration::from_secs(30);
/// An action claimed and never settled (the process died) is due again after this, for
/// this or another replica.
const LEASE: Duration = Duration::from_secs(120);

/// Runs the reply actions as they fall due, until the process ends; `accounts` holds the
/// keys of the linked accounts events come for.
pub async fn run(connector: Connector, events: Arc<Events>, accounts: Option<Arc<Accounts>>) {
    let store = loop {
        match events.store().await {
            Ok(store) => break store.clone(),
            Err(e) => {
                tracing::error!(error = %e, "reply actions wait for the events database");
                tokio::time::sleep(IDLE_LOOK).await;
            }
        }
    };
    loop {
        let due = store.claim_actions(now_ms(), LEASE, 32).await;
        match due {
            Ok(due) if !due.is_empty() => {
                for event in due {
                    act(&connector, accounts.as_deref(), &store, event).await;
                }
                continue;
            }
            Ok(_) => {}
            Err(e) => tracing::error!(error = %e, "reply actions could not read the events database"),
        }
        let next = store.next_due().await.ok().flatten();
        let wait = next.map_or(IDLE_LOOK, |at| Duration::from_millis((at - now_ms()).clamp(0, IDLE_LOOK.as_millis() as i64) as u64));
        tokio::select! {
            _ = events.planned.notified() => {}
            _ = tokio::time::sleep(wait) => {}
        }
    }
}

/// Why an action did not happen: one that may pass, or one that will not.
enum Failure {
    Again(String),
    Final(String),
}

impl From<ToolError> for Failure {
    fn from(e: ToolError) -> Self {
        let message = format!("{}: {}", e.kind, e.message);
        match e.kind {
            "rate_limited" | "transport" | "decode" => Failure::Again(message),
            "remote" if e.status.is_none_or(|s| s >= 500) => Failure::Again(message),
            _ => Failure::Final(message),
        }
    }
}

impl From<anyhow::Error> for Failure {
    fn from(e: anyhow::Error) -> Self {
        Failure::Again(format!("host: {e:#}"))
    }
}

/// Runs one due action and writes down what came of it.
async fn act(connector: &Connector, accounts: Option<&Accounts>, store: &Store, stored: Stored) {
    let mut action = stored.action.clone().unwrap_or_else(|| json!({}));
    let attempts = action["attempts"].as_u64().unwrap_or(0) + 1;
    action["attempts"] = json!(attempts);
    let category = action["category"].as_str().map(str::to_string);
    let due = match pause(connector, accounts, stored.account_id.as_deref(), &stored.event, category.as_deref()).await {
        Ok(done) => {
            action["status"] = json!("done");
            action["done_at_ms"] = json!(now_ms());
            action["result"] = done;
            action.as_object_mut().map(|a| a.remove("error"));
            None
        }
        Err(Failure::Again(error)) if attempts < MAX_ATTEMPTS => {
            let delay = FIRST_DELAY.saturating_mul(1 << (attempts - 1).min(16)).min(MAX_DELAY);
            action["status"] = json!("retrying");
            action["error"] = json!(error);
            Some(now_ms() + delay.as_millis() as i64)
        }
        Err(Failure::Again(error) | Failure::Final(error)) => {
            action["status"] = json!("failed");
            action["error"] = json!(error);
            None
        }
    };
    let id = stored.event["id"].as_str().unwrap_or_default().to_string();
    let status = action["status"].as_str().unwrap_or_default().to_string();
    connector.metrics().reply_action(&status);
    tracing::info!(event = %id, %status, attempts, "reply action");
    if let Err(e) = store.settle(stored.seq, action, due).await {
        // Not written down: the action stays due and runs again, which pausing bears.
        tracing::error!(event = %id, error = %e, "reply action outcome not recorded");
    }
}

/// Pauses the replying lead (and sets its category) with the key of `account`, else the
/// host's; what was done, as recorded.
async fn pause(connector: &Connector, accounts: Option<&Accounts>, account: Option<&str>, event: &Value, category: Option<&str>) -> Result<Value, Failure> {
    let campaign_id = event["campaign_id"].as_u64().ok_or_else(|| Failure::Final("the reply names no campaign".into()))?;
    let mut session = match (account, accounts) {
        (None, _) => connector.session().await?,
        (Some(id), None) => return Err(Failure::Final(format!("the reply came for account {id}, and this host keeps no linked accounts"))),
        (Some(id), Some(accounts)) => {
            let (account, key) = accounts.key(id).await.map_err(|e| match e {
                crate::accounts::AccountError::NotFound(_) => Failure::Final(format!("the reply came for account {id}, which is no longer linked")),
                e => Failure::Again(e.to_string()),
            })?;
            connector.egress().pacers.plan(key.tenant(), account.plan.pacing());
            connector.session_for(Some(key)).await?
        }
    };
    let lead_id = match event["lead_id"].as_u64() {
        Some(id) => id,
        None => {
            let email = event["prospect_email"].as_str().ok_or_else(|| Failure::Final("the reply names no lead".into()))?;
            let args = json!(LeadLookup { email: email.to_string() });
            let found = session.call_tool(LIST_ALL_SMARTLEAD_LEADS.row.name, &args).await??;
            found["result"][0]["id"].as_u64().ok_or_else(|| Failure::Final(format!("Smartlead has no lead with email {email}")))?
        }
    };
    let Some(name) = category else {
        let args = json!(CampaignLeadRef { campaign_id, id: lead_id });
        session.call_tool(SMARTLEAD_CAMPAIGN_LEADS_PAUSE_LEAD.row.name, &args).await??;
        return Ok(json!({"campaign_id": campaign_id, "lead_id": lead_id, "paused": true}));
    };
    let categories = session.call_tool(LIST_ALL_SMARTLEAD_LEAD_CATEGORY.row.name, &json!({})).await??;
    let listed = categories["result"].as_array().cloned().unwrap_or_default();
    let found = listed.iter().find(|c| c["name"].as_str().is_some_and(|n| n.trim().eq_ignore_ascii_case(name.trim())));
    let Some(category_id) = found.and_then(|c| c["id"].as_u64()) else {
        let names: Vec<&str> = listed.iter().filter_map(|c| c["name"].as_str()).collect();
        return Err(Failure::Final(format!("no lead category is named {name:?}; the account's categories: {}", names.join(", "))));
    };
    let args = json!(CategoryUpdate { campaign_id, id: lead_id, category_id, pause_lead: Some(true) });
    session.call_tool(SMARTLEAD_CAMPAIGN_LEADS_UPDATE_LEAD_CATEGORY.row.name, &args).await??;
    Ok(json!({"campaign_id": campaign_id, "lead_id": lead_id, "paused": true, "category_id": category_id, "category": name}))
}
