//! Lead lists: leads kept outside any campaign, named lists to import into and push
//! from. Smartlead names these routes' fields in camelCase.

use crate::catalog::model::{Ack, Created, LeadList, Page};
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
