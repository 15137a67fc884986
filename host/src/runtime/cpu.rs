//! CPU time, not waiting time: what a call may spend computing inside the component.
//! Epoch ticks are wall-clock, so a plain epoch deadline would stop a call that only
//! waits (for its key's turn, a `Retry-After`, a slow server). The store's call hook
//! adds up the time spent in wasm; when the epoch deadline comes, the deadline moves
//! on by whatever of the budget is left, and only a call that computed past its
//! budget is stopped.

use super::ticker::{EPOCH_TICK, Ticker};
use std::sync::Arc;
use std::time::{Duration, Instant};
use wasmtime::{CallHook, Store, UpdateDeadline};

/// The error a call stopped for computing too long ends with.
#[derive(Debug)]
pub struct CpuExhausted {
    pub budget: Duration,
}

impl std::fmt::Display for CpuExhausted {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "the call computed for more than its CPU budget of {:?} inside the component and was stopped", self.budget)
    }
}

impl std::error::Error for CpuExhausted {}

/// Time spent in wasm since the last [`renew`], and whether the store is inside a call
/// (which keeps the connector's epoch clock running).
#[derive(Default)]
pub struct CpuMeter {
    running_since: Option<Instant>,
    used: Duration,
    /// Calls into the component the store is inside: more than one while the host,
    /// called from the component, calls into it again.
    depth: usize,
    ticker: Option<Arc<Ticker>>,
}

impl CpuMeter {
    fn on(&mut self, hook: CallHook) {
        match hook {
            CallHook::CallingWasm | CallHook::ReturningFromHost => self.running_since = Some(Instant::now()),
            CallHook::ReturningFromWasm | CallHook::CallingHost => {
                if let Some(since) = self.running_since.take() {
                    self.used += since.elapsed();
                }
            }
        }
        match hook {
            CallHook::CallingWasm => {
                self.depth += 1;
                if let (1, Some(ticker)) = (self.depth, &self.ticker) {
                    ticker.call_began();
                }
            }
            CallHook::ReturningFromWasm => {
                self.depth = self.depth.saturating_sub(1);
                if let (0, Some(ticker)) = (self.depth, &self.ticker) {
                    ticker.call_ended();
                }
            }
            CallHook::CallingHost | CallHook::ReturningFromHost => {}
        }
    }

    fn used(&self) -> Duration {
        self.used + self.running_since.map_or(Duration::ZERO, |since| since.elapsed())
    }
}

impl Drop for CpuMeter {
    /// A store dropped inside a call (its future dropped while suspended) leaves it.
    fn drop(&mut self) {
        if let (1.., Some(ticker)) = (self.depth, &self.ticker) {
            ticker.call_ended();
        }
    }
}

fn ticks(d: Duration) -> u64 {
    (d.as_millis() / EPOCH_TICK.as_millis()).max(1) as u64
}

/// Meters `store`'s wasm time into the `CpuMeter` that `meter` finds in its state, and
/// stops a call once it has computed for `budget`; `ticker`, the epoch clock, runs
/// while the store is inside a call.
pub fn limit<T: Send + 'static>(store: &mut Store<T>, budget: Duration, ticker: Arc<Ticker>, meter: fn(&mut T) -> &mut CpuMeter) {
    meter(store.data_mut()).ticker = Some(ticker);
    store.call_hook(move |mut ctx, hook| {
        meter(ctx.data_mut()).on(hook);
        Ok(())
    });
    store.epoch_deadline_callback(move |mut ctx| {
        let used = meter(ctx.data_mut()).used();
        match budget.checked_sub(used) {
            // Yielding lets the other calls on this thread run while this one computes.
            Some(left) if !left.is_zero() => Ok(UpdateDeadline::Yield(ticks(left))),
            _ => Err(CpuExhausted { budget }.into()),
        }
    });
    renew(store, budget, meter);
}

/// Gives the store's next call a whole `budget`.
pub fn renew<T>(store: &mut Store<T>, budget: Duration, meter: fn(&mut T) -> &mut CpuMeter) {
    meter(store.data_mut()).used = Duration::ZERO;
    store.set_epoch_deadline(ticks(budget));
}
