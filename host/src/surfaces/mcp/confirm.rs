//! Confirmation of a call that sends email or cannot be undone: asked through the client
//! (elicitation, or an input request on protocol 2026-07-28), or `confirm: true`.

use super::outcome::error_result;
use rmcp::model::{CallToolResult, ProtocolVersion};
use rmcp::service::RequestContext;
use rmcp::RoleServer;
use serde_json::{Value, json};

/// How a call can be confirmed: through the client (elicitation), in the call itself
/// (the answer to an earlier question, or `confirm: true`), or not at all.
pub struct Confirmation<'a> {
    /// The client's peer and request, when it can ask its user.
    pub(super) context: Option<&'a RequestContext<RoleServer>>,
    /// The answers a retried call brings (protocol 2026-07-28 and later).
    pub(super) responses: Option<&'a rmcp::model::InputResponses>,
}

pub(super) enum Agreed {
    Yes,
    /// Ask the user and call again (protocol 2026-07-28 and later).
    Ask(rmcp::model::InputRequiredResult),
    No(CallToolResult),
}

/// The key of the one question this server asks.
const QUESTION: &str = "confirm";

impl Confirmation<'_> {
    pub(super) async fn agreed(&self, name: &str, what: &str, arguments: &Value) -> Agreed {
        let message = format!("{name} would {what}. Go ahead?");
        if let Some(answer) = self.responses.and_then(|r| r.get(QUESTION)) {
            return answered(answer, name, what);
        }
        let asks = self.context.filter(|c| c.client_capabilities().is_some_and(|caps| caps.elicitation.is_some()));
        match asks {
            Some(context) if context.protocol_version().is_some_and(|v| v >= ProtocolVersion::V_2026_07_28) => {
                let question = json!({"method": "elicitation/create", "params": {"message": message, "requestedSchema": confirmation_schema()}});
                match serde_json::from_value(question) {
                    Ok(request) => Agreed::Ask(rmcp::model::InputRequiredResult::from_input_requests([(QUESTION.to_string(), request)].into())),
                    Err(_) => refused(name, what, "the question could not be put to the user"),
                }
            }
            Some(context) => {
                let params = json!({"message": message, "requestedSchema": confirmation_schema()});
                let asked = match serde_json::from_value(params) {
                    Ok(params) => context.peer.create_elicitation(params).await,
                    Err(_) => return refused(name, what, "the question could not be put to the user"),
                };
                match asked {
                    Ok(answer) => answered(&serde_json::to_value(answer).unwrap_or_default(), name, what),
                    Err(e) => refused(name, what, &format!("asking the user failed ({e})")),
                }
            }
            None if arguments.get("confirm") == Some(&Value::Bool(true)) => Agreed::Yes,
            None => {
                let message = format!("Not done: {name} would {what}. Call it again with \"confirm\": true once the user has agreed.");
                Agreed::No(error_result("confirmation_required", &message, None))
            }
        }
    }
}

/// A yes-or-no form: one boolean the user ticks.
fn confirmation_schema() -> Value {
    json!({"type": "object", "properties": {"confirm": {"type": "boolean", "title": "Go ahead", "description": "Tick to let the agent do this."}}, "required": ["confirm"]})
}

/// The user's answer to the question: accepted with `confirm` ticked, or not.
fn answered(answer: &Value, name: &str, what: &str) -> Agreed {
    let accepted = answer["action"] == "accept" && answer["content"]["confirm"] == Value::Bool(true);
    if accepted { Agreed::Yes } else { refused(name, what, "the user did not agree") }
}

fn refused(name: &str, what: &str, why: &str) -> Agreed {
    Agreed::No(error_result("confirmation_declined", &format!("Not done: {name} would {what}, and {why}."), None))
}

