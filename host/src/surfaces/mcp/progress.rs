//! Progress a call reports: while it waits for its API key's turn under Smartlead's rate
//! limit, so a paced call never looks like a hung one, and at each step of long work.

use crate::egress::pacer::Queueing;
use crate::surfaces::bulk::progress::Listener;
use rmcp::model::{ProgressNotificationParam, ProgressToken};
use rmcp::service::{Peer, RequestContext};
use rmcp::RoleServer;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

/// How often a call waiting for its key's turn tells the client so.
const PROGRESS_EVERY: Duration = Duration::from_secs(5);

/// Where to report a call's progress: the client that asked, under its token.
pub struct Progress {
    peer: Peer<RoleServer>,
    token: ProgressToken,
}

impl Progress {
    /// The progress reporter a request asked for, if it gave a token.
    pub(super) fn of(context: &RequestContext<RoleServer>) -> Option<Progress> {
        Some(Progress { peer: context.peer.clone(), token: context.meta.get_progress_token()? })
    }

    /// Tells the client of each wait for the key's turn, at its start and every few
    /// seconds until it ends, with the time left.
    pub(super) fn queueing(self, max_wait: Duration) -> Queueing {
        let sent = Arc::new(AtomicU64::new(0));
        let on_wait = move |wait: Duration| {
            let (peer, token, sent) = (self.peer.clone(), self.token.clone(), sent.clone());
            tokio::spawn(async move {
                let until = tokio::time::Instant::now() + wait;
                loop {
                    let left = until.saturating_duration_since(tokio::time::Instant::now());
                    if left.is_zero() {
                        break;
                    }
                    let n = sent.fetch_add(1, Ordering::Relaxed) + 1;
                    let message = format!("waiting {:.0} s more for this API key's turn under Smartlead's rate limit; nothing has been sent yet", left.as_secs_f64().ceil());
                    let mut note = ProgressNotificationParam::new(token.clone(), n as f64);
                    note.message = Some(message);
                    if peer.notify_progress(note).await.is_err() {
                        break;
                    }
                    tokio::time::sleep(left.min(PROGRESS_EVERY)).await;
                }
            });
        };
        Queueing { max_wait: Some(max_wait), on_wait: Some(Arc::new(on_wait)), share: None }
    }

    /// Tells the client of each step of long work (a batch of an import, a record of an
    /// export), in order; a backlog is sent as its latest step only.
    pub(super) fn listener(self) -> Listener {
        let (steps, mut heard) = tokio::sync::mpsc::unbounded_channel::<(u64, Option<u64>, String)>();
        tokio::spawn(async move {
            while let Some(mut latest) = heard.recv().await {
                // Steps that came while the last one was being sent: only the latest counts.
                while let Ok(later) = heard.try_recv() {
                    latest = later;
                }
                let (done, total, note) = latest;
                let mut step = ProgressNotificationParam::new(self.token.clone(), done as f64);
                step.total = total.map(|t| t as f64);
                step.message = Some(note);
                if self.peer.notify_progress(step).await.is_err() {
                    break;
                }
            }
        });
        Arc::new(move |done, total, note: &str| {
            let _ = steps.send((done, total, note.to_string()));
        })
    }
}
