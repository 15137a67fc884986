//! Loads the component once (compiled, cached, pre-instantiated) and runs each call in
//! a fresh, bounded store: a memory cap, a CPU budget that counts only computing, and
//! the egress every store of the connector shares.

mod cache;
pub mod cpu;

use crate::bindings::{Connector as Bindings, ConnectorPre, tools, types};
use crate::egress::pacer::{Pacers, Pacing, Queueing};
use crate::egress::upstream::Upstream;
use crate::egress::{Egress, Outbound, redact};
use crate::fleet::RateStore;
use crate::metrics::Metrics;
use crate::tenant::ApiKey;
use anyhow::Context;
use cpu::CpuMeter;
use serde::Serialize;
use smartlead_component::core::error::{Error as ComponentError, RemoteError};
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;
use wasmtime::component::{Linker, ResourceAny, ResourceTable};
use wasmtime::{Engine, Store, StoreLimits, StoreLimitsBuilder};
use wasmtime_wasi::{WasiCtx, WasiCtxView, WasiView};
use wasmtime_wasi_http::{WasiHttpCtx, WasiHttpCtxView, WasiHttpView};

/// The component this host was built with.
pub static COMPONENT: &[u8] = include_bytes!(env!("SMARTLEAD_WASM_PATH"));

pub use smartlead_component::core::client::DEFAULT_BASE_URL;
/// Memory one call may use inside the sandbox.
const MEMORY_LIMIT: usize = 256 << 20;

/// How the host reaches Smartlead.
#[derive(Clone)]
pub struct Settings {
    /// Held by the host and added to outgoing requests; never given to the component.
    pub api_key: Option<String>,
    pub base_url: String,
    /// Each key's budget, kept by the host for every call of the connector.
    pub pacing: Pacing,
    pub max_retries: Option<u32>,
    /// Per attempt: connecting, the first byte, and each gap between bytes.
    pub timeout: Duration,
    /// Larger response bodies are refused (the component's default: 32 MiB).
    pub max_response_bytes: Option<u32>,
    /// Computing time one call may spend inside the component; waiting never counts.
    pub cpu_limit: Duration,
    /// PEM certificates trusted besides the bundled roots (a private CA).
    pub ca_file: Option<PathBuf>,
    /// Where replicas share each key's windows, pauses and webhook deliveries
    /// (`redis://HOST:PORT/DB`); none: this process paces alone.
    pub rate_store: Option<String>,
    /// How many replicas share a key's budget, for pacing alone while the rate store
    /// does not answer.
    pub replicas: Option<u32>,
    /// How long a call's requests may wait for their key's turn, and who hears of it;
    /// by default as long as it takes, silently. The wait is never the attempt's time.
    pub queueing: Queueing,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            api_key: None,
            base_url: DEFAULT_BASE_URL.into(),
            pacing: Pacing::standard(),
            max_retries: None,
            timeout: smartlead_component::core::client::Config::default().timeout,
            max_response_bytes: None,
            cpu_limit: Duration::from_secs(10),
            ca_file: None,
            rate_store: None,
            replicas: None,
            queueing: Queueing::default(),
        }
    }
}

impl std::fmt::Debug for Settings {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Settings")
            .field("api_key", &self.api_key.as_ref().map(|_| "[redacted]"))
            .field("base_url", &self.base_url)
            .field("pacing", &self.pacing)
            .field("timeout", &self.timeout)
            .field("cpu_limit", &self.cpu_limit)
            .finish()
    }
}

/// The state of one store: WASI, wasi:http with the outbound policy, limits.
pub struct HostState {
    wasi: WasiCtx,
    http: WasiHttpCtx,
    table: ResourceTable,
    pub(crate) outbound: Outbound,
    limits: StoreLimits,
    cpu: CpuMeter,
}

impl WasiView for HostState {
    fn ctx(&mut self) -> WasiCtxView<'_> {
        WasiCtxView { ctx: &mut self.wasi, table: &mut self.table }
    }
}

impl WasiHttpView for HostState {
    fn http(&mut self) -> WasiHttpCtxView<'_> {
        WasiHttpCtxView { ctx: &mut self.http, table: &mut self.table, hooks: &mut self.outbound }
    }
}

