//! `smartlead call TOOL [--args JSON|@FILE|-] [--all]`: one tool, its JSON result on
//! stdout; with `--all`, every page of a list tool as one record a line.

use super::tools::find;
use super::{Context, needs_key};
use crate::failure::fail;
use smartlead_host::Connector;
use smartlead_host::core::invalid::invalid;
use std::io::Write;

#[derive(clap::Args)]
pub struct Args {
    /// Tool name, e.g. list_all_smartlead_campaigns (`smartlead tools` lists them).
    tool: String,
    /// Arguments as a JSON object; @FILE reads them from a file, - from stdin.
    #[arg(long, default_value = "{}")]
    args: String,
    /// For list tools: follow every page and print one record per line (NDJSON).
    #[arg(long)]
    all: bool,
}

pub async fn run(args: Args, ctx: Context<'_>) -> anyhow::Result<()> {
    let arguments = read_args(&args.args)?;
    needs_key(&ctx.settings)?;
    let connector = Connector::new(ctx.settings)?;
    let tool = args.tool;
    if args.all {
        let tools = connector.list_tools().await?;
        if !find(&tools, &tool)?.takes("next_cursor") {
            return Err(invalid(format!("--all follows the pages of a list tool; {tool} returns one record")));
        }
        let mut session = connector.session().await?;
        let mut out = std::io::stdout().lock();
        return match session.each_record(&tool, &arguments, |record| Ok(writeln!(out, "{record}")?)).await? {
            Ok(_) => Ok(()),
            Err(e) => fail(e),
        };
    }
    match connector.call_tool(&tool, &arguments).await? {
        Ok(result) => {
            println!("{}", serde_json::to_string_pretty(&result)?);
            Ok(())
        }
        Err(e) if e.message.starts_with("unknown tool") => Err(find(&connector.list_tools().await?, &tool).err().unwrap_or_else(|| invalid(e.message))),
        Err(e) => fail(e),
    }
}

/// `--args`: the JSON itself, `@FILE`, or `-` for stdin (the way past the 128 KB an
/// argument may hold, for a batch of leads).
fn read_args(args: &str) -> anyhow::Result<serde_json::Value> {
    let text = match args {
        "-" => std::io::read_to_string(std::io::stdin()).map_err(|e| invalid(format!("`--args -`: reading stdin failed: {e}")))?,
        file if file.starts_with('@') => std::fs::read_to_string(&file[1..]).map_err(|e| invalid(format!("`--args {file}`: {e}")))?,
        json => json.to_string(),
    };
    serde_json::from_str(&text).map_err(|e| invalid(format!("`--args` is not valid JSON: {e}")))
}
