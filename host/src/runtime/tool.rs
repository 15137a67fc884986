//! A tool as the component describes it, its JSON Schemas kept as the component wrote them.

use crate::bindings::tools;
use anyhow::Context;
use serde::{Deserialize, Serialize};
use serde_json::value::RawValue;

/// A tool as the component describes it. Its JSON Schemas stay JSON text: parsing all of
/// them cost a start (`smartlead tools`, an MCP server's) more than the rest of it, and most
/// starts read one or none ([`Tool::input`]).
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Tool {
    pub name: String,
    pub description: String,
    pub input_schema: Box<RawValue>,
    pub output_schema: Box<RawValue>,
    pub annotations: Annotations,
    /// The Smartlead route it calls (method, path, base, docs).
    pub route: tools::ToolRoute,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Annotations {
    pub read_only: bool,
    pub destructive: bool,
    pub idempotent: bool,
    pub open_world: bool,
}

impl Tool {
    /// The input schema, parsed.
    pub fn input(&self) -> serde_json::Value {
        serde_json::from_str(self.input_schema.get()).expect("checked as JSON when read")
    }

    /// The output schema, parsed.
    pub fn output(&self) -> serde_json::Value {
        serde_json::from_str(self.output_schema.get()).expect("checked as JSON when read")
    }

    /// Whether it takes argument `name`.
    pub fn takes(&self, name: &str) -> bool {
        self.input()["properties"].get(name).is_some()
    }

    /// Whether both schemas are JSON objects, as the component writes them (a listing kept
    /// by an older host held them as strings of JSON).
    pub(super) fn is_sound(&self) -> bool {
        [&self.input_schema, &self.output_schema].iter().all(|s| s.get().starts_with('{'))
    }

    pub(super) fn from_wit(t: tools::Tool) -> anyhow::Result<Self> {
        let tool = Tool {
            input_schema: RawValue::from_string(t.input_schema).context("input schema")?,
            output_schema: RawValue::from_string(t.output_schema).context("output schema")?,
            name: t.name,
            description: t.description,
            annotations: Annotations {
                read_only: t.annotations.read_only,
                destructive: t.annotations.destructive,
                idempotent: t.annotations.idempotent,
                open_world: t.annotations.open_world,
            },
            route: t.route,
        };
        anyhow::ensure!(tool.is_sound(), "{}: a schema is not a JSON object", tool.name);
        Ok(tool)
    }
}

