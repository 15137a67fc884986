//! Where a sync writes: an SQLite file with one table per Smartlead list, keyed by
//! account and natural key, and `smartlead_sync_state`, where each table (per account,
//! per campaign) stands; a page's rows and the state after it commit in one transaction,
//! so a sync killed at any moment resumes at the page it had not kept.

use super::destination::{Counts, Destination, Pass, State};
use super::tables::{self, Table};
use super::views;
use rusqlite::types::Value as Sql;
use rusqlite::{Connection, OptionalExtension, Transaction, params, params_from_iter};
use serde_json::Value;
use sha2::{Digest, Sha256};
use std::path::Path;

const STATE: &str = "
CREATE TABLE IF NOT EXISTS smartlead_sync_state (
    account_id TEXT NOT NULL,
    table_name TEXT NOT NULL,
    campaign_id INTEGER NOT NULL,
    run INTEGER NOT NULL,
    next_page TEXT,
    high_water TEXT,
    pending_high TEXT,
    updated_at TEXT NOT NULL,
    PRIMARY KEY (account_id, table_name, campaign_id)
);
CREATE TABLE IF NOT EXISTS smartlead_sync_runs (
    account_id TEXT PRIMARY KEY,
    run INTEGER NOT NULL,
    started_at TEXT NOT NULL,
    finished_at TEXT
);";

/// The SQLite file a sync writes.
pub struct Warehouse {
    db: Connection,
}

impl Warehouse {
    /// Opens (creating) the file, with every table and the sync state.
    pub fn open(path: &Path) -> Result<Warehouse, String> {
        let db = Connection::open(path).map_err(|e| format!("opening {}: {e}", path.display()))?;
        db.execute_batch("PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL;").map_err(|e| format!("setting up {}: {e}", path.display()))?;
        db.execute_batch(STATE).map_err(|e| format!("creating the sync state in {}: {e}", path.display()))?;
        // A file an earlier version made has no `pass` (its reads were all `list`) or
        // `refreshed_at` (its tables are due a whole read).
        for column in ["pass", "refreshed_at"] {
            if db.prepare(&format!("SELECT {column} FROM smartlead_sync_state LIMIT 0")).is_err() {
                db.execute_batch(&format!("ALTER TABLE smartlead_sync_state ADD COLUMN {column} TEXT")).map_err(|e| format!("updating the sync state in {}: {e}", path.display()))?;
            }
        }
        for table in tables::per_account().iter().chain(&tables::per_parent()) {
            db.execute_batch(&schema(table)).map_err(|e| format!("creating {} in {}: {e}", table.name, path.display()))?;
        }
        db.execute_batch(&views::statements(views::sqlite_json)).map_err(|e| format!("creating the views in {}: {e}", path.display()))?;
        Ok(Warehouse { db })
    }
}

impl Destination for Warehouse {
    const COUNTS_ROWS: bool = true;

    async fn live_rows(&self, account: &str, table: &Table, parent: Option<u64>) -> Result<Option<u64>, String> {
        let (clause, values) = owner(account, table, parent);
        let sql = format!("SELECT COUNT(*) FROM {} WHERE {clause} AND deleted_at IS NULL", table.name);
        let count: i64 = self.db.query_row(&sql, params_from_iter(values), |row| row.get(0)).map_err(|e| format!("counting {}: {e}", table.name))?;
        Ok(Some(count as u64))
    }

    async fn state(&self, account: &str, table: &Table, parent: Option<u64>) -> Result<State, String> {
        let read = self
            .db
            .query_row(
                "SELECT run, next_page, high_water, pending_high, pass, refreshed_at FROM smartlead_sync_state WHERE account_id = ?1 AND table_name = ?2 AND campaign_id = ?3",
                params![account, table.name, scope(parent)],
                |row| Ok((row.get::<_, i64>(0)?, row.get::<_, Option<String>>(1)?, row.get(2)?, row.get(3)?, row.get::<_, Option<String>>(4)?, row.get(5)?)),
            )
            .optional()
            .map_err(|e| format!("reading where {} stands: {e}", table.name))?;
        let Some((run, next_page, high_water, pending_high, pass, refreshed_at)) = read else { return Ok(State::default()) };
        let next_page = next_page.map(|text| serde_json::from_str(&text)).transpose().map_err(|e| format!("the saved page of {} does not read: {e}", table.name))?;
        Ok(State { run, next_page, high_water, pending_high, pass: Pass::parse(pass.as_deref()), refreshed_at })
    }

