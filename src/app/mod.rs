//! The thin Yew layer: components send actions, one reducer holds the state,
//! effects (storage, language) sit at the edge.

pub mod browser;
pub mod components;
pub mod i18n;
pub mod state;
pub mod storage;

use std::rc::Rc;

use yew::prelude::*;

use crate::core::actions::{next_actions, Action as Step};
use crate::core::assessment::Assessment;
use crate::core::category::Category;
use crate::core::derived::{derive, DerivedFigures};
use crate::core::json;
use crate::core::link;
use crate::core::number::format_points;
use crate::core::persist::Stored;
use crate::core::rubric::rubric;
use crate::core::scoring::{score, Breakdown as Scores};
use crate::core::validation::{check, Checked, Target};
use components::breakdown::Breakdown;
use components::compare::ComparePage;
use components::form::Form;
use components::header::Header;
use components::library::LibraryPage;
use components::method::MethodPage;
use components::profile::Profile;
use components::start::StartPage;
use components::tools::Tools;
use components::Ctx;
use state::{Action, State, View};

/// Everything shown beside the form, derived from the assessment (never stored).
#[derive(PartialEq)]
pub struct Results {
    pub checked: Checked,
    pub breakdown: Scores,
    pub derived: DerivedFigures,
    pub actions: Vec<Step>,
    /// The total under the rubric's own weights, shown beside a custom-weighted one.
    pub rubric_weighted_total: rust_decimal::Decimal,
    /// How long the re-score took in the browser, in milliseconds (for the record only).
    pub millis: String,
}

impl Results {
    pub fn of(a: &Assessment) -> Self {
        let now = || web_sys::window().and_then(|w| w.performance()).map(|p| p.now()).unwrap_or(0.0);
        let started = now();
        let checked = check(a);
        let breakdown = score(a);
        let derived = derive(a, &checked);
        let actions = next_actions(a, &breakdown);
        let rubric_weighted_total = if breakdown.custom_weights {
            let mut plain = a.clone();
            plain.weights.clear();
            crate::core::scoring::shown(crate::core::scoring::total(&plain))
        } else {
            breakdown.shown_total()
        };
        // Whole microseconds, shown as milliseconds without pulling in float formatting.
        let micros = ((now() - started) * 1000.0) as i64;
        let millis = rust_decimal::Decimal::new(micros, 3).to_string();
        Results { checked, breakdown, derived, actions, rubric_weighted_total, millis }
    }
}

#[derive(Properties, PartialEq)]
struct CheckProps {
    stored: Stored,
}

#[function_component(CheckPage)]
fn check_page(props: &CheckProps) -> Html {
    let ctx = components::use_ctx();
    let assessment = &props.stored.assessment;
    let results = use_memo(assessment.clone(), Results::of);
    let b = &results.breakdown;
    let band = rubric().bands.iter().find(|x| x.id == b.band_id).map(|x| x.name.get(ctx.lang)).unwrap_or_default();
    let year_error = results.checked.issue(Target::Year).map(|i| i.message.clone());
    let title = props.stored.display_title(ctx.lang);
    let e = &assessment.entry;
    html! {
        <div class="check-layout">
            <header class="report-head print-only">
                <p class="report-kicker">{ format!("Cek Paritrana · {}", ctx.t(i18n::REPORT_TITLE)) }</p>
                <h1>{ title.clone() }</h1>
                <p>{ format!("{} · {} · {} {}", assessment.category.name().get(ctx.lang), e.province, ctx.t(i18n::YEAR), e.year) }</p>
                <p>{ format!("{} {} · {} {}", ctx.t(i18n::REPORT_DATE), browser::today(), ctx.t(i18n::RUBRIC), crate::core::rubric::RUBRIC_VERSION) }</p>
                <p class="report-disclaimer">{ ctx.t(i18n::REPORT_DISCLAIMER) }</p>
            </header>
            <div class="form-column">
                <Profile title={title} assessment={assessment.clone()} {year_error} />
                <Form assessment={assessment.clone()} results={Rc::clone(&results)} />
            </div>
            <aside id="hasil" class="results-column" aria-label={ctx.t(i18n::RESULTS)} data-rescore-ms={results.millis.clone()}>
                <Breakdown assessment={assessment.clone()} results={Rc::clone(&results)} />
                <Tools stored={props.stored.clone()} breakdown={Rc::new(results.breakdown.clone())} />
            </aside>
            <a class="score-pill" href="#hasil"
                aria-label={format!("{} {}, {band}. {}", ctx.t(i18n::SCORE), format_points(b.shown_total()), ctx.t(i18n::SEE_RESULTS))}>
                <span>{ format!("{} {}", ctx.t(i18n::SCORE), format_points(b.shown_total())) }</span>
                <span class="score-pill-band">{ band }</span>
                <span class="score-pill-link" aria-hidden="true">{ "↓" }</span>
            </a>
        </div>
    }
}

