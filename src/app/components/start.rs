use yew::prelude::*;

use super::{button, class_if, text_el, Ctx};
use crate::core::base::i18n;
use crate::core::model::category::{Category, Family};
use crate::core::pages::session::{Action, LibraryAction, Page};
use crate::core::pages::{new_address, SitePage};

/// The introduction and the categories to start with, each a plain link that starts a new
/// assessment of it (`./#baru=<code>`): tapped before the app runs, it only changes the
/// fragment, which the app reads as it opens, so no tap is lost; `current`: the category and title
/// of the assessment open now, if any; `others`: the other saved ones (id, title), each
/// opened here with one press (offline too: the library page manages them).
pub fn start_page(ctx: &Ctx, current: Option<(Category, &str)>, others: &[(u32, String)]) -> Html {
    let card = |c: Category| {
        let is_current = current.is_some_and(|(cur, _)| cur == c);
        html! {
            <li>
                <a class={class_if("category-card", "is-current", is_current)} href={new_address(c)} data-category={c.code()}>
                    { text_el("span", "card-title", c.name().get(ctx.lang)) }
                    { text_el("span", "card-text", c.summary().get(ctx.lang)) }
                    if is_current { { text_el("span", "card-badge", ctx.t(i18n::CURRENT_CATEGORY)) } }
                </a>
            </li>
        }
    };
    let group = |family: Family, dom_id: &'static str, title: &'static str| {
        html! {
            <section class="category-group" aria-labelledby={dom_id}>
                <h3 id={dom_id}>{ title }</h3>
                <ul class="category-grid">
                    { for Category::ALL.into_iter().filter(|c| c.family() == family).map(card) }
                </ul>
            </section>
        }
    };
    html! {
        <div class="start">
            <section class="intro">
                { text_el("h1", "", ctx.t(i18n::INTRO_TITLE)) }
                { text_el("p", "lead", ctx.t(i18n::INTRO_1)) }
                { text_el("p", "", ctx.t(i18n::INTRO_2)) }
                { text_el("p", "privacy", ctx.t(i18n::PRIVACY)) }
                if let Some((_, name)) = current {
                    <p>
                        { button("button primary", "", format!("{}: {name}", ctx.t(i18n::CONTINUE)), ctx.on_click(|| Action::Navigate(Page::Check))) }
                    </p>
                }
                if !others.is_empty() {
                    <nav aria-label={ctx.t(i18n::OPEN_SAVED)}>
                        { text_el("h2", "", ctx.t(i18n::OPEN_SAVED)) }
                        <ul class="saved-list">
                            { for others.iter().map(|(id, title)| {
                                let id = *id;
                                html! { <li>{ button("link-button", "", title.clone(), ctx.send(move |_: MouseEvent| Action::Library(LibraryAction::Open(id)))) }</li> }
                            }) }
                        </ul>
                        <p><a href={SitePage::Library.address()}>{ ctx.t(i18n::MANAGE_LIBRARY) }</a></p>
                    </nav>
                }
            </section>
            <section class="choose" aria-labelledby="choose-title">
                <h2 id="choose-title">{ ctx.t(i18n::CHOOSE_CATEGORY) }</h2>
                { group(Family::Government, "group-government", ctx.t(i18n::GOVERNMENTS)) }
                { group(Family::Business, "group-business", ctx.t(i18n::BUSINESSES)) }
            </section>
        </div>
    }
}
