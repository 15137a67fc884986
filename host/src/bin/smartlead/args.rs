//! The command line as clap reads it: the connection flags every command takes, the
//! commands and their arguments, and the settings they make.

use clap::{Args, Parser, Subcommand, ValueEnum};
use smartlead_component::core::client::DEFAULT_TIMEOUT;
use smartlead_component::core::limiter::Window;
use smartlead_component::surfaces::gateway::{API_KEY_VAR, BASE_URL_VAR};
use smartlead_host::accounts::{AccountsArgs, Plan};
use smartlead_host::allowed::Allowed;
use smartlead_host::bulk::export;
use smartlead_host::events::{EventsArgs, feed};
use smartlead_host::invalid::invalid;
use smartlead_host::login::LoginArgs;
use smartlead_host::mcp;
use smartlead_host::{DEFAULT_BASE_URL, Pacing, Settings};
use smartlead_host::egress::pacer::Queueing;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

#[derive(Parser)]
#[command(version, about = "Smartlead.ai through a sandboxed WebAssembly component")]
pub struct Cli {
    #[command(flatten)]
    pub connection: Connection,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Args)]
pub struct Connection {
    /// Smartlead API key (else the SMARTLEAD_API_KEY variable); kept by the host and
    /// added to requests, never given to the component.
    #[arg(long, global = true)]
    pub api_key: Option<String>,
    #[command(flatten)]
    pub accounts: AccountsArgs,
    /// Smartlead API base URL.
    #[arg(long, env = BASE_URL_VAR, default_value = DEFAULT_BASE_URL, global = true)]
    pub base_url: String,
    /// The Smartlead plan each key is paced to (and a linked account's plan): standard
    /// (60 a minute in bursts of at most 10 per 2 s, 1,000 an hour) or pro (120 a
    /// minute, 20 a second, 3,000 an hour). A linked account is paced to its own.
    #[arg(long, value_enum, default_value_t = Plan::Standard, global = true)]
    pub plan: Plan,
    /// A custom budget instead of the plan: this many requests a minute per key, in
    /// bursts of at most 10 per 2 s.
    #[arg(long, global = true, value_parser = clap::value_parser!(u32).range(1..))]
    pub requests_per_minute: Option<u32>,
    /// A custom window instead of the plan, as MAX/DURATION (e.g. 200/1m, 20/1s,
    /// 5000/1h, 10/500ms); repeat it for several windows.
    #[arg(long = "rate-window", value_name = "MAX/DURATION", global = true, value_parser = parse_window)]
    pub rate_windows: Vec<Window>,
    /// Extra attempts for requests that are safe to repeat [default: 3].
    #[arg(long, global = true)]
    pub max_retries: Option<u32>,
    /// Per attempt, in milliseconds: connecting, the first byte, each gap between bytes.
    #[arg(long, default_value_t = DEFAULT_TIMEOUT.as_millis() as u64, global = true, value_parser = clap::value_parser!(u64).range(1..=u32::MAX as u64))]
    pub timeout_ms: u64,
    /// Computing time one call may spend inside the component, in milliseconds; time
    /// spent waiting (for the key's turn, for Smartlead) never counts.
    #[arg(long, default_value_t = 10_000, global = true, value_parser = clap::value_parser!(u64).range(1..))]
    pub cpu_limit_ms: u64,
    /// PEM certificates to trust besides the bundled roots, e.g. a company's CA (also
    /// read from SSL_CERT_FILE).
    #[arg(long, value_name = "PEM", global = true)]
    pub ca_file: Option<PathBuf>,
    /// Share each key's windows and pauses, and the webhook deliveries seen, with the
    /// other replicas using this Redis: redis://HOST:PORT/DB.
    #[arg(long, value_name = "URL", env = smartlead_host::fleet::RATE_STORE_VAR, global = true)]
    pub rate_store: Option<String>,
    /// How many replicas share the rate store: while Redis does not answer, each paces
    /// a key at 1/N of its budget [default: the full budget, with a warning].
    #[arg(long, value_name = "N", global = true, value_parser = clap::value_parser!(u32).range(1..=1000))]
    pub replicas: Option<u32>,
    /// Log lines on stderr: text, or json (one object per line, with a request id).
    #[arg(long, value_enum, default_value_t = LogFormat::Text, global = true)]
    pub log_format: LogFormat,
    /// The least severe log lines shown: error, warn, info (one per request), debug.
    #[arg(long, default_value = "warn", global = true)]
    pub log_level: tracing::Level,
}

