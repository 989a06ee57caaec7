use yew::prelude::*;

use super::{button, class_if, event_value, text_el, Ctx};
use crate::core::base::i18n;
use crate::core::base::number::format_points;
use crate::core::evaluation::scoring::shown;
use crate::core::evaluation::total;
use crate::core::formats::json;
use crate::core::formats::persist::Stored;
use crate::core::pages::session::{Action, ImportAction, LibraryAction, Page, State, View, ViewAction};
use crate::core::rubric::RUBRIC_VERSION;

/// The undo of the last deletion, until undone or replaced.
pub fn undo_notice(ctx: &Ctx, state: &State) -> Html {
    let Some((_, removed)) = &state.undo else { return Html::default() };
    html! {
        <div class="notice undo" role="status">
            <p>{ format!("\u{201c}{}\u{201d} {}", removed.display_title(ctx.lang), ctx.t(i18n::DELETED)) }</p>
            { button("button", "undo", ctx.t(i18n::UNDO), ctx.on_click(|| Action::Library(LibraryAction::Undo))) }
        </div>
    }
}

/// "Penilaian saya": open, rename, duplicate, delete (confirmed, undoable), import.
#[inline(never)]
pub fn library_page(ctx: &Ctx, state: &State) -> Html {
    let library = &state.library;
    html! {
        <div class="library">
            <section class="panel">
                { text_el("h1", "", ctx.t(i18n::LIBRARY_TITLE)) }
                { text_el("p", "help", ctx.t(i18n::LIBRARY_HELP)) }
                if library.assessments.is_empty() {
                    { text_el("p", "", ctx.t(i18n::EMPTY_LIBRARY)) }
                } else {
                    <ul class="library-list">{ for library.assessments.iter().map(|s| library_row(ctx, state, s)) }</ul>
                }
                <p>{ button("button primary", "", ctx.t(i18n::NEW_ASSESSMENT), ctx.on_click(|| Action::Navigate(Page::Start))) }</p>
            </section>
            { import_section(ctx, state) }
        </div>
    }
}

/// A saved assessment: its title, category and score, and what can be done with it (or its
/// title being renamed, or its deletion being confirmed).
fn library_row(ctx: &Ctx, state: &State, s: &Stored) -> Html {
    let (lang, library) = (ctx.lang, &state.library);
    let View { renaming, confirming, .. } = &state.view;
    let id = s.id;
    let is_current = library.current == Some(id);
    let total = format_points(shown(total(&s.assessment)));
    let title = s.display_title(lang);
    let editing = renaming.as_ref().filter(|(rid, _)| *rid == id).map(|(_, t)| t.clone());
    let renaming = |r: Option<(u32, String)>| Action::View(ViewAction::Renaming(r));
    // Each action names the assessment it acts on.
    let row_action = |class: &'static str, text: &'static str, onclick: Callback<MouseEvent>| {
        html! { <button type="button" {class} {onclick} aria-label={format!("{text} {title}")}>{ text }</button> }
    };
    let start_rename = {
        let title = title.clone();
        ctx.send(move |_: MouseEvent| renaming(Some((id, title.clone()))))
    };
    html! {
        <li class={class_if("library-item", "is-current", is_current)} data-id={id.to_string()} aria-current={is_current.then_some("true")}>
            if let Some(text) = editing {
                <form class="rename" onsubmit={{
                    let text = text.clone();
                    ctx.send(move |e: SubmitEvent| {
                        e.prevent_default();
                        Action::Library(LibraryAction::Rename(id, text.clone()))
                    })
                }}>
                    <label for={format!("rename-{id}")}>{ ctx.t(i18n::TITLE_LABEL) }</label>
                    <input id={format!("rename-{id}")} type="text" value={text.clone()}
                        oninput={ctx.send(move |e: InputEvent| renaming(Some((id, event_value(&e)))))} />
                    <button type="submit" class="button primary">{ ctx.t(i18n::SAVE) }</button>
                    { button("button", "", ctx.t(i18n::CANCEL), ctx.on_click(|| Action::View(ViewAction::Renaming(None)))) }
                </form>
            } else {
                <div class="library-main">
                    { text_el("span", "library-title", title.clone()) }
                    if is_current { { text_el("span", "badge", ctx.t(i18n::OPEN_NOW)) } }
                    { text_el("span", "library-meta", format!("{} · {} {}", s.assessment.category.name().get(lang), ctx.t(i18n::SCORE), total)) }
                </div>
                if *confirming == Some(id) {
                    <div class="confirm" role="group" aria-label={ctx.t(i18n::DELETE_CONFIRM)}>
                        { text_el("span", "", ctx.t(i18n::DELETE_CONFIRM)) }
                        { button("button danger", "", ctx.t(i18n::DELETE_YES), ctx.send(move |_: MouseEvent| Action::Library(LibraryAction::Delete(id)))) }
                        { button("button", "", ctx.t(i18n::CANCEL), ctx.on_click(|| Action::View(ViewAction::Confirming(None)))) }
                    </div>
                } else {
                    <div class="library-actions">
                        { row_action("button primary", ctx.t(i18n::OPEN), ctx.send(move |_: MouseEvent| Action::Library(LibraryAction::Open(id)))) }
                        { row_action("button", ctx.t(i18n::RENAME), start_rename) }
                        { row_action("button", ctx.t(i18n::DUPLICATE), ctx.send(move |_: MouseEvent| Action::Library(LibraryAction::Duplicate(id)))) }
                        { row_action("button danger", ctx.t(i18n::DELETE), ctx.send(move |_: MouseEvent| Action::View(ViewAction::Confirming(Some(id))))) }
                    </div>
                }
            }
        </li>
    }
}

