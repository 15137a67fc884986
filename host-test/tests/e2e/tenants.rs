//! Many tenants at once: every key paced on its own in the host, calls side by side,
//! one pooled connection, slow parties holding only their own request, a CPU budget
//! that waiting never spends, and `/metrics` counting it all without a key in sight.
//! The mock takes any key as an account of its own.

use host_test::{Harness, gateway, http, metric, tenant_of};
use serde_json::{Value, json};
use smartlead_component::core::limiter::Window;
use smartlead_host::surfaces::gateway::Limits;
use smartlead_host::{ApiKey, Connector, Pacing};
use smartlead_mock::faults::Fault;
use smartlead_test_support::{eventually, metric_total};
use std::sync::{Arc, Mutex};
use std::time::Duration;
use tokio::io::{AsyncReadExt, AsyncWriteExt};

fn windows(max: u32, window: Duration) -> Pacing {
    Pacing::windows(vec![Window { max, window }]).unwrap()
}

fn key(i: usize) -> String {
    format!("tenant-key-{i:02}-abcdefghij")
}

/// Calls a read through the connector with `key`'s budget.
async fn categories(connector: &Connector, key: &str) -> Result<Value, smartlead_host::ToolError> {
    let mut session = connector.session_for(ApiKey::new(key)).await.unwrap();
    session.call_tool("list_all_smartlead_lead_category", &json!({})).await.unwrap()
}

#[test]
fn the_connector_is_shared_by_many_tasks() {
    fn shared<T: Send + Sync + Clone + 'static>() {}
    shared::<Connector>();
}

/// Key A's budget is spent for the next seconds; key B's one call is not in A's queue.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_spent_budget_on_one_key_never_delays_another() {
    let h = Harness::tenants(|s| s.pacing = windows(3, Duration::from_secs(3)));
    let done = Arc::new(Mutex::new(Vec::new()));
    let mut burst = Vec::new();
    for _ in 0..9 {
        let (connector, done) = (h.connector.clone(), done.clone());
        burst.push(tokio::spawn(async move {
            categories(&connector, &key(1)).await.unwrap();
            done.lock().unwrap().push("A");
        }));
    }
    // A's first three go at once; the rest wait 3 and 6 s for A's windows.
    while done.lock().unwrap().len() < 3 {
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    categories(&h.connector, &key(2)).await.unwrap();
    done.lock().unwrap().push("B");
    for task in burst {
        task.await.unwrap();
    }
    let order = done.lock().unwrap().clone();
    assert_eq!(order.iter().position(|t| *t == "B"), Some(3), "B was served before A's queue moved: {order:?}");
    let text = h.connector.metrics().encode();
    assert_eq!(metric(&text, "smartlead_pacing_wait_seconds_sum", &tenant_of(&key(2))), 0.0, "B never waited");
    assert!(metric(&text, "smartlead_pacing_wait_seconds_sum", &tenant_of(&key(1))) >= 6.0 * 3.0, "A's six later calls waited 3 or 6 s");
}

/// A 429 for key A holds A alone: B goes on at once, and A's next request is answered
/// 429 by the gateway itself (it would wait longer than the gateway holds one) without
/// reaching Smartlead.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_429_holds_only_its_own_key() {
    let h = Harness::tenants(|s| s.max_retries = Some(0));
    let base = gateway(&h.connector, Limits { max_queue_wait: Duration::from_secs(2), ..Limits::default() }).await;
    let (a, b) = (key(1), key(2));
    h.mock.fail_next_for(&a, Fault::RateLimited { retry_after_secs: 30 }, 1);
    let tool = format!("{base}/tools/list_all_smartlead_lead_category");
    let first = http("POST", &tool, &[("x-smartlead-api-key", &a)], "{}").await.unwrap();
    assert_eq!((first.status, first.json()["kind"].as_str()), (429, Some("rate_limited")), "{}", first.body);
    let sent_for = |k: &str| h.mock.requests().iter().filter(|r| r.query("api_key") == Some(k)).count();
    assert_eq!(sent_for(&a), 1);

    let other = http("POST", &tool, &[("x-smartlead-api-key", &b)], "{}").await.unwrap();
    assert_eq!(other.status, 200, "{}", other.body);
    let again = http("POST", &tool, &[("x-smartlead-api-key", &a)], "{}").await.unwrap();
    assert_eq!(again.status, 429, "{}", again.body);
    let retry_after: u64 = again.headers["retry-after"].to_str().unwrap().parse().unwrap();
    assert!((25..=30).contains(&retry_after), "A is held for Smartlead's 30 s: {retry_after}");
    assert_eq!(sent_for(&a), 1, "the held request never reached Smartlead");
    let text = h.connector.metrics().encode();
    assert_eq!(metric(&text, "smartlead_pacing_wait_seconds_sum", &tenant_of(&b)), 0.0);
    assert_eq!(metric(&text, "smartlead_upstream_rate_limited_total", &tenant_of(&a)), 1.0);
    assert!(text.contains("smartlead_refused_calls_total{reason=\"queue_wait\"} 1"), "{text}");
}

