//! `smartlead tools [NAME] [--markdown]`: the component's tools, as JSON or as the
//! reference table of docs/tools.md.

use super::Context;
use smartlead_host::core::invalid::invalid;
use smartlead_host::surfaces::mcp::toolsets::Toolsets;
use smartlead_host::bindings::tools::ToolRoute;
use smartlead_host::{Annotations, Connector, Tool};

#[derive(clap::Args)]
pub struct Args {
    /// Print this one tool, with its input and output schemas.
    name: Option<String>,
    /// Print a Markdown table instead (the tool reference in docs/tools.md).
    #[arg(long, conflicts_with = "name")]
    markdown: bool,
}

pub async fn run(args: Args, ctx: Context<'_>) -> anyhow::Result<()> {
    let connector = Connector::new(ctx.settings)?;
    let tools = connector.list_tools().await?;
    let toolsets = Toolsets::new(connector.toolsets().await?);
    if args.markdown {
        print!("{}", markdown_table(&tools, &toolsets));
        return Ok(());
    }
    if let Some(name) = args.name {
        println!("{}", serde_json::to_string_pretty(find(&tools, &name)?)?);
        return Ok(());
    }
    let listed: Vec<Listed> = tools
        .iter()
        .map(|t| Listed { name: &t.name, description: &t.description, toolsets: toolsets.of(&t.name), input_schema: &t.input_schema, annotations: &t.annotations, route: &t.route })
        .collect();
    println!("{}", serde_json::to_string_pretty(&listed)?);
    Ok(())
}

/// A tool as the list prints it; its schema as the component wrote it (parsing and
/// re-indenting 198 schemas cost more than the rest of the command).
#[derive(serde::Serialize)]
struct Listed<'a> {
    name: &'a str,
    description: &'a str,
    toolsets: Vec<&'a str>,
    input_schema: &'a serde_json::value::RawValue,
    annotations: &'a Annotations,
    route: &'a ToolRoute,
}

/// The tool named `name`, or why there is none (with the names that come closest).
pub fn find<'a>(tools: &'a [Tool], name: &str) -> anyhow::Result<&'a Tool> {
    if let Some(tool) = tools.iter().find(|t| t.name == name) {
        return Ok(tool);
    }
    let words: Vec<&str> = name.split('_').filter(|w| !matches!(*w, "smartlead" | "all" | "a" | "by" | "id")).collect();
    let mut close: Vec<(usize, &str)> = tools.iter().map(|t| (words.iter().filter(|w| t.name.split('_').any(|n| n == **w)).count(), t.name.as_str())).collect();
    close.sort_by_key(|c| std::cmp::Reverse(c.0));
    let close: Vec<&str> = close.iter().filter(|(n, _)| *n > 0).take(3).map(|(_, name)| *name).collect();
    let hint = if close.is_empty() { String::new() } else { format!("; did you mean {}?", close.join(", ")) };
    Err(invalid(format!("unknown tool `{name}`: `smartlead tools` lists the {} tools{hint}", tools.len())))
}

/// One row per tool: name, toolset (its group), kind, its route linked to Smartlead's page
/// for it (with its host when it is not the core API), and the first sentence of its
/// description.
fn markdown_table(tools: &[Tool], toolsets: &Toolsets) -> String {
    let mut out = String::from("| tool | toolset | kind | route | what it does |\n|---|---|---|---|---|\n");
    for t in tools {
        let group = toolsets.of(&t.name).into_iter().find(|s| *s != "core").unwrap_or_default();
        let kind = match (t.annotations.read_only, t.annotations.destructive) {
            (true, _) => "read",
            (_, true) => "destructive",
            _ => "write",
        };
        let first = t.description.split(". ").next().unwrap_or_default().trim_end_matches('.');
        let r = &t.route;
        let host = if r.base == "server" { String::new() } else { format!(" ({})", r.base) };
        out.push_str(&format!("| `{}` | {group} | {kind} | [`{} {}`]({}){host} | {first}. |\n", t.name, r.method, r.path, r.docs));
    }
    out
}
