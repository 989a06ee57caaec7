//! The ranking: each candidate checked and scored once (when loaded, or when the panel's
//! weights change), under the current rubric and the panel's weights; sorting and
//! filtering then only reorder the rows. The export is the rows in the order shown.

use std::cmp::Ordering;

use rust_decimal::Decimal;

use super::{normalised, Candidate, PanelSet};
use crate::core::base::i18n;
use crate::core::base::text::{Lang, Msg, T};
use crate::core::evaluation::compare::pillar_points;
use crate::core::evaluation::derived::derive;
use crate::core::evaluation::dossier;
use crate::core::evaluation::score;
use crate::core::evaluation::scoring::Score;
use crate::core::evaluation::validation::check;
use crate::core::formats::csv::{number, table};
use crate::core::model::assessment::Assessment;
use crate::core::model::category::Category;
use crate::core::model::checked::{Checked, Target};
use crate::core::model::inputs::Field;
use crate::core::rubric::measure::Status;

/// What a panel wants to see before trusting a total.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FlagKind {
    /// The budget and the workers reported do not add up (the derived figures' warnings).
    Mismatch,
    /// Figures the form marks as unreadable or impossible.
    Invalid,
    /// Figures that read but look short of zeros.
    Implausible,
    /// Figures not filled in.
    Missing,
    /// Criteria the candidate marked not applicable.
    NotApplicable,
    /// Criteria that earn points with no evidence in the candidate's dossier.
    Unproven,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Flag {
    pub kind: FlagKind,
    pub text: Msg,
}

