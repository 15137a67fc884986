//! Host-side bindings of the `connector` world (async, as wasi:http needs). Records and
//! variants also read and write JSON (serde), so callers can build arguments from JSON
//! and log results.

wasmtime::component::bindgen!({
    world: "connector",
    path: "../wit",
    exports: { default: async },
    additional_derives: [serde::Serialize, serde::Deserialize, PartialEq],
});

pub use exports::smartlead::connector::{agency_clients, analytics, bulk, campaign_leads, campaigns, email_accounts, events, crm, lead_lists, leads, master_inbox, proxy, smart_delivery, smart_prospect, smart_senders, tools, types, unified, utilities, webhooks};
