//! Linked accounts: each customer's Smartlead key given once, sealed under the
//! operator's master key, kept in SQLite (one host) or Postgres (several replicas);
//! callers then name the account, never the key. Only the host reads this store; the
//! component never sees it, nor the keys in it.

pub mod connect;
pub mod link;
mod postgres;
pub mod seal;
mod sqlite;
pub mod webhooks;

use crate::egress::pacer::Plan;
use crate::core::tenant::ApiKey;
use seal::{MASTER_KEY_VAR, Sealer};
use serde::{Deserialize, Serialize};
use std::path::PathBuf;

/// Where accounts are kept when no `--accounts-db` is given.
pub const DEFAULT_ACCOUNTS_DB: &str = "smartlead-accounts.db";
/// The header naming the account a gateway request spends (Truto's convention).
pub const ACCOUNT_HEADER: &str = "x-smartlead-account";
/// The query parameter naming it, the same way.
pub const ACCOUNT_PARAM: &str = "integrated_account_id";
/// Every account id starts so; no name may.
pub const ID_PREFIX: &str = "acct_";

/// Where linked accounts are kept and how they are opened; for every command.
#[derive(Debug, Clone, Default, clap::Args)]
pub struct AccountsArgs {
    /// Spend this linked account's key (its name or id), paced to its plan.
    #[arg(long, value_name = "NAME", global = true)]
    pub account: Option<String>,
    /// Where linked accounts are kept: a SQLite file, or postgres://USER@HOST:PORT/DB
    /// shared by several replicas [default: smartlead-accounts.db].
    #[arg(long, value_name = "PATH|URL", env = "SMARTLEAD_ACCOUNTS_DB", global = true)]
    pub accounts_db: Option<String>,
    /// A file holding the master key the accounts' keys are sealed with (else the
    /// SMARTLEAD_MASTER_KEY variable): 32 bytes as hex or base64.
    #[arg(long, value_name = "FILE", global = true)]
    pub master_key_file: Option<PathBuf>,
}

impl AccountsArgs {
    /// Whether this command was told where accounts are, or given a key to open them.
    pub fn configured(&self) -> bool {
        self.accounts_db.is_some() || self.master_key_file.is_some() || std::env::var_os(MASTER_KEY_VAR).is_some()
    }

    /// The master key, from the file given or the environment; none is an error, never
    /// a fallback to keys in clear.
    fn master_key(&self) -> Result<String, AccountError> {
        if let Some(file) = &self.master_key_file {
            return std::fs::read_to_string(file).map_err(|e| AccountError::Invalid(format!("--master-key-file {}: {e}", file.display())));
        }
        std::env::var(MASTER_KEY_VAR).map_err(|_| {
            AccountError::Invalid(format!(
                "linked accounts are sealed with a master key, and none was given: set {MASTER_KEY_VAR} or pass --master-key-file (make one with `openssl rand -hex 32`)"
            ))
        })
    }
}

/// A linked account as anyone may see it: everything but the key.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Account {
    pub id: String,
    pub name: String,
    pub plan: Plan,
    /// RFC 3339, UTC.
    pub created_at: String,
    /// When Smartlead last accepted the key (at linking, or `verify`).
    pub verified_at: Option<String>,
    /// The platform's own user who linked it in a connect page; none when linked by
    /// name (`accounts link`, `POST /accounts`).
    pub end_user: Option<EndUser>,
}

/// A platform's end user, as its backend names them when it asks for a connect session.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EndUser {
    /// The platform's own id for the user; one account per id.
    pub id: String,
    /// How the connect page greets them.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub display_name: Option<String>,
}

/// An account's row as a backend keeps it.
#[derive(Debug, Clone)]
struct Row {
    account: Account,
    sealed_key: Vec<u8>,
}

/// Why an account could not be linked, found or read.
#[derive(Debug, Clone, PartialEq)]
pub enum AccountError {
    /// The name, the master key or the location is not usable; nothing was changed.
    Invalid(String),
    /// No account has that name or id.
    NotFound(String),
    /// Smartlead did not accept the key (its typed error); nothing was stored.
    Smartlead(crate::ToolError),
    /// The store failed to answer.
    Store(String),
}

impl AccountError {
    /// As the component names its errors.
    pub fn kind(&self) -> &'static str {
        match self {
            AccountError::Invalid(_) => "invalid_input",
            AccountError::NotFound(_) => "not_found",
            AccountError::Smartlead(e) => e.kind,
            AccountError::Store(_) => "host",
        }
    }

    pub fn message(&self) -> &str {
        match self {
            AccountError::Invalid(m) | AccountError::NotFound(m) | AccountError::Store(m) => m,
            AccountError::Smartlead(e) => &e.message,
        }
    }
}

