//! `smartlead serve`: the component's own HTTP gateway (its `wasi:http/incoming-handler`
//! export) on a local port, serving requests side by side, each in an instance that only
//! its key's requests use, one after another.
//! The host carries requests in and out, keeps the API key (from the
//! `x-smartlead-api-key` header or its settings) and adds it outside the sandbox, paces
//! each key on its own, bounds how much work is in flight, and counts it at `/metrics`.
//! Webhook deliveries are read by the component and kept by the host (`webhooks`,
//! `/events`).
//! Linked accounts are named by id or name and spent by the host (`accounts`); end users
//! link their own in the connect page (`connect`).

mod accounts;
mod connect;
mod events;
mod webhooks;

use crate::accounts::connect::ConnectArgs;
use crate::accounts::{ACCOUNT_HEADER, Accounts};
use crate::surfaces::allowed::Allowed;
use crate::egress::pacer::Queueing;
use crate::egress::{Outbound, redact};
use crate::runtime::hooks::Hooks;
use crate::events::Events;
use accounts::Payer;
use crate::surfaces::login::Login;
use crate::core::metrics::Refusal;
use crate::runtime::cpu::CpuExhausted;
use crate::runtime::{Connector, HostState, Idle, MemoryExhausted, Reusable};
use crate::core::tenant::{ApiKey, Tenant};
use bytes::Bytes;
use http_body_util::{BodyExt, Full};
use hyper::body::Incoming;
use hyper_util::rt::{TokioIo, TokioTimer};
use smartlead_component::surfaces::gateway::access::{ALLOWED_HOSTS_VAR, ALLOWED_ORIGINS_VAR};
use smartlead_component::surfaces::gateway::{
    API_KEY_HEADER, BASE_URL_VAR, MAX_RETRIES_VAR, MANAGED_BY_HOST_VAR, PROSPECT_BASE_URL_VAR, SMART_SENDERS_BASE_URL_VAR, SMARTDELIVERY_BASE_URL_VAR, TIMEOUT_MS_VAR, reason,
};
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;
use tokio::sync::Semaphore;
use wasmtime_wasi::WasiCtx;
use wasmtime_wasi_http::WasiHttpView;
use wasmtime::component::Resource;
use wasmtime_wasi_http::p2::bindings::{Proxy, ProxyPre};
use wasmtime_wasi_http::p2::bindings::http::types::Scheme;
use wasmtime_wasi_http::p2::types::HostResponseOutparam;

/// No gateway route takes a larger body.
pub const MAX_REQUEST_BYTES: usize = 8 << 20;
/// Beyond `MAX_REQUEST_BYTES`, at most this much more is read (and dropped) before the
/// answer, so a client that is still sending hears why.
const DRAINED_BYTES: usize = 32 << 20;
/// No request's line and headers together are larger (hyper answers 431 beyond it): a
/// name or token is never this long, and nothing echoes more than a bounded part.
const MAX_HEAD_BYTES: usize = 64 << 10;

/// How much the gateway takes on, and how long it waits for slow parties.
#[derive(Debug, Clone)]
pub struct Limits {
    /// Requests served at once; more wait in the queue.
    pub max_concurrency: usize,
    /// Requests waiting for a slot; beyond them the answer is 503.
    pub max_queue: usize,
    /// A request whose key's turn is further away is answered 429 at once.
    pub max_queue_wait: Duration,
    /// How long a client may take to send a request's headers, and then its body.
    pub read_timeout: Duration,
}

impl Default for Limits {
    fn default() -> Self {
        Limits { max_concurrency: 64, max_queue: 256, max_queue_wait: Duration::from_secs(20), read_timeout: Duration::from_secs(10) }
    }
}

/// How a gateway serves, besides its connector.
#[derive(Default)]
pub struct Options {
    /// Who may call besides local programs (the component enforces it).
    pub allowed: Allowed,
    pub limits: Limits,
    /// Who may spend the host's key.
    pub login: Login,
    /// Where webhook deliveries and account events are kept; without it (or when it
    /// does not receive) the receiver answers 503.
    pub events: Option<Arc<Events>>,
    /// The linked accounts requests may name; without it they cannot.
    pub accounts: Option<Arc<Accounts>>,
    /// How connect sessions are made and their page shown.
    pub connect: ConnectArgs,
}

