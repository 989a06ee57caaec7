//! Bilingual text: Bahasa Indonesia first, English second.

use crate::core::base::keys::{serialize_by_key, Keyed};

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, strum::VariantArray, strum::IntoStaticStr)]
#[strum(serialize_all = "snake_case")]
pub enum Lang {
    #[default]
    Id,
    En,
}
serialize_by_key!(Lang);

impl Lang {
    /// The language's key, also its BCP 47 tag (`id`, `en`).
    pub fn code(self) -> &'static str {
        self.key()
    }
}

/// A fixed text in both languages. Both are required by construction, so a missing
/// translation cannot compile.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct T {
    pub id: &'static str,
    pub en: &'static str,
}

impl T {
    pub const fn new(id: &'static str, en: &'static str) -> Self {
        T { id, en }
    }
    pub fn get(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::Id => self.id,
            Lang::En => self.en,
        }
    }
}

/// A fixed text only the static method pages show: they are written natively at build
/// time, so in the WebAssembly it holds nothing and the app's bundle carries none of its
/// words. The text is still given, and checked, at every place that makes one.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct MethodOnly {
    #[cfg(not(target_arch = "wasm32"))]
    text: T,
}

impl MethodOnly {
    pub const fn new(text: T) -> Self {
        #[cfg(target_arch = "wasm32")]
        let _ = text;
        MethodOnly {
            #[cfg(not(target_arch = "wasm32"))]
            text,
        }
    }
    #[cfg(not(target_arch = "wasm32"))]
    pub fn text(&self) -> T {
        self.text
    }
}

/// A text made at run time (with figures in it), in both languages.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Msg {
    pub id: String,
    pub en: String,
}

impl Msg {
    pub fn new(id: impl Into<String>, en: impl Into<String>) -> Self {
        Msg { id: id.into(), en: en.into() }
    }
    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::Id => &self.id,
            Lang::En => &self.en,
        }
    }
}

impl From<T> for Msg {
    fn from(t: T) -> Self {
        Msg::new(t.id, t.en)
    }
}
