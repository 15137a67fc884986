//! Serde helpers for Smartlead's loose JSON: numbers as strings, nulls, strings or arrays.

use serde::de::{self, Visitor};
use serde::{Deserialize, Deserializer};
use std::collections::BTreeMap;
use std::fmt;
use std::str::FromStr;

/// A scalar as Smartlead may send it.
enum Scalar {
    Int(i64),
    UInt(u64),
    Float(f64),
    Bool(bool),
    Str(String),
}

/// Read with a visitor rather than `#[serde(untagged)]`: untagged enums buffer every
/// value before trying each variant, which made decoding large pages several times slower.
impl<'de> Deserialize<'de> for Scalar {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct ScalarVisitor;
        impl Visitor<'_> for ScalarVisitor {
            type Value = Scalar;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a number, a string or a boolean")
            }
            fn visit_bool<E: de::Error>(self, v: bool) -> Result<Scalar, E> {
                Ok(Scalar::Bool(v))
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<Scalar, E> {
                Ok(Scalar::Int(v))
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<Scalar, E> {
                Ok(Scalar::UInt(v))
            }
            fn visit_f64<E: de::Error>(self, v: f64) -> Result<Scalar, E> {
                Ok(Scalar::Float(v))
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Scalar, E> {
                Ok(Scalar::Str(v.to_string()))
            }
            fn visit_string<E: de::Error>(self, v: String) -> Result<Scalar, E> {
                Ok(Scalar::Str(v))
            }
        }
        d.deserialize_any(ScalarVisitor)
    }
}

impl Scalar {
    fn into_text(self) -> String {
        match self {
            Scalar::Int(n) => n.to_string(),
            Scalar::UInt(n) => n.to_string(),
            Scalar::Float(n) => n.to_string(),
            Scalar::Bool(b) => b.to_string(),
            Scalar::Str(s) => s,
        }
    }
}

fn parse_number<T: FromStr, E: serde::de::Error>(s: Scalar) -> Result<Option<T>, E> {
    let text = match s {
        Scalar::Float(f) if f.fract() == 0.0 => (f as i128).to_string(),
        other => other.into_text(),
    };
    let text = text.trim();
    if text.is_empty() {
        return Ok(None);
    }
    text.parse()
        .map(Some)
        .map_err(|_| E::custom(format!("expected a number, got {text:?}")))
}

/// A number sent as a number or a numeric string (`"42"`); null, `""` and absence are `None`.
pub fn opt_num<'de, D: Deserializer<'de>, T: FromStr>(d: D) -> Result<Option<T>, D::Error> {
    match Option::<Scalar>::deserialize(d)? {
        None => Ok(None),
        Some(s) => parse_number(s),
    }
}

/// A required number sent as a number or a numeric string.
pub fn num<'de, D: Deserializer<'de>, T: FromStr>(d: D) -> Result<T, D::Error> {
    opt_num(d)?.ok_or_else(|| serde::de::Error::custom("expected a number, got null"))
}

/// A percentage as Smartlead writes it — `"34.5%"`, `"34.5"` or `34.5` — as the number
/// 34.5; null, `""` and absence are `None`.
pub fn opt_percent<'de, D: Deserializer<'de>>(d: D) -> Result<Option<f64>, D::Error> {
    match Option::<Scalar>::deserialize(d)? {
        Some(Scalar::Str(s)) => parse_number(Scalar::Str(s.trim().trim_end_matches('%').to_string())),
        other => other.map_or(Ok(None), parse_number),
    }
}

/// Required text that may arrive as a string or a number (`"1"` or `1`).
pub fn text<'de, D: Deserializer<'de>>(d: D) -> Result<String, D::Error> {
    opt_text(d)?.ok_or_else(|| de::Error::custom("expected text or a number, got null"))
}

/// Text that may arrive as a string, a number or a boolean (`"95%"` or `95`).
pub fn opt_text<'de, D: Deserializer<'de>>(d: D) -> Result<Option<String>, D::Error> {
    Ok(Option::<Scalar>::deserialize(d)?.map(Scalar::into_text))
}

/// A boolean that may arrive as `true`, `1`, `"true"` or null.
pub fn opt_bool<'de, D: Deserializer<'de>>(d: D) -> Result<Option<bool>, D::Error> {
    Ok(match Option::<Scalar>::deserialize(d)? {
        None => None,
        Some(Scalar::Bool(b)) => Some(b),
        Some(Scalar::Int(n)) => Some(n != 0),
        Some(Scalar::UInt(n)) => Some(n != 0),
        Some(Scalar::Float(n)) => Some(n != 0.0),
        Some(Scalar::Str(s)) => match s.trim() {
            "true" | "1" => Some(true),
            "false" | "0" => Some(false),
            _ => None,
        },
    })
}

