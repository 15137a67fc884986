//! The events database in Postgres (`--events-db postgres://…`), for replicas sharing one
//! feed: each event once by its id whichever replica took it, in one cursor order (events
//! are numbered under a lock, so they commit in the order of their numbers), and the
//! reply actions and deliveries due claimed by one replica each (`FOR UPDATE SKIP
//! LOCKED`), for a lease a dead replica's claim runs out of. The same tables and rules as
//! the SQLite file, prefixed `smartlead_`.

use super::feed::{SUBSCRIPTION_DISABLED, rfc3339};
use super::outbox::signing::new_secret;
use super::outbox::subscriptions::{Delivery, Due, ID_PREFIX, NewSubscription, Settled, Subscription, random_hex};
use super::store::{Filter, Inserted, NewEvent, StoreError, Stored};
use crate::core::pg::{Pg, Unusable};
use serde_json::{Value, json};
use std::time::Duration;
use tokio_postgres::Transaction;

/// Events are numbered under this lock (replicas starting together create the tables
/// one at a time under the one in `SCHEMA`).
const NUMBERING_LOCK: i64 = 7277261155;

const SCHEMA: &str = "
BEGIN;
SELECT pg_advisory_xact_lock(7277261154);
CREATE TABLE IF NOT EXISTS smartlead_events (
    seq BIGSERIAL PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL,
    campaign_id BIGINT,
    received_at_ms BIGINT NOT NULL,
    event TEXT NOT NULL,
    action TEXT,
    action_due_ms BIGINT,
    account_id TEXT
);
CREATE INDEX IF NOT EXISTS smartlead_events_due ON smartlead_events(action_due_ms) WHERE action_due_ms IS NOT NULL;
CREATE TABLE IF NOT EXISTS smartlead_event_subscriptions (
    id TEXT PRIMARY KEY,
    url TEXT NOT NULL,
    kinds TEXT,
    account_id TEXT,
    secret TEXT NOT NULL,
    created_at_ms BIGINT NOT NULL,
    disabled_at_ms BIGINT,
    disabled_reason TEXT
);
CREATE TABLE IF NOT EXISTS smartlead_event_deliveries (
    id BIGSERIAL PRIMARY KEY,
    event_seq BIGINT NOT NULL,
    subscription_id TEXT NOT NULL,
    status TEXT NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    due_ms BIGINT,
    last_status INTEGER,
    last_error TEXT,
    created_at_ms BIGINT NOT NULL,
    delivered_at_ms BIGINT,
    UNIQUE (event_seq, subscription_id)
);
CREATE INDEX IF NOT EXISTS smartlead_event_deliveries_due ON smartlead_event_deliveries(due_ms) WHERE due_ms IS NOT NULL;
COMMIT;
";

const EVENT_COLUMNS: &str = "seq, received_at_ms, event, action, account_id";
const SUBSCRIPTION_COLUMNS: &str = "id, url, kinds, account_id, created_at_ms, disabled_at_ms, disabled_reason";

pub struct PgEvents {
    pg: Pg,
    /// Woken when this replica keeps a new event; other replicas' are found by looking.
    pub inserted: std::sync::Arc<tokio::sync::Notify>,
}

fn failed(e: String) -> StoreError {
    StoreError(format!("the events database: {e}"))
}

impl PgEvents {
    pub async fn connect(url: &str) -> Result<PgEvents, StoreError> {
        let pg = Pg::connect(url, "--events-db").await.map_err(|e| match e {
            Unusable::Url(m) | Unusable::Server(m) => StoreError(m),
        })?;
        pg.client().await.map_err(failed)?.batch_execute(SCHEMA).await.map_err(|e| failed(format!("creating its tables: {e}")))?;
        Ok(PgEvents { pg, inserted: Default::default() })
    }

    pub fn shown(&self) -> &str {
        &self.pg.shown
    }

    async fn query(&self, what: &str, sql: &str, params: &[&(dyn tokio_postgres::types::ToSql + Sync)]) -> Result<Vec<tokio_postgres::Row>, StoreError> {
        self.pg.query(what, sql, params).await.map_err(failed)
    }

