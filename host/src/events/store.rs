//! The events database: Smartlead's deliveries in an embedded SQLite file (WAL, every
//! commit synced to disk), each event once, in arrival order, with what was done about
//! it, and the outbox of its deliveries to the platform's subscriptions, planned in the
//! transaction that keeps the event. One writer thread commits concurrent deliveries
//! together, so a burst costs one sync, not one each.

use rusqlite::{Connection, OpenFlags, TransactionBehavior, params};
use serde_json::Value;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::Duration;
use tokio::sync::oneshot;

/// The layout this version writes; a file with a later one is refused. Layout 2 added
/// the account an event belongs to, the subscriptions and the outbox.
const SCHEMA_VERSION: i64 = 2;

const SCHEMA: &str = "
CREATE TABLE IF NOT EXISTS events (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL,
    campaign_id INTEGER,
    received_at_ms INTEGER NOT NULL,
    event TEXT NOT NULL,
    action TEXT,
    action_due_ms INTEGER
);
CREATE INDEX IF NOT EXISTS events_by_kind ON events(kind, seq);
CREATE INDEX IF NOT EXISTS events_by_campaign ON events(campaign_id, seq);
CREATE INDEX IF NOT EXISTS events_due ON events(action_due_ms) WHERE action_due_ms IS NOT NULL;
CREATE TABLE IF NOT EXISTS subscriptions (
    id TEXT PRIMARY KEY,
    url TEXT NOT NULL,
    kinds TEXT,
    account_id TEXT,
    secret TEXT NOT NULL,
    created_at_ms INTEGER NOT NULL,
    disabled_at_ms INTEGER,
    disabled_reason TEXT
);
CREATE TABLE IF NOT EXISTS deliveries (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    event_seq INTEGER NOT NULL,
    subscription_id TEXT NOT NULL,
    status TEXT NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    due_ms INTEGER,
    last_status INTEGER,
    last_error TEXT,
    created_at_ms INTEGER NOT NULL,
    delivered_at_ms INTEGER,
    UNIQUE (event_seq, subscription_id)
);
CREATE INDEX IF NOT EXISTS deliveries_due ON deliveries(due_ms) WHERE due_ms IS NOT NULL;
";

/// What layout 1 lacks, added in place.
const ACCOUNT_COLUMN: &str = "ALTER TABLE events ADD COLUMN account_id TEXT;";
const ACCOUNT_INDEX: &str = "CREATE INDEX IF NOT EXISTS events_by_account ON events(account_id, seq);";

/// Deliveries planned for a new event: one per live subscription that takes its kind and
/// its account (a subscription without kinds takes every kind; one without an account,
/// every account's).
const FAN_OUT: &str = "
INSERT INTO deliveries (event_seq, subscription_id, status, due_ms, created_at_ms)
SELECT ?1, id, 'pending', ?4, ?4 FROM subscriptions
WHERE disabled_at_ms IS NULL
  AND (kinds IS NULL OR EXISTS (SELECT 1 FROM json_each(subscriptions.kinds) WHERE value = ?2))
  AND (account_id IS NULL OR account_id = ?3)";

/// How long a write waits for another process holding the file before it fails (and
/// the delivery is answered 503, so Smartlead sends it again).
const BUSY_TIMEOUT: Duration = Duration::from_secs(2);
/// Writes committed together at most.
const MAX_BATCH: usize = 256;

/// Why the database did not take or give what was asked.
#[derive(Debug, Clone, PartialEq)]
pub struct StoreError(pub String);

impl std::fmt::Display for StoreError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for StoreError {}

impl From<rusqlite::Error> for StoreError {
    fn from(e: rusqlite::Error) -> Self {
        StoreError(format!("the events database: {e}"))
    }
}

/// An event to keep, and the action planned for it (with when it is due), if any.
#[derive(Debug, Clone, PartialEq)]
pub struct NewEvent {
    pub id: String,
    pub kind: String,
    pub campaign_id: Option<u64>,
    pub received_at_ms: i64,
    pub event: Value,
    pub action: Option<Value>,
    pub action_due_ms: Option<i64>,
    /// The linked account it came for, or is about; none for the host's own key.
    pub account_id: Option<String>,
}

