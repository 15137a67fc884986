//! What every layer of the host shares: keys and tenants, counters, refusals of input,
//! and files only their owner reads.

pub mod invalid;
pub mod metrics;
pub mod private;
pub mod tenant;
