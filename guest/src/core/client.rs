//! The Smartlead client: turns a request into HTTP (base URL, `api_key`, User-Agent,
//! JSON body), paces it, retries what is safe to repeat, and classifies the answer.

use crate::core::error::{Error, RemoteError, Result};
use crate::core::http::{Clock, HttpRequest, HttpResponse, Method, Transport, TransportError};
use crate::core::limiter::{self, RateLimiter};
use crate::core::retry::{self, Attempt};
use serde_json::Value;
use std::cell::RefCell;
use std::time::Duration;

pub const DEFAULT_BASE_URL: &str = "https://server.smartlead.ai/api/v1";

/// Smartlead's hosts. Each request goes to one, at its own base URL; the key goes to
/// these four and nowhere else.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Base {
    /// The core API.
    Server,
    /// Deliverability tests and reports.
    SmartDelivery,
    /// SmartProspect's contact search.
    Prospect,
    /// Smart Senders' mailbox marketplace.
    SmartSenders,
}

impl Base {
    pub const ALL: [Base; 4] = [Base::Server, Base::SmartDelivery, Base::Prospect, Base::SmartSenders];

    /// As routes name it.
    pub fn name(self) -> &'static str {
        match self {
            Base::Server => "server",
            Base::SmartDelivery => "smartdelivery",
            Base::Prospect => "prospect",
            Base::SmartSenders => "smart-senders",
        }
    }

    /// Smartlead's own base URL for the host.
    pub fn default_url(self) -> &'static str {
        match self {
            Base::Server => DEFAULT_BASE_URL,
            Base::SmartDelivery => "https://smartdelivery.smartlead.ai/api/v1",
            Base::Prospect => "https://prospect-api.smartlead.ai/api/v1",
            Base::SmartSenders => "https://smart-senders.smartlead.ai/api/v1",
        }
    }

    /// The setting that overrides the base URL, as configurations name it.
    pub fn setting(self) -> &'static str {
        match self {
            Base::Server => "base_url",
            Base::SmartDelivery => "smartdelivery_base_url",
            Base::Prospect => "prospect_base_url",
            Base::SmartSenders => "smart_senders_base_url",
        }
    }
}
/// Set by the client on a retried request when the host paces (`Config::managed_by_host`).
pub const ATTEMPT_HEADER: &str = "x-smartlead-attempt";
/// Why a client with no key sent nothing.
pub const NO_KEY: &str = "no API key: give the client an api-key (the gateway takes the x-smartlead-api-key header or SMARTLEAD_API_KEY); nothing was sent";
/// Smartlead sits behind Cloudflare, which bans default library user agents.
pub const USER_AGENT: &str = concat!("smartlead-component/", env!("CARGO_PKG_VERSION"));

/// How a client talks to Smartlead; every field has a safe default.
#[derive(Debug, Clone, PartialEq)]
pub struct Config {
    /// Sent as `?api_key=`. `None` when the host injects the key itself.
    pub api_key: Option<String>,
    /// The core API's base URL.
    pub base_url: String,
    pub smartdelivery_base_url: String,
    pub prospect_base_url: String,
    pub smart_senders_base_url: String,
    pub requests_per_minute: u32,
    /// Extra attempts for requests that are safe to repeat.
    pub max_retries: u32,
    /// Per-attempt bound on connecting and on the first byte.
    pub timeout: Duration,
    /// Larger response bodies are refused as `decode` errors instead of buffered.
    pub max_response_bytes: usize,
    /// The host paces every request per key (and counts retries) and adds the key: the
    /// client's own limiter stands down, so nothing is paced twice, and a client without
    /// a key leaves it to the host.
    pub managed_by_host: bool,
}

/// 32 MiB: far above any Smartlead page, far below what would hurt the sandbox.
pub const DEFAULT_MAX_RESPONSE_BYTES: usize = 32 << 20;
/// Per attempt, for every host.
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(30);
pub const DEFAULT_MAX_RETRIES: u32 = 3;
/// Smartlead's standard plan.
pub const DEFAULT_REQUESTS_PER_MINUTE: u32 = 60;

impl Default for Config {
    fn default() -> Self {
        Options::default().resolve()
    }
}

/// A client's settings as hosts give them, each optional: the WIT `config` record,
/// the gateway's environment. [`Options::resolve`] fills in the defaults, the one place
/// they are applied.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Options {
    pub api_key: Option<String>,
    pub base_url: Option<String>,
    pub smartdelivery_base_url: Option<String>,
    pub prospect_base_url: Option<String>,
    pub smart_senders_base_url: Option<String>,
    pub requests_per_minute: Option<u32>,
    pub max_retries: Option<u32>,
    pub timeout_ms: Option<u32>,
    pub max_response_bytes: Option<u32>,
    pub managed_by_host: Option<bool>,
}

