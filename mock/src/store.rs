//! The mock's in-memory Smartlead account, and the records as Smartlead renders them
//! (string counts, bare arrays, passwords included, as the real API does).

use serde_json::{Map, Value, json};
use std::collections::{BTreeMap, BTreeSet, HashMap};

/// Lead ids in Smartlead exceed 2^31; the mock's do too.
const FIRST_LEAD_ID: u64 = 3_000_000_001;
const FIRST_MAP_ID: u64 = 2_400_000_001;

pub const NOW: &str = "2025-11-25T10:43:46.826Z";

/// A SENT message as a lead's history holds it, `minute` minutes after June 1, 2025.
pub fn sent_message(stats_id: &str, minute: u64) -> Value {
    // From 2025-06-01: a history in the past, as a real account's is.
    let at = time::OffsetDateTime::from_unix_timestamp(HISTORY_STARTS + minute as i64 * 60).unwrap_or(time::OffsetDateTime::UNIX_EPOCH);
    let at = at.format(&time::format_description::well_known::Rfc3339).unwrap_or_default();
    json!({"type": "SENT", "stats_id": stats_id, "message_id": format!("<{stats_id}@sender.test>"), "time": at, "subject": "Hi", "email_body": "Hello"})
}

#[derive(Debug, Clone)]
pub struct Campaign {
    pub id: u64,
    pub name: String,
    pub status: String,
    pub client_id: Option<u64>,
    pub settings: Map<String, Value>,
    pub schedule: Value,
    pub email_account_ids: BTreeSet<u64>,
    pub webhooks: BTreeMap<u64, Value>,
    pub sequences: Vec<Value>,
}

#[derive(Debug, Clone)]
pub struct Lead {
    pub id: u64,
    /// Contact fields as sent (`first_name`, `company_name`, …) and `custom_fields`.
    pub fields: Map<String, Value>,
    pub unsubscribed: bool,
}

/// 2025-06-01T00:00:00Z, where `sent_message`'s minutes count from.
const HISTORY_STARTS: i64 = 1_748_736_000;

/// The time now as Smartlead writes it (RFC 3339, UTC).
pub fn now() -> String {
    time::OffsetDateTime::now_utc().format(&time::format_description::well_known::Rfc3339).unwrap_or_default()
}

/// A time (RFC 3339 or Smartlead's filter form `2023-10-16 10:33:02.000Z`) to the
/// second, comparable as text.
pub fn to_second(at: &str) -> String {
    at.replacen(' ', "T", 1).chars().take(19).collect()
}

#[derive(Debug, Clone)]
pub struct Membership {
    pub map_id: u64,
    pub status: String,
    pub category_id: Option<u64>,
    pub unsubscribed: bool,
    pub messages: Vec<Value>,
    /// When the lead joined the campaign.
    pub created_at: String,
    /// When its status or category last changed.
    pub changed_at: Option<String>,
}

impl Membership {
    /// Notes a change of status or category now.
    pub fn touch(&mut self) {
        self.changed_at = Some(now());
    }

    /// Its latest event: a change, or an email sent or received.
    pub fn event_time(&self) -> Option<String> {
        let messages = self.messages.iter().filter_map(|m| m["time"].as_str()).map(to_second);
        messages.chain(self.changed_at.as_deref().map(to_second)).max()
    }

    /// When it was last emailed.
    pub fn last_sent_time(&self) -> Option<String> {
        self.messages.iter().filter(|m| m["type"] == "SENT").filter_map(|m| m["time"].as_str()).map(to_second).max()
    }
}

