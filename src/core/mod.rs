//! The pure core: no web dependency, compiled and tested natively.

pub mod assessment;
pub mod category;
pub mod compare;
pub mod csv;
pub mod derived;
pub mod evaluation;
pub mod file;
pub mod i18n;
pub mod inputs;
pub mod json;
pub mod keys;
pub mod link;
pub mod measure;
pub mod money;
pub mod number;
pub mod persist;
pub mod planner;
pub mod rates;
pub mod rubric;
pub mod scoring;
pub mod session;
pub mod sorted;
pub mod steps;
pub mod text;
pub mod validation;
pub mod weights;
