//! The WebAssembly binding layer (wasm32 only): the `connector` world's exports and
//! their conversions, the `wasi:http/incoming-handler` export, and the transport over
//! outgoing wasi:http. No logic lives here.

mod convert;
mod exports;
mod handler;
mod transport;

mod bindings {
    wit_bindgen::generate!({ world: "connector", path: "../wit" });
}

struct Component;
bindings::export!(Component with_types_in bindings);
