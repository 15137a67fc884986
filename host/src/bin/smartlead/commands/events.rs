//! `smartlead events`: the events `smartlead serve` kept, as NDJSON, each with the cursor
//! that resumes after it (`list`, `--follow` to keep printing); the platform's
//! subscriptions to them and their deliveries (`subscribe`, `subscriptions`,
//! `unsubscribe`, `rotate-secret`, `enable`, `deliveries`, `redeliver`); and `prune`. They work on
//! the events database directly, beside a running `serve`.

use clap::Subcommand;
use smartlead_host::core::invalid::invalid;
use smartlead_host::events::db::Store;
use smartlead_host::events::outbox::subscriptions::NewSubscription;
use smartlead_host::events::{EventsDb, feed, now_ms, store};
use std::io::Write;
use std::time::Duration;

/// How often `events list --follow` looks for new events.
const FOLLOW_EVERY: Duration = Duration::from_millis(250);

#[derive(Subcommand)]
pub enum Command {
    /// Print the kept events, oldest first, each with the cursor that resumes after it.
    List {
        #[command(flatten)]
        store: EventsDb,
        /// Only events of this kind, e.g. EMAIL_REPLY or account.linked.
        #[arg(long, value_parser = feed::kind)]
        kind: Option<String>,
        /// Only events of this campaign.
        #[arg(long)]
        campaign_id: Option<u64>,
        /// Only events of this linked account (its id).
        #[arg(long = "integrated-account-id", value_name = "ID")]
        account_id: Option<String>,
        /// Start after this cursor (an event's `cursor`, or /events' `next_cursor`).
        #[arg(long, value_name = "CURSOR", value_parser = feed::decode)]
        after: Option<i64>,
        /// Keep printing events as they arrive.
        #[arg(long)]
        follow: bool,
    },
    /// Deliver events to URL, signed per Standard Webhooks; prints the subscription with
    /// its secret (shown this once).
    Subscribe {
        #[command(flatten)]
        store: EventsDb,
        #[arg(long)]
        url: String,
        /// Only this kind (repeat for several) [default: every kind].
        #[arg(long = "kind", value_name = "KIND")]
        kinds: Vec<String>,
        /// Only this linked account's events (its id).
        #[arg(long = "integrated-account-id", value_name = "ID")]
        account_id: Option<String>,
    },
    /// Print every subscription (never a secret).
    Subscriptions {
        #[command(flatten)]
        store: EventsDb,
    },
    /// Remove a subscription and its deliveries not yet made.
    Unsubscribe {
        #[command(flatten)]
        store: EventsDb,
        id: String,
    },
    /// Give a subscription a new secret, used from the next attempt on; prints it.
    RotateSecret {
        #[command(flatten)]
        store: EventsDb,
        id: String,
    },
    /// Enable a subscription disabled for failing, once its endpoint is mended.
    Enable {
        #[command(flatten)]
        store: EventsDb,
        id: String,
    },
    /// Print what became of an event's deliveries.
    Deliveries {
        #[command(flatten)]
        store: EventsDb,
        /// The event's id.
        event: String,
    },
    /// Deliver the events after a cursor (up to another) again; prints how many.
    Redeliver {
        #[command(flatten)]
        store: EventsDb,
        #[arg(long, value_name = "CURSOR", value_parser = feed::decode)]
        after: i64,
        #[arg(long, value_name = "CURSOR", value_parser = feed::decode)]
        until: Option<i64>,
        /// Only to this subscription.
        #[arg(long, value_name = "ID")]
        subscription: Option<String>,
    },
    /// Remove settled events received longer ago than AGE (e.g. 30d), with their
    /// deliveries; events whose action or delivery is pending stay. Prints how many went.
    Prune {
        #[command(flatten)]
        store: EventsDb,
        #[arg(long, value_name = "AGE", value_parser = smartlead_host::core::duration::parse)]
        older_than: Duration,
    },
}

pub async fn run(command: Command) -> anyhow::Result<()> {
    let print = |value: serde_json::Value| println!("{}", serde_json::to_string_pretty(&value).unwrap_or_default());
    match command {
        Command::List { store: db, kind, campaign_id, account_id, after, follow } => list(&db, store::Filter { kind, campaign_id, account_id, own_key: false }, after, follow).await,
        Command::Subscribe { store: db, url, kinds, account_id } => {
            let kinds = (!kinds.is_empty()).then_some(kinds);
            let new = NewSubscription { url, kinds, integrated_account_id: account_id }.check().map_err(invalid)?;
            let (subscription, secret) = open(&db).await?.subscribe(new).await?;
            Ok(print(serde_json::json!({"result": subscription, "secret": secret})))
        }
        Command::Subscriptions { store: db } => {
            let list = open(&db).await?.subscriptions().await?;
            Ok(print(serde_json::json!({"result": list, "result_count": list.len()})))
        }
        Command::Unsubscribe { store: db, id } => match open(&db).await?.unsubscribe(&id).await? {
            Some(subscription) => Ok(print(serde_json::json!({"result": subscription, "unsubscribed": true}))),
            None => Err(no_subscription(&id)),
        },
        Command::RotateSecret { store: db, id } => match open(&db).await?.rotate_secret(&id).await? {
            Some((subscription, secret)) => Ok(print(serde_json::json!({"result": subscription, "secret": secret}))),
            None => Err(no_subscription(&id)),
        },
        Command::Enable { store: db, id } => match open(&db).await?.enable(&id).await? {
            Some(subscription) => Ok(print(serde_json::json!({"result": subscription}))),
            None => Err(no_subscription(&id)),
        },
        Command::Deliveries { store: db, event } => match open(&db).await?.deliveries(&event).await? {
            Some(list) => Ok(print(serde_json::json!({"result": list, "result_count": list.len()}))),
            None => Err(invalid(format!("no kept event has the id {event:?}: `smartlead events list` shows them"))),
        },
        Command::Redeliver { store: db, after, until, subscription } => {
            let planned = open(&db).await?.redeliver(after, until, subscription).await?;
            Ok(print(serde_json::json!({"planned": planned})))
        }
        Command::Prune { store: db, older_than } => {
            let removed = open(&db).await?.prune(now_ms() - older_than.as_millis() as i64).await?;
            Ok(print(serde_json::json!({"removed": removed})))
        }
    }
}

/// The events database: a file must exist (`serve` made it), for a mistyped path is not
/// a new, empty database.
async fn open(db: &EventsDb) -> anyhow::Result<Store> {
    Store::open(&db.path(), None, false).await.map_err(invalid)
}

fn no_subscription(id: &str) -> anyhow::Error {
    invalid(format!("no subscription has the id {id:?}: `smartlead events subscriptions` shows them"))
}

async fn list(db: &EventsDb, filter: store::Filter, after: Option<i64>, follow: bool) -> anyhow::Result<()> {
    let store = open(db).await?;
    let mut query = feed::Query { filter, after: after.unwrap_or(0), limit: feed::MAX_LIMIT };
    loop {
        let page = store.list(query.filter.clone(), query.after, query.limit).await?;
        let mut out = std::io::stdout().lock();
        for event in &page {
            writeln!(out, "{}", feed::item(event))?;
        }
        out.flush()?;
        match page.last() {
            Some(last) => query.after = last.seq,
            None if follow => tokio::time::sleep(FOLLOW_EVERY).await,
            None => return Ok(()),
        }
    }
}
