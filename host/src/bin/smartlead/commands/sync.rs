//! `smartlead sync`: one account's Smartlead data into an SQLite file, incrementally
//! where Smartlead can filter by time; a summary table at the end.

use super::{Context, needs_key};
use crate::failure::fail;
use smartlead_host::Connector;
use smartlead_host::core::invalid::invalid;
use smartlead_host::surfaces::bulk::progress::Watch;
use smartlead_host::surfaces::sync::{self, Sync, TableSummary};
use std::path::PathBuf;
use std::time::Duration;

#[derive(clap::Args)]
pub struct Args {
    /// Where the data goes: sqlite:PATH (tables in docs/sync.md).
    #[arg(long, value_name = "sqlite:PATH", default_value = "sqlite:smartlead-sync.db", value_parser = parse_target)]
    to: PathBuf,
    /// How far back an incremental table reads again before the newest row it kept.
    #[arg(long, value_name = "AGE", default_value = "1d", value_parser = smartlead_host::core::duration::parse)]
    lookback: Duration,
}

/// `sqlite:PATH`.
fn parse_target(text: &str) -> Result<PathBuf, String> {
    match text.strip_prefix("sqlite:") {
        Some(path) if !path.is_empty() => Ok(PathBuf::from(path)),
        _ => Err(format!("{text:?}: give sqlite:PATH, e.g. sqlite:smartlead.db")),
    }
}

pub async fn run(args: Args, ctx: Context<'_>) -> anyhow::Result<()> {
    needs_key(&ctx.settings)?;
    let account = match &ctx.connection.accounts.account {
        Some(name) => match ctx.accounts.as_deref() {
            Some(accounts) => accounts.find(name).await.map_err(super::accounts::account_error)?.id,
            None => return Err(invalid("the accounts store was not opened")),
        },
        None => "default".to_string(),
    };
    let sync = Sync { account, to: args.to, lookback: args.lookback };
    let summaries = match sync::run(&Connector::new(ctx.settings)?, &sync, &Watch::default()).await? {
        Ok(summaries) => summaries,
        Err(e) => return fail(e),
    };
    eprintln!("{}", table(&summaries));
    println!("{}", serde_json::to_string_pretty(&serde_json::json!({"account_id": sync.account, "tables": summaries}))?);
    Ok(())
}

/// The summary as a table for people.
fn table(summaries: &[TableSummary]) -> String {
    let mut text = format!("{:<22} {:>9} {:>9} {:>9} {:>9}\n", "table", "inserted", "updated", "deleted", "requests");
    for s in summaries {
        text += &format!("{:<22} {:>9} {:>9} {:>9} {:>9}\n", s.table, s.counts.inserted, s.counts.updated, s.counts.deleted, s.requests);
    }
    text
}
