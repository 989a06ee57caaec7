//! The edge to the browser's local storage. Reading never fails: damaged data is
//! recovered where possible, otherwise copied aside under its own key and never overwritten.

use crate::core::persist::{decode, encode, Library, Loaded, Saved};
use crate::core::text::{Lang, Msg};

use super::i18n;

const KEY: &str = "cek-paritrana";
const ASIDE_PREFIX: &str = "cek-paritrana.cadangan.";

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// The saved language and assessments, and a message when something was not as saved.
pub fn load() -> (Lang, Library, Option<Msg>) {
    let Some(store) = storage() else {
        return (Lang::Id, Library::default(), Some(i18n::STORAGE_FAILED.into()));
    };
    let text = store.get_item(KEY).ok().flatten().unwrap_or_default();
    match decode(&text) {
        Loaded::Empty => (Lang::Id, Library::default(), None),
        Loaded::Intact(s) => (s.lang, s.library, None),
        Loaded::Recovered(s, msg) => {
            // Keep the original beside the recovered copy until the user is sure.
            let _ = store.set_item(&aside_key(), &text);
            (s.lang, s.library, Some(msg))
        }
        Loaded::SetAside(msg) => {
            let aside = aside_key();
            let kept = store.set_item(&aside, &text).is_ok() && store.remove_item(KEY).is_ok();
            let msg = if kept {
                Msg::new(format!("{} (kunci: {aside})", msg.id), format!("{} (key: {aside})", msg.en))
            } else {
                msg
            };
            (Lang::Id, Library::default(), Some(msg))
        }
    }
}

fn aside_key() -> String {
    format!("{ASIDE_PREFIX}{}", js_sys::Date::now() as u64)
}

pub fn save(lang: Lang, library: &Library) -> Result<(), Msg> {
    let store = storage().ok_or_else(|| Msg::from(i18n::STORAGE_FAILED))?;
    let text = encode(&Saved::new(lang, library.clone()));
    store.set_item(KEY, &text).map_err(|_| Msg::from(i18n::STORAGE_FAILED))
}
