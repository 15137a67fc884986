//! Pacing per API key, outside the sandbox: one sliding-window log per tenant, shared
//! by every instance, session and request of a connector, so each key spends its own
//! budget and a 429 holds that key alone. With a fleet store the windows live in Redis,
//! shared by every replica; while it does not answer, each replica paces alone at its
//! share of the budget.

use crate::fleet::FleetStore;
use crate::fleet::windows::{self as shared_windows, Turn};
use crate::core::tenant::Tenant;
use smartlead_component::core::limiter::{RateLimiter, Window, lane_max, per_minute_windows};
use std::collections::HashMap;
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::Duration;
use tokio::time::Instant;

/// The budget each key gets: at most `max` requests starting in any `window`, for
/// every window given.
#[derive(Debug, Clone, PartialEq)]
pub struct Pacing {
    windows: Vec<Window>,
}

impl Pacing {
    /// Smartlead's standard plan: 60 a minute in bursts of at most 10 per 2 s, and
    /// 1,000 an hour.
    pub fn standard() -> Self {
        Pacing { windows: vec![window(60, 60), window(10, 2), window(1000, 3600)] }
    }

    /// Smartlead's pro plan: 120 a minute, 20 a second, 3,000 an hour.
    pub fn pro() -> Self {
        Pacing { windows: vec![window(120, 60), window(20, 1), window(3000, 3600)] }
    }

    /// `n` a minute in bursts of at most 10 per 2 s, as the component paces by itself.
    pub fn per_minute(n: u32) -> Self {
        Pacing { windows: per_minute_windows(n) }
    }

    /// A custom plan. Every window needs a budget of at least one and a length.
    pub fn windows(windows: Vec<Window>) -> Result<Self, String> {
        if windows.is_empty() {
            return Err("a pacing plan needs at least one window".into());
        }
        if let Some(w) = windows.iter().find(|w| w.max == 0 || w.window.is_zero()) {
            return Err(format!("the window {}/{:?} allows nothing; give a budget of at least 1 over a non-zero time", w.max, w.window));
        }
        Ok(Pacing { windows })
    }

    pub fn as_windows(&self) -> &[Window] {
        &self.windows
    }
}

/// A Smartlead plan: the budget a key is paced to (the host's own with `--plan`, a
/// linked account's its own).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, serde::Serialize, serde::Deserialize, clap::ValueEnum)]
#[serde(rename_all = "lowercase")]
pub enum Plan {
    /// 60 a minute in bursts of at most 10 per 2 s, 1,000 an hour.
    #[default]
    Standard,
    /// 120 a minute, 20 a second, 3,000 an hour.
    Pro,
}

impl Plan {
    pub fn pacing(self) -> Pacing {
        match self {
            Plan::Standard => Pacing::standard(),
            Plan::Pro => Pacing::pro(),
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Plan::Standard => "standard",
            Plan::Pro => "pro",
        }
    }

    pub fn from_name(name: &str) -> Plan {
        if name == "pro" { Plan::Pro } else { Plan::Standard }
    }
}

fn window(max: u32, secs: u64) -> Window {
    Window { max, window: Duration::from_secs(secs) }
}

/// How long a request may wait for its key's turn, and who is told of a wait: the CLI
/// waits as long as it takes and says so on stderr, MCP bounds the wait and reports it
/// as progress, the gateway answers 429 past `--max-queue-wait-ms`.
#[derive(Clone, Default)]
pub struct Queueing {
    /// Beyond this the request is answered 429 at once and never sent; none: as long as
    /// it takes.
    pub max_wait: Option<Duration>,
    /// Told how long a request is about to wait, before it waits.
    pub on_wait: Option<Arc<dyn Fn(Duration) + Send + Sync>>,
    /// The lower lane (a background sync): a request starts only while each window holds
    /// fewer than this share of its budget, so interactive calls and webhook actions,
    /// which may spend all of it, always find the rest free; none: the whole budget.
    pub share: Option<f64>,
}

impl Queueing {
    fn tell(&self, wait: Duration) {
        if let Some(on_wait) = self.on_wait.as_ref().filter(|_| !wait.is_zero()) {
            on_wait(wait);
        }
    }
}

/// Forget idle keys once this many are known, so a long-lived gateway's memory stays
/// bounded by its active tenants.
const SWEEP_ABOVE: usize = 1024;

/// Every key's pacer. Cheap to clone; clones share the pacers.
#[derive(Clone)]
pub struct Pacers {
    inner: Arc<Inner>,
}

struct Inner {
    pacing: Pacing,
    epoch: Instant,
    keys: Mutex<HashMap<Tenant, Arc<Mutex<RateLimiter>>>>,
    /// Keys paced to another budget than `pacing`: linked accounts on their own plan.
    plans: Mutex<HashMap<Tenant, Pacing>>,
    shared: Option<Shared>,
}

