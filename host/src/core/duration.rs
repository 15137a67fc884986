//! Durations as people type them in flags: a whole number and a unit (500ms, 2s, 1m, 1h,
//! 30d), one parser for every flag that takes one.

use std::time::Duration;

/// `text` as a duration; a bare number is seconds.
pub fn parse(text: &str) -> Result<Duration, String> {
    let text = text.trim();
    let digits = text.find(|c: char| !c.is_ascii_digit()).unwrap_or(text.len());
    let (count, unit) = text.split_at(digits);
    let count: u64 = count.parse().map_err(|_| format!("{text:?} is not a duration such as 500ms, 2s, 1m, 1h or 30d"))?;
    let seconds = |per: u64| count.checked_mul(per).map(Duration::from_secs).ok_or_else(|| format!("{text:?} is too long"));
    match unit {
        "ms" => Ok(Duration::from_millis(count)),
        "s" | "" => seconds(1),
        "m" => seconds(60),
        "h" => seconds(3600),
        "d" => seconds(86_400),
        _ => Err(format!("{unit:?} is not a unit: use ms, s, m, h or d")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations_read_in_every_unit_or_name_what_is_wrong() {
        assert_eq!(parse("500ms"), Ok(Duration::from_millis(500)));
        assert_eq!(parse("2"), Ok(Duration::from_secs(2)));
        assert_eq!(parse("30d"), Ok(Duration::from_secs(30 * 86_400)));
        assert!(parse("1w").unwrap_err().contains("unit"));
        assert!(parse("soon").unwrap_err().contains("not a duration"));
    }
}
