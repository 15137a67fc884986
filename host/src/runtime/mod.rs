//! Loads the component once (compiled, cached, pre-instantiated) and runs each call in
//! a fresh, bounded store: a memory cap, a CPU budget that counts only computing, and
//! hooks that hand what it sends to the egress every store of the connector shares.

mod cache;
pub mod cpu;
mod errors;
pub mod hooks;
mod idle;
mod session;
mod settings;
mod state;
mod ticker;
mod tool;
mod webhook;

pub use errors::ToolError;
pub use idle::{Idle, Reusable};
pub use session::Session;
pub use settings::{DEFAULT_BASE_URL, Settings};
pub use state::{HostState, MemoryExhausted};
pub use tool::{Annotations, Tool};

use crate::bindings::{ConnectorPre, types};
use crate::core::metrics::Metrics;
use crate::core::tenant::ApiKey;
use crate::egress::pacer::{Pacers, Queueing};
use crate::egress::upstream::Upstream;
use crate::egress::{Egress, Outbound};
use crate::fleet::FleetStore;
use hooks::Hooks;
use ticker::Ticker;
use std::borrow::Cow;
use std::sync::{Arc, OnceLock};
use wasmtime::component::Linker;
use wasmtime::{Engine, Store};
use wasmtime_wasi::WasiCtx;

/// The component this host was built with.
pub static COMPONENT: &[u8] = include_bytes!(env!("SMARTLEAD_WASM_PATH"));

/// [`COMPONENT`]'s XXH3-128, taken when the host was built: hashing 5 MB at every start
/// cost a millisecond.
const COMPONENT_DIGEST: &str = env!("SMARTLEAD_WASM_XXH3");

/// The loaded component plus the host's settings, egress and pacers: one per process,
/// cheap to clone (clones share everything), `Send + Sync` for use from many tasks.
#[derive(Clone)]
pub struct Connector {
    inner: Arc<Inner>,
}

struct Inner {
    engine: Engine,
    /// The component, mapped from the cache (or compiled) and linked when an instance is
    /// first wanted: a start that only lists (`smartlead tools`, an MCP server's
    /// `tools/list`) reads the kept listing and needs none of it.
    pre: OnceLock<Result<ConnectorPre<HostState>, String>>,
    wasm: Cow<'static, [u8]>,
    files: Option<cache::Files>,
    settings: Settings,
    egress: Arc<Egress>,
    /// Shared with other replicas, when configured: pacing windows and pauses, and
    /// webhook delivery claims.
    fleet_store: Option<Arc<FleetStore>>,
    /// What the component lists, read once per process (see `listing`).
    listing: tokio::sync::OnceCell<Listing>,
    ticker: Arc<Ticker>,
}

/// What the component lists: the same for every call of the same component. Kept on
/// disk with each schema as JSON, not as a string of it, so reading it unescapes nothing.
#[derive(serde::Serialize, serde::Deserialize)]
struct Listing {
    tools: Vec<Tool>,
    toolsets: Vec<crate::bindings::tools::Toolset>,
}

impl Connector {
    /// Loads the embedded component.
    pub fn new(settings: Settings) -> anyhow::Result<Self> {
        let digest = u128::from_str_radix(COMPONENT_DIGEST, 16).expect("build.rs writes the digest in hex");
        Self::load(Cow::Borrowed(COMPONENT), digest, settings)
    }

    /// Loads the component `wasm`.
    pub fn from_wasm(wasm: &[u8], settings: Settings) -> anyhow::Result<Self> {
        Self::load(Cow::Owned(wasm.to_vec()), cache::digest(wasm), settings)
    }

