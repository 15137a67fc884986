//! What `smartlead sync` copies: each table's tool, its natural key, its columns (where
//! each sits in the tool's record), and how it is kept current: incrementally by a
//! replication key Smartlead can filter on, by full refresh that marks what vanished
//! `deleted_at`, or as one snapshot a day.

use smartlead_component::catalog::agency_clients::LIST_ALL_SMARTLEAD_CLIENTS;
use smartlead_component::catalog::analytics::LIST_ALL_SMARTLEAD_ANALYTICS_DAY_WISE_STATS;
use smartlead_component::catalog::campaign_leads::LIST_ALL_SMARTLEAD_CAMPAIGN_LEADS;
use smartlead_component::catalog::campaigns::{
    LIST_ALL_SMARTLEAD_CAMPAIGN_SEQUENCES, LIST_ALL_SMARTLEAD_CAMPAIGN_STATISTICS, LIST_ALL_SMARTLEAD_CAMPAIGNS, SMARTLEAD_CAMPAIGNS_TOP_LEVEL_ANALYTICS,
};
use smartlead_component::catalog::email_accounts::{GET_SINGLE_SMARTLEAD_EMAIL_ACCOUNT_WARMUP_STAT_BY_ID, LIST_ALL_SMARTLEAD_EMAIL_ACCOUNTS};
use smartlead_component::catalog::lead_lists::LIST_ALL_SMARTLEAD_LEAD_LISTS;
use smartlead_component::catalog::leads::LIST_ALL_SMARTLEAD_LEAD_CATEGORY;
use smartlead_component::catalog::typed::TypedOperation;
use smartlead_component::catalog::webhooks::LIST_ALL_SMARTLEAD_CAMPAIGN_WEBHOOKS;
use serde_json::{Map, Value};

/// A column: its name, where its value sits in a record (a JSON pointer), its SQL type.
pub type Column = (&'static str, &'static str, &'static str);

/// How a table is kept current.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// Every run reads the whole list; rows it no longer holds get `deleted_at`.
    FullRefresh,
    /// Each run reads what is newer than the last run's newest `column`, less the
    /// lookback, through the tool's `filter` argument (a time, as Smartlead writes it).
    Incremental { column: &'static str, filter: &'static str },
    /// Each run reads the rows `created` and the rows `changed` (the tool's time
    /// filters) since the last run began, less the lookback; then, where the destination
    /// holds the rows, one row of the whole list for its total. A total that differs from
    /// the rows kept (one deleted, or added unseen) reads the whole list again, marking
    /// what vanished `deleted_at`. The first run reads the whole list.
    Changes { created: &'static str, changed: &'static str },
    /// One object a day (not a list): today's row is written again until the day ends,
    /// earlier days' rows stay as they were.
    Snapshot,
    /// The days Smartlead still reports (a mailbox's last week of warmup): a day read
    /// again is updated, a day no longer reported stays as it was.
    Rolling,
    /// A report of one row a day over a window (the tool's `from` and `to` arguments,
    /// `YYYY-MM-DD`): each run reads from the newest day kept (`column`), less the
    /// lookback in whole days, to today; the first run reads the [`FIRST_DAYS`] before
    /// today. A day read again is updated (today's counts grow until it ends); earlier
    /// days stay as they were.
    Daily { column: &'static str, from: &'static str, to: &'static str },
    /// Rows that only arrive, in one order (the events this host kept): each run reads
    /// on from where the last one ended (the feed's cursor, kept as the high-water
    /// mark) until a page holds fewer rows than asked.
    Feed,
}

/// How many days before today a daily report's first read goes back.
pub const FIRST_DAYS: i64 = 365;

impl Mode {
    /// Whether a read of the whole list marks the rows it did not see `deleted_at`.
    pub fn marks_vanished(self) -> bool {
        matches!(self, Mode::FullRefresh | Mode::Changes { .. })
    }

    /// The column whose newest value a run keeps, to read after it next time.
    pub fn replication_key(self) -> Option<&'static str> {
        match self {
            Mode::Incremental { column, .. } | Mode::Daily { column, .. } => Some(column),
            Mode::FullRefresh | Mode::Changes { .. } | Mode::Snapshot | Mode::Rolling | Mode::Feed => None,
        }
    }
}

