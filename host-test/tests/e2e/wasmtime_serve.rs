//! The component as an edge service: the real `wasmtime serve` (pinned CLI, no native
//! host of ours) serves the same gateway, the key coming from the request header.

use host_test::{KEY, http};
use serde_json::json;
use smartlead_mock::MockServer;
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// The pinned CLI `make test` installs, or `$WASMTIME`.
fn wasmtime_cli() -> PathBuf {
    std::env::var_os("WASMTIME")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../target/tools/bin/wasmtime"))
}

/// Kills the server when the test ends, however it ends.
struct Server(Child);

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn wasmtime_serve_runs_the_gateway_with_no_native_host() {
    let cli = wasmtime_cli();
    assert!(cli.exists(), "no wasmtime CLI at {}; `make wasmtime-cli` installs the pinned one", cli.display());
    let mock = MockServer::start(KEY).unwrap();
    let wasm = std::env::temp_dir().join(format!("smartlead-serve-{}.wasm", std::process::id()));
    std::fs::write(&wasm, smartlead_host::COMPONENT).unwrap();
    let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
    let base = format!("http://127.0.0.1:{port}");
    let child = Command::new(&cli)
        .args(["serve", "-S", "cli", "--addr", &format!("127.0.0.1:{port}")])
        .arg("--env")
        .arg(format!("SMARTLEAD_BASE_URL={}", mock.base_url()))
        .args(["--env", "SMARTLEAD_ALLOWED_HOSTS=edge.example"])
        .arg(&wasm)
        .stdout(Stdio::null())
        .stderr(Stdio::inherit())
        .spawn()
        .unwrap();
    let _server = Server(child);
    // wasmtime compiles the component before it listens.
    let started = Instant::now();
    while tokio::net::TcpStream::connect(("127.0.0.1", port)).await.is_err() {
        assert!(started.elapsed() < Duration::from_secs(180), "wasmtime serve did not start listening");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }

    let key = [("x-smartlead-api-key", KEY)];
    let created = http("POST", &format!("{base}/tools/create_a_smartlead_campaign"), &key, r#"{"name": "Edge"}"#).await.unwrap();
    assert_eq!(created.status, 200, "{}", created.body);
    let campaign = created.json()["result"]["id"].as_u64().unwrap();
    assert_eq!(mock.requests()[0].query("api_key"), Some(KEY), "the component sends the key the request brought");

    let contact = json!({"campaign_id": campaign, "email": "edge@example.com", "first_name": "Edge"}).to_string();
    let added = http("POST", &format!("{base}/unified/marketing-automation/contacts"), &key, &contact).await.unwrap();
    assert_eq!(added.status, 201, "{}", added.body);
    let listed = http("GET", &format!("{base}/unified/marketing-automation/contacts?campaign_id={campaign}"), &key, "").await.unwrap();
    assert_eq!(listed.json()["result"][0]["email"], "edge@example.com");
    let campaigns = http("GET", &format!("{base}/unified/marketing-automation/campaigns"), &key, "").await.unwrap();
    assert_eq!(campaigns.json()["result"][0]["status"], "draft");
    let proxied = http("GET", &format!("{base}/proxy/campaigns/{campaign}/leads?limit=1&tag=b&tag=a"), &key, "").await.unwrap();
    assert_eq!((proxied.status, proxied.json()["result_count"].as_u64()), (200, Some(1)));
    let tags: Vec<String> = mock.requests().last().unwrap().query.iter().filter(|(k, _)| k == "tag").map(|(_, v)| v.clone()).collect();
    assert_eq!(tags, ["b", "a"], "a repeated query key reaches Smartlead whole, in order");

    let no_key = http("GET", &format!("{base}/unified/marketing-automation/campaigns"), &[], "").await.unwrap();
    assert_eq!((no_key.status, no_key.json()["kind"].as_str()), (401, Some("unauthorized")));
    let missing = http("GET", &format!("{base}/unified/marketing-automation/campaigns/42"), &key, "").await.unwrap();
    assert_eq!((missing.status, missing.json()["statusCode"].as_u64()), (404, Some(404)));

    // Host names are checked under `wasmtime serve` too: the allowed one through --env.
    let before = mock.requests().len();
    let rebound = http("GET", &format!("{base}/proxy/campaigns"), &[key[0], ("host", "rebound.example")], "").await.unwrap();
    assert_eq!((rebound.status, rebound.json()["kind"].as_str()), (403, Some("unauthorized")), "{}", rebound.body);
    assert_eq!(mock.requests().len(), before, "a refused request reached Smartlead");
    let named = http("GET", &format!("{base}/proxy/campaigns"), &[key[0], ("host", &format!("edge.example:{port}"))], "").await.unwrap();
    assert_eq!(named.status, 200, "{}", named.body);
    for answer in [&created, &added, &listed, &campaigns, &proxied, &no_key, &missing] {
        assert!(!answer.body.contains(KEY), "the key leaked: {}", answer.body);
    }
    let _ = std::fs::remove_file(&wasm);
}
