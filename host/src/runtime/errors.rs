//! A failure the component reported, as the host hands it on: the WIT `error` variant
//! flattened, named and numbered as the component names its own errors.

use crate::bindings::types;
use crate::core::tenant::ApiKey;
use crate::egress::redact;
use serde::Serialize;
use smartlead_component::core::error::{Error as ComponentError, RemoteError};

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
}

impl ToolError {
    pub(super) fn from_wit(e: types::Error) -> Self {
        let cause = component_error(e);
        let retry_after_ms = match &cause {
            ComponentError::RateLimited { retry_after_ms, .. } => *retry_after_ms,
            _ => None,
        };
        ToolError { kind: cause.kind(), status: cause.status(), message: cause.message().to_string(), retry_after_ms }
    }

    pub(super) fn redacted(mut self, key: Option<&ApiKey>) -> Self {
        self.message = redact(self.message, key);
        self
    }
}

impl std::fmt::Display for ToolError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.kind, self.message)
    }
}


/// The WIT `error` as the component's own error type, which names, numbers and answers it.
pub(super) fn component_error(e: types::Error) -> ComponentError {
    let remote = |r: types::RemoteError| RemoteError { status: r.status, message: r.message };
    match e {
        types::Error::InvalidInput(m) => ComponentError::InvalidInput(m),
        types::Error::Unauthorized(r) => ComponentError::Unauthorized(remote(r)),
        types::Error::NotFound(r) => ComponentError::NotFound(remote(r)),
        types::Error::RateLimited(r) => ComponentError::RateLimited { retry_after_ms: r.retry_after_ms, message: r.message },
        types::Error::Remote(r) => ComponentError::Remote(remote(r)),
        types::Error::Transport(m) => ComponentError::Transport(m),
        types::Error::Decode(m) => ComponentError::Decode(m),
    }
}
