//! Views, each named for what it shows: plain functions (what a page shows while open is
//! state in the session, `session/view.rs`, not a component's). They read the state they
//! are given and send the core's [`Action`]s through the [`Ctx`] passed to them; none of
//! them scores, stores or touches the browser itself.

// The header and the start page also render natively, for the page's first paint
// (prerender.rs), and the method page only so; the rest exists only in the browser.
pub mod header;
pub mod start;
cfg_if::cfg_if! {
    if #[cfg(target_arch = "wasm32")] {
        pub mod compare;
        pub mod dossier;
        pub mod form;
        pub mod library;
        pub mod number_field;
        pub mod panel;
        pub mod planner;
        pub mod profile;
        pub mod results;
        pub mod tools;
        pub mod weights;
    } else {
        // A static page of its own, written at build time.
        pub mod method;
    }
}

use yew::prelude::*;

use crate::core::base::text::{Lang, T};

use crate::core::pages::session::Action;

/// What every view may use: the language, the way to send the page's actions (the app's
/// [`Action`]s, or the panel's), and the way to read the files chosen (the one effect that
/// starts with a browser object).
#[derive(Clone, PartialEq)]
pub struct Ctx<A = Action> {
    pub lang: Lang,
    pub dispatch: Callback<A>,
    pub read_file: Callback<Vec<web_sys::File>>,
}

/// Weights typed that could not be read, by criterion id.
pub type WeightDrafts = crate::core::base::sorted::SortedMap<&'static str, String>;

impl<A: 'static> Ctx<A> {
    pub fn t(&self, text: T) -> &'static str {
        text.get(self.lang)
    }
    /// A click that sends the action `make` makes: one closure for every such button,
    /// where a closure per button would each be code of its own.
    pub fn on_click(&self, make: fn() -> A) -> Callback<MouseEvent> {
        let d = self.dispatch.clone();
        Callback::from(move |_: MouseEvent| d.emit(make()))
    }
    /// A change that sends the action `make` makes of the value typed or chosen: one
    /// closure for every such field.
    pub fn on_value<E: AsRef<Event> + 'static>(&self, make: fn(String) -> A) -> Callback<E> {
        let d = self.dispatch.clone();
        Callback::from(move |e: E| d.emit(make(event_value(e.as_ref()))))
    }
    /// A callback that sends the action made from the event.
    pub fn send<E: 'static>(&self, make: impl Fn(E) -> A + 'static) -> Callback<E> {
        let d = self.dispatch.clone();
        Callback::from(move |e: E| d.emit(make(e)))
    }
}

/// Every page around its content: the skip link, `header`, `notices`, the content as the
/// page's main landmark, and the footer.
pub fn page_frame(lang: Lang, header: Html, notices: Html, main: Html) -> Html {
    html! {
        <>
            <a class="skip-link" href="#main">{ crate::core::base::i18n::SKIP.get(lang) }</a>
            { header }
            { notices }
            <main id="main" tabindex="-1">{ main }</main>
            <footer class="site-footer">{ text_el("p", "", crate::core::base::i18n::FOOTER.get(lang)) }</footer>
        </>
    }
}

/// The page's notice `text`, if any, whose button sends `dismiss`.
pub fn notice_of<A: 'static>(ctx: &Ctx<A>, text: Option<&crate::core::base::text::Msg>, dismiss: fn() -> A) -> Html {
    text.map_or_else(Html::default, |t| notice(ctx.lang, t, ctx.on_click(dismiss)))
}

/// A notice about saved data, links, files or another tab, with its button to close it.
pub fn notice(lang: Lang, text: &crate::core::base::text::Msg, close: Callback<MouseEvent>) -> Html {
    html! {
        <div class="notice" role="status">
            { text_el("p", "", text.get(lang).to_string()) }
            { button("button", "", crate::core::base::i18n::CLOSE.get(lang), close) }
        </div>
    }
}

/// `<tag class="class">text</tag>` (no class when empty): the views' commonest shape, built
/// by one function, as every element written in `html!` is code of its own.
pub fn text_el(tag: &'static str, class: &'static str, text: impl Into<Html>) -> Html {
    html! { <@{tag} class={(!class.is_empty()).then_some(class)}>{ text.into() }</@> }
}

/// A button of one text that runs `onclick`, with `class` and, unless empty, `id`.
pub fn button(class: &'static str, id: &'static str, text: impl Into<Html>, onclick: Callback<MouseEvent>) -> Html {
    html! { <button type="button" {class} id={(!id.is_empty()).then_some(id)} {onclick}>{ text.into() }</button> }
}

/// A column's head of one text, with `class` unless empty.
pub fn col_head(class: &'static str, text: impl Into<Html>) -> Html {
    html! { <th scope="col" class={(!class.is_empty()).then_some(class)}>{ text.into() }</th> }
}

/// A table's head row: each column's class (`num` for figures, or empty) and its heading.
pub fn table_head(lang: Lang, columns: &[(&'static str, T)]) -> Html {
    html! { <thead><tr>{ for columns.iter().map(|(class, text)| col_head(class, text.get(lang))) }</tr></thead> }
}

/// A cell that names its column (`data-label`, shown when a phone stacks the table), with
/// `class` unless empty.
pub fn labelled_cell(class: &'static str, label: &'static str, content: impl Into<Html>) -> Html {
    html! { <td class={(!class.is_empty()).then_some(class)} data-label={label}>{ content.into() }</td> }
}

/// A choice of a select: its value, whether chosen, its text.
pub fn option(value: AttrValue, selected: bool, text: impl Into<Html>) -> Html {
    html! { <option {value} {selected}>{ text.into() }</option> }
}

/// A criterion in words: what it is, how it is scored, then `grounds`: why it weighs what
/// it does and its source, written out on the method page and a link to it on the form
/// (the app's WebAssembly carries neither text). The form's "Pelajari" and the method
/// page both show it, from the rubric.
pub fn criterion_explainer(
    ctx: &Ctx,
    c: &crate::core::rubric::Criterion,
    category: crate::core::model::category::Category,
    grounds: Html,
) -> Html {
    use crate::core::base::i18n;
    html! {
        <>
            { text_el("p", "", c.explanation.get(ctx.lang)) }
            <p>{ text_el("strong", "", format!("{}: ", ctx.t(i18n::HOW_SCORED))) }{ c.rule_text(category).get(ctx.lang).to_string() }</p>
            { grounds }
        </>
    }
}

/// The class `base`, and `extra` after it when `on`: one function, where a `classes!` at
/// each use would each be code of its own.
pub fn class_if(base: &'static str, extra: &'static str, on: bool) -> AttrValue {
    if on {
        AttrValue::from(format!("{base} {extra}"))
    } else {
        AttrValue::Static(base)
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