/// The replicas' shared windows, and this replica's share for pacing alone.
struct Shared {
    store: Arc<FleetStore>,
    /// How many replicas split a key's budget while the store is down; none: each
    /// paces at the full budget.
    replicas: Option<u32>,
}

fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|e| e.into_inner())
}

impl Pacers {
    pub fn new(pacing: Pacing) -> Self {
        Self::with(pacing, None)
    }

    /// Pacers whose windows are kept in `store`, for every replica using it.
    pub fn shared(pacing: Pacing, store: Arc<FleetStore>, replicas: Option<u32>) -> Self {
        if replicas.is_none() {
            tracing::warn!("--fleet-store without --replicas: while Redis does not answer, this replica paces each key at its full budget; give --replicas N to pace at 1/N of it");
        }
        Self::with(pacing, Some(Shared { store, replicas }))
    }

    fn with(pacing: Pacing, shared: Option<Shared>) -> Self {
        let (keys, plans) = (Mutex::new(HashMap::new()), Mutex::new(HashMap::new()));
        Pacers { inner: Arc::new(Inner { pacing, epoch: Instant::now(), keys, plans, shared }) }
    }

    /// The budget `tenant` is paced to: its plan, else the default.
    fn windows_of(&self, tenant: Tenant) -> Vec<Window> {
        lock(&self.inner.plans).get(&tenant).unwrap_or(&self.inner.pacing).windows.clone()
    }

    /// What this process alone may spend of `windows`: all of it, or its share of the fleet's.
    fn alone(&self, windows: Vec<Window>) -> Vec<Window> {
        let share = self.inner.shared.as_ref().and_then(|s| s.replicas).unwrap_or(1).max(1);
        windows.into_iter().map(|w| Window { max: (w.max / share).max(1), window: w.window }).collect()
    }

    pub fn pacing(&self) -> &Pacing {
        &self.inner.pacing
    }

    fn now(&self) -> Duration {
        self.inner.epoch.elapsed()
    }

    fn limiter(&self, tenant: Tenant) -> Arc<Mutex<RateLimiter>> {
        let mut keys = lock(&self.inner.keys);
        if keys.len() > SWEEP_ABOVE {
            let now = self.now();
            keys.retain(|_, l| Arc::strong_count(l) > 1 || !lock(l).is_idle(now));
        }
        keys.entry(tenant).or_insert_with(|| Arc::new(Mutex::new(RateLimiter::new(self.alone(self.windows_of(tenant)))))).clone()
    }

    /// Paces `tenant` to `pacing` from now on, whatever the default: the plan of the
    /// linked account whose key it is. Its history so far counts against the new budget.
    pub fn plan(&self, tenant: Tenant, pacing: Pacing) {
        {
            let mut plans = lock(&self.inner.plans);
            if plans.get(&tenant).unwrap_or(&self.inner.pacing) == &pacing {
                return;
            }
            plans.insert(tenant, pacing.clone());
        }
        // Never holding the plans while taking the keys: `limiter` takes them the other way round.
        let limiter = lock(&self.inner.keys).get(&tenant).cloned();
        if let Some(limiter) = limiter {
            lock(&limiter).set_windows(self.alone(pacing.windows));
        }
    }

    /// Waits for `tenant`'s next turn and takes it; returns how long it waited. When the
    /// turn is further away than `max_wait`, nothing is taken and the wait is the error.
    pub async fn turn(&self, tenant: Tenant, max_wait: Option<Duration>) -> Result<Duration, Duration> {
        self.queue(tenant, &Queueing { max_wait, ..Queueing::default() }).await
    }

    /// [`Pacers::turn`] as `queueing` says: bounded by its `max_wait`, each wait told.
    pub async fn queue(&self, tenant: Tenant, queueing: &Queueing) -> Result<Duration, Duration> {
        // A lower lane's request is decided in Redis against its share of each window.
        let lane = |w: Window| Window { max: lane_max(w.max, queueing.share.unwrap_or(1.0)), window: w.window };
        if let Some(shared) = &self.inner.shared
            && let Some(turn) = shared_windows::turn(&shared.store, tenant, &self.windows_of(tenant).into_iter().map(lane).collect::<Vec<_>>(), queueing.max_wait).await
        {
            if let Turn::Taken { wait, .. } = &turn {
                // Known here too, so pacing alone after Redis goes away counts this replica's recent starts.
                let now = self.now();
                lock(&self.limiter(tenant)).record(now + *wait, now);
            }
            return wait_shared(&shared.store, tenant, turn, queueing).await;
        }
        self.turn_alone(tenant, queueing).await
    }

