//! Runs the Smartlead component with wasmtime: loads it once, gives each call a fresh
//! sandbox, and keeps the API keys on the host side (added to outgoing requests for the
//! configured base URL only, paced per key). The `smartlead` binary is built on this
//! library.
//!
//! Layers, top to bottom, each importing only those below it: the `surfaces` (gateway,
//! MCP, bulk, reply actions, the demo) run calls through the `runtime` (engine, stores,
//! CPU budget, sessions), whose stores hand what the component sends to `events` (the
//! webhook intake) or to the `egress` (allow-list, pacing, pooled client) side by side.
//! The egress paces through the `fleet` store when replicas share budgets; linked
//! `accounts` give the gateway a key to spend. Everything knows keys only as a tenant
//! and reports to metrics (`core`).

pub mod accounts;
pub mod bindings;
pub mod core;
pub mod egress;
pub mod events;
pub mod fleet;
pub mod runtime;
pub mod surfaces;

pub use core::tenant::ApiKey;
pub use egress::pacer::Pacing;
pub use runtime::{Annotations, COMPONENT, Connector, DEFAULT_BASE_URL, Session, Settings, Tool, ToolError};
