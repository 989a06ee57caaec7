//! Two to five candidates side by side, criterion by criterion, scored as the ranking
//! scores them; lined up as the comparison of two assessments lines them up.

use rust_decimal::Decimal;

use super::PanelSet;
use crate::core::base::text::T;
use crate::core::evaluation::compare::{lined_up, pillar_points};
use crate::core::evaluation::score;
use crate::core::evaluation::scoring::CriterionScore;
use crate::core::evaluation::validation::check;

/// The fewest and most candidates compared at once.
pub const COMPARED: std::ops::RangeInclusive<usize> = 2..=5;

/// One criterion across the candidates; `None` where a candidate's category lacks it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Line {
    pub id: &'static str,
    pub title: T,
    pub self_rated: bool,
    pub cells: Vec<Option<CriterionScore>>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PillarLine {
    pub id: &'static str,
    pub name: T,
    pub points: Vec<Option<Decimal>>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SideBySide {
    pub ids: Vec<u32>,
    pub names: Vec<String>,
    pub criteria: Vec<Line>,
    pub pillars: Vec<PillarLine>,
    /// The totals as shown.
    pub totals: Vec<Decimal>,
}

/// The candidates `ids` side by side; `None` unless two to five of them are in the set.
pub fn side_by_side(set: &PanelSet, ids: &[u32]) -> Option<SideBySide> {
    let chosen: Vec<_> = ids.iter().filter_map(|id| set.get(*id)).collect();
    COMPARED.contains(&chosen.len()).then(|| lined(set, &chosen))
}

/// One candidate criterion by criterion, as the printed report shows each shortlisted one.
pub fn breakdown(set: &PanelSet, id: u32) -> Option<SideBySide> {
    set.get(id).map(|c| lined(set, &[c]))
}

fn lined(set: &PanelSet, chosen: &[&super::Candidate]) -> SideBySide {
    let assessments: Vec<_> = chosen.iter().map(|c| set.as_scored(c)).collect();
    let scores: Vec<_> = assessments.iter().map(|a| score(a, &check(a))).collect();
    let rubrics: Vec<_> = assessments.iter().map(|a| a.rubric()).collect();
    let (criteria, pillars) = lined_up(&rubrics);
    SideBySide {
        ids: chosen.iter().map(|c| c.id).collect(),
        names: chosen.iter().map(|c| c.assessment.entry.name.trim().to_string()).collect(),
        criteria: criteria
            .into_iter()
            .map(|c| Line {
                id: c.id,
                title: c.title,
                self_rated: c.self_rated,
                cells: scores.iter().map(|s| s.criterion(c.id).cloned()).collect(),
            })
            .collect(),
        pillars: pillars
            .into_iter()
            .map(|p| PillarLine {
                id: p.id,
                name: p.name,
                points: scores.iter().map(|s| pillar_points(s, p.id)).collect(),
            })
            .collect(),
        totals: scores.iter().map(|s| s.shown_total()).collect(),
    }
}
