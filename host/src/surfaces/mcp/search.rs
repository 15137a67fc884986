//! Search over the whole catalog by words (BM25, stemmed, stop words dropped), toolset
//! and effect: what `search_smartlead_operations` answers with.

use super::toolsets::Toolsets;
use crate::Tool;
use bm25::{Document, Language, SearchEngine, SearchEngineBuilder};
use serde_json::{Value, json};

/// Words people use for what Smartlead's routes name otherwise; a query word adds its
/// synonyms, so "mailbox" finds the email-account operations.
const SYNONYMS: &[(&str, &str)] = &[
    ("mailbox", "email account sender"),
    ("mailboxes", "email accounts senders"),
    ("sequence", "sequences steps emails"),
    ("steps", "sequences"),
    ("stop", "pause"),
    ("run", "create start"),
    ("launch", "create start"),
    ("halt", "pause"),
    ("remove", "delete"),
    ("contact", "lead"),
    ("contacts", "leads"),
    ("prospect", "lead"),
    ("customer", "client"),
    ("customers", "clients"),
    ("deliverability", "placement spam smartdelivery"),
    ("spam", "placement spam"),
    ("stats", "statistics analytics"),
    ("metrics", "statistics analytics"),
    ("performance", "analytics statistics"),
    ("warmup", "warm-up warmup"),
    ("unsubscribed", "unsubscribe"),
    ("opt", "unsubscribe"),
    ("blacklist", "blacklist block"),
    ("label", "tag category"),
    ("labels", "tags categories"),
    ("buy", "order purchase"),
];

/// What an operation does to Smartlead's data, as the search tool filters and reports it.
pub fn effect(tool: &Tool) -> &'static str {
    match (tool.annotations.read_only, tool.annotations.destructive) {
        (true, _) => "read",
        (false, true) => "destructive",
        (false, false) => "write",
    }
}

/// The catalog, indexed once.
pub struct Search {
    engine: SearchEngine<usize>,
}

impl Search {
    pub fn new(tools: &[Tool], toolsets: &Toolsets) -> Self {
        let documents = tools.iter().enumerate().map(|(i, t)| Document::new(i, text_of(t, toolsets)));
        Search { engine: SearchEngineBuilder::<usize>::with_documents(Language::English, documents).build() }
    }

    /// The indexes into `tools` of the best matches for `query`, best first, at most `limit`,
    /// among the tools `keep` admits.
    pub fn find(&self, query: &str, limit: usize, keep: impl Fn(usize) -> bool) -> Vec<usize> {
        let expanded = expand(query);
        self.engine.search(&expanded, None).into_iter().map(|r| r.document.id).filter(|&i| keep(i)).take(limit).collect()
    }
}

/// What a tool is found by: its name in words, its description, its route and its
/// toolsets with what they are for.
fn text_of(tool: &Tool, toolsets: &Toolsets) -> String {
    let name = tool.name.replace('_', " ").replace("smartlead ", "");
    let route: String = tool.route.path.split(['/', '_', '-', '{', '}']).filter(|w| !w.is_empty()).collect::<Vec<_>>().join(" ");
    let sets: Vec<String> = toolsets.iter().filter(|s| s.name != "all" && s.name != "core" && s.tools.contains(&tool.name)).map(|s| format!("{} {}", s.name.replace('-', " "), s.description)).collect();
    // The name and route say most precisely what a tool does, so they count twice.
    format!("{name} {name} {route} {route} {} {}", tool.description, sets.join(" "))
}

fn expand(query: &str) -> String {
    let mut words: Vec<String> = vec![query.to_string()];
    for word in query.split(|c: char| !c.is_alphanumeric()).map(str::to_lowercase) {
        if let Some((_, more)) = SYNONYMS.iter().find(|(w, _)| *w == word) {
            words.push(more.to_string());
        }
    }
    words.join(" ")
}

