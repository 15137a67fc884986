//! Unified contacts: Smartlead leads, listed per campaign or across the whole account,
//! looked up by id or email, created in a campaign, updated and removed.

use super::model::{Contact, ContactInput, ContactList, ContactStatus, parse_id};
use crate::core::client::Client;
use crate::core::error::{Error, RemoteError, Result};
use crate::catalog::model::{Ack, AddLeadsResult, Campaign, Page};
use crate::catalog::campaign_leads::{
    CREATE_A_SMARTLEAD_CAMPAIGN_LEAD, CampaignLeadFilter, CampaignLeadRef, DELETE_A_SMARTLEAD_CAMPAIGN_LEAD_BY_ID,
    LIST_ALL_SMARTLEAD_CAMPAIGN_LEADS, LeadUpdate, NewLeads, UPDATE_A_SMARTLEAD_CAMPAIGN_LEAD_BY_ID,
};
use crate::catalog::campaigns::{CampaignFilter, LIST_ALL_SMARTLEAD_CAMPAIGNS};
use crate::catalog::leads::{LIST_ALL_SMARTLEAD_LEAD_CAMPAIGNS, LIST_ALL_SMARTLEAD_LEADS, LeadLookup, LeadRef, SMARTLEAD_LEADS_UNSUBSCRIBE};
use crate::core::paging::{self, MAX_SLICE, PageRequest, Position};
use crate::catalog::execute;
use serde_json::{Value, json};
use std::collections::BTreeSet;
use std::ops::ControlFlow;

/// Page size of the account-wide walk: each contact costs a membership lookup.
pub const WALK_DEFAULT_LIMIT: u32 = 20;
pub const WALK_MAX_LIMIT: u32 = 100;
/// Smartlead's largest page of campaign leads.
const ROWS_PER_REQUEST: u32 = 100;

/// Contacts of one campaign, or of the whole account when `campaign_id` is `None`.
pub fn list(client: &Client, campaign_id: Option<&str>, page: PageRequest) -> Result<Page<Contact>> {
    match campaign_id {
        Some(id) => in_campaign(client, parse_id("campaign_id", id)?, page),
        None => across_account(client, page),
    }
}

fn in_campaign(client: &Client, campaign_id: u64, page: PageRequest) -> Result<Page<Contact>> {
    let filter = CampaignLeadFilter { campaign_id, ..CampaignLeadFilter::default() };
    let raw: Page<Value> = LIST_ALL_SMARTLEAD_CAMPAIGN_LEADS.run_as(client, filter, page)?;
    let lists = vec![ContactList { id: campaign_id.to_string(), name: None }];
    let result = raw.result.into_iter().map(|row| Contact::from_campaign_row(row, lists.clone())).collect::<Result<Vec<_>>>()?;
    Ok(Page { result, next_cursor: raw.next_cursor, result_count: raw.result_count, total: raw.total })
}

/// Walks every campaign's leads in campaign-id order. A lead in several campaigns is
/// listed once, at the first campaign of the walk it belongs to; its membership
/// lookup also gives the contact every campaign it is in. The cursor holds the
/// campaign and the row within it, so campaigns added or removed between pages
/// neither repeat nor skip anyone in the others.
fn across_account(client: &Client, page: PageRequest) -> Result<Page<Contact>> {
    let fingerprint = paging::fingerprint("unified.list_contacts", &json!({}));
    let at = paging::position(&page, fingerprint, WALK_DEFAULT_LIMIT, WALK_MAX_LIMIT)?;
    let campaigns = all_campaigns(client)?;
    let walked: BTreeSet<u64> = campaigns.iter().map(|c| c.id).collect();
    let start = at.scope.unwrap_or(0);
    let mut contacts = Vec::new();
    for campaign in campaigns.iter().filter(|c| c.id >= start) {
        let here = ContactList { id: campaign.id.to_string(), name: campaign.name.clone() };
        let from = if at.scope == Some(campaign.id) { at.offset } else { 0 };
        let full_at = scan_rows(client, campaign.id, from, |row_offset, row| {
            if contacts.len() as u32 == at.limit {
                return Ok(ControlFlow::Break(row_offset));
            }
            let mut contact = Contact::from_campaign_row(row, vec![here.clone()])?;
            let lists = memberships(client, parse_id("id", &contact.id)?)?;
            let owner = lists.iter().filter_map(|l| l.id.parse::<u64>().ok()).filter(|id| walked.contains(id)).min();
            if owner.is_none_or(|owner| owner == campaign.id) {
                if !lists.is_empty() {
                    contact.lists = lists;
                }
                contacts.push(contact);
            }
            Ok(ControlFlow::Continue(()))
        })?;
        if let Some(row_offset) = full_at {
            let next = Position { offset: row_offset, scope: Some(campaign.id), ..at };
            return Ok(page_of(contacts, Some(paging::encode(&next))));
        }
    }
    Ok(page_of(contacts, None))
}

