//! The platform's subscriptions and the outbox of deliveries to them, in the events
//! database beside the events: made, listed, rotated and removed; deliveries claimed when
//! due, settled with what the platform answered, replayed on request, and pruned with
//! their events.

use super::signing::new_secret;
use crate::events::feed::{self, rfc3339};
use crate::events::store::{EventStore, NewEvent, Reader, StoreError, insert};
use rusqlite::{OptionalExtension, Transaction, params};
use serde::Serialize;
use serde_json::json;
use std::time::Duration;

/// Every subscription id starts so.
pub const ID_PREFIX: &str = "sub_";

/// A subscription as anyone may see it: everything but its secret.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Subscription {
    pub id: String,
    pub url: String,
    /// The kinds it takes; none for every kind.
    pub kinds: Option<Vec<String>>,
    /// The linked account whose events it takes; none for every account's and the host's.
    pub integrated_account_id: Option<String>,
    pub created_at: String,
    /// When it was disabled for failing too long, and why.
    pub disabled_at: Option<String>,
    pub disabled_reason: Option<String>,
}

/// What a platform asks to subscribe with.
#[derive(Debug, Clone, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NewSubscription {
    pub url: String,
    #[serde(default)]
    pub kinds: Option<Vec<String>>,
    #[serde(default)]
    pub integrated_account_id: Option<String>,
}

impl NewSubscription {
    /// Refuses a URL deliveries could not safely go to and kinds that do not exist,
    /// naming the field; kinds are written as the feed writes them.
    pub fn check(mut self) -> Result<NewSubscription, String> {
        crate::core::web::check(&self.url, false).map_err(|why| format!("url {:?}: {why}", self.url))?;
        if let Some(kinds) = &mut self.kinds {
            if kinds.is_empty() {
                return Err("kinds is empty: leave it out to take every kind".into());
            }
            *kinds = kinds.iter().map(|k| feed::kind(k)).collect::<Result<_, _>>()?;
        }
        Ok(self)
    }
}

/// One delivery's state, for `GET /events/{id}/deliveries`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Delivery {
    pub subscription_id: String,
    pub url: String,
    /// `pending`, `delivered` or `failed`.
    pub status: String,
    pub attempts: u32,
    /// The platform's last HTTP status, if it answered.
    pub last_status: Option<u16>,
    pub last_error: Option<String>,
    pub next_attempt_at: Option<String>,
    pub delivered_at: Option<String>,
}

/// A delivery whose turn has come, claimed for one attempt.
#[derive(Debug, Clone)]
pub struct Due {
    pub id: i64,
    /// Attempts made before this one.
    pub attempts: u32,
    pub event_id: String,
    /// The event's JSON, as kept: the body of every attempt.
    pub body: String,
    pub subscription_id: String,
    pub url: String,
    pub secret: String,
}

/// What became of an attempt.
#[derive(Debug, Clone, PartialEq)]
pub enum Settled {
    Delivered { status: u16 },
    /// Try again at `due_ms`.
    Again { status: Option<u16>, error: String, due_ms: i64 },
    /// No more tries; with `disable`, the subscription is disabled for this reason.
    Failed { status: Option<u16>, error: String, disable: Option<String> },
}

const COLUMNS: &str = "id, url, kinds, account_id, created_at_ms, disabled_at_ms, disabled_reason";

fn subscription(r: &rusqlite::Row<'_>) -> rusqlite::Result<Subscription> {
    let kinds: Option<String> = r.get(2)?;
    Ok(Subscription {
        id: r.get(0)?,
        url: r.get(1)?,
        kinds: kinds.and_then(|k| serde_json::from_str(&k).ok()),
        integrated_account_id: r.get(3)?,
        created_at: rfc3339(r.get(4)?),
        disabled_at: r.get::<_, Option<i64>>(5)?.map(rfc3339),
        disabled_reason: r.get(6)?,
    })
}

fn find(tx: &rusqlite::Connection, id: &str) -> rusqlite::Result<Option<Subscription>> {
    tx.query_row(&format!("SELECT {COLUMNS} FROM subscriptions WHERE id = ?1"), [id], subscription).optional()
}

impl EventStore {
    /// A new subscription, and its secret (shown this once).
    pub async fn subscribe(&self, new: NewSubscription) -> Result<(Subscription, String), StoreError> {
        let (id, secret, now) = (format!("{ID_PREFIX}{}", random_hex()), new_secret(), crate::events::now_ms());
        let kinds = new.kinds.as_ref().map(|k| json!(k).to_string());
        self.write(move |tx| {
            let sql = "INSERT INTO subscriptions (id, url, kinds, account_id, secret, created_at_ms) VALUES (?1, ?2, ?3, ?4, ?5, ?6)";
            tx.execute(sql, params![id, new.url, kinds, new.integrated_account_id, secret, now])?;
            Ok((find(tx, &id)?.expect("the row just written"), secret))
        })
        .await
    }

