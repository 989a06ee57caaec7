use yew::prelude::*;

use super::{class_if, event_value, option, Ctx};
use crate::core::base::i18n;
use crate::core::base::keys::Keyed;
use crate::core::base::number::format_decimal;
use crate::core::base::text::{Msg, T};
use crate::core::model::assessment::Assessment;
use crate::core::model::category::{BusinessSize, Category, Family, SECTORS};
use crate::core::model::money::RiskGroup;
use crate::core::model::rates::Day;
use crate::core::pages::session::{Action, Edit, ProfileField};

/// Who is assessed: category, name, province, year and, for a business, sector, size and risk.
pub fn profile(ctx: &Ctx, title: &str, a: &Assessment, year_error: Option<&Msg>) -> Html {
    let e = &a.entry;
    let business = a.category.family() == Family::Business;
    let text_input = |id: &'static str, label: &'static str, value: &str, make: fn(String) -> Action, extra: Html| {
        html! {
            <div class="field">
                <label for={id}>{ label }</label>
                <input {id} type="text" value={value.to_string()} autocomplete="off"
                    oninput={ctx.on_value::<InputEvent>(make)} />
                { extra }
            </div>
        }
    };
    let year_extra = html! {
        <>
            <p class="help" id="p-year-help">{ ctx.t(i18n::YEAR_HELP) }</p>
            if let Some(err) = year_error {
                <p class="field-error" id="p-year-error">{ err.get(ctx.lang).to_string() }</p>
            }
        </>
    };
    let sizes = a.category.sizes();
    let size_now = e.size_for(a.category);
    html! {
        <section class="panel profile" aria-labelledby="profile-title">
            <h2 id="profile-title">{ ctx.t(i18n::PROFILE) }</h2>
            // The page's one visible heading: what is open.
            <h1 class="open-title">{ format!("{}: ", ctx.t(i18n::OPEN_NOW)) }<strong id="open-title">{ title.to_string() }</strong></h1>
            <div class="field">
                <label for="p-category">{ ctx.t(i18n::CATEGORY) }</label>
                <select id="p-category" aria-describedby="p-category-help" onchange={ctx.on_value::<Event>(|code| {
                    Action::Edit(Edit::Category(Category::from_code(&code).unwrap_or(Category::Kabkota)))
                })}>
                    { for Category::ALL.iter().map(|c| option(c.code().into(), *c == a.category, c.name().get(ctx.lang))) }
                </select>
                <p class="help" id="p-category-help">{ ctx.t(i18n::CHANGE_CATEGORY_HELP) }</p>
            </div>
            <div class="grid-2">
                { text_input("p-name", ctx.t(if business { i18n::NAME_BUSINESS } else { i18n::NAME_GOV }), &e.name, |v| Action::Edit(Edit::Profile(ProfileField::Name, v)), html!{}) }
                { text_input("p-province", ctx.t(i18n::PROVINCE), &e.province, |v| Action::Edit(Edit::Profile(ProfileField::Province, v)), html!{}) }
                <div class={class_if("field", "has-error", year_error.is_some())}>
                    <label for="p-year">{ ctx.t(i18n::YEAR) }</label>
                    <input id="p-year" type="text" inputmode="numeric" value={e.year.clone()} autocomplete="off" placeholder="2024"
                        aria-invalid={year_error.is_some().to_string()}
                        aria-describedby={if year_error.is_some() { "p-year-help p-year-error" } else { "p-year-help" }}
                        oninput={ctx.on_value::<InputEvent>(|v| Action::Edit(Edit::Profile(ProfileField::Year, v)))} />
                    { year_extra }
                </div>
                if business {
                    <div class="field">
                        <label for="p-sector">{ ctx.t(i18n::SECTOR) }</label>
                        <select id="p-sector" onchange={ctx.on_value::<Event>(|v| Action::Edit(Edit::Profile(ProfileField::Sector, v)))}>
                            { option("".into(), e.sector.is_empty(), ctx.t(i18n::SECTOR_NONE)) }
                            { for SECTORS.iter().map(|(code, name)| option((*code).into(), e.sector == *code, name.get(ctx.lang))) }
                        </select>
                    </div>
                    if !sizes.is_empty() {
                        { size_select(ctx, "p-size", sizes, size_now, |s| Action::Edit(Edit::Size(s))) }
                    }
                    { risk_select(ctx, "p-risk", e.risk, a.day(), |r| Action::Edit(Edit::Risk(r))) }
                    { labour_intensive(ctx, "p-padat", e.labour_intensive, |on| Action::Edit(Edit::LabourIntensive(on))) }
                }
            </div>
        </section>
    }
}

/// The business size, asked on the form (among the category's sizes) and in the planner.
pub fn size_select(
    ctx: &Ctx,
    id: &'static str,
    sizes: &[BusinessSize],
    now: BusinessSize,
    make: fn(BusinessSize) -> Action,
) -> Html {
    let options = sizes.iter().map(|s| option(s.key().into(), *s == now, s.name().get(ctx.lang))).collect();
    let onchange = ctx.send(move |e: Event| make(BusinessSize::from_key(&event_value(&e)).unwrap_or_default()));
    select_field(ctx, id, (i18n::SIZE, i18n::SIZE_HELP), onchange, options)
}

/// The JKK risk group with each group's rate on `day`, asked on the form and in the planner.
pub fn risk_select(ctx: &Ctx, id: &'static str, now: RiskGroup, day: Day, make: fn(RiskGroup) -> Action) -> Html {
    let options = RiskGroup::ALL.iter().map(|r| {
        let rate = format_decimal(r.jkk_rate(day), 2);
        option(r.key().into(), *r == now, format!("{} ({rate}%)", r.number()))
    });
    let onchange = ctx.send(move |e: Event| make(RiskGroup::from_key(&event_value(&e)).unwrap_or_default()));
    select_field(ctx, id, (i18n::RISK, i18n::RISK_HELP), onchange, options.collect())
}

/// A select with its label and, below it, its help.
fn select_field(ctx: &Ctx, id: &'static str, (label, help): (T, T), onchange: Callback<Event>, options: Html) -> Html {
    let help_id = format!("{id}-help");
    html! {
        <div class="field">
            <label for={id}>{ ctx.t(label) }</label>
            <select {id} aria-describedby={help_id.clone()} {onchange}>{ options }</select>
            <p class="help" id={help_id}>{ ctx.t(help) }</p>
        </div>
    }
}

/// Whether the company qualifies for the labour-intensive JKK discount: asked on the form
/// and in the planner.
pub fn labour_intensive(ctx: &Ctx, id: &'static str, on: bool, make: fn(bool) -> Action) -> Html {
    let help = format!("{id}-help");
    html! {
        <div class="field check">
            <input type="checkbox" id={id} checked={on} aria-describedby={help.clone()}
                onchange={ctx.send(move |e: Event| make(super::event_checked(&e)))} />
            <label for={id}>{ ctx.t(i18n::LABOUR_INTENSIVE) }</label>
            <p class="help" id={help}>{ ctx.t(i18n::LABOUR_INTENSIVE_HELP) }</p>
        </div>
    }
}