/// A list of strings that may arrive as an array, one string, or null.
pub fn text_list<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<String>, D::Error> {
    #[derive(Deserialize)]
    #[serde(untagged)]
    enum OneOrMany {
        Many(Vec<Option<Scalar>>),
        One(Scalar),
    }
    Ok(match Option::<OneOrMany>::deserialize(d)? {
        None => Vec::new(),
        Some(OneOrMany::Many(items)) => items.into_iter().flatten().map(Scalar::into_text).collect(),
        Some(OneOrMany::One(s)) => {
            let s = s.into_text();
            if s.is_empty() { Vec::new() } else { vec![s] }
        }
    })
}

/// One value or a list of them, as a caller may give an id filter (`7` or `[7, 8]`);
/// null and absence are `None`.
pub fn opt_num_list<'de, D: Deserializer<'de>, T: FromStr>(d: D) -> Result<Option<Vec<T>>, D::Error> {
    let numbers = |items: Vec<Scalar>| items.into_iter().map(|s| parse_number(s)?.ok_or_else(|| de::Error::custom("expected a number, got \"\""))).collect();
    one_or_many(d)?.map(numbers).transpose()
}

/// One text or a list of them (`"Replied"` or `["Replied", "Opened"]`).
pub fn opt_text_list<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Vec<String>>, D::Error> {
    Ok(one_or_many(d)?.map(|items| items.into_iter().map(Scalar::into_text).collect()))
}

fn one_or_many<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Vec<Scalar>>, D::Error> {
    #[derive(Deserialize)]
    #[serde(untagged)]
    enum OneOrMany {
        Many(Vec<Scalar>),
        One(Scalar),
    }
    Ok(Option::<OneOrMany>::deserialize(d)?.map(|v| match v {
        OneOrMany::Many(items) => items,
        OneOrMany::One(one) => vec![one],
    }))
}

/// A list that may be null.
pub fn list<'de, D: Deserializer<'de>, T: Deserialize<'de>>(d: D) -> Result<Vec<T>, D::Error> {
    Ok(Option::<Vec<T>>::deserialize(d)?.unwrap_or_default())
}

/// A flat object of custom fields; values become text, nulls are dropped. Smartlead
/// sometimes sends the object as a JSON string, which is read too.
pub fn text_map<'de, D: Deserializer<'de>>(d: D) -> Result<BTreeMap<String, String>, D::Error> {
    let value = Option::<serde_json::Value>::deserialize(d)?;
    let object = match value {
        Some(serde_json::Value::Object(map)) => map,
        Some(serde_json::Value::String(s)) => match serde_json::from_str(&s) {
            Ok(serde_json::Value::Object(map)) => map,
            _ => return Ok(BTreeMap::new()),
        },
        _ => return Ok(BTreeMap::new()),
    };
    Ok(object
        .into_iter()
        .filter_map(|(k, v)| match v {
            serde_json::Value::Null => None,
            serde_json::Value::String(s) => Some((k, s)),
            other => Some((k, other.to_string())),
        })
        .collect())
}

/// A flat object of flags (`{"EMAIL_REPLY": true}`); values read as [`opt_bool`] reads
/// them, anything else (null, a missing map) is empty.
pub fn flag_map<'de, D: Deserializer<'de>>(d: D) -> Result<BTreeMap<String, bool>, D::Error> {
    let Some(serde_json::Value::Object(map)) = Option::<serde_json::Value>::deserialize(d)? else { return Ok(BTreeMap::new()) };
    Ok(map.into_iter().filter_map(|(k, v)| Some((k, opt_bool(v).ok().flatten()?))).collect())
}

/// A nested object that old API versions rendered as a string: anything but the
/// expected object reads as `None`.
pub fn opt_object<'de, D: Deserializer<'de>, T: serde::de::DeserializeOwned>(
    d: D,
) -> Result<Option<T>, D::Error> {
    Ok(match Option::<serde_json::Value>::deserialize(d)? {
        Some(v @ serde_json::Value::Object(_)) => serde_json::from_value(v).ok(),
        _ => None,
    })
}

/// Names a field holding a secret carries (`smtp_password`, `api_key`, `access_token`…).
const SECRET_NAMES: [&str; 5] = ["password", "secret", "api_key", "apikey", "token"];

/// The fields a record does not model (a `flatten`ed map), kept as JSON so that a field
/// Smartlead adds later reaches the caller; a field whose name says it holds a secret
/// is dropped, at any depth, as an unmodelled field it could otherwise carry out.
pub fn extra<'de, D: Deserializer<'de>>(d: D) -> Result<BTreeMap<String, serde_json::Value>, D::Error> {
    let mut fields = BTreeMap::<String, serde_json::Value>::deserialize(d)?;
    fields.retain(keep);
    Ok(fields)
}

