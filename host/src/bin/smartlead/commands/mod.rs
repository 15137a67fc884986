//! One file per command, as cargo lays out its own: each holds its arguments and its
//! run. A new command is a file here, a variant below and its arm in [`Command::run`].

mod accounts;
mod call;
mod connect;
mod demo;
mod events;
mod leads;
mod mcp;
mod report;
mod serve;
mod stats;
mod sync;
mod tap;
mod tools;

use crate::cli::Connection;
use crate::failure::EXIT_CODES;
use clap::Subcommand;
use smartlead_host::Settings;
use smartlead_host::accounts::Accounts;
use smartlead_host::core::invalid::invalid;
use std::sync::Arc;

pub use accounts::{open_for, spend};

#[derive(Subcommand)]
pub enum Command {
    /// Print every tool as a JSON array (name, description, input_schema, annotations).
    Tools(tools::Args),
    /// Call one tool; prints its JSON result, or the error as JSON on stderr.
    #[command(after_help = EXIT_CODES)]
    Call(call::Args),
    /// Serve the HTTP gateway: the unified API, the proxy, the tools and the webhook
    /// receiver (routes in docs/gateway.md).
    Serve(serve::Args),
    /// Serve the tools to AI agents over MCP: stdio by default, or Streamable HTTP.
    Mcp(mcp::Args),
    /// Import a prospect list into a campaign, or export a campaign's leads.
    Leads {
        #[command(subcommand)]
        command: leads::Command,
    },
    /// Export a campaign's email statistics.
    Stats {
        #[command(subcommand)]
        command: stats::Command,
    },
    /// Read the events `smartlead serve` kept, as NDJSON (one event a line), and manage
    /// the platform's subscriptions to them.
    #[command(after_help = EXIT_CODES)]
    Events {
        #[command(subcommand)]
        command: events::Command,
    },
    /// Link customers' Smartlead accounts: each key given once, checked with Smartlead,
    /// sealed under the master key; then `--account NAME` (or the gateway's
    /// x-smartlead-account / integrated_account_id) spends it.
    #[command(after_help = EXIT_CODES)]
    Accounts {
        #[command(subcommand)]
        command: accounts::Command,
    },
    /// Let an end user link their own Smartlead account: a connect session's URL to
    /// send them (the page is served by `smartlead serve` on the same accounts store).
    #[command(after_help = EXIT_CODES)]
    Connect {
        #[command(subcommand)]
        command: connect::Command,
    },
    /// Copy the account's campaigns, leads and statistics into an SQLite file, resuming
    /// where an interrupted sync stopped (tables in docs/sync.md).
    #[command(after_help = EXIT_CODES)]
    Sync(sync::Args),
    /// Speak the Singer spec (SCHEMA, RECORD, STATE on stdout): the sync's tables for any
    /// Singer target; --discover prints the catalog.
    #[command(after_help = EXIT_CODES)]
    Tap(tap::Args),
    /// Draw the synced dashboard views as one self-contained HTML page (replies over
    /// time, reply rates, mailbox placement).
    #[command(after_help = EXIT_CODES)]
    Report(report::Args),
    /// Start a mock Smartlead in-process and walk the main flows through the component.
    Demo,
}

/// What every command runs with: the flags, the settings they make (with an account's
/// key and plan when `--account` named one), and the accounts store when opened.
pub struct Context<'a> {
    pub connection: &'a Connection,
    pub settings: Settings,
    pub accounts: Option<Arc<Accounts>>,
}

impl Command {
    /// Whether the command serves many callers at once (the gateway, MCP over HTTP, the
    /// demo, which runs both with a mock) and so spreads its work over a thread per core.
    /// Every other command serves one caller: a command line, or the one client of MCP
    /// over stdio.
    pub fn serves_many(&self) -> bool {
        match self {
            Command::Serve(_) | Command::Demo => true,
            Command::Mcp(args) => args.over_http(),
            _ => false,
        }
    }

    pub async fn run(self, ctx: Context<'_>) -> anyhow::Result<()> {
        match self {
            Command::Tools(args) => tools::run(args, ctx).await,
            Command::Call(args) => call::run(args, ctx).await,
            Command::Serve(args) => serve::run(args, ctx).await,
            Command::Mcp(args) => mcp::run(args, ctx).await,
            Command::Leads { command } => leads::run(command, ctx).await,
            Command::Stats { command } => stats::run(command, ctx).await,
            Command::Events { command } => events::run(command).await,
            Command::Accounts { command } => accounts::run(command, ctx).await,
            Command::Connect { command } => connect::run(command, ctx).await,
            Command::Sync(args) => sync::run(args, ctx).await,
            Command::Tap(args) => tap::run(args, ctx).await,
            Command::Report(args) => report::run(args).await,
            Command::Demo => demo::run().await,
        }
    }
}

/// Commands that call Smartlead need a key, and say so before sending anything.
fn needs_key(settings: &Settings) -> anyhow::Result<()> {
    match settings.api_key {
        Some(_) => Ok(()),
        None => Err(invalid("no API key: set SMARTLEAD_API_KEY, pass --api-key, or name a linked --account; nothing was sent")),
    }
}
