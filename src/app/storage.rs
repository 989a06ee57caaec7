//! The edge to the browser's local storage. Reading never fails: damaged data is
//! recovered where possible, otherwise copied aside under its own key and never overwritten.

use crate::core::persist::{decode, encode, Library, Loaded, Saved};
use crate::core::text::{Lang, Msg, T};

use crate::core::i18n;

const KEY: &str = "cek-paritrana";
const ASIDE_PREFIX: &str = "cek-paritrana.cadangan.";

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

thread_local! {
    /// Set when damaged data could not be copied aside: then nothing is saved over it.
    static BLOCKED: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

const NOT_OVERWRITTEN: T = T::new(
    "Data lama tidak bisa disalin ke cadangan, jadi tidak ditimpa: perubahan baru belum tersimpan di peramban. Unduh berkas untuk menyimpannya.",
    "The old data could not be copied aside, so it is not overwritten: new changes are not saved in the browser. Download a file to keep them.",
);

/// The saved language and assessments, and a message when something was not as saved.
pub fn load() -> (Lang, Library, Option<Msg>) {
    let Some(store) = storage() else {
        return (Lang::Id, Library::default(), Some(i18n::STORAGE_FAILED.into()));
    };
    let text = store.get_item(KEY).ok().flatten().unwrap_or_default();
    let keep_aside = |msg: Msg| -> Msg {
        let aside = format!("{ASIDE_PREFIX}{}", js_sys::Date::now() as u64);
        if store.set_item(&aside, &text).is_ok() {
            Msg::new(format!("{} (kunci: {aside})", msg.id), format!("{} (key: {aside})", msg.en))
        } else {
            BLOCKED.with(|b| b.set(true));
            Msg::new(format!("{} {}", msg.id, NOT_OVERWRITTEN.id), format!("{} {}", msg.en, NOT_OVERWRITTEN.en))
        }
    };
    match decode(&text) {
        Loaded::Empty => (Lang::Id, Library::default(), None),
        Loaded::Intact(s) => (s.lang, s.library, None),
        // The original stays beside the recovered copy until the user is sure.
        Loaded::Recovered(s, msg) => (s.lang, s.library, Some(keep_aside(msg))),
        Loaded::SetAside(msg) => (Lang::Id, Library::default(), Some(keep_aside(msg))),
    }
}

pub fn save(lang: Lang, library: &Library) -> Result<(), Msg> {
    if BLOCKED.with(|b| b.get()) {
        return Err(NOT_OVERWRITTEN.into());
    }
    let store = storage().ok_or_else(|| Msg::from(i18n::STORAGE_FAILED))?;
    let text = encode(&Saved::new(lang, library.clone()));
    store.set_item(KEY, &text).map_err(|_| Msg::from(i18n::STORAGE_FAILED))
}