    /// A page that ends a read of the whole list marks `deleted_at` on what the run did not see.
    async fn keep_page(&mut self, account: &str, table: &Table, parent: Option<u64>, records: &[Value], after: &State, ends_whole: bool) -> Result<Counts, String> {
        let failed = |e: rusqlite::Error| format!("writing {}: {e}", table.name);
        let tx = self.db.transaction().map_err(failed)?;
        let mut counts = Counts::default();
        for record in records {
            counts += upsert(&tx, account, table, parent, record, after.run).map_err(failed)?;
        }
        if ends_whole {
            let (clause, values) = owner(account, table, parent);
            let sql = format!("UPDATE {} SET deleted_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE {clause} AND sync_run < ? AND deleted_at IS NULL", table.name);
            let values: Vec<Sql> = values.into_iter().chain([Sql::Integer(after.run)]).collect();
            counts.deleted += tx.execute(&sql, params_from_iter(values)).map_err(failed)? as u64;
        }
        let next_page = after.next_page.as_ref().map(Value::to_string);
        tx.execute(
            "INSERT INTO smartlead_sync_state (account_id, table_name, campaign_id, run, next_page, high_water, pending_high, pass, refreshed_at, updated_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
             ON CONFLICT (account_id, table_name, campaign_id) DO UPDATE SET
               run = excluded.run, next_page = excluded.next_page, high_water = excluded.high_water,
               pending_high = excluded.pending_high, pass = excluded.pass, refreshed_at = excluded.refreshed_at, updated_at = excluded.updated_at",
            params![account, table.name, scope(parent), after.run, next_page, after.high_water, after.pending_high, after.pass.as_str(), after.refreshed_at],
        )
        .map_err(failed)?;
        tx.commit().map_err(failed)?;
        Ok(counts)
    }

    async fn begin(&mut self, account: &str) -> Result<i64, String> {
        let failed = |e: rusqlite::Error| format!("starting the sync: {e}");
        let last: Option<(i64, Option<String>)> =
            self.db.query_row("SELECT run, finished_at FROM smartlead_sync_runs WHERE account_id = ?1", [account], |row| Ok((row.get(0)?, row.get(1)?))).optional().map_err(failed)?;
        let run = match last {
            Some((run, None)) => return Ok(run),
            Some((run, Some(_))) => run + 1,
            None => 1,
        };
        self.db
            .execute(
                "INSERT INTO smartlead_sync_runs (account_id, run, started_at) VALUES (?1, ?2, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
                 ON CONFLICT (account_id) DO UPDATE SET run = excluded.run, started_at = excluded.started_at, finished_at = NULL",
                params![account, run],
            )
            .map_err(failed)?;
        Ok(run)
    }

    async fn finish(&mut self, account: &str) -> Result<(), String> {
        let sql = "UPDATE smartlead_sync_runs SET finished_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE account_id = ?1";
        self.db.execute(sql, [account]).map(drop).map_err(|e| format!("finishing the sync: {e}"))
    }

    async fn parent_ids(&self, account: &str, table: &str) -> Result<Vec<u64>, String> {
        let failed = |e: rusqlite::Error| format!("reading the synced {table}: {e}");
        let mut query = self.db.prepare(&format!("SELECT id FROM {table} WHERE account_id = ?1 AND deleted_at IS NULL ORDER BY id")).map_err(failed)?;
        let ids = query.query_map([account], |row| row.get::<_, i64>(0)).map_err(failed)?;
        ids.map(|id| id.map(|id| id as u64).map_err(failed)).collect()
    }
}

/// A table's parent in the state's key (its `campaign_id` column, which holds a mailbox's
/// id for a table read mailbox by mailbox): 0 for a table of the whole account.
fn scope(parent: Option<u64>) -> i64 {
    parent.unwrap_or(0) as i64
}

