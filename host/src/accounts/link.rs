//! Linking: a key is kept only once Smartlead accepted it, by one cheap read (the lead
//! categories) through the component, which never follows a redirect, so a redirect
//! cannot replay the key to another host.

use super::{Account, AccountError, Accounts, Linked};
use crate::egress::pacer::Plan;
use crate::runtime::Connector;
use crate::core::tenant::ApiKey;

/// The read that proves a key: small, and answered by every account.
const PROBE_TOOL: &str = "list_all_smartlead_lead_category";

/// Whether Smartlead accepts `key`: its typed error if not.
pub async fn probe(connector: &Connector, key: &ApiKey) -> Result<(), AccountError> {
    let mut session = connector.session_for(Some(key.clone())).await.map_err(|e| AccountError::Store(format!("the component: {e:#}")))?;
    match session.call_tool(PROBE_TOOL, &serde_json::json!({"limit": 1})).await {
        Ok(Ok(_)) => Ok(()),
        Ok(Err(mut refused)) => {
            refused.message = format!("Smartlead did not accept this key ({}); nothing was stored", refused.message);
            Err(AccountError::Smartlead(refused))
        }
        Err(e) => Err(AccountError::Store(format!("the component: {e:#}"))),
    }
}

/// Links `name` to `key` once Smartlead accepts it: a new account, or the existing
/// one's key rotated in place.
pub async fn link(accounts: &Accounts, connector: &Connector, name: &str, key: &ApiKey, plan: Plan) -> Result<(Account, Linked), AccountError> {
    super::check_name(name)?;
    connector.egress().pacers.plan(key.tenant(), plan.pacing());
    probe(connector, key).await?;
    accounts.put(name, key, plan).await
}

/// Asks Smartlead whether the account's key still works, and records it if so.
pub async fn verify(accounts: &Accounts, connector: &Connector, id_or_name: &str) -> Result<Account, AccountError> {
    let (account, key) = accounts.key(id_or_name).await?;
    connector.egress().pacers.plan(key.tenant(), account.plan.pacing());
    probe(connector, &key).await?;
    accounts.verified(&account).await
}
