//! One self-check: the category, what was entered, and the user's adjustments.

use rust_decimal::Decimal;
use serde::Serialize;

use super::category::Category;
use super::inputs::Entry;
use super::rubric::{rubric, CategoryRubric, Criterion};
use super::sorted::{as_map, SortedMap, SortedSet};

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Assessment {
    pub category: Category,
    pub entry: Entry,
    /// Criterion ids the user marked "tidak berlaku"; the rest are renormalised.
    pub not_applicable: SortedSet<String>,
    /// User-adjusted weights by criterion id; missing ids keep the rubric's default.
    #[serde(serialize_with = "as_map")]
    pub weights: SortedMap<String, Decimal>,
}

impl Assessment {
    pub fn new(category: Category) -> Self {
        Assessment { category, entry: Entry::default(), not_applicable: SortedSet::new(), weights: SortedMap::new() }
    }

    pub fn rubric(&self) -> &'static CategoryRubric {
        rubric().category(self.category)
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
