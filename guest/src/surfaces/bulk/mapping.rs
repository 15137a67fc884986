//! Which column of a prospect list is which lead field: Smartlead's names and the common
//! ones of other tools (`Email Address`, `Company`, `LinkedIn`), in any case and spacing;
//! Smartlead's own export columns (ids, status, counts) are left out; any other column
//! becomes a custom field under its own name.

use crate::catalog::campaign_leads::LeadInput;
use crate::core::error::{Error, Result};
use std::collections::BTreeMap;

/// A lead field a column can fill.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Field {
    Email,
    FirstName,
    LastName,
    PhoneNumber,
    CompanyName,
    Website,
    Location,
    LinkedinProfile,
    CompanyUrl,
    /// A JSON object of custom fields (as Smartlead's export writes them).
    CustomFields,
}

/// The names each field answers to, written as [`normalize`] leaves them.
const NAMES: &[(Field, &[&str])] = &[
    (Field::Email, &["email", "email_address", "e_mail", "e_mail_address", "mail", "work_email", "email_id", "business_email"]),
    (Field::FirstName, &["first_name", "firstname", "first", "given_name"]),
    (Field::LastName, &["last_name", "lastname", "last", "surname", "family_name"]),
    (Field::PhoneNumber, &["phone_number", "phone", "phone_no", "mobile", "mobile_phone", "telephone", "tel"]),
    (Field::CompanyName, &["company_name", "company", "organization", "organisation", "account_name", "employer"]),
    (Field::Website, &["website", "web_site", "site", "domain"]),
    (Field::Location, &["location", "address"]),
    (Field::LinkedinProfile, &["linkedin_profile", "linkedin", "linkedin_url", "linkedin_profile_url", "person_linkedin_url"]),
    (Field::CompanyUrl, &["company_url", "company_website", "company_domain"]),
    (Field::CustomFields, &["custom_fields"]),
];

/// Columns of Smartlead's own exports and listings, which describe a lead's state in a
/// campaign rather than the prospect: left out of an import.
const SMARTLEAD_OWN: &[&str] = &[
    "id", "lead_id", "campaign_lead_map_id", "status", "category", "lead_category_id", "is_interested", "created_at",
    "is_unsubscribed", "unsubscribed_client_id_map", "last_email_sequence_sent", "open_count", "click_count", "reply_count",
];

impl Field {
    /// The field's name in Smartlead's API.
    pub fn name(self) -> &'static str {
        NAMES.iter().find(|(f, _)| *f == self).map_or("", |(_, names)| names[0])
    }

    fn named(name: &str) -> Option<Field> {
        NAMES.iter().find(|(_, names)| names.contains(&name)).map(|(f, _)| *f)
    }

    /// Puts `value` (not blank) into `lead`; a custom-fields column must hold a JSON object.
    pub fn set(self, lead: &mut LeadInput, value: &str) -> std::result::Result<(), String> {
        let value = value.trim();
        if value.is_empty() {
            return Ok(());
        }
        let slot = match self {
            Field::Email => {
                lead.email = value.to_string();
                return Ok(());
            }
            Field::CustomFields => {
                let fields: serde_json::Map<String, serde_json::Value> =
                    serde_json::from_str(value).map_err(|_| format!("custom_fields is not a JSON object: {value:.40}"))?;
                for (key, v) in fields {
                    let text = match v {
                        serde_json::Value::String(s) => s,
                        serde_json::Value::Null => continue,
                        other => other.to_string(),
                    };
                    lead.custom_fields.insert(key, text);
                }
                return Ok(());
            }
            Field::FirstName => &mut lead.first_name,
            Field::LastName => &mut lead.last_name,
            Field::PhoneNumber => &mut lead.phone_number,
            Field::CompanyName => &mut lead.company_name,
            Field::Website => &mut lead.website,
            Field::Location => &mut lead.location,
            Field::LinkedinProfile => &mut lead.linkedin_profile,
            Field::CompanyUrl => &mut lead.company_url,
        };
        *slot = Some(value.to_string());
        Ok(())
    }
}

/// Where one column's values go.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Target {
    Field(Field),
    /// A custom field of this name.
    Custom(String),
    /// Not imported.
    Ignored,
}

impl Target {
    /// How the mapping is shown: `email`, `custom_fields.Job Title`, `ignored`.
    pub fn describe(&self) -> String {
        match self {
            Target::Field(f) => f.name().to_string(),
            Target::Custom(name) => format!("custom_fields.{name}"),
            Target::Ignored => "ignored".into(),
        }
    }

    /// A target as `--map COLUMN=TARGET` writes it: a field name or alias,
    /// `custom_fields.NAME`, or `ignore`.
    pub fn parse(text: &str) -> Result<Target> {
        let text = text.trim();
        if let Some(name) = text.strip_prefix("custom_fields.").filter(|n| !n.trim().is_empty()) {
            return Ok(Target::Custom(name.trim().to_string()));
        }
        match normalize(text).as_str() {
            "ignore" | "ignored" | "skip" => Ok(Target::Ignored),
            name => Field::named(name).map(Target::Field).ok_or_else(|| {
                let fields: Vec<&str> = NAMES.iter().map(|(f, _)| f.name()).collect();
                Error::invalid("map", format!("{text:?} is not a lead field; use one of {}, custom_fields.NAME or ignore", fields.join(", ")))
            }),
        }
    }
}

