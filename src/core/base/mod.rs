//! The vocabulary every layer speaks: bilingual texts and the interface's words,
//! Indonesian-style numbers, small sorted maps, the stable keys of saved enums.

pub mod i18n;
pub mod keys;
pub mod number;
pub mod sorted;
pub mod text;
