//! How each kind of result is read from Smartlead's answer: a pure function of the
//! response and, for lists, where the page stands. No client or operation in sight.

use super::decode::{decode, is_no_record, json_body, list_records, unwrap_record};
use super::lenient;
use super::model::{self, Ack, Created, LeadsExport, Page, SavedSequences};
use crate::core::error::{Error, RemoteError, Result};
use crate::core::http::HttpResponse;
use crate::core::paging::{self, Listing, Position};
use schemars::JsonSchema;
use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::Value;

/// What a reader needs to know besides the response.
#[derive(Debug, Clone, Copy)]
pub struct Reading<'a> {
    /// The operation, for messages.
    pub operation: &'a str,
    pub listing: Listing,
    /// Where the page starts, for lists.
    pub at: Option<Position>,
}

/// A result type that can be read from Smartlead's answer.
pub trait Reply: Sized {
    fn read(response: &HttpResponse, reading: &Reading) -> Result<Self>;
}

fn not_found(operation: &str) -> Error {
    Error::NotFound(RemoteError { status: 200, message: format!("{operation}: Smartlead returned no record") })
}

/// One record; an empty answer (`{}` or no body) is `not-found`.
fn record<T: DeserializeOwned>(response: &HttpResponse, reading: &Reading) -> Result<T> {
    found(unwrap_record(json_body(response)?), reading)
}

/// `body` read as `T`, unless it is Smartlead's empty answer for a missing record.
fn found<T: DeserializeOwned>(body: Value, reading: &Reading) -> Result<T> {
    if is_no_record(&body) {
        return Err(not_found(reading.operation));
    }
    decode(&body)
}

macro_rules! record_replies {
    ($($ty:ty),* $(,)?) => {$(
        impl Reply for $ty {
            fn read(response: &HttpResponse, reading: &Reading) -> Result<Self> {
                record(response, reading)
            }
        }
    )*};
}

record_replies!(
    Value,
    model::Campaign,
    model::CampaignAnalytics,
    model::EmailAccount,
    model::Lead,
    model::LeadList,
    model::ListImportResult,
    model::ListMoveResult,
    model::ListPushResult,
    model::WarmupStats,
    model::AddLeadsResult,
    model::Webhook,
    model::InboxItem,
    model::ReplyStatus,
    model::InboxReadStatus,
    model::InboxRevenue,
    model::InboxResume,
    model::InboxAssignment,
    model::LeadNote,
    model::LeadTask,
    model::LeadReminder,
    model::SubsequencePush,
    model::BlockedDomains,
    model::ClientApiKey,
    model::WebhookSummary,
    model::RetriggeredEvents,
    model::AccountWebhook,
    model::FirstReplyLeads,
    model::DeliveryFolder,
    model::SpamTest,
    model::PlacementCount,
    model::TestEmailContent,
    model::PlacementBreakdown,
    model::ReplyHeaders,
    model::ContactSearch,
    model::FetchedContacts,
    model::ReviewedContacts,
    model::ProspectUsage,
    model::ProspectReplies,
    model::AdminOtp,
    model::SenderOrder,
    model::ForwardedEmail,
    model::TopLevelAnalytics,
    model::SentEmail,
    model::OAuthAccountSaved,
    model::Suspension,
    model::AccountTag,
    model::FollowUpReplyRate,
);

/// A report's record under its key in `data` (`{ok, data: {overall_stats: {…}}}`), or
/// the record itself when Smartlead sends it bare.
fn report<T: DeserializeOwned>(response: &HttpResponse, reading: &Reading, key: &str) -> Result<T> {
    let body = match unwrap_record(json_body(response)?) {
        Value::Object(mut fields) if fields.get(key).is_some_and(Value::is_object) => fields.remove(key).unwrap_or_default(),
        other => other,
    };
    found(body, reading)
}

macro_rules! report_replies {
    ($($ty:ty = $key:literal),* $(,)?) => {$(
        impl Reply for $ty {
            fn read(response: &HttpResponse, reading: &Reading) -> Result<Self> {
                report(response, reading, $key)
            }
        }
    )*};
}

report_replies!(
    model::OverallStats = "overall_stats",
    model::MailboxOverview = "overall_mailbox_stats",
    model::ProviderPerformance = "email_providers_performance_overview",
    model::LeadStats = "lead_stats",
);