    /// Keeps `event` unless its id is kept, and plans its deliveries.
    pub async fn insert(&self, event: &NewEvent) -> Result<Inserted, StoreError> {
        let inserted = self.pg.transaction("keeping an event", async |tx| insert(tx, event).await).await.map_err(failed)?;
        if matches!(inserted, Inserted::New { .. }) {
            self.inserted.notify_one();
        }
        Ok(inserted)
    }

    pub async fn settle(&self, seq: i64, action: &Value, due_ms: Option<i64>) -> Result<(), StoreError> {
        let sql = "UPDATE smartlead_events SET action = $2, action_due_ms = $3 WHERE seq = $1";
        self.query("recording an action", sql, &[&seq, &action.to_string(), &due_ms]).await.map(drop)
    }

    pub async fn list(&self, filter: &Filter, after: i64, limit: usize) -> Result<Vec<Stored>, StoreError> {
        let sql = format!(
            "SELECT {EVENT_COLUMNS} FROM smartlead_events
             WHERE seq > $1 AND ($2::TEXT IS NULL OR kind = $2) AND ($3::BIGINT IS NULL OR campaign_id = $3) AND ($5::TEXT IS NULL OR account_id = $5) AND (NOT $6 OR account_id IS NULL)
             ORDER BY seq LIMIT $4"
        );
        let campaign = filter.campaign_id.map(|c| c as i64);
        let rows = self.query("listing events", &sql, &[&after, &filter.kind, &campaign, &(limit as i64), &filter.account_id, &filter.own_key]).await?;
        rows.iter().map(stored).collect()
    }

