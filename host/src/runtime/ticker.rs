//! The engine's epoch clock: it ticks while some store is inside a call into the
//! component and sleeps, parked, while none is. An idle server (an agent's MCP server
//! between questions) otherwise woke a hundred times a second for nothing.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::thread::Thread;
use std::time::Duration;
use wasmtime::Engine;

/// How often the engine's epoch ticks while a call runs.
pub const EPOCH_TICK: Duration = Duration::from_millis(10);

/// Advances `engine`'s epoch every [`EPOCH_TICK`] while a call is in the component;
/// stops with the connector.
pub struct Ticker {
    shared: Arc<Shared>,
    thread: Thread,
}

struct Shared {
    /// Stores inside a call into the component now.
    calls: AtomicUsize,
    stop: AtomicBool,
    /// Times the clock has gone to sleep, for the tests.
    #[cfg(test)]
    sleeps: AtomicUsize,
}

impl Ticker {
    pub fn start(engine: Engine) -> std::io::Result<Ticker> {
        let shared = Arc::new(Shared {
            calls: AtomicUsize::new(0),
            stop: AtomicBool::new(false),
            #[cfg(test)]
            sleeps: AtomicUsize::new(0),
        });
        let clock = shared.clone();
        let thread = std::thread::Builder::new().name("smartlead-epoch".into()).spawn(move || {
            while !clock.stop.load(Ordering::Acquire) {
                if clock.calls.load(Ordering::Acquire) == 0 {
                    #[cfg(test)]
                    clock.sleeps.fetch_add(1, Ordering::Relaxed);
                    // A call that began since the load above has unparked this thread
                    // already, and then `park` returns at once: no wake-up is lost.
                    std::thread::park();
                    continue;
                }
                std::thread::sleep(EPOCH_TICK);
                engine.increment_epoch();
            }
        })?;
        Ok(Ticker { thread: thread.thread().clone(), shared })
    }

    /// A store entered a call into the component: the clock runs until it leaves.
    pub fn call_began(&self) {
        if self.shared.calls.fetch_add(1, Ordering::AcqRel) == 0 {
            self.thread.unpark();
        }
    }

    /// A store left its call (returned, trapped, or was dropped inside it).
    pub fn call_ended(&self) {
        self.shared.calls.fetch_sub(1, Ordering::AcqRel);
    }

    /// Times the clock has gone to sleep so far.
    #[cfg(test)]
    pub fn sleeps(&self) -> usize {
        self.shared.sleeps.load(Ordering::Relaxed)
    }
}

impl Drop for Ticker {
    fn drop(&mut self) {
        self.shared.stop.store(true, Ordering::Release);
        self.thread.unpark();
    }
}
