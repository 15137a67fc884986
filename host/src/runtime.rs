//! Loads the component once (compiled, cached, pre-instantiated) and runs each call in
//! a fresh, bounded store.

use crate::bindings::{Connector as Bindings, ConnectorPre, tools, types};
use crate::outbound::Outbound;
use anyhow::Context;
use serde::Serialize;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;
use wasmtime::component::{Component, Linker, ResourceAny, ResourceTable};
use wasmtime::{Engine, Store, StoreLimits, StoreLimitsBuilder};
use wasmtime_wasi::{WasiCtx, WasiCtxView, WasiView};
use wasmtime_wasi_http::{WasiHttpCtx, WasiHttpCtxView, WasiHttpView};

/// The component this host was built with.
pub static COMPONENT: &[u8] = include_bytes!(env!("SMARTLEAD_WASM_PATH"));

pub const DEFAULT_BASE_URL: &str = "https://server.smartlead.ai/api/v1";
/// Memory one call may use inside the sandbox.
const MEMORY_LIMIT: usize = 256 << 20;
/// How often the epoch ticks; CPU deadlines count in these.
const EPOCH_TICK: Duration = Duration::from_millis(10);

/// How the host reaches Smartlead.
#[derive(Clone)]
pub struct Settings {
    /// Held by the host and added to outgoing requests; never given to the component.
    pub api_key: Option<String>,
    pub base_url: String,
    pub requests_per_minute: Option<u32>,
    pub max_retries: Option<u32>,
    pub timeout: Duration,
    /// Larger response bodies are refused (the component's default: 32 MiB).
    pub max_response_bytes: Option<u32>,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            api_key: None,
            base_url: DEFAULT_BASE_URL.into(),
            requests_per_minute: None,
            max_retries: None,
            timeout: Duration::from_secs(30),
            max_response_bytes: None,
        }
    }
}

impl std::fmt::Debug for Settings {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Settings")
            .field("api_key", &self.api_key.as_ref().map(|_| "[redacted]"))
            .field("base_url", &self.base_url)
            .field("timeout", &self.timeout)
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

/// A failure reported by the component: the WIT `error` variant, flattened.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ToolError {
    /// `invalid_input`, `unauthorized`, `not_found`, `rate_limited`, `remote`, `transport` or `decode`.
    pub kind: &'static str,
    pub message: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<u16>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub retry_after_ms: Option<u64>,
}

impl ToolError {
    fn from_wit(e: types::Error) -> Self {
        let (kind, message, status, retry_after_ms) = match e {
            types::Error::InvalidInput(m) => ("invalid_input", m, None, None),
            types::Error::Unauthorized(r) => ("unauthorized", r.message, Some(r.status), None),
            types::Error::NotFound(r) => ("not_found", r.message, Some(r.status), None),
            types::Error::RateLimited(r) => ("rate_limited", r.message, Some(429), r.retry_after_ms),
            types::Error::Remote(r) => ("remote", r.message, Some(r.status), None),
            types::Error::Transport(m) => ("transport", m, None, None),
            types::Error::Decode(m) => ("decode", m, None, None),
        };
        ToolError { kind, message, status, retry_after_ms }
    }

