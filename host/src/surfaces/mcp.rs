//! `smartlead mcp`: the component's tools served to AI agents over MCP (stdio or
//! Streamable HTTP), with a read-only mode and confirmation for destructive tools. Calls
//! run side by side, each in a fresh instance; the host paces them per key, a call
//! waiting for its key's turn up to a bound and telling the client as progress.

use crate::surfaces::allowed::Allowed;
use crate::egress::pacer::Queueing;
use crate::surfaces::login::Login;
use axum::response::IntoResponse;
use crate::{Connector, ToolError};
use rmcp::model::{
    CallToolRequestParams, CallToolResponse, CallToolResult, ContentBlock, Implementation, ListToolsResult, PaginatedRequestParams,
    ProgressNotificationParam, ProgressToken, ProtocolVersion, ServerCapabilities, ServerConfig, Tool, ToolAnnotations,
};
use rmcp::service::{Peer, RequestContext};
use rmcp::{ErrorData, RoleServer, ServerHandler};
use serde_json::{Value, json};
use std::collections::HashSet;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;
use tokio::sync::Semaphore;

/// Which tools an agent may use, and how.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Safety {
    /// Expose only tools that change nothing.
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

/// How often a call waiting for its key's turn tells the client so.
const PROGRESS_EVERY: Duration = Duration::from_secs(5);

/// The MCP server: each call in a fresh instance, at most `max_concurrency` at once.
#[derive(Clone)]
pub struct McpServer {
    connector: Connector,
    tools: Arc<Vec<Tool>>,
    /// Tools left out by read-only mode, to say why they are missing.
    hidden: Arc<HashSet<String>>,
    safety: Safety,
    slots: Arc<Semaphore>,
    /// Past this wait for the key's turn a call is `rate_limited`, sent nowhere.
    max_queue_wait: Duration,
}

/// Where to report a call's progress: the client that asked, under its token.
pub struct Progress {
    peer: Peer<RoleServer>,
    token: ProgressToken,
}

impl Progress {
    /// The progress reporter a request asked for, if it gave a token.
    fn of(context: &RequestContext<RoleServer>) -> Option<Progress> {
        Some(Progress { peer: context.peer.clone(), token: context.meta.get_progress_token()? })
    }

    /// Tells the client of each wait for the key's turn, at its start and every few
    /// seconds until it ends, with the time left.
    fn queueing(self, max_wait: Duration) -> Queueing {
        let sent = Arc::new(AtomicU64::new(0));
        let on_wait = move |wait: Duration| {
            let (peer, token, sent) = (self.peer.clone(), self.token.clone(), sent.clone());
            tokio::spawn(async move {
                let until = tokio::time::Instant::now() + wait;
                loop {
                    let left = until.saturating_duration_since(tokio::time::Instant::now());
                    if left.is_zero() {
                        break;
                    }
                    let n = sent.fetch_add(1, Ordering::Relaxed) + 1;
                    let message = format!("waiting {:.0} s more for this API key's turn under Smartlead's rate limit; nothing has been sent yet", left.as_secs_f64().ceil());
                    let mut note = ProgressNotificationParam::new(token.clone(), n as f64);
                    note.message = Some(message);
                    if peer.notify_progress(note).await.is_err() {
                        break;
                    }
                    tokio::time::sleep(left.min(PROGRESS_EVERY)).await;
                }
            });
        };
        Queueing { max_wait: Some(max_wait), on_wait: Some(Arc::new(on_wait)) }
    }
}

impl McpServer {
    pub async fn new(connector: Connector, safety: Safety, max_concurrency: usize) -> anyhow::Result<Self> {
        anyhow::ensure!(max_concurrency > 0, "--max-concurrency must be at least 1");
        let mut tools = Vec::new();
        let mut hidden = HashSet::new();
        for t in connector.list_tools().await? {
            if safety.read_only && !t.annotations.read_only {
                hidden.insert(t.name);
                continue;
            }
            let Value::Object(input) = t.input_schema else { anyhow::bail!("{}: input schema is not an object", t.name) };
            let mut tool = Tool::new(t.name, t.description, input);
            if let Value::Object(output) = t.output_schema {
                tool.output_schema = Some(Arc::new(output));
            }
            let a = t.annotations;
            tool.annotations = Some(ToolAnnotations::from_raw(None, Some(a.read_only), Some(a.destructive), Some(a.idempotent), Some(a.open_world)));
            // The Smartlead route and its documentation, as `smartlead tools` shows them.
            let route = serde_json::Map::from_iter([("route".to_string(), serde_json::to_value(&t.route)?)]);
            tool.meta = Some(rmcp::model::MetaObject::from(route));
            tools.push(tool);
        }
        Ok(McpServer {
            connector,
            tools: Arc::new(tools),
            hidden: Arc::new(hidden),
            safety,
            slots: Arc::new(Semaphore::new(max_concurrency)),
            max_queue_wait: DEFAULT_MAX_QUEUE_WAIT,
        })
    }

