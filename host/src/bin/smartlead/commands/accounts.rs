//! `smartlead accounts link|list|verify|unlink` and `--account NAME`: the linked-accounts
//! store opened when a command needs it, an account's key and plan put in the settings,
//! and the account commands themselves.

use super::{Command as AnyCommand, Context};
use crate::cli::Connection;
use crate::failure::{Failure, fail};
use clap::Subcommand;
use smartlead_host::accounts::connect::ConnectArgs;
use smartlead_host::accounts::{AccountError, Accounts, link, webhooks};
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
    /// Print the account's own webhook receiver URL; with --campaign-id, register it on
    /// that campaign as the account, with its key.
    Webhook {
        name: String,
        /// The gateway's address as Smartlead reaches it, e.g. https://hooks.example.com.
        #[arg(long, value_name = "URL", env = "SMARTLEAD_PUBLIC_URL")]
        public_url: String,
        /// Register the webhook on this campaign.
        #[arg(long)]
        campaign_id: Option<u64>,
        /// The events it posts (repeat for several).
        #[arg(long = "event-type", value_name = "KIND", default_values_t = ["EMAIL_REPLY".to_string()])]
        event_types: Vec<String>,
        /// The webhook's name in Smartlead.
        #[arg(long = "webhook-name", value_name = "NAME", default_value = "smartlead-component")]
        webhook_name: String,
    },
}

/// The store, for a command that names an account, manages them, or serves with them
/// configured; no other command opens a database file, and only the commands that link
/// (`accounts link`, and `serve` with its `POST /accounts`) create one.
pub async fn open_for(connection: &Connection, command: &AnyCommand) -> anyhow::Result<Option<Arc<Accounts>>> {
    let args = &connection.accounts;
    let manages = matches!(command, AnyCommand::Accounts { .. } | AnyCommand::Connect { .. });
    let serves = matches!(command, AnyCommand::Serve(_));
    let syncs_all = matches!(command, AnyCommand::Sync(sync) if sync.all_accounts());
    if !(args.account.is_some() || manages || syncs_all || (serves && args.configured())) {
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
        Command::Webhook { name, public_url, campaign_id, event_types, webhook_name } => {
            let base = ConnectArgs { public_url: Some(public_url), ..ConnectArgs::default() }.base().map_err(account_error)?.unwrap_or_default();
            match campaign_id {
                None => accounts.webhook_token(&name).await.map(|(account, token)| serde_json::json!({"result": {"integrated_account_id": account.id, "webhook_url": webhooks::receiver_url(&base, &account.id, &token)}})),
                Some(campaign_id) => {
                    let webhook = serde_json::json!({"campaign_id": campaign_id, "name": webhook_name, "event_types": event_types});
                    let connector = Connector::new(ctx.settings)?;
                    webhooks::register(accounts, &connector, &name, &base, webhook).await.map(|(made, url)| serde_json::json!({"result": made, "webhook_url": url}))
                }
            }
        }
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