    /// The CLI's exit code: 2 bad input, 3 Smartlead refused or answered oddly, 4 transport.
    pub fn exit_code(&self) -> i32 {
        match self.kind {
            "invalid_input" => 2,
            "transport" => 4,
            _ => 3,
        }
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

/// The loaded component plus the host's settings; cheap to share, one per process.
#[derive(Clone)]
pub struct Connector {
    inner: Arc<Inner>,
}

struct Inner {
    engine: Engine,
    pre: ConnectorPre<HostState>,
    settings: Settings,
    outbound: Outbound,
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
        let component = load_cached(&engine, wasm)?;
        let mut linker = Linker::new(&engine);
        wasmtime_wasi::p2::add_to_linker_async(&mut linker)?;
        wasmtime_wasi_http::p2::add_only_http_to_linker_async(&mut linker)?;
        let pre = ConnectorPre::new(linker.instantiate_pre(&component)?)?;
        let outbound = Outbound::new(&settings.base_url, settings.api_key.clone(), settings.timeout)?;
        let stop = Arc::new(std::sync::atomic::AtomicBool::new(false));
        let (ticking_engine, ticking_stop) = (engine.clone(), stop.clone());
        std::thread::Builder::new().name("smartlead-epoch".into()).spawn(move || {
            while !ticking_stop.load(std::sync::atomic::Ordering::Relaxed) {
                std::thread::sleep(EPOCH_TICK);
                ticking_engine.increment_epoch();
            }
        })?;
        Ok(Connector { inner: Arc::new(Inner { engine, pre, settings, outbound, _ticker: Ticker(stop) }) })
    }

    pub fn settings(&self) -> &Settings {
        &self.inner.settings
    }

    /// A fresh instance with a client built from the settings, for typed calls.
    pub async fn session(&self) -> anyhow::Result<Session> {
        let mut store = self.store(WasiCtx::builder().inherit_stderr().build());
        let cpu_ticks = self.cpu_ticks();
        let bindings = self.inner.pre.instantiate_async(&mut store).await?;
        let s = &self.inner.settings;
        let config = types::Config {
            // The host injects the key; the sandbox never sees it.
            api_key: None,
            base_url: Some(s.base_url.clone()),
            requests_per_minute: s.requests_per_minute,
            max_retries: s.max_retries,
            timeout_ms: Some(s.timeout.as_millis().min(u32::MAX as u128) as u32),
            max_response_bytes: s.max_response_bytes,
        };
        let client = bindings.smartlead_connector_types().client().call_constructor(&mut store, &config).await?;
        Ok(Session { store, bindings, client, redact: s.api_key.clone(), cpu_ticks })
    }

    /// A bounded store: memory cap, CPU deadline, the outbound policy, and `wasi`.
    pub(crate) fn store(&self, wasi: WasiCtx) -> Store<HostState> {
        let state = HostState {
            wasi,
            http: WasiHttpCtx::new(),
            table: ResourceTable::new(),
            outbound: self.inner.outbound.clone(),
            limits: StoreLimitsBuilder::new().memory_size(MEMORY_LIMIT).trap_on_grow_failure(true).build(),
        };
        let mut store = Store::new(&self.inner.engine, state);
        store.limiter(|s| &mut s.limits);
        store.set_epoch_deadline(self.cpu_ticks());
        store
    }

    /// CPU time one call may spend inside the component (HTTP waits do not count):
    /// generous, but finite.
    pub(crate) fn cpu_ticks(&self) -> u64 {
        let cpu = self.inner.settings.timeout.max(Duration::from_secs(10));
        (cpu.as_millis() / EPOCH_TICK.as_millis()) as u64
    }

    /// The loaded component, ready to instantiate.
    pub(crate) fn instance_pre(&self) -> &wasmtime::component::InstancePre<HostState> {
        self.inner.pre.instance_pre()
    }

    pub(crate) fn outbound(&self) -> &Outbound {
        &self.inner.outbound
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
/// `bindings` with `store` and `client`, or tools with [`Session::call_tool`].
pub struct Session {
    pub store: Store<HostState>,
    pub bindings: Bindings,
    pub client: ResourceAny,
    redact: Option<String>,
    /// CPU budget of one call, in epoch ticks; renewed by every call.
    cpu_ticks: u64,
}

impl Session {
    /// Runs one tool. A session serves many calls (the client's rate limiter lives in
    /// it); an `Err` means the instance failed and the session should be dropped.
    pub async fn call_tool(&mut self, name: &str, arguments: &serde_json::Value) -> anyhow::Result<Result<serde_json::Value, ToolError>> {
        Ok(match self.call_tool_text(name, arguments).await? {
            Ok(text) => Ok(serde_json::from_str(&text).context("the component returned invalid JSON")?),
            Err(e) => Err(e),
        })
    }

    /// [`Session::call_tool`] with the result left as the component's JSON text.
    pub async fn call_tool_text(&mut self, name: &str, arguments: &serde_json::Value) -> anyhow::Result<Result<String, ToolError>> {
        self.store.set_epoch_deadline(self.cpu_ticks);
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
        let mut e = ToolError::from_wit(e);
        e.message = self.redacted(e.message);
        e
    }

    /// Smartlead may echo the request (and so the key the host added) in a body.
    fn redacted(&self, text: String) -> String {
        crate::outbound::redact(text, self.redact.as_deref())
    }
}

/// Compiling the component takes seconds; reuse the native code from an earlier run.
fn load_cached(engine: &Engine, wasm: &[u8]) -> anyhow::Result<Component> {
    use std::hash::{Hash, Hasher};
    let Some(dir) = cache_dir() else { return Ok(Component::from_binary(engine, wasm)?) };
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    wasm.hash(&mut hasher);
    engine.precompile_compatibility_hash().hash(&mut hasher);
    let path = dir.join(format!("smartlead-{:016x}.cwasm", hasher.finish()));
    if path.exists() {
        // SAFETY: the file was written by `serialize` below for this exact component
        // and engine configuration (both are in its name), in the user's own cache.
        if let Ok(component) = unsafe { Component::deserialize_file(engine, &path) } {
            return Ok(component);
        }
    }
    let component = Component::from_binary(engine, wasm)?;
    if std::fs::create_dir_all(&dir).is_ok() {
        let tmp = path.with_extension(format!("tmp{}", std::process::id()));
        if component.serialize().ok().and_then(|bytes| std::fs::write(&tmp, bytes).ok()).is_some() {
            let _ = std::fs::rename(&tmp, &path);
        }
    }
    Ok(component)
}

fn cache_dir() -> Option<PathBuf> {
    if let Some(dir) = std::env::var_os("SMARTLEAD_CACHE_DIR") {
        return (!dir.is_empty()).then(|| PathBuf::from(dir));
    }
    let base = std::env::var_os("XDG_CACHE_HOME").map(PathBuf::from).or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".cache")))?;
    Some(base.join("smartlead-component"))
}