/// Reads a campaign's lead rows from `from` on, a full Smartlead page per request,
/// handing each row and its offset to `visit` until it breaks (its value is returned)
/// or the rows run out (`None`).
fn scan_rows<B>(client: &Client, campaign_id: u64, from: u64, mut visit: impl FnMut(u64, Value) -> Result<ControlFlow<B>>) -> Result<Option<B>> {
    let args = json!({"campaign_id": campaign_id});
    let mut offset = from;
    loop {
        let at = Position { offset, limit: ROWS_PER_REQUEST, fingerprint: 0, scope: None };
        let rows: Page<Value> = execute::page_at(client, &LIST_ALL_SMARTLEAD_CAMPAIGN_LEADS.row, &args, at)?;
        let (count, more) = (rows.result.len() as u64, rows.next_cursor.is_some());
        for (i, row) in rows.result.into_iter().enumerate() {
            if let ControlFlow::Break(value) = visit(offset + i as u64, row)? {
                return Ok(Some(value));
            }
        }
        if !more || count == 0 {
            return Ok(None);
        }
        offset += count;
    }
}

fn page_of(result: Vec<Contact>, next_cursor: Option<String>) -> Page<Contact> {
    Page { result_count: result.len() as u32, result, next_cursor, total: None }
}

/// Every campaign of the account, by id.
fn all_campaigns(client: &Client) -> Result<Vec<Campaign>> {
    let mut campaigns = Vec::new();
    let mut page = PageRequest { limit: Some(MAX_SLICE), cursor: None };
    loop {
        let batch = LIST_ALL_SMARTLEAD_CAMPAIGNS.run(client, CampaignFilter::default(), page.clone())?;
        campaigns.extend(batch.result);
        match batch.next_cursor {
            Some(cursor) => page.cursor = Some(cursor),
            None => break,
        }
    }
    campaigns.sort_by_key(|c| c.id);
    Ok(campaigns)
}

/// The campaigns a lead is in; empty when Smartlead no longer knows the lead.
fn memberships(client: &Client, lead_id: u64) -> Result<Vec<ContactList>> {
    let page = PageRequest { limit: Some(MAX_SLICE), cursor: None };
    match LIST_ALL_SMARTLEAD_LEAD_CAMPAIGNS.run(client, LeadRef { id: lead_id }, page) {
        Ok(campaigns) => Ok(campaigns.result.into_iter().map(|c| ContactList { id: c.id.to_string(), name: c.name }).collect()),
        Err(Error::NotFound(_)) => Ok(Vec::new()),
        Err(e) => Err(e),
    }
}

/// A contact by email (one request), or by lead id: the lead's campaigns, then its
/// row in `campaign_id` (or its first campaign), read page by page.
pub fn get(client: &Client, id_or_email: &str, campaign_id: Option<&str>) -> Result<Contact> {
    if id_or_email.contains('@') {
        return by_email(client, id_or_email.trim());
    }
    let lead_id = parse_id("id", id_or_email)?;
    let campaign_id = campaign_id.map(|c| parse_id("campaign_id", c)).transpose()?;
    let lists = memberships(client, lead_id)?;
    let in_campaign = match campaign_id {
        Some(c) => c,
        None => match lists.first() {
            Some(first) => parse_id("campaign_id", &first.id)?,
            None => return Err(missing(format!("no lead has id {lead_id}"))),
        },
    };
    let found = scan_rows(client, in_campaign, 0, |_, row| {
        let contact = Contact::from_campaign_row(row, Vec::new())?;
        Ok(if contact.id == lead_id.to_string() { ControlFlow::Break(contact) } else { ControlFlow::Continue(()) })
    })?;
    match found {
        Some(contact) => Ok(Contact { lists, ..contact }),
        None => Err(missing(format!("lead {lead_id} is not in campaign {in_campaign}"))),
    }
}

