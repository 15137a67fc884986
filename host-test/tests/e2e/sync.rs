//! The warehouse sync into a real Postgres, against an account of 3 campaigns × 2,000
//! leads and 10,000 statistics: the same tables and rows as the SQLite file gets from
//! the same account, every lead the mock holds, and a second run that is incremental
//! there too.

use host_test::Harness;
use host_test::postgres::Postgres;
use serde_json::Value;
use smartlead_host::surfaces::bulk::progress::Watch;
use smartlead_host::surfaces::sync::postgres::PgWarehouse;
use smartlead_host::surfaces::sync::warehouse::Warehouse;
use smartlead_host::surfaces::sync::{self, Sync, TableSummary, tables};
use smartlead_mock::store::sent_message;
use smartlead_test_support::{sqlite_rows, temp_dir};
use std::collections::BTreeMap;
use std::time::Duration;

/// A table's rows, as JSON objects without when they were written, in key order.
fn from_sqlite(path: &std::path::Path, table: &tables::Table) -> Vec<Value> {
    sqlite_rows(path, &format!("SELECT * FROM {} ORDER BY {}", table.name, table.key_columns().join(", ")), &["synced_at"])
}

fn from_postgres(pg: &Postgres, table: &tables::Table) -> Vec<Value> {
    let order = table.key_columns().join(", ");
    let sql = format!("SELECT COALESCE(json_agg(to_jsonb(t) - 'synced_at' ORDER BY {order}), '[]') FROM {} t", table.name);
    serde_json::from_str(pg.psql(&sql).unwrap().trim()).unwrap()
}

