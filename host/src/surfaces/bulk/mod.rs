//! Bulk work from the command line: `leads import` (the component's import, a batch at
//! a time, with a journal to resume from) and `leads export` / `stats export` (every
//! page, to CSV or JSON Lines, in constant memory), both showing progress.

pub mod export;
pub mod import;
pub mod journal;
pub mod progress;
