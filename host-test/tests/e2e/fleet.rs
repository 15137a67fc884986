//! Many machines, on loopback: `examples/deploy/run.sh` (three `smartlead serve`
//! replicas sharing a real Redis, behind a real haproxy) against the mock enforcing
//! Smartlead's limits: one key's budget held across the replicas, Redis stopped and
//! started mid-run without a call failing, and one webhook delivery kept and acted on once.

use host_test::fleet::{Fleet, Redis};
use host_test::{KEY, metric, reply_delivery};
use smartlead_mock::MockServer;
use smartlead_test_support::eventually_async;
use std::path::PathBuf;
use std::time::Duration;

const ROUTE: &str = "/unified/marketing-automation/campaigns";

/// The `smartlead` binary `cargo test` built beside this test.
pub(crate) fn smartlead() -> PathBuf {
    let exe = std::env::current_exe().unwrap();
    let binary = exe.parent().and_then(|deps| deps.parent()).unwrap().join("smartlead");
    assert!(binary.exists(), "{} is missing: cargo build -p smartlead-host", binary.display());
    binary
}

/// `n` GETs of ROUTE through `front`, `at_once` in flight; each status.
async fn requests(front: &str, n: usize, at_once: usize) -> Vec<u16> {
    let client = reqwest::Client::builder().timeout(Duration::from_secs(120)).build().unwrap();
    let url = format!("http://{front}{ROUTE}");
    let next = std::sync::Arc::new(std::sync::atomic::AtomicUsize::new(0));
    let workers: Vec<_> = (0..at_once)
        .map(|_| {
            let (client, url, next) = (client.clone(), url.clone(), next.clone());
            tokio::spawn(async move {
                let mut statuses = Vec::new();
                while next.fetch_add(1, std::sync::atomic::Ordering::SeqCst) < n {
                    // A request that got no answer counts as 0, its cause printed for the failure's report.
                    let status = client.get(&url).send().await.map_or_else(|e| { eprintln!("no answer: {e:?}"); 0 }, |r| r.status().as_u16());
                    statuses.push(status);
                }
                statuses
            })
        })
        .collect();
    let mut statuses = Vec::new();
    for worker in workers {
        statuses.extend(worker.await.unwrap());
    }
    statuses
}

