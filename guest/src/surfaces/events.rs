//! Smartlead's webhook deliveries: verified (the HMAC signature, or the older secret in
//! the body, both compared in constant time) and normalised into one event shape,
//! whichever of the documented payload shapes they come in — flat with `event_type`,
//! nested `event`/`lead` objects, or `{id, type, data, meta}` — one event or an array.
//! An event type this version does not know is kept, as `UNKNOWN` with its raw payload.

use crate::core::error::{Error, RemoteError, Result};
use hmac::{Hmac, Mac};
use schemars::JsonSchema;
use serde::Serialize;
use serde_json::Value;
use sha2::{Digest, Sha256};
use subtle::ConstantTimeEq;

/// The header of the signed deliveries: `sha256=<hex HMAC-SHA256 of the raw body>`.
pub const SIGNATURE_HEADER: &str = "x-smartlead-signature";
/// The header that names a delivery; Smartlead sends it again with each retry.
pub const REQUEST_ID_HEADER: &str = "x-request-id";

/// What happened, in Smartlead's words.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum EventKind {
    EmailSent,
    FirstEmailSent,
    EmailOpen,
    EmailLinkClick,
    EmailReply,
    EmailBounce,
    LeadUnsubscribed,
    LeadCategoryUpdated,
    CampaignStatusChanged,
    UntrackedReplies,
    ManualStepReached,
    EmailAccountDisconnected,
    LinkedinDisconnected,
    /// A type this version does not know; `kind_name` and `raw` say what came.
    Unknown,
}

impl EventKind {
    /// Every kind, `UNKNOWN` last.
    pub const ALL: [EventKind; 14] = [
        EventKind::EmailSent,
        EventKind::FirstEmailSent,
        EventKind::EmailOpen,
        EventKind::EmailLinkClick,
        EventKind::EmailReply,
        EventKind::EmailBounce,
        EventKind::LeadUnsubscribed,
        EventKind::LeadCategoryUpdated,
        EventKind::CampaignStatusChanged,
        EventKind::UntrackedReplies,
        EventKind::ManualStepReached,
        EventKind::EmailAccountDisconnected,
        EventKind::LinkedinDisconnected,
        EventKind::Unknown,
    ];

    /// The kind a delivery names, in any of the spellings Smartlead's docs have used
    /// (`EMAIL_REPLY`, `EMAIL_REPLIED`, `email.account.disconnected`, …).
    pub fn named(name: &str) -> EventKind {
        let name = name.trim().to_ascii_uppercase().replace(['.', '-', ' '], "_");
        match name.as_str() {
            "EMAIL_SENT" => EventKind::EmailSent,
            "FIRST_EMAIL_SENT" => EventKind::FirstEmailSent,
            "EMAIL_OPEN" | "EMAIL_OPENED" => EventKind::EmailOpen,
            "EMAIL_LINK_CLICK" | "EMAIL_LINK_CLICKED" | "EMAIL_CLICKED" | "LINK_CLICKED" => EventKind::EmailLinkClick,
            "EMAIL_REPLY" | "EMAIL_REPLIED" | "LEAD_REPLIED" => EventKind::EmailReply,
            "EMAIL_BOUNCE" | "EMAIL_BOUNCED" => EventKind::EmailBounce,
            "LEAD_UNSUBSCRIBED" | "EMAIL_UNSUBSCRIBED" => EventKind::LeadUnsubscribed,
            "LEAD_CATEGORY_UPDATED" => EventKind::LeadCategoryUpdated,
            "CAMPAIGN_STATUS_CHANGED" => EventKind::CampaignStatusChanged,
            "UNTRACKED_REPLIES" | "UNTRACKED_REPLY" => EventKind::UntrackedReplies,
            "MANUAL_STEP_REACHED" => EventKind::ManualStepReached,
            "EMAIL_ACCOUNT_DISCONNECTED" => EventKind::EmailAccountDisconnected,
            "LINKEDIN_DISCONNECTED" | "LINKEDIN_ACCOUNT_DISCONNECTED" => EventKind::LinkedinDisconnected,
            _ => EventKind::Unknown,
        }
    }

