//! The rubric as data: versioned, every criterion with a stable id, weight, rule,
//! explanation and source. No official weights exist; these are the project's estimate.

pub mod measure;

pub mod calibration;
mod v2025_1;
mod v2026_1;
mod v2026_2;

use rust_decimal::Decimal;

use crate::core::base::number::format_points;
use crate::core::base::text::{Lang, MethodOnly, Msg, T};
use crate::core::model::assessment::{Assessment, Version};
use crate::core::model::category::Category;
use crate::core::model::inputs::{Field, Item};
use crate::core::rubric::measure::{CapRule, Measure, Rule};

/// Each version's rubric stays in the code as data (the versions: [`Version`]).
impl Version {
    pub fn rubric(self) -> &'static Rubric {
        match self {
            Version::V2025_1 => &v2025_1::RUBRIC,
            Version::V2026_1 => &v2026_1::RUBRIC,
            Version::V2026_2 => &v2026_2::RUBRIC,
        }
    }
}

/// Shown on every screen and written into every file and link.
pub const RUBRIC_VERSION: &str = "2026.2";

#[derive(Debug)]
pub struct Rubric {
    pub version: Version,
    pub bands: &'static [Band],
    pub categories: &'static [CategoryRubric],
    pub reading: Reading,
    /// What changed from the version before that its criteria alone do not show, and why
    /// (the method page lists these before the changes read from the data).
    pub changes: &'static [MethodOnly],
}

/// How a version reads figures, beside its criteria.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Reading {
    /// Participants above the employed are read as full coverage, with a note on the
    /// figure, rather than refused as impossible (from 2026.2).
    pub coverage_above_full: bool,
    /// The form asks whether the APBD line already holds the revenue-share funds, which
    /// are added only when it does not; before, they were always added (from 2026.2).
    pub asks_revenue_share: bool,
}

#[derive(Debug)]
pub struct CategoryRubric {
    pub category: Category,
    pub pillars: &'static [Pillar],
    pub criteria: &'static [Criterion],
    pub caps: &'static [Cap],
    /// Why the pillars are weighted as they are for this category (the method pages).
    pub rationale: MethodOnly,
}

#[derive(Debug)]
pub struct Pillar {
    pub id: &'static str,
    pub name: T,
    pub explanation: T,
}

#[derive(Debug)]
pub struct Criterion {
    /// Stable across versions of the rubric; saved data refers to criteria by it.
    pub id: &'static str,
    pub pillar: &'static str,
    /// Default weight in points out of 100 for the category.
    pub weight: Decimal,
    pub measure: Measure,
    pub rule: Rule,
    pub title: T,
    pub explanation: T,
    /// Why it weighs what it does: on the method page only, which the form links to.
    pub why_weight: MethodOnly,
    /// What the criterion rests on: on the method page only, which the form links to.
    pub source: MethodOnly,
    /// The panel's judgement cannot be computed: the user rates this item.
    pub self_rated: bool,
}

#[derive(Debug)]
pub struct Band {
    /// Lowest total (inclusive) of the band.
    pub from: Decimal,
    pub id: &'static str,
    pub name: T,
    pub advice: T,
}

#[derive(Debug)]
pub struct Cap {
    pub id: &'static str,
    pub rule: CapRule,
    pub max_total: Decimal,
    pub explanation: T,
    /// On the method page only.
    pub source: MethodOnly,
}

impl Rubric {
    /// The category's rubric. The current rubric has every category (a test checks it); an
    /// older one may lack a category added later, and then answers with its first.
    pub fn category(&self, category: Category) -> &CategoryRubric {
        self.covering(category).unwrap_or(&self.categories[0])
    }

    /// The category's rubric, if this version has the category.
    pub fn covering(&self, category: Category) -> Option<&CategoryRubric> {
        self.categories.iter().find(|c| c.category == category)
    }

    pub fn band(&self, total: Decimal) -> &Band {
        self.bands.iter().rev().find(|b| total >= b.from).unwrap_or(&self.bands[0])
    }

    /// The band a score names by its id.
    pub fn band_by_id(&self, id: &str) -> Option<&Band> {
        self.bands.iter().find(|b| b.id == id)
    }
}

impl CategoryRubric {
    pub fn criterion(&self, id: &str) -> Option<&Criterion> {
        self.criteria.iter().find(|c| c.id == id)
    }

    pub fn pillar(&self, id: &str) -> Option<&Pillar> {
        self.pillars.iter().find(|p| p.id == id)
    }

