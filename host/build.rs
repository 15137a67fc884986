//! Builds the guest for wasm32-wasip2 so the `smartlead` binary carries the component,
//! and takes its digest.
//!
//! The nested cargo uses its own target directory: sharing the outer one would
//! deadlock on cargo's build lock.

use std::env;
use std::path::PathBuf;
use std::process::Command;

fn main() {
    let manifest = PathBuf::from(env::var_os("CARGO_MANIFEST_DIR").unwrap());
    let root = manifest.parent().unwrap().to_path_buf();
    // The workspace's Cargo.toml holds the profiles the guest is built with.
    for watched in ["guest/src", "guest/Cargo.toml", "wit", "Cargo.lock", "Cargo.toml"] {
        println!("cargo:rerun-if-changed={}", root.join(watched).display());
    }
    println!("cargo:rerun-if-env-changed=SMARTLEAD_WASM");

    // A prebuilt component (e.g. from `make wasm`) skips the nested build.
    if let Some(prebuilt) = env::var_os("SMARTLEAD_WASM") {
        let prebuilt = PathBuf::from(prebuilt);
        println!("cargo:rerun-if-changed={}", prebuilt.display());
        embed(&prebuilt);
        return;
    }
    let target_dir = env::var_os("CARGO_TARGET_DIR").map(PathBuf::from).unwrap_or_else(|| root.join("target")).join("guest");
    let status = Command::new(env::var_os("CARGO").unwrap_or_else(|| "cargo".into()))
        .current_dir(&root)
        .args(["build", "--release", "--locked", "-p", "smartlead-component", "--target", "wasm32-wasip2"])
        .env("CARGO_TARGET_DIR", &target_dir)
        .env_remove("CARGO_ENCODED_RUSTFLAGS")
        .env_remove("RUSTFLAGS")
        // `cargo clippy` runs this script with clippy's driver as the workspace wrapper;
        // handed on, it built the component through clippy (5,593,652 bytes, not
        // 5,466,464) and left that in the shared target directory.
        .env_remove("RUSTC_WORKSPACE_WRAPPER")
        .status()
        .expect("running cargo for the guest");
    assert!(
        status.success(),
        "building the guest failed; is the target installed? `rustup target add wasm32-wasip2` (make does this)"
    );
    embed(&target_dir.join("wasm32-wasip2/release/smartlead_component.wasm"));
}

/// Tells the host where the component is, and its XXH3-128 digest.
fn embed(wasm: &std::path::Path) {
    let bytes = std::fs::read(wasm).unwrap_or_else(|e| panic!("reading the component {}: {e}", wasm.display()));
    println!("cargo:rustc-env=SMARTLEAD_WASM_PATH={}", wasm.display());
    println!("cargo:rustc-env=SMARTLEAD_WASM_XXH3={:032x}", xxhash_rust::xxh3::xxh3_128(&bytes));
}
