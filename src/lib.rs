//! Cek Paritrana: a self-check against the criteria of the Paritrana Award.
//!
//! `core` is pure Rust (rubric, scoring, validation, numbers) and is tested natively;
//! `app` is the thin Yew layer and exists only in the WebAssembly build.

pub mod core;

#[cfg(target_arch = "wasm32")]
pub mod app;
