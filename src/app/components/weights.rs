use rust_decimal::Decimal;
use yew::prelude::*;

use super::{event_value, table_head, text_el, WeightDrafts};
use crate::core::base::i18n;
use crate::core::base::number::{format_decimal, format_points};
use crate::core::base::text::Lang;
use crate::core::model::assessment::Assessment;

/// What the weights table sends, on the self-check (its assessment's weights) or the panel
/// page (the weights applied to every candidate): a weight as typed, and the reset.
pub struct WeightActions<A> {
    pub dispatch: Callback<A>,
    pub weight: fn(&'static str, String) -> A,
    pub reset: fn() -> A,
}

/// "Atur bobot": every weight, editable; the others rescale so the sum stays 100.
/// `drafts`: weights typed that could not be read; they stay in their boxes with a message.
pub fn weights_panel<A: 'static>(lang: Lang, send: WeightActions<A>, a: &Assessment, drafts: &WeightDrafts) -> Html {
    let t = |text: crate::core::base::text::T| text.get(lang);
    let cat = a.rubric();
    let sum: Decimal = cat.criteria.iter().map(|c| a.weight(c)).sum();
    html! {
        <details class="panel weights" id="weights" open={a.has_custom_weights() || !drafts.is_empty()}>
            <summary>{ text_el("h2", "", t(i18n::WEIGHTS)) }</summary>
            { text_el("p", "help", t(i18n::WEIGHTS_HELP)) }
            <table class="weights-table">
                { table_head(lang, &[("", i18n::COL_CRITERION), ("num", i18n::COL_WEIGHT), ("num", i18n::WEIGHT_DEFAULT)]) }
                <tbody>
                    { for cat.criteria.iter().map(|c| {
                        let id = c.id;
                        let dom = format!("w-{}", id.replace('.', "-"));
                        let bad = drafts.get(id).cloned();
                        let value = bad.clone().unwrap_or_else(|| format_decimal(a.weight(c), 2));
                        let (d, weight) = (send.dispatch.clone(), send.weight);
                        let onchange = Callback::from(move |e: Event| d.emit(weight(id, event_value(&e))));
                        html! {
                            <tr>
                                <th scope="row"><label for={dom.clone()}>{ c.title.get(lang) }</label></th>
                                <td class="num">
                                    <input id={dom.clone()} class="weight-input" type="text" inputmode="decimal" value={value}
                                        aria-invalid={bad.is_some().to_string()} aria-describedby={bad.is_some().then(|| format!("{dom}-err"))} {onchange} />
                                    if bad.is_some() { <p class="field-error" id={format!("{dom}-err")}>{ t(i18n::WEIGHT_INVALID) }</p> }
                                </td>
                                { text_el("td", "num", format_points(c.weight)) }
                            </tr>
                        }
                    }) }
                </tbody>
                <tfoot>
                    <tr><th scope="row">{ t(i18n::WEIGHTS_SUM) }</th><td class="num" id="weights-sum">{ format_points(sum) }</td>{ text_el("td", "num", "100") }</tr>
                </tfoot>
            </table>
            <button type="button" class="button" disabled={!a.has_custom_weights() && drafts.is_empty()}
                onclick={{ let (d, reset) = (send.dispatch.clone(), send.reset); Callback::from(move |_: MouseEvent| d.emit(reset())) }}>{ t(i18n::WEIGHTS_RESET) }</button>
        </details>
    }
}
