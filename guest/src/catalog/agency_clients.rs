//! Agency clients: white-label sub-accounts that own campaigns and mailboxes.

use super::{NoArgs, check};
use crate::core::error::{Error, Result};
use crate::core::http::Method::{Delete, Get, Post, Put};
use crate::catalog::model::{Ack, AgencyClient, ClientApiKey, Created, Page};
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

const API_KEYS_DOCS: &str = "https://api.smartlead.ai/api-reference/clients/api-keys";
pub const CREATE_A_SMARTLEAD_CLIENT_API_KEY: TypedOperation<NewClientApiKey, ClientApiKey> = TypedOperation::new(
    "create_a_smartlead_client_api_key", Post, "/client/api-key", Effect::Write { idempotent: false }, Listing::Single,
    "Issue an API key to an agency client (clientId), named keyName. The answer carries the key itself, once: hand it to the client.",
)
.documented(API_KEYS_DOCS);
pub const LIST_ALL_SMARTLEAD_CLIENT_API_KEYS: TypedOperation<ClientApiKeyFilter, Page<ClientApiKey>> = TypedOperation::new(
    "list_all_smartlead_client_api_keys", Get, "/client/api-key", Effect::Read, Listing::Sliced,
    "List the API keys issued to agency clients (without the keys themselves), optionally one client's (clientId), by status (active, inactive) or by part of keyName.",
)
.documented(API_KEYS_DOCS);
pub const DELETE_A_SMARTLEAD_CLIENT_API_KEY_BY_ID: TypedOperation<ClientApiKeyRef, Ack> = TypedOperation::new(
    "delete_a_smartlead_client_api_key_by_id", Delete, "/client/api-key/{id}", Effect::Destructive { idempotent: true }, Listing::Single,
    "Delete a client's API key: whatever uses it stops working.",
)
.documented(API_KEYS_DOCS);
pub const SMARTLEAD_AGENCY_CLIENTS_RESET_API_KEY: TypedOperation<ClientApiKeyRef, ClientApiKey> = TypedOperation::new(
    "smartlead_agency_clients_reset_api_key", Put, "/client/api-key/reset/{id}", Effect::Destructive { idempotent: false }, Listing::Single,
    "Reset a client's API key: a new key replaces it (returned once) and the old one stops working.",
)
.documented(API_KEYS_DOCS);

/// An API key to issue to a client.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct NewClientApiKey {
    #[serde(rename = "clientId")]
    pub client_id: u64,
    /// Letters, digits, spaces, - and _.
    #[serde(rename = "keyName")]
    pub key_name: String,
}
impl Args for NewClientApiKey {
    fn validate(&self) -> Result<()> {
        let fits = |c: char| c.is_ascii_alphanumeric() || matches!(c, ' ' | '-' | '_');
        match !self.key_name.trim().is_empty() && self.key_name.chars().all(fits) {
            true => Ok(()),
            false => Err(Error::invalid("keyName", format!("{:?} is not a key name: use letters, digits, spaces, - and _", self.key_name))),
        }
    }
}

/// Which client API keys to list.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ClientApiKeyFilter {
    #[serde(rename = "clientId")]
    pub client_id: Option<u64>,
    /// active or inactive.
    pub status: Option<String>,
    /// Part of the key's name.
    #[serde(rename = "keyName")]
    pub key_name: Option<String>,
}
impl Args for ClientApiKeyFilter {
    fn validate(&self) -> Result<()> {
        self.status.as_deref().map_or(Ok(()), |s| check::one_of("status", s, &["active", "inactive"]))
    }
}

/// A client API key, by id.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ClientApiKeyRef {
    /// The key's id (not the key).
    pub id: u64,
}
impl Args for ClientApiKeyRef {}

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
