//! What `smartlead leads import` refuses and how it waits: a stray quote refuses the
//! file before anything is sent, a second run of the same import is refused while the
//! first holds its journal, a wait for the key's turn longer than the attempt timeout
//! is no lost answer, and a 100 MB file imports in little memory.

use super::bulk::{batches_sent, new_campaign};
use super::{KEY, json};
use smartlead_mock::MockServer;
use smartlead_mock::faults::Fault;
use smartlead_test_support::temp_dir;
use std::io::Write;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// Every email the mock received for `campaign`, in order, as often as it came.
fn emails_sent(mock: &MockServer, campaign: u64) -> Vec<String> {
    batches_sent(mock, campaign).concat()
}

fn rows(n: usize) -> String {
    "email,first_name\n".to_string() + &(0..n).map(|i| format!("p{i}@example.com,Person {i}\n")).collect::<String>()
}

/// `smartlead leads import` started, not waited for.
fn start_import(mock: &MockServer, campaign: u64, file: &Path, extra: &[&str]) -> Child {
    Command::new(env!("CARGO_BIN_EXE_smartlead"))
        .args(["leads", "import", "--campaign-id", &campaign.to_string(), file.to_str().unwrap()])
        .args(extra)
        .env("SMARTLEAD_API_KEY", KEY)
        .env("SMARTLEAD_BASE_URL", mock.base_url())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("smartlead runs")
}

/// A child's exit code, output and peak resident memory (bytes), from the kernel's own
/// account of it (wait4).
fn finish(child: Child) -> (Option<i32>, String, String, u64) {
    let pid = child.id() as libc::pid_t;
    let (mut stdout, mut stderr) = (child.stdout.unwrap(), child.stderr.unwrap());
    let out = std::thread::spawn(move || std::io::read_to_string(&mut stdout).unwrap());
    let err = std::thread::spawn(move || std::io::read_to_string(&mut stderr).unwrap());
    let (mut status, mut usage): (libc::c_int, libc::rusage) = (0, unsafe { std::mem::zeroed() });
    // SAFETY: waits for our own child, writing only into the two locals.
    let waited = unsafe { libc::wait4(pid, &mut status, 0, &mut usage) };
    assert_eq!(waited, pid, "waiting for the import");
    let code = libc::WIFEXITED(status).then(|| libc::WEXITSTATUS(status));
    let (out, err) = (out.join().unwrap(), err.join().unwrap());
    assert!(!out.contains(KEY) && !err.contains(KEY), "the key was printed");
    (code, out, err, usage.ru_maxrss as u64 * 1024)
}

#[test]
fn a_stray_quote_refuses_the_file_before_anything_is_sent() {
    let mock = MockServer::start(KEY).unwrap();
    let campaign = new_campaign(&mock);
    let dir = temp_dir("quote");
    let file = dir.join("list.csv");
    let text = rows(2000).replacen("p10@example.com,Person 10\n", "p10@example.com,\"O'Brien\n", 1);
    std::fs::write(&file, &text).unwrap();
    for extra in [&[][..], &["--dry-run"][..]] {
        let (code, out, err, _) = finish(start_import(&mock, campaign, &file, extra));
        assert_eq!(code, Some(2), "{extra:?}: {err}");
        assert!(out.is_empty(), "{out}");
        let error = json(err.trim().lines().last().unwrap().as_bytes());
        assert_eq!(error["error"]["kind"], "invalid_input");
        assert!(error["error"]["message"].as_str().unwrap().contains("line 12: the quoted field that opens here"), "{err}");
    }
    assert!(emails_sent(&mock, campaign).is_empty(), "nothing is sent from a file that does not read");

    // The smaller case: the closing quote followed by more text merges two leads.
    std::fs::write(&file, "email,first_name\na@ex.com,\"Ann\nb@ex.com,Bob\"x\n").unwrap();
    let (code, _, err, _) = finish(start_import(&mock, campaign, &file, &[]));
    assert!(code == Some(2) && err.contains("opened on line 2"), "{err}");

    // A quoted line break that keeps its row whole imports, and every record is counted.
    std::fs::write(&file, "email,notes\na@ex.com,\"two\nlines\"\nb@ex.com,\"said \"\"hi\"\"\"\n").unwrap();
    let (code, out, err, _) = finish(start_import(&mock, campaign, &file, &[]));
    assert_eq!(code, Some(0), "{err}");
    assert_eq!((json(out.as_bytes())["rows"].as_u64(), json(out.as_bytes())["added"].as_u64()), (Some(2), Some(2)));
    assert!(err.contains("rows read (every record)"), "{err}");
    assert_eq!(emails_sent(&mock, campaign), ["a@ex.com", "b@ex.com"]);
}