    /// The canonical name, as `kind` serialises.
    pub fn name(self) -> &'static str {
        match self {
            EventKind::EmailSent => "EMAIL_SENT",
            EventKind::FirstEmailSent => "FIRST_EMAIL_SENT",
            EventKind::EmailOpen => "EMAIL_OPEN",
            EventKind::EmailLinkClick => "EMAIL_LINK_CLICK",
            EventKind::EmailReply => "EMAIL_REPLY",
            EventKind::EmailBounce => "EMAIL_BOUNCE",
            EventKind::LeadUnsubscribed => "LEAD_UNSUBSCRIBED",
            EventKind::LeadCategoryUpdated => "LEAD_CATEGORY_UPDATED",
            EventKind::CampaignStatusChanged => "CAMPAIGN_STATUS_CHANGED",
            EventKind::UntrackedReplies => "UNTRACKED_REPLIES",
            EventKind::ManualStepReached => "MANUAL_STEP_REACHED",
            EventKind::EmailAccountDisconnected => "EMAIL_ACCOUNT_DISCONNECTED",
            EventKind::LinkedinDisconnected => "LINKEDIN_DISCONNECTED",
            EventKind::Unknown => "UNKNOWN",
        }
    }
}

/// A lead category, before or after a change.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct Category {
    pub id: Option<u64>,
    pub name: Option<String>,
}

/// One event of a delivery, in one shape whatever shape it came in. Fields a shape
/// lacks are `None`.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct WebhookEvent {
    /// Names the event: the payload's `id`, else the SHA-256 of the body, with `#n`
    /// added for the n-th event of a batch without ids; an unverified delivery's
    /// `X-Request-Id` comes first (a verified one is named by what was signed, so a
    /// replay under a new `X-Request-Id` is the same event).
    pub id: String,
    pub kind: EventKind,
    /// The type as the payload named it.
    pub kind_name: String,
    /// Whether the signature or the secret matched; false when none is configured.
    pub verified: bool,
    pub occurred_at: Option<String>,
    pub campaign_id: Option<u64>,
    pub campaign_name: Option<String>,
    pub lead_id: Option<u64>,
    /// The lead's place in the campaign (`campaign_lead_map_id`, `sl_email_lead_map_id`).
    pub lead_map_id: Option<u64>,
    /// The prospect, even in a reply (where `from_email` is the sending mailbox).
    pub prospect_email: Option<String>,
    /// The sending mailbox.
    pub sender_email: Option<String>,
    pub subject: Option<String>,
    /// The message the event is about (the one sent).
    pub message_id: Option<String>,
    /// The prospect's reply.
    pub reply_message_id: Option<String>,
    pub reply_text: Option<String>,
    pub reply_html: Option<String>,
    pub clicked_link: Option<String>,
    pub category_before: Option<Category>,
    pub category_after: Option<Category>,
    pub sequence_number: Option<u32>,
    /// The mailbox a disconnect is about.
    pub email_account: Option<String>,
    /// The event as Smartlead sent it, without its `secret_key`.
    pub raw: Value,
}

/// Verifies a delivery and reads its events. A configured `secret` that neither the
/// signature nor the body's `secret_key` matches is `unauthorized`; a body that is not a
/// JSON object or array of objects is `invalid-input`. Without a secret, events are
/// read and marked unverified.
pub fn parse_webhook(headers: &[(String, String)], body: &[u8], secret: Option<&str>) -> Result<Vec<WebhookEvent>> {
    let header = |name: &str| headers.iter().find(|(k, _)| k.eq_ignore_ascii_case(name)).map(|(_, v)| v.trim());
    let payload: Value = serde_json::from_slice(body).map_err(|e| Error::invalid("body", format!("is not JSON: {e}")))?;
    let objects: Vec<&Value> = match &payload {
        Value::Array(items) => items.iter().collect(),
        one => vec![one],
    };
    if objects.is_empty() || objects.iter().any(|o| !o.is_object()) {
        return Err(Error::invalid("body", "must be a webhook event (a JSON object) or an array of them"));
    }
    let verified = match secret.filter(|s| !s.is_empty()) {
        None => false,
        Some(secret) => {
            // A signature, when sent, decides; older deliveries carry the secret inside.
            let (matches, what) = match header(SIGNATURE_HEADER) {
                Some(signature) => (signed(secret, body, signature), "its X-Smartlead-Signature"),
                None => (
                    objects.iter().all(|o| o.get("secret_key").and_then(Value::as_str).is_some_and(|k| same(k, secret))),
                    "the secret_key inside it (and it carries no X-Smartlead-Signature)",
                ),
            };
            if !matches {
                return Err(refused(what));
            }
            true
        }
    };
    // A verified delivery is named by what was signed (its own ids, else its hash), so
    // a captured body replayed under a new X-Request-Id is the same event, kept and
    // acted on once; the unsigned header names only what nothing vouches for.
    let request_id = header(REQUEST_ID_HEADER).filter(|id| !id.is_empty() && !verified);
    let name = |i: usize| {
        let base = request_id
            .map(str::to_string)
            .or_else(|| text_at(objects[i], &["id"]).filter(|_| objects.len() == 1))
            .unwrap_or_else(|| hex(&Sha256::digest(body)));
        match (objects.len(), text_at(objects[i], &["id"])) {
            (1, _) => base,
            (_, Some(own)) if request_id.is_none() => own,
            _ => format!("{base}#{i}"),
        }
    };
    Ok(objects.iter().enumerate().map(|(i, o)| read_event(o, name(i), verified)).collect())
}

