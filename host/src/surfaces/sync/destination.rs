//! Where a sync's pages go (the SQLite warehouse, a Singer tap's stdout) and what each
//! keeps beside them: where every table stands, so a stopped sync resumes.

use super::tables::Table;
use serde_json::Value;

/// Where one table of one account (within one campaign) stands.
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
    /// The account's sync under way, or a new one after the last finished: its run,
    /// which every table it syncs takes (a table already at it is done).
    async fn begin(&mut self, account: &str) -> Result<i64, String>;
    async fn state(&self, account: &str, table: &Table, campaign: Option<u64>) -> Result<State, String>;
    /// Keeps one page of `table` and the state after it. A page that ends a full refresh
    /// also marks what the run did not see, where the destination can.
    async fn keep_page(&mut self, account: &str, table: &Table, campaign: Option<u64>, records: &[Value], after: &State) -> Result<Counts, String>;
    /// The account's campaigns the last run of `campaigns` saw.
    async fn campaign_ids(&self, account: &str) -> Result<Vec<u64>, String>;
    /// Notes the account's sync finished: the next begins a new run.
    async fn finish(&mut self, account: &str) -> Result<(), String>;
}
