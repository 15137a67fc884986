//! The HTTP exchange and what every request meets on its way: the client that sends it
//! (pacing, retries, error classification), the cursors of lists, and the error type.

pub mod client;
pub mod error;
pub mod http;
pub mod limiter;
pub mod paging;
pub mod retry;
