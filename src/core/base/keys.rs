//! Stable text keys for the enums that are saved, exported or put in links. Each enum
//! states its keys once, where it is declared, by derive:
//! `#[derive(strum::VariantArray, strum::IntoStaticStr)]` with `#[strum(serialize_all = …)]`
//! (or `#[strum(serialize = "…")]` on a value whose key differs). Saving and reading both
//! go through [`Keyed`].

/// An enum with a fixed list of values, each with a stable key.
pub trait Keyed: Copy + PartialEq + 'static {
    const ALL: &'static [Self];
    fn key(self) -> &'static str;
    fn from_key(key: &str) -> Option<Self> {
        Self::ALL.iter().copied().find(|x| x.key() == key)
    }
}

impl<E> Keyed for E
where
    E: strum::VariantArray + Copy + PartialEq + 'static,
    &'static str: From<E>,
{
    const ALL: &'static [E] = E::VARIANTS;
    fn key(self) -> &'static str {
        self.into()
    }
}

/// The values of a keyed enum as an array, for the `ALL` constants the interface iterates
/// by value (`Category::ALL` and the like); the length is checked when compiling.
pub const fn array<T: Copy, const N: usize>(all: &[T]) -> [T; N] {
    assert!(all.len() == N);
    let mut out = [all[0]; N];
    let mut i = 1;
    while i < N {
        out[i] = all[i];
        i += 1;
    }
    out
}

/// Saves a [`Keyed`] enum as its key.
macro_rules! serialize_by_key {
    ($($t:ty),* $(,)?) => {$(
        impl serde::Serialize for $t {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str($crate::core::base::keys::Keyed::key(*self))
            }
        }
    )*};
}
pub(crate) use serialize_by_key;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::base::text::Lang;
    use crate::core::model::assessment::Version;
    use crate::core::model::category::{BusinessSize, Category};
    use crate::core::model::inputs::{Attendance, Field, Item, RegulationLevel, RevenueShare};
    use crate::core::model::money::{Package, Programme, RiskGroup};
    use std::collections::BTreeSet;

    fn check<T: Keyed + serde::Serialize + std::fmt::Debug>() {
        let keys: BTreeSet<&str> = T::ALL.iter().map(|x| x.key()).collect();
        assert_eq!(keys.len(), T::ALL.len(), "keys are unique");
        for x in T::ALL {
            assert_eq!(T::from_key(x.key()), Some(*x));
            assert_eq!(serde_json::to_string(x).unwrap(), format!("\"{}\"", x.key()));
        }
        assert_eq!(T::from_key("no-such-key"), None);
    }

    #[test]
    fn every_keyed_enum_round_trips() {
        check::<Field>();
        check::<Item>();
        check::<RegulationLevel>();
        check::<Category>();
        check::<BusinessSize>();
        check::<RiskGroup>();
        check::<Programme>();
        check::<Lang>();
        check::<Package>();
        check::<Version>();
    }

    fn keys<T: Keyed>() -> Vec<&'static str> {
        T::ALL.iter().map(|x| x.key()).collect()
    }

    /// Every key as saved data holds it, in the order of `ALL`: written out here once
    /// more, on purpose, so that no change to how keys are made can alter one unseen.
    #[test]
    fn every_saved_key_stays_byte_for_byte() {
        let categories = [
            "provinsi",
            "kabkota",
            "desa",
            "kelurahan",
            "bu_besar",
            "bu_menengah",
            "bu_besar_menengah",
            "umk",
            "layanan_publik",
        ];
        assert_eq!(keys::<Category>(), categories);
        assert_eq!(keys::<BusinessSize>(), ["besar", "menengah", "kecil", "mikro"]);
        assert_eq!(keys::<RiskGroup>(), ["R1", "R2", "R3", "R4", "R5"]);
        assert_eq!(keys::<Programme>(), ["JKK", "JKM", "JHT", "JP"]);
        assert_eq!(keys::<Lang>(), ["id", "en"]);
        assert_eq!(keys::<Attendance>(), ["nobody", "delegate", "deputy", "head"]);
        assert_eq!(keys::<RevenueShare>(), ["unanswered", "in_budget", "beyond"]);
        assert_eq!(keys::<Package>(), ["jkk_jkm", "with_jht"]);
        assert_eq!(keys::<Version>(), ["2025.1", "2026.1", "2026.2"]);
        let levels = ["none", "surat_edaran", "instruksi", "peraturan_kepala", "peraturan_daerah"];
        assert_eq!(keys::<RegulationLevel>(), levels);
        let fields = [
            "employed",
            "active_participants",
            "coverage_target",
            "non_asn_total",
            "non_asn_covered",
            "village_officials_total",
            "village_officials_covered",
            "social_workers_total",
            "social_workers_covered",
            "vulnerable_target",
            "vulnerable_covered",
            "budget_previous",
            "budget_current",
            "coverage_previous",
            "funding_revenue_share",
            "funding_zakat",
            "funding_csr",
            "funding_donations",
            "cover_months",
            "employees",
            "registered_employees",
            "wage_bill_actual",
            "wage_bill_reported",
            "months_on_time",
            "arrears",
            "vendors_total",
            "vendors_participating",
            "csr_workers",
            "csr_spend",
        ];
        assert_eq!(keys::<Field>(), fields);
        let items = [
            "permit_condition",
            "procurement_condition",
            "public_service_condition",
            "requires_budget",
            "requires_village_officials",
            "collaboration_scheme",
            "mobile_registration",
            "data_integration",
            "outreach_programme",
            "ad_hoc_and_bumd_workers",
            "village_fund_contribution",
            "cooperation_agreement",
            "employer_sanctions",
            "planned_in_budget",
            "compliance_team",
            "dtsen_targeting",
            "administrative_order",
            "register_before_start",
            "extra_benefits",
            "worker_education",
            "payroll_integration",
            "encourage_partners",
            "service_condition",
            "documents_ready",
            "data_verified",
            "presentation_ready",
            "follow_up_done",
        ];
        assert_eq!(keys::<Item>(), items);
        // The lists and names the interface uses keep meaning the same values and keys.
        assert_eq!(Category::ALL[..], *<Category as Keyed>::ALL);
        assert_eq!(BusinessSize::ALL[..], *<BusinessSize as Keyed>::ALL);
        assert_eq!(RiskGroup::ALL[..], *<RiskGroup as Keyed>::ALL);
        assert_eq!(Programme::ALL[..], *<Programme as Keyed>::ALL);
        assert_eq!(RegulationLevel::ALL[..], *<RegulationLevel as Keyed>::ALL);
        assert_eq!(Field::ALL[..], *<Field as Keyed>::ALL);
        assert!(Category::ALL.iter().all(|c| c.code() == c.key() && Category::from_code(c.code()) == Some(*c)));
        assert!(Programme::ALL.iter().all(|p| p.code() == p.key()));
        assert!(Lang::ALL.iter().all(|l| l.code() == l.key()));
    }
}
