//! What the tests share: fresh temporary folders, waiting for a signal the system gives
//! (never sleeping and hoping), webhook signatures as Smartlead makes them, and the
//! outside programs a test needs, checked once with the make target that installs them.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

/// How long a test waits for a signal before it fails.
const PATIENCE: Duration = Duration::from_secs(60);
/// How often a condition is looked at while waiting.
const POLL: Duration = Duration::from_millis(20);

/// A number no other call in this process gets, for names of temporary things.
pub fn unique() -> usize {
    static NEXT: AtomicUsize = AtomicUsize::new(0);
    NEXT.fetch_add(1, Ordering::Relaxed)
}

/// A fresh, empty folder of this test process named after `name`.
pub fn temp_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("smartlead-test-{}-{}-{name}", std::process::id(), unique()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("a temporary folder");
    dir
}

/// Waits until `check` holds; fails the test naming `what` after a minute.
pub fn eventually(what: &str, mut check: impl FnMut() -> bool) {
    let started = Instant::now();
    while !check() {
        assert!(started.elapsed() < PATIENCE, "waited a minute for {what}");
        std::thread::sleep(POLL);
    }
}

/// [`eventually`] for a check that awaits.
pub async fn eventually_async<F: std::future::Future<Output = bool>>(what: &str, mut check: impl FnMut() -> F) {
    let started = Instant::now();
    while !check().await {
        assert!(started.elapsed() < PATIENCE, "waited a minute for {what}");
        tokio::time::sleep(POLL).await;
    }
}

/// `X-Smartlead-Signature` for `body` under `secret`, as Smartlead signs a delivery.
pub fn sign(secret: &str, body: &str) -> String {
    use hmac::Mac;
    let mut mac = hmac::Hmac::<sha2::Sha256>::new_from_slice(secret.as_bytes()).expect("HMAC takes keys of any length");
    mac.update(body.as_bytes());
    let hex: String = mac.finalize().into_bytes().iter().map(|b| format!("{b:02x}")).collect();
    format!("sha256={hex}")
}

/// The sum of a Prometheus metric's samples in `text` (as `/metrics` serves it), over
/// all its labels.
pub fn metric_total(text: &str, name: &str) -> f64 {
    text.lines()
        .filter(|l| l.strip_prefix(name).is_some_and(|rest| rest.starts_with(['{', ' '])))
        .filter_map(|l| l.rsplit(' ').next()?.parse::<f64>().ok())
        .sum()
}

/// A loopback port nothing listens on now, for an outside program that must be told
/// its port (redis-server, haproxy). Servers of our own are handed their listener.
pub fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0").and_then(|l| l.local_addr()).map(|a| a.port()).expect("a free loopback port")
}

/// Fails the test at once, with what to run, when `program` (found on `PATH` or at one
/// of `places`) is not installed: `make system-packages` installs the services tests
/// need. Each program is looked for once per process.
pub fn require(program: &str, places: &[&Path]) -> PathBuf {
    use std::collections::HashMap;
    use std::sync::Mutex;
    static FOUND: Mutex<Option<HashMap<String, Option<PathBuf>>>> = Mutex::new(None);
    let mut found = FOUND.lock().unwrap_or_else(|e| e.into_inner());
    let path = found.get_or_insert_with(HashMap::new).entry(program.to_string()).or_insert_with(|| locate(program, places)).clone();
    path.unwrap_or_else(|| panic!("{program} is not installed, and this test runs it: `make system-packages` installs it (as root; elsewhere it names the packages)"))
}

fn locate(program: &str, places: &[&Path]) -> Option<PathBuf> {
    let path = std::env::var_os("PATH").unwrap_or_default();
    places.iter().map(|p| p.join(program)).chain(std::env::split_paths(&path).map(|dir| dir.join(program))).find(|p| p.is_file())
}

/// The tools of the catalog, in order, as the generated tool reference (`docs/tools.md`)
/// names them. A test elsewhere fails when that table is stale, so a surface that lists
/// exactly these lists the catalog, and adding an operation changes no count in a test.
pub fn catalog_tools() -> Vec<String> {
    let doc = Path::new(env!("CARGO_MANIFEST_DIR")).join("../docs/tools.md");
    let text = std::fs::read_to_string(&doc).unwrap_or_else(|e| panic!("{}: {e}", doc.display()));
    text.lines().filter_map(|line| Some(line.strip_prefix("| `")?.split_once('`')?.0.to_string())).collect()
}

/// The rows `sql` selects from the SQLite file at `path`, each a JSON object of its
/// columns (numbers, text or null) without those named in `skip`.
pub fn sqlite_rows(path: &Path, sql: &str, skip: &[&str]) -> Vec<serde_json::Value> {
    use rusqlite::types::Value as Sql;
    let db = rusqlite::Connection::open(path).expect("the SQLite file opens");
    let mut query = db.prepare(sql).unwrap_or_else(|e| panic!("{sql}: {e}"));
    let names: Vec<String> = query.column_names().into_iter().map(str::to_string).collect();
    let rows = query
        .query_map([], |row| {
            let mut record = serde_json::Map::new();
            for (i, name) in names.iter().enumerate().filter(|(_, n)| !skip.contains(&n.as_str())) {
                let value = match row.get::<_, Sql>(i)? {
                    Sql::Integer(n) => serde_json::json!(n),
                    Sql::Real(n) => serde_json::json!(n),
                    Sql::Text(s) => serde_json::json!(s),
                    Sql::Null | Sql::Blob(_) => serde_json::Value::Null,
                };
                record.insert(name.clone(), value);
            }
            Ok(serde_json::Value::Object(record))
        })
        .unwrap_or_else(|e| panic!("{sql}: {e}"));
    rows.map(|row| row.expect("a row reads")).collect()
}
