//! `smartlead report`: the dashboard's views (`views`) read from either warehouse and
//! drawn as one self-contained HTML page (Chart.js 4.4.7, MIT, inlined beside this file;
//! nothing is fetched when the page is viewed): replies over time per campaign, reply
//! rates side by side, and each mailbox's warmup inbox vs spam placement.

use super::Target;
use crate::core::pg::{Pg, Unusable};
use serde_json::{Value, json};

/// Chart.js's UMD build, as npm published chart.js@4.4.7 (sha256 2812cb88…632cb).
const CHART_JS: &str = include_str!("chart.umd.js");

/// Draws the figures once Chart.js is loaded, then notes on `<body data-drawn>` what
/// each chart holds and how many of its pixels were painted.
const DRAW_JS: &str = include_str!("draw.js");

const DAILY: &str = "SELECT campaign_id, campaign_name, day, sent, replied, positive_replies FROM campaign_daily ORDER BY day, campaign_id";
const MAILBOXES: &str = "SELECT from_email, connected, warmup_reputation, warmup_sent, warmup_spam FROM mailbox_health ORDER BY from_email";

/// The views' rows, read from the warehouse at `db`.
pub async fn figures(db: &Target) -> Result<Value, String> {
    let (daily, mailboxes) = match db {
        Target::Sqlite(path) => {
            if !path.is_file() {
                return Err(format!("{} does not exist: run smartlead sync --to sqlite:{} first", path.display(), path.display()));
            }
            let db = rusqlite::Connection::open_with_flags(path, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY).map_err(|e| format!("opening {}: {e}", path.display()))?;
            (sqlite_rows(&db, DAILY)?, sqlite_rows(&db, MAILBOXES)?)
        }
        Target::Postgres(url) => {
            let pg = Pg::connect(url, "--db").await.map_err(|e| match e {
                Unusable::Url(m) | Unusable::Server(m) => m,
            })?;
            (postgres_rows(&pg, DAILY).await?, postgres_rows(&pg, MAILBOXES).await?)
        }
    };
    Ok(json!({"daily": daily, "mailboxes": mailboxes}))
}

fn sqlite_rows(db: &rusqlite::Connection, sql: &str) -> Result<Vec<Value>, String> {
    use rusqlite::types::Value as Sql;
    let failed = |e: rusqlite::Error| format!("reading the views (has smartlead sync run on this file?): {e}");
    let mut query = db.prepare(sql).map_err(failed)?;
    let names: Vec<String> = query.column_names().into_iter().map(str::to_string).collect();
    let rows = query
        .query_map([], |row| {
            let mut record = serde_json::Map::new();
            for (i, name) in names.iter().enumerate() {
                let value = match row.get::<_, Sql>(i)? {
                    Sql::Integer(n) => json!(n),
                    Sql::Real(n) => json!(n),
                    Sql::Text(s) => json!(s),
                    Sql::Null | Sql::Blob(_) => Value::Null,
                };
                record.insert(name.clone(), value);
            }
            Ok(Value::Object(record))
        })
        .map_err(failed)?;
    rows.map(|row| row.map_err(failed)).collect()
}

async fn postgres_rows(pg: &Pg, sql: &str) -> Result<Vec<Value>, String> {
    // Sums are numeric in Postgres: as numbers in JSON, like SQLite's.
    let rows = pg.query("reading the views (has smartlead sync run on this database?)", &format!("SELECT COALESCE(json_agg(t), '[]')::text FROM ({sql}) t"), &[]).await?;
    let text: String = rows.first().map(|r| r.get(0)).unwrap_or_else(|| "[]".into());
    serde_json::from_str(&text).map_err(|e| format!("the views' rows do not read: {e}"))
}

/// The page: the figures as JSON (with `<` escaped, so no campaign name ends the
/// script), Chart.js and the drawing script, all inline.
pub fn page(figures: &Value, generated_at: &str) -> String {
    let data = figures.to_string().replace('<', "\\u003c");
    format!(
        r#"<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'">
<title>Smartlead outbound report</title>
<style>
body {{ font: 15px system-ui, sans-serif; margin: 2rem auto; max-width: 1100px; color: #1d2330; }}
section {{ margin: 2rem 0; }} canvas {{ max-height: 420px; }} .note {{ color: #5b6478; }}
</style></head>
<body>
<h1>Outbound report</h1>
<p class="note">Generated {generated_at} from the synced views <code>campaign_daily</code> and <code>mailbox_health</code>.</p>
<section><h2>Replies over time, per campaign</h2><canvas id="replies"></canvas></section>
<section><h2>Reply rate by campaign</h2><canvas id="rates"></canvas></section>
<section><h2>Mailboxes: warmup inbox vs spam</h2><canvas id="placement"></canvas></section>
<script id="figures" type="application/json">{data}</script>
<script>{CHART_JS}</script>
<script>{DRAW_JS}</script>
</body></html>
"#
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_campaign_name_cannot_end_the_script() {
        let page = page(&json!({"daily": [{"campaign_name": "</script><script>alert(1)</script>"}], "mailboxes": []}), "now");
        assert!(!page.contains("</script><script>alert(1)"), "the name broke out of the data");
        assert!(page.contains(r"\u003c/script>\u003cscript>alert(1)\u003c/script>"));
    }
}
