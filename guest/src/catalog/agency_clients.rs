//! Agency clients: white-label sub-accounts that own campaigns and mailboxes.

use super::{NoArgs, check};
use crate::core::error::Result;
use crate::core::http::Method::{Get, Post};
use crate::catalog::model::{AgencyClient, Created, Page};
use crate::catalog::operation::{Args, Effect};
use crate::catalog::typed::TypedOperation;
use crate::core::paging::Listing;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};


pub const CREATE_A_SMARTLEAD_CLIENT: TypedOperation<NewClient, Created> = TypedOperation::new(
    "create_a_smartlead_client", Post, "/client/save", Effect::Write { idempotent: false }, Listing::Single,
    "Create an agency client with full access or master-inbox reply access. Returns its id.",
)
.documented("https://api.smartlead.ai/api-reference/clients/create");
pub const LIST_ALL_SMARTLEAD_CLIENTS: TypedOperation<NoArgs, Page<AgencyClient>> = TypedOperation::new(
    "list_all_smartlead_clients", Get, "/client/", Effect::Read, Listing::Sliced,
    "List the agency's clients with their email and permissions.",
)
.documented("https://api.smartlead.ai/api-reference/clients/get-all");

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct NewClient {
    pub name: String,
    /// The client's login email.
    pub email: String,
    /// The client's login password; sent to Smartlead only.
    pub password: Option<String>,
    pub logo: Option<String>,
    pub logo_url: Option<String>,
    /// ["full_access"] or ["reply_master_inbox"].
    pub permission: Vec<String>,
    pub is_credit_assigned: Option<bool>,
    pub email_credits: Option<u64>,
    pub lead_credits: Option<u64>,
}
impl Args for NewClient {
    fn validate(&self) -> Result<()> {
        check::email("email", &self.email)?;
        check::not_empty("permission", &self.permission)?;
        self.permission.iter().try_for_each(|p| check::one_of("permission", p, &["full_access", "reply_master_inbox"]))
    }
}
