//! `smartlead demo`: a mock Smartlead in-process and the main flows walked through the
//! component against it.

pub async fn run() -> anyhow::Result<()> {
    smartlead_host::surfaces::demo::run(&mut std::io::stdout()).await
}