/// The column a snapshot's day is kept in, part of its key.
pub const SNAPSHOT_DATE: &str = "snapshot_date";

/// What a table is read under: each row of the parent `table` in turn, its id given to
/// the tool as `arg` (alone, or as a list of one where the tool takes several) and kept
/// in the column `column`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Parent {
    pub table: &'static str,
    pub noun: &'static str,
    pub column: &'static str,
    pub arg: &'static str,
    pub arg_is_list: bool,
}

impl Parent {
    /// The id as the tool's `arg` takes it.
    pub fn arg_value(&self, id: u64) -> Value {
        if self.arg_is_list { Value::from(vec![id]) } else { Value::from(id) }
    }
}

/// Read campaign by campaign.
pub const CAMPAIGN: Parent = Parent { table: "campaigns", noun: "campaign", column: "campaign_id", arg: "campaign_id", arg_is_list: false };
/// Read mailbox by mailbox.
pub const EMAIL_ACCOUNT: Parent = Parent { table: "email_accounts", noun: "email account", column: "email_account_id", arg: "id", arg_is_list: false };

/// Whether other tables are read under `table`'s rows.
pub fn is_parent(table: &str) -> bool {
    [CAMPAIGN.table, EMAIL_ACCOUNT.table].contains(&table)
}

/// Where a table's rows come from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Source {
    /// A tool of the component, spending the account's key.
    Tool(&'static str),
    /// The webhook events this host keeps (`smartlead serve`'s events database).
    Events,
}

/// One table of the warehouse.
#[derive(Debug)]
pub struct Table {
    pub name: &'static str,
    pub source: Source,
    /// The largest page the tool takes; none for a snapshot.
    pub limit: Option<u32>,
    /// What it is read under, for a table read campaign by campaign (or mailbox by mailbox).
    pub parent: Option<Parent>,
    /// Where an answer holds its records (a JSON pointer); a snapshot's is the answer.
    pub records: &'static str,
    /// The natural key within an account (and campaign): columns named below.
    pub key: &'static [&'static str],
    pub columns: &'static [Column],
    pub mode: Mode,
}

impl Table {
    /// A record as every destination writes it: the account, the parent (campaign or
    /// mailbox) of a table read under one, each column (a flag as 0 or 1, a list or an
    /// object as JSON text), and `extra`, what the record holds beyond the columns, as
    /// JSON text.
    pub fn row(&self, account: &str, parent: Option<u64>, record: &Value) -> Map<String, Value> {
        let mut row = Map::new();
        row.insert("account_id".into(), Value::from(account));
        if let (Some(of), Some(id)) = (self.parent, parent) {
            row.insert(of.column.into(), Value::from(id));
        }
        for (name, at, _) in self.columns {
            row.insert(name.to_string(), cell(record.pointer(at).unwrap_or(&Value::Null)));
        }
        row.insert("extra".into(), self.extra(record).map_or(Value::Null, Value::String));
        row
    }

