//! The unified campaign and contact shapes, and their mapping to and from Smartlead's.

use crate::core::error::{Error, Result};
use crate::catalog::model::{self as sl, CustomFields};
use crate::catalog::campaign_leads::LeadInput;
use crate::catalog::campaigns::CampaignCommand;
use crate::catalog::check;
use crate::catalog::decode::decode;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use serde_json::Value;

/// A campaign's state, in lower case whatever Smartlead calls it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum CampaignStatus {
    Draft,
    Active,
    Paused,
    Stopped,
    Completed,
    Archived,
}

impl CampaignStatus {
    /// Smartlead's read vocabulary (`DRAFTED`, `ACTIVE`, …); `None` for a value it may add later.
    pub fn from_smartlead(raw: &str) -> Option<Self> {
        Some(match raw.trim().to_ascii_uppercase().as_str() {
            "DRAFTED" | "DRAFT" => CampaignStatus::Draft,
            "ACTIVE" | "START" | "STARTED" => CampaignStatus::Active,
            "PAUSED" => CampaignStatus::Paused,
            "STOPPED" => CampaignStatus::Stopped,
            "COMPLETED" => CampaignStatus::Completed,
            "ARCHIVED" => CampaignStatus::Archived,
            _ => return None,
        })
    }

    /// Smartlead's write vocabulary: only starting, pausing and stopping can be asked for.
    pub fn to_smartlead(self) -> Result<CampaignCommand> {
        match self {
            CampaignStatus::Active => Ok(CampaignCommand::Start),
            CampaignStatus::Paused => Ok(CampaignCommand::Paused),
            CampaignStatus::Stopped => Ok(CampaignCommand::Stopped),
            other => Err(Error::invalid(
                "status",
                format!("Smartlead cannot set a campaign to {}; use active, paused or stopped", other.as_str()),
            )),
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            CampaignStatus::Draft => "draft",
            CampaignStatus::Active => "active",
            CampaignStatus::Paused => "paused",
            CampaignStatus::Stopped => "stopped",
            CampaignStatus::Completed => "completed",
            CampaignStatus::Archived => "archived",
        }
    }
}

/// A campaign in the unified shape.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Campaign {
    pub id: String,
    pub name: Option<String>,
    /// `None` when Smartlead reports a state this version does not know (see `remote_data`).
    pub status: Option<CampaignStatus>,
    pub created_at: Option<String>,
    pub updated_at: Option<String>,
    /// Emails sent so far; filled when analytics are asked for.
    pub emails_sent: Option<u64>,
    /// Leads who opened at least once; filled when analytics are asked for.
    pub unique_opens: Option<u64>,
    /// Smartlead's own record, unchanged.
    pub remote_data: Value,
}

impl Campaign {
    pub fn from_smartlead(raw: Value) -> Result<Self> {
        let c: sl::Campaign = decode(&raw)?;
        Ok(Campaign {
            id: c.id.to_string(),
            name: c.name,
            status: c.status.as_deref().and_then(CampaignStatus::from_smartlead),
            created_at: c.created_at,
            updated_at: c.updated_at,
            emails_sent: None,
            unique_opens: None,
            remote_data: raw,
        })
    }

    pub fn with_analytics(self, analytics: &sl::CampaignAnalytics) -> Self {
        Campaign { emails_sent: analytics.sent_count, unique_opens: analytics.unique_open_count, ..self }
    }
}

/// What may change on a campaign.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct CampaignPatch {
    pub name: Option<String>,
    /// `active`, `paused` or `stopped` (stopping is permanent).
    pub status: Option<CampaignStatus>,
}

/// Whether a contact may be emailed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum ContactStatus {
    Subscribed,
    Unsubscribed,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Phone {
    pub phone: String,
    /// Smartlead keeps one untyped number per lead, reported as `work`.
    #[serde(rename = "type", default = "work")]
    pub kind: String,
}

fn work() -> String {
    "work".into()
}

/// Smartlead keeps a lead's location as one free-text line.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Address {
    pub formatted: String,
}

/// A list the contact is on: a Smartlead campaign.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct ContactList {
    pub id: String,
    pub name: Option<String>,
}