impl Options {
    pub fn resolve(self) -> Config {
        Config {
            api_key: self.api_key,
            base_url: self.base_url.unwrap_or_else(|| DEFAULT_BASE_URL.to_string()),
            smartdelivery_base_url: self.smartdelivery_base_url.unwrap_or_else(|| Base::SmartDelivery.default_url().to_string()),
            prospect_base_url: self.prospect_base_url.unwrap_or_else(|| Base::Prospect.default_url().to_string()),
            smart_senders_base_url: self.smart_senders_base_url.unwrap_or_else(|| Base::SmartSenders.default_url().to_string()),
            requests_per_minute: self.requests_per_minute.unwrap_or(DEFAULT_REQUESTS_PER_MINUTE),
            max_retries: self.max_retries.unwrap_or(DEFAULT_MAX_RETRIES),
            timeout: self.timeout_ms.map_or(DEFAULT_TIMEOUT, |ms| Duration::from_millis(ms.into())),
            max_response_bytes: self.max_response_bytes.map_or(DEFAULT_MAX_RESPONSE_BYTES, |n| n as usize),
            managed_by_host: self.managed_by_host.unwrap_or(false),
        }
    }
}

impl Config {
    /// The base URL of `base`.
    pub fn url_of(&self, base: Base) -> &str {
        match base {
            Base::Server => &self.base_url,
            Base::SmartDelivery => &self.smartdelivery_base_url,
            Base::Prospect => &self.prospect_base_url,
            Base::SmartSenders => &self.smart_senders_base_url,
        }
    }

    fn url_mut(&mut self, base: Base) -> &mut String {
        match base {
            Base::Server => &mut self.base_url,
            Base::SmartDelivery => &mut self.smartdelivery_base_url,
            Base::Prospect => &mut self.prospect_base_url,
            Base::SmartSenders => &mut self.smart_senders_base_url,
        }
    }
}

/// A request in Smartlead's terms, before the base URL and key are added.
#[derive(Debug, Clone, PartialEq)]
pub struct ApiRequest {
    /// The host it goes to.
    pub base: Base,
    pub method: Method,
    /// Path below the base URL, starting with `/`.
    pub path: String,
    pub query: Vec<(String, String)>,
    pub body: Option<Value>,
}

pub struct Client {
    config: Config,
    transport: Box<dyn Transport>,
    clock: Box<dyn Clock>,
    limiter: RefCell<RateLimiter>,
}

impl Client {
    pub fn new(mut config: Config, transport: Box<dyn Transport>, clock: Box<dyn Clock>) -> Result<Self> {
        for base in Base::ALL {
            let url = config.url_mut(base);
            *url = url.trim_end_matches('/').to_string();
            if !(url.starts_with("http://") || url.starts_with("https://")) {
                return Err(Error::invalid(base.setting(), "must start with http:// or https://"));
            }
        }
        if config.api_key.as_deref() == Some("") {
            return Err(Error::invalid("api_key", "is empty; leave it unset to let the host inject the key"));
        }
        if config.requests_per_minute == 0 {
            return Err(Error::invalid("requests_per_minute", "must be at least 1"));
        }
        if config.timeout.is_zero() {
            return Err(Error::invalid("timeout_ms", "must be at least 1"));
        }
        let limiter = RefCell::new(RateLimiter::per_minute(config.requests_per_minute));
        Ok(Client { config, transport, clock, limiter })
    }

    pub fn config(&self) -> &Config {
        &self.config
    }

    /// Sends `request` and returns the 2xx response. `safe_to_repeat` allows retries
    /// on 429, 502, 503, 504 and transport errors; otherwise it is sent exactly once.
    pub fn send(&self, request: &ApiRequest, safe_to_repeat: bool) -> Result<HttpResponse> {
        if self.config.api_key.is_none() && !self.config.managed_by_host {
            return Err(Error::Unauthorized(RemoteError { status: 401, message: NO_KEY.into() }));
        }
        let mut http = self.http_request(request);
        let max_retries = if safe_to_repeat { self.config.max_retries } else { 0 };
        // Saturating: any u32 the configuration allows must not overflow (a panic is a trap).
        let budget = self.config.timeout.saturating_mul(max_retries.saturating_add(1));
        let mut deadline = self.clock.now().saturating_add(budget);
        let mut attempt = 0;
        loop {
            if self.config.managed_by_host {
                if attempt > 0 {
                    // Lets the pacing host count retries; it removes the header before sending.
                    http.headers.retain(|(name, _)| name != ATTEMPT_HEADER);
                    http.headers.push((ATTEMPT_HEADER.to_string(), attempt.to_string()));
                }
            } else {
                self.wait_for_turn();
            }
            let outcome = self.transport.send(&http).map_err(|e| match e {
                TransportError::Failed(reason) => TransportError::Failed(self.redact(reason)),
                too_large => too_large,
            });
            let now = self.clock.now();
            if let Ok(response) = &outcome
                && self.config.managed_by_host
                && let Some(ms) = response.header(retry::QUEUED_HEADER).and_then(|v| v.trim().parse::<u64>().ok())
            {
                // The host's queue for the key's turn is not this call's time.
                deadline = deadline.saturating_add(Duration::from_millis(ms));
            }
            if let Ok(response) = &outcome
                && !self.config.managed_by_host
                && let Some(hold) = limiter::hold_after(response, self.clock.wall())
            {
                self.limiter.borrow_mut().pause_until(now + hold);
            }
            match retry::decide(&outcome, attempt, max_retries, attempt as u64 ^ now.as_nanos() as u64) {
                Attempt::Done => return self.classify(outcome),
                Attempt::RetryAfter(wait) if now.saturating_add(wait) < deadline => {
                    self.clock.sleep(wait);
                    attempt += 1;
                }
                Attempt::RetryAfter(_) => return self.classify(outcome),
            }
        }
    }

