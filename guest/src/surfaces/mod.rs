//! What callers use, all built on the catalog: the operations as tools, the 1-to-1
//! proxy, the unified Marketing Automation API, bulk lead import, Smartlead's webhook
//! events, and the HTTP gateway serving them.

pub mod bulk;
pub mod events;
pub mod gateway;
pub mod proxy;
pub mod schemas;
pub mod tools;
pub mod toolsets;
pub mod unified;
