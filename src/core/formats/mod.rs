//! The saved formats: the one JSON reader and its policy, browser storage, the assessment
//! file, share links, CSV.

pub mod csv;
pub mod file;
pub mod json;
pub mod link;
pub mod persist;
