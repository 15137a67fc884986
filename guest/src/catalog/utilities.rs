//! Smartlead's utilities: one email sent outside any campaign.

use super::check;
use crate::catalog::model::SentEmail;
use crate::catalog::operation::{Args, Confirm, Effect};
use crate::catalog::typed::TypedOperation;
use crate::core::error::{Error, Result};
use crate::core::http::Method::Post;
use crate::core::paging::Listing;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

pub const SMARTLEAD_UTILITIES_SEND_SINGLE_EMAIL: TypedOperation<SingleEmail, SentEmail> = TypedOperation::new(
    "smartlead_utilities_send_single_email", Post, "/send-email/initiate", Effect::Write { idempotent: false }, Listing::Single,
    "Send one email outside any campaign, to `to`, from a mailbox given by fromEmail or fromEmailId, with optional attachments (base64). Returns its Message-ID.",
)
.documented("https://api.smartlead.ai/api-reference/utilities/send-single-email")
.confirming(Confirm::Always("send a real email, which cannot be unsent"));

/// A file attached to a single email.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Attachment {
    pub filename: String,
    /// The file, base64-encoded.
    pub content: String,
    /// e.g. application/pdf.
    #[serde(rename = "mimeType")]
    pub mime_type: String,
}

/// One email, from a mailbox given by address or by id.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SingleEmail {
    pub to: String,
    pub subject: String,
    /// HTML.
    pub body: String,
    /// The sending mailbox's address (or fromEmailId).
    #[serde(rename = "fromEmail")]
    pub from_email: Option<String>,
    /// The sending mailbox's id (or fromEmail).
    #[serde(rename = "fromEmailId")]
    pub from_email_id: Option<u64>,
    #[serde(rename = "fromName")]
    pub from_name: Option<String>,
    #[serde(rename = "replyTo")]
    pub reply_to: Option<String>,
    pub attachments: Option<Vec<Attachment>>,
}
impl Args for SingleEmail {
    fn validate(&self) -> Result<()> {
        check::email("to", &self.to)?;
        check::not_blank("subject", &self.subject)?;
        match (&self.from_email, self.from_email_id) {
            (None, None) => return Err(Error::invalid("fromEmail", "or fromEmailId is required: the mailbox to send from")),
            (Some(from), _) => check::email("fromEmail", from)?,
            _ => {}
        }
        if let Some(reply_to) = &self.reply_to {
            check::email("replyTo", reply_to)?;
        }
        self.attachments.iter().flatten().try_for_each(|a| {
            check::not_blank("attachments.filename", &a.filename)?;
            check::base64("attachments.content", &a.content)
        })
    }
}
