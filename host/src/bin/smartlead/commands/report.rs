//! `smartlead report`: the synced dashboard views as one self-contained HTML page.

use smartlead_host::core::invalid::invalid;
use smartlead_host::surfaces::sync::Target;
use smartlead_host::surfaces::sync::report::{figures, page};
use std::path::PathBuf;

#[derive(clap::Args)]
pub struct Args {
    /// The warehouse `smartlead sync` wrote: sqlite:PATH or postgres://USER@HOST:5432/DB.
    #[arg(long, value_name = "sqlite:PATH|URL", default_value = "sqlite:smartlead-sync.db", value_parser = Target::parse)]
    db: Target,
    /// The page to write (whole or not at all).
    #[arg(long, value_name = "FILE", default_value = "report.html")]
    out: PathBuf,
}

pub async fn run(args: Args) -> anyhow::Result<()> {
    let figures = figures(&args.db).await.map_err(invalid)?;
    let now = time::OffsetDateTime::now_utc().format(&time::format_description::well_known::Rfc3339)?;
    let partial = args.out.with_extension("html.partial");
    std::fs::write(&partial, page(&figures, &now)).map_err(|e| invalid(format!("writing {}: {e}", partial.display())))?;
    std::fs::rename(&partial, &args.out).map_err(|e| invalid(format!("writing {}: {e}", args.out.display())))?;
    let (days, mailboxes) = (figures["daily"].as_array().map_or(0, Vec::len), figures["mailboxes"].as_array().map_or(0, Vec::len));
    eprintln!("{}: {days} campaign-days and {mailboxes} mailboxes drawn", args.out.display());
    Ok(())
}
