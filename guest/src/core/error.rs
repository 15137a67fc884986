//! The one error type every operation returns; mirrors the WIT `error` variant.

use serde::Serialize;
use std::fmt;

/// What Smartlead said when it refused a request.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RemoteError {
    /// HTTP status (200 for Smartlead's soft failures such as `{"ok": false}`).
    pub status: u16,
    /// Smartlead's own message, or a description of the response.
    pub message: String,
}

/// Every way an operation can fail. A trap is never one of them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Error {
    /// Rejected before any request was sent; the message names the field.
    InvalidInput(String),
    /// HTTP 401/403: the API key is missing, wrong, or the request was blocked.
    Unauthorized(RemoteError),
    /// HTTP 404, or a 200 carrying `{}` where a record was expected.
    NotFound(RemoteError),
    /// HTTP 429 after the retries allowed by the configuration.
    RateLimited {
        retry_after_ms: Option<u64>,
        message: String,
    },
    /// Any other refusal: a 4xx/5xx status, or `ok: false` / `success: false`.
    Remote(RemoteError),
    /// The request did not complete: connection refused, reset, timeout, denied by the host.
    Transport(String),
    /// The response could not be read as the expected shape.
    Decode(String),
}

impl Error {
    /// The snake_case kind used in tool results, the CLI and the docs.
    pub fn kind(&self) -> &'static str {
        match self {
            Error::InvalidInput(_) => "invalid_input",
            Error::Unauthorized(_) => "unauthorized",
            Error::NotFound(_) => "not_found",
            Error::RateLimited { .. } => "rate_limited",
            Error::Remote(_) => "remote",
            Error::Transport(_) => "transport",
            Error::Decode(_) => "decode",
        }
    }

    /// The HTTP status behind the error, when Smartlead answered.
    pub fn status(&self) -> Option<u16> {
        match self {
            Error::Unauthorized(r) | Error::NotFound(r) | Error::Remote(r) => Some(r.status),
            Error::RateLimited { .. } => Some(429),
            _ => None,
        }
    }

    pub fn message(&self) -> &str {
        match self {
            Error::InvalidInput(m) | Error::Transport(m) | Error::Decode(m) => m,
            Error::RateLimited { message, .. } => message,
            Error::Unauthorized(r) | Error::NotFound(r) | Error::Remote(r) => &r.message,
        }
    }

    pub fn invalid(field: &str, problem: impl fmt::Display) -> Self {
        Error::InvalidInput(format!("`{field}`: {problem}"))
    }

    /// The error as the JSON object tools and the CLI print:
    /// `{"kind": "...", "message": "...", "status": N}`.
    pub fn to_json(&self) -> serde_json::Value {
        let mut v = serde_json::json!({ "kind": self.kind(), "message": self.message() });
        if let Some(status) = self.status() {
            v["status"] = status.into();
        }
        if let Error::RateLimited { retry_after_ms: Some(ms), .. } = self {
            v["retry_after_ms"] = (*ms).into();
        }
        v
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.status() {
            Some(status) => write!(f, "{} ({status}): {}", self.kind(), self.message()),
            None => write!(f, "{}: {}", self.kind(), self.message()),
        }
    }
}

impl std::error::Error for Error {}

pub type Result<T, E = Error> = std::result::Result<T, E>;
