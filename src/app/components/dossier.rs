use yew::prelude::*;

use super::header::back_to_form;
use super::{button, event_checked, event_value, option, text_el, Ctx};
use crate::app::Results;
use crate::core::base::i18n;
use crate::core::base::keys::Keyed;
use crate::core::base::number::format_points;
use crate::core::base::text::T;
use crate::core::evaluation::dossier::{in_order, listed};
use crate::core::evaluation::scoring::CriterionScore;
use crate::core::model::assessment::Assessment;
use crate::core::model::evidence::{Evidence, EvidenceEdit, EvidenceKind, EvidenceText};
use crate::core::pages::session::{Action, Edit};
use crate::core::rubric::measure::Status;

/// The evidence of every criterion: each piece as typed, editable in place. `removed`: the
/// criterion whose piece was just removed, where it can be put back.
#[inline(never)]
pub fn dossier_page(ctx: &Ctx, a: &Assessment, results: &Results, removed: Option<&str>) -> Html {
    let r = &results.evaluation;
    let gaps = html! {
        <ul class="dossier-gaps">
            { for r.unproven.iter().map(|id| {
                let title = a.rubric().criterion(id).map(|k| k.title.get(ctx.lang)).unwrap_or(id);
                html! { <li><a href={format!("#ev-{id}")}>{ title }</a></li> }
            }) }
        </ul>
    };
    html! {
        <div class="page dossier">
            <section class="panel" aria-labelledby="dossier-title">
                <h1 id="dossier-title">{ ctx.t(i18n::DOSSIER) }</h1>
                { text_el("p", "", ctx.t(i18n::DOSSIER_INTRO)) }
                { summary(ctx, r.unproven.len(), r.documents_ready, gaps) }
                // The report with the list of documents is printed from the form's page.
                <p>{ back_to_form(ctx.lang) }</p>
            </section>
            // In rubric order, so that a criterion does not move while its evidence is typed;
            // the gaps are linked above.
            { for listed(a, &r.score).map(|s| criterion(ctx, a, s, r.unproven.contains(&s.id), removed == Some(s.id))) }
        </div>
    }
}

/// How many claims lack evidence (`gaps` lists them), and how the readiness item is answered.
fn summary(ctx: &Ctx, unproven: usize, ready: Option<bool>, gaps: Html) -> Html {
    let count = if unproven == 0 {
        ctx.t(i18n::ALL_PROVEN).to_string()
    } else {
        format!("{}: {unproven}", ctx.t(i18n::UNPROVEN_COUNT))
    };
    let readiness = match ready {
        Some(r) => format!(
            "{}: {}.",
            ctx.t(i18n::READINESS_FROM_DOSSIER),
            ctx.t(if r { i18n::DOSSIER_READY } else { i18n::DOSSIER_NOT_READY })
        ),
        None => ctx.t(i18n::READINESS_BEFORE_DOSSIER).to_string(),
    };
    html! {
        <>
            { text_el("p", "dossier-summary", count) }
            if unproven > 0 { { gaps } }
            { text_el("p", "help", readiness) }
        </>
    }
}

/// The criterion's title and points, marked when they are claimed without evidence or
/// rated by the user (no document proves those). A link to it moves the focus to it.
fn head(ctx: &Ctx, a: &Assessment, s: &CriterionScore, gap: bool, tag: &'static str) -> Html {
    let title = a.rubric().criterion(s.id).map(|k| k.title.get(ctx.lang)).unwrap_or(s.id);
    let points = if s.status == Status::NotApplicable {
        ctx.t(i18n::NOT_APPLICABLE).to_string()
    } else {
        format!("{} {}", format_points(s.points), ctx.t(i18n::POINTS))
    };
    html! {
        <@{tag} id={format!("ev-{}", s.id)} tabindex="-1">
            { title }
            { text_el("span", "evidence-points", format!(" · {points}")) }
            if gap { { text_el("span", "badge unproven", ctx.t(i18n::UNPROVEN)) } }
            if s.self_rated { { text_el("span", "badge self-rated", ctx.t(i18n::SELF_RATED)) } }
        </@>
    }
}

fn criterion(ctx: &Ctx, a: &Assessment, s: &CriterionScore, gap: bool, removed: bool) -> Html {
    let id = s.id;
    let kind = a.rubric().criterion(id).map_or(EvidenceKind::Lainnya, |k| k.measure.evidence());
    let list = a.evidence.of(id);
    html! {
        <section key={id} class="panel evidence-criterion" data-criterion={id} aria-labelledby={format!("ev-{id}")}>
            { head(ctx, a, s, gap, "h2") }
            if list.is_empty() { { text_el("p", "help", ctx.t(i18n::EVIDENCE_NONE)) } }
            if removed {
                <p class="evidence-removed" role="status">
                    { format!("{} ", ctx.t(i18n::EVIDENCE_REMOVED)) }
                    { button("link-button", "evidence-undo", ctx.t(i18n::UNDO), ctx.on_click(|| Action::Edit(Edit::RestoreEvidence))) }
                </p>
            }
            <ol class="evidence-list">
                { for list.iter().enumerate().map(|(i, e)| piece(ctx, id, i, e)) }
            </ol>
            <button type="button" class="button evidence-add" aria-describedby={format!("ev-{id}")}
                onclick={ctx.send(move |_: MouseEvent| Action::Edit(Edit::Evidence(id, EvidenceEdit::Add(kind))))}>
                { format!("+ {}", ctx.t(i18n::EVIDENCE_ADD)) }
            </button>
        </section>
    }
}

