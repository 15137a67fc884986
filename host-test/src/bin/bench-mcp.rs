//! `make bench` (MCP): the bytes of `tools/list` per toolset selection; cold starts
//! (`smartlead tools`, MCP `initialize` + `tools/list`) beside a bare `smartlead
//! --version` in paired runs, and what checking the compiled cache costs by SHA-256 and
//! by XXH3; call latency of `smartlead mcp` over stdio against the mock beside the same
//! route fetched straight from the mock right after (the floor), plus the server's
//! CPU time and context switches per call and its peak memory; and, in process, a call
//! in a kept instance beside one in a fresh instance. Prints tables; asserts nothing.
//!
//! Run: cargo run --release -p host-test --bin bench-mcp -- target/release/smartlead

use serde_json::{Value, json};
use smartlead_mock::MockServer;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::process::{Child, ChildStdin, ChildStdout, Command, Stdio};
use std::time::{Duration, Instant};

const KEY: &str = "bench-key";
const SPAWNS: usize = 10;
const CALLS: usize = 200;

/// A `smartlead mcp` child spoken to in newline-delimited JSON-RPC.
struct Server {
    child: Child,
    stdin: ChildStdin,
    stdout: BufReader<ChildStdout>,
    next_id: u64,
}

/// `smartlead ARGS` with nothing of this shell's environment: the key, the mock, the cache.
fn smartlead(binary: &str, mock: &MockServer, cache: &str, args: &[&str]) -> Command {
    let mut command = Command::new(binary);
    command.args(args).env_clear().env("SMARTLEAD_API_KEY", KEY).env("SMARTLEAD_BASE_URL", mock.base_url()).env("SMARTLEAD_CACHE_DIR", cache);
    command
}

impl Server {
    fn spawn(binary: &str, mock: &MockServer, cache: &str, flags: &[&str]) -> Server {
        let mut child = smartlead(binary, mock, cache, &["mcp", "--requests-per-minute", "1000000"])
            .args(flags)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .expect("the server starts");
        let stdin = child.stdin.take().unwrap();
        let stdout = BufReader::new(child.stdout.take().unwrap());
        Server { child, stdin, stdout, next_id: 0 }
    }

    fn request(&mut self, method: &str, params: Value) -> Value {
        self.next_id += 1;
        let id = self.next_id;
        writeln!(self.stdin, "{}", json!({"jsonrpc": "2.0", "id": id, "method": method, "params": params})).unwrap();
        self.stdin.flush().unwrap();
        let mut line = String::new();
        loop {
            line.clear();
            assert!(self.stdout.read_line(&mut line).unwrap() > 0, "the server closed stdout");
            let message: Value = serde_json::from_str(&line).expect("JSON-RPC");
            if message["id"] == id {
                assert!(message.get("error").is_none(), "{method}: {message}");
                return message["result"].clone();
            }
        }
    }

    fn initialize(&mut self) {
        let params = json!({"protocolVersion": "2025-06-18", "capabilities": {}, "clientInfo": {"name": "bench", "version": "1"}});
        self.request("initialize", params);
        writeln!(self.stdin, "{}", json!({"jsonrpc": "2.0", "method": "notifications/initialized"})).unwrap();
    }

    /// CPU time the server's threads have used so far and the times they were switched
    /// out, in nanoseconds from the kernel's scheduler statistics (a thread that has
    /// ended is no longer counted; none ends within a measurement).
    fn cpu_and_switches(&self) -> (Duration, u64) {
        let (mut nanos, mut switches) = (0u64, 0u64);
        for task in std::fs::read_dir(format!("/proc/{}/task", self.child.id())).into_iter().flatten().flatten() {
            let read = |name: &str| std::fs::read_to_string(task.path().join(name)).unwrap_or_default();
            nanos += read("schedstat").split_whitespace().next().and_then(|n| n.parse::<u64>().ok()).unwrap_or(0);
            let status = read("status");
            let count = |key: &str| status.lines().find_map(|l| l.strip_prefix(key)?.trim().parse::<u64>().ok()).unwrap_or(0);
            switches += count("voluntary_ctxt_switches:") + count("nonvoluntary_ctxt_switches:");
        }
        (Duration::from_nanos(nanos), switches)
    }

