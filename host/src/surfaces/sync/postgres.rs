//! The warehouse in Postgres (`--to postgres://…`): the same tables, columns and state as
//! the SQLite file (`warehouse`), so one dashboard reads either; a page's rows and the
//! state after it commit in one transaction.

use super::destination::{Counts, Destination, Pass, State};
use super::tables::{self, Table};
use super::views;
use crate::core::pg::{Pg, Unusable};
use serde_json::Value;
use sha2::{Digest, Sha256};
use tokio_postgres::types::ToSql;

/// A column's value as Postgres takes it, by the type its table declares.
type Param = Box<dyn ToSql + Sync + Send>;

pub struct PgWarehouse {
    pg: Pg,
}

impl PgWarehouse {
    /// Connects to `url` and creates every table and the sync state where missing.
    pub async fn open(url: &str) -> Result<PgWarehouse, String> {
        let pg = Pg::connect(url, "--to").await.map_err(|e| match e {
            Unusable::Url(m) | Unusable::Server(m) => m,
        })?;
        let mut ddl = String::from(
            "CREATE TABLE IF NOT EXISTS smartlead_sync_state (account_id TEXT NOT NULL, table_name TEXT NOT NULL, campaign_id BIGINT NOT NULL, run BIGINT NOT NULL,
                 next_page TEXT, high_water TEXT, pending_high TEXT, updated_at TEXT NOT NULL, PRIMARY KEY (account_id, table_name, campaign_id));
             ALTER TABLE smartlead_sync_state ADD COLUMN IF NOT EXISTS pass TEXT;
             ALTER TABLE smartlead_sync_state ADD COLUMN IF NOT EXISTS refreshed_at TEXT;
             CREATE TABLE IF NOT EXISTS smartlead_sync_runs (account_id TEXT PRIMARY KEY, run BIGINT NOT NULL, started_at TEXT NOT NULL, finished_at TEXT);",
        );
        for table in tables::per_account().iter().chain(&tables::per_parent()) {
            let parent = table.parent.map(|p| format!("{} BIGINT NOT NULL, ", p.column)).unwrap_or_default();
            let columns: Vec<String> = table.columns.iter().map(|(name, _, kind)| format!("{name} {}", pg_type(kind))).collect();
            ddl += &format!(
                "CREATE TABLE IF NOT EXISTS {} (account_id TEXT NOT NULL, {parent}{}, extra TEXT, record_hash TEXT NOT NULL, synced_at TEXT NOT NULL, deleted_at TEXT, sync_run BIGINT NOT NULL, PRIMARY KEY ({}));",
                table.name,
                columns.join(", "),
                table.key_columns().join(", ")
            );
        }
        ddl += &views::statements(views::postgres_json);
        let client = pg.client().await?;
        client.batch_execute(&ddl).await.map_err(|e| format!("creating the warehouse tables in {}: {e}", pg.shown))?;
        Ok(PgWarehouse { pg })
    }
}

/// The Postgres type of a column SQLite declares as `kind`.
fn pg_type(kind: &str) -> &'static str {
    if kind == "INTEGER" { "BIGINT" } else { "TEXT" }
}

/// The time now as the SQLite file writes it.
const NOW: &str = "to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"')";

/// `value` for a column of SQL type `kind`: a number for INTEGER (a whole number given
/// as text read as one), text otherwise.
fn param(kind: &str, value: &Value) -> Param {
    match (kind, value) {
        ("INTEGER", Value::Number(n)) => Box::new(n.as_i64()),
        ("INTEGER", Value::String(s)) => Box::new(s.trim().parse::<i64>().ok()),
        ("INTEGER", Value::Bool(b)) => Box::new(Some(*b as i64)),
        (_, Value::Null) if kind == "INTEGER" => Box::new(None::<i64>),
        (_, Value::Null) => Box::new(None::<String>),
        (_, Value::String(s)) => Box::new(Some(s.clone())),
        (_, other) => Box::new(Some(other.to_string())),
    }
}

/// `n` rows of the key columns `key` as a VALUES list, parameters from `$first` on, each
/// cast to its column's type: `(a, b) IN (VALUES …)` is planned as a join on the key's
/// index, where `(a, b) IN ((…), (…))` compares every row of the table with each tuple.
fn key_rows(table: &Table, key: &[&str], n: usize, first: usize) -> String {
    let width = key.len();
    let tuple = |t: usize| {
        let cells: Vec<String> = key.iter().enumerate().map(|(i, name)| format!("${}::{}", first + t * width + i, pg_type(table.kind_of(name)))).collect();
        format!("({})", cells.join(", "))
    };
    format!("VALUES {}", (0..n).map(tuple).collect::<Vec<_>>().join(", "))
}

