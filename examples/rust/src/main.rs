//! Lists the campaigns of a Smartlead account through the embedded component.
//! Run: SMARTLEAD_API_KEY=... cargo run -p smartlead-example

use smartlead_host::{ApiKey, Connector, Settings};

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let settings = Settings {
        api_key: std::env::var("SMARTLEAD_API_KEY").ok().and_then(|key| ApiKey::new(&key)),
        base_url: std::env::var("SMARTLEAD_BASE_URL").unwrap_or(smartlead_host::DEFAULT_BASE_URL.into()),
        ..Settings::default()
    };
    let connector = Connector::new(settings)?;
    match connector.call_tool("list_all_smartlead_campaigns", &serde_json::json!({"limit": 20})).await? {
        Ok(page) => page["result"].as_array().into_iter().flatten().for_each(|c| println!("{} {}", c["id"], c["name"])),
        Err(e) => anyhow::bail!("Smartlead said {}: {}", e.kind, e.message),
    }
    Ok(())
}