impl std::fmt::Display for AccountError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.kind(), self.message())
    }
}

impl std::error::Error for AccountError {}

/// What a backend was asked and could not do.
fn store_error(what: &str, e: impl std::fmt::Display) -> AccountError {
    AccountError::Store(format!("the accounts store: {what}: {e}"))
}

enum Backend {
    Sqlite(sqlite::Sqlite),
    Postgres(Box<postgres::Postgres>),
}

/// The accounts store: a backend and the master key its keys are sealed with.
pub struct Accounts {
    backend: Backend,
    sealer: Sealer,
    /// The file or the server, without any password, for messages.
    pub location: String,
}

/// What a master key seals to prove, on opening, that it is the key the store was made with.
const CHECK_OWNER: &str = "check";
const CHECK_TEXT: &str = "smartlead linked accounts";

/// Whether linking added an account or gave an existing one a new key.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Linked {
    Created,
    Rotated,
}

impl Accounts {
    /// The store the arguments name, opened with their master key. Only with `create`
    /// is a SQLite file made where there is none: a mistyped path to read from is said
    /// to be one, not answered from a new, empty store.
    pub async fn open(args: &AccountsArgs, create: bool) -> Result<Accounts, AccountError> {
        let location = args.accounts_db.clone().unwrap_or_else(|| DEFAULT_ACCOUNTS_DB.into());
        let master_key = args.master_key()?;
        if !create && !crate::core::pg::is_url(&location) && !std::path::Path::new(&location).exists() {
            return Err(AccountError::Invalid(format!("no accounts store at {location}: check --accounts-db (SMARTLEAD_ACCOUNTS_DB); `smartlead accounts link NAME` creates it")));
        }
        Accounts::open_at(&location, &master_key).await
    }

    /// The store at `location` (a SQLite path or a postgres:// URL), opened with
    /// `master_key`; refused when the store was made with another master key.
    pub async fn open_at(location: &str, master_key: &str) -> Result<Accounts, AccountError> {
        let sealer = Sealer::from_text(master_key).map_err(AccountError::Invalid)?;
        let (backend, shown) = if crate::core::pg::is_url(location) {
            let pg = postgres::Postgres::connect(location).await?;
            let shown = pg.shown.clone();
            (Backend::Postgres(Box::new(pg)), shown)
        } else {
            (Backend::Sqlite(sqlite::Sqlite::open(location.into()).await?), location.to_string())
        };
        let accounts = Accounts { backend, sealer, location: shown };
        let check = accounts.sealer.seal(CHECK_OWNER, CHECK_TEXT);
        let kept = match &accounts.backend {
            Backend::Sqlite(s) => s.check(check).await?,
            Backend::Postgres(p) => p.check(check).await?,
        };
        if accounts.sealer.open(CHECK_OWNER, &kept).as_deref() != Some(CHECK_TEXT) {
            return Err(AccountError::Invalid(format!(
                "the master key given does not open the accounts store at {}: it was made with another key (nothing was read or changed)",
                accounts.location
            )));
        }
        Ok(accounts)
    }

    /// Every account, by name; with `end_user_id`, only the one linked for that end user.
    pub async fn list(&self, end_user_id: Option<&str>) -> Result<Vec<Account>, AccountError> {
        match &self.backend {
            Backend::Sqlite(s) => s.list(end_user_id.map(str::to_string)).await,
            Backend::Postgres(p) => p.list(end_user_id).await,
        }
    }

    async fn row(&self, id_or_name: &str) -> Result<Option<Row>, AccountError> {
        match &self.backend {
            Backend::Sqlite(s) => s.find(id_or_name.to_string()).await,
            Backend::Postgres(p) => p.find(id_or_name).await,
        }
    }

    /// The account named `id_or_name` (its name or its id).
    pub async fn find(&self, id_or_name: &str) -> Result<Account, AccountError> {
        Ok(self.row(id_or_name).await?.ok_or_else(|| not_found(id_or_name))?.account)
    }

    /// The account and its key, opened.
    pub async fn key(&self, id_or_name: &str) -> Result<(Account, ApiKey), AccountError> {
        let row = self.row(id_or_name).await?.ok_or_else(|| not_found(id_or_name))?;
        let key = self.sealer.open(&row.account.id, &row.sealed_key).and_then(|k| ApiKey::new(&k));
        let key = key.ok_or_else(|| AccountError::Store(format!("the key of account {} does not open: its row was changed outside smartlead", row.account.name)))?;
        Ok((row.account, key))
    }

