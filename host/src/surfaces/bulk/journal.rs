//! The import journal: one JSON line per step, next to the input, each synced to disk
//! before the step it records goes on — a batch is written down as sent before its
//! request leaves, and as answered once Smartlead answered. A re-run reads it back to
//! know, for every batch, whether it is done, refused, or of unknown outcome. One run
//! at a time holds it, by an OS lock that ends with the process however it ends.

use crate::bindings::bulk::BatchOutcome;
use serde::{Deserialize, Serialize};
use serde_json::Value;
use std::collections::BTreeMap;
use std::fs::{File, OpenOptions, TryLockError};
use std::os::unix::fs::OpenOptionsExt;
use std::io::{BufRead, BufReader, Read, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};
use std::time::{SystemTime, UNIX_EPOCH};

/// What the journal is for: a re-run of another import must not use it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Header {
    pub campaign_id: u64,
    /// SHA-256 of the input file, hex.
    pub input_sha256: String,
    pub batch_size: u32,
    /// The mapping overrides and import settings, as given.
    pub options: Value,
}

/// One line of the journal.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "event", rename_all = "snake_case")]
enum Entry {
    Import(Header),
    /// A run began: which process, and when (seconds since 1970).
    Run { pid: u32, started: u64 },
    /// The batch's request is about to leave (with this many leads).
    Sent { batch: u32, leads: u32 },
    /// Smartlead answered it.
    Answered { batch: u32, outcome: BatchOutcome },
    /// Smartlead refused the whole batch: nothing of it was stored.
    Refused { batch: u32, error: String },
}

/// Where a batch stands after the runs so far.
#[derive(Debug, Clone, PartialEq)]
pub enum Standing {
    /// Never sent, or refused whole: send it.
    ToSend,
    /// Sent with no answer: look its leads up before sending any.
    Unknown,
    Answered(BatchOutcome),
}

/// An open journal, appended to as the import goes.
pub struct Journal {
    path: PathBuf,
    file: File,
    standing: BTreeMap<u32, Standing>,
}

/// The journal of an import of `input`.
pub fn path_for(input: &Path) -> PathBuf {
    let mut name = input.file_name().unwrap_or_default().to_os_string();
    name.push(".smartlead-journal");
    input.with_file_name(name)
}

/// The journal taken for this run alone, not read yet.
pub struct Taken {
    path: PathBuf,
    file: File,
}

impl Journal {
    /// Takes the journal at `path` (created if need be) for this run alone; another run
    /// holding it is refused at once, named by its process and start.
    pub fn take(path: &Path) -> anyhow::Result<Taken> {
        // It names leads: for its owner alone, like the input it came from should be.
        let file = OpenOptions::new().read(true).write(true).create(true).truncate(false).mode(0o600).open(path)
            .map_err(|e| anyhow::anyhow!("opening the journal {}: {e}", path.display()))?;
        match file.try_lock() {
            Ok(()) => Ok(Taken { path: path.to_path_buf(), file }),
            Err(TryLockError::WouldBlock) => {
                let holder = std::fs::read_to_string(path).unwrap_or_default().lines().rev().find_map(|l| match serde_json::from_str(l) {
                    Ok(Entry::Run { pid, started }) => Some(format!(" (process {pid}, started {})", when(started))),
                    _ => None,
                });
                anyhow::bail!(
                    "another import of this file is running{}: its journal {} is taken; nothing was sent. Wait for it to end (or stop it), then run this again: the journal continues where it stopped",
                    holder.unwrap_or_default(),
                    path.display()
                )
            }
            Err(TryLockError::Error(e)) => anyhow::bail!("locking the journal {}: {e}", path.display()),
        }
    }
}

/// Seconds since 1970 as an RFC 3339 time (UTC).
fn when(seconds: u64) -> String {
    time::OffsetDateTime::from_unix_timestamp(seconds as i64)
        .ok()
        .and_then(|t| t.format(&time::format_description::well_known::Rfc3339).ok())
        .unwrap_or_else(|| format!("at {seconds} s"))
}

impl Taken {
    /// Reads the journal for the import `header` describes: an existing one is read back
    /// (refused if it is another import's, unless `restart`), a new one started. This
    /// run is written down in it, for another that finds it taken.
    pub fn open(self, header: Header, restart: bool) -> anyhow::Result<Journal> {
        let mut journal = self.read(header, restart)?;
        let started = SystemTime::now().duration_since(UNIX_EPOCH).map_or(0, |d| d.as_secs());
        journal.write(&Entry::Run { pid: std::process::id(), started })?;
        Ok(journal)
    }

