//! `smartlead sync` and `smartlead tap`: an account's Smartlead data read table by table
//! and page by page, each page handed with the state after it to a `destination` (the
//! SQLite `warehouse`, or the Singer messages of `singer`), so a sync stopped at any
//! moment resumes at the first page it had not kept; what each table holds and how it
//! stays current is in `tables`.

pub mod destination;
pub mod postgres;
pub mod report;
pub mod singer;
pub mod tables;
pub mod views;
pub mod warehouse;

use crate::egress::pacer::Queueing;
use crate::events::feed;
use crate::events::store::Filter;
use crate::runtime::{Connector, Session, ToolError};
use crate::surfaces::bulk::progress::{Cancelled, Progress, Watch};
use destination::{Counts, Destination, Pass};
use serde_json::{Value, json};
use std::path::PathBuf;
use std::time::Duration;
use tables::{Mode, Source, Table};
use time::OffsetDateTime;
use time::format_description::well_known::Rfc3339;

/// One sync: whose data, read how.
#[derive(Clone)]
pub struct Sync {
    /// The `account_id` column's value: the linked account whose key the connector
    /// spends, or `default` for the host's own key.
    pub account: String,
    /// How far back an incremental table reads again before the newest row it kept, for
    /// rows Smartlead records late.
    pub lookback: Duration,
    /// The most of each pacing window the sync's requests take (they go in the pacer's
    /// lower lane): the rest stays free for interactive calls and webhook actions on the
    /// same key.
    pub budget_share: f64,
    /// The webhook events this host keeps, for `webhook_events`; none where it keeps none
    /// (the table then stays as it was).
    pub events: Option<crate::events::db::Store>,
    /// How long a table's whole read (a full refresh, a snapshot, a report, a mailbox's
    /// warmup; for leads, the check of their total that finds deletions) stands before a
    /// run does it again; zero: every run. See [`Table::waits_to_refresh`].
    pub refresh_every: Duration,
}

/// The `account_id` of the host's own key's rows.
pub const DEFAULT_ACCOUNT: &str = "default";

/// What a sync takes of each window unless told otherwise.
pub const DEFAULT_BUDGET_SHARE: f64 = 0.5;

/// How long a whole read stands unless told otherwise: a sync run every few minutes
/// spends its requests on what is new, and reads the rest whole once an hour.
pub const DEFAULT_REFRESH_EVERY: &str = "1h";

/// `text` as a budget share: above 0, at most 1.
pub fn parse_budget_share(text: &str) -> Result<f64, String> {
    match text.trim().parse::<f64>() {
        Ok(share) if share > 0.0 && share <= 1.0 => Ok(share),
        _ => Err(format!("{text:?} is not a share of the budget: give a number above 0 and at most 1, e.g. 0.5")),
    }
}

/// Where a warehouse is: an SQLite file or a Postgres database.
#[derive(Debug, Clone)]
pub enum Target {
    Sqlite(PathBuf),
    Postgres(String),
}

impl Target {
    /// `sqlite:PATH` or a Postgres URL.
    pub fn parse(text: &str) -> Result<Target, String> {
        if crate::core::pg::is_url(text) {
            return Ok(Target::Postgres(text.to_string()));
        }
        match text.strip_prefix("sqlite:") {
            Some(path) if !path.is_empty() => Ok(Target::Sqlite(PathBuf::from(path))),
            _ => Err(format!("{text:?}: give sqlite:PATH (e.g. sqlite:smartlead.db) or postgres://USER@HOST:5432/DB")),
        }
    }
}

/// What a sync did to one table: rows inserted, updated and marked deleted, and the
/// requests it spent.
#[derive(Debug, Clone, Default, serde::Serialize)]
pub struct TableSummary {
    pub table: &'static str,
    #[serde(flatten)]
    pub counts: Counts,
    pub requests: u64,
    /// How many of its reads (one per campaign or mailbox it is read under) were whole:
    /// the rest read only what was new, their whole read not yet due.
    pub refreshed: u64,
}

