//! The accounts store in Postgres, for several replicas sharing one set of accounts.
//! Tables are prefixed `smartlead_` so the database can hold other things too.

use super::connect::{Linking, Session};
use super::{Account, AccountError, EndUser, Linked, Plan, Row, store_error};
use crate::core::pg::{Pg, Unusable};

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
ALTER TABLE smartlead_accounts ADD COLUMN IF NOT EXISTS end_user_id TEXT;
ALTER TABLE smartlead_accounts ADD COLUMN IF NOT EXISTS end_user_name TEXT;
CREATE UNIQUE INDEX IF NOT EXISTS smartlead_accounts_by_end_user ON smartlead_accounts(end_user_id);
ALTER TABLE smartlead_accounts ADD COLUMN IF NOT EXISTS webhook_token BYTEA;
CREATE TABLE IF NOT EXISTS smartlead_connect_sessions (
    token_hash BYTEA PRIMARY KEY,
    end_user_id TEXT NOT NULL,
    end_user_name TEXT,
    return_url TEXT,
    allowed_origins TEXT NOT NULL,
    state TEXT,
    expires_at_ms BIGINT NOT NULL,
    attempts INTEGER NOT NULL,
    max_attempts INTEGER NOT NULL,
    used_at_ms BIGINT,
    account_id TEXT
);
COMMIT;
";

const COLUMNS: &str = "id, name, plan, sealed_key, created_at, verified_at, end_user_id, end_user_name";
const SESSION_COLUMNS: &str = "end_user_id, end_user_name, return_url, allowed_origins, state, expires_at_ms, attempts, max_attempts, used_at_ms";
pub struct Postgres {
    pg: Pg,
    /// The server and database, without the password.
    pub shown: String,
}

/// A failure of the server, as the accounts store says it.
fn failed(e: String) -> AccountError {
    AccountError::Store(format!("the accounts store: {e}"))
}

impl Postgres {
    pub async fn connect(url: &str) -> Result<Postgres, AccountError> {
        let pg = Pg::connect(url, "--accounts-db").await.map_err(|e| match e {
            Unusable::Url(m) | Unusable::Server(m) => AccountError::Invalid(m),
        })?;
        pg.client().await.map_err(failed)?.batch_execute(SCHEMA).await.map_err(|e| store_error("creating its tables", e))?;
        let shown = pg.shown.clone();
        Ok(Postgres { pg, shown })
    }

    async fn query(&self, what: &str, sql: &str, params: &[&(dyn tokio_postgres::types::ToSql + Sync)]) -> Result<Vec<tokio_postgres::Row>, AccountError> {
        self.pg.query(what, sql, params).await.map_err(failed)
    }

    pub async fn check(&self, check: Vec<u8>) -> Result<Vec<u8>, AccountError> {
        let sql = "INSERT INTO smartlead_meta (name, value) VALUES ('check', $1) ON CONFLICT (name) DO NOTHING";
        self.query("keeping its master-key check", sql, &[&check]).await?;
        let rows = self.query("reading its master-key check", "SELECT value FROM smartlead_meta WHERE name = 'check'", &[]).await?;
        rows.first().map(|r| r.get(0)).ok_or_else(|| store_error("reading its master-key check", "it is missing"))
    }

