//! The compiled component on disk: compiling takes seconds, so a later run reuses the
//! native code of an earlier one.

use std::path::PathBuf;
use wasmtime::Engine;
use wasmtime::component::Component;

/// The component compiled for `engine`, from the cache when it holds this exact
/// component for this engine's configuration.
pub fn load(engine: &Engine, wasm: &[u8]) -> anyhow::Result<Component> {
    use std::hash::{Hash, Hasher};
    let Some(dir) = cache_dir() else { return Ok(Component::from_binary(engine, wasm)?) };
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    wasm.hash(&mut hasher);
    engine.precompile_compatibility_hash().hash(&mut hasher);
    let path = dir.join(format!("smartlead-{:016x}.cwasm", hasher.finish()));
    if path.exists() {
        // SAFETY: the file was written by `serialize` below for this exact component
        // and engine configuration (both are in its name), in the user's own cache.
        if let Ok(component) = unsafe { Component::deserialize_file(engine, &path) } {
            return Ok(component);
        }
    }
    let component = Component::from_binary(engine, wasm)?;
    if std::fs::create_dir_all(&dir).is_ok() {
        let tmp = path.with_extension(format!("tmp{}", std::process::id()));
        if component.serialize().ok().and_then(|bytes| std::fs::write(&tmp, bytes).ok()).is_some() {
            let _ = std::fs::rename(&tmp, &path);
        }
    }
    Ok(component)
}

fn cache_dir() -> Option<PathBuf> {
    if let Some(dir) = std::env::var_os("SMARTLEAD_CACHE_DIR") {
        return (!dir.is_empty()).then(|| PathBuf::from(dir));
    }
    let base = std::env::var_os("XDG_CACHE_HOME").map(PathBuf::from).or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".cache")))?;
    Some(base.join("smartlead-component"))
}
