//! Client-side rate limiting: a sliding-window log that never lets more requests
//! start in any window than Smartlead allows (default 60 per minute and 10 per 2 s).

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
    /// Start times of recent requests, oldest first; never longer than the largest `max`.
    starts: VecDeque<Duration>,
    /// Set from a 429 or `x-ratelimit-remaining: 0`: nothing starts before this.
    paused_until: Duration,
}

impl RateLimiter {
    /// `per_minute` requests a minute, in bursts of at most 10 per 2 s — Smartlead's
    /// standard plan. Budgets above 300 a minute belong to plans with larger bursts, so
    /// the 2 s window then grows with the budget (never below its average pace).
    pub fn per_minute(per_minute: u32) -> Self {
        let per_minute = per_minute.max(1);
        let per_two_seconds = per_minute.min((per_minute / 30).max(10));
        RateLimiter::new(vec![
            Window { max: per_minute, window: Duration::from_secs(60) },
            Window { max: per_two_seconds, window: Duration::from_secs(2) },
        ])
    }

    pub fn new(windows: Vec<Window>) -> Self {
        RateLimiter { windows, starts: VecDeque::new(), paused_until: Duration::ZERO }
    }

    /// How long to wait, from `now`, before the next request may start.
    pub fn delay(&self, now: Duration) -> Duration {
        let mut ready = self.paused_until.max(now);
        for w in &self.windows {
            let len = self.starts.len();
            if len >= w.max as usize {
                // The request `max` places back must leave the window first.
                let blocking = self.starts[len - w.max as usize];
                ready = ready.max(blocking + w.window + LATENCY_ALLOWANCE);
            }
        }
        ready - now
    }

    /// Records that a request started at `now`.
    pub fn record(&mut self, now: Duration) {
        self.starts.push_back(now);
        let keep = self.windows.iter().map(|w| w.max as usize).max().unwrap_or(0);
        while self.starts.len() > keep {
            self.starts.pop_front();
        }
    }

    /// Holds every request until `until` (after a 429, or when the server's budget is spent).
    pub fn pause_until(&mut self, until: Duration) {
        self.paused_until = self.paused_until.max(until);
    }
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
            l.record(secs(0.0));
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
            l.record(now);
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
            (0..1000).take_while(|_| l.delay(Duration::ZERO).is_zero() && { l.record(Duration::ZERO); true }).count()
        };
        assert_eq!((burst(5), burst(60), burst(300), burst(600), burst(6000)), (5, 10, 10, 20, 200));
    }

    #[test]
    fn a_pause_holds_everything() {
        let mut l = RateLimiter::per_minute(60);
        l.pause_until(secs(30.0));
        assert_eq!(l.delay(secs(10.0)), secs(20.0));
        assert_eq!(l.delay(secs(31.0)), Duration::ZERO);
    }
}
