//! Events pushed to the platform: every kept event, Smartlead's and the host's own, is
//! delivered to each subscription that takes it, signed per Standard Webhooks, at least
//! once, from the outbox in the events database. Failures that may pass (5xx, 408, 409,
//! 429, no answer) are tried again on a schedule with jitter; any other answer is final;
//! a subscription whose delivery fails for the whole schedule is disabled. Delivering
//! never holds up Smartlead's deliveries to us: it runs beside them.

pub mod signing;
pub mod subscriptions;

use super::Events;
use super::db::Store;
use std::sync::Arc;
use std::time::Duration;
use subscriptions::{Due, Settled};

/// The default waits between attempts: about a day in all, as Svix's.
pub const DEFAULT_SCHEDULE: &str = "5s,5m,30m,2h,5h,10h,10h";
/// How long the platform has to answer one attempt, unless told otherwise.
const ATTEMPT_TIMEOUT: Duration = Duration::from_secs(15);
/// Attempts made at once, each batch claimed together.
const BATCH: usize = 64;
/// With nothing due, the outbox still looks this often (another process may plan some).
const IDLE_LOOK: Duration = Duration::from_secs(1);
/// The most of the platform's answer kept, for the delivery's status.
const KEPT_ANSWER: usize = 200;

/// The waits before the second, third, … attempt.
#[derive(Debug, Clone, PartialEq)]
pub struct Schedule(pub Vec<Duration>);

impl Schedule {
    /// `5s,5m,30m`: each wait in turn; as many attempts as waits, plus the first.
    pub fn parse(text: &str) -> Result<Schedule, String> {
        let waits = text.split(',').map(crate::core::duration::parse).collect::<Result<Vec<_>, _>>()?;
        if waits.is_empty() || waits.iter().any(Duration::is_zero) {
            return Err("the delivery schedule is waits such as 5s,5m,30m, none of them zero".into());
        }
        Ok(Schedule(waits))
    }

    /// How long, in all, a failing delivery is tried.
    pub fn span(&self) -> Duration {
        self.0.iter().sum()
    }
}

impl Default for Schedule {
    fn default() -> Self {
        Schedule::parse(DEFAULT_SCHEDULE).expect("the default schedule reads")
    }
}

/// How the outbox delivers.
#[derive(Debug, Clone)]
pub struct Options {
    pub schedule: Schedule,
    /// How long the platform has to answer one attempt. An attempt claimed and never
    /// settled (the process died) is made again twice this long after it was claimed.
    pub timeout: Duration,
}

impl Default for Options {
    fn default() -> Self {
        Options { schedule: Schedule::default(), timeout: ATTEMPT_TIMEOUT }
    }
}

