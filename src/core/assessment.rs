//! One self-check: the category, what was entered, and the user's adjustments.

use rust_decimal::Decimal;
use serde::Serialize;

use super::category::Category;
use super::evidence::Dossier;
use super::inputs::Entry;
use super::rates::Day;
use super::rubric::{CategoryRubric, Criterion, Rubric, Version};
use super::sorted::{as_map, SortedMap, SortedSet};

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Assessment {
    pub category: Category,
    /// The rubric it is scored under: the current one once opened.
    #[serde(rename = "rubric")]
    pub version: Version,
    /// The older rubric it was saved under, until the user has seen what the change did.
    #[serde(rename = "rubric_before", skip_serializing_if = "Option::is_none")]
    pub saved_under: Option<Version>,
    pub entry: Entry,
    /// Criterion ids the user marked "tidak berlaku"; the rest are renormalised.
    pub not_applicable: SortedSet<String>,
    /// User-adjusted weights by criterion id; missing ids keep the rubric's default.
    #[serde(serialize_with = "as_map")]
    pub weights: SortedMap<String, Decimal>,
    /// The documents behind its claims, by criterion id.
    pub evidence: Dossier,
}

impl Assessment {
    pub fn new(category: Category) -> Self {
        Assessment {
            category,
            version: Version::CURRENT,
            saved_under: None,
            entry: Entry::default(),
            not_applicable: SortedSet::new(),
            weights: SortedMap::new(),
            evidence: Dossier::default(),
        }
    }

    /// The whole rubric it is scored under (bands, version).
    pub fn full_rubric(&self) -> &'static Rubric {
        self.version.rubric()
    }

    pub fn rubric(&self) -> &'static CategoryRubric {
        self.full_rubric().category(self.category)
    }

    /// Opens it under the current rubric, remembering the older one it was saved under
    /// (and keeping every entry). Nothing changes when it is current already.
    pub fn upgrade(&mut self) {
        if self.version != Version::CURRENT {
            self.saved_under = self.saved_under.or(Some(self.version));
            self.version = Version::CURRENT;
        }
    }

    /// The year its figures are for: the one entered, or the rubric's assessed year.
    pub fn year(&self) -> u16 {
        self.entry.year_number().unwrap_or(self.full_rubric().assessed_year)
    }

    /// The day its figures stand at, which picks the rates: 31 December of its year.
    pub fn day(&self) -> Day {
        Day::end_of(self.year())
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