/// An event as kept.
#[derive(Debug, Clone, PartialEq)]
pub struct Stored {
    /// Its place in arrival order; never reused.
    pub seq: i64,
    pub received_at_ms: i64,
    pub event: Value,
    pub action: Option<Value>,
    /// The linked account it came for, if any.
    pub account_id: Option<String>,
}

/// Whether an event was new.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Inserted {
    New { seq: i64 },
    /// An event with this id is already kept; nothing changed.
    Duplicate,
}

/// Which events a listing wants.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Filter {
    pub kind: Option<String>,
    pub campaign_id: Option<u64>,
    pub account_id: Option<String>,
    /// Only the events of the host's own key: those of no linked account.
    pub own_key: bool,
}

/// Reads the database; any number of readers run beside the writer.
pub struct Reader {
    connection: Mutex<Connection>,
}

impl Reader {
    /// Opens an existing database for reading only (`smartlead events list`).
    pub fn open(path: &Path) -> Result<Reader, StoreError> {
        if !path.exists() {
            return Err(StoreError(format!(
                "no events database at {}: `smartlead serve` creates it when the first webhook arrives (--events-db)",
                path.display()
            )));
        }
        let connection = Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX)?;
        connection.busy_timeout(BUSY_TIMEOUT)?;
        check_version(&connection)?;
        Ok(Reader { connection: Mutex::new(connection) })
    }

    /// Up to `limit` events after `after` in arrival order.
    pub fn list(&self, filter: &Filter, after: i64, limit: usize) -> Result<Vec<Stored>, StoreError> {
        self.select(
            "SELECT seq, received_at_ms, event, action, account_id FROM events
             WHERE seq > ?1 AND (?2 IS NULL OR kind = ?2) AND (?3 IS NULL OR campaign_id = ?3) AND (?5 IS NULL OR account_id = ?5) AND (NOT ?6 OR account_id IS NULL)
             ORDER BY seq LIMIT ?4",
            params![after, filter.kind, filter.campaign_id.map(|c| c as i64), limit as i64, filter.account_id, filter.own_key],
        )
    }

    /// When the next action falls due, if any is waiting.
    pub fn next_due(&self) -> Result<Option<i64>, StoreError> {
        let connection = self.connection.lock().expect("a reader panicked");
        Ok(connection.query_row("SELECT MIN(action_due_ms) FROM events", [], |row| row.get(0))?)
    }

    /// Runs `f` on the reading connection.
    pub fn with<T>(&self, f: impl FnOnce(&Connection) -> rusqlite::Result<T>) -> Result<T, StoreError> {
        let connection = self.connection.lock().expect("a reader panicked");
        Ok(f(&connection)?)
    }

    fn select(&self, sql: &str, params: impl rusqlite::Params) -> Result<Vec<Stored>, StoreError> {
        let connection = self.connection.lock().expect("a reader panicked");
        let mut statement = connection.prepare_cached(sql)?;
        let rows = statement.query_map(params, kept_row)?.collect::<rusqlite::Result<Vec<_>>>()?;
        rows.into_iter().map(stored).collect()
    }

}

/// An event's row as selected: seq, received_at_ms, event, action, account_id.
type KeptRow = (i64, i64, String, Option<String>, Option<String>);

fn kept_row(row: &rusqlite::Row<'_>) -> rusqlite::Result<KeptRow> {
    Ok((row.get(0)?, row.get(1)?, row.get(2)?, row.get(3)?, row.get(4)?))
}

/// The row read back, its JSON parsed.
fn stored((seq, received_at_ms, event, action, account_id): KeptRow) -> Result<Stored, StoreError> {
    let json = |text: &str| serde_json::from_str(text).map_err(|e| StoreError(format!("event {seq} in the database is not JSON: {e}")));
    Ok(Stored { seq, received_at_ms, event: json(&event)?, action: action.as_deref().map(json).transpose()?, account_id })
}

/// A write and where its outcome goes.
enum Job {
    Batched(Batched),
    /// Any other write, in a transaction of its own; it answers its caller itself.
    Write(Box<dyn FnOnce(&mut Connection) + Send>),
}

/// The writes committed together when they come together.
enum Batched {
    Insert(NewEvent, oneshot::Sender<Result<Inserted, StoreError>>),
    Settle { seq: i64, action: Value, due_ms: Option<i64>, done: oneshot::Sender<Result<(), StoreError>> },
}