#[derive(Clone, Copy, ValueEnum)]
pub enum LogFormat {
    Text,
    Json,
}

/// `MAX/DURATION`, e.g. `200/1m`: at most MAX requests in any DURATION (ms, s, m or h).
pub fn parse_window(text: &str) -> Result<Window, String> {
    let (max, span) = text.split_once('/').ok_or("expected MAX/DURATION, e.g. 200/1m")?;
    let max: u32 = max.trim().parse().map_err(|_| format!("{max:?} is not a whole number of requests"))?;
    let span = span.trim();
    let digits = span.find(|c: char| !c.is_ascii_digit()).unwrap_or(span.len());
    let (count, unit) = span.split_at(digits);
    let count: u64 = count.parse().map_err(|_| format!("{span:?} is not a duration such as 500ms, 2s, 1m or 1h"))?;
    let window = match unit {
        "ms" => Duration::from_millis(count),
        "s" | "" => Duration::from_secs(count),
        "m" => Duration::from_secs(count * 60),
        "h" => Duration::from_secs(count * 3600),
        _ => return Err(format!("{unit:?} is not a unit: use ms, s, m or h")),
    };
    Pacing::windows(vec![Window { max, window }]).map_err(|e| e.to_string())?;
    Ok(Window { max, window })
}

#[derive(Subcommand)]
pub enum Command {
    /// Print every tool as a JSON array (name, description, input_schema, annotations).
    Tools {
        /// Print this one tool, with its input and output schemas.
        name: Option<String>,
        /// Print a Markdown table instead (the README's tool list).
        #[arg(long, conflicts_with = "name")]
        markdown: bool,
    },
    /// Call one tool; prints its JSON result, or the error as JSON on stderr.
    #[command(after_help = "Exit codes: 0 done; 1 the host failed; 2 invalid input (nothing was sent); \
3 Smartlead refused the request or answered what could not be read; 4 transport failure (no answer).")]
    Call {
        /// Tool name, e.g. list_all_smartlead_campaigns (`smartlead tools` lists them).
        tool: String,
        /// Arguments as a JSON object; @FILE reads them from a file, - from stdin.
        #[arg(long, default_value = "{}")]
        args: String,
        /// For list tools: follow every page and print one record per line (NDJSON).
        #[arg(long)]
        all: bool,
    },
    /// Serve the HTTP gateway: the unified API, the proxy and the tools (routes in the README).
    Serve {
        /// Address to listen on; port 0 picks a free one.
        #[arg(long, value_name = "ADDR", default_value = "127.0.0.1:8080")]
        listen: std::net::SocketAddr,
        #[command(flatten)]
        allowed: Allowed,
        /// Requests served at once; more wait in a queue.
        #[arg(long, default_value_t = 64, value_parser = clap::value_parser!(u64).range(1..=100_000))]
        max_concurrency: u64,
        /// Requests waiting for a slot; beyond them the answer is 503 with Retry-After.
        #[arg(long, default_value_t = 256)]
        max_queue: usize,
        /// A request whose key's turn is further away than this (ms) is answered 429
        /// with Retry-After at once, instead of being held.
        #[arg(long, default_value_t = 20_000, value_parser = clap::value_parser!(u64).range(1..))]
        max_queue_wait_ms: u64,
        /// How long (ms) a client may take to send a request's headers, and its body.
        #[arg(long, default_value_t = 10_000, value_parser = clap::value_parser!(u64).range(1..))]
        read_timeout_ms: u64,
        #[command(flatten)]
        login: LoginArgs,
        #[command(flatten)]
        events: EventsArgs,
    },
    /// Import a prospect list into a campaign, or export a campaign's leads.
    Leads {
        #[command(subcommand)]
        command: LeadsCommand,
    },
    /// Export a campaign's email statistics.
    Stats {
        #[command(subcommand)]
        command: StatsCommand,
    },
    /// Read the webhook events `smartlead serve` kept, as NDJSON (one event a line).
    Events {
        #[command(subcommand)]
        command: EventsCommand,
    },
    /// Link customers' Smartlead accounts: each key given once, checked with Smartlead,
    /// sealed under the master key; then `--account NAME` (or the gateway's
    /// x-smartlead-account / integrated_account_id) spends it.
    #[command(after_help = "Exit codes: 0 done; 1 the store failed; 2 invalid input or no such account; \
3 Smartlead refused the key (nothing was stored); 4 no answer from Smartlead.")]
    Accounts {
        #[command(subcommand)]
        command: AccountsCommand,
    },
    /// Start a mock Smartlead in-process and walk the main flows through the component.
    Demo,
    /// Serve the tools to AI agents over MCP: stdio by default, or Streamable HTTP.
    Mcp {
        /// Serve Streamable HTTP at http://ADDR/mcp instead of stdio, e.g. 127.0.0.1:8931.
        #[arg(long, value_name = "ADDR")]
        http: Option<std::net::SocketAddr>,
        /// Expose only the tools that change nothing.
        #[arg(long)]
        read_only: bool,
        /// Let destructive tools run without `confirm: true`.
        #[arg(long)]
        no_confirm: bool,
        #[command(flatten)]
        allowed: Allowed,
        /// Tool calls served at once; more wait their turn.
        #[arg(long, default_value_t = mcp::DEFAULT_MAX_CONCURRENCY as u64, value_parser = clap::value_parser!(u64).range(1..=100_000))]
        max_concurrency: u64,
        /// How long a call may wait for its API key's turn (reported as progress); past
        /// it the call is rate_limited with the real retry_after, and nothing is sent.
        #[arg(long, default_value_t = mcp::DEFAULT_MAX_QUEUE_WAIT.as_millis() as u64)]
        max_queue_wait_ms: u64,
        #[command(flatten)]
        login: LoginArgs,
    },
}

