//! The wasm transport: one request over outgoing wasi:http, bounded by the component's
//! own clock — connecting, the first byte and every gap between bytes — so every host
//! times out alike, whatever it enforces itself. A closed or failed stream is an error,
//! never a panic. The host decides where the request really goes (and may add the key).

use crate::core::http::{HttpRequest, HttpResponse, Method, Transport, TransportError};
use std::time::Duration;
use wasi::clocks::monotonic_clock;
use wasi::http::outgoing_handler;
use wasi::http::types::{
    Fields, FutureIncomingResponse, IncomingBody, IncomingResponse, Method as WasiMethod, OutgoingBody, OutgoingRequest,
    RequestOptions, Scheme,
};
use wasi::io::poll::{Pollable, poll};
use wasi::io::streams::{InputStream, StreamError};

/// How much of the response body one read asks for.
const CHUNK: u64 = 64 * 1024;
/// wasi:io streams take at most this much per blocking write.
const WRITE_CHUNK: usize = 4096;

pub struct WasiTransport;

fn failed(what: impl Into<String>) -> TransportError {
    TransportError::Failed(what.into())
}

impl Transport for WasiTransport {
    fn send(&self, request: &HttpRequest) -> Result<HttpResponse, TransportError> {
        let what = format!("{} {}", request.method.as_str(), request.url);
        let future = start(request).map_err(|e| failed(format!("{what} failed: {e}")))?;
        let head_bound = (!request.host_times_attempt).then_some(request.timeout);
        let response = wait_for(&future, head_bound).map_err(|e| failed(format!("{what} failed: {e}")))?;
        read(response, request).map_err(|e| match e {
            TransportError::Failed(reason) => failed(format!("{what} failed: {reason}")),
            too_large => too_large,
        })
    }
}

/// Sends the request line, headers and body; the answer comes through the future.
fn start(request: &HttpRequest) -> Result<FutureIncomingResponse, String> {
    let (scheme, rest) = request.url.split_once("://").ok_or("the URL has no scheme")?;
    let (authority, path) = rest.find('/').map_or((rest, "/"), |i| (&rest[..i], &rest[i..]));
    let headers: Vec<(String, Vec<u8>)> = request.headers.iter().map(|(k, v)| (k.clone(), v.as_bytes().to_vec())).collect();
    let fields = Fields::from_list(&headers).map_err(|e| format!("a header was refused: {e:?}"))?;
    let outgoing = OutgoingRequest::new(fields);
    let method = match request.method {
        Method::Get => WasiMethod::Get,
        Method::Post => WasiMethod::Post,
        Method::Put => WasiMethod::Put,
        Method::Patch => WasiMethod::Patch,
        Method::Delete => WasiMethod::Delete,
    };
    let scheme = match scheme {
        "https" => Scheme::Https,
        "http" => Scheme::Http,
        other => Scheme::Other(other.to_string()),
    };
    let refused = |what: &str| format!("the host refused the request's {what}");
    outgoing.set_method(&method).map_err(|_| refused("method"))?;
    outgoing.set_scheme(Some(&scheme)).map_err(|_| refused("scheme"))?;
    outgoing.set_authority(Some(authority)).map_err(|_| refused("host"))?;
    outgoing.set_path_with_query(Some(path)).map_err(|_| refused("path"))?;
    // Hosts that enforce these bound the wait too; those that do not are bounded by
    // the component's own clock below.
    let options = RequestOptions::new();
    let nanos = request.timeout.as_nanos().min(u64::MAX as u128) as u64;
    let _ = options.set_connect_timeout(Some(nanos));
    let _ = options.set_first_byte_timeout(Some(nanos));
    let _ = options.set_between_bytes_timeout(Some(nanos));
    let body = outgoing.body().map_err(|_| "the request body could not be opened".to_string())?;
    let future = outgoing_handler::handle(outgoing, Some(options)).map_err(|e| format!("{e:?}"))?;
    write_body(body, request.body.as_deref())?;
    Ok(future)
}

