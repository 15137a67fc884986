//! Webhooks through the real host: deliveries read by the component's receiver, kept in
//! a real SQLite file before they are acknowledged, read back at `/events`, and the
//! closed loop (a reply pauses its lead and sets its category) at the mock.

use host_test::{Harness, http, reply_delivery};
use smartlead_test_support::{sign, temp_dir};
use serde_json::{Value, json};
use smartlead_host::events::{Events, EventsArgs, EventsDb, ReplyAction};
use smartlead_host::surfaces::gateway::Options;
use smartlead_mock::faults::Fault;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::{Duration, Instant};

const SECRET: &str = "hook-secret-0123";

/// A fresh directory for one test's database.
struct Receiver {
    base: String,
    db: PathBuf,
}

/// A gateway keeping events in `name`'s directory, with the reply router running when
/// `on_reply` is given.
async fn receiver(h: &Harness, name: &str, secret: Option<&str>, on_reply: Option<&str>, max_mib: Option<u64>) -> Receiver {
    let db = temp_dir(name).join("events.db");
    let args = EventsArgs {
        store: EventsDb { events_db: Some(db.clone()) },
        events_max_mib: max_mib,
        webhook_secret: secret.map(str::to_string),
        on_reply: on_reply.map(|p| ReplyAction::parse(p).unwrap()),
        ..EventsArgs::default()
    };
    let events = Arc::new(Events::new(&args, None));
    if on_reply.is_some() {
        tokio::spawn(smartlead_host::surfaces::reply_actions::run(h.connector.clone(), events.clone(), None));
    }
    let base = host_test::serve(&h.connector, Options { events: Some(events), ..Options::default() }).await;
    Receiver { base, db }
}

impl Receiver {
    /// POSTs a delivery, signed with `secret` when given; returns the status.
    async fn deliver(&self, body: &str, request_id: Option<&str>, secret: Option<&str>) -> (u16, Value) {
        let signature = secret.map(|s| sign(s, body));
        let mut headers = vec![("content-type", "application/json")];
        headers.extend(request_id.map(|id| ("x-request-id", id)));
        headers.extend(signature.as_deref().map(|s| ("x-smartlead-signature", s)));
        let answer = http("POST", &format!("{}/webhooks/smartlead", self.base), &headers, body).await.unwrap();
        (answer.status, answer.json())
    }

    async fn events(&self, query: &str) -> Value {
        let answer = http("GET", &format!("{}/events{query}", self.base), &[], "").await.unwrap();
        assert_eq!(answer.status, 200, "{}", answer.body);
        answer.json()
    }

