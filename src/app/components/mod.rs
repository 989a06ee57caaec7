//! Components, each named for what it shows. They read state from props or the
//! context and send the core's [`Action`]s; none of them scores, stores or touches the
//! browser itself.

// The header and the start page also render natively, for the page's first paint
// (prerender.rs); the rest exists only in the browser.
#[cfg(target_arch = "wasm32")]
pub mod compare;
#[cfg(target_arch = "wasm32")]
pub mod form;
pub mod header;
#[cfg(target_arch = "wasm32")]
pub mod library;
#[cfg(target_arch = "wasm32")]
pub mod method;
#[cfg(target_arch = "wasm32")]
pub mod number_field;
#[cfg(target_arch = "wasm32")]
pub mod planner;
#[cfg(target_arch = "wasm32")]
pub mod profile;
#[cfg(target_arch = "wasm32")]
pub mod results;
pub mod start;
#[cfg(target_arch = "wasm32")]
pub mod tools;
#[cfg(target_arch = "wasm32")]
pub mod weights;

use yew::prelude::*;

use crate::core::text::{Lang, T};

use std::rc::Rc;

use crate::core::session::Action;

/// What every component may use: the language, the way to send events, and the way to
/// read a chosen file (the one effect that starts with a browser object).
#[derive(Clone, PartialEq)]
pub struct Ctx {
    pub lang: Lang,
    pub dispatch: Callback<Action>,
    pub read_file: Callback<web_sys::File>,
}

/// Weights typed that could not be read, by criterion id.
pub type WeightDrafts = Rc<crate::core::sorted::SortedMap<&'static str, String>>;

impl Ctx {
    pub fn t(&self, text: T) -> &'static str {
        text.get(self.lang)
    }
    /// A callback that sends the action made from the event.
    pub fn send<E: 'static>(&self, make: impl Fn(E) -> Action + 'static) -> Callback<E> {
        let d = self.dispatch.clone();
        Callback::from(move |e: E| d.emit(make(e)))
    }
}

#[hook]
pub fn use_ctx() -> Ctx {
    // The app always provides the context; the fallback only keeps a stray component harmless.
    use_context::<Ctx>().unwrap_or_else(|| Ctx {
        lang: Lang::Id,
        dispatch: Callback::noop(),
        read_file: Callback::noop(),
    })
}

/// A criterion in words: what it is, how it is scored, why it weighs what it does, and
/// its source. The form's "Pelajari" and the method page both show it, from the rubric.
pub fn criterion_explainer(
    ctx: &Ctx,
    c: &crate::core::rubric::Criterion,
    category: crate::core::category::Category,
) -> Html {
    use crate::core::i18n;
    html! {
        <>
            <p>{ c.explanation.get(ctx.lang) }</p>
            <p><strong>{ format!("{}: ", ctx.t(i18n::HOW_SCORED)) }</strong>{ c.rule_text(category).get(ctx.lang).to_string() }</p>
            <p><strong>{ format!("{}: ", ctx.t(i18n::WHY_WEIGHT)) }</strong>{ c.why_weight.get(ctx.lang) }</p>
            <p class="source"><strong>{ format!("{}: ", ctx.t(i18n::SOURCE)) }</strong>{ c.source }</p>
        </>
    }
}

/// The value of the input or select that fired an event.
pub fn event_value(e: &Event) -> String {
    e.target_dyn_into::<web_sys::HtmlInputElement>()
        .map(|i| i.value())
        .or_else(|| e.target_dyn_into::<web_sys::HtmlSelectElement>().map(|s| s.value()))
        .unwrap_or_default()
}

/// Whether the checkbox that fired an event is checked.
pub fn event_checked(e: &Event) -> bool {
    e.target_dyn_into::<web_sys::HtmlInputElement>().is_some_and(|i| i.checked())
}