/// A contact in the unified shape: a Smartlead lead.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Contact {
    pub id: String,
    pub first_name: Option<String>,
    pub last_name: Option<String>,
    /// First and last name joined.
    pub name: Option<String>,
    pub email: Option<String>,
    pub company: Option<String>,
    pub phones: Vec<Phone>,
    pub addresses: Vec<Address>,
    /// The campaigns the contact is in.
    pub lists: Vec<ContactList>,
    /// Smartlead leads carry no tags; always empty.
    pub tags: Vec<String>,
    pub status: ContactStatus,
    pub created_at: Option<String>,
    /// Smartlead does not report when a lead changed.
    pub updated_at: Option<String>,
    pub custom_fields: CustomFields,
    /// Smartlead's own record (a campaign-lead row, or a lead looked up by email), unchanged.
    pub remote_data: Value,
}

impl Contact {
    /// From Smartlead's `lead` object; `raw` is what Smartlead returned around it.
    pub fn from_lead(lead: sl::Lead, lists: Vec<ContactList>, created_at: Option<String>, raw: Value) -> Self {
        let name = [lead.first_name.as_deref(), lead.last_name.as_deref()]
            .into_iter()
            .flatten()
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .collect::<Vec<_>>()
            .join(" ");
        let text = |s: Option<String>| s.filter(|s| !s.trim().is_empty());
        Contact {
            id: lead.id.to_string(),
            name: (!name.is_empty()).then_some(name),
            first_name: lead.first_name,
            last_name: lead.last_name,
            email: lead.email,
            company: text(lead.company_name),
            phones: text(lead.phone_number).map(|phone| Phone { phone, kind: work() }).into_iter().collect(),
            addresses: text(lead.location).map(|formatted| Address { formatted }).into_iter().collect(),
            lists,
            tags: Vec::new(),
            status: if lead.is_unsubscribed == Some(true) { ContactStatus::Unsubscribed } else { ContactStatus::Subscribed },
            created_at: lead.created_at.or(created_at),
            updated_at: None,
            custom_fields: lead.custom_fields,
            remote_data: raw,
        }
    }

    /// From a row of a campaign's lead list: the lead, in `campaign`.
    pub fn from_campaign_row(raw: Value, lists: Vec<ContactList>) -> Result<Self> {
        let row: sl::CampaignLead = decode(&raw)?;
        Ok(Contact::from_lead(row.lead, lists, row.created_at, raw))
    }

    /// From a lead looked up by email, which lists its campaigns.
    pub fn from_lookup(raw: Value) -> Result<Self> {
        let lead: sl::Lead = decode(&raw)?;
        let lists = lead
            .lead_campaign_data
            .iter()
            .map(|c| ContactList { id: c.campaign_id.to_string(), name: c.campaign_name.clone() })
            .collect();
        Ok(Contact::from_lead(lead, lists, None, raw))
    }
}

/// Fields to set on a contact; absent fields are left as they are.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ContactInput {
    pub email: Option<String>,
    pub first_name: Option<String>,
    pub last_name: Option<String>,
    pub company: Option<String>,
    /// At most one: Smartlead keeps one phone number per lead.
    pub phones: Option<Vec<Phone>>,
    /// At most one: Smartlead keeps one location per lead.
    pub addresses: Option<Vec<Address>>,
    /// Merged into the lead's custom fields.
    pub custom_fields: Option<CustomFields>,
    /// `unsubscribed` unsubscribes the lead from every campaign; Smartlead cannot re-subscribe.
    pub status: Option<ContactStatus>,
}

impl ContactInput {
    /// The lead as Smartlead takes it; `current` fills what the input leaves out
    /// (Smartlead's update wants the email even when it does not change).
    pub fn to_smartlead(&self, current: Option<&Contact>) -> Result<LeadInput> {
        let email = self.email.clone().or_else(|| current.and_then(|c| c.email.clone()));
        let email = email.ok_or_else(|| Error::invalid("email", "is required"))?;
        check::email("email", &email)?;
        let one = |field: &str, n: usize| {
            if n > 1 { Err(Error::invalid(field, format!("has {n} entries; Smartlead keeps one per lead"))) } else { Ok(()) }
        };
        one("phones", self.phones.as_ref().map_or(0, Vec::len))?;
        one("addresses", self.addresses.as_ref().map_or(0, Vec::len))?;
        let keep = |new: &Option<String>, old: fn(&Contact) -> Option<String>| new.clone().or_else(|| current.and_then(old));
        Ok(LeadInput {
            email,
            first_name: keep(&self.first_name, |c| c.first_name.clone()),
            last_name: keep(&self.last_name, |c| c.last_name.clone()),
            company_name: keep(&self.company, |c| c.company.clone()),
            phone_number: match &self.phones {
                Some(phones) => phones.first().map(|p| p.phone.clone()),
                None => current.and_then(|c| c.phones.first().map(|p| p.phone.clone())),
            },
            location: match &self.addresses {
                Some(addresses) => addresses.first().map(|a| a.formatted.clone()),
                None => current.and_then(|c| c.addresses.first().map(|a| a.formatted.clone())),
            },
            custom_fields: self.custom_fields.clone().unwrap_or_default(),
            ..LeadInput::default()
        })
    }
}