pub struct Gateway {
    connector: Connector,
    allowed: Allowed,
    limits: Limits,
    login: Login,
    events: Option<Arc<Events>>,
    accounts: Option<Arc<Accounts>>,
    connect: ConnectArgs,
    pre: ProxyPre<HostState>,
    /// Instances whose last request ended normally, kept for their key's next: at most
    /// as many as requests served at once.
    idle: Idle<Kept>,
    slots: Semaphore,
    queued: AtomicUsize,
}

/// An instance of the component's handler, kept between requests.
struct Kept {
    store: wasmtime::Store<HostState>,
    proxy: Proxy,
}

impl Reusable for Kept {
    fn store(&self) -> &wasmtime::Store<HostState> {
        &self.store
    }
}

type Answer = hyper::Response<Full<Bytes>>;

/// A request the host answers itself: what was asked, where it came, and its body.
struct Asked {
    method: hyper::Method,
    /// Without a trailing slash.
    path: String,
    query: Option<String>,
    /// The gateway's address as others reach it, for the URLs an answer gives.
    base: Option<String>,
    body: Bytes,
}

impl Gateway {
    pub fn new(connector: Connector, options: Options) -> anyhow::Result<Arc<Self>> {
        let Options { allowed, limits, login, events, accounts, connect } = options;
        anyhow::ensure!(limits.max_concurrency > 0, "--max-concurrency must be at least 1");
        let pre = ProxyPre::new(connector.instance_pre()?.clone())?;
        let slots = Semaphore::new(limits.max_concurrency);
        let idle = Idle::new(limits.max_concurrency);
        Ok(Arc::new(Gateway { connector, allowed, limits, login, events, accounts, connect, pre, idle, slots, queued: AtomicUsize::new(0) }))
    }

    /// A request the host answers itself (connect, events, accounts), its body read.
    async fn asked(&self, request: hyper::Request<Incoming>, path: &str) -> Result<Asked, Answer> {
        let (method, query, base) = (request.method().clone(), request.uri().query().map(str::to_string), self.base(&request));
        let body = self.read_body(request.into_body(), false).await?;
        Ok(Asked { method, path: path.to_string(), query, base, body })
    }

    /// The gateway's address as others reach it: `--public-url`, else `http://` and the
    /// request's Host.
    fn base<B>(&self, request: &hyper::Request<B>) -> Option<String> {
        let host = request.headers().get(hyper::header::HOST).and_then(|v| v.to_str().ok());
        self.connect.base().ok().flatten().or_else(|| host.map(|h| format!("http://{h}")))
    }

    /// The events store when this gateway receives webhooks into it.
    fn receiver(&self) -> Option<&Arc<Events>> {
        self.events.as_ref().filter(|events| events.receiving)
    }

    /// Serves HTTP/1.1 on `listener` until the process ends.
    pub async fn serve(self: Arc<Self>, listener: tokio::net::TcpListener) -> anyhow::Result<()> {
        loop {
            let (stream, _) = listener.accept().await?;
            let gateway = self.clone();
            tokio::spawn(async move {
                let read_timeout = gateway.limits.read_timeout;
                let service = hyper::service::service_fn(move |request| gateway.clone().handle(request));
                // A client that hangs up mid-request is its own problem, not the server's.
                let _ = hyper::server::conn::http1::Builder::new()
                    .timer(TokioTimer::new())
                    .header_read_timeout(read_timeout)
                    .max_buf_size(MAX_HEAD_BYTES)
                    .keep_alive(true)
                    .serve_connection(TokioIo::new(stream), service)
                    .await;
            });
        }
    }

    /// Serves one request and logs it (with a request id, echoed as `x-request-id`).
    async fn handle(self: Arc<Self>, request: hyper::Request<Incoming>) -> anyhow::Result<Answer> {
        let id = request.headers().get("x-request-id").and_then(|v| v.to_str().ok()).filter(|v| v.len() <= 64).map_or_else(request_id, str::to_string);
        let (method, path) = (request.method().clone(), request.uri().path().to_string());
        let started = std::time::Instant::now();
        let (mut answer, tenant) = self.answer(request).await?;
        let path = connect::shown_path(&path);
        tracing::info!(request_id = %id, %tenant, %method, %path, status = answer.status().as_u16(), duration_ms = started.elapsed().as_millis() as u64, "request");
        if let Ok(value) = id.parse() {
            answer.headers_mut().insert("x-request-id", value);
        }
        Ok(answer)
    }

