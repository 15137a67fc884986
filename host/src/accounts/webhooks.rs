//! Each linked account's webhook receiver: Smartlead posts that account's events to a URL
//! naming it, `/webhooks/smartlead/{id}?token=…`, with a token the host made for it and
//! keeps sealed like its key. The token proves a delivery came for that account (Smartlead
//! lets no secret of ours be set on a webhook, so it rides in the URL, which no log shows).

use super::{Account, AccountError, Accounts, Backend, ID_PREFIX};
use base64::Engine;
use subtle::ConstantTimeEq;

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
