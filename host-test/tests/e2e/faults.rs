//! The fault matrix: every failure mode of Smartlead and the network, against a read,
//! an idempotent write and a non-idempotent write. Each cell asserts the outcome (a
//! successful retry or the typed error) and exactly how many requests were sent.

use host_test::{Harness, KEY};
use serde_json::{Value, json};
use smartlead_mock::faults::Fault;
use std::time::Duration;

/// What a cell expects: success, or an error of this kind; and the requests sent.
#[derive(Debug, Clone, Copy)]
enum Outcome {
    Ok(usize),
    Err(&'static str, usize),
}
use Outcome::{Err as Fails, Ok as Succeeds};

/// The three kinds of request, each a tool with its route.
struct Kind {
    label: &'static str,
    method: &'static str,
    tool: &'static str,
}

const READ: Kind = Kind { label: "GET", method: "GET", tool: "get_single_smartlead_campaign_by_id" };
const IDEMPOTENT: Kind = Kind { label: "idempotent write", method: "POST", tool: "update_a_smartlead_campaign_by_id" };
const ONCE: Kind = Kind { label: "non-idempotent write", method: "POST", tool: "create_a_smartlead_campaign" };

/// Per-attempt timeout: short, so a delayed server times out quickly.
const TIMEOUT: Duration = Duration::from_millis(700);

async fn cell(fault: Fault, kind: &Kind, expected: Outcome) {
    let h = Harness::with(|s| s.timeout = TIMEOUT);
    let campaign = h.ok("create_a_smartlead_campaign", json!({"name": "target"})).await["id"].as_u64().unwrap();
    let (path, args) = match kind.tool {
        "get_single_smartlead_campaign_by_id" => (format!("/campaigns/{campaign}"), json!({"id": campaign})),
        "update_a_smartlead_campaign_by_id" => (format!("/campaigns/{campaign}/settings"), json!({"id": campaign, "name": "renamed"})),
        _ => ("/campaigns/create".to_string(), json!({"name": "new"})),
    };
    let before = h.mock.count(kind.method, &path);
    h.mock.fail_next(fault.clone(), 1);
    let outcome = h.call(kind.tool, args).await;
    let sent = h.mock.count(kind.method, &path) - before;
    let context = format!("{fault:?} × {}", kind.label);
    match (expected, &outcome) {
        (Succeeds(n), Ok(_)) => assert_eq!(sent, n, "{context}: requests sent"),
        (Fails(kind, n), Err(e)) => {
            assert_eq!(e.kind, kind, "{context}: {e}");
            assert_eq!(sent, n, "{context}: requests sent");
            assert!(!e.message.contains(KEY), "{context}: the key leaked");
        }
        (expected, got) => panic!("{context}: expected {expected:?}, got {got:?}"),
    }
    if let Ok(v) = outcome {
        assert!(!v.to_string().contains(KEY));
        if kind.tool == "create_a_smartlead_campaign" {
            assert!(v["id"].is_u64(), "{v}");
        }
    }
}

/// One test per fault, covering the three kinds of request. Each row names the faults
/// it stands for with a pattern; the patterns together must cover `Fault` (a `match`
/// without a catch-all), so a new fault does not compile until it has a row.
macro_rules! matrix {
    ($($name:ident: $covers:pat = $fault:expr => [$read:expr, $idempotent:expr, $once:expr];)*) => {
        #[allow(dead_code)]
        fn every_fault_has_a_row(fault: &Fault) {
            match fault {
                $($covers => {})*
            }
        }
        $(
            #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn $name() {
                cell($fault, &READ, $read).await;
                cell($fault, &IDEMPOTENT, $idempotent).await;
                cell($fault, &ONCE, $once).await;
            }
        )*
    };
}

