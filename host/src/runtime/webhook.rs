//! Smartlead's webhook deliveries read by the component's typed `events.parse-webhook`
//! export, and handed on as the JSON shape the component gives a `webhook-event`
//! everywhere (the feed, the pushes, the bindings).

use super::Connector;
use super::hooks::Hooks;
use crate::bindings::events::{Category, EventKind as Kind, WebhookEvent};
use crate::egress::Outbound;
use serde_json::Value;
use smartlead_component::core::error::Error as ComponentError;
use smartlead_component::surfaces::events::{self as guest, EventKind};
use wasmtime_wasi::WasiCtx;

impl Connector {
    /// Verifies one delivery against `secret` and reads its events, in a fresh instance;
    /// `Err` when the instance failed, the component's refusal (401, 400) inside.
    pub async fn parse_webhook(&self, headers: &[(String, String)], body: &[u8], secret: Option<&str>) -> anyhow::Result<Result<Vec<Value>, ComponentError>> {
        // Reading a delivery sends nothing: no key, and nothing waits for a turn.
        let hooks = Hooks::new(Outbound::new(self.egress().clone(), None, Default::default()));
        let mut store = self.store(WasiCtx::builder().inherit_stderr().build(), hooks);
        let bindings = self.pre()?.instantiate_async(&mut store).await?;
        let parsed = bindings.smartlead_connector_events().call_parse_webhook(&mut store, headers, body, secret).await?;
        Ok(match parsed {
            Ok(events) => Ok(events.into_iter().map(json).collect::<anyhow::Result<_>>()?),
            Err(e) => Err(super::errors::component_error(e)),
        })
    }
}

/// The event as the component serialises its own `WebhookEvent`.
fn json(event: WebhookEvent) -> anyhow::Result<Value> {
    let category = |c: Option<Category>| c.map(|Category { id, name }| guest::Category { id, name });
    let event = guest::WebhookEvent {
        id: event.id,
        kind: kind(event.kind),
        kind_name: event.kind_name,
        verified: event.verified,
        occurred_at: event.occurred_at,
        campaign_id: event.campaign_id,
        campaign_name: event.campaign_name,
        lead_id: event.lead_id,
        lead_map_id: event.lead_map_id,
        prospect_email: event.prospect_email,
        sender_email: event.sender_email,
        subject: event.subject,
        message_id: event.message_id,
        reply_message_id: event.reply_message_id,
        reply_text: event.reply_text,
        reply_html: event.reply_html,
        clicked_link: event.clicked_link,
        category_before: category(event.category_before),
        category_after: category(event.category_after),
        sequence_number: event.sequence_number,
        email_account: event.email_account,
        raw: serde_json::from_str(&event.raw).map_err(|e| anyhow::anyhow!("the component gave an event whose raw JSON does not parse: {e}"))?,
    };
    Ok(serde_json::to_value(event)?)
}

fn kind(kind: Kind) -> EventKind {
    match kind {
        Kind::EmailSent => EventKind::EmailSent,
        Kind::FirstEmailSent => EventKind::FirstEmailSent,
        Kind::EmailOpen => EventKind::EmailOpen,
        Kind::EmailLinkClick => EventKind::EmailLinkClick,
        Kind::EmailReply => EventKind::EmailReply,
        Kind::EmailBounce => EventKind::EmailBounce,
        Kind::LeadUnsubscribed => EventKind::LeadUnsubscribed,
        Kind::LeadCategoryUpdated => EventKind::LeadCategoryUpdated,
        Kind::CampaignStatusChanged => EventKind::CampaignStatusChanged,
        Kind::UntrackedReplies => EventKind::UntrackedReplies,
        Kind::ManualStepReached => EventKind::ManualStepReached,
        Kind::EmailAccountDisconnected => EventKind::EmailAccountDisconnected,
        Kind::LinkedinDisconnected => EventKind::LinkedinDisconnected,
        Kind::Unknown => EventKind::Unknown,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::runtime::Settings;
    use serde_json::json;

    /// The typed path gives the host exactly what the component serialises itself, for
    /// every kind and every optional field, and the component's own refusals.
    #[tokio::test]
    async fn the_typed_path_gives_the_components_own_json() {
        let connector = Connector::new(Settings::default()).unwrap();
        let mut batch: Vec<Value> = EventKind::ALL.iter().map(|kind| json!({"event_type": kind.name(), "campaign_id": 5, "lead_id": 9, "sl_lead_email": "p@x.com", "secret_key": "s"})).collect();
        batch.push(json!({
            "event_type": "LEAD_CATEGORY_UPDATED", "campaign_id": 5, "campaign_name": "Q3", "sl_email_lead_id": 9, "sl_email_lead_map_id": 44,
            "to_email": "p@x.com", "from_email": "me@y.com", "subject": "Hi", "message_id": "<m@y>", "sequence_number": 2,
            "lead_category": {"old_id": 1, "old_name": "Interested", "new_id": 2, "new_name": "Meeting booked"},
            "reply_message": {"message_id": "<r@x>", "text": "yes", "html": "<p>yes</p>", "time": "2024-01-15T10:30:00Z"},
            "link_details": ["https://example.com"], "email_account": "me@y.com", "event_timestamp": "2024-01-15T10:30:00Z", "secret_key": "s",
        }));
        let body = serde_json::to_vec(&batch).unwrap();
        let headers = vec![("X-Request-Id".to_string(), "d-1".to_string())];
        let typed = connector.parse_webhook(&headers, &body, Some("s")).await.unwrap().unwrap();
        let native = guest::parse_webhook(&headers, &body, Some("s")).unwrap();
        assert_eq!(typed.len(), EventKind::ALL.len() + 1);
        assert_eq!(typed, serde_json::to_value(native).unwrap().as_array().unwrap().clone());
        assert!(typed.iter().any(|e| !e["category_after"].is_null() && !e["reply_text"].is_null()), "the full event lost fields: {typed:?}");
        let refused = connector.parse_webhook(&headers, &body, Some("other")).await.unwrap().unwrap_err();
        assert_eq!(refused.kind(), "unauthorized");
        let malformed = connector.parse_webhook(&headers, b"{oops", None).await.unwrap().unwrap_err();
        assert_eq!(malformed.kind(), "invalid_input");
    }
}
