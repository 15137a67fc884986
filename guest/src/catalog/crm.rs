//! The CRM of a lead: its notes, tags and tasks, read back by lead id (notes and tasks
//! are written from the master inbox), and tags put on and taken off.

use super::check;
use crate::catalog::leads::LeadRef;
use crate::catalog::model::{Ack, LeadNote, LeadTag, LeadTask, Page};
use crate::catalog::operation::{Args, Effect};
use crate::catalog::typed::TypedOperation;
use crate::core::error::Result;
use crate::core::http::Method::{Delete, Get, Post};
use crate::core::paging::Listing;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

pub const LIST_ALL_SMARTLEAD_LEAD_NOTES: TypedOperation<LeadRef, Page<LeadNote>> = TypedOperation::new(
    "list_all_smartlead_lead_notes", Get, "/crm/leads/notes/{id}", Effect::Read, Listing::Sliced,
    "List a lead's notes (by lead id), who wrote each and when. Notes are added with smartlead_master_inbox_create_note.",
)
.documented("https://api.smartlead.ai/api-reference/lead-notes/get-all");
pub const LIST_ALL_SMARTLEAD_LEAD_TAGS: TypedOperation<LeadTagFilter, Page<LeadTag>> = TypedOperation::new(
    "list_all_smartlead_lead_tags", Get, "/crm/leads/tags", Effect::Read, Listing::Sliced,
    "List the tags on a lead (leadId), each with the tag_mapping_id that removes it; without leadId, every tag of the account.",
)
.documented("https://api.smartlead.ai/api-reference/lead-tags/get-all");
pub const SMARTLEAD_CRM_ADD_LEAD_TAGS: TypedOperation<LeadTagging, Ack> = TypedOperation::new(
    "smartlead_crm_add_lead_tags", Post, "/crm/leads/tags", Effect::Write { idempotent: true }, Listing::Single,
    "Put tags (tagIds) on a lead (leadId).",
)
.documented("https://api.smartlead.ai/api-reference/lead-tags/add-to-lead");
pub const DELETE_A_SMARTLEAD_LEAD_TAG_BY_ID: TypedOperation<LeadTagRef, Ack> = TypedOperation::new(
    "delete_a_smartlead_lead_tag_by_id", Delete, "/crm/leads/tags/{tagMappingId}", Effect::Destructive { idempotent: true }, Listing::Single,
    "Take a tag off a lead, by the tag_mapping_id list_all_smartlead_lead_tags gives (not the tag's id).",
)
.documented("https://api.smartlead.ai/api-reference/lead-tags/remove-from-lead");
pub const LIST_ALL_SMARTLEAD_LEAD_TASKS: TypedOperation<LeadRef, Page<LeadTask>> = TypedOperation::new(
    "list_all_smartlead_lead_tasks", Get, "/crm/leads/tasks/{id}", Effect::Read, Listing::Sliced,
    "List a lead's tasks (by lead id): name, priority, due date and status. Tasks are added with smartlead_master_inbox_create_task.",
)
.documented("https://api.smartlead.ai/api-reference/lead-tasks/get-all");

/// Whose tags to list.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct LeadTagFilter {
    /// Only this lead's tags; every tag of the account without it.
    #[serde(rename = "leadId")]
    pub lead_id: Option<u64>,
}
impl Args for LeadTagFilter {}

/// Tags to put on a lead.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct LeadTagging {
    #[serde(rename = "leadId")]
    pub lead_id: u64,
    /// At least one tag id.
    #[serde(rename = "tagIds")]
    pub tag_ids: Vec<u64>,
}
impl Args for LeadTagging {
    fn validate(&self) -> Result<()> {
        check::not_empty("tagIds", &self.tag_ids)
    }
}

/// A tag on a lead, by its mapping id.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct LeadTagRef {
    /// The tag_mapping_id of list_all_smartlead_lead_tags.
    #[serde(rename = "tagMappingId")]
    pub tag_mapping_id: u64,
}
impl Args for LeadTagRef {}
