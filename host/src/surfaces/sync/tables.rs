//! What `smartlead sync` copies: each table's list tool, its natural key, its columns
//! (where each sits in the tool's record), and how it is kept current: incrementally by
//! a replication key Smartlead can filter on, or by full refresh that marks what
//! vanished `deleted_at`.

use smartlead_component::catalog::campaign_leads::LIST_ALL_SMARTLEAD_CAMPAIGN_LEADS;
use smartlead_component::catalog::campaigns::{LIST_ALL_SMARTLEAD_CAMPAIGN_STATISTICS, LIST_ALL_SMARTLEAD_CAMPAIGNS};
use smartlead_component::catalog::typed::TypedOperation;

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
}

/// One table of the warehouse.
#[derive(Debug)]
pub struct Table {
    pub name: &'static str,
    pub tool: &'static str,
    /// The largest page the tool takes.
    pub limit: u32,
    /// The argument naming the campaign, for a table read campaign by campaign.
    pub campaign_arg: Option<&'static str>,
    /// The natural key within an account (and campaign): columns named below.
    pub key: &'static [&'static str],
    pub columns: &'static [Column],
    pub mode: Mode,
}

fn largest<A, O>(op: &TypedOperation<A, O>) -> u32 {
    op.row.listing.max_limit().unwrap_or(100)
}

/// The account's campaigns: the parents every per-campaign table is read under.
pub fn campaigns() -> Table {
    Table {
        name: "campaigns",
        tool: LIST_ALL_SMARTLEAD_CAMPAIGNS.row.name,
        limit: largest(&LIST_ALL_SMARTLEAD_CAMPAIGNS),
        campaign_arg: None,
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

/// The tables read campaign by campaign, in the order they are synced.
pub fn per_campaign() -> Vec<Table> {
    vec![
        Table {
            name: "campaign_leads",
            tool: LIST_ALL_SMARTLEAD_CAMPAIGN_LEADS.row.name,
            limit: largest(&LIST_ALL_SMARTLEAD_CAMPAIGN_LEADS),
            campaign_arg: Some("campaign_id"),
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
            mode: Mode::FullRefresh,
        },
        Table {
            name: "campaign_statistics",
            tool: LIST_ALL_SMARTLEAD_CAMPAIGN_STATISTICS.row.name,
            limit: largest(&LIST_ALL_SMARTLEAD_CAMPAIGN_STATISTICS),
            campaign_arg: Some("id"),
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
    ]
}
