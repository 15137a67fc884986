//! The wasm transport: outgoing wasi:http through waki. The host decides where the
//! request really goes (and may add the API key on its side).

use crate::core::http::{HttpRequest, HttpResponse, Method, Transport, TransportError};

pub struct WakiTransport;

impl Transport for WakiTransport {
    fn send(&self, request: &HttpRequest) -> Result<HttpResponse, TransportError> {
        let failed = |what: String| TransportError::Failed(what);
        let method = match request.method {
            Method::Get => waki::Method::Get,
            Method::Post => waki::Method::Post,
            Method::Put => waki::Method::Put,
            Method::Patch => waki::Method::Patch,
            Method::Delete => waki::Method::Delete,
        };
        let mut builder = waki::Client::new()
            .request(method, &request.url)
            .connect_timeout(request.timeout);
        for (name, value) in &request.headers {
            let name = waki::header::HeaderName::from_bytes(name.as_bytes()).map_err(|e| failed(format!("header {name:?}: {e}")))?;
            builder = builder.header(name, value.as_str());
        }
        if let Some(body) = &request.body {
            builder = builder.body(body.clone());
        }
        let response = builder.send().map_err(|e| failed(format!("{} {} failed: {e}", request.method.as_str(), request.url)))?;
        let status = response.status_code();
        let headers = response
            .headers()
            .iter()
            .filter_map(|(k, v)| Some((k.as_str().to_ascii_lowercase(), v.to_str().ok()?.to_string())))
            .collect();
        let too_large = TransportError::TooLarge { limit: request.max_response_bytes };
        let declared = response.header("content-length").and_then(|v| v.to_str().ok()?.parse::<usize>().ok());
        if declared.is_some_and(|n| n > request.max_response_bytes) {
            return Err(too_large);
        }
        // Read in chunks so an endless or oversized body is cut off, not buffered.
        let mut body = Vec::new();
        while let Some(chunk) = response.chunk(64 * 1024).map_err(|e| failed(format!("reading the response body failed: {e}")))? {
            if body.len() + chunk.len() > request.max_response_bytes {
                return Err(too_large);
            }
            body.extend_from_slice(&chunk);
        }
        Ok(HttpResponse { status, headers, body })
    }
}
