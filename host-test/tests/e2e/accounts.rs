//! Linked accounts: the same store suite on SQLite and a real Postgres, linking through
//! the gateway (checked with Smartlead, never stored when refused, never followed
//! through a redirect), calls by account id or name, rotation, unlinking, two replicas
//! on one Postgres, 50 accounts at once, pacing by the account's plan, and no key in any
//! answer, metric or database file.

use host_test::postgres::Postgres;
use host_test::{Harness, http, serve};
use serde_json::json;
use smartlead_host::accounts::{AccountError, Accounts, Linked, link};
use smartlead_host::egress::pacer::Plan;
use smartlead_host::surfaces::gateway::{Limits, Options};
use smartlead_host::{ApiKey, Connector, Pacing, Settings};
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

const MASTER: &str = "8f3a9c1d2e4b5a6978c0d1e2f3a4b5c6d7e8f9a0b1c2d3e4f5a6b7c8d9e0f1a2";
const OTHER_MASTER: &str = "0000000000000000000000000000000000000000000000000000000000000001";
const UNIFIED: &str = "/unified/marketing-automation/campaigns";

fn sqlite_file(name: &str) -> PathBuf {
    let dir = smartlead_test_support::temp_dir(name);
    std::fs::create_dir_all(&dir).unwrap();
    dir.join("accounts.db")
}

fn key(text: &str) -> ApiKey {
    ApiKey::new(text).unwrap()
}

/// Whether any file below `path` (or the file itself) holds `needle`.
fn found_in_files(path: &std::path::Path, needle: &str) -> bool {
    if path.is_dir() {
        return std::fs::read_dir(path).unwrap().flatten().any(|e| found_in_files(&e.path(), needle));
    }
    std::fs::read(path).is_ok_and(|bytes| bytes.windows(needle.len()).any(|w| w == needle.as_bytes()))
}

const SUITE_KEYS: [&str; 3] = ["suite-key-aaaaaaaaaaaaaaaa", "suite-key-bbbbbbbbbbbbbbbb", "suite-key-cccccccccccccccc"];

/// What every backend must do, whatever it is.
async fn store_suite(location: &str) {
    let accounts = Accounts::open_at(location, MASTER).await.unwrap();
    assert!(accounts.list(None).await.unwrap().is_empty());
    let (acme, linked) = accounts.put("acme", &key(SUITE_KEYS[0]), Plan::Standard).await.unwrap();
    assert_eq!((linked, acme.name.as_str(), acme.plan), (Linked::Created, "acme", Plan::Standard));
    assert!(acme.id.starts_with("acct_") && acme.verified_at.is_some());
    assert_eq!(accounts.find(&acme.id).await.unwrap(), acme, "found by id");
    assert_eq!(accounts.find("acme").await.unwrap(), acme, "found by name");
    assert_eq!(accounts.key("acme").await.unwrap().1.expose(), SUITE_KEYS[0]);

    let (rotated, linked) = accounts.put("acme", &key(SUITE_KEYS[1]), Plan::Pro).await.unwrap();
    assert_eq!(linked, Linked::Rotated);
    assert_eq!((&rotated.id, &rotated.created_at, rotated.plan), (&acme.id, &acme.created_at, Plan::Pro), "rotated in place");
    assert_eq!(accounts.key(&acme.id).await.unwrap().1.expose(), SUITE_KEYS[1], "the new key replaced the old");

    accounts.put("globex", &key(SUITE_KEYS[2]), Plan::Standard).await.unwrap();
    let names: Vec<String> = accounts.list(None).await.unwrap().into_iter().map(|a| a.name).collect();
    assert_eq!(names, ["acme", "globex"]);
    for bad in ["", "has space", "acct_lookalike", &"x".repeat(65)] {
        assert!(matches!(accounts.put(bad, &key(SUITE_KEYS[0]), Plan::Standard).await, Err(AccountError::Invalid(_))), "{bad:?}");
    }

    assert_eq!(accounts.unlink("acme").await.unwrap().id, acme.id);
    assert!(matches!(accounts.key("acme").await, Err(AccountError::NotFound(_))));
    assert!(matches!(accounts.key(&acme.id).await, Err(AccountError::NotFound(_))));
    assert!(matches!(accounts.unlink("acme").await, Err(AccountError::NotFound(_))));
    drop(accounts);

    match Accounts::open_at(location, OTHER_MASTER).await {
        Err(AccountError::Invalid(message)) => assert!(message.contains("does not open the accounts store"), "{message}"),
        Err(other) => panic!("a wrong master key: {other}"),
        Ok(_) => panic!("a wrong master key opened the store"),
    }
    let reopened = Accounts::open_at(location, MASTER).await.unwrap();
    assert_eq!(reopened.key("globex").await.unwrap().1.expose(), SUITE_KEYS[2], "kept across opening again");
    assert!(matches!(Accounts::open_at(location, "not-a-key").await, Err(AccountError::Invalid(_))));
}