/// The sum of an unlabelled-by-tenant counter over the replicas' `/metrics`.
async fn total(fleet: &Fleet, name: &str) -> f64 {
    let mut sum = 0.0;
    for replica in &fleet.replicas {
        let text = reqwest::get(format!("http://{replica}/metrics")).await.unwrap().text().await.unwrap();
        sum += text.lines().filter(|l| l.starts_with(name)).filter_map(|l| l.rsplit(' ').next()?.parse::<f64>().ok()).sum::<f64>();
    }
    sum
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn three_replicas_keep_one_key_under_smartlead_s_limit() {
    let mock = MockServer::start(KEY).unwrap();
    mock.enforce_rate_limit(&[(60, Duration::from_secs(60)), (10, Duration::from_secs(2))]);
    let redis = Redis::start().unwrap();
    let fleet = Fleet::start(&smartlead(), &mock.base_url(), KEY, &redis.url(), &[]).unwrap();
    let statuses = requests(&fleet.front, 150, 10).await;
    assert_eq!(statuses.len(), 150);
    assert!(statuses.iter().all(|s| *s == 200), "every request answered: {statuses:?}");
    assert_eq!(mock.rate_limited_count(), 0, "the mock answered 429");
    assert_eq!(mock.count("GET", "/campaigns"), 150, "each request sent once");
    for replica in &fleet.replicas {
        let text = reqwest::get(format!("http://{replica}/metrics")).await.unwrap().text().await.unwrap();
        assert!(metric(&text, "smartlead_calls_total", &host_test::tenant_of(KEY)) >= 40.0, "haproxy spread the requests: {replica}");
    }
    assert_eq!(total(&fleet, "smartlead_fleet_store_fallbacks_total").await, 0.0, "Redis answered throughout");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn redis_stopped_mid_run_fails_no_call_and_sharing_resumes() {
    let mock = MockServer::start(KEY).unwrap();
    mock.enforce_rate_limit(&[(30, Duration::from_secs(1))]);
    let mut redis = Redis::start().unwrap();
    let fleet = Fleet::start(&smartlead(), &mock.base_url(), KEY, &redis.url(), &["--rate-window", "30/1s"]).unwrap();
    let shared = requests(&fleet.front, 60, 10).await;
    assert!(shared.iter().all(|s| *s == 200), "{shared:?}");
    let trips_before = total(&fleet, "smartlead_fleet_store_round_trip_seconds_count").await;
    assert!(trips_before >= 60.0, "paced through Redis: {trips_before}");

    redis.stop();
    let alone = requests(&fleet.front, 60, 10).await;
    assert!(alone.iter().all(|s| *s == 200), "no call failed while Redis was down: {alone:?}");
    assert!(total(&fleet, "smartlead_fleet_store_fallbacks_total").await >= 3.0, "each replica counted its fallback");

    redis.start_again().unwrap();
    tokio::time::sleep(Duration::from_millis(1500)).await;
    let again = requests(&fleet.front, 60, 10).await;
    assert!(again.iter().all(|s| *s == 200), "{again:?}");
    assert!(total(&fleet, "smartlead_fleet_store_round_trip_seconds_count").await > trips_before, "back to Redis once it answered");
    assert!(redis.cli(&["KEYS", "smartlead:starts:*"]).unwrap().contains(&host_test::tenant_hex(KEY)), "the windows are in Redis again, by tenant hash");
    assert!(!redis.cli(&["KEYS", "*"]).unwrap().contains(KEY), "no key in a Redis name");
    assert_eq!(mock.count("GET", "/campaigns") - mock.rate_limited_count(), 180, "each request answered once");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn one_delivery_to_two_replicas_is_kept_once_and_paused_once() {
    let mock = MockServer::start(KEY).unwrap();
    let (campaign, lead) = mock.with_store(|s| {
        let campaign = s.create_campaign(Some("Fleet replies"), None);
        s.add_leads(campaign, &[serde_json::json!({"email": "replied@example.com"})], &serde_json::json!({}));
        (campaign, *s.campaign_leads(campaign).next().unwrap().0)
    });
    let redis = Redis::start().unwrap();
    let fleet = Fleet::start(&smartlead(), &mock.base_url(), KEY, &redis.url(), &["--on-reply", "pause"]).unwrap();
    let body = reply_delivery(campaign, lead, "replied@example.com").to_string();
    let client = reqwest::Client::new();
    for replica in &fleet.replicas[..2] {
        let answer = client.post(format!("http://{replica}/webhooks/smartlead")).header("x-request-id", "fleet-delivery-1").body(body.clone()).send().await.unwrap();
        assert_eq!(answer.status(), 200, "{}", answer.text().await.unwrap());
    }
    // Both deliveries were answered, so each replica has kept the event or not; the
    // signal is every kept event's reply action settled, after which nothing pauses.
    let kept_events = || async {
        let mut events = Vec::new();
        for replica in &fleet.replicas {
            let page: serde_json::Value = serde_json::from_slice(&reqwest::get(format!("http://{replica}/events")).await.unwrap().bytes().await.unwrap()).unwrap();
            events.extend(page["result"].as_array().unwrap().iter().cloned());
        }
        events
    };
    eventually_async("the kept reply's action to settle", || async { kept_events().await.iter().all(|e| e["action"]["status"] == "done") }).await;
    assert_eq!(kept_events().await.len(), 1, "kept by one replica");
    assert_eq!(mock.count("POST", &format!("/campaigns/{campaign}/leads/{lead}/pause")), 1, "one pause for one delivery");
}

/// The pacer's lower lane holds across replicas: a sync's requests on one replica stop
/// at their share of each window in Redis, and another replica's interactive calls on
/// the same key find the rest free.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_lower_lane_leaves_the_rest_of_the_shared_window_to_other_replicas() {
    use smartlead_component::core::limiter::Window;
    use smartlead_host::egress::pacer::{Pacers, Pacing, Queueing};
    let redis = Redis::start().unwrap();
    let replica = || {
        let metrics = std::sync::Arc::new(smartlead_host::core::metrics::Metrics::default());
        let store = std::sync::Arc::new(smartlead_host::fleet::FleetStore::new(&redis.url(), metrics).unwrap());
        Pacers::shared(Pacing::windows(vec![Window { max: 6, window: Duration::from_secs(30) }]).unwrap(), store, Some(2))
    };
    let (syncing, serving) = (replica(), replica());
    let tenant = smartlead_host::ApiKey::new(KEY).unwrap().tenant();
    let lower = Queueing { share: Some(0.5), max_wait: Some(Duration::from_secs(1)), ..Queueing::default() };
    for _ in 0..3 {
        assert_eq!(syncing.queue(tenant, &lower).await, Ok(Duration::ZERO));
    }
    let fourth = syncing.queue(tenant, &lower).await.unwrap_err();
    assert!(fourth > Duration::from_secs(25), "the lower lane stops at half the shared window: {fourth:?}");
    for _ in 0..3 {
        assert_eq!(serving.turn(tenant, Some(Duration::from_secs(1))).await, Ok(Duration::ZERO), "the other replica's calls find the rest free");
    }
    assert!(serving.turn(tenant, Some(Duration::from_secs(1))).await.is_err(), "and the window holds six in all");
}
