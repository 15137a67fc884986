//! The connect page: one self-contained HTML document whose style and script are inline
//! and allowed by hash in a strict Content-Security-Policy, a plain form that links
//! without JavaScript, and, when the script runs in a window our `connect.js` opened,
//! the outcome posted to that window at an allowed origin only.

use crate::accounts::connect::{Dead, Session};
use crate::core::web::origin_of;
use base64::Engine;
use serde_json::{Value, json};
use sha2::{Digest, Sha256};
use std::sync::LazyLock;

/// The type of every message the page posts, so a listener can tell ours from others.
pub const MESSAGE_TYPE: &str = "smartlead:connect";

const STYLE: &str = "\
body{margin:0;font:16px/1.5 system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;background:#f4f5f7;color:#1f2328}\
main{max-width:28rem;margin:2rem auto;padding:2rem;background:#fff;border-radius:12px;box-shadow:0 1px 4px rgba(0,0,0,.12)}\
h1{font-size:1.35rem;margin:0 0 .75rem}\
p{margin:.5rem 0}\
label,legend{display:block;font-weight:600;margin:1rem 0 .35rem}\
input[type=password]{box-sizing:border-box;width:100%;padding:.6rem;font:inherit;border:1px solid #8c959f;border-radius:6px}\
input:focus-visible,button:focus-visible{outline:3px solid #0969da;outline-offset:2px}\
fieldset{border:0;margin:0;padding:0}\
.choice{display:flex;gap:.5rem;align-items:baseline;font-weight:400;margin:.25rem 0}\
.help{color:#57606a;font-size:.9rem}\
.error{color:#b3261e;background:#fdecea;border-left:4px solid #b3261e;padding:.5rem .75rem}\
.done{color:#1a7f37}\
button{margin-top:1.25rem;width:100%;padding:.7rem;font:inherit;font-weight:600;color:#fff;background:#0969da;border:0;border-radius:6px;cursor:pointer}";

/// Runs at the end of the body: in a window `connect.js` opened (one with an opener or
/// a parent), it asks the server for the message outcome, and posts an outcome the
/// server rendered to the origin the opener gave, or else to each allowed origin (a
/// browser delivers only to the one the window is really at).
const SCRIPT: &str = "\
(function(){\
var target=window.opener||(window.parent!==window?window.parent:null);\
if(!target)return;\
var mode=document.getElementById('mode'),origin=document.getElementById('origin');\
if(mode)mode.value='message';\
var given=/^#origin=(.+)$/.exec(location.hash);\
if(origin&&given&&!origin.value)origin.value=decodeURIComponent(given[1]);\
var result=document.getElementById('result');\
if(!result)return;\
var message=JSON.parse(result.getAttribute('data-message'));\
JSON.parse(result.getAttribute('data-origins')).forEach(function(o){target.postMessage(message,o);});\
})();";

/// The CSP sources that allow exactly the inline style and script above.
static HASHES: LazyLock<(String, String)> = LazyLock::new(|| (source_hash(STYLE), source_hash(SCRIPT)));

fn source_hash(text: &str) -> String {
    format!("'sha256-{}'", base64::engine::general_purpose::STANDARD.encode(Sha256::digest(text.as_bytes())))
}

/// A page to answer with: its status, its HTML and its Content-Security-Policy.
pub struct Page {
    pub status: u16,
    pub html: String,
    pub csp: String,
}

/// What the page is told about its platform and the browser that asked.
pub struct Frame<'a> {
    pub platform: &'a str,
    /// The session, when the token names one (for its origins and return URL).
    pub session: Option<&'a Session>,
    /// The origin the opening window said it is at (`#origin=` of the URL, then a form field).
    pub claimed_origin: Option<&'a str>,
}

