//! `smartlead mcp`: the component's tools served to AI agents over MCP (stdio or
//! Streamable HTTP), with a read-only mode and confirmation for destructive tools. Calls
//! run side by side, each in a fresh instance; the host paces them per key.

use crate::allowed::Allowed;
use crate::login::Login;
use axum::response::IntoResponse;
use crate::{Connector, ToolError};
use rmcp::model::{
    CallToolRequestParams, CallToolResponse, CallToolResult, ContentBlock, Implementation, ListToolsResult, PaginatedRequestParams,
    ServerCapabilities, ServerConfig, Tool, ToolAnnotations,
};
use rmcp::service::RequestContext;
use rmcp::{ErrorData, RoleServer, ServerHandler};
use serde_json::{Value, json};
use std::collections::{HashMap, HashSet};
use std::sync::Arc;
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

/// The MCP server: each call in a fresh instance, at most `max_concurrency` at once.
#[derive(Clone)]
pub struct McpServer {
    connector: Connector,
    tools: Arc<Vec<Tool>>,
    /// Destructive tools and what they do, for the refusal message.
    destructive: Arc<HashMap<String, String>>,
    /// Tools left out by read-only mode, to say why they are missing.
    hidden: Arc<HashSet<String>>,
    safety: Safety,
    slots: Arc<Semaphore>,
}

impl McpServer {
    pub async fn new(connector: Connector, safety: Safety, max_concurrency: usize) -> anyhow::Result<Self> {
        anyhow::ensure!(max_concurrency > 0, "--max-concurrency must be at least 1");
        let mut tools = Vec::new();
        let mut destructive = HashMap::new();
        let mut hidden = HashSet::new();
        for t in connector.list_tools().await? {
            if safety.read_only && !t.annotations.read_only {
                hidden.insert(t.name);
                continue;
            }
            let mut input = t.input_schema;
            let mut description = t.description;
            if t.annotations.destructive {
                let what = description.split(". ").next().unwrap_or_default().trim_end_matches('.').to_string();
                destructive.insert(t.name.clone(), what);
                if safety.require_confirm {
                    let required = input.as_object_mut().and_then(|o| o.entry("required").or_insert_with(|| json!([])).as_array_mut());
                    debug_assert!(required.is_some(), "a tool's input schema is an object");
                    if let Some(required) = required {
                        required.push(json!("confirm"));
                    }
                    description = description.replace("pass confirm: true to proceed", "this server refuses it unless called with confirm: true");
                }
            }
            let Value::Object(input) = input else { anyhow::bail!("{}: input schema is not an object", t.name) };
            let mut tool = Tool::new(t.name, description, input);
            if let Value::Object(output) = t.output_schema {
                tool.output_schema = Some(Arc::new(output));
            }
            let a = t.annotations;
            tool.annotations = Some(ToolAnnotations::from_raw(None, Some(a.read_only), Some(a.destructive), Some(a.idempotent), Some(a.open_world)));
            tools.push(tool);
        }
        Ok(McpServer {
            connector,
            tools: Arc::new(tools),
            destructive: Arc::new(destructive),
            hidden: Arc::new(hidden),
            safety,
            slots: Arc::new(Semaphore::new(max_concurrency)),
        })
    }

    pub fn tools(&self) -> &[Tool] {
        &self.tools
    }

    /// Runs a tool: a refusal, a Smartlead error or a result, all as tool results.
    pub async fn run(&self, name: &str, arguments: Value) -> Result<CallToolResult, ErrorData> {
        if !self.tools.iter().any(|t| t.name == name) {
            let why = if self.hidden.contains(name) { " (this server is read-only)" } else { "" };
            return Err(ErrorData::invalid_params(format!("unknown tool `{name}`{why}"), None));
        }
        if let (Some(what), true) = (self.destructive.get(name), self.safety.require_confirm)
            && arguments.get("confirm") != Some(&Value::Bool(true))
        {
            let message = format!("Not done: {name} would {}. Call it again with \"confirm\": true to proceed.", lowercase_first(what));
            return Ok(error_result("confirmation_required", &message, None));
        }
        let _slot = self.slots.acquire().await.map_err(|e| internal(e.into()))?;
        let metrics = self.connector.metrics();
        let _call = metrics.call(crate::tenant::Tenant::of(self.connector.api_key()));
        let mut session = self.connector.session().await.map_err(internal)?;
        match session.call_tool_text(name, &arguments).await {
            Ok(Ok(text)) => {
                let value: Value = serde_json::from_str(&text).map_err(|e| internal(e.into()))?;
                let mut result = CallToolResult::success(vec![ContentBlock::text(text)]);
                result.structured_content = Some(value);
                Ok(result)
            }
            Ok(Err(e)) => Ok(tool_error(&e)),
            // The instance failed (it computed past its CPU budget, or a bug): this call
            // reports it, the next one gets a fresh instance.
            Err(e) => Ok(error_result("host", &crate::egress::redact(format!("the component failed: {e:#}"), self.connector.api_key()), None)),
        }
    }
}

fn lowercase_first(s: &str) -> String {
    let mut chars = s.chars();
    chars.next().map(|c| c.to_lowercase().chain(chars).collect()).unwrap_or_default()
}

fn internal(e: anyhow::Error) -> ErrorData {
    ErrorData::internal_error(format!("the component failed: {e:#}"), None)
}

fn error_result(kind: &str, message: &str, status: Option<u16>) -> CallToolResult {
    let mut error = json!({"kind": kind, "message": message});
    if let Some(status) = status {
        error["status"] = status.into();
    }
    CallToolResult::error(vec![ContentBlock::text(json!({"error": error}).to_string())])
}

fn tool_error(e: &ToolError) -> CallToolResult {
    let mut result = error_result(e.kind, &e.message, e.status);
    if let Some(ms) = e.retry_after_ms {
        result.content.push(ContentBlock::text(format!("Smartlead asks to wait {ms} ms before retrying.")));
    }
    result
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

    async fn call_tool(&self, request: CallToolRequestParams, _: RequestContext<RoleServer>) -> Result<CallToolResponse, ErrorData> {
        let arguments = request.arguments.map(Value::Object).unwrap_or_else(|| json!({}));
        self.run(&request.name, arguments).await.map(CallToolResponse::from)
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