fn refused(what: &str) -> Error {
    Error::Unauthorized(RemoteError {
        status: 401,
        message: format!("the delivery is not from Smartlead: {what} does not match the webhook secret"),
    })
}

/// `sha256=<hex>`, checked with the MAC's own constant-time comparison.
fn signed(secret: &str, body: &[u8], signature: &str) -> bool {
    let hex = signature.strip_prefix("sha256=").unwrap_or(signature);
    let Some(expected) = unhex(hex) else { return false };
    let mut mac = Hmac::<Sha256>::new_from_slice(secret.as_bytes()).expect("HMAC takes keys of any length");
    mac.update(body);
    mac.verify_slice(&expected).is_ok()
}

fn same(a: &str, b: &str) -> bool {
    bool::from(a.as_bytes().ct_eq(b.as_bytes()))
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn unhex(text: &str) -> Option<Vec<u8>> {
    if !text.len().is_multiple_of(2) {
        return None;
    }
    (0..text.len()).step_by(2).map(|i| u8::from_str_radix(text.get(i..i + 2)?, 16).ok()).collect()
}

/// A value at `path` below `value`.
fn at<'v>(value: &'v Value, path: &[&str]) -> Option<&'v Value> {
    path.iter().try_fold(value, |v, key| v.get(key)).filter(|v| !v.is_null())
}

/// Text at `path`: a string (not blank), or a number written out.
fn text_at(value: &Value, path: &[&str]) -> Option<String> {
    match at(value, path)? {
        Value::String(s) if !s.trim().is_empty() => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

/// A whole number at `path`, given as a number or as numeric text.
fn number_at(value: &Value, path: &[&str]) -> Option<u64> {
    match at(value, path)? {
        Value::Number(n) => n.as_u64(),
        Value::String(s) => s.trim().parse().ok(),
        _ => None,
    }
}

/// Where an event's fields live: the `data` of `{id, type, data, meta}` first, then the
/// event itself.
struct Fields<'v> {
    scopes: Vec<&'v Value>,
}

impl Fields<'_> {
    fn text(&self, paths: &[&[&str]]) -> Option<String> {
        paths.iter().find_map(|path| self.scopes.iter().find_map(|scope| text_at(scope, path)))
    }

    fn number(&self, paths: &[&[&str]]) -> Option<u64> {
        paths.iter().find_map(|path| self.scopes.iter().find_map(|scope| number_at(scope, path)))
    }

    /// A link clicked: one URL, or the first of a list.
    fn link(&self) -> Option<String> {
        let first = |v: &Value| match v {
            Value::Array(items) => items.iter().find_map(|i| i.as_str().map(str::to_string)),
            other => other.as_str().map(str::to_string),
        };
        ["link_clicked", "clicked_link", "link", "url"]
            .iter()
            .find_map(|key| self.scopes.iter().find_map(|scope| at(scope, &[key]).and_then(first)))
    }

    fn category(&self, id: &[&[&str]], name: &[&[&str]]) -> Option<Category> {
        let category = Category { id: self.number(id), name: self.text(name) };
        (category.id.is_some() || category.name.is_some()).then_some(category)
    }
}

