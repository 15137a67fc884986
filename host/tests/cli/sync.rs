//! `smartlead sync` as a user runs it, against an account of 3 campaigns × 2,000 leads
//! and 10,000 statistics: every row the mock holds, once; killed (SIGKILL) at 30 %, 60 %
//! and 90 % and resumed, the same tables as an uninterrupted sync with no page fetched
//! twice beyond the one in flight; a second run reads leads and statistics incrementally
//! and adds the new rows, the whole reads waiting for --refresh-every; a third marks a
//! deleted lead; a fourth, stopped inside a campaign's reads, resumes inside them.

use super::KEY;
use super::accounts::smartlead_in;
use rusqlite::Connection;
use serde_json::{Value, json};
use smartlead_mock::MockServer;
use smartlead_mock::store::sent_message;
use smartlead_host::surfaces::sync::tables;
use smartlead_test_support::{sqlite_rows, temp_dir};
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};

const LEADS: usize = 2000;

/// The account: 3 campaigns of 2,000 leads and 10,000 statistics between them.
fn account() -> (MockServer, Vec<u64>) {
    let mock = MockServer::start(KEY).unwrap();
    let campaigns = mock.with_store(|s| s.sent_history(3, LEADS, 10_000));
    (mock, campaigns)
}

fn sync(mock: &MockServer, db: &Path) -> Child {
    sync_with(mock, db, &[])
}

/// A sync given `args` besides; run where the warehouse is, so that no events file of
/// another test is taken for this host's.
fn sync_with(mock: &MockServer, db: &Path, args: &[&str]) -> Child {
    Command::new(env!("CARGO_BIN_EXE_smartlead"))
        .args(["sync", "--rate-window", "1000000/1s", "--to"])
        .arg(format!("sqlite:{}", db.display()))
        .args(args)
        .current_dir(db.parent().unwrap())
        .env_remove("SMARTLEAD_ACCOUNTS_DB")
        .env_remove("SMARTLEAD_EVENTS_DB")
        .env("SMARTLEAD_API_KEY", KEY)
        .env("SMARTLEAD_BASE_URL", mock.base_url())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap()
}

/// A sync to its end: its JSON summary.
fn synced(mock: &MockServer, db: &Path) -> Value {
    synced_with(mock, db, &[])
}

fn synced_with(mock: &MockServer, db: &Path, args: &[&str]) -> Value {
    let out = sync_with(mock, db, args).wait_with_output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(!String::from_utf8_lossy(&out.stderr).contains(KEY));
    serde_json::from_slice(&out.stdout).unwrap()
}

/// Every row of every table, in key order, without when it was written.
fn tables(db: &Path) -> Vec<(&'static str, Vec<Value>)> {
    let every = tables::per_account().into_iter().chain(tables::per_parent());
    every.map(|t| (t.name, sqlite_rows(db, &format!("SELECT * FROM {} ORDER BY {}", t.name, t.key_columns().join(", ")), &["synced_at"]))).collect()
}

fn count(db: &Path, sql: &str) -> i64 {
    Connection::open(db).unwrap().query_row(sql, [], |row| row.get(0)).unwrap()
}

fn fresh(name: &str) -> PathBuf {
    let dir = temp_dir(name);
    std::fs::create_dir_all(&dir).unwrap();
    dir.join("warehouse.db")
}

/// The day `days` before today (UTC), as Smartlead's reports write it, and noon of it as
/// a message's time.
fn days_ago(days: i64) -> (String, String) {
    let at = (time::OffsetDateTime::now_utc() - time::Duration::days(days)).replace_time(time::Time::from_hms(12, 0, 0).unwrap());
    let day = format!("{:04}-{:02}-{:02}", at.year(), u8::from(at.month()), at.day());
    (day.clone(), format!("{day}T12:00:00Z"))
}

