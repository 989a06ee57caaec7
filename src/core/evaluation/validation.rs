//! Impossible or inconsistent figures, each tied to the field to fix: the figures as
//! checked ([`Checked`], in checked.rs, where the measures read them).

use rust_decimal::Decimal;

use crate::core::base::number::format_decimal;
use crate::core::base::text::Msg;
use crate::core::model::assessment::Assessment;
use crate::core::model::checked::{Checked, Issue, Read, Target};
use crate::core::model::inputs::{Entry, Field};

impl Read {
    /// Reads one field, in place of what it read before.
    fn field(&mut self, entry: &Entry, field: Field, relevant: &[Field]) {
        self.readings.remove(field);
        self.issues.retain(|i| i.target != Target::Field(field));
        match entry.figure(field) {
            Some(Ok(value)) => self.readings.set(field, value),
            Some(Err(error)) if relevant.contains(&field) => {
                let at = self.issues.partition_point(|i| matches!(i.target, Target::Field(f) if f < field));
                self.issues.insert(at, Issue { target: Target::Field(field), message: error.message() });
            }
            _ => {}
        }
    }
}

impl Checked {
    /// The check of a copy of the checked assessment whose fields differ only in `fields`:
    /// those are read again and all figures compared again, so it equals a full check of
    /// the copy.
    pub(crate) fn retyped(&self, assessment: &Assessment, fields: impl IntoIterator<Item = Field>) -> Checked {
        let relevant = assessment.rubric().fields();
        let mut read = self.read.clone();
        for field in fields {
            read.field(&assessment.entry, field, &relevant);
        }
        compare(assessment, &relevant, read)
    }
}

/// Registered participants against the employed: above 100 % is possible (registrations
/// by employer location, an old estimate of the employed); rubrics from 2026.2 read it as
/// full coverage with a note (derived.rs), earlier ones refuse it.
const COVERAGE: (Field, Field) = (Field::ActiveParticipants, Field::Employed);

/// `part` can never exceed `whole`.
pub const PART_OF_WHOLE: &[(Field, Field)] = &[
    COVERAGE,
    (Field::NonAsnCovered, Field::NonAsnTotal),
    (Field::VillageOfficialsCovered, Field::VillageOfficialsTotal),
    (Field::SocialWorkersCovered, Field::SocialWorkersTotal),
    (Field::RegisteredEmployees, Field::Employees),
    (Field::VendorsParticipating, Field::VendorsTotal),
    (Field::WageBillReported, Field::WageBillActual),
];

/// A denominator that must be above zero for a share to mean anything.
const NOT_ZERO: &[Field] = &[
    Field::Employed,
    Field::CoverageTarget,
    Field::NonAsnTotal,
    Field::VillageOfficialsTotal,
    Field::SocialWorkersTotal,
    Field::VulnerableTarget,
    Field::Employees,
    Field::WageBillActual,
    Field::VendorsTotal,
];

pub fn check(assessment: &Assessment) -> Checked {
    let relevant = assessment.rubric().fields();
    let mut read = Read::default();
    for field in Field::ALL {
        read.field(&assessment.entry, field, &relevant);
    }
    compare(assessment, &relevant, read)
}

/// Compares the figures read with each other and checks the year; figures found wrong
/// are left out of the readings.
fn compare(assessment: &Assessment, relevant: &[Field], read: Read) -> Checked {
    let (mut readings, mut issues) = (read.readings.clone(), read.issues.clone());
    let has = |f: Field| relevant.contains(&f);

    for &field in NOT_ZERO {
        if has(field) && readings.get(field) == Some(Decimal::ZERO) {
            issues.push(Issue {
                target: Target::Field(field),
                message: Msg::new(
                    "Harus lebih dari 0 agar persentase bisa dihitung. Bila memang tidak ada, tandai kriterianya \u{201c}tidak berlaku\u{201d}.",
                    "Must be above 0 for the percentage to be computed. If there are none, mark the criterion \u{201c}not applicable\u{201d}.",
                ),
            });
        }
    }
    let above_full = assessment.full_rubric().reading.coverage_above_full;
    for &(part, whole) in PART_OF_WHOLE {
        if !(has(part) && has(whole)) || (above_full && (part, whole) == COVERAGE) {
            continue;
        }
        if let (Some(p), Some(w)) = (readings.get(part), readings.get(whole)) {
            if p > w {
                let (p, w, whole) = (format_decimal(p, 2), format_decimal(w, 2), whole.label());
                issues.push(Issue {
                    target: Target::Field(part),
                    message: Msg::new(
                        format!("{p} melebihi \u{201c}{}\u{201d} ({w}). Periksa kembali kedua angka.", whole.id),
                        format!("{p} exceeds \u{201c}{}\u{201d} ({w}). Check both figures.", whole.en),
                    ),
                });
            }
        }
    }
    let months = |f: Field| readings.get(f).filter(|_| has(f));
    if months(Field::MonthsOnTime).is_some_and(|m| m > Decimal::from(12)) {
        issues.push(Issue {
            target: Target::Field(Field::MonthsOnTime),
            message: Msg::new("Setahun hanya 12 bulan.", "A year has only 12 months."),
        });
    }
    if months(Field::CoverMonths).is_some_and(|m| m > Decimal::from(12) || m < Decimal::ONE) {
        issues.push(Issue {
            target: Target::Field(Field::CoverMonths),
            message: Msg::new("Isi 1 sampai 12 bulan.", "Enter 1 to 12 months."),
        });
    }
    if !assessment.entry.year.trim().is_empty() && assessment.entry.year_number().is_none() {
        issues.push(Issue {
            target: Target::Year,
            message: Msg::new(
                "Tahun ditulis empat angka, 2017 atau sesudahnya.",
                "Write the year as four digits, 2017 or later.",
            ),
        });
    }
    for issue in &issues {
        if let Target::Field(f) = issue.target {
            readings.remove(f);
        }
    }
    Checked { readings, issues: in_form_order(issues, relevant), read }
}

