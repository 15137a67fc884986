//! Client-side rate limiting: a sliding-window log that never lets more requests
//! start in any window than Smartlead allows (default 60 per minute and 10 per 2 s).

use crate::core::http::HttpResponse;
use crate::core::retry;
use std::collections::VecDeque;
use std::time::Duration;

/// Smartlead counts a request when it arrives, a little after the client starts it;
/// waiting this much longer than the window keeps a full window from overlapping.
pub const LATENCY_ALLOWANCE: Duration = Duration::from_millis(50);

/// One limit: at most `max` request starts in any `window`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Window {
    pub max: u32,
    pub window: Duration,
}

#[derive(Debug, Clone)]
pub struct RateLimiter {
    windows: Vec<Window>,
    /// Start times of recent requests (and turns taken for ones waiting), oldest first;
    /// only those still inside the longest window are kept.
    starts: VecDeque<Duration>,
    /// Set from a 429 or `x-ratelimit-remaining: 0`: nothing starts before this.
    paused_until: Duration,
}

impl RateLimiter {
    /// `per_minute` requests a minute, in bursts of at most 10 per 2 s — Smartlead's
    /// standard plan. Budgets above 300 a minute belong to plans with larger bursts, so
    /// the 2 s window then grows with the budget (never below its average pace).
    pub fn per_minute(per_minute: u32) -> Self {
        RateLimiter::new(per_minute_windows(per_minute))
    }

    pub fn new(windows: Vec<Window>) -> Self {
        RateLimiter { windows, starts: VecDeque::new(), paused_until: Duration::ZERO }
    }

    /// Paces to `windows` from now on; the starts recorded so far count against them.
    pub fn set_windows(&mut self, windows: Vec<Window>) {
        self.windows = windows;
    }

    /// How long to wait, from `now`, before the next request may start.
    pub fn delay(&self, now: Duration) -> Duration {
        self.delay_within(now, 1.0)
    }

    /// How long a request of a lower lane waits, from `now`: until every window holds
    /// fewer starts (of every lane) than `share` of its budget (at least one), so the
    /// rest of each window stays free for the requests of the full budget.
    pub fn delay_within(&self, now: Duration, share: f64) -> Duration {
        let mut ready = self.paused_until.max(now);
        for w in &self.windows {
            let max = lane_max(w.max, share) as usize;
            let len = self.starts.len();
            if len >= max {
                // The request `max` places back must leave the window first.
                let blocking = self.starts[len - max];
                ready = ready.max(blocking + w.window + LATENCY_ALLOWANCE);
            }
        }
        ready - now
    }

    /// Records that a request starts at `at` (now, or the turn it waits for), forgetting
    /// starts that left every window by `now`. Kept by time, not count, so a turn given
    /// back (see [`RateLimiter::forget`]) leaves the ones before it in place.
    pub fn record(&mut self, at: Duration, now: Duration) {
        self.starts.push_back(at);
        let longest = self.windows.iter().map(|w| w.window).max().unwrap_or_default();
        while self.starts.front().is_some_and(|start| *start + longest + LATENCY_ALLOWANCE <= now) {
            self.starts.pop_front();
        }
    }

    /// Forgets one start recorded for `at`, a turn taken for a request that then did not
    /// go (its caller left while it waited), so the turn is free again.
    pub fn forget(&mut self, at: Duration) {
        if let Some(i) = self.starts.iter().rposition(|start| *start == at) {
            self.starts.remove(i);
        }
    }

    /// Holds every request until `until` (after a 429, or when the server's budget is spent).
    pub fn pause_until(&mut self, until: Duration) {
        self.paused_until = self.paused_until.max(until);
    }

    /// How long, from `now`, a pause still holds requests.
    pub fn held_for(&self, now: Duration) -> Duration {
        self.paused_until.saturating_sub(now)
    }

