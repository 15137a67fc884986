//! The built component's shape: it exports the `connector` world and the wasi:http
//! incoming handler, and imports nothing but what every wasi:http host provides (no
//! files, no sockets).

use wasmtime::component::Component;

#[test]
fn exports_the_world_and_the_http_handler_and_imports_only_wasi_http_and_its_basics() {
    let engine = wasmtime::Engine::default();
    let component = Component::from_binary(&engine, smartlead_host::COMPONENT).unwrap();
    let ty = component.component_type();
    let mut exports: Vec<String> = ty.exports(&engine).map(|(name, _)| name.to_string()).collect();
    exports.sort();
    let handler = exports.iter().position(|e| e.starts_with("wasi:http/incoming-handler@0.2")).expect("the gateway is exported");
    exports.remove(handler);
    let expected: Vec<String> = ["agency-clients", "bulk", "campaign-leads", "campaigns", "email-accounts", "events", "leads", "proxy", "tools", "types", "unified", "webhooks"]
        .iter()
        .map(|i| format!("smartlead:connector/{i}@0.1.0"))
        .collect();
    assert_eq!(exports, expected);
    let imports: Vec<String> = ty.imports(&engine).map(|(name, _)| name.to_string()).collect();
    assert!(imports.iter().any(|i| i.starts_with("wasi:http/outgoing-handler@")), "{imports:?}");
    for import in &imports {
        let allowed = ["wasi:http/", "wasi:io/", "wasi:clocks/", "wasi:random/", "wasi:cli/"];
        assert!(allowed.iter().any(|p| import.starts_with(p)), "unexpected import {import}");
    }
}
