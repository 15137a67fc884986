//! Which web pages may use the gateway: the guard against a page of another site
//! spending the key the gateway holds.

use crate::core::error::{Error, RemoteError, Result};
use std::net::IpAddr;

/// Browsers add `Origin` to a page's cross-site requests (and to every POST) and send
/// the page's own hostname as `Host`; programs (curl, SDKs, agents) send no `Origin` and
/// the host they dialled. So a request is refused when its `Origin` is not allowed (a
/// page of another site calling in) or its `Host` is a name that is not allowed (a page
/// whose hostname an attacker re-pointed at this address). Loopback names and IP
/// addresses are always served: a page cannot make a browser send them without being
/// served from them.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Access {
    hosts: Vec<String>,
    origins: Vec<String>,
}

pub const ALLOWED_HOSTS_VAR: &str = "SMARTLEAD_ALLOWED_HOSTS";
pub const ALLOWED_ORIGINS_VAR: &str = "SMARTLEAD_ALLOWED_ORIGINS";

/// What an allowed page may send in a CORS request.
const CORS_METHODS: &str = "GET, POST, PUT, PATCH, DELETE";
fn cors_headers() -> String {
    format!("content-type, {}", super::API_KEY_HEADER)
}

impl Access {
    /// The allow-lists from `SMARTLEAD_ALLOWED_HOSTS` and `SMARTLEAD_ALLOWED_ORIGINS`:
    /// comma-separated; `*` allows any.
    pub fn from_env(env: impl Fn(&str) -> Option<String>) -> Access {
        let list = |name| env(name).map(|v| v.split(',').map(|s| s.trim().trim_end_matches('/').to_ascii_lowercase()).filter(|s| !s.is_empty()).collect()).unwrap_or_default();
        Access { hosts: list(ALLOWED_HOSTS_VAR), origins: list(ALLOWED_ORIGINS_VAR) }
    }

    /// `Ok` for a request this gateway serves; a 403 naming the setting otherwise.
    pub fn check(&self, host: Option<&str>, origin: Option<&str>) -> Result<()> {
        if let Some(origin) = origin.filter(|o| !self.allows_origin(o)) {
            return Err(forbidden(format!(
                "requests from web pages of other sites are refused (Origin {origin}); to let that page call this gateway, allow its origin with {ALLOWED_ORIGINS_VAR}={origin} (`smartlead serve --allow-origin {origin}`)"
            )));
        }
        if let Some(name) = host.map(hostname).filter(|name| !self.allows_host(name)) {
            return Err(forbidden(format!(
                "Host {name} is not served: a web page under that name could use this gateway's key; if clients reach this gateway by that name, allow it with {ALLOWED_HOSTS_VAR}={name} (`smartlead serve --allow-host {name}`)"
            )));
        }
        Ok(())
    }

    /// The headers that let an allowed page read the answer (none for other callers).
    pub fn cors_headers(&self, origin: Option<&str>) -> Vec<(&'static str, String)> {
        match origin.filter(|o| self.allows_origin(o)) {
            Some(origin) => vec![("access-control-allow-origin", origin.to_string()), ("vary", "origin".into())],
            None => Vec::new(),
        }
    }

    /// The answer to an allowed page's CORS preflight.
    pub fn preflight_headers(&self) -> Vec<(&'static str, String)> {
        vec![
            ("access-control-allow-methods", CORS_METHODS.into()),
            ("access-control-allow-headers", cors_headers()),
            ("access-control-max-age", "600".into()),
        ]
    }

    fn allows_origin(&self, origin: &str) -> bool {
        listed(&self.origins, origin.trim_end_matches('/'))
    }

    fn allows_host(&self, name: &str) -> bool {
        name.eq_ignore_ascii_case("localhost") || name.parse::<IpAddr>().is_ok() || listed(&self.hosts, name)
    }
}

/// Whether an allow-list (lower-case, as `from_env` keeps it) admits `value`.
fn listed(list: &[String], value: &str) -> bool {
    let value = value.to_ascii_lowercase();
    list.iter().any(|allowed| allowed == "*" || *allowed == value)
}

/// The name in a `Host` value, without its port or an IPv6 address's brackets.
fn hostname(host: &str) -> &str {
    if host.parse::<IpAddr>().is_ok() {
        return host;
    }
    if let Some(v6) = host.strip_prefix('[') {
        return v6.split(']').next().unwrap_or(v6);
    }
    match host.rsplit_once(':') {
        Some((name, port)) if port.bytes().all(|b| b.is_ascii_digit()) => name,
        _ => host,
    }
}

pub(crate) fn forbidden(message: String) -> Error {
    Error::Unauthorized(RemoteError { status: 403, message })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn access(hosts: &str, origins: &str) -> Access {
        Access::from_env(|name| match name {
            ALLOWED_HOSTS_VAR => Some(hosts.to_string()),
            ALLOWED_ORIGINS_VAR => Some(origins.to_string()),
            _ => None,
        })
    }

    #[test]
    fn programs_on_loopback_or_an_address_are_served() {
        let a = Access::default();
        for host in [None, Some("127.0.0.1:8080"), Some("localhost"), Some("LOCALHOST:80"), Some("[::1]:8080"), Some("10.0.0.7"), Some("::1")] {
            assert_eq!(a.check(host, None), Ok(()), "{host:?}");
        }
    }

    #[test]
    fn a_name_not_allowed_is_refused_with_the_setting_to_change() {
        let a = Access::default();
        let e = a.check(Some("rebound.example:8080"), None).unwrap_err();
        assert_eq!(e.kind(), "unauthorized");
        assert!(e.message().contains("SMARTLEAD_ALLOWED_HOSTS=rebound.example "), "{}", e.message());
        assert!(a.check(Some("localhost.example"), None).is_err());
        let allowed = access("api.example.com, Gateway.Internal", "");
        assert_eq!(allowed.check(Some("API.example.com:443"), None), Ok(()));
        assert_eq!(allowed.check(Some("gateway.internal"), None), Ok(()));
        assert!(allowed.check(Some("other.example.com"), None).is_err());
        assert_eq!(access("*", "").check(Some("anything.example"), None), Ok(()));
    }

    #[test]
    fn pages_of_other_sites_are_refused_unless_their_origin_is_allowed() {
        let a = Access::default();
        for origin in ["https://evil.example", "null", "http://127.0.0.1:8080"] {
            let e = a.check(Some("127.0.0.1:8080"), Some(origin)).unwrap_err();
            assert!(e.message().contains(&format!("SMARTLEAD_ALLOWED_ORIGINS={origin}")), "{}", e.message());
            assert!(a.cors_headers(Some(origin)).is_empty());
        }
        let allowed = access("", "https://dash.example.com/, http://localhost:3000");
        assert_eq!(allowed.check(Some("127.0.0.1"), Some("https://DASH.example.com")), Ok(()));
        assert_eq!(allowed.cors_headers(Some("http://localhost:3000")), vec![("access-control-allow-origin", "http://localhost:3000".to_string()), ("vary", "origin".into())]);
        assert!(allowed.check(Some("127.0.0.1"), Some("https://dash.example.com.evil.example")).is_err());
        assert!(allowed.cors_headers(None).is_empty());
        assert_eq!(access("", "*").check(None, Some("https://any.example")), Ok(()));
    }
}
