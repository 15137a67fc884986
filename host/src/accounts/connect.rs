//! Connect sessions: a platform's backend asks for one for its end user, and the end user
//! links their own Smartlead key with it in the gateway's page, so the platform never
//! handles the key. A token is shown once and kept only as its SHA-256; it links once,
//! before it expires, within a bounded number of attempts. Sessions live in the accounts
//! store, so any replica on the same Postgres completes a session another one made.

use super::{Account, AccountError, Accounts, Backend, EndUser, Linked, seal};
use crate::core::tenant::ApiKey;
use crate::egress::pacer::Plan;
use base64::Engine;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use std::time::Duration;

/// How long a session links, unless the operator says otherwise.
pub const DEFAULT_TTL: Duration = Duration::from_secs(30 * 60);
/// Keys a session tries before it is dead, unless the operator says otherwise.
pub const DEFAULT_ATTEMPTS: u32 = 5;
/// The longest end-user id or display name taken.
const MAX_TEXT: usize = 256;
/// The longest `state` taken: it rides back on a URL.
const MAX_STATE: usize = 1024;
/// Origins one session may be embedded from, at most.
const MAX_ORIGINS: usize = 16;
/// Expired sessions are deleted this long after they expire (the page says "expired"
/// for them until then, and "unknown" after).
const KEPT_AFTER_EXPIRY_MS: i64 = 24 * 3600 * 1000;

/// How connect sessions are made, for `serve` and `connect create`.
#[derive(Debug, Clone, clap::Args)]
pub struct ConnectArgs {
    /// The gateway's address as end users' browsers reach it (e.g. https://link.example.com):
    /// connect URLs start with it. `serve` uses the request's Host when it is not given.
    #[arg(long, value_name = "URL", env = "SMARTLEAD_PUBLIC_URL")]
    pub public_url: Option<String>,
    /// How long (seconds) a connect session links before it expires.
    #[arg(long, value_name = "SECS", default_value_t = DEFAULT_TTL.as_secs(), value_parser = clap::value_parser!(u64).range(1..=7 * 24 * 3600))]
    pub connect_ttl_secs: u64,
    /// Keys a connect session may try before it is dead.
    #[arg(long, value_name = "N", default_value_t = DEFAULT_ATTEMPTS, value_parser = clap::value_parser!(u32).range(1..=100))]
    pub connect_attempts: u32,
    /// The platform's name, as the connect page shows it to end users.
    #[arg(long, value_name = "NAME", default_value = "This platform")]
    pub platform_name: String,
}

impl Default for ConnectArgs {
    fn default() -> Self {
        ConnectArgs { public_url: None, connect_ttl_secs: DEFAULT_TTL.as_secs(), connect_attempts: DEFAULT_ATTEMPTS, platform_name: "This platform".into() }
    }
}

impl ConnectArgs {
    /// `--public-url` as a base (no trailing slash), checked to be an http(s) origin.
    pub fn base(&self) -> Result<Option<String>, AccountError> {
        let Some(url) = &self.public_url else { return Ok(None) };
        let base = url.trim_end_matches('/');
        let uri: http::Uri = base.parse().map_err(|_| AccountError::Invalid(format!("--public-url {url:?} is not a URL such as https://link.example.com")))?;
        if !matches!(uri.scheme_str(), Some("http" | "https")) || uri.authority().is_none() || uri.query().is_some() {
            return Err(AccountError::Invalid(format!("--public-url {url:?} must be an http(s) address such as https://link.example.com")));
        }
        Ok(Some(base.to_string()))
    }
}

/// What a platform's backend asks for: the body of `POST /connect/sessions`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SessionRequest {
    pub end_user: EndUser,
    /// Where the page sends the browser once linked, with `integrated_account_id` and
    /// `state` added to its query.
    #[serde(default)]
    pub return_url: Option<String>,
    /// The origins that may embed the page and hear its result (`https://app.example.com`).
    #[serde(default)]
    pub allowed_origins: Vec<String>,
    /// The platform's own value, given back on the return URL untouched.
    #[serde(default)]
    pub state: Option<String>,
}

