//! Property tests over everything that reads untrusted input: every decoder (run
//! directly on responses), the client's reading of HTTP statuses, the unified mappers,
//! the gateway's request handling and the cursor decoder. In wasm a panic is a trap,
//! so no input may panic; beyond that each property checks what the answer must be.
//!
//! `FUZZ_CASES` sets the cases per property (default 512); `make fuzz` runs many more.
//! Each property prints how many inputs it tried, for `make fuzz`'s report.

use crate::catalog::model::{self, Ack, Created, LeadsExport, Page};
use crate::catalog::reply::{Reading, Reply};
use crate::core::client::{ApiRequest, Base};
use crate::core::error::Error;
use crate::core::http::{HttpResponse, Method};
use crate::core::paging::{self, Listing, PageRequest, Position};
use crate::surfaces::gateway::{self, GatewayRequest, Setup};
use crate::tests::fake::{Script, client_with};
use proptest::prelude::*;
use proptest::test_runner::{Config as RunnerConfig, TestCaseError, TestRunner};
use serde_json::{Map, Value};
use std::cell::Cell;

fn cases() -> u32 {
    std::env::var("FUZZ_CASES").ok().and_then(|v| v.parse().ok()).unwrap_or(512)
}

/// Runs `property` over `strategy`; `per_case` is how many inputs one case tries.
fn check<S: Strategy>(name: &str, per_case: u64, strategy: S, property: impl Fn(S::Value) -> Result<(), TestCaseError>) {
    let config = RunnerConfig { cases: cases(), failure_persistence: None, ..RunnerConfig::default() };
    let tried = Cell::new(0u64);
    TestRunner::new(config)
        .run(&strategy, |input| {
            tried.set(tried.get() + per_case);
            property(input)
        })
        .unwrap_or_else(|e| panic!("{name}: {e}"));
    eprintln!("fuzz: {name}: {} executions", tried.get());
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
    json_with(KEYS)
}

/// Keys of Smartlead's webhook payloads, in all three shapes.
const WEBHOOK_KEYS: &[&str] = &[
    "event_type", "event", "type", "id", "data", "meta", "timestamp", "event_timestamp", "campaign_id", "campaign", "campaign_name",
    "lead", "lead_id", "sl_email_lead_id", "sl_email_lead_map_id", "sl_lead_email", "to_email", "from_email", "email",
    "leadCorrespondence", "replyReceivedFrom", "targetLeadEmail", "reply_message", "sent_message", "text", "html", "message_id",
    "reply_body", "preview_text", "lastReply", "last_reply", "email_body", "lead_category", "old_id", "new_name", "link_clicked",
    "sequence_number", "email_account", "secret_key", "subject", "category", "name",
];

/// JSON whose objects use `keys`, so generated values reach the readers of those fields.
fn json_with(keys: &'static [&'static str]) -> impl Strategy<Value = Value> + Clone {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        any::<u64>().prop_map(Value::from),
        any::<f64>().prop_map(|f| serde_json::Number::from_f64(f).map_or(Value::Null, Value::Number)),
        "[0-9]{0,20}".prop_map(Value::String),
        ".{0,12}".prop_map(Value::String),
    ];
    leaf.prop_recursive(4, 64, 8, move |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            prop::collection::vec((prop::sample::select(keys), inner), 0..8)
                .prop_map(|pairs| Value::Object(pairs.into_iter().map(|(k, v)| (k.to_string(), v)).collect::<Map<_, _>>())),
        ]
    })
}

/// A list Smartlead could send: records with ids, bare or in a `data` envelope with a
/// total (sometimes a string, sometimes wrong).
fn list_body() -> impl Strategy<Value = Vec<u8>> {
    let record = (any::<u32>(), ".{0,8}").prop_map(|(id, name)| serde_json::json!({"id": id, "name": name, "email": format!("{id}@x.co")}));
    let records = prop::collection::vec(record, 0..25);
    (records, prop::option::of(0u64..40), any::<bool>()).prop_map(|(items, total, enveloped)| {
        let list = Value::Array(items);
        let body = match (enveloped, total) {
            (false, _) => list,
            (true, Some(t)) => serde_json::json!({"total_leads": t.to_string(), "data": list}),
            (true, None) => serde_json::json!({"data": list}),
        };
        body.to_string().into_bytes()
    })
}