/// A failure reported by the component: the WIT `error` variant, flattened, named and
/// numbered as the component names its own errors.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ToolError {
    /// `invalid_input`, `unauthorized`, `not_found`, `rate_limited`, `remote`, `transport` or `decode`.
    pub kind: &'static str,
    pub message: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<u16>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub retry_after_ms: Option<u64>,
    #[serde(skip)]
    cause: ComponentError,
}

impl ToolError {
    fn from_wit(e: types::Error) -> Self {
        let remote = |r: types::RemoteError| RemoteError { status: r.status, message: r.message };
        let cause = match e {
            types::Error::InvalidInput(m) => ComponentError::InvalidInput(m),
            types::Error::Unauthorized(r) => ComponentError::Unauthorized(remote(r)),
            types::Error::NotFound(r) => ComponentError::NotFound(remote(r)),
            types::Error::RateLimited(r) => ComponentError::RateLimited { retry_after_ms: r.retry_after_ms, message: r.message },
            types::Error::Remote(r) => ComponentError::Remote(remote(r)),
            types::Error::Transport(m) => ComponentError::Transport(m),
            types::Error::Decode(m) => ComponentError::Decode(m),
        };
        let retry_after_ms = match &cause {
            ComponentError::RateLimited { retry_after_ms, .. } => *retry_after_ms,
            _ => None,
        };
        ToolError { kind: cause.kind(), status: cause.status(), message: cause.message().to_string(), retry_after_ms, cause }
    }

    /// The CLI's exit code: 2 bad input, 3 Smartlead refused or answered oddly, 4 transport.
    pub fn exit_code(&self) -> i32 {
        match self.cause {
            ComponentError::InvalidInput(_) => 2,
            ComponentError::Transport(_) => 4,
            _ => 3,
        }
    }

    fn redacted(mut self, key: Option<&ApiKey>) -> Self {
        self.message = redact(self.message, key);
        self
    }
}

impl std::fmt::Display for ToolError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.kind, self.message)
    }
}

/// A tool as the component describes it, with its JSON Schemas parsed.
#[derive(Debug, Clone, Serialize)]
pub struct Tool {
    pub name: String,
    pub description: String,
    pub input_schema: serde_json::Value,
    pub output_schema: serde_json::Value,
    pub annotations: Annotations,
}

#[derive(Debug, Clone, Serialize)]
pub struct Annotations {
    pub read_only: bool,
    pub destructive: bool,
    pub idempotent: bool,
    pub open_world: bool,
}

/// The loaded component plus the host's settings, egress and pacers: one per process,
/// cheap to clone (clones share everything), `Send + Sync` for use from many tasks.
#[derive(Clone)]
pub struct Connector {
    inner: Arc<Inner>,
}

struct Inner {
    engine: Engine,
    pre: ConnectorPre<HostState>,
    settings: Settings,
    key: Option<ApiKey>,
    egress: Arc<Egress>,
    /// Shared with other replicas, when configured (also for webhook dedupe).
    rate_store: Option<Arc<RateStore>>,
    _ticker: Ticker,
}

/// Advances the engine's epoch while the connector lives.
struct Ticker(Arc<std::sync::atomic::AtomicBool>);

impl Drop for Ticker {
    fn drop(&mut self) {
        self.0.store(true, std::sync::atomic::Ordering::Relaxed);
    }
}

impl Connector {
    /// Loads the embedded component.
    pub fn new(settings: Settings) -> anyhow::Result<Self> {
        Self::from_wasm(COMPONENT, settings)
    }

