use rust_decimal::Decimal;
use yew::prelude::*;

use super::{class_if, event_value, text_el, Ctx};
use crate::core::i18n;
use crate::core::inputs::{Field, Unit};
use crate::core::keys::Keyed;
use crate::core::number::{format_decimal, format_percent, format_rupiah};
use crate::core::session::{Action, Edit};
use crate::core::text::Msg;

/// `id` of a field's input, also the anchor that error summaries link to.
pub fn field_dom_id(field: Field) -> String {
    format!("f-{}", field.key())
}

/// A number as the field's unit shows it: `Rp1.457.000.000`, `80%`, `19.654 orang`.
pub fn shown_with_unit(field: Field, value: Decimal, lang: crate::core::text::Lang) -> String {
    match field.unit() {
        // Show sen when typed, so "1,5" is never echoed as a rounded "Rp2".
        Unit::Rupiah if !value.fract().is_zero() => format!("Rp{}", format_decimal(value, 2)),
        Unit::Rupiah => format_rupiah(value),
        Unit::Percent => format_percent(value),
        unit => format!("{} {}", format_decimal(value, 0), unit.label().get(lang)),
    }
}

/// A figure's input: `raw` is the text exactly as typed, `value` how it was read, when it was.
pub fn number_field(ctx: &Ctx, field: Field, raw: &str, value: Option<Decimal>, error: Option<&Msg>) -> Html {
    let id = field_dom_id(field);
    let help_id = format!("{id}-help");
    let echo_id = format!("{id}-echo");
    let unit = field.unit();
    let inputmode = match unit {
        Unit::Rupiah | Unit::Percent => "decimal",
        _ => "numeric",
    };
    let oninput = ctx.send(move |e: InputEvent| Action::Edit(Edit::Field(field, event_value(&e))));
    let echo = match (error, value) {
        (Some(err), _) => {
            html! { <p class="field-error" id={echo_id.clone()}>{ err.get(ctx.lang).to_string() }</p> }
        }
        (None, Some(v)) if !raw.trim().is_empty() => html! {
            <>
                <p class="field-echo" id={echo_id.clone()}>{ format!("{}: {}", ctx.t(i18n::READ_AS), shown_with_unit(field, v, ctx.lang)) }</p>
                if let Some(hint) = field.implausible(v) { { text_el("p", "field-hint", hint.get(ctx.lang).to_string()) } }
            </>
        },
        _ => html! { <p class="field-echo" id={echo_id.clone()}></p> },
    };
    html! {
        <div class={class_if("field", "has-error", error.is_some())}>
            <label for={id.clone()}>
                { field.label().get(ctx.lang) }
                { text_el("span", "visually-hidden", format!(" ({})", unit.label().get(ctx.lang))) }
            </label>
            <div class="input-with-unit">
                if unit == Unit::Rupiah { <span class="unit unit-before" aria-hidden="true">{ "Rp" }</span> }
                <input id={id.clone()} name={field.key()} type="text" inputmode={inputmode} autocomplete="off" spellcheck="false"
                    value={raw.to_string()} {oninput}
                    aria-invalid={error.is_some().to_string()}
                    aria-describedby={format!("{help_id} {echo_id}")} />
                if unit != Unit::Rupiah { <span class="unit" aria-hidden="true">{ unit.label().get(ctx.lang) }</span> }
            </div>
            <p class="help" id={help_id}>{ field.help().get(ctx.lang) }</p>
            <div aria-live="polite">{ echo }</div>
        </div>
    }
}
