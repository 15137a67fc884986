//! The 22 global analytics reports as Smartlead answers them (`{ok, data: {<report>: …}}`),
//! computed from the store: each lead emailed is one sent, each lead with a reply one
//! reply; the day-wise reports count each on its own day, the others every event on the
//! day of `NOW`; rates as Smartlead's `"50%"` text.

use crate::Account;
use crate::answer::{Answer, Q, ok, paged};
use crate::store::{Campaign, NOW, Store};
use axum::Json;
use axum::Router;
use axum::http::StatusCode;
use axum::routing::get;
use serde_json::{Value, json};
use std::collections::BTreeMap;

pub fn router() -> Router {
    Router::new()
        .route("/analytics/overall-stats-v2", get(overall))
        .route("/analytics/campaign/list", get(campaign_list))
        .route("/analytics/client/list", get(client_list))
        .route("/analytics/client/month-wise-count", get(month_wise))
        .route("/analytics/day-wise-overall-stats", get(|s: Account, q: Q| day_wise(s, q, false, &["sent", "opened", "replied", "bounced"])))
        .route("/analytics/day-wise-overall-stats-by-sent-time", get(|s: Account, q: Q| day_wise(s, q, true, &["sent", "opened"])))
        .route("/analytics/day-wise-positive-reply-stats", get(|s: Account, q: Q| day_wise(s, q, false, &["positive_replied"])))
        .route("/analytics/day-wise-positive-reply-stats-by-sent-time", get(|s: Account, q: Q| day_wise(s, q, true, &["positive_replied"])))
        .route("/analytics/campaign/overall-stats", get(campaign_performance))
        .route("/analytics/client/overall-stats", get(client_performance))
        .route("/analytics/mailbox/name-wise-health-metrics", get(|s: Account, q: Q| mailbox_health(s, q, false)))
        .route("/analytics/mailbox/domain-wise-health-metrics", get(|s: Account, q: Q| mailbox_health(s, q, true)))
        .route("/analytics/mailbox/overall-stats", get(mailbox_overview))
        .route("/analytics/mailbox/provider-wise-overall-performance", get(provider_performance))
        .route("/analytics/team-board/overall-stats", get(team_board))
        .route("/analytics/lead/overall-stats", get(lead_stats))
        .route("/analytics/lead/category-wise-response", get(category_responses))
        .route("/analytics/campaign/leads-take-for-first-reply", get(first_reply))
        .route("/analytics/campaign/follow-up-reply-rate", get(follow_up_rate))
        .route("/analytics/campaign/lead-to-reply-time", get(reply_time))
        .route("/analytics/campaign/response-stats", get(response_stats))
        .route("/analytics/campaign/status-stats", get(status_stats))
}

fn report(key: &str, value: Value) -> Answer {
    ok(json!({"ok": true, "data": {key: value}}))
}

fn refuse(message: &str) -> Answer {
    (StatusCode::BAD_REQUEST, Json(json!({"ok": false, "message": message})))
}

/// `1,2,3` as ids; absent is no filter.
fn ids(q: &Q, key: &str) -> Option<Vec<u64>> {
    q.get(key).map(|v| v.split(',').filter_map(|id| id.trim().parse().ok()).collect())
}

/// The window, checked as Smartlead checks it; `None` when it is missing or malformed.
fn window(q: &Q, zoned: bool) -> Result<(i64, i64), Answer> {
    let day = |key: &str| q.get(key).and_then(|d| days(d));
    let (Some(start), Some(end)) = (day("start_date"), day("end_date")) else { return Err(refuse("start_date and end_date are required (YYYY-MM-DD)")) };
    if zoned && q.get("timezone").is_none_or(|tz| tz.is_empty()) {
        return Err(refuse("timezone is required"));
    }
    Ok((start, end))
}

/// Days since 1970-01-01 of a `YYYY-MM-DD` date (Howard Hinnant's days_from_civil).
fn days(date: &str) -> Option<i64> {
    let mut parts = date.get(..10)?.split('-').map(|p| p.parse::<i64>().ok());
    let (y, m, d) = (parts.next()??, parts.next()??, parts.next()??);
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let doy = (153 * (m + if m > 2 { -3 } else { 9 }) + 2) / 5 + d - 1;
    Some(era * 146_097 + yoe * 365 + yoe / 4 - yoe / 100 + doy - 719_468)
}

/// The `YYYY-MM-DD` of a day number (civil_from_days).
fn date_of(z: i64) -> String {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    format!("{:04}-{:02}-{:02}", yoe + era * 400 + (m <= 2) as i64, m, d)
}

/// A campaign's activity.
#[derive(Default, Clone, Copy)]
struct Figures {
    sent: u64,
    replied: u64,
    positive: u64,
    negative: u64,
    neutral: u64,
}