    /// Removes a subscription and its deliveries not yet made.
    pub async fn unsubscribe(&self, id: &str) -> Result<Option<Subscription>, StoreError> {
        let id = id.to_string();
        self.write(move |tx| {
            let found = find(tx, &id)?;
            tx.execute("DELETE FROM deliveries WHERE subscription_id = ?1 AND status = 'pending'", [&id])?;
            tx.execute("DELETE FROM subscriptions WHERE id = ?1", [&id])?;
            Ok(found)
        })
        .await
    }

    /// A new secret for the subscription, in force for every attempt from now on.
    pub async fn rotate_secret(&self, id: &str) -> Result<Option<(Subscription, String)>, StoreError> {
        let (id, secret) = (id.to_string(), new_secret());
        self.write(move |tx| {
            let changed = tx.execute("UPDATE subscriptions SET secret = ?2 WHERE id = ?1", params![id, secret])?;
            Ok(if changed == 1 { find(tx, &id)?.map(|s| (s, secret)) } else { None })
        })
        .await
    }

    /// Enables a disabled subscription again (its endpoint mended); deliveries planned
    /// from now on go to it, and `redeliver` replays what it missed.
    pub async fn enable(&self, id: &str) -> Result<Option<Subscription>, StoreError> {
        let id = id.to_string();
        self.write(move |tx| {
            tx.execute("UPDATE subscriptions SET disabled_at_ms = NULL, disabled_reason = NULL WHERE id = ?1", [&id])?;
            find(tx, &id)
        })
        .await
    }

    /// Up to `limit` deliveries due at `now_ms`, each claimed for `lease`: a process that
    /// dies mid-attempt leaves it to be tried again once the lease ends.
    pub async fn claim_due(&self, now_ms: i64, lease: Duration, limit: usize) -> Result<Vec<Due>, StoreError> {
        self.write(move |tx| {
            let sql = "SELECT d.id, d.attempts, e.id, e.event, s.id, s.url, s.secret
                 FROM deliveries d JOIN events e ON e.seq = d.event_seq JOIN subscriptions s ON s.id = d.subscription_id
                 WHERE d.due_ms <= ?1 AND d.status = 'pending' AND s.disabled_at_ms IS NULL ORDER BY d.due_ms, d.id LIMIT ?2";
            let due = tx
                .prepare_cached(sql)?
                .query_map(params![now_ms, limit as i64], |r| {
                    Ok(Due { id: r.get(0)?, attempts: r.get(1)?, event_id: r.get(2)?, body: r.get(3)?, subscription_id: r.get(4)?, url: r.get(5)?, secret: r.get(6)? })
                })?
                .collect::<rusqlite::Result<Vec<_>>>()?;
            let until = now_ms + lease.as_millis() as i64;
            for d in &due {
                tx.execute("UPDATE deliveries SET due_ms = ?2 WHERE id = ?1", params![d.id, until])?;
            }
            Ok(due)
        })
        .await
    }

    /// Records an attempt's outcome; disabling the subscription, when it says so, keeps a
    /// `subscription.disabled` event in the same transaction.
    pub async fn settle_delivery(&self, due: &Due, settled: Settled) -> Result<(), StoreError> {
        let (id, subscription) = (due.id, due.subscription_id.clone());
        let now = crate::events::now_ms();
        self.write(move |tx| {
            let update = "UPDATE deliveries SET status = ?2, attempts = attempts + 1, due_ms = ?3, last_status = ?4, last_error = ?5, delivered_at_ms = ?6 WHERE id = ?1";
            match settled {
                Settled::Delivered { status } => tx.execute(update, params![id, "delivered", None::<i64>, status, None::<String>, now])?,
                Settled::Again { status, error, due_ms } => tx.execute(update, params![id, "pending", due_ms, status, error, None::<i64>])?,
                Settled::Failed { status, error, disable } => {
                    let changed = tx.execute(update, params![id, "failed", None::<i64>, status, error, None::<i64>])?;
                    if let Some(reason) = disable {
                        disable_subscription(tx, &subscription, &reason, now)?;
                    }
                    changed
                }
            };
            Ok(())
        })
        .await
    }

    /// Plans the events after `after` (up to `until`, both sequence numbers) again for
    /// every live subscription that takes them, or for `subscription` alone; deliveries
    /// made or failed before start over. How many were planned.
    pub async fn redeliver(&self, after: i64, until: Option<i64>, subscription: Option<String>) -> Result<usize, StoreError> {
        let now = crate::events::now_ms();
        self.write(move |tx| {
            let sql = "INSERT INTO deliveries (event_seq, subscription_id, status, due_ms, created_at_ms)
                 SELECT e.seq, s.id, 'pending', ?4, ?4 FROM events e JOIN subscriptions s
                 WHERE e.seq > ?1 AND (?2 IS NULL OR e.seq <= ?2) AND (?3 IS NULL OR s.id = ?3) AND s.disabled_at_ms IS NULL
                   AND (s.kinds IS NULL OR EXISTS (SELECT 1 FROM json_each(s.kinds) WHERE value = e.kind))
                   AND (s.account_id IS NULL OR s.account_id = e.account_id)
                 ON CONFLICT (event_seq, subscription_id) DO UPDATE SET status = 'pending', attempts = 0, due_ms = ?4, last_status = NULL, last_error = NULL, delivered_at_ms = NULL";
            Ok(tx.execute(sql, params![after, until, subscription, now])?)
        })
        .await
    }