/// One search hit as the tool reports it: enough to call the operation.
pub fn hit(tool: &Tool, toolsets: &Toolsets) -> Value {
    json!({
        "name": tool.name,
        "description": tool.description,
        "effect": effect(tool),
        "toolsets": toolsets.of(&tool.name),
        "route": {"method": tool.route.method, "path": tool.route.path, "base": tool.route.base, "docs": tool.route.docs},
        "input_schema": tool.input_schema,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Connector, Settings};

    /// Twenty things users ask, each with the operation that does it (or the ones that
    /// answer it equally well); the search's top 3 should hold one.
    const INTENTS: &[(&str, &[&str])] = &[
        ("pause lead 5 in campaign 9", &["smartlead_campaign_leads_pause_lead"]),
        ("which mailboxes have spam placement above 10 %", &["list_all_smartlead_smart_delivery_mailbox_summary", "list_all_smartlead_smart_delivery_sender_reports"]),
        ("save a campaign's sequence", &["smartlead_campaigns_save_sequences"]),
        ("add leads to a campaign", &["create_a_smartlead_campaign_lead"]),
        ("unsubscribe a lead from every campaign", &["smartlead_leads_unsubscribe"]),
        ("show unread replies", &["list_all_smartlead_master_inbox_unread_replies"]),
        ("mark a conversation as read", &["smartlead_master_inbox_change_read_status"]),
        ("start sending a campaign", &["smartlead_campaigns_update_campaign_status"]),
        ("turn on warm-up for a mailbox", &["create_a_smartlead_email_account_warmup_setting"]),
        ("get a webhook call for every reply in the account", &["create_a_smartlead_webhook"]),
        ("give an agency client its own API key", &["create_a_smartlead_client_api_key"]),
        ("find the work email of a person at a company", &["smartlead_prospect_find_emails"]),
        ("positive replies per day this month", &["list_all_smartlead_analytics_day_wise_positive_replies"]),
        ("move leads from one list to another", &["smartlead_lead_lists_move_leads"]),
        ("add a note to a lead", &["smartlead_master_inbox_create_note"]),
        ("run an inbox placement test", &["smartlead_smart_delivery_create_manual_test", "smartlead_smart_delivery_create_automated_test"]),
        ("block a competitor's domain", &["smartlead_leads_block", "smartlead_master_inbox_block_domains"]),
        ("export a campaign's leads to CSV", &["smartlead_campaigns_export_campaign_leads_csv"]),
        ("the emails exchanged with a lead", &["list_all_smartlead_campaign_lead_message_history"]),
        ("buy new domains and mailboxes", &["smartlead_smart_senders_place_order"]),
    ];

    /// The component's own tools and toolsets, indexed.
    async fn catalog() -> (Vec<Tool>, Toolsets, Search) {
        let connector = Connector::new(Settings::default()).unwrap();
        let tools = connector.list_tools().await.unwrap();
        let toolsets = Toolsets::new(connector.toolsets().await.unwrap());
        let search = Search::new(&tools, &toolsets);
        (tools, toolsets, search)
    }

    /// The hit rate over the real catalog, printed for the figure; at least 18 of 20.
    #[tokio::test(flavor = "multi_thread")]
    async fn the_top_three_hold_the_right_operation_for_at_least_18_of_20_intents() {
        let (tools, _, search) = catalog().await;
        let mut misses = Vec::new();
        for (intent, right) in INTENTS {
            let top: Vec<&str> = search.find(intent, 3, |_| true).into_iter().map(|i| tools[i].name.as_str()).collect();
            if !top.iter().any(|name| right.contains(name)) {
                misses.push(format!("{intent:?}: got {top:?}"));
            }
        }
        let hits = INTENTS.len() - misses.len();
        eprintln!("search: the top 3 held the right operation for {hits} of {} intents; misses: {misses:#?}", INTENTS.len());
        assert!(hits >= 18, "{hits} of {}: {misses:#?}", INTENTS.len());
    }

    #[tokio::test(flavor = "multi_thread")]
    async fn filters_keep_only_the_toolset_and_effect_asked_for() {
        let (tools, toolsets, search) = catalog().await;
        let found = search.find("delete", 20, |i| effect(&tools[i]) == "destructive" && toolsets.of(&tools[i].name).contains(&"webhooks"));
        assert!(!found.is_empty());
        assert!(found.iter().all(|&i| tools[i].name.contains("webhook") && tools[i].annotations.destructive));
        assert!(search.find("zzzz qqqq", 5, |_| true).is_empty(), "words no operation has find nothing");
    }
}
