//! Webhook events on the host side: where `smartlead serve` keeps what the component's
//! receiver read (the `store`), taking each event it read (the `intake`), the listing in the usual page envelope (the `feed`), and the signed
//! deliveries to the platform's subscriptions (the `outbox`). Below the surfaces and
//! beside the egress; it never sees a key.

pub mod db;
pub mod feed;
pub mod intake;
pub mod outbox;
mod postgres;
pub mod store;

use smartlead_component::surfaces::gateway::receiver::WEBHOOK_SECRET_VAR;
use crate::fleet::FleetStore;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::Arc;
use db::Store;
use store::StoreError;
use tokio::sync::{Notify, OnceCell};

/// Where events are kept when no `--events-db` is given.
pub const DEFAULT_EVENTS_DB: &str = "smartlead-events.db";

/// `--events-db`: where `serve` keeps webhook events and `events list` reads them.
#[derive(Debug, Clone, Default, clap::Args)]
pub struct EventsDb {
    /// Where events are kept: an SQLite file [default: smartlead-events.db here], or
    /// postgres://USER@HOST:PORT/DB shared by replicas (one feed). `serve` opens (and
    /// creates) a file named here at start; the default one it creates when the first
    /// event arrives.
    #[arg(long, value_name = "PATH|URL", env = "SMARTLEAD_EVENTS_DB")]
    pub events_db: Option<PathBuf>,
}

impl EventsDb {
    /// The file: the one named, else the default.
    pub fn path(&self) -> PathBuf {
        self.events_db.clone().unwrap_or_else(|| DEFAULT_EVENTS_DB.into())
    }

    /// The events kept, for a reader that goes on without them (a sync): none when no
    /// database was named and the default file does not exist (this host never kept an
    /// event); one that was named must open.
    pub async fn kept(&self) -> Result<Option<Store>, StoreError> {
        if self.events_db.is_none() && !self.path().exists() {
            return Ok(None);
        }
        Store::open(&self.path(), None, false).await.map(Some)
    }
}

/// The webhook options of `smartlead serve`.
#[derive(Debug, Clone, clap::Args)]
pub struct EventsArgs {
    #[command(flatten)]
    pub store: EventsDb,
    /// Refuse deliveries (503, so Smartlead retries them) once the file holds this many MiB.
    #[arg(long, value_name = "MIB", value_parser = clap::value_parser!(u64).range(1..))]
    pub events_max_mib: Option<u64>,
    /// The secret Smartlead signs deliveries with (X-Smartlead-Signature) or puts in
    /// them (secret_key); deliveries that match neither are refused 401. Beyond
    /// loopback, webhooks are received only with it.
    #[arg(long, env = WEBHOOK_SECRET_VAR, hide_env_values = true, value_parser = secret)]
    pub webhook_secret: Option<String>,
    /// On each EMAIL_REPLY, pause that lead in that campaign and, with category=NAME,
    /// set its lead category (by name, e.g. pause,category=Interested); uses this
    /// host's API key, once per event.
    #[arg(long, value_name = "pause[,category=NAME]", value_parser = ReplyAction::parse)]
    pub on_reply: Option<ReplyAction>,
    /// The waits between attempts to deliver an event to a subscription; once they are
    /// spent, the subscription is disabled.
    #[arg(long, value_name = "WAITS", default_value = outbox::DEFAULT_SCHEDULE, value_parser = outbox::Schedule::parse)]
    pub delivery_schedule: outbox::Schedule,
    /// How long a subscription's endpoint has to answer one delivery, e.g. 15s; an
    /// attempt cut short by the process dying is made again twice this long after.
    #[arg(long, value_name = "TIME", default_value = "15s", value_parser = crate::core::duration::parse)]
    pub delivery_timeout: std::time::Duration,
    /// Remove settled events (and their deliveries) received longer ago than this, e.g.
    /// 30d; checked every hour. Events whose action or delivery is pending stay.
    #[arg(long, value_name = "AGE", value_parser = crate::core::duration::parse)]
    pub events_retention: Option<std::time::Duration>,
}

impl Default for EventsArgs {
    fn default() -> Self {
        let outbox = outbox::Options::default();
        EventsArgs {
            store: EventsDb::default(),
            events_max_mib: None,
            webhook_secret: None,
            on_reply: None,
            delivery_schedule: outbox.schedule,
            delivery_timeout: outbox.timeout,
            events_retention: None,
        }
    }
}

impl EventsArgs {
    /// How the outbox delivers.
    pub fn outbox(&self) -> outbox::Options {
        outbox::Options { schedule: self.delivery_schedule.clone(), timeout: self.delivery_timeout }
    }
}

/// A webhook secret is never empty: an empty one is what an unset variable in a
/// script gives, and taking it for "no secret" would keep unsigned deliveries.
fn secret(text: &str) -> Result<String, String> {
    if text.trim().is_empty() {
        return Err("the webhook secret is empty (an unset variable?): give the secret Smartlead signs deliveries with, or leave --webhook-secret out".into());
    }
    Ok(text.to_string())
}