/// Whether a field stays (its name does not say it holds a secret), with the fields
/// inside it that do dropped.
fn keep(name: &String, value: &mut serde_json::Value) -> bool {
    scrub(value);
    // Compared in place, whatever the case: every unmodelled field of every record passes
    // here, and a lowercased copy searched five times was a visible part of a page's cost.
    let name = name.as_bytes();
    !SECRET_NAMES.iter().any(|secret| name.windows(secret.len()).any(|part| part.eq_ignore_ascii_case(secret.as_bytes())))
}

/// Drops the secret-named fields inside a value.
fn scrub(value: &mut serde_json::Value) {
    match value {
        serde_json::Value::Object(fields) => fields.retain(keep),
        serde_json::Value::Array(items) => items.iter_mut().for_each(scrub),
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Deserialize, Debug, PartialEq)]
    struct Sample {
        #[serde(default, deserialize_with = "opt_num")]
        count: Option<u64>,
        #[serde(deserialize_with = "num")]
        id: u64,
        #[serde(default, deserialize_with = "text_list")]
        tags: Vec<String>,
        #[serde(default, deserialize_with = "text_map")]
        fields: BTreeMap<String, String>,
        #[serde(default, deserialize_with = "opt_bool")]
        flag: Option<bool>,
        #[serde(default, deserialize_with = "opt_percent")]
        rate: Option<f64>,
    }

    fn read(json: &str) -> Result<Sample, serde_json::Error> {
        serde_json::from_str(json)
    }

    #[test]
    fn numbers_arrive_as_numbers_or_strings() {
        assert_eq!(read(r#"{"id": "3000000001", "count": "42"}"#).unwrap().count, Some(42));
        assert_eq!(read(r#"{"id": 3000000001, "count": 42}"#).unwrap().id, 3_000_000_001);
        assert_eq!(read(r#"{"id": 1, "count": null}"#).unwrap().count, None);
        assert_eq!(read(r#"{"id": 1, "count": ""}"#).unwrap().count, None);
        assert_eq!(read(r#"{"id": 1, "count": 7.0}"#).unwrap().count, Some(7));
        assert!(read(r#"{"id": 1, "count": "many"}"#).is_err());
        assert!(read(r#"{"id": null}"#).is_err());
    }

    #[test]
    fn lists_maps_and_flags_are_tolerant() {
        let s = read(r#"{"id": 1, "tags": "DONT_EMAIL_OPEN", "fields": {"a": 1, "b": "x", "c": null}, "flag": "true"}"#).unwrap();
        assert_eq!(s.tags, vec!["DONT_EMAIL_OPEN"]);
        assert_eq!(s.fields.get("a").map(String::as_str), Some("1"));
        assert_eq!(s.fields.len(), 2);
        assert_eq!(s.flag, Some(true));
        let s = read(r#"{"id": 1, "tags": null, "fields": "{\"k\": \"v\"}"}"#).unwrap();
        assert!(s.tags.is_empty());
        assert_eq!(s.fields.get("k").map(String::as_str), Some("v"));
    }

    #[test]
    fn percentages_arrive_as_text_with_a_sign_or_as_numbers() {
        for (json, rate) in [(r#""34.5%""#, Some(34.5)), (r#"" 12 % ""#, Some(12.0)), ("34.5", Some(34.5)), (r#""7""#, Some(7.0)), (r#""""#, None), ("null", None)] {
            assert_eq!(read(&format!(r#"{{"id": 1, "rate": {json}}}"#)).unwrap().rate, rate, "{json}");
        }
        assert!(read(r#"{"id": 1, "rate": "high"}"#).is_err());
    }

    #[derive(Deserialize, Debug)]
    struct Open {
        #[serde(deserialize_with = "num")]
        id: u64,
        #[serde(flatten, deserialize_with = "extra")]
        extra: BTreeMap<String, serde_json::Value>,
    }

    #[test]
    fn unmodelled_fields_are_kept_and_secrets_are_not() {
        let open: Open = serde_json::from_value(serde_json::json!({
            "id": "7", "added_later": {"n": 1, "imap_password": "p"}, "SMTP_Password": "p", "api_key": "k", "list": [{"access_token": "t", "ok": true}]
        }))
        .unwrap();
        assert_eq!(open.id, 7);
        assert_eq!(serde_json::to_value(&open.extra).unwrap(), serde_json::json!({"added_later": {"n": 1}, "list": [{"ok": true}]}));
    }
}
