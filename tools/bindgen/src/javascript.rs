//! The JavaScript wrapper's typed interfaces: jco's own exports with the client bound
//! (`typed.mjs`), typed from jco's generated declarations with the client parameter
//! dropped (`typed.d.ts`), so 64-bit ids stay `bigint` end to end.

use crate::wit::{LEFT_OUT, is_client, pascal};
use std::fmt::Write;
use wit_parser::{PackageId, Resolve};

pub const MODULE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../bindings/js/typed.mjs");
pub const TYPES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../bindings/js/typed.d.ts");

/// Interfaces over the operations rather than operations themselves (no tool each).
const SURFACES: [&str; 4] = ["unified", "proxy", "bulk", "events"];

/// `campaign-leads` as jco names it: `campaignLeads`.
fn camel(kebab: &str) -> String {
    let pascal = pascal(kebab);
    pascal[..1].to_lowercase() + &pascal[1..]
}

pub fn generate(resolve: &Resolve, package: PackageId) -> anyhow::Result<(String, String)> {
    let generated = "generated from the WIT by `cargo run -p smartlead-bindgen`; do not edit.";
    let mut module = format!(
        "// The component's typed interfaces as jco exports them, the client bound: {generated}\n\nimport * as component from \"./gen/smartlead.js\";\n\n/** Each interface, and those of its functions that take no client. */\nconst WITHOUT_CLIENT = {{\n"
    );
    let mut types = format!(
        "// Types of the typed interfaces, from jco's declarations with the client parameter dropped: {generated}\n\nimport type {{ Client }} from \"./gen/interfaces/smartlead-connector-types.js\";\n\ntype WithoutClient<F> = F extends (c: Client, ...rest: infer A) => infer R ? (...rest: A) => R : F;\ntype Bound<M> = {{ [K in keyof M]: WithoutClient<M[K]> }};\n\nexport interface TypedInterfaces {{\n"
    );
    for &id in resolve.packages[package].interfaces.values() {
        let iface = &resolve.interfaces[id];
        let name = iface.name.clone().unwrap_or_default();
        if LEFT_OUT.contains(&name.as_str()) || iface.functions.is_empty() {
            continue;
        }
        let free: Vec<String> = iface.functions.values().filter(|f| !f.params.first().is_some_and(|p| is_client(resolve, &p.ty))).map(|f| format!("{:?}", camel(&f.name))).collect();
        writeln!(module, "  {}: [{}],", camel(&name), free.join(", "))?;
        if let Some(doc) = iface.docs.contents.as_deref().map(str::trim).filter(|d| !d.is_empty()) {
            writeln!(types, "  /** {} */", doc.split_whitespace().collect::<Vec<_>>().join(" "))?;
        }
        writeln!(types, "  readonly {}: Bound<typeof import(\"./gen/interfaces/smartlead-connector-{name}.js\")>;", camel(&name))?;
    }
    module.push_str(
        "};\n\n/** Every typed interface with `client` bound: `campaigns.listAllSmartleadCampaigns(args, page)`;\n * a failure is rethrown as `rethrow` makes it. */\nexport function bind(client, rethrow) {\n  const call = (free, f) => (...args) => {\n    try {\n      return free ? f(...args) : f(client, ...args);\n    } catch (e) {\n      throw rethrow(e);\n    }\n  };\n  return Object.fromEntries(\n    Object.entries(WITHOUT_CLIENT).map(([name, free]) => [\n      name,\n      Object.fromEntries(Object.entries(component[name]).map(([fn, f]) => [fn, call(free.includes(fn), f)])),\n    ]),\n  );\n}\n",
    );
    types.push_str("}\n\n/** Every operation as a tool: Smartlead's argument names in, its JSON result out. */\nexport interface ToolMethods {\n");
    for &id in resolve.packages[package].interfaces.values() {
        let iface = &resolve.interfaces[id];
        let name = iface.name.clone().unwrap_or_default();
        if LEFT_OUT.contains(&name.as_str()) || SURFACES.contains(&name.as_str()) {
            continue;
        }
        for f in iface.functions.values() {
            writeln!(types, "  {}(args?: Record<string, unknown>): any;", f.name.replace('-', "_"))?;
        }
    }
    types.push_str("}\n");
    Ok((module, types))
}
