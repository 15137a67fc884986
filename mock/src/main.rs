//! `smartlead-mock`: run the fake Smartlead API on its own, e.g. for the Python and
//! JavaScript examples: `cargo run -p smartlead-mock -- --port 8787`.

use clap::Parser;
use smartlead_mock::{MockServer, Options};
use std::net::SocketAddr;

#[derive(Parser)]
#[command(version, about = "A stateful fake Smartlead API on loopback")]
struct Cli {
    /// Port on 127.0.0.1; 0 picks a free one.
    #[arg(long, default_value_t = 8787)]
    port: u16,
    /// The API key the mock accepts.
    #[arg(long, env = "SMARTLEAD_API_KEY", default_value = "test-key")]
    api_key: String,
    /// Accept any key, each an account of its own (a multi-tenant platform's view).
    #[arg(long)]
    any_key: bool,
}

fn main() -> anyhow::Result<()> {
    let cli = Cli::parse();
    let options = Options { any_key: cli.any_key, tls: None };
    let server = MockServer::start_with(SocketAddr::from(([127, 0, 0, 1], cli.port)), &cli.api_key, options)?;
    // The one line a parent process waits for; the key itself is not printed.
    println!("smartlead-mock listening on {}", server.base_url());
    // Serves until the process is stopped.
    loop {
        std::thread::park();
    }
}
