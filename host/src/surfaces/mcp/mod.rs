//! `smartlead mcp`: the component's tools served to AI agents over MCP (stdio or
//! Streamable HTTP). A session lists the toolsets it chose plus two meta-tools that search
//! and call the whole catalog; read-only mode and confirmation apply to every call. Calls
//! run side by side, each in a kept or fresh instance; the host paces them per key, a call
//! waiting for its key's turn up to a bound and telling the client as progress.

pub mod bulk;
pub mod confirm;
pub mod meta;
pub mod outcome;
pub mod progress;
pub mod resources;
pub mod search;
pub mod toolsets;

use crate::Connector;
use crate::runtime::Idle;
use crate::egress::pacer::Queueing;
use crate::Tool as CatalogTool;
use crate::surfaces::allowed::Allowed;
use crate::surfaces::login::Login;
use axum::response::IntoResponse;
use confirm::{Agreed, Confirmation};
use outcome::{error_result, internal, structured, tool_error};
use progress::Progress;
use rmcp::model::{
    CacheScope, CallToolRequestParams, CallToolResponse, CallToolResult, DiscoverResult, Implementation, ListResourcesResult,
    ListToolsResult, PaginatedRequestParams, ReadResourceRequestParams, ReadResourceResponse, ReadResourceResult, ResourceContents, ServerCapabilities, ServerConfig, Tool,
    ToolAnnotations,
};
use rmcp::service::RequestContext;
use rmcp::{ErrorData, RoleServer, ServerHandler};
use search::Search;
use serde_json::{Value, json};
use std::sync::Arc;
use std::time::Duration;
use tokio::sync::Semaphore;
use crate::surfaces::bulk::progress::{Cancelled, Watch};
use rmcp::model::{CancelTaskParams, CreateTaskResult, GetTaskParams, GetTaskResult};
use rmcp::task_manager::{TaskExit, TaskManager, TaskOptions};
use toolsets::{Selection, Toolsets};

/// Which tools an agent may use, and how.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Safety {
    /// Offer and run only tools that change nothing; this wins over every selection,
    /// the call tool included.
    pub read_only: bool,
    /// Refuse destructive tools unless called with `confirm: true`.
    pub require_confirm: bool,
}

impl Default for Safety {
    fn default() -> Self {
        Safety { read_only: false, require_confirm: true }
    }
}

/// Calls an MCP server serves at once by default; more wait their turn.
pub const DEFAULT_MAX_CONCURRENCY: usize = 16;

/// How long a call waits for its key's turn by default: a minute's window (with a
/// margin), so a spent per-minute budget is waited out and only an hourly one is not.
pub const DEFAULT_MAX_QUEUE_WAIT: Duration = Duration::from_secs(65);

/// How long a client may keep the tool list and discovery answer: they change only when
/// the server is restarted with other flags. Private: a selection is per client.
const LIST_TTL_MS: u64 = 60 * 60 * 1000;

/// Every tool of the component, as the catalog and as MCP lists it, with its toolsets and
/// the search index over them; built once per server. A tool is made as MCP lists it (its
/// schemas parsed) the first time a session lists it, and the index the first time one
/// searches: a server starts without either, and most tools are never listed.
struct Catalog {
    tools: Vec<CatalogTool>,
    listed: Vec<std::sync::OnceLock<Tool>>,
    toolsets: Toolsets,
    search: std::sync::OnceLock<Search>,
}

impl Catalog {
    fn position(&self, name: &str) -> Option<usize> {
        self.tools.iter().position(|t| t.name == name)
    }

    fn search(&self) -> &Search {
        self.search.get_or_init(|| Search::new(&self.tools, &self.toolsets))
    }

    /// Tool `i` as MCP lists it.
    fn listed(&self, i: usize) -> Tool {
        self.listed[i].get_or_init(|| listed(&self.tools[i])).clone()
    }
}

/// The MCP server: each call in a kept or fresh instance, at most `max_concurrency` at once.
#[derive(Clone)]
pub struct McpServer {
    connector: Connector,
    catalog: Arc<Catalog>,
    /// What a session lists when it asks for nothing else.
    selection: Arc<Selection>,
    /// The search and call tools are listed.
    search_and_call: bool,
    safety: Safety,
    slots: Arc<Semaphore>,
    /// Instances whose last call ended normally, kept for the next: a call then costs no
    /// instantiation, and what the component built once stays built. An instance that
    /// failed (trapped, or computed past its budget) is never put back.
    idle: Arc<Idle<crate::Session>>,
    /// Past this wait for the key's turn a call is `rate_limited`, sent nowhere.
    max_queue_wait: Duration,
    /// Long work running as MCP tasks (the file import).
    tasks: TaskManager,
}

