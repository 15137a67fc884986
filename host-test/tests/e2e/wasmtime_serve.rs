//! The component as an edge service: the real `wasmtime serve` (pinned CLI, no native
//! host of ours) keeps the same gateway contract, the key coming from the request header,
//! and receives webhooks, handing each event to a sink before it acknowledges.

use host_test::{KEY, http, reply_delivery};
use smartlead_test_support::sign;
use serde_json::Value;
use std::sync::{Arc, Mutex};
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
    let sink = Sink::start().await;
    let child = Command::new(&cli)
        .args(["serve", "-S", "cli", "--addr", &format!("127.0.0.1:{port}")])
        .arg("--env")
        .arg(format!("SMARTLEAD_BASE_URL={}", mock.base_url()))
        .arg("--env")
        .arg(format!("SMARTLEAD_ALLOWED_HOSTS={}", super::contract::ALLOWED_HOST))
        .arg("--env")
        .arg(format!("SMARTLEAD_EVENTS_URL={}", sink.url))
        .arg("--env")
        .arg(format!("SMARTLEAD_WEBHOOK_SECRET={SECRET}"))
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
    webhooks_reach_the_sink_before_the_answer(&base, sink).await;
    let _ = std::fs::remove_file(&wasm);
}

const SECRET: &str = "edge-hook-secret";

/// A delivery is answered 200 only once the sink holds its event, 502 when the sink is
/// down, 401 when it is not signed with the secret.
async fn webhooks_reach_the_sink_before_the_answer(base: &str, sink: Sink) {
    let url = format!("{base}/webhooks/smartlead");
    let body = reply_delivery(7, 42, "prospect@example.com").to_string();
    let signature = sign(SECRET, &body);
    let headers = [("x-smartlead-signature", signature.as_str()), ("x-request-id", "edge-1")];
    let answer = http("POST", &url, &headers, &body).await.unwrap();
    assert_eq!(answer.status, 200, "{}", answer.body);
    let received = sink.received.lock().unwrap().clone();
    assert_eq!(received.len(), 1, "the event reached the sink before the 200");
    assert_eq!((received[0]["kind"].as_str(), received[0]["verified"].as_bool()), (Some("EMAIL_REPLY"), Some(true)));
    assert_eq!(received[0]["id"].as_str().map(str::len), Some(64), "named by the SHA-256 of what was signed, not x-request-id");
    assert_eq!((received[0]["campaign_id"].as_u64(), received[0]["lead_id"].as_u64()), (Some(7), Some(42)));
    let unsigned = http("POST", &url, &[], &body).await.unwrap();
    assert_eq!(unsigned.status, 401, "{}", unsigned.body);
    assert_eq!(sink.received.lock().unwrap().len(), 1, "a refused delivery reached the sink");

    let received = sink.received.clone();
    sink.stop().await;
    let down = http("POST", &url, &headers, &body).await.unwrap();
    assert_eq!((down.status, down.json()["kind"].as_str()), (502, Some("transport")), "{}", down.body);
    assert!(down.body.contains("deliver it again"), "{}", down.body);
    assert_eq!(received.lock().unwrap().len(), 1);
}

/// An events endpoint on loopback that keeps what it is sent and answers 200.
struct Sink {
    url: String,
    received: Arc<Mutex<Vec<Value>>>,
    task: tokio::task::JoinHandle<()>,
}

impl Sink {
    async fn start() -> Sink {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let url = format!("http://{}/events", listener.local_addr().unwrap());
        let received: Arc<Mutex<Vec<Value>>> = Arc::default();
        let kept = received.clone();
        let task = tokio::spawn(async move {
            loop {
                let Ok((stream, _)) = listener.accept().await else { return };
                let kept = kept.clone();
                let service = hyper::service::service_fn(move |request: hyper::Request<hyper::body::Incoming>| {
                    let kept = kept.clone();
                    async move {
                        use http_body_util::BodyExt;
                        let body = request.into_body().collect().await?.to_bytes();
                        kept.lock().unwrap().push(serde_json::from_slice(&body).unwrap_or(Value::Null));
                        Ok::<_, hyper::Error>(hyper::Response::new(http_body_util::Full::new(bytes::Bytes::from_static(b"{}"))))
                    }
                });
                tokio::spawn(hyper::server::conn::http1::Builder::new().serve_connection(hyper_util::rt::TokioIo::new(stream), service));
            }
        });
        Sink { url, received, task }
    }

    /// Closes the port (the listener is dropped once the task has ended): later
    /// deliveries find nothing listening.
    async fn stop(self) {
        self.task.abort();
        let _ = self.task.await;
    }
}
