//! Input refused before anything was sent: the CLI reports it as `invalid_input` and
//! exits 2, whichever layer found it.

/// A refusal of what was asked; nothing was sent.
#[derive(Debug)]
pub struct Invalid(pub String);

impl std::fmt::Display for Invalid {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for Invalid {}

/// `e` as an [`Invalid`] error.
pub fn invalid(e: impl std::fmt::Display) -> anyhow::Error {
    anyhow::Error::new(Invalid(e.to_string()))
}
