//! The one pooled HTTP client every outgoing request of a connector goes through:
//! keep-alive, HTTP/2 where the server offers it (ALPN), TLS by rustls with bundled
//! roots plus an operator's CA, the proxies named by `HTTPS_PROXY` / `HTTP_PROXY` /
//! `NO_PROXY`, and no redirects (a redirect would replay the key elsewhere).

use anyhow::Context;
use bytes::Bytes;
use http_body::{Body, Frame};
use http_body_util::BodyExt;
use std::path::{Path, PathBuf};
use std::pin::Pin;
use std::sync::{Arc, LazyLock};
use std::task::{Context as TaskContext, Poll};
use std::time::Duration;
use wasmtime_wasi_http::{Error as HttpError, WasiBody};

/// Request bodies the component sends are small (a batch of leads); this bounds them.
const MAX_REQUEST_BYTES: usize = 32 << 20;

/// Builds the client once the first request needs it.
type Build = Box<dyn FnOnce() -> Result<reqwest::Client, String> + Send>;

#[derive(Clone)]
pub struct Upstream {
    /// Built on the first request: building reads the CA files and parses every root
    /// certificate, which a command that sends nothing (`smartlead tools`, an MCP
    /// server's start) should not wait for.
    client: Arc<LazyLock<Result<reqwest::Client, String>, Build>>,
}

impl Upstream {
    /// `ca_file` (and `SSL_CERT_FILE`) add PEM certificates to the bundled roots, for a
    /// private CA or a company's TLS-inspecting proxy. A file that is not there stops the
    /// start; one that holds no certificate fails the first request, saying so.
    pub fn new(connect_timeout: Duration, ca_file: Option<&Path>) -> anyhow::Result<Self> {
        let from_env = std::env::var_os("SSL_CERT_FILE").filter(|f| !f.is_empty());
        let ca_files: Vec<PathBuf> = ca_file.map(Path::to_path_buf).into_iter().chain(from_env.map(Into::into)).collect();
        for file in &ca_files {
            std::fs::metadata(file).with_context(|| format!("reading the CA file {}", file.display()))?;
        }
        let build: Build = Box::new(move || client(connect_timeout, &ca_files).map_err(|e| format!("building the HTTP client: {e:#}")));
        Ok(Upstream { client: Arc::new(LazyLock::new(build)) })
    }

    /// Sends `request`; the answer's headers must come within `first_byte`, and each
    /// piece of its body within `between_bytes` of the last.
    pub async fn send(&self, request: http::Request<WasiBody>, first_byte: Duration, between_bytes: Duration) -> Result<http::Response<WasiBody>, HttpError> {
        let (parts, body) = request.into_parts();
        let body = http_body_util::Limited::new(body, MAX_REQUEST_BYTES)
            .collect()
            .await
            .map_err(|_| HttpError::HttpRequestBodySize(Some(MAX_REQUEST_BYTES as u64)))?
            .to_bytes();
        let request = reqwest::Request::try_from(http::Request::from_parts(parts, body)).map_err(|_| HttpError::HttpRequestUriInvalid)?;
        let client = LazyLock::force(&self.client).as_ref().map_err(|e| HttpError::InternalError(Some(e.clone())))?;
        let response = match tokio::time::timeout(first_byte, client.execute(request)).await {
            Ok(response) => response.map_err(failure)?,
            Err(_) => return Err(HttpError::ConnectionReadTimeout),
        };
        let response: http::Response<reqwest::Body> = response.into();
        Ok(response.map(|body| TimedBody::new(body, between_bytes).boxed_unsync()))
    }
}

/// The client, trusting the bundled roots and the certificates in `ca_files`.
fn client(connect_timeout: Duration, ca_files: &[PathBuf]) -> anyhow::Result<reqwest::Client> {
    let mut builder = reqwest::Client::builder()
        .connect_timeout(connect_timeout)
        .redirect(reqwest::redirect::Policy::none())
        .pool_idle_timeout(Duration::from_secs(90))
        .tcp_nodelay(true)
        .tls_built_in_root_certs(true);
    for file in ca_files {
        let pem = std::fs::read(file).with_context(|| format!("reading the CA file {}", file.display()))?;
        let certs = reqwest::Certificate::from_pem_bundle(&pem).with_context(|| format!("{} holds no PEM certificate", file.display()))?;
        anyhow::ensure!(!certs.is_empty(), "{} holds no PEM certificate", file.display());
        for cert in certs {
            builder = builder.add_root_certificate(cert);
        }
    }
    Ok(builder.build()?)
}

/// What went wrong, without the URL (which carries the key).
fn failure(e: reqwest::Error) -> HttpError {
    let e = e.without_url();
    let mut chain = e.to_string();
    let mut source = std::error::Error::source(&e);
    while let Some(s) = source {
        chain = format!("{chain}: {s}");
        source = s.source();
    }
    if e.is_timeout() {
        HttpError::ConnectionTimeout
    } else if chain.contains("dns error") {
        HttpError::DnsError { rcode: None, info_code: None }
    } else if chain.contains("Connection refused") {
        HttpError::ConnectionRefused
    } else if chain.contains("certificate") {
        HttpError::TlsCertificateError
    } else {
        HttpError::InternalError(Some(chain))
    }
}

/// A response body that fails when the server goes quiet for longer than allowed.
struct TimedBody {
    inner: http_body_util::combinators::UnsyncBoxBody<Bytes, reqwest::Error>,
    between_bytes: Duration,
    quiet: Pin<Box<tokio::time::Sleep>>,
}

impl TimedBody {
    fn new(body: reqwest::Body, between_bytes: Duration) -> Self {
        TimedBody { inner: body.boxed_unsync(), between_bytes, quiet: Box::pin(tokio::time::sleep(between_bytes)) }
    }
}

impl Body for TimedBody {
    type Data = Bytes;
    type Error = HttpError;

    fn poll_frame(self: Pin<&mut Self>, cx: &mut TaskContext<'_>) -> Poll<Option<Result<Frame<Bytes>, HttpError>>> {
        let this = self.get_mut();
        match Pin::new(&mut this.inner).poll_frame(cx) {
            Poll::Ready(frame) => {
                let deadline = tokio::time::Instant::now() + this.between_bytes;
                this.quiet.as_mut().reset(deadline);
                Poll::Ready(frame.map(|f| f.map_err(failure)))
            }
            Poll::Pending => match this.quiet.as_mut().poll(cx) {
                Poll::Ready(()) => Poll::Ready(Some(Err(HttpError::ConnectionReadTimeout))),
                Poll::Pending => Poll::Pending,
            },
        }
    }

    fn is_end_stream(&self) -> bool {
        self.inner.is_end_stream()
    }

    fn size_hint(&self) -> http_body::SizeHint {
        self.inner.size_hint()
    }
}