    /// Peak resident memory so far, from the kernel's accounting.
    fn peak_rss_kib(&self) -> u64 {
        let status = std::fs::read_to_string(format!("/proc/{}/status", self.child.id())).unwrap_or_default();
        status.lines().find(|l| l.starts_with("VmHWM:")).and_then(|l| l.split_whitespace().nth(1)?.parse().ok()).unwrap_or(0)
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn percentile(samples: &mut [Duration], p: f64) -> Duration {
    samples.sort();
    samples[((samples.len() - 1) as f64 * p).round() as usize]
}

fn ms(d: Duration) -> String {
    format!("{:.3} ms", d.as_secs_f64() * 1000.0)
}

/// A keep-alive connection to the mock: one GET of the route a tool reads is what HTTP
/// alone costs (the floor).
struct Floor {
    stream: TcpStream,
    reader: BufReader<TcpStream>,
}

impl Floor {
    fn connect(mock: &MockServer) -> Floor {
        let stream = TcpStream::connect(mock.addr()).unwrap();
        stream.set_nodelay(true).unwrap();
        let reader = BufReader::new(stream.try_clone().unwrap());
        Floor { stream, reader }
    }

    /// One GET of `path_and_query` (below `/api/v1`, with a `?`), its whole body read.
    fn get(&mut self, path_and_query: &str) -> Duration {
        let request = format!("GET /api/v1{path_and_query}&api_key={KEY} HTTP/1.1\r\nHost: bench\r\n\r\n");
        let start = Instant::now();
        self.stream.write_all(request.as_bytes()).unwrap();
        let mut length = 0;
        let mut line = String::new();
        loop {
            line.clear();
            self.reader.read_line(&mut line).unwrap();
            if line == "\r\n" {
                break;
            }
            if let Some(v) = line.to_ascii_lowercase().strip_prefix("content-length:") {
                length = v.trim().parse().unwrap();
            }
        }
        let mut body = vec![0; length];
        self.reader.read_exact(&mut body).unwrap();
        start.elapsed()
    }
}

/// The bytes of `tools/list` (its result as JSON) for each selection, beside the listing
/// of one tool per route alone (no meta-tools, no file tools), as other Smartlead servers
/// list them.
fn listing_table(binary: &str, mock: &MockServer, cache: &str) -> String {
    // A listing's tools, kept to the catalog's operations when `routes_only`.
    let listing = |flags: &[&str], routes_only: bool| {
        let mut server = Server::spawn(binary, mock, cache, flags);
        server.initialize();
        let mut result = server.request("tools/list", json!({}));
        if routes_only {
            let routes = smartlead_test_support::catalog_tools();
            result["tools"].as_array_mut().unwrap().retain(|t| routes.iter().any(|r| t["name"] == *r));
        }
        (result["tools"].as_array().map_or(0, Vec::len), serde_json::to_string(&result).unwrap().len())
    };
    let (routes, baseline) = listing(&["--toolsets", "all", "--no-search-and-call"], true);
    let mut out = String::from("\n## MCP tools/list per selection (bytes of JSON; ~4 bytes a token)\n\n");
    out.push_str(&format!("| selection | tools | bytes | ~tokens | vs one tool per route |\n|---|---|---|---|---|\n| one tool per route, all {routes} (baseline) | {routes} | {baseline} | {} | 1.00 |\n", baseline / 4));
    let toolsets: Vec<String> = {
        let out = Command::new(binary).args(["tools"]).env_clear().env("SMARTLEAD_CACHE_DIR", cache).output().expect("smartlead tools runs");
        let tools: Vec<Value> = serde_json::from_slice(&out.stdout).expect("smartlead tools prints JSON");
        let mut sets: Vec<String> = Vec::new();
        for set in tools.iter().flat_map(|t| t["toolsets"].as_array().cloned().unwrap_or_default()).filter_map(|s| s.as_str().map(str::to_string)) {
            if !sets.contains(&set) {
                sets.push(set);
            }
        }
        sets
    };
    let mut selections: Vec<(String, Vec<String>)> = vec![("default (a plain `smartlead mcp`)".into(), vec![]), ("search and call only (`--toolsets \"\"`)".into(), vec!["--toolsets".into(), String::new()])];
    selections.extend(toolsets.iter().map(|s| (s.clone(), vec!["--toolsets".into(), s.clone()])));
    selections.push(("all, with search and call".into(), vec!["--toolsets".into(), "all".into()]));
    for (label, flags) in selections {
        let flags: Vec<&str> = flags.iter().map(String::as_str).collect();
        let (tools, bytes) = listing(&flags, false);
        out.push_str(&format!("| {label} | {tools} | {bytes} | {} | {:.3} |\n", bytes / 4, bytes as f64 / baseline as f64));
    }
    out
}

/// Cold starts beside a bare process start, in paired runs (each round runs every
/// measure once, so a busy moment of the machine falls on all of them alike); and the
/// cache check itself over the cached file: SHA-256 (before), a stat (a file as sealed)
/// and XXH3 (a file written since).
fn cold_starts(binary: &str, mock: &MockServer, cache: &str) -> String {
    const ROUNDS: usize = 30;
    let run = |args: &[&str]| {
        let begin = Instant::now();
        let status = smartlead(binary, mock, cache, args)
            .stdout(Stdio::null())
            .status()
            .unwrap();
        assert!(status.success(), "{args:?}");
        begin.elapsed()
    };
    let mcp = || {
        let begin = Instant::now();
        let mut server = Server::spawn(binary, mock, cache, &[]);
        server.initialize();
        server.request("tools/list", json!({}));
        begin.elapsed()
    };
    run(&["tools"]);
    let (mut version, mut tools, mut listed) = (Vec::new(), Vec::new(), Vec::new());
    for _ in 0..ROUNDS {
        version.push(run(&["--version"]));
        tools.push(run(&["tools"]));
        listed.push(mcp());
    }
    let floor = percentile(&mut version, 0.5);
    let mut out = format!("\n## Cold start (median of {ROUNDS} paired runs, warm compiled cache)\n\n| start | median | p90 | ÷ `--version` |\n|---|---:|---:|---:|\n");
    for (label, samples) in [("`smartlead --version` (the floor)", &mut version), ("`smartlead tools`", &mut tools), ("MCP `initialize` + `tools/list`", &mut listed)] {
        let median = percentile(samples, 0.5);
        out += &format!("| {label} | {} | {} | {:.1} |\n", ms(median), ms(percentile(samples, 0.9)), median.as_secs_f64() / floor.as_secs_f64());
    }
    let file = std::fs::read_dir(cache).unwrap().map(|e| e.unwrap().path()).find(|p| p.extension().is_some_and(|e| e == "cwasm")).expect("the compiled cache");
    let bytes = std::fs::read(&file).unwrap();
    let time = |check: &dyn Fn(&[u8]) -> u8| {
        let mut samples: Vec<Duration> = (0..ROUNDS)
            .map(|_| {
                let begin = Instant::now();
                std::hint::black_box(check(std::hint::black_box(&bytes)));
                begin.elapsed()
            })
            .collect();
        percentile(&mut samples, 0.5)
    };
    use sha2::Digest;
    let sha = time(&|b| sha2::Sha256::digest(b)[0]);
    let xxh = time(&|b| xxhash_rust::xxh3::xxh3_128(b) as u8);
    let stat = time(&|_| std::fs::metadata(&file).map_or(0, |m| m.len() as u8));
    out += &format!(
        "\nChecking the {:.1} MB compiled cache on each start, the file already in memory: SHA-256 of it (before) {}; now a stat while the file stands as sealed, {} ({:.4} of before), and its XXH3-128 once it changed, {} ({:.3} of before). Reading it into memory, which the stat path skips too (the file is mapped), is not counted.\n",
        bytes.len() as f64 / 1e6,
        ms(sha),
        ms(stat),
        stat.as_secs_f64() / sha.as_secs_f64(),
        ms(xxh),
        xxh.as_secs_f64() / sha.as_secs_f64()
    );
    out
}

/// What keeping an instance saves, in process and in one run: lists of 50 campaigns, each
/// in a fresh instance (every MCP call before instances were kept) and all in one kept
/// instance (the MCP server now); and what making an instance costs.
fn kept_instances() -> String {
    let runtime = tokio::runtime::Runtime::new().expect("a runtime");
    runtime.block_on(async {
        let h = host_test::Harness::with(|s| s.pacing = smartlead_host::Pacing::per_minute(60_000_000));
        h.mock.with_store(|s| {
            for i in 0..50 {
                s.create_campaign(Some(&format!("Campaign {i}")), None);
            }
        });
        let args = json!({"limit": 50});
        let (mut fresh, mut kept, mut made) = (Vec::new(), Vec::new(), Vec::new());
        let mut session = h.connector.session().await.expect("an instance");
        for _ in 0..CALLS {
            let begin = Instant::now();
            let mut new = h.connector.session().await.expect("an instance");
            made.push(begin.elapsed());
            let page = new.call_tool("list_all_smartlead_campaigns", &args).await.expect("the instance").expect("the call");
            fresh.push(begin.elapsed());
            assert_eq!(page["result_count"], 50);
            let begin = Instant::now();
            let page = session.call_tool("list_all_smartlead_campaigns", &args).await.expect("the instance").expect("the call");
            kept.push(begin.elapsed());
            assert_eq!(page["result_count"], 50);
        }
        let (fresh, kept, made) = (percentile(&mut fresh, 0.5), percentile(&mut kept, 0.5), percentile(&mut made, 0.5));
        format!(
            "\n## Keeping the instance (in process, list 50 campaigns, median of {CALLS} paired calls)\n\n\
             | call | p50 | ÷ fresh |\n|---|---:|---:|\n\
             | in a fresh instance (the baseline) | {} | 1.00 |\n\
             | in a kept instance | {} | {:.2} |\n\
             | making the instance alone | {} | {:.2} |\n",
            ms(fresh),
            ms(kept),
            kept.as_secs_f64() / fresh.as_secs_f64(),
            ms(made),
            made.as_secs_f64() / fresh.as_secs_f64()
        )
    })
}

fn main() {
    let binary = std::env::args().nth(1).unwrap_or_else(|| "target/release/smartlead".into());
    let cache = std::env::temp_dir().join("smartlead-bench-cache");
    let cache = cache.to_str().unwrap();
    let mock = MockServer::start(KEY).unwrap();
    let leads_campaign = mock.with_store(|s| {
        for i in 0..49 {
            s.create_campaign(Some(&format!("Campaign {i}")), None);
        }
        let id = s.create_campaign(Some("With 100 leads"), None);
        let leads: Vec<Value> = (0..100).map(|i| json!({"email": format!("lead{i}@example.com"), "first_name": format!("L{i}")})).collect();
        s.add_leads(id, &leads, &json!({}));
        id
    });

    // Cold start: spawn → initialize → first tools/list answered, with a warm component cache.
    println!("{}", listing_table(&binary, &mock, cache));
    println!("{}", cold_starts(&binary, &mock, cache));

    let all = ["--toolsets", "all", "--no-search-and-call"];
    let mut warm = Server::spawn(&binary, &mock, cache, &all);
    warm.initialize();
    drop(warm);
    let mut starts: Vec<Duration> = (0..SPAWNS)
        .map(|_| {
            let begin = Instant::now();
            let mut server = Server::spawn(&binary, &mock, cache, &all);
            server.initialize();
            let tools = server.request("tools/list", json!({}));
            let listed = tools["tools"].as_array().map_or(0, Vec::len);
            assert!(listed >= smartlead_test_support::catalog_tools().len(), "every operation listed");
            begin.elapsed()
        })
        .collect();

    let mut server = Server::spawn(&binary, &mock, cache, &all);
    server.initialize();
    let mut floor = Floor::connect(&mock);
    // Each tool's latencies, then the floor's: the same route fetched straight from the
    // mock right after, while the server is idle rather than between its calls; and the
    // server's CPU time and context switches per call.
    let mut measure = |name: &str, args: Value, route: &str, expect: usize| {
        let mut calls = Vec::with_capacity(CALLS);
        let (cpu, switches) = server.cpu_and_switches();
        for _ in 0..CALLS {
            let begin = Instant::now();
            let result = server.request("tools/call", json!({"name": name, "arguments": args}));
            calls.push(begin.elapsed());
            assert_eq!(result["structuredContent"]["result"].as_array().map(Vec::len), Some(expect), "{result}");
        }
        let (cpu_after, switches_after) = server.cpu_and_switches();
        let mut floors: Vec<Duration> = (0..CALLS).map(|_| floor.get(route)).collect();
        let (p50, floor_p50) = (percentile(&mut calls, 0.5), percentile(&mut floors, 0.5));
        format!(
            "| {name} ({expect} records) | {} | {} | {} | {:.1} | {} | {:.1} |",
            ms(p50),
            ms(percentile(&mut calls, 0.9)),
            ms(floor_p50),
            p50.as_secs_f64() / floor_p50.as_secs_f64(),
            ms((cpu_after - cpu) / CALLS as u32),
            (switches_after - switches) as f64 / CALLS as f64
        )
    };
    let rows = [
        measure("list_all_smartlead_lead_category", json!({}), "/leads/fetch-categories?", 7),
        measure("list_all_smartlead_campaigns", json!({"limit": 50}), "/campaigns?", 50),
        measure("list_all_smartlead_campaign_leads", json!({"campaign_id": leads_campaign, "limit": 100}), &format!("/campaigns/{leads_campaign}/leads?offset=0&limit=100"), 100),
    ];
    let peak = server.peak_rss_kib();

    println!("\n## MCP server (`smartlead mcp`, stdio) against the loopback mock\n");
    println!("{CALLS} calls per tool; the floor is {CALLS} keep-alive GETs of the same route straight to the mock, right after them.\n");
    println!("| tool call | p50 | p90 | floor p50 | ÷ floor | server CPU per call (all threads) | context switches per call |");
    println!("|---|---:|---:|---:|---:|---:|---:|");
    for row in rows {
        println!("{row}");
    }
    println!("\n| measure | value |");
    println!("|---|---|");
    println!("| cold start to first tools/list (median of {SPAWNS}, cached component) | {} |", ms(percentile(&mut starts, 0.5)));
    println!("| server peak RSS | {:.1} MiB |", peak as f64 / 1024.0);
    println!("{}", kept_instances());
}
