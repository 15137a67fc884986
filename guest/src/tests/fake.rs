//! In-memory doubles for native tests: a transport that answers from a script and
//! records what it was sent, and a clock that only moves when slept on.

use crate::core::http::{Clock, HttpRequest, HttpResponse, Transport, TransportError};
use std::time::Duration;
use std::cell::{Cell, RefCell};
use std::collections::VecDeque;
use std::rc::Rc;

#[derive(Clone, Default)]
pub struct Script {
    pub answers: Rc<RefCell<VecDeque<Result<HttpResponse, TransportError>>>>,
    pub sent: Rc<RefCell<Vec<HttpRequest>>>,
}

impl Script {
    pub fn answer(&self, status: u16, body: &str) -> &Self {
        let response = HttpResponse { status, headers: vec![], body: body.as_bytes().to_vec() };
        self.answers.borrow_mut().push_back(Ok(response));
        self
    }
    pub fn fail(&self, reason: &str) -> &Self {
        self.answers.borrow_mut().push_back(Err(TransportError::Failed(reason.to_string())));
        self
    }
}

impl Transport for Script {
    fn send(&self, request: &HttpRequest) -> Result<HttpResponse, TransportError> {
        self.sent.borrow_mut().push(request.clone());
        let answer = self.answers.borrow_mut().pop_front();
        let answer = answer.unwrap_or_else(|| Err(TransportError::Failed("no scripted answer".into())))?;
        match answer.body.len() > request.max_response_bytes {
            true => Err(TransportError::TooLarge { limit: request.max_response_bytes }),
            false => Ok(answer),
        }
    }
}

#[derive(Clone, Default)]
pub struct ManualClock(pub Rc<Cell<Duration>>);

impl Clock for ManualClock {
    fn now(&self) -> Duration {
        self.0.get()
    }
    fn sleep(&self, duration: Duration) {
        self.0.set(self.0.get() + duration)
    }
    /// A fixed day in 2027, moved by sleeping.
    fn wall(&self) -> Duration {
        Duration::from_secs(1_800_000_000) + self.0.get()
    }
}

/// A client over `script` on a manual clock, holding a key the tests look for in
/// anything that could leak it.
pub fn client(script: &Script) -> crate::core::client::Client {
    client_with(script, |_| {})
}

/// [`client`] with its configuration adjusted by `tune`.
pub fn client_with(script: &Script, tune: impl FnOnce(&mut crate::core::client::Config)) -> crate::core::client::Client {
    use crate::core::client::{Client, Config};
    let mut config = Config { api_key: Some(KEY.into()), base_url: "http://mock/api/v1".into(), ..Config::default() };
    tune(&mut config);
    Client::new(config, Box::new(script.clone()), Box::new(ManualClock::default())).expect("a test configuration is valid")
}

/// The key test clients hold.
pub const KEY: &str = "sekret-key";
