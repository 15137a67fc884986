//! Bulk lead import, the same in every host: a prospect list (CSV or JSON Lines) cut
//! into records as it streams in (`split`), mapped to leads (`mapping`), checked and
//! planned in batches before anything is sent (`plan`), each batch sent once and a lost
//! answer reconciled by looking its leads up (`import`), and Smartlead's answers folded
//! into one report (`report`).

pub mod import;
pub mod mapping;
pub mod plan;
pub mod report;
pub mod split;