/// A response body: JSON shaped like Smartlead's, lists of records, arbitrary bytes,
/// or cut short.
fn body() -> impl Strategy<Value = Vec<u8>> {
    prop_oneof![
        4 => json_value().prop_map(|v| v.to_string().into_bytes()),
        2 => list_body(),
        1 => prop::collection::vec(any::<u8>(), 0..256),
        1 => ".{0,64}".prop_map(String::into_bytes),
        1 => (json_value(), any::<prop::sample::Index>()).prop_map(|(v, cut)| {
            let text = v.to_string().into_bytes();
            text[..cut.index(text.len() + 1)].to_vec()
        }),
    ]
}

fn response(statuses: Vec<u16>) -> impl Strategy<Value = HttpResponse> {
    let retry_after = prop::option::of("[0-9a-z.]{0,4}");
    (prop::sample::select(statuses), retry_after, body()).prop_map(|(status, retry_after, body)| HttpResponse {
        status,
        headers: retry_after.into_iter().map(|v| ("retry-after".to_string(), v)).collect(),
        body,
    })
}

/// What Smartlead answered with a 2xx status.
fn success() -> impl Strategy<Value = HttpResponse> {
    response(vec![200, 201, 204])
}

/// A decoder may find the answer unreadable, missing, or a soft refusal — nothing else.
fn decoded<T>(outcome: Result<T, Error>) -> Result<Option<T>, TestCaseError> {
    match outcome {
        Ok(value) => Ok(Some(value)),
        Err(Error::Decode(_) | Error::NotFound(_) | Error::Remote(_)) => Ok(None),
        Err(other) => Err(TestCaseError::fail(format!("a decoder returned {other:?}"))),
    }
}

fn read<T: Reply>(response: &HttpResponse, listing: Listing, at: Option<Position>) -> Result<Option<T>, TestCaseError> {
    decoded(T::read(response, &Reading { operation: "fuzz", listing, at }))
}

#[test]
fn record_decoders_read_any_answer_or_say_why_not() {
    check("record decoders", 9, success(), |r| {
        read::<model::Campaign>(&r, Listing::Single, None)?;
        read::<model::CampaignAnalytics>(&r, Listing::Single, None)?;
        read::<model::EmailAccount>(&r, Listing::Single, None)?;
        read::<model::WarmupStats>(&r, Listing::Single, None)?;
        read::<model::AddLeadsResult>(&r, Listing::Single, None)?;
        read::<model::Webhook>(&r, Listing::Single, None)?;
        read::<Ack>(&r, Listing::Single, None)?;
        if let Some(created) = read::<Created>(&r, Listing::Single, None)? {
            prop_assert!(String::from_utf8_lossy(&r.body).contains(&created.id.to_string()), "an id that was not in the answer");
        }
        if let Some(export) = read::<LeadsExport>(&r, Listing::Single, None)? {
            prop_assert_eq!(export.csv.as_bytes(), &r.body[..], "the CSV is handed on unchanged");
            prop_assert_eq!(export.row_count as usize, export.rows.len(), "every row typed");
        }
        Ok(())
    });
}

/// A page holds at most the limit, counts what it holds, and its cursor points just
/// past its last record.
fn page_is_consistent<T>(page: Option<Page<T>>, at: Position) -> Result<(), TestCaseError> {
    let Some(page) = page else { return Ok(()) };
    prop_assert!(page.result.len() <= at.limit as usize, "{} records for a limit of {}", page.result.len(), at.limit);
    prop_assert_eq!(page.result_count as usize, page.result.len());
    if let Some(cursor) = &page.next_cursor {
        let next = paging::decode(cursor, at.fingerprint).map_err(|e| TestCaseError::fail(e.to_string()))?;
        prop_assert_eq!(next.offset, at.offset + page.result.len() as u64);
        prop_assert_eq!(next.limit, at.limit);
    }
    Ok(())
}

