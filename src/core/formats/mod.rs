//! The saved formats: the one JSON reader and its policy, browser storage, the assessment
//! file, share links, CSV.

pub mod csv;
pub mod file;
pub mod json;
pub mod link;
pub mod persist;

/// What the formats' tests write and read back.
#[cfg(test)]
pub(crate) mod samples {
    use crate::core::model::assessment::Assessment;
    use crate::core::model::category::{BusinessSize, Category};
    use crate::core::model::inputs::{Attendance, Field, Item, RegulationLevel};
    use crate::core::model::money::{Programme, RiskGroup};
    use rust_decimal::Decimal;

    /// Every part of an assessment set, with text that needs escaping and figures as typed
    /// (one of them unreadable).
    pub fn every_part() -> Assessment {
        let mut a = Assessment::new(Category::LayananPublik);
        a.entry.name = "RSUD \u{201c}Sehat\u{201d}; Unit 2".into();
        a.entry.year = "2024".into();
        a.entry.size = Some(BusinessSize::Menengah);
        a.entry.risk = RiskGroup::R4;
        a.entry.regulation = RegulationLevel::Instruksi;
        a.entry.attendance = Attendance::Head;
        a.entry.programmes.insert(Programme::Jp);
        a.entry.programmes.insert(Programme::Jkk);
        a.entry.checked.insert(Item::FollowUpDone);
        a.entry.checked.insert(Item::PermitCondition);
        a.entry.fields.insert(Field::Employees, "1.240".into());
        a.entry.fields.insert(Field::CsrSpend, "Rp 4.838.400,-".into());
        a.entry.fields.insert(Field::Arrears, "12x".into());
        a.not_applicable.insert("rantai_pasok.vendor".into());
        a.weights.insert("kepatuhan.upah".into(), Decimal::new(1275, 2));
        a
    }
}
