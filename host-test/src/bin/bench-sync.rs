//! `make bench` (sync): `smartlead sync` of a 100,000-lead account (10 campaigns, 100,000
//! statistics) from the mock, into SQLite and into Postgres: the first sync, a re-sync
//! (what is new; the whole reads not yet due) and a re-sync that reads everything, with
//! the requests spent beside the fewest the API allows, the time those requests take at
//! the standard plan's budget (computed from its windows; the run itself is unpaced),
//! and rows a second beside a bare insert loop into the same database in the same run.
//! Asserts nothing.
//!
//! Run: cargo run --release -p host-test --bin bench-sync -- target/release/smartlead

use host_test::postgres::Postgres;
use smartlead_component::core::limiter::RateLimiter;
use smartlead_host::egress::pacer::Pacing;
use smartlead_mock::MockServer;
use std::process::Command;
use std::time::{Duration, Instant};

const KEY: &str = "bench-sync-key-0123456789";
const CAMPAIGNS: usize = 10;
const LEADS: usize = 10_000;
const STATISTICS: usize = 100_000;

/// The fewest requests that read the account: a page per 100 leads and per 1,000
/// statistics of each campaign, one for each campaign's sequences, webhooks, analytics
/// and analytics by date, one for each mailbox's warmup, and one for each of the five
/// account-wide lists.
fn fewest(mailboxes: usize) -> usize {
    let per_campaign = LEADS.div_ceil(100) + (STATISTICS / CAMPAIGNS).div_ceil(1000) + 4;
    5 + CAMPAIGNS * per_campaign + mailboxes
}

/// How long `requests` take when paced to Smartlead's standard plan.
fn at_standard(requests: usize) -> Duration {
    let mut limiter = RateLimiter::new(Pacing::standard().as_windows().to_vec());
    let mut now = Duration::ZERO;
    for _ in 0..requests {
        now += limiter.delay(now);
        limiter.record(now, now);
    }
    now
}

fn minutes(d: Duration) -> String {
    format!("{:.0} min", d.as_secs_f64() / 60.0)
}

/// One `smartlead sync` run, given `args` besides: its wall time and the requests the mock received.
fn sync(binary: &str, mock: &MockServer, to: &str, args: &[&str]) -> anyhow::Result<(Duration, usize)> {
    let before = mock.requests().len();
    let started = Instant::now();
    let out = Command::new(binary)
        .args(["sync", "--rate-window", "1000000/1s", "--budget-share", "1", "--to", to])
        .args(args)
        .env("SMARTLEAD_API_KEY", KEY)
        .env("SMARTLEAD_BASE_URL", mock.base_url())
        .env("RUST_LOG", "warn")
        .output()?;
    anyhow::ensure!(out.status.success(), "sync failed: {}", String::from_utf8_lossy(&out.stderr));
    Ok((started.elapsed(), mock.requests().len() - before))
}

/// Rows a second a bare loop inserts into SQLite, a page of 100 a transaction.
fn bare_sqlite(path: &std::path::Path, rows: usize) -> anyhow::Result<f64> {
    let mut db = rusqlite::Connection::open(path)?;
    db.execute_batch("PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; CREATE TABLE bare (account_id TEXT, id INTEGER, email TEXT, status TEXT, extra TEXT, PRIMARY KEY (account_id, id));")?;
    let started = Instant::now();
    for page in 0..rows / 100 {
        let tx = db.transaction()?;
        for i in 0..100 {
            let id = (page * 100 + i) as i64;
            tx.execute("INSERT INTO bare VALUES ('default', ?1, ?2, 'STARTED', NULL)", rusqlite::params![id, format!("l{id}@example.com")])?;
        }
        tx.commit()?;
    }
    Ok(rows as f64 / started.elapsed().as_secs_f64())
}

/// The same into Postgres, through psql's COPY-free path: one INSERT of 100 rows a page.
fn bare_postgres(pg: &Postgres, rows: usize) -> anyhow::Result<f64> {
    pg.psql("CREATE TABLE bare (account_id TEXT, id BIGINT, email TEXT, status TEXT, extra TEXT, PRIMARY KEY (account_id, id));")?;
    let mut script = String::new();
    for page in 0..rows / 100 {
        let values: Vec<String> = (0..100).map(|i| page * 100 + i).map(|id| format!("('default', {id}, 'l{id}@example.com', 'STARTED', NULL)")).collect();
        script += &format!("BEGIN; INSERT INTO bare VALUES {}; COMMIT;\n", values.join(", "));
    }
    let file = smartlead_test_support::temp_dir("bench-sync-bare").with_extension("sql");
    std::fs::write(&file, script)?;
    let started = Instant::now();
    let out = Command::new("psql").args([pg.url.as_str(), "-qAt", "-f"]).arg(&file).output()?;
    anyhow::ensure!(out.status.success(), "psql: {}", String::from_utf8_lossy(&out.stderr));
    let _ = std::fs::remove_file(&file);
    Ok(rows as f64 / started.elapsed().as_secs_f64())
}

fn main() -> anyhow::Result<()> {
    let binary = std::env::args().nth(1).unwrap_or_else(|| "target/release/smartlead".into());
    let mock = MockServer::start(KEY)?;
    mock.with_store(|s| s.sent_history(CAMPAIGNS, LEADS, STATISTICS));
    let rows = CAMPAIGNS * LEADS + STATISTICS;
    let fewest = fewest(mock.with_store(|s| s.email_accounts.len()));
    let dir = smartlead_test_support::temp_dir("bench-sync");
    std::fs::create_dir_all(&dir)?;
    let pg = Postgres::start()?;
    println!("sync: {CAMPAIGNS} campaigns, {} leads, {STATISTICS} statistics ({rows} rows); fewest requests the API allows: {fewest}", CAMPAIGNS * LEADS);
    println!("\n| into | run | requests | ÷ fewest | at the standard plan | wall (unpaced) | rows/s | bare insert loop, rows/s | ÷ bare |");
    println!("|---|---|---:|---:|---:|---:|---:|---:|---:|");
    let bare_lite = bare_sqlite(&dir.join("bare.db"), rows)?;
    let bare_pg = bare_postgres(&pg, rows)?;
    let sqlite = format!("sqlite:{}", dir.join("warehouse.db").display());
    for (name, to, bare) in [("SQLite", sqlite.as_str(), bare_lite), ("Postgres", pg.url.as_str(), bare_pg)] {
        for (run, args) in [("first sync", &[][..]), ("re-sync", &[]), ("re-sync, --refresh-every 0", &["--refresh-every", "0"])] {
            let (wall, requests) = sync(&binary, &mock, to, args)?;
            let per_second = if run == "first sync" { rows as f64 / wall.as_secs_f64() } else { f64::NAN };
            let rate = if per_second.is_nan() { "—".to_string() } else { format!("{per_second:.0}") };
            let ratio = if per_second.is_nan() { "—".to_string() } else { format!("{:.2}", per_second / bare) };
            println!(
                "| {name} | {run} | {requests} | {:.2} | {} | {:.1} s | {rate} | {bare:.0} | {ratio} |",
                requests as f64 / fewest as f64,
                minutes(at_standard(requests)),
                wall.as_secs_f64()
            );
        }
    }
    let _ = std::fs::remove_dir_all(&dir);
    Ok(())
}