/// One candidate's line in the ranking.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Row {
    pub id: u32,
    pub category: Category,
    pub name: String,
    pub province: String,
    pub year: String,
    /// The total as shown, one decimal.
    pub total: Decimal,
    pub band_id: &'static str,
    pub band: T,
    /// The band's place, lowest first, for sorting.
    band_rank: usize,
    /// Points per pillar, in the rubric's order.
    pub pillars: Vec<(&'static str, T, Decimal)>,
    /// The caps whose findings hold, with their maximum.
    pub caps: Vec<(&'static str, Decimal)>,
    /// The share of the points that come from self-rated criteria, in %.
    pub self_rated: Decimal,
    pub flags: Vec<Flag>,
    pub shortlisted: bool,
}

/// Scores one candidate as the panel does.
pub fn row(set: &PanelSet, c: &Candidate) -> Row {
    let a = set.as_scored(c);
    let checked = check(&a);
    let s = score(&a, &checked);
    let derived = derive(&a, &checked);
    let rubric = a.rubric();
    let points: Decimal = s.criteria.iter().map(|c| c.points).sum();
    let self_points: Decimal = s.criteria.iter().filter(|c| c.self_rated).map(|c| c.points).sum();
    let self_rated = if points.is_zero() { Decimal::ZERO } else { self_points * Decimal::ONE_HUNDRED / points };

    let flags = flags(&a, &checked, &s, derived.warnings);
    let total = s.shown_total();
    let bands = a.full_rubric().bands;
    let band_rank = bands.iter().position(|b| b.id == s.band_id).unwrap_or(0);
    let e = &a.entry;
    Row {
        id: c.id,
        category: a.category,
        name: e.name.trim().to_string(),
        province: e.province.trim().to_string(),
        year: e.year.trim().to_string(),
        total,
        band_id: s.band_id,
        band: bands[band_rank].name,
        band_rank,
        pillars: rubric.pillars.iter().map(|p| (p.id, p.name, pillar_points(&s, p.id).unwrap_or_default())).collect(),
        caps: s.caps.iter().map(|c| (c.id, c.max_total)).collect(),
        self_rated,
        flags,
        shortlisted: c.shortlisted,
    }
}

/// What a panel should look at in a candidate's figures: mismatches, invalid, odd-looking
/// and missing figures, criteria marked not applicable, claims without evidence.
fn flags(a: &Assessment, checked: &Checked, s: &Score, warnings: Vec<Msg>) -> Vec<Flag> {
    let mut flags: Vec<Flag> = warnings.into_iter().map(|text| Flag { kind: FlagKind::Mismatch, text }).collect();
    let invalid = checked.issues.iter().map(|i| match i.target {
        Target::Field(f) => f.label(),
        Target::Year => i18n::YEAR,
    });
    flags.extend(fields_flag(FlagKind::Invalid, invalid, ("isian tidak sah", "invalid figures")));
    let odd = a
        .rubric()
        .fields()
        .into_iter()
        .filter(|f| checked.readings.get(*f).is_some_and(|v| f.implausible(v).is_some()));
    flags.extend(fields_flag(
        FlagKind::Implausible,
        odd.map(Field::label),
        ("angka janggal", "figures that look wrong"),
    ));
    let mut missing: Vec<Field> = Vec::new();
    for c in &s.criteria {
        if let Status::Missing(fields) = &c.status {
            missing.extend(fields.iter().filter(|f| !missing.contains(f)).collect::<Vec<_>>());
        }
    }
    flags.extend(fields_flag(
        FlagKind::Missing,
        missing.into_iter().map(Field::label),
        ("belum diisi", "not filled in"),
    ));
    let marked = s.criteria.iter().filter(|c| c.status == Status::NotApplicable).count();
    if marked > 0 {
        let text = Msg::new(
            format!("{marked} kriteria ditandai tidak berlaku"),
            format!("{marked} criteria marked not applicable"),
        );
        flags.push(Flag { kind: FlagKind::NotApplicable, text });
    }
    flags.extend(unproven_flag(a, s));
    flags
}

/// A flag naming the fields (by their labels) after what is wrong with them, if any.
fn fields_flag(kind: FlagKind, labels: impl Iterator<Item = T>, what: (&str, &str)) -> Option<Flag> {
    let (id, en): (Vec<&str>, Vec<&str>) = labels.map(|t| (t.id, t.en)).unzip();
    (!id.is_empty()).then(|| Flag {
        kind,
        text: Msg::new(format!("{}: {}", what.0, id.join("; ")), format!("{}: {}", what.1, en.join("; "))),
    })
}

/// Criteria earning points without evidence. Without a dossier (older files, the CSV
/// template) the readiness item is the candidate's tick; with one, the dossier answers
/// it. The note tells the two apart.
fn unproven_flag(a: &Assessment, s: &Score) -> Option<Flag> {
    let unproven = dossier::unproven(a, s).len();
    if unproven == 0 {
        return None;
    }
    let text = if dossier::in_use(a) {
        Msg::new(
            format!("klaim tanpa bukti: {unproven} kriteria"),
            format!("claims without evidence: {unproven} criteria"),
        )
    } else {
        Msg::new(
            format!("tanpa daftar bukti ({unproven} kriteria berpoin)"),
            format!("no evidence dossier ({unproven} criteria earning points)"),
        )
    };
    Some(Flag { kind: FlagKind::Unproven, text })
}

/// Every candidate scored, in the order loaded.
pub fn rank(set: &PanelSet) -> Vec<Row> {
    set.candidates.iter().map(|c| row(set, c)).collect()
}

/// What the rows can be sorted by.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SortBy {
    Name,
    Province,
    Total,
    Band,
    Pillar(&'static str),
    Caps,
    SelfRated,
    Flags,
}

/// Which rows are shown, and in what order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct View {
    pub category: Category,
    pub sort: SortBy,
    pub descending: bool,
    pub band: Option<&'static str>,
    /// A province as [`normalised`].
    pub province: Option<String>,
    pub shortlisted_only: bool,
}

impl Default for View {
    fn default() -> Self {
        View {
            category: Category::Kabkota,
            sort: SortBy::Total,
            descending: true,
            band: None,
            province: None,
            shortlisted_only: false,
        }
    }
}