impl EventsArgs {
    /// Whether `serve` on `addr` receives webhooks: always on loopback; beyond it only
    /// with a secret, since an unsigned delivery there could come from anyone. Asking
    /// beyond loopback for what needs the receiver (`--events-db`, `--on-reply`) without
    /// a secret is refused.
    pub fn receiver_on(&self, addr: SocketAddr) -> Result<bool, String> {
        if addr.ip().is_loopback() || self.webhook_secret.is_some() {
            return Ok(true);
        }
        if self.store.events_db.is_some() || self.on_reply.is_some() {
            return Err(format!(
                "refusing to receive webhooks on {addr} without a secret: anyone who reaches it could post events (and, with --on-reply, pause leads); give --webhook-secret (or {WEBHOOK_SECRET_VAR}), or listen on 127.0.0.1"
            ));
        }
        Ok(false)
    }
}

/// What to do when a prospect replies.
#[derive(Debug, Clone, PartialEq)]
pub struct ReplyAction {
    /// The lead category to set, by name, along with the pause.
    pub category: Option<String>,
}

impl ReplyAction {
    /// `pause` or `pause,category=NAME`.
    pub fn parse(text: &str) -> Result<ReplyAction, String> {
        let mut parts = text.split(',').map(str::trim);
        if parts.next() != Some("pause") {
            return Err(format!("{text:?}: the action is `pause`, optionally with a category: pause,category=Interested"));
        }
        let mut plan = ReplyAction { category: None };
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
    store: OnceCell<Store>,
    pub secret: Option<String>,
    pub on_reply: Option<ReplyAction>,
    /// Woken when an action is planned, so the reply router need not poll.
    pub planned: Notify,
    /// Where replicas record the deliveries they took, so each is kept and acted on once.
    pub fleet: Option<Arc<FleetStore>>,
    /// Whether webhooks are received into it; when not, it keeps the host's own
    /// (account) events alone.
    pub receiving: bool,
}

impl Events {
    pub fn new(args: &EventsArgs, fleet: Option<Arc<FleetStore>>) -> Events {
        Events {
            path: args.store.path(),
            max_bytes: args.events_max_mib.map(|mib| mib << 20),
            store: OnceCell::new(),
            secret: args.webhook_secret.clone().filter(|s| !s.is_empty()),
            on_reply: args.on_reply.clone(),
            planned: Notify::new(),
            fleet,
            receiving: true,
        }
    }

    /// The database if it was opened already: the outbox waits for it rather than create
    /// a file no event has asked for.
    pub fn opened(&self) -> Option<&Store> {
        self.store.get()
    }

    /// The database, opened (and a file created) on first use.
    pub async fn store(&self) -> Result<&Store, StoreError> {
        self.store.get_or_try_init(|| Store::open(&self.path, self.max_bytes, true)).await
    }
}

/// How often `--events-retention` prunes.
const PRUNE_EVERY: std::time::Duration = std::time::Duration::from_secs(3600);

/// Removes settled events older than `age` now and every hour, until the process ends.
pub async fn keep_for(events: Arc<Events>, age: std::time::Duration) {
    loop {
        let pruned = match events.store().await {
            Ok(store) => store.prune(now_ms() - age.as_millis() as i64).await,
            Err(e) => Err(e),
        };
        match pruned {
            Ok(0) => {}
            Ok(removed) => tracing::info!(removed, "settled events past their retention removed"),
            Err(e) => tracing::error!(error = %e, "events past their retention could not be removed"),
        }
        tokio::time::sleep(PRUNE_EVERY).await;
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
        assert_eq!(ReplyAction::parse("pause"), Ok(ReplyAction { category: None }));
        assert_eq!(ReplyAction::parse("pause, category=Meeting Request"), Ok(ReplyAction { category: Some("Meeting Request".into()) }));
        for bad in ["", "stop", "pause,category=", "pause,colour=red", "pause,category=a,category=b"] {
            assert!(ReplyAction::parse(bad).is_err(), "{bad:?}");
        }
    }

    #[test]
    fn beyond_loopback_webhooks_are_received_only_with_a_secret() {
        let (public, local): (SocketAddr, SocketAddr) = ("0.0.0.0:8080".parse().unwrap(), "127.0.0.1:8080".parse().unwrap());
        let none = EventsArgs::default();
        assert_eq!((none.receiver_on(local), none.receiver_on(public)), (Ok(true), Ok(false)));
        let signed = EventsArgs { webhook_secret: Some("s".into()), ..EventsArgs::default() };
        assert_eq!(signed.receiver_on(public), Ok(true));
        for asked in [EventsArgs { store: EventsDb { events_db: Some("e.db".into()) }, ..EventsArgs::default() }, EventsArgs { on_reply: Some(ReplyAction { category: None }), ..EventsArgs::default() }] {
            assert!(asked.receiver_on(public).unwrap_err().contains("--webhook-secret"));
            assert_eq!(asked.receiver_on(local), Ok(true));
        }
        for blank in ["", "  "] {
            assert!(secret(blank).unwrap_err().contains("empty"));
        }
    }
}
