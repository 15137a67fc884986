//! The `wasi:http/incoming-handler` export: the gateway behind `wasmtime serve`, any
//! wasi:http edge runtime, and `smartlead serve`. Reading the request and writing the
//! answer never panic: a caller that has gone makes the answer end quietly.

use super::transport::WasiTransport;
use crate::core::client::{Client, Config};
use crate::core::error::Error;
use crate::core::http::SystemClock;
use crate::surfaces::gateway::{self, API_KEY_HEADER, Access, GatewayRequest, GatewayResponse, MAX_REQUEST_BYTES, Receiver, Setup};
use std::cell::RefCell;
use std::rc::Rc;
use wasi::http::types::{Fields, IncomingRequest, Method, OutgoingBody, OutgoingResponse, ResponseOutparam};
use wasi::io::streams::StreamError;

thread_local! {
    /// The client of the last request, reused while the configuration is the same, so
    /// a host that keeps the instance paces all its requests.
    static CLIENT: RefCell<Option<(Config, Rc<Client>)>> = const { RefCell::new(None) };
}

struct Handler;

wasi::http::proxy::export!(Handler);

impl wasi::exports::http::incoming_handler::Guest for Handler {
    fn handle(request: IncomingRequest, response_out: ResponseOutparam) {
        let answer = serve(&request);
        drop(request);
        respond(response_out, answer);
    }
}

fn serve(request: &IncomingRequest) -> GatewayResponse {
    // A header that is not text is not one the gateway reads.
    let headers: Vec<(String, String)> =
        request.headers().entries().into_iter().filter_map(|(k, v)| Some((k, String::from_utf8(v).ok()?))).collect();
    let key = headers.iter().find(|(k, _)| k.eq_ignore_ascii_case(API_KEY_HEADER)).map(|(_, v)| v.clone());
    let headers = headers.into_iter().filter(|(k, _)| !k.eq_ignore_ascii_case(API_KEY_HEADER)).collect();
    let env = |name: &str| std::env::var(name).ok();
    let target = request.path_with_query().unwrap_or_else(|| "/".into());
    let (path, query) = target.split_once('?').unwrap_or((&target, ""));
    // Read from the target: a map of the query would drop a repeated key.
    let query = form_urlencoded::parse(query.as_bytes()).into_owned().collect();
    let config = match gateway::config(key, env) {
        Ok(config) => config,
        Err(e) => return gateway::error_response(&e),
    };
    let body = match read_body(request, path) {
        Ok(body) => body,
        Err(refused) => return refused,
    };
    let client = match client(config) {
        Ok(client) => client,
        Err(e) => return gateway::error_response(&e),
    };
    let setup = Setup { access: Access::from_env(env), receiver: Receiver::from_env(env, Box::new(WasiTransport), client.config().timeout) };
    let gateway_request = GatewayRequest { method: method_name(request.method()), path: path.to_string(), query, body, host: request.authority(), headers };
    gateway::handle(&client, &setup, &gateway_request)
}

fn client(config: Config) -> Result<Rc<Client>, Error> {
    CLIENT.with(|cached| {
        let mut cached = cached.borrow_mut();
        if let Some((_, client)) = cached.as_ref().filter(|(known, _)| *known == config) {
            return Ok(client.clone());
        }
        let client = Rc::new(Client::new(config.clone(), Box::new(WasiTransport), Box::new(SystemClock::default()))?);
        *cached = Some((config, client.clone()));
        Ok(client)
    })
}

/// The request body, refused past `MAX_REQUEST_BYTES` (as `too_large` answers for `path`).
fn read_body(request: &IncomingRequest, path: &str) -> Result<Vec<u8>, GatewayResponse> {
    let unreadable = |why: &str| gateway::error_response(&Error::invalid("body", format!("could not be read: {why}")));
    let incoming = request.consume().map_err(|_| unreadable("it was already taken"))?;
    let mut body = Vec::new();
    {
        let stream = incoming.stream().map_err(|_| unreadable("no stream"))?;
        loop {
            match stream.blocking_read(64 << 10) {
                Ok(chunk) => body.extend_from_slice(&chunk),
                Err(StreamError::Closed) => break,
                Err(StreamError::LastOperationFailed(e)) => return Err(unreadable(&e.to_debug_string())),
            }
            if body.len() > MAX_REQUEST_BYTES {
                return Err(gateway::too_large(path, MAX_REQUEST_BYTES));
            }
        }
    }
    drop(wasi::http::types::IncomingBody::finish(incoming));
    Ok(body)
}

/// Sends `answer`; when the caller has gone, the rest is dropped quietly.
fn respond(out: ResponseOutparam, answer: GatewayResponse) {
    let headers: Vec<(String, Vec<u8>)> = answer.headers.iter().map(|(k, v)| (k.to_string(), v.as_bytes().to_vec())).collect();
    let Ok(fields) = Fields::from_list(&headers) else {
        return ResponseOutparam::set(out, Err(wasi::http::types::ErrorCode::InternalError(Some("a header was refused".into()))));
    };
    let response = OutgoingResponse::new(fields);
    if response.set_status_code(answer.status).is_err() {
        return ResponseOutparam::set(out, Err(wasi::http::types::ErrorCode::InternalError(Some("a bad status".into()))));
    }
    let Ok(body) = response.body() else { return };
    ResponseOutparam::set(out, Ok(response));
    let written = body.write().map(|stream| {
        for chunk in answer.body.as_bytes().chunks(4096) {
            if stream.blocking_write_and_flush(chunk).is_err() {
                return false;
            }
        }
        true
    });
    if written == Ok(true) {
        let _ = OutgoingBody::finish(body, None);
    }
}

fn method_name(method: Method) -> String {
    match method {
        Method::Get => "GET".into(),
        Method::Head => "HEAD".into(),
        Method::Post => "POST".into(),
        Method::Put => "PUT".into(),
        Method::Delete => "DELETE".into(),
        Method::Connect => "CONNECT".into(),
        Method::Options => "OPTIONS".into(),
        Method::Trace => "TRACE".into(),
        Method::Patch => "PATCH".into(),
        Method::Other(other) => other,
    }
}
