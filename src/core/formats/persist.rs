//! The saved form of the app's state (browser storage): several assessments, versioned,
//! and read by the one reader ([`crate::core::formats::json`]) so that damaged or old data is recovered
//! where possible, with what was left out named, and otherwise set aside.
//!
//! Schema history: 1 held one `assessment`; 2 holds `library: {assessments, current}`;
//! 3 names each assessment's rubric; 4 adds each assessment's `evidence` (the dossier); 5
//! says who attends the interview (`attendance`, where 4 said whether the head does),
//! where the revenue-share funds sit and whether a company is labour-intensive.
//! Version 1 is migrated on load; 2 to 4 read as 5 with what they lack empty.

use serde::Serialize;
use serde_json::Value;

use crate::core::base::keys::Keyed;
use crate::core::base::text::{Lang, Msg};
use crate::core::formats::json::{self, read_assessment, LeftOut, Part};
use crate::core::model::assessment::Assessment;
use crate::core::rubric::RUBRIC_VERSION;

/// Raise when the saved shape changes, and add a migration in [`decode`].
pub const SCHEMA_VERSION: u32 = 5;

/// One saved self-check with its own title.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Stored {
    pub id: u32,
    pub title: String,
    pub assessment: Assessment,
}

impl Stored {
    /// The title to show: the user's, else the entity's name and year (a year that reads:
    /// "20244" is a typing slip the form points at, not a title), else the category.
    pub fn display_title(&self, lang: Lang) -> String {
        let (name, year) = (self.name(lang), self.assessment.entry.year.trim());
        if !self.title.trim().is_empty() || self.assessment.entry.year_number().is_none() {
            name
        } else {
            format!("{name} {year}")
        }
    }