    /// The reply events once every action on them has settled.
    async fn settled_replies(&self) -> Value {
        let started = Instant::now();
        loop {
            let page = self.events("?kind=EMAIL_REPLY").await;
            let pending = page["result"].as_array().unwrap().iter().any(|e| matches!(e["action"]["status"].as_str(), Some("pending" | "retrying")));
            if !pending {
                return page;
            }
            assert!(started.elapsed() < Duration::from_secs(60), "the reply actions never settled: {page}");
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_reply_pauses_its_lead_and_sets_its_category_once_however_often_it_comes() {
    let h = Harness::new();
    let (campaign, leads) = h.campaign_with_leads(2).await;
    let r = receiver(&h, "loop", Some(SECRET), Some("pause,category=Meeting Request"), None).await;
    let body = reply_delivery(campaign, leads[0], "lead0@example.com").to_string();
    let mut named = Vec::new();
    for _ in 0..3 {
        let (status, answer) = r.deliver(&body, Some("delivery-1"), Some(SECRET)).await;
        assert_eq!(status, 200, "{answer}");
        named.push(answer["result"]["ids"][0].clone());
    }
    let page = r.settled_replies().await;
    assert_eq!(page["result_count"], 1, "one row for three deliveries: {page}");
    let event = &page["result"][0];
    assert_eq!((event["verified"].as_bool(), event["lead_id"].as_u64()), (Some(true), Some(leads[0])));
    assert_eq!(event["id"].as_str().map(str::len), Some(64), "named by the SHA-256 of what was signed: {event}");
    assert!(named.iter().all(|id| *id == event["id"]), "{named:?}");
    assert_eq!(event["reply_text"], "Sounds good, call me");
    assert_eq!((event["action"]["status"].as_str(), event["action"]["attempts"].as_u64()), (Some("done"), Some(1)), "{event}");
    let meeting = h.mock.with_store(|s| s.categories.iter().find(|c| c["name"] == "Meeting Request").unwrap()["id"].as_u64().unwrap());
    assert_eq!(event["action"]["result"]["category_id"].as_u64(), Some(meeting));
    let category_path = format!("/campaigns/{campaign}/leads/{}/category", leads[0]);
    assert_eq!(h.sent("POST", &category_path).len(), 1, "one category update at Smartlead");
    let state = h.mock.with_store(|s| s.memberships[&(campaign, leads[0])].clone());
    assert_eq!((state.status.as_str(), state.category_id), ("PAUSED", Some(meeting)));
    let other = h.mock.with_store(|s| s.memberships[&(campaign, leads[1])].clone());
    assert_ne!(other.status, "PAUSED", "only the lead that replied is paused");
    // The signed body captured and replayed under new request ids is the same event:
    // answered as the one kept (a duplicate, so no action is planned for it), not a new one.
    for replay in ["replayed-2", "replayed-3"] {
        let (status, answer) = r.deliver(&body, Some(replay), Some(SECRET)).await;
        assert_eq!((status, &answer["result"]["ids"][0]), (200, &event["id"]), "{answer}");
    }
    assert_eq!(r.events("").await["result_count"], 1);
    let metrics = http("GET", &format!("{}/metrics", r.base), &[], "").await.unwrap().body;
    for line in [r#"smartlead_webhook_events_total{outcome="stored"} 1"#, r#"smartlead_webhook_events_total{outcome="duplicate"} 4"#, r#"smartlead_reply_actions_total{outcome="done"} 1"#] {
        assert!(metrics.lines().any(|l| l == line), "{line} in\n{metrics}");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_failed_action_is_tried_again_and_a_hopeless_one_says_why() {
    let h = Harness::new();
    let (campaign, leads) = h.campaign_with_leads(2).await;
    let r = receiver(&h, "retry", None, Some("pause"), None).await;
    let pause_path = |lead: u64| format!("/campaigns/{campaign}/leads/{lead}/pause");
    // Smartlead fails the pause; a POST is not repeated by the client, so the router
    // tries again later.
    h.mock.fail_next(Fault::Status(500), 1);
    let (status, _) = r.deliver(&reply_delivery(campaign, leads[0], "lead0@example.com").to_string(), Some("r-1"), None).await;
    assert_eq!(status, 200, "the delivery does not wait for the action");
    let started = Instant::now();
    while r.events("").await["result"][0]["action"]["status"] != "retrying" {
        assert!(started.elapsed() < Duration::from_secs(30), "the failed pause was not marked for a retry: {}", r.events("").await);
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    assert!(r.events("").await["result"][0]["action"]["error"].as_str().unwrap().contains("500"));
    let mut lookup = reply_delivery(campaign, leads[1], "lead1@example.com");
    lookup.as_object_mut().unwrap().remove("sl_email_lead_id");
    assert_eq!(r.deliver(&lookup.to_string(), Some("r-2"), None).await.0, 200);
    let mut nowhere = reply_delivery(campaign, leads[1], "nobody@example.com");
    nowhere.as_object_mut().unwrap().remove("sl_email_lead_id");
    assert_eq!(r.deliver(&nowhere.to_string(), Some("r-3"), None).await.0, 200);
    let mut no_campaign = reply_delivery(campaign, leads[1], "lead1@example.com");
    no_campaign.as_object_mut().unwrap().remove("campaign_id");
    assert_eq!(r.deliver(&no_campaign.to_string(), Some("r-4"), None).await.0, 200);

    let page = r.settled_replies().await;
    let action = |id: &str| page["result"].as_array().unwrap().iter().find(|e| e["id"] == id).unwrap()["action"].clone();
    let retried = action("r-1");
    assert_eq!(retried["status"], "done", "{retried}");
    assert!(retried["attempts"].as_u64().unwrap() >= 2, "{retried}");
    assert_eq!(action("r-2")["result"]["lead_id"].as_u64(), Some(leads[1]), "the lead found by its email");
    let missing = action("r-3");
    assert_eq!(missing["status"], "failed");
    assert!(missing["error"].as_str().unwrap().contains("nobody@example.com"), "{missing}");
    assert_eq!((action("r-4")["status"].as_str(), action("r-4")["attempts"].as_u64()), (Some("skipped"), Some(0)));
    for lead in &leads {
        assert_eq!(h.mock.with_store(|s| s.memberships[&(campaign, *lead)].status.clone()), "PAUSED");
    }
    assert_eq!(h.sent("POST", &pause_path(leads[1])).len(), 1);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_unknown_category_fails_the_action_and_pauses_nothing() {
    let h = Harness::new();
    let (campaign, leads) = h.campaign_with_leads(1).await;
    let r = receiver(&h, "category", None, Some("pause,category=Hot Lead"), None).await;
    assert_eq!(r.deliver(&reply_delivery(campaign, leads[0], "lead0@example.com").to_string(), None, None).await.0, 200);
    let page = r.settled_replies().await;
    let action = &page["result"][0]["action"];
    assert_eq!(action["status"], "failed", "{action}");
    assert!(action["error"].as_str().unwrap().contains("\"Hot Lead\"") && action["error"].as_str().unwrap().contains("Interested"), "{action}");
    assert_ne!(h.mock.with_store(|s| s.memberships[&(campaign, leads[0])].status.clone()), "PAUSED");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn only_deliveries_that_match_the_secret_are_kept() {
    let h = Harness::new();
    let r = receiver(&h, "secret", Some(SECRET), None, None).await;
    let body = json!({"event_type": "EMAIL_OPEN", "campaign_id": 3, "sl_lead_email": "p@example.com"}).to_string();
    assert_eq!(r.deliver(&body, Some("wrong"), Some("another-secret")).await.0, 401);
    assert_eq!(r.deliver(&body, Some("unsigned"), None).await.0, 401);
    let (status, answer) = r.deliver("{not json", Some("broken"), None).await;
    assert_eq!((status, answer["kind"].as_str()), (400, Some("invalid_input")));
    assert_eq!(r.deliver(&body, Some("signed"), Some(SECRET)).await.0, 200);
    let legacy = json!({"event_type": "EMAIL_OPEN", "campaign_id": 3, "secret_key": SECRET}).to_string();
    assert_eq!(r.deliver(&legacy, Some("legacy"), None).await.0, 200);
    // A web page's request is never a delivery, signed or not; another method is none either.
    let url = format!("{}/webhooks/smartlead", r.base);
    let page_post = http("POST", &url, &[("origin", "https://app.example"), ("x-smartlead-signature", &sign(SECRET, &body))], &body).await.unwrap();
    assert_eq!((page_post.status, page_post.json()["kind"].as_str()), (403, Some("unauthorized")), "{}", page_post.body);
    assert_eq!(http("GET", &url, &[], "").await.unwrap().status, 405);
    let page = r.events("").await;
    let kinds: Vec<(u64, bool)> = page["result"].as_array().unwrap().iter().map(|e| (e["campaign_id"].as_u64().unwrap(), e["verified"] == true)).collect();
    assert_eq!(kinds, [(3, true), (3, true)], "the signed and the legacy delivery: {page}");
    assert!(!page.to_string().contains(SECRET), "the secret is served back: {page}");
    assert!(!std::fs::read(&r.db).unwrap().windows(SECRET.len()).any(|w| w == SECRET.as_bytes()), "the secret is in the database");

    let open = receiver(&h, "open", None, None, None).await;
    assert_eq!(open.deliver(&body, Some("any"), Some("whatever")).await.0, 200);
    assert_eq!(open.events("").await["result"][0]["verified"], false);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_full_or_locked_database_is_503_and_acknowledges_nothing() {
    let h = Harness::new();
    let r = receiver(&h, "full", None, None, Some(1)).await;
    let padding = "x".repeat(100_000);
    let mut acknowledged = Vec::new();
    let refused = loop {
        let id = format!("big-{}", acknowledged.len());
        let body = json!({"event_type": "EMAIL_OPEN", "campaign_id": 1, "note": padding}).to_string();
        match r.deliver(&body, Some(&id), None).await {
            (200, _) => acknowledged.push(id),
            (503, answer) => break (id, answer),
            other => panic!("{other:?}"),
        }
        assert!(acknowledged.len() < 40, "a 1 MiB database took {} deliveries of 100 kB", acknowledged.len());
    };
    assert!(refused.1["message"].as_str().unwrap().contains("deliver it again"), "{}", refused.1);
    let page = r.events("?limit=1000").await;
    let kept: Vec<String> = page["result"].as_array().unwrap().iter().map(|e| e["id"].as_str().unwrap().to_string()).collect();
    assert_eq!(kept, acknowledged, "every acknowledged event is kept, the refused one is not");

    let r = receiver(&h, "locked", None, None, None).await;
    let body = json!({"event_type": "EMAIL_OPEN", "campaign_id": 1}).to_string();
    assert_eq!(r.deliver(&body, Some("before"), None).await.0, 200);
    let other = rusqlite::Connection::open(&r.db).unwrap();
    other.execute_batch("BEGIN EXCLUSIVE").unwrap();
    assert_eq!(r.deliver(&body, Some("while-locked"), None).await.0, 503);
    other.execute_batch("ROLLBACK").unwrap();
    assert_eq!(r.deliver(&body, Some("while-locked"), None).await.0, 200, "Smartlead's retry is kept");
    let ids: Vec<Value> = r.events("").await["result"].as_array().unwrap().iter().map(|e| e["id"].clone()).collect();
    assert_eq!(ids, [json!("before"), json!("while-locked")]);
}

/// A delivery larger than the gateway takes is 503, which Smartlead retries, not a 413 it
/// would take as final; one within the bound is kept.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_oversized_delivery_is_retryable_and_a_large_one_is_kept() {
    let h = Harness::new();
    let r = receiver(&h, "oversized", None, None, None).await;
    let delivery = |bytes: usize| json!({"event_type": "EMAIL_REPLY", "campaign_id": 1, "reply_message": {"html": "x".repeat(bytes)}}).to_string();
    let (status, answer) = r.deliver(&delivery(6 << 20), Some("large"), None).await;
    assert_eq!(status, 200, "{answer}");
    let (status, answer) = r.deliver(&delivery(9 << 20), Some("oversized"), None).await;
    assert_eq!(status, 503, "{answer}");
    assert!(answer["message"].as_str().unwrap().contains("deliver it again"), "{answer}");
    let ids: Vec<Value> = r.events("").await["result"].as_array().unwrap().iter().map(|e| e["id"].clone()).collect();
    assert_eq!(ids, [json!("large")]);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn events_page_with_a_cursor_that_polls_from_where_it_stopped() {
    let h = Harness::new();
    let r = receiver(&h, "feed", None, None, None).await;
    let batch: Vec<Value> = (0..5)
        .map(|i| json!({"event_type": if i % 2 == 0 { "EMAIL_OPEN" } else { "EMAIL_REPLY" }, "campaign_id": 10 + i % 2, "n": i}))
        .collect();
    assert_eq!(r.deliver(&Value::Array(batch).to_string(), Some("batch"), None).await.0, 200);
    let first = r.events("?limit=2").await;
    assert_eq!((first["result_count"].as_u64(), first["result"][0]["id"].as_str()), (Some(2), Some("batch#0")));
    let cursor = first["next_cursor"].as_str().unwrap().to_string();
    let rest = r.events(&format!("?next_cursor={cursor}")).await;
    let ids: Vec<&str> = rest["result"].as_array().unwrap().iter().map(|e| e["id"].as_str().unwrap()).collect();
    assert_eq!(ids, ["batch#2", "batch#3", "batch#4"]);
    let end = rest["next_cursor"].as_str().unwrap().to_string();
    assert_eq!(rest["result"][2]["cursor"].as_str(), Some(end.as_str()), "each event carries the cursor after it");
    assert_eq!(r.events(&format!("?next_cursor={end}")).await["result_count"], 0, "nothing new yet");
    assert_eq!(r.deliver(&json!({"event_type": "EMAIL_BOUNCE", "campaign_id": 10}).to_string(), Some("later"), None).await.0, 200);
    let polled = r.events(&format!("?next_cursor={end}")).await;
    assert_eq!((polled["result_count"].as_u64(), polled["result"][0]["id"].as_str()), (Some(1), Some("later")));
    let replies = r.events("?kind=email_reply&campaign_id=11").await;
    assert_eq!(replies["result"].as_array().unwrap().iter().map(|e| e["id"].as_str().unwrap()).collect::<Vec<_>>(), ["batch#1", "batch#3"]);
    for (bad, status) in [("?kind=EMAIL_REPLIED", 400), ("?next_cursor=7", 400), ("?limit=0", 400), ("?from=1", 400)] {
        let answer = http("GET", &format!("{}/events{bad}", r.base), &[], "").await.unwrap();
        assert_eq!(answer.status, status, "{bad}: {}", answer.body);
    }
    assert_eq!(http("POST", &format!("{}/events", r.base), &[], "").await.unwrap().status, 405);
    assert_eq!(http("GET", &format!("{}/webhooks/smartlead", r.base), &[], "").await.unwrap().status, 405);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_events_interface_reads_a_delivery_inside_the_sandbox() {
    use smartlead_host::bindings::{events::EventKind, types};
    let h = Harness::new();
    let mut session = h.connector.session().await.unwrap();
    let body = reply_delivery(7, 42, "prospect@example.com").to_string();
    let headers = vec![("X-Smartlead-Signature".to_string(), sign(SECRET, &body)), ("X-Request-Id".to_string(), "typed-1".to_string())];
    session.start_call();
    let read = session.bindings.smartlead_connector_events().call_parse_webhook(&mut session.store, &headers, body.as_bytes(), Some(SECRET)).await.unwrap().unwrap();
    assert_eq!(read.len(), 1);
    let e = &read[0];
    assert_eq!((e.kind, e.verified, e.campaign_id, e.lead_id), (EventKind::EmailReply, true, Some(7), Some(42)));
    assert_ne!(e.id, "typed-1", "a verified delivery is named by what was signed, not by its request id");
    assert_eq!((e.prospect_email.as_deref(), e.reply_text.as_deref()), (Some("prospect@example.com"), Some("Sounds good, call me")));
    assert_eq!(serde_json::from_str::<Value>(&e.raw).unwrap(), serde_json::from_str::<Value>(&body).unwrap());
    session.start_call();
    let refused = session.bindings.smartlead_connector_events().call_parse_webhook(&mut session.store, &headers, body.as_bytes(), Some("other-secret")).await.unwrap();
    assert!(matches!(refused, Err(types::Error::Unauthorized(_))), "{refused:?}");
    session.start_call();
    let malformed = session.bindings.smartlead_connector_events().call_parse_webhook(&mut session.store, &[], b"[1]", None).await.unwrap();
    assert!(matches!(malformed, Err(types::Error::InvalidInput(_))), "{malformed:?}");
    assert_eq!(h.request_count(), 0, "reading a delivery asks Smartlead nothing");
}
