//! Everything the component sends to Smartlead leaves through here: only to the four
//! configured Smartlead hosts, paced per key, with the key added outside the sandbox,
//! over one pooled client, counted per tenant.

pub mod pacer;
pub mod upstream;

use crate::core::metrics::{Metrics, Refusal};
use crate::core::tenant::{ApiKey, Tenant};
use bytes::Bytes;
use http::Uri;
use http_body_util::BodyExt;
use pacer::{Pacers, Queueing};
use serde_json::json;
use smartlead_component::core::client::{ATTEMPT_HEADER, NO_KEY};
use smartlead_component::core::http::HttpResponse;
use smartlead_component::core::limiter::hold_after;
use smartlead_component::core::retry::{PACER_REFUSAL_HEADER, QUEUED_HEADER};
use std::sync::Arc;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};
use upstream::Upstream;
use wasmtime_wasi_http::{Error as HttpError, RequestOptions, WasiBody};

/// A 429 body is read to learn its `retry_after`; no 429 body is larger.
const MAX_REFUSAL_BODY: usize = 64 << 10;

/// What every store of a connector shares: where requests may go, how long they may
/// take, the pooled client, the pacers and the counters.
pub struct Egress {
    /// Scheme and authority of each Smartlead host's base URL: the only destinations
    /// allowed, so the key goes to nothing else.
    allowed: Vec<(String, String)>,
    timeout: Duration,
    upstream: Upstream,
    pub pacers: Pacers,
    pub metrics: Arc<Metrics>,
}

impl Egress {
    pub fn new(base_urls: &[&str], timeout: Duration, upstream: Upstream, pacers: Pacers, metrics: Arc<Metrics>) -> anyhow::Result<Self> {
        let allowed = base_urls
            .iter()
            .map(|base_url| {
                let uri: Uri = base_url.parse().map_err(|e| anyhow::anyhow!("base URL {base_url:?} is not a URL: {e}"))?;
                let (Some(scheme), Some(authority)) = (uri.scheme_str(), uri.authority()) else {
                    anyhow::bail!("base URL {base_url:?} needs a scheme and a host, e.g. https://server.smartlead.ai/api/v1");
                };
                Ok((scheme.to_ascii_lowercase(), authority.as_str().to_ascii_lowercase()))
            })
            .collect::<anyhow::Result<_>>()?;
        Ok(Egress { allowed, timeout, upstream, pacers, metrics })
    }

    fn permits(&self, uri: &Uri) -> bool {
        let scheme = uri.scheme_str().unwrap_or("").to_ascii_lowercase();
        let authority = uri.authority().map(|a| a.as_str().to_ascii_lowercase()).unwrap_or_default();
        self.allowed.contains(&(scheme, authority))
    }
}

/// The wasi:http hook of one store: the shared egress plus whose key this store spends
/// and how its requests queue for their turn.
#[derive(Clone)]
pub struct Outbound {
    egress: Arc<Egress>,
    key: Option<ApiKey>,
    queueing: Queueing,
}

impl Outbound {
    pub fn new(egress: Arc<Egress>, key: Option<ApiKey>, queueing: Queueing) -> Self {
        Outbound { egress, key, queueing }
    }

    pub fn tenant(&self) -> Tenant {
        Tenant::of(self.key.as_ref())
    }

    /// The key this store spends, for redacting it from what comes back.
    pub fn key(&self) -> Option<&ApiKey> {
        self.key.as_ref()
    }

    /// Queues the next requests as `queueing` says (an instance kept for another call).
    pub fn set_queueing(&mut self, queueing: Queueing) {
        self.queueing = queueing;
    }

    /// The counters every store shares.
    pub fn metrics(&self) -> &Metrics {
        &self.egress.metrics
    }

