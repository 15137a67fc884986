//! Unified campaigns: list, get and update, on top of the catalog's campaign operations.

use super::model::{Campaign, CampaignPatch, parse_id};
use crate::core::client::Client;
use crate::core::error::{Error, Result};
use crate::catalog::model::Page;
use crate::catalog::campaigns::{
    CampaignFilter, CampaignLookup, CampaignRef, GET_SINGLE_SMARTLEAD_CAMPAIGN_BY_ID, LIST_ALL_SMARTLEAD_CAMPAIGNS,
    SMARTLEAD_CAMPAIGNS_TOP_LEVEL_ANALYTICS, SMARTLEAD_CAMPAIGNS_UPDATE_CAMPAIGN_STATUS, SettingsUpdate, StatusChange,
    UPDATE_A_SMARTLEAD_CAMPAIGN_BY_ID,
};
use crate::core::paging::PageRequest;
use serde_json::Value;

/// A page of campaigns; `include_analytics` costs one more request per campaign.
pub fn list(client: &Client, include_analytics: bool, page: PageRequest) -> Result<Page<Campaign>> {
    let raw: Page<Value> = LIST_ALL_SMARTLEAD_CAMPAIGNS.run_as(client, CampaignFilter::default(), page)?;
    let result = raw.result.into_iter().map(|r| unified(client, r, include_analytics)).collect::<Result<Vec<_>>>()?;
    Ok(Page { result, next_cursor: raw.next_cursor, result_count: raw.result_count, total: raw.total })
}

pub fn get(client: &Client, id: &str, include_analytics: bool) -> Result<Campaign> {
    let id = parse_id("id", id)?;
    let raw: Value = GET_SINGLE_SMARTLEAD_CAMPAIGN_BY_ID.run_as(client, CampaignLookup { campaign_id: id, include_tags: None }, PageRequest::default())?;
    unified(client, raw, include_analytics)
}

/// Renames and/or starts, pauses or stops a campaign, then returns it. Everything is
/// checked before the first write.
pub fn update(client: &Client, id: &str, patch: CampaignPatch) -> Result<Campaign> {
    let campaign_id = parse_id("id", id)?;
    let command = patch.status.map(|s| s.to_smartlead()).transpose()?;
    if patch.name.is_none() && command.is_none() {
        return Err(Error::invalid("patch", "changes nothing; give name and/or status"));
    }
    if let Some(name) = patch.name {
        let settings = SettingsUpdate { campaign_id, name: Some(name), ..SettingsUpdate::default() };
        UPDATE_A_SMARTLEAD_CAMPAIGN_BY_ID.run(client, settings, PageRequest::default())?;
    }
    if let Some(status) = command {
        SMARTLEAD_CAMPAIGNS_UPDATE_CAMPAIGN_STATUS.run(client, StatusChange { campaign_id, status }, PageRequest::default())?;
    }
    get(client, id, false)
}

fn unified(client: &Client, raw: Value, include_analytics: bool) -> Result<Campaign> {
    let campaign = Campaign::from_smartlead(raw)?;
    if !include_analytics {
        return Ok(campaign);
    }
    let id = parse_id("id", &campaign.id)?;
    let analytics = SMARTLEAD_CAMPAIGNS_TOP_LEVEL_ANALYTICS.run(client, CampaignRef { campaign_id: id }, PageRequest::default())?;
    Ok(campaign.with_analytics(&analytics))
}
