//! The accounts store in an embedded SQLite file (one host), readable only by its owner.

use super::connect::{Linking, Session};
use super::{Account, AccountError, EndUser, Linked, Plan, Row, store_error};
use rusqlite::{Connection, OptionalExtension, Transaction, TransactionBehavior, params};
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
CREATE TABLE IF NOT EXISTS connect_sessions (
    token_hash BLOB PRIMARY KEY,
    end_user_id TEXT NOT NULL,
    end_user_name TEXT,
    return_url TEXT,
    allowed_origins TEXT NOT NULL,
    state TEXT,
    expires_at_ms INTEGER NOT NULL,
    attempts INTEGER NOT NULL,
    max_attempts INTEGER NOT NULL,
    used_at_ms INTEGER,
    account_id TEXT
);
";

/// What a store made before connect sessions lacks: the end user an account was linked
/// for (one account each), added in place.
const END_USER_COLUMNS: &str = "
ALTER TABLE accounts ADD COLUMN end_user_id TEXT;
ALTER TABLE accounts ADD COLUMN end_user_name TEXT;
";
const END_USER_INDEX: &str = "CREATE UNIQUE INDEX IF NOT EXISTS accounts_by_end_user ON accounts(end_user_id);";
/// And the token of the account's webhook receiver URL, sealed like the key.
const WEBHOOK_COLUMN: &str = "ALTER TABLE accounts ADD COLUMN webhook_token BLOB;";

const COLUMNS: &str = "id, name, plan, sealed_key, created_at, verified_at, end_user_id, end_user_name";
const SESSION_COLUMNS: &str = "end_user_id, end_user_name, return_url, allowed_origins, state, expires_at_ms, attempts, max_attempts, used_at_ms";

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
            let reading = |e: rusqlite::Error| store_error(&format!("reading {}", path.display()), e);
            connection.execute_batch(SCHEMA).map_err(reading)?;
            let has_end_users = connection.prepare("SELECT end_user_id FROM accounts LIMIT 0").is_ok();
            if !has_end_users {
                connection.execute_batch(END_USER_COLUMNS).map_err(reading)?;
            }
            connection.execute_batch(END_USER_INDEX).map_err(reading)?;
            if connection.prepare("SELECT webhook_token FROM accounts LIMIT 0").is_err() {
                connection.execute_batch(WEBHOOK_COLUMN).map_err(reading)?;
            }
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

    pub async fn list(&self, end_user_id: Option<String>) -> Result<Vec<Account>, AccountError> {
        self.run("listing", move |c| {
            let mut statement = c.prepare(&format!("SELECT {COLUMNS} FROM accounts WHERE ?1 IS NULL OR end_user_id = ?1 ORDER BY name"))?;
            statement.query_map([end_user_id], row).map(|rows| rows.map(|r| r.map(|r| r.account)).collect::<Result<Vec<_>, _>>())?
        })
        .await
    }

    pub async fn find(&self, id_or_name: String) -> Result<Option<Row>, AccountError> {
        self.run("looking an account up", move |c| c.query_row(&format!("SELECT {COLUMNS} FROM accounts WHERE id = ?1 OR name = ?1"), [id_or_name], row).optional()).await
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

    /// The account's sealed webhook token, if it has one.
    pub async fn webhook_token(&self, id: String) -> Result<Option<Vec<u8>>, AccountError> {
        let found = self.run("reading a webhook token", move |c| c.query_row("SELECT webhook_token FROM accounts WHERE id = ?1", [id], |r| r.get(0)).optional()).await?;
        Ok(found.flatten())
    }

    /// Keeps `sealed` as the account's webhook token unless it has one already.
    pub async fn set_webhook_token(&self, id: String, sealed: Vec<u8>) -> Result<(), AccountError> {
        self.run("keeping a webhook token", move |c| c.execute("UPDATE accounts SET webhook_token = ?2 WHERE id = ?1 AND webhook_token IS NULL", params![id, sealed]).map(drop)).await
    }

    /// Keeps a new session, and forgets those that expired before `forget_before`.
    pub async fn insert_session(&self, hash: Vec<u8>, s: Session, forget_before: i64) -> Result<(), AccountError> {
        self.run("keeping a connect session", move |c| {
            c.execute("DELETE FROM connect_sessions WHERE expires_at_ms < ?1", [forget_before])?;
            let origins = serde_json::to_string(&s.allowed_origins).unwrap_or_else(|_| "[]".into());
            c.execute(
                &format!("INSERT INTO connect_sessions (token_hash, {SESSION_COLUMNS}) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, NULL)"),
                params![hash, s.end_user.id, s.end_user.display_name, s.return_url, origins, s.state, s.expires_at_ms, s.attempts, s.max_attempts],
            )
            .map(drop)
        })
        .await
    }

    pub async fn find_session(&self, hash: Vec<u8>) -> Result<Option<Session>, AccountError> {
        self.run("reading a connect session", move |c| c.query_row(&format!("SELECT {SESSION_COLUMNS} FROM connect_sessions WHERE token_hash = ?1"), [hash], session).optional()).await
    }

    /// One more attempt, if the session is live at `now_ms` and has one left.
    pub async fn claim_attempt(&self, hash: Vec<u8>, now_ms: i64) -> Result<Option<Session>, AccountError> {
        self.run("counting a connect attempt", move |c| {
            let sql = format!(
                "UPDATE connect_sessions SET attempts = attempts + 1
                 WHERE token_hash = ?1 AND used_at_ms IS NULL AND expires_at_ms > ?2 AND attempts < max_attempts RETURNING {SESSION_COLUMNS}"
            );
            c.query_row(&sql, params![hash, now_ms], session).optional()
        })
        .await
    }

    pub async fn refund_attempt(&self, hash: Vec<u8>) -> Result<(), AccountError> {
        self.run("giving a connect attempt back", move |c| {
            c.execute("UPDATE connect_sessions SET attempts = attempts - 1 WHERE token_hash = ?1 AND attempts > 0 AND used_at_ms IS NULL", [hash]).map(drop)
        })
        .await
    }

    /// Uses the session and keeps the key for its end user in one transaction; none when
    /// the session was used or expired meanwhile.
    pub async fn complete(&self, linking: Linking) -> Result<Option<(Account, Linked)>, AccountError> {
        self.run("linking a connect session's account", move |c| {
            let tx = Transaction::new_unchecked(c, TransactionBehavior::Immediate)?;
            let sql = "UPDATE connect_sessions SET used_at_ms = ?2 WHERE token_hash = ?1 AND used_at_ms IS NULL AND expires_at_ms > ?2 RETURNING end_user_id, end_user_name";
            let Some(end_user) = tx.query_row(sql, params![linking.hash, linking.now_ms], |r| Ok(EndUser { id: r.get(0)?, display_name: r.get(1)? })).optional()? else {
                return Ok(None);
            };
            let existing = tx.query_row(&format!("SELECT {COLUMNS} FROM accounts WHERE end_user_id = ?1"), [&end_user.id], row).optional()?.map(|r| r.account);
            let linked = match existing {
                Some(existing) => {
                    let (a, sealed, linked) = linking.account(Some(existing), end_user, "");
                    let sql = "UPDATE accounts SET plan = ?2, sealed_key = ?3, verified_at = ?4, end_user_name = ?5 WHERE id = ?1";
                    tx.execute(sql, params![a.id, a.plan.name(), sealed, a.verified_at, a.end_user.as_ref().and_then(|u| u.display_name.clone())])?;
                    (a, linked)
                }
                None => insert_for_end_user(&tx, &linking, end_user)?,
            };
            tx.execute("UPDATE connect_sessions SET account_id = ?2 WHERE token_hash = ?1", params![linking.hash, linked.0.id])?;
            tx.commit()?;
            Ok(Some(linked))
        })
        .await
    }
}

