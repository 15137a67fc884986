//! API keys as the host holds them: never printed, and known to pacing, logs and
//! metrics only by a hash, the tenant.

use data_encoding::HEXLOWER;
use sha2::{Digest, Sha256};
use std::fmt;
use std::sync::Arc;

/// A Smartlead API key. `Debug` and `Display` show its tenant, never the key.
#[derive(Clone, PartialEq, Eq)]
pub struct ApiKey(Arc<str>);

impl ApiKey {
    /// `None` for an empty key: an empty key is no key.
    pub fn new(key: &str) -> Option<Self> {
        let key = key.trim();
        (!key.is_empty()).then(|| ApiKey(key.into()))
    }

    /// The key itself, for the one place that puts it on the wire.
    pub fn expose(&self) -> &str {
        &self.0
    }

    pub fn tenant(&self) -> Tenant {
        Tenant(Sha256::digest(self.0.as_bytes()).into())
    }
}

impl fmt::Debug for ApiKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "ApiKey(tenant {})", self.tenant())
    }
}

/// Whose budget a request spends: the SHA-256 of its key (all zeros without a key).
/// Shown as the first 12 hex digits, which is what metrics and logs carry.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Tenant([u8; 32]);

impl Tenant {
    /// Requests that carry no key share one budget.
    pub const ANONYMOUS: Tenant = Tenant([0; 32]);

    pub fn of(key: Option<&ApiKey>) -> Tenant {
        key.map_or(Tenant::ANONYMOUS, ApiKey::tenant)
    }

    /// The whole hash in hex, for stores that name things by tenant (Redis keys).
    pub fn hex(&self) -> String {
        HEXLOWER.encode(&self.0)
    }
}

impl fmt::Display for Tenant {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if *self == Tenant::ANONYMOUS {
            return f.write_str("anonymous");
        }
        // Metrics label every call with this: the 6 bytes shown, not all 32 then cut.
        HEXLOWER.encode_display(&self.0[..6]).fmt(f)
    }
}

impl fmt::Debug for Tenant {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Tenant({self})")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_key_shows_only_its_tenant() {
        let key = ApiKey::new(" secret-key-123 ").unwrap();
        assert_eq!(key.expose(), "secret-key-123");
        let shown = format!("{key:?} {}", key.tenant());
        assert!(!shown.contains("secret"), "{shown}");
        assert_eq!(key.tenant().to_string().len(), 12);
        assert_eq!(key.tenant().hex(), "dc87f94e8f44b5018e54a588eebeaae61eebdb6c256f8f2f61b7c6ba347bca63", "SHA-256 in lowercase hex, as Redis names carry it");
        assert_eq!(key.tenant().to_string(), "dc87f94e8f44");
        assert_eq!(key.tenant(), ApiKey::new("secret-key-123").unwrap().tenant());
        assert_ne!(key.tenant(), ApiKey::new("other").unwrap().tenant());
        assert_eq!(ApiKey::new("  "), None);
        assert_eq!(Tenant::of(None).to_string(), "anonymous");
    }
}
