//! A stateful fake Smartlead API over real HTTP on loopback, for tests and demos.
//!
//! It serves the routes the connector uses under `/api/v1`, checks `api_key`,
//! answers with Smartlead's real shapes and quirks, and records every request so tests
//! can assert what was sent — and how often. Each API key can be an account of its
//! own, with its own data and its own enforced limit; connections are counted.

pub mod faults;
mod analytics;
mod answer;
mod campaign_actions;
mod crm;
mod mailboxes;
mod inbox;
mod listener;
mod smart_delivery;
mod smart_prospect;
mod smart_senders;
pub mod routes;
pub mod store;

pub use listener::TlsIdentity;

use axum::body::Body;
use axum::extract::{FromRequestParts, Request, State};
use axum::http::StatusCode;
use axum::http::request::Parts;
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use faults::{Enforced, Fault, FaultQueue};
use serde_json::{Value, json};
use std::collections::HashMap;
use std::net::SocketAddr;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::{Duration, Instant};
use store::Store;

/// A request as the mock received it.
#[derive(Debug, Clone, PartialEq)]
pub struct Recorded {
    pub method: String,
    /// Path below `/api/v1`, e.g. `/campaigns/7/leads`.
    pub path: String,
    pub query: Vec<(String, String)>,
    pub body: Option<Value>,
    pub user_agent: Option<String>,
}

impl Recorded {
    pub fn query(&self, key: &str) -> Option<&str> {
        self.query.iter().find(|(k, _)| k == key).map(|(_, v)| v.as_str())
    }
}

/// One Smartlead account: its data, the faults queued for it, and its enforced limit.
#[derive(Clone)]
pub struct Account(Arc<AccountState>);

struct AccountState {
    store: Mutex<Store>,
    faults: Mutex<FaultQueue>,
    enforced: Mutex<Option<Enforced>>,
}

impl Account {
    fn new(store: Store, limit: Option<&[(usize, Duration)]>) -> Self {
        Account(Arc::new(AccountState {
            store: Mutex::new(store),
            faults: Mutex::new(FaultQueue::default()),
            enforced: Mutex::new(limit.map(Enforced::new)),
        }))
    }

    /// The account's data, for the route serving the request.
    pub fn store(&self) -> MutexGuard<'_, Store> {
        lock(&self.0.store)
    }
}

/// Routes find the account of the request's key where the authentication put it.
impl<S: Send + Sync> FromRequestParts<S> for Account {
    type Rejection = StatusCode;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, StatusCode> {
        parts.extensions.get::<Account>().cloned().ok_or(StatusCode::INTERNAL_SERVER_ERROR)
    }
}

struct Inner {
    api_key: String,
    /// Any key is an account of its own, created on its first request.
    any_key: bool,
    accounts: Mutex<HashMap<String, Account>>,
    requests: Mutex<Vec<Recorded>>,
    /// Faults for whichever account asks next.
    faults: Mutex<FaultQueue>,
    /// The limit each account enforces, if any.
    limit: Mutex<Option<Vec<(usize, Duration)>>>,
    connections: Arc<AtomicUsize>,
    /// Added before every answer, as a network between client and Smartlead would.
    latency: Mutex<Duration>,
}

fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|e| e.into_inner())
}

/// State shared by the routes.
#[derive(Clone)]
pub struct Shared(Arc<Inner>);

impl Shared {
    /// The account `key` opens: the main one, another when any key is accepted, or none.
    fn account(&self, key: Option<&str>) -> Option<Account> {
        let key = key.filter(|k| !k.is_empty())?;
        let mut accounts = lock(&self.0.accounts);
        if let Some(account) = accounts.get(key) {
            return Some(account.clone());
        }
        if !self.0.any_key {
            return None;
        }
        let account = Account::new(Store::seeded(), lock(&self.0.limit).as_deref());
        accounts.insert(key.to_string(), account.clone());
        Some(account)
    }
}

/// A fault queued over HTTP, by tests that run the mock as a separate process.
#[derive(serde::Deserialize)]
struct QueuedFault {
    fault: Fault,
    #[serde(default = "once")]
    times: usize,
    /// With `path`: the fault waits for a request to this route.
    method: Option<String>,
    path: Option<String>,
    /// Requests to that route served before the fault answers one.
    #[serde(default)]
    after: usize,
}

fn once() -> usize {
    1
}

