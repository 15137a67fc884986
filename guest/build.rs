//! Strips the component's core module of its symbol names: rustc's `strip` does not reach
//! the wasm32-wasip2 linker, and the names were half a megabyte of the component.

fn main() {
    if std::env::var("CARGO_CFG_TARGET_ARCH").as_deref() == Ok("wasm32") {
        println!("cargo::rustc-link-arg-cdylib=--strip-all");
    }
}
