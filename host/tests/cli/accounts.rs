//! `smartlead accounts …` and `--account NAME`: linking with the key on stdin, listing
//! without keys, calls and MCP sessions by account, verification, unlinking, refusals
//! (a wrong key, a wrong or missing master key), and the key in no output or file.

use super::{KEY, json};
use smartlead_test_support::temp_dir;
use smartlead_mock::MockServer;
use std::io::{BufRead, Write};
use std::path::Path;
use std::process::{Command, Output, Stdio};

const MASTER: &str = "3c5e7a9b1d2f4e6a8c0b2d4f6a8c0e2a4c6e8a0c2e4a6c8e0a2c4e6a8c0e2a4c";
const ACME: &str = "acme-cli-account-key-0123456789";

/// `smartlead ARGS` with the accounts store in `dir`, `stdin` written to it; neither the
/// host's key nor ACME's is in its output.
pub(super) fn smartlead_in(dir: &Path, mock: &MockServer, args: &[&str], stdin: &str, env: &[(&str, &str)]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_smartlead"))
        .args(args)
        .env("SMARTLEAD_API_KEY", KEY)
        .env("SMARTLEAD_BASE_URL", mock.base_url())
        .env("SMARTLEAD_ACCOUNTS_DB", dir.join("accounts.db"))
        .env("SMARTLEAD_MASTER_KEY", MASTER)
        .envs(env.iter().copied())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(stdin.as_bytes()).unwrap();
    let out = child.wait_with_output().unwrap();
    for stream in [&out.stdout, &out.stderr] {
        let text = String::from_utf8_lossy(stream);
        assert!(!text.contains(KEY) && !text.contains(ACME), "a key was printed: {text}");
    }
    out
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

fn keys_sent(mock: &MockServer) -> Vec<String> {
    mock.requests().iter().filter_map(|r| r.query("api_key").map(str::to_string)).collect()
}

#[test]
fn link_list_call_verify_and_unlink_from_the_command_line() {
    let mock = MockServer::start_any_key(KEY).unwrap();
    mock.with_account(ACME, |s| s.create_campaign(Some("Acme from the CLI"), None));
    let dir = temp_dir("accounts-flow");
    let run = |args: &[&str], stdin: &str| smartlead_in(&dir, &mock, args, stdin, &[]);

    let linked = run(&["accounts", "link", "acme", "--plan", "pro"], &format!("{ACME}\n"));
    assert!(linked.status.success(), "{}", stderr(&linked));
    let linked = json(&linked.stdout);
    assert_eq!((linked["linked"].as_str(), linked["result"]["plan"].as_str()), (Some("created"), Some("pro")));
    let id = linked["result"]["id"].as_str().unwrap().to_string();
    assert_eq!(keys_sent(&mock), [ACME], "linking made one read with the account's key");

    let listed = json(&run(&["accounts", "list"], "").stdout);
    assert_eq!((listed["result_count"].as_u64(), listed["result"][0]["id"].as_str()), (Some(1), Some(id.as_str())));

    for account in ["acme", id.as_str()] {
        let call = run(&["call", "list_all_smartlead_campaigns", "--account", account], "");
        assert!(call.status.success(), "{}", stderr(&call));
        assert!(String::from_utf8_lossy(&call.stdout).contains("Acme from the CLI"));
    }
    assert_eq!(keys_sent(&mock), [ACME; 3], "calls by account spent its key, not SMARTLEAD_API_KEY");
    let both = run(&["call", "list_all_smartlead_campaigns", "--account", "acme", "--api-key", "other-key-0123456789"], "");
    assert_eq!(both.status.code(), Some(2), "{}", stderr(&both));

    let mcp = mcp_by_account(&dir, &mock, "acme");
    assert!(mcp.contains("Acme from the CLI"), "{mcp}");
    assert_eq!(keys_sent(&mock).last().map(String::as_str), Some(ACME), "the MCP session spent the account's key");

    let verified = run(&["accounts", "verify", "acme"], "");
    assert!(verified.status.success(), "{}", stderr(&verified));
    assert!(json(&verified.stdout)["result"]["verified_at"].is_string());

    let unlinked = run(&["accounts", "unlink", "acme"], "");
    assert!(unlinked.status.success(), "{}", stderr(&unlinked));
    let before = mock.requests().len();
    let gone = run(&["call", "list_all_smartlead_campaigns", "--account", "acme"], "");
    assert_eq!(gone.status.code(), Some(2));
    assert!(stderr(&gone).contains("no linked account is named \\\"acme\\\""), "{}", stderr(&gone));
    assert_eq!(mock.requests().len(), before, "nothing was sent for an unlinked account");
    assert_eq!(run(&["accounts", "unlink", "acme"], "").status.code(), Some(2));

    let file = std::fs::read(dir.join("accounts.db")).unwrap();
    assert!(!file.windows(ACME.len()).any(|w| w == ACME.as_bytes()), "the key is in the database file in clear");
}

/// One MCP session over stdio by `account` (SMARTLEAD_API_KEY set too, and not spent):
/// initialize, then one tool call; its answer.
fn mcp_by_account(dir: &Path, mock: &MockServer, account: &str) -> String {
    let db = dir.join("accounts.db");
    let env = [("SMARTLEAD_ACCOUNTS_DB", db.as_os_str()), ("SMARTLEAD_MASTER_KEY", MASTER.as_ref())];
    let (_server, mut stdin, mut stdout) = super::mcp_stdio(mock, &["--account", account, "--toolsets", "campaigns"], &env);
    let init = serde_json::json!({"jsonrpc": "2.0", "id": 1, "method": "initialize",
        "params": {"protocolVersion": "2025-06-18", "capabilities": {}, "clientInfo": {"name": "test", "version": "0"}}});
    writeln!(stdin, "{init}").unwrap();
    let mut line = String::new();
    stdout.read_line(&mut line).unwrap();
    writeln!(stdin, "{}", serde_json::json!({"jsonrpc": "2.0", "method": "notifications/initialized"})).unwrap();
    let call = serde_json::json!({"jsonrpc": "2.0", "id": 2, "method": "tools/call", "params": {"name": "list_all_smartlead_campaigns", "arguments": {}}});
    writeln!(stdin, "{call}").unwrap();
    line.clear();
    stdout.read_line(&mut line).unwrap();
    line
}

#[test]
fn a_wrong_key_or_master_key_is_refused_with_a_clear_message() {
    let mock = MockServer::start(KEY).unwrap();
    let dir = temp_dir("accounts-refusals");
    let run = |args: &[&str], stdin: &str, env: &[(&str, &str)]| smartlead_in(&dir, &mock, args, stdin, env);

    let wrong = run(&["accounts", "link", "acme"], "not-the-right-key-0123456789\n", &[]);
    assert_eq!(wrong.status.code(), Some(3), "{}", stderr(&wrong));
    let error = json(&wrong.stderr)["error"].clone();
    assert_eq!(error["kind"], "unauthorized");
    assert!(error["message"].as_str().unwrap().contains("nothing was stored"), "{error}");
    assert_eq!(json(&run(&["accounts", "list"], "", &[]).stdout)["result_count"], 0);

    for (args, stdin) in [(&["accounts", "link", "has space"][..], "k\n"), (&["accounts", "link", "acme"][..], "\n")] {
        let before = mock.requests().len();
        let refused = run(args, stdin, &[]);
        assert_eq!(refused.status.code(), Some(2), "{args:?}: {}", stderr(&refused));
        assert_eq!(mock.requests().len(), before, "{args:?} sent something");
    }

    let linked = run(&["accounts", "link", "acme"], &format!("{KEY}\n"), &[]);
    assert!(linked.status.success(), "{}", stderr(&linked));
    let other = "0000000000000000000000000000000000000000000000000000000000000009";
    let locked = run(&["accounts", "list"], "", &[("SMARTLEAD_MASTER_KEY", other)]);
    assert_eq!(locked.status.code(), Some(2));
    assert!(stderr(&locked).contains("does not open the accounts store"), "{}", stderr(&locked));
    let short = run(&["accounts", "list"], "", &[("SMARTLEAD_MASTER_KEY", "hunter2")]);
    assert!(short.status.code() == Some(2) && stderr(&short).contains("openssl rand -hex 32"), "{}", stderr(&short));

    let master_file = dir.join("master.key");
    std::fs::write(&master_file, format!("{MASTER}\n")).unwrap();
    let mut none = Command::new(env!("CARGO_BIN_EXE_smartlead"));
    none.args(["accounts", "list"]).env("SMARTLEAD_ACCOUNTS_DB", dir.join("accounts.db")).env_remove("SMARTLEAD_MASTER_KEY");
    let without = none.output().unwrap();
    assert_eq!(without.status.code(), Some(2));
    assert!(stderr(&without).contains("set SMARTLEAD_MASTER_KEY or pass --master-key-file"), "{}", stderr(&without));
    let with_file = none.args(["--master-key-file", master_file.to_str().unwrap()]).output().unwrap();
    assert!(with_file.status.success(), "{}", stderr(&with_file));
    assert_eq!(json(&with_file.stdout)["result"][0]["name"], "acme");
}

/// The README's linked-accounts lines, run by bash as written against the mock: acme
/// linked by the CLI and globex through the gateway, each spent by name and id with
/// its own key, no key printed.
#[test]
fn the_readme_accounts_lines_run_as_written() {
    use super::{Running, readme_shell_block};
    let (acme, globex) = ("readme-acme-key-0123456789abcdef", "readme-globex-key-0123456789abcd");
    let mock = MockServer::start_any_key(KEY).unwrap();
    mock.with_account(acme, |s| s.create_campaign(Some("Acme, as linked in the README"), None));
    mock.with_account(globex, |s| s.create_campaign(Some("Globex, as linked in the README"), None));
    let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
    let block = readme_shell_block("Linked accounts: one key per customer, given once").replace("127.0.0.1:8080", &format!("127.0.0.1:{port}"));
    // Continuation lines joined, as bash reads them.
    let block = block.replace("\\\n", " ");
    let lines: Vec<&str> = block.lines().filter(|l| !l.trim().is_empty()).collect();
    let serve_at = lines.iter().position(|l| l.starts_with("smartlead serve")).expect("the block starts a gateway");
    let exports: Vec<&str> = lines.iter().copied().filter(|l| l.starts_with("export ")).collect();

    let dir = temp_dir("readme-accounts");
    let bin = Path::new(env!("CARGO_BIN_EXE_smartlead")).parent().unwrap().to_str().unwrap().to_string();
    let bash = |script: String| {
        let mut cmd = Command::new("bash");
        cmd.arg("-c")
            .arg(format!("set -euo pipefail\n{script}"))
            .current_dir(&dir)
            .env("PATH", format!("{bin}:{}", std::env::var("PATH").unwrap_or_default()))
            .env_remove("SMARTLEAD_API_KEY")
            .env_remove("SMARTLEAD_MASTER_KEY")
            .env_remove("SMARTLEAD_ACCOUNTS_DB")
            .env("SMARTLEAD_BASE_URL", mock.base_url())
            .env("ACME_SMARTLEAD_KEY", acme)
            .env("GLOBEX_SMARTLEAD_KEY", globex);
        cmd
    };
    let before = bash(lines[..serve_at].join("\n")).output().unwrap();
    let serve = format!("{}\nexec {}", exports.join("\n"), lines[serve_at].trim_end_matches('&').trim());
    let mut server = bash(serve).stderr(Stdio::piped()).spawn().unwrap();
    let mut server_err = std::io::BufReader::new(server.stderr.take().unwrap());
    let _server = Running(server);
    let mut line = String::new();
    server_err.read_line(&mut line).unwrap();
    assert!(line.contains("listening on"), "{line}");
    let after = bash(exports.iter().copied().chain(lines[serve_at + 1..].iter().copied()).collect::<Vec<_>>().join("\n")).output().unwrap();

    let mut printed = String::new();
    for out in [&before, &after] {
        printed += &String::from_utf8_lossy(&out.stdout);
        assert!(out.status.success(), "{printed}\n{}", String::from_utf8_lossy(&out.stderr));
        printed += &String::from_utf8_lossy(&out.stderr);
    }
    assert!(!printed.contains(acme) && !printed.contains(globex), "a key was printed: {printed}");
    assert!(printed.contains(r#""linked": "created""#) && printed.contains(r#""linked":"created""#), "both linked: {printed}");
    assert!(printed.matches("Acme, as linked in the README").count() >= 2, "acme by CLI and by header: {printed}");
    assert!(printed.contains("Globex, as linked in the README"), "globex by integrated_account_id: {printed}");
    assert!(printed.contains(r#""unlinked": true"#));
    let sent = keys_sent(&mock);
    assert_eq!((sent.iter().filter(|k| *k == acme).count(), sent.iter().filter(|k| *k == globex).count()), (3, 2), "{sent:?}");
    assert_eq!(sent.len(), 5, "only the accounts' keys were sent: {sent:?}");
    let db = std::fs::read(dir.join("accounts.db")).unwrap();
    assert!(![acme, globex].iter().any(|k| db.windows(k.len()).any(|w| w == k.as_bytes())), "a key in the database file");
}

/// Refusals that leave nothing behind: stdin of several lines links no key (not even
/// the first), a name `--account` could not take is refused at link time, a mistyped
/// store path is said to be one by every command but `link` (no empty store is made),
/// the store made is its owner's alone, and a damaged one is the host's failure (exit 1).
#[test]
fn linking_refuses_what_it_cannot_take_whole_and_only_linking_makes_a_store() {
    let mock = MockServer::start(KEY).unwrap();
    let dir = temp_dir("accounts-strict");
    let run = |args: &[&str], stdin: &str| smartlead_in(&dir, &mock, args, stdin, &[]);

    let two = run(&["accounts", "link", "acme"], &format!("{KEY}\nsecond-key-0123456789\n"));
    assert_eq!(two.status.code(), Some(2), "{}", stderr(&two));
    assert!(stderr(&two).contains("stdin holds 2 lines"), "{}", stderr(&two));
    for name in ["-acme", "--acme"] {
        let dashed = run(&["accounts", "link", "--", name], &format!("{KEY}\n"));
        assert_eq!(dashed.status.code(), Some(2), "{name}: {}", stderr(&dashed));
        assert!(stderr(&dashed).contains("starting with a letter or digit"), "{}", stderr(&dashed));
    }
    assert!(mock.requests().is_empty(), "a refused link sent something");

    let typo = dir.join("acounts.db");
    let typo = typo.to_str().unwrap();
    for args in [&["accounts", "list", "--accounts-db", typo][..], &["call", "list_all_smartlead_campaigns", "--account", "acme", "--accounts-db", typo]] {
        let out = run(args, "");
        assert_eq!(out.status.code(), Some(2), "{args:?}: {}", stderr(&out));
        assert!(stderr(&out).contains(&format!("no accounts store at {typo}")), "{}", stderr(&out));
    }
    assert!(!Path::new(typo).exists(), "a mistyped path made a store");

    let linked = run(&["accounts", "link", "acme"], &format!("{KEY}\n\n"));
    assert!(linked.status.success(), "{}", stderr(&linked));
    use std::os::unix::fs::PermissionsExt;
    assert_eq!(std::fs::metadata(dir.join("accounts.db")).unwrap().permissions().mode() & 0o777, 0o600);

    let broken = dir.join("broken.db");
    std::fs::write(&broken, "not a database, only text that was here before\n".repeat(100)).unwrap();
    let out = run(&["accounts", "list", "--accounts-db", broken.to_str().unwrap()], "");
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let error = json(&out.stderr)["error"].clone();
    assert_eq!(error["kind"], "host", "{error}");
    assert!(error["message"].as_str().unwrap().contains("broken.db"), "{error}");
}