/// 200 calls at once across 20 keys: each answer holds its own account's data only.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_hundred_concurrent_calls_across_twenty_keys_each_get_their_own_data() {
    let h = Harness::tenants(|_| {});
    let base = gateway(&h.connector, Limits::default()).await;
    for i in 0..20 {
        let created = http("POST", &format!("{base}/tools/create_a_smartlead_campaign"), &[("x-smartlead-api-key", &key(i))], &json!({"name": format!("campaign of {i}")}).to_string()).await.unwrap();
        assert_eq!(created.status, 200, "{}", created.body);
    }
    let mut calls = Vec::new();
    for n in 0..200 {
        let (base, i) = (base.clone(), n % 20);
        calls.push(tokio::spawn(async move {
            let answer = http("GET", &format!("{base}/unified/marketing-automation/campaigns"), &[("x-smartlead-api-key", &key(i))], "").await.unwrap();
            (i, answer.status, answer.json())
        }));
    }
    for call in calls {
        let (i, status, page) = call.await.unwrap();
        assert_eq!(status, 200, "{page}");
        let names: Vec<&str> = page["result"].as_array().unwrap().iter().map(|c| c["name"].as_str().unwrap()).collect();
        assert_eq!(names, [format!("campaign of {i}")], "tenant {i} saw {names:?}");
    }
    let lists = h.mock.requests().into_iter().filter(|r| r.path == "/campaigns").count();
    assert_eq!(lists, 200);
}

#[tokio::test]
async fn sequential_calls_reuse_one_connection() {
    let h = Harness::new();
    for _ in 0..20 {
        h.ok("list_all_smartlead_lead_category", json!({})).await;
    }
    assert_eq!(h.mock.count("GET", "/leads/fetch-categories"), 20);
    assert_eq!(h.mock.connections(), 1, "20 requests over one kept-alive connection");
}

/// A client that sends headers and then stalls, and an upstream that accepts and never
/// answers, each hold only their own request: other tenants are served meanwhile. The
/// hung upstream ends as a `transport` error after timeout × attempts, not a trap.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_stalled_client_and_a_hung_upstream_hold_only_their_own_request() {
    let h = Harness::tenants(|s| {
        s.timeout = Duration::from_millis(400);
        s.max_retries = Some(2);
    });
    let base = gateway(&h.connector, Limits { read_timeout: Duration::from_secs(3), ..Limits::default() }).await;
    let addr = base.trim_start_matches("http://").to_string();
    let mut stalled = Vec::new();
    for _ in 0..5 {
        let mut socket = tokio::net::TcpStream::connect(&addr).await.unwrap();
        let head = "POST /tools/list_all_smartlead_lead_category HTTP/1.1\r\nhost: 127.0.0.1\r\ncontent-length: 100\r\n\r\n{";
        socket.write_all(head.as_bytes()).await.unwrap();
        stalled.push(socket);
    }
    let (hung, other) = (key(1), key(2));
    h.mock.fail_next_for(&hung, Fault::Delay(Duration::from_secs(3600)), 2);
    let hanging = {
        let connector = h.connector.clone();
        tokio::spawn(async move { categories(&connector, &hung).await })
    };
    for _ in 0..10 {
        let answer = http("POST", &format!("{base}/tools/list_all_smartlead_lead_category"), &[("x-smartlead-api-key", &other)], "{}").await.unwrap();
        assert_eq!(answer.status, 200, "{}", answer.body);
    }
    assert!(!hanging.is_finished(), "the hung upstream is still being waited for while others are served");
    let error = hanging.await.unwrap().unwrap_err();
    assert_eq!(error.kind, "transport", "{error}");
    // Retries stop at the call's deadline, timeout × (retries + 1) = 1.2 s: the first
    // attempt times out at 0.4 s, the second after a 0.5–0.75 s backoff; a third would
    // start past the deadline.
    let tried = h.mock.requests().iter().filter(|r| r.query("api_key") == Some(&key(1))).count();
    assert_eq!(tried, 2, "attempts within the deadline");
    for mut socket in stalled {
        let mut answer = String::new();
        socket.read_to_string(&mut answer).await.unwrap();
        assert!(answer.starts_with("HTTP/1.1 408"), "{answer}");
    }
}