impl Frame<'_> {
    /// Only `default-src 'none'` and what the page itself needs: its style and script by
    /// hash, a data: icon, forms back to itself (and redirects to the return URL's
    /// origin), and framing by the session's allowed origins alone.
    fn csp(&self) -> String {
        let (style, script) = &*HASHES;
        let session = self.session;
        let returns = session.and_then(|s| s.return_url.as_deref()).and_then(origin_of).map(|o| format!(" {o}")).unwrap_or_default();
        let ancestors = match session.map(|s| s.allowed_origins.join(" ")).filter(|o| !o.is_empty()) {
            Some(origins) => origins,
            None => "'none'".into(),
        };
        format!("default-src 'none'; style-src {style}; script-src {script}; img-src data:; form-action 'self'{returns}; frame-ancestors {ancestors}; base-uri 'none'")
    }

    /// Where an outcome is posted: the origin the opener claimed when it is allowed,
    /// else every allowed origin; never one the platform did not list.
    fn origins(&self) -> Vec<String> {
        let allowed = self.session.map(|s| s.allowed_origins.clone()).unwrap_or_default();
        match self.claimed_origin {
            Some(claimed) if allowed.iter().any(|o| o == claimed) => vec![claimed.to_string()],
            _ => allowed,
        }
    }

    fn page(&self, status: u16, title: &str, main: &str, message: Option<Value>) -> Page {
        let result = match message {
            Some(message) => format!(
                "<div id=\"result\" hidden data-message=\"{}\" data-origins=\"{}\"></div>",
                escape(&message.to_string()),
                escape(&json!(self.origins()).to_string())
            ),
            None => String::new(),
        };
        let html = format!(
            "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">\
             <meta name=\"referrer\" content=\"no-referrer\"><link rel=\"icon\" href=\"data:,\"><title>{title}</title><style>{STYLE}</style></head>\
             <body><main>{main}</main>{result}<script>{SCRIPT}</script></body></html>\n",
            title = escape(title)
        );
        Page { status, html, csp: self.csp() }
    }

    /// The form: who asks, where the key is found in Smartlead, the key and the plan.
    pub fn form(&self, session: &Session, error: Option<&str>, mode: &str) -> Page {
        let platform = escape(self.platform);
        let who = match &session.end_user.display_name {
            Some(name) => format!("<p>Signed in as <strong>{}</strong>.</p>", escape(name)),
            None => String::new(),
        };
        let (invalid, described, alert) = match error {
            Some(message) => ("true", "key-help key-error", format!("<p id=\"key-error\" class=\"error\" role=\"alert\">{}</p>", escape(message))),
            None => ("false", "key-help", String::new()),
        };
        let left = session.attempts_left();
        let main = format!(
            "<h1>Link your Smartlead account to {platform}</h1>{who}\
             <p>{platform} will send and read campaigns with your Smartlead API key. The key is checked with Smartlead, then kept sealed by {platform}'s gateway; it is never shown again, nor put in any address.</p>\
             <form method=\"post\" autocomplete=\"off\" novalidate>\
             <label for=\"api_key\">Smartlead API key</label>\
             <input id=\"api_key\" name=\"api_key\" type=\"password\" required autocomplete=\"off\" spellcheck=\"false\" aria-invalid=\"{invalid}\" aria-describedby=\"{described}\">\
             <p id=\"key-help\" class=\"help\">In Smartlead, open <strong>Settings</strong> and find <strong>API Key</strong>; if none is shown, press <strong>Activate API</strong>. Copy the key and paste it here.</p>\
             {alert}\
             <fieldset><legend>Your Smartlead plan</legend>\
             <label class=\"choice\"><input type=\"radio\" name=\"plan\" value=\"standard\" checked> Standard (up to 60 requests a minute)</label>\
             <label class=\"choice\"><input type=\"radio\" name=\"plan\" value=\"pro\"> Pro (up to 120 requests a minute)</label>\
             <p class=\"help\">{platform} paces its requests to your plan, so they are never refused for going too fast.</p></fieldset>\
             <input type=\"hidden\" id=\"mode\" name=\"mode\" value=\"{mode}\"><input type=\"hidden\" id=\"origin\" name=\"origin\" value=\"{origin}\">\
             <button type=\"submit\">Link account</button>\
             <p class=\"help\">{left} {tries} left for this link.</p></form>",
            mode = escape(mode),
            origin = escape(self.claimed_origin.unwrap_or_default()),
            tries = if left == 1 { "try" } else { "tries" },
        );
        self.page(if error.is_some() { 422 } else { 200 }, "Link your Smartlead account", &main, None)
    }

    /// Linked: said on the page, and posted to the opener.
    pub fn linked(&self, account_id: &str) -> Page {
        let main = format!(
            "<h1 class=\"done\">Your Smartlead account is linked</h1><p>{} can now work with your Smartlead account. You can close this window.</p>",
            escape(self.platform)
        );
        self.page(200, "Smartlead account linked", &main, Some(json!({"type": MESSAGE_TYPE, "integrated_account_id": account_id})))
    }

    /// A token that links nothing, and why; posted to the opener as an error.
    pub fn dead(&self, dead: Dead) -> Page {
        let (status, title, why) = match dead {
            Dead::Unknown => (404, "This link is not valid", "This address does not name a link: it may be mistyped, or it expired long ago."),
            Dead::Expired => (410, "This link has expired", "Links work for a limited time, and this one's has passed."),
            Dead::Used => (410, "This link was already used", "An account was linked with it already; each link works once."),
            Dead::Exhausted => (410, "This link has no tries left", "Smartlead refused every key tried with it, and it allows only a few."),
        };
        let main = format!(
            "<h1>{title}</h1><p role=\"alert\">{why}</p><p>Ask {} for a new link to connect your Smartlead account. Nothing was stored.</p>",
            escape(self.platform)
        );
        let message = json!({"type": MESSAGE_TYPE, "error": {"kind": dead, "message": format!("{title}: {why}")}});
        self.page(status, title, &main, Some(message))
    }

    /// The gateway could not finish (Smartlead unreachable, the store failing): the try
    /// was not counted, and the form is shown again.
    pub fn failed(&self, session: &Session, message: &str, mode: &str) -> Page {
        Page { status: 503, ..self.form(session, Some(message), mode) }
    }
}

