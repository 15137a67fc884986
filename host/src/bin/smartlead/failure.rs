//! How a command fails: one JSON shape on stderr, `{"error": {kind, message, …}}`, and
//! one rule from its kind to the exit code.

use serde::Serialize;
use smartlead_host::ToolError;
use smartlead_host::accounts::AccountError;
use smartlead_host::core::invalid::Invalid;
use std::process::ExitCode;

/// What the exit codes mean, for every command's help.
pub const EXIT_CODES: &str = "Exit codes: 0 done; 1 the host failed; 2 invalid input (nothing was sent), \
an unknown account, or another run holding the import; 3 Smartlead refused the request or answered what \
could not be read; 4 transport failure, no answer from Smartlead (for an import: run the same command again).";

/// A failure as the CLI reports it.
#[derive(Debug, Serialize)]
pub struct Failure {
    /// `invalid_input`, `host`, or the component's kind (`unauthorized`, `not_found`,
    /// `rate_limited`, `remote`, `transport`, `decode`).
    pub kind: String,
    pub message: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<u16>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub retry_after_ms: Option<u64>,
}

impl Failure {
    pub fn new(kind: &str, message: impl Into<String>) -> Failure {
        Failure { kind: kind.into(), message: message.into(), status: None, retry_after_ms: None }
    }

    /// The one rule: 2 invalid input, 1 the host, 4 no answer, 3 anything Smartlead said.
    pub fn exit_code(&self) -> ExitCode {
        ExitCode::from(match self.kind.as_str() {
            "invalid_input" => 2,
            "host" => 1,
            "transport" => 4,
            _ => 3,
        })
    }

    /// Prints it on stderr; the exit code to end with.
    pub fn report(&self) -> ExitCode {
        eprintln!("{}", serde_json::json!({ "error": self }));
        self.exit_code()
    }

    /// How `e` is reported: a failure carried as it is, input refused before anything
    /// was sent as `invalid_input`, anything else as the host's own failure.
    pub fn of(e: anyhow::Error) -> Failure {
        match e.downcast::<Failure>() {
            Ok(failure) => failure,
            Err(e) if e.is::<Invalid>() => Failure::new("invalid_input", e.to_string()),
            Err(e) => Failure::new("host", format!("{e:#}")),
        }
    }
}

impl std::fmt::Display for Failure {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.kind, self.message)
    }
}

impl std::error::Error for Failure {}

impl From<ToolError> for Failure {
    fn from(e: ToolError) -> Failure {
        Failure { kind: e.kind.into(), message: e.message, status: e.status, retry_after_ms: e.retry_after_ms }
    }
}

impl From<AccountError> for Failure {
    /// A name with no account is the caller's input, like any other bad name.
    fn from(e: AccountError) -> Failure {
        match e {
            AccountError::NotFound(m) => Failure::new("invalid_input", m),
            AccountError::Smartlead(e) => e.into(),
            other => Failure::new(other.kind(), other.message()),
        }
    }
}

/// Ends a command with `failure`.
pub fn fail<T>(failure: impl Into<Failure>) -> anyhow::Result<T> {
    Err(failure.into().into())
}