    /// Up to `limit` actions due at `now_ms`, claimed for `lease` by this replica alone.
    pub async fn claim_actions(&self, now_ms: i64, lease: Duration, limit: usize) -> Result<Vec<Stored>, StoreError> {
        let sql = format!(
            "UPDATE smartlead_events SET action_due_ms = $2 WHERE seq IN (
                SELECT seq FROM smartlead_events WHERE action_due_ms IS NOT NULL AND action_due_ms <= $1
                ORDER BY action_due_ms, seq LIMIT $3 FOR UPDATE SKIP LOCKED)
             RETURNING {EVENT_COLUMNS}"
        );
        let until = now_ms + lease.as_millis() as i64;
        let rows = self.query("claiming due actions", &sql, &[&now_ms, &until, &(limit as i64)]).await?;
        rows.iter().map(stored).collect()
    }

    pub async fn next_due(&self) -> Result<Option<i64>, StoreError> {
        let rows = self.query("reading when an action falls due", "SELECT MIN(action_due_ms) FROM smartlead_events", &[]).await?;
        Ok(rows.first().and_then(|r| r.get(0)))
    }

    pub async fn subscribe(&self, new: &NewSubscription) -> Result<(Subscription, String), StoreError> {
        let (id, secret, now) = (format!("{ID_PREFIX}{}", random_hex()), new_secret(), super::now_ms());
        let kinds = new.kinds.as_ref().map(|k| json!(k).to_string());
        let sql = format!("INSERT INTO smartlead_event_subscriptions (id, url, kinds, account_id, secret, created_at_ms) VALUES ($1, $2, $3, $4, $5, $6) RETURNING {SUBSCRIPTION_COLUMNS}");
        let rows = self.query("keeping a subscription", &sql, &[&id, &new.url, &kinds, &new.integrated_account_id, &secret, &now]).await?;
        Ok((subscription(rows.first().ok_or_else(|| failed("the subscription was not kept".into()))?), secret))
    }

    pub async fn unsubscribe(&self, id: &str) -> Result<Option<Subscription>, StoreError> {
        let sql = format!(
            "WITH gone AS (DELETE FROM smartlead_event_subscriptions WHERE id = $1 RETURNING {SUBSCRIPTION_COLUMNS}),
                  undone AS (DELETE FROM smartlead_event_deliveries WHERE subscription_id = $1 AND status = 'pending')
             SELECT {SUBSCRIPTION_COLUMNS} FROM gone"
        );
        Ok(self.query("removing a subscription", &sql, &[&id]).await?.first().map(subscription))
    }

    pub async fn rotate_secret(&self, id: &str) -> Result<Option<(Subscription, String)>, StoreError> {
        let secret = new_secret();
        let sql = format!("UPDATE smartlead_event_subscriptions SET secret = $2 WHERE id = $1 RETURNING {SUBSCRIPTION_COLUMNS}");
        Ok(self.query("rotating a secret", &sql, &[&id, &secret]).await?.first().map(|r| (subscription(r), secret)))
    }

    pub async fn enable(&self, id: &str) -> Result<Option<Subscription>, StoreError> {
        let sql = format!("UPDATE smartlead_event_subscriptions SET disabled_at_ms = NULL, disabled_reason = NULL WHERE id = $1 RETURNING {SUBSCRIPTION_COLUMNS}");
        Ok(self.query("enabling a subscription", &sql, &[&id]).await?.first().map(subscription))
    }

    pub async fn subscriptions(&self) -> Result<Vec<Subscription>, StoreError> {
        let sql = format!("SELECT {SUBSCRIPTION_COLUMNS} FROM smartlead_event_subscriptions ORDER BY created_at_ms, id");
        Ok(self.query("listing subscriptions", &sql, &[]).await?.iter().map(subscription).collect())
    }

    pub async fn subscription(&self, id: &str) -> Result<Option<Subscription>, StoreError> {
        let sql = format!("SELECT {SUBSCRIPTION_COLUMNS} FROM smartlead_event_subscriptions WHERE id = $1");
        Ok(self.query("reading a subscription", &sql, &[&id]).await?.first().map(subscription))
    }

    pub async fn deliveries(&self, event_id: &str) -> Result<Option<Vec<Delivery>>, StoreError> {
        let found = self.query("finding an event", "SELECT seq FROM smartlead_events WHERE id = $1", &[&event_id]).await?;
        let Some(seq) = found.first().map(|r| r.get::<_, i64>(0)) else { return Ok(None) };
        let sql = "SELECT d.subscription_id, COALESCE(s.url, ''), d.status, d.attempts, d.last_status, d.last_error, d.due_ms, d.delivered_at_ms
             FROM smartlead_event_deliveries d LEFT JOIN smartlead_event_subscriptions s ON s.id = d.subscription_id WHERE d.event_seq = $1 ORDER BY d.id";
        let rows = self.query("listing deliveries", sql, &[&seq]).await?;
        Ok(Some(
            rows.iter()
                .map(|r| {
                    let status: String = r.get(2);
                    let pending = status == "pending";
                    Delivery {
                        subscription_id: r.get(0),
                        url: r.get(1),
                        status,
                        attempts: r.get::<_, i32>(3) as u32,
                        last_status: r.get::<_, Option<i32>>(4).map(|s| s as u16),
                        last_error: r.get(5),
                        next_attempt_at: r.get::<_, Option<i64>>(6).filter(|_| pending).map(rfc3339),
                        delivered_at: r.get::<_, Option<i64>>(7).map(rfc3339),
                    }
                })
                .collect(),
        ))
    }

    /// As the SQLite file's, with each delivery claimed by this replica alone.
    pub async fn claim_due(&self, now_ms: i64, lease: Duration, limit: usize) -> Result<Vec<Due>, StoreError> {
        let sql = "UPDATE smartlead_event_deliveries d SET due_ms = $2
             FROM smartlead_events e, smartlead_event_subscriptions s
             WHERE d.id IN (SELECT d2.id FROM smartlead_event_deliveries d2 JOIN smartlead_event_subscriptions s2 ON s2.id = d2.subscription_id
                            WHERE d2.status = 'pending' AND d2.due_ms <= $1 AND s2.disabled_at_ms IS NULL
                            ORDER BY d2.due_ms, d2.id LIMIT $3 FOR UPDATE OF d2 SKIP LOCKED)
               AND e.seq = d.event_seq AND s.id = d.subscription_id
             RETURNING d.id, d.attempts, e.id, e.event, s.id, s.url, s.secret";
        let until = now_ms + lease.as_millis() as i64;
        let rows = self.query("claiming due deliveries", sql, &[&now_ms, &until, &(limit as i64)]).await?;
        Ok(rows
            .iter()
            .map(|r| Due { id: r.get(0), attempts: r.get::<_, i32>(1) as u32, event_id: r.get(2), body: r.get(3), subscription_id: r.get(4), url: r.get(5), secret: r.get(6) })
            .collect())
    }

    pub async fn settle_delivery(&self, due: &Due, settled: &Settled) -> Result<(), StoreError> {
        let now = super::now_ms();
        let update = "UPDATE smartlead_event_deliveries SET status = $2, attempts = attempts + 1, due_ms = $3, last_status = $4, last_error = $5, delivered_at_ms = $6 WHERE id = $1";
        let status = |s: Option<u16>| s.map(i32::from);
        let (state, due_ms, last_status, error, delivered_at) = match settled {
            Settled::Delivered { status: s } => ("delivered", None, Some(i32::from(*s)), None, Some(now)),
            Settled::Again { status: s, error, due_ms } => ("pending", Some(*due_ms), status(*s), Some(error.as_str()), None),
            Settled::Failed { status: s, error, .. } => ("failed", None, status(*s), Some(error.as_str()), None),
        };
        let params: [&(dyn tokio_postgres::types::ToSql + Sync); 6] = [&due.id, &state, &due_ms, &last_status, &error, &delivered_at];
        let Settled::Failed { disable: Some(reason), .. } = settled else {
            // One statement needs no transaction, so outcomes never queue behind the
            // writer that numbers new events.
            return self.query("recording a delivery", update, &params).await.map(drop);
        };
        self.pg
            .transaction("recording a delivery", async |tx| {
                tx.execute(update, &params).await?;
                disable_subscription(tx, &due.subscription_id, reason, now).await
            })
            .await
            .map_err(failed)
    }

    pub async fn redeliver(&self, after: i64, until: Option<i64>, subscription: Option<&str>) -> Result<usize, StoreError> {
        let now = super::now_ms();
        let sql = "INSERT INTO smartlead_event_deliveries (event_seq, subscription_id, status, due_ms, created_at_ms)
             SELECT e.seq, s.id, 'pending', $4, $4 FROM smartlead_events e CROSS JOIN smartlead_event_subscriptions s
             WHERE e.seq > $1 AND ($2::BIGINT IS NULL OR e.seq <= $2) AND ($3::TEXT IS NULL OR s.id = $3) AND s.disabled_at_ms IS NULL
               AND (s.kinds IS NULL OR s.kinds::jsonb ? e.kind)
               AND (s.account_id IS NULL OR s.account_id = e.account_id)
             ON CONFLICT (event_seq, subscription_id) DO UPDATE SET status = 'pending', attempts = 0, due_ms = $4, last_status = NULL, last_error = NULL, delivered_at_ms = NULL";
        let client = self.pg.client().await.map_err(failed)?;
        let planned = client.execute(sql, &[&after, &until, &subscription, &now]).await.map_err(|e| failed(format!("planning deliveries again: {e}")))?;
        Ok(planned as usize)
    }

    pub async fn prune(&self, before_ms: i64) -> Result<usize, StoreError> {
        let sql = "WITH settled AS (
                 SELECT seq FROM smartlead_events e WHERE e.received_at_ms < $1 AND e.action_due_ms IS NULL
                   AND NOT EXISTS (SELECT 1 FROM smartlead_event_deliveries d WHERE d.event_seq = e.seq AND d.status = 'pending')),
               undone AS (DELETE FROM smartlead_event_deliveries WHERE event_seq IN (SELECT seq FROM settled))
             DELETE FROM smartlead_events WHERE seq IN (SELECT seq FROM settled)";
        let client = self.pg.client().await.map_err(failed)?;
        let removed = client.execute(sql, &[&before_ms]).await.map_err(|e| failed(format!("removing settled events: {e}")))?;
        Ok(removed as usize)
    }

    pub async fn next_delivery_due(&self) -> Result<Option<i64>, StoreError> {
        let rows = self.query("reading when a delivery falls due", "SELECT MIN(due_ms) FROM smartlead_event_deliveries WHERE status = 'pending'", &[]).await?;
        Ok(rows.first().and_then(|r| r.get(0)))
    }
}