#[test]
fn list_decoders_page_any_answer_consistently() {
    let limit = prop_oneof![1u32..12, 1u32..1001];
    // Offsets a cursor can hold (what JSON numbers carry exactly), with room for a page.
    let offset = prop_oneof![0u64..30, 0u64..(1 << 53) - 2000];
    let at = (limit, offset).prop_map(|(limit, offset)| Position { offset, limit, fingerprint: 7, scope: None });
    check("list decoders", 18, (success(), at), |(r, at)| {
        for listing in [Listing::Offset { max: 100 }, Listing::Sliced, Listing::Lookup] {
            page_is_consistent(read::<Page<model::CampaignLead>>(&r, listing, Some(at))?, at)?;
            page_is_consistent(read::<Page<model::Lead>>(&r, listing, Some(at))?, at)?;
            page_is_consistent(read::<Page<model::Message>>(&r, listing, Some(at))?, at)?;
            page_is_consistent(read::<Page<model::Sequence>>(&r, listing, Some(at))?, at)?;
            page_is_consistent(read::<Page<model::AgencyClient>>(&r, listing, Some(at))?, at)?;
            page_is_consistent(read::<Page<model::CampaignStatistic>>(&r, listing, Some(at))?, at)?;
        }
        Ok(())
    });
}

/// The client hands on 2xx answers and turns every other status into the error its
/// status means, with the status kept and the key never in the message.
#[test]
fn the_client_classifies_every_status() {
    let statuses = vec![200, 201, 204, 301, 400, 401, 403, 404, 406, 409, 422, 429, 500, 502, 503, 504];
    check("status classification", 1, response(statuses), |r| {
        let script = Script::default();
        script.answers.borrow_mut().push_back(Ok(r.clone()));
        let client = client_with(&script, |c| c.max_retries = 0);
        let request = ApiRequest { base: Base::Server, method: Method::Get, path: "/x".into(), query: Vec::new(), body: None };
        match client.send(&request, true) {
            Ok(answer) => prop_assert!((200..300).contains(&answer.status), "{} handed on", answer.status),
            Err(e) => {
                prop_assert!(!(200..300).contains(&r.status), "a {} was refused: {e}", r.status);
                let expected = match r.status {
                    401 | 403 => "unauthorized",
                    404 => "not_found",
                    429 => "rate_limited",
                    _ => "remote",
                };
                prop_assert_eq!(e.kind(), expected, "for {}", r.status);
                prop_assert_eq!(e.status(), Some(r.status));
                prop_assert!(!e.message().contains(crate::tests::fake::KEY));
            }
        }
        Ok(())
    });
}

#[test]
fn unified_mappers_map_any_record_or_say_why_not() {
    use crate::surfaces::unified::model::{Campaign, Contact};
    let decode_only = |e: Error| matches!(e, Error::Decode(_));
    check("unified mappers", 3, json_value(), |v| {
        if let Ok(campaign) = Campaign::from_smartlead(v.clone()) {
            prop_assert_eq!(&campaign.remote_data, &v, "remote_data is the record");
        }
        prop_assert!(Campaign::from_smartlead(v.clone()).err().is_none_or(decode_only));
        prop_assert!(Contact::from_campaign_row(v.clone(), Vec::new()).err().is_none_or(decode_only));
        prop_assert!(Contact::from_lookup(v).err().is_none_or(decode_only));
        Ok(())
    });
}

fn request() -> impl Strategy<Value = GatewayRequest> {
    let method = prop::sample::select(vec!["GET", "POST", "PATCH", "DELETE", "PUT", "get", "OPTIONS"]);
    let path = prop_oneof![
        "(/[a-z_\\-]{0,12}){0,4}",
        "/unified/marketing-automation/(campaigns|contacts)(/[0-9a-z@.%]{0,24})?",
        "/proxy(/[a-z0-9.%]{0,10}){0,3}",
        "/tools(/[a-z_]{0,40})?",
        "/webhooks/smartlead/?",
    ];
    let query = prop::collection::vec(("[a-z_]{1,12}", ".{0,16}"), 0..4);
    let host = prop::option::weighted(0.8, "(127\\.0\\.0\\.1|localhost|\\[::1\\]|[a-z.]{1,16})(:[0-9]{1,5})?|.{0,12}");
    let origin = prop::option::weighted(0.2, "https?://[a-z.]{1,12}(:[0-9]{1,5})?|null|.{0,12}");
    (method, path, query, body(), host, origin).prop_map(|(method, path, query, body, host, origin)| GatewayRequest {
        method: method.to_string(),
        path,
        query,
        body,
        host,
        headers: origin.map(|o| ("origin".to_string(), o)).into_iter().collect(),
    })
}