fn read_event(event: &Value, id: String, verified: bool) -> WebhookEvent {
    // The account-notification shape names its type with dots and carries `data`.
    let data = event.get("data").filter(|d| d.is_object() && event.get("type").is_some());
    let kind_name = text_at(event, &["event_type"])
        .or_else(|| text_at(event, &["event"]))
        .or_else(|| text_at(event, &["event", "type"]))
        .or_else(|| text_at(event, &["event", "name"]))
        .or_else(|| text_at(event, &["type"]))
        .unwrap_or_default();
    let f = Fields { scopes: data.into_iter().chain([event]).collect() };
    let kind = EventKind::named(&kind_name);
    let disconnect = matches!(kind, EventKind::EmailAccountDisconnected | EventKind::LinkedinDisconnected);
    WebhookEvent {
        id,
        kind,
        kind_name,
        verified,
        occurred_at: f.text(&[
            &["event_timestamp"],
            &["event", "timestamp"],
            &["timestamp"],
            &["time_replied"],
            &["time_sent"],
            &["time_opened"],
            &["time_clicked"],
            &["meta", "timestamp"],
            &["created_at"],
        ]),
        campaign_id: f.number(&[&["campaign_id"], &["campaign", "id"], &["email_campaign_id"]]),
        campaign_name: f.text(&[&["campaign_name"], &["campaign", "name"]]),
        lead_id: f.number(&[&["sl_email_lead_id"], &["lead_id"], &["lead", "id"]]),
        lead_map_id: f.number(&[&["sl_email_lead_map_id"], &["email_lead_map_id"], &["campaign_lead_map_id"], &["lead", "campaign_lead_map_id"]]),
        prospect_email: f.text(&[
            &["leadCorrespondence", "replyReceivedFrom"],
            &["leadCorrespondence", "forwardedFrom"],
            &["leadCorrespondence", "targetLeadEmail"],
            &["sl_lead_email"],
            &["lead_email"],
            &["lead", "email"],
            &["lead_data", "email"],
            &["to_email"],
        ]),
        sender_email: f.text(&[&["from_email"], &["email_account", "email"], &["sender_email"]]).filter(|_| !disconnect),
        subject: f.text(&[&["subject"], &["reply", "subject"], &["email", "subject"], &["reply_message", "subject"]]),
        message_id: f.text(&[&["sent_message", "message_id"], &["email", "message_id"]]),
        reply_message_id: f.text(&[&["reply_message", "message_id"], &["reply", "message_id"]])
            .or_else(|| f.text(&[&["message_id"]]).filter(|_| kind == EventKind::EmailReply)),
        reply_text: f.text(&[
            &["reply_message", "text"],
            &["preview_text"],
            &["reply", "text"],
            &["reply", "body"],
            &["lastReply", "email_body"],
            &["last_reply", "email_body"],
            &["lastReply", "text"],
            &["last_reply", "text"],
        ]),
        reply_html: f.text(&[&["reply_message", "html"], &["reply_body"], &["reply", "html"]]),
        clicked_link: f.link(),
        category_before: f.category(&[&["lead_category", "old_id"]], &[&["lead_category", "old_name"]]),
        category_after: f.category(
            &[&["lead_category", "new_id"], &["lead_category_id"], &["category", "id"]],
            &[&["lead_category", "new_name"], &["category", "name"], &["category"], &["lead_data", "category", "name"]],
        ),
        sequence_number: f.number(&[&["sequence_number"], &["seq_number"]]).and_then(|n| u32::try_from(n).ok()),
        email_account: f
            .text(&[&["email_account", "email"], &["email_account"], &["email"], &["from_email"], &["account", "email"], &["linkedin_account"]])
            .filter(|_| disconnect),
        raw: without_secret(event),
    }
}