/// A tool as MCP lists it, with the Smartlead route and its documentation in `_meta` (as
/// `smartlead tools` shows them).
fn listed(t: &CatalogTool) -> Tool {
    // The listing admits only schemas that are objects (`Tool::is_sound`), so no other case arises.
    let input = match t.input() {
        Value::Object(input) => input,
        _ => serde_json::Map::new(),
    };
    let mut tool = Tool::new(t.name.clone(), t.description.clone(), input);
    if let Value::Object(output) = t.output() {
        tool.output_schema = Some(Arc::new(output));
    }
    let a = &t.annotations;
    tool.annotations = Some(ToolAnnotations::from_raw(None, Some(a.read_only), Some(a.destructive), Some(a.idempotent), Some(a.open_world)));
    let route = serde_json::Map::from_iter([("route".to_string(), json!(t.route))]);
    tool.meta = Some(rmcp::model::MetaObject::from(route));
    tool
}

impl McpServer {
    pub async fn new(connector: Connector, safety: Safety, max_concurrency: usize) -> anyhow::Result<Self> {
        anyhow::ensure!(max_concurrency > 0, "--max-concurrency must be at least 1");
        let tools = connector.list_tools().await?;
        let toolsets = Toolsets::new(connector.toolsets().await?);
        let listed = tools.iter().map(|_| std::sync::OnceLock::new()).collect();
        let selection = toolsets.select(toolsets::DEFAULT).map_err(anyhow::Error::msg)?;
        let catalog = Catalog { tools, listed, toolsets, search: std::sync::OnceLock::new() };
        // Listing needed no instance; the first call will.
        connector.load_soon();
        Ok(McpServer {
            connector,
            catalog: Arc::new(catalog),
            selection,
            search_and_call: true,
            safety,
            slots: Arc::new(Semaphore::new(max_concurrency)),
            idle: Arc::new(Idle::new(max_concurrency)),
            max_queue_wait: DEFAULT_MAX_QUEUE_WAIT,
            tasks: TaskManager::new(),
        })
    }

    /// Lists the toolsets named in `spec` (comma-separated) unless a session asks for others.
    pub fn with_toolsets(mut self, spec: &str) -> anyhow::Result<Self> {
        self.selection = self.catalog.toolsets.select(spec).map_err(|e| anyhow::anyhow!("--toolsets: {e}"))?;
        Ok(self)
    }

    /// Leaves out the search and call tools.
    pub fn without_search_and_call(mut self) -> Self {
        self.search_and_call = false;
        self
    }

    /// Calls wait at most `wait` for their key's turn, then are `rate_limited`.
    pub fn with_max_queue_wait(mut self, wait: Duration) -> Self {
        self.max_queue_wait = wait;
        self
    }

    /// The toolsets a request chose (a `/mcp/x/...` path or the header), else the server's.
    fn selection(&self, context: &RequestContext<RoleServer>) -> Result<Arc<Selection>, ErrorData> {
        match context.extensions.get::<http::request::Parts>().and_then(toolsets::requested) {
            Some(spec) => self.catalog.toolsets.select(&spec).map_err(|e| ErrorData::invalid_params(format!("{}: {e}", toolsets::HEADER), None)),
            None => Ok(self.selection.clone()),
        }
    }

    /// Read-only mode leaves this tool out, whatever the selection.
    fn hidden(&self, tool: &CatalogTool) -> bool {
        self.safety.read_only && !tool.annotations.read_only
    }