    /// Sends one request of the component's: paced for the key's turn, the key added,
    /// Smartlead's answer observed for its rate-limit signals.
    pub async fn send(self, mut request: http::Request<WasiBody>, options: Option<RequestOptions>) -> Result<http::Response<WasiBody>, HttpError> {
        let egress = &self.egress;
        if !egress.permits(request.uri()) {
            return Err(HttpError::HttpRequestDenied);
        }
        let Some(key) = self.key.clone() else {
            // Smartlead would only answer 401; say so here and send nothing.
            return Ok(local_answer(401, json!({"message": NO_KEY}), &[]));
        };
        let tenant = self.tenant();
        if request.headers_mut().remove(ATTEMPT_HEADER).is_some() {
            egress.metrics.retry(tenant);
        }
        let waited = match egress.pacers.queue(tenant, &self.queueing).await {
            Ok(waited) => waited,
            Err(wait) => {
                egress.metrics.refused(Refusal::QueueWait);
                return Ok(queue_refusal(wait));
            }
        };
        egress.metrics.paced(tenant, waited);
        *request.uri_mut() = with_key(request.uri(), key.expose())?;
        let options = options.unwrap_or_default();
        let first_byte = options.first_byte_timeout.unwrap_or(egress.timeout);
        let between_bytes = options.between_bytes_timeout.unwrap_or(egress.timeout);
        let sent = Instant::now();
        let outcome = egress.upstream.send(request, first_byte, between_bytes).await;
        egress.metrics.upstream(tenant, outcome.as_ref().ok().map(|r| r.status().as_u16()), sent.elapsed());
        let mut response = self.observe(tenant, outcome?).await?;
        // The component's retry budget counts only its own time, not this wait.
        response.headers_mut().insert(QUEUED_HEADER, http::HeaderValue::from(waited.as_millis().min(u64::MAX as u128) as u64));
        Ok(response)
    }

    /// Holds the key when the answer says its budget is spent (a 429, or
    /// `x-ratelimit-remaining: 0`), by the rule the component follows too.
    async fn observe(&self, tenant: Tenant, response: http::Response<WasiBody>) -> Result<http::Response<WasiBody>, HttpError> {
        let (parts, body) = response.into_parts();
        let headers = || parts.headers.iter().filter_map(|(k, v)| Some((k.as_str().to_string(), v.to_str().ok()?.to_string()))).collect();
        let (body, seen) = if parts.status == 429 {
            self.egress.metrics.rate_limited(tenant);
            let bytes = http_body_util::Limited::new(body, MAX_REFUSAL_BODY).collect().await.map(|c| c.to_bytes()).unwrap_or_default();
            let seen = HttpResponse { status: 429, headers: headers(), body: bytes.to_vec() };
            (full(bytes), seen)
        } else {
            (body, HttpResponse { status: parts.status.as_u16(), headers: headers(), body: Vec::new() })
        };
        let unix_now = SystemTime::now().duration_since(UNIX_EPOCH).unwrap_or_default();
        if let Some(hold) = hold_after(&seen, unix_now) {
            self.egress.pacers.hold(tenant, hold).await;
        }
        Ok(http::Response::from_parts(parts, body))
    }
}

fn full(bytes: Bytes) -> WasiBody {
    http_body_util::Full::new(bytes).map_err(|never| match never {}).boxed_unsync()
}

/// The host's own 429 for a request it would not queue: never sent, and marked so the
/// component reports it instead of retrying.
fn queue_refusal(wait: Duration) -> http::Response<WasiBody> {
    let seconds = wait.as_secs_f64().ceil().max(1.0) as u64;
    let body = json!({"error": {
        "code": "QUEUE_WAIT",
        "message": format!("this API key's requests are queued for the next {seconds} s under Smartlead's rate limit, longer than this server holds a request; nothing was sent: retry after {seconds} s"),
        "retry_after": seconds,
    }});
    let retry_after = seconds.to_string();
    local_answer(429, body, &[("retry-after", retry_after.as_str()), (PACER_REFUSAL_HEADER, "queue-wait")])
}

/// An answer the host gives in Smartlead's place, for a request it does not send.
fn local_answer(status: u16, body: serde_json::Value, headers: &[(&str, &str)]) -> http::Response<WasiBody> {
    let mut answer = http::Response::builder().status(status).header("content-type", "application/json");
    for (name, value) in headers {
        answer = answer.header(*name, *value);
    }
    answer.body(full(Bytes::from(body.to_string()))).expect("a static status and headers always build")
}

/// The same URI with `api_key` appended to its query.
fn with_key(uri: &Uri, key: &str) -> Result<Uri, HttpError> {
    let mut parts = uri.clone().into_parts();
    let path = parts.path_and_query.as_ref().map_or("/", |p| p.path());
    let mut query = form_urlencoded::Serializer::new(uri.query().unwrap_or("").to_string());
    query.append_pair("api_key", key);
    parts.path_and_query = Some(format!("{path}?{}", query.finish()).parse().map_err(|_| HttpError::HttpRequestUriInvalid)?);
    Uri::from_parts(parts).map_err(|_| HttpError::HttpRequestUriInvalid)
}