    /// Loads `wasm`, whose XXH3-128 is `digest`.
    fn load(wasm: Cow<'static, [u8]>, digest: u128, settings: Settings) -> anyhow::Result<Self> {
        let mut config = wasmtime::Config::new();
        config.epoch_interruption(true);
        // The component's symbol names are stripped, so a backtrace would name no
        // function: an error says what stopped the call, and only that.
        config.wasm_backtrace_max_frames(None);
        let engine = Engine::new(&config)?;
        let files = cache::files(&engine, digest);
        let upstream = Upstream::new(settings.timeout, settings.ca_file.as_deref())?;
        let metrics = Arc::new(Metrics::default());
        let fleet_store = settings.fleet_store.as_deref().map(|url| FleetStore::new(url, metrics.clone()).map(Arc::new)).transpose().map_err(anyhow::Error::msg)?;
        let pacers = match &fleet_store {
            Some(store) => Pacers::shared(settings.pacing.clone(), store.clone(), settings.replicas),
            None => Pacers::new(settings.pacing.clone()),
        };
        let egress = Arc::new(Egress::new(&settings.base_urls(), settings.timeout, upstream, pacers, metrics)?);
        let ticker = Arc::new(Ticker::start(engine.clone())?);
        let listing = tokio::sync::OnceCell::new();
        let pre = OnceLock::new();
        Ok(Connector { inner: Arc::new(Inner { engine, pre, wasm, files, settings, egress, fleet_store, listing, ticker }) })
    }

    /// The component, loaded and linked the first time it is wanted.
    fn pre(&self) -> anyhow::Result<&ConnectorPre<HostState>> {
        let loaded = self.inner.pre.get_or_init(|| self.link().map_err(|e| format!("{e:#}")));
        loaded.as_ref().map_err(|e| anyhow::anyhow!("loading the component: {e}"))
    }

    fn link(&self) -> anyhow::Result<ConnectorPre<HostState>> {
        let component = cache::load(&self.inner.engine, &self.inner.wasm, self.inner.files.as_ref())?;
        let mut linker = Linker::new(&self.inner.engine);
        wasmtime_wasi::p2::add_to_linker_async(&mut linker)?;
        wasmtime_wasi_http::p2::add_only_http_to_linker_async(&mut linker)?;
        Ok(ConnectorPre::new(linker.instantiate_pre(&component)?)?)
    }

    /// Loads the component on another thread now, so the first call finds it ready: for
    /// a server, which starts by listing and calls later.
    pub fn load_soon(&self) {
        let connector = self.clone();
        std::thread::spawn(move || {
            // A failure is reported again, and in full, by the call that needs it.
            let _ = connector.pre();
        });
    }

    pub fn settings(&self) -> &Settings {
        &self.inner.settings
    }

    /// The key the host holds, if any.
    pub fn api_key(&self) -> Option<&ApiKey> {
        self.inner.settings.api_key.as_ref()
    }

    /// The fleet store shared with other replicas, if one is configured.
    pub fn fleet_store(&self) -> Option<&Arc<FleetStore>> {
        self.inner.fleet_store.as_ref()
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
        self.session_for(self.inner.settings.api_key.clone()).await
    }

    /// A fresh instance whose requests spend `key`.
    pub async fn session_for(&self, key: Option<ApiKey>) -> anyhow::Result<Session> {
        self.session_with(key, self.inner.settings.queueing.clone()).await
    }