    /// Serves one request; also says whose key it spent, for the log line.
    async fn answer(&self, request: hyper::Request<Incoming>) -> anyhow::Result<(Answer, Tenant)> {
        let path = request.uri().path().trim_end_matches('/').to_string();
        // Smartlead cannot log in: a delivery proves itself with the webhook secret, or
        // the token in a linked account's receiver URL, instead.
        if let Some(receiver) = webhooks::Receiver::of(&path) {
            return Ok((self.webhook(request, receiver).await, Tenant::ANONYMOUS));
        }
        // Every other route needs a token when there are tokens: the host's own data
        // (events, metrics, accounts) as much as the keys it spends.
        // The connect page and its script are for end users' browsers, which carry no
        // token: the page's own token is their credential.
        let authorization = request.headers().get(hyper::header::AUTHORIZATION).and_then(|v| v.to_str().ok());
        if !connect::is_public(&path) && self.login.required() && !self.login.admits(authorization) {
            let mut refused = failure(401, "this gateway serves only callers with a token: send Authorization: Bearer <token>", None);
            refused.headers_mut().insert(hyper::header::WWW_AUTHENTICATE, hyper::header::HeaderValue::from_static("Bearer"));
            return Ok((refused, Tenant::ANONYMOUS));
        }
        if connect::serves(&path) {
            let answer = match self.asked(request, &path).await {
                Ok(asked) => {
                    let ctx = connect::Context { args: &self.connect, accounts: self.accounts.as_deref(), connector: &self.connector, events: self.events.as_deref() };
                    connect::route(ctx, &asked).await
                }
                Err(refused) => refused,
            };
            return Ok((answer, Tenant::ANONYMOUS));
        }
        let payer = match Payer::of(&request) {
            Ok(payer) => payer,
            Err(message) => return Ok((failure(400, &message, None), Tenant::ANONYMOUS)),
        };
        if request.method() == hyper::Method::GET && path == "/metrics" {
            let text = self.connector.metrics().encode();
            let answer = hyper::Response::builder().header("content-type", "text/plain; version=0.0.4").body(Full::new(Bytes::from(text)))?;
            return Ok((answer, Tenant::ANONYMOUS));
        }
        let (to_events, to_accounts) = (events::serves(&path), path == "/accounts" || path.starts_with("/accounts/"));
        if to_events || to_accounts {
            let answer = match self.asked(request, &path).await {
                Ok(asked) if to_events => events::route(self.events.as_deref(), &asked).await,
                Ok(asked) => accounts::route(self.accounts.as_deref(), self.events.as_deref(), &self.connector, &asked).await,
                Err(refused) => refused,
            };
            return Ok((answer, Tenant::ANONYMOUS));
        }
        // The component's handler needs the authority a request was sent to; a client
        // that names none (HTTP/1.0 may) sent a bad request, not one the component failed.
        if request.uri().authority().is_none() && !request.headers().contains_key(hyper::header::HOST) {
            return Ok((failure(400, "the request has no Host header: send one (HTTP/1.1 requires it)", None), Tenant::ANONYMOUS));
        }
        let key = match payer {
            Payer::Host => self.connector.api_key().cloned(),
            Payer::Brought(key) => Some(key),
            Payer::Account(name) => match accounts::key_of(self.accounts.as_deref(), &self.connector, &name).await {
                Ok((_, key)) => Some(key),
                Err(refused) => return Ok((refused, Tenant::ANONYMOUS)),
            },
        };
        let tenant = Tenant::of(key.as_ref());
        let (mut parts, body) = request.into_parts();
        // The component never sees the key, nor the caller's token, nor which account pays.
        parts.headers.remove(API_KEY_HEADER);
        parts.headers.remove(ACCOUNT_HEADER);
        parts.headers.remove(hyper::header::AUTHORIZATION);
        parts.uri = accounts::without_account(&parts.uri);
        let metrics = self.connector.metrics();
        let _call = metrics.call(tenant);
        let Some(_slot) = self.slot().await else {
            metrics.refused(Refusal::QueueFull);
            return Ok((failure(503, "the gateway is serving as many requests as it takes; retry shortly", Some(1)), tenant));
        };
        let body = match self.read_body(body, false).await {
            Ok(body) => body,
            Err(refused) => return Ok((refused, tenant)),
        };
        let request = hyper::Request::from_parts(parts, Full::new(body));
        let answer = self.serve_one(request, key.clone()).await;
        let answer = answer.unwrap_or_else(|e| {
            // Computing past the budget may be load; the same answer would need the same
            // memory again, and anything else is the component's fault.
            let status = if e.is::<CpuExhausted>() { 503 } else if e.is::<MemoryExhausted>() { 502 } else { 500 };
            failure(status, &redact(format!("the component failed: {e:#}"), key.as_ref()), None)
        });
        Ok((answer, tenant))
    }

