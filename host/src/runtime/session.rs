//! One instance of the component with its client, calls made one after another.

use super::errors::ToolError;
use super::state::HostState;
use super::cpu;
use crate::bindings::{Connector as Bindings, types};
use crate::egress::redact;
use anyhow::Context;
use std::time::Duration;
use wasmtime::Store;
use wasmtime::component::ResourceAny;

/// One instance of the component with its client: call typed functions through
/// `bindings` with `store` and `client` (after [`Session::start_call`]), or tools with
/// [`Session::call_tool`].
pub struct Session {
    pub store: Store<HostState>,
    pub bindings: Bindings,
    pub client: ResourceAny,
    pub(super) cpu_limit: Duration,
}

impl Session {
    /// Queues this session's next requests as `queueing` says: a session kept for the
    /// next call takes that call's deadline and progress.
    pub fn requeue(&mut self, queueing: crate::egress::pacer::Queueing) {
        self.store.data_mut().hooks.set_queueing(queueing);
    }

    /// Gives the next call a whole CPU budget.
    pub fn start_call(&mut self) {
        cpu::renew(&mut self.store, self.cpu_limit, |s| &mut s.cpu);
    }

    /// Runs one tool. A session serves many calls (the client's rate limiter lives in
    /// it); an `Err` means the instance failed and the session should be dropped.
    pub async fn call_tool(&mut self, name: &str, arguments: &serde_json::Value) -> anyhow::Result<Result<serde_json::Value, ToolError>> {
        Ok(match self.call_tool_text(name, arguments).await? {
            Ok(text) => Ok(serde_json::from_str(&text).context("the component returned invalid JSON")?),
            Err(e) => Err(e),
        })
    }

    /// What this call would do that a person should confirm first (it sends email or
    /// cannot be undone), as the component's catalog says; `None` when nothing needs it.
    pub async fn confirmation(&mut self, name: &str, arguments: &serde_json::Value) -> anyhow::Result<Option<String>> {
        self.start_call();
        Ok(self.bindings.smartlead_connector_tools().call_confirmation(&mut self.store, name, &arguments.to_string()).await?)
    }

    /// [`Session::call_tool`] with the result left as the component's JSON text.
    pub async fn call_tool_text(&mut self, name: &str, arguments: &serde_json::Value) -> anyhow::Result<Result<String, ToolError>> {
        self.start_call();
        let args = arguments.to_string();
        let out = self.bindings.smartlead_connector_tools().call_call_tool(&mut self.store, self.client, name, &args).await?;
        Ok(out.map(|json| self.redacted(json)).map_err(|e| self.error(e)))
    }

    /// Every record of a list tool, page after page, handed to `each` as it arrives
    /// (memory stays constant however long the list). Returns how many there were.
    pub async fn each_record(
        &mut self,
        name: &str,
        arguments: &serde_json::Value,
        mut each: impl FnMut(serde_json::Value) -> anyhow::Result<()>,
    ) -> anyhow::Result<Result<u64, ToolError>> {
        let mut args = arguments.clone();
        let mut count = 0;
        loop {
            let mut page = match self.call_tool(name, &args).await? {
                Ok(page) => page,
                Err(e) => return Ok(Err(e)),
            };
            let Some(records) = page.get_mut("result").and_then(|r| r.as_array_mut()).map(std::mem::take) else {
                anyhow::bail!("{name} is not a list tool");
            };
            for record in records {
                count += 1;
                each(record)?;
            }
            match page.get("next_cursor") {
                Some(cursor) if !cursor.is_null() => args["next_cursor"] = cursor.clone(),
                _ => return Ok(Ok(count)),
            }
        }
    }

    /// Converts a WIT error from a typed call, with the key removed from its message.
    pub fn error(&self, e: types::Error) -> ToolError {
        ToolError::from_wit(e).redacted(self.store.data().hooks.key())
    }

    /// Smartlead may echo the request (and so the key the host added) in a body.
    fn redacted(&self, text: String) -> String {
        redact(text, self.store.data().hooks.key())
    }
}
