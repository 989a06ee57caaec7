use std::collections::BTreeMap;

use rust_decimal::Decimal;
use yew::prelude::*;

use super::{event_value, use_ctx};
use crate::app::state::Action;
use crate::core::assessment::Assessment;
use crate::core::i18n;
use crate::core::number::{self, format_decimal, format_points, NumberKind};

#[derive(Properties, PartialEq)]
pub struct WeightsProps {
    pub assessment: Assessment,
}

/// "Atur bobot": every weight, editable; the others rescale so the sum stays 100.
#[function_component(WeightsPanel)]
pub fn weights_panel(props: &WeightsProps) -> Html {
    let ctx = use_ctx();
    // Text that could not be read stays in the box with its message until corrected.
    let rejected = use_state(BTreeMap::<&'static str, String>::new);
    let a = &props.assessment;
    let cat = a.rubric();
    let sum: Decimal = cat.criteria.iter().map(|c| a.weight(c)).sum();
    html! {
        <details class="panel weights" id="weights" open={a.has_custom_weights()}>
            <summary><h2>{ ctx.t(i18n::WEIGHTS) }</h2></summary>
            <p class="help">{ ctx.t(i18n::WEIGHTS_HELP) }</p>
            <table class="weights-table">
                <thead>
                    <tr>
                        <th scope="col">{ ctx.t(i18n::COL_CRITERION) }</th>
                        <th scope="col" class="num">{ ctx.t(i18n::COL_WEIGHT) }</th>
                        <th scope="col" class="num">{ ctx.t(i18n::WEIGHT_DEFAULT) }</th>
                    </tr>
                </thead>
                <tbody>
                    { for cat.criteria.iter().map(|c| {
                        let id = c.id;
                        let dom = format!("w-{}", id.replace('.', "-"));
                        let bad = rejected.get(id).cloned();
                        let value = bad.clone().unwrap_or_else(|| format_decimal(a.weight(c), 2));
                        let onchange = {
                            let rejected = rejected.clone();
                            let dispatch = ctx.dispatch.clone();
                            Callback::from(move |e: Event| {
                                let text = event_value(&e);
                                let mut next = (*rejected).clone();
                                match number::parse(&text, NumberKind::Percent) {
                                    Ok(v) => {
                                        next.remove(id);
                                        dispatch.emit(Action::SetWeight(id, v));
                                    }
                                    Err(_) => {
                                        next.insert(id, text);
                                    }
                                }
                                rejected.set(next);
                            })
                        };
                        html! {
                            <tr>
                                <th scope="row"><label for={dom.clone()}>{ c.title.get(ctx.lang) }</label></th>
                                <td class="num">
                                    <input id={dom.clone()} class="weight-input" type="text" inputmode="decimal" value={value}
                                        aria-invalid={bad.is_some().to_string()} aria-describedby={bad.is_some().then(|| format!("{dom}-err"))} {onchange} />
                                    if bad.is_some() { <p class="field-error" id={format!("{dom}-err")}>{ ctx.t(i18n::WEIGHT_INVALID) }</p> }
                                </td>
                                <td class="num">{ format_points(c.weight) }</td>
                            </tr>
                        }
                    }) }
                </tbody>
                <tfoot>
                    <tr><th scope="row">{ ctx.t(i18n::WEIGHTS_SUM) }</th><td class="num" id="weights-sum">{ format_points(sum) }</td><td class="num">{ "100" }</td></tr>
                </tfoot>
            </table>
            <button type="button" class="button" disabled={!a.has_custom_weights() && rejected.is_empty()} onclick={{
                let (rejected, dispatch) = (rejected.clone(), ctx.dispatch.clone());
                Callback::from(move |_: MouseEvent| {
                    rejected.set(BTreeMap::new());
                    dispatch.emit(Action::ResetWeights);
                })
            }}>{ ctx.t(i18n::WEIGHTS_RESET) }</button>
        </details>
    }
}
