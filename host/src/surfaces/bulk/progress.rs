//! Progress of long work on stderr: a bar on a terminal (indicatif), and plain lines,
//! at most one a second, when stderr is a file or a pipe; and told to a listener (an
//! MCP client) at every step.

use indicatif::{ProgressBar, ProgressStyle};
use std::io::IsTerminal;
use std::sync::Arc;
use std::time::{Duration, Instant};

/// Plain lines come no more often than this.
const LINE_EVERY: Duration = Duration::from_secs(1);

/// Told of every step: items done, the total if known, what the step did.
pub type Listener = Arc<dyn Fn(u64, Option<u64>, &str) + Send + Sync>;

/// Who watches long work: asked between steps whether to stop (a cancelled MCP call or
/// task), and told of every step.
#[derive(Default, Clone)]
pub struct Watch {
    pub cancelled: Option<Arc<dyn Fn() -> bool + Send + Sync>>,
    pub progress: Option<Listener>,
}

impl Watch {
    pub fn cancelled(&self) -> bool {
        self.cancelled.as_ref().is_some_and(|cancelled| cancelled())
    }
}

/// Work stopped because its watcher asked; what was done is kept as the work says.
#[derive(Debug)]
pub struct Cancelled(pub String);

impl std::fmt::Display for Cancelled {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for Cancelled {}

pub struct Progress {
    bar: Option<ProgressBar>,
    listener: Option<Listener>,
    what: &'static str,
    total: Option<u64>,
    done: u64,
    last_line: Option<Instant>,
}

impl Progress {
    /// Progress over `total` items (unknown: a count), named `what` (`leads`, `rows`).
    pub fn new(what: &'static str, total: Option<u64>) -> Progress {
        let bar = std::io::stderr().is_terminal().then(|| {
            let bar = total.map_or_else(ProgressBar::new_spinner, ProgressBar::new);
            let template = match total {
                Some(_) => "{bar:40} {pos}/{len} {msg} ({elapsed}, {eta} left)",
                None => "{spinner} {pos} {msg} ({elapsed}, {per_sec})",
            };
            bar.set_style(ProgressStyle::with_template(template).unwrap_or_else(|_| ProgressStyle::default_bar()));
            bar.set_message(what);
            bar
        });
        Progress { bar, listener: None, what, total, done: 0, last_line: None }
    }

    /// Tells `listener` of every step too.
    pub fn heard_by(mut self, listener: Option<Listener>) -> Progress {
        self.listener = listener;
        self
    }

    /// Items done so far.
    pub fn done(&self) -> u64 {
        self.done
    }

    /// `n` more items done; `note` says what the last step did.
    pub fn advance(&mut self, n: u64, note: &str) {
        self.done += n;
        if let Some(listener) = &self.listener {
            listener(self.done, self.total, note);
        }
        match &self.bar {
            Some(bar) => {
                bar.inc(n);
                bar.set_message(format!("{} {note}", self.what));
            }
            None if self.last_line.is_none_or(|at| at.elapsed() >= LINE_EVERY) => {
                self.line(note);
                self.last_line = Some(Instant::now());
            }
            None => {}
        }
    }

    /// The last word: the bar cleared, or a final line.
    pub fn finish(&mut self, note: &str) {
        match self.bar.take() {
            Some(bar) => bar.finish_and_clear(),
            None => self.line(note),
        }
    }

    fn line(&self, note: &str) {
        match self.total {
            Some(total) => eprintln!("{}/{total} {}: {note}", self.done, self.what),
            None => eprintln!("{} {}: {note}", self.done, self.what),
        }
    }
}
