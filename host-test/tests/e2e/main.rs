//! The end-to-end suite as one test binary: each binary links wasmtime, so one link
//! instead of seven keeps a clean build's time and disk down.

mod accounts;
mod contract;
mod errors;
mod faults;
pub(crate) mod fleet;
mod gateway;
mod proxy;
mod readme;
mod sync;
mod tenants;
mod tools;
mod typed;
mod unified;
mod wasmtime_serve;
mod webhooks;
