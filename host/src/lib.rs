//! Runs the Smartlead component with wasmtime: loads it once, gives each call a fresh
//! sandbox, and keeps the API key on the host side (added to outgoing requests for the
//! configured base URL only). The `smartlead` binary is built on this library.

pub mod allowed;
pub mod bindings;
pub mod demo;
pub mod gateway;
pub mod mcp;
pub mod outbound;
pub mod runtime;

pub use runtime::{COMPONENT, Connector, DEFAULT_BASE_URL, Session, Settings, Tool, ToolError};
