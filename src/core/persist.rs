//! The saved form of the app's state (browser storage): several assessments, versioned,
//! and read leniently so that damaged or old data is recovered where possible and
//! otherwise set aside.
//!
//! Schema history: 1 held one `assessment`; 2 holds `library: {assessments, current}`.
//! Version 1 is migrated on load.

use rust_decimal::Decimal;
use serde::Serialize;
use serde_json::Value;

use super::assessment::Assessment;
use super::category::Category;
use super::inputs::{Entry, Field};
use super::keys::Keyed;
use super::rubric::RUBRIC_VERSION;
use super::text::{Lang, Msg};
use super::weights::valid_weight;

/// Raise when the saved shape changes, and add a migration in [`decode`].
pub const SCHEMA_VERSION: u32 = 2;

/// One saved self-check with its own title.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Stored {
    pub id: u32,
    pub title: String,
    pub assessment: Assessment,
}

impl Stored {
    /// The title to show: the user's, else the entity's name and year, else the category.
    pub fn display_title(&self, lang: Lang) -> String {
        if !self.title.trim().is_empty() {
            return self.title.trim().to_string();
        }
        let e = &self.assessment.entry;
        let name = e.name.trim();
        let base =
            if name.is_empty() { self.assessment.category.name().get(lang).to_string() } else { name.to_string() };
        if e.year.trim().is_empty() {
            base
        } else {
            format!("{base} {}", e.year.trim())
        }
    }
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Library {
    pub assessments: Vec<Stored>,
    pub current: Option<u32>,
}

impl Library {
    pub fn get(&self, id: u32) -> Option<&Stored> {
        self.assessments.iter().find(|s| s.id == id)
    }
    pub fn get_mut(&mut self, id: u32) -> Option<&mut Stored> {
        self.assessments.iter_mut().find(|s| s.id == id)
    }
    pub fn current(&self) -> Option<&Stored> {
        self.current.and_then(|id| self.get(id))
    }
    pub fn current_mut(&mut self) -> Option<&mut Stored> {
        let id = self.current?;
        self.get_mut(id)
    }
    /// Adds an assessment, makes it current and returns its id.
    pub fn add(&mut self, title: String, assessment: Assessment) -> u32 {
        let id = self.assessments.iter().map(|s| s.id).max().unwrap_or(0) + 1;
        self.assessments.push(Stored { id, title, assessment });
        self.current = Some(id);
        id
    }
    /// Removes an assessment; returns it with its position, for undo.
    pub fn remove(&mut self, id: u32) -> Option<(usize, Stored)> {
        let index = self.assessments.iter().position(|s| s.id == id)?;
        let removed = self.assessments.remove(index);
        if self.current == Some(id) {
            self.current = self.assessments.first().map(|s| s.id);
        }
        Some((index, removed))
    }
    /// Puts a removed assessment back where it was; if its id was taken in the meantime
    /// it gets a new one, so undo never loses it.
    pub fn restore(&mut self, index: usize, mut stored: Stored) {
        let index = index.min(self.assessments.len());
        if self.get(stored.id).is_some() {
            stored.id = self.assessments.iter().map(|s| s.id).max().unwrap_or(0) + 1;
        }
        self.current = Some(stored.id);
        self.assessments.insert(index, stored);
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Saved {
    pub schema: u32,
    pub rubric: String,
    pub lang: Lang,
    pub library: Library,
}

impl Saved {
    pub fn new(lang: Lang, library: Library) -> Self {
        Saved { schema: SCHEMA_VERSION, rubric: RUBRIC_VERSION.to_string(), lang, library }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Loaded {
    /// Nothing saved yet.
    Empty,
    Intact(Saved),
    /// Read, but migrated or with unreadable parts left out; the message says which.
    Recovered(Saved, Msg),
    /// Nothing usable: keep the text aside (never overwrite it) and start fresh.
    SetAside(Msg),
}

pub fn encode(saved: &Saved) -> String {
    // Serialising plain data with string keys cannot fail; fall back to an empty object.
    serde_json::to_string(saved).unwrap_or_else(|_| "{}".into())
}

pub fn decode(text: &str) -> Loaded {
    if text.trim().is_empty() {
        return Loaded::Empty;
    }
    let Ok(value) = serde_json::from_str::<Value>(text) else {
        return Loaded::SetAside(Msg::new(
            "Data tersimpan di peramban ini rusak dan tidak bisa dibaca. Salinannya disimpan terpisah; Anda mulai dari awal.",
            "The data saved in this browser is damaged and cannot be read. A copy is kept aside; you start afresh.",
        ));
    };
    let schema = value.get("schema").and_then(Value::as_u64).unwrap_or(0);
    if schema > u64::from(SCHEMA_VERSION) {
        return Loaded::SetAside(Msg::new(
            "Data tersimpan dibuat oleh versi Cek Paritrana yang lebih baru. Data itu disimpan terpisah dan tidak diubah; muat ulang versi terbaru untuk membukanya.",
            "The saved data was made by a newer version of Cek Paritrana. It is kept aside unchanged; reload the latest version to open it.",
        ));
    }
    let mut dropped = Vec::new();
    let lang = value.get("lang").and_then(key::<Lang>).unwrap_or_default();
    let mut library = Library::default();
    let library_value = value.get("library");
    let items: Vec<&Value> = if schema >= 2 {
        library_value
            .and_then(|l| l.get("assessments"))
            .and_then(Value::as_array)
            .map(|a| a.iter().collect())
            .unwrap_or_default()
    } else {
        // Schema 1 (and unversioned data): a single assessment without a title.
        value.get("assessment").filter(|a| !a.is_null()).into_iter().collect()
    };
    for (n, item) in items.iter().enumerate() {
        let (raw_assessment, title, id) = if schema >= 2 {
            let title = item.get("title").and_then(Value::as_str).unwrap_or_default().to_string();
            let id = item.get("id").and_then(Value::as_u64).and_then(|i| u32::try_from(i).ok());
            (item.get("assessment"), title, id)
        } else {
            (Some(*item), String::new(), Some(1))
        };
        match raw_assessment.and_then(|a| read_assessment(a, &mut dropped)) {
            Some(a) => {
                let id = id
                    .filter(|id| library.get(*id).is_none())
                    .unwrap_or_else(|| library.assessments.iter().map(|s| s.id).max().unwrap_or(0) + 1);
                library.assessments.push(Stored { id, title, assessment: a });
            }
            None => dropped.push(format!("penilaian ke-{}", n + 1)),
        }
    }
    let wanted =
        library_value.and_then(|l| l.get("current")).and_then(Value::as_u64).and_then(|i| u32::try_from(i).ok());
    library.current =
        wanted.filter(|id| library.get(*id).is_some()).or_else(|| library.assessments.first().map(|s| s.id));
    if library.assessments.is_empty() && !items.is_empty() {
        return Loaded::SetAside(Msg::new(
            "Penilaian tersimpan tidak bisa dipulihkan. Salinannya disimpan terpisah; Anda mulai dari awal.",
            "The saved assessments cannot be recovered. A copy is kept aside; you start afresh.",
        ));
    }
    let saved = Saved::new(lang, library);
    if dropped.is_empty() && schema == u64::from(SCHEMA_VERSION) {
        return Loaded::Intact(saved);
    }
    let list = dropped.join(", ");
    Loaded::Recovered(
        saved,
        if list.is_empty() {
            Msg::new(
                "Data tersimpan dari versi lama sudah diperbarui.",
                "Saved data from an older version was updated.",
            )
        } else {
            Msg::new(
                format!("Sebagian data tersimpan tidak terbaca dan dilewati: {list}. Isian lain dipulihkan."),
                format!("Some saved data could not be read and was left out: {list}. Everything else was restored."),
            )
        },
    )
}

/// A keyed enum from a JSON string.
fn key<T: Keyed>(v: &Value) -> Option<T> {
    v.as_str().and_then(T::from_key)
}

/// Reads an assessment part by part: what cannot be read is left out and named in
/// `dropped`. The one reader for storage, files and test fixtures.
pub fn read_assessment(a: &Value, dropped: &mut Vec<String>) -> Option<Assessment> {
    let category = a.get("category").and_then(key::<Category>)?;
    let mut out = Assessment::new(category);
    if let Some(e) = a.get("entry") {
        out.entry = read_entry(e, dropped);
    }
    if let Some(list) = a.get("not_applicable").and_then(Value::as_array) {
        out.not_applicable = list.iter().filter_map(|v| v.as_str().map(str::to_string)).collect();
    }
    if let Some(map) = a.get("weights").and_then(Value::as_object) {
        for (id, w) in map {
            // Only text, as written: a JSON number would pass through binary floating point.
            let parsed = w.as_str().and_then(|s| s.parse::<Decimal>().ok()).and_then(valid_weight);
            match parsed {
                Some(d) => {
                    out.weights.insert(id.clone(), d);
                }
                None => dropped.push(format!("bobot {id}")),
            }
        }
    }
    Some(out)
}

/// A keyed enum under `name`; a value that is there but unknown is named in `dropped`.
fn keyed<T: Keyed>(e: &Value, name: &str, dropped: &mut Vec<String>) -> Option<T> {
    let v = e.get(name).filter(|v| !v.is_null())?;
    let parsed = key(v);
    if parsed.is_none() {
        dropped.push(format!("{name} {v}"));
    }
    parsed
}

fn read_entry(e: &Value, dropped: &mut Vec<String>) -> Entry {
    let mut entry = Entry::default();
    let text = |k: &str| e.get(k).and_then(Value::as_str).map(str::to_string).unwrap_or_default();
    entry.name = text("name");
    entry.province = text("province");
    entry.year = text("year");
    entry.sector = text("sector");
    entry.size = keyed(e, "size", dropped);
    entry.risk = keyed(e, "risk", dropped).unwrap_or_default();
    entry.regulation = keyed(e, "regulation", dropped).unwrap_or_default();
    entry.leader_attends = e.get("leader_attends").and_then(Value::as_bool).unwrap_or(false);
    if let Some(map) = e.get("fields").and_then(Value::as_object) {
        for (k, v) in map {
            // Only text, as typed: a JSON number would pass through binary floating point.
            match (Field::from_key(k), v.as_str().map(str::to_string)) {
                (Some(f), Some(r)) => {
                    entry.fields.insert(f, r);
                }
                _ => dropped.push(k.clone()),
            }
        }
    }
    for v in e.get("checked").and_then(Value::as_array).into_iter().flatten() {
        match key(v) {
            Some(item) => {
                entry.checked.insert(item);
            }
            None => dropped.push(v.to_string()),
        }
    }
    for v in e.get("programmes").and_then(Value::as_array).into_iter().flatten() {
        match key(v) {
            Some(p) => {
                entry.programmes.insert(p);
            }
            None => dropped.push(v.to_string()),
        }
    }
    entry
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::inputs::Item;

    fn sample() -> Saved {
        let mut a = Assessment::new(Category::Kabkota);
        a.entry.name = "Kota Padang Panjang".into();
        a.entry.fields.insert(Field::Employed, "19.654".into());
        a.entry.fields.insert(Field::ActiveParticipants, "15.38x".into());
        a.entry.checked.insert(Item::RequiresBudget);
        a.not_applicable.insert("cakupan.non_asn".into());
        a.weights.insert("cakupan.ucj".into(), Decimal::from(20));
        let mut lib = Library::default();
        lib.add("Kota Padang Panjang 2024".into(), a.clone());
        lib.add(String::new(), Assessment::new(Category::Umk));
        Saved::new(Lang::En, lib)
    }

    #[test]
    fn round_trips_exactly_including_unreadable_text() {
        let s = sample();
        assert_eq!(decode(&encode(&s)), Loaded::Intact(s));
    }

    #[test]
    fn nothing_saved_is_empty() {
        assert_eq!(decode(""), Loaded::Empty);
        assert_eq!(decode("   "), Loaded::Empty);
    }

    #[test]
    fn garbage_and_newer_versions_are_set_aside() {
        assert!(matches!(decode("{not json"), Loaded::SetAside(_)));
        assert!(matches!(decode("[1,2"), Loaded::SetAside(_)));
        let newer = encode(&sample()).replace("\"schema\":2", "\"schema\":99");
        let Loaded::SetAside(m) = decode(&newer) else { panic!("newer must be set aside") };
        assert!(m.id.contains("lebih baru"));
        assert!(matches!(
            decode(r#"{"schema":2,"library":{"assessments":[{"id":1,"assessment":{"category":"martian"}}]}}"#),
            Loaded::SetAside(_)
        ));
    }

    #[test]
    fn damaged_parts_are_left_out_and_named() {
        let text = r#"{"schema":2,"lang":"en","library":{"current":7,"assessments":[
            {"id":7,"title":"A","assessment":{"category":"kabkota","entry":{"name":"Kab. X","fields":{"employed":"1.000","bogus_field":"5","active_participants":800},"checked":["requires_budget","flying"],"regulation":"perda_plus"},"weights":{"cakupan.ucj":"abc"}}},
            {"id":8,"assessment":{"category":"nowhere"}}]}}"#;
        let Loaded::Recovered(saved, msg) = decode(text) else { panic!("should recover") };
        let s = saved.library.current().expect("current kept");
        assert_eq!((s.id, s.title.as_str()), (7, "A"));
        let a = &s.assessment;
        assert_eq!(saved.lang, Lang::En);
        assert_eq!(a.entry.name, "Kab. X");
        assert_eq!(a.entry.raw(Field::Employed), "1.000");
        assert_eq!(a.entry.raw(Field::ActiveParticipants), "", "a JSON number is not read through a float");
        assert!(a.entry.checked.contains(&Item::RequiresBudget));
        for part in
            ["bogus_field", "active_participants", "flying", "bobot cakupan.ucj", "penilaian ke-2", "perda_plus"]
        {
            assert!(msg.id.contains(part), "{part} in {}", msg.id);
        }
        assert_eq!(saved.library.assessments.len(), 1);
    }

    #[test]
    fn schema_1_is_migrated_to_a_list() {
        let v1 = r#"{"schema":1,"rubric":"2025.1","lang":"id","assessment":{"category":"umk","entry":{"name":"Toko Y","fields":{"employees":"12"}},"not_applicable":[],"weights":{}}}"#;
        let Loaded::Recovered(saved, msg) = decode(v1) else { panic!("should migrate") };
        assert_eq!(saved.schema, SCHEMA_VERSION);
        assert!(msg.id.contains("versi lama"), "{}", msg.id);
        let s = saved.library.current().expect("migrated assessment is current");
        assert_eq!(s.assessment.entry.raw(Field::Employees), "12");
        assert_eq!(s.display_title(Lang::Id), "Toko Y");
        // Unversioned data is read as schema 1.
        let v0 = r#"{"lang":"id","assessment":{"category":"desa"}}"#;
        assert!(matches!(decode(v0), Loaded::Recovered(s, _) if s.library.assessments.len() == 1));
        // Schema 1 with no assessment is simply empty.
        assert!(
            matches!(decode(r#"{"schema":1,"lang":"en","assessment":null}"#), Loaded::Recovered(s, _) if s.library.assessments.is_empty() && s.lang == Lang::En)
        );
    }

    #[test]
    fn library_add_remove_restore() {
        let mut lib = sample().library;
        let (index, removed) = lib.remove(1).expect("removed");
        assert_eq!(lib.current, Some(2));
        let added = lib.add("B".into(), Assessment::new(Category::Desa));
        assert_eq!(added, 3, "ids only grow");
        lib.restore(index, removed);
        assert_eq!(lib.assessments.iter().map(|s| s.id).collect::<Vec<_>>(), [1, 2, 3]);
        assert_eq!(lib.current, Some(1));
        // Delete the newest, add another (it takes the freed id), then undo: nothing is lost.
        let (index, removed) = lib.remove(3).expect("removed");
        assert_eq!(lib.add("C".into(), Assessment::new(Category::Umk)), 3);
        lib.restore(index, removed);
        assert_eq!(lib.assessments.len(), 4);
        assert_eq!(lib.current().map(|s| (s.id, s.title.as_str())), Some((4, "B")));
    }
}