    /// The title given, else the candidate's name, else its category: without the year.
    pub fn name(&self, lang: Lang) -> String {
        let name = [self.title.trim(), self.assessment.entry.name.trim()].into_iter().find(|n| !n.is_empty());
        name.map_or_else(|| self.assessment.category.name().get(lang).to_string(), str::to_string)
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
    /// The id a new assessment gets: ids only grow.
    pub fn next_id(&self) -> u32 {
        self.assessments.iter().map(|s| s.id).max().unwrap_or(0) + 1
    }
    /// `title`, or `title (2)`, `(3)`… when the library shows that title already: two
    /// copies of one assessment can be told apart in every list.
    pub fn unused_title(&self, title: String, lang: Lang) -> String {
        let taken = |t: &str| self.assessments.iter().any(|s| s.display_title(lang) == t);
        if !taken(&title) {
            return title;
        }
        (2..).map(|n| format!("{title} ({n})")).find(|t| !taken(t)).unwrap_or(title)
    }
    /// Adds an assessment, makes it current and returns its id.
    pub fn add(&mut self, title: String, assessment: Assessment) -> u32 {
        let id = self.next_id();
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
            stored.id = self.next_id();
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

/// What browser storage gave back: the library, or another saved set (the panel's).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Loaded<S = Saved> {
    /// Nothing saved yet.
    Empty,
    Intact(S),
    /// Read, but migrated or with unreadable parts left out; the message says which.
    Recovered(S, Msg),
    /// Nothing usable: keep the text aside (never overwrite it) and start fresh.
    SetAside(Msg),
}

pub fn encode(saved: &Saved) -> String {
    // Serialising plain data with string keys cannot fail; fall back to an empty object.
    serde_json::to_string(saved).unwrap_or_else(|_| "{}".into())
}

/// The interface language saved with the app's data. It is a setting, not the user's
/// data: anything unknown means none, and the default is used.
pub fn saved_lang(value: &Value) -> Option<Lang> {
    value.get("lang").and_then(Value::as_str).and_then(Lang::from_key)
}

pub fn decode(text: &str) -> Loaded {
    if text.trim().is_empty() {
        return Loaded::Empty;
    }
    let Some(value) = serde_json::from_str::<Value>(text).ok().filter(Value::is_object) else {
        return Loaded::SetAside(damaged());
    };
    let schema = value.get("schema").and_then(Value::as_u64).unwrap_or(0);
    if schema > u64::from(SCHEMA_VERSION) {
        return Loaded::SetAside(newer());
    }
    let mut left_out = Vec::new();
    let lang = saved_lang(&value).unwrap_or_default();
    let mut library = Library::default();
    let library_value = value.get("library");
    let implied = json::implied_version(&value);
    let items: Vec<&Value> = if schema >= 2 {
        // Schema 2 always writes the list; without it there is nothing to recover, and the
        // text is set aside rather than overwritten.
        let Some(list) = library_value.and_then(|l| l.get("assessments")).and_then(Value::as_array) else {
            return Loaded::SetAside(unrecoverable());
        };
        list.iter().collect()
    } else {
        // Schema 1 (and unversioned data): a single assessment without a title.
        value.get("assessment").filter(|a| !a.is_null()).into_iter().collect()
    };
    for (n, item) in items.iter().enumerate() {
        let (raw_assessment, id) = if schema >= 2 {
            let id = item.get("id").and_then(Value::as_u64).and_then(|i| u32::try_from(i).ok());
            (item.get("assessment").unwrap_or(&Value::Null), id)
        } else {
            (*item, Some(1))
        };
        // What an unusable assessment held is not listed: it is named as a whole.
        let mut parts = Vec::new();
        match read_assessment(raw_assessment, implied, &mut parts) {
            Ok(a) => {
                let title =
                    if schema >= 2 { json::text(item, "title", Part::Title, &mut parts) } else { String::new() };
                left_out.append(&mut parts);
                // A missing or repeated id costs nothing the user made: a new one is given.
                let id = id.filter(|id| library.get(*id).is_none()).unwrap_or_else(|| library.next_id());
                library.assessments.push(Stored { id, title, assessment: a });
            }
            Err(_) => left_out.push(LeftOut::Assessment(n + 1)),
        }
    }
    let wanted =
        library_value.and_then(|l| l.get("current")).and_then(Value::as_u64).and_then(|i| u32::try_from(i).ok());
    library.current =
        wanted.filter(|id| library.get(*id).is_some()).or_else(|| library.assessments.first().map(|s| s.id));
    if library.assessments.is_empty() && !items.is_empty() {
        return Loaded::SetAside(unrecoverable());
    }
    let saved = Saved::new(lang, library);
    if left_out.is_empty() && schema == u64::from(SCHEMA_VERSION) {
        return Loaded::Intact(saved);
    }
    Loaded::Recovered(
        saved,
        if left_out.is_empty() {
            Msg::new(
                "Data tersimpan dari versi lama sudah diperbarui.",
                "Saved data from an older version was updated.",
            )
        } else {
            recovered(&left_out)
        },
    )
}

/// Saved data read with parts left out: which, and that the rest was restored.
pub fn recovered(left_out: &[LeftOut]) -> Msg {
    let list = json::list(&json::messages(left_out));
    Msg::new(
        format!("Sebagian data tersimpan tidak terbaca dan dilewati: {}. Isian lain dipulihkan.", list.id),
        format!("Some saved data could not be read and was left out: {}. Everything else was restored.", list.en),
    )
}

/// Saved text that is not JSON at all.
pub fn damaged() -> Msg {
    Msg::new(
        "Data tersimpan di peramban ini rusak dan tidak bisa dibaca. Salinannya disimpan terpisah; Anda mulai dari awal.",
        "The data saved in this browser is damaged and cannot be read. A copy is kept aside; you start afresh.",
    )
}

/// Saved text of a later format than this version reads.
pub fn newer() -> Msg {
    Msg::new(
        "Data tersimpan dibuat oleh versi Cek Paritrana yang lebih baru. Data itu disimpan terpisah dan tidak diubah; muat ulang versi terbaru untuk membukanya.",
        "The saved data was made by a newer version of Cek Paritrana. It is kept aside unchanged; reload the latest version to open it.",
    )
}

fn unrecoverable() -> Msg {
    Msg::new(
        "Penilaian tersimpan tidak bisa dipulihkan. Salinannya disimpan terpisah; Anda mulai dari awal.",
        "The saved assessments cannot be recovered. A copy is kept aside; you start afresh.",
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::model::category::Category;
    use crate::core::model::inputs::{Field, Item};
    use rust_decimal::Decimal;

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
        let newer = encode(&sample()).replace("\"schema\":5", "\"schema\":99");
        let Loaded::SetAside(m) = decode(&newer) else { panic!("newer must be set aside") };
        assert!(m.id.contains("lebih baru"));
        assert!(matches!(
            decode(r#"{"schema":2,"library":{"assessments":[{"id":1,"assessment":{"category":"martian"}}]}}"#),
            Loaded::SetAside(_)
        ));
        for no_list in [r#"{"schema":2}"#, r#"{"schema":2,"library":{"assessments":{}}}"#, "[]"] {
            assert!(matches!(decode(no_list), Loaded::SetAside(_)), "{no_list}");
        }
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
        for part in [
            "isian \u{201c}bogus_field\u{201d}",
            "isian \u{201c}active_participants\u{201d} (bukan teks)",
            "butir daftar periksa \u{201c}flying\u{201d}",
            "bobot \u{201c}cakupan.ucj\u{201d}",
            "penilaian ke-2",
            "tingkat regulasi \u{201c}perda_plus\u{201d}",
        ] {
            assert!(msg.id.contains(part), "{part} in {}", msg.id);
        }
        for part in [
            "field \u{201c}bogus_field\u{201d}",
            "field \u{201c}active_participants\u{201d} (not text)",
            "checklist item \u{201c}flying\u{201d}",
            "weight \u{201c}cakupan.ucj\u{201d}",
            "assessment no. 2",
            "regulation level \u{201c}perda_plus\u{201d}",
        ] {
            assert!(msg.en.contains(part), "{part} in {}", msg.en);
        }
        assert!(!["isian", "bobot", "penilaian", "dilewati"].iter().any(|w| msg.en.contains(w)), "{}", msg.en);
        assert_eq!(saved.library.assessments.len(), 1);
    }

    #[test]
    fn titles_show_a_year_that_reads_and_tell_copies_apart() {
        let mut lib = Library::default();
        let mut a = Assessment::new(crate::core::model::category::Category::Kabkota);
        a.entry.name = "Kabupaten Sleman".into();
        a.entry.year = "2024".into();
        let id = lib.add(String::new(), a.clone());
        assert_eq!(lib.get(id).expect("added").display_title(Lang::Id), "Kabupaten Sleman 2024");
        assert_eq!(lib.unused_title("Kabupaten Sleman 2024".into(), Lang::Id), "Kabupaten Sleman 2024 (2)");
        lib.add("Kabupaten Sleman 2024 (2)".into(), a.clone());
        assert_eq!(lib.unused_title("Kabupaten Sleman 2024".into(), Lang::Id), "Kabupaten Sleman 2024 (3)");
        assert_eq!(lib.unused_title("Kota Padang".into(), Lang::Id), "Kota Padang");
        a.entry.year = "20244".into();
        lib.get_mut(id).expect("added").assessment = a;
        assert_eq!(lib.get(id).expect("added").display_title(Lang::Id), "Kabupaten Sleman", "a typing slip");
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