/// Waiting for the key's turn is not computing: a call that waits far longer than its
/// CPU budget succeeds, while a call that computes past it stops with a clean error and
/// the next call is served.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn waiting_is_not_cpu_but_computing_is() {
    let h = Harness::with(|s| {
        s.cpu_limit = Duration::from_millis(100);
        s.pacing = windows(1, Duration::from_millis(700));
    });
    let mut session = h.connector.session().await.unwrap();
    for _ in 0..4 {
        session.call_tool("list_all_smartlead_lead_category", &json!({})).await.unwrap().unwrap();
    }
    let waited = metric(&h.connector.metrics().encode(), "smartlead_pacing_wait_seconds_sum", &tenant_of(host_test::KEY));
    assert!(waited > 2.0, "three calls waited about 0.7 s each, far past the 0.1 s budget: {waited}");

    // About 20 MB of campaigns to decode: far more than 0.1 s of computing in wasm.
    h.mock.fail_next(Fault::Oversized(20 << 20), 1);
    let stopped = session.call_tool("list_all_smartlead_campaigns", &json!({})).await.unwrap_err();
    assert!(stopped.is::<smartlead_host::runtime::cpu::CpuExhausted>(), "{stopped:#}");
    assert_eq!(h.ok("list_all_smartlead_lead_category", json!({})).await["result_count"], 7, "the host goes on serving");
}

/// The gateway keeps an instance whose request ended normally for its key's next
/// request, never for another key's; one that computed past its CPU budget is dropped.
/// Counted by `smartlead_instances_total`; each call's requests spent its own key.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn gateway_instances_serve_one_key_and_a_failed_one_is_not_kept() {
    let h = Harness::tenants(|s| s.cpu_limit = Duration::from_millis(100));
    let base = gateway(&h.connector, Limits::default()).await;
    let (a, b) = (key(1), key(2));
    let call = |key: &str, tool: &str| {
        let url = format!("{base}/tools/{tool}");
        let header = key.to_string();
        async move { http("POST", &url, &[("x-smartlead-api-key", &header)], "{}").await.unwrap() }
    };
    let instances = || metric_total(&h.connector.metrics().encode(), "smartlead_instances_total");
    let categories = "list_all_smartlead_lead_category";
    for _ in 0..3 {
        let answer = call(&a, categories).await;
        assert_eq!((answer.status, serde_json::from_str::<Value>(&answer.body).unwrap()["result_count"].clone()), (200, json!(7)), "{}", answer.body);
    }
    assert_eq!(instances(), 1.0, "three requests with one key, one instance");
    for _ in 0..2 {
        assert_eq!(call(&b, categories).await.status, 200);
    }
    assert_eq!(instances(), 2.0, "another key never uses the first key's instance");
    assert_eq!(call(&a, categories).await.status, 200);
    assert_eq!(instances(), 2.0, "each key's instance was kept");

    // About 20 MB of campaigns to decode: far past 0.1 s of computing in wasm.
    h.mock.fail_next_for(&a, Fault::Oversized(20 << 20), 1);
    let failed = call(&a, "list_all_smartlead_campaigns").await;
    assert_eq!(failed.status, 503, "{}", failed.body);
    assert!(failed.body.contains("CPU"), "{}", failed.body);
    assert_eq!(call(&a, categories).await.status, 200);
    assert_eq!(instances(), 3.0, "the failed instance was dropped; a fresh one served the next request");
    assert_eq!(call(&b, categories).await.status, 200);
    assert_eq!(instances(), 3.0);
    let spent = |k: &str| h.mock.requests().iter().filter(|r| r.query("api_key") == Some(k)).count();
    assert_eq!((spent(&a), spent(&b)), (6, 3), "each request spent its own key");
}

/// An instance that grew past 64 MiB of memory to serve a request is not kept: idle, it
/// would hold all of it. One that needs more than an instance may have stops with a
/// clear error, and the next request is served.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_gateway_instance_that_grew_large_is_not_kept() {
    let h = Harness::tenants(|_| {});
    let base = gateway(&h.connector, Limits::default()).await;
    let a = key(1);
    let call = |tool: &str| {
        let (url, header) = (format!("{base}/tools/{tool}"), a.clone());
        async move { http("POST", &url, &[("x-smartlead-api-key", &header)], "{}").await.unwrap() }
    };
    let instances = || metric_total(&h.connector.metrics().encode(), "smartlead_instances_total");
    assert_eq!(call("list_all_smartlead_lead_category").await.status, 200);
    // About 3 MB of tiny campaigns, each decoded to a full record: past 64 MiB.
    h.mock.fail_next_for(&a, Fault::Oversized(3 << 20), 1);
    let large = call("list_all_smartlead_campaigns").await;
    assert_eq!(large.status, 200, "{}", &large.body[large.body.len().saturating_sub(300)..]);
    assert_eq!(instances(), 1.0, "the large request ran in the kept instance");
    assert_eq!(call("list_all_smartlead_lead_category").await.status, 200);
    assert_eq!(instances(), 2.0, "the instance that grew was dropped");
    assert_eq!(call("list_all_smartlead_lead_category").await.status, 200);
    assert_eq!(instances(), 2.0, "a small one is kept again");

    // Twenty times that needs more memory than an instance may have: a clear error.
    h.mock.fail_next_for(&a, Fault::Oversized(20 << 20), 1);
    let refused = call("list_all_smartlead_campaigns").await;
    assert_eq!(refused.status, 502, "{}", refused.body);
    let message = serde_json::from_str::<Value>(&refused.body).unwrap()["message"].as_str().unwrap().to_string();
    assert!(message.contains("MiB of memory inside the component, past the 256 MiB a call may use"), "{message}");
    assert!(!message.contains("backtrace"), "{message}");
    assert_eq!(call("list_all_smartlead_lead_category").await.status, 200);
    assert_eq!(instances(), 3.0, "the stopped instance was dropped");
}