#[tokio::test]
async fn the_store_suite_passes_on_sqlite() {
    let file = sqlite_file("suite");
    store_suite(file.to_str().unwrap()).await;
    for secret in SUITE_KEYS {
        assert!(!found_in_files(file.parent().unwrap(), secret), "{secret} is in the database file in clear");
    }
    use std::os::unix::fs::PermissionsExt;
    assert_eq!(std::fs::metadata(&file).unwrap().permissions().mode() & 0o777, 0o600, "only its owner reads the file");
}

#[tokio::test]
async fn the_store_suite_passes_on_postgres() {
    let pg = Postgres::start().unwrap();
    store_suite(&pg.url).await;
    pg.psql("CHECKPOINT").unwrap();
    assert_eq!(pg.psql("SELECT count(*) FROM smartlead_accounts").unwrap().trim(), "1");
    for secret in SUITE_KEYS {
        assert!(!found_in_files(pg.data_dir(), secret), "{secret} is in the Postgres files in clear");
    }
}

/// A gateway in front of `connector` whose requests may name the accounts in `accounts`.
async fn gateway_with(connector: &Connector, accounts: Arc<Accounts>, limits: Limits) -> String {
    serve(connector, Options { accounts: Some(accounts), limits, ..Options::default() }).await
}

async fn post_account(base: &str, name: &str, api_key: &str, plan: &str) -> host_test::HttpAnswer {
    let body = json!({"name": name, "api_key": api_key, "plan": plan}).to_string();
    http("POST", &format!("{base}/accounts"), &[("content-type", "application/json")], &body).await.unwrap()
}

async fn get(base: &str, path: &str, headers: &[(&str, &str)]) -> host_test::HttpAnswer {
    http("GET", &format!("{base}{path}"), headers, "").await.unwrap()
}

fn campaign_names(answer: &host_test::HttpAnswer) -> Vec<String> {
    answer.json()["result"].as_array().unwrap_or_else(|| panic!("{}", answer.body)).iter().map(|c| c["name"].as_str().unwrap_or("").to_string()).collect()
}

