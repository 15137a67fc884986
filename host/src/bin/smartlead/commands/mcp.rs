//! `smartlead mcp [--http ADDR]`: the tools served to AI agents over MCP, stdio or
//! Streamable HTTP.

use super::Context;
use smartlead_host::Connector;
use smartlead_host::core::invalid::invalid;
use smartlead_host::surfaces::allowed::Allowed;
use smartlead_host::surfaces::login::LoginArgs;
use smartlead_host::surfaces::mcp::{self, McpServer, Safety};
use std::time::Duration;

#[derive(clap::Args)]
pub struct Args {
    /// Serve Streamable HTTP at http://ADDR/mcp instead of stdio, e.g. 127.0.0.1:8931.
    #[arg(long, value_name = "ADDR")]
    http: Option<std::net::SocketAddr>,
    /// Expose and run only the tools that change nothing, whatever the toolsets; the call
    /// tool too calls reads only.
    #[arg(long)]
    read_only: bool,
    /// The toolsets listed (comma-separated): the interfaces' groups (campaigns,
    /// campaign-leads, leads, master-inbox, analytics, ...), core or all. A request can
    /// choose others with the X-MCP-Toolsets header or a /mcp/x/{toolsets} path.
    #[arg(long, value_name = "TOOLSETS", default_value = mcp::toolsets::DEFAULT)]
    toolsets: String,
    /// Leave out search_smartlead_operations and call_smartlead_operation, the two tools
    /// that reach operations outside the toolsets.
    #[arg(long)]
    no_search_and_call: bool,
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
}

impl Args {
    /// Whether the server listens for HTTP clients instead of one over stdio.
    pub fn over_http(&self) -> bool {
        self.http.is_some()
    }
}

pub async fn run(args: Args, ctx: Context<'_>) -> anyhow::Result<()> {
    let login = args.http.map(|addr| args.login.login(addr).map_err(invalid)).transpose()?;
    let safety = Safety { read_only: args.read_only, require_confirm: !args.no_confirm };
    let mut server = McpServer::new(Connector::new(ctx.settings)?, safety, args.max_concurrency as usize)
        .await?
        .with_toolsets(&args.toolsets)
        .map_err(invalid)?
        .with_max_queue_wait(Duration::from_millis(args.max_queue_wait_ms));
    if args.no_search_and_call {
        server = server.without_search_and_call();
    }
    match (args.http, login) {
        (Some(addr), Some(login)) => {
            let listener = tokio::net::TcpListener::bind(addr).await?;
            // One line on stderr so a parent process knows where to connect.
            eprintln!("smartlead MCP server listening on http://{}/mcp", listener.local_addr()?);
            mcp::serve_http(server, listener, &args.allowed, login).await
        }
        _ => mcp::serve_stdio(server).await,
    }
}
