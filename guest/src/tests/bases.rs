//! Each request goes to its own host's base URL, with the key; a bad base URL is named
//! by its setting before anything is sent.

use crate::core::client::{ApiRequest, Base, Client, Config};
use crate::core::http::Method;
use crate::tests::fake::{KEY, ManualClock, Script, client_with};

fn request(base: Base) -> ApiRequest {
    ApiRequest { base, method: Method::Get, path: "/x".into(), query: vec![("a".into(), "1".into())], body: None }
}

#[test]
fn each_request_goes_to_its_host_with_the_key() {
    let script = Script::default();
    for _ in Base::ALL {
        script.answer(200, "{}");
    }
    let client = client_with(&script, |c| {
        c.smartdelivery_base_url = "http://delivery.test/api/v1/".into();
        c.prospect_base_url = "http://prospect.test/api/v1".into();
        c.smart_senders_base_url = "http://senders.test/api/v1".into();
    });
    for base in Base::ALL {
        client.send(&request(base), true).unwrap();
    }
    let urls: Vec<String> = script.sent.borrow().iter().map(|r| r.url.clone()).collect();
    let expected: Vec<String> = ["http://mock", "http://delivery.test", "http://prospect.test", "http://senders.test"]
        .iter()
        .map(|host| format!("{host}/api/v1/x?a=1&api_key={KEY}"))
        .collect();
    assert_eq!(urls, expected, "a trailing slash is dropped; the key goes to each of the four");
}

#[test]
fn a_bad_base_url_is_named_by_its_setting() {
    let config = Config { smart_senders_base_url: "smart-senders.smartlead.ai".into(), ..Config::default() };
    let refused = Client::new(config, Box::new(Script::default()), Box::new(ManualClock::default())).err().expect("refused");
    assert!(refused.message().starts_with("`smart_senders_base_url`"), "{}", refused.message());
}
