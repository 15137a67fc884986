//! How lists page: Smartlead's three ways of listing, the page sizes they allow, and
//! the opaque cursors that say where the next page starts, bound to the call that
//! issued them.

use crate::core::error::{Error, Result};
use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use serde::{Deserialize, Serialize};

/// Default page size of every list, and the most a sliced list returns per page.
pub const DEFAULT_LIMIT: u32 = 100;
pub const MAX_SLICE: u32 = 1000;

/// How an operation's answer is listed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Listing {
    /// Returns one record, not a list.
    Single,
    /// Smartlead pages with `offset`/`limit`, at most `max` per request.
    Offset { max: u32 },
    /// Smartlead returns everything at once; the component slices it into pages.
    Sliced,
    /// Smartlead returns one record or `{}`; the component lists it as zero or one item.
    Lookup,
}

impl Listing {
    /// The largest page a caller may ask for; `None` for a single record.
    pub fn max_limit(self) -> Option<u32> {
        match self {
            Listing::Offset { max } => Some(max),
            Listing::Sliced | Listing::Lookup => Some(MAX_SLICE),
            Listing::Single => None,
        }
    }

    /// The page size when the caller gives none.
    pub fn default_limit(self) -> u32 {
        self.max_limit().map_or(DEFAULT_LIMIT, |max| DEFAULT_LIMIT.min(max))
    }

    /// Where the page asked for starts (`None` for a single record); a cursor must have
    /// been issued for `fingerprint`.
    pub fn position(self, page: &PageRequest, fingerprint: u64) -> Result<Option<Position>> {
        match self.max_limit() {
            Some(max) => position(page, fingerprint, self.default_limit(), max).map(Some),
            None => Ok(None),
        }
    }
}

/// What a caller asks of a list: page size and the cursor from the previous page.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PageRequest {
    pub limit: Option<u32>,
    pub cursor: Option<String>,
}

/// The decoded position of a page.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Position {
    #[serde(rename = "o")]
    pub offset: u64,
    #[serde(rename = "l")]
    pub limit: u32,
    /// Fingerprint of the operation and arguments the cursor belongs to.
    #[serde(rename = "f")]
    pub fingerprint: u64,
    /// Where a list that walks several lists stands (the unified account-wide
    /// contact list: the campaign it is in); `offset` counts within it.
    #[serde(rename = "s", default, skip_serializing_if = "Option::is_none")]
    pub scope: Option<u64>,
}

/// Bytes of checksum at the end of every cursor.
const CHECKSUM_LEN: usize = 8;
/// The largest offset a cursor may carry: what JSON numbers hold exactly everywhere.
const MAX_OFFSET: u64 = (1 << 53) - 1;

/// The position as an opaque cursor: its JSON and a checksum over it, base64url.
pub fn encode(position: &Position) -> String {
    let mut bytes = serde_json::to_vec(position).expect("a position always serializes");
    bytes.extend_from_slice(&checksum(&bytes).to_be_bytes());
    URL_SAFE_NO_PAD.encode(bytes)
}

/// FNV-1a over a cursor's content, tagged so no other hash of the same bytes matches.
fn checksum(payload: &[u8]) -> u64 {
    fnv(b"smartlead-cursor\0".iter().chain(payload).copied())
}

/// Reads a cursor. Any change to it (its checksum no longer matches), a cursor issued
/// for another call (`fingerprint`), or values out of bounds are `invalid-input`.
pub fn decode(cursor: &str, fingerprint: u64) -> Result<Position> {
    let bad = || Error::invalid("next_cursor", "is not a cursor returned by this list, or was changed; pass next_cursor back unchanged");
    let bytes = URL_SAFE_NO_PAD.decode(cursor.trim()).map_err(|_| bad())?;
    let split = bytes.len().checked_sub(CHECKSUM_LEN).ok_or_else(bad)?;
    let (payload, sum) = bytes.split_at(split);
    if checksum(payload).to_be_bytes() != sum {
        return Err(bad());
    }
    let position: Position = serde_json::from_slice(payload).map_err(|_| bad())?;
    if position.limit == 0 || position.offset > MAX_OFFSET {
        return Err(bad());
    }
    if position.fingerprint != fingerprint {
        return Err(Error::invalid(
            "next_cursor",
            "was issued for a different tool or different arguments; repeat the arguments of the first page",
        ));
    }
    Ok(position)
}

/// FNV-1a over the operation name and its canonical JSON arguments (serde_json
/// objects are ordered by key, so equal arguments give equal fingerprints).
pub fn fingerprint(operation: &str, args: &serde_json::Value) -> u64 {
    fnv(operation.bytes().chain([0]).chain(args.to_string().into_bytes()))
}

