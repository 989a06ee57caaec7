//! Next year's target: a copy of an assessment for the year after. What was this year
//! becomes its previous year (the budget, the coverage at year end), so the growth the
//! target shows is growth over this year, not over the year before it.

use crate::core::model::assessment::Assessment;
use crate::core::model::inputs::Field::{
    self, ActiveParticipants, BudgetCurrent, BudgetPrevious, CoveragePrevious, Employed,
};
use crate::core::rubric::measure::{coverage, Change};

/// The previous-year figures a target takes from this year's, where the rubric asks for them.
const PREVIOUS_YEAR: [Field; 2] = [BudgetPrevious, CoveragePrevious];

/// Whether `a`'s target takes any figure of this year as its year before: then the
/// target's growth is counted from this year, and says so.
pub fn carries_this_year(a: &Assessment) -> bool {
    let asked = a.rubric().fields();
    PREVIOUS_YEAR.iter().any(|f| asked.contains(f))
}

/// The copy for the year after `a`'s (the year stays as it is when it is not a number).
/// Every other entry is kept, to be edited into the plan. A previous-year figure the form
/// of `a`'s rubric asks for is this year's, or left empty when this year's does not read.
pub fn next_year(a: &Assessment) -> Assessment {
    let mut next = a.clone();
    if let Some(y) = a.entry.year.trim().parse::<u16>().ok().and_then(|y| y.checked_add(1)) {
        next.entry.year = y.to_string();
    }
    let reads = |field| a.entry.figure(field).and_then(Result::ok);
    let employed = reads(Employed).filter(|e| !e.is_zero());
    let this_year = PREVIOUS_YEAR.map(|field| {
        let value = match field {
            BudgetPrevious => reads(BudgetCurrent),
            CoveragePrevious => employed.zip(reads(ActiveParticipants)).map(|(e, p)| coverage(p, e).round_dp(2)),
            _ => None,
        };
        (field, value)
    });
    let asked = a.rubric().fields();
    for (field, value) in this_year.into_iter().filter(|(f, _)| asked.contains(f)) {
        next.entry.fields.remove(&field);
        if let Some(value) = value {
            Change::Figures(vec![(field, value)]).apply(&mut next);
        }
    }
    next
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::model::category::Category;
    use crate::core::model::inputs::Field;

    fn kabkota(figures: &[(Field, &str)]) -> Assessment {
        let mut a = Assessment::with_figures(Category::Kabkota, figures);
        a.entry.year = "2024".into();
        a
    }

    #[test]
    fn this_years_budget_and_coverage_become_the_previous_years() {
        let a = kabkota(&[
            (Employed, "19.654"),
            (ActiveParticipants, "12.000"),
            (BudgetPrevious, "900.000.000"),
            (BudgetCurrent, "1.457.000.000"),
            (CoveragePrevious, "48"),
        ]);
        let next = next_year(&a);
        assert_eq!(next.entry.year, "2025");
        assert_eq!(next.entry.raw(BudgetPrevious), "1.457.000.000");
        assert_eq!(next.entry.raw(CoveragePrevious), "61,06", "12.000 of 19.654 employed, 61,056%");
        assert_eq!(next.entry.raw(BudgetCurrent), "1.457.000.000", "this year's budget, to be planned");
        assert_eq!(next.entry.raw(Employed), "19.654");
        assert_eq!(a.entry.raw(BudgetPrevious), "900.000.000", "the assessment itself is untouched");
    }

    #[test]
    fn a_figure_that_does_not_read_leaves_the_previous_year_empty() {
        let a = kabkota(&[
            (Employed, "0"),
            (ActiveParticipants, "12.000"),
            (BudgetPrevious, "900.000.000"),
            (BudgetCurrent, "satu miliar"),
            (CoveragePrevious, "48"),
        ]);
        let next = next_year(&a);
        assert_eq!((next.entry.raw(BudgetPrevious), next.entry.raw(CoveragePrevious)), ("", ""));
        assert_eq!(next.entry.raw(BudgetCurrent), "satu miliar", "kept as typed, with its message");
    }

    #[test]
    fn a_company_gets_no_field_its_form_does_not_ask_for() {
        let mut a = Assessment::with_figures(Category::BuBesarMenengah, &[(Field::Employees, "120")]);
        a.entry.year = "abad ini".into();
        let next = next_year(&a);
        assert_eq!(next.entry.year, "abad ini");
        assert_eq!(next.entry.fields, a.entry.fields);
    }
}