    /// What a session lists: its toolsets' tools that read-only mode keeps, then the
    /// search and call tools.
    pub fn listed_tools(&self, selection: &Selection) -> Vec<Tool> {
        let catalog = &self.catalog;
        let mut tools: Vec<Tool> =
            (0..catalog.tools.len()).filter(|&i| selection.tools.contains(&catalog.tools[i].name) && !self.hidden(&catalog.tools[i])).map(|i| catalog.listed(i)).collect();
        // The file import goes where adding leads goes, the file export where the CSV export is.
        if selection.tools.contains(bulk::BESIDE) && !self.safety.read_only {
            tools.push(bulk::tool());
        }
        if selection.tools.contains(bulk::EXPORT_BESIDE) {
            tools.push(bulk::export_tool());
        }
        if self.search_and_call {
            tools.extend(meta::tools(&catalog.toolsets, self.safety.read_only));
        }
        tools
    }

    /// A session with the key, paced, in an idle instance or a fresh one; waits for a
    /// slot first (so no more instances are idle than calls may run at once).
    async fn session(&self, progress: Option<Progress>) -> Result<(crate::Session, tokio::sync::SemaphorePermit<'_>), ErrorData> {
        let slot = self.slots.acquire().await.map_err(|e| internal(e.into()))?;
        let queueing = match progress {
            Some(progress) => progress.queueing(self.max_queue_wait),
            None => Queueing { max_wait: Some(self.max_queue_wait), ..Queueing::default() },
        };
        let session = match self.idle.take(self.tenant()) {
            Some(mut session) => {
                session.requeue(queueing);
                session
            }
            None => self.connector.session_with(self.connector.api_key().cloned(), queueing).await.map_err(internal)?,
        };
        Ok((session, slot))
    }

    /// Keeps a session whose call ended normally for the next call.
    fn keep(&self, session: crate::Session) {
        self.idle.put(self.tenant(), session);
    }

    /// Whose key this server's calls spend.
    fn tenant(&self) -> crate::core::tenant::Tenant {
        crate::core::tenant::Tenant::of(self.connector.api_key())
    }

    /// Runs operation `name` (by its tool or the call tool): a refusal, a Smartlead error
    /// or a result, all as tool results. A call that sends email or cannot be undone runs
    /// only once its user agreed — asked through the client (`confirm` on the way) where it
    /// can ask, else `confirm: true`.
    async fn run(&self, name: &str, arguments: Value, asked: Confirmation<'_>, progress: Option<Progress>) -> Result<CallToolResponse, ErrorData> {
        let Some(i) = self.catalog.position(name) else {
            let find = if self.search_and_call { format!("; {} finds operations by words", meta::SEARCH) } else { String::new() };
            return Err(ErrorData::invalid_params(format!("unknown tool `{name}`{find}"), None));
        };
        if self.hidden(&self.catalog.tools[i]) {
            return Err(ErrorData::invalid_params(format!("`{name}` changes Smartlead data and this server is read-only; nothing was sent"), None));
        }
        let (mut session, _slot) = self.session(progress).await?;
        let metrics = self.connector.metrics();
        let _call = metrics.call(self.tenant());
        if self.safety.require_confirm
            && let Some(what) = session.confirmation(name, &arguments).await.map_err(internal)?
        {
            match asked.agreed(name, &what, &arguments).await {
                Agreed::Yes => {}
                Agreed::Ask(input_required) => return Ok(CallToolResponse::InputRequired(input_required)),
                Agreed::No(refusal) => return Ok(refusal.into()),
            }
        }
        let outcome = session.call_tool_text(name, &arguments).await;
        if outcome.is_ok() {
            self.keep(session);
        }
        let result = match outcome {
            Ok(Ok(text)) => {
                let value: Value = serde_json::from_str(&text).map_err(|e| internal(e.into()))?;
                structured(text, value)
            }
            Ok(Err(e)) => tool_error(&e),
            // The instance failed (it computed past its CPU budget, or a bug): this call
            // reports it, the next one gets a fresh instance.
            Err(e) => error_result("host", &crate::egress::redact(format!("the component failed: {e:#}"), self.connector.api_key()), None),
        };
        Ok(result.into())
    }

    /// Runs operation `name` or the file import, as its tool or the call tool asked.
    async fn operate(&self, name: &str, arguments: Value, asked: Confirmation<'_>, context: &RequestContext<RoleServer>) -> Result<CallToolResponse, ErrorData> {
        match name {
            bulk::IMPORT if self.safety.read_only => Err(ErrorData::invalid_params(format!("`{name}` adds leads and this server is read-only; nothing was sent"), None)),
            bulk::IMPORT | bulk::EXPORT => self.long(name, arguments, context).await,
            _ => self.run(name, arguments, asked, Progress::of(context)).await,
        }
    }

