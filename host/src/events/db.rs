//! The events database wherever it is: an SQLite file (one host) or Postgres (replicas
//! sharing one feed). Every reader and writer of events, actions, subscriptions and
//! deliveries goes through [`Store`], which holds either.

use super::outbox::subscriptions::{Delivery, Due, NewSubscription, Settled, Subscription};
use super::postgres::PgEvents;
use super::store::{EventStore, Filter, Inserted, NewEvent, StoreError, Stored};
use serde_json::Value;
use std::path::Path;
use std::sync::Arc;
use std::time::Duration;

/// The events database, opened.
#[derive(Clone)]
pub enum Store {
    Sqlite(Arc<EventStore>),
    Postgres(Arc<PgEvents>),
}

impl Store {
    /// The database at `location`: a postgres:// URL, or an SQLite file (made when
    /// `create`, else it must exist); with `max_bytes`, a file refuses writes beyond it.
    pub async fn open(location: &Path, max_bytes: Option<u64>, create: bool) -> Result<Store, StoreError> {
        let text = location.to_string_lossy();
        if crate::core::pg::is_url(&text) {
            return Ok(Store::Postgres(Arc::new(PgEvents::connect(&text).await?)));
        }
        let path = location.to_path_buf();
        let opened = tokio::task::spawn_blocking(move || {
            if !create {
                super::store::Reader::open(&path)?;
            }
            EventStore::open(&path, max_bytes)
        });
        Ok(Store::Sqlite(Arc::new(opened.await.map_err(|e| StoreError(format!("opening the events database: {e}")))??)))
    }

    /// Woken when this process keeps a new event.
    pub fn inserted(&self) -> &tokio::sync::Notify {
        match self {
            Store::Sqlite(s) => &s.inserted,
            Store::Postgres(p) => &p.inserted,
        }
    }

    pub async fn insert(&self, event: NewEvent) -> Result<Inserted, StoreError> {
        match self {
            Store::Sqlite(s) => s.insert(event).await,
            Store::Postgres(p) => p.insert(&event).await,
        }
    }

    pub async fn settle(&self, seq: i64, action: Value, due_ms: Option<i64>) -> Result<(), StoreError> {
        match self {
            Store::Sqlite(s) => s.settle(seq, action, due_ms).await,
            Store::Postgres(p) => p.settle(seq, &action, due_ms).await,
        }
    }

    /// Up to `limit` events after `after`, in their one order.
    pub async fn list(&self, filter: Filter, after: i64, limit: usize) -> Result<Vec<Stored>, StoreError> {
        match self {
            Store::Sqlite(s) => s.read(move |r| r.list(&filter, after, limit)).await,
            Store::Postgres(p) => p.list(&filter, after, limit).await,
        }
    }

    /// Up to `limit` reply actions due at `now_ms`, each claimed for `lease` by this
    /// process alone (another replica's claim that ran out is taken again).
    pub async fn claim_actions(&self, now_ms: i64, lease: Duration, limit: usize) -> Result<Vec<Stored>, StoreError> {
        match self {
            Store::Sqlite(s) => s.claim_actions(now_ms, lease, limit).await,
            Store::Postgres(p) => p.claim_actions(now_ms, lease, limit).await,
        }
    }

    /// When the next reply action falls due.
    pub async fn next_due(&self) -> Result<Option<i64>, StoreError> {
        match self {
            Store::Sqlite(s) => s.read(|r| r.next_due()).await,
            Store::Postgres(p) => p.next_due().await,
        }
    }

    pub async fn subscribe(&self, new: NewSubscription) -> Result<(Subscription, String), StoreError> {
        match self {
            Store::Sqlite(s) => s.subscribe(new).await,
            Store::Postgres(p) => p.subscribe(&new).await,
        }
    }

    pub async fn unsubscribe(&self, id: &str) -> Result<Option<Subscription>, StoreError> {
        match self {
            Store::Sqlite(s) => s.unsubscribe(id).await,
            Store::Postgres(p) => p.unsubscribe(id).await,
        }
    }

    pub async fn rotate_secret(&self, id: &str) -> Result<Option<(Subscription, String)>, StoreError> {
        match self {
            Store::Sqlite(s) => s.rotate_secret(id).await,
            Store::Postgres(p) => p.rotate_secret(id).await,
        }
    }

    pub async fn enable(&self, id: &str) -> Result<Option<Subscription>, StoreError> {
        match self {
            Store::Sqlite(s) => s.enable(id).await,
            Store::Postgres(p) => p.enable(id).await,
        }
    }

    pub async fn subscriptions(&self) -> Result<Vec<Subscription>, StoreError> {
        match self {
            Store::Sqlite(s) => s.read(|r| r.subscriptions()).await,
            Store::Postgres(p) => p.subscriptions().await,
        }
    }

    pub async fn subscription(&self, id: &str) -> Result<Option<Subscription>, StoreError> {
        let id = id.to_string();
        match self {
            Store::Sqlite(s) => s.read(move |r| r.subscription(&id)).await,
            Store::Postgres(p) => p.subscription(&id).await,
        }
    }

    /// The deliveries of the event `event_id`, or none when no event has that id.
    pub async fn deliveries(&self, event_id: &str) -> Result<Option<Vec<Delivery>>, StoreError> {
        let id = event_id.to_string();
        match self {
            Store::Sqlite(s) => s.read(move |r| r.deliveries(&id)).await,
            Store::Postgres(p) => p.deliveries(&id).await,
        }
    }

    pub async fn claim_due(&self, now_ms: i64, lease: Duration, limit: usize) -> Result<Vec<Due>, StoreError> {
        match self {
            Store::Sqlite(s) => s.claim_due(now_ms, lease, limit).await,
            Store::Postgres(p) => p.claim_due(now_ms, lease, limit).await,
        }
    }

    pub async fn settle_delivery(&self, due: &Due, settled: Settled) -> Result<(), StoreError> {
        match self {
            Store::Sqlite(s) => s.settle_delivery(due, settled).await,
            Store::Postgres(p) => p.settle_delivery(due, &settled).await,
        }
    }

    pub async fn redeliver(&self, after: i64, until: Option<i64>, subscription: Option<String>) -> Result<usize, StoreError> {
        match self {
            Store::Sqlite(s) => s.redeliver(after, until, subscription).await,
            Store::Postgres(p) => p.redeliver(after, until, subscription.as_deref()).await,
        }
    }

    pub async fn prune(&self, before_ms: i64) -> Result<usize, StoreError> {
        match self {
            Store::Sqlite(s) => s.prune(before_ms).await,
            Store::Postgres(p) => p.prune(before_ms).await,
        }
    }

    pub async fn next_delivery_due(&self) -> Result<Option<i64>, StoreError> {
        match self {
            Store::Sqlite(s) => s.read(|r| r.next_delivery_due()).await,
            Store::Postgres(p) => p.next_delivery_due().await,
        }
    }
}
