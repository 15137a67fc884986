//! The ways in, mirroring the component's own surfaces: the HTTP gateway, the MCP
//! server, bulk import and export, reply actions on webhook events, the warehouse sync,
//! the login and allow-list their listeners share, and the demo (with its mock, behind
//! the `demo` feature).

pub mod allowed;
pub mod bulk;
#[cfg(feature = "demo")]
pub mod demo;
pub mod gateway;
pub mod login;
pub mod mcp;
pub mod reply_actions;
pub mod sync;
