//! The one executor: sends a row's request — offset and limit added where Smartlead
//! pages — through the client, and reads the answer with the result type's decoder.

use super::model::Page;
use super::operation::Operation;
use super::reply::{Reading, Reply};
use crate::core::client::{ApiRequest, Client};
use crate::core::error::Result;
use crate::core::http::HttpResponse;
use crate::core::paging::{self, Listing, PageRequest, Position};
use schemars::JsonSchema;
use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::Value;

/// Runs `op` with its JSON `args` for the page asked for, and reads the answer as `R`.
pub fn run<R: Reply>(client: &Client, op: &Operation, args: &Value, page: &PageRequest) -> Result<R> {
    let at = op.listing.position(page, paging::fingerprint(op.name, args))?;
    let response = send(client, op, args, at.as_ref())?;
    R::read(&response, &Reading { operation: op.name, listing: op.listing, at })
}

/// One page of an offset-paged `op` at `at`, for callers that walk pages themselves.
pub fn page_at<T: DeserializeOwned + Serialize + JsonSchema>(client: &Client, op: &Operation, args: &Value, at: Position) -> Result<Page<T>> {
    let response = send(client, op, args, Some(&at))?;
    Page::read(&response, &Reading { operation: op.name, listing: op.listing, at: Some(at) })
}

/// Sends a request no row describes (the proxy's) and reads the answer as `R`.
pub fn request<R: Reply>(client: &Client, request: &ApiRequest, safe_to_repeat: bool, reading: &Reading) -> Result<R> {
    R::read(&client.send(request, safe_to_repeat)?, reading)
}

/// Builds the row's request (with `offset`/`limit` when Smartlead pages it) and sends it,
/// retried only when the row is safe to repeat.
fn send(client: &Client, op: &Operation, args: &Value, at: Option<&Position>) -> Result<HttpResponse> {
    let request = match (op.listing, at) {
        (Listing::Offset { .. }, Some(at)) => {
            let mut args = args.clone();
            args["offset"] = at.offset.into();
            args["limit"] = at.limit.into();
            op.request(&args)?
        }
        _ => op.request(args)?,
    };
    client.send(&request, op.effect.idempotent())
}
