//! `smartlead sync`: one account's Smartlead data (the host's key, `--account`, or each
//! linked account with `--all-accounts`) into an SQLite file, incrementally where
//! Smartlead can filter by time; a summary table at the end.

use super::accounts::account_error;
use super::{Context, needs_key};
use crate::failure::{Failure, fail};
use smartlead_host::core::invalid::invalid;
use smartlead_host::surfaces::bulk::progress::Watch;
use smartlead_host::surfaces::sync::destination::Destination;
use smartlead_host::surfaces::sync::postgres::PgWarehouse;
use smartlead_host::surfaces::sync::warehouse::Warehouse;
use smartlead_host::surfaces::sync::{self, Sync, TableSummary, Target};
use smartlead_host::events::EventsDb;
use smartlead_host::events::db::Store;
use smartlead_host::{Connector, Settings};
use std::time::Duration;

#[derive(clap::Args)]
pub struct Args {
    /// Where the data goes: sqlite:PATH, or postgres://USER@HOST:5432/DB with the same
    /// tables (in docs/sync.md).
    #[arg(long, value_name = "sqlite:PATH|URL", default_value = "sqlite:smartlead-sync.db", value_parser = Target::parse)]
    to: Target,
    /// Every linked account, one after another, each with its own key and at its own pace.
    #[arg(long)]
    all_accounts: bool,
    /// The most of each pacing window the sync takes; interactive calls on the same key
    /// keep the rest: in this process, and on every replica with --fleet-store.
    #[arg(long, value_name = "SHARE", default_value_t = sync::DEFAULT_BUDGET_SHARE, value_parser = sync::parse_budget_share)]
    budget_share: f64,
    /// How far back an incremental table reads again before the newest row it kept.
    #[arg(long, value_name = "AGE", default_value = "1d", value_parser = smartlead_host::core::duration::parse)]
    lookback: Duration,
    /// How long a table's whole read stands before a run does it again (the lists of
    /// mailboxes, clients, categories, lead lists, and each campaign's sequences and
    /// webhooks; the analytics; the warmup; the lead totals that find deleted leads).
    /// Leads and statistics are read for what is new at every run. 0: every run reads all.
    #[arg(long, value_name = "AGE", default_value = sync::DEFAULT_REFRESH_EVERY, value_parser = smartlead_host::core::duration::parse)]
    refresh_every: Duration,
    /// The webhook events `smartlead serve` kept, copied into `webhook_events`.
    #[command(flatten)]
    events: EventsDb,
}

impl Args {
    /// Whether this sync reads the accounts store.
    pub fn all_accounts(&self) -> bool {
        self.all_accounts
    }
}

/// Syncs each account in turn, a JSON line of its summary (or its error) on stdout; an
/// account that fails does not stop the others, and makes the exit code non-zero.
pub async fn run(args: Args, ctx: Context<'_>) -> anyhow::Result<()> {
    let accounts = whose(&args, &ctx).await?;
    let events = args.events.kept().await.map_err(invalid)?;
    match &args.to {
        Target::Sqlite(path) => each(&mut Warehouse::open(path).map_err(invalid)?, accounts, &args, events).await,
        Target::Postgres(url) => each(&mut PgWarehouse::open(url).await.map_err(invalid)?, accounts, &args, events).await,
    }
}

/// Syncs each account in turn into `to`.
async fn each<D: Destination>(to: &mut D, accounts: Vec<(String, Settings)>, args: &Args, events: Option<Store>) -> anyhow::Result<()> {
    let mut failed = None;
    for (account, settings) in accounts {
        let sync = Sync { account, lookback: args.lookback, budget_share: args.budget_share, events: events.clone(), refresh_every: args.refresh_every };
        match sync::run(&Connector::new(settings)?, to, &sync, &Watch::default()).await? {
            Ok(summaries) => {
                eprintln!("{}", table(&sync.account, &summaries));
                println!("{}", serde_json::json!({"account_id": sync.account, "tables": summaries}));
            }
            Err(e) => {
                let failure = Failure::from(e);
                println!("{}", serde_json::json!({"account_id": sync.account, "error": {"kind": failure.kind, "message": failure.message}}));
                failed = Some(failure);
            }
        }
    }
    match failed {
        Some(failure) => fail(failure),
        None => Ok(()),
    }
}

/// The `account_id` the rows of the key this command spends are kept under: the linked
/// account `--account` named, or `default` for the host's own key.
pub(super) async fn account_id(ctx: &Context<'_>) -> anyhow::Result<String> {
    Ok(match (&ctx.connection.accounts.account, ctx.accounts.as_deref()) {
        (Some(name), Some(accounts)) => accounts.find(name).await.map_err(account_error)?.id,
        _ => sync::DEFAULT_ACCOUNT.to_string(),
    })
}

/// The accounts to sync, each with the settings that spend its key.
async fn whose(args: &Args, ctx: &Context<'_>) -> anyhow::Result<Vec<(String, Settings)>> {
    if !args.all_accounts {
        needs_key(&ctx.settings)?;
        return Ok(vec![(account_id(ctx).await?, ctx.settings.clone())]);
    }
    if ctx.connection.accounts.account.is_some() {
        return Err(invalid("give --account or --all-accounts, not both"));
    }
    let Some(accounts) = ctx.accounts.as_deref() else { return Err(invalid("--all-accounts needs the accounts store (--accounts-db and the master key)")) };
    let mut each = Vec::new();
    for account in accounts.list(None).await.map_err(account_error)? {
        let (account, key) = accounts.key(&account.id).await.map_err(account_error)?;
        let mut settings = ctx.settings.clone();
        settings.api_key = Some(key);
        if !ctx.connection.custom_pacing() {
            settings.pacing = account.plan.pacing();
        }
        each.push((account.id, settings));
    }
    Ok(each)
}

/// The summary as a table for people.
fn table(account: &str, summaries: &[TableSummary]) -> String {
    let mut text = format!("{account}\n{:<22} {:>9} {:>9} {:>9} {:>9} {:>9}\n", "table", "inserted", "updated", "deleted", "requests", "refreshed");
    for s in summaries {
        text += &format!("{:<22} {:>9} {:>9} {:>9} {:>9} {:>9}\n", s.table, s.counts.inserted, s.counts.updated, s.counts.deleted, s.requests, s.refreshed);
    }
    text
}