matrix! {
    rate_limited_with_retry_after: Fault::RateLimited { .. } = Fault::RateLimited { retry_after_secs: 1 } => [Succeeds(2), Succeeds(2), Fails("rate_limited", 1)];
    internal_server_error: Fault::Status(500) = Fault::Status(500) => [Fails("remote", 1), Fails("remote", 1), Fails("remote", 1)];
    bad_gateway: Fault::Status(502) = Fault::Status(502) => [Succeeds(2), Succeeds(2), Fails("remote", 1)];
    service_unavailable: Fault::Status(503) = Fault::Status(503) => [Succeeds(2), Succeeds(2), Fails("remote", 1)];
    gateway_timeout: Fault::Status(_) = Fault::Status(504) => [Succeeds(2), Succeeds(2), Fails("remote", 1)];
    connection_reset_mid_body: Fault::ResetMidBody = Fault::ResetMidBody => [Succeeds(2), Succeeds(2), Fails("transport", 1)];
    reset_after_serving: Fault::ResetAfterServing = Fault::ResetAfterServing => [Succeeds(2), Succeeds(2), Fails("transport", 1)];
    delay_before_headers: Fault::Delay(_) = Fault::Delay(TIMEOUT * 3) => [Succeeds(2), Succeeds(2), Fails("transport", 1)];
    truncated_json: Fault::TruncatedJson = Fault::TruncatedJson => [Fails("decode", 1), Fails("decode", 1), Fails("decode", 1)];
    malformed_body: Fault::MalformedBody = Fault::MalformedBody => [Fails("decode", 1), Fails("decode", 1), Fails("decode", 1)];
    empty_object: Fault::EmptyObject = Fault::EmptyObject => [Fails("not_found", 1), Succeeds(1), Fails("decode", 1)];
    ok_false: Fault::OkFalse = Fault::OkFalse => [Fails("remote", 1), Fails("remote", 1), Fails("remote", 1)];
    an_unexpected_list: Fault::Oversized(_) = Fault::Oversized(1024) => [Fails("decode", 1), Succeeds(1), Fails("decode", 1)];
    an_error_quoting_the_url: Fault::EchoRequest = Fault::EchoRequest => [Fails("remote", 1), Fails("remote", 1), Fails("remote", 1)];
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn retries_stop_at_the_configured_count() {
    // The count must come from max_retries alone: the total deadline (timeout × attempts)
    // is far beyond the two backoffs (at most 0.75 s + 1.5 s with jitter).
    let h = Harness::with(|s| {
        s.max_retries = Some(2);
        s.timeout = Duration::from_secs(5);
    });
    h.mock.fail_next(Fault::Status(503), 10);
    let e = h.err("list_all_smartlead_campaigns", json!({})).await;
    assert_eq!((e.kind, e.status), ("remote", Some(503)));
    assert_eq!(h.mock.count("GET", "/campaigns"), 3, "1 attempt + 2 retries");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_server_that_enforces_its_limit_is_paced_not_hammered() {
    let h = Harness::with(|s| s.max_retries = Some(3));
    h.mock.enforce_rate_limit(&[(3, Duration::from_secs(1))]);
    for _ in 0..5 {
        let page: Value = h.ok("list_all_smartlead_lead_category", json!({})).await;
        assert_eq!(page["result"][0]["name"], "Interested");
    }
    let statuses = h.mock.count("GET", "/leads/fetch-categories");
    assert!(statuses <= 7, "{statuses} requests for 5 calls: the 429s were not honoured");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_oversized_body_is_refused_not_buffered() {
    let h = Harness::with(|s| s.max_response_bytes = Some(64 * 1024));
    h.mock.fail_next(Fault::Oversized(256 * 1024), 1);
    let e = h.err("list_all_smartlead_campaigns", json!({})).await;
    assert_eq!(e.kind, "decode", "{e}");
    assert!(e.message.contains("larger than 65536 bytes"), "{e}");
    assert_eq!(h.mock.count("GET", "/campaigns"), 1, "not retried");
    h.mock.fail_next(Fault::Oversized(32 * 1024), 1);
    let page = h.ok("list_all_smartlead_campaigns", json!({"limit": 1000})).await;
    assert!(page["result"].as_array().unwrap().len() > 1000 / 2, "a body under the cap is read whole");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_error_that_echoes_the_url_does_not_leak_the_key() {
    let h = Harness::new();
    h.mock.fail_next(Fault::EchoRequest, 1);
    let e = h.err("list_all_smartlead_campaigns", json!({})).await;
    assert_eq!((e.kind, e.status), ("remote", Some(400)));
    assert!(e.message.contains("api_key=[redacted]"), "{e}");
}
