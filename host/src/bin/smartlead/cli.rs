//! The flags every command takes: the connection (key, account, base URL, pacing,
//! bounds, logs) and the settings they make.

use clap::{Args, ValueEnum};
use smartlead_component::core::client::DEFAULT_TIMEOUT;
use smartlead_component::core::limiter::Window;
use smartlead_component::core::client::Base;
use smartlead_component::surfaces::gateway::{API_KEY_VAR, BASE_URL_VAR, PROSPECT_BASE_URL_VAR, SMART_SENDERS_BASE_URL_VAR, SMARTDELIVERY_BASE_URL_VAR};
use smartlead_host::accounts::AccountsArgs;
use smartlead_host::core::invalid::invalid;
use smartlead_host::egress::pacer::{Plan, Queueing};
use smartlead_host::{ApiKey, DEFAULT_BASE_URL, Pacing, Settings};
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

#[derive(Args)]
pub struct Connection {
    /// Smartlead API key (else the SMARTLEAD_API_KEY variable); kept by the host and
    /// added to requests, never given to the component.
    #[arg(long, global = true)]
    pub api_key: Option<String>,
    #[command(flatten)]
    pub accounts: AccountsArgs,
    /// Smartlead API base URL.
    #[arg(long, env = BASE_URL_VAR, default_value = DEFAULT_BASE_URL, global = true)]
    pub base_url: String,
    /// SmartDelivery's base URL (deliverability tests).
    #[arg(long, env = SMARTDELIVERY_BASE_URL_VAR, default_value = Base::SmartDelivery.default_url(), global = true)]
    pub smartdelivery_base_url: String,
    /// SmartProspect's base URL (contact search).
    #[arg(long, env = PROSPECT_BASE_URL_VAR, default_value = Base::Prospect.default_url(), global = true)]
    pub prospect_base_url: String,
    /// Smart Senders' base URL (the mailbox marketplace).
    #[arg(long, env = SMART_SENDERS_BASE_URL_VAR, default_value = Base::SmartSenders.default_url(), global = true)]
    pub smart_senders_base_url: String,
    /// The Smartlead plan each key is paced to (and a linked account's plan): standard
    /// (60 a minute in bursts of at most 10 per 2 s, 1,000 an hour) or pro (120 a
    /// minute, 20 a second, 3,000 an hour). A linked account is paced to its own.
    #[arg(long, value_enum, default_value_t = Plan::Standard, global = true)]
    pub plan: Plan,
    /// A custom budget instead of the plan: this many requests a minute per key, in
    /// bursts of at most 10 per 2 s.
    #[arg(long, global = true, value_parser = clap::value_parser!(u32).range(1..))]
    pub requests_per_minute: Option<u32>,
    /// A custom window instead of the plan, as MAX/DURATION (e.g. 200/1m, 20/1s,
    /// 5000/1h, 10/500ms); repeat it for several windows.
    #[arg(long = "rate-window", value_name = "MAX/DURATION", global = true, value_parser = parse_window)]
    pub rate_windows: Vec<Window>,
    /// Extra attempts for requests that are safe to repeat [default: 3].
    #[arg(long, global = true)]
    pub max_retries: Option<u32>,
    /// Per attempt, in milliseconds: connecting, the first byte, each gap between bytes.
    #[arg(long, default_value_t = DEFAULT_TIMEOUT.as_millis() as u64, global = true, value_parser = clap::value_parser!(u64).range(1..=u32::MAX as u64))]
    pub timeout_ms: u64,
    /// Computing time one call may spend inside the component, in milliseconds; time
    /// spent waiting (for the key's turn, for Smartlead) never counts.
    #[arg(long, default_value_t = Settings::default().cpu_limit.as_millis() as u64, global = true, value_parser = clap::value_parser!(u64).range(1..))]
    pub cpu_limit_ms: u64,
    /// PEM certificates to trust besides the bundled roots, e.g. a company's CA (also
    /// read from SSL_CERT_FILE).
    #[arg(long, value_name = "PEM", global = true)]
    pub ca_file: Option<PathBuf>,
    /// Share each key's windows and pauses, and the webhook deliveries seen, with the
    /// other replicas using this Redis: redis://HOST:PORT/DB.
    /// (`--rate-store` is its former name.)
    #[arg(long, value_name = "URL", env = smartlead_host::fleet::FLEET_STORE_VAR, global = true, alias = "rate-store")]
    pub fleet_store: Option<String>,
    /// How many replicas share the fleet store: while Redis does not answer, each paces
    /// a key at 1/N of its budget [default: the full budget, with a warning].
    #[arg(long, value_name = "N", global = true, value_parser = clap::value_parser!(u32).range(1..=1000))]
    pub replicas: Option<u32>,
    /// Log lines on stderr: text, or json (one object per line, with a request id).
    #[arg(long, value_enum, default_value_t = LogFormat::Text, global = true)]
    pub log_format: LogFormat,
    /// The least severe log lines shown: error, warn, info (one per request), debug.
    #[arg(long, default_value = "warn", global = true)]
    pub log_level: tracing::Level,
}

