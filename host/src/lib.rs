//! Runs the Smartlead component with wasmtime: loads it once, gives each call a fresh
//! sandbox, and keeps the API keys on the host side (added to outgoing requests for the
//! configured base URL only, paced per key). The `smartlead` binary is built on this
//! library.
//!
//! Layers, top to bottom: the surfaces (`gateway`, `mcp`, `demo`, `reply_routing`,
//! `bulk`) run calls through the `runtime` (engine, stores, CPU budget), whose stores
//! send through the `egress` (allow-list, pacing, pooled client; webhook events to the
//! `events` store), which knows keys only as a `tenant` and reports to `metrics`. The
//! linked `accounts` sit beside the surfaces, below the gateway: their keys reach the
//! runtime only as the key a call spends.

pub mod accounts;
pub mod allowed;
pub mod bindings;
pub mod bulk;
pub mod demo;
pub mod egress;
pub mod events;
pub mod fleet;
pub mod gateway;
pub mod invalid;
pub mod login;
pub mod mcp;
pub mod metrics;
pub mod private;
pub mod reply_routing;
pub mod runtime;
pub mod tenant;

pub use egress::pacer::Pacing;
pub use runtime::{COMPONENT, Connector, DEFAULT_BASE_URL, Session, Settings, Tool, ToolError};
pub use tenant::ApiKey;
