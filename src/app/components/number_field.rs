use rust_decimal::Decimal;
use yew::prelude::*;

use super::{class_if, event_value, text_el, Ctx};
use crate::core::base::i18n;
use crate::core::base::keys::Keyed;
use crate::core::base::number::{format_decimal, format_percent, format_rupiah};
use crate::core::base::text::{Lang, Msg, T};
use crate::core::model::inputs::{Field, Unit};
use crate::core::pages::session::{Action, Edit};

/// `id` of a field's input, also the anchor that error summaries link to.
pub fn field_dom_id(field: Field) -> String {
    format!("f-{}", field.key())
}

/// A number as its unit shows it: `Rp1.457.000.000`, `80%`, `19.654 orang`.
pub fn shown_with_unit(unit: Unit, value: Decimal, lang: Lang) -> String {
    match unit {
        // Show sen when typed, so "1,5" is never echoed as a rounded "Rp2".
        Unit::Rupiah if !value.fract().is_zero() => format!("Rp{}", format_decimal(value, 2)),
        Unit::Rupiah => format_rupiah(value),
        Unit::Percent => format_percent(value),
        unit => format!("{} {}", format_decimal(value, 0), unit.label().get(lang)),
    }
}

/// A figure's input: `raw` is the text exactly as typed, `value` how it was read, when it was.
pub fn number_field(ctx: &Ctx, field: Field, raw: &str, value: Option<Decimal>, error: Option<&Msg>) -> Html {
    let number = NumberBox {
        id: field_dom_id(field),
        name: Some(field.key()),
        label: field.label(),
        help: field.help(),
        unit: field.unit(),
        raw,
        value,
        error,
        hint: value.and_then(|v| field.implausible(v)),
    };
    number_box(ctx, number, ctx.send(move |e: InputEvent| Action::Edit(Edit::Field(field, event_value(&e)))))
}

/// What a number box shows: its label, help and unit, the text as typed, how it was read
/// or why it could not be, and a hint about a figure that looks wrong.
pub struct NumberBox<'a> {
    pub id: String,
    pub name: Option<&'static str>,
    pub label: T,
    pub help: T,
    pub unit: Unit,
    pub raw: &'a str,
    pub value: Option<Decimal>,
    pub error: Option<&'a Msg>,
    pub hint: Option<Msg>,
}

/// A number box, the same on the form and the planner.
pub fn number_box<A: 'static>(ctx: &Ctx<A>, b: NumberBox, oninput: Callback<InputEvent>) -> Html {
    let id = b.id;
    let help_id = format!("{id}-help");
    let echo_id = format!("{id}-echo");
    let unit = b.unit;
    let inputmode = match unit {
        Unit::Rupiah | Unit::Percent => "decimal",
        _ => "numeric",
    };
    let echo = match (b.error, b.value) {
        (Some(err), _) => {
            html! { <p class="field-error" id={echo_id.clone()}>{ err.get(ctx.lang).to_string() }</p> }
        }
        (None, Some(v)) if !b.raw.trim().is_empty() => html! {
            <>
                <p class="field-echo" id={echo_id.clone()}>{ format!("{}: {}", ctx.t(i18n::READ_AS), shown_with_unit(unit, v, ctx.lang)) }</p>
                if let Some(hint) = &b.hint { { text_el("p", "field-hint", hint.get(ctx.lang).to_string()) } }
            </>
        },
        _ => html! { <p class="field-echo" id={echo_id.clone()}></p> },
    };
    html! {
        <div class={class_if("field", "has-error", b.error.is_some())}>
            <label for={id.clone()}>
                { ctx.t(b.label) }
                { text_el("span", "visually-hidden", format!(" ({})", unit.label().get(ctx.lang))) }
            </label>
            <div class="input-with-unit">
                if unit == Unit::Rupiah { <span class="unit unit-before" aria-hidden="true">{ "Rp" }</span> }
                <input id={id.clone()} name={b.name} type="text" inputmode={inputmode} autocomplete="off" spellcheck="false"
                    value={b.raw.to_string()} {oninput}
                    aria-invalid={b.error.is_some().to_string()}
                    aria-describedby={format!("{help_id} {echo_id}")} />
                if unit != Unit::Rupiah { <span class="unit" aria-hidden="true">{ unit.label().get(ctx.lang) }</span> }
            </div>
            <p class="help" id={help_id}>{ ctx.t(b.help) }</p>
            <div aria-live="polite">{ echo }</div>
        </div>
    }
}