/// `CREATE TABLE` for `table`: its columns, `extra` (what the record holds beyond
/// them, as JSON), when it was synced, when it vanished, and the run that last saw it.
fn schema(table: &Table) -> String {
    let parent = table.parent.map(|p| format!("{} INTEGER NOT NULL, ", p.column)).unwrap_or_default();
    let columns: Vec<String> = table.columns.iter().map(|(name, _, kind)| format!("{name} {kind}")).collect();
    let key = table.key_columns();
    format!(
        "CREATE TABLE IF NOT EXISTS {} (account_id TEXT NOT NULL, {parent}{}, extra TEXT, record_hash TEXT NOT NULL, synced_at TEXT NOT NULL, deleted_at TEXT, sync_run INTEGER NOT NULL, PRIMARY KEY ({}));",
        table.name,
        columns.join(", "),
        key.join(", ")
    )
}

/// The rows of one account (and parent) of `table`: a `WHERE` clause and its values.
fn owner(account: &str, table: &Table, parent: Option<u64>) -> (String, Vec<Sql>) {
    match (table.parent, parent) {
        (Some(of), Some(id)) => (format!("account_id = ? AND {} = ?", of.column), vec![Sql::Text(account.into()), Sql::Integer(id as i64)]),
        _ => ("account_id = ?".into(), vec![Sql::Text(account.into())]),
    }
}

/// Inserts a record, or updates its row when it changed; a row seen again unchanged
/// only notes the run.
fn upsert(tx: &Transaction, account: &str, table: &Table, parent: Option<u64>, record: &Value, run: i64) -> rusqlite::Result<Counts> {
    let hash = format!("{:x}", Sha256::digest(record.to_string().as_bytes()));
    let row = table.row(account, parent, record);
    let key = table.key_columns();
    let clause = key.iter().map(|name| format!("{name} = ?")).collect::<Vec<_>>().join(" AND ");
    let key: Vec<Sql> = key.iter().map(|name| sql(&row[*name])).collect();
    // The statements are the same for every row of a table: prepared once, from the cache.
    let seen: Option<(String, Option<String>)> = tx
        .prepare_cached(&format!("SELECT record_hash, deleted_at FROM {} WHERE {clause}", table.name))?
        .query_row(params_from_iter(key.iter()), |row| Ok((row.get(0)?, row.get(1)?)))
        .optional()?;
    if let Some((was, None)) = &seen
        && *was == hash
    {
        tx.prepare_cached(&format!("UPDATE {} SET sync_run = ? WHERE {clause}", table.name))?.execute(params_from_iter([Sql::Integer(run)].into_iter().chain(key)))?;
        return Ok(Counts::default());
    }
    let mut names: Vec<&str> = row.keys().map(String::as_str).collect();
    let mut values: Vec<Sql> = row.values().map(sql).collect();
    names.extend(["record_hash", "synced_at", "deleted_at", "sync_run"]);
    values.extend([Sql::Text(hash), Sql::Text(now()), Sql::Null, Sql::Integer(run)]);
    let marks = vec!["?"; names.len()].join(", ");
    tx.prepare_cached(&format!("INSERT OR REPLACE INTO {} ({}) VALUES ({marks})", table.name, names.join(", ")))?.execute(params_from_iter(values))?;
    Ok(if seen.is_some() { Counts { updated: 1, ..Counts::default() } } else { Counts { inserted: 1, ..Counts::default() } })
}

/// A column's value as SQLite keeps it.
fn sql(value: &Value) -> Sql {
    match value {
        Value::Number(n) => n.as_i64().map(Sql::Integer).or_else(|| n.as_f64().map(Sql::Real)).unwrap_or(Sql::Null),
        Value::String(s) => Sql::Text(s.clone()),
        Value::Bool(b) => Sql::Integer(*b as i64),
        Value::Null => Sql::Null,
        other => Sql::Text(other.to_string()),
    }
}

fn now() -> String {
    let now = time::OffsetDateTime::now_utc();
    now.format(&time::format_description::well_known::Rfc3339).unwrap_or_default()
}