    /// The key of a row within the table: the account, the parent, the natural key.
    pub fn key_columns(&self) -> Vec<&'static str> {
        ["account_id"].into_iter().chain(self.parent.map(|p| p.column)).chain(self.key.iter().copied()).collect()
    }

    /// The SQL type of a column of its rows (the parent's id an INTEGER, `extra` TEXT).
    pub fn kind_of(&self, name: &str) -> &'static str {
        match self.parent {
            Some(p) if p.column == name => "INTEGER",
            _ => self.columns.iter().find(|(n, ..)| *n == name).map_or("TEXT", |(_, _, kind)| *kind),
        }
    }

    /// Whether a run reads the table whole (a table kept by its changes: checks its total)
    /// only once `--refresh-every` has passed since the last did. Tables read by time
    /// are read every run, since they read only what is new; so are the campaigns, the
    /// parents of those, so that a new campaign's leads and statistics start at once.
    pub fn waits_to_refresh(&self) -> bool {
        match self.mode {
            Mode::Incremental { .. } | Mode::Feed => false,
            Mode::FullRefresh => self.name != CAMPAIGN.table,
            Mode::Changes { .. } | Mode::Snapshot | Mode::Rolling | Mode::Daily { .. } => true,
        }
    }

    /// What `record` holds beyond the table's columns, as JSON; none when nothing.
    fn extra(&self, record: &Value) -> Option<String> {
        let mut rest = record.clone();
        for (_, at, _) in self.columns {
            let segments: Vec<&str> = at.split('/').skip(1).collect();
            remove(&mut rest, &segments);
        }
        match &rest {
            Value::Object(fields) if fields.is_empty() => None,
            Value::Null => None,
            other => Some(other.to_string()),
        }
    }
}

/// A value as a column holds it.
fn cell(value: &Value) -> Value {
    match value {
        Value::Bool(b) => Value::from(*b as i64),
        Value::Array(_) | Value::Object(_) => Value::String(value.to_string()),
        other => other.clone(),
    }
}

/// Removes the value at `segments`, and any object it leaves empty on the way.
fn remove(value: &mut Value, segments: &[&str]) {
    let (Some((first, rest)), Value::Object(fields)) = (segments.split_first(), value) else { return };
    if rest.is_empty() {
        fields.remove(*first);
        return;
    }
    if let Some(inner) = fields.get_mut(*first) {
        remove(inner, rest);
        if inner.as_object().is_some_and(|o| o.is_empty()) {
            fields.remove(*first);
        }
    }
}

fn largest<A, O>(op: &TypedOperation<A, O>) -> Option<u32> {
    Some(op.row.listing.max_limit().unwrap_or(100))
}

/// A table of the whole account, by full refresh.
fn listed<A, O>(name: &'static str, op: &TypedOperation<A, O>, columns: &'static [Column]) -> Table {
    Table { name, source: Source::Tool(op.row.name), limit: largest(op), parent: None, records: "/result", key: &["id"], columns, mode: Mode::FullRefresh }
}

/// A table read campaign by campaign, by full refresh.
fn listed_per_campaign<A, O>(name: &'static str, op: &TypedOperation<A, O>, columns: &'static [Column]) -> Table {
    Table { parent: Some(CAMPAIGN), ..listed(name, op, columns) }
}