impl Reply for Ack {
    fn read(response: &HttpResponse, _: &Reading) -> Result<Self> {
        // Smartlead's word, when it said one: `message`, or `data` when that is text
        // (`{ok, data: "success"}`); a `data` record (`{ok, data: {id, name}}`) is no message.
        let text = |v: &Value| match v {
            Value::String(s) => Some(s.clone()),
            Value::Number(_) | Value::Bool(_) => Some(v.to_string()),
            _ => None,
        };
        Ok(match json_body(response)? {
            Value::Object(body) => Ack { ok: true, message: body.get("message").and_then(text).or_else(|| body.get("data").and_then(text)) },
            // A bare `"success"` or an empty body still means the write was accepted.
            other => Ack { ok: true, message: text(&other) },
        })
    }
}

impl Reply for model::JsonRows {
    fn read(response: &HttpResponse, _: &Reading) -> Result<Self> {
        // The documented `{ok, data: [...]}`; a record where a list was shown is one row.
        let rows = match list_records(response) {
            Ok((rows, _)) => rows,
            Err(_) => match unwrap_record(json_body(response)?) {
                body if is_no_record(&body) => Vec::new(),
                body => vec![body],
            },
        };
        Ok(model::JsonRows { rows })
    }
}

impl Reply for model::BlacklistReport {
    fn read(response: &HttpResponse, _: &Reading) -> Result<Self> {
        // The listings (`[{reply: {from_email}, …}]`), or only their count (`{total_blacklist}`).
        match json_body(response)? {
            Value::Array(rows) => {
                let hits: Vec<model::BlacklistHit> = rows
                    .into_iter()
                    .map(|mut row| {
                        if row.get("from_email").is_none()
                            && let Some(from) = row.pointer("/reply/from_email").cloned()
                        {
                            row["from_email"] = from;
                        }
                        decode(&row)
                    })
                    .collect::<Result<_>>()?;
                let total_blacklist = hits.iter().map(|h| h.total_blacklist.unwrap_or(1)).sum();
                Ok(model::BlacklistReport { total_blacklist, hits })
            }
            body => {
                let counted: model::BlacklistHit = decode(&unwrap_record(body))?;
                let total_blacklist = counted.total_blacklist.ok_or_else(|| Error::Decode("the blacklist report carries neither listings nor total_blacklist".into()))?;
                Ok(model::BlacklistReport { total_blacklist, hits: Vec::new() })
            }
        }
    }
}

impl Reply for model::SeedProviders {
    fn read(response: &HttpResponse, _: &Reading) -> Result<Self> {
        // One region object as documented, or a list of them.
        let regions = match unwrap_record(json_body(response)?) {
            rows @ Value::Array(_) => decode(&rows)?,
            region if is_no_record(&region) => Vec::new(),
            region => vec![decode(&region)?],
        };
        Ok(model::SeedProviders { regions })
    }
}

impl Reply for model::ContactPage {
    fn read(response: &HttpResponse, _: &Reading) -> Result<Self> {
        // `{success, data: {list, pagination: {total, hasMore}, totalCount}}`.
        let data = unwrap_record(json_body(response)?);
        let contacts = match data.get("list").or_else(|| data.get("data")) {
            Some(list) => decode(list)?,
            None if data.is_array() => decode(&data)?,
            None => Vec::new(),
        };
        let pagination = data.get("pagination");
        let number = |v: Option<&Value>| v.and_then(|v| lenient::opt_num::<_, u64>(v).ok().flatten());
        let total = number(pagination.and_then(|p| p.get("total"))).or_else(|| number(data.get("totalCount")));
        let has_more = pagination.and_then(|p| p.get("hasMore")).and_then(Value::as_bool).unwrap_or(false);
        Ok(model::ContactPage { contacts, total, has_more })
    }
}

impl Reply for model::FoundEmails {
    fn read(response: &HttpResponse, _: &Reading) -> Result<Self> {
        // `{success, data: [...]}`, or the bare list.
        let body = json_body(response)?;
        let emails = match body.get("data").unwrap_or(&body) {
            rows @ Value::Array(_) => decode(rows)?,
            other => return Err(Error::Decode(format!("expected the people's emails as a list, got {:.80}", other.to_string()))),
        };
        Ok(model::FoundEmails { emails })
    }
}

impl Reply for SavedSequences {
    fn read(response: &HttpResponse, _: &Reading) -> Result<Self> {
        // `{ok, data: [steps]}`, or `{ok, data: "success"}` as older answers put it.
        let steps = match json_body(response)?.get("data") {
            Some(data @ Value::Array(_)) => decode(data)?,
            _ => Vec::new(),
        };
        Ok(SavedSequences { ok: true, steps })
    }
}