/// The whole mock as an axum app, for embedding in another server.
fn app(shared: Shared) -> axum::Router {
    // Test controls live outside /api/v1: they are neither recorded nor authenticated.
    let controls = axum::Router::new()
        .route(
            "/__mock/faults",
            axum::routing::post(|State(s): State<Shared>, axum::Json(q): axum::Json<QueuedFault>| async move {
                let mut faults = lock(&s.0.faults);
                match (q.method, q.path) {
                    (Some(method), Some(path)) => faults.push_for(&method, &path, q.after, q.fault),
                    _ => faults.push(q.fault, q.times),
                }
                StatusCode::NO_CONTENT
            }),
        )
        .route(
            "/__mock/requests",
            axum::routing::get(|State(s): State<Shared>| async move {
                let requests: Vec<Value> = lock(&s.0.requests)
                    .iter()
                    .map(|r| json!({"method": r.method, "path": r.path, "query": r.query, "body": r.body}))
                    .collect();
                axum::Json(Value::Array(requests))
            }),
        )
        .with_state(shared.clone());
    axum::Router::new()
        .nest("/api/v1", routes::router())
        .fallback(|req: Request| async move {
            let what = format!("no mock route for {} {}", req.method(), req.uri().path());
            (StatusCode::NOT_FOUND, axum::Json(json!({"error": what})))
        })
        .layer(axum::middleware::from_fn_with_state(shared, record_and_authenticate))
        .merge(controls)
}

/// Records the request, refuses it unless `api_key` is the account's key, applies the
/// enforced rate limit and any queued fault, then serves it.
async fn record_and_authenticate(State(shared): State<Shared>, request: Request, next: Next) -> Response {
    let (parts, body) = request.into_parts();
    let Ok(bytes) = axum::body::to_bytes(body, 64 << 20).await else {
        return (StatusCode::PAYLOAD_TOO_LARGE, "body too large").into_response();
    };
    let query: Vec<(String, String)> = form_urlencoded::parse(parts.uri.query().unwrap_or("").as_bytes()).into_owned().collect();
    let recorded = Recorded {
        method: parts.method.to_string(),
        path: parts.uri.path().strip_prefix("/api/v1").unwrap_or(parts.uri.path()).to_string(),
        query: query.clone(),
        body: serde_json::from_slice(&bytes).ok(),
        user_agent: parts.headers.get("user-agent").and_then(|v| v.to_str().ok()).map(str::to_string),
    };
    lock(&shared.0.requests).push(recorded);
    let key = query.iter().find(|(k, _)| k == "api_key").map(|(_, v)| v.as_str());
    let Some(account) = shared.account(key) else {
        return (StatusCode::UNAUTHORIZED, axum::Json(json!({"message": "Invalid API Key"}))).into_response();
    };
    let over_limit = lock(&account.0.enforced).as_mut().and_then(|limit| limit.admit(Instant::now()).err());
    if let Some(wait) = over_limit {
        let mut response = faults::rate_limited();
        let secs = wait.as_secs_f64().ceil().max(1.0) as u64;
        response.headers_mut().insert(axum::http::header::RETRY_AFTER, secs.into());
        return response;
    }
    let latency = *lock(&shared.0.latency);
    if !latency.is_zero() {
        tokio::time::sleep(latency).await;
    }
    let (method, path) = (parts.method.as_str().to_string(), parts.uri.path().strip_prefix("/api/v1").unwrap_or(parts.uri.path()).to_string());
    let fault = lock(&account.0.faults).take_for(&method, &path).or_else(|| lock(&shared.0.faults).take_for(&method, &path));
    match fault {
        Some(Fault::Delay(wait)) => tokio::time::sleep(wait).await,
        Some(Fault::EchoRequest) => {
            let message = format!("Cannot serve {} {}", parts.method, parts.uri);
            return (StatusCode::BAD_REQUEST, axum::Json(json!({"error": message}))).into_response();
        }
        Some(Fault::ResetAfterServing) => {
            let mut request = Request::from_parts(parts, Body::from(bytes));
            request.extensions_mut().insert(account);
            drop(next.run(request).await);
            return Fault::ResetMidBody.response().expect("a reset answers by itself");
        }
        Some(fault) => return fault.response().expect("every other fault answers by itself"),
        None => {}
    }
    let mut request = Request::from_parts(parts, Body::from(bytes));
    request.extensions_mut().insert(account);
    next.run(request).await
}

/// How a mock serves: which keys it takes and whether over TLS.
#[derive(Clone, Default)]
pub struct Options {
    /// Accept any key, each an account of its own (seeded alike).
    pub any_key: bool,
    /// Serve HTTPS with this identity instead of plain HTTP.
    pub tls: Option<TlsIdentity>,
}