/// The tables of the whole account, in the order they are synced: `campaigns` first, the
/// parents every per-campaign table is read under.
pub fn per_account() -> Vec<Table> {
    vec![
        campaigns(),
        listed(
            "email_accounts",
            &LIST_ALL_SMARTLEAD_EMAIL_ACCOUNTS,
            &[
                ("id", "/id", "INTEGER"),
                ("from_name", "/from_name", "TEXT"),
                ("from_email", "/from_email", "TEXT"),
                ("username", "/username", "TEXT"),
                ("type", "/type", "TEXT"),
                ("client_id", "/client_id", "INTEGER"),
                ("message_per_day", "/message_per_day", "INTEGER"),
                ("daily_sent_count", "/daily_sent_count", "INTEGER"),
                ("is_smtp_success", "/is_smtp_success", "INTEGER"),
                ("is_imap_success", "/is_imap_success", "INTEGER"),
                ("warmup_details", "/warmup_details", "TEXT"),
                ("created_at", "/created_at", "TEXT"),
                ("updated_at", "/updated_at", "TEXT"),
            ],
        ),
        listed(
            "clients",
            &LIST_ALL_SMARTLEAD_CLIENTS,
            &[("id", "/id", "INTEGER"), ("name", "/name", "TEXT"), ("email", "/email", "TEXT"), ("created_at", "/created_at", "TEXT")],
        ),
        listed(
            "lead_categories",
            &LIST_ALL_SMARTLEAD_LEAD_CATEGORY,
            &[("id", "/id", "INTEGER"), ("name", "/name", "TEXT"), ("sentiment_type", "/sentiment_type", "TEXT"), ("created_at", "/created_at", "TEXT")],
        ),
        listed(
            "lead_lists",
            &LIST_ALL_SMARTLEAD_LEAD_LISTS,
            &[("id", "/id", "INTEGER"), ("name", "/name", "TEXT"), ("lead_count", "/lead_count", "INTEGER"), ("created_at", "/created_at", "TEXT"), ("updated_at", "/updated_at", "TEXT")],
        ),
        Table {
            name: "webhook_events",
            source: Source::Events,
            limit: Some(crate::events::feed::MAX_LIMIT as u32),
            parent: None,
            records: "/result",
            key: &["id"],
            columns: &[
                ("id", "/id", "TEXT"),
                ("kind", "/kind", "TEXT"),
                ("occurred_at", "/occurred_at", "TEXT"),
                ("received_at", "/received_at", "TEXT"),
                ("campaign_id", "/campaign_id", "INTEGER"),
                ("lead_id", "/lead_id", "INTEGER"),
                ("lead_map_id", "/lead_map_id", "INTEGER"),
                ("prospect_email", "/prospect_email", "TEXT"),
                ("sender_email", "/sender_email", "TEXT"),
                ("subject", "/subject", "TEXT"),
                ("reply_text", "/reply_text", "TEXT"),
                ("clicked_link", "/clicked_link", "TEXT"),
                ("category_after", "/category_after/name", "TEXT"),
                ("sequence_number", "/sequence_number", "INTEGER"),
                ("verified", "/verified", "INTEGER"),
                ("action", "/action", "TEXT"),
            ],
            mode: Mode::Feed,
        },
    ]
}

fn campaigns() -> Table {
    Table {
        name: "campaigns",
        source: Source::Tool(LIST_ALL_SMARTLEAD_CAMPAIGNS.row.name),
        limit: largest(&LIST_ALL_SMARTLEAD_CAMPAIGNS),
        parent: None,
        records: "/result",
        key: &["id"],
        columns: &[
            ("id", "/id", "INTEGER"),
            ("name", "/name", "TEXT"),
            ("status", "/status", "TEXT"),
            ("client_id", "/client_id", "INTEGER"),
            ("parent_campaign_id", "/parent_campaign_id", "INTEGER"),
            ("created_at", "/created_at", "TEXT"),
            ("updated_at", "/updated_at", "TEXT"),
            ("max_leads_per_day", "/max_leads_per_day", "INTEGER"),
            ("min_time_btwn_emails", "/min_time_btwn_emails", "INTEGER"),
            ("track_settings", "/track_settings", "TEXT"),
            ("scheduler_cron_value", "/scheduler_cron_value", "TEXT"),
        ],
        mode: Mode::FullRefresh,
    }
}

