//! Each tool's input and output JSON Schemas, built from the catalog's types ahead of time.
//!
//! Generating them in the component cost tens of milliseconds whenever an instance
//! listed its tools, part of every call (a call reads its arguments against its input
//! schema), and 0.8 MB of the component's code. So a test writes them into `built.rs` (run
//! `make schemas` after changing a type) and fails while that file is stale; the
//! component only looks them up.

#[rustfmt::skip]
mod built;

use crate::catalog::operation::Operation;

/// A tool's JSON Schemas as text: what it takes (with the framework's `limit`,
/// `next_cursor` and `confirm` where it takes them) and what it returns.
#[derive(Debug, Clone, Copy)]
pub struct Schemas {
    pub input: &'static str,
    pub output: &'static str,
}

/// The schemas of `op`, a row of the catalog.
pub fn of(op: &Operation) -> Schemas {
    let [_, input, output] = built::SCHEMAS
        .iter()
        .find(|[name, ..]| *name == op.name)
        .expect("built.rs has every catalog row (a test checks)");
    Schemas { input, output }
}

#[cfg(test)]
mod generate;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::CATALOG;

    /// Fails while `built.rs` is not what the catalog's types give; `make schemas`
    /// (`UPDATE_EXPECT=1`) writes it again.
    #[test]
    fn built_schemas_are_the_catalogs() {
        expect_test::expect_file!["built.rs"].assert_eq(&generate::source());
    }

    #[test]
    fn every_row_has_its_schemas_and_they_are_json_objects() {
        for op in CATALOG {
            let schemas = of(op);
            for text in [schemas.input, schemas.output] {
                let value: serde_json::Value = serde_json::from_str(text).unwrap_or_else(|e| panic!("{}: {e}", op.name));
                assert!(value.is_object(), "{}", op.name);
            }
        }
    }
}
