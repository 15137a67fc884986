//! Failure modes the mock can switch on per test: the ways Smartlead and the network
//! fail, including the ones that look like success.

use axum::body::Body;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use std::collections::VecDeque;
use std::time::{Duration, Instant};

/// One way to answer a request instead of serving it. Tests in other languages queue
/// faults over HTTP as JSON, e.g. `{"fault": {"status": 503}, "times": 2}` or
/// `{"fault": "malformed_body"}` posted to `/__mock/faults`.
#[derive(Debug, Clone, PartialEq, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Fault {
    /// Answer with this status and a Smartlead-style error body.
    Status(u16),
    /// HTTP 429 with `Retry-After: secs`.
    RateLimited { retry_after_secs: u64 },
    /// Start a 200 body, then drop the connection.
    ResetMidBody,
    /// Serve the request (whatever it changes is stored), then drop the connection
    /// mid-answer: the client cannot tell that it succeeded.
    ResetAfterServing,
    /// Wait this long before sending headers, then serve normally.
    #[serde(with = "millis")]
    Delay(Duration),
    /// 200 with JSON cut short.
    TruncatedJson,
    /// 200 with a body that is not JSON (an HTML error page).
    MalformedBody,
    /// 200 with `{}`.
    EmptyObject,
    /// 200 with `{"ok": false, ...}`.
    OkFalse,
    /// 200 with a valid JSON array of about this many bytes, sent without a length.
    Oversized(usize),
    /// 400 whose message quotes the request URL, `api_key` included, as some servers do.
    EchoRequest,
}

/// Faults queued for the next requests, oldest first; each answers one request. A
/// targeted fault waits for its own route instead.
#[derive(Debug, Default)]
pub struct FaultQueue {
    next: VecDeque<Fault>,
    targeted: Vec<Targeted>,
}

/// A fault for one route: it answers the request after `skip` more of them.
#[derive(Debug, Clone)]
struct Targeted {
    method: String,
    path: String,
    skip: usize,
    fault: Fault,
}

impl FaultQueue {
    pub fn push(&mut self, fault: Fault, times: usize) {
        self.next.extend(std::iter::repeat_n(fault, times));
    }

    /// `fault` answers the request to `method path` (the path below /api/v1) that comes
    /// after `after` others to it.
    pub fn push_for(&mut self, method: &str, path: &str, after: usize, fault: Fault) {
        self.targeted.push(Targeted { method: method.to_ascii_uppercase(), path: path.to_string(), skip: after, fault });
    }

    /// The fault that answers a request to `method path`, if any.
    pub fn take_for(&mut self, method: &str, path: &str) -> Option<Fault> {
        if let Some(i) = self.targeted.iter().position(|t| t.method == method && t.path == path) {
            let target = &mut self.targeted[i];
            if target.skip == 0 {
                return Some(self.targeted.remove(i).fault);
            }
            target.skip -= 1;
        }
        self.next.pop_front()
    }

    pub fn clear(&mut self) {
        self.next.clear();
        self.targeted.clear();
    }
}

impl Fault {
    /// The response for every fault but `Delay`, which only postpones the real one, and
    /// `EchoRequest`, which needs the request.
    pub fn response(&self) -> Option<Response> {
        let json = |status: StatusCode, body: &'static str| {
            Some((status, [(header::CONTENT_TYPE, "application/json")], body).into_response())
        };
        match self {
            Fault::Status(code) => {
                let status = StatusCode::from_u16(*code).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
                let body = format!(r#"{{"error":"Injected failure {code}"}}"#);
                Some((status, [(header::CONTENT_TYPE, "application/json")], body).into_response())
            }
            Fault::RateLimited { retry_after_secs } => {
                let mut response = rate_limited();
                response.headers_mut().insert(header::RETRY_AFTER, HeaderValue::from(*retry_after_secs));
                Some(response)
            }
            Fault::ResetMidBody => {
                let chunks: Vec<Result<&'static str, std::io::Error>> =
                    vec![Ok(r#"{"id": 1, "name": "par"#), Err(std::io::Error::new(std::io::ErrorKind::ConnectionReset, "injected reset"))];
                let body = Body::from_stream(futures_util::stream::iter(chunks));
                Some((StatusCode::OK, [(header::CONTENT_TYPE, "application/json")], body).into_response())
            }
            Fault::Delay(_) | Fault::EchoRequest | Fault::ResetAfterServing => None,
            Fault::TruncatedJson => json(StatusCode::OK, r#"{"id": 1562695, "name": "Cut sh"#),
            Fault::MalformedBody => {
                Some((StatusCode::OK, [(header::CONTENT_TYPE, "text/html")], "<html><body>Attention Required! | Cloudflare</body></html>").into_response())
            }
            Fault::EmptyObject => json(StatusCode::OK, "{}"),
            Fault::OkFalse => json(StatusCode::OK, r#"{"ok": false, "error": "Injected soft failure"}"#),
            Fault::Oversized(bytes) => {
                let item = r#"{"id": 1, "name": "padding"},"#;
                let mut body = "[".to_string() + &item.repeat(bytes / item.len() + 1);
                body.pop();
                body.push(']');
                // Streamed, so no Content-Length warns the client in advance.
                let chunks: Vec<Result<String, std::io::Error>> = vec![Ok(body)];
                let stream = Body::from_stream(futures_util::stream::iter(chunks));
                Some((StatusCode::OK, [(header::CONTENT_TYPE, "application/json")], stream).into_response())
            }
        }
    }
}

/// Smartlead's documented 429 body.
pub fn rate_limited() -> Response {
    let body = r#"{"error":{"code":"RATE_LIMIT_EXCEEDED","message":"Too many requests. Please retry after 1 seconds.","retry_after":1}}"#;
    (StatusCode::TOO_MANY_REQUESTS, [(header::CONTENT_TYPE, "application/json")], body).into_response()
}

/// Limits the mock enforces, as Smartlead does: for each `(max, window)`, at most
/// `max` requests in any `window`.
#[derive(Debug, Clone)]
pub struct Enforced {
    windows: Vec<(usize, Duration)>,
    /// Admitted request times, oldest first, as long as the largest window needs.
    starts: VecDeque<Instant>,
    /// Requests refused with 429.
    pub refused: usize,
}

impl Enforced {
    pub fn new(windows: &[(usize, Duration)]) -> Self {
        Enforced { windows: windows.to_vec(), starts: VecDeque::new(), refused: 0 }
    }

    /// Admits a request now, or says how long until one would be admitted.
    pub fn admit(&mut self, now: Instant) -> Result<(), Duration> {
        let longest = self.windows.iter().map(|w| w.1).max().unwrap_or_default();
        while self.starts.front().is_some_and(|t| now.duration_since(*t) >= longest) {
            self.starts.pop_front();
        }
        for &(max, window) in &self.windows {
            let recent: Vec<&Instant> = self.starts.iter().filter(|t| now.duration_since(**t) < window).collect();
            if recent.len() >= max {
                self.refused += 1;
                return Err(window - now.duration_since(*recent[recent.len() - max]));
            }
        }
        self.starts.push_back(now);
        Ok(())
    }
}

/// `Delay` as milliseconds in JSON.
mod millis {
    use serde::{Deserialize, Deserializer};
    use std::time::Duration;

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Duration, D::Error> {
        u64::deserialize(d).map(Duration::from_millis)
    }
}