/// The tables read under a parent (campaign by campaign, mailbox by mailbox), in the
/// order they are synced.
pub fn per_parent() -> Vec<Table> {
    vec![
        listed_per_campaign(
            "sequences",
            &LIST_ALL_SMARTLEAD_CAMPAIGN_SEQUENCES,
            &[
                ("id", "/id", "INTEGER"),
                ("seq_number", "/seq_number", "INTEGER"),
                ("subject", "/subject", "TEXT"),
                ("email_body", "/email_body", "TEXT"),
                ("seq_delay_details", "/seq_delay_details", "TEXT"),
                ("sequence_variants", "/sequence_variants", "TEXT"),
                ("created_at", "/created_at", "TEXT"),
                ("updated_at", "/updated_at", "TEXT"),
            ],
        ),
        listed_per_campaign(
            "webhooks",
            &LIST_ALL_SMARTLEAD_CAMPAIGN_WEBHOOKS,
            &[
                ("id", "/id", "INTEGER"),
                ("name", "/name", "TEXT"),
                ("webhook_url", "/webhook_url", "TEXT"),
                ("event_types", "/event_types", "TEXT"),
                ("categories", "/categories", "TEXT"),
                ("created_at", "/created_at", "TEXT"),
            ],
        ),
        Table {
            name: "campaign_leads",
            source: Source::Tool(LIST_ALL_SMARTLEAD_CAMPAIGN_LEADS.row.name),
            limit: largest(&LIST_ALL_SMARTLEAD_CAMPAIGN_LEADS),
            parent: Some(CAMPAIGN),
            records: "/result",
            key: &["lead_id"],
            columns: &[
                ("lead_id", "/lead/id", "INTEGER"),
                ("campaign_lead_map_id", "/campaign_lead_map_id", "INTEGER"),
                ("status", "/status", "TEXT"),
                ("lead_category_id", "/lead_category_id", "INTEGER"),
                ("created_at", "/created_at", "TEXT"),
                ("email", "/lead/email", "TEXT"),
                ("first_name", "/lead/first_name", "TEXT"),
                ("last_name", "/lead/last_name", "TEXT"),
                ("phone_number", "/lead/phone_number", "TEXT"),
                ("company_name", "/lead/company_name", "TEXT"),
                ("website", "/lead/website", "TEXT"),
                ("location", "/lead/location", "TEXT"),
                ("linkedin_profile", "/lead/linkedin_profile", "TEXT"),
                ("company_url", "/lead/company_url", "TEXT"),
                ("is_unsubscribed", "/lead/is_unsubscribed", "INTEGER"),
                ("custom_fields", "/lead/custom_fields", "TEXT"),
            ],
            // `created_at_gt` and `event_time_gt` (Smartlead's docs: leads/get-by-campaign).
            mode: Mode::Changes { created: "created_at_gt", changed: "event_time_gt" },
        },
        Table {
            name: "campaign_statistics",
            source: Source::Tool(LIST_ALL_SMARTLEAD_CAMPAIGN_STATISTICS.row.name),
            limit: largest(&LIST_ALL_SMARTLEAD_CAMPAIGN_STATISTICS),
            parent: Some(Parent { arg: "id", ..CAMPAIGN }),
            records: "/result",
            key: &["stats_id"],
            columns: &[
                ("stats_id", "/stats_id", "TEXT"),
                ("lead_email", "/lead_email", "TEXT"),
                ("lead_name", "/lead_name", "TEXT"),
                ("lead_category", "/lead_category", "TEXT"),
                ("sequence_number", "/sequence_number", "INTEGER"),
                ("email_campaign_seq_id", "/email_campaign_seq_id", "INTEGER"),
                ("seq_variant_id", "/seq_variant_id", "INTEGER"),
                ("email_subject", "/email_subject", "TEXT"),
                ("sent_time", "/sent_time", "TEXT"),
                ("open_time", "/open_time", "TEXT"),
                ("click_time", "/click_time", "TEXT"),
                ("reply_time", "/reply_time", "TEXT"),
                ("open_count", "/open_count", "INTEGER"),
                ("click_count", "/click_count", "INTEGER"),
                ("is_unsubscribed", "/is_unsubscribed", "INTEGER"),
                ("is_bounced", "/is_bounced", "INTEGER"),
            ],
            // `sent_time_start_date` (Smartlead's docs: campaign-statistics/get-by-id).
            mode: Mode::Incremental { column: "sent_time", filter: "sent_time_start_date" },
        },
        Table {
            name: "campaign_analytics",
            source: Source::Tool(SMARTLEAD_CAMPAIGNS_TOP_LEVEL_ANALYTICS.row.name),
            limit: None,
            parent: Some(CAMPAIGN),
            records: "",
            key: &[SNAPSHOT_DATE],
            columns: &[
                (SNAPSHOT_DATE, "/snapshot_date", "TEXT"),
                ("status", "/status", "TEXT"),
                ("sent_count", "/sent_count", "INTEGER"),
                ("unique_sent_count", "/unique_sent_count", "INTEGER"),
                ("open_count", "/open_count", "INTEGER"),
                ("unique_open_count", "/unique_open_count", "INTEGER"),
                ("click_count", "/click_count", "INTEGER"),
                ("unique_click_count", "/unique_click_count", "INTEGER"),
                ("reply_count", "/reply_count", "INTEGER"),
                ("bounce_count", "/bounce_count", "INTEGER"),
                ("unsubscribed_count", "/unsubscribed_count", "INTEGER"),
                ("block_count", "/block_count", "INTEGER"),
                ("total_count", "/total_count", "INTEGER"),
                ("campaign_lead_stats", "/campaign_lead_stats", "TEXT"),
            ],
            mode: Mode::Snapshot,
        },
        Table {
            name: "analytics_by_date",
            source: Source::Tool(LIST_ALL_SMARTLEAD_ANALYTICS_DAY_WISE_STATS.row.name),
            limit: largest(&LIST_ALL_SMARTLEAD_ANALYTICS_DAY_WISE_STATS),
            parent: Some(Parent { arg: "campaign_ids", arg_is_list: true, ..CAMPAIGN }),
            records: "/result",
            key: &["date"],
            columns: &[
                ("date", "/date", "TEXT"),
                ("sent", "/sent", "INTEGER"),
                ("opened", "/opened", "INTEGER"),
                ("replied", "/replied", "INTEGER"),
                ("bounced", "/bounced", "INTEGER"),
            ],
            // `start_date`, `end_date` and `campaign_ids` (Smartlead's docs: analytics/day-wise-stats).
            mode: Mode::Daily { column: "date", from: "start_date", to: "end_date" },
        },
        Table {
            name: "warmup_stats_daily",
            source: Source::Tool(GET_SINGLE_SMARTLEAD_EMAIL_ACCOUNT_WARMUP_STAT_BY_ID.row.name),
            limit: None,
            parent: Some(EMAIL_ACCOUNT),
            records: "/stats_by_date",
            key: &["date"],
            columns: &[
                ("date", "/date", "TEXT"),
                ("sent_count", "/sent_count", "INTEGER"),
                ("reply_count", "/reply_count", "INTEGER"),
                ("save_from_spam_count", "/save_from_spam_count", "INTEGER"),
            ],
            mode: Mode::Rolling,
        },
    ]
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn a_row_has_typed_columns_and_extra_holds_what_no_column_names() {
        let table = per_parent().into_iter().find(|t| t.name == "campaign_leads").unwrap();
        let record = json!({"campaign_lead_map_id": 1, "status": "ACTIVE", "lead": {"id": 7, "email": "a@x.com", "is_unsubscribed": false, "custom_fields": {"role": "CTO"}, "shoe_size": 44}, "new_field": true});
        let row = table.row("acme", Some(3), &record);
        assert_eq!((&row["account_id"], &row["campaign_id"], &row["lead_id"]), (&json!("acme"), &json!(3), &json!(7)));
        assert_eq!((&row["is_unsubscribed"], &row["custom_fields"], &row["website"]), (&json!(0), &json!(r#"{"role":"CTO"}"#), &Value::Null));
        assert_eq!(row["extra"], json!(r#"{"lead":{"shoe_size":44},"new_field":true}"#));
        assert_eq!(table.row("acme", Some(3), &json!({"campaign_lead_map_id": 1, "lead": {"id": 7}}))["extra"], Value::Null);
        assert_eq!(table.key_columns(), ["account_id", "campaign_id", "lead_id"]);
    }
}
