//! Files only their owner may read: the linked accounts' store and the kept webhook
//! events (prospects' addresses, reply text) are no one else's business.

use std::path::Path;

/// Makes `path` readable and writable by its owner alone (0600), creating it so when it
/// is not there: never a moment with the umask's mode, and SQLite gives the `-wal` and
/// `-shm` files beside a database the database's own mode.
pub fn restrict(path: &Path) -> std::io::Result<()> {
    use std::os::unix::fs::{OpenOptionsExt, PermissionsExt};
    std::fs::OpenOptions::new().create(true).append(true).mode(0o600).open(path)?;
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o600))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::os::unix::fs::PermissionsExt;

    #[test]
    fn a_new_or_existing_file_ends_owner_only() {
        let dir = std::env::temp_dir().join(format!("smartlead-private-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let (new, existing) = (dir.join("new.db"), dir.join("existing.db"));
        let _ = std::fs::remove_file(&new);
        std::fs::write(&existing, "kept").unwrap();
        std::fs::set_permissions(&existing, std::fs::Permissions::from_mode(0o644)).unwrap();
        for path in [&new, &existing] {
            restrict(path).unwrap();
            assert_eq!(std::fs::metadata(path).unwrap().permissions().mode() & 0o777, 0o600, "{}", path.display());
        }
        assert_eq!(std::fs::read_to_string(&existing).unwrap(), "kept", "nothing in it changed");
        let _ = std::fs::remove_dir_all(&dir);
    }
}