#[derive(Subcommand)]
pub enum LeadsCommand {
    /// Add a prospect list (CSV with a header row, or JSON Lines) to a campaign in
    /// batches, each sent once; a journal beside FILE lets the same command continue an
    /// interrupted import without adding anyone twice. Prints the report as JSON; rows
    /// not imported go to FILE.rejects.csv.
    #[command(after_help = "Exit codes: 0 imported; 1 the host failed; 2 invalid input (nothing was sent); \
3 Smartlead refused a batch or the account's lead limit was reached; 4 no answer for a batch (run the same command again).")]
    Import {
        /// The campaign's id.
        #[arg(long)]
        campaign: u64,
        /// The list: .csv, or .jsonl / .ndjson (else give --format).
        file: PathBuf,
        #[arg(long, value_enum)]
        format: Option<ListFormat>,
        /// Leads per request, 1 to 400 (Smartlead's current limit) [default: 100, taken by every version].
        #[arg(long, value_parser = clap::value_parser!(u32).range(1..=400))]
        batch_size: Option<u32>,
        /// Where a column goes, over the names it is known by: a lead field (email,
        /// first_name, company_name, …), custom_fields.NAME, or ignore. Repeatable.
        #[arg(long = "map", value_name = "COLUMN=FIELD", value_parser = parse_mapping)]
        map: Vec<(String, String)>,
        /// Add leads Smartlead's global block list holds.
        #[arg(long)]
        ignore_global_block_list: bool,
        /// Add leads that unsubscribed before.
        #[arg(long)]
        ignore_unsubscribe_list: bool,
        /// Add leads that are in other campaigns too.
        #[arg(long)]
        ignore_duplicate_leads_in_other_campaign: bool,
        /// Add leads the community bounce list holds.
        #[arg(long)]
        ignore_community_bounce_list: bool,
        /// Show the mapping, the batches and the rejected rows; send nothing.
        #[arg(long)]
        dry_run: bool,
        /// Start over, ignoring the journal of an earlier run.
        #[arg(long)]
        restart: bool,
    },
    /// Export every lead of a campaign with its state in it.
    Export(ExportArgs),
}

#[derive(Subcommand)]
pub enum StatsCommand {
    /// Export every email a campaign sent, one row per lead and step.
    Export(ExportArgs),
}

#[derive(Args)]
pub struct ExportArgs {
    /// The campaign's id.
    #[arg(long)]
    pub campaign: u64,
    #[arg(long, value_enum, default_value_t = export::Format::Csv)]
    pub format: export::Format,
    /// Write here (complete or not at all); stdout otherwise.
    #[arg(long, value_name = "FILE")]
    pub out: Option<PathBuf>,
    /// For spreadsheets: a CSV cell that starts with =, +, -, @, a tab or a carriage
    /// return is written after a ' so it cannot run as a formula.
    #[arg(long)]
    pub escape_formulas: bool,
}

#[derive(Clone, Copy, ValueEnum)]
pub enum ListFormat {
    Csv,
    Jsonl,
}

