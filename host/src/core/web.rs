//! Web addresses the platform gives us to send browsers or deliveries to: https, or http
//! on loopback alone; never with a user or password in them.

/// Whether `text` is such an address; with `origin`, only `scheme://host[:port]`, as a
/// browser writes an origin. The error says what is wrong, for the caller to name the field.
pub fn check(text: &str, origin: bool) -> Result<(), String> {
    let uri: http::Uri = text.parse().map_err(|_| "is not an absolute URL".to_string())?;
    let host = uri.host().unwrap_or_default();
    let loopback = host == "localhost" || host == "[::1]" || host.parse::<std::net::IpAddr>().is_ok_and(|ip| ip.is_loopback());
    match uri.scheme_str() {
        Some("https") => {}
        Some("http") if loopback => {}
        Some("http") => return Err("must be https (http only on localhost)".into()),
        _ => return Err("is not an http(s) URL".into()),
    }
    let authority = uri.authority().ok_or("has no host")?;
    if authority.as_str().contains('@') {
        return Err("may not carry a user or password".into());
    }
    if origin && text != format!("{}://{}", uri.scheme_str().unwrap_or_default(), authority) {
        return Err("is not an origin: give scheme://host[:port], with no path or trailing slash".into());
    }
    Ok(())
}

/// The origin of an absolute URL, as a browser writes it.
pub fn origin_of(url: &str) -> Option<String> {
    let uri: http::Uri = url.parse().ok()?;
    Some(format!("{}://{}", uri.scheme_str()?, uri.authority()?.as_str()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn addresses_are_https_or_loopback_and_carry_no_credentials() {
        assert!(check("https://app.example.com/done?x=1", false).is_ok() && check("http://127.0.0.1:5173", true).is_ok());
        assert!(check("http://app.example.com/", false).unwrap_err().contains("https"));
        assert!(check("javascript:alert(1)", false).is_err());
        assert!(check("https://u:p@app.example.com/", false).unwrap_err().contains("user or password"));
        assert!(check("https://app.example.com/", true).unwrap_err().contains("not an origin"));
        assert_eq!(origin_of("https://app.example.com:8443/x?y").as_deref(), Some("https://app.example.com:8443"));
    }
}
