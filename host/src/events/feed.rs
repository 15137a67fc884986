//! Kept events read back in the envelope every list has, `{result, next_cursor,
//! result_count}`: oldest first, filtered by kind and campaign, with a cursor that
//! stays valid, so a consumer polls from where it stopped. `next_cursor` is never null:
//! at the end it is where the next event will be.

use super::store::{Filter, Stored};
use serde_json::{Value, json};
use smartlead_component::surfaces::events::EventKind;

pub const DEFAULT_LIMIT: usize = 100;
pub const MAX_LIMIT: usize = 1000;
const CURSOR_PREFIX: &str = "ev_";

/// A request for one page.
#[derive(Debug, Clone, PartialEq)]
pub struct Query {
    pub filter: Filter,
    /// The last event already seen (0 for the start).
    pub after: i64,
    pub limit: usize,
}

impl Default for Query {
    fn default() -> Self {
        Query { filter: Filter::default(), after: 0, limit: DEFAULT_LIMIT }
    }
}

impl Query {
    /// From `kind`, `campaign_id`, `integrated_account_id`, `limit` and `next_cursor`;
    /// anything else, or a value that does not read, is refused with the parameter named.
    pub fn from_pairs(pairs: &[(String, String)]) -> Result<Query, String> {
        let mut query = Query::default();
        for (key, value) in pairs {
            match key.as_str() {
                "kind" => query.filter.kind = Some(kind(value)?),
                "campaign_id" => query.filter.campaign_id = Some(value.trim().parse().map_err(|_| format!("campaign_id must be a campaign's id, got {value:?}"))?),
                "integrated_account_id" => query.filter.account_id = Some(value.trim().to_string()),
                "limit" => query.limit = limit(value)?,
                "next_cursor" => query.after = decode(value)?,
                other => return Err(format!("{other} is not a parameter of /events; expected: kind, campaign_id, integrated_account_id, limit, next_cursor")),
            }
        }
        Ok(query)
    }
}

/// A subscription disabled for failing too long.
pub const SUBSCRIPTION_DISABLED: &str = "subscription.disabled";
/// The host's own events, beside Smartlead's: a linked account added, given a new key or
/// removed, and a subscription disabled.
pub const HOST_KINDS: [&str; 4] = ["account.linked", "account.rotated", "account.unlinked", SUBSCRIPTION_DISABLED];

/// A kind by its name, in any case (`email_reply`, `ACCOUNT.LINKED`).
pub fn kind(name: &str) -> Result<String, String> {
    let webhook = EventKind::ALL.map(EventKind::name);
    match webhook.iter().chain(&HOST_KINDS).find(|k| k.eq_ignore_ascii_case(name.trim())) {
        Some(k) => Ok(k.to_string()),
        None => Err(format!("kind {name:?} is not an event kind; kinds: {}, {}", webhook.join(", "), HOST_KINDS.join(", "))),
    }
}

pub fn limit(text: &str) -> Result<usize, String> {
    match text.trim().parse::<usize>() {
        Ok(n) if (1..=MAX_LIMIT).contains(&n) => Ok(n),
        _ => Err(format!("limit must be a whole number from 1 to {MAX_LIMIT}, got {text:?}")),
    }
}

/// The cursor after the event at `seq`.
pub fn cursor(seq: i64) -> String {
    format!("{CURSOR_PREFIX}{seq}")
}

/// The position a cursor of this feed holds.
pub fn decode(cursor: &str) -> Result<i64, String> {
    cursor
        .strip_prefix(CURSOR_PREFIX)
        .and_then(|n| n.parse::<i64>().ok())
        .filter(|n| *n >= 0)
        .ok_or_else(|| format!("next_cursor {cursor:?} is not a cursor of /events; give the next_cursor of an earlier answer"))
}

/// An event as served: the normalised event, when it arrived, what was done about it,
/// and the cursor that resumes after it.
pub fn item(stored: &Stored) -> Value {
    let mut item = stored.event.clone();
    if let Some(fields) = item.as_object_mut() {
        fields.insert("received_at".into(), json!(rfc3339(stored.received_at_ms)));
        fields.insert("action".into(), stored.action.clone().unwrap_or(Value::Null));
        fields.insert("cursor".into(), json!(cursor(stored.seq)));
    }
    item
}

/// One page of the feed: the events `query` found, in the envelope.
pub fn page(rows: &[Stored], query: &Query) -> Value {
    let next = rows.last().map_or(query.after, |r| r.seq);
    json!({"result": rows.iter().map(item).collect::<Vec<_>>(), "next_cursor": cursor(next), "result_count": rows.len()})
}

/// `ms` since the epoch in RFC 3339, UTC.
pub fn rfc3339(ms: i64) -> String {
    let at = time::OffsetDateTime::from_unix_timestamp_nanos(ms as i128 * 1_000_000).unwrap_or(time::OffsetDateTime::UNIX_EPOCH);
    at.format(&time::format_description::well_known::Rfc3339).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pairs(query: &str) -> Vec<(String, String)> {
        form_urlencoded::parse(query.as_bytes()).into_owned().collect()
    }

    #[test]
    fn queries_read_or_name_what_is_wrong() {
        assert_eq!(Query::from_pairs(&pairs("kind=Account.Linked")).unwrap().filter.kind.as_deref(), Some("account.linked"));
        let q = Query::from_pairs(&pairs("kind=email_reply&campaign_id=7&limit=5&next_cursor=ev_12")).unwrap();
        assert_eq!(q, Query { filter: Filter { kind: Some("EMAIL_REPLY".into()), campaign_id: Some(7), account_id: None, own_key: false }, after: 12, limit: 5 });
        assert_eq!(Query::from_pairs(&[]).unwrap(), Query::default());
        for (bad, named) in [
            ("kind=EMAIL_REPLIED", "kinds: EMAIL_SENT"),
            ("campaign_id=x", "campaign_id"),
            ("limit=0", "limit"),
            ("limit=5000", "limit"),
            ("next_cursor=12", "next_cursor"),
            ("next_cursor=ev_-1", "next_cursor"),
            ("since=1", "is not a parameter"),
        ] {
            let error = Query::from_pairs(&pairs(bad)).unwrap_err();
            assert!(error.contains(named), "{bad}: {error}");
        }
    }

    #[test]
    fn an_item_carries_its_arrival_action_and_cursor() {
        let stored = Stored { seq: 9, received_at_ms: 1_700_000_000_123, event: json!({"id": "a", "kind": "EMAIL_OPEN"}), action: None, account_id: None };
        let item = item(&stored);
        assert_eq!((item["received_at"].as_str(), item["cursor"].as_str()), (Some("2023-11-14T22:13:20.123Z"), Some("ev_9")));
        assert_eq!((item["action"].clone(), item["id"].as_str()), (Value::Null, Some("a")));
        assert_eq!(decode(&cursor(9)), Ok(9));
    }
}
