//! Instances kept between calls, so a call costs no instantiation: each serves only the
//! key it first served, and one that failed or grew large is never kept.

use super::state::HostState;
use crate::core::tenant::Tenant;
use std::collections::VecDeque;
use std::sync::Mutex;
use wasmtime::Store;

/// The most memory a kept instance may have grown to: idle, it holds all of it.
pub const KEPT_MEMORY: usize = 64 << 20;

/// An instance with its store, as a surface keeps it.
pub trait Reusable {
    fn store(&self) -> &Store<HostState>;
}

impl Reusable for super::Session {
    fn store(&self) -> &Store<HostState> {
        &self.store
    }
}

/// Instances whose last call ended normally, each under the tenant whose key it spent;
/// beyond `limit` the one kept longest ago goes.
pub struct Idle<T> {
    kept: Mutex<VecDeque<(Tenant, T)>>,
    limit: usize,
}

impl<T: Reusable> Idle<T> {
    pub fn new(limit: usize) -> Self {
        Idle { kept: Mutex::new(VecDeque::new()), limit }
    }

    /// The instance `tenant` used last, if one is kept. Another tenant's never is: what a
    /// call leaves in an instance's memory stays with the key that paid for it.
    pub fn take(&self, tenant: Tenant) -> Option<T> {
        let mut kept = self.lock();
        let at = kept.iter().rposition(|(t, _)| *t == tenant)?;
        kept.remove(at).map(|(_, instance)| instance)
    }

    /// Keeps `instance`, whose call ended normally, for `tenant`'s next call, unless it
    /// grew past [`KEPT_MEMORY`].
    pub fn put(&self, tenant: Tenant, instance: T) {
        if instance.store().data().grown_to() > KEPT_MEMORY {
            return;
        }
        let gone = {
            let mut kept = self.lock();
            kept.push_back((tenant, instance));
            (kept.len() > self.limit).then(|| kept.pop_front())
        };
        // Dropped here, outside the lock: freeing an instance's memory takes a moment.
        drop(gone);
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, VecDeque<(Tenant, T)>> {
        self.kept.lock().expect("no call panics holding the idle instances")
    }
}