/// Any request gets an answer whose status says what happened: an error is JSON with
/// the same `statusCode` and a kind, a refusal made before sending sent nothing, and a
/// Smartlead status the gateway reports is the one Smartlead answered.
#[test]
fn the_gateway_answers_any_request_as_it_documents() {
    let upstream = response(vec![200, 201, 204, 400, 401, 404, 406, 422, 429, 500, 503]);
    check("gateway requests", 1, (request(), upstream), |(request, r)| {
        let script = Script::default();
        for _ in 0..4 {
            script.answers.borrow_mut().push_back(Ok(r.clone()));
        }
        let client = client_with(&script, |c| c.max_retries = 0);
        let answer = gateway::handle(&client, &Setup::default(), &request);
        let sent = script.sent.borrow().len();
        if answer.status >= 400 {
            let error: Value = serde_json::from_str(&answer.body).map_err(|e| TestCaseError::fail(format!("an error that is not JSON ({e}): {}", answer.body)))?;
            prop_assert_eq!(error["statusCode"].as_u64(), Some(answer.status as u64));
            let kind = error["kind"].as_str().unwrap_or_default();
            match kind {
                "invalid_input" => prop_assert!(matches!(answer.status, 400 | 405 | 413), "{}", answer.status),
                "unauthorized" if sent == 0 => prop_assert!(matches!(answer.status, 401 | 403), "a refusal before sending is the access guard's or a missing key's"),
                "rate_limited" => prop_assert_eq!(answer.status, 429),
                "decode" => prop_assert_eq!(answer.status, 502),
                // A webhook receiver without a sink asks Smartlead to come back (503).
                "transport" => prop_assert!(matches!(answer.status, 502 | 503), "{}", answer.status),
                "not_found" | "unauthorized" | "remote" => {
                    prop_assert!(sent > 0 || answer.status == 404, "{kind} without asking Smartlead: {}", answer.body);
                    prop_assert!(answer.status == r.status || !(400..600).contains(&r.status) || answer.status == 404, "Smartlead said {}, the gateway {}", r.status, answer.status);
                }
                other => return Err(TestCaseError::fail(format!("unknown kind {other:?}"))),
            }
            if kind == "invalid_input" {
                prop_assert_eq!(sent, 0, "an invalid request reached Smartlead");
            }
        } else {
            prop_assert!(sent > 0 || request.path.trim_end_matches('/') == "/tools" || request.method.eq_ignore_ascii_case("OPTIONS"), "{} without asking Smartlead", answer.status);
        }
        prop_assert!(!answer.body.contains(crate::tests::fake::KEY));
        Ok(())
    });
}

#[test]
fn the_cursor_decoder_takes_only_its_own_cursors() {
    use base64::Engine;
    let b64 = base64::engine::general_purpose::URL_SAFE_NO_PAD;
    check("cursor decoder", 3, (".{0,80}", prop::collection::vec(any::<u8>(), 0..80), json_value()), |(text, bytes, v)| {
        for cursor in [text, b64.encode(&bytes), b64.encode(v.to_string())] {
            match paging::decode(&cursor, 7) {
                Ok(p) => {
                    prop_assert_eq!(p.fingerprint, 7);
                    prop_assert!(p.limit > 0);
                }
                Err(e) => prop_assert!(matches!(e, Error::InvalidInput(_)), "{e:?}"),
            }
        }
        Ok(())
    });
}

/// Round trip: a cursor the component issues is read back exactly, for the same list.
#[test]
fn cursors_read_back_what_they_hold() {
    let at = (0u64..(1 << 53), 1u32..u32::MAX, any::<u64>(), prop::option::of(any::<u64>()));
    check("cursor round trip", 1, at, |(offset, limit, fingerprint, scope)| {
        let at = Position { offset, limit, fingerprint, scope };
        prop_assert_eq!(paging::decode(&paging::encode(&at), fingerprint).ok(), Some(at));
        let page = PageRequest { limit: None, cursor: Some(paging::encode(&at)) };
        let _ = Listing::Sliced.position(&page, fingerprint);
        Ok(())
    });
}

