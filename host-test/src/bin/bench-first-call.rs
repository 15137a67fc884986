//! `make bench` (first call): a fresh Python process importing the package and making
//! its first call, with the compiled component cached on disk and without; the same
//! for Node (the jco build); beside each interpreter's own start as the floor.
//! Medians of 5 runs. Asserts nothing.
//!
//! Run: cargo run --release -p host-test --bin bench-first-call -- target/venv/bin/python

use smartlead_mock::MockServer;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

const KEY: &str = "bench-first-call-key-0123456789";
const RUNS: usize = 5;

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..").canonicalize().expect("the repository")
}

/// The median wall time of `RUNS` runs of `program ARGS`, `before` run ahead of each.
fn median(mock: &MockServer, program: &str, args: &[&str], cache: &Path, before: impl Fn()) -> anyhow::Result<Duration> {
    let mut times = Vec::new();
    for _ in 0..RUNS {
        before();
        let started = Instant::now();
        let out = Command::new(program)
            .args(args)
            .env("SMARTLEAD_API_KEY", KEY)
            .env("SMARTLEAD_BASE_URL", mock.base_url())
            .env("SMARTLEAD_WASM", root().join("target/guest/wasm32-wasip2/release/smartlead_component.wasm"))
            .env("SMARTLEAD_CACHE_DIR", cache)
            // An installed package has its bytecode compiled (pip does it); a machine that
            // forbids writing it would make every run here compile the package again.
            .env_remove("PYTHONDONTWRITEBYTECODE")
            .output()?;
        anyhow::ensure!(out.status.success(), "{program} {args:?}: {}", String::from_utf8_lossy(&out.stderr));
        times.push(started.elapsed());
    }
    times.sort();
    Ok(times[RUNS / 2])
}

fn main() -> anyhow::Result<()> {
    let python = std::env::args().nth(1).unwrap_or_else(|| "target/venv/bin/python".into());
    let mock = MockServer::start(KEY)?;
    let cache = std::env::temp_dir().join(format!("smartlead-bench-first-call-{}", std::process::id()));
    let clear = || {
        let _ = std::fs::remove_dir_all(&cache);
    };
    let first_call = "import smartlead; smartlead.Smartlead().list_all_smartlead_campaigns()";
    let floor = median(&mock, &python, &["-c", "pass"], &cache, || {})?;
    let cold = median(&mock, &python, &["-c", first_call], &cache, clear)?;
    let cached = median(&mock, &python, &["-c", first_call], &cache, || {})?;
    let module = root().join("bindings/js/smartlead.mjs");
    let node_call = format!("import {{ Smartlead }} from {:?}; new Smartlead().list_all_smartlead_campaigns();", module.display().to_string());
    let node_floor = median(&mock, "node", &["-e", ""], &cache, || {})?;
    let node = median(&mock, "node", &["--input-type=module", "-e", &node_call], &cache, || {})?;
    clear();
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    println!("a fresh process: import, construct, one call to the mock (median of {RUNS})\n");
    println!("| process | import + first call | interpreter alone | the component's share | target |");
    println!("|---|---:|---:|---:|---:|");
    println!("| Python, no cache (compiles) | {:.0} ms | {:.0} ms | {:.0} ms | — |", ms(cold), ms(floor), ms(cold) - ms(floor));
    println!("| Python, compiled component cached | {:.0} ms | {:.0} ms | {:.0} ms | ≤ 150 ms |", ms(cached), ms(floor), ms(cached) - ms(floor));
    println!("| Node (jco build) | {:.0} ms | {:.0} ms | {:.0} ms | — |", ms(node), ms(node_floor), ms(node) - ms(node_floor));
    Ok(())
}