    /// [`Pacers::queue`] by this process's own windows.
    async fn turn_alone(&self, tenant: Tenant, queueing: &Queueing) -> Result<Duration, Duration> {
        let limiter = self.limiter(tenant);
        let now = self.now();
        let wait = {
            let mut l = lock(&limiter);
            let wait = l.delay_within(now, queueing.share.unwrap_or(1.0));
            if queueing.max_wait.is_some_and(|max| wait > max) {
                return Err(wait);
            }
            // Taken now for the moment it starts, so requests behind it queue behind it.
            l.record(now + wait, now);
            wait
        };
        // Until it is time, the turn goes back if this future is dropped (its caller left).
        let mut taken = Taken { limiter: &limiter, at: Some(now + wait) };
        let mut waited = wait;
        let mut pause = wait;
        // A 429 seen while this one waited holds it too.
        while !pause.is_zero() {
            queueing.tell(pause);
            tokio::time::sleep(pause).await;
            pause = lock(&limiter).held_for(self.now());
            waited += pause;
        }
        taken.at = None;
        Ok(waited)
    }

    /// Holds every request of `tenant` for `hold` (after a 429, or a spent budget), on
    /// every replica when the windows are shared.
    pub async fn hold(&self, tenant: Tenant, hold: Duration) {
        let now = self.now();
        lock(&self.limiter(tenant)).pause_until(now + hold);
        if let Some(shared) = &self.inner.shared {
            shared_windows::hold(&shared.store, tenant, hold).await;
        }
    }
}

/// Waits for a turn taken in the shared windows, and for a pause any replica set
/// meanwhile; a turn left unused (the caller went away) is given back.
async fn wait_shared(store: &Arc<FleetStore>, tenant: Tenant, turn: Turn, queueing: &Queueing) -> Result<Duration, Duration> {
    let (wait, member) = match turn {
        Turn::TooFar(wait) => return Err(wait),
        Turn::Taken { wait, member } => (wait, member),
    };
    let mut unused = SharedTaken { store: store.clone(), tenant, member: Some(member) };
    let (mut waited, mut pause) = (wait, wait);
    while !pause.is_zero() {
        queueing.tell(pause);
        tokio::time::sleep(pause).await;
        pause = shared_windows::held_for(store, tenant).await.unwrap_or_default();
        waited += pause;
    }
    unused.member = None;
    Ok(waited)
}

/// A shared turn taken but not yet used; dropped unused, it is given back.
struct SharedTaken {
    store: Arc<FleetStore>,
    tenant: Tenant,
    member: Option<String>,
}

impl Drop for SharedTaken {
    fn drop(&mut self) {
        if let Some(member) = self.member.take() {
            shared_windows::give_back(self.store.clone(), self.tenant, member);
        }
    }
}

/// A turn taken but not yet used; dropped unused, it is given back.
struct Taken<'a> {
    limiter: &'a Mutex<RateLimiter>,
    at: Option<Duration>,
}

