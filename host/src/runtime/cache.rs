//! The compiled component on disk: compiling takes seconds, so a later run reuses the
//! native code of an earlier one. Native code is trusted blindly when loaded, so a file
//! is used only when it is the one the sidecar (written after it) seals: its 128-bit
//! XXH3, and how it stood when sealed (length, inode, change time). A file that still
//! stands so is mapped as it is, neither read nor hashed: a start costs a `stat`, where
//! reading, SHA-256 and copying 15 MB cost tens of milliseconds. Any write to the file
//! changes its change time, so a damaged or altered file is hashed, and compiled again
//! and replaced, with one warning, unless it is still byte for byte what was sealed (a
//! restored copy). Files are written whole and renamed into place, so none is ever seen
//! half-written. The seal guards against damage, not against someone who can write the
//! cache directory (they could write both files). A new compile removes all but the two
//! newest other components' files.

use std::path::{Path, PathBuf};
use wasmtime::Engine;
use wasmtime::component::Component;
use xxhash_rust::xxh3::{Xxh3, xxh3_128};

/// Where one component, compiled for one engine configuration, is kept: the compiled
/// code, its seal, and what the component lists (its tools and toolsets, the same for
/// every call).
pub struct Files {
    compiled: PathBuf,
    seal: PathBuf,
    pub listing: PathBuf,
}

/// The files of the component whose XXH3-128 is `digest`, compiled for `engine`; `None`
/// when there is no cache directory.
pub fn files(engine: &Engine, digest: u128) -> Option<Files> {
    Some(Files::named(&cache_dir()?, &name(engine, digest)))
}

impl Files {
    /// The files of the component compiled as `name` in `dir`.
    fn named(dir: &Path, name: &str) -> Files {
        let compiled = dir.join(format!("smartlead-{name}.cwasm"));
        Files { seal: compiled.with_extension("cwasm.seal"), listing: dir.join(format!("smartlead-{name}.listing.json")), compiled }
    }
}

/// `wasm` compiled for `engine`, from the cache when `files` hold it, intact.
pub fn load(engine: &Engine, wasm: &[u8], files: Option<&Files>) -> anyhow::Result<Component> {
    let Some(Files { compiled: path, seal: sidecar, .. }) = files else { return Ok(Component::from_binary(engine, wasm)?) };
    if let Some(component) = verified(engine, path, sidecar) {
        return Ok(component);
    }
    if path.exists() {
        tracing::warn!(file = %path.display(), "the cached compiled component does not match its checksum; compiling it again");
    }
    let component = Component::from_binary(engine, wasm)?;
    if let (Some(dir), Ok(bytes)) = (path.parent(), component.serialize()) {
        // A cache that cannot be written only costs the next run a compile.
        if store(dir, path, sidecar, &bytes).is_ok() {
            prune(dir, path, OTHER_VERSIONS_KEPT);
        }
    }
    Ok(component)
}

/// Other components' compiled files kept beside a newly compiled one: enough for a few
/// binaries run side by side.
const OTHER_VERSIONS_KEPT: usize = 2;

/// Removes the files of all but the `keep` most recently compiled components other than
/// `current`. Each is 12 MB, and before this every upgrade left its predecessor behind for
/// good. A file removed while another process has it mapped stays readable to that
/// process; one wanted again is compiled again.
fn prune(dir: &Path, current: &Path, keep: usize) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    let mut others: Vec<(std::time::SystemTime, String)> = entries
        .flatten()
        .filter(|entry| entry.path() != current)
        .filter_map(|entry| {
            // A compiled file's name, read back as `Files::named` writes it.
            let name = entry.file_name().into_string().ok()?.strip_prefix("smartlead-")?.strip_suffix(".cwasm")?.to_string();
            Some((entry.metadata().ok()?.modified().ok()?, name))
        })
        .collect();
    others.sort_by(|a, b| b.0.cmp(&a.0));
    for (_, name) in others.into_iter().skip(keep) {
        let files = Files::named(dir, &name);
        for file in [files.compiled, files.seal, files.listing] {
            let _ = std::fs::remove_file(file);
        }
    }
}

/// The component (by its digest) and the engine's configuration, as a file name.
fn name(engine: &Engine, digest: u128) -> String {
    use std::hash::Hash;
    let mut name = Xxh3::new();
    name.update(&digest.to_le_bytes());
    engine.precompile_compatibility_hash().hash(&mut name);
    format!("{:032x}", name.digest128())
}