    /// The body, read here bounded in size and time, so a slow client holds only its own
    /// request. A webhook delivery over the bound is 503, not 413: Smartlead drops a
    /// delivery answered 4xx but delivers it again after a 5xx, so it is not lost while
    /// the error log says why.
    async fn read_body(&self, mut body: Incoming, webhook: bool) -> Result<Bytes, Answer> {
        // Past the bound the rest is read and dropped (up to DRAINED_BYTES more), so a
        // client still sending hears the answer instead of a connection torn down.
        let read = async {
            let (mut kept, mut seen) = (bytes::BytesMut::new(), 0usize);
            while let Some(frame) = body.frame().await {
                let Ok(data) = frame?.into_data() else { continue };
                seen += data.len();
                if seen <= MAX_REQUEST_BYTES {
                    kept.extend_from_slice(&data);
                } else if seen > MAX_REQUEST_BYTES + DRAINED_BYTES {
                    break;
                }
            }
            Ok::<_, hyper::Error>((kept.freeze(), seen))
        };
        match tokio::time::timeout(self.limits.read_timeout, read).await {
            Err(_) => Err(failure(408, "the request body did not arrive in time", None)),
            Ok(Err(_)) => Err(failure(400, "the request body could not be read", None)),
            Ok(Ok((_, seen))) if seen > MAX_REQUEST_BYTES && webhook => {
                tracing::error!(limit = MAX_REQUEST_BYTES, "a webhook delivery larger than the gateway takes was not kept; Smartlead will deliver it again");
                Err(failure(503, &format!("the delivery is larger than the {MAX_REQUEST_BYTES} bytes this gateway takes; it was not kept, so Smartlead should deliver it again"), None))
            }
            Ok(Ok((_, seen))) if seen > MAX_REQUEST_BYTES => Err(failure(413, &format!("the request body is larger than {MAX_REQUEST_BYTES} bytes"), None)),
            Ok(Ok((body, _))) => Ok(body),
        }
    }