/// The issues in the order the form asks: the year first, then the fields as the rubric
/// reads them; a field's own issues in the order found. Placed one by one, as a sort
/// would be WebAssembly of its own.
fn in_form_order(issues: Vec<Issue>, relevant: &[Field]) -> Vec<Issue> {
    let place = |i: &Issue| match i.target {
        Target::Year => 0,
        Target::Field(f) => 1 + relevant.iter().position(|r| *r == f).unwrap_or(relevant.len()),
    };
    let mut ordered: Vec<Issue> = Vec::with_capacity(issues.len());
    for issue in issues {
        let at = ordered.partition_point(|o| place(o) <= place(&issue));
        ordered.insert(at, issue);
    }
    ordered
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::model::category::Category;

    #[test]
    fn covered_above_total_is_tied_to_the_covered_field() {
        let mut a = Assessment::with_figures(
            Category::Kabkota,
            &[(Field::Employed, "19.654"), (Field::ActiveParticipants, "20.000")],
        );
        // Rubric 2026.2 reads coverage above 100 % as full coverage, with a note.
        assert!(check(&a).issues.is_empty());
        a.version = crate::core::model::assessment::Version::V2026_1;
        let c = check(&a);
        let issue = c.issue(Target::Field(Field::ActiveParticipants)).expect("an issue");
        assert!(issue.message.id.contains("melebihi"), "{}", issue.message.id);
        assert!(issue.message.id.contains("19.654"));
        assert!(c.readings.get(Field::ActiveParticipants).is_none());
        assert_eq!(c.readings.get(Field::Employed), Some(Decimal::from(19654)));
    }

    #[test]
    fn issues_come_in_the_form_s_order_the_year_first() {
        // Typed in this order: months (pillar 3), non-ASN (pillar 2), then the year.
        let mut a = Assessment::with_figures(
            Category::Kabkota,
            &[(Field::CoverMonths, "13"), (Field::NonAsnCovered, "5"), (Field::NonAsnTotal, "4")],
        );
        a.entry.year = "20244".into();
        let targets: Vec<Target> = check(&a).issues.iter().map(|i| i.target).collect();
        let form = a.rubric().fields();
        let at = |f| form.iter().position(|x| *x == f).expect("asked");
        assert_eq!(targets[0], Target::Year, "{targets:?}");
        let fields: Vec<usize> =
            targets[1..].iter().map(|t| if let Target::Field(f) = t { at(*f) } else { usize::MAX }).collect();
        assert!(fields.len() == 2 && fields.windows(2).all(|w| w[0] <= w[1]), "{targets:?}");
    }

    #[test]
    fn fields_of_other_categories_are_ignored() {
        let a = Assessment::with_figures(Category::BuBesar, &[(Field::Employed, "abc")]);
        assert!(check(&a).issues.is_empty());
    }

    #[test]
    fn zero_denominators_months_and_year() {
        let mut a =
            Assessment::with_figures(Category::BuMenengah, &[(Field::Employees, "0"), (Field::MonthsOnTime, "13")]);
        a.entry.year = "24".into();
        let c = check(&a);
        assert!(c.is_invalid(Field::Employees));
        assert!(c.is_invalid(Field::MonthsOnTime));
        assert!(c.issue(Target::Year).is_some());
        a.entry.year = "2024".into();
        assert!(check(&a).issue(Target::Year).is_none());
    }

    #[test]
    fn a_copy_with_fields_typed_anew_is_checked_as_a_full_check_would() {
        let texts = ["", "0", "12", "19.654", "abc", "1,5", "25.000", "13", "Rp 2 miliar", "150%"];
        for category in [Category::Kabkota, Category::BuBesar, Category::Desa] {
            let a = Assessment::with_figures(
                category,
                &[
                    (Field::Employed, "19.654"),
                    (Field::ActiveParticipants, "15.386"),
                    (Field::CoverageTarget, "x"),
                    (Field::Employees, "100"),
                    (Field::RegisteredEmployees, "120"),
                    (Field::MonthsOnTime, "11"),
                    (Field::VillageOfficialsTotal, "0"),
                ],
            );
            let checked = check(&a);
            for (i, field) in Field::ALL.into_iter().enumerate() {
                for (j, text) in texts.iter().enumerate() {
                    let mut b = a.clone();
                    b.entry.fields.insert(field, text.to_string());
                    // A second field typed too, so issues must land in field order.
                    let other = Field::ALL[(i * 7 + j) % Field::ALL.len()];
                    b.entry.fields.insert(other, texts[(i + j) % texts.len()].to_string());
                    assert_eq!(checked.retyped(&b, [field, other]), check(&b), "{category:?} {field:?} {text:?}");
                }
            }
        }
    }

    #[test]
    fn parse_errors_become_field_issues() {
        let a = Assessment::with_figures(Category::Kabkota, &[(Field::BudgetCurrent, "Rp 1,5 kilo")]);
        let c = check(&a);
        assert!(c.is_invalid(Field::BudgetCurrent));
        assert_eq!(a.entry.raw(Field::BudgetCurrent), "Rp 1,5 kilo");
    }
}
