//! The edge to the browser's local storage. Reading never fails: damaged data is
//! recovered where possible, otherwise copied aside under its own key and never overwritten.

use crate::core::assessment::Assessment;
use crate::core::persist::{decode, encode, Loaded, Saved};
use crate::core::text::{Lang, Msg};

use super::i18n;

const KEY: &str = "cek-paritrana";
const ASIDE_PREFIX: &str = "cek-paritrana.cadangan.";

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// The saved language and assessment, and a message when something was not as saved.
pub fn load() -> (Lang, Option<Assessment>, Option<Msg>) {
    let Some(store) = storage() else {
        return (Lang::Id, None, Some(i18n::STORAGE_FAILED.into()));
    };
    let text = store.get_item(KEY).ok().flatten().unwrap_or_default();
    match decode(&text) {
        Loaded::Empty => (Lang::Id, None, None),
        Loaded::Intact(s) => (s.lang, s.assessment, None),
        Loaded::Recovered(s, msg) => (s.lang, s.assessment, Some(msg)),
        Loaded::SetAside(msg) => {
            let aside = format!("{ASIDE_PREFIX}{}", js_sys::Date::now() as u64);
            let kept = store.set_item(&aside, &text).is_ok() && store.remove_item(KEY).is_ok();
            let msg = if kept {
                Msg::new(
                    format!("{} (kunci: {aside})", msg.id),
                    format!("{} (key: {aside})", msg.en),
                )
            } else {
                msg
            };
            (Lang::Id, None, Some(msg))
        }
    }
}

pub fn save(lang: Lang, assessment: Option<&Assessment>) -> Result<(), Msg> {
    let store = storage().ok_or_else(|| Msg::from(i18n::STORAGE_FAILED))?;
    let text = encode(&Saved::new(lang, assessment.cloned()));
    store
        .set_item(KEY, &text)
        .map_err(|_| Msg::from(i18n::STORAGE_FAILED))
}