/// Runs a sync to its end: each table's summary, or the component's error (what was
/// kept stays kept, and the next run resumes after it). Asked to stop, it stops before
/// its next page with [`Cancelled`].
pub async fn run<D: Destination>(connector: &Connector, to: &mut D, sync: &Sync, watch: &Watch) -> anyhow::Result<Result<Vec<TableSummary>, ToolError>> {
    // In the lower lane, waiting as long as it takes, as the connector's callers are told.
    let queueing = Queueing { share: Some(sync.budget_share), ..connector.settings().queueing.clone() };
    let mut session = connector.session_with(connector.settings().api_key.clone(), queueing).await?;
    let run = to.begin(&sync.account).await.map_err(anyhow::Error::msg)?;
    let mut syncing = Syncing { session: &mut session, to, sync, watch, run };
    let mut summaries = Vec::new();
    // The account's tables first: the parents (campaigns, mailboxes) the others are read
    // under are what those hold now, in this run or the one it resumes, read once each.
    let mut parents: std::collections::BTreeMap<&str, Vec<Option<u64>>> = std::collections::BTreeMap::new();
    for table in tables::per_account().iter().chain(&tables::per_parent()) {
        let ids: &[Option<u64>] = match table.parent {
            None => &[None],
            Some(of) => {
                if !parents.contains_key(of.table) {
                    let ids = syncing.to.parent_ids(&sync.account, of.table).await.map_err(anyhow::Error::msg)?;
                    parents.insert(of.table, ids.into_iter().map(Some).collect());
                }
                &parents[of.table]
            }
        };
        match syncing.each(table, ids).await? {
            Ok(summary) => summaries.push(summary),
            Err(e) => return Ok(Err(e)),
        }
    }
    syncing.to.finish(&sync.account).await.map_err(anyhow::Error::msg)?;
    Ok(Ok(summaries))
}

/// A sync under way.
struct Syncing<'a, D> {
    session: &'a mut Session,
    to: &'a mut D,
    sync: &'a Sync,
    watch: &'a Watch,
    /// The sync's run: a table already at it finished in this sync, before it was stopped.
    run: i64,
}