#[derive(Debug, Default)]
pub struct Store {
    next_id: u64,
    next_lead_id: u64,
    next_map_id: u64,
    pub campaigns: BTreeMap<u64, Campaign>,
    pub leads: BTreeMap<u64, Lead>,
    /// (campaign id, lead id) → the lead's state in that campaign.
    pub memberships: BTreeMap<(u64, u64), Membership>,
    pub email_accounts: BTreeMap<u64, Value>,
    pub clients: BTreeMap<u64, Value>,
    /// Lead lists by id: `{id, name, lead_count, tag_ids, created_at, updated_at}`.
    pub lead_lists: BTreeMap<u64, Value>,
    /// Each lead list's leads, `{id, email, …}`, in the order they came.
    pub list_leads: BTreeMap<u64, Vec<Value>>,
    pub categories: Vec<Value>,
    pub block_list: Vec<String>,
    /// Master inbox state by conversation (campaign lead map id): `is_read`,
    /// `is_important`, `is_archived`, `revenue`, `team_member_id`, `snoozed_until`,
    /// `scheduled_time`, `reminder_time`, `reminder_message`.
    pub inbox: BTreeMap<u64, Value>,
    /// Notes and tasks, each with the `email_lead_map_id` and `lead_id` it is on.
    pub notes: Vec<Value>,
    pub tasks: Vec<Value>,
    /// The account's tags `{id, name, color}`, and which lead carries which:
    /// `{tag_mapping_id, lead_id, tag_id}`.
    pub tags: Vec<Value>,
    /// (email account id, tag id): the tags on mailboxes.
    pub account_tags: Vec<(u64, u64)>,
    /// Emails forwarded from campaign threads.
    pub forwards: Vec<Value>,
    /// (campaign id, lead id) → the mailbox the lead is sent from.
    pub lead_senders: BTreeMap<(u64, u64), u64>,
    /// Single emails sent outside campaigns.
    pub sent_emails: Vec<Value>,
    /// Smart Senders orders, each with its domain and mailboxes.
    pub sender_orders: Vec<Value>,
    /// SmartDelivery folders and placement tests.
    pub delivery_folders: Vec<Value>,
    pub spam_tests: Vec<Value>,
    /// SmartProspect: contact searches made (with the ids of the people fetched), searches
    /// saved, and credits spent.
    pub prospect_searches: Vec<Value>,
    pub saved_searches: Vec<Value>,
    pub prospect_credits_used: u64,
    pub lead_tags: Vec<Value>,
    /// API keys issued to clients, by id: `{id, client_id, key_name, api_key, status, created_at}`.
    pub client_keys: BTreeMap<u64, Value>,
    /// Webhook deliveries Smartlead made: (campaign id, whether it succeeded).
    pub webhook_deliveries: Vec<(u64, bool)>,
    /// Webhooks of the account, a client or a campaign, by id, as `GET /webhook/{id}` renders them.
    pub account_webhooks: BTreeMap<u64, Value>,
    pub blocked_domains: Vec<String>,
    /// Replies that match no campaign lead.
    pub untracked: Vec<Value>,
    pub reconnect_calls: u32,
    /// Each lead's id by its email, as the account looks leads up.
    by_email: HashMap<String, u64>,
    /// The account's lead credits: adding a lead beyond this many stops the import.
    pub lead_limit: Option<usize>,
}

impl Store {
    /// An account with the default lead categories, two mailboxes (one failing) and a client.
    pub fn seeded() -> Self {
        let mut store = Store { next_id: 1_562_695, next_lead_id: FIRST_LEAD_ID, next_map_id: FIRST_MAP_ID, ..Store::default() };
        let categories = [
            ("Interested", "positive"),
            ("Meeting Request", "positive"),
            ("Not Interested", "negative"),
            ("Do Not Contact", "negative"),
            ("Information Request", "neutral"),
            ("Out Of Office", "neutral"),
            ("Wrong Person", "negative"),
        ];
        store.categories = categories
            .iter()
            .enumerate()
            .map(|(i, (name, sentiment))| json!({"id": i + 1, "name": name, "sentiment_type": sentiment, "created_at": NOW}))
            .collect();
        store.untracked = (1..=3)
            .map(|i| json!({"id": format!("untracked-{i}"), "from_email": format!("stranger{i}@elsewhere.test"), "to_email": "ada@sender.test",
                            "subject": format!("Question {i}"), "received_at": NOW, "has_attachments": i == 2, "body": format!("<p>Hello {i}</p>"),
                            "attachments": if i == 2 { json!([{"name": "deck.pdf"}]) } else { json!([]) }}))
            .collect();
        store.tags = [(1, "Hot", "#ff0000"), (2, "Partner", "#00aa00"), (3, "Later", "#888888")]
            .iter()
            .map(|(id, name, color)| json!({"id": id, "name": name, "color": color}))
            .collect();
        store.add_email_account("Ada Sender", "ada@sender.test", true);
        store.add_email_account("Bob Sender", "bob@sender.test", false);
        let id = store.next_id();
        store.clients.insert(
            id,
            json!({"id": id, "name": "Acme Agency Client", "email": "client@acme.test", "uuid": "1e19fcb7-0000-4000-8000-000000000001",
                   "created_at": NOW, "user_id": 196026, "logo": null, "logo_url": null,
                   "client_permision": {"permission": ["reply_master_inbox"], "retricted_category": []}}),
        );
        store
    }