    pub fn pillar_weight(&self, pillar: &str) -> Decimal {
        self.criteria.iter().filter(|c| c.pillar == pillar).map(|c| c.weight).sum()
    }

    pub fn total_weight(&self) -> Decimal {
        self.criteria.iter().map(|c| c.weight).sum()
    }

    /// The numeric fields the form asks for, in rubric order, each once.
    pub fn fields(&self) -> Vec<Field> {
        let mut out: Vec<Field> = Vec::new();
        for c in self.criteria {
            for &f in c.measure.fields() {
                if !out.contains(&f) {
                    out.push(f);
                }
            }
        }
        out
    }
}

/// An assessment read under its rubric: here, not in assessment.rs, as the rubric is made
/// of measures, which read assessments.
impl Assessment {
    /// The whole rubric it is scored under (bands, version).
    pub fn full_rubric(&self) -> &'static Rubric {
        self.version.rubric()
    }

    pub fn rubric(&self) -> &'static CategoryRubric {
        self.full_rubric().category(self.category)
    }

    pub fn weight(&self, criterion: &Criterion) -> Decimal {
        self.weights.get(criterion.id).copied().unwrap_or(criterion.weight)
    }

    /// Custom weights are in use when any differs from the rubric's default.
    pub fn has_custom_weights(&self) -> bool {
        self.rubric().criteria.iter().any(|c| self.weight(c) != c.weight)
    }

    pub fn is_applicable(&self, criterion: &Criterion) -> bool {
        !self.not_applicable.contains(criterion.id)
    }
}

/// The rubric in force.
pub fn rubric() -> &'static Rubric {
    Version::CURRENT.rubric()
}

/// What changed from `old` to `new`, in words, category by category; categories whose
/// changes read the same are named together. Generated from the two rubrics' data.
pub fn differences(old: &Rubric, new: &Rubric) -> Vec<Msg> {
    let mut groups: Vec<(Vec<T>, Vec<Msg>)> = Vec::new();
    for cat in new.categories {
        let lines = match old.covering(cat.category) {
            None => vec![Msg::new("kategori baru", "new category")],
            Some(was) => category_differences(was, cat),
        };
        if lines.is_empty() {
            continue;
        }
        match groups.last_mut() {
            Some((names, same)) if *same == lines => names.push(cat.category.name()),
            _ => groups.push((vec![cat.category.name()], lines)),
        }
    }
    let mut out = Vec::new();
    for (names, lines) in groups {
        let join = |get: fn(&T) -> &'static str| names.iter().map(get).collect::<Vec<_>>().join(", ");
        let (id, en) = (join(|t| t.id), join(|t| t.en));
        out.extend(lines.into_iter().map(|l| Msg::new(format!("{id}: {}", l.id), format!("{en}: {}", l.en))));
    }
    out
}

fn category_differences(old: &CategoryRubric, new: &CategoryRubric) -> Vec<Msg> {
    let mut out = Vec::new();
    for c in new.criteria {
        let (t, w) = (c.title, format_points(c.weight));
        let Some(was) = old.criterion(c.id) else {
            out.push(Msg::new(
                format!("kriteria baru \u{201c}{}\u{201d} ({w} poin)", t.id),
                format!("new criterion \u{201c}{}\u{201d} ({w} points)", t.en),
            ));
            continue;
        };
        if was.weight != c.weight {
            let v = format_points(was.weight);
            out.push(Msg::new(
                format!("\u{201c}{}\u{201d} {v} → {w} poin", t.id),
                format!("\u{201c}{}\u{201d} {v} → {w} points", t.en),
            ));
        }
        if let (Measure::Checklist(before), Measure::Checklist(now)) = (was.measure, c.measure) {
            out.extend(checklist_differences(t, &before, &now));
        } else if was.rule != c.rule || was.measure != c.measure {
            let rule = c.rule_text(new.category);
            out.push(Msg::new(
                format!("aturan \u{201c}{}\u{201d} kini: {}", t.id, rule.id),
                format!("rule of \u{201c}{}\u{201d} now: {}", t.en, rule.en),
            ));
        }
    }
    for c in old.criteria.iter().filter(|c| new.criterion(c.id).is_none()) {
        out.push(Msg::new(
            format!("kriteria \u{201c}{}\u{201d} dihapus", c.title.id),
            format!("criterion \u{201c}{}\u{201d} removed", c.title.en),
        ));
    }
    out
}

