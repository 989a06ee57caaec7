//! Loading a batch: assessment files read by the app's own import (the same envelope
//! checks and reader), CSV files by the template's reader. What one file or row gets
//! wrong is said with its place; everything else loads, and a candidate loaded already
//! is not loaded twice.

use super::{template, PanelSet, Problem};
use crate::core::base::text::Msg;
use crate::core::formats::file;
use crate::core::formats::json;
use crate::core::model::category::Category;

/// What a batch added and what is wrong where.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Report {
    /// The ids of the candidates added.
    pub added: Vec<u32>,
    pub problems: Vec<Problem>,
    /// How many of those added are of a category other than the one shown.
    pub elsewhere: usize,
}

impl Report {
    /// `12 kandidat dimuat, 3 catatan.`, and where the candidates not shown are.
    pub fn summary(&self) -> Msg {
        let (n, p, e) = (self.added.len(), self.problems.len(), self.elsewhere);
        let (id, en) = (format!("{n} kandidat dimuat, {p} catatan."), format!("{n} candidates loaded, {p} notes."));
        if e == 0 {
            return Msg::new(id, en);
        }
        Msg::new(
            format!("{id} Di kategori lain: {e}; pilih kategorinya di atas untuk melihatnya."),
            format!("{en} In another category: {e}; choose it above to see them."),
        )
    }
}

impl Report {
    /// A candidate added, or why not.
    fn added(&mut self, added: Result<u32, Msg>, file: &str, row: Option<usize>) {
        match added {
            Ok(id) => self.added.push(id),
            Err(message) => self.problems.push(Problem { file: file.to_string(), row, column: None, message }),
        }
    }
}

/// A CSV file by its name, or by not being JSON (an assessment file starts with `{`).
fn is_csv(name: &str, bytes: &[u8]) -> bool {
    let start = bytes.strip_prefix("\u{feff}".as_bytes()).unwrap_or(bytes);
    name.to_ascii_lowercase().ends_with(".csv") || start.trim_ascii_start().first() != Some(&b'{')
}

/// Loads every file of a batch into the set; CSV rows as candidates of `category`.
pub fn load(set: &mut PanelSet, files: &[(String, Vec<u8>)], category: Category) -> Report {
    let mut report = Report::default();
    for (name, bytes) in files {
        if is_csv(name, bytes) {
            let rows = template::read(category, name, bytes);
            report.problems.extend(rows.problems);
            for (row, a) in rows.candidates {
                report.added(set.add(name, Some(row), a), name, Some(row));
            }
            continue;
        }
        match file::import(bytes) {
            Ok(f) => {
                if !f.left_out.is_empty() {
                    let l = json::list(&f.left_out);
                    report.problems.push(Problem::file(
                        name,
                        Msg::new(
                            format!("bagian yang tidak terbaca dilewati: {}", l.id),
                            format!("parts that could not be read were left out: {}", l.en),
                        ),
                    ));
                }
                report.added(set.add(name, None, f.assessment), name, None);
            }
            Err(e) => report.problems.push(Problem::file(name, e.message())),
        }
    }
    report
}
