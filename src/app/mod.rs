//! The thin Yew layer: components send actions, one reducer holds the state,
//! effects (storage, language) sit at the edge.

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
use crate::core::number::format_points;
use crate::core::rubric::rubric;
use crate::core::scoring::{score, Breakdown as Scores};
use crate::core::validation::{check, Checked, Target};
use components::breakdown::Breakdown;
use components::form::Form;
use components::header::Header;
use components::method::MethodPage;
use components::profile::Profile;
use components::start::StartPage;
use components::Ctx;
use state::{Action, State, View};

/// Everything shown beside the form, derived from the assessment (never stored).
#[derive(PartialEq)]
pub struct Results {
    pub checked: Checked,
    pub breakdown: Scores,
    pub derived: DerivedFigures,
    pub actions: Vec<Step>,
    /// How long the re-score took in the browser, in milliseconds (for the record only).
    pub millis: String,
}

impl Results {
    pub fn of(a: &Assessment) -> Self {
        let now = || {
            web_sys::window()
                .and_then(|w| w.performance())
                .map(|p| p.now())
                .unwrap_or(0.0)
        };
        let started = now();
        let checked = check(a);
        let breakdown = score(a);
        let derived = derive(a, &checked);
        let actions = next_actions(a, &breakdown);
        // Whole microseconds, shown as milliseconds without pulling in float formatting.
        let micros = ((now() - started) * 1000.0) as i64;
        let millis = rust_decimal::Decimal::new(micros, 3).to_string();
        Results {
            checked,
            breakdown,
            derived,
            actions,
            millis,
        }
    }
}

#[derive(Properties, PartialEq)]
struct CheckProps {
    assessment: Assessment,
}

#[function_component(CheckPage)]
fn check_page(props: &CheckProps) -> Html {
    let ctx = components::use_ctx();
    let results = use_memo(props.assessment.clone(), Results::of);
    let b = &results.breakdown;
    let band = rubric()
        .bands
        .iter()
        .find(|x| x.id == b.band_id)
        .map(|x| x.name.get(ctx.lang))
        .unwrap_or_default();
    let year_error = results
        .checked
        .issue(Target::Year)
        .map(|i| i.message.clone());
    html! {
        <div class="check-layout">
            <div class="form-column">
                <Profile assessment={props.assessment.clone()} {year_error} />
                <Form assessment={props.assessment.clone()} results={Rc::clone(&results)} />
            </div>
            <aside id="hasil" class="results-column" aria-label={ctx.t(i18n::RESULTS)} data-rescore-ms={results.millis.clone()}>
                <Breakdown assessment={props.assessment.clone()} results={Rc::clone(&results)} />
            </aside>
            <a class="score-pill" href="#hasil">
                <span>{ format!("{} {}", ctx.t(i18n::SCORE), format_points(b.shown_total())) }</span>
                <span class="score-pill-band">{ band }</span>
                <span class="score-pill-link">{ ctx.t(i18n::SEE_RESULTS) }{ " ↓" }</span>
            </a>
        </div>
    }
}

#[function_component(App)]
pub fn app() -> Html {
    let state = use_reducer(|| {
        let (lang, assessment, notice) = storage::load();
        State::new(lang, assessment, notice)
    });
    let dispatch = {
        let state = state.clone();
        Callback::from(move |a: Action| state.dispatch(a))
    };
    {
        // Effect: save every change as it happens.
        let dispatch = dispatch.clone();
        use_effect_with(
            (state.lang, state.assessment.clone()),
            move |(lang, assessment)| {
                if let Err(msg) = storage::save(*lang, assessment.as_ref()) {
                    dispatch.emit(Action::Notify(msg));
                }
            },
        );
    }
    // Effect: the document's language follows the switch (screen readers, hyphenation).
    use_effect_with(state.lang, |lang| {
        if let Some(html) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.document_element())
        {
            let _ = html.set_attribute("lang", lang.code());
        }
    });
    let ctx = Ctx {
        lang: state.lang,
        dispatch: dispatch.clone(),
    };
    let current = state
        .assessment
        .as_ref()
        .map(|a| (a.category, a.entry.name.clone()));
    let page = match (state.view, &state.assessment) {
        (View::Check, Some(a)) => html! { <CheckPage assessment={a.clone()} /> },
        (View::Method, a) => {
            html! { <MethodPage category={a.as_ref().map(|a| a.category).unwrap_or(Category::Kabkota)} /> }
        }
        _ => html! { <StartPage current={current.clone()} /> },
    };
    html! {
        <ContextProvider<Ctx> context={ctx.clone()}>
            <a class="skip-link" href="#main">{ ctx.t(i18n::SKIP) }</a>
            <Header view={state.view} has_assessment={state.assessment.is_some()} />
            if let Some(notice) = &state.notice {
                <div class="notice" role="status">
                    <p>{ notice.get(state.lang).to_string() }</p>
                    <button type="button" class="button" onclick={ctx.send(|_: MouseEvent| Action::DismissNotice)}>{ ctx.t(i18n::CLOSE) }</button>
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
