//! Who may use a listener over the network: bearer tokens for `serve` and `mcp --http`.
//! A listener beyond loopback serves operator data (events, metrics, accounts) and
//! spends keys, so it will not start without tokens unless told `--no-auth`, whether or
//! not it holds a key; with tokens, every route but the signed webhook receiver needs one.

use std::net::SocketAddr;
use std::path::PathBuf;
use subtle::ConstantTimeEq;

/// The login options of `smartlead serve` and `smartlead mcp --http`.
#[derive(Debug, Clone, Default, clap::Args)]
pub struct LoginArgs {
    /// A file of bearer tokens, one a line (`#` starts a comment); callers without one
    /// are refused on every route but the signed webhook receiver.
    #[arg(long, value_name = "FILE", env = "SMARTLEAD_AUTH_TOKEN_FILE")]
    pub auth_token_file: Option<PathBuf>,
    /// Serve anyone who reaches the listener, without tokens.
    #[arg(long, conflicts_with = "auth_token_file")]
    pub no_auth: bool,
}

/// The tokens a caller may present; none means the listener is open.
#[derive(Clone, Default)]
pub struct Login {
    tokens: Vec<Vec<u8>>,
}

impl std::fmt::Debug for Login {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Login({} tokens)", self.tokens.len())
    }
}

/// Tokens shorter than this are refused: they could be guessed.
const MIN_TOKEN_LEN: usize = 16;

impl LoginArgs {
    /// The login for a listener on `addr`; beyond loopback, refuses to go on with
    /// neither tokens nor `--no-auth`, with or without a key to spend: the listener
    /// also serves the kept webhook events, the metrics and the linked accounts.
    pub fn login(&self, addr: SocketAddr) -> anyhow::Result<Login> {
        let login = match &self.auth_token_file {
            Some(file) => Login::from_file(file)?,
            None => Login::default(),
        };
        if login.tokens.is_empty() && !addr.ip().is_loopback() && !self.no_auth {
            anyhow::bail!(
                "refusing to listen on {addr} without a login: anyone who reaches it could spend this host's API keys and read its webhook events, metrics and linked accounts; give --auth-token-file FILE (bearer tokens, one a line), listen on 127.0.0.1, or pass --no-auth"
            );
        }
        Ok(login)
    }
}

impl Login {
    fn from_file(file: &PathBuf) -> anyhow::Result<Login> {
        let text = std::fs::read_to_string(file).map_err(|e| anyhow::anyhow!("reading the token file {}: {e}", file.display()))?;
        let tokens: Vec<Vec<u8>> = text.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')).map(|l| l.as_bytes().to_vec()).collect();
        anyhow::ensure!(!tokens.is_empty(), "the token file {} holds no token", file.display());
        if tokens.iter().any(|t| t.len() < MIN_TOKEN_LEN) {
            anyhow::bail!("every token in {} must be at least {MIN_TOKEN_LEN} characters", file.display());
        }
        Ok(Login { tokens })
    }

    /// Whether callers must present a token.
    pub fn required(&self) -> bool {
        !self.tokens.is_empty()
    }

    /// Whether an `Authorization` header carries one of the tokens; every token is
    /// compared, in constant time, whatever matches.
    pub fn admits(&self, authorization: Option<&str>) -> bool {
        let presented = authorization.and_then(|v| v.strip_prefix("Bearer ").or_else(|| v.strip_prefix("bearer "))).unwrap_or("").trim();
        let matched = self.tokens.iter().fold(subtle::Choice::from(0), |any, token| any | token.as_slice().ct_eq(presented.as_bytes()));
        bool::from(matched)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn login(tokens: &str) -> Login {
        let file = std::env::temp_dir().join(format!("smartlead-tokens-{}-{}", std::process::id(), tokens.len()));
        std::fs::write(&file, tokens).unwrap();
        let login = Login::from_file(&file);
        let _ = std::fs::remove_file(&file);
        login.unwrap()
    }

    #[test]
    fn only_a_listed_token_is_admitted() {
        let l = login("# dashboard\nfirst-token-0123456789\n\nsecond-token-0123456789\n");
        assert!(l.required());
        assert!(l.admits(Some("Bearer first-token-0123456789")));
        assert!(l.admits(Some("bearer second-token-0123456789")));
        for refused in [None, Some(""), Some("Bearer "), Some("Bearer first-token"), Some("first-token-0123456789"), Some("Bearer first-token-01234567890")] {
            assert!(!l.admits(refused), "{refused:?}");
        }
    }

    #[test]
    fn beyond_loopback_a_listener_needs_tokens_or_an_explicit_no() {
        let open = LoginArgs::default();
        let public: SocketAddr = "0.0.0.0:8080".parse().unwrap();
        let local: SocketAddr = "127.0.0.1:8080".parse().unwrap();
        assert!(open.login(public).unwrap_err().to_string().contains("--auth-token-file"));
        assert!(!open.login(local).unwrap().required());
        assert!(!LoginArgs { no_auth: true, ..LoginArgs::default() }.login(public).unwrap().required());
    }
}
