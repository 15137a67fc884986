//! Which of the component's toolsets a session lists: chosen by `--toolsets`, by the
//! `X-MCP-Toolsets` header or by a `/mcp/x/{toolsets}` path; read-only mode applies on top.

use crate::bindings::tools::Toolset;
use std::collections::BTreeSet;
use std::sync::Arc;

/// The header (and, as `/mcp/x/{toolsets}`, the path) that chooses a request's toolsets.
pub const HEADER: &str = "x-mcp-toolsets";

/// What a plain `smartlead mcp` lists besides search and call: the everyday work on a
/// campaign's leads and on leads across the account, under 40 KB with the two meta-tools
/// (docs/mcp.md, "Toolsets", gives the bytes of each toolset).
pub const DEFAULT: &str = "campaign-leads,leads";

/// A session's choice of toolsets and the tools they hold.
#[derive(Debug, Clone, PartialEq)]
pub struct Selection {
    /// The toolsets as chosen, e.g. `campaign-leads,leads`.
    pub spec: String,
    /// Their tools, by name.
    pub tools: BTreeSet<String>,
}

/// The component's toolsets, to choose from.
#[derive(Debug, Clone)]
pub struct Toolsets(Arc<Vec<Toolset>>);

impl Toolsets {
    pub fn new(sets: Vec<Toolset>) -> Self {
        Toolsets(Arc::new(sets))
    }

    /// The tools of the toolsets named in `spec` (comma-separated); an unknown name is an
    /// error that lists the known ones.
    pub fn select(&self, spec: &str) -> Result<Arc<Selection>, String> {
        let mut chosen = BTreeSet::new();
        for name in spec.split(',').map(str::trim).filter(|n| !n.is_empty()) {
            let Some(set) = self.0.iter().find(|s| s.name == name) else {
                return Err(format!("{name:?} is not a toolset; toolsets: {}", self.names().join(", ")));
            };
            chosen.extend(set.tools.iter().cloned());
        }
        Ok(Arc::new(Selection { spec: spec.trim().to_string(), tools: chosen }))
    }

    pub fn names(&self) -> Vec<&str> {
        self.0.iter().map(|s| s.name.as_str()).collect()
    }

    /// The toolsets a tool is in, `all` left out.
    pub fn of(&self, tool: &str) -> Vec<&str> {
        self.0.iter().filter(|s| s.name != "all" && s.tools.iter().any(|t| t == tool)).map(|s| s.name.as_str()).collect()
    }

    pub fn iter(&self) -> impl Iterator<Item = &Toolset> {
        self.0.iter()
    }
}

/// The toolsets an HTTP request asks for: a `/mcp/x/{toolsets}` path (the server sees
/// `/x/{toolsets}` below `/mcp`), else the `X-MCP-Toolsets` header; `None` takes the
/// server's own.
pub fn requested(parts: &http::request::Parts) -> Option<String> {
    if let Some(sets) = parts.uri.path().strip_prefix("/x/") {
        let sets = sets.trim_end_matches('/');
        // A comma in a path segment may come escaped (`a%2Cb`).
        return form_urlencoded::parse(format!("x={sets}").as_bytes()).next().map(|(_, v)| v.into_owned());
    }
    parts.headers.get(HEADER).and_then(|v| v.to_str().ok()).map(str::to_string)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sets() -> Toolsets {
        let set = |name: &str, tools: &[&str]| Toolset { name: name.into(), description: String::new(), tools: tools.iter().map(|t| t.to_string()).collect() };
        Toolsets::new(vec![set("leads", &["a", "b"]), set("webhooks", &["c"]), set("all", &["a", "b", "c"])])
    }

    #[test]
    fn a_selection_is_the_union_and_an_unknown_name_names_the_known_ones() {
        let chosen = sets().select("leads, webhooks").unwrap();
        assert_eq!(chosen.tools.iter().map(String::as_str).collect::<Vec<_>>(), ["a", "b", "c"]);
        let e = sets().select("leads,inbox").unwrap_err();
        assert!(e.contains("\"inbox\" is not a toolset; toolsets: leads, webhooks, all"), "{e}");
        assert_eq!(sets().of("a"), ["leads"]);
    }

    #[test]
    fn a_toolset_path_wins_over_the_header() {
        let parts = |uri: &str, header: Option<&str>| {
            let mut request = http::Request::builder().uri(uri);
            if let Some(h) = header {
                request = request.header(HEADER, h);
            }
            request.body(()).unwrap().into_parts().0
        };
        assert_eq!(requested(&parts("/x/leads%2Cwebhooks", Some("all"))).as_deref(), Some("leads,webhooks"));
        assert_eq!(requested(&parts("/x/leads,webhooks/", None)).as_deref(), Some("leads,webhooks"));
        assert_eq!(requested(&parts("/", Some("all"))).as_deref(), Some("all"));
        assert_eq!(requested(&parts("/", None)), None);
    }
}
