//! Where a sync's pages go (the SQLite warehouse, a Singer tap's stdout) and what each
//! keeps beside them: where every table stands, so a stopped sync resumes.

use super::tables::Table;
use serde_json::Value;

/// Where one table of one account (under one parent: a campaign, a mailbox) stands.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct State {
    /// The sync run this table is in or last finished in; rows it saw carry its number.
    pub run: i64,
    /// The arguments of the next page of the run under way (its cursor in them); none
    /// once the run finished.
    pub next_page: Option<Value>,
    /// Incremental tables: the newest replication key a finished run kept.
    pub high_water: Option<String>,
    /// The newest one kept so far by the run under way.
    pub pending_high: Option<String>,
    /// Which read of the run `next_page` belongs to.
    #[serde(default)]
    pub pass: Pass,
    /// When a run last read the table whole (for a table kept by its changes: checked
    /// its total), RFC 3339; none before the first. The next waits `--refresh-every`.
    #[serde(default)]
    pub refreshed_at: Option<String>,
}

/// The reads of one run of a table. Most tables have one, `List`; a table kept by its
/// changes reads what was created, then what changed, then its total (`Count`), and the
/// whole list again (`List`) when the total says rows are missing or vanished.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Pass {
    #[default]
    List,
    Created,
    Changed,
    Count,
}

impl Pass {
    pub fn as_str(self) -> &'static str {
        match self {
            Pass::List => "list",
            Pass::Created => "created",
            Pass::Changed => "changed",
            Pass::Count => "count",
        }
    }

    /// A pass as `as_str` wrote it; anything else (a state from before passes) is `List`.
    pub fn parse(text: Option<&str>) -> Pass {
        [Pass::Created, Pass::Changed, Pass::Count].into_iter().find(|p| Some(p.as_str()) == text).unwrap_or(Pass::List)
    }
}

/// Rows a page (or a run) changed.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize)]
pub struct Counts {
    pub inserted: u64,
    pub updated: u64,
    pub deleted: u64,
}

impl std::ops::AddAssign for Counts {
    fn add_assign(&mut self, other: Counts) {
        self.inserted += other.inserted;
        self.updated += other.updated;
        self.deleted += other.deleted;
    }
}

/// What a sync writes to. Each page is kept with the state after it, together: a
/// destination that has the page has the state that follows it, and no other.
// Awaited on the sync's own task, never spawned: no `Send` bound is needed.
#[allow(async_fn_in_trait)]
pub trait Destination {
    /// Whether it holds the rows, so that a table kept by its changes is checked against
    /// Smartlead's total (a Singer tap does not: noticing vanished rows is the target's job).
    const COUNTS_ROWS: bool;
    /// The account's sync under way, or a new one after the last finished: its run,
    /// which every table it syncs takes (a table already at it is done).
    async fn begin(&mut self, account: &str) -> Result<i64, String>;
    async fn state(&self, account: &str, table: &Table, parent: Option<u64>) -> Result<State, String>;
    /// Keeps one page of `table` and the state after it. A page that `ends_whole` (the
    /// last of a read of the whole list) also marks what the run did not see, where the
    /// destination can.
    async fn keep_page(&mut self, account: &str, table: &Table, parent: Option<u64>, records: &[Value], after: &State, ends_whole: bool) -> Result<Counts, String>;
    /// The rows of `table` (under `parent`) not marked deleted; none where it holds no rows.
    async fn live_rows(&self, account: &str, table: &Table, parent: Option<u64>) -> Result<Option<u64>, String>;
    /// The ids of the account's rows of `table` (campaigns, mailboxes) that its last run saw.
    async fn parent_ids(&self, account: &str, table: &str) -> Result<Vec<u64>, String>;
    /// Notes the account's sync finished: the next begins a new run.
    async fn finish(&mut self, account: &str) -> Result<(), String>;
}
