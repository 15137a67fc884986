//! The wasi:http hooks of one store: what the component sends goes, side by side, to
//! the webhook events store (the gateway's receiver handing on an event it read) or out
//! through the egress (everything bound for Smartlead).

use crate::egress::{Outbound, local_answer};
use crate::events::{Events, sink};
use http_body_util::BodyExt;
use serde_json::json;
use std::future::Future;
use std::sync::Arc;
use wasmtime_wasi_http::{Error as HttpError, RequestOptions, WasiBody, WasiHttpHooks};

type Io = Box<dyn Future<Output = Result<(), HttpError>> + Send>;

/// No event the component hands on is larger than the delivery it came in.
const MAX_EVENT_BYTES: usize = 16 << 20;

/// Where one store's requests go.
#[derive(Clone)]
pub struct Hooks {
    outbound: Outbound,
    /// Where a gateway store's webhook events go; other stores have none.
    events: Option<Arc<Events>>,
    /// The linked account the delivery came for (its receiver URL named it and its token
    /// matched), which its events are kept under.
    account: Option<String>,
}

impl Hooks {
    pub fn new(outbound: Outbound, events: Option<Arc<Events>>) -> Hooks {
        Hooks { outbound, events, account: None }
    }

    /// The same, keeping events under the linked account `account`.
    pub fn for_account(self, account: Option<String>) -> Hooks {
        Hooks { account, ..self }
    }

    /// The key this store spends, for redacting it from what comes back.
    pub fn key(&self) -> Option<&crate::core::tenant::ApiKey> {
        self.outbound.key()
    }
}

/// Keeps one event the component handed on; the answer it gets.
async fn intake(events: &Events, outbound: &Outbound, account: Option<&str>, request: http::Request<WasiBody>) -> http::Response<WasiBody> {
    let body = http_body_util::Limited::new(request.into_body(), MAX_EVENT_BYTES).collect().await;
    // Too large to keep is no fault of the delivery: not kept (503), so Smartlead delivers it again.
    let Ok(body) = body else {
        outbound.metrics().webhook_event(sink::Taken::NotKept.name());
        return local_answer(sink::Taken::NotKept.status(), json!({"message": "the event is larger than the events store takes"}), &[]);
    };
    let (taken, answer) = sink::take(events, &body.to_bytes(), account).await;
    outbound.metrics().webhook_event(taken.name());
    local_answer(taken.status(), answer, &[])
}

impl WasiHttpHooks for Hooks {
    fn send_request(
        &mut self,
        request: http::Request<WasiBody>,
        options: Option<RequestOptions>,
        _: Io,
    ) -> Box<dyn Future<Output = Result<(http::Response<WasiBody>, Io), HttpError>> + Send> {
        let (outbound, events, account) = (self.outbound.clone(), self.events.clone(), self.account.clone());
        Box::new(async move {
            let response = match events.filter(|_| sink::addresses(request.uri())) {
                Some(events) => intake(&events, &outbound, account.as_deref(), request).await,
                None => outbound.send(request, options).await?,
            };
            Ok((response, Box::new(async { Ok(()) }) as Io))
        })
    }
}
