//! The component as an edge service: the real `wasmtime serve` (pinned CLI, no native
//! host of ours) keeps the same gateway contract, the key coming from the request header.

use host_test::KEY;
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
        .arg("--env")
        .arg(format!("SMARTLEAD_ALLOWED_HOSTS={}", super::contract::ALLOWED_HOST))
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

    super::contract::gateway_contract(&base, &mock).await;
    let _ = std::fs::remove_file(&wasm);
}