impl<D: Destination> Syncing<'_, D> {
    /// One table for each of `parents` (`[None]`: the account's), with its progress.
    async fn each(&mut self, table: &Table, parents: &[Option<u64>]) -> anyhow::Result<Result<TableSummary, ToolError>> {
        let mut summary = TableSummary { table: table.name, ..TableSummary::default() };
        let mut progress = Progress::new(table.name, None).heard_by(self.watch.progress.clone());
        for (n, &parent) in parents.iter().enumerate() {
            if let Some(of) = table.parent {
                progress.advance(0, &format!("{} {} of {}", of.noun, n + 1, parents.len()));
            }
            if let Err(e) = self.table(table, parent, &mut summary, &mut progress).await? {
                return Ok(Err(e));
            }
        }
        progress.finish("synced");
        Ok(Ok(summary))
    }

    /// One table of the account (under one parent), from where it stands to the end of a run.
    async fn table(&mut self, table: &Table, parent: Option<u64>, summary: &mut TableSummary, progress: &mut Progress) -> anyhow::Result<Result<(), ToolError>> {
        let account = self.sync.account.as_str();
        let stood = self.to.state(account, table, parent).await.map_err(anyhow::Error::msg)?;
        let due = due(table, stood.refreshed_at.as_deref(), self.sync.refresh_every, now());
        // A table under way goes on from its next page; one this sync finished is done,
        // and so is one whose whole read is not due (unless it has changes to read);
        // else it starts its first read.
        let run = self.run;
        let (mut pass, mut args, mut pending_high) = match stood.next_page.clone() {
            Some(args) => (stood.pass, args, stood.pending_high.clone()),
            None if stood.run >= run => return Ok(Ok(())),
            None if !due && !matches!(table.mode, Mode::Changes { .. }) => return Ok(Ok(())),
            None => {
                let (pass, args) = first_read(table, parent, stood.high_water.as_deref(), self.sync.lookback);
                // A table kept by its changes reads next time from when this run began.
                let began = matches!(table.mode, Mode::Changes { .. }).then(|| now().format(&Rfc3339).unwrap_or_default());
                (pass, args, began)
            }
        };
        loop {
            if self.watch.cancelled() {
                return Err(Cancelled(format!("stopped before the next page of {}; the next sync resumes there", table.name)).into());
            }
            // Only a tool's page is a request to Smartlead.
            let mut page = match table.source {
                Source::Tool(tool) => match self.session.call_tool(tool, &args).await? {
                    Ok(page) => {
                        summary.requests += 1;
                        page
                    }
                    Err(e) => return Ok(Err(e)),
                },
                Source::Events => self.events_page(&args).await?,
            };
            // A snapshot is the whole answer, taken with its day: it has no next page.
            let records = match table.mode {
                Mode::Snapshot => {
                    page[tables::SNAPSHOT_DATE] = json!(today());
                    vec![page.take()]
                }
                _ => match page.pointer_mut(table.records).map(Value::take) {
                    Some(Value::Array(records)) => records,
                    _ => anyhow::bail!("{:?} answered without a list of records at {}", table.source, table.records),
                },
            };
            if let Some(column) = table.mode.replication_key() {
                for value in records.iter().filter_map(|r| r[column].as_str()) {
                    pending_high = Some(newest(pending_high.take(), value));
                }
            }
            if table.mode == Mode::Feed {
                pending_high = page["tail"].as_str().map(str::to_string).or(pending_high);
            }
            let next = match page.get("next_cursor").filter(|c| !c.is_null() && pass != Pass::Count) {
                Some(cursor) => {
                    args["next_cursor"] = cursor.clone();
                    Some((pass, args.clone()))
                }
                None => self.next_read(table, parent, pass, &stood, &page, due).await?,
            };
            // A list read goes on only by its cursor, so its last page is the one with no next.
            let ends_whole = pass == Pass::List && table.mode.marks_vanished() && next.is_none();
            let after = match next {
                Some((next_pass, next_args)) => {
                    (pass, args) = (next_pass, next_args.clone());
                    destination::State {
                        run,
                        next_page: Some(next_args),
                        high_water: stood.high_water.clone(),
                        pending_high: pending_high.clone(),
                        pass: next_pass,
                        refreshed_at: stood.refreshed_at.clone(),
                    }
                }
                None => {
                    let high_water = match (stood.high_water.clone(), pending_high.as_deref()) {
                        // A feed's cursor is where it goes on, not a time to compare.
                        (_, Some(tail)) if table.mode == Mode::Feed => Some(tail.to_string()),
                        (high, Some(pending)) => Some(newest(high, pending)),
                        (high, None) => high,
                    };
                    // A table kept by its changes read whole, or checked its total, only in
                    // those passes; one read by time never reads whole; any other table
                    // read to here was read whole.
                    let refreshed = match table.mode {
                        Mode::Changes { .. } => matches!(pass, Pass::Count | Pass::List),
                        Mode::Incremental { .. } | Mode::Feed => false,
                        Mode::FullRefresh | Mode::Snapshot | Mode::Rolling | Mode::Daily { .. } => true,
                    };
                    summary.refreshed += u64::from(refreshed);
                    let refreshed_at = if refreshed { Some(now().format(&Rfc3339).unwrap_or_default()) } else { stood.refreshed_at.clone() };
                    destination::State { run, next_page: None, high_water, pending_high: None, pass: Pass::List, refreshed_at }
                }
            };
            summary.counts += self.to.keep_page(account, table, parent, &records, &after, ends_whole).await.map_err(anyhow::Error::msg)?;
            progress.advance(records.len() as u64, "rows");
            if after.next_page.is_none() {
                return Ok(Ok(()));
            }
        }
    }

    /// A page of the events this host kept for the account, after the cursor in `args`:
    /// `next_cursor` is null once a page is short (the feed's own never is: at its end it
    /// points where the next event will be), and `tail` is where the next run goes on.
    async fn events_page(&self, args: &Value) -> anyhow::Result<Value> {
        let Some(events) = &self.sync.events else { return Ok(json!({"result": [], "next_cursor": null})) };
        let after = match args["next_cursor"].as_str() {
            Some(cursor) => feed::decode(cursor).map_err(anyhow::Error::msg)?,
            None => 0,
        };
        let limit = args["limit"].as_u64().unwrap_or(feed::DEFAULT_LIMIT as u64) as usize;
        let own_key = self.sync.account == DEFAULT_ACCOUNT;
        let filter = Filter { account_id: (!own_key).then(|| self.sync.account.clone()), own_key, ..Filter::default() };
        let rows = events.list(filter.clone(), after, limit).await.map_err(|e| anyhow::anyhow!("reading the events database: {}", e.0))?;
        let mut page = feed::page(&rows, &feed::Query { filter, after, limit });
        page["tail"] = page["next_cursor"].take();
        if rows.len() == limit {
            page["next_cursor"] = page["tail"].clone();
        }
        Ok(page)
    }

    /// The read after `pass` ended with `page`, if the run has one: for a table kept by
    /// its changes, what changed after what was created, then (when `due`) the total
    /// where the destination holds the rows, then the whole list if the total is not
    /// what it holds.
    async fn next_read(&self, table: &Table, parent: Option<u64>, pass: Pass, stood: &destination::State, page: &Value, due: bool) -> anyhow::Result<Option<(Pass, Value)>> {
        let Mode::Changes { changed, .. } = table.mode else { return Ok(None) };
        let since = since(stood.high_water.as_deref(), self.sync.lookback);
        let whole = first_read(table, parent, None, self.sync.lookback).1;
        Ok(match pass {
            Pass::Created => since.map(|at| (Pass::Changed, with(&whole, changed, at))),
            Pass::Changed if D::COUNTS_ROWS && due => Some((Pass::Count, with(&whole, "limit", json!(1)))),
            Pass::Count => {
                let kept = self.to.live_rows(&self.sync.account, table, parent).await.map_err(anyhow::Error::msg)?;
                // No total from Smartlead reads the whole list too: nothing is assumed.
                (page["total"].as_u64() != kept).then_some((Pass::List, whole))
            }
            Pass::Changed | Pass::List => None,
        })
    }
}

