use yew::prelude::*;

use super::weights::{weights_panel, WeightActions};
use super::{event_checked, event_value};
use crate::core::base::i18n;
use crate::core::base::number::{format_decimal, format_points};
use crate::core::model::category::Category;
use crate::core::pages::panel::ranking::{Row, SortBy};
use crate::core::pages::panel::session::{PanelAction, PanelExport, PanelState, SetEdit, Show};
use crate::core::pages::panel::side_by_side::SideBySide;
use crate::core::rubric::rubric;

/// What the panel's views use: the language, the way to send the panel's actions and
/// to read the files chosen.
type Ctx = super::Ctx<PanelAction>;

type Panel = PanelState;

fn send(ctx: &Ctx, make: impl Fn() -> PanelAction + 'static) -> Callback<MouseEvent> {
    ctx.send(move |_: MouseEvent| make())
}

/// A column heading that sorts by it.
fn heading(ctx: &Ctx, label: &str, by: SortBy, panel: &Panel) -> Html {
    let sorted = (panel.view.sort == by).then_some(if panel.view.descending { "descending" } else { "ascending" });
    html! {
        <th scope="col" aria-sort={sorted}>
            <button type="button" class="link-button" onclick={send(ctx, move || PanelAction::Show(Show::Sort(by)))}>{ label.to_string() }</button>
        </th>
    }
}

fn row(ctx: &Ctx, r: &Row, chosen: bool) -> Html {
    let (lang, id) = (ctx.lang, r.id);
    html! {
        <tr data-id={id.to_string()}>
            <td><input type="checkbox" aria-label={ctx.t(i18n::PANEL_COMPARE)} checked={chosen}
                onchange={ctx.send(move |e: Event| PanelAction::Show(Show::Choose(id, event_checked(&e))))} /></td>
            <th scope="row">{ r.name.clone() }</th>
            <td>{ r.province.clone() }</td>
            <td class="num">{ format_points(r.total) }</td>
            <td>{ r.band.get(lang) }</td>
            { for r.pillars.iter().map(|p| html! { <td class="num">{ format_points(p.2) }</td> }) }
            // The lowest cap that holds, as the total is held to it; none, a dash.
            <td class="num cap">{ r.caps.iter().map(|c| c.1).min().map_or_else(|| "–".to_string(), |cap| format!("≤ {}", format_points(cap))) }</td>
            <td class="num">{ format_decimal(r.self_rated, 0) }</td>
            // A count in the row, the notes one click away: a row stays one line high.
            <td class="flags">
                if !r.flags.is_empty() {
                    <details>
                        <summary>{ i18n::panel_flag_count(r.flags.len()).get(lang).to_string() }</summary>
                        <ul>{ for r.flags.iter().map(|f| html! { <li>{ f.text.get(lang).to_string() }</li> }) }</ul>
                    </details>
                }
            </td>
            <td><input type="checkbox" aria-label={ctx.t(i18n::PANEL_SHORTLIST)} checked={r.shortlisted}
                onchange={ctx.send(move |e: Event| PanelAction::Edit(SetEdit::Shortlist(id, event_checked(&e))))} /></td>
            <td><button type="button" class="button" onclick={send(ctx, move || PanelAction::Edit(SetEdit::Remove(id)))}>{ ctx.t(i18n::PANEL_REMOVE) }</button></td>
        </tr>
    }
}

/// A select of "all" and the names given; sends the place of the one chosen.
fn filter(
    ctx: &Ctx,
    id: &'static str,
    label: &'static str,
    names: Vec<String>,
    now: Option<usize>,
    pick: Callback<Option<usize>>,
) -> Html {
    html! {
        <div class="field">
            <label for={id}>{ label }</label>
            <select {id} onchange={Callback::from(move |e: Event| pick.emit(event_value(&e).parse::<usize>().ok()))}>
                <option value="" selected={now.is_none()}>{ ctx.t(i18n::PANEL_ALL) }</option>
                { for names.into_iter().enumerate().map(|(i, name)| html! {
                    <option value={i.to_string()} selected={now == Some(i)}>{ name }</option>
                }) }
            </select>
        </div>
    }
}

/// The panel page: load, rank, filter, shortlist, compare, export; the files chosen are
/// read together and sent to the core as one batch.
pub fn panel_page(ctx: &Ctx, p: &Panel) -> Html {
    let weighted = p.weighted();
    let weights = WeightActions {
        dispatch: ctx.dispatch.clone(),
        weight: |id, text| PanelAction::Edit(SetEdit::Weight(id, text)),
        reset: || PanelAction::Edit(SetEdit::ResetWeights),
    };
    html! {
        <div class="panel-page">
            { loading(ctx, p) }
            { ranking(ctx, p) }
            { weights_panel(ctx.lang, weights, &weighted, &p.weight_drafts) }
            { compared_and_printed(ctx, p) }
        </div>
    }
}