    /// Removes the events received before `before_ms` that are settled (no reply action
    /// and no delivery still pending), with their deliveries; how many events went.
    pub async fn prune(&self, before_ms: i64) -> Result<usize, StoreError> {
        self.write(move |tx| {
            let settled = "SELECT seq FROM events e WHERE e.received_at_ms < ?1 AND e.action_due_ms IS NULL
                 AND NOT EXISTS (SELECT 1 FROM deliveries d WHERE d.event_seq = e.seq AND d.status = 'pending')";
            tx.execute(&format!("DELETE FROM deliveries WHERE event_seq IN ({settled})"), [before_ms])?;
            Ok(tx.execute(&format!("DELETE FROM events WHERE seq IN ({settled})"), [before_ms])?)
        })
        .await
    }
}

/// Disables `id` and keeps a `subscription.disabled` event saying why.
fn disable_subscription(tx: &Transaction<'_>, id: &str, reason: &str, now: i64) -> rusqlite::Result<()> {
    tx.execute("UPDATE subscriptions SET disabled_at_ms = ?2, disabled_reason = ?3 WHERE id = ?1", params![id, now, reason])?;
    let Some(subscription) = find(tx, id)? else { return Ok(()) };
    let event_id = format!("evt_{}", random_hex());
    let event = json!({"id": event_id, "kind": feed::SUBSCRIPTION_DISABLED, "subscription": subscription, "reason": reason});
    insert(tx, &NewEvent { id: event_id, kind: feed::SUBSCRIPTION_DISABLED.into(), campaign_id: None, received_at_ms: now, event, action: None, action_due_ms: None, account_id: None })?;
    Ok(())
}

impl Reader {
    /// Every subscription, oldest first.
    pub fn subscriptions(&self) -> Result<Vec<Subscription>, StoreError> {
        self.with(|c| c.prepare(&format!("SELECT {COLUMNS} FROM subscriptions ORDER BY created_at_ms, id"))?.query_map([], subscription)?.collect())
    }

    pub fn subscription(&self, id: &str) -> Result<Option<Subscription>, StoreError> {
        self.with(|c| find(c, id))
    }

    /// The deliveries of the event `event_id`, or none when no event has that id.
    pub fn deliveries(&self, event_id: &str) -> Result<Option<Vec<Delivery>>, StoreError> {
        self.with(|c| {
            let Some(seq) = c.query_row("SELECT seq FROM events WHERE id = ?1", [event_id], |r| r.get::<_, i64>(0)).optional()? else { return Ok(None) };
            let sql = "SELECT d.subscription_id, COALESCE(s.url, ''), d.status, d.attempts, d.last_status, d.last_error, d.due_ms, d.delivered_at_ms
                 FROM deliveries d LEFT JOIN subscriptions s ON s.id = d.subscription_id WHERE d.event_seq = ?1 ORDER BY d.id";
            let mut statement = c.prepare(sql)?;
            let rows = statement.query_map([seq], |r| {
                let status: String = r.get(2)?;
                let pending = status == "pending";
                Ok(Delivery {
                    subscription_id: r.get(0)?,
                    url: r.get(1)?,
                    status,
                    attempts: r.get(3)?,
                    last_status: r.get(4)?,
                    last_error: r.get(5)?,
                    next_attempt_at: r.get::<_, Option<i64>>(6)?.filter(|_| pending).map(rfc3339),
                    delivered_at: r.get::<_, Option<i64>>(7)?.map(rfc3339),
                })
            })?;
            let rows = rows.collect::<rusqlite::Result<Vec<_>>>().map(Some);
            rows
        })
    }

    /// When the next delivery falls due, if any waits.
    pub fn next_delivery_due(&self) -> Result<Option<i64>, StoreError> {
        self.with(|c| c.query_row("SELECT MIN(due_ms) FROM deliveries WHERE status = 'pending'", [], |r| r.get(0)))
    }
}

/// 12 random bytes in hex, for ids.
pub(crate) fn random_hex() -> String {
    use aes_gcm::aead::OsRng;
    use aes_gcm::aead::rand_core::RngCore;
    let mut bytes = [0u8; 12];
    OsRng.fill_bytes(&mut bytes);
    data_encoding::HEXLOWER.encode(&bytes)
}
