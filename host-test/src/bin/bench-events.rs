//! `make bench` (events out): Smartlead's deliveries taken by `smartlead serve` replicas
//! and pushed, signed, to a platform's subscriber: events a second from receipt to a
//! verified push with 1 replica (SQLite, then Postgres) and 2 replicas on one Postgres,
//! p50 and p99 from the delivery's POST to the subscriber's receipt, beside a bare
//! keep-alive POST loop to the same subscriber in the same run. Asserts nothing.
//!
//! Run: cargo run --release -p host-test --bin bench-events -- target/release/smartlead

use host_test::postgres::Postgres;
use host_test::reply_delivery;
use smartlead_host::events::outbox::signing::sign;
use std::collections::HashMap;
use std::io::BufRead;
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

const EVENTS: usize = 1000;
const CALLERS: usize = 8;
/// Lead ids start here, so an event's lead id says which delivery it was.
const FIRST_LEAD: u64 = 4_000_000_000;

/// The platform's endpoint: checks each push's Standard Webhooks signature and notes
/// when each delivery first arrived.
#[derive(Default)]
struct Subscriber {
    secret: Mutex<String>,
    arrived: Mutex<HashMap<u64, Instant>>,
    unverified: AtomicUsize,
    again: AtomicUsize,
    changed: tokio::sync::Notify,
}

impl Subscriber {
    fn take(&self, id: &str, timestamp: &str, signature: &str, body: &[u8]) -> bool {
        let at = Instant::now();
        let body = String::from_utf8_lossy(body);
        let expected = timestamp.parse().ok().and_then(|t| sign(&self.secret.lock().unwrap(), id, t, &body));
        if expected.as_deref() != Some(signature) {
            self.unverified.fetch_add(1, Ordering::Relaxed);
            return false;
        }
        let lead = serde_json::from_str::<serde_json::Value>(&body).ok().and_then(|e| e["lead_id"].as_u64());
        if let Some(lead) = lead {
            if self.arrived.lock().unwrap().insert(lead, at).is_some() {
                self.again.fetch_add(1, Ordering::Relaxed);
            }
            self.changed.notify_waiters();
        }
        true
    }

    fn reset(&self, secret: String) {
        *self.secret.lock().unwrap() = secret;
        self.arrived.lock().unwrap().clear();
        self.unverified.store(0, Ordering::Relaxed);
        self.again.store(0, Ordering::Relaxed);
    }

    /// Waits until `n` distinct deliveries arrived, or `limit` passed.
    async fn wait_for(&self, n: usize, limit: Duration) -> usize {
        let deadline = Instant::now() + limit;
        loop {
            let changed = self.changed.notified();
            let count = self.arrived.lock().unwrap().len();
            if count >= n || Instant::now() >= deadline {
                return count;
            }
            let _ = tokio::time::timeout(Duration::from_millis(200), changed).await;
        }
    }
}

async fn subscriber() -> anyhow::Result<(String, Arc<Subscriber>)> {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
    let url = format!("http://{}/hooks", listener.local_addr()?);
    let state = Arc::new(Subscriber::default());
    let serving = state.clone();
    tokio::spawn(async move {
        while let Ok((stream, _)) = listener.accept().await {
            let state = serving.clone();
            let service = hyper::service::service_fn(move |request: hyper::Request<hyper::body::Incoming>| {
                let state = state.clone();
                async move {
                    use http_body_util::BodyExt;
                    let header = |name: &str| request.headers().get(name).and_then(|v| v.to_str().ok()).unwrap_or_default().to_string();
                    let (id, timestamp, signature) = (header("webhook-id"), header("webhook-timestamp"), header("webhook-signature"));
                    let body = request.into_body().collect().await?.to_bytes();
                    let status = if state.take(&id, &timestamp, &signature, &body) { 200 } else { 401 };
                    let mut answer = hyper::Response::new(http_body_util::Full::new(bytes::Bytes::new()));
                    *answer.status_mut() = hyper::StatusCode::from_u16(status).expect("a status");
                    Ok::<_, hyper::Error>(answer)
                }
            });
            tokio::spawn(hyper::server::conn::http1::Builder::new().serve_connection(hyper_util::rt::TokioIo::new(stream), service));
        }
    });
    Ok((url, state))
}

/// A `smartlead serve` keeping events in `db` (a file or a Postgres URL).
struct Replica(Child, String);

