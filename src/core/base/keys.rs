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
    use crate::core::model::inputs::{Attendance, Field, Item, Profile, RegulationLevel, RevenueShare};
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

    /// Every key as saved data holds it, in the order of `ALL`: written out once more, on
    /// purpose, in a fixture, so that no change to how keys are made can alter one unseen.
    #[test]
    fn every_saved_key_stays_byte_for_byte() {
        let saved: std::collections::BTreeMap<String, Vec<String>> =
            serde_json::from_str(include_str!("../../../tests/fixtures/saved_keys.json")).expect("fixture");
        // Each type's list, by the type's name; the count shows none in the fixture is skipped.
        macro_rules! hold {
            ($($t:ident),*) => {{
                $(assert_eq!(keys::<$t>(), saved[stringify!($t)], stringify!($t));)*
                [$(stringify!($t)),*].len()
            }};
        }
        let held = hold!(
            Category,
            BusinessSize,
            RiskGroup,
            Programme,
            Lang,
            Profile,
            Attendance,
            RevenueShare,
            Package,
            Version,
            RegulationLevel,
            Field,
            Item
        );
        assert_eq!(held, saved.len(), "every list in the fixture is checked");
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