    /// Runs long work (the file import or export): as an MCP task when the client takes
    /// tasks (polled with `tasks/get`, stopped with `tasks/cancel`), else in the call,
    /// telling the client each step. Cancelled, it stops before its next step; an import
    /// called again continues (its journal).
    async fn long(&self, name: &str, arguments: Value, context: &RequestContext<RoleServer>) -> Result<CallToolResponse, ErrorData> {
        let work = match bulk::args(name, arguments) {
            Ok(work) => work,
            Err(message) => return Ok(error_result("invalid_input", &message, None).into()),
        };
        if context.client_capabilities().is_some_and(|c| c.supports_tasks()) {
            let server = self.clone();
            let options = TaskOptions::new().with_ttl_ms(bulk::TASK_TTL_MS).with_status_message("starting");
            let task = self.tasks.spawn(options, move |task| {
                Box::pin(async move {
                    let (asked, told) = (task.clone(), task.clone());
                    let watch = Watch {
                        cancelled: Some(Arc::new(move || asked.is_cancel_requested())),
                        progress: Some(Arc::new(move |done, total, note: &str| told.set_status_message(bulk::status(done, total, note)))),
                    };
                    match server.worked(&work, &watch).await {
                        (_, Some("cancelled")) => Err(TaskExit::Cancelled),
                        (result, _) => Ok(result),
                    }
                })
            });
            return Ok(CallToolResponse::Task(CreateTaskResult::new(task)));
        }
        let cancelled = context.ct.clone();
        let watch = Watch { cancelled: Some(Arc::new(move || cancelled.is_cancelled())), progress: Progress::of(context).map(Progress::listener) };
        Ok(self.worked(&work, &watch).await.0.into())
    }

    /// Runs long work to its end or its stop: the result, and the kind of stop if any.
    async fn worked(&self, work: &bulk::Work, watch: &Watch) -> (CallToolResult, Option<&'static str>) {
        let Ok(_slot) = self.slots.acquire().await else { return (error_result("host", "the server is shutting down", None), Some("host")) };
        let redact = |text: String| crate::egress::redact(text, self.connector.api_key());
        let ran = match work {
            bulk::Work::Import(import) => crate::surfaces::bulk::import::run(&self.connector, import, watch).await.map(|ended| {
                let stopped = ended.stopped.map(|stop| (stop.kind, stop.message));
                (ended.report, stopped)
            }),
            bulk::Work::Export(export) => crate::surfaces::bulk::export::run(&self.connector, export, watch).await.map(|written| match written {
                Ok(records) => (json!({"written": records, "file": export.out}), None),
                Err(e) => (json!({"written": null}), Some((e.kind, e.message))),
            }),
        };
        match ran {
            Ok((report, None)) => (structured(report.to_string(), report), None),
            Ok((report, Some((kind, message)))) => {
                let mut result = error_result(kind, &redact(message), None);
                result.structured_content = Some(report);
                (result, Some(kind))
            }
            Err(e) if e.downcast_ref::<Cancelled>().is_some() => (error_result("cancelled", &redact(format!("{e:#}")), None), Some("cancelled")),
            Err(e) if e.downcast_ref::<crate::core::invalid::Invalid>().is_some() => (error_result("invalid_input", &redact(format!("{e:#}")), None), Some("invalid_input")),
            Err(e) => (error_result("host", &redact(format!("the work failed: {e:#}")), None), Some("host")),
        }
    }

    /// A direct call of a tool the session does not list is refused with the way to it.
    fn unlisted(&self, name: &str, selection: &Selection) -> Option<ErrorData> {
        // The file import and export are listed where adding leads and the CSV export are.
        let listed_as = bulk::beside(name).unwrap_or(name);
        let i = self.catalog.position(listed_as)?;
        if selection.tools.contains(listed_as) || self.hidden(&self.catalog.tools[i]) {
            return None;
        }
        let sets = self.catalog.toolsets.of(listed_as).into_iter().filter(|s| *s != "core").collect::<Vec<_>>().join(", ");
        let via = if self.search_and_call { format!("call it through {} with {{\"name\": \"{name}\", \"arguments\": {{...}}}}, or ", meta::CALL) } else { String::new() };
        let message = format!("`{name}` is not in this session's toolsets ({}); {via}choose its toolset ({sets}) with --toolsets, the {} header or /mcp/x/{sets}", selection.spec, toolsets::HEADER);
        Some(ErrorData::invalid_params(message, None))
    }