/// Keeps `e` unless its id is kept, numbered under the lock, and plans its deliveries,
/// in the transaction `tx`.
async fn insert(tx: &Transaction<'_>, e: &NewEvent) -> Result<Inserted, tokio_postgres::Error> {
    tx.execute("SELECT pg_advisory_xact_lock($1)", &[&NUMBERING_LOCK]).await?;
    let sql = "INSERT INTO smartlead_events (id, kind, campaign_id, received_at_ms, event, action, action_due_ms, account_id)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT (id) DO NOTHING RETURNING seq";
    let campaign = e.campaign_id.map(|c| c as i64);
    let action = e.action.as_ref().map(Value::to_string);
    let added = tx.query_opt(sql, &[&e.id, &e.kind, &campaign, &e.received_at_ms, &e.event.to_string(), &action, &e.action_due_ms, &e.account_id]).await?;
    let Some(added) = added else { return Ok(Inserted::Duplicate) };
    let seq: i64 = added.get(0);
    let fan_out = "INSERT INTO smartlead_event_deliveries (event_seq, subscription_id, status, due_ms, created_at_ms)
         SELECT $1, id, 'pending', $4, $4 FROM smartlead_event_subscriptions
         WHERE disabled_at_ms IS NULL AND (kinds IS NULL OR kinds::jsonb ? $2::TEXT) AND (account_id IS NULL OR account_id = $3)";
    tx.execute(fan_out, &[&seq, &e.kind, &e.account_id, &e.received_at_ms]).await?;
    Ok(Inserted::New { seq })
}

