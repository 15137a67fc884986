//! `smartlead demo`: the main flows end to end — component, host, and a mock Smartlead
//! started in-process — printed as a short report.

use crate::{ApiKey, Connector, Settings};
use anyhow::{Context, bail};
use serde_json::{Value, json};
use smartlead_mock::MockServer;
use std::io::Write;

/// Runs the demo, writing the report to `out`.
pub async fn run(out: &mut impl Write) -> anyhow::Result<()> {
    let key = "demo-key";
    let mock = MockServer::start(key)?;
    let connector = Connector::new(Settings { api_key: ApiKey::new(key), base_url: mock.base_url(), ..Settings::default() })?;
    let call = |tool: &'static str, args: Value| {
        let connector = connector.clone();
        async move {
            match connector.call_tool(tool, &args).await? {
                Ok(v) => Ok(v),
                Err(e) => bail!("{tool} failed: {e}"),
            }
        }
    };

    writeln!(out, "Smartlead component demo — mock Smartlead at {}\n", mock.base_url())?;
    let tools = connector.list_tools().await?;
    writeln!(out, "• {} tools available", tools.len())?;

    let created = call("create_a_smartlead_campaign", json!({"name": "Q1 founders outreach"})).await?;
    let campaign = created["id"].as_u64().context("campaign id")?;
    writeln!(out, "• created campaign {campaign} \"{}\"", created["name"].as_str().unwrap_or(""))?;

    let accounts = call("list_all_smartlead_email_accounts", json!({})).await?;
    let account_ids: Vec<u64> = accounts["result"].as_array().into_iter().flatten().filter_map(|a| a["id"].as_u64()).collect();
    call("create_a_smartlead_campaign_email_account", json!({"campaign_id": campaign, "email_account_ids": account_ids})).await?;
    writeln!(out, "• attached {} sending mailboxes (passwords never leave Smartlead)", account_ids.len())?;

    let people = [("Ada", "Lovelace", "Analytical Engines"), ("Grace", "Hopper", "Compilers Inc"), ("Alan", "Turing", "Bletchley Labs"),
        ("Edsger", "Dijkstra", "Shortest Paths BV"), ("Barbara", "Liskov", "Substitution Co")];
    let leads: Vec<Value> = people
        .iter()
        .map(|(first, last, company)| {
            json!({"email": format!("{}@{}.test", first.to_lowercase(), last.to_lowercase()), "first_name": first, "last_name": last,
                   "company_name": company, "custom_fields": {"role": "Founder", "source": "demo"}})
        })
        .collect();
    let added = call("create_a_smartlead_campaign_lead", json!({"campaign_id": campaign, "lead_list": leads})).await?;
    writeln!(out, "• added {} leads with custom fields (upload_count {})", added["total_leads"], added["upload_count"])?;

    let mut cursor = Value::Null;
    let mut page = 0;
    let mut first_lead = None;
    loop {
        page += 1;
        let listed = call("list_all_smartlead_campaign_leads", json!({"campaign_id": campaign, "limit": 2, "next_cursor": cursor})).await?;
        let emails: Vec<&str> = listed["result"].as_array().into_iter().flatten().filter_map(|r| r["lead"]["email"].as_str()).collect();
        first_lead = first_lead.or_else(|| listed["result"][0]["lead"]["id"].as_u64());
        writeln!(out, "  page {page}: {}", emails.join(", "))?;
        cursor = listed["next_cursor"].clone();
        if cursor.is_null() {
            break;
        }
    }
    let lead = first_lead.context("a lead to work with")?;

    call("smartlead_campaign_leads_pause_lead", json!({"campaign_id": campaign, "id": lead})).await?;
    call("smartlead_campaign_leads_resume_leads", json!({"campaign_id": campaign, "id": lead})).await?;
    writeln!(out, "• paused and resumed lead {lead}")?;

    let categories = call("list_all_smartlead_lead_category", json!({})).await?;
    let interested = categories["result"].as_array().into_iter().flatten().find(|c| c["name"] == "Interested").context("Interested category")?;
    call("smartlead_campaign_leads_update_lead_category", json!({"campaign_id": campaign, "id": lead, "category_id": interested["id"]})).await?;
    writeln!(out, "• marked lead {lead} as Interested (category {})", interested["id"])?;

    call("smartlead_campaigns_update_campaign_status", json!({"id": campaign, "status": "START"})).await?;
    let analytics = call("smartlead_campaigns_top_level_analytics", json!({"id": campaign})).await?;
    writeln!(
        out,
        "• analytics: status {}, sent {}, opened {}, replied {}, interested {} (numbers, though Smartlead sends strings)",
        analytics["status"], analytics["sent_count"], analytics["unique_open_count"], analytics["reply_count"],
        analytics["campaign_lead_stats"]["interested"]
    )?;
    let stats = call("list_all_smartlead_campaign_statistics", json!({"id": campaign, "limit": 100})).await?;
    writeln!(out, "• statistics: {} emails sent, first to {}", stats["result"].as_array().map_or(0, Vec::len), stats["result"][0]["lead_email"])?;

    let hook = call(
        "create_a_smartlead_campaign_webhook",
        json!({"campaign_id": campaign, "name": "Replies to CRM", "webhook_url": "https://crm.example.com/hooks/smartlead",
               "event_types": ["EMAIL_REPLY", "LEAD_CATEGORY_UPDATED"], "categories": ["Interested"]}),
    )
    .await?;
    writeln!(out, "• registered webhook {} for {}", hook["id"], hook["event_types"])?;

    let requests = mock.requests();
    let keyed = requests.iter().filter(|r| r.query("api_key") == Some(key)).count();
    writeln!(out, "\nThe mock received {} requests; {keyed} carried the key, added by the host outside the sandbox.", requests.len())?;
    Ok(())
}
