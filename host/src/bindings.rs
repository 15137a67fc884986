//! Host-side bindings of the `connector` world (async, as wasi:http needs).

wasmtime::component::bindgen!({
    world: "connector",
    path: "../wit",
    exports: { default: async },
});

pub use exports::smartlead::connector::{agency_clients, campaign_leads, campaigns, email_accounts, leads, proxy, tools, types, unified, webhooks};