    /// A fresh instance whose requests spend `key` and queue for its turn as `queueing` says.
    pub async fn session_with(&self, key: Option<ApiKey>, queueing: Queueing) -> anyhow::Result<Session> {
        let hooks = Hooks::new(Outbound::new(self.inner.egress.clone(), key, queueing));
        let mut store = self.store(WasiCtx::builder().inherit_stderr().build(), hooks);
        let bindings = self.pre()?.instantiate_async(&mut store).await?;
        self.metrics().instance();
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
            smartdelivery_base_url: Some(s.smartdelivery_base_url.clone()),
            prospect_base_url: Some(s.prospect_base_url.clone()),
            smart_senders_base_url: Some(s.smart_senders_base_url.clone()),
            requests_per_minute: None,
            max_retries: s.max_retries,
            timeout_ms: Some(s.timeout.as_millis().min(u32::MAX as u128) as u32),
            max_response_bytes: s.max_response_bytes,
            managed_by_host: Some(true),
        }
    }

    /// A bounded store: memory cap, CPU budget, where its requests go, and `wasi`.
    pub(crate) fn store(&self, wasi: WasiCtx, hooks: Hooks) -> Store<HostState> {
        let mut store = Store::new(&self.inner.engine, HostState::new(wasi, hooks));
        store.limiter(|s| &mut s.limits);
        cpu::limit(&mut store, self.inner.settings.cpu_limit, self.inner.ticker.clone(), |s| &mut s.cpu);
        store
    }

    /// Readies a kept store for its next call: the key and queueing of `hooks`, and a
    /// whole CPU budget.
    pub(crate) fn reuse(&self, store: &mut Store<HostState>, hooks: Hooks) {
        store.data_mut().hooks = hooks;
        cpu::renew(store, self.inner.settings.cpu_limit, |s| &mut s.cpu);
    }

    /// The loaded component, ready to instantiate.
    pub(crate) fn instance_pre(&self) -> anyhow::Result<&wasmtime::component::InstancePre<HostState>> {
        Ok(self.pre()?.instance_pre())
    }

    /// The component's tools.
    pub async fn list_tools(&self) -> anyhow::Result<Vec<Tool>> {
        Ok(self.listing().await?.tools.clone())
    }

    /// The component's toolsets: its groups, then `core` and `all`.
    pub async fn toolsets(&self) -> anyhow::Result<Vec<crate::bindings::tools::Toolset>> {
        Ok(self.listing().await?.toolsets.clone())
    }

    /// What the component lists, asked of it once per process, and once per component
    /// where there is a cache: asking takes an instance and half a megabyte of text out of
    /// it, which `smartlead tools` and each MCP server's start would pay. The file is named
    /// by the component and the engine, like the compiled cache; one that does not read,
    /// or holds a schema that is not an object, is asked again and replaced.
    async fn listing(&self) -> anyhow::Result<&Listing> {
        self.inner
            .listing
            .get_or_try_init(|| async {
                let file = self.inner.files.as_ref().map(|f| f.listing.as_path());
                let kept = file.and_then(|f| std::fs::read(f).ok()).and_then(|bytes| serde_json::from_slice::<Listing>(&bytes).ok());
                if let Some(kept) = kept.filter(|k| k.tools.iter().all(Tool::is_sound)) {
                    return Ok(kept);
                }
                let mut session = self.session().await?;
                let tools = session.bindings.smartlead_connector_tools();
                let listed = tools.call_list_tools(&mut session.store).await?.into_iter().map(Tool::from_wit).collect::<anyhow::Result<_>>()?;
                let listing = Listing { tools: listed, toolsets: tools.call_toolsets(&mut session.store).await? };
                if let (Some(file), Ok(bytes)) = (file, serde_json::to_vec(&listing)) {
                    // A listing that cannot be kept is only asked again next time.
                    let _ = cache::write_atomically(file, &bytes);
                }
                Ok(listing)
            })
            .await
    }

    /// Runs one tool with JSON arguments.
    pub async fn call_tool(&self, name: &str, arguments: &serde_json::Value) -> anyhow::Result<Result<serde_json::Value, ToolError>> {
        let mut session = self.session().await?;
        session.call_tool(name, arguments).await
    }
}


#[cfg(test)]
mod tests {
    /// The digest taken when the host was built is the embedded component's: a stale one
    /// would name another component's compiled cache.
    #[test]
    fn the_build_digest_is_the_embedded_component_s() {
        assert_eq!(format!("{:032x}", super::cache::digest(super::COMPONENT)), super::COMPONENT_DIGEST);
    }

    /// The epoch clock sleeps while no call runs, and a call wakes it: one that computes
    /// past its CPU budget, begun while the clock slept, is still stopped.
    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn the_epoch_clock_sleeps_between_calls_and_a_call_wakes_it() {
        use smartlead_mock::faults::Fault;
        use smartlead_test_support::eventually;
        let mock = smartlead_mock::MockServer::start("clock-key").unwrap();
        let settings = super::Settings {
            api_key: crate::ApiKey::new("clock-key"),
            base_url: mock.base_url(),
            cpu_limit: std::time::Duration::from_millis(100),
            ..super::Settings::default()
        };
        let connector = super::Connector::new(settings).unwrap();
        let sleeps = || connector.inner.ticker.sleeps();
        eventually("the clock to sleep before any call", || sleeps() >= 1);
        let before = sleeps();
        let mut session = connector.session().await.unwrap();
        session.call_tool("list_all_smartlead_lead_category", &serde_json::json!({})).await.unwrap().unwrap();
        eventually("the clock to sleep again once the calls ended", || sleeps() > before);

        // About 20 MB of campaigns to decode: far more than 0.1 s of computing in wasm.
        mock.fail_next(Fault::Oversized(20 << 20), 1);
        let stopped = session.call_tool("list_all_smartlead_campaigns", &serde_json::json!({})).await.unwrap_err();
        assert!(stopped.is::<super::cpu::CpuExhausted>(), "{stopped:#}");
    }
}
