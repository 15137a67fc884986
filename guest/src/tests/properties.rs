//! Property tests over everything that reads untrusted input: every response decoder
//! (as each result type fetches itself), the unified mappers, the gateway's request
//! parsing and the cursor decoder. The property: no input
//! panics — in wasm a panic is a trap — and every failure is a typed error.
//!
//! `FUZZ_CASES` sets the cases per property (default 512); `make fuzz` runs many more.

use crate::core::client::{Client, Config};
use crate::core::error::Error;
use crate::tests::fake::{ManualClock, Script};
use crate::core::http::{HttpResponse, Method};
use crate::catalog::model::{self, Ack, Created, LeadsExport, Page};
use crate::catalog::operation::{Effect, Listing, Op};
use crate::catalog::NoArgs;
use crate::core::paging::{self, PageRequest};
use crate::catalog::reply::Reply;
use proptest::prelude::*;
use serde_json::{Map, Value};
use std::sync::atomic::{AtomicU64, Ordering};

/// Inputs tried, across all properties, reported by `make fuzz`.
pub static EXECUTIONS: AtomicU64 = AtomicU64::new(0);
/// Of those, the responses that decoded into a result (the rest were typed errors).
pub static DECODED: AtomicU64 = AtomicU64::new(0);

fn cases() -> u32 {
    std::env::var("FUZZ_CASES").ok().and_then(|v| v.parse().ok()).unwrap_or(512)
}

/// Keys Smartlead uses, so generated objects reach the lenient field decoders.
const KEYS: &[&str] = &[
    "id", "name", "status", "ok", "success", "error", "message", "data", "total_leads", "total_stats", "offset", "limit",
    "lead", "email", "custom_fields", "campaign_lead_map_id", "sent_count", "open_count", "tags", "tag_id", "track_settings",
    "scheduler_cron_value", "days", "startHour", "warmup_details", "warmup_reputation", "stats_by_date", "date",
    "sequence_variants", "seq_delay_details", "delay_in_days", "history", "type", "email_seq_number", "cc", "event_types",
    "client_permision", "permission", "clientId", "unsubscribed_leads", "campaign_lead_stats", "notStarted", "lead_campaign_data",
    "campaign_id", "retry_after",
];

fn json_value() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        any::<u64>().prop_map(Value::from),
        any::<f64>().prop_map(|f| serde_json::Number::from_f64(f).map_or(Value::Null, Value::Number)),
        "[0-9]{0,20}".prop_map(Value::String),
        ".{0,12}".prop_map(Value::String),
    ];
    leaf.prop_recursive(4, 64, 8, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            prop::collection::vec((prop::sample::select(KEYS), inner), 0..8)
                .prop_map(|pairs| Value::Object(pairs.into_iter().map(|(k, v)| (k.to_string(), v)).collect::<Map<_, _>>())),
        ]
    })
}

/// A response body: JSON shaped like Smartlead's, or arbitrary bytes.
fn body() -> impl Strategy<Value = Vec<u8>> {
    prop_oneof![
        4 => json_value().prop_map(|v| v.to_string().into_bytes()),
        1 => prop::collection::vec(any::<u8>(), 0..256),
        1 => ".{0,64}".prop_map(String::into_bytes),
    ]
}

fn response() -> impl Strategy<Value = HttpResponse> {
    let status = prop::sample::select(vec![200u16, 201, 204, 400, 401, 404, 406, 422, 429, 500, 503]);
    let retry_after = prop::option::of("[0-9a-z.]{0,4}");
    (status, retry_after, body()).prop_map(|(status, retry_after, body)| HttpResponse {
        status,
        headers: retry_after.into_iter().map(|v| ("retry-after".to_string(), v)).collect(),
        body,
    })
}

