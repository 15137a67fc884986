//! `smartlead accounts link|list|verify|unlink` and `--account NAME`: the linked-accounts
//! store opened when a command needs it, an account's key and plan put in the settings,
//! and the account commands themselves.

use super::{Command as AnyCommand, Context};
use crate::cli::Connection;
use crate::failure::{Failure, fail};
use clap::Subcommand;
use smartlead_host::accounts::{AccountError, Accounts, link};
use smartlead_host::core::invalid::invalid;
use smartlead_host::{ApiKey, Connector, Settings};
use std::sync::Arc;

#[derive(Subcommand)]
pub enum Command {
    /// Link NAME to a key read from stdin (or typed at a prompt, not echoed), once
    /// Smartlead accepts it; linking a NAME again rotates its key in place. Paced to --plan.
    Link { name: String },
    /// Print every linked account as JSON (never a key).
    List,
    /// Ask Smartlead whether the account's key still works.
    Verify { name: String },
    /// Delete the account and its key.
    Unlink { name: String },
}

/// The store, for a command that names an account, manages them, or serves with them
/// configured; no other command opens a database file, and only the commands that link
/// (`accounts link`, and `serve` with its `POST /accounts`) create one.
pub async fn open_for(connection: &Connection, command: &AnyCommand) -> anyhow::Result<Option<Arc<Accounts>>> {
    let args = &connection.accounts;
    let manages = matches!(command, AnyCommand::Accounts { .. } | AnyCommand::Connect { .. });
    let serves = matches!(command, AnyCommand::Serve(_));
    if !(args.account.is_some() || manages || (serves && args.configured())) {
        return Ok(None);
    }
    let links = serves || matches!(command, AnyCommand::Accounts { command: Command::Link { .. } } | AnyCommand::Connect { .. });
    Ok(Some(Arc::new(Accounts::open(args, links).await.map_err(account_error)?)))
}

/// With `--account`, its key (and its plan, unless a custom budget was given) in `settings`.
pub async fn spend(connection: &Connection, accounts: Option<&Accounts>, settings: &mut Settings) -> anyhow::Result<()> {
    let (Some(name), Some(accounts)) = (&connection.accounts.account, accounts) else { return Ok(()) };
    if connection.api_key.is_some() {
        return Err(invalid("give --api-key or --account, not both"));
    }
    let (account, key) = accounts.key(name).await.map_err(account_error)?;
    settings.api_key = Some(key);
    if !connection.custom_pacing() {
        settings.pacing = account.plan.pacing();
    }
    Ok(())
}

/// Runs one account command; its answer as JSON on stdout.
pub async fn run(command: Command, ctx: Context<'_>) -> anyhow::Result<()> {
    let Some(accounts) = ctx.accounts.as_deref() else { anyhow::bail!("the accounts store was not opened") };
    let done = match command {
        Command::Link { name } => {
            smartlead_host::accounts::check_name(&name).map_err(account_error)?;
            let key = read_key(&name)?;
            let linked = link::link(accounts, &Connector::new(ctx.settings)?, &name, &key, ctx.connection.plan).await;
            linked.map(|(account, linked)| serde_json::json!({"result": account, "linked": linked}))
        }
        Command::List => accounts.list(None).await.map(|list| serde_json::json!({"result": list, "result_count": list.len()})),
        Command::Verify { name } => link::verify(accounts, &Connector::new(ctx.settings)?, &name).await.map(|account| serde_json::json!({"result": account})),
        Command::Unlink { name } => accounts.unlink(&name).await.map(|account| serde_json::json!({"result": account, "unlinked": true})),
    };
    match done {
        Ok(answer) => Ok(println!("{}", serde_json::to_string_pretty(&answer)?)),
        Err(e) => fail(e),
    }
}

/// An account store failure as the CLI reports it.
pub(super) fn account_error(e: AccountError) -> anyhow::Error {
    Failure::from(e).into()
}

/// No key is longer; stdin beyond it is not read.
const MAX_KEY_INPUT: u64 = 64 << 10;

/// The key to link: stdin holding one line, or typed at a prompt without echo; never an
/// argument, which shell history would keep. More lines are refused, not cut to the
/// first: a file of several keys piped in by mistake must not link one of them.
fn read_key(name: &str) -> anyhow::Result<ApiKey> {
    use std::io::{IsTerminal, Read};
    let text = if std::io::stdin().is_terminal() {
        rpassword::prompt_password(format!("Smartlead API key for {name}: "))?
    } else {
        let mut text = String::new();
        std::io::stdin().take(MAX_KEY_INPUT).read_to_string(&mut text).map_err(|e| invalid(format!("reading the key from stdin: {e}")))?;
        let lines = text.lines().filter(|l| !l.trim().is_empty()).count();
        if lines > 1 {
            return Err(invalid(format!("stdin holds {lines} lines, and a key is one: pipe in the key alone (e.g. `printenv ACME_SMARTLEAD_KEY | smartlead accounts link {name}`); nothing was linked")));
        }
        text
    };
    ApiKey::new(&text).ok_or_else(|| invalid("no API key on stdin: pipe it in (e.g. `pass show acme | smartlead accounts link acme`) or type it at the prompt"))
}
