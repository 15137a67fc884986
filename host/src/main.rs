//! `smartlead`: the Smartlead component as a command line — list its tools, call one,
//! serve the HTTP gateway (with the webhook receiver) or MCP, import and export leads,
//! link customers' accounts, read the kept webhook events, or watch a demo against the
//! built-in mock.

use clap::{Args, Parser, Subcommand, ValueEnum};
use smartlead_component::core::client::DEFAULT_TIMEOUT;
use smartlead_component::core::limiter::Window;
use smartlead_component::surfaces::gateway::{API_KEY_VAR, BASE_URL_VAR};
use smartlead_host::accounts::{Accounts, AccountsArgs, Plan, link};
use smartlead_host::allowed::Allowed;
use smartlead_host::bindings::bulk::InputFormat;
use smartlead_host::bindings::campaign_leads::ImportSettings;
use smartlead_host::bulk::{export, import};
use smartlead_host::events::{Events, EventsArgs, feed, store};
use smartlead_host::gateway::{self, Gateway, Limits};
use smartlead_host::invalid::{Invalid, invalid};
use smartlead_host::login::LoginArgs;
use smartlead_host::mcp::{self, McpServer, Safety};
use smartlead_host::{Connector, DEFAULT_BASE_URL, Pacing, Settings};
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Duration;

#[derive(Parser)]
#[command(version, about = "Smartlead.ai through a sandboxed WebAssembly component")]
struct Cli {
    #[command(flatten)]
    connection: Connection,
    #[command(subcommand)]
    command: Command,
}

#[derive(Args)]
struct Connection {
    /// Smartlead API key (else the SMARTLEAD_API_KEY variable); kept by the host and
    /// added to requests, never given to the component.
    #[arg(long, global = true)]
    api_key: Option<String>,
    #[command(flatten)]
    accounts: AccountsArgs,
    /// Smartlead API base URL.
    #[arg(long, env = BASE_URL_VAR, default_value = DEFAULT_BASE_URL, global = true)]
    base_url: String,
    /// The Smartlead plan each key is paced to (and a linked account's plan): standard
    /// (60 a minute in bursts of at most 10 per 2 s, 1,000 an hour) or pro (120 a
    /// minute, 20 a second, 3,000 an hour). A linked account is paced to its own.
    #[arg(long, value_enum, default_value_t = Plan::Standard, global = true)]
    plan: Plan,
    /// A custom budget instead of the plan: this many requests a minute per key, in
    /// bursts of at most 10 per 2 s.
    #[arg(long, global = true, value_parser = clap::value_parser!(u32).range(1..))]
    requests_per_minute: Option<u32>,
    /// A custom window instead of the plan, as MAX/DURATION (e.g. 200/1m, 20/1s,
    /// 5000/1h, 10/500ms); repeat it for several windows.
    #[arg(long = "rate-window", value_name = "MAX/DURATION", global = true, value_parser = parse_window)]
    rate_windows: Vec<Window>,
    /// Extra attempts for requests that are safe to repeat [default: 3].
    #[arg(long, global = true)]
    max_retries: Option<u32>,
    /// Per attempt, in milliseconds: connecting, the first byte, each gap between bytes.
    #[arg(long, default_value_t = DEFAULT_TIMEOUT.as_millis() as u64, global = true, value_parser = clap::value_parser!(u64).range(1..=u32::MAX as u64))]
    timeout_ms: u64,
    /// Computing time one call may spend inside the component, in milliseconds; time
    /// spent waiting (for the key's turn, for Smartlead) never counts.
    #[arg(long, default_value_t = 10_000, global = true, value_parser = clap::value_parser!(u64).range(1..))]
    cpu_limit_ms: u64,
    /// PEM certificates to trust besides the bundled roots, e.g. a company's CA (also
    /// read from SSL_CERT_FILE).
    #[arg(long, value_name = "PEM", global = true)]
    ca_file: Option<PathBuf>,
    /// Share each key's windows and pauses, and the webhook deliveries seen, with the
    /// other replicas using this Redis: redis://HOST:PORT/DB.
    #[arg(long, value_name = "URL", env = smartlead_host::fleet::RATE_STORE_VAR, global = true)]
    rate_store: Option<String>,
    /// How many replicas share the rate store: while Redis does not answer, each paces
    /// a key at 1/N of its budget [default: the full budget, with a warning].
    #[arg(long, value_name = "N", global = true, value_parser = clap::value_parser!(u32).range(1..=1000))]
    replicas: Option<u32>,
    /// Log lines on stderr: text, or json (one object per line, with a request id).
    #[arg(long, value_enum, default_value_t = LogFormat::Text, global = true)]
    log_format: LogFormat,
    /// The least severe log lines shown: error, warn, info (one per request), debug.
    #[arg(long, default_value = "warn", global = true)]
    log_level: tracing::Level,
}

