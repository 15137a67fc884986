//! Test harness: a mock Smartlead on loopback and the real component behind the real
//! host, pointed at it. The tests live in `tests/`.

pub mod fleet;
pub mod postgres;

use serde_json::{Value, json};
use smartlead_host::surfaces::gateway::{Gateway, Limits, Options};
use smartlead_host::{ApiKey, Connector, Pacing, Settings, ToolError};
use smartlead_mock::{MockServer, Recorded};

pub const KEY: &str = "e2e-secret-key-0123456789";

pub struct Harness {
    pub mock: MockServer,
    pub connector: Connector,
}

impl Harness {
    pub fn new() -> Self {
        Self::with(|_| {})
    }

    /// A harness whose host settings `tune` adjusts. Its key may send 100 requests a
    /// second: tests that are about pacing set their own plan.
    pub fn with(tune: impl FnOnce(&mut Settings)) -> Self {
        Self::on(MockServer::start(KEY).expect("mock starts"), tune)
    }

    /// A harness whose mock takes any key as an account of its own, for many tenants.
    pub fn tenants(tune: impl FnOnce(&mut Settings)) -> Self {
        Self::on(MockServer::start_any_key(KEY).expect("mock starts"), tune)
    }

    fn on(mock: MockServer, tune: impl FnOnce(&mut Settings)) -> Self {
        let url = mock.base_url();
        let mut settings = Settings {
            api_key: smartlead_host::ApiKey::new(KEY),
            base_url: url.clone(),
            smartdelivery_base_url: url.clone(),
            prospect_base_url: url.clone(),
            smart_senders_base_url: url,
            pacing: Pacing::per_minute(6000),
            ..Settings::default()
        };
        tune(&mut settings);
        let connector = Connector::new(settings).expect("component loads");
        Harness { mock, connector }
    }

    /// Calls a tool that must succeed.
    pub async fn ok(&self, tool: &str, args: Value) -> Value {
        match self.call(tool, args.clone()).await {
            Ok(v) => v,
            Err(e) => panic!("{tool} {args} failed: {e}"),
        }
    }

    /// Calls a tool that must fail, and checks the key is not in the error.
    pub async fn err(&self, tool: &str, args: Value) -> ToolError {
        match self.call(tool, args.clone()).await {
            Ok(v) => panic!("{tool} {args} succeeded: {v}"),
            Err(e) => {
                assert!(!e.message.contains(KEY), "the key leaked into {e}");
                e
            }
        }
    }

    pub async fn call(&self, tool: &str, args: Value) -> Result<Value, ToolError> {
        let out = self.connector.call_tool(tool, &args).await.expect("the host runs the call");
        if let Ok(v) = &out {
            assert!(!v.to_string().contains(KEY), "the key leaked into a result");
        }
        out
    }

    /// Requests the mock received for `method path`.
    pub fn sent(&self, method: &str, path: &str) -> Vec<Recorded> {
        self.mock.requests().into_iter().filter(|r| r.method == method && r.path == path).collect()
    }

    pub fn request_count(&self) -> usize {
        self.mock.requests().len()
    }

    /// A new campaign holding `n` leads; returns the campaign id and the lead ids.
    pub async fn campaign_with_leads(&self, n: usize) -> (u64, Vec<u64>) {
        let campaign = self.ok("create_a_smartlead_campaign", json!({"name": "E2E"})).await["id"].as_u64().unwrap();
        let leads: Vec<Value> = (0..n)
            .map(|i| json!({"email": format!("lead{i}@example.com"), "first_name": format!("Lead{i}"), "company_name": "Example"}))
            .collect();
        self.ok("create_a_smartlead_campaign_lead", json!({"campaign_id": campaign, "lead_list": leads})).await;
        let ids = self.mock.with_store(|s| s.campaign_leads(campaign).map(|(lead, _)| *lead).collect());
        (campaign, ids)
    }

    /// A campaign of `n` leads that have each replied: conversations of the master
    /// inbox. Returns the campaign id and each conversation's map id, in lead order.
    pub async fn conversations(&self, n: usize) -> (u64, Vec<u64>) {
        let (campaign, leads) = self.campaign_with_leads(n).await;
        let maps = self.mock.with_store(|s| leads.iter().filter_map(|lead| s.receive_reply(campaign, *lead, "Tell me more")).collect());
        (campaign, maps)
    }