/// The category, the files to load (chosen or dropped), the exports, clearing and its undo,
/// and what the last batch loaded.
fn loading(ctx: &Ctx, p: &Panel) -> Html {
    let lang = ctx.lang;
    let category = p.view.category;
    let read_files = ctx.read_file.clone();
    // Files dropped on the loading box are read as if chosen.
    let on_drop = {
        let read = read_files.clone();
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            let files = e.data_transfer().and_then(|d| d.files());
            read.emit(files.map(|f| (0..f.length()).filter_map(|i| f.get(i)).collect()).unwrap_or_default());
        })
    };
    let on_files = {
        let read = read_files;
        Callback::from(move |e: Event| {
            let input = e.target_dyn_into::<web_sys::HtmlInputElement>();
            let files = input.as_ref().and_then(|i| i.files());
            let chosen: Vec<web_sys::File> =
                files.map(|f| (0..f.length()).filter_map(|i| f.get(i)).collect()).unwrap_or_default();
            if let Some(i) = &input {
                i.set_value("");
            }
            read.emit(chosen);
        })
    };
    html! {
        <section class="panel">
            <h1>{ ctx.t(i18n::PANEL_TITLE) }</h1>
            <p class="help">{ ctx.t(i18n::PANEL_HELP) }</p>
            <div class="field">
                <label for="panel-category">{ ctx.t(i18n::CATEGORY) }</label>
                <select id="panel-category" onchange={ctx.send(move |e: Event| PanelAction::Show(Show::Category(Category::from_code(&event_value(&e)).unwrap_or(category))))}>
                    { for Category::ALL.iter().map(|c| html! {
                        <option value={c.code()} selected={*c == category}>{ c.name().get(lang) }</option>
                    }) }
                </select>
            </div>
            <div class="field drop-zone" ondragover={Callback::from(|e: DragEvent| e.prevent_default())} ondrop={on_drop}>
                // The native control's text follows the browser's language; a labelled button follows ours.
                <input id="panel-files" class="file-input visually-hidden" type="file" multiple=true accept=".json,.csv,application/json,text/csv" onchange={on_files} aria-describedby="panel-drop" />
                <label for="panel-files" class="button">{ ctx.t(i18n::PANEL_FILES) }</label>
                <p class="help" id="panel-drop">{ ctx.t(i18n::PANEL_DROP) }</p>
            </div>
            <div class="tool-buttons">
                <button type="button" class="button" onclick={send(ctx, || PanelAction::Export(PanelExport::Template))}>{ ctx.t(i18n::PANEL_TEMPLATE) }</button>
                <button type="button" class="button" onclick={send(ctx, || PanelAction::Export(PanelExport::Ranking))}>{ ctx.t(i18n::PANEL_EXPORT) }</button>
                <button type="button" class="button" onclick={send(ctx, || PanelAction::Export(PanelExport::Print))}>{ ctx.t(i18n::PRINT) }</button>
                <button type="button" class="button danger" onclick={send(ctx, || PanelAction::Edit(SetEdit::Clear))}>{ ctx.t(i18n::PANEL_CLEAR) }</button>
            </div>
            if p.confirming_clear {
                <div class="warning" role="alert" id="clear-confirm">
                    <p>{ i18n::panel_clear_question(p.set.candidates.len()).get(lang).to_string() }</p>
                    <button type="button" class="button danger" onclick={send(ctx, || PanelAction::Edit(SetEdit::ConfirmClear))}>{ ctx.t(i18n::PANEL_CLEAR_YES) }</button>
                    { " " }
                    <button type="button" class="button" onclick={send(ctx, || PanelAction::Edit(SetEdit::CancelClear))}>{ ctx.t(i18n::CANCEL) }</button>
                </div>
            }
            if let Some((_, what)) = &p.undo {
                <p role="status">{ what.get(lang).to_string() }{ " " }
                    <button type="button" class="button" onclick={send(ctx, || PanelAction::Edit(SetEdit::Undo))}>{ ctx.t(i18n::UNDO) }</button></p>
            }
            if let Some(report) = &p.report {
                <div class="note" role="status">
                    <p>{ report.summary().get(lang).to_string() }</p>
                    <ul>{ for report.problems.iter().map(|x| html! { <li>{ x.text().get(lang).to_string() }</li> }) }</ul>
                    <button type="button" class="button" onclick={send(ctx, || PanelAction::DismissReport)}>{ ctx.t(i18n::CLOSE) }</button>
                </div>
            }
        </section>
    }
}