/// A checklist's items added and removed, each named (the whole list is on the category's
/// part of the method page).
fn checklist_differences(title: T, before: &[Item], now: &[Item]) -> Option<Msg> {
    let added: Vec<Item> = now.iter().copied().filter(|i| !before.contains(i)).collect();
    let removed: Vec<Item> = before.iter().copied().filter(|i| !now.contains(i)).collect();
    if added.is_empty() && removed.is_empty() {
        return None;
    }
    // "new items “A”, “B”; items removed “C”", each part only when it has items.
    let said = |lang: Lang, more: &str, less: &str| {
        let quoted = |items: &[Item]| {
            items.iter().map(|i| format!("\u{201c}{}\u{201d}", i.label().get(lang))).collect::<Vec<_>>().join(", ")
        };
        [(more, &added), (less, &removed)]
            .into_iter()
            .filter(|(_, items)| !items.is_empty())
            .map(|(word, items)| format!("{word} {}", quoted(items)))
            .collect::<Vec<_>>()
            .join("; ")
    };
    Some(Msg::new(
        format!(
            "\u{201c}{}\u{201d}, kini {} butir: {}",
            title.id,
            now.len(),
            said(Lang::Id, "butir baru", "butir dihapus")
        ),
        format!(
            "\u{201c}{}\u{201d}, now {} items: {}",
            title.en,
            now.len(),
            said(Lang::En, "new items", "items removed")
        ),
    ))
}

impl Criterion {
    /// How the rule turns the input into a sub-score, in words (for the method page).
    pub fn rule_text(&self, category: Category) -> Msg {
        self.measure.rule_text(self.rule, category)
    }
}