    pub fn next_id(&mut self) -> u64 {
        self.next_id += 1;
        self.next_id
    }

    pub fn add_email_account(&mut self, from_name: &str, from_email: &str, healthy: bool) -> u64 {
        let id = self.next_id();
        self.email_accounts.insert(
            id,
            json!({
                "id": id, "created_at": NOW, "updated_at": NOW, "user_id": 196026,
                "from_name": from_name, "from_email": from_email, "username": from_email,
                "password": "smtp-secret-password", "smtp_host": "smtp.sender.test", "smtp_port": 587,
                "smtp_port_type": "TLS", "message_per_day": 50, "different_reply_to_address": null,
                "is_different_imap_account": false, "imap_username": from_email, "imap_password": "imap-secret-password",
                "imap_host": "imap.sender.test", "imap_port": 993, "imap_port_type": "SSL", "signature": "<p>Best</p>",
                "custom_tracking_domain": null, "bcc_email": null, "is_smtp_success": healthy, "is_imap_success": healthy,
                "smtp_failure_error": if healthy { Value::Null } else { json!("535 Authentication failed") },
                "imap_failure_error": null, "type": "SMTP", "daily_sent_count": "12", "client_id": null,
                "campaign_count": 0, "minTimeToWaitInMins": 5,
                "warmup_details": {"status": "ACTIVE", "total_sent_count": "450", "total_spam_count": "2",
                    "warmup_reputation": "95%", "warmup_key_id": "wk-1", "warmup_created_at": NOW, "reply_rate": 15,
                    "blocked_reason": null}
            }),
        );
        id
    }

    /// Whether the global block list holds `email` or its domain.
    pub fn blocks(&self, email: &str) -> bool {
        let domain = email.rsplit('@').next().unwrap_or("");
        self.block_list.iter().any(|b| !b.is_empty() && (b == email || b == domain))
    }

    /// Keeps a lead list's lead count in step with its leads.
    pub fn count_list(&mut self, list: u64) {
        let count = self.list_leads.get(&list).map_or(0, Vec::len);
        if let Some(l) = self.lead_lists.get_mut(&list) {
            l["lead_count"] = json!(count);
        }
    }

    /// An account with history, as a sync reads it: `campaigns` campaigns of `leads` leads
    /// each, and `statistics` sent emails spread over them (a second one to the first
    /// leads of each campaign), ten minutes apart (closer for a long history) from June
    /// 2025 on; each lead's history is these sends alone, and each lead joined before
    /// it. The campaigns' ids.
    pub fn sent_history(&mut self, campaigns: usize, leads: usize, statistics: usize) -> Vec<u64> {
        let mut minute = 0;
        // Ten minutes between sends, closer for a history so long it would reach today:
        // all of it lies within 300 days of `HISTORY_STARTS`, in the past.
        let spacing = (300 * 1440 / statistics.max(1) as u64).clamp(1, 10);
        (0..campaigns)
            .map(|c| {
                let id = self.create_campaign(Some(&format!("Campaign {c}")), None);
                let list: Vec<Value> = (0..leads).map(|i| json!({"email": format!("c{c}-l{i}@example.com"), "first_name": format!("L{i}")})).collect();
                for chunk in list.chunks(400) {
                    self.add_leads(id, chunk, &json!({}));
                }
                // This campaign's share of the statistics, the first campaigns taking what does not divide.
                let share = statistics / campaigns + (c < statistics % campaigns) as usize;
                let doubled = share.saturating_sub(leads);
                for (i, m) in self.memberships.range_mut((id, 0)..=(id, u64::MAX)).map(|(_, m)| m).enumerate() {
                    // They joined before the history began.
                    m.created_at = "2025-05-31T00:00:00Z".into();
                    m.messages.clear();
                    for n in 0..((i < share) as usize + (i < doubled) as usize) {
                        m.messages.push(sent_message(&format!("s-{id}-{i}-{n}"), minute * spacing));
                        minute += 1;
                    }
                }
                id
            })
            .collect()
    }