#[derive(Clone, Copy, ValueEnum)]
enum LogFormat {
    Text,
    Json,
}

/// `MAX/DURATION`, e.g. `200/1m`: at most MAX requests in any DURATION (ms, s, m or h).
fn parse_window(text: &str) -> Result<Window, String> {
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
enum Command {
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
        #[command(flatten)]
        login: LoginArgs,
    },
}

#[derive(Subcommand)]
enum LeadsCommand {
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
enum StatsCommand {
    /// Export every email a campaign sent, one row per lead and step.
    Export(ExportArgs),
}

#[derive(Args)]
struct ExportArgs {
    /// The campaign's id.
    #[arg(long)]
    campaign: u64,
    #[arg(long, value_enum, default_value_t = export::Format::Csv)]
    format: export::Format,
    /// Write here (complete or not at all); stdout otherwise.
    #[arg(long, value_name = "FILE")]
    out: Option<PathBuf>,
    /// For spreadsheets: a CSV cell that starts with =, +, -, @, a tab or a carriage
    /// return is written after a ' so it cannot run as a formula.
    #[arg(long)]
    escape_formulas: bool,
}

#[derive(Clone, Copy, ValueEnum)]
enum ListFormat {
    Csv,
    Jsonl,
}

/// `COLUMN=FIELD`.
fn parse_mapping(text: &str) -> Result<(String, String), String> {
    match text.split_once('=') {
        Some((column, field)) if !column.trim().is_empty() && !field.trim().is_empty() => Ok((column.trim().to_string(), field.trim().to_string())),
        _ => Err(format!("{text:?}: expected COLUMN=FIELD, e.g. \"Work Email=email\" or \"Notes=ignore\"")),
    }
}

#[derive(Subcommand)]
enum AccountsCommand {
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
enum EventsCommand {
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

/// How often `events list --follow` looks for new events.
const FOLLOW_EVERY: Duration = Duration::from_millis(250);

impl Connection {
    /// Whether a budget was given other than a plan.
    fn custom_pacing(&self) -> bool {
        self.requests_per_minute.is_some() || !self.rate_windows.is_empty()
    }

    fn settings(&self) -> anyhow::Result<Settings> {
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
        })
    }

    /// Log lines go to stderr, never stdout (which carries results and MCP's stdio).
    fn init_logs(&self) {
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

#[tokio::main]
async fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) if !e.use_stderr() => e.exit(),
        Err(e) => {
            // A command line that does not parse is invalid input, reported as every other.
            let message = e.render().to_string();
            let message = message.trim().trim_start_matches("error: ");
            eprintln!("{}", serde_json::json!({"error": {"kind": "invalid_input", "message": message}}));
            return ExitCode::from(2);
        }
    };
    match run(cli).await {
        Ok(code) => code,
        // A reader that stopped reading (`| head`) ends the output, not in an error.
        Err(e) if broken_pipe(&e) => ExitCode::SUCCESS,
        Err(e) => {
            let (kind, code) = if e.is::<Invalid>() { ("invalid_input", 2) } else { ("host", 1) };
            eprintln!("{}", serde_json::json!({"error": {"kind": kind, "message": format!("{e:#}")}}));
            ExitCode::from(code)
        }
    }
}

/// Whether writing failed because the reader of stdout went away.
fn broken_pipe(e: &anyhow::Error) -> bool {
    use std::io::ErrorKind::BrokenPipe;
    e.chain().any(|cause| {
        cause.downcast_ref::<std::io::Error>().is_some_and(|io| io.kind() == BrokenPipe)
            || cause.downcast_ref::<serde_json::Error>().is_some_and(|j| j.io_error_kind() == Some(BrokenPipe))
            || cause.downcast_ref::<csv::Error>().is_some_and(|c| matches!(c.kind(), csv::ErrorKind::Io(io) if io.kind() == BrokenPipe))
    })
}

/// `--args`: the JSON itself, `@FILE`, or `-` for stdin (the way past the 128 KB an
/// argument may hold, for a batch of leads).
fn read_args(args: &str) -> anyhow::Result<serde_json::Value> {
    let text = match args {
        "-" => std::io::read_to_string(std::io::stdin()).map_err(|e| invalid(format!("`--args -`: reading stdin failed: {e}")))?,
        file if file.starts_with('@') => std::fs::read_to_string(&file[1..]).map_err(|e| invalid(format!("`--args {file}`: {e}")))?,
        json => json.to_string(),
    };
    serde_json::from_str(&text).map_err(|e| invalid(format!("`--args` is not valid JSON: {e}")))
}