    /// Calls wait at most `wait` for their key's turn, then are `rate_limited`.
    pub fn with_max_queue_wait(mut self, wait: Duration) -> Self {
        self.max_queue_wait = wait;
        self
    }

    pub fn tools(&self) -> &[Tool] {
        &self.tools
    }

    /// Runs a tool: a refusal, a Smartlead error or a result, all as tool results. A
    /// call that sends email or cannot be undone runs only once its user agreed — asked
    /// through the client (`confirm` on the way) where it can ask, else `confirm: true`.
    pub async fn run(&self, name: &str, arguments: Value, asked: Confirmation<'_>, progress: Option<Progress>) -> Result<CallToolResponse, ErrorData> {
        if !self.tools.iter().any(|t| t.name == name) {
            let why = if self.hidden.contains(name) { " (this server is read-only)" } else { "" };
            return Err(ErrorData::invalid_params(format!("unknown tool `{name}`{why}"), None));
        }
        let _slot = self.slots.acquire().await.map_err(|e| internal(e.into()))?;
        let metrics = self.connector.metrics();
        let _call = metrics.call(crate::core::tenant::Tenant::of(self.connector.api_key()));
        let queueing = match progress {
            Some(progress) => progress.queueing(self.max_queue_wait),
            None => Queueing { max_wait: Some(self.max_queue_wait), on_wait: None },
        };
        let mut session = self.connector.session_with(self.connector.api_key().cloned(), queueing).await.map_err(internal)?;
        if self.safety.require_confirm
            && let Some(what) = session.confirmation(name, &arguments).await.map_err(internal)?
        {
            match asked.agreed(name, &what, &arguments).await {
                Agreed::Yes => {}
                Agreed::Ask(input_required) => return Ok(CallToolResponse::InputRequired(input_required)),
                Agreed::No(refusal) => return Ok(refusal.into()),
            }
        }
        let result = match session.call_tool_text(name, &arguments).await {
            Ok(Ok(text)) => {
                let value: Value = serde_json::from_str(&text).map_err(|e| internal(e.into()))?;
                let mut result = CallToolResult::success(vec![ContentBlock::text(text)]);
                result.structured_content = Some(value);
                result
            }
            Ok(Err(e)) => tool_error(&e),
            // The instance failed (it computed past its CPU budget, or a bug): this call
            // reports it, the next one gets a fresh instance.
            Err(e) => error_result("host", &crate::egress::redact(format!("the component failed: {e:#}"), self.connector.api_key()), None),
        };
        Ok(result.into())
    }
}

/// How a call can be confirmed: through the client (elicitation), in the call itself
/// (the answer to an earlier question, or `confirm: true`), or not at all.
pub struct Confirmation<'a> {
    /// The client's peer and request, when it can ask its user.
    context: Option<&'a RequestContext<RoleServer>>,
    /// The answers a retried call brings (protocol 2026-07-28 and later).
    responses: Option<&'a rmcp::model::InputResponses>,
}

impl<'a> Confirmation<'a> {
    /// Only the `confirm` argument can confirm.
    pub fn by_argument() -> Self {
        Confirmation { context: None, responses: None }
    }
}

enum Agreed {
    Yes,
    /// Ask the user and call again (protocol 2026-07-28 and later).
    Ask(rmcp::model::InputRequiredResult),
    No(CallToolResult),
}

/// The key of the one question this server asks.
const QUESTION: &str = "confirm";

