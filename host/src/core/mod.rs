//! What every layer of the host shares: keys and tenants, counters, refusals of input,
//! durations and web addresses as flags and bodies give them, and files only their owner
//! reads.

pub mod duration;
pub mod invalid;
pub mod metrics;
pub mod pg;
pub mod private;
pub mod tenant;
pub mod web;