    /// Replies from `leads` leads of `campaign` (every seventh), each lead set in
    /// `category`.
    pub fn replies(&mut self, campaign: u64, leads: usize, category: u64) {
        for m in self.memberships.range_mut((campaign, 0)..=(campaign, u64::MAX)).map(|(_, m)| m).step_by(7).take(leads) {
            m.category_id = Some(category);
            m.messages.push(json!({"type": "REPLY", "time": "2026-11-20T10:00:00Z", "message_id": format!("<reply-{}@x>", m.map_id)}));
        }
    }

    pub fn create_campaign(&mut self, name: Option<&str>, client_id: Option<u64>) -> u64 {
        let id = self.next_id();
        let sequences = vec![
            json!({"id": id * 10 + 1, "created_at": NOW, "updated_at": NOW, "email_campaign_id": id, "seq_number": 1,
                   "seq_delay_details": {"delay_in_days": 0}, "subject": "", "email_body": "",
                   "sequence_variants": [
                       {"id": id * 100 + 1, "created_at": NOW, "updated_at": NOW, "is_deleted": false, "subject": "Quick question, {{first_name}}",
                        "email_body": "<p>Hi {{first_name}}</p>", "email_campaign_seq_id": id * 10 + 1, "variant_label": "A"},
                       {"id": id * 100 + 2, "created_at": NOW, "updated_at": NOW, "is_deleted": false, "subject": "Idea for {{company_name}}",
                        "email_body": "<p>Hello</p>", "email_campaign_seq_id": id * 10 + 1, "variant_label": "B"}]}),
            json!({"id": id * 10 + 2, "created_at": NOW, "updated_at": NOW, "email_campaign_id": id, "seq_number": 2,
                   "seq_delay_details": {"delay_in_days": 3}, "subject": "Re: {{first_name}}", "email_body": "<p>Following up</p>",
                   "sequence_variants": []}),
        ];
        self.campaigns.insert(
            id,
            Campaign {
                id,
                name: name.unwrap_or("Untitled Campaign").to_string(),
                status: "DRAFTED".into(),
                client_id,
                settings: Map::new(),
                schedule: json!({"tz": "America/New_York", "days": [1, 2, 3, 4, 5], "startHour": "09:00", "endHour": "17:00"}),
                email_account_ids: BTreeSet::new(),
                webhooks: BTreeMap::new(),
                sequences,
            },
        );
        id
    }

    pub fn campaign_json(&self, c: &Campaign, include_tags: bool) -> Value {
        let mut v = json!({
            "id": c.id, "user_id": 196026, "created_at": NOW, "updated_at": NOW, "status": c.status, "name": c.name,
            "track_settings": ["DONT_TRACK_LINK_CLICK"], "scheduler_cron_value": c.schedule,
            "min_time_btwn_emails": 10, "max_leads_per_day": 20, "stop_lead_settings": "REPLY_TO_AN_EMAIL",
            "schedule_start_time": null, "enable_ai_esp_matching": false, "send_as_plain_text": false,
            "follow_up_percentage": 100, "unsubscribe_text": "", "parent_campaign_id": null, "client_id": c.client_id,
        });
        for (k, val) in &c.settings {
            v[k] = val.clone();
        }
        if include_tags {
            v["tags"] = json!([{"tag_id": 1, "tag_name": "Q1", "tag_color": "#FF5733"}]);
        }
        v
    }