/// A Smartlead id given as text in the unified API.
pub fn parse_id(field: &str, id: &str) -> Result<u64> {
    id.trim().parse().map_err(|_| Error::invalid(field, format!("{id:?} is not a Smartlead id (a whole number)")))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn every_campaign_status_maps_both_ways() {
        let cases = [
            ("DRAFTED", CampaignStatus::Draft, None),
            ("ACTIVE", CampaignStatus::Active, Some(CampaignCommand::Start)),
            ("PAUSED", CampaignStatus::Paused, Some(CampaignCommand::Paused)),
            ("STOPPED", CampaignStatus::Stopped, Some(CampaignCommand::Stopped)),
            ("COMPLETED", CampaignStatus::Completed, None),
            ("ARCHIVED", CampaignStatus::Archived, None),
        ];
        for (raw, unified, write) in cases {
            assert_eq!(CampaignStatus::from_smartlead(raw), Some(unified), "{raw}");
            assert_eq!(CampaignStatus::from_smartlead(&raw.to_lowercase()), Some(unified), "{raw}");
            assert_eq!(serde_json::to_value(unified).unwrap(), json!(unified.as_str()));
            match (unified.to_smartlead(), write) {
                (Ok(command), Some(expected)) => assert_eq!(command, expected),
                (Err(e), None) => assert_eq!(e.kind(), "invalid_input", "{raw}"),
                (got, want) => panic!("{raw}: {got:?} vs {want:?}"),
            }
        }
        assert_eq!(CampaignStatus::from_smartlead("SCHEDULED"), None);
    }

    #[test]
    fn campaigns_keep_every_field_and_their_raw_record() {
        let raw = json!({"id": "3023", "name": "Q3 outreach", "status": "PAUSED", "created_at": "2025-01-01T00:00:00Z",
                         "updated_at": "2025-02-01T00:00:00Z", "track_settings": [], "client_id": null});
        let c = Campaign::from_smartlead(raw.clone()).unwrap();
        assert_eq!(c.id, "3023");
        assert_eq!(c.name.as_deref(), Some("Q3 outreach"));
        assert_eq!(c.status, Some(CampaignStatus::Paused));
        assert_eq!(c.created_at.as_deref(), Some("2025-01-01T00:00:00Z"));
        assert_eq!(c.updated_at.as_deref(), Some("2025-02-01T00:00:00Z"));
        assert_eq!((c.emails_sent, c.unique_opens), (None, None));
        assert_eq!(c.remote_data, raw);
        let analytics: sl::CampaignAnalytics = serde_json::from_value(json!({"sent_count": "30", "unique_open_count": "12"})).unwrap();
        let c = c.with_analytics(&analytics);
        assert_eq!((c.emails_sent, c.unique_opens), (Some(30), Some(12)));
        let unknown = Campaign::from_smartlead(json!({"id": 1, "status": "SCHEDULED"})).unwrap();
        assert_eq!(unknown.status, None);
        assert_eq!(unknown.remote_data["status"], "SCHEDULED");
        assert_eq!(Campaign::from_smartlead(json!({"name": "no id"})).unwrap_err().kind(), "decode");
    }

    #[test]
    fn contacts_map_every_field_from_a_campaign_row() {
        let raw = json!({"campaign_lead_map_id": "77", "status": "INPROGRESS", "created_at": "2025-03-01T00:00:00Z",
            "lead": {"id": "3000000001", "first_name": "Ada", "last_name": "Lovelace", "email": "ada@x.co",
                     "phone_number": 4155550100u64, "company_name": "Engines", "location": "London, UK",
                     "custom_fields": {"rank": 1, "title": "CTO"}, "is_unsubscribed": "false", "website": "x.co"}});
        let lists = vec![ContactList { id: "9".into(), name: Some("Q3".into()) }];
        let c = Contact::from_campaign_row(raw.clone(), lists.clone()).unwrap();
        assert_eq!(c.id, "3000000001");
        assert_eq!((c.first_name.as_deref(), c.last_name.as_deref(), c.name.as_deref()), (Some("Ada"), Some("Lovelace"), Some("Ada Lovelace")));
        assert_eq!(c.email.as_deref(), Some("ada@x.co"));
        assert_eq!(c.company.as_deref(), Some("Engines"));
        assert_eq!(c.phones, vec![Phone { phone: "4155550100".into(), kind: "work".into() }]);
        assert_eq!(c.addresses, vec![Address { formatted: "London, UK".into() }]);
        assert_eq!(c.lists, lists);
        assert!(c.tags.is_empty());
        assert_eq!(c.status, ContactStatus::Subscribed);
        assert_eq!(c.created_at.as_deref(), Some("2025-03-01T00:00:00Z"));
        assert_eq!(c.updated_at, None);
        assert_eq!(c.custom_fields.get("rank").map(String::as_str), Some("1"));
        assert_eq!(c.remote_data, raw);
    }

    #[test]
    fn contacts_from_a_lookup_list_their_campaigns_and_status() {
        let raw = json!({"id": 5, "first_name": " ", "last_name": "Solo", "email": "s@x.co", "phone_number": "", "location": null,
            "is_unsubscribed": true, "created_at": "2025-11-25T12:54:54.000Z",
            "lead_campaign_data": [{"campaign_id": 1, "campaign_name": "A", "campaign_lead_map_id": 2}, {"campaign_id": "3", "campaign_name": null}]});
        let c = Contact::from_lookup(raw).unwrap();
        assert_eq!(c.name.as_deref(), Some("Solo"));
        assert_eq!(c.status, ContactStatus::Unsubscribed);
        assert!(c.phones.is_empty() && c.addresses.is_empty());
        assert_eq!(c.lists, vec![ContactList { id: "1".into(), name: Some("A".into()) }, ContactList { id: "3".into(), name: None }]);
        assert_eq!(c.created_at.as_deref(), Some("2025-11-25T12:54:54.000Z"));
        let none = Contact::from_lookup(json!({"id": 6})).unwrap();
        assert_eq!((none.name, none.email, none.status), (None, None, ContactStatus::Subscribed));
    }

    #[test]
    fn inputs_map_back_and_keep_current_values() {
        let current = Contact::from_lookup(json!({"id": 5, "first_name": "Ada", "email": "ada@x.co", "phone_number": "1", "location": "Paris"})).unwrap();
        let patch = ContactInput { last_name: Some("L".into()), custom_fields: Some([("k".to_string(), "v".to_string())].into()), ..Default::default() };
        let lead = patch.to_smartlead(Some(&current)).unwrap();
        assert_eq!(lead.email, "ada@x.co");
        assert_eq!((lead.first_name.as_deref(), lead.last_name.as_deref()), (Some("Ada"), Some("L")));
        assert_eq!((lead.phone_number.as_deref(), lead.location.as_deref()), (Some("1"), Some("Paris")));
        assert_eq!(lead.custom_fields.get("k").map(String::as_str), Some("v"));
        let cleared = ContactInput { phones: Some(vec![]), ..Default::default() }.to_smartlead(Some(&current)).unwrap();
        assert_eq!(cleared.phone_number, None);

        let two = vec![Phone { phone: "1".into(), kind: "work".into() }, Phone { phone: "2".into(), kind: "home".into() }];
        let cases = [
            (ContactInput::default(), "`email`"),
            (ContactInput { email: Some("nope".into()), ..Default::default() }, "`email`"),
            (ContactInput { email: Some("a@b.co".into()), phones: Some(two), ..Default::default() }, "`phones`"),
        ];
        for (input, named) in cases {
            let e = input.to_smartlead(None).unwrap_err();
            assert_eq!(e.kind(), "invalid_input");
            assert!(e.message().contains(named), "{e}");
        }
        let unknown = serde_json::from_value::<ContactInput>(json!({"email": "a@b.co", "tags": ["x"]}));
        assert!(unknown.unwrap_err().to_string().contains("tags"));
        assert_eq!(parse_id("id", "12x").unwrap_err().kind(), "invalid_input");
        assert_eq!(parse_id("id", " 3000000001 ").unwrap(), 3000000001);
    }
}
