//! How the host reaches Smartlead: the key it holds, where, at what pace, with what
//! bounds; every default in one place.

use crate::core::tenant::ApiKey;
use crate::egress::pacer::{Pacing, Queueing};
use std::path::PathBuf;
use std::time::Duration;

pub use smartlead_component::core::client::DEFAULT_BASE_URL;
use smartlead_component::core::client::Base;

/// How the host reaches Smartlead.
#[derive(Clone)]
pub struct Settings {
    /// Held by the host and added to outgoing requests; never given to the component.
    pub api_key: Option<ApiKey>,
    /// The core API's base URL.
    pub base_url: String,
    /// The other Smartlead hosts' base URLs (each overridable, so a mock can stand in).
    pub smartdelivery_base_url: String,
    pub prospect_base_url: String,
    pub smart_senders_base_url: String,
    /// Each key's budget, kept by the host for every call of the connector.
    pub pacing: Pacing,
    pub max_retries: Option<u32>,
    /// Per attempt: connecting, the first byte, and each gap between bytes.
    pub timeout: Duration,
    /// Larger response bodies are refused (the component's default: 32 MiB).
    pub max_response_bytes: Option<u32>,
    /// Computing time one call may spend inside the component; waiting never counts.
    pub cpu_limit: Duration,
    /// PEM certificates trusted besides the bundled roots (a private CA).
    pub ca_file: Option<PathBuf>,
    /// Where replicas share each key's windows, pauses and webhook deliveries
    /// (`redis://HOST:PORT/DB`); none: this process paces alone.
    pub fleet_store: Option<String>,
    /// How many replicas share a key's budget, for pacing alone while the fleet store
    /// does not answer.
    pub replicas: Option<u32>,
    /// How long a call's requests may wait for their key's turn, and who hears of it;
    /// by default as long as it takes, silently. The wait is never the attempt's time.
    pub queueing: Queueing,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            api_key: None,
            base_url: DEFAULT_BASE_URL.into(),
            smartdelivery_base_url: Base::SmartDelivery.default_url().into(),
            prospect_base_url: Base::Prospect.default_url().into(),
            smart_senders_base_url: Base::SmartSenders.default_url().into(),
            pacing: Pacing::standard(),
            max_retries: None,
            timeout: smartlead_component::core::client::Config::default().timeout,
            max_response_bytes: None,
            cpu_limit: Duration::from_secs(10),
            ca_file: None,
            fleet_store: None,
            replicas: None,
            queueing: Queueing::default(),
        }
    }
}

impl Settings {
    /// Every Smartlead host's base URL: where requests may go and the key with them.
    pub fn base_urls(&self) -> [&str; 4] {
        [&self.base_url, &self.smartdelivery_base_url, &self.prospect_base_url, &self.smart_senders_base_url]
    }
}

impl std::fmt::Debug for Settings {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Settings")
            .field("api_key", &self.api_key)
            .field("base_urls", &self.base_urls())
            .field("pacing", &self.pacing)
            .field("timeout", &self.timeout)
            .field("cpu_limit", &self.cpu_limit)
            .finish()
    }
}