/// One piece of evidence, every part editable; what does not count yet says why.
fn piece(ctx: &Ctx, id: &'static str, i: usize, e: &Evidence) -> Html {
    let dom = format!("ev-{id}-{i}");
    // One kind of callback for every part (a select and a checkbox fire `input` too): each
    // closure of its own would be code of its own.
    let edit = move |make: fn(usize, &Event) -> EvidenceEdit| {
        ctx.send(move |ev: InputEvent| Action::Edit(Edit::Evidence(id, make(i, &ev))))
    };
    // `note` is said under the box; `invalid` marks it as an error.
    let text = |make: fn(usize, &Event) -> EvidenceEdit,
                suffix: &str,
                label: T,
                kind: &'static str,
                value: &str,
                note: Option<T>,
                invalid: bool| {
        let field = format!("{dom}-{suffix}");
        let note_id = format!("{field}-note");
        // A number or title and a note are long: they take the whole row.
        let class = if suffix == "date" { "field" } else { "field wide" };
        html! {
            <div {class}>
                <label for={field.clone()}>{ ctx.t(label) }</label>
                <input id={field} type={kind} value={value.to_string()} autocomplete="off"
                    aria-invalid={invalid.then_some("true")}
                    aria-describedby={note.is_some().then(|| note_id.clone())}
                    oninput={edit(make)} />
                if let Some(n) = note { <p class={if invalid { "field-error" } else { "help" }} id={note_id}>{ ctx.t(n) }</p> }
            </div>
        }
    };
    let bad_date = e.day().is_err().then_some(i18n::EVIDENCE_BAD_DATE);
    // The date picker shows only a date it wrote (`2021-05-13`); one typed otherwise (in a
    // file, or in a browser without a picker) stays in a text box, as it was typed.
    let picker = e.date.is_empty() || (e.date.len() == 10 && e.date.as_bytes()[4] == b'-' && bad_date.is_none());
    let no_title = (!e.counts()).then_some(i18n::EVIDENCE_NO_TITLE);
    html! {
        <li class="evidence">
            <fieldset>
                { text_el("legend", "", format!("{} {}", ctx.t(i18n::EVIDENCE), i + 1)) }
                <div class="grid-2">
                    <div class="field">
                        <label for={format!("{dom}-kind")}>{ ctx.t(i18n::EVIDENCE_KIND) }</label>
                        <select id={format!("{dom}-kind")} oninput={edit(|i, ev| EvidenceEdit::Kind(i, EvidenceKind::from_key(&event_value(ev)).unwrap_or_default()))}>
                            { for EvidenceKind::ALL.iter().map(|k| option(k.key().into(), *k == e.kind, k.name().get(ctx.lang))) }
                        </select>
                    </div>
                    { text(|i, ev| EvidenceEdit::Text(i, EvidenceText::Date, event_value(ev)), "date", i18n::EVIDENCE_DATE, if picker { "date" } else { "text" }, &e.date, bad_date, bad_date.is_some()) }
                    { text(|i, ev| EvidenceEdit::Text(i, EvidenceText::Title, event_value(ev)), "title", i18n::EVIDENCE_TITLE, "text", &e.title, no_title, false) }
                    { text(|i, ev| EvidenceEdit::Text(i, EvidenceText::Note, event_value(ev)), "note", i18n::EVIDENCE_NOTE, "text", &e.note, None, false) }
                </div>
                <div class="check">
                    <input type="checkbox" id={format!("{dom}-bpjs")} checked={e.checked_with_bpjs}
                        oninput={edit(|i, ev| EvidenceEdit::Bpjs(i, event_checked(ev)))} />
                    <label for={format!("{dom}-bpjs")}>{ ctx.t(i18n::EVIDENCE_BPJS) }</label>
                </div>
                { button("link-button evidence-remove", "", ctx.t(i18n::EVIDENCE_REMOVE),
                    ctx.send(move |_: MouseEvent| Action::Edit(Edit::Evidence(id, EvidenceEdit::Remove(i))))) }
            </fieldset>
        </li>
    }
}

/// The printed report's appendix: criterion by criterion, gaps first, each piece in a line.
pub fn dossier_appendix(ctx: &Ctx, a: &Assessment, results: &Results) -> Html {
    let r = &results.evaluation;
    html! {
        <section class="appendix print-only" aria-labelledby="appendix-title">
            <h2 id="appendix-title">{ ctx.t(i18n::APPENDIX) }</h2>
            { summary(ctx, r.unproven.len(), r.documents_ready, Html::default()) }
            { for in_order(a, &r.score, &r.unproven).into_iter().map(|s| {
                let list = a.evidence.of(s.id);
                html! {
                    <div class="appendix-criterion" data-criterion={s.id}>
                        { head(ctx, a, s, r.unproven.contains(&s.id), "h3") }
                        if list.iter().any(Evidence::counts) {
                            <ul>{ for list.iter().filter(|e| e.counts()).map(|e| text_el("li", "", line(ctx, e))) }</ul>
                        } else {
                            { text_el("p", "", ctx.t(i18n::EVIDENCE_NONE)) }
                        }
                    </div>
                }
            }) }
        </section>
    }
}

/// "Peraturan: Perda No. 6 Tahun 2020 · 15 Juni 2020 · checked with BPJS · note".
fn line(ctx: &Ctx, e: &Evidence) -> String {
    let mut parts = vec![format!("{}: {}", e.kind.name().get(ctx.lang), e.title.trim())];
    match e.day() {
        Ok(Some(day)) => parts.push(day.shown().get(ctx.lang).to_string()),
        Ok(None) => {}
        Err(_) => parts.push(e.date.trim().to_string()),
    }
    if e.checked_with_bpjs {
        parts.push(ctx.t(i18n::EVIDENCE_BPJS).to_string());
    }
    if !e.note.trim().is_empty() {
        parts.push(e.note.trim().to_string());
    }
    parts.join(" · ")
}