impl Figures {
    fn add(self, o: Figures) -> Figures {
        Figures { sent: self.sent + o.sent, replied: self.replied + o.replied, positive: self.positive + o.positive, negative: self.negative + o.negative, neutral: self.neutral + o.neutral }
    }
}

/// The sentiment of a lead category (`positive`, …), `""` for none.
fn sentiment(s: &Store, category: Option<u64>) -> &str {
    s.categories.iter().find(|c| Some(c["id"].as_u64().unwrap_or(0)) == category).and_then(|c| c["sentiment_type"].as_str()).unwrap_or("")
}

fn figures(s: &Store, campaign: u64) -> Figures {
    s.campaign_leads(campaign).fold(Figures::default(), |f, (_, m)| {
        let replied = m.messages.iter().any(|msg| msg["type"] == "REPLY") as u64;
        let sentiment = sentiment(s, m.category_id);
        f.add(Figures { sent: 1, replied, positive: (sentiment == "positive") as u64, negative: (sentiment == "negative") as u64, neutral: (sentiment == "neutral") as u64 })
    })
}

fn rate(part: u64, whole: u64) -> String {
    format!("{}%", if whole == 0 { 0.0 } else { (part as f64 * 1000.0 / whole as f64).round() / 10.0 })
}

/// The campaigns in scope: `campaign_ids` and the clients of `client_ids`.
fn in_scope<'a>(s: &'a Store, q: &Q) -> Vec<&'a Campaign> {
    let (campaigns, clients) = (ids(q, "campaign_ids"), ids(q, "client_ids"));
    s.campaigns
        .values()
        .filter(|c| campaigns.as_ref().is_none_or(|ids| ids.contains(&c.id)))
        .filter(|c| clients.as_ref().is_none_or(|ids| c.client_id.is_some_and(|id| ids.contains(&id))))
        .collect()
}

/// Whether the window holds the day everything happened.
fn holds_now((start, end): (i64, i64)) -> bool {
    days(NOW).is_some_and(|today| (start..=end).contains(&today))
}

/// A campaign's activity in the window.
fn figures_in(s: &Store, campaign: u64, w: (i64, i64)) -> Figures {
    if holds_now(w) { figures(s, campaign) } else { Figures::default() }
}

/// The activity in scope and in the window.
fn total(s: &Store, q: &Q, w: (i64, i64)) -> Figures {
    in_scope(s, q).iter().fold(Figures::default(), |f, c| f.add(figures_in(s, c.id, w)))
}

/// A paged report's page (`offset`/`limit` as text; Smartlead documents no bound, the
/// component asks for at most 100).
fn paged_report(key: &str, items: Vec<Value>, q: &Q) -> Answer {
    match paged(items, q, 100) {
        Ok(page) => report(key, page.into()),
        Err(refused) => refused,
    }
}

async fn overall(s: Account, q: Q) -> Answer {
    let w = match window(&q, false) { Ok(w) => w, Err(e) => return e };
    let f = total(&s.store(), &q, w);
    report("overall_stats", json!({"sent": f.sent, "opened": f.replied, "replied": f.replied, "bounced": 0, "unique_lead_count": f.sent,
        "unique_open_count": f.replied, "positive_replied": f.positive, "open_rate": rate(f.replied, f.sent), "reply_rate": rate(f.replied, f.sent),
        "positive_reply_rate": rate(f.positive, f.sent), "bounce_rate": "0%"}))
}

async fn campaign_list(s: Account, q: Q) -> Answer {
    let s = s.store();
    report("campaign_list", in_scope(&s, &q).iter().map(|c| json!({"id": c.id, "name": c.name})).collect())
}

fn clients<'a>(s: &'a Store, q: &Q) -> impl Iterator<Item = &'a Value> {
    let only = ids(q, "client_ids");
    s.clients.values().filter(move |c| only.as_ref().is_none_or(|ids| ids.contains(&c["id"].as_u64().unwrap_or(0))))
}

async fn client_list(s: Account, q: Q) -> Answer {
    let s = s.store();
    report("client_list", clients(&s, &q).map(|c| json!({"id": c["id"], "name": c["name"]})).collect())
}

async fn month_wise(s: Account, q: Q) -> Answer {
    let s = s.store();
    let mut months: BTreeMap<String, u64> = BTreeMap::new();
    for c in clients(&s, &q) {
        *months.entry(c["created_at"].as_str().unwrap_or(NOW)[..7].to_string()).or_default() += 1;
    }
    report("monthly_stats", months.into_iter().map(|(month, count)| json!({"month": month, "count": count})).collect())
}

