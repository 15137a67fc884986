//! `make bench` (bulk): `smartlead leads import` against a mock that enforces
//! Smartlead's standard limit, beside the fastest that limit allows; and `smartlead
//! leads export` of 10,000 to 100,000 leads, its time beside a native keep-alive loop
//! fetching the same pages, and its peak RSS (which should not grow with the count).
//! Asserts nothing.
//!
//! Run: cargo run --release -p host-test --bin bench-bulk -- target/release/smartlead

use smartlead_mock::MockServer;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const KEY: &str = "bench-bulk-key-0123456789";

/// Runs `smartlead ARGS` against `mock`; wall time and peak RSS (KiB), sampled from /proc.
fn run(binary: &str, mock: &MockServer, args: &[&str]) -> anyhow::Result<(Duration, u64)> {
    let started = Instant::now();
    let mut child = Command::new(binary)
        .args(args)
        .env("SMARTLEAD_API_KEY", KEY)
        .env("SMARTLEAD_BASE_URL", mock.base_url())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()?;
    let status = format!("/proc/{}/status", child.id());
    let mut peak = 0;
    loop {
        if let Ok(text) = std::fs::read_to_string(&status) {
            let hwm = text.lines().find(|l| l.starts_with("VmHWM:")).and_then(|l| l.split_whitespace().nth(1)?.parse().ok());
            peak = peak.max(hwm.unwrap_or(0));
        }
        if let Some(exit) = child.try_wait()? {
            anyhow::ensure!(exit.success(), "smartlead {args:?} failed: {exit}");
            return Ok((started.elapsed(), peak));
        }
        std::thread::sleep(Duration::from_millis(20));
    }
}

fn campaign(mock: &MockServer) -> u64 {
    mock.with_store(|s| s.create_campaign(Some("Bench"), None))
}

/// Leads a second importing `rows` in batches of `size` at Smartlead's standard limit
/// (10 per 2 s, 60 a minute, enforced by the mock), and the fastest that limit allows
/// (none when every request fits in the first burst).
fn import(binary: &str, rows: usize, size: usize) -> anyhow::Result<(f64, Option<f64>)> {
    let mock = MockServer::start(KEY)?;
    mock.enforce_rate_limit(&[(10, Duration::from_secs(2)), (60, Duration::from_secs(60))]);
    let campaign = campaign(&mock);
    let dir = std::env::temp_dir().join(format!("smartlead-bench-bulk-{}-{rows}-{size}", std::process::id()));
    std::fs::create_dir_all(&dir)?;
    let file = dir.join("prospects.csv");
    let lines: String = (0..rows).map(|i| format!("bench{i}@example.com,Bench {i},\"Acme, Inc\",CTO\n")).collect();
    std::fs::write(&file, format!("email,first_name,company,title\n{lines}"))?;
    let (c, size_arg) = (campaign.to_string(), size.to_string());
    let (took, _) = run(binary, &mock, &["leads", "import", "--campaign-id", &c, file.to_str().unwrap(), "--batch-size", &size_arg, "--plan", "standard"])?;
    anyhow::ensure!(mock.rate_limited_count() == 0, "the import was refused {} times", mock.rate_limited_count());
    let requests = rows.div_ceil(size);
    // At most 10 requests start in any 2 s: request n starts no sooner than 2 s × ((n-1) / 10).
    let fastest = Duration::from_secs(2) * ((requests as u32 - 1) / 10);
    let _ = std::fs::remove_dir_all(&dir);
    Ok((rows as f64 / took.as_secs_f64(), (!fastest.is_zero()).then(|| rows as f64 / fastest.as_secs_f64())))
}

/// Exporting `n` leads: wall time and peak RSS of `smartlead leads export`, and the time
/// a native keep-alive loop takes to fetch the same pages from the mock.
async fn export(binary: &str, n: usize) -> anyhow::Result<(Duration, u64, Duration)> {
    let mock = MockServer::start(KEY)?;
    let campaign = campaign(&mock);
    mock.with_store(|s| s.seed_campaign_leads(campaign, n));
    let out = std::env::temp_dir().join(format!("smartlead-bench-export-{}-{n}.csv", std::process::id()));
    let c = campaign.to_string();
    let (took, peak) = run(binary, &mock, &["leads", "export", "--campaign-id", &c, "--out", out.to_str().unwrap(), "--rate-window", "1000000/1s"])?;
    let _ = std::fs::remove_file(&out);
    let client = reqwest::Client::new();
    let started = Instant::now();
    for offset in (0..n).step_by(100) {
        let url = format!("{}/campaigns/{campaign}/leads?api_key={KEY}&offset={offset}&limit=100", mock.base_url());
        let page: serde_json::Value = serde_json::from_slice(&client.get(url).send().await?.bytes().await?)?;
        anyhow::ensure!(page["data"].as_array().is_some_and(|d| !d.is_empty()), "an empty page at {offset}");
    }
    Ok((took, peak, started.elapsed()))
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let binary = std::env::args().nth(1).unwrap_or_else(|| "target/release/smartlead".into());
    println!("bulk import through `smartlead leads import`, the mock enforcing Smartlead's standard limit (10 per 2 s, 60 a minute)\n");
    println!("| rows | batch size | requests | leads/s | fastest the limit allows | ratio |");
    println!("|---:|---:|---:|---:|---:|---:|");
    for (rows, size) in [(4_000, 100), (4_000, 400)] {
        let (rate, best) = import(&binary, rows, size)?;
        let (best, ratio) = match best {
            Some(best) => (format!("{best:.0}"), format!("{:.2}", rate / best)),
            None => ("no wait: one burst".into(), "—".into()),
        };
        println!("| {rows} | {size} | {} | {rate:.0} | {best} | {ratio} |", rows.div_ceil(size));
    }
    println!("\n`smartlead leads export` to CSV (100 leads a page), beside a native keep-alive loop fetching the same pages\n");
    println!("| leads | export time | leads/s | native page loop | ratio | exporter peak RSS |");
    println!("|---:|---:|---:|---:|---:|---:|");
    for n in [10_000, 50_000, 100_000] {
        let (took, peak, native) = export(&binary, n).await?;
        println!(
            "| {n} | {:.2} s | {:.0} | {:.2} s | {:.2} | {:.1} MiB |",
            took.as_secs_f64(),
            n as f64 / took.as_secs_f64(),
            native.as_secs_f64(),
            took.as_secs_f64() / native.as_secs_f64(),
            peak as f64 / 1024.0
        );
    }
    Ok(())
}
