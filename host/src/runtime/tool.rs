//! A tool as the component describes it, with its JSON Schemas parsed.

use crate::bindings::tools;
use anyhow::Context;
use serde::Serialize;

/// A tool as the component describes it, with its JSON Schemas parsed.
#[derive(Debug, Clone, Serialize)]
pub struct Tool {
    pub name: String,
    pub description: String,
    pub input_schema: serde_json::Value,
    pub output_schema: serde_json::Value,
    pub annotations: Annotations,
    /// The Smartlead route it calls (method, path, base, docs).
    pub route: tools::ToolRoute,
}

#[derive(Debug, Clone, Serialize)]
pub struct Annotations {
    pub read_only: bool,
    pub destructive: bool,
    pub idempotent: bool,
    pub open_world: bool,
}

impl Tool {
    pub(super) fn from_wit(t: tools::Tool) -> anyhow::Result<Self> {
        Ok(Tool {
            input_schema: serde_json::from_str(&t.input_schema).context("input schema")?,
            output_schema: serde_json::from_str(&t.output_schema).context("output schema")?,
            name: t.name,
            description: t.description,
            annotations: Annotations {
                read_only: t.annotations.read_only,
                destructive: t.annotations.destructive,
                idempotent: t.annotations.idempotent,
                open_world: t.annotations.open_world,
            },
            route: t.route,
        })
    }
}