/// Fetches `O` through a throwaway operation answered by `response`; only a typed
/// outcome is acceptable.
fn fetch<O: Reply>(listing: Listing, response: &HttpResponse, page: &PageRequest) {
    EXECUTIONS.fetch_add(1, Ordering::Relaxed);
    let script = Script::default();
    let answer = response.clone();
    script.answers.borrow_mut().push_back(Ok(answer));
    let config = Config { max_retries: 0, base_url: "http://fuzz/api".into(), ..Config::default() };
    let client = Client::new(config, Box::new(script), Box::new(ManualClock::default())).unwrap();
    let op = Op::<NoArgs, O>::new("fuzz", "fuzz", Method::Get, "/x", Effect::Read, listing, "");
    match op.run(&client, NoArgs {}, page.clone()) {
        Ok(_) => {
            DECODED.fetch_add(1, Ordering::Relaxed);
        }
        Err(e) => {
            let known = ["invalid_input", "unauthorized", "not_found", "rate_limited", "remote", "transport", "decode"];
            assert!(known.contains(&e.kind()), "{e:?}");
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: cases(), failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn record_decoders_never_panic(r in response()) {
        fetch::<model::Campaign>(Listing::Single, &r, &PageRequest::default());
        fetch::<model::CampaignAnalytics>(Listing::Single, &r, &PageRequest::default());
        fetch::<model::EmailAccount>(Listing::Single, &r, &PageRequest::default());
        fetch::<model::WarmupStats>(Listing::Single, &r, &PageRequest::default());
        fetch::<model::AddLeadsResult>(Listing::Single, &r, &PageRequest::default());
        fetch::<model::Webhook>(Listing::Single, &r, &PageRequest::default());
        fetch::<Ack>(Listing::Single, &r, &PageRequest::default());
        fetch::<Created>(Listing::Single, &r, &PageRequest::default());
        fetch::<LeadsExport>(Listing::Single, &r, &PageRequest::default());
    }

    #[test]
    fn list_decoders_never_panic(r in response(), limit in prop::option::of(0u32..2000), offset in 0u64..u64::MAX) {
        let cursor = paging::encode(&paging::Position { offset, limit: limit.unwrap_or(1).max(1), fingerprint: paging::fingerprint("fuzz", &Value::Null), scope: None });
        for page in [PageRequest { limit, cursor: None }, PageRequest { limit: None, cursor: Some(cursor) }] {
            for listing in [Listing::Offset { max: 100 }, Listing::Sliced, Listing::Lookup] {
                fetch::<Page<model::CampaignLead>>(listing, &r, &page);
                fetch::<Page<model::Lead>>(listing, &r, &page);
                fetch::<Page<model::Message>>(listing, &r, &page);
                fetch::<Page<model::Sequence>>(listing, &r, &page);
                fetch::<Page<model::AgencyClient>>(listing, &r, &page);
                fetch::<Page<model::CampaignStatistic>>(listing, &r, &page);
            }
        }
    }

    #[test]
    fn unified_mappers_never_panic(v in json_value()) {
        use crate::surfaces::unified::model::{Campaign, Contact};
        EXECUTIONS.fetch_add(3, Ordering::Relaxed);
        let typed = |e: Error| matches!(e, Error::Decode(_));
        prop_assert!(Campaign::from_smartlead(v.clone()).err().is_none_or(typed));
        prop_assert!(Contact::from_campaign_row(v.clone(), Vec::new()).err().is_none_or(typed));
        prop_assert!(Contact::from_lookup(v).err().is_none_or(typed));
    }

    #[test]
    fn the_gateway_answers_any_request_with_json(
        method in prop::sample::select(vec!["GET", "POST", "PATCH", "DELETE", "PUT", "get", "OPTIONS"]),
        path in prop_oneof![
            "(/[a-z_\\-]{0,12}){0,4}",
            "/unified/marketing-automation/(campaigns|contacts)(/[0-9a-z@.%]{0,24})?",
            "/proxy(/[a-z0-9.%]{0,10}){0,3}",
        ],
        query in prop::collection::vec(("[a-z_]{1,12}", ".{0,16}"), 0..4),
        body in body(),
        host in prop::option::weighted(0.8, "(127\\.0\\.0\\.1|localhost|\\[::1\\]|[a-z.]{1,16})(:[0-9]{1,5})?|.{0,12}"),
        origin in prop::option::weighted(0.2, "https?://[a-z.]{1,12}(:[0-9]{1,5})?|null|.{0,12}"),
        r in response(),
    ) {
        EXECUTIONS.fetch_add(1, Ordering::Relaxed);
        let script = Script::default();
        for _ in 0..4 {
            script.answers.borrow_mut().push_back(Ok(r.clone()));
        }
        let config = Config { max_retries: 0, base_url: "http://fuzz/api".into(), ..Config::default() };
        let client = Client::new(config, Box::new(script), Box::new(ManualClock::default())).unwrap();
        let request = crate::surfaces::gateway::Request { method: method.to_string(), path, query, body, host, origin };
        let response = crate::surfaces::gateway::handle(&client, &crate::surfaces::gateway::Access::default(), &request);
        prop_assert!((200..600).contains(&response.status));
        if response.status >= 400 {
            let error: Value = serde_json::from_str(&response.body).expect("errors are JSON");
            prop_assert_eq!(error["statusCode"].as_u64(), Some(response.status as u64));
        }
    }

    #[test]
    fn the_cursor_decoder_never_panics(text in ".{0,80}", bytes in prop::collection::vec(any::<u8>(), 0..80), v in json_value()) {
        use base64::Engine;
        let b64 = base64::engine::general_purpose::URL_SAFE_NO_PAD;
        for cursor in [text, b64.encode(&bytes), b64.encode(v.to_string())] {
            EXECUTIONS.fetch_add(1, Ordering::Relaxed);
            match paging::decode(&cursor, 7) {
                Ok(p) => prop_assert_eq!(p.fingerprint, 7),
                Err(e) => prop_assert!(matches!(e, Error::InvalidInput(_))),
            }
        }
    }
}

/// Prints the count for `make fuzz`; runs last by name in its module.
#[test]
fn zz_report_executions() {
    let (runs, decoded) = (EXECUTIONS.load(Ordering::Relaxed), DECODED.load(Ordering::Relaxed));
    eprintln!("fuzz: {runs} executions so far in this process, {decoded} decoded into results, the rest typed errors");
}