    /// Activity for the analytics reports, all on the mock's day (2025-11-25): campaign
    /// `replied`, of the seeded client, whose two leads both replied (one marked
    /// Interested), and campaign `quiet`, two leads and no reply.
    pub async fn analytics_activity(&self) -> Activity {
        let (replied, maps) = self.conversations(2).await;
        let (quiet, _) = self.campaign_with_leads(2).await;
        let client = self.mock.with_store(|s| {
            let client = *s.clients.keys().next().expect("the seeded client");
            s.campaigns.get_mut(&replied).expect("the campaign").client_id = Some(client);
            let first = *s.campaign_leads(replied).next().expect("a lead").0;
            s.memberships.get_mut(&(replied, first)).expect("its membership").category_id = Some(1);
            client
        });
        assert_eq!(maps.len(), 2);
        Activity { replied, quiet, client }
    }
}

/// What [`Harness::analytics_activity`] made.
pub struct Activity {
    pub replied: u64,
    pub quiet: u64,
    pub client: u64,
}

/// An HTTP answer: status, headers, body text.
pub struct HttpAnswer {
    pub status: u16,
    pub headers: hyper::HeaderMap,
    pub body: String,
}

impl HttpAnswer {
    /// The body as JSON (`null` when empty).
    pub fn json(&self) -> Value {
        if self.body.is_empty() { Value::Null } else { serde_json::from_str(&self.body).unwrap_or_else(|e| panic!("not JSON ({e}): {}", self.body)) }
    }
}

/// One HTTP/1.1 request over a fresh loopback connection: `target` is `http://host:port/path?query`;
/// a `host` among `headers` replaces the target's.
pub async fn http(method: &str, target: &str, headers: &[(&str, &str)], body: &str) -> anyhow::Result<HttpAnswer> {
    use http_body_util::BodyExt;
    let uri: hyper::Uri = target.parse()?;
    let authority = uri.authority().ok_or_else(|| anyhow::anyhow!("{target} has no host"))?.clone();
    let stream = tokio::net::TcpStream::connect(authority.as_str()).await?;
    let (mut sender, connection) = hyper::client::conn::http1::handshake(hyper_util::rt::TokioIo::new(stream)).await?;
    tokio::spawn(connection);
    let mut request = hyper::Request::builder().method(method).uri(uri.path_and_query().map_or("/", |p| p.as_str()));
    if !headers.iter().any(|(k, _)| k.eq_ignore_ascii_case("host")) {
        request = request.header("host", authority.as_str());
    }
    for (k, v) in headers {
        request = request.header(*k, *v);
    }
    let response = sender.send_request(request.body(http_body_util::Full::new(bytes::Bytes::from(body.to_string())))?).await?;
    let (parts, body) = response.into_parts();
    let body = String::from_utf8(body.collect().await?.to_bytes().to_vec())?;
    Ok(HttpAnswer { status: parts.status.as_u16(), headers: parts.headers, body })
}

/// The connector behind a native gateway on a free loopback port; returns its base URL.
pub async fn gateway(connector: &Connector, limits: Limits) -> String {
    serve(connector, Options { limits, ..Options::default() }).await
}

/// [`gateway`] with every option.
pub async fn serve(connector: &Connector, options: Options) -> String {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    tokio::spawn(Gateway::new(connector.clone(), options).unwrap().serve(listener));
    base
}

/// The whole tenant hash of `key`, as Redis names carry it.
pub fn tenant_hex(key: &str) -> String {
    ApiKey::new(key).expect("a key").tenant().hex()
}

/// The tenant label metrics carry for `key`.
pub fn tenant_of(key: &str) -> String {
    ApiKey::new(key).expect("a key").tenant().to_string()
}

/// The value of metric `name` for `tenant` in Prometheus text (0 when absent).
pub fn metric(text: &str, name: &str, tenant: &str) -> f64 {
    let label = format!("tenant=\"{tenant}\"");
    text.lines()
        .filter(|l| l.starts_with(&format!("{name}{{")) && l.contains(&label))
        .filter_map(|l| l.rsplit(' ').next()?.parse::<f64>().ok())
        .sum()
}

impl Default for Harness {
    fn default() -> Self {
        Self::new()
    }
}


/// A reply delivery as Smartlead documents it, for `lead` in `campaign`.
pub fn reply_delivery(campaign: u64, lead: u64, email: &str) -> Value {
    json!({
        "webhook_id": 1, "event_type": "EMAIL_REPLY", "campaign_id": campaign, "campaign_name": "E2E",
        "sl_email_lead_id": lead.to_string(), "sl_lead_email": email, "to_email": email, "from_email": "sender@example.com",
        "subject": "Re: hello", "event_timestamp": "2026-12-01T10:00:00Z", "sequence_number": 1,
        "reply_message": {"message_id": "<reply-1@example.com>", "text": "Sounds good, call me", "html": "<p>Sounds good, call me</p>"},
        "sent_message": {"message_id": "<sent-1@example.com>", "text": "hello"}
    })
}
