//! The wasm transport: outgoing wasi:http through waki. The host decides where the
//! request really goes (and may add the API key on its side).

use crate::http::{HttpRequest, HttpResponse, Method, Transport};

pub struct WakiTransport;

impl Transport for WakiTransport {
    fn send(&self, request: &HttpRequest) -> Result<HttpResponse, String> {
        let method = match request.method {
            Method::Get => waki::Method::Get,
            Method::Post => waki::Method::Post,
            Method::Delete => waki::Method::Delete,
        };
        let mut builder = waki::Client::new()
            .request(method, &request.url)
            .connect_timeout(request.timeout);
        for (name, value) in &request.headers {
            let name = waki::header::HeaderName::from_bytes(name.as_bytes()).map_err(|e| format!("header {name:?}: {e}"))?;
            builder = builder.header(name, value.as_str());
        }
        if let Some(body) = &request.body {
            builder = builder.body(body.clone());
        }
        let response = builder.send().map_err(|e| format!("{} {} failed: {e}", request.method.as_str(), request.url))?;
        let status = response.status_code();
        let headers = response
            .headers()
            .iter()
            .filter_map(|(k, v)| Some((k.as_str().to_ascii_lowercase(), v.to_str().ok()?.to_string())))
            .collect();
        let body = response.body().map_err(|e| format!("reading the response body failed: {e}"))?;
        Ok(HttpResponse { status, headers, body })
    }
}