    pub fn from_wasm(wasm: &[u8], settings: Settings) -> anyhow::Result<Self> {
        let mut config = wasmtime::Config::new();
        config.epoch_interruption(true);
        let engine = Engine::new(&config)?;
        let component = cache::load(&engine, wasm)?;
        let mut linker = Linker::new(&engine);
        wasmtime_wasi::p2::add_to_linker_async(&mut linker)?;
        wasmtime_wasi_http::p2::add_only_http_to_linker_async(&mut linker)?;
        let pre = ConnectorPre::new(linker.instantiate_pre(&component)?)?;
        let upstream = Upstream::new(settings.timeout, settings.ca_file.as_deref())?;
        let metrics = Arc::new(Metrics::default());
        let rate_store = settings.rate_store.as_deref().map(|url| RateStore::new(url, metrics.clone()).map(Arc::new)).transpose().map_err(anyhow::Error::msg)?;
        let pacers = match &rate_store {
            Some(store) => Pacers::shared(settings.pacing.clone(), store.clone(), settings.replicas),
            None => Pacers::new(settings.pacing.clone()),
        };
        let egress = Arc::new(Egress::new(&settings.base_url, settings.timeout, upstream, pacers, metrics)?);
        let stop = Arc::new(std::sync::atomic::AtomicBool::new(false));
        let (ticking_engine, ticking_stop) = (engine.clone(), stop.clone());
        std::thread::Builder::new().name("smartlead-epoch".into()).spawn(move || {
            while !ticking_stop.load(std::sync::atomic::Ordering::Relaxed) {
                std::thread::sleep(cpu::EPOCH_TICK);
                ticking_engine.increment_epoch();
            }
        })?;
        let key = settings.api_key.as_deref().and_then(ApiKey::new);
        Ok(Connector { inner: Arc::new(Inner { engine, pre, settings, key, egress, rate_store, _ticker: Ticker(stop) }) })
    }

    pub fn settings(&self) -> &Settings {
        &self.inner.settings
    }

    /// The key the host holds, if any.
    pub fn api_key(&self) -> Option<&ApiKey> {
        self.inner.key.as_ref()
    }

    /// The rate store shared with other replicas, if one is configured.
    pub fn rate_store(&self) -> Option<&Arc<RateStore>> {
        self.inner.rate_store.as_ref()
    }

    /// What every store shares: the pacers and the counters among it.
    pub fn egress(&self) -> &Arc<Egress> {
        &self.inner.egress
    }

    pub fn metrics(&self) -> &Metrics {
        &self.inner.egress.metrics
    }

    /// A fresh instance with a client built from the settings, spending the host's key.
    pub async fn session(&self) -> anyhow::Result<Session> {
        self.session_for(self.inner.key.clone()).await
    }

    /// A fresh instance whose requests spend `key`.
    pub async fn session_for(&self, key: Option<ApiKey>) -> anyhow::Result<Session> {
        self.session_with(key, self.inner.settings.queueing.clone()).await
    }

    /// A fresh instance whose requests spend `key` and queue for its turn as `queueing` says.
    pub async fn session_with(&self, key: Option<ApiKey>, queueing: Queueing) -> anyhow::Result<Session> {
        let outbound = Outbound::new(self.inner.egress.clone(), key, queueing);
        let mut store = self.store(WasiCtx::builder().inherit_stderr().build(), outbound);
        let bindings = self.inner.pre.instantiate_async(&mut store).await?;
        let client = bindings.smartlead_connector_types().client().call_constructor(&mut store, &self.client_config()).await?;
        Ok(Session { store, bindings, client, cpu_limit: self.inner.settings.cpu_limit })
    }

    /// The component's client configuration: no key (the host adds it) and no pacing
    /// of its own (the host paces).
    fn client_config(&self) -> types::Config {
        let s = &self.inner.settings;
        types::Config {
            api_key: None,
            base_url: Some(s.base_url.clone()),
            requests_per_minute: None,
            max_retries: s.max_retries,
            timeout_ms: Some(s.timeout.as_millis().min(u32::MAX as u128) as u32),
            max_response_bytes: s.max_response_bytes,
            managed_by_host: Some(true),
        }
    }

    /// A bounded store: memory cap, CPU budget, the outbound policy, and `wasi`.
    pub(crate) fn store(&self, wasi: WasiCtx, outbound: Outbound) -> Store<HostState> {
        let state = HostState {
            wasi,
            http: WasiHttpCtx::new(),
            table: ResourceTable::new(),
            outbound,
            limits: StoreLimitsBuilder::new().memory_size(MEMORY_LIMIT).trap_on_grow_failure(true).build(),
            cpu: CpuMeter::default(),
        };
        let mut store = Store::new(&self.inner.engine, state);
        store.limiter(|s| &mut s.limits);
        cpu::limit(&mut store, self.inner.settings.cpu_limit, |s| &mut s.cpu);
        store
    }

    /// The loaded component, ready to instantiate.
    pub(crate) fn instance_pre(&self) -> &wasmtime::component::InstancePre<HostState> {
        self.inner.pre.instance_pre()
    }

    /// The component's tools.
    pub async fn list_tools(&self) -> anyhow::Result<Vec<Tool>> {
        let mut session = self.session().await?;
        let tools = session.bindings.smartlead_connector_tools().call_list_tools(&mut session.store).await?;
        tools.into_iter().map(Tool::from_wit).collect()
    }

