//! Lead lists: leads kept outside any campaign, named lists to import into and push
//! from. Smartlead names these routes' fields in camelCase.

use super::check;
use crate::catalog::model::{Ack, Created, CustomFields, LeadList, ListImportResult, ListMoveResult, ListPushResult, Page};
use crate::catalog::operation::{Args, Effect};
use crate::catalog::typed::TypedOperation;
use crate::core::error::{Error, Result};
use crate::core::http::Method::{Delete, Get, Post, Put};
use crate::core::paging::Listing;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

pub const CREATE_A_SMARTLEAD_LEAD_LIST: TypedOperation<NewLeadList, Created> = TypedOperation::new(
    "create_a_smartlead_lead_list", Post, "/lead-list", Effect::Write { idempotent: false }, Listing::Single,
    "Create an empty lead list by name. Returns its id.",
)
.documented("https://api.smartlead.ai/api-reference/lead-lists/create");
pub const LIST_ALL_SMARTLEAD_LEAD_LISTS: TypedOperation<LeadListFilter, Page<LeadList>> = TypedOperation::new(
    "list_all_smartlead_lead_lists", Get, "/lead-list", Effect::Read, Listing::Offset { max: 1000 },
    "List the account's lead lists with their lead counts, optionally those whose name contains listName or that carry the tags tagIds.",
)
.documented("https://api.smartlead.ai/api-reference/lead-lists/get-all");
pub const GET_SINGLE_SMARTLEAD_LEAD_LIST_BY_ID: TypedOperation<LeadListRef, LeadList> = TypedOperation::new(
    "get_single_smartlead_lead_list_by_id", Get, "/lead-list/{id}", Effect::Read, Listing::Single,
    "Get one lead list by id: its name and lead count.",
)
.documented("https://api.smartlead.ai/api-reference/lead-lists/get-by-id");
pub const UPDATE_A_SMARTLEAD_LEAD_LIST_BY_ID: TypedOperation<LeadListRename, Ack> = TypedOperation::new(
    "update_a_smartlead_lead_list_by_id", Put, "/lead-list/{id}", Effect::Write { idempotent: true }, Listing::Single,
    "Rename a lead list.",
)
.documented("https://api.smartlead.ai/api-reference/lead-lists/update");
pub const DELETE_A_SMARTLEAD_LEAD_LIST_BY_ID: TypedOperation<LeadListRef, Ack> = TypedOperation::new(
    "delete_a_smartlead_lead_list_by_id", Delete, "/lead-list/{id}", Effect::Destructive { idempotent: true }, Listing::Single,
    "Delete a lead list and the leads it holds.",
)
.documented("https://api.smartlead.ai/api-reference/lead-lists/delete");
pub const SMARTLEAD_LEAD_LISTS_IMPORT_LEADS: TypedOperation<ListImport, ListImportResult> = TypedOperation::new(
    "smartlead_lead_lists_import_leads", Post, "/lead-list/{id}/import", Effect::Write { idempotent: false }, Listing::Single,
    "Add leads (email, first_name, last_name, company, custom_fields) to a lead list, as a file named fileName would; leads on the global block list are left out unless csvSettings.ignoreGlobalBlockList. Returns how many were imported, duplicates and blocked.",
)
.documented("https://api.smartlead.ai/api-reference/lead-lists/import-leads");
pub const SMARTLEAD_LEAD_LISTS_MOVE_LEADS: TypedOperation<ListMove, ListMoveResult> = TypedOperation::new(
    "smartlead_lead_lists_move_leads", Post, "/leads/leads/push-between-lists", Effect::Write { idempotent: false }, Listing::Single,
    "Copy or move leads into the list toListId: the leads leadIds (1 to 10,000), or every lead of the list fromListId. move takes them out of where they were.",
)
.documented("https://api.smartlead.ai/api-reference/lead-lists/push-between-lists");
pub const SMARTLEAD_LEAD_LISTS_PUSH_TO_CAMPAIGN: TypedOperation<ListPush, ListPushResult> = TypedOperation::new(
    "smartlead_lead_lists_push_to_campaign", Post, "/leads/push-to-campaign", Effect::Write { idempotent: false }, Listing::Single,
    "Copy or move a lead list's leads (all of them, or leadIds) into a campaign, named by campaignId, or by campaignName (a name no campaign has creates one). An ACTIVE campaign starts emailing them. Returns how many were pushed and duplicates.",
)
.documented("https://api.smartlead.ai/api-reference/lead-lists/push-to-campaign");
pub const SMARTLEAD_LEAD_LISTS_ASSIGN_TAGS: TypedOperation<ListTags, Ack> = TypedOperation::new(
    "smartlead_lead_lists_assign_tags", Post, "/lead-list/assign-tags", Effect::Write { idempotent: true }, Listing::Single,
    "Tag lead lists: add the tags tagIds (and take off removeTagIds) on each of the lists listIds, 1 to 10 of each.",
)
.documented("https://api.smartlead.ai/api-reference/lead-lists/assign-tags");