/// `text` safe in HTML text and in a double-quoted attribute.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::accounts::EndUser;

    fn session(origins: &[&str], return_url: Option<&str>) -> Session {
        Session {
            end_user: EndUser { id: "u".into(), display_name: Some("<Ada>".into()) },
            return_url: return_url.map(str::to_string),
            allowed_origins: origins.iter().map(|o| o.to_string()).collect(),
            state: None,
            expires_at_ms: i64::MAX,
            attempts: 0,
            max_attempts: 5,
            used: false,
        }
    }

    #[test]
    fn the_policy_allows_the_inline_code_by_hash_and_frames_by_allowed_origin() {
        let s = session(&["https://app.example.com"], Some("https://app.example.com/done?x=1"));
        let frame = Frame { platform: "Acme", session: Some(&s), claimed_origin: None };
        let page = frame.form(&s, None, "redirect");
        assert!(page.csp.starts_with("default-src 'none'; style-src 'sha256-"), "{}", page.csp);
        assert!(page.csp.contains("form-action 'self' https://app.example.com;") && page.csp.contains("frame-ancestors https://app.example.com;"), "{}", page.csp);
        assert!(page.html.contains(&format!("<script>{SCRIPT}</script>")) && page.html.contains(&format!("<style>{STYLE}</style>")));
        assert!(page.html.contains("&lt;Ada&gt;") && !page.html.contains("<Ada>"));
        let lone = Frame { platform: "Acme", session: None, claimed_origin: None };
        assert!(lone.dead(Dead::Unknown).csp.contains("frame-ancestors 'none'"));
    }

    #[test]
    fn outcomes_go_to_the_claimed_origin_only_when_it_is_allowed() {
        let s = session(&["https://a.example", "https://b.example"], None);
        let claimed = |origin| Frame { platform: "P", session: Some(&s), claimed_origin: origin }.origins();
        assert_eq!(claimed(Some("https://b.example")), ["https://b.example"]);
        assert_eq!(claimed(Some("https://evil.example")), ["https://a.example", "https://b.example"]);
        assert_eq!(claimed(None).len(), 2);
    }
}
