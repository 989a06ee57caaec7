//! The pure core: no web dependency, compiled and tested natively. Its folders are its
//! layers, each importing only from those before it: the vocabulary (`base`), what a
//! user enters (`model`), the rubric and its measures, the evaluation, the saved formats,
//! and the pages' state machines.

pub mod base;
pub mod evaluation;
pub mod formats;
pub mod model;
pub mod pages;
pub mod rubric;
