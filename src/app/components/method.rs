use yew::prelude::*;

use super::{criterion_explainer, event_value, use_ctx};
use crate::core::category::Category;
use crate::core::i18n;
use crate::core::number::format_points;
use crate::core::rubric::{rubric, RUBRIC_VERSION};

#[derive(Properties, PartialEq)]
pub struct MethodProps {
    pub category: Category,
}

/// The method, criterion by criterion, generated from the rubric data itself.
#[function_component(MethodPage)]
pub fn method_page(props: &MethodProps) -> Html {
    let ctx = use_ctx();
    let lang = ctx.lang;
    let shown = use_state(|| props.category);
    let cat = rubric().category(*shown);
    let onchange = {
        let shown = shown.clone();
        Callback::from(move |e: Event| {
            if let Some(c) = Category::from_code(&event_value(&e)) {
                shown.set(c);
            }
        })
    };
    html! {
        <div class="method">
            <section class="panel">
                <h1>{ format!("{} · {} {RUBRIC_VERSION}", ctx.t(i18n::METHOD_TITLE), ctx.t(i18n::RUBRIC)) }</h1>
                <p class="lead">{ ctx.t(i18n::METHOD_INTRO) }</p>
                <div class="field">
                    <label for="method-category">{ ctx.t(i18n::METHOD_FOR) }</label>
                    <select id="method-category" {onchange}>
                        { for Category::ALL.iter().map(|c| html! {
                            <option value={c.code()} selected={*c == *shown}>{ c.name().get(lang) }</option>
                        }) }
                    </select>
                </div>
                <p>{ cat.rationale.get(lang) }</p>
            </section>
            { for cat.pillars.iter().map(|p| html! {
                <section class="panel" aria-labelledby={format!("m-{}", p.id)}>
                    <h2 id={format!("m-{}", p.id)}>
                        { p.name.get(lang) }
                        <span class="pillar-weight">{ format!("{} {}", format_points(cat.pillar_weight(p.id)), ctx.t(i18n::POINTS)) }</span>
                    </h2>
                    <p>{ p.explanation.get(lang) }</p>
                    { for cat.criteria.iter().filter(|c| c.pillar == p.id).map(|c| html! {
                        <article class="method-criterion" data-criterion={c.id}>
                            <h3>
                                { c.title.get(lang) }
                                <span class="pillar-weight">{ format!("{} {}", format_points(c.weight), ctx.t(i18n::POINTS)) }</span>
                                if c.self_rated { <span class="badge self-rated">{ ctx.t(i18n::SELF_RATED) }</span> }
                            </h3>
                            <p class="criterion-id">{ "ID " }<code>{ c.id }</code></p>
                            { criterion_explainer(&ctx, c, cat.category) }
                        </article>
                    }) }
                </section>
            }) }
            <section class="panel">
                <h2>{ ctx.t(i18n::CAPS) }</h2>
                { for cat.caps.iter().map(|cap| html! {
                    <p><strong>{ format!("{} {}: ", ctx.t(i18n::CAP), format_points(cap.max_total)) }</strong>{ cap.explanation.get(lang) }
                       <span class="source">{ format!(" ({}: {})", ctx.t(i18n::SOURCE), cap.source) }</span></p>
                }) }
                <h2>{ ctx.t(i18n::BANDS) }</h2>
                <ul>
                    { for rubric().bands.iter().map(|band| html! {
                        <li><strong>{ band.name.get(lang) }</strong>{ format!(" ({} {}): ", ctx.t(i18n::FROM), format_points(band.from)) }{ band.advice.get(lang) }</li>
                    }) }
                </ul>
                <h2>{ ctx.t(i18n::NUMBERS_TITLE) }</h2>
                <p>{ ctx.t(i18n::NUMBERS_TEXT) }</p>
            </section>
        </div>
    }
}
