//! Who besides local programs may call the host's HTTP servers (the gateway and MCP):
//! web pages of other sites are refused unless their origin is allowed.

/// Host names and web origins allowed beyond the defaults: loopback names (and, for the
/// gateway, IP addresses) and callers that send no `Origin`, as programs do.
#[derive(Debug, Clone, Default)]
pub struct Allowed {
    /// Host names clients use to reach the server (`*`: any).
    pub hosts: Vec<String>,
    /// Web origins whose pages may call it, e.g. `https://dash.example.com` (`*`: any).
    pub origins: Vec<String>,
}

impl Allowed {
    pub fn any_host(&self) -> bool {
        self.hosts.iter().any(|h| h == "*")
    }

    pub fn any_origin(&self) -> bool {
        self.origins.iter().any(|o| o == "*")
    }
}
