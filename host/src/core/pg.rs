//! A Postgres server shared by replicas, as the stores that live there use it: one
//! pipelined connection for single statements, made again when it drops, and one more,
//! held by one writer at a time, for transactions; every query bounded in time. Errors
//! are text naming what was asked, for each store to wrap in its own kind.

use std::sync::Arc;
use std::time::Duration;
use tokio_postgres::types::ToSql;
use tokio_postgres::{Client, Config, NoTls, Row};

/// A query that takes longer fails, so a stuck server fails requests instead of holding them.
pub const QUERY_TIMEOUT: Duration = Duration::from_secs(10);

/// Whether `location` names a Postgres server rather than a file.
pub fn is_url(location: &str) -> bool {
    location.starts_with("postgres://") || location.starts_with("postgresql://")
}

pub struct Pg {
    config: Config,
    shared: tokio::sync::Mutex<Option<Arc<Client>>>,
    writer: tokio::sync::Mutex<Option<Client>>,
    /// The server and database, without the password.
    pub shown: String,
}

/// Why `connect` failed: the URL, or the server.
pub enum Unusable {
    /// Not a Postgres URL; the message says what to give.
    Url(String),
    /// The server could not be reached or refused us.
    Server(String),
}

impl Pg {
    /// The server at `url` (named by `flag` in messages), reached once to prove it.
    pub async fn connect(url: &str, flag: &str) -> Result<Pg, Unusable> {
        let mut config: Config = url.parse().map_err(|e| Unusable::Url(format!("{flag} is not a Postgres URL such as postgres://USER@HOST:5432/DB: {e}")))?;
        config.connect_timeout(Duration::from_secs(5));
        let host = match config.get_hosts().first() {
            Some(tokio_postgres::config::Host::Tcp(h)) => h.clone(),
            Some(tokio_postgres::config::Host::Unix(p)) => p.display().to_string(),
            None => "localhost".into(),
        };
        let port = config.get_ports().first().copied().unwrap_or(5432);
        let shown = format!("postgres://{}@{host}:{port}/{}", config.get_user().unwrap_or(""), config.get_dbname().unwrap_or(""));
        let pg = Pg { config, shared: tokio::sync::Mutex::new(None), writer: tokio::sync::Mutex::new(None), shown };
        pg.client().await.map_err(|e| Unusable::Server(format!("{e} ({})", pg.shown)))?;
        Ok(pg)
    }

    /// The shared connection, made again if it dropped.
    pub async fn client(&self) -> Result<Arc<Client>, String> {
        let mut slot = self.shared.lock().await;
        if let Some(client) = slot.as_ref().filter(|c| !c.is_closed()) {
            return Ok(client.clone());
        }
        let client = Arc::new(self.fresh().await?);
        *slot = Some(client.clone());
        Ok(client)
    }

    async fn fresh(&self) -> Result<Client, String> {
        let (client, connection) = self.config.connect(NoTls).await.map_err(|e| format!("connecting to Postgres: {e}"))?;
        tokio::spawn(async move {
            // It ends when the server goes away; the next query connects again.
            let _ = connection.await;
        });
        Ok(client)
    }

    /// One statement on the shared connection; `what` names it in the error.
    pub async fn query(&self, what: &str, sql: &str, params: &[&(dyn ToSql + Sync)]) -> Result<Vec<Row>, String> {
        let client = self.client().await.map_err(|e| format!("{what}: {e}"))?;
        match tokio::time::timeout(QUERY_TIMEOUT, client.query(sql, params)).await {
            Ok(rows) => rows.map_err(|e| format!("{what}: {e}")),
            Err(_) => Err(format!("{what}: no answer from Postgres in {} s", QUERY_TIMEOUT.as_secs())),
        }
    }

    /// Runs `work` in a transaction on the writer's connection, which it holds alone
    /// meanwhile (the shared one pipelines other queries, which must not land inside it);
    /// committed when `work` returns Ok.
    pub async fn transaction<T>(&self, what: &str, work: impl AsyncFnOnce(&tokio_postgres::Transaction<'_>) -> Result<T, tokio_postgres::Error>) -> Result<T, String> {
        let mut slot = self.writer.lock().await;
        let done = tokio::time::timeout(QUERY_TIMEOUT, async {
            if slot.as_ref().is_none_or(Client::is_closed) {
                *slot = Some(self.fresh().await?);
            }
            let client = slot.as_mut().ok_or("no writer connection")?;
            let tx = client.transaction().await.map_err(|e| e.to_string())?;
            let value = work(&tx).await.map_err(|e| e.to_string())?;
            tx.commit().await.map_err(|e| e.to_string())?;
            Ok::<_, String>(value)
        })
        .await;
        match done {
            Ok(result) => result.map_err(|e| format!("{what}: {e}")),
            Err(_) => {
                // A transaction cut short leaves the connection mid-way: drop it.
                *slot = None;
                Err(format!("{what}: no answer from Postgres in {} s", QUERY_TIMEOUT.as_secs()))
            }
        }
    }
}