impl SessionRequest {
    /// Refuses what the page could not honour, naming the field.
    pub fn check(&self) -> Result<(), AccountError> {
        let invalid = |m: String| Err(AccountError::Invalid(m));
        let text = |field: &str, value: &str, max: usize| -> Result<(), AccountError> {
            if value.trim().is_empty() || value.len() > max || value.chars().any(char::is_control) {
                return invalid(format!("{field} must be 1 to {max} bytes of text without control characters"));
            }
            Ok(())
        };
        text("end_user.id", &self.end_user.id, MAX_TEXT)?;
        if let Some(name) = &self.end_user.display_name {
            text("end_user.display_name", name, MAX_TEXT)?;
        }
        if let Some(state) = &self.state {
            text("state", state, MAX_STATE)?;
        }
        if let Some(url) = &self.return_url {
            crate::core::web::check(url, false).map_err(|why| AccountError::Invalid(format!("return_url {}: {why}", super::shown(url))))?;
        }
        if self.allowed_origins.len() > MAX_ORIGINS {
            return invalid(format!("allowed_origins lists {} origins; at most {MAX_ORIGINS}", self.allowed_origins.len()));
        }
        for origin in &self.allowed_origins {
            crate::core::web::check(origin, true).map_err(|why| AccountError::Invalid(format!("allowed_origins: {}: {why}", super::shown(origin))))?;
        }
        Ok(())
    }
}

/// A session as kept.
#[derive(Debug, Clone, PartialEq)]
pub struct Session {
    pub end_user: EndUser,
    pub return_url: Option<String>,
    pub allowed_origins: Vec<String>,
    pub state: Option<String>,
    pub expires_at_ms: i64,
    /// Keys tried so far.
    pub attempts: u32,
    pub max_attempts: u32,
    /// Whether it linked an account already.
    pub used: bool,
}

impl Session {
    /// Why it links nothing at `now_ms`, if it is dead.
    fn dead(&self, now_ms: i64) -> Option<Dead> {
        if self.used {
            Some(Dead::Used)
        } else if self.expires_at_ms <= now_ms {
            Some(Dead::Expired)
        } else if self.attempts >= self.max_attempts {
            Some(Dead::Exhausted)
        } else {
            None
        }
    }

    pub fn attempts_left(&self) -> u32 {
        self.max_attempts.saturating_sub(self.attempts)
    }
}

/// Why a token links nothing.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Dead {
    /// No session has this token: it was mistyped, forged, or expired long ago.
    Unknown,
    Expired,
    Used,
    /// Every attempt it had was refused.
    Exhausted,
}

/// A live session, or why there is none.
pub type Live<T> = Result<T, Dead>;

/// What a platform's backend gets back: the token (shown this once), the page's URL and
/// when it expires.
#[derive(Debug, Clone, Serialize)]
pub struct Opened {
    pub token: String,
    pub url: String,
    /// RFC 3339, UTC.
    pub expires_at: String,
}

/// A token's SHA-256, which is all the store keeps of it.
pub(super) fn hash(token: &str) -> Vec<u8> {
    Sha256::digest(token.as_bytes()).to_vec()
}

/// A fresh token: 32 random bytes, base64url (43 characters, URL-safe).
fn new_token() -> String {
    use aes_gcm::aead::OsRng;
    use aes_gcm::aead::rand_core::RngCore;
    let mut bytes = [0u8; 32];
    OsRng.fill_bytes(&mut bytes);
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes)
}

