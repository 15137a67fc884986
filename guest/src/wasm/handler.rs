//! The `wasi:http/incoming-handler` export: the gateway behind `wasmtime serve`, any
//! wasi:http edge runtime, and `smartlead serve`.

use crate::core::client::{Client, Config};
use crate::surfaces::gateway::{self, API_KEY_HEADER, Access};
use crate::core::http::SystemClock;
use crate::wasm::transport::WakiTransport;
use std::cell::RefCell;
use std::rc::Rc;
use waki::bindings::wasi::http::types::{IncomingRequest, ResponseOutparam};
use waki::{ErrorCode, Method, Request, Response};

/// Request bodies above this are refused: no gateway route takes more.
const MAX_REQUEST_BYTES: usize = 8 << 20;

thread_local! {
    /// The client of the last request, reused while the configuration is the same, so
    /// a host that keeps the instance (as `smartlead serve` does) paces all its requests.
    static CLIENT: RefCell<Option<(Config, Rc<Client>)>> = const { RefCell::new(None) };
}

struct Component;

waki::bindings::export!(Component with_types_in waki::bindings);

/// What `#[waki::handler]` generates, except that the query is read from the request
/// target first: waki's `Request` keeps it as a map, which would drop a repeated key.
impl waki::bindings::exports::wasi::http::incoming_handler::Guest for Component {
    fn handle(request: IncomingRequest, response_out: ResponseOutparam) {
        let target = request.path_with_query().unwrap_or_default();
        let query = target.split_once('?').map_or("", |(_, query)| query);
        let query = form_urlencoded::parse(query.as_bytes()).into_owned().collect();
        match Request::try_from(request).and_then(|request| serve(request, query)) {
            Ok(response) => waki::handle_response(response_out, response),
            Err(e) => ResponseOutparam::set(response_out, Err(e)),
        }
    }
}

fn serve(request: Request, query: Vec<(String, String)>) -> Result<Response, ErrorCode> {
    let header = |name: &str| request.header(name).and_then(|v| v.to_str().ok()).map(str::to_string);
    let env = |name: &str| std::env::var(name).ok();
    let answer = match (gateway::config(header(API_KEY_HEADER), env), read_body(&request)) {
        (Ok(config), Ok(body)) => match client(config) {
            Ok(client) => {
                let method = method_name(request.method());
                let host = request.authority().as_ref().map(|a| a.as_str().to_string());
                let request = gateway::GatewayRequest { method, path: request.path().to_string(), query, body, host, origin: header("origin") };
                gateway::handle(&client, &Access::from_env(env), &request)
            }
            Err(e) => gateway::error_response(&e),
        },
        (Err(e), _) | (_, Err(e)) => gateway::error_response(&e),
    };
    Response::builder().status_code(answer.status).headers(answer.headers).body(answer.body).build()
}

fn client(config: Config) -> Result<Rc<Client>, crate::core::error::Error> {
    CLIENT.with(|cached| {
        let mut cached = cached.borrow_mut();
        if let Some((_, client)) = cached.as_ref().filter(|(known, _)| *known == config) {
            return Ok(client.clone());
        }
        let client = Rc::new(Client::new(config.clone(), Box::new(WakiTransport), Box::new(SystemClock::default()))?);
        *cached = Some((config, client.clone()));
        Ok(client)
    })
}

fn read_body(request: &Request) -> Result<Vec<u8>, crate::core::error::Error> {
    let mut body = Vec::new();
    while let Some(chunk) = request.chunk(64 << 10).map_err(|e| crate::core::error::Error::invalid("body", format!("could not be read: {e}")))? {
        body.extend_from_slice(&chunk);
        if body.len() > MAX_REQUEST_BYTES {
            return Err(crate::core::error::Error::invalid("body", format!("is larger than {MAX_REQUEST_BYTES} bytes")));
        }
    }
    Ok(body)
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