    /// Adds leads to a campaign the way Smartlead does: an existing email is updated
    /// account-wide and counted as already added if it is in this campaign.
    pub fn add_leads(&mut self, campaign_id: u64, list: &[Value], settings: &Value) -> Value {
        let (mut added, mut already, mut invalid, mut blocked, mut unsubscribed) = (0, 0, Vec::new(), 0, Vec::<String>::new());
        let (mut exhausted, mut stopped) = (false, 0);
        let ignore_block = settings.get("ignore_global_block_list").and_then(Value::as_bool).unwrap_or(false);
        for item in list {
            let email = item.get("email").and_then(Value::as_str).unwrap_or("").to_string();
            if exhausted {
                stopped += 1;
                continue;
            }
            if !email.contains('@') {
                invalid.push(email);
                continue;
            }
            if !ignore_block && self.blocks(&email) {
                blocked += 1;
                continue;
            }
            let fields = item.as_object().cloned().unwrap_or_default();
            let lead_id = match self.by_email.get(&email).copied() {
                Some(id) => {
                    let lead = self.leads.get_mut(&id).expect("the index points at leads");
                    lead.fields.extend(fields);
                    if lead.unsubscribed {
                        unsubscribed.push(email.clone());
                    }
                    id
                }
                None if self.lead_limit.is_some_and(|limit| self.leads.len() >= limit) => {
                    exhausted = true;
                    stopped += 1;
                    continue;
                }
                None => self.insert_lead(fields),
            };
            if self.memberships.contains_key(&(campaign_id, lead_id)) {
                already += 1;
                continue;
            }
            self.join(campaign_id, lead_id);
            added += 1;
        }
        json!({
            "ok": true, "upload_count": list.len(), "total_leads": added, "block_count": blocked, "duplicate_count": 0,
            "invalid_email_count": invalid.len(), "invalid_emails": invalid, "already_added_to_campaign": already,
            "unsubscribed_leads": unsubscribed, "is_lead_limit_exhausted": exhausted, "lead_import_stopped_count": stopped, "bounce_count": 0
        })
    }

    /// A new lead of the account with these fields; its id.
    fn insert_lead(&mut self, fields: Map<String, Value>) -> u64 {
        let id = self.next_lead_id;
        self.next_lead_id += 1;
        if let Some(email) = fields.get("email").and_then(Value::as_str) {
            self.by_email.insert(email.to_string(), id);
        }
        self.leads.insert(id, Lead { id, fields, unsubscribed: false });
        id
    }

    /// Puts a lead in a campaign, with the first step sent.
    fn join(&mut self, campaign_id: u64, lead_id: u64) {
        let email = self.leads[&lead_id].fields.get("email").cloned().unwrap_or(Value::Null);
        let map_id = self.next_map_id;
        self.next_map_id += 1;
        let stats_id = format!("9d0d083e-0000-4000-8000-{:012}", map_id % 1_000_000_000_000);
        let first_message = json!({
            "stats_id": stats_id, "from": "ada@sender.test", "to": email, "type": "SENT",
            "message_id": format!("<m{map_id}@sender.test>"), "time": NOW, "subject": "Quick question",
            "email_body": "<p>Hi</p>", "email_seq_number": "1", "open_count": 1, "click_count": 0, "click_details": {}
        });
        let membership = Membership { map_id, status: "STARTED".into(), category_id: None, unsubscribed: false, messages: vec![first_message], created_at: now(), changed_at: None };
        self.memberships.insert((campaign_id, lead_id), membership);
    }

    /// `n` generated leads straight into a campaign (for exports too large to add by
    /// request): lead `i` is `seeded-{i}@example.com` with a custom field and a comma in
    /// its company.
    pub fn seed_campaign_leads(&mut self, campaign_id: u64, n: usize) {
        for i in 0..n {
            let fields = json!({
                "email": format!("seeded-{i}@example.com"), "first_name": format!("Seed {i}"), "last_name": "Lead",
                "company_name": format!("Company {i}, Inc"), "website": "https://example.com",
                "custom_fields": {"rank": i.to_string(), "note": "line one\nline two"}
            });
            let id = self.insert_lead(fields.as_object().cloned().unwrap_or_default());
            self.join(campaign_id, id);
        }
    }

    /// The lead replies in its campaign thread; returns the conversation's map id.
    pub fn receive_reply(&mut self, campaign_id: u64, lead_id: u64, text: &str) -> Option<u64> {
        let email = self.leads.get(&lead_id)?.fields.get("email").cloned().unwrap_or(Value::Null);
        let m = self.memberships.get_mut(&(campaign_id, lead_id))?;
        let n = m.messages.len();
        m.messages.push(json!({
            "stats_id": format!("9d0d083e-0000-4000-9000-{:012}", m.map_id % 1_000_000_000_000), "from": email, "to": "ada@sender.test", "type": "REPLY",
            "message_id": format!("<reply{n}-{}@lead.test>", m.map_id), "time": NOW, "subject": "Re: Quick question", "email_body": format!("<p>{text}</p>")
        }));
        Some(m.map_id)
    }

