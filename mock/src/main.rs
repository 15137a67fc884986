//! `smartlead-mock`: run the fake Smartlead API on its own, e.g. for the Python and
//! JavaScript examples: `cargo run -p smartlead-mock -- --port 8787`.

use clap::Parser;
use smartlead_mock::MockServer;
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
}

fn main() -> anyhow::Result<()> {
    let cli = Cli::parse();
    let server = MockServer::start_on(SocketAddr::from(([127, 0, 0, 1], cli.port)), &cli.api_key)?;
    // The one line a parent process waits for; the key itself is not printed.
    println!("smartlead-mock listening on {}", server.base_url());
    // Serves until the process is stopped.
    loop {
        std::thread::park();
    }
}
