//! The `smartlead` binary as a user runs it: output, exit codes, and no key in sight.

mod accounts;
mod bulk;
mod imports;
mod sync;

use serde_json::Value;
use smartlead_mock::MockServer;
use smartlead_test_support::{eventually, metric_total, temp_dir};
use std::process::{Command, Output};

const KEY: &str = "cli-secret-key-9876543210";

fn smartlead(mock: Option<&MockServer>, args: &[&str]) -> Output {
    smartlead_with(mock, args, &[])
}

/// `smartlead ARGS` with `env` added to its environment.
fn smartlead_with(mock: Option<&MockServer>, args: &[&str], env: &[(&str, &str)]) -> Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_smartlead"));
    cmd.args(args).env_remove("SMARTLEAD_BASE_URL").env("SMARTLEAD_API_KEY", KEY).envs(env.iter().copied());
    if let Some(mock) = mock {
        cmd.env("SMARTLEAD_BASE_URL", mock.base_url());
    }
    let out = cmd.output().expect("smartlead runs");
    for stream in [&out.stdout, &out.stderr] {
        assert!(!String::from_utf8_lossy(stream).contains(KEY), "the key was printed");
    }
    out
}

fn json(bytes: &[u8]) -> Value {
    serde_json::from_slice(bytes).unwrap_or_else(|e| panic!("not JSON ({e}): {}", String::from_utf8_lossy(bytes)))
}

#[test]
fn tools_lists_exactly_the_catalog_s_tools() {
    let out = smartlead(None, &["tools"]);
    assert!(out.status.success());
    let tools = json(&out.stdout);
    let names: Vec<&str> = tools.as_array().unwrap().iter().map(|t| t["name"].as_str().unwrap()).collect();
    assert_eq!(names, smartlead_test_support::catalog_tools());
    let first = &tools[0];
    assert_eq!(first["route"], serde_json::json!({"method": "GET", "path": "/campaigns", "base": "server", "docs": "https://api.smartlead.ai/api-reference/campaigns/get-all"}));
    assert_eq!(first["input_schema"]["type"], "object");
    assert_eq!(first["annotations"]["read_only"], true);
    assert!(first["description"].as_str().unwrap().contains("next_cursor"));
}

