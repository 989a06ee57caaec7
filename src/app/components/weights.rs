use rust_decimal::Decimal;
use yew::prelude::*;

use super::{col_head, event_value, text_el, Ctx, WeightDrafts};
use crate::core::assessment::Assessment;
use crate::core::i18n;
use crate::core::number::{format_decimal, format_points};
use crate::core::session::{Action, Edit};

/// "Atur bobot": every weight, editable; the others rescale so the sum stays 100.
/// `drafts`: weights typed that could not be read; they stay in their boxes with a message.
pub fn weights_panel(ctx: &Ctx, a: &Assessment, drafts: &WeightDrafts) -> Html {
    let cat = a.rubric();
    let sum: Decimal = cat.criteria.iter().map(|c| a.weight(c)).sum();
    html! {
        <details class="panel weights" id="weights" open={a.has_custom_weights() || !drafts.is_empty()}>
            <summary>{ text_el("h2", "", ctx.t(i18n::WEIGHTS)) }</summary>
            { text_el("p", "help", ctx.t(i18n::WEIGHTS_HELP)) }
            <table class="weights-table">
                <thead>
                    <tr>
                        { col_head("", ctx.t(i18n::COL_CRITERION)) }
                        { col_head("num", ctx.t(i18n::COL_WEIGHT)) }
                        { col_head("num", ctx.t(i18n::WEIGHT_DEFAULT)) }
                    </tr>
                </thead>
                <tbody>
                    { for cat.criteria.iter().map(|c| {
                        let id = c.id;
                        let dom = format!("w-{}", id.replace('.', "-"));
                        let bad = drafts.get(id).cloned();
                        let value = bad.clone().unwrap_or_else(|| format_decimal(a.weight(c), 2));
                        let onchange = ctx.send(move |e: Event| Action::Edit(Edit::Weight(id, event_value(&e))));
                        html! {
                            <tr>
                                <th scope="row"><label for={dom.clone()}>{ c.title.get(ctx.lang) }</label></th>
                                <td class="num">
                                    <input id={dom.clone()} class="weight-input" type="text" inputmode="decimal" value={value}
                                        aria-invalid={bad.is_some().to_string()} aria-describedby={bad.is_some().then(|| format!("{dom}-err"))} {onchange} />
                                    if bad.is_some() { <p class="field-error" id={format!("{dom}-err")}>{ ctx.t(i18n::WEIGHT_INVALID) }</p> }
                                </td>
                                { text_el("td", "num", format_points(c.weight)) }
                            </tr>
                        }
                    }) }
                </tbody>
                <tfoot>
                    <tr><th scope="row">{ ctx.t(i18n::WEIGHTS_SUM) }</th><td class="num" id="weights-sum">{ format_points(sum) }</td>{ text_el("td", "num", "100") }</tr>
                </tfoot>
            </table>
            <button type="button" class="button" disabled={!a.has_custom_weights() && drafts.is_empty()}
                onclick={ctx.on_click(|| Action::Edit(Edit::ResetWeights))}>{ ctx.t(i18n::WEIGHTS_RESET) }</button>
        </details>
    }
}