/// `COLUMN=FIELD`.
pub fn parse_mapping(text: &str) -> Result<(String, String), String> {
    match text.split_once('=') {
        Some((column, field)) if !column.trim().is_empty() && !field.trim().is_empty() => Ok((column.trim().to_string(), field.trim().to_string())),
        _ => Err(format!("{text:?}: expected COLUMN=FIELD, e.g. \"Work Email=email\" or \"Notes=ignore\"")),
    }
}

#[derive(Subcommand)]
pub enum AccountsCommand {
    /// Link NAME to a key read from stdin (or typed at a prompt, not echoed), once
    /// Smartlead accepts it; linking a NAME again rotates its key in place. Paced to --plan.
    Link { name: String },
    /// Print every linked account as JSON (never a key).
    List,
    /// Ask Smartlead whether the account's key still works.
    Verify { name: String },
    /// Delete the account and its key.
    Unlink { name: String },
}

#[derive(Subcommand)]
pub enum EventsCommand {
    /// Print the kept events, oldest first, each with the cursor that resumes after it.
    List {
        /// The events database `smartlead serve` writes.
        #[arg(long, value_name = "PATH", env = "SMARTLEAD_EVENTS_DB", default_value = smartlead_host::events::DEFAULT_EVENTS_DB)]
        events_db: PathBuf,
        /// Only events of this kind, e.g. EMAIL_REPLY.
        #[arg(long, value_parser = feed::kind)]
        kind: Option<String>,
        /// Only events of this campaign.
        #[arg(long)]
        campaign_id: Option<u64>,
        /// Start after this cursor (an event's `cursor`, or /events' `next_cursor`).
        #[arg(long, value_name = "CURSOR", value_parser = feed::decode)]
        after: Option<i64>,
        /// Keep printing events as they arrive.
        #[arg(long)]
        follow: bool,
    },
}


impl Connection {
    /// Whether a budget was given other than a plan.
    pub fn custom_pacing(&self) -> bool {
        self.requests_per_minute.is_some() || !self.rate_windows.is_empty()
    }

    pub fn settings(&self) -> anyhow::Result<Settings> {
        let pacing = match (&self.rate_windows[..], self.requests_per_minute, self.plan) {
            ([], Some(n), _) => Pacing::per_minute(n),
            ([], None, Plan::Standard) => Pacing::standard(),
            ([], None, Plan::Pro) => Pacing::pro(),
            (windows, None, _) => Pacing::windows(windows.to_vec()).map_err(invalid)?,
            (_, Some(_), _) => return Err(invalid("give --requests-per-minute or --rate-window, not both")),
        };
        let base: Option<http::Uri> = self.base_url.parse().ok().filter(|u: &http::Uri| matches!(u.scheme_str(), Some("http" | "https")) && u.host().is_some());
        if base.is_none() {
            return Err(invalid(format!("--base-url {:?} is not an http(s) URL, e.g. {DEFAULT_BASE_URL}", self.base_url)));
        }
        Ok(Settings {
            api_key: self.api_key.clone().or_else(|| std::env::var(API_KEY_VAR).ok()).filter(|k| !k.is_empty()),
            base_url: self.base_url.clone(),
            pacing,
            max_retries: self.max_retries,
            timeout: Duration::from_millis(self.timeout_ms),
            max_response_bytes: None,
            cpu_limit: Duration::from_millis(self.cpu_limit_ms),
            ca_file: self.ca_file.clone(),
            rate_store: self.rate_store.clone().filter(|url| !url.is_empty()),
            replicas: self.replicas,
            // A command waits for its key's turn as long as it takes, and says so.
            queueing: Queueing { max_wait: None, on_wait: Some(Arc::new(say_wait)) },
        })
    }

    /// Log lines go to stderr, never stdout (which carries results and MCP's stdio).
    pub fn init_logs(&self) {
        let logs = tracing_subscriber::fmt()
            .with_writer(std::io::stderr)
            .with_max_level(self.log_level)
            .with_target(false)
            // A closed stderr must not stop the server: `eprintln!` would panic.
            .log_internal_errors(false);
        match self.log_format {
            LogFormat::Json => logs.json().flatten_event(true).init(),
            LogFormat::Text => logs.init(),
        }
    }
}

/// The line a command prints while a request waits for its key's turn.
fn say_wait(wait: Duration) {
    if wait >= Duration::from_secs(1) {
        eprintln!("waiting {:.1} s for this API key's turn under Smartlead's rate limit; nothing is lost meanwhile", wait.as_secs_f64());
    }
}