#[test]
fn call_prints_the_result_as_json() {
    let mock = MockServer::start(KEY).unwrap();
    let out = smartlead(Some(&mock), &["call", "create_a_smartlead_campaign", "--args", r#"{"name": "From the CLI"}"#]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let created = json(&out.stdout);
    assert_eq!(created["name"], "From the CLI");
    let out = smartlead(Some(&mock), &["call", "list_all_smartlead_campaigns"]);
    assert_eq!(json(&out.stdout)["result"][0]["id"], created["id"]);
}

#[test]
fn failures_are_json_on_stderr_with_an_exit_code_per_kind() {
    let mock = MockServer::start(KEY).unwrap();
    let cases: &[(&[&str], i32, &str)] = &[
        (&["call", "get_single_smartlead_campaign_by_id", "--args", "{}"], 2, "invalid_input"),
        (&["call", "get_single_smartlead_campaign_by_id", "--args", "{not json"], 2, "invalid_input"),
        (&["call", "get_single_smartlead_campaign_by_id", "--args", r#"{"id": 404}"#], 3, "not_found"),
    ];
    for (args, code, kind) in cases {
        let out = smartlead(Some(&mock), args);
        assert_eq!(out.status.code(), Some(*code), "{args:?}");
        assert!(out.stdout.is_empty());
        assert_eq!(json(&out.stderr)["error"]["kind"], *kind, "{args:?}");
    }
    let e = json(&smartlead(Some(&mock), &["call", "get_single_smartlead_campaign_by_id", "--args", r#"{"id": 404}"#]).stderr);
    assert_eq!(e["error"]["status"], 404);
    assert!(e["error"]["message"].as_str().unwrap().contains("Campaign not found"));

    let dead = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}/api/v1", dead.local_addr().unwrap());
    drop(dead);
    let out = smartlead(None, &["call", "list_all_smartlead_campaigns", "--base-url", &url, "--max-retries", "0"]);
    assert_eq!(out.status.code(), Some(4));
    assert_eq!(json(&out.stderr)["error"]["kind"], "transport");
}

#[test]
fn demo_walks_the_main_flows() {
    let out = smartlead(None, &["demo"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let report = String::from_utf8(out.stdout).unwrap();
    let tools = format!("{} tools", smartlead_test_support::catalog_tools().len());
    for expected in [tools.as_str(), "created campaign", "added 5 leads", "page 3", "paused and resumed", "Interested", "analytics:", "registered webhook"] {
        assert!(report.contains(expected), "the report lacks {expected:?}:\n{report}");
    }
}

#[test]
fn the_tool_reference_table_is_the_catalog() {
    let out = smartlead(None, &["tools", "--markdown"]);
    let table = String::from_utf8(out.stdout).unwrap();
    let tools = json(&smartlead(None, &["tools"]).stdout).as_array().unwrap().len();
    assert_eq!(table.lines().count(), tools + 2, "a header, a rule and a row per tool");
    let reference = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../docs/tools.md")).unwrap();
    let block = reference.split("<!-- tools:begin -->\n").nth(1).and_then(|r| r.split("<!-- tools:end -->").next()).unwrap_or_default();
    assert_eq!(block, table, "docs/tools.md's tool table is stale: run `make tools-doc`");
}

/// `smartlead mcp ARGS` over stdio against `mock`, `env` added: the server, its stdin
/// and its stdout.
fn mcp_stdio(mock: &MockServer, args: &[&str], env: &[(&str, &std::ffi::OsStr)]) -> (Running, std::process::ChildStdin, std::io::BufReader<std::process::ChildStdout>) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_smartlead"))
        .arg("mcp")
        .args(args)
        .env("SMARTLEAD_API_KEY", KEY)
        .env("SMARTLEAD_BASE_URL", mock.base_url())
        .envs(env.iter().copied())
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let (stdin, stdout) = (child.stdin.take().unwrap(), child.stdout.take().unwrap());
    (Running(child), stdin, std::io::BufReader::new(stdout))
}

/// Clients of the previous protocol eras still connect: `initialize` with each older
/// revision is answered with that revision.
#[test]
fn mcp_accepts_clients_of_earlier_protocol_revisions() {
    use std::io::{BufRead, Write};
    let mock = MockServer::start(KEY).unwrap();
    for revision in ["2024-11-05", "2025-03-26", "2025-06-18", "2025-11-25"] {
        let (_server, mut stdin, mut stdout) = mcp_stdio(&mock, &[], &[]);
        let init = serde_json::json!({"jsonrpc": "2.0", "id": 1, "method": "initialize",
            "params": {"protocolVersion": revision, "capabilities": {}, "clientInfo": {"name": "old", "version": "0"}}});
        writeln!(stdin, "{init}").unwrap();
        let mut line = String::new();
        stdout.read_line(&mut line).unwrap();
        let answer = json(line.as_bytes());
        assert_eq!(answer["result"]["protocolVersion"], revision, "{answer}");
        assert_eq!(answer["result"]["serverInfo"]["name"], "smartlead");
        assert!(answer["result"]["capabilities"]["tools"].is_object());
    }
}

/// Whatever goes wrong, the key the host holds is not printed (the helper checks
/// stdout and stderr of every run).
#[test]
fn no_failure_prints_the_key() {
    use smartlead_mock::faults::Fault;
    let mock = MockServer::start(KEY).unwrap();
    let faults = [Fault::Status(500), Fault::Status(401), Fault::MalformedBody, Fault::TruncatedJson, Fault::OkFalse, Fault::ResetMidBody];
    for fault in faults {
        mock.fail_next(fault.clone(), 1);
        let out = smartlead(Some(&mock), &["call", "create_a_smartlead_campaign", "--args", r#"{"name": "x"}"#]);
        assert!(!out.status.success(), "{fault:?} succeeded");
        assert!(json(&out.stderr)["error"]["kind"].is_string(), "{fault:?}");
    }
}

#[test]
fn call_all_prints_every_record_as_a_line() {
    let mock = MockServer::start(KEY).unwrap();
    let campaign = mock.with_store(|s| {
        let id = s.create_campaign(Some("Many"), None);
        let leads: Vec<Value> = (0..5).map(|i| serde_json::json!({"email": format!("n{i}@example.com")})).collect();
        s.add_leads(id, &leads, &serde_json::json!({}));
        id
    });
    let args = format!(r#"{{"campaign_id": {campaign}, "limit": 2}}"#);
    let out = smartlead(Some(&mock), &["call", "list_all_smartlead_campaign_leads", "--args", &args, "--all"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let emails: Vec<String> = String::from_utf8(out.stdout).unwrap().lines().map(|l| json(l.as_bytes())["lead"]["email"].as_str().unwrap().to_string()).collect();
    assert_eq!(emails, (0..5).map(|i| format!("n{i}@example.com")).collect::<Vec<_>>());
    assert_eq!(mock.count("GET", &format!("/campaigns/{campaign}/leads")), 3);
    let out = smartlead(Some(&mock), &["call", "get_single_smartlead_campaign_by_id", "--args", r#"{"id": 404}"#, "--all"]);
    assert_eq!(out.status.code(), Some(2), "--all on a tool that is not a list is invalid input");
}

/// One HTTP/1.1 request on a fresh connection to `addr` (named as the `host` unless
/// `headers` has one); returns the status line and the body.
fn http_once(addr: &str, method: &str, path: &str, headers: &[(&str, &str)], body: &str) -> (String, String) {
    use std::io::{Read, Write};
    let mut head = format!("{method} {path} HTTP/1.1\r\nconnection: close\r\ncontent-length: {}\r\n", body.len());
    if !headers.iter().any(|(name, _)| *name == "host") {
        head += &format!("host: {addr}\r\n");
    }
    for (name, value) in headers {
        head += &format!("{name}: {value}\r\n");
    }
    let mut stream = std::net::TcpStream::connect(addr).unwrap();
    write!(stream, "{head}\r\n{body}").unwrap();
    let mut answer = String::new();
    stream.read_to_string(&mut answer).unwrap();
    let (head, body) = answer.split_once("\r\n\r\n").unwrap_or((&answer, ""));
    (head.lines().next().unwrap_or_default().to_string(), body.to_string())
}

/// A server process, killed when the test ends however it ends (a failed assertion
/// must not leave it holding the test runner's output open).
struct Running(std::process::Child);

impl Drop for Running {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// Starts `smartlead ARGS` against `mock` and returns it with the address from its
/// first stderr line.
fn start_server(mock: &MockServer, args: &[&str]) -> (Running, String) {
    let (server, addr, _) = start_server_logged(mock, args);
    (server, addr)
}

/// [`start_server`], with everything the server writes on stderr after its first line.
fn start_server_logged(mock: &MockServer, args: &[&str]) -> (Running, String, std::sync::Arc<std::sync::Mutex<String>>) {
    use std::io::{BufRead, Read};
    let mut child = Command::new(env!("CARGO_BIN_EXE_smartlead"))
        .args(args)
        .env("SMARTLEAD_API_KEY", KEY)
        .env("SMARTLEAD_BASE_URL", mock.base_url())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut stderr = std::io::BufReader::new(child.stderr.take().unwrap());
    let mut line = String::new();
    stderr.read_line(&mut line).unwrap();
    assert!(line.contains(" listening on http://"), "{line}");
    let addr = line.trim().rsplit("http://").next().unwrap().trim_end_matches("/mcp").to_string();
    let log = std::sync::Arc::new(std::sync::Mutex::new(String::new()));
    let written = log.clone();
    std::thread::spawn(move || {
        let mut rest = String::new();
        let mut buffer = [0u8; 4096];
        while let Ok(n) = stderr.read(&mut buffer) {
            if n == 0 {
                break;
            }
            rest.push_str(&String::from_utf8_lossy(&buffer[..n]));
            *written.lock().unwrap() = rest.clone();
        }
    });
    (Running(child), addr, log)
}

#[test]
fn serve_answers_the_gateway_routes() {
    let mock = MockServer::start(KEY).unwrap();
    let (_server, addr) = start_server(&mock, &["serve", "--listen", "127.0.0.1:0", "--allow-host", "served.example"]);
    let (status, body) = http_once(&addr, "POST", "/tools/create_a_smartlead_campaign", &[], r#"{"name": "Served"}"#);
    assert!(status.contains(" 200 "), "{status} {body}");
    let (status, body) = http_once(&addr, "GET", "/unified/marketing-automation/campaigns", &[], "");
    assert!(status.contains(" 200 "), "{status} {body}");
    assert_eq!(json(body.as_bytes())["result"][0]["name"], "Served");
    let (status, body) = http_once(&addr, "GET", "/unified/marketing-automation/campaigns/77", &[], "");
    assert!(status.contains(" 404 "), "{status}");
    assert_eq!(json(body.as_bytes())["statusCode"], 404);
    assert!(!body.contains(KEY));
    let (status, body) = http_once(&addr, "GET", "/proxy/campaigns", &[("host", "served.example")], "");
    assert!(status.contains(" 200 "), "an allowed name: {status} {body}");
    let (status, body) = http_once(&addr, "GET", "/proxy/campaigns", &[("host", "rebound.example")], "");
    assert!(status.contains(" 403 "), "a name not allowed: {status} {body}");
}

/// MCP over HTTP validates `Origin` and `Host` as the specification asks: a web page of
/// another site, or a rebound name, cannot reach the tools; an allowed origin can.
#[test]
fn mcp_over_http_refuses_web_pages_of_other_sites() {
    let mock = MockServer::start(KEY).unwrap();
    let init = r#"{"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {"protocolVersion": "2025-06-18", "capabilities": {}, "clientInfo": {"name": "t", "version": "0"}}}"#;
    let status = |addr: &str, extra: &[(&str, &str)]| {
        let mut headers = vec![("content-type", "application/json"), ("accept", "application/json, text/event-stream")];
        headers.extend_from_slice(extra);
        http_once(addr, "POST", "/mcp", &headers, init).0
    };
    let (_closed, addr) = start_server(&mock, &["mcp", "--http", "127.0.0.1:0"]);
    assert!(status(&addr, &[]).contains(" 200 "), "a program sends no Origin");
    for refused in [("origin", "https://evil.example"), ("origin", "null"), ("host", "rebound.example:8931")] {
        let answer = status(&addr, &[refused]);
        assert!(answer.contains(" 403 "), "{refused:?}: {answer}");
    }
    let (_open, addr) = start_server(&mock, &["mcp", "--http", "127.0.0.1:0", "--allow-origin", "https://dash.example", "--allow-host", "mcp.internal"]);
    assert!(status(&addr, &[("origin", "https://dash.example")]).contains(" 200 "), "an allowed origin");
    assert!(status(&addr, &[("host", "mcp.internal:8931")]).contains(" 200 "), "an allowed name");
    assert!(status(&addr, &[("origin", "https://evil.example")]).contains(" 403 "));
}

/// The first shell block under the heading `heading` (of any level) of the guide in
/// docs/ that has it.
fn readme_shell_block(heading: &str) -> &'static str {
    let guides = [
        include_str!("../../../docs/cli.md"),
        include_str!("../../../docs/webhooks.md"),
        include_str!("../../../docs/accounts.md"),
        include_str!("../../../docs/bulk.md"),
    ];
    let section = guides
        .into_iter()
        .find_map(|guide| guide.split(&format!("# {heading}\n")).nth(1))
        .unwrap_or_else(|| panic!("no guide in docs/ has the section {heading}"));
    section.split("```sh\n").nth(1).and_then(|b| b.split("```").next()).unwrap_or_else(|| panic!("docs/: {heading} has no shell block"))
}

/// The README's CLI examples, run as written against the mock (the campaign id it shows
/// replaced by one this run creates): each exits 0 and the lead it adds arrives.
#[test]
fn the_readme_cli_examples_run_as_written() {
    let block = readme_shell_block("Use the CLI");
    let mock = MockServer::start(KEY).unwrap();
    let created = smartlead(Some(&mock), &["call", "create_a_smartlead_campaign", "--args", r#"{"name": "README"}"#]);
    let campaign = json(&created.stdout)["id"].as_u64().unwrap().to_string();

    // A command may go on over several lines inside quotes: gather lines until they split.
    let mut commands = Vec::new();
    let mut pending = String::new();
    for line in block.lines() {
        pending += line;
        pending += "\n";
        if let Some(words) = shlex::split(&pending) {
            if words.first().is_some_and(|w| w == "smartlead") {
                commands.push(words);
            }
            pending.clear();
        }
    }
    assert!(pending.is_empty(), "unbalanced quotes in the README: {pending}");
    assert_eq!(commands.len(), 4, "{commands:?}");
    for words in commands {
        let args: Vec<String> = words[1..].iter().map(|w| w.replace("1562695", &campaign)).collect();
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let out = smartlead(Some(&mock), &args);
        assert!(out.status.success(), "smartlead {args:?}: {}", String::from_utf8_lossy(&out.stderr));
        json(&out.stdout);
    }
    assert_eq!(mock.count("POST", &format!("/campaigns/{campaign}/leads")), 1, "the README's create line added its lead");
}

/// A CA of the test's own, and a certificate it signed for 127.0.0.1 and localhost.
fn test_ca() -> (String, smartlead_mock::TlsIdentity) {
    use rcgen::{BasicConstraints, CertificateParams, CertifiedIssuer, DnType, IsCa, KeyPair};
    let mut ca = CertificateParams::new(Vec::<String>::new()).unwrap();
    ca.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
    ca.distinguished_name.push(DnType::CommonName, "smartlead test CA");
    let ca = CertifiedIssuer::self_signed(ca, KeyPair::generate().unwrap()).unwrap();
    let key = KeyPair::generate().unwrap();
    let leaf = CertificateParams::new(vec!["127.0.0.1".to_string(), "localhost".to_string()]).unwrap().signed_by(&key, &ca).unwrap();
    (ca.pem(), smartlead_mock::TlsIdentity { cert_chain_pem: leaf.pem(), key_pem: key.serialize_pem() })
}

/// An HTTP CONNECT proxy on loopback that counts the tunnels it opened.
struct ConnectProxy {
    addr: std::net::SocketAddr,
    tunnels: std::sync::Arc<std::sync::atomic::AtomicUsize>,
}

impl ConnectProxy {
    fn start() -> Self {
        use std::io::{BufRead, BufReader, Write};
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        let addr = listener.local_addr().unwrap();
        let tunnels = std::sync::Arc::new(std::sync::atomic::AtomicUsize::new(0));
        let counted = tunnels.clone();
        std::thread::spawn(move || {
            for client in listener.incoming().flatten() {
                let counted = counted.clone();
                std::thread::spawn(move || {
                    let mut reader = BufReader::new(client.try_clone().unwrap());
                    let mut line = String::new();
                    reader.read_line(&mut line).unwrap();
                    let target = line.strip_prefix("CONNECT ").and_then(|rest| rest.split(' ').next()).unwrap_or_default().to_string();
                    // The rest of the request head, up to its blank line.
                    loop {
                        let mut header = String::new();
                        if reader.read_line(&mut header).unwrap_or(0) == 0 || header == "\r\n" {
                            break;
                        }
                    }
                    let Ok(upstream) = std::net::TcpStream::connect(&target) else { return };
                    counted.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
                    let mut client = client;
                    client.write_all(b"HTTP/1.1 200 Connection Established\r\n\r\n").unwrap();
                    let (mut up_read, mut up_write) = (upstream.try_clone().unwrap(), upstream);
                    let mut client_write = client.try_clone().unwrap();
                    std::thread::spawn(move || std::io::copy(&mut up_read, &mut client_write));
                    let _ = std::io::copy(&mut reader, &mut up_write);
                });
            }
        });
        ConnectProxy { addr, tunnels }
    }
}

/// Smartlead over TLS: refused with the bundled roots alone, served when the host trusts
/// a private CA (`--ca-file` or `SSL_CERT_FILE`), and reached through `HTTPS_PROXY`.
#[test]
fn tls_with_a_private_ca_and_through_an_https_proxy() {
    let (ca_pem, identity) = test_ca();
    let mock = MockServer::start_with("127.0.0.1:0".parse().unwrap(), KEY, smartlead_mock::Options { any_key: false, tls: Some(identity) }).unwrap();
    let base = mock.base_url();
    assert!(base.starts_with("https://"), "{base}");
    let ca_file = std::env::temp_dir().join(format!("smartlead-test-ca-{}.pem", std::process::id()));
    std::fs::write(&ca_file, &ca_pem).unwrap();
    let ca = ca_file.to_str().unwrap();
    let call = ["call", "list_all_smartlead_lead_category", "--base-url", base.as_str(), "--max-retries", "0"];

    let untrusted = smartlead_with(None, &call, &[("SSL_CERT_FILE", "")]);
    assert_eq!(untrusted.status.code(), Some(4), "{}", String::from_utf8_lossy(&untrusted.stderr));
    assert_eq!(json(&untrusted.stderr)["error"]["kind"], "transport");

    let trusted = smartlead_with(None, &[&call[..], &["--ca-file", ca]].concat(), &[]);
    assert!(trusted.status.success(), "{}", String::from_utf8_lossy(&trusted.stderr));
    assert_eq!(json(&trusted.stdout)["result_count"], 7);
    let from_env = smartlead_with(None, &call, &[("SSL_CERT_FILE", ca)]);
    assert!(from_env.status.success(), "{}", String::from_utf8_lossy(&from_env.stderr));

    let proxy = ConnectProxy::start();
    let proxy_url = format!("http://{}", proxy.addr);
    let proxied = smartlead_with(None, &[&call[..], &["--ca-file", ca]].concat(), &[("HTTPS_PROXY", &proxy_url), ("NO_PROXY", ""), ("no_proxy", "")]);
    assert!(proxied.status.success(), "{}", String::from_utf8_lossy(&proxied.stderr));
    assert_eq!(proxy.tunnels.load(std::sync::atomic::Ordering::SeqCst), 1, "the request went through the proxy");
    assert_eq!(mock.count("GET", "/leads/fetch-categories"), 3);
    let _ = std::fs::remove_file(&ca_file);
}

/// A CA file that is not there stops the command at once; one that holds no certificate
/// fails the first request with an error naming it, and nothing reaches Smartlead.
#[test]
fn a_bad_ca_file_is_named_and_nothing_is_sent() {
    let mock = MockServer::start(KEY).unwrap();
    let call = ["call", "list_all_smartlead_lead_category", "--max-retries", "0", "--ca-file"];
    let missing = smartlead_with(Some(&mock), &[&call[..], &["/nonexistent/smartlead-ca.pem"]].concat(), &[("SSL_CERT_FILE", "")]);
    assert!(!missing.status.success());
    assert!(String::from_utf8_lossy(&missing.stderr).contains("reading the CA file /nonexistent/smartlead-ca.pem"), "{}", String::from_utf8_lossy(&missing.stderr));

    let junk = std::env::temp_dir().join(format!("smartlead-test-junk-ca-{}.pem", std::process::id()));
    std::fs::write(&junk, "not a certificate\n").unwrap();
    let out = smartlead_with(Some(&mock), &[&call[..], &[junk.to_str().unwrap()]].concat(), &[("SSL_CERT_FILE", "")]);
    let _ = std::fs::remove_file(&junk);
    let error = &json(&out.stderr)["error"];
    assert_eq!(error["kind"], "transport", "{error}");
    let message = error["message"].as_str().unwrap();
    assert!(message.contains("holds no PEM certificate") && message.contains(junk.to_str().unwrap()), "{message}");
    assert_eq!(mock.count("GET", "/leads/fetch-categories"), 0);
}

/// An MCP session that makes many budgets' worth of calls gets every one answered,
/// paced, with no error: waiting for the key's turn is not CPU time. (At 20 a second
/// and a CPU budget of 0.1 s, most calls wait longer than their budget.)
#[test]
fn an_mcp_session_of_150_calls_is_paced_not_stopped() {
    use std::io::{BufRead, Write};
    let mock = MockServer::start(KEY).unwrap();
    let (_server, mut stdin, mut stdout) = mcp_stdio(&mock, &["--rate-window", "20/1s", "--cpu-limit-ms", "100"], &[]);
    let mut send = |message: Value| writeln!(stdin, "{message}").unwrap();
    send(serde_json::json!({"jsonrpc": "2.0", "id": 0, "method": "initialize",
        "params": {"protocolVersion": "2025-06-18", "capabilities": {}, "clientInfo": {"name": "t", "version": "0"}}}));
    send(serde_json::json!({"jsonrpc": "2.0", "method": "notifications/initialized"}));
    for id in 1..=150 {
        send(serde_json::json!({"jsonrpc": "2.0", "id": id, "method": "tools/call", "params": {"name": "list_all_smartlead_lead_category", "arguments": {}}}));
    }
    let mut results = 0;
    let mut line = String::new();
    while results < 150 {
        line.clear();
        assert!(stdout.read_line(&mut line).unwrap() > 0, "the server closed stdout after {results} results");
        let message = json(line.as_bytes());
        if message["id"] == 0 || message.get("id").is_none() {
            continue;
        }
        assert!(message.get("error").is_none(), "{message}");
        assert_eq!(message["result"]["isError"], false, "{message}");
        assert_eq!(message["result"]["structuredContent"]["result_count"], 7);
        results += 1;
    }
    assert_eq!(mock.count("GET", "/leads/fetch-categories"), 150);
}

/// Over stdio the server runs on one thread (`Command::serves_many`): a call waiting for
/// its key's turn holds nothing else up, so a `ping` sent while it waits is answered
/// while it still waits. And a client that gives the server a file rather than a pipe is
/// served too, the server ending with its input.
#[test]
fn mcp_over_stdio_answers_others_while_a_call_waits_and_reads_files_too() {
    use std::io::{BufRead, Write};
    let mock = MockServer::start(KEY).unwrap();
    let init = serde_json::json!({"jsonrpc": "2.0", "id": 0, "method": "initialize",
        "params": {"protocolVersion": "2025-06-18", "capabilities": {}, "clientInfo": {"name": "t", "version": "0"}}});
    let initialized = serde_json::json!({"jsonrpc": "2.0", "method": "notifications/initialized"});
    let call = |id: u64| serde_json::json!({"jsonrpc": "2.0", "id": id, "method": "tools/call",
        "params": {"name": "list_all_smartlead_lead_category", "arguments": {}, "_meta": {"progressToken": id}}});
    let sent = || mock.count("GET", "/leads/fetch-categories");

    // One request every 3 s: call 2 waits for call 1's window to pass.
    let (_server, mut stdin, mut stdout) = mcp_stdio(&mock, &["--rate-window", "1/3s"], &[]);
    let mut line = String::new();
    let mut until = |what: &dyn Fn(&Value) -> bool| loop {
        line.clear();
        assert!(stdout.read_line(&mut line).unwrap() > 0, "the server closed stdout");
        let message = json(line.as_bytes());
        assert!(message.get("error").is_none(), "{message}");
        if what(&message) {
            return message;
        }
    };
    for message in [&init, &initialized, &call(1)] {
        writeln!(stdin, "{message}").unwrap();
    }
    until(&|m| m["id"] == 1);
    writeln!(stdin, "{}", call(2)).unwrap();
    until(&|m| m["method"] == "notifications/progress" && m["params"]["progressToken"] == 2);
    writeln!(stdin, "{}", serde_json::json!({"jsonrpc": "2.0", "id": 3, "method": "ping"})).unwrap();
    let answered = until(&|m| m["id"] == 3 || m["id"] == 2);
    assert_eq!(answered["id"], 3, "the ping waited for the paced call: {answered}");
    assert_eq!(sent(), 1, "the ping was answered while call 2 still waited, nothing of it sent");
    let second = until(&|m| m["id"] == 2);
    assert_eq!(second["result"]["structuredContent"]["result_count"], 7, "{second}");
    assert_eq!(sent(), 2);

    let requests = temp_dir("mcp-stdin").join("requests.jsonl");
    std::fs::write(&requests, [&init, &initialized, &call(1)].iter().map(|m| format!("{m}\n")).collect::<String>()).unwrap();
    let output = Command::new(env!("CARGO_BIN_EXE_smartlead"))
        .arg("mcp")
        .env("SMARTLEAD_API_KEY", KEY)
        .env("SMARTLEAD_BASE_URL", mock.base_url())
        .stdin(std::fs::File::open(&requests).unwrap())
        .output()
        .unwrap();
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let answers: Vec<Value> = output.stdout.as_slice().lines().map(|l| json(l.unwrap().as_bytes())).collect();
    assert_eq!(answers.last().map(|a| &a["result"]["structuredContent"]["result_count"]), Some(&Value::from(7)), "{answers:?}");
}

/// A damaged compile cache cannot crash the host: the file is checked against its
/// checksum when the component is loaded, compiled again and replaced, with one warning.
/// Listing the tools from a kept listing loads no component at all.
#[test]
fn a_corrupted_compile_cache_is_compiled_again() {
    let cache = std::env::temp_dir().join(format!("smartlead-cache-test-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&cache);
    let dir = cache.to_str().unwrap();
    let tools = || smartlead_with(None, &["tools"], &[("SMARTLEAD_CACHE_DIR", dir)]);
    let fresh = tools();
    assert!(fresh.status.success());
    let cached = std::fs::read_dir(&cache).unwrap().map(|e| e.unwrap().path()).find(|p| p.extension().is_some_and(|e| e == "cwasm")).unwrap();
    let mut bytes = std::fs::read(&cached).unwrap();
    let middle = bytes.len() / 2;
    for b in &mut bytes[middle..middle + 7] {
        *b ^= 0x5a;
    }
    std::fs::write(&cached, &bytes).unwrap();

    // Listing reads the kept listing and loads no component: the damage goes unread.
    let listing = cached.with_extension("listing.json");
    let listed = tools();
    assert!(listed.status.success() && listed.stderr.is_empty(), "{}", String::from_utf8_lossy(&listed.stderr));
    assert_eq!(json(&listed.stdout), json(&fresh.stdout));
    assert_eq!(std::fs::read(&cached).unwrap(), bytes, "the compiled file was not touched");
    // Without the listing the component is asked, so it is loaded and the file checked.
    let tools_unlisted = || {
        std::fs::remove_file(&listing).unwrap();
        tools()
    };
    let damaged = tools_unlisted();
    assert!(damaged.status.success(), "exit {:?}: {}", damaged.status, String::from_utf8_lossy(&damaged.stderr));
    assert_eq!(json(&damaged.stdout), json(&fresh.stdout), "the same tools as before the damage");
    let warning = String::from_utf8_lossy(&damaged.stderr);
    assert_eq!(warning.matches("does not match its checksum").count(), 1, "{warning}");
    assert_ne!(std::fs::read(&cached).unwrap(), bytes, "the damaged file was replaced");
    let again = tools_unlisted();
    assert!(again.status.success() && again.stderr.is_empty(), "{}", String::from_utf8_lossy(&again.stderr));
    // The same bytes written again (a restored copy): the file changed, its hash did not;
    // used without a warning, and sealed as it now stands.
    let seal = cached.with_extension("cwasm.seal");
    let (sealed, same) = (std::fs::read_to_string(&seal).unwrap(), std::fs::read(&cached).unwrap());
    std::fs::write(&cached, &same).unwrap();
    let restored = tools_unlisted();
    assert!(restored.status.success() && restored.stderr.is_empty(), "{}", String::from_utf8_lossy(&restored.stderr));
    assert_eq!(std::fs::read(&cached).unwrap(), same, "not compiled again");
    let resealed = std::fs::read_to_string(&seal).unwrap();
    assert_ne!(resealed, sealed, "sealed as it now stands");
    assert_eq!(resealed.split(' ').next(), sealed.split(' ').next(), "the same checksum");

    // The listing (tools and toolsets) is kept beside it, as the component gave it; a
    // damaged one is asked of the component again and replaced.
    let kept: Value = serde_json::from_slice(&std::fs::read(&listing).unwrap()).unwrap();
    assert_eq!(kept["tools"].as_array().unwrap().len(), json(&fresh.stdout).as_array().unwrap().len());
    std::fs::write(&listing, b"{\"tools\": [tru").unwrap();
    let relisted = tools();
    assert!(relisted.status.success(), "{}", String::from_utf8_lossy(&relisted.stderr));
    assert_eq!(json(&relisted.stdout), json(&fresh.stdout), "the same tools from a damaged listing");
    assert_eq!(serde_json::from_slice::<Value>(&std::fs::read(&listing).unwrap()).unwrap(), kept, "the listing kept again");
    let _ = std::fs::remove_dir_all(&cache);
}

/// What the command line refuses itself exits 2 with `invalid_input`, naming the flag,
/// and sends nothing.
#[test]
fn invalid_input_always_exits_2_and_sends_nothing() {
    let mock = MockServer::start(KEY).unwrap();
    let cases: &[(&[&str], &str)] = &[
        (&["call", "list_all_smartlead_campaigns", "--base-url", "not-a-url"], "--base-url"),
        (&["call", "get_single_smartlead_campaign_by_id", "--args", r#"{"id": 1}"#, "--all"], "--all"),
        (&["call", "list_all_smartlead_campaigns", "--rate-window", "0/1m"], "allows nothing"),
        (&["call", "list_all_smartlead_campaigns", "--requests-per-minute", "5", "--rate-window", "5/1m"], "not both"),
        (&["call", "list_all_smartlead_campaignz"], "did you mean list_all_smartlead_campaigns"),
        (&["call", "list_all_smartlead_campaigns", "--args", "@/nonexistent/args.json"], "--args @/nonexistent"),
    ];
    for (args, named) in cases {
        let out = smartlead(Some(&mock), args);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {}", String::from_utf8_lossy(&out.stderr));
        let error = json(&out.stderr);
        assert_eq!(error["error"]["kind"], "invalid_input", "{args:?}");
        assert!(error["error"]["message"].as_str().unwrap().contains(named), "{args:?}: {error}");
    }
    for zero in [["--requests-per-minute", "0"], ["--timeout-ms", "0"], ["--cpu-limit-ms", "0"]] {
        let out = smartlead(Some(&mock), &["call", "list_all_smartlead_campaigns", zero[0], zero[1]]);
        assert_eq!(out.status.code(), Some(2), "{zero:?}");
        let error = json(&out.stderr);
        assert_eq!(error["error"]["kind"], "invalid_input");
        assert!(error["error"]["message"].as_str().unwrap().contains(zero[0]), "{zero:?}: the flag is named");
    }
    let keyless = Command::new(env!("CARGO_BIN_EXE_smartlead"))
        .args(["call", "list_all_smartlead_campaigns", "--base-url", &mock.base_url()])
        .env_remove("SMARTLEAD_API_KEY")
        .output()
        .unwrap();
    assert_eq!(keyless.status.code(), Some(2));
    assert!(json(&keyless.stderr)["error"]["message"].as_str().unwrap().contains("no API key"));
    assert!(mock.requests().is_empty(), "a refused command sent {:?}", mock.requests());
}

/// Arguments too large for one command-line argument come from a file or stdin; one
/// tool can be looked at alone; `call --help` lists the exit codes.
#[test]
fn args_from_a_file_or_stdin_and_one_tool_alone() {
    use std::io::Write;
    let mock = MockServer::start(KEY).unwrap();
    let campaign = mock.with_store(|s| s.create_campaign(Some("Bulk"), None));
    // 100 leads with long personal notes: far past the 128 KB an argument may hold.
    let leads: Vec<Value> = (0..100).map(|i| serde_json::json!({"email": format!("p{i}@example.com"), "custom_fields": {"note": "x".repeat(2000)}})).collect();
    let args = serde_json::json!({"campaign_id": campaign, "lead_list": leads}).to_string();
    assert!(args.len() > 128 * 1024);
    let file = std::env::temp_dir().join(format!("smartlead-args-{}.json", std::process::id()));
    std::fs::write(&file, &args).unwrap();
    let from_file = smartlead(Some(&mock), &["call", "create_a_smartlead_campaign_lead", "--args", &format!("@{}", file.display())]);
    assert!(from_file.status.success(), "{}", String::from_utf8_lossy(&from_file.stderr));
    assert_eq!(json(&from_file.stdout)["total_leads"], 100);
    let _ = std::fs::remove_file(&file);

    let mut child = Command::new(env!("CARGO_BIN_EXE_smartlead"))
        .args(["call", "get_single_smartlead_campaign_by_id", "--args", "-"])
        .env("SMARTLEAD_API_KEY", KEY)
        .env("SMARTLEAD_BASE_URL", mock.base_url())
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    write!(child.stdin.take().unwrap(), "{}", serde_json::json!({"id": campaign})).unwrap();
    let out = child.wait_with_output().unwrap();
    assert_eq!(json(&out.stdout)["name"], "Bulk");

    let one = smartlead(None, &["tools", "smartlead_campaign_leads_pause_lead"]);
    let tool = json(&one.stdout);
    assert_eq!(tool["name"], "smartlead_campaign_leads_pause_lead");
    assert!(tool["input_schema"]["properties"]["campaign_id"].is_object() && tool["output_schema"].is_object());
    let unknown = smartlead(None, &["tools", "pause_lead"]);
    assert_eq!(unknown.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&unknown.stderr).contains("smartlead_campaign_leads_pause_lead"));
    let help = String::from_utf8(smartlead(None, &["call", "--help"]).stdout).unwrap();
    for code in ["2 invalid input", "3 Smartlead refused", "4 transport"] {
        assert!(help.contains(code), "call --help lacks {code:?}:\n{help}");
    }
    let serve_help = String::from_utf8(smartlead(None, &["serve", "--help"]).stdout).unwrap();
    for default in ["[default: 64]", "[default: 256]", "[default: 20000]", "[default: 10000]", "[default: standard]", "[default: 30000]"] {
        assert!(serve_help.contains(default), "serve --help lacks {default}");
    }
}

/// `smartlead ARGS` for a listener that should refuse to start; one that starts
/// instead is stopped once it says where it listens, and the test fails.
fn refused_at_start(mock: &MockServer, args: &[&str], env: &[(&str, &str)]) -> Output {
    use std::io::BufRead;
    let mut child = Command::new(env!("CARGO_BIN_EXE_smartlead"))
        .args(args)
        .env("SMARTLEAD_API_KEY", KEY)
        .env("SMARTLEAD_BASE_URL", mock.base_url())
        .envs(env.iter().copied())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut stderr = std::io::BufReader::new(child.stderr.take().unwrap());
    let mut text = String::new();
    stderr.read_line(&mut text).unwrap();
    if text.contains(" listening on ") {
        let _ = child.kill();
        let _ = child.wait();
        panic!("{args:?} {env:?} started instead of refusing: {text}");
    }
    std::io::Read::read_to_string(&mut stderr, &mut text).unwrap();
    let status = child.wait().unwrap();
    assert!(!text.contains(KEY), "the key was printed");
    Output { status, stdout: Vec::new(), stderr: text.into_bytes() }
}

/// Beyond loopback, with or without a key, a listener starts only with tokens (or an
/// explicit --no-auth), and then every route but the signed webhook receiver needs one:
/// the host's events, metrics and accounts as much as the keys it spends. Webhooks are
/// received there only with a secret, and an empty secret is no secret but an error.
#[test]
fn beyond_loopback_every_route_but_the_signed_receiver_needs_a_token() {
    let mock = MockServer::start(KEY).unwrap();
    let no_key = [("SMARTLEAD_API_KEY", "")];
    for (args, env) in [(&["serve", "--listen", "0.0.0.0:0"][..], &[][..]), (&["serve", "--listen", "0.0.0.0:0"], &no_key), (&["mcp", "--http", "0.0.0.0:0"], &no_key)] {
        let refused = refused_at_start(&mock, args, env);
        assert_eq!(refused.status.code(), Some(2), "{args:?} {env:?}");
        assert!(String::from_utf8_lossy(&refused.stderr).contains("--auth-token-file"), "{args:?}: {}", String::from_utf8_lossy(&refused.stderr));
    }

    let tokens = std::env::temp_dir().join(format!("smartlead-tokens-{}", std::process::id()));
    std::fs::write(&tokens, "# the dashboard\ndashboard-token-0123456789\n").unwrap();
    let file = tokens.to_str().unwrap();
    let dir = temp_dir("beyond-loopback");
    let db = dir.join("events.db");
    let db = db.to_str().unwrap();
    for (args, says) in [
        (vec!["serve", "--listen", "0.0.0.0:0", "--auth-token-file", file, "--events-db", db], "--webhook-secret"),
        (vec!["serve", "--listen", "0.0.0.0:0", "--no-auth", "--on-reply", "pause"], "--webhook-secret"),
        (vec!["serve", "--webhook-secret", ""], "the webhook secret is empty"),
    ] {
        let refused = refused_at_start(&mock, &args, &[]);
        assert_eq!(refused.status.code(), Some(2), "{args:?}");
        assert!(String::from_utf8_lossy(&refused.stderr).contains(says), "{args:?}: {}", String::from_utf8_lossy(&refused.stderr));
    }

    let secret = "beyond-loopback-secret";
    let (_server, addr) = start_server(&mock, &["serve", "--listen", "0.0.0.0:0", "--auth-token-file", file, "--webhook-secret", secret, "--events-db", db]);
    let addr = addr.replace("0.0.0.0", "127.0.0.1");
    let token = ("authorization", "Bearer dashboard-token-0123456789");
    let routes = [
        ("GET", "/tools", "", &[][..]),
        ("POST", "/tools/list_all_smartlead_lead_category", "{}", &[]),
        ("GET", "/unified/marketing-automation/campaigns", "", &[]),
        ("GET", "/proxy/campaigns", "", &[]),
        ("GET", "/events", "", &[]),
        ("GET", "/metrics", "", &[]),
        ("GET", "/accounts", "", &[]),
        ("POST", "/accounts", r#"{"name": "acme", "api_key": "k"}"#, &[]),
        ("POST", "/tools/list_all_smartlead_lead_category", "{}", &[("x-smartlead-api-key", KEY)]),
        ("GET", "/events", "", &[("x-smartlead-api-key", KEY)]),
        ("GET", "/metrics", "", &[("authorization", "Bearer wrong-token-0123456789")]),
    ];
    for (method, path, body, headers) in routes {
        let (status, answer) = http_once(&addr, method, path, headers, body);
        assert!(status.contains(" 401 "), "{method} {path} {headers:?} without a token: {status} {answer}");
        assert_eq!(json(answer.as_bytes())["kind"], "unauthorized", "{answer}");
    }
    assert!(mock.requests().is_empty(), "a refused caller reached Smartlead");
    for path in ["/events", "/metrics"] {
        let (status, body) = http_once(&addr, "GET", path, &[token], "");
        assert!(status.contains(" 200 "), "{path} with the token: {status} {body}");
    }
    let (status, body) = http_once(&addr, "POST", "/tools/list_all_smartlead_lead_category", &[token], "{}");
    assert!(status.contains(" 200 "), "{status} {body}");
    // The receiver needs no token, only the secret.
    let (status, _) = http_once(&addr, "POST", "/webhooks/smartlead", &[], r#"{"event_type": "EMAIL_OPEN"}"#);
    assert!(status.contains(" 401 "), "unsigned: {status}");
    let signed = format!(r#"{{"event_type": "EMAIL_OPEN", "campaign_id": 4, "secret_key": "{secret}"}}"#);
    let (status, body) = http_once(&addr, "POST", "/webhooks/smartlead", &[], &signed);
    assert!(status.contains(" 200 "), "signed: {status} {body}");

    // Without a secret there is no receiver beyond loopback: 503, so Smartlead retries.
    let (_bare, addr) = start_server(&mock, &["serve", "--listen", "0.0.0.0:0", "--auth-token-file", file]);
    let addr = addr.replace("0.0.0.0", "127.0.0.1");
    let (status, body) = http_once(&addr, "POST", "/webhooks/smartlead", &[], r#"{"event_type": "EMAIL_OPEN"}"#);
    assert!(status.contains(" 503 ") && body.contains("--webhook-secret"), "unsigned webhooks from anywhere: {status} {body}");

    let (_mcp, addr) = start_server(&mock, &["mcp", "--http", "0.0.0.0:0", "--auth-token-file", file, "--allow-host", "*"]);
    let addr = addr.replace("0.0.0.0", "127.0.0.1");
    let init = r#"{"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {"protocolVersion": "2025-06-18", "capabilities": {}, "clientInfo": {"name": "t", "version": "0"}}}"#;
    let mcp_headers = [("content-type", "application/json"), ("accept", "application/json, text/event-stream")];
    let (status, _) = http_once(&addr, "POST", "/mcp", &mcp_headers, init);
    assert!(status.contains(" 401 "), "MCP without a token: {status}");
    let with_token = [mcp_headers[0], mcp_headers[1], ("authorization", "Bearer dashboard-token-0123456789")];
    let (status, _) = http_once(&addr, "POST", "/mcp", &with_token, init);
    assert!(status.contains(" 200 "), "MCP with the token: {status}");
    let _ = std::fs::remove_file(&tokens);
    let _ = std::fs::remove_dir_all(&dir);
}

/// A caller that hangs up while its request waits for the key's turn takes the request
/// with it: it is never sent (a write included), and nothing panics.
#[test]
fn an_abandoned_gateway_request_is_not_sent() {
    use std::io::Write;
    let mock = MockServer::start(KEY).unwrap();
    let (_server, addr, log) = start_server_logged(&mock, &["serve", "--listen", "127.0.0.1:0", "--rate-window", "1/3s"]);
    let (status, _) = http_once(&addr, "POST", "/tools/list_all_smartlead_lead_category", &[], "{}");
    assert!(status.contains(" 200 "), "{status}");
    // The key's next turn is 3 s away: these wait in the pacer, then their callers leave.
    // The gateway's own count of calls in flight says when each is waiting, and when
    // all are gone: gone, they can never be sent.
    let body = r#"{"name": "Abandoned"}"#;
    let in_flight = || metric_total(&http_once(&addr, "GET", "/metrics", &[], "").1, "smartlead_in_flight_calls");
    let mut sockets = Vec::new();
    for waiting in 1..=5 {
        let mut socket = std::net::TcpStream::connect(&addr).unwrap();
        write!(socket, "POST /tools/create_a_smartlead_campaign HTTP/1.1\r\nhost: {addr}\r\ncontent-length: {}\r\n\r\n{body}", body.len()).unwrap();
        sockets.push(socket);
        eventually("the request to wait for its turn", || in_flight() == waiting as f64);
    }
    drop(sockets);
    eventually("the abandoned requests to be dropped", || in_flight() == 0.0);
    let (status, _) = http_once(&addr, "POST", "/tools/list_all_smartlead_lead_category", &[], "{}");
    assert!(status.contains(" 200 "), "the gateway still serves: {status}");
    assert_eq!(mock.count("POST", "/campaigns/create"), 0, "an abandoned request was sent");
    assert_eq!(mock.count("GET", "/leads/fetch-categories"), 2);
    let log = log.lock().unwrap().clone();
    assert!(!log.contains("panicked"), "the server panicked: {log}");
}

/// An event acknowledged with 200 is on disk: the receiver killed (SIGKILL) right after
/// still has it, a restarted one answers its re-delivery 200 and keeps it once, and
/// `events list` prints it, following new ones as they come.
#[test]
fn an_acknowledged_event_survives_sigkill_and_lists_as_ndjson() {
    use std::io::BufRead;
    let mock = MockServer::start(KEY).unwrap();
    let dir = temp_dir("sigkill");
    let db = dir.join("events.db");
    let db = db.to_str().unwrap();
    let serve = ["serve", "--listen", "127.0.0.1:0", "--events-db", db];
    let reply = |id: &str| (format!(r#"{{"event_type": "EMAIL_REPLY", "campaign_id": 5, "sl_lead_email": "p@example.com", "n": "{id}"}}"#), id.to_string());
    let (body, id) = reply("kill-1");
    let (mut server, addr) = start_server(&mock, &serve);
    let (status, answer) = http_once(&addr, "POST", "/webhooks/smartlead", &[("x-request-id", &id)], &body);
    assert!(status.contains(" 200 "), "{status} {answer}");
    server.0.kill().unwrap();
    server.0.wait().unwrap();

    let listed = smartlead(None, &["events", "list", "--events-db", db]);
    assert!(listed.status.success(), "{}", String::from_utf8_lossy(&listed.stderr));
    let lines: Vec<Value> = listed.stdout.split(|b| *b == b'\n').filter(|l| !l.is_empty()).map(json).collect();
    assert_eq!(lines.len(), 1, "the acknowledged event survived the kill");
    assert_eq!((lines[0]["id"].as_str(), lines[0]["kind"].as_str(), lines[0]["cursor"].as_str()), (Some("kill-1"), Some("EMAIL_REPLY"), Some("ev_1")));

    let (_server, addr) = start_server(&mock, &serve);
    let (status, _) = http_once(&addr, "POST", "/webhooks/smartlead", &[("x-request-id", &id)], &body);
    assert!(status.contains(" 200 "), "Smartlead's retry after the crash: {status}");
    let (_, page) = http_once(&addr, "GET", "/events", &[], "");
    assert_eq!(json(page.as_bytes())["result_count"], 1, "kept once: {page}");

    let mut follow = Command::new(env!("CARGO_BIN_EXE_smartlead"))
        .args(["events", "list", "--events-db", db, "--kind", "email_reply", "--follow"])
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut lines = std::io::BufReader::new(follow.stdout.take().unwrap()).lines();
    let follower = Running(follow);
    assert_eq!(json(lines.next().unwrap().unwrap().as_bytes())["id"], "kill-1");
    let (body, id) = reply("kill-2");
    let (status, _) = http_once(&addr, "POST", "/webhooks/smartlead", &[("x-request-id", &id)], &body);
    assert!(status.contains(" 200 "), "{status}");
    assert_eq!(json(lines.next().unwrap().unwrap().as_bytes())["id"], "kill-2", "--follow prints what arrives");
    drop(follower);
    let after = smartlead(None, &["events", "list", "--events-db", db, "--after", "ev_1"]);
    assert_eq!(String::from_utf8_lossy(&after.stdout).lines().count(), 1, "--after resumes past the first");

    for (args, says) in [
        (vec!["events", "list", "--events-db", "/nonexistent/events.db"], "no events database"),
        (vec!["events", "list", "--events-db", db, "--kind", "EMAIL_REPLIED"], "kinds: EMAIL_SENT"),
        (vec!["events", "list", "--events-db", db, "--after", "7"], "not a cursor"),
        (vec!["serve", "--on-reply", "stop"], "the action is `pause`"),
        (vec!["serve", "--events-db", "/nonexistent/events.db"], "opening the events database /nonexistent/events.db"),
    ] {
        let out = smartlead(None, &args);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(String::from_utf8_lossy(&out.stderr).contains(says), "{args:?}: {}", String::from_utf8_lossy(&out.stderr));
    }
    let no_key = smartlead_with(None, &["serve", "--on-reply", "pause"], &[("SMARTLEAD_API_KEY", "")]);
    assert_eq!(no_key.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&no_key.stderr).contains("--on-reply pauses leads with this host's API key"));
    let _ = std::fs::remove_dir_all(&dir);
}

/// The README's webhook walk-through, run as written by bash (the real `curl` and
/// `openssl`), the port, campaign and lead ids replaced by this run's: the webhook is
/// registered, the signed reply is acknowledged, and the lead ends up paused in the
/// category the serve line names.
#[test]
fn the_readme_webhook_walkthrough_runs_as_written() {
    use std::io::BufRead;
    let block = readme_shell_block("Webhooks: replies back into your app");
    let mock = MockServer::start(KEY).unwrap();
    let created = smartlead(Some(&mock), &["call", "create_a_smartlead_campaign", "--args", r#"{"name": "Webhooks"}"#]);
    let campaign = json(&created.stdout)["id"].as_u64().unwrap();
    let lead = format!(r#"{{"campaign_id": {campaign}, "lead_list": [{{"email": "ada@example.com"}}]}}"#);
    assert!(smartlead(Some(&mock), &["call", "create_a_smartlead_campaign_lead", "--args", &lead]).status.success());
    let lead_id = mock.with_store(|s| *s.campaign_leads(campaign).next().unwrap().0);
    let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
    let addr = format!("127.0.0.1:{port}");
    let block = block.replace("127.0.0.1:8080", &addr).replace("1562695", &campaign.to_string()).replace("3000000001", &lead_id.to_string());
    let (serve, script): (Vec<&str>, Vec<&str>) =
        block.lines().filter(|l| !l.trim().is_empty() && !l.starts_with('#')).partition(|l| l.starts_with("smartlead serve"));
    assert_eq!(serve.len(), 1, "{block}");

    let dir = temp_dir("readme-webhooks");
    let bin = std::path::Path::new(env!("CARGO_BIN_EXE_smartlead")).parent().unwrap().to_str().unwrap().to_string();
    let bash = |line: &str| {
        let mut cmd = Command::new("bash");
        cmd.arg("-c")
            .arg(line)
            .current_dir(&dir)
            .env("PATH", format!("{bin}:{}", std::env::var("PATH").unwrap_or_default()))
            .env("SMARTLEAD_API_KEY", KEY)
            .env("SMARTLEAD_BASE_URL", mock.base_url())
            .env("WEBHOOK_SECRET", "readme-webhook-secret");
        cmd
    };
    let mut server = bash(&format!("exec {}", serve[0].trim_end_matches('&').trim())).stderr(std::process::Stdio::piped()).spawn().unwrap();
    let mut stderr = std::io::BufReader::new(server.stderr.take().unwrap());
    let _server = Running(server);
    let mut line = String::new();
    stderr.read_line(&mut line).unwrap();
    assert!(line.contains(&format!("listening on http://{addr}")), "{line}");

    let out = bash(&format!("set -euo pipefail\n{}", script.join("\n"))).output().unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{stdout}\n{}", String::from_utf8_lossy(&out.stderr));
    assert!(!stdout.contains(KEY), "the key was printed");
    assert_eq!(mock.count("POST", &format!("/campaigns/{campaign}/webhooks")), 1, "the webhook was registered");
    assert!(stdout.contains(r#""received":1"#), "the delivery was acknowledged: {stdout}");
    assert!(stdout.lines().any(|l| l.starts_with('{') && l.contains(r#""kind":"EMAIL_REPLY""#) && l.contains(r#""cursor""#)), "events list printed it: {stdout}");

    let interested = mock.with_store(|s| s.categories.iter().find(|c| c["name"] == "Interested").unwrap()["id"].as_u64());
    eventually("the replying lead was not paused in its category", || {
        mock.with_store(|s| s.memberships.get(&(campaign, lead_id)).is_some_and(|m| m.status == "PAUSED" && m.category_id == interested))
    });
    let (_, page) = http_once(&addr, "GET", "/events?kind=EMAIL_REPLY", &[], "");
    eventually("the action was not recorded as done", || {
        let (_, page) = http_once(&addr, "GET", "/events?kind=EMAIL_REPLY", &[], "");
        json(page.as_bytes())["result"][0]["action"]["status"] == "done"
    });
    assert_eq!(json(page.as_bytes())["result"][0]["verified"], true, "{page}");
    let _ = std::fs::remove_dir_all(&dir);
}