/// `/metrics` counts what a scripted run did, per tenant, and shows no key.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn metrics_count_a_scripted_run_per_tenant_without_a_key() {
    let h = Harness::tenants(|s| s.max_retries = Some(1));
    let base = gateway(&h.connector, Limits::default()).await;
    let (a, b) = (key(1), key(2));
    let tool = format!("{base}/tools/list_all_smartlead_lead_category");
    h.mock.fail_next_for(&a, Fault::Status(503), 1);
    for _ in 0..3 {
        assert_eq!(http("POST", &tool, &[("x-smartlead-api-key", &a)], "{}").await.unwrap().status, 200);
    }
    for _ in 0..2 {
        assert_eq!(http("POST", &tool, &[("x-smartlead-api-key", &b)], "{}").await.unwrap().status, 200);
    }
    let answer = http("GET", &format!("{base}/metrics"), &[], "").await.unwrap();
    assert_eq!(answer.status, 200);
    let text = answer.body;
    let (ta, tb) = (tenant_of(&a), tenant_of(&b));
    assert_eq!(metric(&text, "smartlead_calls_total", &ta), 3.0);
    assert_eq!(metric(&text, "smartlead_calls_total", &tb), 2.0);
    assert_eq!(metric(&text, "smartlead_upstream_requests_total", &ta), 4.0, "three calls, one retried");
    assert_eq!(metric(&text, "smartlead_upstream_retries_total", &ta), 1.0);
    assert_eq!(metric(&text, "smartlead_upstream_retries_total", &tb), 0.0);
    assert_eq!(metric(&text, "smartlead_upstream_latency_seconds_count", &tb), 2.0);
    assert_eq!(metric(&text, "smartlead_in_flight_calls", &ta), 0.0);
    assert!(text.contains(&format!("smartlead_upstream_requests_total{{tenant=\"{ta}\",status=\"503\"}} 1")), "{text}");
    for k in [&a, &b] {
        assert!(!text.contains(k.as_str()), "a key in /metrics");
    }
}

/// Work in flight is bounded: with one slot and a queue of one, a third request while
/// both are taken is answered 503 with Retry-After at once, and sent nowhere.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn beyond_the_slots_and_the_queue_the_answer_is_503() {
    let h = Harness::tenants(|s| s.max_retries = Some(0));
    let base = gateway(&h.connector, Limits { max_concurrency: 1, max_queue: 1, ..Limits::default() }).await;
    h.mock.fail_next(Fault::Delay(Duration::from_millis(1500)), 1);
    let tool = format!("{base}/tools/list_all_smartlead_lead_category");
    let busy: Vec<_> = (0..2)
        .map(|i| {
            let tool = tool.clone();
            tokio::spawn(async move { http("POST", &tool, &[("x-smartlead-api-key", &key(i))], "{}").await.unwrap().status })
        })
        .collect();
    // The gateway counts a call in flight from when it arrives, queued or served.
    let in_flight = || metric_total(&h.connector.metrics().encode(), "smartlead_in_flight_calls");
    eventually("one request served and one queued", || !h.mock.requests().is_empty() && in_flight() == 2.0);
    let shed = http("POST", &tool, &[("x-smartlead-api-key", &key(3))], "{}").await.unwrap();
    assert_eq!(shed.status, 503, "{}", shed.body);
    assert_eq!(shed.headers["retry-after"], "1");
    assert_eq!(h.mock.requests().len(), 1, "only the first request was being served");
    for call in busy {
        assert_eq!(call.await.unwrap(), 200, "the slot's and the queued request are served");
    }
    assert!(h.connector.metrics().encode().contains("smartlead_refused_calls_total{reason=\"queue_full\"} 1"));
}
