//! What the host counts, per tenant (a short hash of the key, never the key), served as
//! Prometheus text at `GET /metrics` by `smartlead serve` and `smartlead mcp --http`.

use crate::core::tenant::Tenant;
use prometheus_client::encoding::EncodeLabelSet;
use prometheus_client::metrics::counter::Counter;
use prometheus_client::metrics::family::Family;
use prometheus_client::metrics::gauge::Gauge;
use prometheus_client::metrics::histogram::{Histogram, exponential_buckets};
use prometheus_client::registry::Registry;
use std::time::Duration;

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct ByTenant {
    tenant: String,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct ByStatus {
    tenant: String,
    /// The HTTP status Smartlead answered, or `error` when it did not answer.
    status: String,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct ByReason {
    reason: String,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct ByOperation {
    operation: String,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct ByOutcome {
    outcome: String,
}

/// Why a call was answered without being served.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refusal {
    /// Every slot and the queue behind them were taken (503).
    QueueFull,
    /// Its key's turn was further away than `--max-queue-wait` (429).
    QueueWait,
}

fn seconds() -> Histogram {
    // 1 ms … about 65 s.
    Histogram::new(exponential_buckets(0.001, 2.0, 17))
}

type Histograms = Family<ByTenant, Histogram, fn() -> Histogram>;

/// The host's counters; one set per process, shared by every surface.
pub struct Metrics {
    registry: Registry,
    calls: Family<ByTenant, Counter>,
    upstream: Family<ByStatus, Counter>,
    rate_limited: Family<ByTenant, Counter>,
    retries: Family<ByTenant, Counter>,
    pacing_wait: Histograms,
    upstream_latency: Histograms,
    call_duration: Histograms,
    in_flight: Family<ByTenant, Gauge>,
    refused: Family<ByReason, Counter>,
    webhook_events: Family<ByOutcome, Counter>,
    reply_actions: Family<ByOutcome, Counter>,
    event_deliveries: Family<ByOutcome, Counter>,
    fleet_store_fallbacks: Family<ByOperation, Counter>,
    fleet_store_round_trip: Histogram,
    instances: Counter,
}

impl Default for Metrics {
    fn default() -> Self {
        let mut m = Metrics {
            registry: Registry::with_prefix("smartlead"),
            calls: Family::default(),
            upstream: Family::default(),
            rate_limited: Family::default(),
            retries: Family::default(),
            pacing_wait: Family::new_with_constructor(seconds),
            upstream_latency: Family::new_with_constructor(seconds),
            call_duration: Family::new_with_constructor(seconds),
            in_flight: Family::default(),
            refused: Family::default(),
            webhook_events: Family::default(),
            reply_actions: Family::default(),
            event_deliveries: Family::default(),
            fleet_store_fallbacks: Family::default(),
            // 0.1 ms … about 0.4 s.
            fleet_store_round_trip: Histogram::new(exponential_buckets(0.0001, 2.0, 13)),
            instances: Counter::default(),
        };
        let r = &mut m.registry;
        r.register("calls", "Calls served: gateway requests and MCP tool calls", m.calls.clone());
        r.register("upstream_requests", "Requests sent to Smartlead, by the status it answered", m.upstream.clone());
        r.register("upstream_rate_limited", "429 answers from Smartlead", m.rate_limited.clone());
        r.register("upstream_retries", "Requests the component sent again after a failure", m.retries.clone());
        r.register("pacing_wait_seconds", "Time a request waited for its key's turn", m.pacing_wait.clone());
        r.register("upstream_latency_seconds", "Time from sending a request to Smartlead's answer headers", m.upstream_latency.clone());
        r.register("call_duration_seconds", "Time to serve a call, waits included", m.call_duration.clone());
        r.register("in_flight_calls", "Calls being served now", m.in_flight.clone());
        r.register("refused_calls", "Calls answered without being served (queue_full: 503, queue_wait: 429)", m.refused.clone());
        r.register("webhook_events", "Webhook events the receiver handed on: stored, duplicate (kept before), not_kept (503)", m.webhook_events.clone());
        r.register("reply_actions", "Reply actions run by --on-reply, by what came of them: done, retrying, failed", m.reply_actions.clone());
        r.register("event_deliveries", "Attempts to deliver events to the platform's subscriptions, by what came of them: delivered, retrying, failed", m.event_deliveries.clone());
        r.register("fleet_store_fallbacks", "Decisions made locally because the fleet store (Redis) did not answer: pace, hold, dedupe", m.fleet_store_fallbacks.clone());
        r.register("fleet_store_round_trip_seconds", "Time of one answered round trip to the fleet store", m.fleet_store_round_trip.clone());
        r.register("instances", "Instances of the component made (the MCP server and the gateway keep one whose call ended normally for the next call with the same key)", m.instances.clone());
        m
    }
}

fn label(tenant: Tenant) -> ByTenant {
    ByTenant { tenant: tenant.to_string() }
}

impl Metrics {
    /// The registry in Prometheus text format.
    pub fn encode(&self) -> String {
        let mut text = String::new();
        prometheus_client::encoding::text::encode(&mut text, &self.registry).expect("writing to a String cannot fail");
        text
    }

    /// Counts a call for the tenant until the guard is dropped, then records its duration.
    pub fn call(&self, tenant: Tenant) -> CallGuard<'_> {
        self.calls.get_or_create(&label(tenant)).inc();
        self.in_flight.get_or_create(&label(tenant)).inc();
        CallGuard { metrics: self, tenant, started: std::time::Instant::now() }
    }

    pub fn upstream(&self, tenant: Tenant, status: Option<u16>, latency: Duration) {
        let status = status.map_or_else(|| "error".to_string(), |s| s.to_string());
        self.upstream.get_or_create(&ByStatus { tenant: tenant.to_string(), status }).inc();
        self.upstream_latency.get_or_create(&label(tenant)).observe(latency.as_secs_f64());
    }

    pub fn rate_limited(&self, tenant: Tenant) {
        self.rate_limited.get_or_create(&label(tenant)).inc();
    }

    pub fn retry(&self, tenant: Tenant) {
        self.retries.get_or_create(&label(tenant)).inc();
    }

    pub fn paced(&self, tenant: Tenant, waited: Duration) {
        self.pacing_wait.get_or_create(&label(tenant)).observe(waited.as_secs_f64());
    }

    /// Counts an instance of the component made.
    pub fn instance(&self) {
        self.instances.inc();
    }

    pub fn refused(&self, why: Refusal) {
        let reason = match why {
            Refusal::QueueFull => "queue_full",
            Refusal::QueueWait => "queue_wait",
        };
        self.refused.get_or_create(&ByReason { reason: reason.into() }).inc();
    }
}

impl Metrics {
    /// Counts a webhook event by what became of it (`stored`, `duplicate`, `not_kept`).
    pub fn webhook_event(&self, outcome: &str) {
        self.webhook_events.get_or_create(&ByOutcome { outcome: outcome.into() }).inc();
    }

    /// Counts a decision made locally because the fleet store did not answer.
    pub fn fleet_store_fallback(&self, operation: &str) {
        self.fleet_store_fallbacks.get_or_create(&ByOperation { operation: operation.into() }).inc();
    }

    pub fn fleet_store_round_trip(&self, took: Duration) {
        self.fleet_store_round_trip.observe(took.as_secs_f64());
    }

    /// Counts an attempt to deliver an event to a subscription by what came of it.
    pub fn event_delivery(&self, outcome: &str) {
        self.event_deliveries.get_or_create(&ByOutcome { outcome: outcome.into() }).inc();
    }

    /// Counts a reply action's attempt by its status afterwards.
    pub fn reply_action(&self, status: &str) {
        self.reply_actions.get_or_create(&ByOutcome { outcome: status.into() }).inc();
    }
}

/// A call in flight; see [`Metrics::call`].
pub struct CallGuard<'a> {
    metrics: &'a Metrics,
    tenant: Tenant,
    started: std::time::Instant,
}

impl Drop for CallGuard<'_> {
    fn drop(&mut self) {
        self.metrics.in_flight.get_or_create(&label(self.tenant)).dec();
        self.metrics.call_duration.get_or_create(&label(self.tenant)).observe(self.started.elapsed().as_secs_f64());
    }
}
