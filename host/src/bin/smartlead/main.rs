//! `smartlead`: the Smartlead component as a command line — list its tools, call one,
//! serve the HTTP gateway (with the webhook receiver) or MCP, import and export leads,
//! link customers' accounts, read the kept webhook events, or watch a demo against the
//! built-in mock.

mod accounts;
mod args;

use args::{Cli, Command, EventsCommand, ExportArgs, LeadsCommand, ListFormat, StatsCommand};
use clap::Parser;
use smartlead_host::bindings::bulk::InputFormat;
use smartlead_host::bindings::campaign_leads::ImportSettings;
use smartlead_host::bulk::{export, import};
use smartlead_host::events::{Events, feed, store};
use smartlead_host::gateway::{self, Gateway, Limits};
use smartlead_host::invalid::{Invalid, invalid};
use smartlead_host::mcp::{self, McpServer, Safety};
use smartlead_host::{Connector, Settings};
use std::io::Write;
use std::process::ExitCode;
use std::time::Duration;

/// How often `events list --follow` looks for new events.
const FOLLOW_EVERY: Duration = Duration::from_millis(250);

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
    let accounts = accounts::open_for(&cli.connection, &cli.command).await?;
    accounts::spend(&cli.connection, accounts.as_deref(), &mut settings).await?;
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
        Command::Mcp { http, read_only, no_confirm, allowed, max_concurrency, max_queue_wait_ms, login } => {
            let login = match http {
                Some(addr) => Some(login.login(addr).map_err(invalid)?),
                None => None,
            };
            let connector = Connector::new(settings)?;
            let safety = Safety { read_only, require_confirm: !no_confirm };
            let server = McpServer::new(connector, safety, max_concurrency as usize).await?.with_max_queue_wait(Duration::from_millis(max_queue_wait_ms));
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
            let login = login.login(listen).map_err(invalid)?;
            let receiving = events.receiver_on(listen).map_err(invalid)?;
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
            let options = gateway::Options { allowed, limits, login, events: receiving.then_some(events), accounts };
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
        Command::Accounts { command } => match &accounts {
            Some(accounts) => accounts::run(accounts, command, &cli.connection, settings).await,
            None => Err(anyhow::anyhow!("the accounts store was not opened")),
        },
        Command::Demo => {
            smartlead_host::demo::run(&mut std::io::stdout()).await?;
            Ok(ExitCode::SUCCESS)
        }
    }
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