fn fnv(bytes: impl Iterator<Item = u8>) -> u64 {
    bytes.fold(0xcbf2_9ce4_8422_2325, |hash, byte| (hash ^ byte as u64).wrapping_mul(0x0000_0100_0000_01b3))
}

/// Whether an offset page of `count` records at `at` leaves more to fetch: a full page,
/// and fewer seen than Smartlead's `total` when it gives one.
pub fn has_more_after(at: &Position, count: usize, total: Option<u64>) -> bool {
    let seen = at.offset + count as u64;
    count as u64 >= at.limit as u64 && total.is_none_or(|t| seen < t)
}

/// Resolves a page request into a position, with `default_limit` and at most `max_limit`.
pub fn position(page: &PageRequest, fingerprint: u64, default_limit: u32, max_limit: u32) -> Result<Position> {
    let from_cursor = page.cursor.as_deref().filter(|c| !c.is_empty()).map(|c| decode(c, fingerprint)).transpose()?;
    if let Some(inside) = from_cursor.map(|p| p.limit).filter(|l| *l > max_limit) {
        return Err(Error::invalid("next_cursor", format!("holds a limit of {inside}, above this list's {max_limit}")));
    }
    let limit = page.limit.or(from_cursor.map(|p| p.limit)).unwrap_or(default_limit);
    if limit == 0 || limit > max_limit {
        return Err(Error::invalid("limit", format!("must be between 1 and {max_limit}, got {limit}")));
    }
    Ok(Position { offset: from_cursor.map_or(0, |p| p.offset), limit, fingerprint, scope: from_cursor.and_then(|p| p.scope) })
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn cursors_round_trip_and_keep_their_limit() {
        let f = fingerprint("list", &json!({"campaign_id": 1}));
        let p = Position { offset: 200, limit: 50, fingerprint: f, scope: Some(7) };
        let page = PageRequest { limit: None, cursor: Some(encode(&p)) };
        assert_eq!(position(&page, f, 100, 100).unwrap(), p);
        let resized = PageRequest { limit: Some(10), ..page };
        assert_eq!(position(&resized, f, 100, 100).unwrap().limit, 10);
    }

    #[test]
    fn cursors_are_bound_to_their_arguments() {
        let f = fingerprint("list", &json!({"campaign_id": 1}));
        let other = fingerprint("list", &json!({"campaign_id": 2}));
        assert_ne!(f, other);
        let cursor = encode(&Position { offset: 100, limit: 100, fingerprint: f, scope: None });
        let err = decode(&cursor, other).unwrap_err();
        assert_eq!(err.kind(), "invalid_input");
        assert!(err.message().contains("different"), "{err}");
    }

    #[test]
    fn any_change_to_a_cursor_is_refused() {
        let f = fingerprint("list", &json!({}));
        let cursor = encode(&Position { offset: 200, limit: 100, fingerprint: f, scope: None });
        let mut bytes = URL_SAFE_NO_PAD.decode(&cursor).unwrap();
        for i in 0..bytes.len() {
            bytes[i] ^= 0x01;
            let edited = URL_SAFE_NO_PAD.encode(&bytes);
            assert_eq!(decode(&edited, f).unwrap_err().kind(), "invalid_input", "byte {i} changed");
            bytes[i] ^= 0x01;
        }
        // Rebuilt with a valid checksum, a limit past the list's bound is still refused.
        let oversized = encode(&Position { offset: 0, limit: 100_000, fingerprint: f, scope: None });
        let page = PageRequest { limit: None, cursor: Some(oversized.clone()) };
        assert!(position(&page, f, 100, 1000).unwrap_err().message().contains("100000"));
        let resized = PageRequest { limit: Some(10), cursor: Some(oversized) };
        assert_eq!(position(&resized, f, 100, 1000).unwrap_err().kind(), "invalid_input", "even when the page names its own limit");
        let far = encode(&Position { offset: u64::MAX, limit: 1, fingerprint: f, scope: None });
        assert_eq!(decode(&far, f).unwrap_err().kind(), "invalid_input");
    }

    #[test]
    fn tampered_cursors_and_bad_limits_are_invalid_input() {
        let f = fingerprint("list", &json!({}));
        for junk in ["%%%", "AAAA", "eyJvIjoxfQ"] {
            assert_eq!(decode(junk, f).unwrap_err().kind(), "invalid_input", "{junk}");
        }
        let page = PageRequest { limit: Some(101), cursor: None };
        assert!(position(&page, f, 100, 100).unwrap_err().message().contains("between 1 and 100"));
        let page = PageRequest { limit: Some(0), cursor: None };
        assert_eq!(position(&page, f, 100, 100).unwrap_err().kind(), "invalid_input");
    }
}