#[derive(Clone, Copy, ValueEnum)]
pub enum LogFormat {
    Text,
    Json,
}

/// `MAX/DURATION`, e.g. `200/1m`: at most MAX requests in any DURATION (ms, s, m or h).
pub fn parse_window(text: &str) -> Result<Window, String> {
    let (max, span) = text.split_once('/').ok_or("expected MAX/DURATION, e.g. 200/1m")?;
    let max: u32 = max.trim().parse().map_err(|_| format!("{max:?} is not a whole number of requests"))?;
    let window = smartlead_host::core::duration::parse(span)?;
    Pacing::windows(vec![Window { max, window }]).map_err(|e| e.to_string())?;
    Ok(Window { max, window })
}

impl Connection {
    /// Whether a budget was given other than a plan.
    pub fn custom_pacing(&self) -> bool {
        self.requests_per_minute.is_some() || !self.rate_windows.is_empty()
    }

    pub fn settings(&self) -> anyhow::Result<Settings> {
        let pacing = match (&self.rate_windows[..], self.requests_per_minute, self.plan) {
            ([], Some(n), _) => Pacing::per_minute(n),
            ([], None, Plan::Standard) => Pacing::standard(),
            ([], None, Plan::Pro) => Pacing::pro(),
            (windows, None, _) => Pacing::windows(windows.to_vec()).map_err(invalid)?,
            (_, Some(_), _) => return Err(invalid("give --requests-per-minute or --rate-window, not both")),
        };
        let bases = [&self.base_url, &self.smartdelivery_base_url, &self.prospect_base_url, &self.smart_senders_base_url];
        for (url, base) in bases.into_iter().zip(Base::ALL) {
            let parsed: Option<http::Uri> = url.parse().ok().filter(|u: &http::Uri| matches!(u.scheme_str(), Some("http" | "https")) && u.host().is_some());
            if parsed.is_none() {
                let flag = base.setting().replace('_', "-");
                return Err(invalid(format!("--{flag} {url:?} is not an http(s) URL, e.g. {}", base.default_url())));
            }
        }
        Ok(Settings {
            api_key: self.api_key.clone().or_else(|| std::env::var(API_KEY_VAR).ok()).and_then(|k| ApiKey::new(&k)),
            base_url: self.base_url.clone(),
            smartdelivery_base_url: self.smartdelivery_base_url.clone(),
            prospect_base_url: self.prospect_base_url.clone(),
            smart_senders_base_url: self.smart_senders_base_url.clone(),
            pacing,
            max_retries: self.max_retries,
            timeout: Duration::from_millis(self.timeout_ms),
            cpu_limit: Duration::from_millis(self.cpu_limit_ms),
            ca_file: self.ca_file.clone(),
            fleet_store: self.fleet_store.clone().filter(|url| !url.is_empty()),
            replicas: self.replicas,
            // A command waits for its key's turn as long as it takes, and says so.
            queueing: Queueing { max_wait: None, on_wait: Some(Arc::new(say_wait)), share: None },
            ..Settings::default()
        })
    }

    /// Log lines go to stderr, never stdout (which carries results and MCP's stdio).
    pub fn init_logs(&self) {
        let logs = tracing_subscriber::fmt()
            .with_writer(std::io::stderr)
            .with_max_level(self.log_level)
            .with_target(false)
            // A closed stderr must not stop the server: `eprintln!` would panic.
            .log_internal_errors(false);
        match self.log_format {
            LogFormat::Json => logs.json().flatten_event(true).init(),
            LogFormat::Text => logs.init(),
        }
    }
}

/// The line a command prints while a request waits for its key's turn.
fn say_wait(wait: Duration) {
    if wait >= Duration::from_secs(1) {
        eprintln!("waiting {:.1} s for this API key's turn under Smartlead's rate limit; nothing is lost meanwhile", wait.as_secs_f64());
    }
}