/// What a transport may do to one attempt: answer, fail (reset, refused, timed out,
/// a stream that broke off), or bring more than allowed.
fn outcome() -> impl Strategy<Value = Result<HttpResponse, crate::core::http::TransportError>> {
    use crate::core::http::TransportError;
    prop_oneof![
        3 => response(vec![200, 201, 404, 429, 500, 502, 503, 504]).prop_map(Ok),
        2 => ".{0,20}".prop_map(|why| Err(TransportError::Failed(why))),
        1 => Just(Err(TransportError::TooLarge { limit: 64 })),
    ]
}

/// Attempts that break off anywhere: the client tries at most as often as allowed (once
/// for what is not safe to repeat), stops at the first answer it keeps, and reports the
/// last outcome as its own kind.
#[test]
fn abandoned_and_broken_attempts_end_in_a_typed_outcome() {
    let attempts = prop::collection::vec(outcome(), 1..6);
    check("broken attempts", 1, (attempts, 0u32..4, any::<bool>()), |(attempts, retries, safe)| {
        let script = Script::default();
        script.answers.borrow_mut().extend(attempts.iter().cloned());
        let client = client_with(&script, |c| c.max_retries = retries);
        let request = ApiRequest { base: Base::Server, method: Method::Get, path: "/x".into(), query: Vec::new(), body: None };
        let outcome = client.send(&request, safe);
        let sent = script.sent.borrow().len();
        let allowed = if safe { retries as usize + 1 } else { 1 };
        prop_assert!((1..=allowed).contains(&sent), "{sent} attempts, {allowed} allowed");
        // Past the script, the fake fails the attempt as a broken connection would.
        let kept = attempts.get(sent - 1);
        match (outcome, kept) {
            (Ok(answer), Some(Ok(expected))) => prop_assert_eq!(answer.status, expected.status),
            (Ok(answer), other) => return Err(TestCaseError::fail(format!("{} from {other:?}", answer.status))),
            (Err(e), Some(Err(crate::core::http::TransportError::Failed(_)))) => prop_assert_eq!(e.kind(), "transport"),
            (Err(e), Some(Err(crate::core::http::TransportError::TooLarge { .. }))) => prop_assert_eq!(e.kind(), "decode"),
            (Err(e), Some(Ok(answer))) => prop_assert!(!(200..300).contains(&answer.status), "{e} for a {}", answer.status),
            (Err(e), None) => prop_assert_eq!(e.kind(), "transport", "the script ran out: a failed attempt"),
        }
        Ok(())
    });
}

/// A delivery: webhook-shaped JSON (one event, or an array), or anything at all, with
/// signature and request-id headers that are right, wrong or junk.
fn delivery() -> impl Strategy<Value = (Vec<(String, String)>, Vec<u8>, Option<String>)> {
    let event = json_with(WEBHOOK_KEYS);
    let payload = prop_oneof![
        4 => event.clone().prop_map(|v| v.to_string().into_bytes()),
        2 => prop::collection::vec(event, 0..4).prop_map(|v| Value::Array(v).to_string().into_bytes()),
        1 => prop::collection::vec(any::<u8>(), 0..128).boxed(),
    ];
    let secret = prop::option::of("[a-z0-9]{1,8}");
    let signature = prop::option::weighted(0.5, prop_oneof![Just("sign".to_string()), "sha256=[0-9a-f]{0,70}", ".{0,20}"]);
    let request_id = prop::option::weighted(0.3, ".{0,24}");
    (payload, secret, signature, request_id).prop_map(|(body, secret, signature, request_id)| {
        let mut headers = Vec::new();
        if let Some(signature) = signature {
            let signature = match (signature.as_str(), &secret) {
                ("sign", Some(secret)) => {
                    use hmac::Mac;
                    let mut mac = hmac::Hmac::<sha2::Sha256>::new_from_slice(secret.as_bytes()).expect("any key length");
                    mac.update(&body);
                    format!("sha256={}", mac.finalize().into_bytes().iter().map(|b| format!("{b:02x}")).collect::<String>())
                }
                (other, _) => other.to_string(),
            };
            headers.push(("X-Smartlead-Signature".to_string(), signature));
        }
        headers.extend(request_id.map(|id| ("x-request-id".to_string(), id)));
        (headers, body, secret)
    })
}