/// A lead list to create.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct NewLeadList {
    /// The list's name.
    #[serde(rename = "listName")]
    pub list_name: String,
}
impl Args for NewLeadList {
    fn validate(&self) -> Result<()> {
        named(&self.list_name)
    }
}

/// Which lead lists to list.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct LeadListFilter {
    /// Only lists whose name contains this.
    #[serde(rename = "listName")]
    pub list_name: Option<String>,
    /// Only lists with these tags: tag ids, comma-separated (e.g. "3,8").
    #[serde(rename = "tagIds")]
    pub tag_ids: Option<String>,
}
impl Args for LeadListFilter {}

/// A lead list, by id.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct LeadListRef {
    /// Lead list id.
    pub id: u64,
}
impl Args for LeadListRef {}

/// A lead list's new name.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct LeadListRename {
    /// Lead list id.
    pub id: u64,
    #[serde(rename = "listName")]
    pub list_name: String,
}
impl Args for LeadListRename {
    fn validate(&self) -> Result<()> {
        named(&self.list_name)
    }
}

/// Leads to add to a lead list.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ListImport {
    /// Lead list id.
    pub id: u64,
    /// The leads, at least one.
    #[serde(rename = "leadList")]
    pub lead_list: Vec<ListLead>,
    /// The file they came from, as the list shows it (e.g. prospects.csv).
    #[serde(rename = "fileName")]
    pub file_name: String,
    #[serde(rename = "csvSettings")]
    pub csv_settings: Option<ListImportSettings>,
}
impl Args for ListImport {
    fn validate(&self) -> Result<()> {
        check::not_empty("leadList", &self.lead_list)?;
        for (i, lead) in self.lead_list.iter().enumerate() {
            check::email(&format!("leadList[{i}].email"), &lead.email)?;
        }
        match self.file_name.trim().is_empty() {
            true => Err(Error::invalid("fileName", "is empty; name the file the leads came from")),
            false => Ok(()),
        }
    }
}

/// A lead as a lead list takes it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ListLead {
    pub email: String,
    pub first_name: Option<String>,
    pub last_name: Option<String>,
    /// The company's name.
    pub company: Option<String>,
    /// Flat object of extra fields, e.g. {"job_title": "CEO"}.
    #[serde(default, skip_serializing_if = "CustomFields::is_empty")]
    pub custom_fields: CustomFields,
}

/// How a lead list import treats blocked leads.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ListImportSettings {
    /// Import leads even when the global block list holds them.
    #[serde(rename = "ignoreGlobalBlockList")]
    pub ignore_global_block_list: Option<bool>,
}

/// Leads to copy or move between lead lists.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ListMove {
    /// copy or move.
    pub action: String,
    /// The leads to take, 1 to 10,000; or give fromListId.
    #[serde(rename = "leadIds")]
    pub lead_ids: Option<Vec<u64>>,
    /// The list whose every lead to take; or give leadIds.
    #[serde(rename = "fromListId")]
    pub from_list_id: Option<u64>,
    /// The list they go to.
    #[serde(rename = "toListId")]
    pub to_list_id: u64,
}
impl Args for ListMove {
    fn validate(&self) -> Result<()> {
        check::one_of("action", &self.action, &["copy", "move"])?;
        leads_or_list(&self.lead_ids, self.from_list_id.is_some(), "leadIds", "fromListId")
    }
}

