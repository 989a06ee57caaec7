//! The panel: a provincial panel or a BPJS branch loads many candidates' self-assessments
//! (their files, or rows of the CSV template), ranks them per category under one rubric
//! and one set of weights, compares a few side by side, shortlists and exports, and keeps
//! the set in browser storage apart from the user's own library.
//!
//! - [`load`]: a batch of files, each read as the app reads one; duplicates noticed.
//! - [`template`]: the CSV template of a category, its columns from the rubric's data,
//!   and the reader of a filled one, row by row, under the form's rules.
//! - [`ranking`]: each candidate scored once, the rows sorted and filtered, the export.
//! - [`side_by_side`]: two to five candidates criterion by criterion.
//! - [`keep`]: the panel's own storage format.
//! - [`session`]: the panel page's state machine, apart from the self-check's session.

pub mod keep;
pub mod load;
pub mod ranking;
pub mod session;
pub mod side_by_side;
pub mod template;

use rust_decimal::Decimal;
use serde::Serialize;

use crate::core::base::sorted::{as_map, SortedMap};
use crate::core::base::text::Msg;
use crate::core::model::assessment::Assessment;
use crate::core::model::category::Category;

/// One candidate's self-assessment, as loaded.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Candidate {
    pub id: u32,
    /// The file it came from.
    pub file: String,
    /// Its row in a CSV file, counted from 1 as a spreadsheet shows it.
    pub row: Option<usize>,
    pub shortlisted: bool,
    pub assessment: Assessment,
    /// The name as [`normalised`], made once: a batch compares each new name with every
    /// one loaded.
    #[serde(skip)]
    key: String,
}

impl Candidate {
    /// `daftar.csv, baris 4` / `kota-a.json`: where it came from, for messages.
    pub fn source(&self) -> Msg {
        source(&self.file, self.row)
    }

    fn new(id: u32, file: &str, row: Option<usize>, assessment: Assessment) -> Candidate {
        let key = normalised(&assessment.entry.name);
        Candidate { id, file: file.to_string(), row, shortlisted: false, assessment, key }
    }

    /// Whether it is the same candidate: the same category, name (as [`normalised`]) and year.
    fn is(&self, other: &Candidate) -> bool {
        let (a, b) = (&self.assessment, &other.assessment);
        a.category == b.category && self.key == other.key && a.entry.year.trim() == b.entry.year.trim()
    }
}

/// A file name, and a row in it when there is one.
pub fn source(file: &str, row: Option<usize>) -> Msg {
    match row {
        Some(r) => Msg::new(format!("{file}, baris {r}"), format!("{file}, row {r}")),
        None => Msg::new(file, file),
    }
}

/// The panel's own weights for one category, applied to every candidate of it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct PanelWeights {
    pub category: Category,
    /// By criterion id, as an assessment holds them (and read back by the same reader).
    #[serde(serialize_with = "as_map")]
    pub weights: SortedMap<String, Decimal>,
}

/// The candidates a panel has loaded and the weights it scores them under.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct PanelSet {
    pub candidates: Vec<Candidate>,
    pub weights: Vec<PanelWeights>,
}

/// Something in what was loaded that the panel should know: where, and what.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    pub file: String,
    /// The row of a CSV file, counted from 1.
    pub row: Option<usize>,
    /// The column's header, in both languages.
    pub column: Option<Msg>,
    pub message: Msg,
}

impl Problem {
    pub fn file(file: &str, message: Msg) -> Problem {
        Problem { file: file.to_string(), row: None, column: None, message }
    }

    /// `daftar.csv, baris 4, kolom “Tahun”: …`, whole.
    pub fn text(&self) -> Msg {
        let at = source(&self.file, self.row);
        let (id, en) = match &self.column {
            Some(c) => (
                format!("{}, kolom \u{201c}{}\u{201d}", at.id, c.id),
                format!("{}, column \u{201c}{}\u{201d}", at.en, c.en),
            ),
            None => (at.id, at.en),
        };
        Msg::new(format!("{id}: {}", self.message.id), format!("{en}: {}", self.message.en))
    }
}

/// A name as compared: ASCII letters in lower case, words one space apart
/// (`Kota  Padang-Panjang` is `kota padang panjang`). Other letters are kept as they are:
/// Unicode's case tables would cost the page more than such names gain.
pub fn normalised(name: &str) -> String {
    let words = name.split(|c: char| c.is_ascii() && !c.is_ascii_alphanumeric()).filter(|w| !w.is_empty());
    words.map(str::to_ascii_lowercase).collect::<Vec<_>>().join(" ")
}

impl PanelSet {
    /// The panel's weights for a category; none set means the rubric's.
    pub fn weights_for(&self, category: Category) -> Option<&PanelWeights> {
        self.weights.iter().find(|w| w.category == category)
    }