/// Any delivery is read or refused, never a panic: one event per object, each with an
/// id of its own, verified exactly when a secret is set, its secret never kept; a
/// refusal is `invalid-input` for what is not an event and `unauthorized` only when a
/// secret is set.
#[test]
fn any_delivery_is_read_or_refused_as_documented() {
    use crate::surfaces::events::parse_webhook;
    check("webhook deliveries", 1, delivery(), |(headers, body, secret)| {
        match parse_webhook(&headers, &body, secret.as_deref()) {
            Ok(events) => {
                let objects = match serde_json::from_slice::<Value>(&body).map_err(|e| TestCaseError::fail(format!("read a body that is not JSON: {e}")))? {
                    Value::Array(items) => items.len(),
                    _ => 1,
                };
                prop_assert_eq!(events.len(), objects);
                let ids: std::collections::HashSet<&str> = events.iter().map(|e| e.id.as_str()).collect();
                prop_assert_eq!(ids.len(), events.len(), "ids repeat within a delivery");
                for e in &events {
                    prop_assert!(!e.id.is_empty());
                    prop_assert_eq!(e.verified, secret.is_some());
                    prop_assert!(e.raw.get("secret_key").is_none(), "the secret was kept");
                }
            }
            Err(Error::InvalidInput(_)) => {}
            Err(Error::Unauthorized(_)) => prop_assert!(secret.is_some(), "refused without a secret"),
            Err(other) => return Err(TestCaseError::fail(format!("parse_webhook returned {other:?}"))),
        }
        Ok(())
    });
}

/// Through the gateway, any delivery is answered 200 only after the sink took every
/// event, 4xx only when nothing reached the sink, and 5xx when the sink did not take one.
#[test]
fn the_receiver_acknowledges_only_what_the_sink_took() {
    use crate::surfaces::gateway::receiver::{Sink, WEBHOOK_PATH};
    let sink_answers = prop::collection::vec(prop::sample::select(vec![200u16, 201, 204, 400, 500, 503, 0]), 0..5);
    check("webhook receiver", 1, (delivery(), sink_answers), |((headers, body, secret), answers)| {
        let script = Script::default();
        for status in &answers {
            match status {
                0 => script.fail("connection refused"),
                status => script.answer(*status, ""),
            };
        }
        let sink = Sink { url: "http://sink.test/".into(), transport: Box::new(script.clone()), timeout: std::time::Duration::from_secs(1) };
        let setup = Setup { receiver: gateway::Receiver { secret, sink: Some(sink) }, ..Setup::default() };
        let request = GatewayRequest { method: "POST".into(), path: WEBHOOK_PATH.into(), body, headers, ..GatewayRequest::default() };
        let answer = gateway::handle(&client_with(&Script::default(), |_| {}), &setup, &request);
        let sent = script.sent.borrow();
        let took = sent.iter().zip(&answers).take_while(|(_, s)| (200..300).contains(*s)).count();
        match answer.status {
            200 => prop_assert_eq!(took, sent.len(), "acknowledged an event the sink refused"),
            400 | 401 => prop_assert!(sent.is_empty(), "a refused delivery reached the sink"),
            502 | 503 => prop_assert!(took < sent.len(), "a 5xx after the sink took everything"),
            other => return Err(TestCaseError::fail(format!("answered {other}: {}", answer.body))),
        }
        Ok(())
    });
}

#[test]
fn a_path_value_is_one_segment_that_reads_back_as_given() {
    let op = &crate::catalog::smart_delivery::GET_SINGLE_SMARTLEAD_SMART_DELIVERY_FOLDER_BY_ID.row;
    let value = prop_oneof![any::<String>(), "[a-z0-9_~./-]{0,6}", Just("..".to_string()), Just(".".to_string())];
    check("path segments", 1, value, |value| {
        let request = op.request(&serde_json::json!({ "folderId": value })).map_err(|e| TestCaseError::fail(e.message().to_string()))?;
        let segment = request.path.strip_prefix("/spam-test/folder/").expect("the template's prefix");
        prop_assert!(!segment.contains('/') && !segment.contains('?') && !segment.contains('#'), "{segment}");
        prop_assert!(segment != "." && segment != "..", "a dot segment: {segment}");
        prop_assert_eq!(percent_encoding::percent_decode_str(segment).decode_utf8_lossy(), value.as_str());
        Ok(())
    });
}