/// Whether a table's whole read is due at `now`: never made, or made `every` ago or more
/// (a snapshot: also on an earlier day, so that each day a sync runs has one).
fn due(table: &Table, refreshed_at: Option<&str>, every: Duration, now: OffsetDateTime) -> bool {
    let Some(at) = refreshed_at.and_then(instant).filter(|_| table.waits_to_refresh()) else { return true };
    now - at >= every || (table.mode == Mode::Snapshot && at.date() != now.date())
}

/// `args` with `name` set to `value`.
fn with(args: &Value, name: &str, value: impl Into<Value>) -> Value {
    let mut args = args.clone();
    args[name] = value.into();
    args
}

/// Where a run's first read starts: the largest page, the parent, and for a table
/// read by time, what is newer than the lookback before the high-water mark (for a
/// table kept by its changes, what was created since). Without a mark, the whole list.
fn first_read(table: &Table, parent: Option<u64>, high_water: Option<&str>, lookback: Duration) -> (Pass, Value) {
    let mut args = match table.limit {
        Some(limit) => json!({"limit": limit}),
        None => json!({}),
    };
    if let (Some(of), Some(id)) = (table.parent, parent) {
        args[of.arg] = of.arg_value(id);
    }
    match (table.mode, since(high_water, lookback)) {
        (Mode::Incremental { filter, .. }, Some(at)) => (Pass::List, with(&args, filter, at)),
        (Mode::Changes { created, .. }, Some(at)) => (Pass::Created, with(&args, created, at)),
        (Mode::Feed, _) => match high_water {
            Some(tail) => (Pass::List, with(&args, "next_cursor", tail)),
            None => (Pass::List, args),
        },
        (Mode::Daily { from, to, .. }, _) => {
            // From the newest day kept less the lookback (that day itself at least), or
            // the first days; to today.
            let today = now().date();
            let start = match high_water.and_then(instant) {
                Some(newest) => (newest - lookback).date(),
                None => today - time::Duration::days(tables::FIRST_DAYS),
            };
            (Pass::List, with(&with(&args, from, day(start)), to, day(today)))
        }
        _ => (Pass::List, args),
    }
}

/// The lookback before a high-water mark, as Smartlead's time filters take it.
fn since(high_water: Option<&str>, lookback: Duration) -> Option<String> {
    high_water.and_then(instant).map(|at| smartlead_time(at - lookback))
}

/// A replication key's value as a time: RFC 3339, or a day (`2026-12-06`) at its start.
fn instant(text: &str) -> Option<OffsetDateTime> {
    let day = time::format_description::well_known::Iso8601::DATE;
    OffsetDateTime::parse(text, &Rfc3339).ok().or_else(|| time::Date::parse(text, &day).ok().map(|d| d.midnight().assume_utc()))
}

fn now() -> OffsetDateTime {
    OffsetDateTime::now_utc()
}

/// A time as Smartlead's time filters take it: `2023-10-16 10:33:02.000Z`.
fn smartlead_time(at: OffsetDateTime) -> String {
    let at = at.to_offset(time::UtcOffset::UTC);
    format!("{:04}-{:02}-{:02} {:02}:{:02}:{:02}.000Z", at.year(), u8::from(at.month()), at.day(), at.hour(), at.minute(), at.second())
}

/// Today in UTC, as a snapshot's day: `2026-12-06`.
fn today() -> String {
    day(now().date())
}

/// A day as Smartlead's reports take and give it: `2026-12-06`.
fn day(date: time::Date) -> String {
    format!("{:04}-{:02}-{:02}", date.year(), u8::from(date.month()), date.day())
}

