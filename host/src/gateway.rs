//! `smartlead serve`: the component's own HTTP gateway (its `wasi:http/incoming-handler`
//! export) on a local port. The host only carries requests in and out; it keeps the
//! API key (from the `x-smartlead-api-key` header or its settings) and adds it to the
//! component's outgoing requests, so the key never enters the sandbox.

use crate::allowed::Allowed;
use crate::outbound::redact;
use crate::runtime::{Connector, HostState};
use bytes::Bytes;
use http_body_util::{BodyExt, Full};
use hyper::body::Incoming;
use std::sync::Arc;
use tokio::sync::Mutex;
use wasmtime::Store;
use wasmtime_wasi::WasiCtx;
use wasmtime_wasi_http::WasiHttpView;
use wasmtime_wasi_http::io::TokioIo;
use wasmtime_wasi_http::p2::bindings::http::types::Scheme;
use wasmtime_wasi_http::p2::bindings::{Proxy, ProxyPre};

/// The header a caller may use to bring its own key.
pub const API_KEY_HEADER: &str = "x-smartlead-api-key";

/// A live instance of the component with its store.
type Instance = (Store<HostState>, Proxy);

/// One instance serves every request in turn: its client's rate limiter then paces
/// them all, as Smartlead's limit is per key and per account.
pub struct Gateway {
    connector: Connector,
    allowed: Allowed,
    pre: ProxyPre<HostState>,
    instance: Arc<Mutex<Option<Instance>>>,
}

impl Gateway {
    /// `allowed` widens who may call besides local programs; the component enforces it.
    pub fn new(connector: Connector, allowed: Allowed) -> anyhow::Result<Arc<Self>> {
        let pre = ProxyPre::new(connector.instance_pre().clone())?;
        Ok(Arc::new(Gateway { connector, allowed, pre, instance: Arc::new(Mutex::new(None)) }))
    }

    /// Serves HTTP/1.1 on `listener` until the process ends.
    pub async fn serve(self: Arc<Self>, listener: tokio::net::TcpListener) -> anyhow::Result<()> {
        loop {
            let (stream, _) = listener.accept().await?;
            let gateway = self.clone();
            tokio::spawn(async move {
                let service = hyper::service::service_fn(move |request| gateway.clone().handle(request));
                // A client that hangs up mid-request is its own problem, not the server's.
                let _ = hyper::server::conn::http1::Builder::new().keep_alive(true).serve_connection(TokioIo::new(stream), service).await;
            });
        }
    }

    async fn handle(self: Arc<Self>, request: hyper::Request<Incoming>) -> anyhow::Result<hyper::Response<Full<Bytes>>> {
        let (mut parts, body) = request.into_parts();
        let brought = parts.headers.remove(API_KEY_HEADER).and_then(|v| v.to_str().ok().map(str::to_string)).filter(|k| !k.is_empty());
        let key = brought.or_else(|| self.connector.settings().api_key.clone());
        let request = hyper::Request::from_parts(parts, body);
        let (sender, receiver) = tokio::sync::oneshot::channel();
        let gateway = self.clone();
        let outbound_key = key.clone();
        let call = tokio::spawn(async move {
            let mut slot = gateway.instance.clone().lock_owned().await;
            if slot.is_none() {
                *slot = Some(gateway.instantiate().await?);
            }
            let (store, proxy) = slot.as_mut().expect("just filled");
            store.data_mut().outbound = gateway.connector.outbound().with_api_key(outbound_key);
            store.set_epoch_deadline(gateway.connector.cpu_ticks());
            let request = store.data_mut().http().new_incoming_request(Scheme::Http, request)?;
            let out = store.data_mut().http().new_response_outparam(sender)?;
            let outcome = proxy.wasi_http_incoming_handler().call_handle(&mut *store, request, out).await;
            if outcome.is_err() {
                // A trapped instance is not reused; the next request gets a fresh one.
                *slot = None;
            }
            outcome
        });
        let response = match receiver.await {
            Ok(Ok(response)) => response,
            Ok(Err(code)) => return Ok(failure(502, &format!("the component failed the request: {code:?}"))),
            Err(_) => {
                let why = match call.await {
                    Ok(Ok(())) => "the component returned no response".to_string(),
                    Ok(Err(e)) => format!("the component failed: {e:#}"),
                    Err(e) => format!("the component task failed: {e}"),
                };
                return Ok(failure(500, &redact(why, key.as_deref())));
            }
        };
        let (parts, body) = response.into_parts();
        let body = match body.collect().await {
            Ok(collected) => collected.to_bytes(),
            Err(code) => return Ok(failure(502, &format!("the component's response broke off: {code:?}"))),
        };
        // Smartlead may echo the request URL, and so the key the host added.
        let body = match std::str::from_utf8(&body) {
            Ok(text) => Bytes::from(redact(text.to_string(), key.as_deref())),
            Err(_) => body,
        };
        Ok(hyper::Response::from_parts(parts, Full::new(body)))
    }

    async fn instantiate(&self) -> wasmtime::Result<Instance> {
        let s = self.connector.settings();
        let mut wasi = WasiCtx::builder();
        wasi.inherit_stderr();
        // Configuration only; the key stays with the host.
        wasi.env("SMARTLEAD_BASE_URL", &s.base_url);
        wasi.env("SMARTLEAD_TIMEOUT_MS", s.timeout.as_millis().min(u32::MAX as u128).to_string());
        if let Some(rpm) = s.requests_per_minute {
            wasi.env("SMARTLEAD_REQUESTS_PER_MINUTE", rpm.to_string());
        }
        if let Some(retries) = s.max_retries {
            wasi.env("SMARTLEAD_MAX_RETRIES", retries.to_string());
        }
        wasi.env("SMARTLEAD_ALLOWED_HOSTS", self.allowed.hosts.join(","));
        wasi.env("SMARTLEAD_ALLOWED_ORIGINS", self.allowed.origins.join(","));
        let mut store = self.connector.store(wasi.build());
        let proxy = self.pre.instantiate_async(&mut store).await?;
        Ok((store, proxy))
    }
}

/// The gateway's error shape, for failures of the host itself.
fn failure(status: u16, message: &str) -> hyper::Response<Full<Bytes>> {
    let body = serde_json::json!({"statusCode": status, "error": "Gateway failure", "message": message, "kind": "host"});
    hyper::Response::builder()
        .status(status)
        .header("content-type", "application/json")
        .body(Full::new(Bytes::from(body.to_string())))
        .expect("a static status and header always build")
}
