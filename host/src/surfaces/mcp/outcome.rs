//! A call's outcome as an MCP tool result: a result, a typed error, or a refusal.

use crate::ToolError;
use rmcp::ErrorData;
use rmcp::model::{CallToolResult, ContentBlock};
use serde_json::{Value, json};

pub(super) fn internal(e: anyhow::Error) -> ErrorData {
    ErrorData::internal_error(format!("the component failed: {e:#}"), None)
}

fn error_json(kind: &str, message: &str, status: Option<u16>) -> Value {
    let mut error = json!({"kind": kind, "message": message});
    if let Some(status) = status {
        error["status"] = status.into();
    }
    error
}

/// A result as text and as structured content, `text` being `value` as JSON.
pub(super) fn structured(text: String, value: Value) -> CallToolResult {
    let mut result = CallToolResult::success(vec![ContentBlock::text(text)]);
    result.structured_content = Some(value);
    result
}

pub(super) fn error_result(kind: &str, message: &str, status: Option<u16>) -> CallToolResult {
    CallToolResult::error(vec![ContentBlock::text(json!({"error": error_json(kind, message, status)}).to_string())])
}

pub(super) fn tool_error(e: &ToolError) -> CallToolResult {
    let mut error = error_json(e.kind, &e.message, e.status);
    let mut content = vec![];
    if let Some(ms) = e.retry_after_ms {
        error["retry_after_ms"] = ms.into();
        content.push(ContentBlock::text(format!("Smartlead asks to wait {ms} ms before retrying.")));
    }
    content.insert(0, ContentBlock::text(json!({"error": error}).to_string()));
    CallToolResult::error(content)
}