/// The later of two times (RFC 3339, or days); text that is not one never wins over one
/// that is.
fn newest(kept: Option<String>, seen: &str) -> String {
    match kept {
        Some(kept) if instant(seen).is_none() || instant(&kept).is_some_and(|k| Some(k) >= instant(seen)) => kept,
        _ => seen.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn incremental_reads_start_a_lookback_before_the_newest_row() {
        let statistics = tables::per_parent().into_iter().find(|t| t.name == "campaign_statistics").unwrap();
        let (pass, args) = first_read(&statistics, Some(7), Some("2026-03-02T10:00:00.000Z"), Duration::from_secs(86_400));
        assert_eq!((pass, args), (Pass::List, json!({"limit": statistics.limit.unwrap(), "id": 7, "sent_time_start_date": "2026-03-01 10:00:00.000Z"})));
        assert_eq!(first_read(&statistics, Some(7), None, Duration::ZERO), (Pass::List, json!({"limit": statistics.limit.unwrap(), "id": 7})));
        let leads = tables::per_parent().into_iter().find(|t| t.name == "campaign_leads").unwrap();
        let (pass, args) = first_read(&leads, Some(7), Some("2026-03-02T10:00:00Z"), Duration::from_secs(3600));
        assert_eq!((pass, args), (Pass::Created, json!({"limit": leads.limit.unwrap(), "campaign_id": 7, "created_at_gt": "2026-03-02 09:00:00.000Z"})));
        assert_eq!(newest(Some("2026-03-02T10:00:00Z".into()), "2026-03-01T23:00:00+02:00"), "2026-03-02T10:00:00Z");
        assert_eq!(newest(Some("2026-03-02T10:00:00Z".into()), "2026-03-03T00:00:00Z"), "2026-03-03T00:00:00Z");
        assert_eq!(newest(None, "not a time"), "not a time");
        assert_eq!(newest(Some("2026-03-02T10:00:00Z".into()), "not a time"), "2026-03-02T10:00:00Z");
        assert_eq!(newest(Some("2026-03-02".into()), "2026-03-10"), "2026-03-10");
    }

    #[test]
    fn a_whole_read_is_due_once_refresh_every_has_passed_and_a_snapshot_each_day() {
        let table = |name: &str| tables::per_account().into_iter().chain(tables::per_parent()).find(|t| t.name == name).unwrap();
        let hour = Duration::from_secs(3600);
        let at = |text: &str| OffsetDateTime::parse(text, &Rfc3339).unwrap();
        let (sequences, snapshot) = (table("sequences"), table("campaign_analytics"));
        assert!(due(&sequences, None, hour, at("2026-03-02T10:00:00Z")), "never read whole");
        assert!(!due(&sequences, Some("2026-03-02T10:00:00Z"), hour, at("2026-03-02T10:59:59Z")));
        assert!(due(&sequences, Some("2026-03-02T10:00:00Z"), hour, at("2026-03-02T11:00:00Z")));
        assert!(due(&sequences, Some("2026-03-02T10:00:00Z"), Duration::ZERO, at("2026-03-02T10:00:00Z")), "0: every run");
        assert!(!due(&snapshot, Some("2026-03-02T10:00:00Z"), hour, at("2026-03-02T10:30:00Z")));
        assert!(due(&snapshot, Some("2026-03-02T23:50:00Z"), hour, at("2026-03-03T00:10:00Z")), "a new day's snapshot");
        assert!(!due(&sequences, Some("2026-03-02T23:50:00Z"), hour, at("2026-03-03T00:10:00Z")));
        for every_run in ["campaigns", "campaign_statistics", "webhook_events"] {
            assert!(due(&table(every_run), Some("2026-03-02T10:00:00Z"), hour, at("2026-03-02T10:00:01Z")), "{every_run}");
        }
    }

    #[test]
    fn a_daily_report_reads_from_the_newest_day_less_the_lookback_to_today() {
        let days = tables::per_parent().into_iter().find(|t| t.name == "analytics_by_date").unwrap();
        let today = now().date();
        let (_, args) = first_read(&days, Some(7), None, Duration::from_secs(3600));
        let year_ago = day(today - time::Duration::days(tables::FIRST_DAYS));
        assert_eq!(args, json!({"limit": days.limit.unwrap(), "campaign_ids": [7], "start_date": year_ago, "end_date": day(today)}));
        // A lookback under a day still reads the newest day kept again, and the one before.
        let (_, args) = first_read(&days, Some(7), Some("2026-03-02"), Duration::from_secs(3600));
        assert_eq!((&args["start_date"], &args["end_date"]), (&json!("2026-03-01"), &json!(day(today))));
    }
}