#[test]
fn a_second_run_of_the_same_import_is_refused_while_the_first_runs() {
    let mock = MockServer::start(KEY).unwrap();
    let campaign = new_campaign(&mock);
    let dir = temp_dir("twice");
    let file = dir.join("list.csv");
    std::fs::write(&file, rows(200)).unwrap();
    // Four batches a second apart: the first run holds the journal for three seconds.
    let slow = ["--batch-size", "50", "--rate-window", "1/1s"];
    let first = start_import(&mock, campaign, &file, &slow);
    let journal = dir.join("list.csv.smartlead-journal");
    let started = Instant::now();
    while !std::fs::read_to_string(&journal).unwrap_or_default().contains("\"event\":\"run\"") {
        assert!(started.elapsed() < Duration::from_secs(60), "the first run never wrote down its start");
        std::thread::sleep(Duration::from_millis(20));
    }
    let (code, out, err, _) = finish(start_import(&mock, campaign, &file, &slow));
    assert_eq!(code, Some(2), "{err}");
    assert!(out.is_empty());
    assert!(err.contains(&format!("another import of this file is running (process {}", first.id())) && err.contains("nothing was sent"), "{err}");
    let (code, _, err, _) = finish(first);
    assert_eq!(code, Some(0), "{err}");
    let mut sent = emails_sent(&mock, campaign);
    assert_eq!(sent.len(), 200, "every lead once");
    sent.sort();
    sent.dedup();
    assert_eq!(sent.len(), 200, "no lead twice");
}

#[test]
fn a_wait_for_the_keys_turn_longer_than_the_attempt_timeout_loses_nothing() {
    let mock = MockServer::start(KEY).unwrap();
    let campaign = new_campaign(&mock);
    let dir = temp_dir("waits");
    let file = dir.join("list.csv");
    std::fs::write(&file, rows(16)).unwrap();
    // Two requests per 2 s, each attempt bounded at 1 s: requests wait twice their
    // attempt's bound for their turn. Batch 2's answer is lost once.
    let paced = ["--batch-size", "4", "--rate-window", "2/2s", "--timeout-ms", "1000"];
    mock.fail_request("POST", &format!("/campaigns/{campaign}/leads"), 1, Fault::ResetAfterServing);
    let (code, _, err, _) = finish(start_import(&mock, campaign, &file, &paced));
    assert_eq!(code, Some(4), "batch 2's answer was lost: {err}");
    // The rerun looks batch 2's leads up (reads) and sends batches 3 and 4 (writes),
    // each waiting longer than an attempt may take.
    let (code, out, err, _) = finish(start_import(&mock, campaign, &file, &paced));
    assert_eq!(code, Some(0), "{err}");
    assert!(err.contains("waiting") && err.contains("for this API key's turn"), "{err}");
    assert!(!err.contains("no answer within"), "{err}");
    let report = json(out.as_bytes());
    assert_eq!((report["added"].as_u64(), report["found_on_resume"].as_u64()), (Some(12), Some(4)));
    assert_eq!(emails_sent(&mock, campaign).len(), 16, "no lead twice");
}

#[test]
fn a_100_mb_file_is_checked_and_imported_in_little_memory() {
    let mock = MockServer::start(KEY).unwrap();
    let campaign = new_campaign(&mock);
    let dir = temp_dir("100mb");
    let file = dir.join("big.csv");
    let notes = "n".repeat(1000);
    let mut out = std::io::BufWriter::new(std::fs::File::create(&file).unwrap());
    writeln!(out, "email,first_name,notes").unwrap();
    let mut n = 0;
    while out.get_ref().metadata().unwrap().len() < 100 << 20 {
        for _ in 0..1000 {
            writeln!(out, "big{n}@example.com,Person {n},\"{notes}\"").unwrap();
            n += 1;
        }
        out.flush().unwrap();
    }
    drop(out);
    let size = std::fs::metadata(&file).unwrap().len();

    let (code, report, err, dry_rss) = finish(start_import(&mock, campaign, &file, &["--dry-run", "--batch-size", "400"]));
    assert_eq!(code, Some(0), "{err}");
    let report = json(report.as_bytes());
    assert_eq!((report["rows"].as_u64(), report["leads"].as_u64()), (Some(n), Some(n)));

    let fast = ["--batch-size", "400", "--rate-window", "100000/1s"];
    let started = Instant::now();
    let (code, report, err, rss) = finish(start_import(&mock, campaign, &file, &fast));
    assert_eq!(code, Some(0), "{err}");
    assert_eq!(json(report.as_bytes())["added"].as_u64(), Some(n));
    assert_eq!(emails_sent(&mock, campaign).len() as u64, n);
    eprintln!(
        "100 MB import: {size} bytes, {n} rows; peak RSS {} MiB for the dry run, {} MiB for the import ({:.1} s)",
        dry_rss >> 20,
        rss >> 20,
        started.elapsed().as_secs_f64()
    );
    assert!(rss < 200 << 20 && dry_rss < 200 << 20, "the file is not held in memory: {} / {} MiB", dry_rss >> 20, rss >> 20);
    let _ = std::fs::remove_dir_all(&dir);
}