    /// Reads one resource: the catalog, or every page of a list tool's answer.
    async fn read(&self, entry: &resources::Entry) -> Result<Value, ErrorData> {
        let Some(tool) = entry.tool else {
            let sets: Vec<Value> = self.catalog.toolsets.iter().filter(|s| s.name != "all").map(|s| json!({"name": s.name, "description": s.description, "tools": s.tools})).collect();
            let tools: Vec<Value> = self.catalog.tools.iter().filter(|t| !self.hidden(t)).map(|t| search::hit(t, &self.catalog.toolsets)).collect();
            return Ok(json!({"toolsets": sets, "operations": tools}));
        };
        let (mut session, _slot) = self.session(None).await?;
        let paged = self.catalog.position(tool).is_some_and(|i| self.catalog.tools[i].takes("limit"));
        let arguments = if paged { json!({"limit": resources::PAGE}) } else { json!({}) };
        let mut records = Vec::new();
        let read = session.each_record(tool, &arguments, |record| {
            anyhow::ensure!(records.len() < resources::MAX_RECORDS, "{} has more than {} records; list it with {tool} instead", entry.uri, resources::MAX_RECORDS);
            records.push(record);
            Ok(())
        });
        match read.await {
            Ok(Ok(_)) => Ok(Value::Array(records)),
            Ok(Err(e)) => Err(ErrorData::internal_error(format!("{} could not be read: {} ({})", entry.uri, e.message, e.kind), None)),
            Err(e) => Err(ErrorData::internal_error(format!("{e:#}"), None)),
        }
    }
}

impl ServerHandler for McpServer {
    fn get_info(&self) -> ServerConfig {
        let capabilities = ServerCapabilities::builder().enable_tools().enable_resources().enable_tasks().build();
        let mut instructions = "Smartlead.ai cold-email outreach: campaigns, leads, mailboxes, master inbox, analytics, webhooks, clients, \
             deliverability and prospecting. List tools return {result, next_cursor}; pass next_cursor back with the same arguments \
             for the next page."
            .to_string();
        if self.search_and_call {
            instructions.push_str(&format!(
                " Only some operations are listed as tools: {} finds any of Smartlead's operations by words, and {} calls it by name.",
                meta::SEARCH,
                meta::CALL
            ));
        }
        let mut config = ServerConfig::new(capabilities).with_instructions(instructions);
        config.server_info = Implementation::new("smartlead", env!("CARGO_PKG_VERSION"));
        config
    }

    async fn discover(&self, _: RequestContext<RoleServer>) -> Result<DiscoverResult, ErrorData> {
        let discovered = DiscoverResult::from_server_info(self.supported_protocol_versions().into_owned(), self.get_info());
        Ok(discovered.with_ttl_ms(LIST_TTL_MS).with_cache_scope(CacheScope::Private))
    }

    async fn list_tools(&self, _: Option<PaginatedRequestParams>, context: RequestContext<RoleServer>) -> Result<ListToolsResult, ErrorData> {
        let selection = self.selection(&context)?;
        let mut result = ListToolsResult::with_all_items(self.listed_tools(&selection));
        result.ttl_ms = Some(LIST_TTL_MS);
        result.cache_scope = Some(CacheScope::Private);
        Ok(result)
    }

    async fn call_tool(&self, request: CallToolRequestParams, context: RequestContext<RoleServer>) -> Result<CallToolResponse, ErrorData> {
        let arguments = request.arguments.map(Value::Object).unwrap_or_else(|| json!({}));
        let asked = Confirmation { context: Some(&context), responses: request.input_responses.as_ref() };
        let selection = self.selection(&context)?;
        match request.name.as_ref() {
            meta::SEARCH if self.search_and_call => {
                let found = meta::args(meta::SEARCH, arguments).and_then(|args| meta::search(self.catalog.search(), &self.catalog.tools, &self.catalog.toolsets, args));
                Ok(match found {
                    Ok(value) => structured(value.to_string(), value),
                    Err(message) => error_result("invalid_input", &message, None),
                }
                .into())
            }
            meta::CALL if self.search_and_call => match meta::args::<meta::CallArgs>(meta::CALL, arguments) {
                Ok(call) => self.operate(&call.name, call.arguments, asked, &context).await,
                Err(message) => Ok(error_result("invalid_input", &message, None).into()),
            },
            name => match self.unlisted(name, &selection) {
                Some(refused) => Err(refused),
                None => self.operate(name, arguments, asked, &context).await,
            },
        }
    }

