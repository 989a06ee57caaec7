//! Small collections kept as sorted vectors (`litemap`). Each `BTreeMap` key/value pair
//! type adds its own copy of the tree code to the wasm (about 6 KB); these maps hold a
//! few dozen ids at most, and a sorted vector keeps the same order, so saved JSON is
//! unchanged.

use litemap::LiteMap;
use serde::{Serialize, Serializer};

/// A map in key order. Saved with [`as_map`]: litemap writes an empty map as `[]`.
pub type SortedMap<K, V> = LiteMap<K, V>;

/// Serialises a map as a JSON object, empty or not, as `BTreeMap` does
/// (`#[serde(serialize_with = "as_map")]`).
pub fn as_map<K: Serialize, V: Serialize, S: Serializer>(map: &SortedMap<K, V>, s: S) -> Result<S::Ok, S::Error> {
    s.collect_map(map.iter())
}

/// A set in order, saved as a JSON array like `BTreeSet`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SortedSet<T: Ord>(LiteMap<T, ()>);

impl<T: Ord> SortedSet<T> {
    pub fn new() -> Self {
        SortedSet(LiteMap::new())
    }
    /// Whether the value was new.
    pub fn insert(&mut self, value: T) -> bool {
        self.0.insert(value, ()).is_none()
    }
    pub fn remove<Q: Ord + ?Sized>(&mut self, value: &Q) -> bool
    where
        T: std::borrow::Borrow<Q>,
    {
        self.0.remove(value).is_some()
    }
    pub fn contains<Q: Ord + ?Sized>(&self, value: &Q) -> bool
    where
        T: std::borrow::Borrow<Q>,
    {
        self.0.contains_key(value)
    }
    pub fn clear(&mut self) {
        self.0.clear()
    }
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
    pub fn len(&self) -> usize {
        self.0.len()
    }
    pub fn iter(&self) -> impl Iterator<Item = &T> {
        self.0.keys()
    }
}

impl<T: Ord> Default for SortedSet<T> {
    fn default() -> Self {
        SortedSet::new()
    }
}

impl<'a, T: Ord + Copy + 'a> Extend<&'a T> for SortedSet<T> {
    fn extend<I: IntoIterator<Item = &'a T>>(&mut self, values: I) {
        self.extend(values.into_iter().copied())
    }
}

impl<T: Ord> Extend<T> for SortedSet<T> {
    fn extend<I: IntoIterator<Item = T>>(&mut self, values: I) {
        for v in values {
            self.insert(v);
        }
    }
}

impl<T: Ord> FromIterator<T> for SortedSet<T> {
    fn from_iter<I: IntoIterator<Item = T>>(values: I) -> Self {
        let mut set = SortedSet::new();
        set.extend(values);
        set
    }
}

impl<T: Ord + Serialize> Serialize for SortedSet<T> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(self.iter())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sets_keep_order_and_save_as_arrays() {
        let mut s: SortedSet<String> = ["b", "a", "b"].iter().map(|x| x.to_string()).collect();
        assert_eq!(s.len(), 2);
        assert!(!s.insert("a".into()));
        assert_eq!(serde_json::to_string(&s).unwrap(), r#"["a","b"]"#);
        assert!(s.remove("a") && !s.contains("a"));
        #[derive(Serialize)]
        struct M(#[serde(serialize_with = "as_map")] SortedMap<String, u8>);
        let mut m = M(SortedMap::new());
        assert_eq!(serde_json::to_string(&m).unwrap(), "{}");
        m.0.insert("z".into(), 1);
        m.0.insert("y".into(), 2);
        assert_eq!(serde_json::to_string(&m).unwrap(), r#"{"y":2,"z":1}"#);
    }
}
