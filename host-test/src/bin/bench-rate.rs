//! `make bench` (rate): a bulk job of 1,000 requests through one component session
//! against a mock that enforces Smartlead's limit structure scaled to 50 requests/s
//! (3,000 a minute, bursts of 100 per 2 s). Prints how close the job came to the
//! fastest schedule the server allows, and how many 429s it drew. Asserts nothing.

use serde_json::json;
use smartlead_host::{Connector, Pacing, Settings};
use smartlead_mock::MockServer;
use std::time::{Duration, Instant};

const KEY: &str = "bench-key";
const REQUESTS: usize = 1000;
const PER_MINUTE: u32 = 3000;
const BURST: usize = 100;
const BURST_WINDOW: Duration = Duration::from_secs(2);

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let mock = MockServer::start(KEY)?;
    mock.enforce_rate_limit(&[(PER_MINUTE as usize, Duration::from_secs(60)), (BURST, BURST_WINDOW)]);
    let settings = Settings { api_key: smartlead_host::ApiKey::new(KEY), base_url: mock.base_url(), pacing: Pacing::per_minute(PER_MINUTE), ..Settings::default() };
    let connector = Connector::new(settings)?;
    let mut session = connector.session().await?;
    let begin = Instant::now();
    for _ in 0..REQUESTS {
        if let Err(e) = session.call_tool("list_all_smartlead_lead_category", &json!({})).await? {
            anyhow::bail!("a call failed: {e}");
        }
    }
    let elapsed = begin.elapsed();
    // The server admits a burst at once and the next one window later: the fastest
    // possible schedule ends when the last burst starts.
    let fastest = BURST_WINDOW * ((REQUESTS - 1) / BURST) as u32;
    println!("\n## Rate limiting: {REQUESTS} requests, server limit {PER_MINUTE}/min with bursts of {BURST} per {BURST_WINDOW:?}\n");
    println!("| measure | value |");
    println!("|---|---|");
    println!("| elapsed | {:.2} s (fastest the server allows: {:.2} s) |", elapsed.as_secs_f64(), fastest.as_secs_f64());
    println!("| achieved rate | {:.1} requests/s |", REQUESTS as f64 / elapsed.as_secs_f64());
    println!("| utilisation of the allowed rate | {:.3} |", fastest.as_secs_f64() / elapsed.as_secs_f64());
    println!("| 429 responses | {} |", mock.rate_limited_count());
    println!("| requests sent | {} |", mock.count("GET", "/leads/fetch-categories"));
    Ok(())
}