impl View {
    /// Sorts by a column; the same column again turns the order round. Figures start
    /// highest first, names from A.
    pub fn sort_by(&mut self, by: SortBy) {
        if self.sort == by {
            self.descending = !self.descending;
        } else {
            self.sort = by;
            self.descending = !matches!(by, SortBy::Name | SortBy::Province);
        }
    }
}

fn order(a: &Row, b: &Row, by: SortBy) -> Ordering {
    match by {
        SortBy::Name => normalised(&a.name).cmp(&normalised(&b.name)),
        SortBy::Province => normalised(&a.province).cmp(&normalised(&b.province)),
        SortBy::Total => a.total.cmp(&b.total),
        SortBy::Band => a.band_rank.cmp(&b.band_rank),
        SortBy::Pillar(id) => {
            let p = |r: &Row| r.pillars.iter().find(|p| p.0 == id).map(|p| p.2);
            p(a).cmp(&p(b))
        }
        SortBy::Caps => a.caps.len().cmp(&b.caps.len()),
        SortBy::SelfRated => a.self_rated.cmp(&b.self_rated),
        SortBy::Flags => a.flags.len().cmp(&b.flags.len()),
    }
}

/// The rows the view shows, in its order; ties by name, then as loaded.
pub fn visible<'a>(rows: &'a [Row], view: &View) -> Vec<&'a Row> {
    let mut out: Vec<&Row> = rows
        .iter()
        .filter(|r| r.category == view.category)
        .filter(|r| view.band.is_none_or(|b| r.band_id == b))
        .filter(|r| view.province.as_ref().is_none_or(|p| normalised(&r.province) == *p))
        .filter(|r| !view.shortlisted_only || r.shortlisted)
        .collect();
    out.sort_by(|a, b| {
        let o = order(a, b, view.sort);
        (if view.descending { o.reverse() } else { o }).then_with(|| order(a, b, SortBy::Name))
    });
    out
}

/// The provinces among a category's rows, each once, for the filter.
pub fn provinces(rows: &[Row], category: Category) -> Vec<String> {
    // Kept in order as they come: no second sort's code for the page to carry.
    let mut out: Vec<(String, String)> = Vec::new();
    for r in rows.iter().filter(|r| r.category == category && !r.province.is_empty()) {
        let key = normalised(&r.province);
        if let Err(at) = out.binary_search_by(|p| p.0.cmp(&key)) {
            out.insert(at, (key, r.province.clone()));
        }
    }
    out.into_iter().map(|p| p.1).collect()
}

/// The rows shown, as a spreadsheet in the interface's language.
pub fn export(rows: &[&Row], lang: Lang) -> String {
    let pillars: Vec<T> = rows.first().map(|r| r.pillars.iter().map(|p| p.1).collect()).unwrap_or_default();
    let mut header: Vec<T> =
        vec![i18n::PANEL_RANK, i18n::PANEL_NAME, i18n::PROVINCE, i18n::YEAR, i18n::TOTAL, i18n::PANEL_BAND];
    header.extend(pillars);
    header.extend([i18n::CAPS, i18n::PANEL_SELF_RATED, i18n::PANEL_FLAGS, i18n::PANEL_SHORTLIST]);
    let mut out = vec![header.iter().map(|t| t.get(lang).to_string()).collect::<Vec<_>>()];
    for (i, r) in rows.iter().enumerate() {
        let mut line = vec![(i + 1).to_string(), r.name.clone(), r.province.clone(), r.year.clone(), number(r.total)];
        line.push(r.band.get(lang).to_string());
        line.extend(r.pillars.iter().map(|p| number(p.2)));
        line.push(
            r.caps.iter().map(|c| format!("{} {}", i18n::CAP.get(lang), number(c.1))).collect::<Vec<_>>().join("; "),
        );
        line.push(number(r.self_rated));
        line.push(r.flags.iter().map(|f| f.text.get(lang)).collect::<Vec<_>>().join("; "));
        line.push(if r.shortlisted { i18n::PANEL_YES.get(lang).to_string() } else { String::new() });
        out.push(line);
    }
    table(&out)
}
