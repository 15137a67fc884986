//! `smartlead leads import|export`: a prospect list into a campaign in batches (each
//! sent once, resumable through its journal), and a campaign's leads out, page by page.

use super::{Context, needs_key};
use crate::failure::{EXIT_CODES, Failure, fail};
use clap::{Subcommand, ValueEnum};
use smartlead_host::Connector;
use smartlead_host::bindings::bulk::InputFormat;
use smartlead_host::bindings::campaign_leads::ImportSettings;
use smartlead_host::core::invalid::invalid;
use smartlead_host::surfaces::bulk::progress::Watch;
use smartlead_host::surfaces::bulk::{export, import};
use std::path::PathBuf;

#[derive(Subcommand)]
pub enum Command {
    /// Add a prospect list (CSV with a header row, or JSON Lines) to a campaign in
    /// batches, each sent once; a journal beside FILE lets the same command continue an
    /// interrupted import without adding anyone twice. Prints the report as JSON; rows
    /// not imported go to FILE.rejects.csv.
    #[command(after_help = EXIT_CODES)]
    Import(ImportArgs),
    /// Export every lead of a campaign with its state in it.
    Export(ExportArgs),
}

#[derive(clap::Args)]
pub struct ImportArgs {
    /// The campaign's id.
    #[arg(long, alias = "campaign")]
    campaign_id: u64,
    /// The list: .csv, or .jsonl / .ndjson (else give --format).
    file: PathBuf,
    #[arg(long, value_enum)]
    format: Option<ListFormat>,
    /// Leads per request, 1 to 400 (Smartlead's current limit) [default: 100, taken by every version].
    #[arg(long, value_parser = clap::value_parser!(u32).range(1..=400))]
    batch_size: Option<u32>,
    /// Where a column goes, over the names it is known by: a lead field (email,
    /// first_name, company_name, …), custom_fields.NAME, or ignore. Repeatable.
    #[arg(long = "map", value_name = "COLUMN=FIELD", value_parser = parse_mapping)]
    map: Vec<(String, String)>,
    /// Add leads Smartlead's global block list holds.
    #[arg(long)]
    ignore_global_block_list: bool,
    /// Add leads that unsubscribed before.
    #[arg(long)]
    ignore_unsubscribe_list: bool,
    /// Add leads that are in other campaigns too.
    #[arg(long)]
    ignore_duplicate_leads_in_other_campaign: bool,
    /// Add leads the community bounce list holds.
    #[arg(long)]
    ignore_community_bounce_list: bool,
    /// Show the mapping, the batches and the rejected rows; send nothing.
    #[arg(long)]
    dry_run: bool,
    /// Start over, ignoring the journal of an earlier run.
    #[arg(long)]
    restart: bool,
}

#[derive(Clone, Copy, ValueEnum)]
enum ListFormat {
    Csv,
    Jsonl,
}

/// What `leads export` and `stats export` take.
#[derive(clap::Args)]
pub struct ExportArgs {
    /// The campaign's id; without it, every campaign of the account, a campaign_id
    /// column first.
    #[arg(long, alias = "campaign")]
    campaign_id: Option<u64>,
    #[arg(long, value_enum, default_value_t = export::Format::Csv)]
    format: export::Format,
    /// Write here (complete or not at all); stdout otherwise.
    #[arg(long, value_name = "FILE")]
    out: Option<PathBuf>,
    /// For spreadsheets: a CSV cell that starts with =, +, -, @, a tab or a carriage
    /// return is written after a ' so it cannot run as a formula.
    #[arg(long)]
    escape_formulas: bool,
}

/// `COLUMN=FIELD`.
fn parse_mapping(text: &str) -> Result<(String, String), String> {
    match text.split_once('=') {
        Some((column, field)) if !column.trim().is_empty() && !field.trim().is_empty() => Ok((column.trim().to_string(), field.trim().to_string())),
        _ => Err(format!("{text:?}: expected COLUMN=FIELD, e.g. \"Work Email=email\" or \"Notes=ignore\"")),
    }
}

pub async fn run(command: Command, ctx: Context<'_>) -> anyhow::Result<()> {
    match command {
        Command::Import(args) => run_import(args, ctx).await,
        Command::Export(args) => run_export(export::Source::Leads, args, ctx).await,
    }
}

async fn run_import(args: ImportArgs, ctx: Context<'_>) -> anyhow::Result<()> {
    let format = match args.format {
        Some(ListFormat::Csv) => InputFormat::Csv,
        Some(ListFormat::Jsonl) => InputFormat::Jsonl,
        None => import::format_of(&args.file).ok_or_else(|| invalid(format!("{}: name it .csv or .jsonl, or give --format", args.file.display())))?,
    };
    if !args.dry_run {
        needs_key(&ctx.settings)?;
    }
    let flag = |on: bool| on.then_some(true);
    let import = import::Import {
        campaign_id: args.campaign_id,
        input: args.file,
        format,
        batch_size: args.batch_size,
        overrides: args.map,
        settings: ImportSettings {
            ignore_global_block_list: flag(args.ignore_global_block_list),
            ignore_unsubscribe_list: flag(args.ignore_unsubscribe_list),
            ignore_duplicate_leads_in_other_campaign: flag(args.ignore_duplicate_leads_in_other_campaign),
            ignore_community_bounce_list: flag(args.ignore_community_bounce_list),
            return_lead_ids: None,
        },
        dry_run: args.dry_run,
        restart: args.restart,
    };
    let ended = import::run(&Connector::new(ctx.settings)?, &import, &Watch::default()).await?;
    println!("{}", serde_json::to_string_pretty(&ended.report)?);
    match ended.stopped {
        None => Ok(()),
        Some(stop) => fail(Failure::new(stop.kind, stop.message)),
    }
}

/// `leads export` and `stats export`: every page as it comes, written whole or not at all.
pub async fn run_export(source: export::Source, args: ExportArgs, ctx: Context<'_>) -> anyhow::Result<()> {
    needs_key(&ctx.settings)?;
    let export = export::Export { source, campaign_id: args.campaign_id, format: args.format, out: args.out, escape_formulas: args.escape_formulas };
    match export::run(&Connector::new(ctx.settings)?, &export, &Watch::default()).await? {
        Ok(_) => Ok(()),
        Err(e) => fail(e),
    }
}
