//! One self-check: the category, what was entered, the user's adjustments, and the
//! version of the rubric it is scored under (what that rubric says of it is in rubric/).

use rust_decimal::Decimal;
use serde::Serialize;
use strum::VariantArray;

use crate::core::base::keys::serialize_by_key;
use crate::core::base::sorted::{as_map, SortedMap, SortedSet};
use crate::core::model::category::Category;
use crate::core::model::evidence::Dossier;
use crate::core::model::inputs::Entry;
use crate::core::model::rates::Day;

/// The versions of the rubric, oldest first; each stays in the code as data, so what was
/// saved under an older one can be scored under it again. Saved by key (`2025.1`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, VariantArray, strum::IntoStaticStr)]
pub enum Version {
    #[strum(serialize = "2025.1")]
    V2025_1,
    #[strum(serialize = "2026.1")]
    V2026_1,
    #[default]
    #[strum(serialize = "2026.2")]
    V2026_2,
}
serialize_by_key!(Version);

impl Version {
    /// The version new assessments use and older ones open in.
    pub const CURRENT: Version = Version::V2026_2;

    /// The year whose data an assessment under it shows unless it says another: the award
    /// of the year after it assesses it (the 2026 award looks at 2025).
    pub fn assessed_year(self) -> u16 {
        match self {
            Version::V2025_1 => 2024,
            Version::V2026_1 | Version::V2026_2 => 2025,
        }
    }
}

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

    /// A new assessment with figures typed in, as the tests set one up.
    #[cfg(test)]
    pub(crate) fn with_figures(category: Category, figures: &[(crate::core::model::inputs::Field, &str)]) -> Self {
        let mut a = Assessment::new(category);
        for (f, v) in figures {
            a.entry.fields.insert(*f, v.to_string());
        }
        a
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
        self.entry.year_number().unwrap_or(self.version.assessed_year())
    }

    /// The day its figures stand at, which picks the rates: 31 December of its year.
    pub fn day(&self) -> Day {
        Day::end_of(self.year())
    }
}
