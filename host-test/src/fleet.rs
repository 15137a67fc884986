//! The fleet layout of `examples/deploy` on loopback for tests and benchmarks: a Redis
//! of our own, and `run.sh` starting three `smartlead serve` replicas behind haproxy,
//! on free ports, stopped (the whole process group) when dropped.

use smartlead_test_support::{eventually, free_port, require, temp_dir};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::Duration;

fn answers(addr: &str) -> bool {
    std::net::TcpStream::connect_timeout(&addr.parse().expect("an address"), Duration::from_millis(200)).is_ok()
}

/// A `redis-server` of the test's own, without persistence.
pub struct Redis {
    server: Option<Child>,
    pub port: u16,
}

impl Redis {
    pub fn start() -> anyhow::Result<Redis> {
        let mut redis = Redis { server: None, port: free_port() };
        redis.start_again()?;
        Ok(redis)
    }

    pub fn url(&self) -> String {
        format!("redis://127.0.0.1:{}/0", self.port)
    }

    /// Starts it (again) on the same port.
    pub fn start_again(&mut self) -> anyhow::Result<()> {
        let port = self.port.to_string();
        let server = Command::new(require("redis-server", &[]))
            .args(["--bind", "127.0.0.1", "--port", &port, "--save", "", "--appendonly", "no", "--dir", std::env::temp_dir().to_str().unwrap_or("/tmp")])
            .stdout(Stdio::null())
            .spawn()?;
        self.server = Some(server);
        eventually("redis-server to answer", || self.cli(&["PING"]).is_ok_and(|p| p.trim() == "PONG"));
        Ok(())
    }

    /// Stops it (SIGKILL: as a crash, nothing flushed).
    pub fn stop(&mut self) {
        if let Some(mut server) = self.server.take() {
            let _ = server.kill();
            let _ = server.wait();
        }
    }

    /// `redis-cli ARGS` against it; its output.
    pub fn cli(&self, args: &[&str]) -> anyhow::Result<String> {
        let out = Command::new(require("redis-cli", &[])).args(["-p", &self.port.to_string()]).args(args).output()?;
        anyhow::ensure!(out.status.success(), "redis-cli {args:?}: {}", String::from_utf8_lossy(&out.stderr));
        Ok(String::from_utf8(out.stdout)?)
    }
}

impl Drop for Redis {
    fn drop(&mut self) {
        self.stop();
    }
}

/// `examples/deploy/run.sh`: three replicas and haproxy in front of them.
pub struct Fleet {
    group: Child,
    state: PathBuf,
    /// haproxy's address, `127.0.0.1:PORT`.
    pub front: String,
    /// Each replica's own address.
    pub replicas: Vec<String>,
}

/// The repository's `examples/deploy`.
pub fn deploy_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../examples/deploy")
}

impl Fleet {
    /// Runs the layout with `binary` as `smartlead`, against `base_url` with `api_key`,
    /// sharing `redis_url`; `args` go to every replica.
    pub fn start(binary: &Path, base_url: &str, api_key: &str, redis_url: &str, args: &[&str]) -> anyhow::Result<Fleet> {
        use std::os::unix::process::CommandExt;
        require("haproxy", &[Path::new("/usr/sbin")]);
        let ports: Vec<u16> = (0..4).map(|_| free_port()).collect();
        let state = temp_dir("fleet");
        let bin = binary.parent().expect("the binary's folder").to_str().expect("a UTF-8 path").to_string();
        let group = Command::new("bash")
            .arg(deploy_dir().join("run.sh"))
            .args(args)
            .env("PATH", format!("{bin}:{}", std::env::var("PATH").unwrap_or_default()))
            .env("FRONT_PORT", ports[0].to_string())
            .env("REPLICA1_PORT", ports[1].to_string())
            .env("REPLICA2_PORT", ports[2].to_string())
            .env("REPLICA3_PORT", ports[3].to_string())
            .env("REDIS_URL", redis_url)
            .env("STATE_DIR", &state)
            .env("SMARTLEAD_API_KEY", api_key)
            .env("SMARTLEAD_BASE_URL", base_url)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .process_group(0)
            .spawn()?;
        let address = |port: &u16| format!("127.0.0.1:{port}");
        let fleet = Fleet { group, state, front: address(&ports[0]), replicas: ports[1..].iter().map(address).collect() };
        for replica in &fleet.replicas {
            eventually(replica, || answers(replica));
        }
        eventually("haproxy to answer", || answers(&fleet.front));
        Ok(fleet)
    }
}

impl Drop for Fleet {
    fn drop(&mut self) {
        // `--` matters: procps' kill reads a bare negative number as something else entirely.
        let _ = Command::new("kill").args(["-TERM", "--", &format!("-{}", self.group.id())]).status();
        let _ = self.group.wait();
        let _ = std::fs::remove_dir_all(&self.state);
    }
}
