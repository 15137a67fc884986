//! The Smartlead connector: typed operations over Smartlead's REST API, the same
//! operations as tools, a unified API, a proxy and an HTTP gateway, with paging, rate
//! limiting and retries — compiled to a WebAssembly component for wasm32-wasip2.
//!
//! The layers, each importing only the ones below it:
//! - [`core`]: the HTTP exchange as data, the client that sends it (pacing, retries,
//!   error classification), cursors and the error type;
//! - [`catalog`]: the operations as rows, the one executor that builds and sends a
//!   row's request, the pure decoders of Smartlead's answers, and the models;
//! - [`surfaces`]: what callers use — tools, the proxy, the unified API, the gateway;
//! - `wasm` (wasm32 only): the WIT exports and conversions, the incoming handler and
//!   the wasi:http transport.
//!
//! Everything but `wasm` is plain Rust that tests natively.

pub mod catalog;
pub mod core;
pub mod surfaces;

#[cfg(target_arch = "wasm32")]
mod wasm;

#[cfg(test)]
mod tests;
