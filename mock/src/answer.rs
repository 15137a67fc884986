//! What every route module answers with: the query it reads and the JSON it returns.

use axum::Json;
use axum::extract::Query;
use axum::http::StatusCode;
use serde_json::{Value, json};
use std::collections::HashMap;

pub(crate) type Q = Query<HashMap<String, String>>;
pub(crate) type Answer = (StatusCode, Json<Value>);

pub(crate) fn ok(v: Value) -> Answer {
    (StatusCode::OK, Json(v))
}

/// A page of `items` at the query's `offset` and `limit` (default 100, at most `max`).
pub(crate) fn paged(items: Vec<Value>, q: &Q, max: usize) -> Result<Vec<Value>, Answer> {
    paged_lazily(items.into_iter(), q, max, |item| item)
}

/// A page of `items`, rendered by `render` only for the records on it (a campaign of
/// 100,000 leads is not rendered whole for every page).
pub(crate) fn paged_lazily<T>(items: impl Iterator<Item = T>, q: &Q, max: usize, render: impl Fn(T) -> Value) -> Result<Vec<Value>, Answer> {
    let offset: usize = q.get("offset").and_then(|v| v.parse().ok()).unwrap_or(0);
    let limit: usize = q.get("limit").and_then(|v| v.parse().ok()).unwrap_or(100);
    if limit > max {
        return Err((StatusCode::UNPROCESSABLE_ENTITY, Json(json!({"error": format!("limit must be less than or equal to {max}")}))));
    }
    Ok(items.skip(offset).take(limit).map(render).collect())
}
