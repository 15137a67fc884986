//! Runs the example against the mock, and keeps docs/embedding.md's copy of it identical.

use smartlead_mock::MockServer;
use std::process::Command;

#[test]
fn the_example_lists_the_campaigns() {
    let mock = MockServer::start("example-key").unwrap();
    mock.with_store(|s| s.create_campaign(Some("Rust launch"), None));
    let out = Command::new(env!("CARGO_BIN_EXE_smartlead-example"))
        .env("SMARTLEAD_API_KEY", "example-key")
        .env("SMARTLEAD_BASE_URL", mock.base_url())
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(String::from_utf8(out.stdout).unwrap().ends_with("\"Rust launch\"\n"));
}

#[test]
fn the_readme_shows_this_example() {
    let guide = include_str!("../../../docs/embedding.md");
    let section = guide.split("## Use it from Rust").nth(1).expect("docs/embedding.md has a Rust section");
    let block = section.split("```rust\n").nth(1).and_then(|b| b.split("```").next()).unwrap();
    assert_eq!(block, include_str!("../src/main.rs"), "docs/embedding.md's Rust example differs from examples/rust/src/main.rs");
}
