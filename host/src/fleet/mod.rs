//! State replicas share through Redis (`--fleet-store`): each key's pacing windows and
//! pauses, and the webhook deliveries seen. Redis keys carry the tenant hash, never a
//! key. Every round trip is bounded; when Redis does not answer, the caller goes on
//! alone (its local pacer, its own database), with one warning a minute and a count in
//! `/metrics`, and comes back to Redis once it answers again. Nothing here fails a call.

pub mod deliveries;
pub mod windows;

use crate::core::metrics::Metrics;
use redis::aio::{ConnectionManager, ConnectionManagerConfig};
use std::future::Future;
use std::hash::Hasher;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// Where the fleet store is named, besides `--fleet-store`.
pub const FLEET_STORE_VAR: &str = "SMARTLEAD_FLEET_STORE";
/// A round trip that takes longer counts as Redis being down for this request.
const ROUND_TRIP_LIMIT: Duration = Duration::from_millis(250);
/// After a failure, requests go on alone this long before Redis is asked again, so an
/// unreachable Redis costs one bounded wait a second, not one per request.
const RETRY_AFTER: Duration = Duration::from_secs(1);
/// At most one warning this often while Redis is down.
const WARN_EVERY: Duration = Duration::from_secs(60);
/// Every key this host writes starts so.
const PREFIX: &str = "smartlead:";

/// The shared store of a fleet of replicas.
pub struct FleetStore {
    client: redis::Client,
    /// Made on first use (and tried again on the next use while it cannot be); it
    /// reconnects by itself after that.
    connection: tokio::sync::OnceCell<ConnectionManager>,
    /// Until when requests do not ask Redis, after it failed.
    down_until: Mutex<Option<Instant>>,
    last_warning: Mutex<Option<Instant>>,
    metrics: Arc<Metrics>,
    /// This replica's name in what it writes, and how many turns it named so far.
    replica: String,
    turns: AtomicU64,
    /// The server, without a password, for messages.
    pub shown: String,
}

/// What a request uses a shared store for, as `/metrics` labels the fallbacks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Operation {
    Pace,
    Hold,
    Dedupe,
}

impl Operation {
    pub fn name(self) -> &'static str {
        match self {
            Operation::Pace => "pace",
            Operation::Hold => "hold",
            Operation::Dedupe => "dedupe",
        }
    }
}

impl FleetStore {
    /// The store at `url` (`redis://HOST:PORT/DB`); connected on first use.
    pub fn new(url: &str, metrics: Arc<Metrics>) -> Result<FleetStore, String> {
        let client = redis::Client::open(url).map_err(|e| format!("--fleet-store is not a Redis URL such as redis://127.0.0.1:6379/0: {e}"))?;
        let info = client.get_connection_info();
        let shown = format!("redis://{}/{}", info.addr, info.redis.db);
        // Seeded from the OS per process: distinct across replicas.
        let replica = format!("{:016x}", std::hash::BuildHasher::build_hasher(&std::collections::hash_map::RandomState::new()).finish());
        let (connection, down_until, last_warning) = (tokio::sync::OnceCell::new(), Mutex::new(None), Mutex::new(None));
        Ok(FleetStore { client, connection, down_until, last_warning, metrics, replica, turns: AtomicU64::new(0), shown })
    }

    /// A name no other turn of any replica has.
    pub fn fresh_name(&self) -> String {
        format!("{}-{}", self.replica, self.turns.fetch_add(1, Ordering::Relaxed))
    }

    /// The name a tenant's `what` has in Redis.
    pub fn key(what: &str, tenant_hex: &str) -> String {
        format!("{PREFIX}{what}:{tenant_hex}")
    }

    async fn connection(&self) -> Result<ConnectionManager, redis::RedisError> {
        let connection = self.connection.get_or_try_init(|| {
            let config = ConnectionManagerConfig::new()
                .set_connection_timeout(ROUND_TRIP_LIMIT)
                .set_response_timeout(ROUND_TRIP_LIMIT)
                .set_number_of_retries(1);
            ConnectionManager::new_with_config(self.client.clone(), config)
        });
        Ok(connection.await?.clone())
    }

    /// `ask` run against Redis within the round-trip limit; `None` when Redis is down
    /// (or was a moment ago), counted and warned about.
    pub async fn run<T, F, Fut>(&self, operation: Operation, ask: F) -> Option<T>
    where
        F: FnOnce(ConnectionManager) -> Fut,
        Fut: Future<Output = redis::RedisResult<T>>,
    {
        if self.down_until.lock().unwrap_or_else(|e| e.into_inner()).is_some_and(|until| Instant::now() < until) {
            self.metrics.fleet_store_fallback(operation.name());
            return None;
        }
        let started = Instant::now();
        let answer = tokio::time::timeout(ROUND_TRIP_LIMIT, async { ask(self.connection().await?).await }).await;
        match answer {
            Ok(Ok(value)) => {
                self.metrics.fleet_store_round_trip(started.elapsed());
                *self.down_until.lock().unwrap_or_else(|e| e.into_inner()) = None;
                Some(value)
            }
            failed => {
                let why = match failed {
                    Ok(Err(e)) => e.to_string(),
                    _ => format!("no answer in {} ms", ROUND_TRIP_LIMIT.as_millis()),
                };
                *self.down_until.lock().unwrap_or_else(|e| e.into_inner()) = Some(Instant::now() + RETRY_AFTER);
                self.metrics.fleet_store_fallback(operation.name());
                self.warn(&why);
                None
            }
        }
    }

    fn warn(&self, why: &str) {
        let mut last = self.last_warning.lock().unwrap_or_else(|e| e.into_inner());
        if last.is_none_or(|at| at.elapsed() >= WARN_EVERY) {
            *last = Some(Instant::now());
            tracing::warn!(fleet_store = %self.shown, error = %why, "the fleet store does not answer: pacing and webhook dedupe go on locally until it does (counted in smartlead_fleet_store_fallbacks_total)");
        }
    }
}
