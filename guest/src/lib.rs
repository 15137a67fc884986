//! The Smartlead connector: 43 typed operations over Smartlead's REST API, the same
//! operations as tools, paging, rate limiting and retries — compiled to a
//! WebAssembly component for wasm32-wasip2. Everything except `component` (the WIT
//! binding layer) and `waki_transport` is plain Rust that tests natively.

pub mod client;
pub mod error;
pub mod gateway;
pub mod http;
pub mod lenient;
pub mod limiter;
pub mod model;
pub mod operation;
pub mod ops;
pub mod paging;
pub mod proxy;
pub mod reply;
pub mod retry;
pub mod tools;
pub mod unified;

#[cfg(test)]
mod fuzz;

#[cfg(target_arch = "wasm32")]
mod component;
#[cfg(target_arch = "wasm32")]
mod waki_transport;
#[cfg(target_arch = "wasm32")]
mod http_handler;
