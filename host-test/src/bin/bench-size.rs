//! `make bench` (size): the component's bytes, gzipped, by section of its core module, and
//! per operation, beside the 1.5 MiB target; given a second file (`make wasm-small`'s),
//! both side by side. Asserts nothing.
//!
//! Run: cargo run --release -p host-test --bin bench-size -- target/guest/wasm32-wasip2/release/smartlead_component.wasm [target/guest/wasm32-wasip2/small/smartlead_component.wasm]

use std::io::Write;
use std::process::{Command, Stdio};
use smartlead_component::catalog::CATALOG;
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

/// What is measured of one component file.
struct Measured {
    path: String,
    bytes: usize,
    gzip: usize,
    sections: Sections,
}

fn measured(path: String) -> anyhow::Result<Measured> {
    let wasm = std::fs::read(&path).map_err(|e| anyhow::anyhow!("reading {path}: {e}"))?;
    Ok(Measured { bytes: wasm.len(), gzip: gzipped(&wasm)?, sections: sections(&wasm)?, path })
}

/// A row: what it measures, how, and whether the 1.5 MiB target applies to it (a row of
/// the whole file, not of one operation).
type Row = (&'static str, fn(&Measured) -> usize, bool);

/// `bytes` ÷ the target where it applies, else nothing.
fn against_target(whole: bool, bytes: usize) -> String {
    if whole { format!("{:.2}", bytes as f64 / TARGET) } else { String::new() }
}

fn main() -> anyhow::Result<()> {
    let mut paths = std::env::args().skip(1);
    let release = measured(paths.next().unwrap_or_else(|| "target/guest/wasm32-wasip2/release/smartlead_component.wasm".into()))?;
    let small = paths.next().map(measured).transpose()?;
    let operations = CATALOG.len();
    println!("the component, {operations} operations: {} (the release profile, built for speed)", release.path);
    if let Some(small) = &small {
        println!("beside {} (`make wasm-small`, built for size)", small.path);
    }
    println!();
    let rows: [Row; 8] = [
        ("component", |m| m.bytes, true),
        ("component, gzip -9", |m| m.gzip, true),
        ("  core code", |m| m.sections.code, true),
        ("  core data (strings, the tools' schemas)", |m| m.sections.data, true),
        ("  custom sections (names, producers)", |m| m.sections.custom, true),
        ("  the rest (types, imports, the component's wiring)", |m| m.bytes - m.sections.code - m.sections.data - m.sections.custom, true),
        ("per operation", |m| m.bytes / CATALOG.len(), false),
        ("per operation, gzip", |m| m.gzip / CATALOG.len(), false),
    ];
    match &small {
        None => {
            println!("| measure | bytes | ÷ the 1.5 MiB target |");
            println!("|---|---:|---:|");
            for (what, of, whole) in rows {
                println!("| {what} | {} | {} |", of(&release), against_target(whole, of(&release)));
            }
        }
        Some(small) => {
            println!("| measure | release | ÷ target | small | ÷ target | small ÷ release |");
            println!("|---|---:|---:|---:|---:|---:|");
            for (what, of, whole) in rows {
                let (r, s) = (of(&release), of(small));
                println!("| {what} | {r} | {} | {s} | {} | {:.2} |", against_target(whole, r), against_target(whole, s), s as f64 / r.max(1) as f64);
            }
        }
    }
    Ok(())
}