impl Reply for Created {
    fn read(response: &HttpResponse, reading: &Reading) -> Result<Self> {
        let body = json_body(response)?;
        let text = |v: Option<&Value>| v.and_then(|v| v.as_str()).map(str::to_string);
        let data = body.get("data");
        // Smartlead has answered `{id}`, `{clientId}`, `{ok, newCampaignId}` (a copy),
        // `{success, subsequence_id}` and `{ok, data: {id}}` for creations.
        let id = [body.get("id"), body.get("clientId"), body.get("newCampaignId"), body.get("subsequence_id"), data.and_then(|d| d.get("id"))]
            .into_iter()
            .flatten()
            .find_map(|v| v.as_u64().or_else(|| v.as_str()?.trim().parse().ok()))
            .ok_or_else(|| Error::Decode(format!("{}: the response carries no id", reading.operation)))?;
        Ok(Created {
            id,
            name: text(body.get("name")).or_else(|| text(data.and_then(|d| d.get("name")))),
            created_at: text(body.get("created_at")).or_else(|| text(data.and_then(|d| d.get("created_at")))),
            message: text(body.get("message")),
        })
    }
}

impl Reply for LeadsExport {
    fn read(response: &HttpResponse, _: &Reading) -> Result<Self> {
        let csv = String::from_utf8(response.body.clone()).map_err(|_| Error::Decode("the CSV export is not UTF-8".into()))?;
        let mut reader = csv::ReaderBuilder::new().flexible(true).from_reader(csv.as_bytes());
        let columns: Vec<String> = reader
            .headers()
            .map_err(|e| Error::Decode(format!("the CSV export has no readable header: {e}")))?
            .iter()
            .map(str::to_string)
            .collect();
        let mut rows = Vec::new();
        for (i, row) in reader.records().enumerate() {
            let row = row.map_err(|e| Error::Decode(format!("the CSV export is malformed: {e}")))?;
            rows.push(exported_lead(&columns, &row).map_err(|e| Error::Decode(format!("row {} of the CSV export: {e}", i + 1)))?);
        }
        Ok(LeadsExport { row_count: rows.len() as u32, csv, columns, rows })
    }
}

/// One export row read by its headers; an empty cell is an absent value.
fn exported_lead(columns: &[String], row: &csv::StringRecord) -> std::result::Result<model::ExportedLead, serde_json::Error> {
    let cells: serde_json::Map<String, Value> =
        columns.iter().zip(row.iter()).filter(|(_, cell)| !cell.is_empty()).map(|(column, cell)| (column.clone(), Value::String(cell.to_string()))).collect();
    serde_json::from_value(Value::Object(cells))
}

