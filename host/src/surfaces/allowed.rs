//! Who besides local programs may call the host's HTTP servers (the gateway and MCP):
//! web pages of other sites are refused unless their origin is allowed.

use smartlead_component::surfaces::gateway::access::{ALLOWED_HOSTS_VAR, ALLOWED_ORIGINS_VAR};

/// Host names and web origins allowed beyond the defaults: loopback names (and, for the
/// gateway, IP addresses) and callers that send no `Origin`, as programs do. Also the
/// `--allow-host` / `--allow-origin` options of `smartlead serve` and `smartlead mcp`.
#[derive(Debug, Clone, Default, clap::Args)]
pub struct Allowed {
    /// A host name clients reach the server by (loopback names always work, and IP
    /// addresses for `serve`); other names are refused so a web page cannot rebind its
    /// name to this address. `*`: any.
    #[arg(long = "allow-host", value_name = "NAME", env = ALLOWED_HOSTS_VAR, value_delimiter = ',')]
    pub hosts: Vec<String>,
    /// A web origin whose pages may call the server, e.g. https://dash.example.com;
    /// requests from other web pages are refused. `*`: any.
    #[arg(long = "allow-origin", value_name = "ORIGIN", env = ALLOWED_ORIGINS_VAR, value_delimiter = ',')]
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