impl Drop for Taken<'_> {
    fn drop(&mut self) {
        if let Some(at) = self.at {
            lock(self.limiter).forget(at);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::tenant::ApiKey;

    fn tenant(key: &str) -> Tenant {
        ApiKey::new(key).unwrap().tenant()
    }

    #[tokio::test(start_paused = true)]
    async fn each_key_spends_its_own_budget() {
        let pacers = Pacers::new(Pacing::windows(vec![window(2, 10)]).unwrap());
        let (a, b) = (tenant("a"), tenant("b"));
        assert_eq!(pacers.turn(a, None).await, Ok(Duration::ZERO));
        assert_eq!(pacers.turn(a, None).await, Ok(Duration::ZERO));
        let third = pacers.turn(a, None).await.unwrap();
        assert!(third >= Duration::from_secs(10), "{third:?}");
        assert_eq!(pacers.turn(b, None).await, Ok(Duration::ZERO), "b does not wait for a");
    }

    #[tokio::test(start_paused = true)]
    async fn a_lower_lane_leaves_the_rest_of_each_window_to_the_full_budget() {
        let pacers = Pacers::new(Pacing::windows(vec![window(10, 10)]).unwrap());
        let a = tenant("a");
        let lower = Queueing { share: Some(0.5), ..Queueing::default() };
        for _ in 0..5 {
            assert_eq!(pacers.queue(a, &lower).await, Ok(Duration::ZERO));
        }
        // The sixth of the lower lane waits for the window; the full budget does not.
        let sixth = pacers.queue(a, &Queueing { max_wait: Some(Duration::from_secs(1)), ..lower.clone() }).await.unwrap_err();
        assert!(sixth >= Duration::from_secs(9), "{sixth:?}");
        for _ in 0..5 {
            assert_eq!(pacers.turn(a, None).await, Ok(Duration::ZERO), "the interactive half is free");
        }
        assert!(pacers.turn(a, None).await.unwrap() >= Duration::from_secs(9), "and no more than the budget");
    }

    #[tokio::test(start_paused = true)]
    async fn a_turn_too_far_away_is_refused_and_not_taken() {
        let pacers = Pacers::new(Pacing::windows(vec![window(1, 10)]).unwrap());
        let a = tenant("a");
        pacers.turn(a, Some(Duration::from_secs(1))).await.unwrap();
        let refused = pacers.turn(a, Some(Duration::from_secs(1))).await.unwrap_err();
        assert!(refused > Duration::from_secs(9), "{refused:?}");
        // The refusal took no turn: the next one is still the one after the first.
        assert!(pacers.turn(a, None).await.unwrap() <= Duration::from_secs(11));
    }

    #[tokio::test(start_paused = true)]
    async fn a_hold_stops_only_its_key_and_catches_requests_already_waiting() {
        let pacers = Pacers::new(Pacing::standard());
        let (a, b) = (tenant("a"), tenant("b"));
        pacers.hold(a, Duration::from_secs(30)).await;
        assert!(pacers.turn(a, Some(Duration::from_secs(5))).await.is_err());
        assert_eq!(pacers.turn(b, None).await, Ok(Duration::ZERO));
        let waited = pacers.turn(a, None).await.unwrap();
        assert!(waited >= Duration::from_secs(30), "{waited:?}");
    }

    #[tokio::test(start_paused = true)]
    async fn a_turn_abandoned_while_waiting_is_given_back() {
        let pacers = Pacers::new(Pacing::windows(vec![window(1, 10)]).unwrap());
        let a = tenant("a");
        pacers.turn(a, None).await.unwrap();
        for _ in 0..5 {
            // Waits 10 s for its turn; its caller leaves after one.
            let _ = tokio::time::timeout(Duration::from_secs(1), pacers.turn(a, None)).await;
        }
        let waited = pacers.turn(a, None).await.unwrap();
        assert!(waited <= Duration::from_secs(10), "the abandoned turns were given back: waited {waited:?}");
    }

    #[tokio::test(start_paused = true)]
    async fn a_key_on_a_plan_of_its_own_gets_that_budget_and_keeps_its_history() {
        let pacers = Pacers::new(Pacing::windows(vec![window(1, 10)]).unwrap());
        let (a, b) = (tenant("a"), tenant("b"));
        assert_eq!(pacers.turn(a, None).await, Ok(Duration::ZERO));
        pacers.plan(a, Pacing::windows(vec![window(3, 10)]).unwrap());
        assert_eq!(pacers.turn(a, None).await, Ok(Duration::ZERO));
        assert_eq!(pacers.turn(a, None).await, Ok(Duration::ZERO), "the first turn counts against the new budget of 3");
        assert!(pacers.turn(a, None).await.unwrap() >= Duration::from_secs(10));
        assert_eq!(pacers.turn(b, None).await, Ok(Duration::ZERO));
        assert!(pacers.turn(b, None).await.unwrap() >= Duration::from_secs(10), "other keys keep the default");
    }

    #[tokio::test]
    async fn with_the_fleet_store_down_each_replica_paces_alone_at_its_share() {
        let metrics = Arc::new(crate::core::metrics::Metrics::default());
        // Nothing listens on port 1: every round trip fails at once.
        let store = Arc::new(FleetStore::new("redis://127.0.0.1:1/0", metrics.clone()).unwrap());
        let pacers = Pacers::shared(Pacing::windows(vec![window(6, 10)]).unwrap(), store, Some(3));
        let a = tenant("a");
        assert_eq!(pacers.turn(a, Some(Duration::from_secs(1))).await, Ok(Duration::ZERO));
        assert_eq!(pacers.turn(a, Some(Duration::from_secs(1))).await, Ok(Duration::ZERO));
        let third = pacers.turn(a, Some(Duration::from_secs(1))).await.unwrap_err();
        assert!(third > Duration::from_secs(9), "6 per 10 s over 3 replicas is 2 each: {third:?}");
        let text = metrics.encode();
        assert!(text.contains(r#"smartlead_fleet_store_fallbacks_total{operation="pace"} 3"#), "{text}");
    }

    #[test]
    fn plans_match_smartlead_and_custom_windows_are_checked() {
        let budget = |p: &Pacing| p.as_windows().iter().map(|w| (w.max, w.window.as_secs())).collect::<Vec<_>>();
        assert_eq!(budget(&Pacing::standard()), [(60, 60), (10, 2), (1000, 3600)]);
        assert_eq!(budget(&Pacing::pro()), [(120, 60), (20, 1), (3000, 3600)]);
        assert!(Pacing::windows(vec![]).is_err());
        assert!(Pacing::windows(vec![window(0, 60)]).is_err());
        assert!(Pacing::windows(vec![window(5, 0)]).is_err());
    }
}