impl<T: DeserializeOwned + Serialize + JsonSchema> Reply for Page<T> {
    fn read(response: &HttpResponse, reading: &Reading) -> Result<Self> {
        let Some(at) = reading.at else { return Err(Error::Decode(format!("{} is not a list", reading.operation))) };
        let (items, more, total) = match reading.listing {
            Listing::Offset { .. } => {
                let (mut items, total) = list_records(response)?;
                // A server that ignores `limit` must not make a page larger than asked;
                // the records past it start the next page.
                items.truncate(at.limit as usize);
                let more = paging::has_more_after(&at, items.len(), total);
                (items, more, total)
            }
            Listing::Sliced => {
                let (items, _) = list_records::<T>(response)?;
                let start = (at.offset as usize).min(items.len());
                let end = start.saturating_add(at.limit as usize).min(items.len());
                let (more, total) = (end < items.len(), items.len() as u64);
                (items.into_iter().skip(start).take(end - start).collect(), more, Some(total))
            }
            Listing::Lookup => {
                let record = unwrap_record(json_body(response)?);
                let found: Option<T> = (!is_no_record(&record)).then_some(record).map(|r| decode(&r)).transpose()?;
                let total = found.is_some() as u64;
                (found.into_iter().skip(at.offset as usize).collect(), false, Some(total))
            }
            Listing::Single => return Err(Error::Decode(format!("{} is not a list", reading.operation))),
        };
        let next = Position { offset: at.offset + items.len() as u64, ..at };
        let result_count = items.len() as u32;
        Ok(Page { result: items, next_cursor: more.then(|| paging::encode(&next)), result_count, total })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_leads_export_comes_typed_with_quoted_cells_intact() {
        let csv = "id,campaign_lead_map_id,status,category,is_interested,created_at,first_name,last_name,email,phone_number,company_name,website,location,custom_fields,linkedin_profile,company_url,is_unsubscribed,unsubscribed_client_id_map,last_email_sequence_sent,open_count,click_count,reply_count,territory\n\
            3000000001,2000000001,INPROGRESS,Interested,true,2025-01-01T00:00:00Z,Ada,Lovelace,ada@example.com,,\"Engines, Ltd\",,\"London\nUK\",\"{\"\"role\"\": \"\"CTO\"\", \"\"seats\"\": 12}\",,,false,,2,5,1,0,EMEA\n\
            3000000002,2000000002,STARTED,,false,,,,bob@example.com,,,,,,,,true,,,0,0,0,\n";
        let response = HttpResponse { status: 200, headers: Vec::new(), body: csv.as_bytes().to_vec() };
        let export = LeadsExport::read(&response, &Reading { operation: "export", listing: Listing::Single, at: None }).unwrap();
        assert_eq!((export.row_count, export.columns.len(), export.csv.as_str()), (2, 23, csv));
        let ada = &export.rows[0];
        assert_eq!((ada.id, ada.campaign_lead_map_id, ada.is_interested, ada.is_unsubscribed), (Some(3000000001), Some(2000000001), Some(true), Some(false)));
        assert_eq!((ada.company_name.as_deref(), ada.location.as_deref()), (Some("Engines, Ltd"), Some("London\nUK")), "quoted commas and newlines");
        assert_eq!((ada.custom_fields["role"].as_str(), ada.custom_fields["seats"].as_str()), ("CTO", "12"));
        assert_eq!((ada.last_email_sequence_sent, ada.open_count, ada.click_count, ada.reply_count), (Some(2), Some(5), Some(1), Some(0)));
        assert_eq!(ada.extra.get("territory").map(String::as_str), Some("EMEA"), "an unknown column is kept");
        let bob = &export.rows[1];
        assert_eq!((bob.category.as_deref(), bob.first_name.as_deref(), bob.is_unsubscribed), (None, None, Some(true)), "an empty cell is absent");
        assert!(bob.extra.is_empty());
    }

    #[test]
    fn an_acknowledgement_takes_every_shape_smartlead_sends() {
        let read = |body: &str| Ack::read(&HttpResponse { status: 200, headers: Vec::new(), body: body.as_bytes().to_vec() }, &Reading { operation: "ack", listing: Listing::Single, at: None }).unwrap().message;
        assert_eq!(read(r#"{"ok": true, "data": {"id": 7, "name": "After"}}"#), None, "a record under data is no message");
        assert_eq!(read(r#"{"ok": true, "message": "Deleted", "data": {"id": 7}}"#).as_deref(), Some("Deleted"));
        assert_eq!(read(r#"{"ok": true, "data": "success"}"#).as_deref(), Some("success"));
        assert_eq!(read(r#""success""#).as_deref(), Some("success"));
        assert_eq!(read(""), None);
    }

    fn read_as<T: Reply>(body: &str) -> Result<T> {
        T::read(&HttpResponse { status: 200, headers: Vec::new(), body: body.as_bytes().to_vec() }, &Reading { operation: "report", listing: Listing::Single, at: None })
    }

    #[test]
    fn a_blacklist_report_is_read_as_listings_or_as_a_count() {
        let listed: model::BlacklistReport = read_as(r#"[{"reply_id": "r1", "reply": {"from_email": "a@x.test"}, "total_blacklist": 2}, {"reply_id": "r2", "from_email": "b@x.test"}]"#).unwrap();
        assert_eq!(listed.total_blacklist, 3, "the listings' counts summed, one for a listing without its count");
        assert_eq!(listed.hits.iter().map(|h| h.from_email.as_deref()).collect::<Vec<_>>(), [Some("a@x.test"), Some("b@x.test")]);
        let counted: model::BlacklistReport = read_as(r#"{"total_blacklist": 4}"#).unwrap();
        assert_eq!((counted.total_blacklist, counted.hits.len()), (4, 0), "the \"IP Blacklist Count\" page's shape");
        assert!(matches!(read_as::<model::BlacklistReport>(r#"{"status": "done"}"#), Err(Error::Decode(_))), "neither shape is a decode error");
    }

    #[test]
    fn seed_providers_are_read_as_one_region_or_a_list() {
        let one: model::SeedProviders = read_as(r#"{"region_id": "na", "groups": [{"group_id": "gmail_na", "provider_count": 2}]}"#).unwrap();
        assert_eq!((one.regions.len(), one.regions[0].groups[0].group_id.as_deref()), (1, Some("gmail_na")));
        let many: model::SeedProviders = read_as(r#"[{"region_id": "na"}, {"region_id": "eu"}]"#).unwrap();
        assert_eq!(many.regions.iter().map(|r| r.region_id.as_deref()).collect::<Vec<_>>(), [Some("na"), Some("eu")]);
        assert!(read_as::<model::SeedProviders>("{}").unwrap().regions.is_empty());
    }
}
