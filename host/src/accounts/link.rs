//! Linking: a key is kept only once Smartlead accepted it, by one cheap read (the lead
//! categories) through the component, which never follows a redirect, so a redirect
//! cannot replay the key to another host.

use super::connect::Dead;
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

/// What trying a key with a connect session came to.
#[derive(Debug)]
pub enum Attempt {
    Linked(Account, Linked),
    /// The session links nothing (used, expired, out of tries, unknown); nothing was sent.
    Dead(Dead),
    /// Smartlead refused the key: the try counted, `left` remain.
    Refused { error: crate::ToolError, left: u32 },
    /// Smartlead could not be asked, or the store failed: the try was given back.
    Failed(AccountError),
}

/// Tries `key` for the end user of the session `token`: counts the try first (so
/// concurrent tries never exceed the session's), asks Smartlead at the plan's pace, and
/// keeps the key only once Smartlead accepted it, using the session up in the same
/// transaction.
pub async fn link_session(accounts: &Accounts, connector: &Connector, token: &str, key: &ApiKey, plan: Plan) -> Attempt {
    let session = match accounts.attempt(token).await {
        Ok(Ok(session)) => session,
        Ok(Err(dead)) => return Attempt::Dead(dead),
        Err(e) => return Attempt::Failed(e),
    };
    connector.egress().pacers.plan(key.tenant(), plan.pacing());
    match probe(connector, key).await {
        Ok(()) => {}
        Err(AccountError::Smartlead(error)) if the_keys_fault(&error) => return Attempt::Refused { error, left: session.attempts_left() },
        Err(e) => {
            if let Err(refund) = accounts.refund(token).await {
                tracing::warn!(error = %refund, "a connect try that Smartlead did not answer could not be given back");
            }
            return Attempt::Failed(e);
        }
    }
    match accounts.complete(token, key, plan).await {
        Ok(Ok((account, linked))) => Attempt::Linked(account, linked),
        Ok(Err(dead)) => Attempt::Dead(dead),
        Err(e) => Attempt::Failed(e),
    }
}

/// Whether Smartlead's answer refuses the key itself, rather than failing to answer
/// (unreachable, overloaded, pacing): only the former uses a try up.
fn the_keys_fault(error: &crate::ToolError) -> bool {
    match error.kind {
        "unauthorized" | "not_found" | "invalid_input" => true,
        "remote" => error.status.is_some_and(|s| (400..500).contains(&s) && !matches!(s, 408 | 409 | 429)),
        _ => false,
    }
}