/// The database, read and written.
pub struct EventStore {
    path: PathBuf,
    reader: Reader,
    jobs: std::sync::mpsc::Sender<Job>,
    /// Woken when new events are kept, so the outbox need not poll for them.
    pub inserted: Arc<tokio::sync::Notify>,
}

impl EventStore {
    /// Opens `path`, creating it; with `max_bytes`, writes beyond that size fail (the
    /// database is full) instead of filling the disk.
    pub fn open(path: &Path, max_bytes: Option<u64>) -> Result<EventStore, StoreError> {
        let unopened = |e: &dyn std::fmt::Display| StoreError(format!("opening the events database {}: {e}", path.display()));
        // Events hold prospects' addresses and reply text: the owner's alone.
        crate::core::private::restrict(path).map_err(|e| unopened(&e))?;
        let mut writer = Connection::open(path).map_err(|e| unopened(&e))?;
        writer.busy_timeout(BUSY_TIMEOUT)?;
        check_version(&writer)?;
        let mode: String = writer.query_row("PRAGMA journal_mode = WAL", [], |row| row.get(0))?;
        if !mode.eq_ignore_ascii_case("wal") {
            return Err(StoreError(format!("the events database {} cannot use a write-ahead log (journal mode {mode})", path.display())));
        }
        // WAL with FULL syncs the log at every commit: an acknowledged event survives a
        // crash of the process or the machine.
        writer.pragma_update(None, "synchronous", "FULL")?;
        {
            let tx = writer.transaction_with_behavior(TransactionBehavior::Immediate)?;
            tx.execute_batch(SCHEMA)?;
            if tx.prepare("SELECT account_id FROM events LIMIT 0").is_err() {
                tx.execute_batch(ACCOUNT_COLUMN)?;
            }
            tx.execute_batch(ACCOUNT_INDEX)?;
            tx.pragma_update(None, "user_version", SCHEMA_VERSION)?;
            tx.commit()?;
        }
        if let Some(max) = max_bytes {
            let page: i64 = writer.query_row("PRAGMA page_size", [], |row| row.get(0))?;
            let pages: i64 = writer.query_row("PRAGMA page_count", [], |row| row.get(0))?;
            writer.pragma_update(None, "max_page_count", (max as i64 / page).max(pages))?;
        }
        let reader = Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX)?;
        reader.busy_timeout(BUSY_TIMEOUT)?;
        let (jobs, queue) = std::sync::mpsc::channel();
        let inserted = Arc::new(tokio::sync::Notify::new());
        let wake = inserted.clone();
        std::thread::Builder::new()
            .name("smartlead-events".into())
            .spawn(move || write_loop(writer, queue, &wake))
            .map_err(|e| StoreError(format!("starting the events writer: {e}")))?;
        Ok(EventStore { path: path.to_path_buf(), reader: Reader { connection: Mutex::new(reader) }, jobs, inserted })
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    pub fn reader(&self) -> &Reader {
        &self.reader
    }

