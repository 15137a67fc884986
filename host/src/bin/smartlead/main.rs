//! `smartlead`: the Smartlead component as a command line — list its tools, call one,
//! serve the HTTP gateway (with the webhook receiver) or MCP, import and export leads,
//! link customers' accounts, read the kept webhook events, or watch a demo against the
//! built-in mock. The flags every command takes are in `cli`, each command in a file
//! of `commands/`, and every failure is reported by `failure`.

mod cli;
mod commands;
mod failure;

use clap::Parser;
use cli::Connection;
use commands::{Command, Context};
use failure::Failure;
use std::process::ExitCode;

#[derive(Parser)]
#[command(version, about = "Smartlead.ai through a sandboxed WebAssembly component")]
struct Cli {
    #[command(flatten)]
    connection: Connection,
    #[command(subcommand)]
    command: Command,
}

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) if !e.use_stderr() => e.exit(),
        // A command line that does not parse is invalid input, reported as every other.
        Err(e) => {
            let message = e.render().to_string();
            return Failure::new("invalid_input", message.trim().trim_start_matches("error: ")).report();
        }
    };
    // A command that serves one caller runs on this thread alone: a stdio MCP call's work
    // otherwise crossed between threads about 17 times (docs/mcp.md).
    let mut runtime = if cli.command.serves_many() { tokio::runtime::Builder::new_multi_thread() } else { tokio::runtime::Builder::new_current_thread() };
    let runtime = runtime.enable_all().build();
    let runtime = match runtime {
        Ok(runtime) => runtime,
        Err(e) => return Failure::of(anyhow::Error::new(e).context("starting the async runtime")).report(),
    };
    match runtime.block_on(run(cli)) {
        Ok(()) => ExitCode::SUCCESS,
        // A reader that stopped reading (`| head`) ends the output, not in an error.
        Err(e) if broken_pipe(&e) => ExitCode::SUCCESS,
        Err(e) => Failure::of(e).report(),
    }
}

async fn run(cli: Cli) -> anyhow::Result<()> {
    cli.connection.init_logs();
    let mut settings = cli.connection.settings()?;
    let accounts = commands::open_for(&cli.connection, &cli.command).await?;
    commands::spend(&cli.connection, accounts.as_deref(), &mut settings).await?;
    cli.command.run(Context { connection: &cli.connection, settings, accounts }).await
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
