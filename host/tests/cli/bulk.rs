//! `smartlead leads import` / `leads export` / `stats export` as a user runs them,
//! against the mock: the report equals what the mock recorded, an import interrupted by
//! a lost answer is continued without adding anyone twice, exports read back equal.

use super::{KEY, json, smartlead};
use serde_json::Value;
use smartlead_mock::MockServer;
use smartlead_mock::faults::Fault;
use smartlead_test_support::temp_dir;
use std::collections::BTreeMap;
use std::path::Path;

/// Pacing out of the way: these tests are about what is sent, not when.
const FAST: [&str; 2] = ["--rate-window", "100000/1s"];

pub(super) fn new_campaign(mock: &MockServer) -> u64 {
    json(&smartlead(Some(mock), &["call", "create_a_smartlead_campaign", "--args", r#"{"name": "Bulk"}"#]).stdout)["id"].as_u64().unwrap()
}

/// `smartlead leads import --campaign-id C FILE EXTRA…`: exit code, report, stderr.
fn import(mock: &MockServer, campaign: u64, file: &Path, extra: &[&str]) -> (Option<i32>, Value, String) {
    let campaign = campaign.to_string();
    let mut args = vec!["leads", "import", "--campaign-id", &campaign, file.to_str().unwrap()];
    args.extend(FAST);
    args.extend(extra);
    let out = smartlead(Some(mock), &args);
    let stderr = String::from_utf8_lossy(&out.stderr).to_string();
    let report = serde_json::from_slice(&out.stdout).unwrap_or_else(|e| panic!("no report ({e}): {stderr}"));
    (out.status.code(), report, stderr)
}

/// The add-leads requests the mock received for `campaign`: the emails of each.
pub(super) fn batches_sent(mock: &MockServer, campaign: u64) -> Vec<Vec<String>> {
    let path = format!("/campaigns/{campaign}/leads");
    mock.requests()
        .into_iter()
        .filter(|r| r.method == "POST" && r.path == path)
        .map(|r| r.body.unwrap()["lead_list"].as_array().unwrap().iter().map(|l| l["email"].as_str().unwrap().to_string()).collect())
        .collect()
}

fn emails_in(mock: &MockServer, campaign: u64) -> Vec<String> {
    mock.with_store(|s| s.campaign_leads(campaign).map(|(lead, _)| s.leads[lead].fields["email"].as_str().unwrap().to_string()).collect())
}

/// 1,050 rows: 20 invalid emails, 30 leads already in the campaign, 25 on the block
/// list, 960 new, and 15 repeats of earlier rows (in another case); returns the CSV.
fn prospect_list(already: &[String]) -> String {
    let mut rows = vec!["Email Address,First Name,Company,Job Title".to_string()];
    for i in 0..1050 {
        let email = match i {
            0..20 => format!("not-an-email-{i}"),
            20..50 => already[i - 20].clone(),
            50..75 => format!("person{i}@blocked.example"),
            1035.. => format!("NEW{}@example.com", i - 900),
            _ => format!("new{i}@example.com"),
        };
        rows.push(format!("{email},Person {i},\"Acme, Inc\",Engineer"));
    }
    rows.join("\r\n") + "\r\n"
}

#[test]
fn an_import_of_1050_rows_reports_what_smartlead_recorded() {
    let mock = MockServer::start(KEY).unwrap();
    let campaign = new_campaign(&mock);
    let already: Vec<String> = (0..30).map(|i| format!("old{i}@example.com")).collect();
    mock.with_store(|s| {
        let list: Vec<Value> = already.iter().map(|e| serde_json::json!({"email": e})).collect();
        s.add_leads(campaign, &list, &serde_json::json!({}));
        s.block_list.push("blocked.example".into());
    });
    let dir = temp_dir("1050");
    let file = dir.join("prospects.csv");
    std::fs::write(&file, prospect_list(&already)).unwrap();

    let (code, report, stderr) = import(&mock, campaign, &file, &[]);
    assert_eq!(code, Some(0), "{stderr}");
    let sent = batches_sent(&mock, campaign);
    assert_eq!(sent.iter().map(Vec::len).collect::<Vec<_>>(), [100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 15], "11 batches");
    let in_campaign = emails_in(&mock, campaign);
    let new = in_campaign.len() as u64 - 30;
    assert_eq!((report["rows"].as_u64(), report["batches"].as_u64(), report["batches_done"].as_u64()), (Some(1050), Some(11), Some(11)));
    assert_eq!(report["sent"].as_u64(), Some(sent.iter().map(|b| b.len() as u64).sum()));
    assert_eq!((report["added"].as_u64(), new), (Some(960), 960), "added is what the mock stored");
    assert_eq!((report["already_in_campaign"].as_u64(), report["blocked"].as_u64(), report["invalid"].as_u64()), (Some(30), Some(25), Some(35)));
    assert!(stderr.contains("already in the campaign") && stderr.contains("11/11 batches"), "the summary table: {stderr}");

    let rejects = std::fs::read_to_string(dir.join("prospects.csv.rejects.csv")).unwrap();
    let mut reader = csv::Reader::from_reader(rejects.as_bytes());
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), 35);
    assert_eq!((&rows[0][0], &rows[0][1], &rows[0][2]), ("1", "not-an-email-0", "\"not-an-email-0\" is not an email address"));
    assert_eq!((&rows[34][0], &rows[34][2]), ("1050", "the same email as row 150"), "an in-file repeat names the row it repeats");
    let everyone: Vec<String> = sent.concat();
    assert!(!everyone.iter().any(|e| e.starts_with("not-an-email")), "an invalid email was sent");
}

#[test]
fn a_lost_answer_is_looked_up_and_nobody_is_added_twice() {
    let mock = MockServer::start(KEY).unwrap();
    let campaign = new_campaign(&mock);
    let dir = temp_dir("resume");
    let file = dir.join("prospects.csv");
    let rows: String = (0..1050).map(|i| format!("lead{i}@example.com,Lead {i}\n")).collect();
    std::fs::write(&file, format!("email,first_name\n{rows}")).unwrap();
    // Batch 6 is stored by Smartlead, but its answer never arrives.
    mock.fail_request("POST", &format!("/campaigns/{campaign}/leads"), 5, Fault::ResetAfterServing);

    let (code, report, stderr) = import(&mock, campaign, &file, &[]);
    assert_eq!(code, Some(4), "{stderr}");
    assert!(stderr.contains("run the same command again"), "{stderr}");
    assert_eq!((report["batches_done"].as_u64(), report["unanswered_batches"].clone()), (Some(5), serde_json::json!([6])));
    assert_eq!(batches_sent(&mock, campaign).len(), 6);
    assert_eq!(emails_in(&mock, campaign).len(), 600, "batch 6 was stored");

    let lookups_before = mock.count("GET", "/leads/");
    let (code, report, stderr) = import(&mock, campaign, &file, &[]);
    assert_eq!(code, Some(0), "{stderr}");
    let sent = batches_sent(&mock, campaign);
    assert_eq!(sent.len(), 11, "batches 7 to 11 sent, batch 6 not again");
    assert_eq!(mock.count("GET", "/leads/") - lookups_before, 100, "batch 6's leads looked up first");
    assert_eq!((report["found_on_resume"].as_u64(), report["added"].as_u64(), report["batches_done"].as_u64()), (Some(100), Some(950), Some(11)));
    let mut times: BTreeMap<String, usize> = BTreeMap::new();
    for email in sent.concat() {
        *times.entry(email).or_default() += 1;
    }
    assert_eq!(times.len(), 1050);
    assert!(times.values().all(|n| *n == 1), "an email was sent twice");
    assert_eq!(emails_in(&mock, campaign).len(), 1050);

    let (code, _, _) = import(&mock, campaign, &file, &[]);
    assert_eq!((code, batches_sent(&mock, campaign).len()), (Some(0), 11), "a finished import sends nothing again");
}

#[test]
fn batches_of_400_and_an_import_the_lead_limit_stops() {
    let mock = MockServer::start(KEY).unwrap();
    let campaign = new_campaign(&mock);
    let dir = temp_dir("limits");
    let big = dir.join("big.jsonl");
    let lines: String = (0..1000).map(|i| format!("{{\"email\": \"big{i}@example.com\", \"company\": \"Big {i}\"}}\n")).collect();
    std::fs::write(&big, lines).unwrap();
    let (code, _, stderr) = import(&mock, campaign, &big, &["--batch-size", "400"]);
    assert_eq!(code, Some(0), "{stderr}");
    assert_eq!(batches_sent(&mock, campaign).iter().map(Vec::len).collect::<Vec<_>>(), [400, 400, 200]);
    let refused = smartlead(Some(&mock), &["leads", "import", "--campaign-id", "1", big.to_str().unwrap(), "--batch-size", "401"]);
    assert_eq!(refused.status.code(), Some(2));

    let second = new_campaign(&mock);
    let capped = dir.join("capped.csv");
    let rows: String = (0..300).map(|i| format!("capped{i}@example.com\n")).collect();
    std::fs::write(&capped, format!("email\n{rows}")).unwrap();
    mock.with_store(|s| s.lead_limit = Some(s.leads.len() + 150));
    let (code, report, stderr) = import(&mock, second, &capped, &[]);
    assert_eq!(code, Some(3), "{stderr}");
    assert!(stderr.contains("lead limit") && report["stopped"].as_str().unwrap().contains("batch 2 of 3"), "{stderr}");
    assert_eq!((report["added"].as_u64(), report["not_imported"].as_u64()), (Some(150), Some(50)));
    assert_eq!(batches_sent(&mock, second).len(), 2, "stopped at the batch that ran out");
    mock.with_store(|s| s.lead_limit = None);
    let (code, report, stderr) = import(&mock, second, &capped, &[]);
    assert_eq!(code, Some(0), "{stderr}");
    assert_eq!((report["found_on_resume"].as_u64(), emails_in(&mock, second).len()), (Some(50), 300));
}

#[test]
fn a_dry_run_shows_the_mapping_and_sends_nothing() {
    let mock = MockServer::start(KEY).unwrap();
    let dir = temp_dir("dry");
    let file = dir.join("list.csv");
    std::fs::write(&file, "\u{feff}E-mail,LinkedIn,Company,Notes,id\r\n\"ada@example.com\",https://linkedin.com/in/ada,\"Engines, Ltd\",\"first line\r\nsecond\",7\r\n").unwrap();
    let out = smartlead(Some(&mock), &["leads", "import", "--campaign-id", "5", file.to_str().unwrap(), "--dry-run", "--map", "Notes=custom_fields.note"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let plan = json(&out.stdout);
    let mapping: Vec<(&str, &str)> = plan["mapping"].as_array().unwrap().iter().map(|m| (m["column"].as_str().unwrap(), m["target"].as_str().unwrap())).collect();
    assert_eq!(mapping, [("E-mail", "email"), ("LinkedIn", "linkedin_profile"), ("Company", "company_name"), ("Notes", "custom_fields.note"), ("id", "ignored")]);
    assert_eq!((plan["leads"].as_u64(), plan["batches"][0]["first_row"].as_u64()), (Some(1), Some(1)));
    assert!(mock.requests().is_empty(), "a dry run sent something");
    assert!(!dir.join("list.csv.smartlead-journal").exists(), "a dry run keeps no journal");

    for (content, says) in [("", "is empty"), ("name\nAda\n", "no column holds the email")] {
        std::fs::write(&file, content).unwrap();
        let out = smartlead(Some(&mock), &["leads", "import", "--campaign-id", "5", file.to_str().unwrap()]);
        assert_eq!(out.status.code(), Some(2), "{content:?}");
        assert!(String::from_utf8_lossy(&out.stderr).contains(says), "{}", String::from_utf8_lossy(&out.stderr));
    }
    std::fs::write(&file, "email,first_name\r\n").unwrap();
    let (code, report, _) = import(&mock, 5, &file, &[]);
    assert_eq!((code, report["rows"].as_u64(), report["batches"].as_u64()), (Some(0), Some(0), Some(0)));
    let unknown = dir.join("list.txt");
    std::fs::write(&unknown, "email\n").unwrap();
    assert_eq!(smartlead(Some(&mock), &["leads", "import", "--campaign-id", "5", unknown.to_str().unwrap()]).status.code(), Some(2));
    assert!(mock.requests().is_empty(), "refused input sent something");
}

#[test]
fn exports_of_10000_leads_read_back_equal() {
    let mock = MockServer::start(KEY).unwrap();
    let campaign = new_campaign(&mock);
    mock.with_store(|s| s.seed_campaign_leads(campaign, 10_000));
    let dir = temp_dir("export");
    let expected: BTreeMap<String, Value> = mock.with_store(|s| {
        s.campaign_leads(campaign).map(|(lead, _)| (s.leads[lead].fields["email"].as_str().unwrap().to_string(), Value::Object(s.leads[lead].fields.clone()))).collect()
    });
    let c = campaign.to_string();
    for format in ["csv", "jsonl"] {
        let out = dir.join(format!("leads.{format}"));
        let mut args = vec!["leads", "export", "--campaign-id", &c, "--format", format, "--out", out.to_str().unwrap()];
        args.extend(FAST);
        let run = smartlead(Some(&mock), &args);
        assert!(run.status.success(), "{}", String::from_utf8_lossy(&run.stderr));
        let rows: Vec<Value> = match format {
            "csv" => {
                let mut reader = csv::Reader::from_path(&out).unwrap();
                let headers = reader.headers().unwrap().clone();
                reader.records().map(|r| Value::Object(headers.iter().zip(r.unwrap().iter()).map(|(h, v)| (h.to_string(), Value::String(v.to_string()))).collect())).collect()
            }
            _ => std::fs::read_to_string(&out).unwrap().lines().map(|l| serde_json::from_str(l).unwrap()).collect(),
        };
        assert_eq!(rows.len(), 10_000, "{format}");
        for row in &rows {
            let email = row["email"].as_str().unwrap();
            let lead = &expected[email];
            assert_eq!(row["first_name"], lead["first_name"], "{format}");
            assert_eq!(row["company_name"], lead["company_name"], "{format}: a quoted comma");
            let custom: Value = match &row["custom_fields"] {
                Value::String(text) => serde_json::from_str(text).unwrap(),
                object => object.clone(),
            };
            assert_eq!(custom, lead["custom_fields"], "{format}: custom fields, a newline inside");
        }
        if format == "jsonl" {
            assert!(rows[0]["id"].is_u64() && rows[0]["is_unsubscribed"].is_boolean(), "typed: {}", rows[0]);
        }
        assert!(!dir.join(format!("leads.{format}.partial")).exists());
    }
    let mut args = vec!["stats", "export", "--campaign-id", &c, "--format", "jsonl"];
    args.extend(FAST);
    let stats = smartlead(Some(&mock), &args);
    assert!(stats.status.success(), "{}", String::from_utf8_lossy(&stats.stderr));
    let lines: Vec<Value> = String::from_utf8_lossy(&stats.stdout).lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(lines.len(), 10_000);
    assert!(lines[0]["open_count"].is_u64() && lines[0]["is_bounced"].is_boolean(), "{}", lines[0]);
}

/// Without `--campaign-id` an export walks every campaign of the account, each row after
/// its campaign's id.
#[test]
fn an_export_without_a_campaign_walks_the_account() {
    let mock = MockServer::start(KEY).unwrap();
    let campaigns: Vec<u64> = (0..3).map(|_| new_campaign(&mock)).collect();
    mock.with_store(|s| {
        for (n, &campaign) in campaigns.iter().enumerate() {
            let leads: Vec<Value> = (0..2).map(|i| serde_json::json!({"email": format!("c{n}l{i}@example.com")})).collect();
            s.add_leads(campaign, &leads, &serde_json::json!({}));
        }
    });
    let out = smartlead(Some(&mock), &["leads", "export", "--format", "jsonl"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let rows: Vec<Value> = String::from_utf8_lossy(&out.stdout).lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    let got: Vec<(u64, String)> = rows.iter().map(|r| (r["campaign_id"].as_u64().unwrap(), r["email"].as_str().unwrap().to_string())).collect();
    let expected: Vec<(u64, String)> = campaigns.iter().enumerate().flat_map(|(n, &c)| (0..2).map(move |i| (c, format!("c{n}l{i}@example.com")))).collect();
    assert_eq!(got, expected);
    let csv = smartlead(Some(&mock), &["leads", "export"]);
    assert!(String::from_utf8_lossy(&csv.stdout).starts_with("campaign_id,id,campaign_lead_map_id,"), "the campaign first");
}

#[test]
fn formulas_pass_through_unless_escaped() {
    let mock = MockServer::start(KEY).unwrap();
    let campaign = new_campaign(&mock);
    mock.with_store(|s| {
        let lead = serde_json::json!({"email": "eve@example.com", "first_name": "=HYPERLINK(\"http://evil.example\",\"click\")", "company_name": "-2+3", "last_name": "@SUM(A1)"});
        s.add_leads(campaign, &[lead], &serde_json::json!({}));
    });
    let c = campaign.to_string();
    let cells = |extra: &[&str]| {
        let mut args = vec!["leads", "export", "--campaign-id", &c];
        args.extend(extra);
        let out = smartlead(Some(&mock), &args);
        let mut reader = csv::Reader::from_reader(out.stdout.as_slice());
        let headers = reader.headers().unwrap().clone();
        let row = reader.records().next().unwrap().unwrap();
        headers.iter().zip(row.iter()).map(|(h, v)| (h.to_string(), v.to_string())).collect::<BTreeMap<_, _>>()
    };
    let raw = cells(&[]);
    assert_eq!(raw["first_name"], "=HYPERLINK(\"http://evil.example\",\"click\")", "passes through by default");
    let escaped = cells(&["--escape-formulas"]);
    assert_eq!((escaped["first_name"].as_str(), escaped["company_name"].as_str(), escaped["last_name"].as_str()), (
        "'=HYPERLINK(\"http://evil.example\",\"click\")",
        "'-2+3",
        "'@SUM(A1)"
    ));
    assert_eq!(escaped["email"], "eve@example.com");
}

/// The README's bulk lines, run by bash as written (the campaign id replaced by this
/// run's) in a directory holding a prospects.csv: each exits 0 and leaves its file.
#[test]
fn the_readme_bulk_lines_run_as_written() {
    let block = super::readme_shell_block("Bulk: prospect lists in, leads and statistics out");
    let mock = MockServer::start(KEY).unwrap();
    let campaign = new_campaign(&mock);
    let dir = temp_dir("readme");
    let rows: String = (0..120).map(|i| format!("readme{i}@example.com,Reader {i},\"Acme, Inc\"\n")).collect();
    std::fs::write(dir.join("prospects.csv"), format!("Email Address,First Name,Company\n{rows}not-an-email,X,\n")).unwrap();
    let bin = Path::new(env!("CARGO_BIN_EXE_smartlead")).parent().unwrap().display().to_string();
    let lines: Vec<String> = block.lines().filter(|l| l.starts_with("smartlead ")).map(|l| l.replace("1562695", &campaign.to_string())).collect();
    assert_eq!(lines.len(), 5, "{block}");
    for line in &lines {
        let out = std::process::Command::new("bash")
            .arg("-c")
            .arg(line)
            .current_dir(&dir)
            .env("PATH", format!("{bin}:{}", std::env::var("PATH").unwrap_or_default()))
            .env("SMARTLEAD_API_KEY", KEY)
            .env("SMARTLEAD_BASE_URL", mock.base_url())
            .output()
            .unwrap();
        assert!(out.status.success(), "{line}: {}", String::from_utf8_lossy(&out.stderr));
        assert!(!String::from_utf8_lossy(&out.stdout).contains(KEY) && !String::from_utf8_lossy(&out.stderr).contains(KEY));
    }
    assert_eq!(batches_sent(&mock, campaign).len(), 2, "the second import line sent nothing again");
    assert_eq!(emails_in(&mock, campaign).len(), 120);
    assert!(std::fs::read_to_string(dir.join("prospects.csv.rejects.csv")).unwrap().contains("not-an-email"));
    assert_eq!(std::fs::read_to_string(dir.join("leads.csv")).unwrap().lines().count(), 121, "a header and 120 leads");
    assert_eq!(std::fs::read_to_string(dir.join("stats.jsonl")).unwrap().lines().count(), 120);
}