/// `text` without `key`, by the component's own rule (as given and URL-encoded).
pub fn redact(text: String, key: Option<&ApiKey>) -> String {
    smartlead_component::core::client::redact(text, key.map(ApiKey::expose))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::egress::pacer::Pacing;

    fn egress(bases: &[&str]) -> Egress {
        let upstream = Upstream::new(Duration::from_secs(1), None).unwrap();
        Egress::new(bases, Duration::from_secs(1), upstream, Pacers::new(Pacing::standard()), Arc::default()).unwrap()
    }

    #[test]
    fn only_the_base_url_host_is_allowed() {
        let e = egress(&["http://127.0.0.1:8787/api/v1"]);
        assert!(e.permits(&"http://127.0.0.1:8787/api/v1/campaigns".parse().unwrap()));
        assert!(!e.permits(&"http://127.0.0.1:9999/api/v1/campaigns".parse().unwrap()));
        assert!(!e.permits(&"https://127.0.0.1:8787/api/v1".parse().unwrap()));
        assert!(!e.permits(&"http://evil.test/api/v1".parse().unwrap()));
    }

    #[test]
    fn the_four_smartlead_hosts_and_no_other_are_allowed() {
        let defaults: Vec<&str> = smartlead_component::core::client::Base::ALL.iter().map(|b| b.default_url()).collect();
        let e = egress(&defaults);
        for host in ["server.smartlead.ai", "smartdelivery.smartlead.ai", "prospect-api.smartlead.ai", "smart-senders.smartlead.ai"] {
            assert!(e.permits(&format!("https://{host}/api/v1/x").parse().unwrap()), "{host}");
        }
        for other in ["https://smartlead.ai/api/v1", "https://evil.smartlead.ai.test/api/v1", "http://server.smartlead.ai/api/v1", "https://app.smartlead.ai/x"] {
            assert!(!e.permits(&other.parse().unwrap()), "{other}");
        }
    }

    #[test]
    fn redaction_removes_the_key_as_given_and_as_url_encoded() {
        let text = "key k&1 in http://h/x?api_key=k%261".to_string();
        let key = ApiKey::new("k&1");
        assert_eq!(redact(text.clone(), key.as_ref()), "key [redacted] in http://h/x?api_key=[redacted]");
        assert_eq!(redact(text.clone(), None), text);
        assert_eq!(redact("no key in this".into(), key.as_ref()), "no key in this");
        // A key with nothing to encode is one form, found wherever it stands.
        assert_eq!(redact("plain-key, twice: plain-key".into(), ApiKey::new("plain-key").as_ref()), "[redacted], twice: [redacted]");
    }

    #[test]
    fn the_key_joins_the_query() {
        let uri: Uri = "http://h/api/v1/leads/?email=a%40b.co".parse().unwrap();
        assert_eq!(with_key(&uri, "k&1").unwrap().to_string(), "http://h/api/v1/leads/?email=a%40b.co&api_key=k%261");
        let uri: Uri = "http://h/api/v1/campaigns".parse().unwrap();
        assert_eq!(with_key(&uri, "k").unwrap().to_string(), "http://h/api/v1/campaigns?api_key=k");
    }

    #[tokio::test]
    async fn a_queue_refusal_is_a_final_429_the_component_understands() {
        let refusal = queue_refusal(Duration::from_millis(2500));
        assert_eq!(refusal.status(), 429);
        assert_eq!(refusal.headers()["retry-after"], "3");
        let (parts, body) = refusal.into_parts();
        let seen = HttpResponse {
            status: 429,
            headers: parts.headers.iter().map(|(k, v)| (k.to_string(), v.to_str().unwrap().to_string())).collect(),
            body: body.collect().await.unwrap().to_bytes().to_vec(),
        };
        use smartlead_component::core::retry::{Attempt, decide};
        assert_eq!(decide(&Ok(seen.clone()), 0, 3, 0), Attempt::Done);
        assert_eq!(smartlead_component::core::retry::retry_after(&seen), Some(Duration::from_secs(3)));
    }
}