fn by_table(summaries: &[TableSummary]) -> BTreeMap<&'static str, (u64, u64, u64, u64)> {
    summaries.iter().map(|s| (s.table, (s.counts.inserted, s.counts.updated, s.counts.deleted, s.requests))).collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn postgres_gets_the_same_tables_as_sqlite_and_increments_alike() {
    let h = Harness::new();
    let campaigns = h.mock.with_store(|s| s.sent_history(3, 2000, 10_000));
    // Replies: 30 leads of the first campaign, interested (a positive category); 20 of the
    // second, not interested (a negative one).
    h.mock.with_store(|s| {
        s.replies(campaigns[0], 30, 1);
        s.replies(campaigns[1], 20, 3);
    });
    // What the views should say of each campaign: emails sent, replied to, positive.
    let expected: Vec<(u64, u64, u64)> = h.mock.with_store(|s| {
        campaigns
            .iter()
            .map(|c| {
                let (mut sent, mut replied, mut positive) = (0, 0, 0);
                for (_, m) in s.campaign_leads(*c) {
                    let sends = m.messages.iter().filter(|x| x["type"] == "SENT").count() as u64;
                    let reply = m.messages.iter().any(|x| x["type"] == "REPLY");
                    sent += sends;
                    replied += sends * reply as u64;
                    positive += sends * (reply && m.category_id == Some(1)) as u64;
                }
                (sent, replied, positive)
            })
            .collect()
    });
    let pg = Postgres::start().unwrap();
    let file = temp_dir("sync-pg").join("warehouse.db");
    std::fs::create_dir_all(file.parent().unwrap()).unwrap();
    let sync = Sync { account: "default".into(), lookback: Duration::from_secs(86_400), budget_share: 1.0, events: None, refresh_every: Duration::ZERO };
    let (mut lite, mut postgres) = (Warehouse::open(&file).unwrap(), PgWarehouse::open(&pg.url).await.unwrap());
    let first = sync::run(&h.connector, &mut postgres, &sync, &Watch::default()).await.unwrap().unwrap();
    sync::run(&h.connector, &mut lite, &sync, &Watch::default()).await.unwrap().unwrap();
    assert_eq!(by_table(&first)["campaign_leads"].0, 6000);
    assert_eq!(by_table(&first)["campaign_statistics"].0, 10_000);
    for table in tables::per_account().iter().chain(&tables::per_parent()) {
        let (rows, expected) = (from_postgres(&pg, table), from_sqlite(&file, table));
        assert_eq!(rows.len(), expected.len(), "{}", table.name);
        if let Some((got, want)) = rows.iter().zip(&expected).find(|(a, b)| a != b) {
            panic!("{}: Postgres holds {got} where SQLite holds {want}", table.name);
        }
    }
    // The dashboard's views: the same figures in both, and the mock's.
    let per_campaign = "SELECT campaign_id, SUM(sent) AS sent, SUM(replied) AS replied, SUM(positive_replies) AS positive FROM campaign_daily GROUP BY campaign_id ORDER BY campaign_id";
    let totals: Vec<Value> = serde_json::from_str(pg.psql(&format!("SELECT json_agg(t) FROM ({per_campaign}) t")).unwrap().trim()).unwrap();
    let totals: Vec<(u64, u64, u64)> = totals.iter().map(|t| (t["sent"].as_u64().unwrap(), t["replied"].as_u64().unwrap(), t["positive"].as_u64().unwrap())).collect();
    assert_eq!(totals, expected, "campaign_daily in Postgres against the mock");
    let lite: Vec<(u64, u64, u64)> = sqlite_rows(&file, per_campaign, &[]).iter().map(|t| (t["sent"].as_u64().unwrap(), t["replied"].as_u64().unwrap(), t["positive"].as_u64().unwrap())).collect();
    assert_eq!(lite, expected, "campaign_daily in SQLite against the mock");
    assert!(expected[0].2 > 0 && expected[1].1 > 0 && expected[1].2 == 0, "the fixture has positive and negative replies: {expected:?}");
    let rates = "SELECT campaign_id, day, reply_rate, positive_reply_rate FROM campaign_daily ORDER BY campaign_id, day";
    let pg_rates: Vec<Value> = serde_json::from_str(pg.psql(&format!("SELECT json_agg(t) FROM ({rates}) t")).unwrap().trim()).unwrap();
    let lite_rates = sqlite_rows(&file, rates, &[]);
    assert_eq!(pg_rates.len(), lite_rates.len());
    for (a, b) in pg_rates.iter().zip(&lite_rates) {
        for rate in ["reply_rate", "positive_reply_rate"] {
            assert!((a[rate].as_f64().unwrap() - b[rate].as_f64().unwrap()).abs() < 1e-9, "{a} vs {b}");
        }
    }
    let health = "SELECT from_email, connected, warmup_status, warmup_sent, warmup_spam, inbox_rate FROM mailbox_health ORDER BY from_email";
    let pg_health: Vec<Value> = serde_json::from_str(pg.psql(&format!("SELECT json_agg(t) FROM ({health}) t")).unwrap().trim()).unwrap();
    let lite_health = sqlite_rows(&file, health, &[]);
    assert_eq!(pg_health.len(), 2, "{pg_health:?}");
    for (a, b) in pg_health.iter().zip(&lite_health) {
        assert_eq!((&a["from_email"], &a["connected"], &a["warmup_status"], &a["warmup_sent"], &a["warmup_spam"]), (&b["from_email"], &b["connected"], &b["warmup_status"], &b["warmup_sent"], &b["warmup_spam"]));
        assert!((a["inbox_rate"].as_f64().unwrap() - 448.0 / 450.0).abs() < 1e-9 && (b["inbox_rate"].as_f64().unwrap() - 448.0 / 450.0).abs() < 1e-9, "{a} {b}");
    }
    assert_eq!(pg_health.iter().map(|h| h["connected"].as_i64().unwrap()).sum::<i64>(), 1, "one mailbox connected, one failing");

    let leads: usize = pg.psql("SELECT COUNT(DISTINCT lead_id) FROM campaign_leads").unwrap().trim().parse().unwrap();
    assert_eq!(leads, h.mock.with_store(|s| campaigns.iter().map(|c| s.campaign_leads(*c).count()).sum::<usize>()));

    // New sends, a lead gone: the second run inserts the sends and marks the lead.
    let gone = h.mock.with_store(|s| {
        for (n, c) in campaigns.iter().enumerate() {
            let m = s.memberships.range_mut((*c, 0)..=(*c, u64::MAX)).nth(5).unwrap().1;
            m.messages.push(sent_message(&format!("late-{n}"), 500_000));
        }
        let (&key, _) = s.memberships.range((campaigns[0], 0)..).nth(7).unwrap();
        s.memberships.remove(&key);
        key.1
    });
    let second = by_table(&sync::run(&h.connector, &mut postgres, &sync, &Watch::default()).await.unwrap().unwrap());
    assert_eq!((second["campaign_statistics"].0, second["campaign_statistics"].3), (3, 3), "three new rows, a page a campaign");
    // Each campaign: what was created, what changed, the total; the total short by one
    // reads the first campaign's 1,999 leads again (20 pages) to find the one gone.
    assert_eq!(second["campaign_leads"], (0, 0, 1, 3 * 3 + 20), "the leads unchanged, the one gone marked");
    assert_eq!(second["campaign_statistics"].1, 0, "the sends read again unchanged are not rewritten");
    let marked = pg.psql(&format!("SELECT deleted_at IS NOT NULL FROM campaign_leads WHERE lead_id = {gone}")).unwrap();
    assert_eq!(marked.trim(), "t");

    // Within the hour of the last whole reads, as Postgres keeps their times: only the
    // campaigns, each campaign's created and changed leads, and its new statistics.
    let hourly = Sync { refresh_every: Duration::from_secs(3600), ..sync.clone() };
    let third = by_table(&sync::run(&h.connector, &mut postgres, &hourly, &Watch::default()).await.unwrap().unwrap());
    let spent: BTreeMap<&str, u64> = third.iter().map(|(table, counts)| (*table, counts.3)).filter(|(_, requests)| *requests > 0).collect();
    assert_eq!(spent, BTreeMap::from([("campaigns", 1), ("campaign_leads", 3 * 2), ("campaign_statistics", 3)]));
}