fn write_body(body: OutgoingBody, bytes: Option<&[u8]>) -> Result<(), String> {
    {
        let stream = body.write().map_err(|_| "the request body could not be written".to_string())?;
        for chunk in bytes.unwrap_or_default().chunks(WRITE_CHUNK) {
            stream.blocking_write_and_flush(chunk).map_err(|e| format!("sending the body failed: {}", stream_error(e)))?;
        }
    }
    OutgoingBody::finish(body, None).map_err(|e| format!("finishing the body failed: {e:?}"))
}

/// Waits for the answer's head: at most `timeout` after the request was handed over, or,
/// when the host bounds the attempt from when it really leaves, as long as the host says.
fn wait_for(future: &FutureIncomingResponse, timeout: Option<Duration>) -> Result<IncomingResponse, String> {
    let answered = future.subscribe();
    let deadline = timeout.map(|t| monotonic_clock::subscribe_duration(t.as_nanos().min(u64::MAX as u128) as u64));
    loop {
        if let Some(outcome) = future.get() {
            return match outcome {
                Ok(Ok(response)) => Ok(response),
                Ok(Err(code)) => Err(format!("{code:?}")),
                Err(()) => Err("the response was already taken".into()),
            };
        }
        match (&deadline, timeout) {
            (Some(deadline), Some(timeout)) if !ready_first(&answered, deadline) => {
                return Err(format!("no answer within {} ms", timeout.as_millis()));
            }
            (Some(_), _) => {}
            (None, _) => answered.block(),
        }
    }
}

/// Blocks until `wanted` or `deadline` is ready; true when `wanted` is.
fn ready_first(wanted: &Pollable, deadline: &Pollable) -> bool {
    poll(&[wanted, deadline]).contains(&0)
}

fn read(response: IncomingResponse, request: &HttpRequest) -> Result<HttpResponse, TransportError> {
    let status = response.status();
    let headers: Vec<(String, String)> = response
        .headers()
        .entries()
        .into_iter()
        .filter_map(|(k, v)| Some((k.to_ascii_lowercase(), String::from_utf8(v).ok()?)))
        .collect();
    let limit = request.max_response_bytes;
    let declared = headers.iter().find(|(k, _)| k == "content-length").and_then(|(_, v)| v.trim().parse::<usize>().ok());
    if declared.is_some_and(|n| n > limit) {
        return Err(TransportError::TooLarge { limit });
    }
    let incoming = response.consume().map_err(|_| failed("the response body could not be opened"))?;
    let body = {
        let stream = incoming.stream().map_err(|_| failed("the response body could not be read"))?;
        read_stream(&stream, limit, request.timeout)?
    };
    // Trailers are not used; dropping the future ends the body.
    drop(IncomingBody::finish(incoming));
    Ok(HttpResponse { status, headers, body })
}

/// The whole body, cut off at `limit`, failing when the server goes quiet for longer
/// than `gap`.
fn read_stream(stream: &InputStream, limit: usize, gap: Duration) -> Result<Vec<u8>, TransportError> {
    let mut body = Vec::new();
    loop {
        match stream.read(CHUNK) {
            Ok(chunk) if chunk.is_empty() => {
                let readable = stream.subscribe();
                let deadline = monotonic_clock::subscribe_duration(gap.as_nanos().min(u64::MAX as u128) as u64);
                if !ready_first(&readable, &deadline) {
                    return Err(failed(format!("the response body stalled for {} ms", gap.as_millis())));
                }
            }
            Ok(chunk) => {
                if body.len() + chunk.len() > limit {
                    return Err(TransportError::TooLarge { limit });
                }
                body.extend_from_slice(&chunk);
            }
            Err(StreamError::Closed) => return Ok(body),
            Err(e) => return Err(failed(format!("reading the response body failed: {}", stream_error(e)))),
        }
    }
}

fn stream_error(e: StreamError) -> String {
    match e {
        StreamError::Closed => "the stream was closed".into(),
        StreamError::LastOperationFailed(error) => error.to_debug_string(),
    }
}