    fn wait_for_turn(&self) {
        let delay = self.limiter.borrow().delay(self.clock.now());
        if !delay.is_zero() {
            self.clock.sleep(delay);
        }
        let now = self.clock.now();
        self.limiter.borrow_mut().record(now, now);
    }

    fn http_request(&self, request: &ApiRequest) -> HttpRequest {
        let mut query = form_urlencoded::Serializer::new(String::new());
        query.extend_pairs(&request.query);
        if let Some(key) = &self.config.api_key {
            query.append_pair("api_key", key);
        }
        let query = query.finish();
        let mut url = format!("{}{}", self.config.url_of(request.base), request.path);
        if !query.is_empty() {
            url.push('?');
            url.push_str(&query);
        }
        let mut headers = vec![
            ("user-agent".to_string(), USER_AGENT.to_string()),
            ("accept".to_string(), "application/json, text/csv;q=0.9, */*;q=0.8".to_string()),
        ];
        let body = request.body.as_ref().map(|b| {
            headers.push(("content-type".to_string(), "application/json".to_string()));
            serde_json::to_vec(b).expect("a serde_json::Value always serializes")
        });
        HttpRequest {
            method: request.method,
            url,
            headers,
            body,
            timeout: self.config.timeout,
            host_times_attempt: self.config.managed_by_host,
            max_response_bytes: self.config.max_response_bytes,
        }
    }

    fn classify(&self, outcome: Result<HttpResponse, TransportError>) -> Result<HttpResponse> {
        let response = outcome.map_err(|e| match e {
            TransportError::Failed(reason) => Error::Transport(reason),
            TransportError::TooLarge { limit } => Error::Decode(format!("the response is larger than {limit} bytes; refused")),
        })?;
        if (200..300).contains(&response.status) {
            return Ok(response);
        }
        let remote = RemoteError { status: response.status, message: self.redact(remote_message(&response)) };
        Err(match response.status {
            401 | 403 => Error::Unauthorized(remote),
            404 => Error::NotFound(remote),
            429 => Error::RateLimited {
                retry_after_ms: retry::retry_after(&response).map(|d| d.as_millis() as u64),
                message: remote.message,
            },
            _ => Error::Remote(remote),
        })
    }

    /// Removes the API key from text that may quote a URL or echo a body.
    pub fn redact(&self, text: String) -> String {
        redact(text, self.config.api_key.as_deref())
    }
}

/// `text` without `key`, as given and as URL-encoded (the form it takes in a URL that
/// an error or an echoing server may quote). One rule for the component and its host.
/// Text without the key, nearly all of it, comes back as it was: every answer the host
/// passes on is checked, and copying a page twice to replace nothing was a cost per call.
pub fn redact(mut text: String, key: Option<&str>) -> String {
    let Some(key) = key.filter(|k| !k.is_empty()) else { return text };
    let encoded: String = form_urlencoded::byte_serialize(key.as_bytes()).collect();
    let forms = if encoded == key { &[key][..] } else { &[key, encoded.as_str()][..] };
    for form in forms {
        if text.contains(form) {
            text = text.replace(form, "[redacted]");
        }
    }
    text
}

/// Smartlead's explanation of a refusal, from whichever key it used.
pub fn remote_message(response: &HttpResponse) -> String {
    let text = String::from_utf8_lossy(&response.body);
    let parsed: Option<Value> = serde_json::from_str(&text).ok();
    parsed
        .as_ref()
        .and_then(message_of)
        .unwrap_or_else(|| {
            let snippet: String = text.trim().chars().take(200).collect();
            if snippet.is_empty() { format!("HTTP {} with an empty body", response.status) } else { snippet }
        })
}

/// The message inside a JSON error body: `error` (text or `{message}`) or `message`.
pub fn message_of(body: &Value) -> Option<String> {
    let text = |v: &Value| v.as_str().filter(|s| !s.is_empty()).map(str::to_string);
    body.get("error")
        .and_then(|e| text(e).or_else(|| e.get("message").and_then(text)))
        .or_else(|| body.get("message").and_then(text))
}