async fn day_wise(s: Account, q: Q, by_sent_time: bool, columns: &'static [&'static str]) -> Answer {
    let (start, end) = match window(&q, by_sent_time) { Ok(w) => w, Err(e) => return e };
    if end - start > 366 {
        return refuse("the window must not exceed one year");
    }
    let s = s.store();
    let counts = daily(&s, &q, by_sent_time);
    let rows = (start..=end).map(|day| {
        let f = counts.get(&day).copied().unwrap_or_default();
        let all = json!({"sent": f.sent, "opened": f.replied, "replied": f.replied, "bounced": 0, "positive_replied": f.positive});
        let mut row = json!({"date": date_of(day)});
        for column in columns {
            row[*column] = all[*column].clone();
        }
        row
    });
    report("day_wise_stats", rows.collect())
}

/// The activity in scope by day: each email on the day it was sent, each lead that
/// replied once, on the day of its first reply (or, `by_sent_time`, of its first email),
/// positive when its category is.
fn daily(s: &Store, q: &Q, by_sent_time: bool) -> BTreeMap<i64, Figures> {
    let mut by_day: BTreeMap<i64, Figures> = BTreeMap::new();
    let day_of = |m: &Value| m["time"].as_str().and_then(days);
    for c in in_scope(s, q) {
        for (_, m) in s.campaign_leads(c.id) {
            let sent: Vec<i64> = m.messages.iter().filter(|x| x["type"] == "SENT").filter_map(day_of).collect();
            for day in &sent {
                by_day.entry(*day).or_default().sent += 1;
            }
            let replied = m.messages.iter().filter(|x| x["type"] == "REPLY").find_map(day_of);
            let on = if by_sent_time { replied.and(sent.first().copied()) } else { replied };
            if let Some(day) = on {
                let positive = sentiment(s, m.category_id) == "positive";
                let f = by_day.entry(day).or_default();
                f.replied += 1;
                f.positive += positive as u64;
            }
        }
    }
    by_day
}

async fn campaign_performance(s: Account, q: Q) -> Answer {
    let w = match window(&q, false) { Ok(w) => w, Err(e) => return e };
    let s = s.store();
    // Live answers carry only the counts (field evidence): no rates here.
    let rows = in_scope(&s, &q).into_iter().map(|c| {
        let f = figures_in(&s, c.id, w);
        json!({"id": c.id, "campaign_name": c.name, "sent": f.sent, "opened": f.replied, "replied": f.replied, "bounced": 0})
    });
    paged_report("campaign_wise_performance", rows.collect(), &q)
}

async fn client_performance(s: Account, q: Q) -> Answer {
    if let Err(e) = window(&q, false) { return e };
    let s = s.store();
    let filter = q.get("filter").map(|f| f.to_lowercase());
    let rows = clients(&s, &q)
        .filter(|c| filter.as_ref().is_none_or(|f| c["name"].as_str().unwrap_or("").to_lowercase().contains(f)))
        .map(|c| {
            let theirs: Vec<&Campaign> = s.campaigns.values().filter(|k| k.client_id == c["id"].as_u64()).collect();
            let f = theirs.iter().fold(Figures::default(), |f, k| f.add(figures(&s, k.id)));
            json!({"client_id": c["id"], "client_name": c["name"], "total_campaigns_count": theirs.len(), "campaign_stats": {"sent": f.sent, "replied": f.replied}})
        });
    paged_report("client_wise_performance", rows.collect(), &q)
}

async fn mailbox_health(s: Account, q: Q, by_domain: bool) -> Answer {
    if let Err(e) = window(&q, false) { return e };
    let s = s.store();
    // Each campaign's sends are counted on its first mailbox.
    let mut sent: BTreeMap<String, u64> = BTreeMap::new();
    for account in s.email_accounts.values() {
        let email = account["from_email"].as_str().unwrap_or("").to_string();
        let key = if by_domain { email.split('@').nth(1).unwrap_or("").to_string() } else { email };
        let id = account["id"].as_u64().unwrap_or(0);
        let count: u64 = in_scope(&s, &q).iter().filter(|c| c.email_account_ids.first() == Some(&id)).map(|c| figures(&s, c.id).sent).sum();
        *sent.entry(key).or_default() += count;
    }
    let bounced_only = q.get("is_bounced").map(|v| v == "true");
    let (key, field) = if by_domain { ("domain_health_metrics", "domain") } else { ("email_health_metrics", "email_account") };
    let rows = sent
        .into_iter()
        .filter(|_| bounced_only != Some(true))
        .map(|(name, sent)| json!({field: name, "sent": sent, "opened": 0, "replied": 0, "bounced": 0}));
    paged_report(key, rows.collect(), &q)
}