    async fn get_task(&self, request: GetTaskParams, _: RequestContext<RoleServer>) -> Result<GetTaskResult, ErrorData> {
        Ok(GetTaskResult::new(self.tasks.get_task(&request.task_id)?))
    }

    async fn cancel_task(&self, request: CancelTaskParams, _: RequestContext<RoleServer>) -> Result<(), ErrorData> {
        self.tasks.cancel_task(&request.task_id)
    }

    async fn list_resources(&self, _: Option<PaginatedRequestParams>, _: RequestContext<RoleServer>) -> Result<ListResourcesResult, ErrorData> {
        let mut result = ListResourcesResult::with_all_items(resources::listed());
        result.ttl_ms = Some(LIST_TTL_MS);
        result.cache_scope = Some(CacheScope::Private);
        Ok(result)
    }

    async fn read_resource(&self, request: ReadResourceRequestParams, _: RequestContext<RoleServer>) -> Result<ReadResourceResponse, ErrorData> {
        let Some(entry) = resources::find(&request.uri) else {
            let known: Vec<&str> = resources::ENTRIES.iter().map(|e| e.uri).collect();
            return Err(ErrorData::resource_not_found(format!("no resource {}; resources: {}", request.uri, known.join(", ")), None));
        };
        let value = self.read(entry).await?;
        let contents = ResourceContents::text(value.to_string(), entry.uri).with_mime_type("application/json");
        Ok(ReadResourceResult::new(vec![contents]).into())
    }
}

/// Serves MCP over stdin/stdout until the client disconnects.
pub async fn serve_stdio(server: McpServer) -> anyhow::Result<()> {
    // Pipes (as MCP clients start servers) are read and written on the runtime's own
    // thread; `stdio()` handed every read and write to a blocking-pool thread and back.
    let running = rmcp::serve_server(server, rmcp::transport::io::stdio_pipes()).await?;
    running.waiting().await?;
    Ok(())
}

/// Serves MCP over Streamable HTTP at `/mcp` on `listener`. As the MCP specification
/// asks, a request is refused (403) when its `Host` is not a loopback name or allowed
/// (DNS rebinding) or it carries an `Origin` that is not allowed (a web page).
pub async fn serve_http(server: McpServer, listener: tokio::net::TcpListener, allowed: &Allowed, login: Login) -> anyhow::Result<()> {
    use rmcp::transport::streamable_http_server::session::local::LocalSessionManager;
    use rmcp::transport::{StreamableHttpServerConfig, StreamableHttpService};
    let mut config = StreamableHttpServerConfig::default().enforce_origin_validation().with_allowed_origins(allowed.origins.clone());
    if allowed.any_origin() {
        config = config.disable_allowed_origins();
    }
    if allowed.any_host() {
        config = config.disable_allowed_hosts();
    } else {
        config.allowed_hosts.extend(allowed.hosts.iter().cloned());
    }
    let metrics = server.connector.clone();
    let service = StreamableHttpService::new(move || Ok(server.clone()), Arc::new(LocalSessionManager::default()), config);
    let app = axum::Router::new()
        .nest_service("/mcp", service)
        .route("/metrics", axum::routing::get(move || async move { metrics.metrics().encode() }))
        .layer(axum::middleware::from_fn(move |request: axum::extract::Request, next: axum::middleware::Next| {
            let login = login.clone();
            async move {
                let authorization = request.headers().get(http::header::AUTHORIZATION).and_then(|v| v.to_str().ok());
                if login.required() && !login.admits(authorization) {
                    let refused = [(http::header::WWW_AUTHENTICATE, "Bearer")];
                    return (http::StatusCode::UNAUTHORIZED, refused, "send Authorization: Bearer <token>").into_response();
                }
                next.run(request).await
            }
        }));
    axum::serve(listener, app).await?;
    Ok(())
}