    /// Runs a read off the async threads (SQLite blocks).
    pub async fn read<T: Send + 'static>(self: &Arc<Self>, read: impl FnOnce(&Reader) -> Result<T, StoreError> + Send + 'static) -> Result<T, StoreError> {
        let store = self.clone();
        tokio::task::spawn_blocking(move || read(&store.reader)).await.map_err(|e| StoreError(format!("reading the events database: {e}")))?
    }

    /// Up to `limit` reply actions due at `now_ms`, the longest due first, each claimed
    /// for `lease` (made due again then, should its outcome never be recorded).
    pub async fn claim_actions(&self, now_ms: i64, lease: std::time::Duration, limit: usize) -> Result<Vec<Stored>, StoreError> {
        let until = now_ms + lease.as_millis() as i64;
        let rows = self
            .write(move |tx| {
                let sql = "UPDATE events SET action_due_ms = ?2 WHERE seq IN (
                     SELECT seq FROM events WHERE action_due_ms IS NOT NULL AND action_due_ms <= ?1 ORDER BY action_due_ms, seq LIMIT ?3)
                     RETURNING seq, received_at_ms, event, action, account_id";
                tx.prepare(sql)?.query_map(params![now_ms, until, limit as i64], kept_row)?.collect::<rusqlite::Result<Vec<_>>>()
            })
            .await?;
        let mut stored = rows.into_iter().map(stored).collect::<Result<Vec<_>, _>>()?;
        stored.sort_by_key(|s| s.seq);
        Ok(stored)
    }

    /// Keeps `event` unless one with its id is kept already; done once on disk.
    pub async fn insert(&self, event: NewEvent) -> Result<Inserted, StoreError> {
        let (reply, outcome) = oneshot::channel();
        self.send(Job::Batched(Batched::Insert(event, reply)))?;
        outcome.await.map_err(|_| stopped())?
    }

    /// Records what an action did, and when it is next due (none once settled).
    pub async fn settle(&self, seq: i64, action: Value, due_ms: Option<i64>) -> Result<(), StoreError> {
        let (done, outcome) = oneshot::channel();
        self.send(Job::Batched(Batched::Settle { seq, action, due_ms, done }))?;
        outcome.await.map_err(|_| stopped())?
    }

    /// Runs `f` in a transaction of its own on the writer, and commits what it did when
    /// it returns Ok.
    pub async fn write<T: Send + 'static>(&self, f: impl FnOnce(&rusqlite::Transaction<'_>) -> rusqlite::Result<T> + Send + 'static) -> Result<T, StoreError> {
        let (done, outcome) = oneshot::channel();
        self.send(Job::Write(Box::new(move |connection: &mut Connection| {
            let result = (|| -> rusqlite::Result<T> {
                let tx = connection.transaction_with_behavior(TransactionBehavior::Immediate)?;
                let value = f(&tx)?;
                tx.commit()?;
                Ok(value)
            })();
            let _ = done.send(result.map_err(StoreError::from));
        })))?;
        outcome.await.map_err(|_| stopped())?
    }

    fn send(&self, job: Job) -> Result<(), StoreError> {
        self.jobs.send(job).map_err(|_| stopped())
    }
}

fn stopped() -> StoreError {
    StoreError("the events writer has stopped".into())
}

fn check_version(connection: &Connection) -> Result<(), StoreError> {
    let version: i64 = connection.query_row("PRAGMA user_version", [], |row| row.get(0))?;
    if version > SCHEMA_VERSION {
        return Err(StoreError(format!("the events database was written by a newer smartlead (layout {version}; this one reads {SCHEMA_VERSION})")));
    }
    Ok(())
}

/// Takes every write waiting, commits them in one transaction and answers each; when
/// that fails, each is tried alone so one bad write fails only itself.
fn write_loop(mut connection: Connection, queue: std::sync::mpsc::Receiver<Job>, inserted: &tokio::sync::Notify) {
    let mut waiting = None;
    while let Some(first) = waiting.take().or_else(|| queue.recv().ok()) {
        let first = match first {
            Job::Write(write) => {
                write(&mut connection);
                continue;
            }
            Job::Batched(first) => first,
        };
        let mut batch = vec![first];
        // Events and settlements go together; another write ends the batch and runs next.
        while batch.len() < MAX_BATCH {
            match queue.try_recv() {
                Ok(Job::Batched(job)) => batch.push(job),
                Ok(write) => {
                    waiting = Some(write);
                    break;
                }
                Err(_) => break,
            }
        }
        match commit(&mut connection, &batch) {
            Ok(outcomes) => {
                if outcomes.iter().any(|o| matches!(o, Some(Inserted::New { .. }))) {
                    inserted.notify_one();
                }
                batch.into_iter().zip(outcomes).for_each(|(job, outcome)| answer(job, Ok(outcome)));
            }
            Err(_) if batch.len() > 1 => {
                for job in batch {
                    let outcome = commit(&mut connection, std::slice::from_ref(&job)).map(|mut o| o.remove(0));
                    if matches!(outcome, Ok(Some(Inserted::New { .. }))) {
                        inserted.notify_one();
                    }
                    answer(job, outcome);
                }
            }
            Err(e) => batch.into_iter().for_each(|job| answer(job, Err(e.clone()))),
        }
    }
}

/// What a write did: for an insert, whether the event was new.
type Outcome = Option<Inserted>;