#[function_component(App)]
pub fn app() -> Html {
    let state = use_reducer(|| {
        let (lang, library, notice) = storage::load();
        State::new(lang, library, notice)
    });
    let dispatch = {
        let state = state.clone();
        Callback::from(move |a: Action| state.dispatch(a))
    };
    {
        // Effect: an assessment shared by link opens as a new one, when the page loads
        // with it and when a link is pasted into the address bar of an open page.
        let dispatch = dispatch.clone();
        use_effect_with((), move |_| {
            let open_shared = move || {
                let fragment = browser::fragment();
                if !fragment.starts_with(&format!("#{}", link::FRAGMENT_KEY)) {
                    return;
                }
                match link::decode(&fragment) {
                    Ok(shared) => {
                        let notice = json::with_left_out(i18n::LINK_OPENED.into(), &shared.left_out);
                        dispatch.emit(Action::AddShared(shared.title, shared.assessment));
                        dispatch.emit(Action::Notify(notice));
                    }
                    Err(err) => dispatch.emit(Action::Notify(err.message())),
                }
                browser::clear_fragment();
            };
            open_shared();
            let listener = browser::on_hash_change(open_shared);
            move || drop(listener)
        });
    }
    {
        // Effect: save every change as it happens.
        let dispatch = dispatch.clone();
        use_effect_with((state.lang, state.library.clone()), move |(lang, library)| {
            if let Err(msg) = storage::save(*lang, library) {
                dispatch.emit(Action::Notify(msg));
            }
        });
    }
    // Effect: a new page or another assessment starts at the top, not where the last one was scrolled.
    use_effect_with((state.view, state.library.current), |_| {
        if let Some(w) = web_sys::window() {
            w.scroll_to_with_x_and_y(0.0, 0.0);
        }
    });
    // Effect: the document's language follows the switch (screen readers, hyphenation).
    use_effect_with(state.lang, |lang| {
        if let Some(html) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.document_element()) {
            let _ = html.set_attribute("lang", lang.code());
        }
    });
    let ctx = Ctx { lang: state.lang, dispatch: dispatch.clone() };
    let current = state.current().map(|s| (s.assessment.category, s.display_title(state.lang)));
    let page = match (state.view, state.current()) {
        (View::Check, Some(s)) => html! { <CheckPage stored={s.clone()} /> },
        (View::Library, _) => {
            html! { <LibraryPage library={state.library.clone()} pending_import={state.pending_import.clone()} /> }
        }
        (View::Compare, _) => html! { <ComparePage library={state.library.clone()} chosen={state.compare} /> },
        (View::Method, s) => {
            html! { <MethodPage category={s.map(|s| s.assessment.category).unwrap_or(Category::Kabkota)} /> }
        }
        _ => html! { <StartPage current={current.clone()} /> },
    };
    html! {
        <ContextProvider<Ctx> context={ctx.clone()}>
            <a class="skip-link" href="#main">{ ctx.t(i18n::SKIP) }</a>
            <Header view={state.view} has_assessment={state.current().is_some()} />
            if let Some(notice) = &state.notice {
                <div class="notice" role="status">
                    <p>{ notice.get(state.lang).to_string() }</p>
                    <button type="button" class="button" onclick={ctx.send(|_: MouseEvent| Action::DismissNotice)}>{ ctx.t(i18n::CLOSE) }</button>
                </div>
            }
            if let Some((_, removed)) = &state.undo {
                <div class="notice undo" role="status">
                    <p>{ format!("\u{201c}{}\u{201d} {}", removed.display_title(state.lang), ctx.t(i18n::DELETED)) }</p>
                    <button type="button" class="button" id="undo" onclick={ctx.send(|_: MouseEvent| Action::Undo)}>{ ctx.t(i18n::UNDO) }</button>
                </div>
            }
            <main id="main" tabindex="-1">{ page }</main>
            <footer class="site-footer"><p>{ ctx.t(i18n::FOOTER) }</p></footer>
        </ContextProvider<Ctx>>
    }
}

pub fn start() {
    yew::Renderer::<App>::new().render();
}