/// The XXH3-128 of `wasm`, as [`load`] takes it.
pub fn digest(wasm: &[u8]) -> u128 {
    xxh3_128(wasm)
}

fn checksum(bytes: &[u8]) -> String {
    format!("{:032x}", xxh3_128(bytes))
}

/// How a file stands: its length, inode and change time, which any write changes.
fn stood(path: &Path) -> Option<String> {
    let meta = std::fs::metadata(path).ok()?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        Some(format!("{} {} {}.{:09}", meta.len(), meta.ino(), meta.ctime(), meta.ctime_nsec()))
    }
    // Elsewhere nothing vouches for a file unread: it is hashed every time.
    #[cfg(not(unix))]
    {
        let _ = meta;
        None
    }
}

/// The seal of a file: its checksum, then how it stands.
fn seal(path: &Path, checksum: &str) -> String {
    format!("{checksum} {}", stood(path).unwrap_or_default())
}

/// The cached component, if the file is there and the sidecar seals it.
fn verified(engine: &Engine, path: &Path, sidecar: &Path) -> Option<Component> {
    let sealed = std::fs::read_to_string(sidecar).ok()?;
    let (expected, sealed_stood) = sealed.trim().split_once(' ').unwrap_or((sealed.trim(), ""));
    if stood(path).is_some_and(|now| now == sealed_stood) {
        // SAFETY: the file has not been written since it was sealed as what `serialize`
        // wrote for this component and engine configuration (both are in its name).
        return unsafe { Component::deserialize_file(engine, path) }.ok();
    }
    let bytes = std::fs::read(path).ok()?;
    if checksum(&bytes) != expected {
        return None;
    }
    // The same bytes in a file that moved (a restored copy): sealed again as it stands.
    let _ = write_atomically(sidecar, seal(path, expected).as_bytes());
    // SAFETY: these bytes are, checksum for checksum, what `serialize` wrote for this
    // component and engine configuration (both are in the file's name).
    unsafe { Component::deserialize(engine, &bytes) }.ok()
}

/// Writes the file, then its seal, each whole or not at all (a temporary file renamed
/// into place), so a reader never trusts a partial write.
fn store(dir: &Path, path: &Path, sidecar: &Path, bytes: &[u8]) -> std::io::Result<()> {
    std::fs::create_dir_all(dir)?;
    let _ = std::fs::remove_file(sidecar);
    write_atomically(path, bytes)?;
    write_atomically(sidecar, seal(path, &checksum(bytes)).as_bytes())
}

/// Writes `bytes` to `path` whole or not at all: a temporary file renamed into place.
pub(super) fn write_atomically(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    use std::io::Write;
    let tmp = path.with_extension(format!("tmp{}", std::process::id()));
    let mut file = std::fs::File::create(&tmp)?;
    file.write_all(bytes)?;
    file.sync_all()?;
    std::fs::rename(&tmp, path)
}

fn cache_dir() -> Option<PathBuf> {
    if let Some(dir) = std::env::var_os("SMARTLEAD_CACHE_DIR") {
        return (!dir.is_empty()).then(|| PathBuf::from(dir));
    }
    let base = std::env::var_os("XDG_CACHE_HOME").map(PathBuf::from).or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".cache")))?;
    Some(base.join("smartlead-component"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::{Duration, SystemTime};

    #[test]
    fn a_new_compile_keeps_the_two_newest_other_components_and_removes_the_rest() {
        let dir = std::env::temp_dir().join(format!("smartlead-cache-prune-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        // Five components compiled an hour apart, the newest being the current one.
        for age in 0..5u64 {
            for suffix in [".cwasm", ".cwasm.seal", ".listing.json"] {
                let file = std::fs::File::create(dir.join(format!("smartlead-v{age}{suffix}"))).unwrap();
                file.set_modified(SystemTime::now() - Duration::from_secs(3600 * age)).unwrap();
            }
        }
        std::fs::write(dir.join("notes.txt"), "not ours").unwrap();
        prune(&dir, &dir.join("smartlead-v0.cwasm"), OTHER_VERSIONS_KEPT);
        let mut left: Vec<String> = std::fs::read_dir(&dir).unwrap().map(|e| e.unwrap().file_name().into_string().unwrap()).collect();
        left.sort();
        let mut expected = vec!["notes.txt".to_string()];
        for version in ["v0", "v1", "v2"] {
            expected.extend([".cwasm", ".cwasm.seal", ".listing.json"].map(|suffix| format!("smartlead-{version}{suffix}")));
        }
        expected.sort();
        assert_eq!(left, expected);
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
