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
    let expected: Vec<String> = ["agency-clients", "analytics", "bulk", "campaign-leads", "campaigns", "crm", "email-accounts", "events", "lead-lists", "leads", "master-inbox", "proxy", "smart-delivery", "smart-prospect", "smart-senders", "tools", "types", "unified", "utilities", "webhooks"]
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

/// The one-call import plan at its documented bounds, through the real component under
/// the host's memory cap and CPU budget: 50,000 rows of 300 bytes (about 15 MiB) plan
/// without a trap, one row more or a byte over 16 MiB is `invalid_input`.
#[tokio::test(flavor = "multi_thread")]
async fn the_one_call_plan_works_at_its_bounds_and_refuses_past_them() {
    use smartlead_host::bindings::bulk::{InputFormat, PlanOptions};
    let connector = smartlead_host::Connector::new(smartlead_host::Settings::default()).unwrap();
    let rows = |n: usize| "email,notes\n".to_string() + &(0..n).map(|i| format!("p{i:06}@example.com,{}\n", "x".repeat(278))).collect::<String>();
    let options = PlanOptions { batch_size: Some(400), overrides: Vec::new() };
    let at_bound = rows(50_000);
    assert!(at_bound.len() < 16 << 20);
    let mut session = connector.session().await.unwrap();
    session.start_call();
    let plan = session.bindings.smartlead_connector_bulk().call_plan_import(&mut session.store, at_bound.as_bytes(), InputFormat::Csv, &options).await;
    let plan = plan.expect("no trap").expect("planned");
    assert_eq!((plan.summary.rows, plan.summary.leads, plan.batches.len()), (50_000, 50_000, 125));
    let past = [rows(50_001), "email\n".to_string() + &"a".repeat(16 << 20)];
    for (input, says) in past.iter().zip(["more than 50000 rows", "one call plans at most 16 MiB"]) {
        let mut session = connector.session().await.unwrap();
        session.start_call();
        let refused = session.bindings.smartlead_connector_bulk().call_plan_import(&mut session.store, input.as_bytes(), InputFormat::Csv, &options).await;
        let error = session.error(refused.expect("no trap").expect_err("refused"));
        assert!(error.kind == "invalid_input" && error.message.contains(says), "{error:?}");
    }
}