/// A new account for `end_user` under the first of its names no other account holds.
fn insert_for_end_user(tx: &Transaction<'_>, linking: &Linking, end_user: EndUser) -> rusqlite::Result<(Account, Linked)> {
    for name in super::connect::names(&end_user.id) {
        let (a, sealed, linked) = linking.account(None, end_user.clone(), &name);
        let added = tx.execute(
            &format!("INSERT INTO accounts ({COLUMNS}) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) ON CONFLICT(name) DO NOTHING"),
            params![a.id, a.name, a.plan.name(), sealed, a.created_at, a.verified_at, end_user.id, end_user.display_name],
        )?;
        if added == 1 {
            return Ok((a, linked));
        }
    }
    Err(rusqlite::Error::ToSqlConversionFailure("every name for this end user is taken".into()))
}

fn row(r: &rusqlite::Row<'_>) -> rusqlite::Result<Row> {
    let plan: String = r.get(2)?;
    let end_user = r.get::<_, Option<String>>(6)?.map(|id| Ok::<_, rusqlite::Error>(EndUser { id, display_name: r.get(7)? })).transpose()?;
    let account = Account { id: r.get(0)?, name: r.get(1)?, plan: Plan::from_name(&plan), created_at: r.get(4)?, verified_at: r.get(5)?, end_user };
    Ok(Row { account, sealed_key: r.get(3)? })
}

fn session(r: &rusqlite::Row<'_>) -> rusqlite::Result<Session> {
    let origins: String = r.get(3)?;
    Ok(Session {
        end_user: EndUser { id: r.get(0)?, display_name: r.get(1)? },
        return_url: r.get(2)?,
        allowed_origins: serde_json::from_str(&origins).unwrap_or_default(),
        state: r.get(4)?,
        expires_at_ms: r.get(5)?,
        attempts: r.get(6)?,
        max_attempts: r.get(7)?,
        used: r.get::<_, Option<i64>>(8)?.is_some(),
    })
}
