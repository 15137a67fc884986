//! Catalog rows that remember their argument and result types: what the typed WIT
//! functions and the surfaces call, and what builds each row's JSON dispatch.

use super::execute;
use super::operation::{Args, Base, Confirm, Effect, Operation};
use super::reply::Reply;
use crate::core::client::Client;
use crate::core::error::{Error, Result};
use crate::core::http::Method;
use crate::core::paging::{Listing, PageRequest};
use schemars::JsonSchema;
use serde::Serialize;
use serde_json::Value;
use std::marker::PhantomData;

/// Rows on one of Smartlead's hosts, each documented at `<docs folder>/<page>`:
/// `hosted_rows! { Base::X, "folder"; ROW: Args => Out = name, method, path, effect, listing, page, description[, confirm]; … }`.
macro_rules! hosted_rows {
    ($base:expr, $docs:literal; $($row:ident: $args:ty => $out:ty = $name:literal, $method:expr, $path:literal, $effect:expr, $listing:expr, $page:literal, $description:literal $(, $confirm:expr)?;)*) => {$(
        pub const $row: $crate::catalog::typed::TypedOperation<$args, $out> = $crate::catalog::typed::TypedOperation::new($name, $method, $path, $effect, $listing, $description)
            .on($base)
            .documented(concat!("https://api.smartlead.ai/api-reference/", $docs, "/", $page))
            $(.confirming($confirm))?;
    )*};
}
pub(crate) use hosted_rows;

/// A catalog row that remembers its argument and result types, for the typed WIT
/// functions and for surfaces built on the catalog.
pub struct TypedOperation<A, O> {
    pub row: Operation,
    types: PhantomData<fn(A) -> O>,
}

/// What a result type needs to be a tool's result: readable, and describable.
pub trait Output: Reply + Serialize + JsonSchema {}
impl<T: Reply + Serialize + JsonSchema> Output for T {}

impl<A: Args, O: Output> TypedOperation<A, O> {
    pub const fn new(name: &'static str, method: Method, path: &'static str, effect: Effect, listing: Listing, description: &'static str) -> Self {
        TypedOperation {
            row: Operation {
                name,
                method,
                path,
                base: Base::Server,
                docs: "",
                effect,
                listing,
                description,
                query: &[],
                nulls: &[],
                confirm: Confirm::IfDestructive,
                call_json: call_json::<A, O>,
                #[cfg(test)]
                args_schema: schema_of::<A>,
                #[cfg(test)]
                result_schema: schema_of::<O>,
            },
            types: PhantomData,
        }
    }

    /// The same row with the page of Smartlead's documentation that describes its route.
    pub const fn documented(mut self, docs: &'static str) -> Self {
        self.row.docs = docs;
        self
    }

    /// The same row on another of Smartlead's hosts.
    pub const fn on(mut self, base: Base) -> Self {
        self.row.base = base;
        self
    }

    /// The same row with `keys` sent in the query string whatever its method.
    pub const fn in_query(mut self, keys: &'static [&'static str]) -> Self {
        self.row.query = keys;
        self
    }

    /// The same row with `keys` sent as `null` when absent (see [`Operation::nulls`]).
    pub const fn sending_null(mut self, keys: &'static [&'static str]) -> Self {
        self.row.nulls = keys;
        self
    }

    /// The same row, confirmed by a person as `confirm` says.
    pub const fn confirming(mut self, confirm: Confirm) -> Self {
        self.row.confirm = confirm;
        self
    }

    /// Runs the operation with typed arguments.
    pub fn run(&self, client: &Client, args: A, page: PageRequest) -> Result<O> {
        self.run_as(client, args, page)
    }

    /// Runs the operation and reads the answer as `R` instead, e.g. as raw JSON records.
    pub fn run_as<R: Reply>(&self, client: &Client, args: A, page: PageRequest) -> Result<R> {
        execute::run(client, &self.row, &checked(&self.row, args)?, &page)
    }

    /// The arguments as the row sends them, after their own checks.
    pub fn arguments(&self, args: A) -> Result<Value> {
        checked(&self.row, args)
    }
}

/// Validates the arguments and turns them into the JSON the row's request is built from.
fn checked<A: Args>(op: &Operation, args: A) -> Result<Value> {
    args.validate()?;
    serde_json::to_value(&args).map_err(|e| Error::invalid(op.name, e))
}

fn call_json<A: Args, O: Output>(client: &Client, op: &Operation, args: Value, page: PageRequest) -> Result<String> {
    let args: A = super::decode::fields(&args, "arguments")?;
    let result: O = execute::run(client, op, &checked(op, args)?, &page)?;
    serde_json::to_string(&result).map_err(|e| Error::Decode(e.to_string()))
}

#[cfg(test)]
fn schema_of<T: JsonSchema>() -> schemars::Schema {
    schemars::generate::SchemaSettings::draft2020_12()
        .with(|s| s.inline_subschemas = true)
        .into_generator()
        .into_root_schema_for::<T>()
}

