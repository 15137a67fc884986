//! A private Postgres cluster for tests: `initdb` in a fresh folder, the server on a free
//! loopback port (as the `postgres` user when the tests run as root, which Postgres
//! refuses to run as), stopped and removed when dropped.

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};

pub struct Postgres {
    dir: PathBuf,
    server: Child,
    /// `postgres://postgres@127.0.0.1:PORT/postgres`.
    pub url: String,
}

/// Where the Debian package puts the server's programs (`/usr/lib/postgresql/15/bin`),
/// the newest version first; else whatever `PATH` finds; a test fails at once, naming
/// the make target, when Postgres is not installed.
fn bin(program: &str) -> PathBuf {
    let mut versions: Vec<PathBuf> = std::fs::read_dir("/usr/lib/postgresql").into_iter().flatten().flatten().map(|e| e.path().join("bin")).collect();
    versions.sort_by_key(|p| std::cmp::Reverse(p.parent().and_then(|v| v.file_name()?.to_str()?.parse::<u32>().ok()).unwrap_or(0)));
    let places: Vec<&Path> = versions.iter().map(PathBuf::as_path).collect();
    smartlead_test_support::require(program, &places)
}

/// `program` as the user Postgres runs as: `postgres` under root, else ourselves.
fn command(program: &str) -> Command {
    if is_root() {
        let mut command = Command::new("runuser");
        command.args(["-u", "postgres", "--"]).arg(bin(program));
        command
    } else {
        Command::new(bin(program))
    }
}

fn is_root() -> bool {
    Command::new("id").arg("-u").output().is_ok_and(|o| o.stdout.trim_ascii() == b"0")
}

fn uid_of(user: &str) -> Option<(u32, u32)> {
    let id = |flag: &str| Command::new("id").args([flag, user]).output().ok().and_then(|o| String::from_utf8(o.stdout).ok()?.trim().parse().ok());
    Some((id("-u")?, id("-g")?))
}

impl Postgres {
    pub fn start() -> anyhow::Result<Postgres> {
        let dir = smartlead_test_support::temp_dir("pg");
        let data = dir.join("data");
        std::fs::create_dir_all(&dir)?;
        if let Some((uid, gid)) = uid_of("postgres").filter(|_| is_root()) {
            std::os::unix::fs::chown(&dir, Some(uid), Some(gid))?;
        }
        let init = command("initdb").args(["-A", "trust", "-U", "postgres", "-E", "UTF8", "--no-sync", "-D"]).arg(&data).stdout(Stdio::null()).output()?;
        anyhow::ensure!(init.status.success(), "initdb failed: {}", String::from_utf8_lossy(&init.stderr));
        let port = smartlead_test_support::free_port();
        let server = command("postgres")
            .arg("-D")
            .arg(&data)
            .args(["-p", &port.to_string(), "-c", "listen_addresses=127.0.0.1", "-c", "fsync=off", "-k"])
            .arg(&dir)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()?;
        let pg = Postgres { dir, server, url: format!("postgres://postgres@127.0.0.1:{port}/postgres") };
        let ready = || Command::new(bin("pg_isready")).args(["-q", "-h", "127.0.0.1", "-p", &port.to_string()]).status().is_ok_and(|s| s.success());
        smartlead_test_support::eventually("Postgres to answer", ready);
        Ok(pg)
    }

    /// The cluster's files, to look for what must not be in them.
    pub fn data_dir(&self) -> &Path {
        &self.dir
    }

    /// Runs SQL through `psql` (e.g. `CHECKPOINT`, so the data files hold the rows).
    pub fn psql(&self, sql: &str) -> anyhow::Result<String> {
        let out = Command::new(bin("psql")).args([self.url.as_str(), "-qAtc", sql]).output()?;
        anyhow::ensure!(out.status.success(), "psql {sql}: {}", String::from_utf8_lossy(&out.stderr));
        Ok(String::from_utf8(out.stdout)?)
    }
}

impl Drop for Postgres {
    fn drop(&mut self) {
        // Immediate: clients still connected do not hold the shutdown up.
        let stop = command("pg_ctl").args(["stop", "-m", "immediate", "-D"]).arg(self.dir.join("data")).stdout(Stdio::null()).stderr(Stdio::null()).status();
        if stop.is_err() {
            let _ = self.server.kill();
        }
        let _ = self.server.wait();
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}