/// Whether `text` could be a token at all; anything else is answered without a lookup.
pub fn looks_like_token(text: &str) -> bool {
    text.len() == 43 && text.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

/// The names a new account for `end_user_id` tries, in order: the id itself when it is a
/// usable name, else `user-` and a digest of it; then with a number, then a random tail.
pub(super) fn names(end_user_id: &str) -> Vec<String> {
    let first = if super::check_name(end_user_id).is_ok() {
        end_user_id.to_string()
    } else {
        format!("user-{}", data_encoding::HEXLOWER.encode_display(&Sha256::digest(end_user_id.as_bytes())[..6]))
    };
    let mut names = vec![first.clone()];
    names.extend((2..=5).map(|n| format!("{first}-{n}")));
    names.push(seal::random_id(&format!("{first}-")));
    names.into_iter().filter(|n| super::check_name(n).is_ok()).collect()
}

impl Accounts {
    /// A new session for `request`, linking for `ttl` with `max_attempts` tries; the URL
    /// is `base` + `/connect/` + the token.
    pub async fn open_session(&self, request: &SessionRequest, base: &str, ttl: Duration, max_attempts: u32) -> Result<Opened, AccountError> {
        request.check()?;
        let token = new_token();
        let now = super::now_ms();
        let session = Session {
            end_user: request.end_user.clone(),
            return_url: request.return_url.clone(),
            allowed_origins: request.allowed_origins.clone(),
            state: request.state.clone(),
            // Whole seconds, so the `expires_at` shown (to the second) is the expiry itself.
            expires_at_ms: (now + ttl.as_millis() as i64).div_euclid(1000) * 1000,
            attempts: 0,
            max_attempts,
            used: false,
        };
        let forget_before = now - KEPT_AFTER_EXPIRY_MS;
        match &self.backend {
            Backend::Sqlite(s) => s.insert_session(hash(&token), session.clone(), forget_before).await?,
            Backend::Postgres(p) => p.insert_session(&hash(&token), &session, forget_before).await?,
        }
        let url = format!("{}/connect/{token}", base.trim_end_matches('/'));
        Ok(Opened { token, url, expires_at: super::rfc3339(session.expires_at_ms) })
    }

    /// The session of `token` while it can still link.
    pub async fn session(&self, token: &str) -> Result<Live<Session>, AccountError> {
        let found = self.find_session(token).await?;
        Ok(alive(found, super::now_ms()))
    }

    async fn find_session(&self, token: &str) -> Result<Option<Session>, AccountError> {
        if !looks_like_token(token) {
            return Ok(None);
        }
        match &self.backend {
            Backend::Sqlite(s) => s.find_session(hash(token)).await,
            Backend::Postgres(p) => p.find_session(&hash(token)).await,
        }
    }

    /// Counts one try of a key against the session, atomically, so concurrent tries never
    /// exceed its attempts; the session as it is after the count.
    pub async fn attempt(&self, token: &str) -> Result<Live<Session>, AccountError> {
        let now = super::now_ms();
        let claimed = match &self.backend {
            _ if !looks_like_token(token) => None,
            Backend::Sqlite(s) => s.claim_attempt(hash(token), now).await?,
            Backend::Postgres(p) => p.claim_attempt(&hash(token), now).await?,
        };
        match claimed {
            Some(session) => Ok(Ok(session)),
            None => Ok(Err(alive(self.find_session(token).await?, now).err().unwrap_or(Dead::Exhausted))),
        }
    }

    /// Gives back a try whose failure was not the key's (Smartlead could not be reached).
    pub async fn refund(&self, token: &str) -> Result<(), AccountError> {
        match &self.backend {
            Backend::Sqlite(s) => s.refund_attempt(hash(token)).await,
            Backend::Postgres(p) => p.refund_attempt(&hash(token)).await,
        }
    }

    /// Uses the session up and keeps `key` for its end user, in one transaction: a new
    /// account, or the end user's account with its key rotated in place. Call only once
    /// Smartlead accepted the key.
    pub async fn complete(&self, token: &str, key: &ApiKey, plan: Plan) -> Result<Live<(Account, Linked)>, AccountError> {
        let now = super::now_ms();
        let linking = Linking { hash: hash(token), now_ms: now, now: super::now(), plan, sealer: self.sealer.clone(), key: key.expose().to_string() };
        let done = match &self.backend {
            _ if !looks_like_token(token) => None,
            Backend::Sqlite(s) => s.complete(linking).await?,
            Backend::Postgres(p) => p.complete(linking).await?,
        };
        match done {
            Some(linked) => Ok(Ok(linked)),
            None => Ok(Err(alive(self.find_session(token).await?, now).err().unwrap_or(Dead::Used))),
        }
    }
}

/// What a backend needs to complete a session.
pub(super) struct Linking {
    pub hash: Vec<u8>,
    pub now_ms: i64,
    /// The same moment in RFC 3339, for the account's times.
    pub now: String,
    pub plan: Plan,
    pub sealer: super::seal::Sealer,
    pub key: String,
}

impl Linking {
    /// The end user's account after linking: `existing` with the new key and plan, or a
    /// new one under `name`; with its sealed key.
    pub fn account(&self, existing: Option<Account>, end_user: EndUser, name: &str) -> (Account, Vec<u8>, Linked) {
        let (account, linked) = match existing {
            Some(a) => (Account { plan: self.plan, verified_at: Some(self.now.clone()), end_user: Some(end_user), ..a }, Linked::Rotated),
            None => {
                let account = Account {
                    id: seal::random_id(super::ID_PREFIX),
                    name: name.to_string(),
                    plan: self.plan,
                    created_at: self.now.clone(),
                    verified_at: Some(self.now.clone()),
                    end_user: Some(end_user),
                };
                (account, Linked::Created)
            }
        };
        let sealed = self.sealer.seal(&account.id, &self.key);
        (account, sealed, linked)
    }
}

fn alive(found: Option<Session>, now_ms: i64) -> Live<Session> {
    let session = found.ok_or(Dead::Unknown)?;
    match session.dead(now_ms) {
        Some(dead) => Err(dead),
        None => Ok(session),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn request(return_url: Option<&str>, origins: &[&str]) -> SessionRequest {
        SessionRequest {
            end_user: EndUser { id: "u-1".into(), display_name: None },
            return_url: return_url.map(str::to_string),
            allowed_origins: origins.iter().map(|o| o.to_string()).collect(),
            state: None,
        }
    }

    #[test]
    fn requests_are_checked_field_by_field() {
        assert!(request(Some("https://app.example.com/done?x=1"), &["https://app.example.com", "http://127.0.0.1:5173"]).check().is_ok());
        for (bad, named) in [
            (request(Some("http://app.example.com/done"), &[]), "https"),
            (request(Some("javascript:alert(1)"), &[]), "return_url"),
            (request(Some("https://user:pw@app.example.com/"), &[]), "user or password"),
            (request(None, &["https://app.example.com/"]), "not an origin"),
            (request(None, &["*"]), "allowed_origins"),
        ] {
            let error = bad.check().unwrap_err().to_string();
            assert!(error.contains(named), "{error}");
        }
        let mut blank = request(None, &[]);
        blank.end_user.id = " ".into();
        assert!(blank.check().unwrap_err().to_string().contains("end_user.id"));
    }

    #[test]
    fn a_session_dies_used_expired_or_out_of_attempts() {
        let live = Session { end_user: EndUser { id: "u".into(), display_name: None }, return_url: None, allowed_origins: vec![], state: None, expires_at_ms: 100, attempts: 4, max_attempts: 5, used: false };
        assert_eq!(alive(Some(live.clone()), 99).map(|s| s.attempts_left()), Ok(1));
        assert_eq!(alive(Some(live.clone()), 100), Err(Dead::Expired));
        assert_eq!(alive(Some(Session { attempts: 5, ..live.clone() }), 0), Err(Dead::Exhausted));
        assert_eq!(alive(Some(Session { used: true, ..live }), 0), Err(Dead::Used));
        assert_eq!(alive(None, 0), Err(Dead::Unknown));
    }

    #[test]
    fn tokens_are_long_random_and_url_safe() {
        let (a, b) = (new_token(), new_token());
        assert!(looks_like_token(&a) && looks_like_token(&b) && a != b);
        assert!(!looks_like_token("sessions") && !looks_like_token(&format!("{a}x")));
        assert_eq!(hash(&a).len(), 32);
    }

    #[test]
    fn names_come_from_the_end_user_id() {
        assert_eq!(names("ada@acme.com")[..2], ["ada@acme.com", "ada@acme.com-2"]);
        let odd = names("tenant:42/user");
        assert!(odd[0].starts_with("user-") && odd[0].len() == 17, "{odd:?}");
        assert!(names("acct_x")[0].starts_with("user-"));
    }
}