/// A key column's value as Postgres returns it, for matching a page's rows.
fn key_value(kind: &str, value: &Value) -> Value {
    match (kind, value) {
        ("INTEGER", Value::String(s)) => s.trim().parse::<i64>().map_or(Value::Null, Value::from),
        ("INTEGER", Value::Number(n)) => n.as_i64().map_or(Value::Null, Value::from),
        (_, Value::Number(n)) => Value::String(n.to_string()),
        (_, other) => other.clone(),
    }
}

fn read_key(row: &tokio_postgres::Row, i: usize, kind: &str) -> Value {
    match kind {
        "INTEGER" => row.get::<_, Option<i64>>(i).map_or(Value::Null, Value::from),
        _ => row.get::<_, Option<String>>(i).map_or(Value::Null, Value::from),
    }
}

/// The rows of one account (and parent) of `table`: a `WHERE` clause and its values.
fn owner(account: &str, table: &Table, parent: Option<u64>) -> (String, Vec<Param>) {
    match (table.parent, parent) {
        (Some(of), Some(id)) => (format!("account_id = $1 AND {} = $2", of.column), vec![Box::new(account.to_string()), Box::new(id as i64)]),
        _ => ("account_id = $1".into(), vec![Box::new(account.to_string())]),
    }
}

fn refs(params: &[Param]) -> Vec<&(dyn ToSql + Sync)> {
    params.iter().map(|p| p.as_ref() as &(dyn ToSql + Sync)).collect()
}

impl Destination for PgWarehouse {
    const COUNTS_ROWS: bool = true;

    async fn live_rows(&self, account: &str, table: &Table, parent: Option<u64>) -> Result<Option<u64>, String> {
        let (owner, params) = owner(account, table, parent);
        let sql = format!("SELECT COUNT(*) FROM {} WHERE {owner} AND deleted_at IS NULL", table.name);
        let rows = self.pg.query(&format!("counting {}", table.name), &sql, &refs(&params)).await?;
        Ok(rows.first().map(|r| r.get::<_, i64>(0) as u64))
    }

    async fn begin(&mut self, account: &str) -> Result<i64, String> {
        let rows = self.pg.query("starting the sync", "SELECT run, finished_at FROM smartlead_sync_runs WHERE account_id = $1", &[&account]).await?;
        let run = match rows.first().map(|r| (r.get::<_, i64>(0), r.get::<_, Option<String>>(1))) {
            Some((run, None)) => return Ok(run),
            Some((run, Some(_))) => run + 1,
            None => 1,
        };
        let sql = format!(
            "INSERT INTO smartlead_sync_runs (account_id, run, started_at) VALUES ($1, $2, {NOW})
             ON CONFLICT (account_id) DO UPDATE SET run = excluded.run, started_at = excluded.started_at, finished_at = NULL"
        );
        self.pg.query("starting the sync", &sql, &[&account, &run]).await?;
        Ok(run)
    }

    async fn state(&self, account: &str, table: &Table, parent: Option<u64>) -> Result<State, String> {
        let what = format!("reading where {} stands", table.name);
        let sql = "SELECT run, next_page, high_water, pending_high, pass, refreshed_at FROM smartlead_sync_state WHERE account_id = $1 AND table_name = $2 AND campaign_id = $3";
        let rows = self.pg.query(&what, sql, &[&account, &table.name, &(parent.unwrap_or(0) as i64)]).await?;
        let Some(row) = rows.first() else { return Ok(State::default()) };
        let next_page: Option<String> = row.get(1);
        let next_page = next_page.map(|t| serde_json::from_str(&t)).transpose().map_err(|e| format!("the saved page of {} does not read: {e}", table.name))?;
        Ok(State { run: row.get(0), next_page, high_water: row.get(2), pending_high: row.get(3), pass: Pass::parse(row.get(4)), refreshed_at: row.get(5) })
    }

