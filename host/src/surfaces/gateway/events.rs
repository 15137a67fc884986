//! The gateway's side of the events: the feed (`GET /events`), each event's deliveries
//! (`GET /events/{id}/deliveries`), replays (`POST /events/redeliver`), and the
//! platform's subscriptions (`/event-subscriptions`), all behind the login.

use super::{Answer, Asked, error_answer, failure, json_answer};
use crate::events::outbox::subscriptions::NewSubscription;
use crate::events::store::StoreError;
use crate::events::{Events, feed};
use serde_json::json;

/// Whether `path` is an events route.
pub fn serves(path: &str) -> bool {
    path == "/events" || path.starts_with("/events/") || path == "/event-subscriptions" || path.starts_with("/event-subscriptions/")
}

/// The body of `POST /events/redeliver`.
#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct Redeliver {
    after: String,
    #[serde(default)]
    until: Option<String>,
    #[serde(default)]
    subscription_id: Option<String>,
}

/// Serves an events route.
pub async fn route(events: Option<&Events>, asked: &Asked) -> Answer {
    let Asked { method, path, query, body, .. } = asked;
    let Some(events) = events else {
        return failure(404, "this gateway keeps no events", None);
    };
    let segments: Vec<&str> = path.split('/').filter(|s| !s.is_empty()).collect();
    let answer = match (method.as_str(), &segments[..]) {
        ("GET", ["events"]) => page(events, query.as_deref()).await,
        ("GET", ["events", id, "deliveries"]) => match events.store().await {
            Ok(store) => store.deliveries(id).await.map(|found| match found {
                Some(list) => json_answer(200, &json!({"result": list, "result_count": list.len()})),
                None => failure(404, &format!("no kept event has the id {id:?}: GET /events lists them"), None),
            }),
            Err(e) => Err(e),
        },
        ("POST", ["events", "redeliver"]) => {
            let request: Redeliver = match serde_json::from_slice(body) {
                Ok(request) => request,
                Err(e) => return failure(400, &format!("the body must be {{\"after\": CURSOR, \"until\": CURSOR, \"subscription_id\": ID}}: {e}"), None),
            };
            let (after, until) = match (feed::decode(&request.after), request.until.as_deref().map(feed::decode).transpose()) {
                (Ok(after), Ok(until)) => (after, until),
                (Err(e), _) | (_, Err(e)) => return failure(400, &e, None),
            };
            match events.store().await {
                Ok(store) => store.redeliver(after, until, request.subscription_id).await.map(|planned| json_answer(200, &json!({"planned": planned}))),
                Err(e) => Err(e),
            }
        }
        ("GET", ["event-subscriptions"]) => match events.store().await {
            Ok(store) => store.subscriptions().await.map(|list| json_answer(200, &json!({"result": list, "next_cursor": null, "result_count": list.len()}))),
            Err(e) => Err(e),
        },
        ("POST", ["event-subscriptions"]) => {
            let new = serde_json::from_slice::<NewSubscription>(body).map_err(|e| format!("the body must be {{\"url\": …, \"kinds\": […], \"integrated_account_id\": …}}: {e}"));
            let new = match new.and_then(NewSubscription::check) {
                Ok(new) => new,
                Err(message) => return error_answer(400, "invalid_input", &message, None),
            };
            match events.store().await {
                Ok(store) => store.subscribe(new).await.map(|(subscription, secret)| json_answer(201, &json!({"result": subscription, "secret": secret}))),
                Err(e) => Err(e),
            }
        }
        ("GET", ["event-subscriptions", id]) => match events.store().await {
            Ok(store) => store.subscription(id).await.map(|found| match found {
                Some(subscription) => json_answer(200, &json!({"result": subscription})),
                None => no_subscription(id),
            }),
            Err(e) => Err(e),
        },
        ("DELETE", ["event-subscriptions", id]) => match events.store().await {
            Ok(store) => store.unsubscribe(id).await.map(|found| match found {
                Some(subscription) => json_answer(200, &json!({"result": subscription, "unsubscribed": true})),
                None => no_subscription(id),
            }),
            Err(e) => Err(e),
        },
        ("POST", ["event-subscriptions", id, "rotate-secret"]) => match events.store().await {
            Ok(store) => store.rotate_secret(id).await.map(|found| match found {
                Some((subscription, secret)) => json_answer(200, &json!({"result": subscription, "secret": secret})),
                None => no_subscription(id),
            }),
            Err(e) => Err(e),
        },
        ("POST", ["event-subscriptions", id, "enable"]) => match events.store().await {
            Ok(store) => store.enable(id).await.map(|found| match found {
                Some(subscription) => json_answer(200, &json!({"result": subscription})),
                None => no_subscription(id),
            }),
            Err(e) => Err(e),
        },
        (_, ["events"] | ["events", _, "deliveries"] | ["events", "redeliver"] | ["event-subscriptions"] | ["event-subscriptions", _] | ["event-subscriptions", _, "rotate-secret" | "enable"]) => {
            return error_answer(405, "invalid_input", &format!("{method} is not a method of {path}"), None);
        }
        _ => return failure(404, &format!("no route {path}: see the events routes in docs/webhooks.md"), None),
    };
    answer.unwrap_or_else(|e| failure(503, &e.to_string(), Some(1)))
}

/// `GET /events`: a page of the kept events.
async fn page(events: &Events, query: Option<&str>) -> Result<Answer, StoreError> {
    let pairs: Vec<(String, String)> = form_urlencoded::parse(query.unwrap_or("").as_bytes()).into_owned().collect();
    let query = match feed::Query::from_pairs(&pairs) {
        Ok(query) => query,
        Err(message) => return Ok(failure(400, &message, None)),
    };
    let rows = events.store().await?.list(query.filter.clone(), query.after, query.limit).await?;
    Ok(json_answer(200, &feed::page(&rows, &query)))
}

fn no_subscription(id: &str) -> Answer {
    failure(404, &format!("no subscription has the id {id:?}: GET /event-subscriptions lists them"), None)
}
