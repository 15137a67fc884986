//! `smartlead connect create`: a connect session made from the command line, for support
//! staff: the URL to send an end user, who links their own key in the page `serve` shows.

use super::Context;
use super::accounts::account_error;
use clap::Subcommand;
use smartlead_host::accounts::EndUser;
use smartlead_host::accounts::connect::{ConnectArgs, SessionRequest};
use smartlead_host::core::invalid::invalid;
use std::time::Duration;

#[derive(Subcommand)]
pub enum Command {
    /// Make a connect session for an end user and print its URL; the page links once,
    /// before it expires (--connect-ttl-secs), within --connect-attempts tries.
    Create(CreateArgs),
}

#[derive(clap::Args)]
pub struct CreateArgs {
    /// The platform's own id for the end user; linking the same id again rotates the key.
    #[arg(long, value_name = "ID")]
    end_user: String,
    /// How the page greets the end user.
    #[arg(long, value_name = "NAME")]
    display_name: Option<String>,
    /// Where the page sends the browser once linked, with integrated_account_id and state.
    #[arg(long, value_name = "URL")]
    return_url: Option<String>,
    /// An origin that may embed the page and hear its result (repeat for several).
    #[arg(long = "allowed-origin", value_name = "ORIGIN")]
    allowed_origins: Vec<String>,
    /// A value of the platform's, given back on the return URL.
    #[arg(long)]
    state: Option<String>,
    #[command(flatten)]
    connect: ConnectArgs,
}

/// Prints the page's URL on stdout, and when it expires on stderr.
pub async fn run(command: Command, ctx: Context<'_>) -> anyhow::Result<()> {
    let Command::Create(args) = command;
    let Some(accounts) = ctx.accounts.as_deref() else { anyhow::bail!("the accounts store was not opened") };
    let base = args.connect.base().map_err(account_error)?.ok_or_else(|| {
        invalid("give --public-url (or SMARTLEAD_PUBLIC_URL): the gateway's address as the end user's browser reaches it, e.g. https://link.example.com")
    })?;
    let request = SessionRequest {
        end_user: EndUser { id: args.end_user, display_name: args.display_name },
        return_url: args.return_url,
        allowed_origins: args.allowed_origins,
        state: args.state,
    };
    let ttl = Duration::from_secs(args.connect.connect_ttl_secs);
    let opened = accounts.open_session(&request, &base, ttl, args.connect.connect_attempts).await.map_err(account_error)?;
    println!("{}", opened.url);
    eprintln!("expires at {}; it links once, with up to {} tries", opened.expires_at, args.connect.connect_attempts);
    Ok(())
}
