//! `smartlead`: the Smartlead component as a command line — list its tools, call one,
//! serve the HTTP gateway or MCP, or watch a demo against the built-in mock.

use clap::{Args, Parser, Subcommand};
use smartlead_host::allowed::Allowed;
use smartlead_host::gateway::Gateway;
use smartlead_host::mcp::{self, McpServer, Safety};
use smartlead_host::{Connector, DEFAULT_BASE_URL, Settings};
use std::io::Write;
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
    /// Smartlead API key; kept by the host and added to requests, never given to the component.
    #[arg(long, env = "SMARTLEAD_API_KEY", hide_env_values = true, global = true)]
    api_key: Option<String>,
    /// Smartlead API base URL.
    #[arg(long, env = "SMARTLEAD_BASE_URL", default_value = DEFAULT_BASE_URL, global = true)]
    base_url: String,
    /// Client-side request budget per minute (bursts of at most 10 per 2 s).
    #[arg(long, global = true)]
    requests_per_minute: Option<u32>,
    /// Extra attempts for requests that are safe to repeat.
    #[arg(long, global = true)]
    max_retries: Option<u32>,
    /// Per-request timeout in milliseconds.
    #[arg(long, default_value_t = 30_000, global = true)]
    timeout_ms: u64,
}

#[derive(Subcommand)]
enum Command {
    /// Print every tool as a JSON array (name, description, input_schema, annotations).
    Tools {
        /// Print a Markdown table instead (the README's tool list).
        #[arg(long)]
        markdown: bool,
    },
    /// Call one tool; prints its JSON result, or the error as JSON on stderr.
    Call {
        /// Tool name, e.g. list_all_smartlead_campaigns.
        tool: String,
        /// Arguments as a JSON object.
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
    },
}

impl Connection {
    fn settings(self) -> Settings {
        Settings {
            api_key: self.api_key.filter(|k| !k.is_empty()),
            base_url: self.base_url,
            requests_per_minute: self.requests_per_minute,
            max_retries: self.max_retries,
            timeout: Duration::from_millis(self.timeout_ms),
            max_response_bytes: None,
        }
    }
}

#[tokio::main]
async fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli).await {
        Ok(code) => code,
        Err(e) => {
            eprintln!("{}", serde_json::json!({"error": {"kind": "host", "message": format!("{e:#}")}}));
            ExitCode::from(1)
        }
    }
}

async fn run(cli: Cli) -> anyhow::Result<ExitCode> {
    match cli.command {
        Command::Tools { markdown } => {
            let connector = Connector::new(cli.connection.settings())?;
            let tools = connector.list_tools().await?;
            if markdown {
                print!("{}", markdown_table(&tools));
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
            let args: serde_json::Value = match serde_json::from_str(&args) {
                Ok(v) => v,
                Err(e) => {
                    let message = format!("`--args` is not valid JSON: {e}");
                    eprintln!("{}", serde_json::json!({"error": {"kind": "invalid_input", "message": message}}));
                    return Ok(ExitCode::from(2));
                }
            };
            let connector = Connector::new(cli.connection.settings())?;
            if all {
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
                Err(e) => {
                    eprintln!("{}", serde_json::json!({"error": e}));
                    Ok(ExitCode::from(e.exit_code() as u8))
                }
            }
        }
        Command::Mcp { http, read_only, no_confirm, allowed } => {
            let connector = Connector::new(cli.connection.settings())?;
            let safety = Safety { read_only, require_confirm: !no_confirm };
            let server = McpServer::new(connector, safety).await?;
            match http {
                Some(addr) => {
                    let listener = tokio::net::TcpListener::bind(addr).await?;
                    // One line on stderr so a parent process knows where to connect.
                    eprintln!("smartlead MCP server listening on http://{}/mcp", listener.local_addr()?);
                    mcp::serve_http(server, listener, &allowed).await?;
                }
                None => mcp::serve_stdio(server).await?,
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Serve { listen, allowed } => {
            let gateway = Gateway::new(Connector::new(cli.connection.settings())?, allowed)?;
            let listener = tokio::net::TcpListener::bind(listen).await?;
            // One line on stderr so a parent process knows where to connect.
            eprintln!("smartlead gateway listening on http://{}", listener.local_addr()?);
            gateway.serve(listener).await?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Demo => {
            smartlead_host::demo::run(&mut std::io::stdout()).await?;
            Ok(ExitCode::SUCCESS)
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