    /// Whether forgetting this limiter at `now` would change nothing: no pause, and no
    /// recorded start still inside a window.
    pub fn is_idle(&self, now: Duration) -> bool {
        let longest = self.windows.iter().map(|w| w.window).max().unwrap_or_default();
        self.paused_until <= now && self.starts.back().is_none_or(|last| *last + longest + LATENCY_ALLOWANCE <= now)
    }
}

/// What a lower lane taking `share` of a window's budget `max` may fill it to: at least one.
pub fn lane_max(max: u32, share: f64) -> u32 {
    ((max as f64 * share.clamp(0.0, 1.0)).floor() as u32).max(1)
}

/// `per_minute` requests a minute in bursts of at most 10 per 2 s (see [`RateLimiter::per_minute`]).
pub fn per_minute_windows(per_minute: u32) -> Vec<Window> {
    let per_minute = per_minute.max(1);
    let per_two_seconds = per_minute.min((per_minute / 30).max(10));
    vec![
        Window { max: per_minute, window: Duration::from_secs(60) },
        Window { max: per_two_seconds, window: Duration::from_secs(2) },
    ]
}

/// Unix times below this in `x-ratelimit-reset` are read as seconds to wait (a year).
const RESET_SECONDS_BELOW: u64 = 365 * 24 * 3600;
/// The longest hold a response can impose; beyond it the deadline decides anyway.
const MAX_HOLD: Duration = Duration::from_secs(3600);