    /// Runs one tool with JSON arguments.
    pub async fn call_tool(&self, name: &str, arguments: &serde_json::Value) -> anyhow::Result<Result<serde_json::Value, ToolError>> {
        let mut session = self.session().await?;
        session.call_tool(name, arguments).await
    }
}

impl Tool {
    fn from_wit(t: tools::Tool) -> anyhow::Result<Self> {
        Ok(Tool {
            input_schema: serde_json::from_str(&t.input_schema).context("input schema")?,
            output_schema: serde_json::from_str(&t.output_schema).context("output schema")?,
            name: t.name,
            description: t.description,
            annotations: Annotations {
                read_only: t.annotations.read_only,
                destructive: t.annotations.destructive,
                idempotent: t.annotations.idempotent,
                open_world: t.annotations.open_world,
            },
        })
    }
}

/// One instance of the component with its client: call typed functions through
/// `bindings` with `store` and `client` (after [`Session::start_call`]), or tools with
/// [`Session::call_tool`].
pub struct Session {
    pub store: Store<HostState>,
    pub bindings: Bindings,
    pub client: ResourceAny,
    cpu_limit: Duration,
}

impl Session {
    /// Gives the next call a whole CPU budget.
    pub fn start_call(&mut self) {
        cpu::renew(&mut self.store, self.cpu_limit, |s| &mut s.cpu);
    }

    /// Runs one tool. A session serves many calls (the client's rate limiter lives in
    /// it); an `Err` means the instance failed and the session should be dropped.
    pub async fn call_tool(&mut self, name: &str, arguments: &serde_json::Value) -> anyhow::Result<Result<serde_json::Value, ToolError>> {
        Ok(match self.call_tool_text(name, arguments).await? {
            Ok(text) => Ok(serde_json::from_str(&text).context("the component returned invalid JSON")?),
            Err(e) => Err(e),
        })
    }

    /// What this call would do that a person should confirm first (it sends email or
    /// cannot be undone), as the component's catalog says; `None` when nothing needs it.
    pub async fn confirmation(&mut self, name: &str, arguments: &serde_json::Value) -> anyhow::Result<Option<String>> {
        self.start_call();
        Ok(self.bindings.smartlead_connector_tools().call_confirmation(&mut self.store, name, &arguments.to_string()).await?)
    }

    /// [`Session::call_tool`] with the result left as the component's JSON text.
    pub async fn call_tool_text(&mut self, name: &str, arguments: &serde_json::Value) -> anyhow::Result<Result<String, ToolError>> {
        self.start_call();
        let args = arguments.to_string();
        let out = self.bindings.smartlead_connector_tools().call_call_tool(&mut self.store, self.client, name, &args).await?;
        Ok(out.map(|json| self.redacted(json)).map_err(|e| self.error(e)))
    }

    /// Every record of a list tool, page after page, handed to `each` as it arrives
    /// (memory stays constant however long the list). Returns how many there were.
    pub async fn each_record(
        &mut self,
        name: &str,
        arguments: &serde_json::Value,
        mut each: impl FnMut(serde_json::Value) -> anyhow::Result<()>,
    ) -> anyhow::Result<Result<u64, ToolError>> {
        let mut args = arguments.clone();
        let mut count = 0;
        loop {
            let mut page = match self.call_tool(name, &args).await? {
                Ok(page) => page,
                Err(e) => return Ok(Err(e)),
            };
            let Some(records) = page.get_mut("result").and_then(|r| r.as_array_mut()).map(std::mem::take) else {
                anyhow::bail!("{name} is not a list tool");
            };
            for record in records {
                count += 1;
                each(record)?;
            }
            match page.get("next_cursor") {
                Some(cursor) if !cursor.is_null() => args["next_cursor"] = cursor.clone(),
                _ => return Ok(Ok(count)),
            }
        }
    }

    /// Converts a WIT error from a typed call, with the key removed from its message.
    pub fn error(&self, e: types::Error) -> ToolError {
        ToolError::from_wit(e).redacted(self.store.data().outbound.key())
    }

    /// Smartlead may echo the request (and so the key the host added) in a body.
    fn redacted(&self, text: String) -> String {
        redact(text, self.store.data().outbound.key())
    }
}
