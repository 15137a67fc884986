//! `make bench` (webhooks): the receiver taking Smartlead deliveries durably — each one
//! read by the component in a fresh sandbox and committed to SQLite (WAL, synced) before
//! its 200 — at several concurrencies, beside baselines measured in the same run: a
//! keep-alive loop against an HTTP server that only answers 200 (the network floor), and
//! one synced SQLite commit after another (the disk floor). Asserts nothing.
//!
//! Run: cargo run --release -p host-test --bin bench-webhooks

use host_test::reply_delivery;
use smartlead_host::events::{Events, EventsArgs, EventsDb};
use smartlead_host::surfaces::gateway::Options;
use smartlead_host::{Connector, Settings};
use smartlead_mock::MockServer;
use std::sync::Arc;
use std::time::{Duration, Instant};

const DELIVERIES: usize = 2000;

fn percentile(samples: &mut [Duration], p: f64) -> Duration {
    samples.sort();
    samples[((samples.len() - 1) as f64 * p) as usize]
}

fn ms(d: Duration) -> String {
    format!("{:.2} ms", d.as_secs_f64() * 1000.0)
}

/// Rate and latencies of `total` POSTs of distinct deliveries to `url` from `callers`
/// at once over keep-alive connections.
async fn load(url: &str, callers: usize, total: usize) -> anyhow::Result<(f64, Duration, Duration)> {
    let client = reqwest::Client::builder().pool_max_idle_per_host(callers).build()?;
    let started = Instant::now();
    let tasks: Vec<_> = (0..callers)
        .map(|c| {
            let (client, url) = (client.clone(), url.to_string());
            tokio::spawn(async move {
                let mut samples = Vec::new();
                for n in (c..total).step_by(callers) {
                    let body = reply_delivery(7, 3_000_000_000 + n as u64, "lead@example.com").to_string();
                    let sent = Instant::now();
                    let answer = client.post(&url).header("x-request-id", format!("bench-{n}")).body(body).send().await?;
                    anyhow::ensure!(answer.status() == 200, "answered {}", answer.status());
                    answer.bytes().await?;
                    samples.push(sent.elapsed());
                }
                anyhow::Ok(samples)
            })
        })
        .collect();
    let mut samples = Vec::new();
    for task in tasks {
        samples.extend(task.await??);
    }
    let rate = total as f64 / started.elapsed().as_secs_f64();
    Ok((rate, percentile(&mut samples, 0.5), percentile(&mut samples, 0.99)))
}

/// A receiver on loopback keeping events in `dir`; returns its webhook URL and database.
async fn receiver(mock: &MockServer, dir: &std::path::Path, name: &str) -> anyhow::Result<(String, std::path::PathBuf)> {
    let connector = Connector::new(Settings { api_key: None, base_url: mock.base_url(), ..Settings::default() })?;
    let db = dir.join(format!("{name}.db"));
    let args = EventsArgs { store: EventsDb { events_db: Some(db.clone()) }, ..EventsArgs::default() };
    let events = Arc::new(Events::new(&args, None));
    let base = host_test::serve(&connector, Options { events: Some(events), ..Options::default() }).await;
    Ok((format!("{base}/webhooks/smartlead"), db))
}

/// An HTTP server that reads each request and answers 200, nothing else.
async fn bare_http() -> anyhow::Result<String> {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
    let url = format!("http://{}/webhooks/smartlead", listener.local_addr()?);
    tokio::spawn(async move {
        while let Ok((stream, _)) = listener.accept().await {
            let service = hyper::service::service_fn(|request: hyper::Request<hyper::body::Incoming>| async move {
                use http_body_util::BodyExt;
                request.into_body().collect().await?;
                Ok::<_, hyper::Error>(hyper::Response::new(http_body_util::Full::new(bytes::Bytes::from_static(b"{}"))))
            });
            tokio::spawn(hyper::server::conn::http1::Builder::new().serve_connection(hyper_util::rt::TokioIo::new(stream), service));
        }
    });
    Ok(url)
}

/// Synced commits of one row each, one after another, in a database set up as the
/// events store's: commits a second and the median commit.
fn sqlite_commits(path: &std::path::Path, n: usize) -> anyhow::Result<(f64, Duration)> {
    let connection = rusqlite::Connection::open(path)?;
    connection.query_row("PRAGMA journal_mode = WAL", [], |_| Ok(()))?;
    connection.pragma_update(None, "synchronous", "FULL")?;
    connection.execute_batch("CREATE TABLE t (id TEXT PRIMARY KEY, event TEXT)")?;
    let event = smartlead_component::surfaces::events::parse_webhook(&[], reply_delivery(7, 1, "lead@example.com").to_string().as_bytes(), None)
        .map_err(|e| anyhow::anyhow!("{e}"))?;
    let row = serde_json::to_string(&event[0])?;
    let mut samples = Vec::new();
    let started = Instant::now();
    for i in 0..n {
        let at = Instant::now();
        connection.execute("INSERT INTO t VALUES (?1, ?2)", rusqlite::params![i.to_string(), row])?;
        samples.push(at.elapsed());
    }
    Ok((n as f64 / started.elapsed().as_secs_f64(), percentile(&mut samples, 0.5)))
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let dir = std::env::temp_dir().join(format!("smartlead-bench-webhooks-{}", std::process::id()));
    std::fs::create_dir_all(&dir)?;
    let mock = MockServer::start_any_key("bench")?;
    let (disk_rate, disk_p50) = sqlite_commits(&dir.join("floor.db"), DELIVERIES)?;
    let bare = bare_http().await?;

    println!("webhook receiver, {DELIVERIES} distinct deliveries of a documented EMAIL_REPLY each run");
    println!("(each: read by the component in a fresh sandbox, committed to SQLite WAL with synchronous=FULL, then 200)\n");
    println!("| callers at once | receiver events/s (durable) | p50 arrival→durable | p99 | bare HTTP 200 loop, events/s | receiver ÷ bare HTTP |");
    println!("|---:|---:|---:|---:|---:|---:|");
    let mut sizes = Vec::new();
    for callers in [1, 8, 64] {
        let (url, db) = receiver(&mock, &dir, &format!("c{callers}")).await?;
        // One delivery first: the database opens on the first one.
        load(&url, 1, 1).await?;
        let (rate, p50, p99) = load(&url, callers, DELIVERIES).await?;
        let (bare_rate, _, _) = load(&bare, callers, DELIVERIES).await?;
        println!("| {callers} | {rate:.0} | {} | {} | {bare_rate:.0} | {:.2} |", ms(p50), ms(p99), rate / bare_rate);
        let bytes: u64 = ["", "-wal"].iter().filter_map(|s| std::fs::metadata(format!("{}{s}", db.display())).ok()).map(|m| m.len()).sum();
        sizes.push(bytes as f64 / DELIVERIES as f64);
        if callers == 1 {
            println!("| disk floor: one synced commit after another | {disk_rate:.0} commits/s | {} a commit | | | receiver(1) ÷ floor: {:.2} |", ms(disk_p50), rate / disk_rate);
        }
    }
    println!("\nOn disk: about {:.0} bytes per event (database and write-ahead log).", sizes.iter().sum::<f64>() / sizes.len() as f64);
    let _ = std::fs::remove_dir_all(&dir);
    Ok(())
}