/// One column and where it goes, as a plan shows it.
#[derive(Debug, Clone, PartialEq)]
pub struct ColumnMapping {
    pub column: String,
    /// `email`, `first_name`, …, `custom_fields.NAME`, or `ignored`.
    pub target: String,
}

/// A column name in one spelling: lower case, spaces, dashes and dots as underscores.
pub fn normalize(column: &str) -> String {
    let lowered = column.trim().trim_start_matches('\u{feff}').to_lowercase();
    let spaced: String = lowered.chars().map(|c| if c.is_whitespace() || matches!(c, '-' | '.' | '/') { '_' } else { c }).collect();
    spaced.split('_').filter(|part| !part.is_empty()).collect::<Vec<_>>().join("_")
}

/// Where each column goes: `overrides` first (by the column as written, any case), then
/// the known names; a field already filled by an earlier column makes a later one a
/// custom field, so no value is silently dropped.
pub fn map_columns(columns: &[String], overrides: &BTreeMap<String, Target>) -> Vec<Target> {
    let overridden = |column: &str| overrides.iter().find(|(c, _)| normalize(c) == normalize(column)).map(|(_, t)| t.clone());
    let mut taken = Vec::new();
    columns
        .iter()
        .map(|column| {
            let target = overridden(column).unwrap_or_else(|| {
                let name = normalize(column);
                match Field::named(&name) {
                    Some(field) => Target::Field(field),
                    None if SMARTLEAD_OWN.contains(&name.as_str()) => Target::Ignored,
                    None => Target::Custom(column.trim().trim_start_matches('\u{feff}').to_string()),
                }
            });
            match target {
                Target::Field(field) if field != Field::CustomFields && taken.contains(&field) => Target::Custom(column.trim().to_string()),
                Target::Field(field) => {
                    taken.push(field);
                    Target::Field(field)
                }
                other => other,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn targets(columns: &[&str]) -> Vec<String> {
        let columns: Vec<String> = columns.iter().map(|c| c.to_string()).collect();
        map_columns(&columns, &BTreeMap::new()).iter().map(Target::describe).collect()
    }

    #[test]
    fn known_names_and_aliases_in_any_case_and_spacing() {
        assert_eq!(
            targets(&["\u{feff}Email Address", "First Name", "LAST-NAME", "Company", "LinkedIn", "Phone", " website ", "Company URL", "location"]),
            ["email", "first_name", "last_name", "company_name", "linkedin_profile", "phone_number", "website", "company_url", "location"]
        );
        assert_eq!(targets(&["e-mail", "linkedin_profile_url", "Organisation"]), ["email", "linkedin_profile", "company_name"]);
    }

    #[test]
    fn other_columns_are_custom_fields_and_smartlead_state_is_left_out() {
        assert_eq!(targets(&["email", "Job Title", "id", "campaign_lead_map_id", "open_count", "custom_fields"]), [
            "email",
            "custom_fields.Job Title",
            "ignored",
            "ignored",
            "ignored",
            "custom_fields"
        ]);
        assert_eq!(targets(&["Email", "Work Email"]), ["email", "custom_fields.Work Email"], "a second email column is kept, not lost");
    }

    #[test]
    fn overrides_win_and_are_checked() {
        let columns: Vec<String> = ["Mail 2", "status", "Notes"].iter().map(|c| c.to_string()).collect();
        let overrides = BTreeMap::from([
            ("mail 2".to_string(), Target::parse("email").unwrap()),
            ("Status".to_string(), Target::parse("custom_fields.status").unwrap()),
            ("Notes".to_string(), Target::parse("ignore").unwrap()),
        ]);
        let mapped: Vec<String> = map_columns(&columns, &overrides).iter().map(Target::describe).collect();
        assert_eq!(mapped, ["email", "custom_fields.status", "ignored"]);
        assert!(Target::parse("nickname").unwrap_err().message().contains("first_name"));
    }

    #[test]
    fn a_custom_fields_cell_is_a_json_object() {
        let mut lead = LeadInput::default();
        Field::CustomFields.set(&mut lead, r#"{"role": "CTO", "seats": 12, "gone": null}"#).unwrap();
        assert_eq!(lead.custom_fields, BTreeMap::from([("role".to_string(), "CTO".to_string()), ("seats".to_string(), "12".to_string())]));
        assert!(Field::CustomFields.set(&mut lead, "role=CTO").is_err());
        Field::FirstName.set(&mut lead, "  ").unwrap();
        assert_eq!(lead.first_name, None, "a blank cell sends nothing");
    }
}