impl Confirmation<'_> {
    async fn agreed(&self, name: &str, what: &str, arguments: &Value) -> Agreed {
        let message = format!("{name} would {what}. Go ahead?");
        if let Some(answer) = self.responses.and_then(|r| r.get(QUESTION)) {
            return answered(answer, name, what);
        }
        let asks = self.context.filter(|c| c.client_capabilities().is_some_and(|caps| caps.elicitation.is_some()));
        match asks {
            Some(context) if context.protocol_version().is_some_and(|v| v >= ProtocolVersion::V_2026_07_28) => {
                let question = json!({"method": "elicitation/create", "params": {"message": message, "requestedSchema": confirmation_schema()}});
                match serde_json::from_value(question) {
                    Ok(request) => Agreed::Ask(rmcp::model::InputRequiredResult::from_input_requests([(QUESTION.to_string(), request)].into())),
                    Err(_) => refused(name, what, "the question could not be put to the user"),
                }
            }
            Some(context) => {
                let params = json!({"message": message, "requestedSchema": confirmation_schema()});
                let asked = match serde_json::from_value(params) {
                    Ok(params) => context.peer.create_elicitation(params).await,
                    Err(_) => return refused(name, what, "the question could not be put to the user"),
                };
                match asked {
                    Ok(answer) => answered(&serde_json::to_value(answer).unwrap_or_default(), name, what),
                    Err(e) => refused(name, what, &format!("asking the user failed ({e})")),
                }
            }
            None if arguments.get("confirm") == Some(&Value::Bool(true)) => Agreed::Yes,
            None => {
                let message = format!("Not done: {name} would {what}. Call it again with \"confirm\": true once the user has agreed.");
                Agreed::No(error_result("confirmation_required", &message, None))
            }
        }
    }
}

/// A yes-or-no form: one boolean the user ticks.
fn confirmation_schema() -> Value {
    json!({"type": "object", "properties": {"confirm": {"type": "boolean", "title": "Go ahead", "description": "Tick to let the agent do this."}}, "required": ["confirm"]})
}

/// The user's answer to the question: accepted with `confirm` ticked, or not.
fn answered(answer: &Value, name: &str, what: &str) -> Agreed {
    let accepted = answer["action"] == "accept" && answer["content"]["confirm"] == Value::Bool(true);
    if accepted { Agreed::Yes } else { refused(name, what, "the user did not agree") }
}

fn refused(name: &str, what: &str, why: &str) -> Agreed {
    Agreed::No(error_result("confirmation_declined", &format!("Not done: {name} would {what}, and {why}."), None))
}

fn internal(e: anyhow::Error) -> ErrorData {
    ErrorData::internal_error(format!("the component failed: {e:#}"), None)
}

fn error_json(kind: &str, message: &str, status: Option<u16>) -> Value {
    let mut error = json!({"kind": kind, "message": message});
    if let Some(status) = status {
        error["status"] = status.into();
    }
    error
}

fn error_result(kind: &str, message: &str, status: Option<u16>) -> CallToolResult {
    CallToolResult::error(vec![ContentBlock::text(json!({"error": error_json(kind, message, status)}).to_string())])
}

fn tool_error(e: &ToolError) -> CallToolResult {
    let mut error = error_json(e.kind, &e.message, e.status);
    let mut content = vec![];
    if let Some(ms) = e.retry_after_ms {
        error["retry_after_ms"] = ms.into();
        content.push(ContentBlock::text(format!("Smartlead asks to wait {ms} ms before retrying.")));
    }
    content.insert(0, ContentBlock::text(json!({"error": error}).to_string()));
    CallToolResult::error(content)
}

impl ServerHandler for McpServer {
    fn get_info(&self) -> ServerConfig {
        let mut config = ServerConfig::new(ServerCapabilities::builder().enable_tools().build()).with_instructions(
            "Smartlead.ai cold-email outreach: campaigns, leads, mailboxes, webhooks, analytics. List tools return \
             {result, next_cursor}; pass next_cursor back with the same arguments for the next page.",
        );
        config.server_info = Implementation::new("smartlead", env!("CARGO_PKG_VERSION"));
        config
    }

    async fn list_tools(&self, _: Option<PaginatedRequestParams>, _: RequestContext<RoleServer>) -> Result<ListToolsResult, ErrorData> {
        Ok(ListToolsResult::with_all_items(self.tools.to_vec()))
    }

    async fn call_tool(&self, request: CallToolRequestParams, context: RequestContext<RoleServer>) -> Result<CallToolResponse, ErrorData> {
        let arguments = request.arguments.map(Value::Object).unwrap_or_else(|| json!({}));
        let asked = Confirmation { context: Some(&context), responses: request.input_responses.as_ref() };
        self.run(&request.name, arguments, asked, Progress::of(&context)).await
    }
}

/// Serves MCP over stdin/stdout until the client disconnects.
pub async fn serve_stdio(server: McpServer) -> anyhow::Result<()> {
    let running = rmcp::serve_server(server, rmcp::transport::io::stdio()).await?;
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