impl Drop for Replica {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn replica(binary: &str, db: &str) -> anyhow::Result<Replica> {
    let mut child = Command::new(binary)
        .args(["serve", "--listen", "127.0.0.1:0", "--events-db", db])
        .env_remove("SMARTLEAD_API_KEY")
        .env("RUST_LOG", "warn")
        .stderr(Stdio::piped())
        .spawn()?;
    let mut line = String::new();
    let mut stderr = std::io::BufReader::new(child.stderr.take().expect("piped"));
    stderr.read_line(&mut line)?;
    let addr = line.trim().rsplit("http://").next().unwrap_or_default().to_string();
    // Keep reading, so a replica that logs never blocks on a full pipe.
    std::thread::spawn(move || std::io::copy(&mut stderr, &mut std::io::sink()));
    anyhow::ensure!(!addr.is_empty(), "{binary} serve did not start: {line}");
    Ok(Replica(child, format!("http://{addr}")))
}

fn percentile(samples: &mut [Duration], p: f64) -> Duration {
    samples.sort();
    samples[((samples.len() - 1) as f64 * p) as usize]
}

fn ms(d: Duration) -> String {
    format!("{:.1} ms", d.as_secs_f64() * 1000.0)
}

/// What one run measured: events a second, p50 and p99, and what did not go as it should.
struct Run {
    rate: f64,
    p50: Duration,
    p99: Duration,
    arrived: usize,
    note: String,
}

/// `EVENTS` deliveries POSTed to the replicas in turn, `CALLERS` at once, each timed
/// from its POST to its push's arrival.
async fn pushed(replicas: &[Replica], subscriber: &Subscriber, url: &str, first: u64) -> anyhow::Result<Run> {
    let client = reqwest::Client::new();
    let created = client.post(format!("{}/event-subscriptions", replicas[0].1)).header("content-type", "application/json").body(serde_json::json!({"url": url}).to_string()).send().await?;
    let answer: serde_json::Value = serde_json::from_slice(&created.bytes().await?)?;
    let secret = answer["secret"].as_str().ok_or_else(|| anyhow::anyhow!("no secret in {answer}"))?;
    subscriber.reset(secret.to_string());
    // One delivery first, through every replica: databases open, connections made.
    for (i, r) in replicas.iter().enumerate() {
        client.post(format!("{}/webhooks/smartlead", r.1)).body(reply_delivery(7, first - 1 - i as u64, "warm@example.com").to_string()).send().await?;
    }
    anyhow::ensure!(subscriber.wait_for(replicas.len(), Duration::from_secs(30)).await == replicas.len(), "the warm-up deliveries were not pushed");
    subscriber.reset(secret.to_string());
    let sent_at: Arc<Mutex<HashMap<u64, Instant>>> = Arc::default();
    let urls: Vec<String> = replicas.iter().map(|r| format!("{}/webhooks/smartlead", r.1)).collect();
    let started = Instant::now();
    let tasks: Vec<_> = (0..CALLERS)
        .map(|c| {
            let (client, urls, sent_at) = (client.clone(), urls.clone(), sent_at.clone());
            tokio::spawn(async move {
                for n in (c..EVENTS).step_by(CALLERS) {
                    let lead = first + n as u64;
                    let body = reply_delivery(7, lead, "lead@example.com").to_string();
                    sent_at.lock().unwrap().insert(lead, Instant::now());
                    let answer = client.post(&urls[n % urls.len()]).body(body).send().await?;
                    anyhow::ensure!(answer.status() == 200, "a delivery was answered {}", answer.status());
                }
                anyhow::Ok(())
            })
        })
        .collect();
    for task in tasks {
        task.await??;
    }
    let arrived = subscriber.wait_for(EVENTS, Duration::from_secs(600)).await;
    let arrivals = subscriber.arrived.lock().unwrap().clone();
    let sent_at = sent_at.lock().unwrap();
    let mut latencies: Vec<Duration> = arrivals.iter().filter_map(|(lead, at)| Some(at.duration_since(*sent_at.get(lead)?))).collect();
    let last = arrivals.values().max().copied().unwrap_or(started);
    let (unverified, again) = (subscriber.unverified.load(Ordering::Relaxed), subscriber.again.load(Ordering::Relaxed));
    let note = match (arrived < EVENTS, unverified, again) {
        (false, 0, 0) => String::new(),
        _ => format!("{} of {EVENTS} arrived, {unverified} unverified, {again} pushed again", arrived.min(EVENTS)),
    };
    Ok(Run { rate: arrived as f64 / last.duration_since(started).as_secs_f64(), p50: percentile(&mut latencies, 0.5), p99: percentile(&mut latencies, 0.99), arrived, note })
}

/// `EVENTS` signed pushes POSTed straight to the subscriber over keep-alive
/// connections, `CALLERS` at once: the most a subscriber takes on this machine.
async fn bare(subscriber: &Subscriber, url: &str) -> anyhow::Result<Run> {
    let secret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    subscriber.reset(secret.to_string());
    let client = reqwest::Client::new();
    let started = Instant::now();
    let tasks: Vec<_> = (0..CALLERS)
        .map(|c| {
            let (client, url) = (client.clone(), url.to_string());
            tokio::spawn(async move {
                let mut took = Vec::new();
                for n in (c..EVENTS).step_by(CALLERS) {
                    let body = serde_json::json!({"id": format!("bare-{n}"), "kind": "EMAIL_REPLY", "lead_id": n as u64}).to_string();
                    let timestamp = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH)?.as_secs() as i64;
                    let signature = sign(secret, &format!("bare-{n}"), timestamp, &body).expect("the secret reads");
                    let sent = Instant::now();
                    let answer = client
                        .post(&url)
                        .header("webhook-id", format!("bare-{n}"))
                        .header("webhook-timestamp", timestamp.to_string())
                        .header("webhook-signature", signature)
                        .body(body)
                        .send()
                        .await?;
                    anyhow::ensure!(answer.status() == 200, "the subscriber answered {}", answer.status());
                    took.push(sent.elapsed());
                }
                anyhow::Ok(took)
            })
        })
        .collect();
    let mut took = Vec::new();
    for task in tasks {
        took.extend(task.await??);
    }
    let rate = EVENTS as f64 / started.elapsed().as_secs_f64();
    Ok(Run { rate, p50: percentile(&mut took, 0.5), p99: percentile(&mut took, 0.99), arrived: subscriber.arrived.lock().unwrap().len(), note: String::new() })
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let binary = std::env::args().nth(1).unwrap_or_else(|| "target/release/smartlead".into());
    let (url, subscriber) = subscriber().await?;
    let dir = smartlead_test_support::temp_dir("bench-events");
    std::fs::create_dir_all(&dir)?;
    println!("events out: {EVENTS} distinct deliveries of a documented EMAIL_REPLY, {CALLERS} at once, spread over the replicas;");
    println!("each kept, then pushed to one subscription, signed (Standard Webhooks), and checked by the subscriber\n");
    println!("| setup | events/s, receipt → verified push | p50 delivery → push | p99 | ÷ bare POST loop (events/s) | notes |");
    println!("|---|---:|---:|---:|---:|---|");
    let floor = bare(&subscriber, &url).await?;
    let sqlite = dir.join("events.db");
    let pg = Postgres::start()?;
    let pg_url = pg.url.clone();
    let setups: [(&str, Vec<&str>); 3] = [
        ("1 replica, SQLite", vec![sqlite.to_str().expect("a UTF-8 path")]),
        ("1 replica, Postgres", vec![&pg_url]),
        ("2 replicas, one Postgres", vec![&pg_url, &pg_url]),
    ];
    for (i, (name, dbs)) in setups.into_iter().enumerate() {
        let replicas: Vec<Replica> = dbs.iter().map(|db| replica(&binary, db)).collect::<anyhow::Result<_>>()?;
        let run = pushed(&replicas, &subscriber, &url, FIRST_LEAD + i as u64 * 1_000_000).await?;
        println!("| {name} | {:.0} | {} | {} | {:.2} | {} |", run.rate, ms(run.p50), ms(run.p99), run.rate / floor.rate, run.note);
        drop(replicas);
        // Another table's subscription would get the next setup's pushes too.
        pg.psql("DROP SCHEMA public CASCADE; CREATE SCHEMA public;")?;
    }
    println!("| bare POST loop to the subscriber (floor) | {:.0} | {} (one POST) | {} | 1.00 | {} arrived |", floor.rate, ms(floor.p50), ms(floor.p99), floor.arrived);
    let _ = std::fs::remove_dir_all(&dir);
    Ok(())
}
