//! The host's policy for the component's outgoing HTTP: requests may only go to the
//! configured Smartlead base URL, and the API key is added here, outside the sandbox.

use http::Uri;
use std::future::Future;
use std::time::Duration;
use wasmtime_wasi_http::{Error as HttpError, RequestOptions, WasiBody, WasiHttpHooks};

type Io = Box<dyn Future<Output = Result<(), HttpError>> + Send>;

/// What the component may reach and with which credentials.
#[derive(Clone)]
pub struct Outbound {
    /// Scheme and authority of the base URL: the only destination allowed.
    allowed: (String, String),
    /// Added as `api_key` to every request when the host holds the key.
    api_key: Option<String>,
    /// Bound on connecting and on the first response byte, per request.
    timeout: Duration,
}

impl Outbound {
    pub fn new(base_url: &str, api_key: Option<String>, timeout: Duration) -> anyhow::Result<Self> {
        let uri: Uri = base_url.parse().map_err(|e| anyhow::anyhow!("base URL {base_url:?} is not a URL: {e}"))?;
        let (Some(scheme), Some(authority)) = (uri.scheme_str(), uri.authority()) else {
            anyhow::bail!("base URL {base_url:?} needs a scheme and a host, e.g. https://server.smartlead.ai/api/v1");
        };
        let allowed = (scheme.to_ascii_lowercase(), authority.as_str().to_ascii_lowercase());
        Ok(Outbound { allowed, api_key, timeout })
    }

    /// The same policy with another key, e.g. one a gateway request brought.
    pub fn with_api_key(&self, api_key: Option<String>) -> Self {
        Outbound { api_key, ..self.clone() }
    }

    fn permits(&self, uri: &Uri) -> bool {
        let scheme = uri.scheme_str().unwrap_or("").to_ascii_lowercase();
        let authority = uri.authority().map(|a| a.as_str().to_ascii_lowercase()).unwrap_or_default();
        (scheme, authority) == self.allowed
    }

    /// The same URI with `api_key` appended to its query.
    fn with_key(uri: &Uri, key: &str) -> Result<Uri, HttpError> {
        let mut parts = uri.clone().into_parts();
        let path = parts.path_and_query.as_ref().map_or("/", |p| p.path());
        let mut query = form_urlencoded::Serializer::new(uri.query().unwrap_or("").to_string());
        query.append_pair("api_key", key);
        parts.path_and_query = Some(format!("{path}?{}", query.finish()).parse().map_err(|_| HttpError::HttpRequestUriInvalid)?);
        Uri::from_parts(parts).map_err(|_| HttpError::HttpRequestUriInvalid)
    }
}

/// Removes `key`, as added to URLs (URL-encoded) and as given, from text that may
/// echo a request.
pub fn redact(text: String, key: Option<&str>) -> String {
    match key {
        Some(key) if !key.is_empty() => {
            let encoded: String = form_urlencoded::byte_serialize(key.as_bytes()).collect();
            text.replace(key, "[redacted]").replace(&encoded, "[redacted]")
        }
        _ => text,
    }
}

impl WasiHttpHooks for Outbound {
    fn send_request(
        &mut self,
        mut request: http::Request<WasiBody>,
        options: Option<RequestOptions>,
        _: Io,
    ) -> Box<dyn Future<Output = Result<(http::Response<WasiBody>, Io), HttpError>> + Send> {
        let policy = self.clone();
        Box::new(async move {
            if !policy.permits(request.uri()) {
                return Err(HttpError::HttpRequestDenied);
            }
            if let Some(key) = &policy.api_key {
                *request.uri_mut() = Outbound::with_key(request.uri(), key)?;
            }
            // The guest can only bound connecting (waki); bound the first byte here too,
            // so a hung server becomes a transport error instead of a hung call.
            let options = options.unwrap_or_default();
            let options = RequestOptions {
                connect_timeout: options.connect_timeout.or(Some(policy.timeout)),
                first_byte_timeout: options.first_byte_timeout.or(Some(policy.timeout)),
                between_bytes_timeout: options.between_bytes_timeout.or(Some(policy.timeout)),
            };
            let (response, io) = wasmtime_wasi_http::default_send_request(request, Some(options)).await?;
            Ok((response.map(http_body_util::BodyExt::boxed_unsync), Box::new(io) as Io))
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_base_url_host_is_allowed() {
        let o = Outbound::new("http://127.0.0.1:8787/api/v1", None, Duration::from_secs(1)).unwrap();
        assert!(o.permits(&"http://127.0.0.1:8787/api/v1/campaigns".parse().unwrap()));
        assert!(!o.permits(&"http://127.0.0.1:9999/api/v1/campaigns".parse().unwrap()));
        assert!(!o.permits(&"https://127.0.0.1:8787/api/v1".parse().unwrap()));
        assert!(!o.permits(&"http://evil.test/api/v1".parse().unwrap()));
    }

    #[test]
    fn redaction_removes_the_key_as_given_and_as_url_encoded() {
        let text = "key k&1 in http://h/x?api_key=k%261".to_string();
        assert_eq!(redact(text.clone(), Some("k&1")), "key [redacted] in http://h/x?api_key=[redacted]");
        assert_eq!(redact(text.clone(), Some("")), text);
        assert_eq!(redact(text.clone(), None), text);
    }

    #[test]
    fn the_key_joins_the_query() {
        let uri: Uri = "http://h/api/v1/leads/?email=a%40b.co".parse().unwrap();
        assert_eq!(Outbound::with_key(&uri, "k&1").unwrap().to_string(), "http://h/api/v1/leads/?email=a%40b.co&api_key=k%261");
        let uri: Uri = "http://h/api/v1/campaigns".parse().unwrap();
        assert_eq!(Outbound::with_key(&uri, "k").unwrap().to_string(), "http://h/api/v1/campaigns?api_key=k");
    }
}
