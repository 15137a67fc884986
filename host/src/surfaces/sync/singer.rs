//! `smartlead tap`: the sync's tables as a Singer tap (the spec at
//! hub.meltano.com/singer/spec): a SCHEMA message before a stream's first rows, a RECORD
//! for each row (the columns `smartlead sync` writes), and after every page a STATE
//! holding where every table stands, which a target saves and the next run (`--state`)
//! resumes or increments from. `--discover` prints the catalog; `--catalog` selects.

use super::destination::{Counts, Destination, State};
use super::tables::{self, Mode, Table};
use serde_json::{Map, Value, json};
use std::collections::BTreeSet;
use std::io::Write;

/// The tap's side of a sync: the messages go to `out`.
pub struct Tap<W: Write> {
    out: W,
    /// The Singer state: `runs` (per account: the run, finished or not), `campaigns` and
    /// `email_accounts` (per account: the ids its last run of that table saw, the parents
    /// other tables are read under), and `bookmarks` (per
    /// table, per `ACCOUNT/CAMPAIGN`: where it stands).
    state: Value,
    /// The streams the catalog selects; none: every stream.
    selected: Option<BTreeSet<String>>,
    /// The streams whose SCHEMA was sent.
    described: BTreeSet<&'static str>,
}

impl<W: Write> Tap<W> {
    /// A tap resuming from `state` (a STATE message's value, as a target saved it), with
    /// the streams `catalog` selects.
    pub fn new(out: W, state: Option<Value>, catalog: Option<&Value>) -> Result<Tap<W>, String> {
        let state = match state {
            None => json!({}),
            Some(state @ Value::Object(_)) => state,
            Some(other) => return Err(format!("the state is not a JSON object: {other}")),
        };
        let selected = catalog.map(selected).transpose()?;
        Ok(Tap { out, state, selected, described: BTreeSet::new() })
    }

    fn selects(&self, table: &Table) -> bool {
        self.selected.as_ref().is_none_or(|s| s.contains(table.name))
    }

    fn send(&mut self, message: &Value) -> Result<(), String> {
        writeln!(self.out, "{message}").map_err(|e| format!("writing the tap's output: {e}"))
    }
}

/// The catalog `--discover` prints: every table as a stream, with its key and, for an
/// incremental one, its replication key; every stream selected.
pub fn catalog() -> Value {
    let streams: Vec<Value> = tables::per_account()
        .iter()
        .chain(&tables::per_parent())
        .map(|table| {
            // A table kept by its changes (or a feed) is incremental by its bookmark (when
            // the last run began, the feed's cursor), which no record field carries: it
            // names no replication key.
            let replication_key = table.mode.replication_key();
            let incremental = replication_key.is_some() || matches!(table.mode, Mode::Changes { .. } | Mode::Feed);
            let method = if incremental { "INCREMENTAL" } else { "FULL_TABLE" };
            let mut stream = json!({
                "tap_stream_id": table.name,
                "stream": table.name,
                "schema": schema(table),
                "key_properties": table.key_columns(),
                "replication_method": method,
                "metadata": [{"breadcrumb": [], "metadata": {
                    "selected": true,
                    "table-key-properties": table.key_columns(),
                    "forced-replication-method": method,
                    "valid-replication-keys": replication_key.into_iter().collect::<Vec<_>>(),
                }}],
            });
            if let Some(key) = replication_key {
                stream["replication_key"] = json!(key);
            }
            stream
        })
        .collect();
    json!({"streams": streams})
}

/// The streams a catalog selects (its stream metadata's `selected`, or the stream's own).
fn selected(catalog: &Value) -> Result<BTreeSet<String>, String> {
    let streams = catalog["streams"].as_array().ok_or("the catalog has no \"streams\" list (see --discover)")?;
    let known: BTreeSet<&str> = tables::per_account().iter().chain(&tables::per_parent()).map(|t| t.name).collect();
    let mut chosen = BTreeSet::new();
    for stream in streams {
        let name = stream["tap_stream_id"].as_str().or(stream["stream"].as_str()).ok_or("a catalog stream has no tap_stream_id")?;
        if !known.contains(name) {
            return Err(format!("the catalog names a stream this tap does not have: {name:?} (see --discover)"));
        }
        let top = stream["metadata"].as_array().into_iter().flatten().find(|m| m["breadcrumb"].as_array().is_some_and(|b| b.is_empty()));
        if top.map(|m| &m["metadata"]["selected"]).or(Some(&stream["selected"])).is_some_and(|s| s == true) {
            chosen.insert(name.to_string());
        }
    }
    Ok(chosen)
}