/// The tool named `name`, or why there is none (with the names that come closest).
fn find<'a>(tools: &'a [smartlead_host::Tool], name: &str) -> anyhow::Result<&'a smartlead_host::Tool> {
    if let Some(tool) = tools.iter().find(|t| t.name == name) {
        return Ok(tool);
    }
    let words: Vec<&str> = name.split('_').filter(|w| !matches!(*w, "smartlead" | "all" | "a" | "by" | "id")).collect();
    let mut close: Vec<(usize, &str)> = tools.iter().map(|t| (words.iter().filter(|w| t.name.split('_').any(|n| n == **w)).count(), t.name.as_str())).collect();
    close.sort_by_key(|c| std::cmp::Reverse(c.0));
    let close: Vec<&str> = close.iter().filter(|(n, _)| *n > 0).take(3).map(|(_, name)| *name).collect();
    let hint = if close.is_empty() { String::new() } else { format!("; did you mean {}?", close.join(", ")) };
    Err(invalid(format!("unknown tool `{name}`: `smartlead tools` lists the {} tools{hint}", tools.len())))
}

async fn run(cli: Cli) -> anyhow::Result<ExitCode> {
    cli.connection.init_logs();
    let mut settings = cli.connection.settings()?;
    let args = &cli.connection.accounts;
    // Opened only when used, so no other command makes a database file.
    let serves = matches!(cli.command, Command::Serve { .. });
    let accounts = if args.account.is_some() || matches!(cli.command, Command::Accounts { .. }) || (serves && args.configured()) {
        Some(std::sync::Arc::new(Accounts::open(args).await.map_err(account_error)?))
    } else {
        None
    };
    if let (Some(name), Some(accounts)) = (&args.account, &accounts) {
        if cli.connection.api_key.is_some() {
            return Err(invalid("give --api-key or --account, not both"));
        }
        let (account, key) = accounts.key(name).await.map_err(account_error)?;
        settings.api_key = Some(key.expose().to_string());
        if !cli.connection.custom_pacing() {
            settings.pacing = account.plan.pacing();
        }
    }
    match cli.command {
        Command::Tools { name, markdown } => {
            let connector = Connector::new(settings)?;
            let tools = connector.list_tools().await?;
            if markdown {
                print!("{}", markdown_table(&tools));
                return Ok(ExitCode::SUCCESS);
            }
            if let Some(name) = name {
                println!("{}", serde_json::to_string_pretty(find(&tools, &name)?)?);
                return Ok(ExitCode::SUCCESS);
            }
            let tools: Vec<serde_json::Value> = tools
                .into_iter()
                .map(|t| {
                    serde_json::json!({"name": t.name, "description": t.description, "input_schema": t.input_schema, "annotations": t.annotations})
                })
                .collect();
            println!("{}", serde_json::to_string_pretty(&tools)?);
            Ok(ExitCode::SUCCESS)
        }
        Command::Call { tool, args, all } => {
            let args = read_args(&args)?;
            if settings.api_key.is_none() {
                return Err(invalid("no API key: set SMARTLEAD_API_KEY or pass --api-key; nothing was sent"));
            }
            let connector = Connector::new(settings)?;
            if all {
                let tools = connector.list_tools().await?;
                if find(&tools, &tool)?.input_schema["properties"].get("next_cursor").is_none() {
                    return Err(invalid(format!("--all follows the pages of a list tool; {tool} returns one record")));
                }
                let mut session = connector.session().await?;
                let mut out = std::io::stdout().lock();
                let written = session.each_record(&tool, &args, |record| Ok(writeln!(out, "{record}")?)).await?;
                return Ok(match written {
                    Ok(_) => ExitCode::SUCCESS,
                    Err(e) => {
                        eprintln!("{}", serde_json::json!({"error": e}));
                        ExitCode::from(e.exit_code() as u8)
                    }
                });
            }
            match connector.call_tool(&tool, &args).await? {
                Ok(result) => {
                    println!("{}", serde_json::to_string_pretty(&result)?);
                    Ok(ExitCode::SUCCESS)
                }
                Err(e) if e.message.starts_with("unknown tool") => Err(find(&connector.list_tools().await?, &tool).err().unwrap_or_else(|| invalid(e.message))),
                Err(e) => {
                    eprintln!("{}", serde_json::json!({"error": e}));
                    Ok(ExitCode::from(e.exit_code() as u8))
                }
            }
        }
        Command::Mcp { http, read_only, no_confirm, allowed, max_concurrency, login } => {
            let login = match http {
                Some(addr) => Some(login.login(addr, settings.api_key.is_some()).map_err(invalid)?),
                None => None,
            };
            let connector = Connector::new(settings)?;
            let safety = Safety { read_only, require_confirm: !no_confirm };
            let server = McpServer::new(connector, safety, max_concurrency as usize).await?;
            match (http, login) {
                (Some(addr), Some(login)) => {
                    let listener = tokio::net::TcpListener::bind(addr).await?;
                    // One line on stderr so a parent process knows where to connect.
                    eprintln!("smartlead MCP server listening on http://{}/mcp", listener.local_addr()?);
                    mcp::serve_http(server, listener, &allowed, login).await?;
                }
                _ => mcp::serve_stdio(server).await?,
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Serve { listen, allowed, max_concurrency, max_queue, max_queue_wait_ms, read_timeout_ms, login, events } => {
            // Linked accounts are keys this host holds too.
            let login = login.login(listen, settings.api_key.is_some() || accounts.is_some()).map_err(invalid)?;
            if events.on_reply.is_some() && settings.api_key.is_none() {
                return Err(invalid("--on-reply pauses leads with this host's API key: give --api-key or SMARTLEAD_API_KEY"));
            }
            let limits = Limits {
                max_concurrency: max_concurrency as usize,
                max_queue,
                max_queue_wait: Duration::from_millis(max_queue_wait_ms),
                read_timeout: Duration::from_millis(read_timeout_ms),
            };
            let named = events.events_db.is_some();
            let connector = Connector::new(settings)?;
            let events = std::sync::Arc::new(Events::new(&events, connector.rate_store().cloned()));
            // A database named, or one reply actions wait in, opens now: a path that cannot
            // be used is said at start, not at the first delivery.
            if named || events.on_reply.is_some() {
                events.store().await.map_err(invalid)?;
            }
            if events.on_reply.is_some() {
                tokio::spawn(smartlead_host::reply_routing::run(connector.clone(), events.clone()));
            }
            let options = gateway::Options { allowed, limits, login, events: Some(events), accounts };
            let gateway = Gateway::new(connector, options)?;
            let listener = tokio::net::TcpListener::bind(listen).await?;
            // One line on stderr so a parent process knows where to connect.
            eprintln!("smartlead gateway listening on http://{}", listener.local_addr()?);
            gateway.serve(listener).await?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Leads { command: LeadsCommand::Import { campaign, file, format, batch_size, map, ignore_global_block_list, ignore_unsubscribe_list, ignore_duplicate_leads_in_other_campaign, ignore_community_bounce_list, dry_run, restart } } => {
            let format = match format {
                Some(ListFormat::Csv) => InputFormat::Csv,
                Some(ListFormat::Jsonl) => InputFormat::Jsonl,
                None => import::format_of(&file).ok_or_else(|| invalid(format!("{}: name it .csv or .jsonl, or give --format", file.display())))?,
            };
            if settings.api_key.is_none() && !dry_run {
                return Err(invalid("no API key: set SMARTLEAD_API_KEY or pass --api-key; nothing was sent"));
            }
            let flag = |on: bool| on.then_some(true);
            let import = import::Import {
                campaign_id: campaign,
                input: file,
                format,
                batch_size,
                overrides: map,
                settings: ImportSettings {
                    ignore_global_block_list: flag(ignore_global_block_list),
                    ignore_unsubscribe_list: flag(ignore_unsubscribe_list),
                    ignore_duplicate_leads_in_other_campaign: flag(ignore_duplicate_leads_in_other_campaign),
                    ignore_community_bounce_list: flag(ignore_community_bounce_list),
                    return_lead_ids: None,
                },
                dry_run,
                restart,
            };
            let ended = import::run(&Connector::new(settings)?, &import).await?;
            println!("{}", serde_json::to_string_pretty(&ended.report)?);
            Ok(match ended.stopped {
                None => ExitCode::SUCCESS,
                Some(stop) => {
                    eprintln!("{}", serde_json::json!({"error": {"kind": stop.kind, "message": stop.message}}));
                    ExitCode::from(stop.exit_code as u8)
                }
            })
        }
        Command::Leads { command: LeadsCommand::Export(args) } => run_export(settings, export::Source::Leads, args).await,
        Command::Stats { command: StatsCommand::Export(args) } => run_export(settings, export::Source::Statistics, args).await,
        Command::Events { command: EventsCommand::List { events_db, kind, campaign_id, after, follow } } => {
            let reader = store::Reader::open(&events_db).map_err(invalid)?;
            let mut query = feed::Query { filter: store::Filter { kind, campaign_id }, after: after.unwrap_or(0), limit: feed::MAX_LIMIT };
            let mut out = std::io::stdout().lock();
            loop {
                let page = reader.list(&query.filter, query.after, query.limit)?;
                for event in &page {
                    writeln!(out, "{}", feed::item(event))?;
                }
                out.flush()?;
                match page.last() {
                    Some(last) => query.after = last.seq,
                    None if follow => tokio::time::sleep(FOLLOW_EVERY).await,
                    None => return Ok(ExitCode::SUCCESS),
                }
            }
        }
        Command::Accounts { command } => {
            let accounts = accounts.expect("opened for every accounts command");
            let done = match command {
                AccountsCommand::Link { name } => {
                    smartlead_host::accounts::check_name(&name).map_err(account_error)?;
                    let key = read_key(&name)?;
                    link::link(&accounts, &Connector::new(settings)?, &name, &key, cli.connection.plan).await.map(|(account, linked)| serde_json::json!({"result": account, "linked": linked}))
                }
                AccountsCommand::List => accounts.list().await.map(|list| serde_json::json!({"result": list, "result_count": list.len()})),
                AccountsCommand::Verify { name } => link::verify(&accounts, &Connector::new(settings)?, &name).await.map(|account| serde_json::json!({"result": account})),
                AccountsCommand::Unlink { name } => accounts.unlink(&name).await.map(|account| serde_json::json!({"result": account, "unlinked": true})),
            };
            match done {
                Ok(answer) => {
                    println!("{}", serde_json::to_string_pretty(&answer)?);
                    Ok(ExitCode::SUCCESS)
                }
                Err(e) => {
                    eprintln!("{}", serde_json::json!({"error": {"kind": e.kind(), "message": e.message()}}));
                    Ok(ExitCode::from(e.exit_code()))
                }
            }
        }
        Command::Demo => {
            smartlead_host::demo::run(&mut std::io::stdout()).await?;
            Ok(ExitCode::SUCCESS)
        }
    }
}

/// An account store failure as the CLI reports it: bad input (exit 2), or the host's (1).
fn account_error(e: smartlead_host::accounts::AccountError) -> anyhow::Error {
    use smartlead_host::accounts::AccountError::{Invalid, NotFound};
    match e {
        Invalid(m) | NotFound(m) => invalid(m),
        other => anyhow::anyhow!(other.message().to_string()),
    }
}

/// The key to link: a line of stdin, or typed at a prompt without echo; never an
/// argument, which shell history would keep.
fn read_key(name: &str) -> anyhow::Result<smartlead_host::ApiKey> {
    use std::io::IsTerminal;
    let text = if std::io::stdin().is_terminal() {
        rpassword::prompt_password(format!("Smartlead API key for {name}: "))?
    } else {
        let mut line = String::new();
        std::io::stdin().read_line(&mut line).map_err(|e| invalid(format!("reading the key from stdin: {e}")))?;
        line
    };
    smartlead_host::ApiKey::new(&text).ok_or_else(|| invalid("no API key on stdin: pipe it in (e.g. `pass show acme | smartlead accounts link acme`) or type it at the prompt"))
}

/// `leads export` and `stats export`.
async fn run_export(settings: Settings, source: export::Source, args: ExportArgs) -> anyhow::Result<ExitCode> {
    if settings.api_key.is_none() {
        return Err(invalid("no API key: set SMARTLEAD_API_KEY or pass --api-key; nothing was sent"));
    }
    let export = export::Export { source, campaign_id: args.campaign, format: args.format, out: args.out, escape_formulas: args.escape_formulas };
    match export::run(&Connector::new(settings)?, &export).await? {
        Ok(_) => Ok(ExitCode::SUCCESS),
        Err(e) => {
            eprintln!("{}", serde_json::json!({"error": e}));
            Ok(ExitCode::from(e.exit_code() as u8))
        }
    }
}

/// One row per tool: name, kind, and the first sentence of its description.
fn markdown_table(tools: &[smartlead_host::Tool]) -> String {
    let mut out = String::from("| tool | kind | what it does |\n|---|---|---|\n");
    for t in tools {
        let kind = match (t.annotations.read_only, t.annotations.destructive) {
            (true, _) => "read",
            (_, true) => "destructive",
            _ => "write",
        };
        let first = t.description.split(". ").next().unwrap_or_default().trim_end_matches('.');
        out.push_str(&format!("| `{}` | {kind} | {first}. |\n", t.name));
    }
    out
}
