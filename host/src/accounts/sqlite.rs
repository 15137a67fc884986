//! The accounts store in an embedded SQLite file (one host), readable only by its owner.

use super::{Account, AccountError, Plan, Row, store_error};
use rusqlite::{Connection, OptionalExtension, params};
use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use std::time::Duration;

const SCHEMA: &str = "
CREATE TABLE IF NOT EXISTS accounts (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    plan TEXT NOT NULL,
    sealed_key BLOB NOT NULL,
    created_at TEXT NOT NULL,
    verified_at TEXT
);
CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value BLOB NOT NULL);
";

/// Another `smartlead` linking at the same moment holds the file this long at most.
const BUSY_TIMEOUT: Duration = Duration::from_secs(5);

pub struct Sqlite {
    connection: Arc<Mutex<Connection>>,
}

impl Sqlite {
    pub async fn open(path: PathBuf) -> Result<Sqlite, AccountError> {
        let opened = tokio::task::spawn_blocking(move || {
            // A path that cannot be used is the caller's to fix (invalid input); a file
            // that does not read as the store is the host's failure.
            let unusable = |e: &dyn std::fmt::Display| AccountError::Invalid(format!("the accounts database {}: {e}", path.display()));
            crate::core::private::restrict(&path).map_err(|e| unusable(&e))?;
            let connection = Connection::open(&path).map_err(|e| unusable(&e))?;
            connection.busy_timeout(BUSY_TIMEOUT).map_err(|e| store_error("opening", e))?;
            connection.execute_batch(SCHEMA).map_err(|e| store_error(&format!("reading {}", path.display()), e))?;
            Ok(connection)
        });
        let connection = opened.await.map_err(|e| store_error("opening", e))??;
        Ok(Sqlite { connection: Arc::new(Mutex::new(connection)) })
    }

    /// Runs `f` on the connection off the async threads.
    async fn run<T: Send + 'static>(&self, what: &'static str, f: impl FnOnce(&Connection) -> rusqlite::Result<T> + Send + 'static) -> Result<T, AccountError> {
        let connection = self.connection.clone();
        let done = tokio::task::spawn_blocking(move || f(&connection.lock().unwrap_or_else(|e| e.into_inner())));
        done.await.map_err(|e| store_error(what, e))?.map_err(|e| store_error(what, e))
    }

    /// Keeps `check` unless a check is kept already; returns the kept one.
    pub async fn check(&self, check: Vec<u8>) -> Result<Vec<u8>, AccountError> {
        self.run("reading its master-key check", move |c| {
            c.execute("INSERT OR IGNORE INTO meta (name, value) VALUES ('check', ?1)", params![check])?;
            c.query_row("SELECT value FROM meta WHERE name = 'check'", [], |r| r.get(0))
        })
        .await
    }

    pub async fn list(&self) -> Result<Vec<Account>, AccountError> {
        self.run("listing", |c| {
            let mut statement = c.prepare("SELECT id, name, plan, sealed_key, created_at, verified_at FROM accounts ORDER BY name")?;
            statement.query_map([], row).map(|rows| rows.map(|r| r.map(|r| r.account)).collect::<Result<Vec<_>, _>>())?
        })
        .await
    }

    pub async fn find(&self, id_or_name: String) -> Result<Option<Row>, AccountError> {
        self.run("looking an account up", move |c| {
            c.query_row("SELECT id, name, plan, sealed_key, created_at, verified_at FROM accounts WHERE id = ?1 OR name = ?1", [id_or_name], row).optional()
        })
        .await
    }

    /// Inserts the row, or replaces the key, plan and verification of the account of
    /// that name if it has this row's id; false when another id holds the name.
    pub async fn put(&self, r: Row) -> Result<bool, AccountError> {
        self.run("keeping an account", move |c| {
            let a = &r.account;
            let changed = c.execute(
                "INSERT INTO accounts (id, name, plan, sealed_key, created_at, verified_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)
                 ON CONFLICT(name) DO UPDATE SET plan = excluded.plan, sealed_key = excluded.sealed_key, verified_at = excluded.verified_at
                 WHERE accounts.id = excluded.id",
                params![a.id, a.name, a.plan.name(), r.sealed_key, a.created_at, a.verified_at],
            )?;
            Ok(changed == 1)
        })
        .await
    }

    pub async fn verified(&self, id: String, at: String) -> Result<(), AccountError> {
        self.run("recording a verification", move |c| c.execute("UPDATE accounts SET verified_at = ?2 WHERE id = ?1", params![id, at]).map(drop)).await
    }

    pub async fn delete(&self, id: String) -> Result<(), AccountError> {
        self.run("deleting an account", move |c| c.execute("DELETE FROM accounts WHERE id = ?1", [id]).map(drop)).await
    }
}

fn row(r: &rusqlite::Row<'_>) -> rusqlite::Result<Row> {
    let plan: String = r.get(2)?;
    let account = Account { id: r.get(0)?, name: r.get(1)?, plan: Plan::from_name(&plan), created_at: r.get(4)?, verified_at: r.get(5)? };
    Ok(Row { account, sealed_key: r.get(3)? })
}
