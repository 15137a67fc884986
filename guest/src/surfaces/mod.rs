//! What callers use, all built on the catalog: the operations as tools, the 1-to-1
//! proxy, the unified Marketing Automation API, and the HTTP gateway serving them.

pub mod gateway;
pub mod proxy;
pub mod tools;
pub mod unified;
