//! Each linked account's webhook receiver: Smartlead posts that account's events to a URL
//! naming it, `/webhooks/smartlead/{id}?token=…`, with a token the host made for it and
//! keeps sealed like its key. The token proves a delivery came for that account (Smartlead
//! lets no secret of ours be set on a webhook, so it rides in the URL, which no log shows).

use super::{Account, AccountError, Accounts, Backend, ID_PREFIX};
use crate::runtime::Connector;
use base64::Engine;
use serde_json::{Value, json};
use smartlead_component::catalog::webhooks::CREATE_A_SMARTLEAD_CAMPAIGN_WEBHOOK;
use smartlead_component::surfaces::gateway::receiver::WEBHOOK_PATH;
use subtle::ConstantTimeEq;

/// The account's receiver URL under `base` (the gateway's address as Smartlead reaches it).
pub fn receiver_url(base: &str, account_id: &str, token: &str) -> String {
    format!("{}{WEBHOOK_PATH}/{account_id}?token={token}", base.trim_end_matches('/'))
}

/// Registers a campaign webhook as the account, with its key, pointing Smartlead at the
/// account's own receiver: `webhook` is `create_a_smartlead_campaign_webhook`'s arguments
/// without `webhook_url`, which this fills. Smartlead's answer, and the URL.
pub async fn register(accounts: &Accounts, connector: &Connector, id_or_name: &str, base: &str, mut webhook: Value) -> Result<(Value, String), AccountError> {
    let Some(fields) = webhook.as_object_mut().filter(|f| !f.contains_key("webhook_url")) else {
        return Err(AccountError::Invalid("give the webhook's campaign_id, name and event_types (and categories); its webhook_url is the account's receiver, filled in here".into()));
    };
    let (account, token) = accounts.webhook_token(id_or_name).await?;
    let url = receiver_url(base, &account.id, &token);
    fields.insert("webhook_url".into(), json!(url));
    let (_, key) = accounts.key(&account.id).await?;
    connector.egress().pacers.plan(key.tenant(), account.plan.pacing());
    let component = |e: anyhow::Error| AccountError::Store(format!("the component: {e:#}"));
    let mut session = connector.session_for(Some(key)).await.map_err(component)?;
    let made = session.call_tool(CREATE_A_SMARTLEAD_CAMPAIGN_WEBHOOK.row.name, &webhook).await.map_err(component)?;
    Ok((made.map_err(AccountError::Smartlead)?, url))
}

/// What a webhook token's seal is bound to, beside the account's id.
fn owner(id: &str) -> String {
    format!("webhook:{id}")
}

impl Accounts {
    /// The account's webhook token, made (and kept sealed) the first time it is asked for.
    pub async fn webhook_token(&self, id_or_name: &str) -> Result<(Account, String), AccountError> {
        let account = self.find(id_or_name).await?;
        if let Some(token) = self.kept_token(&account.id).await? {
            return Ok((account, token));
        }
        let fresh = fresh_token();
        let sealed = self.sealer.seal(&owner(&account.id), &fresh);
        match &self.backend {
            Backend::Sqlite(s) => s.set_webhook_token(account.id.clone(), sealed).await?,
            Backend::Postgres(p) => p.set_webhook_token(&account.id, &sealed).await?,
        }
        // Two callers at once: the one kept first stands, for both.
        let token = self.kept_token(&account.id).await?.ok_or_else(|| AccountError::Store(format!("the webhook token of {} was not kept", account.name)))?;
        Ok((account, token))
    }

    /// The account whose id is `id` when `token` is its webhook token; anything else,
    /// an unknown id, an unlinked account or another token, is `NotFound`, alike.
    pub async fn webhook_account(&self, id: &str, token: &str) -> Result<Account, AccountError> {
        let refused = || AccountError::NotFound("no linked account takes webhooks at this address".into());
        if !id.starts_with(ID_PREFIX) {
            return Err(refused());
        }
        let account = self.find(id).await.map_err(|_| refused())?;
        let kept = self.kept_token(&account.id).await?.ok_or_else(refused)?;
        if bool::from(kept.as_bytes().ct_eq(token.as_bytes())) { Ok(account) } else { Err(refused()) }
    }

    async fn kept_token(&self, id: &str) -> Result<Option<String>, AccountError> {
        let sealed = match &self.backend {
            Backend::Sqlite(s) => s.webhook_token(id.to_string()).await?,
            Backend::Postgres(p) => p.webhook_token(id).await?,
        };
        match sealed {
            None => Ok(None),
            Some(sealed) => self.sealer.open(&owner(id), &sealed).map(Some).ok_or_else(|| AccountError::Store(format!("the webhook token of account {id} does not open: its row was changed outside smartlead"))),
        }
    }
}

/// 32 random bytes, base64url, after `whk_`.
fn fresh_token() -> String {
    use aes_gcm::aead::OsRng;
    use aes_gcm::aead::rand_core::RngCore;
    let mut bytes = [0u8; 32];
    OsRng.fill_bytes(&mut bytes);
    format!("whk_{}", base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes))
}
