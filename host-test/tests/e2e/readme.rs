//! The gateway guide's curl examples (docs/gateway.md), run as written against the native
//! gateway and the mock: each must succeed and do what its line says.

use super::gateway::serve;
use host_test::{Harness, KEY, http};
use serde_json::{Value, json};
use std::collections::BTreeMap;

/// Ids and the cursor the README shows, replaced by the ones this run creates.
const README_CAMPAIGN: &str = "1562695";
const README_CONTACT: &str = "3000000001";
const README_CURSOR: &str = "eyJv…";
const README_BASE: &str = "http://127.0.0.1:8080";

/// One `curl` line: method, URL, headers, body.
struct Curl {
    method: String,
    url: String,
    headers: Vec<(String, String)>,
    body: String,
}

/// The shell block of the gateway guide (docs/gateway.md) that sets `H` and `G`, as lines.
fn readme_block() -> Vec<String> {
    let guide = include_str!("../../../docs/gateway.md");
    let section = guide.split("# The HTTP gateway\n").nth(1).expect("docs/gateway.md is the gateway guide");
    let block = section.split("```sh\n").find(|b| b.starts_with("H=")).expect("the gateway guide has the curl block");
    block.split("```").next().unwrap().lines().map(str::to_string).collect()
}

/// Expands `$NAME` from `vars` and reads the curl options the README uses.
fn parse(line: &str, vars: &BTreeMap<String, String>) -> Curl {
    let mut expanded = line.to_string();
    for (name, value) in vars {
        expanded = expanded.replace(&format!("${name}"), value);
    }
    let words = shlex::split(&expanded).unwrap_or_else(|| panic!("not shell words: {line}"));
    let mut curl = Curl { method: String::new(), url: String::new(), headers: Vec::new(), body: String::new() };
    let mut words = words.into_iter().skip(1);
    while let Some(word) = words.next() {
        match word.as_str() {
            "-H" => {
                let header = words.next().unwrap();
                let (name, value) = header.split_once(':').unwrap_or_else(|| panic!("header {header}"));
                curl.headers.push((name.trim().to_string(), value.trim().to_string()));
            }
            "-X" => curl.method = words.next().unwrap(),
            "-d" => curl.body = words.next().unwrap(),
            option if option.starts_with('-') => panic!("the test does not know curl's {option}: {line}"),
            _ => curl.url = word,
        }
    }
    if curl.method.is_empty() {
        curl.method = if curl.body.is_empty() { "GET" } else { "POST" }.into();
    }
    curl
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_readme_curl_examples_run_as_written() {
    // The host holds no key: every request must bring the README's header.
    let h = Harness::with(|s| s.api_key = None);
    let base = serve(&h).await;
    let key = [("x-smartlead-api-key", KEY)];
    let created = http("POST", &format!("{base}/tools/create_a_smartlead_campaign"), &key, r#"{"name": "README"}"#).await.unwrap();
    let campaign = created.json()["result"]["id"].as_u64().unwrap();
    let leads = json!({"campaign_id": campaign, "lead_list": [{"email": "one@example.com"}, {"email": "two@example.com"}]});
    http("POST", &format!("{base}/tools/create_a_smartlead_campaign_lead"), &key, &leads.to_string()).await.unwrap();
    let first_page = http("GET", &format!("{base}/unified/marketing-automation/contacts?campaign_id={campaign}&limit=1"), &key, "").await.unwrap();
    let cursor = first_page.json()["next_cursor"].as_str().expect("two leads make two pages").to_string();

    let mut vars = BTreeMap::new();
    let mut contact = None;
    let mut ran = Vec::new();
    for line in readme_block() {
        if let Some(assignments) = line.strip_prefix("H=").map(|rest| format!("H={rest}")) {
            for assignment in assignments.split("; ") {
                let (name, value) = assignment.split_once('=').unwrap();
                vars.insert(name.to_string(), shlex::split(value).unwrap().concat());
            }
            continue;
        }
        if !line.starts_with("curl ") {
            continue;
        }
        let mut curl = parse(&line, &vars);
        curl.url = curl.url.replace(README_BASE, &base).replace(README_CAMPAIGN, &campaign.to_string()).replace(README_CURSOR, &cursor);
        curl.body = curl.body.replace(README_CAMPAIGN, &campaign.to_string());
        if curl.url.contains(README_CONTACT) {
            let id: &String = contact.as_ref().expect("the README creates the contact before it uses its id");
            curl.url = curl.url.replace(README_CONTACT, id);
        }
        let headers: Vec<(&str, &str)> = curl.headers.iter().map(|(n, v)| (n.as_str(), if v == "your-key" { KEY } else { v.as_str() })).collect();
        let answer = http(&curl.method, &curl.url, &headers, &curl.body).await.unwrap();
        assert!((200..300).contains(&answer.status), "{line}\n→ {} {}", answer.status, answer.body);
        assert!(!answer.body.contains(KEY), "the key leaked: {}", answer.body);
        if curl.method == "POST" && curl.url.ends_with("/contacts") {
            contact = answer.json()["result"]["id"].as_str().map(str::to_string);
        }
        ran.push((curl.method, answer.status, if answer.body.is_empty() { Value::Null } else { answer.json() }));
    }

    assert_eq!(ran.len(), 10, "every curl line of the block ran");
    assert_eq!(h.sent("POST", &format!("/campaigns/{campaign}/status")).last().unwrap().body.as_ref().unwrap()["status"], "PAUSED");
    let id: u64 = contact.unwrap().parse().unwrap();
    assert!(h.mock.with_store(|s| !s.memberships.contains_key(&(campaign, id))), "the DELETE line removed the contact from the campaign");
    assert!(h.mock.requests().iter().all(|r| r.query("api_key") == Some(KEY)), "every request carried the key from the header");
    assert_eq!(ran.last().unwrap().2["result"][0]["name"], "Interested");
}