#[test]
fn a_sync_killed_at_30_60_and_90_percent_resumes_to_the_same_tables() {
    let (mock, campaigns) = account();
    // Activity in the daily report's window: 4 emails of the first campaign sent 3 days
    // ago, 2 of them replied to yesterday; one of the second's sent 40 days ago. A field
    // Smartlead might add to mailboxes.
    let ((three, sent_at), (one, replied_at), (forty, long_ago)) = (days_ago(3), days_ago(1), days_ago(40));
    mock.with_store(|s| {
        for (i, m) in s.memberships.range_mut((campaigns[0], 0)..=(campaigns[0], u64::MAX)).map(|(_, m)| m).take(4).enumerate() {
            m.messages[0]["time"] = json!(sent_at);
            if i < 2 {
                m.messages.push(json!({"type": "REPLY", "time": replied_at, "message_id": format!("<r{i}@lead.test>")}));
            }
        }
        s.memberships.range_mut((campaigns[1], 0)..).next().unwrap().1.messages[0]["time"] = json!(long_ago);
        for mailbox in s.email_accounts.values_mut() {
            mailbox["inbox_placement_v2"] = json!({"score": 97, "smtp_password": "nested-secret-password"});
        }
    });
    let whole = fresh("sync-whole");
    let before = mock.requests().len();
    let summary = synced(&mock, &whole);
    let requests = mock.requests().len() - before;
    let spent: u64 = summary["tables"].as_array().unwrap().iter().map(|t| t["requests"].as_u64().unwrap()).sum();
    assert_eq!(spent as usize, requests, "{summary}");
    let pages = |table: &str| summary["tables"].as_array().unwrap().iter().find(|t| t["table"] == table).unwrap()["requests"].as_u64().unwrap();
    assert_eq!((pages("campaign_leads"), pages("campaign_statistics"), pages("campaign_analytics"), pages("analytics_by_date")), (3 * 20, 3 * 4, 3, 3), "{summary}");

    // Every row the mock holds, once.
    assert_eq!(count(&whole, "SELECT COUNT(*) FROM campaigns WHERE deleted_at IS NULL"), 3);
    assert_eq!(count(&whole, "SELECT COUNT(*) FROM campaign_leads"), 3 * LEADS as i64);
    assert_eq!(count(&whole, "SELECT COUNT(*) FROM campaign_statistics"), 10_000);
    let emails: BTreeSet<(i64, String)> = {
        let db = Connection::open(&whole).unwrap();
        let mut query = db.prepare("SELECT lead_id, email FROM campaign_leads").unwrap();
        query.query_map([], |row| Ok((row.get(0)?, row.get(1)?))).unwrap().map(Result::unwrap).collect()
    };
    let expected: BTreeSet<(i64, String)> = mock.with_store(|s| {
        campaigns.iter().flat_map(|c| s.campaign_leads(*c).map(|(lead, _)| (*lead as i64, s.leads[lead].fields["email"].as_str().unwrap().to_string())).collect::<Vec<_>>()).collect()
    });
    assert_eq!(emails, expected);
    let accounts = mock.with_store(|s| s.email_accounts.len()) as i64;
    assert!(accounts > 0);
    assert_eq!(count(&whole, "SELECT COUNT(*) FROM email_accounts"), accounts);
    // The mock reports each mailbox's week: 10 warmup emails a day, 3 rescued from spam.
    assert_eq!(count(&whole, "SELECT COUNT(DISTINCT email_account_id || ' ' || date) FROM warmup_stats_daily"), accounts * 7);
    assert_eq!(count(&whole, "SELECT SUM(sent_count) * 1000 + SUM(save_from_spam_count) FROM warmup_stats_daily"), accounts * 70 * 1000 + accounts * 3);
    assert_eq!(count(&whole, "SELECT COUNT(*) FROM campaign_analytics WHERE sent_count IS NOT NULL"), 3, "a snapshot a campaign, today");
    assert_eq!(count(&whole, "SELECT COUNT(*) FROM sequences") as usize, mock.with_store(|s| campaigns.iter().map(|c| s.campaigns[c].sequences.len()).sum::<usize>()));
    // Each campaign's days, the year before today and today, as the report gives them.
    assert_eq!(count(&whole, "SELECT COUNT(*) FROM analytics_by_date"), 3 * (tables::FIRST_DAYS + 1));
    let active = sqlite_rows(&whole, "SELECT campaign_id, date, sent, replied FROM analytics_by_date WHERE sent > 0 OR replied > 0 ORDER BY campaign_id, date", &[]);
    let expected = [(campaigns[0], &three, 4, 0), (campaigns[0], &one, 0, 2), (campaigns[1], &forty, 1, 0)].map(|(c, day, sent, replied)| json!({"campaign_id": c, "date": day, "sent": sent, "replied": replied}));
    assert_eq!(active, expected);
    // What a record holds beyond its columns is kept in `extra`, secrets never.
    let extra = sqlite_rows(&whole, "SELECT extra FROM email_accounts", &[]);
    assert!(extra.iter().all(|row| row["extra"].as_str().unwrap().contains(r#""inbox_placement_v2":{"score":97}"#)), "{extra:?}");
    let file = String::from_utf8_lossy(&std::fs::read(&whole).unwrap()).into_owned();
    assert!(!file.contains("secret-password"), "a mailbox password reached the warehouse");

    // Killed three times, resumed each time.
    let killed = fresh("sync-killed");
    let before = mock.requests().len();
    for share in [0.3, 0.6, 0.9] {
        let mut child = sync(&mock, &killed);
        let at = before + (requests as f64 * share) as usize;
        while mock.requests().len() < at {
            assert!(child.try_wait().unwrap().is_none(), "the sync ended before {share}");
            std::thread::sleep(std::time::Duration::from_millis(1));
        }
        child.kill().unwrap();
        child.wait().unwrap();
    }
    synced(&mock, &killed);
    let pages: Vec<String> = mock.requests()[before..].iter().map(|r| format!("{} {:?}", r.path, r.query)).collect();
    let distinct: BTreeSet<&String> = pages.iter().collect();
    assert_eq!(distinct.len(), requests, "every page was fetched");
    assert!(pages.len() <= requests + 3, "{} pages fetched for {requests}: more than the one in flight at each kill", pages.len());
    assert_eq!(tables(&killed), tables(&whole), "the resumed sync's tables differ from the uninterrupted one's");
}

/// The requests a sync made, by path, and each one's query.
fn requested(mock: &MockServer, before: usize, path_ends: &str) -> Vec<smartlead_mock::Recorded> {
    mock.requests()[before..].iter().filter(|r| r.path.ends_with(path_ends)).cloned().collect()
}

#[test]
fn a_second_sync_reads_leads_and_statistics_incrementally_and_marks_a_deleted_lead() {
    let (mock, campaigns) = account();
    let db = fresh("sync-again");
    let before = mock.requests().len();
    synced(&mock, &db);
    let first = mock.requests().len() - before;
    let (paused, gone) = mock.with_store(|s| {
        let mut new_rows = 0;
        for (n, c) in campaigns.iter().enumerate() {
            let leads: Vec<Value> = (0..5).filter(|i| i % 3 == n).map(|i| json!({"email": format!("new-{i}@example.com")})).collect();
            if !leads.is_empty() {
                s.add_leads(*c, &leads, &json!({}));
            }
            // New leads, not yet sent to: the new statistics are the 100 below.
            for m in s.memberships.range_mut((*c, 0)..=(*c, u64::MAX)).map(|(_, m)| m) {
                m.messages.retain(|x| !x["stats_id"].as_str().unwrap_or_default().starts_with("9d0d083e"));
            }
            for (i, m) in s.memberships.range_mut((*c, 0)..=(*c, u64::MAX)).map(|(_, m)| m).enumerate().filter(|(i, _)| i % 60 == 0).take(34) {
                if new_rows < 100 {
                    m.messages.push(sent_message(&format!("new-{c}-{i}"), 200_000 + new_rows));
                    new_rows += 1;
                }
            }
        }
        // A lead paused now: a change only `event_time_gt` finds.
        let (&(campaign, lead), m) = s.memberships.range_mut((campaigns[1], 0)..).nth(3).unwrap();
        m.status = "PAUSED".into();
        m.touch();
        let (&(gone_from, gone), _) = s.memberships.iter().nth(1).unwrap();
        ((campaign, lead), (gone_from, gone))
    });

    // Second run, within the hour of --refresh-every: new leads, new statistics, a paused
    // lead; none deleted yet. Only what is new is read.
    let before = mock.requests().len();
    let summary = synced(&mock, &db);
    let second = mock.requests().len() - before;
    let statistics = requested(&mock, before, "/statistics");
    assert_eq!(statistics.len(), 3, "one page a campaign: {:?}", statistics.iter().map(|r| &r.query).collect::<Vec<_>>());
    assert!(statistics.iter().all(|r| r.query("sent_time_start_date").is_some()), "the second run filters by sent time");
    let leads = requested(&mock, before, "/leads");
    let reads: Vec<(bool, bool, Option<&str>)> = leads.iter().map(|r| (r.query("created_at_gt").is_some(), r.query("event_time_gt").is_some(), r.query("limit"))).collect();
    assert_eq!(reads, [(true, false, Some("100")), (false, true, Some("100"))].repeat(3), "created, changed: two requests a campaign, the total not yet due");
    let by_table = |summary: &Value, name: &str| summary["tables"].as_array().unwrap().iter().find(|t| t["table"] == name).unwrap().clone();
    let counts = |summary: &Value, name: &str| {
        let t = by_table(summary, name);
        (t["inserted"].as_u64().unwrap(), t["updated"].as_u64().unwrap(), t["deleted"].as_u64().unwrap())
    };
    assert_eq!(counts(&summary, "campaign_statistics"), (100, 0, 0), "{summary}");
    assert_eq!(counts(&summary, "campaign_leads"), (5, 1, 0), "five new leads and the paused one: {summary}");
    assert_eq!(count(&db, "SELECT COUNT(*) FROM campaign_statistics"), 10_100);
    assert_eq!(count(&db, &format!("SELECT COUNT(*) FROM campaign_leads WHERE campaign_id = {} AND lead_id = {} AND status = 'PAUSED'", paused.0, paused.1)), 1);
    eprintln!("requests: first run {first}, second run {second} ({:.2} of the first)", second as f64 / first as f64);
    let mailboxes = mock.with_store(|s| s.email_accounts.len());
    assert_eq!((first, second), (89 + mailboxes, 10), "the second run: the campaigns, and a campaign's new and changed leads and new statistics");
    let refreshed: BTreeMap<&str, u64> = summary["tables"].as_array().unwrap().iter().map(|t| (t["table"].as_str().unwrap(), t["refreshed"].as_u64().unwrap())).filter(|(_, n)| *n > 0).collect();
    assert_eq!(refreshed, BTreeMap::from([("campaigns", 1)]), "only the campaigns read whole: {summary}");

    // Third run, told to read everything (--refresh-every 0): a lead deleted, so its
    // campaign's total is short and its leads are read whole; a lead of the last campaign
    // added to the second too (its total is over).
    let in_two = mock.with_store(|s| {
        s.memberships.remove(&gone);
        let lead = *s.campaign_leads(campaigns[2]).next().unwrap().0;
        s.memberships.insert((campaigns[1], lead), s.memberships[&(campaigns[2], lead)].clone());
        lead
    });
    let before = mock.requests().len();
    let summary = synced_with(&mock, &db, &["--refresh-every", "0"]);
    let totals = requested(&mock, before, "/leads").iter().filter(|r| r.query("limit") == Some("1")).count();
    assert_eq!(totals, 3, "each campaign's total checked");
    let daily: Vec<_> = requested(&mock, before, "/analytics/day-wise-overall-stats").iter().map(|r| (r.query("start_date").map(str::to_string), r.query("end_date").map(str::to_string))).collect();
    let (yesterday, today) = (days_ago(1).0, days_ago(0).0);
    assert_eq!(daily, vec![(Some(yesterday), Some(today)); 3], "the daily report read again from the newest day kept, less the lookback");
    let whole: Vec<_> = requested(&mock, before, "/leads").into_iter().filter(|r| r.path.contains(&format!("/{}/", gone.0)) && r.query("limit") == Some("100") && r.query("created_at_gt").is_none() && r.query("event_time_gt").is_none()).collect();
    let live = mock.with_store(|s| s.campaign_leads(gone.0).count());
    assert_eq!(whole.len(), live.div_ceil(100), "the campaign of the deleted lead read whole ({live} leads)");
    assert_eq!(counts(&summary, "campaign_leads"), (1, 0, 1), "{summary}");
    let deleted = count(&db, &format!("SELECT COUNT(*) FROM campaign_leads WHERE lead_id = {} AND deleted_at IS NOT NULL", gone.1));
    assert_eq!(deleted, 1, "the deleted lead is marked, not dropped");
    assert_eq!(count(&db, "SELECT COUNT(*) FROM campaign_leads WHERE deleted_at IS NULL") as usize, mock.with_store(|s| s.memberships.len()));
    // The `leads` view: each lead once, however many campaigns hold it.
    let distinct: BTreeSet<u64> = mock.with_store(|s| s.memberships.keys().map(|(_, lead)| *lead).collect());
    assert_eq!(count(&db, "SELECT COUNT(*) FROM leads") as usize, distinct.len());
    assert_eq!(count(&db, &format!("SELECT campaigns FROM leads WHERE lead_id = {in_two}")), 2);

    // Fourth run, stopped inside a campaign's reads: a lead paused, and the read of what
    // changed refused. The next run goes on from that read, not from the campaign's start.
    let campaign = campaigns[2];
    let paused = mock.with_store(|s| {
        let (&(_, lead), m) = s.memberships.range_mut((campaign, 0)..=(campaign, u64::MAX)).nth(9).unwrap();
        m.status = "PAUSED".into();
        m.touch();
        lead
    });
    mock.fail_request("GET", &format!("/campaigns/{campaign}/leads"), 1, smartlead_mock::faults::Fault::Status(400));
    let stopped = sync_with(&mock, &db, &["--refresh-every", "0"]).wait_with_output().unwrap();
    assert!(!stopped.status.success(), "the refused read stops the sync");
    let before = mock.requests().len();
    let summary = synced_with(&mock, &db, &["--refresh-every", "0"]);
    let resumed = requested(&mock, before, &format!("/campaigns/{campaign}/leads"));
    let reads: Vec<(bool, bool, Option<&str>)> = resumed.iter().map(|r| (r.query("created_at_gt").is_some(), r.query("event_time_gt").is_some(), r.query("limit"))).collect();
    assert_eq!(reads, [(false, true, Some("100")), (false, false, Some("1"))], "resumed at the read of what changed, then the total");
    assert_eq!(counts(&summary, "campaign_leads").1, 1, "the paused lead updated: {summary}");
    assert_eq!(count(&db, &format!("SELECT COUNT(*) FROM campaign_leads WHERE lead_id = {paused} AND status = 'PAUSED'")), 1);
}

/// The routes a sync's requests went to since `before`, ids written `{id}`, each with
/// how many requests it took.
fn routes(mock: &MockServer, before: usize) -> BTreeMap<String, usize> {
    let mut routes = BTreeMap::new();
    for r in &mock.requests()[before..] {
        let route: Vec<&str> = r.path.split('/').map(|part| if part.parse::<u64>().is_ok() { "{id}" } else { part }).collect();
        *routes.entry(route.join("/")).or_default() += 1;
    }
    routes
}

/// A table's whole read waits for `--refresh-every`: a run before it has passed reads
/// only the campaigns and what is new, so a deleted lead is not yet marked; a run after
/// it has really passed reads every table whole again, checks each campaign's total and
/// marks the lead.
#[test]
fn whole_reads_wait_for_refresh_every_and_come_once_it_has_passed() {
    let every = std::time::Duration::from_secs(5);
    let mock = MockServer::start(KEY).unwrap();
    let campaigns = mock.with_store(|s| s.sent_history(2, 50, 100));
    let db = fresh("sync-refresh");
    let flag = ["--refresh-every", "5s"];
    synced_with(&mock, &db, &flag);
    let first_ended = std::time::Instant::now();
    let gone = mock.with_store(|s| {
        let gone = *s.campaign_leads(campaigns[0]).next().unwrap().0;
        s.memberships.remove(&(campaigns[0], gone));
        gone
    });
    let marked = || count(&db, &format!("SELECT COUNT(*) FROM campaign_leads WHERE lead_id = {gone} AND deleted_at IS NOT NULL"));

    let before = mock.requests().len();
    synced_with(&mock, &db, &flag);
    assert!(first_ended.elapsed() < every, "the second run began {:?} after the first: make the wait longer", first_ended.elapsed());
    let only_new = BTreeMap::from([("/campaigns".to_string(), 1), ("/campaigns/{id}/leads".to_string(), 4), ("/campaigns/{id}/statistics".to_string(), 2)]);
    assert_eq!(routes(&mock, before), only_new, "before the wait is over: the campaigns, and each campaign's new and changed leads and new statistics");
    assert_eq!(marked(), 0, "the total that finds the deleted lead is not yet checked");

    std::thread::sleep(every.saturating_sub(first_ended.elapsed()));
    let before = mock.requests().len();
    let summary = synced_with(&mock, &db, &flag);
    // Leads: created, changed and the total for each campaign, and the whole of the one
    // whose total is short.
    let read = routes(&mock, before);
    let mailboxes = mock.with_store(|s| s.email_accounts.len());
    for (route, requests) in [("/campaigns/{id}/sequences", 2), ("/campaigns/{id}/webhooks", 2), ("/campaigns/{id}/analytics", 2), ("/analytics/day-wise-overall-stats", 2), ("/email-accounts/{id}/warmup-stats", mailboxes), ("/campaigns/{id}/leads", 2 * 3 + 1)] {
        assert_eq!(read.get(route), Some(&requests), "{route} once the wait is over: {read:?}");
    }
    let refreshed: BTreeMap<&str, u64> = summary["tables"].as_array().unwrap().iter().map(|t| (t["table"].as_str().unwrap(), t["refreshed"].as_u64().unwrap())).collect();
    let expected = [("campaigns", 1), ("email_accounts", 1), ("clients", 1), ("lead_categories", 1), ("lead_lists", 1), ("sequences", 2), ("webhooks", 2), ("campaign_leads", 2), ("campaign_analytics", 2), ("analytics_by_date", 2), ("warmup_stats_daily", mailboxes as u64)];
    for (table, n) in expected {
        assert_eq!(refreshed[table], n, "{table}: {summary}");
    }
    assert_eq!(marked(), 1, "the deleted lead marked once its campaign's total was checked");
}

/// The webhook events `smartlead serve` kept reach `webhook_events`: each once, with
/// what it holds beyond the columns in `extra`, and each later run reads on after the
/// last event the one before read.
#[test]
fn the_events_serve_kept_are_synced_once_each_run_reading_on_after_the_last() {
    let mock = MockServer::start(KEY).unwrap();
    let db = fresh("sync-events");
    let events = db.parent().unwrap().join("events.db");
    let events = events.to_str().unwrap();
    let (_server, addr) = super::start_server(&mock, &["serve", "--listen", "127.0.0.1:0", "--events-db", events]);
    let deliver = |n: usize| {
        let body = json!({"event_type": "EMAIL_REPLY", "campaign_id": 5, "sl_lead_email": format!("p{n}@example.com"), "added_later": n}).to_string();
        let (status, answer) = super::http_once(&addr, "POST", "/webhooks/smartlead", &[("x-request-id", &format!("reply-{n}"))], &body);
        assert!(status.contains(" 200 "), "{status} {answer}");
    };
    let webhook_events = |summary: &Value| {
        let t = summary["tables"].as_array().unwrap().iter().find(|t| t["table"] == "webhook_events").unwrap().clone();
        (t["inserted"].as_u64().unwrap(), t["updated"].as_u64().unwrap(), t["requests"].as_u64().unwrap())
    };
    (0..3).for_each(deliver);
    let summary = synced_with(&mock, &db, &["--events-db", events]);
    assert_eq!(webhook_events(&summary), (3, 0, 0), "three events, read from the database, not from Smartlead: {summary}");
    let rows = sqlite_rows(&db, "SELECT id, kind, campaign_id, prospect_email, extra FROM webhook_events ORDER BY id", &[]);
    let kept: Vec<(&str, &str, u64, &str)> = rows.iter().map(|r| (r["id"].as_str().unwrap(), r["kind"].as_str().unwrap(), r["campaign_id"].as_u64().unwrap(), r["prospect_email"].as_str().unwrap())).collect();
    assert_eq!(kept, [("reply-0", "EMAIL_REPLY", 5, "p0@example.com"), ("reply-1", "EMAIL_REPLY", 5, "p1@example.com"), ("reply-2", "EMAIL_REPLY", 5, "p2@example.com")]);
    assert!(rows.iter().all(|r| r["extra"].as_str().unwrap().contains(r#""added_later":"#)), "the payload's other fields: {rows:?}");

    // An event already synced changes where it is kept (its action settled): a run that
    // read from the start again would find it and update its row.
    Connection::open(events).unwrap().execute("UPDATE events SET action = '{\"paused\": true}' WHERE id = 'reply-0'", []).unwrap();
    (3..5).for_each(deliver);
    let summary = synced_with(&mock, &db, &["--events-db", events]);
    assert_eq!(webhook_events(&summary), (2, 0, 0), "the next run reads on after the last event read: {summary}");
    assert_eq!(count(&db, "SELECT COUNT(*) FROM webhook_events"), 5);
    let missing = sync_with(&mock, &db, &["--events-db", "/nonexistent/events.db"]).wait_with_output().unwrap();
    assert_eq!(missing.status.code(), Some(2), "an events database named must open");
    assert!(String::from_utf8_lossy(&missing.stderr).contains("/nonexistent/events.db"), "{}", String::from_utf8_lossy(&missing.stderr));
}

#[test]
fn all_accounts_syncs_each_linked_account_with_its_own_key() {
    let keys = [("acme", "acme-sync-key-0123456789"), ("globex", "globex-sync-key-0123456789")];
    let mock = MockServer::start_any_key(KEY).unwrap();
    for (name, key) in keys {
        mock.with_account(key, |s| {
            for n in 0..2 {
                s.create_campaign(Some(&format!("{name} {n}")), None);
            }
        });
    }
    let db = fresh("sync-all");
    let dir = db.parent().unwrap().to_path_buf();
    let smartlead = |args: &[&str], stdin: &str| {
        let out = smartlead_in(&dir, &mock, args, stdin, &[]);
        assert!(out.status.success(), "{args:?}: {}", String::from_utf8_lossy(&out.stderr));
        for (_, key) in keys {
            assert!(!String::from_utf8_lossy(&out.stdout).contains(key) && !String::from_utf8_lossy(&out.stderr).contains(key), "a key was printed");
        }
        String::from_utf8(out.stdout).unwrap()
    };
    let mut ids = Vec::new();
    for (name, key) in keys {
        let linked: Value = serde_json::from_str(&smartlead(&["accounts", "link", name], &format!("{key}\n"))).unwrap();
        ids.push(linked["result"]["id"].as_str().unwrap().to_string());
    }
    let before = mock.requests().len();
    let out = smartlead(&["sync", "--all-accounts", "--rate-window", "1000000/1s", "--to", &format!("sqlite:{}", db.display())], "");
    let lines: Vec<Value> = out.lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(lines.iter().map(|l| l["account_id"].as_str().unwrap().to_string()).collect::<BTreeSet<_>>(), ids.iter().cloned().collect(), "{out}");
    let db = Connection::open(&db).unwrap();
    for ((name, _), id) in keys.iter().zip(&ids) {
        let mut query = db.prepare("SELECT name FROM campaigns WHERE account_id = ?1 ORDER BY name").unwrap();
        let names: Vec<String> = query.query_map([id], |row| row.get(0)).unwrap().map(Result::unwrap).collect();
        assert_eq!(names, [format!("{name} 0"), format!("{name} 1")], "each account's own campaigns under its id");
    }
    let spent: BTreeSet<String> = mock.requests()[before..].iter().filter_map(|r| r.query("api_key").map(str::to_string)).collect();
    assert_eq!(spent, keys.iter().map(|(_, key)| key.to_string()).collect(), "each account read with its own key, never the host's it was given");
}

/// Singer's `target-jsonl`, pinned in its own venv (`make test` makes it).
fn target_jsonl() -> PathBuf {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../target/singer-venv/bin/target-jsonl");
    assert!(path.is_file(), "{} is missing: `make singer-venv` installs the pinned Singer target", path.display());
    path
}

/// `smartlead tap ARGS | target-jsonl` into `out`: the tap's summary and the state the
/// target emitted last.
fn tap_into(mock: &MockServer, dir: &Path, out: &Path, args: &[&str]) -> Value {
    std::fs::create_dir_all(out).unwrap();
    let config = dir.join("tap.json");
    std::fs::write(&config, r#"{"lookback": "1d"}"#).unwrap();
    let target_config = dir.join("target.json");
    std::fs::write(&target_config, json!({"destination_path": out, "do_timestamp_file": false}).to_string()).unwrap();
    let mut tap = Command::new(env!("CARGO_BIN_EXE_smartlead"))
        .args(["tap", "--rate-window", "1000000/1s", "--config"])
        .arg(&config)
        .args(args)
        .env("SMARTLEAD_API_KEY", KEY)
        .env("SMARTLEAD_BASE_URL", mock.base_url())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let target = Command::new(target_jsonl()).arg("--config").arg(&target_config).stdin(tap.stdout.take().unwrap()).stdout(Stdio::piped()).stderr(Stdio::piped()).spawn().unwrap();
    let tapped = tap.wait_with_output().unwrap();
    let loaded = target.wait_with_output().unwrap();
    assert!(tapped.status.success(), "the tap: {}", String::from_utf8_lossy(&tapped.stderr));
    assert!(loaded.status.success(), "target-jsonl: {}", String::from_utf8_lossy(&loaded.stderr));
    let state = String::from_utf8_lossy(&loaded.stdout).lines().last().map(|l| serde_json::from_str(l).unwrap()).expect("target-jsonl emitted the state");
    state
}

/// The rows a stream's file holds, as JSON objects.
fn loaded(out: &Path, stream: &str) -> BTreeSet<String> {
    let text = std::fs::read_to_string(out.join(format!("{stream}.jsonl"))).unwrap_or_default();
    text.lines().map(|l| serde_json::from_str::<Value>(l).unwrap().to_string()).collect()
}

/// The rows `smartlead sync` wrote to a table, as the tap sends them.
fn synced_rows(db: &Path, table: &str) -> BTreeSet<String> {
    let skip = ["record_hash", "synced_at", "deleted_at", "sync_run"];
    sqlite_rows(db, &format!("SELECT * FROM {table}"), &skip).iter().map(Value::to_string).collect()
}

#[test]
fn the_singer_tap_loads_the_same_rows_as_sync_and_resumes_from_its_state() {
    let (mock, campaigns) = account();
    let db = fresh("tap-sync");
    synced(&mock, &db);
    let dir = db.parent().unwrap().to_path_buf();
    let out = dir.join("first");
    let state = tap_into(&mock, &dir, &out, &[]);
    for stream in ["campaigns", "email_accounts", "sequences", "campaign_leads", "campaign_statistics", "campaign_analytics", "analytics_by_date"] {
        let (tapped, synced) = (loaded(&out, stream), synced_rows(&db, stream));
        assert_eq!(tapped.len(), synced.len(), "{stream}");
        assert!(tapped == synced, "{stream}: the tap's rows differ from sync's, e.g. {:?} vs {:?}", tapped.difference(&synced).next(), synced.difference(&tapped).next());
    }

    // The next run from the saved state reads statistics incrementally.
    mock.with_store(|s| {
        for c in &campaigns {
            let m = s.memberships.range_mut((*c, 0)..=(*c, u64::MAX)).next().unwrap().1;
            m.messages.push(sent_message(&format!("tap-new-{c}"), 300_000));
        }
    });
    let state_file = dir.join("state.json");
    std::fs::write(&state_file, state.to_string()).unwrap();
    let before = mock.requests().len();
    tap_into(&mock, &dir, &dir.join("second"), &["--state", state_file.to_str().unwrap()]);
    let statistics = mock.requests()[before..].iter().filter(|r| r.path.ends_with("/statistics")).count();
    assert_eq!(statistics, 3, "one page a campaign: the run went on from the state");
    let again = loaded(&dir.join("second"), "campaign_statistics");
    for c in &campaigns {
        assert!(again.iter().any(|row| row.contains(&format!("tap-new-{c}"))), "the new statistic of {c} was sent");
    }
    assert!(again.len() < 1000, "{} statistics sent again: not incremental", again.len());
}

/// A wait that does not read as one is refused by name, before any request: on the
/// command line and in the tap's config.
#[test]
fn a_refresh_every_that_is_not_a_duration_is_refused_by_name() {
    let mock = MockServer::start(KEY).unwrap();
    let db = fresh("sync-refresh-refused");
    let refused = sync_with(&mock, &db, &["--refresh-every", "hourly"]).wait_with_output().unwrap();
    assert_eq!(refused.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&refused.stderr).contains("--refresh-every"), "{}", String::from_utf8_lossy(&refused.stderr));
    let config = db.parent().unwrap().join("tap.json");
    std::fs::write(&config, r#"{"refresh_every": "hourly"}"#).unwrap();
    let tapped = Command::new(env!("CARGO_BIN_EXE_smartlead")).args(["tap", "--config"]).arg(&config).env("SMARTLEAD_API_KEY", KEY).env("SMARTLEAD_BASE_URL", mock.base_url()).output().unwrap();
    assert_eq!(tapped.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&tapped.stderr).contains("the config's refresh_every"), "{}", String::from_utf8_lossy(&tapped.stderr));
    assert!(mock.requests().is_empty(), "nothing was read");
}

/// What `<body data-drawn>` says the report's charts hold, read from the DOM headless
/// Chromium (the Debian package) rendered.
fn drawn(chromium: &Path, page: &Path) -> Value {
    let out = Command::new(chromium)
        .args(["--headless", "--no-sandbox", "--disable-gpu", "--virtual-time-budget=10000", "--dump-dom"])
        .arg(format!("file://{}", page.display()))
        .output()
        .unwrap();
    let dom = String::from_utf8_lossy(&out.stdout);
    let start = dom.find("data-drawn=\"").unwrap_or_else(|| panic!("the page drew nothing: {}", String::from_utf8_lossy(&out.stderr))) + "data-drawn=\"".len();
    let attribute = &dom[start..start + dom[start..].find('"').unwrap()];
    serde_json::from_str(&attribute.replace("&quot;", "\"").replace("&amp;", "&")).unwrap()
}

#[test]
fn the_report_draws_the_synced_views_in_headless_chromium() {
    let (mock, campaigns) = account();
    mock.with_store(|s| s.replies(campaigns[0], 30, 1));
    let db = fresh("report");
    synced(&mock, &db);
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../target");
    let page = root.join("report.html");
    let out = Command::new(env!("CARGO_BIN_EXE_smartlead")).args(["report", "--db", &format!("sqlite:{}", db.display()), "--out"]).arg(&page).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let html = std::fs::read_to_string(&page).unwrap();
    assert!(!html.contains("http://") && !html.contains("https://cdn"), "the page fetches nothing when viewed");

    let chromium = smartlead_test_support::require("chromium", &[]);
    let drawn = drawn(&chromium, &page);
    let days: BTreeSet<String> = sqlite_rows(&db, "SELECT DISTINCT day FROM campaign_daily", &[]).iter().map(|r| r["day"].as_str().unwrap().to_string()).collect();
    assert_eq!(drawn["replies"]["labels"].as_array().unwrap().len(), days.len(), "a point a day: {drawn}");
    let lines = drawn["replies"]["datasets"].as_array().unwrap();
    assert_eq!(lines.len(), 3, "a line a campaign");
    let replied = |line: &Value| line["data"].as_array().unwrap().iter().map(|n| n.as_u64().unwrap()).sum::<u64>();
    let expected = mock.with_store(|s| s.campaign_leads(campaigns[0]).filter(|(_, m)| m.messages.iter().any(|x| x["type"] == "REPLY")).map(|(_, m)| m.messages.iter().filter(|x| x["type"] == "SENT").count() as u64).sum::<u64>());
    assert_eq!((replied(&lines[0]), replied(&lines[1]), replied(&lines[2])), (expected, 0, 0), "the replies the mock holds");
    let rates = &drawn["rates"]["datasets"];
    let reply_rate = rates[0]["data"][0].as_f64().unwrap();
    assert!((reply_rate - 100.0 * expected as f64 / 3334.0).abs() < 1e-9, "{rates}");
    assert_eq!(rates[1]["data"][0], rates[0]["data"][0], "every reply of the first campaign is positive");
    let boxes = &drawn["placement"];
    assert_eq!(boxes["labels"].as_array().unwrap().len(), mock.with_store(|s| s.email_accounts.len()));
    assert_eq!((boxes["datasets"][0]["data"][0].as_i64(), boxes["datasets"][1]["data"][0].as_i64()), (Some(448), Some(2)), "inbox vs spam: {boxes}");
    for chart in ["replies", "rates", "placement"] {
        assert!(drawn[chart]["painted"].as_u64().unwrap() > 2000, "{chart} is blank: {}", drawn[chart]["painted"]);
    }

    let shot = root.join("report.png");
    let _ = std::fs::remove_file(&shot);
    let status = Command::new(&chromium)
        .args(["--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--virtual-time-budget=10000", "--window-size=1200,1800"])
        .arg(format!("--screenshot={}", shot.display()))
        .arg(format!("file://{}", page.display()))
        .output()
        .unwrap();
    assert!(shot.metadata().is_ok_and(|m| m.len() > 20_000), "no screenshot: {}", String::from_utf8_lossy(&status.stderr));
}