    fn read(self, header: Header, restart: bool) -> anyhow::Result<Journal> {
        let Taken { path, mut file } = self;
        let path = path.as_path();
        let mut standing = BTreeMap::new();
        let mut bytes = Vec::new();
        if restart {
            file.set_len(0)?;
        } else {
            file.read_to_end(&mut bytes)?;
        }
        if !bytes.is_empty() {
            let mut lines = BufReader::new(bytes.as_slice()).lines();
            let first: Entry = serde_json::from_str(&lines.next().transpose()?.unwrap_or_default())
                .map_err(|e| anyhow::anyhow!("the journal {} does not read ({e}); pass --restart to start the import over", path.display()))?;
            match first {
                Entry::Import(found) if found == header => {}
                Entry::Import(found) => anyhow::bail!(
                    "the journal {} is of another import (campaign {}, batch size {}, or the file has changed since); pass --restart to start over, or move the journal away",
                    path.display(),
                    found.campaign_id,
                    found.batch_size
                ),
                _ => anyhow::bail!("the journal {} does not start with its import; pass --restart to start over", path.display()),
            }
            for line in lines {
                let line = line?;
                // A line cut short by a crash is the last one; it recorded nothing complete.
                let Ok(entry) = serde_json::from_str::<Entry>(&line) else { continue };
                match entry {
                    Entry::Sent { batch, .. } => standing.insert(batch, Standing::Unknown),
                    Entry::Answered { batch, outcome } => standing.insert(batch, Standing::Answered(outcome)),
                    Entry::Refused { batch, .. } => standing.insert(batch, Standing::ToSend),
                    Entry::Import(_) | Entry::Run { .. } => None,
                };
            }
            file.seek(SeekFrom::End(0))?;
            // End a line a crash cut short, so the next entry starts a line of its own.
            if !bytes.ends_with(b"\n") {
                file.write_all(b"\n")?;
            }
            return Ok(Journal { path: path.to_path_buf(), file, standing });
        }
        file.seek(SeekFrom::Start(0))?;
        let mut journal = Journal { path: path.to_path_buf(), file, standing };
        journal.write(&Entry::Import(header))?;
        Ok(journal)
    }
}

impl Journal {
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Where batch `index` stands.
    pub fn standing(&self, index: u32) -> Standing {
        self.standing.get(&index).cloned().unwrap_or(Standing::ToSend)
    }

    pub fn sent(&mut self, batch: u32, leads: u32) -> anyhow::Result<()> {
        self.standing.insert(batch, Standing::Unknown);
        self.write(&Entry::Sent { batch, leads })
    }

    pub fn answered(&mut self, outcome: &BatchOutcome) -> anyhow::Result<()> {
        self.standing.insert(outcome.index, Standing::Answered(outcome.clone()));
        self.write(&Entry::Answered { batch: outcome.index, outcome: outcome.clone() })
    }

    pub fn refused(&mut self, batch: u32, error: &str) -> anyhow::Result<()> {
        self.standing.insert(batch, Standing::ToSend);
        self.write(&Entry::Refused { batch, error: error.to_string() })
    }

    /// Appends one line and syncs it: what it says holds even if the process dies now.
    fn write(&mut self, entry: &Entry) -> anyhow::Result<()> {
        let mut line = serde_json::to_vec(entry)?;
        line.push(b'\n');
        self.file.write_all(&line)?;
        self.file.sync_data().map_err(|e| anyhow::anyhow!("syncing the journal {}: {e}", self.path.display()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn header(campaign_id: u64) -> Header {
        Header { campaign_id, input_sha256: "ab".into(), batch_size: 100, options: Value::Null }
    }

    fn outcome(index: u32) -> BatchOutcome {
        BatchOutcome {
            index,
            sent: 2,
            added: 2,
            already_in_campaign: 0,
            duplicates: 0,
            invalid: Vec::new(),
            blocked: 0,
            unsubscribed: 0,
            bounced: 0,
            skipped: 0,
            found_on_resume: 0,
            lead_limit_exhausted: false,
            not_imported: 0,
        }
    }

    #[test]
    fn a_reopened_journal_knows_each_batch() {
        let path = std::env::temp_dir().join(format!("smartlead-journal-{}", std::process::id()));
        let _ = std::fs::remove_file(&path);
        let mut journal = Journal::take(&path).unwrap().open(header(7), false).unwrap();
        journal.sent(1, 2).unwrap();
        journal.answered(&outcome(1)).unwrap();
        journal.sent(2, 2).unwrap();
        journal.sent(3, 2).unwrap();
        journal.refused(3, "400").unwrap();
        drop(journal);
        // A crash in the middle of a line leaves it cut short.
        OpenOptions::new().append(true).open(&path).unwrap().write_all(b"{\"event\":\"answ").unwrap();
        let mut journal = Journal::take(&path).unwrap().open(header(7), false).unwrap();
        journal.sent(4, 2).unwrap();
        drop(journal);
        let journal = Journal::take(&path).unwrap().open(header(7), false).unwrap();
        assert_eq!(journal.standing(4), Standing::Unknown, "the entry after a cut line is read");
        assert_eq!(journal.standing(1), Standing::Answered(outcome(1)));
        assert_eq!((journal.standing(2), journal.standing(3), journal.standing(5)), (Standing::Unknown, Standing::ToSend, Standing::ToSend));
        drop(journal);
        let other = Journal::take(&path).unwrap().open(header(8), false).err().unwrap().to_string();
        assert!(other.contains("another import") && other.contains("--restart"), "{other}");
        let fresh = Journal::take(&path).unwrap().open(header(8), true).unwrap();
        assert_eq!(fresh.standing(1), Standing::ToSend);
        let taken = Journal::take(&path).err().unwrap().to_string();
        assert!(taken.contains(&format!("another import of this file is running (process {}, started 20", std::process::id())), "{taken}");
        assert!(taken.contains("nothing was sent"), "{taken}");
        drop(fresh);
        assert!(Journal::take(&path).is_ok(), "the lock ends with its holder");
        let _ = std::fs::remove_file(&path);
    }
}
