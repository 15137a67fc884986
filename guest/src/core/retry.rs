//! When to try a request again, as a pure function of what happened.

use crate::core::http::{HttpResponse, TransportError};
use std::time::Duration;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Attempt {
    /// Keep this outcome.
    Done,
    /// Send again after waiting this long.
    RetryAfter(Duration),
}

/// Marks a 429 that the host's pacer answered itself, because the request would have
/// waited for its key's turn longer than the host allows: it never reached Smartlead,
/// and retrying here would only queue again.
pub const PACER_REFUSAL_HEADER: &str = "x-smartlead-pacer";

/// Set by a pacing host on every answer: how long, in milliseconds, the request waited
/// for its key's turn before it left. That wait is the host's, not the attempt's.
pub const QUEUED_HEADER: &str = "x-smartlead-queued-ms";

const BASE_BACKOFF: Duration = Duration::from_millis(500);
const MAX_BACKOFF: Duration = Duration::from_secs(8);

/// Retries 429, 502, 503, 504 and transport failures while attempts remain; a 429
/// waits `Retry-After` when sent, everything else backs off exponentially with jitter.
/// `max_retries` is 0 for requests that are not safe to repeat.
pub fn decide(outcome: &Result<HttpResponse, TransportError>, attempt: u32, max_retries: u32, entropy: u64) -> Attempt {
    if attempt >= max_retries {
        return Attempt::Done;
    }
    let backoff = || {
        let exp = BASE_BACKOFF.saturating_mul(1 << attempt.min(8)).min(MAX_BACKOFF);
        // Up to +50% jitter so clients that failed together do not retry together.
        let jitter = exp.mul_f64((entropy % 1000) as f64 / 2000.0);
        exp + jitter
    };
    match outcome {
        Err(TransportError::Failed(_)) => Attempt::RetryAfter(backoff()),
        Err(TransportError::TooLarge { .. }) => Attempt::Done,
        Ok(r) if r.status == 429 && r.header(PACER_REFUSAL_HEADER).is_some() => Attempt::Done,
        Ok(r) if r.status == 429 => Attempt::RetryAfter(retry_after(r).unwrap_or_else(backoff)),
        Ok(r) if matches!(r.status, 502..=504) => Attempt::RetryAfter(backoff()),
        Ok(_) => Attempt::Done,
    }
}

/// `Retry-After` in seconds, or the `retry_after` field of Smartlead's documented 429 body.
pub fn retry_after(response: &HttpResponse) -> Option<Duration> {
    let header = response.header("retry-after").and_then(|v| v.trim().parse::<f64>().ok());
    let body = || {
        let v: serde_json::Value = serde_json::from_slice(&response.body).ok()?;
        v.get("error")?.get("retry_after")?.as_f64()
    };
    // Any finite, non-negative value is honoured up to a day; the deadline decides
    // whether waiting is worth it. (Fuzzing found `Retry-After: 1e300` panicking here.)
    let seconds = header.or_else(body).filter(|s| s.is_finite() && *s >= 0.0)?;
    Duration::try_from_secs_f64(seconds.min(MAX_RETRY_AFTER.as_secs_f64())).ok()
}

/// The longest `Retry-After` taken at its word.
const MAX_RETRY_AFTER: Duration = Duration::from_secs(24 * 3600);

#[cfg(test)]
mod tests {
    use super::*;

    fn status(code: u16, headers: &[(&str, &str)]) -> Result<HttpResponse, TransportError> {
        Ok(HttpResponse {
            status: code,
            headers: headers.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect(),
            body: Vec::new(),
        })
    }

    #[test]
    fn success_and_client_errors_are_final() {
        for code in [200, 400, 401, 404, 406, 422, 500] {
            assert_eq!(decide(&status(code, &[]), 0, 3, 0), Attempt::Done, "{code}");
        }
    }

    #[test]
    fn gateway_errors_and_transport_failures_back_off_exponentially() {
        for outcome in [status(502, &[]), status(503, &[]), status(504, &[]), Err(TransportError::Failed("reset".into()))] {
            assert_eq!(decide(&outcome, 0, 3, 0), Attempt::RetryAfter(Duration::from_millis(500)));
            assert_eq!(decide(&outcome, 2, 3, 0), Attempt::RetryAfter(Duration::from_millis(2000)));
            assert_eq!(decide(&outcome, 3, 3, 0), Attempt::Done);
        }
        let jittered = decide(&status(503, &[]), 1, 3, 999);
        assert_eq!(jittered, Attempt::RetryAfter(Duration::from_micros(1_499_500)));
    }

    #[test]
    fn an_oversized_body_is_not_retried() {
        assert_eq!(decide(&Err(TransportError::TooLarge { limit: 10 }), 0, 3, 0), Attempt::Done);
    }

    #[test]
    fn rate_limits_wait_as_told() {
        assert_eq!(decide(&status(429, &[("Retry-After", "7")]), 0, 3, 0), Attempt::RetryAfter(Duration::from_secs(7)));
        let body = Ok(HttpResponse {
            status: 429,
            headers: vec![],
            body: br#"{"error":{"code":"RATE_LIMIT_EXCEEDED","retry_after":30}}"#.to_vec(),
        });
        assert_eq!(decide(&body, 0, 3, 0), Attempt::RetryAfter(Duration::from_secs(30)));
        assert_eq!(decide(&status(429, &[]), 0, 0, 0), Attempt::Done, "never retried when not safe");
        let refused_by_host = status(429, &[("retry-after", "3"), (PACER_REFUSAL_HEADER, "queue-wait")]);
        assert_eq!(decide(&refused_by_host, 0, 3, 0), Attempt::Done, "the host's own refusal is final");
        let absurd = status(429, &[("retry-after", "1e300")]);
        assert_eq!(decide(&absurd, 0, 3, 0), Attempt::RetryAfter(MAX_RETRY_AFTER));
    }
}
