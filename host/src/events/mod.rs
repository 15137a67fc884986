//! Webhook events on the host side: where `smartlead serve` keeps what the component's
//! receiver read (the `store`), the in-host address the component hands each event to
//! (the `sink`), and the listing in the usual page envelope (the `feed`). Below the
//! surfaces and beside the egress; it never sees a key.

pub mod feed;
pub mod sink;
pub mod store;

use smartlead_component::surfaces::gateway::receiver::WEBHOOK_SECRET_VAR;
use crate::fleet::RateStore;
use std::path::PathBuf;
use std::sync::Arc;
use store::{EventStore, StoreError};
use tokio::sync::{Notify, OnceCell};

/// Where events are kept when no `--events-db` is given.
pub const DEFAULT_EVENTS_DB: &str = "smartlead-events.db";

/// The webhook options of `smartlead serve`.
#[derive(Debug, Clone, Default, clap::Args)]
pub struct EventsArgs {
    /// The SQLite file webhook events are kept in, opened (and created) at start; without
    /// it, smartlead-events.db here, created when the first event arrives.
    #[arg(long, value_name = "PATH", env = "SMARTLEAD_EVENTS_DB")]
    pub events_db: Option<PathBuf>,
    /// Refuse deliveries (503, so Smartlead retries them) once the file holds this many MiB.
    #[arg(long, value_name = "MIB", value_parser = clap::value_parser!(u64).range(1..))]
    pub events_max_mib: Option<u64>,
    /// The secret Smartlead signs deliveries with (X-Smartlead-Signature) or puts in
    /// them (secret_key); deliveries that match neither are refused 401.
    #[arg(long, env = WEBHOOK_SECRET_VAR, hide_env_values = true)]
    pub webhook_secret: Option<String>,
    /// On each EMAIL_REPLY, pause that lead in that campaign and, with category=NAME,
    /// set its lead category (by name, e.g. pause,category=Interested); uses this
    /// host's API key, once per event.
    #[arg(long, value_name = "pause[,category=NAME]", value_parser = ReplyPlan::parse)]
    pub on_reply: Option<ReplyPlan>,
}

/// What to do when a prospect replies.
#[derive(Debug, Clone, PartialEq)]
pub struct ReplyPlan {
    /// The lead category to set, by name, along with the pause.
    pub category: Option<String>,
}

impl ReplyPlan {
    /// `pause` or `pause,category=NAME`.
    pub fn parse(text: &str) -> Result<ReplyPlan, String> {
        let mut parts = text.split(',').map(str::trim);
        if parts.next() != Some("pause") {
            return Err(format!("{text:?}: the action is `pause`, optionally with a category: pause,category=Interested"));
        }
        let mut plan = ReplyPlan { category: None };
        for part in parts {
            match part.split_once('=') {
                Some(("category", name)) if !name.trim().is_empty() && plan.category.is_none() => plan.category = Some(name.trim().to_string()),
                _ => return Err(format!("{part:?} is not an option of pause: the one option is category=NAME, given once")),
            }
        }
        Ok(plan)
    }
}

/// The events of one `smartlead serve`: the database (opened on first use unless opened
/// at start), the secret and what to do on a reply.
pub struct Events {
    path: PathBuf,
    max_bytes: Option<u64>,
    store: OnceCell<Arc<EventStore>>,
    pub secret: Option<String>,
    pub on_reply: Option<ReplyPlan>,
    /// Woken when an action is planned, so the reply router need not poll.
    pub planned: Notify,
    /// Where replicas record the deliveries they took, so each is kept and acted on once.
    pub fleet: Option<Arc<RateStore>>,
}

impl Events {
    pub fn new(args: &EventsArgs, fleet: Option<Arc<RateStore>>) -> Events {
        Events {
            path: args.events_db.clone().unwrap_or_else(|| DEFAULT_EVENTS_DB.into()),
            max_bytes: args.events_max_mib.map(|mib| mib << 20),
            store: OnceCell::new(),
            secret: args.webhook_secret.clone().filter(|s| !s.is_empty()),
            on_reply: args.on_reply.clone(),
            planned: Notify::new(),
            fleet,
        }
    }

    /// The database, opened (and created) on first use.
    pub async fn store(&self) -> Result<&Arc<EventStore>, StoreError> {
        self.store
            .get_or_try_init(|| async {
                let (path, max) = (self.path.clone(), self.max_bytes);
                let opened = tokio::task::spawn_blocking(move || EventStore::open(&path, max)).await;
                opened.map_err(|e| StoreError(format!("opening the events database: {e}")))?.map(Arc::new)
            })
            .await
    }
}

/// Milliseconds since the Unix epoch.
pub fn now_ms() -> i64 {
    std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_millis() as i64)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_reply_action_reads_as_documented() {
        assert_eq!(ReplyPlan::parse("pause"), Ok(ReplyPlan { category: None }));
        assert_eq!(ReplyPlan::parse("pause, category=Meeting Request"), Ok(ReplyPlan { category: Some("Meeting Request".into()) }));
        for bad in ["", "stop", "pause,category=", "pause,colour=red", "pause,category=a,category=b"] {
            assert!(ReplyPlan::parse(bad).is_err(), "{bad:?}");
        }
    }
}