    /// Keeps `key` for `name`: a new account, or the existing one's key replaced in
    /// place (same id, same creation time). Call only once Smartlead accepted the key.
    /// Two links of one name at once both find no account and make one each; the one
    /// that lands second finds the first's and rotates it, so both succeed, one after
    /// the other, and the key linked last is kept.
    pub async fn put(&self, name: &str, key: &ApiKey, plan: Plan) -> Result<(Account, Linked), AccountError> {
        check_name(name)?;
        for _ in 0..2 {
            let existing = self.row(name).await?.map(|r| r.account);
            let now = now();
            let (account, linked) = match existing {
                Some(a) => (Account { plan, verified_at: Some(now), ..a }, Linked::Rotated),
                None => (Account { id: seal::random_id(ID_PREFIX), name: name.into(), plan, created_at: now.clone(), verified_at: Some(now), end_user: None }, Linked::Created),
            };
            let row = Row { sealed_key: self.sealer.seal(&account.id, key.expose()), account: account.clone() };
            let kept = match &self.backend {
                Backend::Sqlite(s) => s.put(row).await?,
                Backend::Postgres(p) => p.put(&row).await?,
            };
            if kept {
                return Ok((account, linked));
            }
        }
        Err(AccountError::Store(format!("account {name} kept changing while it was linked; link it again")))
    }

    /// Records that Smartlead accepted the account's key just now.
    pub async fn verified(&self, account: &Account) -> Result<Account, AccountError> {
        let at = now();
        match &self.backend {
            Backend::Sqlite(s) => s.verified(account.id.clone(), at.clone()).await?,
            Backend::Postgres(p) => p.verified(&account.id, &at).await?,
        }
        Ok(Account { verified_at: Some(at), ..account.clone() })
    }

    /// Deletes the account and its key.
    pub async fn unlink(&self, id_or_name: &str) -> Result<Account, AccountError> {
        let account = self.find(id_or_name).await?;
        match &self.backend {
            Backend::Sqlite(s) => s.delete(account.id.clone()).await?,
            Backend::Postgres(p) => p.delete(&account.id).await?,
        }
        Ok(account)
    }
}

fn not_found(id_or_name: &str) -> AccountError {
    AccountError::NotFound(format!("no linked account is named {} or has that id: `smartlead accounts list` (or GET /accounts) shows them", shown(id_or_name)))
}

/// The longest name or id a message repeats whole; no name is longer.
const SHOWN_CHARS: usize = 64;

/// A name or id as a message quotes it: whole when it could be one, else its start and
/// its length, so what a caller sent (a header of any size) is never echoed back whole.
fn shown(text: &str) -> String {
    match text.char_indices().nth(SHOWN_CHARS) {
        None => format!("{text:?}"),
        Some((end, _)) => format!("{:?}… ({} bytes)", &text[..end], text.len()),
    }
}

/// A name people type: 1 to 64 letters, digits, `.`, `_`, `-` or `@`, starting with a
/// letter or digit (`--account -x` would read as a flag), not shaped like an id.
pub fn check_name(name: &str) -> Result<(), AccountError> {
    let fits = name.len() <= SHOWN_CHARS
        && name.starts_with(|c: char| c.is_ascii_alphanumeric())
        && name.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-' | '@'));
    if !fits {
        return Err(AccountError::Invalid(format!(
            "{} is not an account name: use 1 to 64 letters, digits, '.', '_', '-' or '@', starting with a letter or digit, e.g. acme-corp",
            shown(name)
        )));
    }
    if name.starts_with(ID_PREFIX) {
        return Err(AccountError::Invalid(format!("{name:?} looks like an account id; names may not start with {ID_PREFIX}")));
    }
    Ok(())
}

fn now() -> String {
    let now = time::OffsetDateTime::now_utc().replace_nanosecond(0).unwrap_or_else(|_| time::OffsetDateTime::now_utc());
    now.format(&time::format_description::well_known::Rfc3339).unwrap_or_default()
}

/// Milliseconds since the Unix epoch.
fn now_ms() -> i64 {
    std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_millis() as i64)
}

/// `ms` since the epoch in RFC 3339, UTC, to the second.
fn rfc3339(ms: i64) -> String {
    let at = time::OffsetDateTime::from_unix_timestamp(ms.div_euclid(1000)).unwrap_or(time::OffsetDateTime::UNIX_EPOCH);
    at.format(&time::format_description::well_known::Rfc3339).unwrap_or_default()
}
