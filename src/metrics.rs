//! Prometheus metrics at `GET /metrics`. Labels are route templates, methods, statuses,
//! channels and outcomes — never anything a person typed, a code or an address.

use prometheus_client::encoding::EncodeLabelSet;
use prometheus_client::metrics::counter::Counter;
use prometheus_client::metrics::family::Family;
use prometheus_client::metrics::histogram::{Histogram, exponential_buckets};
use prometheus_client::registry::Registry;

/// Labels of one HTTP request.
#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct RequestLabels {
    method: String,
    route: String,
    status: u16,
}

/// Labels naming a route.
#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct RouteLabels {
    route: String,
}

/// One label naming a kind.
#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct KindLabels {
    kind: String,
}

type HistogramFamily = Family<RouteLabels, Histogram, fn() -> Histogram>;

/// The instance's metrics.
pub struct Metrics {
    registry: Registry,
    requests: Family<RequestLabels, Counter>,
    durations: HistogramFamily,
    enquiries: Family<KindLabels, Counter>,
    receipt_lookups: Family<KindLabels, Counter>,
    connections_refused: Counter,
}

impl std::fmt::Debug for Metrics {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Metrics")
    }
}

impl Default for Metrics {
    fn default() -> Self {
        Self::new()
    }
}

fn latency_histogram() -> Histogram {
    Histogram::new(exponential_buckets(0.0005, 2.0, 16))
}

impl Metrics {
    /// Registers every metric.
    pub fn new() -> Self {
        let mut registry = Registry::with_prefix("kontaktpunkt");
        let requests = Family::<RequestLabels, Counter>::default();
        let durations: HistogramFamily = Family::new_with_constructor(latency_histogram);
        let enquiries = Family::<KindLabels, Counter>::default();
        let receipt_lookups = Family::<KindLabels, Counter>::default();
        registry.register(
            "http_requests",
            "HTTP requests by route template and status",
            requests.clone(),
        );
        registry.register(
            "http_request_duration_seconds",
            "HTTP request latency by route template",
            durations.clone(),
        );
        registry.register("enquiries", "Enquiries stored, by channel", enquiries.clone());
        registry.register(
            "receipt_lookups",
            "Receipt-code look-ups, by outcome",
            receipt_lookups.clone(),
        );
        let connections_refused = Counter::default();
        registry.register(
            "connections_refused",
            "Connections closed on arrival because http.max_connections were open",
            connections_refused.clone(),
        );
        Self {
            connections_refused,
            registry,
            requests,
            durations,
            enquiries,
            receipt_lookups,
        }
    }

    /// Counts a finished request.
    pub fn observe_request(&self, method: &str, route: &str, status: u16, seconds: f64) {
        self.requests
            .get_or_create(&RequestLabels {
                method: method.to_owned(),
                route: route.to_owned(),
                status,
            })
            .inc();
        self.durations
            .get_or_create(&RouteLabels {
                route: route.to_owned(),
            })
            .observe(seconds);
    }

    /// Counts a stored enquiry.
    pub fn enquiry_stored(&self, channel: &str) {
        self.enquiries
            .get_or_create(&KindLabels {
                kind: channel.to_owned(),
            })
            .inc();
    }

    /// Counts a receipt look-up (`found`, `unknown`, `malformed`, `limited`).
    pub fn receipt_lookup(&self, outcome: &'static str) {
        self.receipt_lookups
            .get_or_create(&KindLabels {
                kind: outcome.to_owned(),
            })
            .inc();
    }

    /// Counts a connection closed on arrival (over `http.max_connections`).
    pub fn connection_refused(&self) {
        self.connections_refused.inc();
    }

    /// The metrics in Prometheus text format.
    pub fn encode(&self) -> String {
        let mut out = String::new();
        if prometheus_client::encoding::text::encode(&mut out, &self.registry).is_err() {
            out.clear();
        }
        out
    }
}
