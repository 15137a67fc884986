//! The accounts store in Postgres, for several replicas sharing one set of accounts.
//! Tables are prefixed `smartlead_` so the database can hold other things too.

use super::{Account, AccountError, Plan, Row, store_error};
use std::sync::Arc;
use std::time::Duration;
use tokio_postgres::{Client, Config, NoTls};

/// Replicas starting together create the tables one at a time under this advisory lock.
const SCHEMA: &str = "
BEGIN;
SELECT pg_advisory_xact_lock(7277261153);
CREATE TABLE IF NOT EXISTS smartlead_accounts (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    plan TEXT NOT NULL,
    sealed_key BYTEA NOT NULL,
    created_at TEXT NOT NULL,
    verified_at TEXT
);
CREATE TABLE IF NOT EXISTS smartlead_meta (name TEXT PRIMARY KEY, value BYTEA NOT NULL);
COMMIT;
";

const COLUMNS: &str = "id, name, plan, sealed_key, created_at, verified_at";
/// A query that takes longer fails, so a stuck server fails requests instead of holding them.
const QUERY_TIMEOUT: Duration = Duration::from_secs(10);

pub struct Postgres {
    config: Config,
    /// One connection, pipelining concurrent queries; made again when it drops.
    client: tokio::sync::Mutex<Option<Arc<Client>>>,
    /// The server and database, without the password.
    pub shown: String,
}

impl Postgres {
    pub async fn connect(url: &str) -> Result<Postgres, AccountError> {
        let mut config: Config = url.parse().map_err(|e| AccountError::Invalid(format!("--accounts-db is not a Postgres URL such as postgres://USER@HOST:5432/DB: {e}")))?;
        config.connect_timeout(Duration::from_secs(5));
        let host = match config.get_hosts().first() {
            Some(tokio_postgres::config::Host::Tcp(h)) => h.clone(),
            Some(tokio_postgres::config::Host::Unix(p)) => p.display().to_string(),
            None => "localhost".into(),
        };
        let port = config.get_ports().first().copied().unwrap_or(5432);
        let shown = format!("postgres://{}@{host}:{port}/{}", config.get_user().unwrap_or(""), config.get_dbname().unwrap_or(""));
        let pg = Postgres { config, client: tokio::sync::Mutex::new(None), shown };
        let client = pg.client().await.map_err(|e| AccountError::Invalid(format!("{} ({})", e.message(), pg.shown)))?;
        client.batch_execute(SCHEMA).await.map_err(|e| store_error("creating its tables", e))?;
        Ok(pg)
    }

    async fn client(&self) -> Result<Arc<Client>, AccountError> {
        let mut slot = self.client.lock().await;
        if let Some(client) = slot.as_ref().filter(|c| !c.is_closed()) {
            return Ok(client.clone());
        }
        let (client, connection) = self.config.connect(NoTls).await.map_err(|e| store_error("connecting to Postgres", e))?;
        tokio::spawn(async move {
            // It ends when the server goes away; the next query connects again.
            let _ = connection.await;
        });
        let client = Arc::new(client);
        *slot = Some(client.clone());
        Ok(client)
    }

    async fn query(&self, what: &str, sql: &str, params: &[&(dyn tokio_postgres::types::ToSql + Sync)]) -> Result<Vec<tokio_postgres::Row>, AccountError> {
        let client = self.client().await?;
        match tokio::time::timeout(QUERY_TIMEOUT, client.query(sql, params)).await {
            Ok(rows) => rows.map_err(|e| store_error(what, e)),
            Err(_) => Err(store_error(what, format!("no answer from Postgres in {} s", QUERY_TIMEOUT.as_secs()))),
        }
    }

    pub async fn check(&self, check: Vec<u8>) -> Result<Vec<u8>, AccountError> {
        let sql = "INSERT INTO smartlead_meta (name, value) VALUES ('check', $1) ON CONFLICT (name) DO NOTHING";
        self.query("keeping its master-key check", sql, &[&check]).await?;
        let rows = self.query("reading its master-key check", "SELECT value FROM smartlead_meta WHERE name = 'check'", &[]).await?;
        rows.first().map(|r| r.get(0)).ok_or_else(|| store_error("reading its master-key check", "it is missing"))
    }

    pub async fn list(&self) -> Result<Vec<Account>, AccountError> {
        let rows = self.query("listing", &format!("SELECT {COLUMNS} FROM smartlead_accounts ORDER BY name"), &[]).await?;
        Ok(rows.iter().map(|r| row(r).account).collect())
    }

    pub async fn find(&self, id_or_name: &str) -> Result<Option<Row>, AccountError> {
        let rows = self.query("looking an account up", &format!("SELECT {COLUMNS} FROM smartlead_accounts WHERE id = $1 OR name = $1"), &[&id_or_name]).await?;
        Ok(rows.first().map(row))
    }

    /// As the SQLite store's `put`: false when another id holds the name.
    pub async fn put(&self, r: &Row) -> Result<bool, AccountError> {
        let a = &r.account;
        let sql = format!(
            "INSERT INTO smartlead_accounts ({COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6)
             ON CONFLICT (name) DO UPDATE SET plan = excluded.plan, sealed_key = excluded.sealed_key, verified_at = excluded.verified_at
             WHERE smartlead_accounts.id = excluded.id RETURNING id"
        );
        let rows = self.query("keeping an account", &sql, &[&a.id, &a.name, &a.plan.name(), &r.sealed_key, &a.created_at, &a.verified_at]).await?;
        Ok(rows.len() == 1)
    }

    pub async fn verified(&self, id: &str, at: &str) -> Result<(), AccountError> {
        self.query("recording a verification", "UPDATE smartlead_accounts SET verified_at = $2 WHERE id = $1", &[&id, &at]).await.map(drop)
    }

    pub async fn delete(&self, id: &str) -> Result<(), AccountError> {
        self.query("deleting an account", "DELETE FROM smartlead_accounts WHERE id = $1", &[&id]).await.map(drop)
    }
}

fn row(r: &tokio_postgres::Row) -> Row {
    let plan: String = r.get(2);
    let account = Account { id: r.get(0), name: r.get(1), plan: Plan::from_name(&plan), created_at: r.get(4), verified_at: r.get(5) };
    Row { account, sealed_key: r.get(3) }
}
