//! Cek Paritrana: a self-check against the criteria of the Paritrana Award.
//!
//! `core` is pure Rust (rubric, scoring, validation, numbers) and is tested natively;
//! `app` is the thin Yew layer: the WebAssembly build, and natively (feature `prerender`)
//! only the parts that render the start page at build time.

pub mod core;

#[cfg(any(target_arch = "wasm32", feature = "prerender"))]
pub mod app;

// Talc instead of the standard allocator, for every bundle: the same behaviour in less
// WebAssembly.
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();
