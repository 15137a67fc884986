//! `smartlead stats export`: every email a campaign sent, one row per lead and step.

use super::Context;
use super::leads::{ExportArgs, run_export};
use clap::Subcommand;
use smartlead_host::surfaces::bulk::export::Source;

#[derive(Subcommand)]
pub enum Command {
    /// Export every email a campaign sent, one row per lead and step.
    Export(ExportArgs),
}

pub async fn run(command: Command, ctx: Context<'_>) -> anyhow::Result<()> {
    let Command::Export(args) = command;
    run_export(Source::Statistics, args, ctx).await
}