impl Cap {
    /// The one step that lifts a cap which several criteria's findings raise: all of
    /// them resolved together. `None` where one criterion raises it, as its own step
    /// lifts it.
    pub fn lift_text(&self) -> Option<Msg> {
        let max = format_points(self.max_total);
        match self.rule {
            CapRule::ComplianceFindings => Some(Msg::new(
                format!("Tuntaskan semua temuan PDS dan tunggakan sekaligus agar batas nilai {max} terangkat"),
                format!("Resolve every PDS finding and the arrears together so the cap of {max} lifts"),
            )),
            CapRule::NoRegulation => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::base::keys::Keyed;
    use std::collections::BTreeSet;
    use strum::VariantArray;

    fn all_categories() -> impl Iterator<Item = &'static CategoryRubric> {
        Version::VARIANTS.iter().flat_map(|v| v.rubric().categories.iter())
    }

    #[test]
    fn the_current_rubric_has_every_category_and_every_version_sums_to_100() {
        let r = rubric();
        for cat in Category::ALL {
            assert!(r.covering(cat).is_some(), "{cat:?}");
        }
        assert_eq!(r.categories.len(), Category::ALL.len());
        for c in all_categories() {
            assert_eq!(c.total_weight(), Decimal::ONE_HUNDRED, "{:?}", c.category);
        }
        for v in Version::VARIANTS {
            assert_eq!(v.rubric().version, *v);
        }
        assert_eq!(Version::CURRENT.key(), RUBRIC_VERSION);
        assert_eq!(Version::CURRENT, *Version::VARIANTS.last().expect("a version"), "the newest is current");
    }

    #[test]
    fn ids_are_unique_and_pillars_exist() {
        for c in all_categories() {
            let ids: BTreeSet<_> = c.criteria.iter().map(|k| k.id).collect();
            assert_eq!(ids.len(), c.criteria.len(), "{:?}", c.category);
            for k in c.criteria {
                assert!(c.pillar(k.pillar).is_some(), "{} has unknown pillar {}", k.id, k.pillar);
                assert!(k.weight > Decimal::ZERO, "{}", k.id);
                assert!(k.id.starts_with(k.pillar), "{} is named after its pillar", k.id);
                assert!(
                    !k.source.text().id.is_empty()
                        && !k.source.text().en.is_empty()
                        && !k.explanation.id.is_empty()
                        && !k.explanation.en.is_empty()
                );
                assert!(!k.why_weight.text().id.is_empty() && !k.why_weight.text().en.is_empty());
            }
            for p in c.pillars {
                assert!(c.pillar_weight(p.id) > Decimal::ZERO, "pillar {} has no criteria", p.id);
            }
        }
    }

    #[test]
    fn measures_and_rules_fit_together() {
        for c in all_categories() {
            for k in c.criteria {
                let fits = match k.measure {
                    Measure::Regulation => matches!(k.rule, Rule::Ladder(l) if l.len() == 5),
                    Measure::BudgetGrowth | Measure::CoverageGrowth => matches!(k.rule, Rule::Bands(_)),
                    Measure::LeaderAttends => k.rule == Rule::YesNo,
                    Measure::Attendance => {
                        matches!(k.rule, Rule::Ladder(l) if l.len() == crate::core::model::inputs::Attendance::ALL.len())
                    }
                    Measure::Checklist(items) => k.rule == Rule::Checklist && !items.is_empty(),
                    Measure::MandatoryProgrammes => k.rule == Rule::Checklist,
                    _ => k.rule == Rule::RatioToTarget,
                };
                assert!(fits, "{} pairs {:?} with {:?}", k.id, k.measure, k.rule);
                if let Rule::Ladder(steps) = k.rule {
                    assert!(steps.windows(2).all(|w| w[0] <= w[1]), "{} ladder rises", k.id);
                }
                if let Rule::Bands(bands) = k.rule {
                    assert!(bands.windows(2).all(|w| w[0].0 < w[1].0 && w[0].1 <= w[1].1), "{} bands rise", k.id);
                }
            }
        }
    }

    #[test]
    fn the_step_that_lifts_a_cap_names_the_cap_s_own_maximum() {
        let cap = |rule| Cap {
            id: "batas.x",
            rule,
            max_total: Decimal::new(655, 1),
            explanation: T::new("", ""),
            source: MethodOnly::new(T::new("", "")),
        };
        let lift = cap(CapRule::ComplianceFindings).lift_text().expect("a combined step");
        assert!(lift.en.ends_with("so the cap of 65,5 lifts"), "{}", lift.en);
        assert!(lift.id.ends_with("agar batas nilai 65,5 terangkat"), "{}", lift.id);
        assert_eq!(cap(CapRule::NoRegulation).lift_text(), None);
    }

    #[test]
    fn the_differences_between_versions_come_from_their_data() {
        let (old, new) = (Version::V2025_1.rubric(), Version::V2026_1.rubric());
        let latest = differences(new, Version::V2026_2.rubric());
        let has_latest = |needle: &str| latest.iter().any(|m| m.en.contains(needle));
        assert!(has_latest("Urban Ward (Kelurahan): new category"), "{latest:#?}");
        assert!(has_latest("rule of \u{201c}Who attends the interview\u{201d} now: Ladder"), "{latest:#?}");
        // A checklist names only what it gained or lost.
        let content = latest.iter().find(|m| m.en.starts_with("Provincial Government, Regency/City Government: \u{201c}What the regulation requires and funds\u{201d}"));
        assert_eq!(
            content.map(|m| m.en.split(": ").skip(1).collect::<Vec<_>>().join(": ")),
            Some("\u{201c}What the regulation requires and funds\u{201d}, now 6 items: new items \u{201c}Sets administrative sanctions for employers who do not register their workers\u{201d}, \u{201c}The protection programme is written into the annual plan and budget (RKPD and APBD, or the village RKPDes and APBDes)\u{201d}".to_string()),
            "{latest:#?}"
        );
        assert!(differences(new, new).is_empty());
        let d = differences(old, new);
        let has = |needle: &str| d.iter().any(|m| m.en.contains(needle));
        assert!(
            has("Provincial Government, Regency/City Government: new criterion \u{201c}Coverage grows over the previous year\u{201d} (8 points)"),
            "{d:#?}"
        );
        assert!(has("Large and Medium Business (combined): new category"));
        assert!(has("Regency/City Government: \u{201c}Coverage against the region's target\u{201d} 18 → 16 points"));
        assert!(has("rule of \u{201c}Legal instrument on employment social security\u{201d} now"));
        assert!(!d.iter().any(|m| m.en.starts_with("Large Business:")), "unchanged categories are not listed");
    }

    #[test]
    fn bands_rise_and_start_at_zero() {
        for v in Version::VARIANTS {
            let b = &v.rubric().bands;
            assert_eq!(b[0].from, Decimal::ZERO);
            assert!(b.windows(2).all(|w| w[0].from < w[1].from));
        }
        assert_eq!(rubric().band(Decimal::from(60)).id, rubric().band(Decimal::from(50)).id);
    }
}