/// A lead list's leads to push into a campaign.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ListPush {
    /// The campaign; or give campaignName.
    #[serde(rename = "campaignId")]
    pub campaign_id: Option<u64>,
    /// The campaign by name; a name no campaign has creates one.
    #[serde(rename = "campaignName")]
    pub campaign_name: Option<String>,
    /// copy or move.
    pub action: String,
    #[serde(rename = "leadList")]
    pub lead_list: ListSelection,
    #[serde(rename = "csvSettings")]
    pub csv_settings: Option<ListImportSettings>,
}
impl Args for ListPush {
    fn validate(&self) -> Result<()> {
        check::one_of("action", &self.action, &["copy", "move"])?;
        if self.campaign_id.is_none() == self.campaign_name.as_deref().is_none_or(|n| n.trim().is_empty()) {
            return Err(Error::invalid("campaignId", "give campaignId or campaignName, one of them"));
        }
        let l = &self.lead_list;
        if l.all_leads == Some(true) && (l.list_id.is_some() || l.lead_ids.is_some()) {
            return Err(Error::invalid("leadList.allLeads", "takes every lead: give it without listId and leadIds"));
        }
        if l.all_leads == Some(true) {
            return Ok(());
        }
        leads_or_list(&l.lead_ids, l.list_id.is_some(), "leadList.leadIds", "leadList.listId")
    }
}

/// Which leads of the lead lists.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ListSelection {
    /// Every lead of this list.
    #[serde(rename = "listId")]
    pub list_id: Option<u64>,
    /// These leads, 1 to 10,000.
    #[serde(rename = "leadIds")]
    pub lead_ids: Option<Vec<u64>>,
    /// Every lead of every list.
    #[serde(rename = "allLeads")]
    pub all_leads: Option<bool>,
}

/// Tags to put on (and take off) lead lists.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ListTags {
    /// 1 to 10 lead lists.
    #[serde(rename = "listIds")]
    pub list_ids: Vec<u64>,
    /// 1 to 10 tags to add.
    #[serde(rename = "tagIds")]
    pub tag_ids: Vec<u64>,
    /// Up to 10 tags to take off.
    #[serde(rename = "removeTagIds")]
    pub remove_tag_ids: Option<Vec<u64>>,
}
impl Args for ListTags {
    fn validate(&self) -> Result<()> {
        for (field, ids) in [("listIds", Some(&self.list_ids)), ("tagIds", Some(&self.tag_ids)), ("removeTagIds", self.remove_tag_ids.as_ref())] {
            let Some(ids) = ids else { continue };
            if field != "removeTagIds" {
                check::not_empty(field, ids)?;
            }
            if ids.len() > 10 {
                return Err(Error::invalid(field, format!("lists {} ids; Smartlead takes at most 10", ids.len())));
            }
        }
        Ok(())
    }
}

/// Leads given by id (1 to 10,000) or a whole list, one of the two.
fn leads_or_list(lead_ids: &Option<Vec<u64>>, list: bool, ids_field: &str, list_field: &str) -> Result<()> {
    match (lead_ids, list) {
        (Some(_), true) | (None, false) => Err(Error::invalid(ids_field, format!("give {ids_field} or {list_field}, one of them"))),
        (Some(ids), false) if ids.is_empty() || ids.len() > 10_000 => Err(Error::invalid(ids_field, format!("lists {} leads; give 1 to 10,000", ids.len()))),
        _ => Ok(()),
    }
}

fn named(name: &str) -> Result<()> {
    match name.trim().is_empty() {
        true => Err(Error::invalid("listName", "is empty; a lead list needs a name")),
        false => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_go_as_smartlead_spells_them_and_an_empty_one_is_refused() {
        let args = CREATE_A_SMARTLEAD_LEAD_LIST.arguments(NewLeadList { list_name: "Q1".into() }).unwrap();
        assert_eq!(args, serde_json::json!({"listName": "Q1"}));
        assert_eq!(CREATE_A_SMARTLEAD_LEAD_LIST.arguments(NewLeadList { list_name: " ".into() }).unwrap_err().kind(), "invalid_input");
    }
}
