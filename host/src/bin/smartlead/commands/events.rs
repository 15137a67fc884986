//! `smartlead events list`: the webhook events `smartlead serve` kept, as NDJSON, each
//! with the cursor that resumes after it; `--follow` keeps printing as they arrive.

use clap::Subcommand;
use smartlead_host::core::invalid::invalid;
use smartlead_host::events::{EventsDb, feed, store};
use std::io::Write;
use std::time::Duration;

/// How often `events list --follow` looks for new events.
const FOLLOW_EVERY: Duration = Duration::from_millis(250);

#[derive(Subcommand)]
pub enum Command {
    /// Print the kept events, oldest first, each with the cursor that resumes after it.
    List {
        #[command(flatten)]
        store: EventsDb,
        /// Only events of this kind, e.g. EMAIL_REPLY.
        #[arg(long, value_parser = feed::kind)]
        kind: Option<String>,
        /// Only events of this campaign.
        #[arg(long)]
        campaign_id: Option<u64>,
        /// Start after this cursor (an event's `cursor`, or /events' `next_cursor`).
        #[arg(long, value_name = "CURSOR", value_parser = feed::decode)]
        after: Option<i64>,
        /// Keep printing events as they arrive.
        #[arg(long)]
        follow: bool,
    },
}

pub async fn run(command: Command) -> anyhow::Result<()> {
    let Command::List { store: db, kind, campaign_id, after, follow } = command;
    let reader = store::Reader::open(&db.path()).map_err(invalid)?;
    let mut query = feed::Query { filter: store::Filter { kind, campaign_id }, after: after.unwrap_or(0), limit: feed::MAX_LIMIT };
    let mut out = std::io::stdout().lock();
    loop {
        let page = reader.list(&query.filter, query.after, query.limit)?;
        for event in &page {
            writeln!(out, "{}", feed::item(event))?;
        }
        out.flush()?;
        match page.last() {
            Some(last) => query.after = last.seq,
            None if follow => tokio::time::sleep(FOLLOW_EVERY).await,
            None => return Ok(()),
        }
    }
}