fn commit(connection: &mut Connection, jobs: &[Batched]) -> Result<Vec<Outcome>, StoreError> {
    let tx = connection.transaction_with_behavior(TransactionBehavior::Immediate)?;
    let mut outcomes = Vec::with_capacity(jobs.len());
    for job in jobs {
        outcomes.push(match job {
            Batched::Insert(e, _) => Some(insert(&tx, e)?),
            Batched::Settle { seq, action, due_ms, .. } => {
                tx.prepare_cached("UPDATE events SET action = ?2, action_due_ms = ?3 WHERE seq = ?1")?.execute(params![seq, action.to_string(), due_ms])?;
                None
            }
        });
    }
    tx.commit()?;
    Ok(outcomes)
}

/// Keeps `e` unless its id is kept, and plans its deliveries, in the transaction `tx`.
pub(super) fn insert(tx: &rusqlite::Transaction<'_>, e: &NewEvent) -> rusqlite::Result<Inserted> {
    let added = tx.prepare_cached(
        "INSERT INTO events (id, kind, campaign_id, received_at_ms, event, action, action_due_ms, account_id)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) ON CONFLICT(id) DO NOTHING",
    )?
    .execute(params![
        e.id,
        e.kind,
        e.campaign_id.map(|c| c as i64),
        e.received_at_ms,
        e.event.to_string(),
        e.action.as_ref().map(Value::to_string),
        e.action_due_ms,
        e.account_id
    ])?;
    if added == 1 {
        let seq = tx.last_insert_rowid();
        tx.prepare_cached(FAN_OUT)?.execute(params![seq, e.kind, e.account_id, e.received_at_ms])?;
        Ok(Inserted::New { seq })
    } else {
        Ok(Inserted::Duplicate)
    }
}