    pub async fn list(&self, end_user_id: Option<&str>) -> Result<Vec<Account>, AccountError> {
        let sql = format!("SELECT {COLUMNS} FROM smartlead_accounts WHERE $1::TEXT IS NULL OR end_user_id = $1 ORDER BY name");
        let rows = self.query("listing", &sql, &[&end_user_id]).await?;
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
            "INSERT INTO smartlead_accounts (id, name, plan, sealed_key, created_at, verified_at) VALUES ($1, $2, $3, $4, $5, $6)
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

    /// As the SQLite store's.
    pub async fn webhook_token(&self, id: &str) -> Result<Option<Vec<u8>>, AccountError> {
        let rows = self.query("reading a webhook token", "SELECT webhook_token FROM smartlead_accounts WHERE id = $1", &[&id]).await?;
        Ok(rows.first().and_then(|r| r.get(0)))
    }

    pub async fn set_webhook_token(&self, id: &str, sealed: &[u8]) -> Result<(), AccountError> {
        let sql = "UPDATE smartlead_accounts SET webhook_token = $2 WHERE id = $1 AND webhook_token IS NULL";
        self.query("keeping a webhook token", sql, &[&id, &sealed]).await.map(drop)
    }

    /// As the SQLite store's.
    pub async fn insert_session(&self, hash: &[u8], s: &Session, forget_before: i64) -> Result<(), AccountError> {
        self.query("forgetting expired connect sessions", "DELETE FROM smartlead_connect_sessions WHERE expires_at_ms < $1", &[&forget_before]).await?;
        let origins = serde_json::to_string(&s.allowed_origins).unwrap_or_else(|_| "[]".into());
        let sql = format!("INSERT INTO smartlead_connect_sessions (token_hash, {SESSION_COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, NULL)");
        let (attempts, max) = (s.attempts as i32, s.max_attempts as i32);
        self.query("keeping a connect session", &sql, &[&hash, &s.end_user.id, &s.end_user.display_name, &s.return_url, &origins, &s.state, &s.expires_at_ms, &attempts, &max]).await.map(drop)
    }

    pub async fn find_session(&self, hash: &[u8]) -> Result<Option<Session>, AccountError> {
        let rows = self.query("reading a connect session", &format!("SELECT {SESSION_COLUMNS} FROM smartlead_connect_sessions WHERE token_hash = $1"), &[&hash]).await?;
        Ok(rows.first().map(session))
    }

    /// As the SQLite store's: one more attempt if the session is live and has one left.
    pub async fn claim_attempt(&self, hash: &[u8], now_ms: i64) -> Result<Option<Session>, AccountError> {
        let sql = format!(
            "UPDATE smartlead_connect_sessions SET attempts = attempts + 1
             WHERE token_hash = $1 AND used_at_ms IS NULL AND expires_at_ms > $2 AND attempts < max_attempts RETURNING {SESSION_COLUMNS}"
        );
        Ok(self.query("counting a connect attempt", &sql, &[&hash, &now_ms]).await?.first().map(session))
    }

    pub async fn refund_attempt(&self, hash: &[u8]) -> Result<(), AccountError> {
        let sql = "UPDATE smartlead_connect_sessions SET attempts = attempts - 1 WHERE token_hash = $1 AND attempts > 0 AND used_at_ms IS NULL";
        self.query("giving a connect attempt back", sql, &[&hash]).await.map(drop)
    }

    /// As the SQLite store's, in a transaction on a connection of its own (the shared one
    /// pipelines other queries, which must not land inside it).
    pub async fn complete(&self, linking: Linking) -> Result<Option<(Account, Linked)>, AccountError> {
        let done = self
            .pg
            .transaction("linking a connect session's account", async |tx| {
                let sql = "UPDATE smartlead_connect_sessions SET used_at_ms = $2 WHERE token_hash = $1 AND used_at_ms IS NULL AND expires_at_ms > $2 RETURNING end_user_id, end_user_name";
                let Some(used) = tx.query_opt(sql, &[&linking.hash, &linking.now_ms]).await? else {
                    return Ok(None);
                };
                let end_user = EndUser { id: used.get(0), display_name: used.get(1) };
                let existing = tx.query_opt(&format!("SELECT {COLUMNS} FROM smartlead_accounts WHERE end_user_id = $1 FOR UPDATE"), &[&end_user.id]).await?;
                let linked = match existing.map(|r| row(&r).account) {
                    Some(existing) => {
                        let (a, sealed, linked) = linking.account(Some(existing), end_user, "");
                        let sql = "UPDATE smartlead_accounts SET plan = $2, sealed_key = $3, verified_at = $4, end_user_name = $5 WHERE id = $1";
                        tx.execute(sql, &[&a.id, &a.plan.name(), &sealed, &a.verified_at, &a.end_user.as_ref().and_then(|u| u.display_name.clone())]).await?;
                        Some((a, linked))
                    }
                    None => {
                        let mut made = None;
                        for name in super::connect::names(&end_user.id) {
                            let (a, sealed, linked) = linking.account(None, end_user.clone(), &name);
                            let sql = format!("INSERT INTO smartlead_accounts ({COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT (name) DO NOTHING RETURNING id");
                            let added = tx.query_opt(&sql, &[&a.id, &a.name, &a.plan.name(), &sealed, &a.created_at, &a.verified_at, &end_user.id, &end_user.display_name]).await?;
                            if added.is_some() {
                                made = Some((a, linked));
                                break;
                            }
                        }
                        made
                    }
                };
                let Some(linked) = linked else { return Ok(Some(None)) };
                tx.execute("UPDATE smartlead_connect_sessions SET account_id = $2 WHERE token_hash = $1", &[&linking.hash, &linked.0.id]).await?;
                Ok(Some(Some(linked)))
            })
            .await
            .map_err(failed)?;
        match done {
            None => Ok(None),
            Some(None) => Err(store_error("linking a connect session's account", "every name for this end user is taken")),
            Some(Some(linked)) => Ok(Some(linked)),
        }
    }
}

fn row(r: &tokio_postgres::Row) -> Row {
    let plan: String = r.get(2);
    let end_user = r.get::<_, Option<String>>(6).map(|id| EndUser { id, display_name: r.get(7) });
    let account = Account { id: r.get(0), name: r.get(1), plan: Plan::from_name(&plan), created_at: r.get(4), verified_at: r.get(5), end_user };
    Row { account, sealed_key: r.get(3) }
}

fn session(r: &tokio_postgres::Row) -> Session {
    let origins: String = r.get(3);
    Session {
        end_user: EndUser { id: r.get(0), display_name: r.get(1) },
        return_url: r.get(2),
        allowed_origins: serde_json::from_str(&origins).unwrap_or_default(),
        state: r.get(4),
        expires_at_ms: r.get(5),
        attempts: r.get::<_, i32>(6) as u32,
        max_attempts: r.get::<_, i32>(7) as u32,
        used: r.get::<_, Option<i64>>(8).is_some(),
    }
}