/// During a sync in the pacer's lower lane, interactive calls on the same key find the
/// rest of each window free: the waits the pacer tells them (not wall time) stay far
/// below a window, where a sync at the full budget would hold them up to one.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn interactive_calls_keep_their_part_of_each_window_during_a_sync() {
    use smartlead_host::egress::pacer::{Pacing, Queueing};
    use smartlead_component::core::limiter::Window;
    use std::sync::{Arc, Mutex};
    let window = Duration::from_secs(1);
    let h = Harness::with(|s| s.pacing = Pacing::windows(vec![Window { max: 6, window }]).unwrap());
    h.mock.with_store(|s| s.sent_history(1, 800, 800));
    let file = temp_dir("sync-lanes").join("warehouse.db");
    std::fs::create_dir_all(file.parent().unwrap()).unwrap();
    let mut lite = Warehouse::open(&file).unwrap();
    let sync = Sync { account: "default".into(), lookback: Duration::from_secs(86_400), budget_share: 0.5, events: None, refresh_every: Duration::ZERO };
    let waits: Arc<Mutex<Vec<Duration>>> = Arc::default();
    let told = waits.clone();
    let queueing = Queueing { on_wait: Some(Arc::new(move |wait| told.lock().unwrap().push(wait))), ..Queueing::default() };
    let mut session = h.connector.session_with(smartlead_host::ApiKey::new(host_test::KEY), queueing).await.unwrap();
    let interactive = async {
        // Two calls a second, while the sync takes what its half of each window allows.
        for _ in 0..8 {
            let listed = session.call_tool("list_all_smartlead_campaigns", &serde_json::json!({})).await.unwrap();
            assert!(listed.is_ok(), "{listed:?}");
            tokio::time::sleep(window / 2).await;
        }
    };
    let watch = Watch::default();
    let (synced, ()) = tokio::join!(sync::run(&h.connector, &mut lite, &sync, &watch), interactive);
    let summaries = synced.unwrap().unwrap();
    assert!(summaries.iter().map(|s| s.requests).sum::<u64>() > 10, "the sync ran alongside: {summaries:?}");
    let waits = waits.lock().unwrap();
    assert!(waits.iter().all(|w| *w < window / 4), "interactive calls waited behind the sync: {waits:?}");
}

/// `smartlead tap | target-postgres` (MeltanoLabs', pinned) loads the rows `smartlead
/// sync --to postgres://…` writes, into a schema of its own in the same database.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn target_postgres_loads_the_rows_sync_writes() {
    use std::process::{Command, Stdio};
    let h = Harness::new();
    h.mock.with_store(|s| s.sent_history(2, 300, 500));
    let pg = Postgres::start().unwrap();
    let sync = Sync { account: "default".into(), lookback: Duration::from_secs(86_400), budget_share: 1.0, events: None, refresh_every: Duration::ZERO };
    let mut postgres = PgWarehouse::open(&pg.url).await.unwrap();
    sync::run(&h.connector, &mut postgres, &sync, &Watch::default()).await.unwrap().unwrap();

    let target = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../target/target-postgres-venv/bin/target-postgres");
    assert!(target.is_file(), "{} is missing: `make singer-venv` installs the pinned Singer targets", target.display());
    let dir = temp_dir("tap-postgres");
    std::fs::create_dir_all(&dir).unwrap();
    let port = pg.url.rsplit(':').next().unwrap().split('/').next().unwrap().to_string();
    std::fs::write(dir.join("tap.json"), r#"{"budget_share": 1}"#).unwrap();
    let config = serde_json::json!({"host": "127.0.0.1", "port": port.parse::<u16>().unwrap(), "user": "postgres", "password": "", "database": "postgres", "default_target_schema": "singer", "add_record_metadata": false, "activate_version": false});
    std::fs::write(dir.join("target.json"), config.to_string()).unwrap();
    let mut tap = Command::new(crate::fleet::smartlead())
        .args(["tap", "--rate-window", "1000000/1s", "--config"])
        .arg(dir.join("tap.json"))
        .env("SMARTLEAD_API_KEY", host_test::KEY)
        .env("SMARTLEAD_BASE_URL", h.mock.base_url())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let loading = Command::new(&target).arg("--config").arg(dir.join("target.json")).stdin(tap.stdout.take().unwrap()).stdout(Stdio::piped()).stderr(Stdio::piped()).spawn().unwrap();
    let (tapped, loaded) = (tap.wait_with_output().unwrap(), loading.wait_with_output().unwrap());
    // The target first: when it stops, the tap's next write is a broken pipe.
    assert!(loaded.status.success(), "target-postgres: {}", String::from_utf8_lossy(&loaded.stderr));
    assert!(tapped.status.success(), "the tap: {}", String::from_utf8_lossy(&tapped.stderr));
    for (table, columns) in [("campaigns", "id, name, status"), ("campaign_leads", "campaign_id, lead_id, email, status"), ("campaign_statistics", "campaign_id, stats_id, sent_time, lead_email")] {
        let rows = |schema: &str| pg.psql(&format!("SELECT json_agg(t ORDER BY t) FROM (SELECT {columns} FROM {schema}.{table}) t")).unwrap();
        let (synced, loaded) = (rows("public"), rows("singer"));
        assert!(synced.len() > 10, "{table}: nothing synced");
        assert_eq!(loaded, synced, "{table}: target-postgres loaded other rows than sync wrote");
    }
}
