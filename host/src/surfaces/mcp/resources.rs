//! The account's reference data and the catalog as MCP resources with stable URIs, read
//! without spending a tool call.

use rmcp::model::Resource;

/// A resource: its URI, name, what it holds, and the list tool it is read with (`None`:
/// the catalog itself, read without asking Smartlead).
pub struct Entry {
    pub uri: &'static str,
    pub name: &'static str,
    pub description: &'static str,
    pub tool: Option<&'static str>,
}

pub const CATALOG_URI: &str = "smartlead://catalog";

pub const ENTRIES: &[Entry] = &[
    Entry { uri: "smartlead://campaigns", name: "campaigns", description: "The account's campaigns: id, name, status and settings, every page.", tool: Some("list_all_smartlead_campaigns") },
    Entry { uri: "smartlead://lead-categories", name: "lead-categories", description: "The lead categories (Interested, Meeting Booked, ...) with their ids.", tool: Some("list_all_smartlead_lead_category") },
    Entry { uri: "smartlead://email-accounts", name: "email-accounts", description: "The account's mailboxes: id, address, limits and warm-up, every page.", tool: Some("list_all_smartlead_email_accounts") },
    Entry { uri: CATALOG_URI, name: "catalog", description: "Every Smartlead operation this server can call, by toolset: name, description, effect and route.", tool: None },
];

/// Records a page of a paged list holds when read as a resource.
pub const PAGE: usize = 100;

/// Records a resource holds at most: 50 pages.
pub const MAX_RECORDS: usize = 50 * PAGE;

pub fn find(uri: &str) -> Option<&'static Entry> {
    ENTRIES.iter().find(|e| e.uri == uri)
}

pub fn listed() -> Vec<Resource> {
    ENTRIES.iter().map(|e| Resource::new(e.uri, e.name).with_description(e.description).with_mime_type("application/json")).collect()
}