    /// A slot to serve in, waiting in the bounded queue when all are taken.
    async fn slot(&self) -> Option<tokio::sync::SemaphorePermit<'_>> {
        if let Ok(slot) = self.slots.try_acquire() {
            return Some(slot);
        }
        if self.queued.fetch_add(1, Ordering::SeqCst) >= self.limits.max_queue {
            self.queued.fetch_sub(1, Ordering::SeqCst);
            return None;
        }
        let slot = self.slots.acquire().await.ok();
        self.queued.fetch_sub(1, Ordering::SeqCst);
        slot
    }

    /// Runs the component's handler for one request, in the instance its key used last or
    /// a fresh one. Dropping this future (the caller hung up) drops the instance, and with
    /// it anything still waiting; so does a call that fails or ends without answering.
    async fn serve_one(&self, request: hyper::Request<Full<Bytes>>, key: Option<ApiKey>) -> anyhow::Result<Answer> {
        let tenant = Tenant::of(key.as_ref());
        let outbound = Outbound::new(self.connector.egress().clone(), key.clone(), Queueing { max_wait: Some(self.limits.max_queue_wait), ..Queueing::default() });
        let Kept { mut store, proxy } = match self.idle.take(tenant) {
            Some(mut kept) => {
                self.connector.reuse(&mut kept.store, Hooks::new(outbound));
                kept
            }
            None => {
                let mut store = self.connector.store(self.wasi(), Hooks::new(outbound));
                let proxy = self.pre.instantiate_async(&mut store).await?;
                self.connector.metrics().instance();
                Kept { store, proxy }
            }
        };
        let (sender, receiver) = tokio::sync::oneshot::channel();
        let incoming = store.data_mut().http().new_incoming_request(Scheme::Http, request)?;
        let out = store.data_mut().http().new_response_outparam(sender)?;
        let unanswered = Resource::<HostResponseOutparam>::new_own(out.rep());
        let call = async move {
            let outcome = proxy.wasi_http_incoming_handler().call_handle(&mut store, incoming, out).await;
            // The outparam leaves the table when the component answers. One still there
            // goes with the store, which tells `read` there will be no response.
            let answered = store.data_mut().http().table.get(&unanswered).is_err();
            let kept = (outcome.is_ok() && answered).then_some(Kept { store, proxy });
            (outcome, kept)
        };
        // The component writes the body while it runs, so read it while the call goes on.
        let read = async {
            let response = receiver.await.map_err(|_| anyhow::anyhow!("the component returned no response"))?;
            let response = response.map_err(|code| anyhow::anyhow!("the component failed the request: {code:?}"))?;
            let (parts, body) = response.into_parts();
            let body = body.collect().await.map_err(|code| anyhow::anyhow!("the component's response broke off: {code:?}"))?.to_bytes();
            anyhow::Ok((parts, body))
        };
        let ((called, kept), read) = tokio::join!(call, read);
        let (parts, body) = match (called, read) {
            (Ok(()), Ok(answer)) => {
                if let Some(kept) = kept {
                    self.idle.put(tenant, kept);
                }
                answer
            }
            (Err(_), Ok(answer)) => answer,
            (Err(e), Err(_)) => return Err(e.into()),
            (Ok(()), Err(e)) => return Err(e),
        };
        // Smartlead may echo the request URL, and so the key the host added.
        let body = match std::str::from_utf8(&body) {
            Ok(text) => Bytes::from(redact(text.to_string(), key.as_ref())),
            Err(_) => body,
        };
        Ok(hyper::Response::from_parts(parts, Full::new(body)))
    }

    /// The instance's environment: configuration only; the key stays with the host.
    fn wasi(&self) -> WasiCtx {
        let s = self.connector.settings();
        let mut wasi = WasiCtx::builder();
        wasi.inherit_stderr();
        wasi.env(BASE_URL_VAR, &s.base_url);
        wasi.env(SMARTDELIVERY_BASE_URL_VAR, &s.smartdelivery_base_url);
        wasi.env(PROSPECT_BASE_URL_VAR, &s.prospect_base_url);
        wasi.env(SMART_SENDERS_BASE_URL_VAR, &s.smart_senders_base_url);
        wasi.env(TIMEOUT_MS_VAR, s.timeout.as_millis().min(u32::MAX as u128).to_string());
        wasi.env(MANAGED_BY_HOST_VAR, "1");
        if let Some(retries) = s.max_retries {
            wasi.env(MAX_RETRIES_VAR, retries.to_string());
        }
        wasi.env(ALLOWED_HOSTS_VAR, self.allowed.hosts.join(","));
        wasi.env(ALLOWED_ORIGINS_VAR, self.allowed.origins.join(","));
        wasi.build()
    }
}

/// A fresh id for a request that brought none.
fn request_id() -> String {
    use std::hash::{BuildHasher, Hasher};
    static COUNT: AtomicUsize = AtomicUsize::new(0);
    let mut hasher = std::collections::hash_map::RandomState::new().build_hasher();
    hasher.write_usize(COUNT.fetch_add(1, Ordering::Relaxed));
    format!("{:016x}", hasher.finish())
}

/// The gateway's error shape, for what the host answers itself, with the kind the
/// component gives a failure of that status; `host` only for the host's own failures.
fn failure(status: u16, message: &str, retry_after: Option<u64>) -> Answer {
    let kind = match status {
        401 | 403 => "unauthorized",
        404 => "not_found",
        429 => "rate_limited",
        400..=499 => "invalid_input",
        _ => "host",
    };
    error_answer(status, kind, message, retry_after)
}

/// The error shape with the kind the component would give the same failure, labelled
/// as the component labels its status.
fn error_answer(status: u16, kind: &str, message: &str, retry_after: Option<u64>) -> Answer {
    let body = serde_json::json!({"statusCode": status, "error": reason(status), "message": message, "kind": kind});
    let mut answer = json_answer(status, &body);
    if let Some(seconds) = retry_after {
        answer.headers_mut().insert("retry-after", seconds.into());
    }
    answer
}

fn json_answer(status: u16, body: &serde_json::Value) -> Answer {
    let answer = hyper::Response::builder().status(status).header("content-type", "application/json");
    answer.body(Full::new(Bytes::from(body.to_string()))).expect("a static status and header always build")
}
