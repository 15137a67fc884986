//! `smartlead serve`: the HTTP gateway — the unified API, the proxy, the tools, the
//! linked accounts and the webhook receiver with its reply actions.

use super::Context;
use smartlead_host::Connector;
use smartlead_host::accounts::connect::ConnectArgs;
use smartlead_host::core::invalid::invalid;
use smartlead_host::events::{Events, EventsArgs};
use smartlead_host::surfaces::allowed::Allowed;
use smartlead_host::surfaces::gateway::{self, Gateway, Limits};
use smartlead_host::surfaces::login::LoginArgs;
use std::sync::Arc;
use std::time::Duration;

#[derive(clap::Args)]
pub struct Args {
    /// Address to listen on; port 0 picks a free one.
    #[arg(long, value_name = "ADDR", default_value = "127.0.0.1:8080")]
    listen: std::net::SocketAddr,
    #[command(flatten)]
    allowed: Allowed,
    /// Requests served at once; more wait in a queue.
    #[arg(long, default_value_t = Limits::default().max_concurrency as u64, value_parser = clap::value_parser!(u64).range(1..=100_000))]
    max_concurrency: u64,
    /// Requests waiting for a slot; beyond them the answer is 503 with Retry-After.
    #[arg(long, default_value_t = Limits::default().max_queue)]
    max_queue: usize,
    /// A request whose key's turn is further away than this (ms) is answered 429
    /// with Retry-After at once, instead of being held.
    #[arg(long, default_value_t = Limits::default().max_queue_wait.as_millis() as u64, value_parser = clap::value_parser!(u64).range(1..))]
    max_queue_wait_ms: u64,
    /// How long (ms) a client may take to send a request's headers, and its body.
    #[arg(long, default_value_t = Limits::default().read_timeout.as_millis() as u64, value_parser = clap::value_parser!(u64).range(1..))]
    read_timeout_ms: u64,
    #[command(flatten)]
    login: LoginArgs,
    #[command(flatten)]
    events: EventsArgs,
    #[command(flatten)]
    connect: ConnectArgs,
}

pub async fn run(args: Args, ctx: Context<'_>) -> anyhow::Result<()> {
    let login = args.login.login(args.listen).map_err(invalid)?;
    args.connect.base().map_err(|e| invalid(e.message()))?;
    let receiving = args.events.receiver_on(args.listen).map_err(invalid)?;
    if args.events.on_reply.is_some() && ctx.settings.api_key.is_none() && ctx.accounts.is_none() {
        return Err(invalid("--on-reply pauses leads with this host's API key, or a linked account's: give --api-key (SMARTLEAD_API_KEY) or --accounts-db"));
    }
    let limits = Limits {
        max_concurrency: args.max_concurrency as usize,
        max_queue: args.max_queue,
        max_queue_wait: Duration::from_millis(args.max_queue_wait_ms),
        read_timeout: Duration::from_millis(args.read_timeout_ms),
    };
    let named = args.events.store.events_db.is_some();
    let connector = Connector::new(ctx.settings)?;
    let mut events = Events::new(&args.events, connector.fleet_store().cloned());
    events.receiving = receiving;
    let events = Arc::new(events);
    // A database named, or one reply actions wait in, opens now: a path that cannot
    // be used is said at start, not at the first delivery.
    if named || events.on_reply.is_some() {
        events.store().await.map_err(invalid)?;
    }
    if events.on_reply.is_some() {
        tokio::spawn(smartlead_host::surfaces::reply_actions::run(connector.clone(), events.clone(), ctx.accounts.clone()));
    }
    let metrics = connector.clone();
    let counted: smartlead_host::events::outbox::Counted = Arc::new(move |outcome| metrics.metrics().event_delivery(outcome));
    tokio::spawn(smartlead_host::events::outbox::run(events.clone(), args.events.outbox(), counted));
    if let Some(age) = args.events.events_retention {
        tokio::spawn(smartlead_host::events::keep_for(events.clone(), age));
    }
    let options = gateway::Options { allowed: args.allowed, limits, login, events: Some(events), accounts: ctx.accounts, connect: args.connect };
    let gateway = Gateway::new(connector, options)?;
    let listener = tokio::net::TcpListener::bind(args.listen).await?;
    // One line on stderr so a parent process knows where to connect.
    eprintln!("smartlead gateway listening on http://{}", listener.local_addr()?);
    gateway.serve(listener).await
}