fn answer(job: Batched, outcome: Result<Outcome, StoreError>) {
    // A caller that stopped waiting (its delivery hung up) needs no answer.
    match job {
        Batched::Insert(_, reply) => drop(reply.send(outcome.map(|o| o.unwrap_or(Inserted::Duplicate)))),
        Batched::Settle { done, .. } => drop(done.send(outcome.map(|_| ()))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn event(id: &str, kind: &str, campaign: Option<u64>) -> NewEvent {
        NewEvent {
            id: id.into(),
            kind: kind.into(),
            campaign_id: campaign,
            received_at_ms: 1,
            event: json!({"id": id, "kind": kind}),
            action: None,
            action_due_ms: None,
            account_id: None,
        }
    }

    fn temp(name: &str) -> PathBuf {
        let dir = std::env::temp_dir().join(format!("smartlead-store-{}-{name}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        dir.join("events.db")
    }

    #[tokio::test]
    async fn each_id_is_kept_once_in_arrival_order() {
        let store = EventStore::open(&temp("once"), None).unwrap();
        let first = store.insert(event("a", "EMAIL_REPLY", Some(7))).await.unwrap();
        assert!(matches!(first, Inserted::New { .. }));
        assert_eq!(store.insert(event("a", "EMAIL_REPLY", Some(7))).await.unwrap(), Inserted::Duplicate);
        store.insert(event("b", "EMAIL_OPEN", Some(8))).await.unwrap();
        store.insert(event("c", "EMAIL_REPLY", Some(8))).await.unwrap();
        let ids = |rows: Vec<Stored>| rows.into_iter().map(|r| r.event["id"].as_str().unwrap().to_string()).collect::<Vec<_>>();
        let reader = store.reader();
        assert_eq!(ids(reader.list(&Filter::default(), 0, 10).unwrap()), ["a", "b", "c"]);
        assert_eq!(ids(reader.list(&Filter { kind: Some("EMAIL_REPLY".into()), ..Filter::default() }, 0, 10).unwrap()), ["a", "c"]);
        assert_eq!(ids(reader.list(&Filter { campaign_id: Some(8), ..Filter::default() }, 0, 1).unwrap()), ["b"]);
        let after_a = reader.list(&Filter::default(), 0, 1).unwrap()[0].seq;
        assert_eq!(ids(reader.list(&Filter::default(), after_a, 10).unwrap()), ["b", "c"]);
        store.insert(NewEvent { account_id: Some("acme".into()), ..event("d", "EMAIL_REPLY", Some(8)) }).await.unwrap();
        assert_eq!(ids(reader.list(&Filter { own_key: true, ..Filter::default() }, 0, 10).unwrap()), ["a", "b", "c"]);
        assert_eq!(ids(reader.list(&Filter { account_id: Some("acme".into()), ..Filter::default() }, 0, 10).unwrap()), ["d"]);
    }

    #[tokio::test]
    async fn concurrent_writes_all_land_and_duplicates_within_a_batch_are_caught() {
        let store = std::sync::Arc::new(EventStore::open(&temp("batch"), None).unwrap());
        let mut writes = tokio::task::JoinSet::new();
        for i in 0..200 {
            let store = store.clone();
            writes.spawn(async move { store.insert(event(&format!("e{}", i % 100), "EMAIL_OPEN", None)).await.unwrap() });
        }
        let outcomes = writes.join_all().await;
        let new = outcomes.iter().filter(|o| matches!(o, Inserted::New { .. })).count();
        assert_eq!(new, 100);
        assert_eq!(store.reader().list(&Filter::default(), 0, 1000).unwrap().len(), 100);
    }

    #[tokio::test]
    async fn actions_fall_due_are_claimed_and_settle() {
        let store = EventStore::open(&temp("due"), None).unwrap();
        let mut planned = event("r", "EMAIL_REPLY", Some(1));
        planned.action = Some(json!({"status": "pending"}));
        planned.action_due_ms = Some(100);
        store.insert(planned).await.unwrap();
        store.insert(event("o", "EMAIL_OPEN", Some(1))).await.unwrap();
        let reader = store.reader();
        let lease = std::time::Duration::from_millis(50);
        assert!(store.claim_actions(99, lease, 10).await.unwrap().is_empty());
        assert_eq!(reader.next_due().unwrap(), Some(100));
        let due = store.claim_actions(100, lease, 10).await.unwrap();
        assert_eq!((due.len(), due[0].event["id"].as_str()), (1, Some("r")));
        // Claimed: not due again until the lease runs out.
        assert_eq!(reader.next_due().unwrap(), Some(150));
        assert!(store.claim_actions(149, lease, 10).await.unwrap().is_empty());
        assert_eq!(store.claim_actions(150, lease, 10).await.unwrap().len(), 1);
        store.settle(due[0].seq, json!({"status": "done"}), None).await.unwrap();
        assert!(store.claim_actions(i64::MAX - 1000, lease, 10).await.unwrap().is_empty());
        assert_eq!(reader.next_due().unwrap(), None);
        assert_eq!(reader.list(&Filter::default(), 0, 1).unwrap()[0].action, Some(json!({"status": "done"})));
    }

    #[tokio::test]
    async fn a_full_database_refuses_and_keeps_what_it_has() {
        let store = EventStore::open(&temp("full"), Some(64 << 10)).unwrap();
        let mut refused = None;
        for i in 0..200 {
            let mut e = event(&format!("big{i}"), "EMAIL_OPEN", None);
            e.event = json!({"pad": "x".repeat(4000)});
            if let Err(error) = store.insert(e).await {
                refused = Some((i, error));
                break;
            }
        }
        let (kept, error) = refused.expect("the database never filled");
        assert!(error.0.contains("full"), "{error}");
        assert_eq!(store.reader().list(&Filter::default(), 0, 1000).unwrap().len(), kept);
    }

    #[tokio::test]
    async fn the_database_and_its_log_are_the_owners_alone() {
        use std::os::unix::fs::PermissionsExt;
        let path = temp("private");
        let store = EventStore::open(&path, None).unwrap();
        store.insert(event("a", "EMAIL_REPLY", Some(1))).await.unwrap();
        let wal = path.with_extension("db-wal");
        for file in [&path, &wal] {
            assert_eq!(std::fs::metadata(file).unwrap().permissions().mode() & 0o777, 0o600, "{}", file.display());
        }
    }

    #[test]
    fn a_database_from_a_newer_version_is_refused() {
        let path = temp("newer");
        Connection::open(&path).unwrap().pragma_update(None, "user_version", 99).unwrap();
        let error = EventStore::open(&path, None).err().unwrap();
        assert!(error.0.contains("newer"), "{error}");
        assert!(Reader::open(&path).err().unwrap().0.contains("newer"));
        assert!(Reader::open(&path.with_extension("missing")).err().unwrap().0.contains("no events database"));
    }
}
