//! Tests that reach across the layers: the shared in-memory doubles and the property
//! tests over everything that reads untrusted input.

mod bases;
pub mod fake;
mod properties;
