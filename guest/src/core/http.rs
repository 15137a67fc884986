//! The HTTP exchange as plain data, and the seams to the outside world: a transport
//! that sends it and a clock that waits. The wasm build plugs in wasi:http and
//! wasi:clocks; native tests plug in fakes.

use std::time::Duration;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Method {
    Get,
    Post,
    Put,
    Patch,
    Delete,
}

impl Method {
    pub fn as_str(self) -> &'static str {
        match self {
            Method::Get => "GET",
            Method::Post => "POST",
            Method::Put => "PUT",
            Method::Patch => "PATCH",
            Method::Delete => "DELETE",
        }
    }

    /// Whether sending it twice has the effect of sending it once (RFC 9110).
    pub fn idempotent(self) -> bool {
        matches!(self, Method::Get | Method::Put | Method::Delete)
    }
}

/// A request ready to go on the wire.
#[derive(Debug, Clone, PartialEq)]
pub struct HttpRequest {
    pub method: Method,
    /// Absolute URL including the query string.
    pub url: String,
    pub headers: Vec<(String, String)>,
    pub body: Option<Vec<u8>>,
    /// Bound on connecting and on waiting for the first byte, and on each gap between
    /// bytes of the answer.
    pub timeout: Duration,
    /// The host holds the request for its key's turn before it leaves and bounds the
    /// attempt itself from then (`Config::managed_by_host`): the component does not time
    /// the wait for the answer's head, which would count the host's queue against it.
    pub host_times_attempt: bool,
    /// A larger response body is refused, not buffered.
    pub max_response_bytes: usize,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct HttpResponse {
    pub status: u16,
    /// Header names in lower case.
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

impl HttpResponse {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
}

/// Why a request did not produce a response.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TransportError {
    /// Connecting, sending or receiving failed; a human-readable reason that may
    /// quote the URL, so callers redact it. Worth retrying when safe.
    Failed(String),
    /// The body grew past `max_response_bytes`; retrying would not help.
    TooLarge { limit: usize },
}

/// Sends one request.
pub trait Transport {
    fn send(&self, request: &HttpRequest) -> Result<HttpResponse, TransportError>;
}

/// Monotonic time and waiting, injectable so rate limiting and backoff test natively.
pub trait Clock {
    fn now(&self) -> Duration;
    fn sleep(&self, duration: Duration);
    /// Wall-clock time since the Unix epoch, for servers that speak in Unix times.
    fn wall(&self) -> Duration;
}

/// The real clock: `std::time` maps to wasi:clocks on wasm32-wasip2, and
/// `thread::sleep` to a pollable wait, not a busy loop.
pub struct SystemClock {
    start: std::time::Instant,
}

impl Default for SystemClock {
    fn default() -> Self {
        SystemClock { start: std::time::Instant::now() }
    }
}

impl Clock for SystemClock {
    fn now(&self) -> Duration {
        self.start.elapsed()
    }
    fn sleep(&self, duration: Duration) {
        std::thread::sleep(duration)
    }
    fn wall(&self) -> Duration {
        std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap_or_default()
    }
}