/// The payload as kept: the legacy `secret_key` would otherwise be stored and served
/// with every event.
fn without_secret(event: &Value) -> Value {
    let mut raw = event.clone();
    if let Some(fields) = raw.as_object_mut() {
        fields.remove("secret_key");
    }
    raw
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn parse(body: &Value) -> Vec<WebhookEvent> {
        parse_webhook(&[], body.to_string().as_bytes(), None).unwrap()
    }

    fn sign(secret: &str, body: &[u8]) -> String {
        let mut mac = Hmac::<Sha256>::new_from_slice(secret.as_bytes()).unwrap();
        mac.update(body);
        format!("sha256={}", hex(&mac.finalize().into_bytes()))
    }

    /// Smartlead's documented reply (§9.12 of the reference), shortened.
    fn reply() -> Value {
        json!({
            "webhook_id": 799, "event_type": "EMAIL_REPLY", "campaign_status": "COMPLETED", "stats_id": "a891fe37",
            "sl_email_lead_id": "1482956", "sl_email_lead_map_id": 1438627, "sl_lead_email": "lead@x.com",
            "from_email": "sender@y.com", "to_email": "lead@x.com", "subject": "Some more conversions?",
            "time_replied": "2025-03-28T09:35:01+00:00", "event_timestamp": "2025-03-28T09:35:01+00:00",
            "message_id": "<reply@mail.gmail.com>", "preview_text": "webhook reply\n",
            "sent_message": {"message_id": "<sent@y.com>", "html": "<p>hi</p>", "text": "hi", "time": "2025-03-27T09:00:00Z"},
            "reply_message": {"message_id": "<reply@mail.gmail.com>", "html": "<p>webhook reply</p>", "text": "webhook reply", "time": "2025-03-28T09:35:01Z"},
            "campaign_name": "email sent", "campaign_id": 9181, "sequence_number": 1, "secret_key": "s3cret",
            "leadCorrespondence": {"targetLeadEmail": "lead@x.com", "replyReceivedFrom": "colleague@x.com"}
        })
    }

    #[test]
    fn a_flat_reply_reads_every_field() {
        let e = &parse(&reply())[0];
        assert_eq!((e.kind, e.kind_name.as_str(), e.verified), (EventKind::EmailReply, "EMAIL_REPLY", false));
        assert_eq!((e.campaign_id, e.campaign_name.as_deref()), (Some(9181), Some("email sent")));
        assert_eq!((e.lead_id, e.lead_map_id), (Some(1482956), Some(1438627)), "ids as text and as numbers");
        assert_eq!(e.prospect_email.as_deref(), Some("colleague@x.com"), "who replied, as reply actions want");
        assert_eq!(e.sender_email.as_deref(), Some("sender@y.com"));
        assert_eq!((e.message_id.as_deref(), e.reply_message_id.as_deref()), (Some("<sent@y.com>"), Some("<reply@mail.gmail.com>")));
        assert_eq!((e.reply_text.as_deref(), e.reply_html.as_deref()), (Some("webhook reply"), Some("<p>webhook reply</p>")));
        assert_eq!((e.sequence_number, e.occurred_at.as_deref()), (Some(1), Some("2025-03-28T09:35:01+00:00")));
        let mut raw = reply();
        raw.as_object_mut().unwrap().remove("secret_key");
        assert_eq!(e.raw, raw, "kept as sent, but for the secret");
    }

    #[test]
    fn older_reply_fields_stand_in_for_newer_ones() {
        let old = json!({"event_type": "EMAIL_REPLY", "campaign_id": "12", "to_email": "p@x.com", "from_email": "me@y.com",
            "time_replied": "2024-01-01T00:00:00Z", "reply_body": "<p>Yes</p>", "preview_text": "Yes", "message_id": "<r1>"});
        let e = &parse(&old)[0];
        assert_eq!((e.prospect_email.as_deref(), e.sender_email.as_deref()), (Some("p@x.com"), Some("me@y.com")), "to_email is the prospect");
        assert_eq!((e.reply_text.as_deref(), e.reply_html.as_deref(), e.reply_message_id.as_deref()), (Some("Yes"), Some("<p>Yes</p>"), Some("<r1>")));
        assert_eq!((e.campaign_id, e.occurred_at.as_deref()), (Some(12), Some("2024-01-01T00:00:00Z")));
    }

    #[test]
    fn every_documented_event_type_in_every_shape() {
        let names = [
            ("EMAIL_SENT", EventKind::EmailSent),
            ("FIRST_EMAIL_SENT", EventKind::FirstEmailSent),
            ("EMAIL_OPEN", EventKind::EmailOpen),
            ("EMAIL_LINK_CLICK", EventKind::EmailLinkClick),
            ("EMAIL_REPLY", EventKind::EmailReply),
            ("EMAIL_BOUNCE", EventKind::EmailBounce),
            ("LEAD_UNSUBSCRIBED", EventKind::LeadUnsubscribed),
            ("LEAD_CATEGORY_UPDATED", EventKind::LeadCategoryUpdated),
            ("CAMPAIGN_STATUS_CHANGED", EventKind::CampaignStatusChanged),
            ("UNTRACKED_REPLIES", EventKind::UntrackedReplies),
            ("MANUAL_STEP_REACHED", EventKind::ManualStepReached),
            ("EMAIL_ACCOUNT_DISCONNECTED", EventKind::EmailAccountDisconnected),
            ("LINKEDIN_DISCONNECTED", EventKind::LinkedinDisconnected),
        ];
        assert_eq!(EventKind::ALL[..13].iter().map(|k| k.name()).collect::<Vec<_>>(), names.map(|(n, _)| n));
        for (name, kind) in names {
            let flat = json!({"event_type": name, "campaign_id": 5, "sl_lead_email": "p@x.com"});
            let nested = json!({"event": name, "timestamp": "2024-01-15T10:30:00Z", "campaign_id": 5, "lead_id": 9, "lead": {"email": "p@x.com"}});
            let nested_object = json!({"event": {"type": name, "timestamp": "2024-01-15T10:30:00Z"}, "campaign": {"id": 5}, "lead": {"id": 9, "email": "p@x.com"}});
            let dotted = json!({"id": "evt_1", "type": name.to_ascii_lowercase().replace('_', "."), "data": {"campaign_id": 5, "email": "box@y.com"}, "meta": {"timestamp": "2024-01-15T10:30:00Z"}});
            for (shape, body) in [("flat", flat), ("nested", nested), ("nested object", nested_object), ("dotted", dotted)] {
                let e = &parse(&body)[0];
                assert_eq!(e.kind, kind, "{name} {shape}");
                assert_eq!(e.campaign_id, Some(5), "{name} {shape}");
                assert_eq!(e.kind.name(), name);
            }
        }
        let nested = &parse(&json!({"event": "EMAIL_REPLIED", "timestamp": "2024-01-15T10:30:00Z", "lead_id": 789, "campaign_id": 123,
            "lead": {"email": "lead@example.com"}, "email": {"subject": "Quick question", "message_id": "abc123@smartlead.ai"},
            "reply": {"subject": "Re: Quick question", "body": "Thanks"}}))[0];
        assert_eq!((nested.kind, nested.lead_id, nested.prospect_email.as_deref()), (EventKind::EmailReply, Some(789), Some("lead@example.com")));
        assert_eq!((nested.subject.as_deref(), nested.message_id.as_deref(), nested.reply_text.as_deref()), (Some("Re: Quick question"), Some("abc123@smartlead.ai"), Some("Thanks")));
        let account = &parse(&json!({"id": "evt_77", "type": "email.account.disconnected", "data": {"email_account": {"email": "box@y.com"}}, "meta": {"timestamp": "2024-02-01T00:00:00Z"}}))[0];
        assert_eq!((account.kind, account.email_account.as_deref(), account.id.as_str()), (EventKind::EmailAccountDisconnected, Some("box@y.com"), "evt_77"));
        assert_eq!(account.occurred_at.as_deref(), Some("2024-02-01T00:00:00Z"));
    }

    #[test]
    fn clicks_and_category_changes() {
        let click = &parse(&json!({"event_type": "EMAIL_LINK_CLICK", "link_clicked": ["https://a.example/x", "https://b.example"]}))[0];
        assert_eq!(click.clicked_link.as_deref(), Some("https://a.example/x"));
        let category = &parse(&json!({"event_type": "LEAD_CATEGORY_UPDATED", "lead_id": 4,
            "lead_category": {"old_id": 1, "old_name": "Interested", "new_id": "3", "new_name": "Not Interested"},
            "lastReply": {"email_body": "no thanks", "time": "2024-01-01"}}))[0];
        assert_eq!(category.category_before, Some(Category { id: Some(1), name: Some("Interested".into()) }));
        assert_eq!(category.category_after, Some(Category { id: Some(3), name: Some("Not Interested".into()) }));
        assert_eq!(category.reply_text.as_deref(), Some("no thanks"), "lastReply");
        let snake = &parse(&json!({"event_type": "LEAD_CATEGORY_UPDATED", "last_reply": {"text": "ok"}, "category": {"name": "Meeting Request", "id": 2}}))[0];
        assert_eq!((snake.reply_text.as_deref(), snake.category_after.as_ref().and_then(|c| c.id)), (Some("ok"), Some(2)));
    }

    #[test]
    fn a_batch_and_an_unknown_type_are_kept() {
        let body = json!([{"event_type": "EMAIL_OPEN", "campaign_id": 1}, {"event_type": "SOMETHING_NEW", "campaign_id": 2, "extra": [1, 2]}]);
        let headers = vec![("X-Request-Id".to_string(), "del-42".to_string())];
        let events = parse_webhook(&headers, body.to_string().as_bytes(), None).unwrap();
        assert_eq!(events.iter().map(|e| e.id.as_str()).collect::<Vec<_>>(), ["del-42#0", "del-42#1"]);
        assert_eq!((events[1].kind, events[1].kind_name.as_str()), (EventKind::Unknown, "SOMETHING_NEW"));
        assert_eq!(events[1].raw["extra"], json!([1, 2]), "kept raw");
        let unnamed = parse(&json!({"campaign_id": 3}));
        assert_eq!(unnamed[0].kind, EventKind::Unknown);
        // No request id: the body's hash names the delivery, the same for a retry.
        let a = parse(&json!({"event_type": "EMAIL_OPEN"}));
        assert_eq!(a[0].id, parse(&json!({"event_type": "EMAIL_OPEN"}))[0].id);
        assert_eq!(a[0].id.len(), 64);
    }

    #[test]
    fn signatures_and_secrets() {
        let body = reply().to_string();
        let signed_by = |secret: &str| vec![(SIGNATURE_HEADER.to_string(), sign(secret, body.as_bytes()))];
        let ok = parse_webhook(&signed_by("hook-secret"), body.as_bytes(), Some("hook-secret")).unwrap();
        assert!(ok[0].verified);
        let wrong = parse_webhook(&signed_by("other"), body.as_bytes(), Some("hook-secret")).unwrap_err();
        assert_eq!((wrong.kind(), wrong.status()), ("unauthorized", Some(401)));
        let garbage = vec![(SIGNATURE_HEADER.to_string(), "sha256=zz".to_string())];
        assert_eq!(parse_webhook(&garbage, body.as_bytes(), Some("hook-secret")).unwrap_err().kind(), "unauthorized");
        // No signature: the older secret_key in the body decides.
        assert!(parse_webhook(&[], body.as_bytes(), Some("s3cret")).unwrap()[0].verified);
        assert_eq!(parse_webhook(&[], body.as_bytes(), Some("hook-secret")).unwrap_err().kind(), "unauthorized");
        let bare = json!({"event_type": "EMAIL_OPEN"}).to_string();
        assert_eq!(parse_webhook(&[], bare.as_bytes(), Some("hook-secret")).unwrap_err().kind(), "unauthorized", "missing both");
        // A signature that matches decides, whatever the body's secret says.
        assert!(parse_webhook(&signed_by("s3cret-2"), body.as_bytes(), Some("s3cret-2")).unwrap()[0].verified);
        assert!(!parse_webhook(&[], body.as_bytes(), None).unwrap()[0].verified, "no secret configured");
    }

    #[test]
    fn a_verified_delivery_is_named_by_what_was_signed_not_by_its_request_id() {
        let body = reply().to_string();
        let delivered = |request_id: &str| {
            let headers = vec![(SIGNATURE_HEADER.to_string(), sign("hook-secret", body.as_bytes())), (REQUEST_ID_HEADER.to_string(), request_id.to_string())];
            parse_webhook(&headers, body.as_bytes(), Some("hook-secret")).unwrap().remove(0).id
        };
        assert_eq!(delivered("delivery-1"), delivered("replayed-2"), "a replay under a new id is the same event");
        assert_eq!(delivered("delivery-1"), hex(&Sha256::digest(body.as_bytes())));
        let batch = json!([{"event_type": "EMAIL_OPEN", "secret_key": "s"}, {"event_type": "EMAIL_SENT", "secret_key": "s"}]).to_string();
        let headers = vec![(REQUEST_ID_HEADER.to_string(), "d-9".to_string())];
        let ids: Vec<String> = parse_webhook(&headers, batch.as_bytes(), Some("s")).unwrap().into_iter().map(|e| e.id).collect();
        let hash = hex(&Sha256::digest(batch.as_bytes()));
        assert_eq!(ids, [format!("{hash}#0"), format!("{hash}#1")]);
        assert_eq!(parse_webhook(&headers, batch.as_bytes(), None).unwrap()[0].id, "d-9#0", "unverified: the request id names it");
    }

    #[test]
    fn what_is_not_an_event_is_invalid_input() {
        for body in ["", "not json", "42", "[]", "[1, 2]", "\"text\""] {
            assert_eq!(parse_webhook(&[], body.as_bytes(), None).unwrap_err().kind(), "invalid_input", "{body:?}");
        }
    }
}