    async fn keep_page(&mut self, account: &str, table: &Table, parent: Option<u64>, records: &[Value], after: &State, ends_whole: bool) -> Result<Counts, String> {
        let key = table.key_columns();
        // One row per key (the last a page holds): a multi-row upsert may touch a row once.
        let mut rows: Vec<(Value, serde_json::Map<String, Value>, String)> = Vec::with_capacity(records.len());
        for record in records {
            let row = table.row(account, parent, record);
            let id = Value::Array(key.iter().map(|name| key_value(table.kind_of(name), &row[*name])).collect());
            let hash = format!("{:x}", Sha256::digest(record.to_string().as_bytes()));
            rows.retain(|(seen, ..)| *seen != id);
            rows.push((id, row, hash));
        }
        let what = format!("writing {}", table.name);
        let keys = format!("({})", key.join(", "));
        self.pg
            .transaction(&what, async |tx| {
                let mut counts = Counts::default();
                // What the page's rows were: one query for the page.
                let mut seen = std::collections::HashMap::new();
                if !rows.is_empty() {
                    let params: Vec<Param> = rows.iter().flat_map(|(_, row, _)| key.iter().map(|name| param(table.kind_of(name), &row[*name]))).collect();
                    let sql = format!("SELECT {}, record_hash, deleted_at FROM {} WHERE {keys} IN ({})", key.join(", "), table.name, key_rows(table, &key, rows.len(), 1));
                    for found in tx.query(&sql, &refs(&params)).await? {
                        let id = Value::Array(key.iter().enumerate().map(|(i, name)| read_key(&found, i, table.kind_of(name))).collect());
                        seen.insert(id.to_string(), (found.get::<_, String>(key.len()), found.get::<_, Option<String>>(key.len() + 1)));
                    }
                }
                let (unchanged, written): (Vec<_>, Vec<_>) =
                    rows.iter().partition(|(id, _, hash)| seen.get(&id.to_string()).is_some_and(|(was, deleted)| was == hash && deleted.is_none()));
                // Seen again unchanged: only the run is noted.
                if !unchanged.is_empty() {
                    let mut params: Vec<Param> = vec![Box::new(after.run)];
                    params.extend(unchanged.iter().flat_map(|(_, row, _)| key.iter().map(|name| param(table.kind_of(name), &row[*name]))));
                    let sql = format!("UPDATE {} SET sync_run = $1 WHERE {keys} IN ({})", table.name, key_rows(table, &key, unchanged.len(), 2));
                    tx.execute(&sql, &refs(&params)).await?;
                }
                if let Some((_, first, _)) = written.first() {
                    let names: Vec<&str> = first.keys().map(String::as_str).chain(["record_hash", "sync_run", "synced_at", "deleted_at"]).collect();
                    let width = first.len() + 2;
                    let mut params: Vec<Param> = Vec::with_capacity(written.len() * width);
                    let mut values = Vec::with_capacity(written.len());
                    for (n, (id, row, hash)) in written.iter().enumerate() {
                        params.extend(row.iter().map(|(name, value)| param(table.kind_of(name), value)));
                        params.push(Box::new(hash.clone()));
                        params.push(Box::new(after.run));
                        let marks: Vec<String> = (1..=width).map(|i| format!("${}", n * width + i)).collect();
                        values.push(format!("({}, {NOW}, NULL)", marks.join(", ")));
                        if seen.contains_key(&id.to_string()) {
                            counts.updated += 1;
                        } else {
                            counts.inserted += 1;
                        }
                    }
                    let updates: Vec<String> = names.iter().filter(|n| !key.contains(n)).map(|n| format!("{n} = excluded.{n}")).collect();
                    let sql = format!(
                        "INSERT INTO {} ({}) VALUES {} ON CONFLICT ({}) DO UPDATE SET {}",
                        table.name,
                        names.join(", "),
                        values.join(", "),
                        key.join(", "),
                        updates.join(", ")
                    );
                    tx.execute(&sql, &refs(&params)).await?;
                }
                if ends_whole {
                    let (owner, mut params) = owner(account, table, parent);
                    params.push(Box::new(after.run));
                    let sql = format!("UPDATE {} SET deleted_at = {NOW} WHERE {owner} AND sync_run < ${} AND deleted_at IS NULL", table.name, params.len());
                    counts.deleted += tx.execute(&sql, &refs(&params)).await?;
                }
                let next_page = after.next_page.as_ref().map(Value::to_string);
                let sql = format!(
                    "INSERT INTO smartlead_sync_state (account_id, table_name, campaign_id, run, next_page, high_water, pending_high, pass, refreshed_at, updated_at)
                     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, {NOW})
                     ON CONFLICT (account_id, table_name, campaign_id) DO UPDATE SET run = excluded.run, next_page = excluded.next_page,
                       high_water = excluded.high_water, pending_high = excluded.pending_high, pass = excluded.pass,
                       refreshed_at = excluded.refreshed_at, updated_at = excluded.updated_at"
                );
                let scope = parent.unwrap_or(0) as i64;
                let pass = after.pass.as_str();
                tx.execute(&sql, &[&account, &table.name, &scope, &after.run, &next_page, &after.high_water, &after.pending_high, &pass, &after.refreshed_at]).await?;
                Ok(counts)
            })
            .await
    }

    async fn parent_ids(&self, account: &str, table: &str) -> Result<Vec<u64>, String> {
        let sql = format!("SELECT id FROM {table} WHERE account_id = $1 AND deleted_at IS NULL ORDER BY id");
        let rows = self.pg.query(&format!("reading the synced {table}"), &sql, &[&account]).await?;
        Ok(rows.iter().map(|r| r.get::<_, Option<i64>>(0).unwrap_or_default() as u64).collect())
    }

    async fn finish(&mut self, account: &str) -> Result<(), String> {
        let sql = format!("UPDATE smartlead_sync_runs SET finished_at = {NOW} WHERE account_id = $1");
        self.pg.query("finishing the sync", &sql, &[&account]).await.map(drop)
    }
}