    /// The candidate's assessment as the panel scores it: its own weights give way to the
    /// panel's (or the rubric's), so every candidate of a category is scored alike.
    pub fn as_scored(&self, c: &Candidate) -> Assessment {
        let mut a = c.assessment.clone();
        a.weights = self.weights_for(a.category).map(|w| w.weights.clone()).unwrap_or_default();
        a
    }

    pub fn get(&self, id: u32) -> Option<&Candidate> {
        self.candidates.iter().find(|c| c.id == id)
    }

    /// The id the next candidate gets: ids only grow.
    fn next_id(&self) -> u32 {
        self.candidates.iter().map(|c| c.id).max().unwrap_or(0) + 1
    }

    /// Adds a candidate unless it is one loaded already (the same category, name and
    /// year, or the same figures under another name); then says which, and adds nothing.
    pub fn add(&mut self, file: &str, row: Option<usize>, assessment: Assessment) -> Result<u32, Msg> {
        let new = Candidate::new(self.next_id(), file, row, assessment);
        let same_figures = |c: &Candidate| {
            let (a, b) = (&c.assessment, &new.assessment);
            // A few figures alike are chance; all of several alike is a copy.
            b.entry.fields.len() >= 3
                && a.category == b.category
                && (a.entry.fields == b.entry.fields && a.entry.checked == b.entry.checked)
                && a.entry.regulation == b.entry.regulation
        };
        let named = !new.assessment.entry.name.trim().is_empty();
        if let Some(was) = self.candidates.iter().find(|c| (named && c.is(&new)) || same_figures(c)) {
            // Who it is: “name” (where from), or where from when it has no name.
            let s = was.source();
            let name = was.assessment.entry.name.trim();
            let (id, en) = if name.is_empty() {
                (s.id, s.en)
            } else {
                (format!("\u{201c}{name}\u{201d} ({})", s.id), format!("\u{201c}{name}\u{201d} ({})", s.en))
            };
            let message = if was.assessment == new.assessment {
                Msg::new(
                    format!("sama persis dengan {id}; tidak dimuat dua kali"),
                    format!("the same as {en}; not loaded twice"),
                )
            } else if was.is(&new) {
                Msg::new(
                    format!("tahun ini sudah dimuat: {id}, dengan isian lain; tidak ditambahkan. Hapus yang lama lalu muat lagi untuk menggantinya."),
                    format!("for this year already loaded: {en}, with other figures; not added. Remove the older one and load again to replace it."),
                )
            } else {
                Msg::new(
                    format!("angkanya sama dengan {id}; tidak ditambahkan, periksa kedua isian"),
                    format!("its figures are those of {en}; not added, check both entries"),
                )
            };
            return Err(message);
        }
        let id = new.id;
        self.candidates.push(new);
        Ok(id)
    }

    /// The categories with candidates, in the order of [`Category::ALL`].
    pub fn categories(&self) -> Vec<Category> {
        Category::ALL.into_iter().filter(|cat| self.candidates.iter().any(|c| c.assessment.category == *cat)).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::model::inputs::Field;

    fn kota(name: &str, year: &str, employed: &str) -> Assessment {
        let mut a = Assessment::new(Category::Kabkota);
        a.entry.name = name.into();
        a.entry.year = year.into();
        a.entry.fields.insert(Field::Employed, employed.into());
        a.entry.fields.insert(Field::ActiveParticipants, "15.386".into());
        a.entry.fields.insert(Field::CoverageTarget, "80".into());
        a
    }

    #[test]
    fn the_same_candidate_is_noticed_however_it_comes() {
        let mut set = PanelSet::default();
        assert_eq!(set.add("a.json", None, kota("Kota Padang Panjang", "2024", "19.654")), Ok(1));
        let twice = set.add("b.json", None, kota("Kota Padang Panjang", "2024", "19.654")).expect_err("same");
        assert!(twice.en.contains("not loaded twice") && twice.en.contains("a.json"), "{twice:?}");
        let spelled = set.add("c.csv", Some(3), kota("kota padang-panjang ", "2024", "20.000")).expect_err("same");
        assert!(spelled.id.contains("Hapus yang lama"), "{spelled:?}");
        let at = Problem { file: "c.csv".into(), row: Some(3), column: None, message: spelled.clone() };
        assert_eq!(at.text().id, format!("c.csv, baris 3: {}", spelled.id));
        let copied = set.add("d.json", None, kota("Kota Lain", "2024", "19.654")).expect_err("same figures");
        assert!(copied.en.contains("figures are those of"), "{copied:?}");
        assert_eq!(set.add("e.json", None, kota("Kota Padang Panjang", "2023", "19.000")), Ok(2), "another year");
        assert_eq!(set.candidates.len(), 2);
        assert_eq!(normalised("  PT. Maju  Jaya, Tbk "), "pt maju jaya tbk");
    }
}
