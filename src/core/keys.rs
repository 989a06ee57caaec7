//! Stable text keys for the enums that are saved, exported or put in links. One key per
//! value, written once here or next to the enum; saving and reading both go through it.

/// An enum with a fixed list of values, each with a stable key.
pub trait Keyed: Copy + PartialEq + 'static {
    const ALL: &'static [Self];
    fn key(self) -> &'static str;
    fn from_key(key: &str) -> Option<Self> {
        Self::ALL.iter().copied().find(|x| x.key() == key)
    }
}

/// Saves a [`Keyed`] enum as its key.
macro_rules! serialize_by_key {
    ($($t:ty),* $(,)?) => {$(
        impl serde::Serialize for $t {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str($crate::core::keys::Keyed::key(*self))
            }
        }
    )*};
}
pub(crate) use serialize_by_key;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::category::{BusinessSize, Category};
    use crate::core::inputs::{Field, Item, RegulationLevel};
    use crate::core::money::{Programme, RiskGroup};
    use crate::core::text::Lang;
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
        assert_eq!(Item::AdHocAndBumdWorkers.key(), "ad_hoc_and_bumd_workers");
        assert_eq!(RiskGroup::R3.key(), "R3");
        assert_eq!(Programme::Jp.key(), "JP");
    }
}