/// What an attempt came to, for the operator's counters: `delivered`, `retrying`, `failed`.
pub type Counted = Arc<dyn Fn(&'static str) + Send + Sync>;

/// Delivers what falls due, until the process ends.
pub async fn run(events: Arc<Events>, options: Options, counted: Counted) {
    let lease = options.timeout * 2;
    let schedule = options.schedule;
    let client = match reqwest::Client::builder().timeout(options.timeout).redirect(reqwest::redirect::Policy::none()).user_agent(concat!("smartlead-component/", env!("CARGO_PKG_VERSION"))).build() {
        Ok(client) => client,
        Err(e) => return tracing::error!(error = %e, "the outbox could not make its HTTP client; no events are delivered"),
    };
    // The first event, or the first subscription, opens the database.
    let store = loop {
        match events.opened() {
            Some(store) => break store.clone(),
            None => tokio::time::sleep(IDLE_LOOK).await,
        }
    };
    loop {
        match store.claim_due(super::now_ms(), lease, BATCH).await {
            Ok(due) if !due.is_empty() => {
                let mut attempts = tokio::task::JoinSet::new();
                for d in due {
                    attempts.spawn(attempt(client.clone(), store.clone(), schedule.clone(), d, counted.clone()));
                }
                attempts.join_all().await;
                continue;
            }
            Ok(_) => {}
            Err(e) => tracing::error!(error = %e, "the outbox could not read the events database"),
        }
        let next = store.next_delivery_due().await.ok().flatten();
        let wait = next.map_or(IDLE_LOOK, |at| Duration::from_millis((at - super::now_ms()).clamp(0, IDLE_LOOK.as_millis() as i64) as u64));
        tokio::select! {
            _ = store.inserted().notified() => {}
            _ = tokio::time::sleep(wait) => {}
        }
    }
}

/// One attempt of one delivery, and its outcome recorded.
async fn attempt(client: reqwest::Client, store: Store, schedule: Schedule, due: Due, counted: Counted) {
    let timestamp = super::now_ms() / 1000;
    let Some(signature) = signing::sign(&due.secret, &due.event_id, timestamp, &due.body) else {
        let settled = Settled::Failed { status: None, error: "the subscription's secret does not read; rotate it".into(), disable: None };
        return record(&store, &due, settled).await;
    };
    let sent = client
        .post(&due.url)
        .header("content-type", "application/json")
        .header("webhook-id", &due.event_id)
        .header("webhook-timestamp", timestamp.to_string())
        .header("webhook-signature", signature)
        .body(due.body.clone())
        .send()
        .await;
    let answer = match sent {
        Ok(response) => {
            let status = response.status().as_u16();
            let text = response.text().await.unwrap_or_default();
            Ok((status, text))
        }
        Err(e) => Err(transport_error(&e)),
    };
    let settled = settle(&answer, due.attempts + 1, &schedule, super::now_ms(), jitter());
    counted(match &settled {
        Settled::Delivered { .. } => "delivered",
        Settled::Again { .. } => "retrying",
        Settled::Failed { .. } => "failed",
    });
    match &settled {
        Settled::Delivered { .. } => tracing::debug!(event = %due.event_id, subscription = %due.subscription_id, "event delivered"),
        Settled::Again { error, .. } => tracing::info!(event = %due.event_id, subscription = %due.subscription_id, %error, "event delivery failed; it will be tried again"),
        Settled::Failed { error, .. } => tracing::warn!(event = %due.event_id, subscription = %due.subscription_id, %error, "event delivery failed for good"),
    }
    record(&store, &due, settled).await;
}

async fn record(store: &Store, due: &Due, settled: Settled) {
    if let Err(e) = store.settle_delivery(due, settled).await {
        // The claim runs out and the attempt is made again: at least once, never lost.
        tracing::error!(event = %due.event_id, error = %e, "an event delivery's outcome was not recorded; it will be tried again");
    }
}

/// What an answer (or its absence) makes of attempt number `attempt`: delivered on 2xx;
/// tried again, after the schedule's wait stretched by `jitter` (0.8 to 1.2), on what may
/// pass; else failed, disabling the subscription when the schedule is spent.
fn settle(answer: &Result<(u16, String), String>, attempt: u32, schedule: &Schedule, now_ms: i64, jitter: f64) -> Settled {
    let (status, error, may_pass) = match answer {
        Ok((status, _)) if (200..300).contains(status) => return Settled::Delivered { status: *status },
        Ok((status, text)) => {
            let text: String = text.chars().take(KEPT_ANSWER).collect();
            let why = if (300..400).contains(status) { "redirects are not followed".to_string() } else { format!("the endpoint answered {status}: {text}") };
            (Some(*status), why, matches!(status, 408 | 409 | 429 | 500..=599))
        }
        Err(error) => (None, error.clone(), true),
    };
    if !may_pass {
        return Settled::Failed { status, error, disable: None };
    }
    match schedule.0.get(attempt as usize - 1) {
        Some(wait) => Settled::Again { status, error, due_ms: now_ms + (wait.as_millis() as f64 * jitter) as i64 },
        None => {
            let reason = format!("{attempt} attempts over {} s all failed; the last: {error}", schedule.span().as_secs());
            Settled::Failed { status, error, disable: Some(reason) }
        }
    }
}

/// 0.8 to 1.2, at random: retries of many deliveries spread out instead of arriving together.
fn jitter() -> f64 {
    use aes_gcm::aead::OsRng;
    use aes_gcm::aead::rand_core::RngCore;
    0.8 + 0.4 * (OsRng.next_u32() as f64 / u32::MAX as f64)
}

/// A transport failure in words, without the URL's query (it may carry a token).
fn transport_error(e: &reqwest::Error) -> String {
    let what = if e.is_timeout() {
        "no answer within the --delivery-timeout".to_string()
    } else if e.is_connect() {
        "the endpoint could not be reached".to_string()
    } else {
        "the request failed on the way".to_string()
    };
    let cause = std::error::Error::source(e).map(|s| format!(": {s}")).unwrap_or_default();
    format!("{what}{cause}")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn schedule() -> Schedule {
        Schedule::parse("1s,1m").unwrap()
    }

    #[test]
    fn answers_settle_as_the_rules_say() {
        let answer = |status: u16| Ok((status, "body".to_string()));
        assert_eq!(settle(&answer(204), 1, &schedule(), 0, 1.0), Settled::Delivered { status: 204 });
        for status in [500, 503, 408, 409, 429] {
            assert!(matches!(settle(&answer(status), 1, &schedule(), 0, 1.0), Settled::Again { due_ms: 1000, .. }), "{status}");
        }
        for status in [400, 401, 404, 410, 301] {
            assert!(matches!(settle(&answer(status), 1, &schedule(), 0, 1.0), Settled::Failed { disable: None, .. }), "{status}");
        }
        assert!(matches!(settle(&Err("down".into()), 2, &schedule(), 0, 1.2), Settled::Again { due_ms: 72_000, .. }));
        let Settled::Failed { disable: Some(reason), .. } = settle(&Err("down".into()), 3, &schedule(), 0, 1.0) else { panic!("the schedule was spent") };
        assert!(reason.contains("3 attempts over 61 s") && reason.contains("down"), "{reason}");
    }

    #[test]
    fn schedules_read_or_say_why_not() {
        assert_eq!(Schedule::default().0.len(), 7);
        assert!(Schedule::default().span() > Duration::from_secs(24 * 3600));
        assert!(Schedule::parse("5s,0s").is_err() && Schedule::parse("soon").is_err());
        let j = jitter();
        assert!((0.8..=1.2).contains(&j));
    }
}
