//! Webhook deliveries seen by any replica: the first replica to claim an event's id
//! keeps it and acts on it; the others answer it as a duplicate.

use super::{Operation, FleetStore};
use sha2::{Digest, Sha256};

/// Smartlead retries a delivery for hours; a week covers every retry.
const SEEN_FOR_MS: u64 = 7 * 24 * 3600 * 1000;

fn seen(id: &str) -> String {
    FleetStore::key("delivery", &data_encoding::HEXLOWER.encode(&Sha256::digest(id.as_bytes())))
}

/// Whether this replica is the first to see event `id` (`Some(false)`: another one
/// did); `None` when Redis is down, and the local database alone decides.
pub async fn claim(store: &FleetStore, id: &str) -> Option<bool> {
    let key = seen(id);
    let set: Option<String> = store.run(Operation::Dedupe, |mut c| async move { redis::cmd("SET").arg(key).arg(1).arg("NX").arg("PX").arg(SEEN_FOR_MS).query_async(&mut c).await }).await?;
    Some(set.is_some())
}

/// Forgets a claim whose event could not be kept, so Smartlead's next delivery is taken.
pub async fn release(store: &FleetStore, id: &str) {
    let key = seen(id);
    let _: Option<i64> = store.run(Operation::Dedupe, |mut c| async move { redis::cmd("DEL").arg(key).query_async(&mut c).await }).await;
}