/// The candidates of the category ranked under one rubric and one set of weights, with the
/// filters.
fn ranking(ctx: &Ctx, p: &Panel) -> Html {
    let lang = ctx.lang;
    let rows = p.visible();
    let pillars = rubric().category(p.view.category).pillars;
    let bands = rubric().bands;
    let band_now = bands.iter().position(|b| Some(b.id) == p.view.band);
    let pick_band =
        ctx.send(move |i: Option<usize>| PanelAction::Show(Show::Band(i.and_then(|i| bands.get(i)).map(|b| b.id))));
    let provinces = p.provinces();
    let province_now = provinces.iter().position(|x| Some(crate::core::pages::panel::normalised(x)) == p.view.province);
    let pick_province = {
        let provinces = provinces.clone();
        ctx.send(move |i: Option<usize>| PanelAction::Show(Show::Province(i.and_then(|i| provinces.get(i).cloned()))))
    };
    let weighted = p.weighted();
    html! {
        <section class="panel">
            // What every candidate of the category is scored under, alike.
            <p class="panel-basis" id="panel-basis">
                { format!("{} {} · ", ctx.t(i18n::RUBRIC), crate::core::rubric::RUBRIC_VERSION) }
                { if weighted.has_custom_weights() { ctx.t(i18n::PANEL_WEIGHTS_CUSTOM) } else { ctx.t(i18n::PANEL_WEIGHTS_RUBRIC) } }
            </p>
            <div class="grid-2">
                { filter(ctx, "panel-band", ctx.t(i18n::PANEL_BAND), bands.iter().map(|b| b.name.get(lang).to_string()).collect(), band_now, pick_band) }
                { filter(ctx, "panel-province", ctx.t(i18n::PROVINCE), provinces, province_now, pick_province) }
            </div>
            <label class="check"><input type="checkbox" checked={p.view.shortlisted_only}
                onchange={ctx.send(|e: Event| PanelAction::Show(Show::ShortlistedOnly(event_checked(&e))))} />{ ctx.t(i18n::PANEL_SHORTLISTED_ONLY) }</label>
            if rows.is_empty() {
                <p>{ ctx.t(i18n::PANEL_EMPTY) }</p>
            } else {
                <div class="table-scroll" tabindex="0" role="region" aria-label={ctx.t(i18n::PANEL_TITLE)}>
                    <table class="panel-table">
                        <thead><tr>
                            <th scope="col">{ ctx.t(i18n::NAV_COMPARE) }</th>
                            { heading(ctx, ctx.t(i18n::PANEL_NAME), SortBy::Name, p) }
                            { heading(ctx, ctx.t(i18n::PROVINCE), SortBy::Province, p) }
                            { heading(ctx, ctx.t(i18n::TOTAL), SortBy::Total, p) }
                            { heading(ctx, ctx.t(i18n::PANEL_BAND), SortBy::Band, p) }
                            { for pillars.iter().map(|x| heading(ctx, x.name.get(lang), SortBy::Pillar(x.id), p)) }
                            { heading(ctx, ctx.t(i18n::CAPS), SortBy::Caps, p) }
                            { heading(ctx, ctx.t(i18n::PANEL_SELF_RATED), SortBy::SelfRated, p) }
                            { heading(ctx, ctx.t(i18n::PANEL_FLAGS), SortBy::Flags, p) }
                            <th scope="col">{ ctx.t(i18n::PANEL_SHORTLIST) }</th>
                            <th scope="col"><span class="visually-hidden">{ ctx.t(i18n::PANEL_REMOVE) }</span></th>
                        </tr></thead>
                        <tbody>{ for rows.iter().map(|r| row(ctx, r, p.chosen.contains(&r.id))) }</tbody>
                    </table>
                </div>
            }
        </section>
    }
}

/// The candidates chosen side by side, and the printed report: the honesty note, then each
/// shortlisted candidate's breakdown.
fn compared_and_printed(ctx: &Ctx, p: &Panel) -> Html {
    html! {
        <>
            if let Some(s) = p.side_by_side() {
                <section class="panel">
                    <h2>{ ctx.t(i18n::PANEL_COMPARE) }</h2>
                    { criteria_table(ctx, &s, ctx.t(i18n::PANEL_COMPARE)) }
                </section>
            }
            <section class="print-only panel-report">
                <p class="report-disclaimer">{ ctx.t(i18n::REPORT_DISCLAIMER) }</p>
                { for p.shortlisted().iter().map(|s| html! {
                    <div class="panel">
                        <h2>{ s.names.concat() }</h2>
                        { criteria_table(ctx, s, ctx.t(i18n::PANEL_SHORTLIST)) }
                    </div>
                }) }
            </section>
        </>
    }
}

/// Candidates criterion by criterion: points and the figures behind them, and the totals.
fn criteria_table(ctx: &Ctx, s: &SideBySide, name: &'static str) -> Html {
    let lang = ctx.lang;
    html! {
        <div class="table-scroll" tabindex="0" role="region" aria-label={name}>
            <table class="compare-table">
                <thead><tr>
                    <th scope="col">{ ctx.t(i18n::COL_CRITERION) }</th>
                    { for s.names.iter().map(|n| html! { <th scope="col">{ n.clone() }</th> }) }
                </tr></thead>
                <tbody>
                    { for s.criteria.iter().map(|l| html! {
                        <tr data-criterion={l.id}>
                            <th scope="row">{ l.title.get(lang) }</th>
                            { for l.cells.iter().map(|c| match c {
                                Some(c) => html! { <td><span class="num-strong">{ format_points(c.points) }</span><br/><span class="figure-note">{ c.input.get(lang).to_string() }</span></td> },
                                None => html! { <td>{ "–" }</td> },
                            }) }
                        </tr>
                    }) }
                    <tr><th scope="row">{ ctx.t(i18n::TOTAL) }</th>
                        { for s.totals.iter().map(|t| html! { <td class="num-strong">{ format_points(*t) }</td> }) }</tr>
                </tbody>
            </table>
        </div>
    }
}