/// A table's JSON Schema: its columns as the warehouse types them, each nullable.
fn schema(table: &Table) -> Value {
    let mut properties = Map::new();
    properties.insert("account_id".into(), json!({"type": ["string"]}));
    if let Some(of) = table.parent {
        properties.insert(of.column.into(), json!({"type": ["integer"]}));
    }
    for (name, _, kind) in table.columns {
        let kind = if *kind == "INTEGER" { "integer" } else { "string" };
        properties.insert(name.to_string(), json!({"type": ["null", kind]}));
    }
    properties.insert("extra".into(), json!({"type": ["null", "string"]}));
    json!({"type": "object", "properties": properties})
}

/// A row as its schema types it: text where text is declared (a number written out).
fn typed(table: &Table, mut row: Map<String, Value>) -> Map<String, Value> {
    for (name, _, kind) in table.columns {
        if *kind == "TEXT"
            && let Some(value) = row.get_mut(*name)
            && value.is_number()
        {
            *value = Value::String(value.to_string());
        }
    }
    row
}

fn bookmark_of(account: &str, parent: Option<u64>) -> String {
    format!("{account}/{}", parent.unwrap_or(0))
}

impl<W: Write> Destination for Tap<W> {
    const COUNTS_ROWS: bool = false;

    async fn live_rows(&self, _: &str, _: &Table, _: Option<u64>) -> Result<Option<u64>, String> {
        Ok(None)
    }

    async fn begin(&mut self, account: &str) -> Result<i64, String> {
        let runs = &mut self.state["runs"][account];
        let run = match (runs["run"].as_i64(), runs["finished"].as_bool()) {
            (Some(run), Some(false)) => run,
            (Some(run), _) => run + 1,
            (None, _) => 1,
        };
        *runs = json!({"run": run, "finished": false});
        Ok(run)
    }

    async fn state(&self, account: &str, table: &Table, parent: Option<u64>) -> Result<State, String> {
        match self.state["bookmarks"][table.name].get(bookmark_of(account, parent)) {
            Some(saved) => serde_json::from_value(saved.clone()).map_err(|e| format!("the state's bookmark for {} does not read: {e}", table.name)),
            None => Ok(State::default()),
        }
    }

    /// A full refresh sends every row again; what vanished is for the target to notice.
    async fn keep_page(&mut self, account: &str, table: &Table, parent: Option<u64>, records: &[Value], after: &State, _: bool) -> Result<Counts, String> {
        let mut counts = Counts::default();
        if self.selects(table) {
            if self.described.insert(table.name) {
                let message = json!({"type": "SCHEMA", "stream": table.name, "schema": schema(table), "key_properties": table.key_columns(), "bookmark_properties": table.mode.replication_key().into_iter().collect::<Vec<_>>()});
                self.send(&message)?;
            }
            for record in records {
                let row = typed(table, table.row(account, parent, record));
                self.send(&json!({"type": "RECORD", "stream": table.name, "record": row}))?;
                counts.inserted += 1;
            }
        }
        if tables::is_parent(table.name) {
            // The parents (campaigns, mailboxes) of this run: a new run starts the list again.
            let seen = &mut self.state[table.name][account];
            if seen["run"].as_i64() != Some(after.run) {
                *seen = json!({"run": after.run, "ids": []});
            }
            if let Some(ids) = seen["ids"].as_array_mut() {
                ids.extend(records.iter().filter_map(|r| r["id"].as_u64()).map(Value::from));
            }
        }
        let saved = serde_json::to_value(after).map_err(|e| e.to_string())?;
        self.state["bookmarks"][table.name][bookmark_of(account, parent)] = saved;
        let state = json!({"type": "STATE", "value": self.state});
        self.send(&state)?;
        self.out.flush().map_err(|e| format!("writing the tap's output: {e}"))?;
        Ok(counts)
    }

    async fn parent_ids(&self, account: &str, table: &str) -> Result<Vec<u64>, String> {
        Ok(self.state[table][account]["ids"].as_array().into_iter().flatten().filter_map(Value::as_u64).collect())
    }

    async fn finish(&mut self, account: &str) -> Result<(), String> {
        self.state["runs"][account]["finished"] = json!(true);
        let state = json!({"type": "STATE", "value": self.state});
        self.send(&state)?;
        self.out.flush().map_err(|e| format!("writing the tap's output: {e}"))
    }
}
