//! `make bench` (fleet): 1, 2 and 3 `smartlead serve` replicas sending one key's
//! requests to a mock that enforces its budget, with and without the Redis fleet store:
//! requests answered, the mock's 429s, and budget utilisation (achieved rate ÷ allowed
//! rate). Then what a pacing decision costs through Redis beside the local pacer.
//! The budget is 20 a second (Smartlead's 10 per 2 s, scaled so a row takes seconds).
//! Asserts nothing.
//!
//! Run: cargo run --release -p host-test --bin bench-fleet -- target/release/smartlead

use host_test::fleet::Redis;
use smartlead_component::core::limiter::Window;
use smartlead_host::egress::pacer::{Pacers, Pacing};
use smartlead_host::fleet::FleetStore;
use smartlead_host::core::tenant::ApiKey;
use smartlead_mock::MockServer;
use std::io::BufRead;
use std::process::{Child, Command, Stdio};
use std::sync::Arc;
use std::time::{Duration, Instant};

const KEY: &str = "bench-fleet-key-0123456789";
const BUDGET: u32 = 20;
const REQUESTS: usize = 200;

/// A `smartlead serve`: the process, its address, its events database.
struct Replica(Child, String, std::path::PathBuf);

impl Drop for Replica {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
        let _ = std::fs::remove_file(&self.2);
    }
}

fn replica(binary: &str, mock: &MockServer, store: Option<(&str, usize)>) -> anyhow::Result<Replica> {
    let window = format!("{BUDGET}/1s");
    let events = smartlead_test_support::temp_dir("bench-fleet").join("events.db");
    let mut command = Command::new(binary);
    command.args(["serve", "--listen", "127.0.0.1:0", "--rate-window", &window, "--max-queue-wait-ms", "60000"]).arg("--events-db").arg(&events);
    if let Some((url, replicas)) = store {
        command.args(["--fleet-store", url, "--replicas", &replicas.to_string()]);
    }
    let mut child = command.env("SMARTLEAD_API_KEY", KEY).env("SMARTLEAD_BASE_URL", mock.base_url()).stderr(Stdio::piped()).spawn()?;
    let mut line = String::new();
    std::io::BufReader::new(child.stderr.take().expect("piped")).read_line(&mut line)?;
    let addr = line.trim().rsplit("http://").next().unwrap_or_default().to_string();
    Ok(Replica(child, addr, events))
}

/// REQUESTS GETs spread over `replicas`, 20 in flight: answered with 200, and the time taken.
async fn traffic(replicas: &[Replica]) -> (usize, Duration) {
    let client = reqwest::Client::builder().timeout(Duration::from_secs(120)).build().expect("a client");
    let started = Instant::now();
    let tasks: Vec<_> = (0..20)
        .map(|worker| {
            let client = client.clone();
            let urls: Vec<String> = replicas.iter().map(|r| format!("http://{}/unified/marketing-automation/campaigns", r.1)).collect();
            tokio::spawn(async move {
                let mut ok = 0;
                for i in (worker..REQUESTS).step_by(20) {
                    ok += client.get(&urls[i % urls.len()]).send().await.is_ok_and(|r| r.status() == 200) as usize;
                }
                ok
            })
        })
        .collect();
    let mut answered = 0;
    for task in tasks {
        answered += task.await.unwrap_or(0);
    }
    (answered, started.elapsed())
}

/// In microseconds.
fn percentile(sorted: &[Duration], p: f64) -> f64 {
    sorted[((sorted.len() as f64 * p) as usize).min(sorted.len() - 1)].as_secs_f64() * 1e6
}

/// Times `n` turns of a budget that never waits: the cost of the decision alone.
async fn decisions(pacers: &Pacers, n: usize) -> Vec<Duration> {
    let tenant = ApiKey::new(KEY).expect("a key").tenant();
    let mut took = Vec::with_capacity(n);
    for _ in 0..n {
        let started = Instant::now();
        let _ = pacers.turn(tenant, None).await;
        took.push(started.elapsed());
    }
    took.sort();
    took
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let binary = std::env::args().nth(1).unwrap_or_else(|| "target/release/smartlead".into());
    println!("one key, {REQUESTS} requests spread over the replicas, 20 in flight; the mock enforces {BUDGET} a second and each replica is told the same\n");
    // The fastest the budget allows: a burst of BUDGET at once, then BUDGET a second.
    let fastest = (REQUESTS as f64 / BUDGET as f64 - 1.0).max(0.0);
    let allowed = REQUESTS as f64 / fastest;
    println!("| replicas | fleet store | answered | mock's 429s | time | achieved rate | allowed ({REQUESTS} in {fastest:.0} s) | utilisation |");
    println!("|---:|---|---:|---:|---:|---:|---:|---:|");
    for n in 1..=3 {
        for shared in [false, true] {
            let mock = MockServer::start(KEY)?;
            mock.enforce_rate_limit(&[(BUDGET as usize, Duration::from_secs(1))]);
            let redis = Redis::start()?;
            let url = redis.url();
            let replicas: Vec<Replica> = (0..n).map(|_| replica(&binary, &mock, shared.then_some((url.as_str(), n)))).collect::<anyhow::Result<_>>()?;
            let (answered, took) = traffic(&replicas).await;
            let rate = answered as f64 / took.as_secs_f64();
            let store = if shared { "Redis" } else { "none" };
            println!("| {n} | {store} | {answered} | {} | {:.2} s | {rate:.1}/s | {allowed:.1}/s | {:.2} |", mock.rate_limited_count(), took.as_secs_f64(), rate / allowed);
        }
    }

    let redis = Redis::start()?;
    let huge = Pacing::windows(vec![Window { max: 1_000_000, window: Duration::from_secs(1) }]).map_err(anyhow::Error::msg)?;
    let store = Arc::new(FleetStore::new(&redis.url(), Arc::default()).map_err(anyhow::Error::msg)?);
    let local = decisions(&Pacers::new(huge.clone()), 2000).await;
    let shared = decisions(&Pacers::shared(huge, store, Some(3)), 2000).await;
    println!("\nwhat one pacing decision costs (2,000 turns that never wait, one after another)\n");
    println!("| pacer | p50 | p99 | added by the round trip (p50) |");
    println!("|---|---:|---:|---:|");
    println!("| local (one process) | {:.1} µs | {:.1} µs | — |", percentile(&local, 0.5), percentile(&local, 0.99));
    println!("| Redis (shared) | {:.1} µs | {:.1} µs | {:.1} µs |", percentile(&shared, 0.5), percentile(&shared, 0.99), percentile(&shared, 0.5) - percentile(&local, 0.5));
    Ok(())
}