/// A file chosen, checked, and shown before it is added or put in place of the one open.
fn import_section(ctx: &Ctx, state: &State) -> Html {
    let (lang, library) = (ctx.lang, &state.library);
    let on_file = {
        let read_file = ctx.read_file.clone();
        Callback::from(move |e: Event| {
            let input = e.target_dyn_into::<web_sys::HtmlInputElement>();
            let Some(file) = input.as_ref().and_then(|i| i.files()).and_then(|f| f.get(0)) else { return };
            // Choosing the same file again must fire again.
            if let Some(i) = &input {
                i.set_value("");
            }
            read_file.emit(vec![file]);
        })
    };
    html! {
    <section class="panel" aria-labelledby="import-title">
        <h2 id="import-title">{ ctx.t(i18n::IMPORT) }</h2>
        <div class="field">
            // The native control's text follows the browser's language; a labelled button follows ours.
            <input id="import-file" class="file-input visually-hidden" type="file" accept=".json,application/json" onchange={on_file} aria-describedby="import-help" />
            <label for="import-file" class="button">{ ctx.t(i18n::CHOOSE_FILE) }</label>
            <p class="help" id="import-help">{ ctx.t(i18n::IMPORT_HELP) }</p>
        </div>
        if let Some(err) = &state.import_error {
            <p class="field-error" role="alert" id="import-error">{ err.get(lang).to_string() }</p>
        }
        if let Some(file) = &state.pending_import {
            <div class="import-preview" role="region" aria-labelledby="import-preview-title">
                <h3 id="import-preview-title">{ ctx.t(i18n::IMPORT_PREVIEW) }</h3>
                <p>{ text_el("strong", "", if file.title.is_empty() { file.assessment.entry.name.clone() } else { file.title.clone() }) }
                   { format!(" · {} · {} {}", file.assessment.category.name().get(lang), ctx.t(i18n::SCORE), format_points(shown(total(&file.assessment)))) }</p>
                if file.rubric != RUBRIC_VERSION { { text_el("p", "note", ctx.t(i18n::RUBRIC_DIFFERS)) } }
                if !file.left_out.is_empty() {
                    <p class="note" id="import-left-out">{ format!("{} {}.", ctx.t(i18n::IMPORT_LEFT_OUT), json::list(&file.left_out).get(lang)) }</p>
                }
                if let Some(current) = library.current() {
                    { text_el("p", "note", format!("{}: {}", ctx.t(i18n::IMPORT_REPLACES), current.display_title(lang))) }
                }
                <div class="tool-buttons">
                    { button("button primary", "import-as-new", ctx.t(i18n::IMPORT_AS_NEW), ctx.on_click(|| Action::Import(ImportAction::AsNew))) }
                    if library.current().is_some() {
                        { button("button danger", "import-replace", ctx.t(i18n::IMPORT_REPLACE), ctx.on_click(|| Action::Import(ImportAction::Replace))) }
                    }
                    { button("button", "", ctx.t(i18n::CANCEL), ctx.on_click(|| Action::Import(ImportAction::Cancel))) }
                </div>
            </div>
        }
    </section>
    }
}