/// Disables `id` and keeps a `subscription.disabled` event saying why.
async fn disable_subscription(tx: &Transaction<'_>, id: &str, reason: &str, now: i64) -> Result<(), tokio_postgres::Error> {
    let sql = format!("UPDATE smartlead_event_subscriptions SET disabled_at_ms = $2, disabled_reason = $3 WHERE id = $1 RETURNING {SUBSCRIPTION_COLUMNS}");
    let Some(row) = tx.query_opt(&sql, &[&id, &now, &reason]).await? else { return Ok(()) };
    let event_id = format!("evt_{}", random_hex());
    let event = json!({"id": event_id, "kind": SUBSCRIPTION_DISABLED, "subscription": subscription(&row), "reason": reason});
    let new = NewEvent { id: event_id, kind: SUBSCRIPTION_DISABLED.into(), campaign_id: None, received_at_ms: now, event, action: None, action_due_ms: None, account_id: None };
    insert(tx, &new).await.map(drop)
}

fn stored(r: &tokio_postgres::Row) -> Result<Stored, StoreError> {
    let seq: i64 = r.get(0);
    let json = |text: &str| serde_json::from_str(text).map_err(|e| StoreError(format!("event {seq} in the database is not JSON: {e}")));
    let action: Option<String> = r.get(3);
    Ok(Stored { seq, received_at_ms: r.get(1), event: json(r.get(2))?, action: action.as_deref().map(json).transpose()?, account_id: r.get(4) })
}

fn subscription(r: &tokio_postgres::Row) -> Subscription {
    let kinds: Option<String> = r.get(2);
    Subscription {
        id: r.get(0),
        url: r.get(1),
        kinds: kinds.and_then(|k| serde_json::from_str(&k).ok()),
        integrated_account_id: r.get(3),
        created_at: rfc3339(r.get(4)),
        disabled_at: r.get::<_, Option<i64>>(5).map(rfc3339),
        disabled_reason: r.get(6),
    }
}
