//! Bulk lead import, the same in every host: a prospect list (CSV or JSON Lines) mapped
//! to leads, checked and planned in batches before anything is sent (`mapping`, `plan`),
//! each batch sent once and a lost answer reconciled by looking its leads up (`import`),
//! and Smartlead's answers folded into one report (`report`).

pub mod import;
pub mod mapping;
pub mod plan;
pub mod report;
