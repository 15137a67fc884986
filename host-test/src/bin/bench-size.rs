//! `make bench` (size): the component's bytes, gzipped, by section of its core module, and
//! per operation, beside the 1.5 MiB target. Asserts nothing.
//!
//! Run: cargo run --release -p host-test --bin bench-size -- target/guest/wasm32-wasip2/release/smartlead_component.wasm

use std::io::Write;
use std::process::{Command, Stdio};
use wasmparser::{Parser, Payload};

const TARGET: f64 = 1.5 * 1024.0 * 1024.0;

/// Bytes of the core modules' code, data and custom sections, and of everything else.
#[derive(Default)]
struct Sections {
    code: usize,
    data: usize,
    custom: usize,
}

fn sections(wasm: &[u8]) -> anyhow::Result<Sections> {
    let mut out = Sections::default();
    for payload in Parser::new(0).parse_all(wasm) {
        match payload? {
            Payload::CodeSectionStart { size, .. } => out.code += size as usize,
            Payload::DataSection(reader) => out.data += span(reader.range()),
            Payload::CustomSection(reader) => out.custom += span(reader.range()),
            _ => {}
        }
    }
    Ok(out)
}

fn span(range: std::ops::Range<u64>) -> usize {
    (range.end - range.start) as usize
}

fn gzipped(wasm: &[u8]) -> anyhow::Result<usize> {
    let mut gzip = Command::new("gzip").args(["-9", "-c"]).stdin(Stdio::piped()).stdout(Stdio::piped()).spawn()?;
    let mut stdin = gzip.stdin.take().expect("piped");
    let input = wasm.to_vec();
    let writer = std::thread::spawn(move || stdin.write_all(&input));
    let out = gzip.wait_with_output()?;
    writer.join().expect("the writer does not panic")?;
    anyhow::ensure!(out.status.success(), "gzip failed");
    Ok(out.stdout.len())
}

fn main() -> anyhow::Result<()> {
    let path = std::env::args().nth(1).unwrap_or_else(|| "target/guest/wasm32-wasip2/release/smartlead_component.wasm".into());
    let wasm = std::fs::read(&path)?;
    let s = sections(&wasm)?;
    let gzip = gzipped(&wasm)?;
    let operations = smartlead_component::catalog::CATALOG.len();
    let rest = wasm.len() - s.code - s.data - s.custom;
    println!("the component ({path}), {operations} operations\n");
    println!("| measure | bytes | ÷ the 1.5 MiB target |");
    println!("|---|---:|---:|");
    let row = |what: &str, bytes: usize| println!("| {what} | {bytes} | {:.2} |", bytes as f64 / TARGET);
    row("component", wasm.len());
    row("component, gzip -9", gzip);
    row("  core code", s.code);
    row("  core data (strings, the tools' schemas)", s.data);
    row("  custom sections (names, producers)", s.custom);
    row("  the rest (types, imports, the component's wiring)", rest);
    println!("| per operation | {} | |", wasm.len() / operations);
    println!("| per operation, gzip | {} | |", gzip / operations);
    Ok(())
}
