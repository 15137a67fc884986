//! The views, made in both warehouses from one definition: per campaign per day (sent,
//! opened, replied, bounced, reply rate, positive reply rate), mailbox health (connected,
//! warmup status and reputation, inbox vs spam placement), and the account's leads, each
//! once. Only how a JSON field is read differs between SQLite and Postgres.

/// How a backend reads text field `field` of JSON text column `column`.
pub type JsonField = fn(column: &str, field: &str) -> String;

/// SQLite's `json_extract`.
pub fn sqlite_json(column: &str, field: &str) -> String {
    format!("CAST(json_extract({column}, '$.{field}') AS TEXT)")
}

/// Postgres's `->>`.
pub fn postgres_json(column: &str, field: &str) -> String {
    format!("(CAST({column} AS json) ->> '{field}')")
}

/// The statements that (re)make every view.
pub fn statements(json: JsonField) -> String {
    let replied = "s.reply_time IS NOT NULL";
    let positive = format!("{replied} AND k.sentiment_type = 'positive'");
    let count = |condition: &str| format!("SUM(CASE WHEN {condition} THEN 1 ELSE 0 END)");
    let number = |field: &str| format!("CAST({} AS BIGINT)", json("warmup_details", field));
    let campaign_daily = format!(
        "SELECT s.account_id, s.campaign_id, c.name AS campaign_name, substr(s.sent_time, 1, 10) AS day,
           COUNT(*) AS sent, {opened} AS opened, {replied_n} AS replied, {bounced} AS bounced, {positive_n} AS positive_replies,
           1.0 * {replied_n} / COUNT(*) AS reply_rate, 1.0 * {positive_n} / COUNT(*) AS positive_reply_rate
         FROM campaign_statistics s
         LEFT JOIN campaigns c ON c.account_id = s.account_id AND c.id = s.campaign_id
         LEFT JOIN lead_categories k ON k.account_id = s.account_id AND k.deleted_at IS NULL
           AND (CAST(k.id AS TEXT) = s.lead_category OR k.name = s.lead_category)
         WHERE s.sent_time IS NOT NULL
         GROUP BY s.account_id, s.campaign_id, c.name, substr(s.sent_time, 1, 10)",
        opened = count("s.open_time IS NOT NULL"),
        replied_n = count(replied),
        bounced = count("s.is_bounced = 1"),
        positive_n = count(&positive),
    );
    let mailbox_health = format!(
        "SELECT account_id, id AS email_account_id, from_email, type, message_per_day, daily_sent_count,
           CASE WHEN is_smtp_success = 1 AND is_imap_success = 1 THEN 1 ELSE 0 END AS connected,
           {status} AS warmup_status, {reputation} AS warmup_reputation,
           {sent} AS warmup_sent, {spam} AS warmup_spam,
           1.0 * ({sent} - COALESCE({spam}, 0)) / NULLIF({sent}, 0) AS inbox_rate
         FROM email_accounts WHERE deleted_at IS NULL",
        status = json("warmup_details", "status"),
        reputation = json("warmup_details", "warmup_reputation"),
        sent = number("total_sent_count"),
        spam = number("total_spam_count"),
    );
    // Smartlead lists leads only campaign by campaign: a lead in several campaigns is one
    // row here, with its fields as its latest campaign row holds them.
    let leads = "SELECT account_id, lead_id, email, first_name, last_name, phone_number, company_name, website, location,
           linkedin_profile, company_url, custom_fields, is_unsubscribed, campaigns
         FROM (SELECT l.*, ROW_NUMBER() OVER (PARTITION BY account_id, lead_id ORDER BY created_at DESC, campaign_id DESC) AS latest,
                 COUNT(*) OVER (PARTITION BY account_id, lead_id) AS campaigns
               FROM campaign_leads l WHERE deleted_at IS NULL) t
         WHERE latest = 1"
        .to_string();
    [("campaign_daily", campaign_daily), ("mailbox_health", mailbox_health), ("leads", leads)]
        .iter()
        .map(|(name, select)| format!("DROP VIEW IF EXISTS {name}; CREATE VIEW {name} AS {select};\n"))
        .collect()
}