/// How long `response` says to hold every request of its key, if at all: after a 429,
/// `Retry-After` (header, or the 429 body's `retry_after`), else 1 s; when
/// `x-ratelimit-remaining` is 0, until `x-ratelimit-reset` — a Unix time (`unix_now`
/// is the wall clock), or seconds to wait when small. One rule for the component's
/// limiter and the host's pacer.
pub fn hold_after(response: &HttpResponse, unix_now: Duration) -> Option<Duration> {
    if response.status == 429 {
        return Some(retry::retry_after(response).unwrap_or(Duration::from_secs(1)).min(MAX_HOLD));
    }
    let number = |name| response.header(name).and_then(|v| v.trim().parse::<u64>().ok());
    if number("x-ratelimit-remaining") != Some(0) {
        return None;
    }
    let hold = match number("x-ratelimit-reset") {
        Some(s) if s < RESET_SECONDS_BELOW => Duration::from_secs(s),
        Some(at) => Duration::from_secs(at).saturating_sub(unix_now),
        None => Duration::from_secs(1),
    };
    Some(hold.min(MAX_HOLD))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn secs(s: f64) -> Duration {
        Duration::from_secs_f64(s)
    }

    #[test]
    fn bursts_of_ten_then_waits_for_the_two_second_window() {
        let mut l = RateLimiter::per_minute(60);
        for _ in 0..10 {
            assert_eq!(l.delay(secs(0.0)), Duration::ZERO);
            l.record(secs(0.0), secs(0.0));
        }
        assert_eq!(l.delay(secs(0.5)), secs(1.5) + LATENCY_ALLOWANCE);
    }

    #[test]
    fn never_more_than_per_minute_in_any_minute() {
        let mut l = RateLimiter::per_minute(60);
        let mut now = Duration::ZERO;
        let mut starts = Vec::new();
        for _ in 0..200 {
            now += l.delay(now);
            l.record(now, now);
            starts.push(now);
        }
        for (i, t) in starts.iter().enumerate() {
            let in_minute = starts[i..].iter().take_while(|s| **s < *t + secs(60.0)).count();
            let in_two = starts[i..].iter().take_while(|s| **s < *t + secs(2.0)).count();
            assert!(in_minute <= 60, "{in_minute} starts in a minute from {t:?}");
            assert!(in_two <= 10, "{in_two} starts in 2 s from {t:?}");
        }
        // And it uses the whole budget: bursts of 10 every 2 s until 60 have gone, then
        // the next 60 a minute later; the 200th request starts at 3 min + 2 s, give or
        // take the latency allowances.
        assert!(now > secs(182.0) && now < secs(182.5), "{now:?}");
    }

    #[test]
    fn larger_budgets_get_larger_bursts() {
        let burst = |rpm| {
            let mut l = RateLimiter::per_minute(rpm);
            (0..1000).take_while(|_| l.delay(Duration::ZERO).is_zero() && { l.record(Duration::ZERO, Duration::ZERO); true }).count()
        };
        assert_eq!((burst(5), burst(60), burst(300), burst(600), burst(6000)), (5, 10, 10, 20, 200));
    }

    #[test]
    fn a_pause_holds_everything() {
        let mut l = RateLimiter::per_minute(60);
        l.pause_until(secs(30.0));
        assert_eq!(l.delay(secs(10.0)), secs(20.0));
        assert_eq!(l.held_for(secs(10.0)), secs(20.0));
        assert_eq!(l.delay(secs(31.0)), Duration::ZERO);
        assert_eq!(l.held_for(secs(31.0)), Duration::ZERO);
    }

    #[test]
    fn a_forgotten_turn_is_free_again_and_the_ones_before_it_still_count() {
        let mut l = RateLimiter::new(vec![Window { max: 1, window: secs(3.0) }]);
        l.record(secs(0.0), secs(0.0));
        let turn = secs(0.1) + l.delay(secs(0.1));
        assert_eq!(turn, secs(3.0) + LATENCY_ALLOWANCE);
        l.record(turn, secs(0.1));
        assert_eq!(l.delay(secs(0.2)), turn + secs(3.0) + LATENCY_ALLOWANCE - secs(0.2), "the next turn queues behind it");
        l.forget(turn);
        assert_eq!(l.delay(secs(0.2)), turn - secs(0.2), "its turn is the next one again, and the first start still counts");
    }

    #[test]
    fn a_limiter_is_idle_once_its_windows_and_pause_have_passed() {
        let mut l = RateLimiter::per_minute(60);
        assert!(l.is_idle(Duration::ZERO));
        l.record(secs(1.0), secs(1.0));
        assert!(!l.is_idle(secs(60.0)));
        assert!(l.is_idle(secs(61.1)));
        l.pause_until(secs(100.0));
        assert!(!l.is_idle(secs(99.0)));
    }

    fn answer(status: u16, headers: &[(&str, &str)], body: &str) -> HttpResponse {
        let headers = headers.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect();
        HttpResponse { status, headers, body: body.as_bytes().to_vec() }
    }

    #[test]
    fn responses_say_how_long_to_hold_the_key() {
        let now = Duration::from_secs(1_800_000_000);
        assert_eq!(hold_after(&answer(200, &[], ""), now), None);
        assert_eq!(hold_after(&answer(429, &[("retry-after", "7")], ""), now), Some(secs(7.0)));
        assert_eq!(hold_after(&answer(429, &[], r#"{"error":{"retry_after":30}}"#), now), Some(secs(30.0)));
        assert_eq!(hold_after(&answer(429, &[], ""), now), Some(secs(1.0)));
        let spent = |reset: &str| hold_after(&answer(200, &[("x-ratelimit-remaining", "0"), ("x-ratelimit-reset", reset)], ""), now);
        assert_eq!(spent("12"), Some(secs(12.0)), "small values are seconds");
        assert_eq!(spent("1800000045"), Some(secs(45.0)), "large values are a Unix time");
        assert_eq!(spent("1799999990"), Some(Duration::ZERO), "a reset in the past holds nothing");
        assert_eq!(spent("9999999999"), Some(MAX_HOLD));
        assert_eq!(hold_after(&answer(200, &[("x-ratelimit-remaining", "3"), ("x-ratelimit-reset", "12")], ""), now), None);
        assert_eq!(hold_after(&answer(200, &[("x-ratelimit-remaining", "0")], ""), now), Some(secs(1.0)));
    }
}
