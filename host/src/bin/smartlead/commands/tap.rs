//! `smartlead tap`: the sync as a Singer tap, so any Singer target loads the same rows
//! into any warehouse; the messages on stdout, the summary on stderr.

use super::{Context, needs_key};
use crate::failure::fail;
use smartlead_host::core::invalid::invalid;
use smartlead_host::surfaces::bulk::progress::Watch;
use smartlead_host::surfaces::sync::singer::{Tap, catalog};
use smartlead_host::surfaces::sync::{self, Sync};
use smartlead_host::{ApiKey, Connector};
use std::path::{Path, PathBuf};

#[derive(clap::Args)]
pub struct Args {
    /// The tap's config, JSON: {"api_key"?, "lookback"?: "1d", "budget_share"?: 0.5, "refresh_every"?: "1h"}; the key may come from
    /// SMARTLEAD_API_KEY, --api-key or --account instead.
    #[arg(long, value_name = "FILE", required_unless_present = "discover")]
    config: Option<PathBuf>,
    /// A STATE message's value, as the target saved it: the run resumes or increments from it.
    #[arg(long, value_name = "FILE")]
    state: Option<PathBuf>,
    /// The streams to send: a catalog from --discover, with `selected` set.
    #[arg(long, value_name = "FILE")]
    catalog: Option<PathBuf>,
    /// Print the catalog (every stream, its key and replication) and stop.
    #[arg(long)]
    discover: bool,
    /// The webhook events `smartlead serve` kept, sent as the `webhook_events` stream.
    #[command(flatten)]
    events: smartlead_host::events::EventsDb,
}

/// A JSON file the tap was given.
fn read(path: &Path, what: &str) -> anyhow::Result<serde_json::Value> {
    let text = std::fs::read_to_string(path).map_err(|e| invalid(format!("reading the {what} {}: {e}", path.display())))?;
    serde_json::from_str(&text).map_err(|e| invalid(format!("the {what} {} is not JSON: {e}", path.display())))
}

pub async fn run(args: Args, mut ctx: Context<'_>) -> anyhow::Result<()> {
    if args.discover {
        println!("{}", catalog());
        return Ok(());
    }
    let config = match &args.config {
        Some(path) => read(path, "config")?,
        None => serde_json::json!({}),
    };
    let Some(fields) = config.as_object() else { return Err(invalid("the config is not a JSON object")) };
    if let Some(unknown) = fields.keys().find(|k| !["api_key", "lookback", "budget_share", "refresh_every"].contains(&k.as_str())) {
        return Err(invalid(format!("the config holds {unknown:?}, which the tap does not take: give api_key, lookback, budget_share and refresh_every only")));
    }
    if ctx.settings.api_key.is_none() {
        ctx.settings.api_key = fields.get("api_key").and_then(|k| k.as_str()).and_then(ApiKey::new);
    }
    needs_key(&ctx.settings)?;
    let duration = |name: &str, default: &str| {
        let text = fields.get(name).map_or(Some(default), |t| t.as_str()).unwrap_or_default();
        smartlead_host::core::duration::parse(text).map_err(|e| invalid(format!("the config's {name}: {e}")))
    };
    let (lookback, refresh_every) = (duration("lookback", "1d")?, duration("refresh_every", sync::DEFAULT_REFRESH_EVERY)?);
    let budget_share = match fields.get("budget_share") {
        Some(share) => sync::parse_budget_share(&share.to_string()).map_err(|e| invalid(format!("the config's budget_share: {e}")))?,
        None => sync::DEFAULT_BUDGET_SHARE,
    };
    let state = args.state.as_deref().map(|p| read(p, "state")).transpose()?;
    let selection = args.catalog.as_deref().map(|p| read(p, "catalog")).transpose()?;
    let mut tap = Tap::new(std::io::stdout().lock(), state, selection.as_ref()).map_err(invalid)?;
    let events = args.events.kept().await.map_err(invalid)?;
    let sync = Sync { account: super::sync::account_id(&ctx).await?, lookback, budget_share, events, refresh_every };
    match sync::run(&Connector::new(ctx.settings)?, &mut tap, &sync, &Watch::default()).await? {
        Ok(summaries) => {
            let sent: u64 = summaries.iter().map(|s| s.counts.inserted).sum();
            let requests: u64 = summaries.iter().map(|s| s.requests).sum();
            eprintln!("{sent} records sent in {requests} requests");
            Ok(())
        }
        Err(e) => fail(e),
    }
}