/// The keys the mock's recorded requests carried, in order.
fn keys_sent(h: &Harness) -> Vec<String> {
    h.mock.requests().iter().filter_map(|r| r.query("api_key").map(str::to_string)).collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn link_call_by_id_rotate_and_unlink_through_the_gateway() {
    let (old, new) = ("acme-old-key-0123456789abcdef", "acme-new-key-0123456789abcdef");
    let h = Harness::tenants(|_| {});
    for k in [old, new] {
        h.mock.with_account(k, |s| s.create_campaign(Some("Acme outreach"), None));
    }
    let accounts = Arc::new(Accounts::open_at(sqlite_file("gateway").to_str().unwrap(), MASTER).await.unwrap());
    let base = gateway_with(&h.connector, accounts, Limits::default()).await;

    let linked = post_account(&base, "acme", old, "standard").await;
    assert_eq!(linked.status, 201, "{}", linked.body);
    let id = linked.json()["result"]["id"].as_str().unwrap().to_string();
    assert_eq!(linked.json()["linked"], "created");
    assert_eq!(keys_sent(&h), [old], "linking made one read with the key");

    let by_header = get(&base, UNIFIED, &[("x-smartlead-account", &id)]).await;
    assert_eq!(by_header.status, 200, "{}", by_header.body);
    assert!(campaign_names(&by_header).contains(&"Acme outreach".to_string()));
    let by_query = get(&base, &format!("{UNIFIED}?integrated_account_id={id}&limit=5"), &[]).await;
    assert_eq!((by_query.status, campaign_names(&by_query)), (200, campaign_names(&by_header)));
    let by_name = get(&base, "/proxy/campaigns?integrated_account_id=acme", &[]).await;
    assert_eq!(by_name.status, 200, "{}", by_name.body);
    let proxied = h.mock.requests().last().unwrap().clone();
    assert!(proxied.query("integrated_account_id").is_none(), "the account's name went on to Smartlead: {:?}", proxied.query);
    assert_eq!(keys_sent(&h), [old; 4], "every call spent the account's key, never the host's");

    let rotated = post_account(&base, "acme", new, "standard").await;
    assert_eq!((rotated.status, rotated.json()["linked"].as_str(), rotated.json()["result"]["id"].as_str()), (200, Some("rotated"), Some(id.as_str())));
    get(&base, UNIFIED, &[("x-smartlead-account", &id)]).await;
    assert_eq!(&keys_sent(&h)[4..], [new, new], "after rotating only the new key is sent");

    let listed = get(&base, "/accounts", &[]).await;
    assert_eq!((listed.status, listed.json()["result_count"].as_u64()), (200, Some(1)));
    assert_eq!(listed.json()["result"][0]["name"], "acme");

    let unlinked = http("DELETE", &format!("{base}/accounts/{id}"), &[], "").await.unwrap();
    assert_eq!(unlinked.status, 200, "{}", unlinked.body);
    let sent_before = h.mock.requests().len();
    let refused = get(&base, UNIFIED, &[("x-smartlead-account", &id)]).await;
    assert_eq!((refused.status, refused.json()["kind"].as_str()), (401, Some("unauthorized")), "{}", refused.body);
    assert_eq!(h.mock.requests().len(), sent_before, "a call by an unlinked id sent nothing");
    assert_eq!(get(&base, &format!("/accounts/{id}"), &[]).await.status, 404);

    let both = get(&base, UNIFIED, &[("x-smartlead-account", "acme"), ("x-smartlead-api-key", new)]).await;
    assert_eq!((both.status, both.json()["kind"].as_str()), (400, Some("invalid_input")));
    let metrics = get(&base, "/metrics", &[]).await.body;
    for answer in [&linked, &by_header, &by_query, &by_name, &rotated, &listed, &unlinked, &refused, &both] {
        assert!(!answer.body.contains(old) && !answer.body.contains(new), "a key in an answer: {}", answer.body);
    }
    assert!(!metrics.contains(old) && !metrics.contains(new));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_wrong_key_is_refused_at_link_time_and_nothing_is_stored() {
    let h = Harness::new();
    let accounts = Arc::new(Accounts::open_at(sqlite_file("wrong").to_str().unwrap(), MASTER).await.unwrap());
    let base = gateway_with(&h.connector, accounts.clone(), Limits::default()).await;
    let wrong = "not-this-accounts-key-0123456789";
    let refused = post_account(&base, "acme", wrong, "standard").await;
    assert_eq!((refused.status, refused.json()["kind"].as_str()), (422, Some("unauthorized")), "{}", refused.body);
    assert!(refused.json()["message"].as_str().unwrap().contains("nothing was stored"), "{}", refused.body);
    assert!(!refused.body.contains(wrong));
    assert!(accounts.list(None).await.unwrap().is_empty(), "a refused key was stored");
    let bad = http("POST", &format!("{base}/accounts"), &[], r#"{"name": "acme"}"#).await.unwrap();
    assert_eq!((bad.status, bad.json()["kind"].as_str()), (400, Some("invalid_input")));
}

/// Smartlead answering with a redirect: linking fails, and the key never reaches where it points.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_redirect_never_carries_the_key_elsewhere() {
    let elsewhere = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let target = format!("http://{}/steal", elsewhere.local_addr().unwrap());
    let redirector = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let base_url = format!("http://{}/api/v1", redirector.local_addr().unwrap());
    tokio::spawn(async move {
        use tokio::io::{AsyncReadExt, AsyncWriteExt};
        while let Ok((mut stream, _)) = redirector.accept().await {
            let mut buffer = [0u8; 4096];
            let _ = stream.read(&mut buffer).await;
            let answer = format!("HTTP/1.1 302 Found\r\nlocation: {target}\r\ncontent-length: 0\r\n\r\n");
            let _ = stream.write_all(answer.as_bytes()).await;
        }
    });
    let connector = Connector::new(Settings { base_url, max_retries: Some(0), ..Settings::default() }).unwrap();
    let accounts = Accounts::open_at(sqlite_file("redirect").to_str().unwrap(), MASTER).await.unwrap();
    let outcome = link::link(&accounts, &connector, "acme", &key("redirected-key-0123456789"), Plan::Standard).await;
    assert!(outcome.is_err(), "a redirect linked the account");
    assert!(accounts.list(None).await.unwrap().is_empty());
    // Had the redirect been followed, its connection would be waiting by now: linking
    // ended after the answer, and a followed redirect connects before it can end.
    let elsewhere = elsewhere.into_std().unwrap();
    elsewhere.set_nonblocking(true).unwrap();
    let reached = elsewhere.accept();
    assert!(reached.as_ref().is_err_and(|e| e.kind() == std::io::ErrorKind::WouldBlock), "the redirect was followed: {reached:?}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_replicas_on_one_postgres_see_an_account_linked_through_either() {
    let pg = Postgres::start().unwrap();
    let acme = "replica-acme-key-0123456789";
    let h = Harness::tenants(|_| {});
    h.mock.with_account(acme, |s| s.create_campaign(Some("Acme via replicas"), None));
    let mut replicas = Vec::new();
    for _ in 0..2 {
        let accounts = Arc::new(Accounts::open_at(&pg.url, MASTER).await.unwrap());
        replicas.push(gateway_with(&h.connector, accounts, Limits::default()).await);
    }
    let linked = post_account(&replicas[0], "acme", acme, "pro").await;
    assert_eq!(linked.status, 201, "{}", linked.body);
    let id = linked.json()["result"]["id"].as_str().unwrap().to_string();
    let through_b = get(&replicas[1], UNIFIED, &[("x-smartlead-account", &id)]).await;
    assert_eq!(through_b.status, 200, "{}", through_b.body);
    assert!(campaign_names(&through_b).contains(&"Acme via replicas".to_string()));
    assert_eq!(get(&replicas[1], "/accounts", &[]).await.json()["result"][0]["plan"], "pro");
    assert_eq!(http("DELETE", &format!("{}/accounts/acme", replicas[1]), &[], "").await.unwrap().status, 200);
    let through_a = get(&replicas[0], UNIFIED, &[("x-smartlead-account", &id)]).await;
    assert_eq!(through_a.status, 401, "unlinked through B, gone for A: {}", through_a.body);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn fifty_accounts_at_once_each_request_carrying_only_its_own_key() {
    let h = Harness::tenants(|_| {});
    let keys: Vec<String> = (0..50).map(|i| format!("customer-{i:02}-key-0123456789")).collect();
    let accounts = Arc::new(Accounts::open_at(sqlite_file("fifty").to_str().unwrap(), MASTER).await.unwrap());
    for (i, k) in keys.iter().enumerate() {
        h.mock.with_account(k, |s| s.create_campaign(Some(&format!("customer-{i:02} campaign")), None));
        accounts.put(&format!("customer-{i:02}"), &key(k), Plan::Pro).await.unwrap();
    }
    let base = gateway_with(&h.connector, accounts, Limits::default()).await;
    let calls = (0..50).map(|i| {
        let base = base.clone();
        tokio::spawn(async move { (i, get(&base, &format!("{UNIFIED}?integrated_account_id=customer-{i:02}"), &[]).await) })
    });
    for call in calls.collect::<Vec<_>>() {
        let (i, answer) = call.await.unwrap();
        assert_eq!(answer.status, 200, "{}", answer.body);
        let own = format!("customer-{i:02} campaign");
        let names = campaign_names(&answer);
        assert!(names.contains(&own), "{names:?}");
        assert!(!names.iter().any(|n| n.starts_with("customer-") && *n != own), "another customer's campaign: {names:?}");
    }
    let mut sent = keys_sent(&h);
    sent.sort();
    assert_eq!(sent, keys, "each account's key once, and no other key");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn pacing_follows_the_account_whether_its_key_comes_from_the_store_or_a_header() {
    // The host's default would let all of these through; each account is paced to its plan.
    let h = Harness::tenants(|s| s.pacing = Pacing::per_minute(6000));
    let (standard, pro) = ("standard-plan-key-0123456789", "pro-plan-key-0123456789abc");
    let accounts = Arc::new(Accounts::open_at(sqlite_file("pacing").to_str().unwrap(), MASTER).await.unwrap());
    let limits = Limits { max_queue_wait: Duration::from_millis(500), ..Limits::default() };
    // Linked before this gateway started (by another replica, or an earlier run).
    accounts.put("slow", &key(standard), Plan::Standard).await.unwrap();
    accounts.put("fast", &key(pro), Plan::Pro).await.unwrap();
    let base = gateway_with(&h.connector, accounts, limits).await;

    // Standard: 10 per 2 s. Ten by account, then the same key by header.
    for answer in at_once(&base, 10, "slow").await {
        assert_eq!(answer.status, 200, "{}", answer.body);
    }
    let by_header = get(&base, UNIFIED, &[("x-smartlead-api-key", standard)]).await;
    assert_eq!(by_header.status, 429, "the header's key shares the account's pacer: {}", by_header.body);
    assert!(by_header.headers.contains_key("retry-after"));

    // Pro: 20 a second; sixteen go at once.
    for answer in at_once(&base, 16, "fast").await {
        assert_eq!(answer.status, 200, "{}", answer.body);
    }
}

/// `n` calls by `account` sent at once.
async fn at_once(base: &str, n: usize, account: &'static str) -> Vec<host_test::HttpAnswer> {
    let tasks: Vec<_> = (0..n)
        .map(|_| {
            let base = base.to_string();
            tokio::spawn(async move { get(&base, UNIFIED, &[("x-smartlead-account", account)]).await })
        })
        .collect();
    let mut answers = Vec::new();
    for task in tasks {
        answers.push(task.await.unwrap());
    }
    answers
}

/// Links of one name at once are served one after the other: one creates the account,
/// the rest rotate it, none is refused as busy; a name `--account` could not take is
/// refused at link time.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn concurrent_links_of_one_name_all_land_on_one_account() {
    let h = Harness::new();
    let accounts = Arc::new(Accounts::open_at(sqlite_file("concurrent").to_str().unwrap(), MASTER).await.unwrap());
    let base = gateway_with(&h.connector, accounts.clone(), Limits::default()).await;
    let mut links = tokio::task::JoinSet::new();
    for _ in 0..8 {
        let base = base.clone();
        links.spawn(async move { post_account(&base, "acme", host_test::KEY, "standard").await });
    }
    let answers = links.join_all().await;
    let statuses: Vec<u16> = answers.iter().map(|a| a.status).collect();
    assert_eq!(statuses.iter().filter(|s| **s == 201).count(), 1, "one created: {statuses:?} {}", answers.iter().map(|a| a.body.as_str()).collect::<Vec<_>>().join("\n"));
    assert_eq!(statuses.iter().filter(|s| **s == 200).count(), 7, "the rest rotated it: {statuses:?}");
    let ids: std::collections::HashSet<String> = answers.iter().filter_map(|a| a.json()["result"]["id"].as_str().map(str::to_string)).collect();
    assert_eq!(ids.len(), 1, "{ids:?}");
    assert_eq!(accounts.list(None).await.unwrap().len(), 1);

    let dashed = post_account(&base, "-acme", host_test::KEY, "standard").await;
    assert_eq!((dashed.status, dashed.json()["kind"].as_str()), (400, Some("invalid_input")), "{}", dashed.body);
    assert!(dashed.json()["message"].as_str().unwrap().contains("starting with a letter or digit"), "{}", dashed.body);
}

/// What a caller sends is never echoed back whole: an unknown account's long name is cut
/// in the 401, and a head larger than the gateway reads is refused (431).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn echoed_names_are_cut_and_request_heads_are_bounded() {
    let h = Harness::new();
    let accounts = Arc::new(Accounts::open_at(sqlite_file("echo").to_str().unwrap(), MASTER).await.unwrap());
    let base = gateway_with(&h.connector, accounts, Limits::default()).await;
    let long = "n".repeat(20_000);
    let unknown = get(&base, UNIFIED, &[("x-smartlead-account", &long)]).await;
    assert_eq!((unknown.status, unknown.json()["kind"].as_str()), (401, Some("unauthorized")), "{}", &unknown.body[..unknown.body.len().min(300)]);
    assert!(unknown.body.len() < 1_000, "the name was echoed whole: {} bytes", unknown.body.len());
    assert!(unknown.json()["message"].as_str().unwrap().contains("(20000 bytes)"), "{}", unknown.body);
    let huge = "h".repeat(300 << 10);
    let refused = get(&base, UNIFIED, &[("x-smartlead-account", &huge)]).await;
    assert_eq!(refused.status, 431, "a 300 KB header was read");
    assert_eq!(h.request_count(), 0, "nothing reached Smartlead");
}