/// A running mock on its own thread and runtime; stops when dropped.
pub struct MockServer {
    addr: SocketAddr,
    scheme: &'static str,
    shared: Shared,
    shutdown: Option<tokio::sync::oneshot::Sender<()>>,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl MockServer {
    /// Starts on a free loopback port with a seeded account whose key is `api_key`.
    pub fn start(api_key: &str) -> std::io::Result<Self> {
        Self::start_on(SocketAddr::from(([127, 0, 0, 1], 0)), api_key)
    }

    pub fn start_on(addr: SocketAddr, api_key: &str) -> std::io::Result<Self> {
        Self::start_with(addr, api_key, Options::default())
    }

    /// Starts on a free loopback port where every key is an account of its own;
    /// `api_key`'s is the one [`MockServer::with_store`] reaches.
    pub fn start_any_key(api_key: &str) -> std::io::Result<Self> {
        Self::start_with(SocketAddr::from(([127, 0, 0, 1], 0)), api_key, Options { any_key: true, tls: None })
    }

    pub fn start_with(addr: SocketAddr, api_key: &str, options: Options) -> std::io::Result<Self> {
        let listener = std::net::TcpListener::bind(addr)?;
        listener.set_nonblocking(true)?;
        let addr = listener.local_addr()?;
        let main = Account::new(Store::seeded(), None);
        let shared = Shared(Arc::new(Inner {
            api_key: api_key.to_string(),
            any_key: options.any_key,
            accounts: Mutex::new(HashMap::from([(api_key.to_string(), main)])),
            requests: Mutex::new(Vec::new()),
            faults: Mutex::new(FaultQueue::default()),
            limit: Mutex::new(None),
            connections: Arc::new(AtomicUsize::new(0)),
            latency: Mutex::new(Duration::ZERO),
        }));
        let acceptor = options.tls.as_ref().map(TlsIdentity::acceptor).transpose()?;
        let (shutdown, stopped) = tokio::sync::oneshot::channel::<()>();
        let app = app(shared.clone());
        let accepted = shared.0.connections.clone();
        let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build()?;
        let thread = std::thread::Builder::new().name("smartlead-mock".into()).spawn(move || {
            runtime.block_on(async move {
                let listener = tokio::net::TcpListener::from_std(listener).expect("a bound std listener converts");
                let counting = listener::Counting { listener, accepted };
                let stop = async {
                    let _ = stopped.await;
                };
                let served = match acceptor {
                    Some(acceptor) => axum::serve(listener::Tls { inner: counting, acceptor }, app).with_graceful_shutdown(stop).await,
                    None => axum::serve(counting, app).with_graceful_shutdown(stop).await,
                };
                if let Err(e) = served {
                    eprintln!("smartlead-mock stopped: {e}");
                }
            })
        })?;
        let scheme = if options.tls.is_some() { "https" } else { "http" };
        Ok(MockServer { addr, scheme, shared, shutdown: Some(shutdown), thread: Some(thread) })
    }

    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// The base URL to configure the connector with, ending in `/api/v1`.
    pub fn base_url(&self) -> String {
        format!("{}://{}/api/v1", self.scheme, self.addr)
    }

    /// Every request received so far, oldest first.
    pub fn requests(&self) -> Vec<Recorded> {
        lock(&self.shared.0.requests).clone()
    }

    /// How many `method path` requests arrived.
    pub fn count(&self, method: &str, path: &str) -> usize {
        lock(&self.shared.0.requests).iter().filter(|r| r.method == method && r.path == path).count()
    }

    /// TCP connections accepted so far.
    pub fn connections(&self) -> usize {
        self.shared.0.connections.load(Ordering::SeqCst)
    }

    /// Waits this long before answering each request, like a network round trip.
    pub fn set_latency(&self, latency: Duration) {
        *lock(&self.shared.0.latency) = latency;
    }

    /// Answers the next `times` authenticated requests with `fault`.
    pub fn fail_next(&self, fault: Fault, times: usize) {
        lock(&self.shared.0.faults).push(fault, times);
    }

    /// Answers the next `times` requests of `api_key`'s account with `fault`.
    /// `fault` answers the request to `method path` (below /api/v1, e.g.
    /// `/campaigns/7/leads`) that comes after `after` others to that route.
    pub fn fail_request(&self, method: &str, path: &str, after: usize, fault: Fault) {
        lock(&self.shared.0.faults).push_for(method, path, after, fault);
    }

    pub fn fail_next_for(&self, api_key: &str, fault: Fault, times: usize) {
        let account = self.shared.account(Some(api_key)).expect("an account the mock accepts");
        lock(&account.0.faults).push(fault, times);
    }

    /// Refuses, with 429 and `Retry-After`, any request beyond `max` in any `window`,
    /// for each `(max, window)` given; each account counts its own requests.
    pub fn enforce_rate_limit(&self, windows: &[(usize, Duration)]) {
        *lock(&self.shared.0.limit) = Some(windows.to_vec());
        for account in lock(&self.shared.0.accounts).values() {
            *lock(&account.0.enforced) = Some(Enforced::new(windows));
        }
    }

    /// Requests refused by the enforced rate limit so far, over every account.
    pub fn rate_limited_count(&self) -> usize {
        lock(&self.shared.0.accounts).values().map(|a| lock(&a.0.enforced).as_ref().map_or(0, |e| e.refused)).sum()
    }

    /// Reads or changes the main account directly, to seed a test or check its effect.
    pub fn with_store<R>(&self, f: impl FnOnce(&mut Store) -> R) -> R {
        self.with_account(&self.shared.0.api_key.clone(), f)
    }

    /// Reads or changes `api_key`'s account (created if the mock accepts any key).
    pub fn with_account<R>(&self, api_key: &str, f: impl FnOnce(&mut Store) -> R) -> R {
        let account = self.shared.account(Some(api_key)).expect("an account the mock accepts");
        f(&mut account.store())
    }
}

impl Drop for MockServer {
    fn drop(&mut self) {
        if let Some(shutdown) = self.shutdown.take() {
            let _ = shutdown.send(());
        }
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}
