//! Each key's pacing windows and pause in Redis: a sorted set of start times per tenant,
//! checked and recorded atomically by one script on Redis's clock (so the replicas'
//! clocks need not agree), by the same rule as the local limiter.

use super::{Operation, FleetStore};
use crate::core::tenant::Tenant;
use redis::Script;
use smartlead_component::core::limiter::{LATENCY_ALLOWANCE, Window};
use std::sync::{Arc, LazyLock};
use std::time::Duration;

/// KEYS: the starts, the pause. ARGV: allowance ms, max wait ms (-1: none), this turn's
/// member, the number of windows, then each window's max and length in ms.
/// Returns {1, wait} with the turn taken, or {0, wait} when the wait is too long.
static TURN: LazyLock<Script> = LazyLock::new(|| {
    Script::new(
        r"
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local allowance, max_wait, member, n = tonumber(ARGV[1]), tonumber(ARGV[2]), ARGV[3], tonumber(ARGV[4])
local longest = 0
for i = 0, n - 1 do longest = math.max(longest, tonumber(ARGV[6 + 2 * i])) end
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - longest - allowance)
local ready = math.max(now, tonumber(redis.call('GET', KEYS[2]) or '0'))
local count = redis.call('ZCARD', KEYS[1])
for i = 0, n - 1 do
  local max, len = tonumber(ARGV[5 + 2 * i]), tonumber(ARGV[6 + 2 * i])
  if count >= max then
    local blocking = redis.call('ZRANGE', KEYS[1], count - max, count - max, 'WITHSCORES')
    ready = math.max(ready, tonumber(blocking[2]) + len + allowance)
  end
end
local wait = ready - now
if max_wait >= 0 and wait > max_wait then return {0, wait} end
redis.call('ZADD', KEYS[1], ready, member)
redis.call('PEXPIRE', KEYS[1], wait + longest + allowance + 1000)
return {1, wait}
",
    )
});

/// KEYS: the pause. ARGV: hold ms. Extends the pause to now + hold, never shortens it.
static HOLD: LazyLock<Script> = LazyLock::new(|| {
    Script::new(
        r"
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local until_ms = now + tonumber(ARGV[1])
if until_ms > tonumber(redis.call('GET', KEYS[1]) or '0') then
  redis.call('SET', KEYS[1], until_ms, 'PX', ARGV[1])
end
return until_ms
",
    )
});

/// A start decided in Redis reaches Smartlead a round trip later than one decided in
/// process, and that delay varies more: twice the local allowance between windows.
const ALLOWANCE: Duration = Duration::from_millis(2 * LATENCY_ALLOWANCE.as_millis() as u64);

/// A turn asked of the shared windows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Turn {
    /// Taken: start after `wait`; `member` names it, to give it back unused.
    Taken { wait: Duration, member: String },
    /// Further away than the caller would wait; nothing taken.
    TooFar(Duration),
}

fn starts(tenant: Tenant) -> String {
    FleetStore::key("starts", &tenant.hex())
}

fn pause(tenant: Tenant) -> String {
    FleetStore::key("pause", &tenant.hex())
}

/// Takes `tenant`'s next turn under `windows` across every replica; `None` when Redis is down.
pub async fn turn(store: &FleetStore, tenant: Tenant, windows: &[Window], max_wait: Option<Duration>) -> Option<Turn> {
    let member = store.fresh_name();
    let mut invocation = TURN.prepare_invoke();
    invocation.key(starts(tenant)).key(pause(tenant));
    invocation.arg(ALLOWANCE.as_millis() as u64).arg(max_wait.map_or(-1, |w| w.as_millis() as i64)).arg(&member).arg(windows.len());
    for w in windows {
        invocation.arg(w.max).arg(w.window.as_millis() as u64);
    }
    let (taken, wait): (u8, u64) = store.run(Operation::Pace, |mut c| async move { invocation.invoke_async(&mut c).await }).await?;
    let wait = Duration::from_millis(wait);
    Some(if taken == 1 { Turn::Taken { wait, member } } else { Turn::TooFar(wait) })
}

/// How long `tenant` is still held (after a 429 some replica saw); `None` when Redis is down.
pub async fn held_for(store: &FleetStore, tenant: Tenant) -> Option<Duration> {
    let left: i64 = store.run(Operation::Pace, |mut c| async move { redis::cmd("PTTL").arg(pause(tenant)).query_async(&mut c).await }).await?;
    Some(Duration::from_millis(left.max(0) as u64))
}

/// Holds `tenant` for `hold` on every replica.
pub async fn hold(store: &FleetStore, tenant: Tenant, hold: Duration) {
    let ms = hold.as_millis().max(1) as u64;
    let _: Option<i64> = store.run(Operation::Hold, |mut c| async move { HOLD.key(pause(tenant)).arg(ms).invoke_async(&mut c).await }).await;
}

/// Gives a turn back that was taken and not used (its caller left while it waited).
pub fn give_back(store: Arc<FleetStore>, tenant: Tenant, member: String) {
    tokio::spawn(async move {
        let _: Option<i64> = store.run(Operation::Pace, |mut c| async move { redis::cmd("ZREM").arg(starts(tenant)).arg(member).query_async(&mut c).await }).await;
    });
}