async fn mailbox_overview(s: Account, _q: Q) -> Answer {
    let s = s.store();
    let accounts: Vec<&Value> = s.email_accounts.values().collect();
    let connected = accounts.iter().filter(|a| a["is_smtp_success"] == true).count();
    let in_use = accounts.iter().filter(|a| s.campaigns.values().any(|c| c.email_account_ids.contains(&a["id"].as_u64().unwrap_or(0)))).count();
    let without_warmup = accounts.iter().filter(|a| a["warmup_details"]["status"] != "ACTIVE").count();
    report("overall_mailbox_stats", json!({"total_connected": connected, "in_use": in_use, "disconnected": accounts.len() - connected, "enabled_without_warmup": without_warmup}))
}

async fn provider_performance(s: Account, q: Q) -> Answer {
    let w = match window(&q, false) { Ok(w) => w, Err(e) => return e };
    let f = total(&s.store(), &q, w);
    report("email_providers_performance_overview", json!({"overall": [{"provider": "SMTP", "sent": f.sent, "replied": f.replied}], "tag_wise": []}))
}

async fn team_board(s: Account, q: Q) -> Answer {
    let w = match window(&q, false) { Ok(w) => w, Err(e) => return e };
    let s = s.store();
    let f = total(&s, &q, w);
    report("team_board_stats", json!([{"id": 196026, "name": "Ada Sender", "profile_pic_url": null, "lead_count": f.sent, "campaign_count": in_scope(&s, &q).len(),
        "reply_count": f.replied, "positive_reply_count": f.positive, "reply_rate": rate(f.replied, f.sent), "positive_reply_rate": rate(f.positive, f.sent),
        "average_reply_time": "2h 5m", "unique_open_count": f.replied}]))
}

async fn lead_stats(s: Account, q: Q) -> Answer {
    let w = match window(&q, false) { Ok(w) => w, Err(e) => return e };
    let f = total(&s.store(), &q, w);
    let (new, follow_up) = (f.sent - f.replied, f.replied);
    let share = |n: u64| if f.sent == 0 { 0.0 } else { n as f64 * 100.0 / f.sent as f64 };
    report("lead_stats", json!({"count": {"total": f.sent, "new": new, "follow_up": follow_up}, "percentage": {"new": share(new), "follow_up": share(follow_up)}}))
}

async fn category_responses(s: Account, q: Q) -> Answer {
    if let Err(e) = window(&q, false) { return e };
    let s = s.store();
    let mut counts: BTreeMap<u64, u64> = BTreeMap::new();
    for c in in_scope(&s, &q) {
        for (_, m) in s.campaign_leads(c.id) {
            if let Some(category) = m.category_id {
                *counts.entry(category).or_default() += 1;
            }
        }
    }
    let all: u64 = counts.values().sum();
    let rows = counts.into_iter().map(|(id, n)| {
        let name = s.categories.iter().find(|c| c["id"] == id).map(|c| c["name"].clone()).unwrap_or(Value::Null);
        json!({"category": name, "total_response": n, "percentage": rate(n, all)})
    });
    report("lead_responses_by_category", rows.collect())
}

async fn first_reply(s: Account, q: Q) -> Answer {
    let w = match window(&q, false) { Ok(w) => w, Err(e) => return e };
    let f = total(&s.store(), &q, w);
    report("leads_take_for_first_reply", json!(if f.replied == 0 { 0.0 } else { f.sent as f64 / f.replied as f64 }))
}

async fn follow_up_rate(s: Account, q: Q) -> Answer {
    let w = match window(&q, false) { Ok(w) => w, Err(e) => return e };
    // Every reply counted as one to a follow-up: the mock sends no second step.
    let f = total(&s.store(), &q, w);
    report("followup_reply_rate", json!(if f.sent == 0 { 0.0 } else { f.replied as f64 * 100.0 / f.sent as f64 }))
}

async fn reply_time(s: Account, q: Q) -> Answer {
    let w = match window(&q, false) { Ok(w) => w, Err(e) => return e };
    let f = total(&s.store(), &q, w);
    report("lead_to_reply_time", json!([{"time_range": "0-1 hours", "count": f.replied}, {"time_range": "1-24 hours", "count": 0}]))
}

async fn response_stats(s: Account, q: Q) -> Answer {
    if let Err(e) = window(&q, false) { return e };
    let s = s.store();
    let rows = in_scope(&s, &q).into_iter().map(|c| {
        let f = figures(&s, c.id);
        json!({"campaign_id": c.id, "campaign_name": c.name, "positive_reply": f.positive, "neutral_reply": f.neutral, "negative_reply": f.negative})
    });
    report("campaign_wise_response_stats", rows.collect())
}

async fn status_stats(s: Account, q: Q) -> Answer {
    let s = s.store();
    let mut counts: BTreeMap<&str, u64> = BTreeMap::new();
    for c in in_scope(&s, &q) {
        *counts.entry(c.status.as_str()).or_default() += 1;
    }
    report("campaign_status_stats", counts.into_iter().map(|(status, count)| json!({"status": status, "count": count})).collect())
}