fn by_email(client: &Client, email: &str) -> Result<Contact> {
    let found: Page<Value> = LIST_ALL_SMARTLEAD_LEADS.run_as(client, LeadLookup { email: email.to_string() }, PageRequest::default())?;
    match found.result.into_iter().next() {
        Some(raw) => Contact::from_lookup(raw),
        None => Err(missing(format!("no lead has the email {email}"))),
    }
}

fn missing(message: String) -> Error {
    Error::NotFound(RemoteError { status: 404, message })
}

/// Adds a lead to a campaign (sent once, never retried) and returns it as a contact.
pub fn create(client: &Client, campaign_id: &str, input: ContactInput) -> Result<Contact> {
    let campaign_id = parse_id("campaign_id", campaign_id)?;
    if input.status == Some(ContactStatus::Unsubscribed) {
        return Err(Error::invalid("status", "a new contact cannot start unsubscribed; create it, then update its status"));
    }
    let lead = input.to_smartlead(None)?;
    let email = lead.email.clone();
    let new = NewLeads { campaign_id, lead_list: vec![lead], settings: None };
    let added: AddLeadsResult = CREATE_A_SMARTLEAD_CAMPAIGN_LEAD.run(client, new, PageRequest::default())?;
    if added.total_leads == Some(0) {
        return Err(Error::Remote(RemoteError { status: 200, message: format!("Smartlead did not add {email}: {}", refusal(&added)) }));
    }
    by_email(client, &email)
}

/// Why Smartlead added no lead, from its counters.
fn refusal(added: &AddLeadsResult) -> &'static str {
    let some = |n: Option<u64>| n.is_some_and(|n| n > 0);
    if some(added.already_added_to_campaign) || some(added.duplicate_count) {
        "it is already in this campaign (or in another, and the campaign skips those)"
    } else if some(added.invalid_email_count) || !added.invalid_emails.is_empty() {
        "Smartlead considers the email invalid"
    } else if some(added.block_count) {
        "the email or its domain is on the block list"
    } else if some(added.unsubscribed_leads) {
        "the lead has unsubscribed"
    } else if added.is_lead_limit_exhausted == Some(true) {
        "the account has no lead credits left"
    } else {
        "no reason given"
    }
}

/// Changes a contact's fields (in `campaign_id`, or its first campaign) and/or
/// unsubscribes it; everything is checked before the first write.
pub fn update(client: &Client, id: &str, campaign_id: Option<&str>, patch: ContactInput) -> Result<Contact> {
    let lead_id = parse_id("id", id)?;
    let current = get(client, id, campaign_id)?;
    if patch.status == Some(ContactStatus::Subscribed) && current.status == ContactStatus::Unsubscribed {
        return Err(Error::invalid("status", "Smartlead cannot re-subscribe a lead that unsubscribed"));
    }
    let lead = patch.to_smartlead(Some(&current))?;
    let in_campaign = match campaign_id {
        Some(c) => parse_id("campaign_id", c)?,
        None => match current.lists.first() {
            Some(first) => parse_id("campaign_id", &first.id)?,
            None => return Err(missing(format!("lead {lead_id} is in no campaign; name the campaign"))),
        },
    };
    let changes_fields = ContactInput { status: None, ..patch.clone() } != ContactInput::default();
    if changes_fields {
        let update = LeadUpdate {
            campaign_id: in_campaign,
            id: lead_id,
            email: lead.email,
            first_name: lead.first_name,
            last_name: lead.last_name,
            phone_number: lead.phone_number,
            company_name: lead.company_name,
            website: None,
            location: lead.location,
            linkedin_profile: None,
            company_url: None,
            custom_fields: lead.custom_fields,
        };
        UPDATE_A_SMARTLEAD_CAMPAIGN_LEAD_BY_ID.run(client, update, PageRequest::default())?;
    }
    if patch.status == Some(ContactStatus::Unsubscribed) && current.status == ContactStatus::Subscribed {
        let _: Ack = SMARTLEAD_LEADS_UNSUBSCRIBE.run(client, LeadRef { id: lead_id }, PageRequest::default())?;
    }
    get(client, id, Some(&in_campaign.to_string()))
}

/// Removes a contact from one campaign; it stays in the account and its other campaigns.
pub fn delete(client: &Client, id: &str, campaign_id: &str) -> Result<()> {
    let target = CampaignLeadRef { campaign_id: parse_id("campaign_id", campaign_id)?, id: parse_id("id", id)? };
    DELETE_A_SMARTLEAD_CAMPAIGN_LEAD_BY_ID.run(client, target, PageRequest::default()).map(|_| ())
}