    /// The lead with this email.
    pub fn lead_by_email(&self, email: &str) -> Option<&Lead> {
        self.by_email.get(email).and_then(|id| self.leads.get(id))
    }

    /// Sets fields of a lead, its email included, keeping the lookup by email right.
    pub fn update_lead_fields(&mut self, lead_id: u64, fields: Map<String, Value>) {
        let Some(lead) = self.leads.get_mut(&lead_id) else { return };
        let before = lead.fields.get("email").and_then(Value::as_str).map(str::to_string);
        for (k, v) in fields {
            if k == "custom_fields" {
                let merged = lead.fields.entry("custom_fields").or_insert_with(|| json!({}));
                for (ck, cv) in v.as_object().cloned().unwrap_or_default() {
                    merged[ck] = cv;
                }
            } else {
                lead.fields.insert(k, v);
            }
        }
        let after = lead.fields.get("email").and_then(Value::as_str).map(str::to_string);
        if before != after {
            before.map(|e| self.by_email.remove(&e));
            after.map(|e| self.by_email.insert(e, lead_id));
        }
    }

    pub fn lead_json(&self, lead: &Lead) -> Value {
        let mut v = json!({
            "id": lead.id, "first_name": null, "last_name": null, "email": null, "phone_number": null,
            "company_name": null, "website": null, "location": null, "linkedin_profile": null, "company_url": null,
            "custom_fields": {}, "is_unsubscribed": lead.unsubscribed, "unsubscribed_client_id_map": null,
        });
        for (k, val) in &lead.fields {
            v[k] = val.clone();
        }
        v
    }

    pub fn campaign_lead_json(&self, campaign_id: u64, lead_id: u64) -> Option<Value> {
        let m = self.memberships.get(&(campaign_id, lead_id))?;
        let lead = self.leads.get(&lead_id)?;
        Some(json!({
            "campaign_lead_map_id": m.map_id, "lead_category_id": m.category_id, "status": m.status,
            "created_at": m.created_at, "lead": self.lead_json(lead)
        }))
    }

    pub fn campaign_leads(&self, campaign_id: u64) -> impl Iterator<Item = (&u64, &Membership)> {
        self.memberships.range((campaign_id, 0)..=(campaign_id, u64::MAX)).map(|((_, lead), m)| (lead, m))
    }

    /// Smartlead's analytics: every count a string.
    pub fn analytics(&self, c: &Campaign) -> Value {
        let mut sent = 0u64;
        let mut replies = 0u64;
        let mut opens = 0u64;
        let mut leads = 0u64;
        let mut paused = 0u64;
        let mut unsubscribed = 0u64;
        let mut interested = 0u64;
        for (_, m) in self.campaign_leads(c.id) {
            leads += 1;
            paused += (m.status == "PAUSED") as u64;
            unsubscribed += m.unsubscribed as u64;
            interested += (m.category_id == Some(1)) as u64;
            for msg in &m.messages {
                match msg["type"].as_str() {
                    Some("SENT") => {
                        sent += 1;
                        opens += msg["open_count"].as_u64().unwrap_or(0).min(1);
                    }
                    _ => replies += 1,
                }
            }
        }
        json!({
            "id": c.id, "user_id": "196026", "created_at": NOW, "status": c.status, "name": c.name,
            "sent_count": sent.to_string(), "unique_sent_count": sent.to_string(), "open_count": opens.to_string(),
            "unique_open_count": opens.to_string(), "click_count": "0", "unique_click_count": "0",
            "reply_count": replies.to_string(), "block_count": "0", "total_count": sent.to_string(), "drafted_count": "0",
            "bounce_count": "0", "unsubscribed_count": unsubscribed.to_string(),
            "campaign_lead_stats": {"total": leads, "notStarted": 0, "inprogress": leads - paused, "completed": 0,
                "blocked": 0, "paused": paused, "stopped": 0, "interested": interested}
        })
    }
}
