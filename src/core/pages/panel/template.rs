//! The CSV template of a category and its reader. One candidate a row; the columns are
//! the profile, then the figures the category's rubric asks for, then the choices its
//! measures show on the form (regulation level, checklist items, leader, programmes,
//! package), all derived from the rubric's data. A header is the column's label with its
//! stable key in brackets (`Tahun data yang dinilai [year]`), so a filled template reads
//! back in either language and after a label is reworded; a bare label or key reads too.
//!
//! Each row is read as the form reads what is typed: figures kept as raw text and checked
//! by [`validation::check`]; what is wrong is named by row and column, and the rest loads.

use super::{normalised, Problem};
use crate::core::base::i18n;
use crate::core::base::keys::Keyed;
use crate::core::base::text::{Lang, Msg, T};
use crate::core::evaluation::validation::check;
use crate::core::formats::csv::{self, table};
use crate::core::formats::json;
use crate::core::model::assessment::Assessment;
use crate::core::model::category::{Category, Family, SECTORS};
use crate::core::model::checked::Target;
use crate::core::model::inputs::{Attendance, Field, Item, Ladder, Profile, RegulationLevel};
use crate::core::model::money::{Package, Programme, RiskGroup};
use crate::core::rubric::measure::Choice;

/// A CSV of hundreds of candidates is a few hundred kilobytes.
pub const MAX_CSV_BYTES: usize = 8 * 1024 * 1024;

/// One column of the template.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Column {
    Profile(Profile),
    Figure(Field),
    Regulation,
    Item(Item),
    /// Who attends the interview: a choice of the ladder, by key or name.
    Attendance,
    /// Templates made before rubric 2026.2: whether the head attends (yes/no). Read, not written.
    Leader,
    Programme(Programme),
    Package,
}

impl Column {
    /// The stable key written in the header's brackets.
    pub fn key(self) -> &'static str {
        match self {
            Column::Profile(p) => p.key(),
            Column::Figure(f) => f.key(),
            Column::Regulation => "regulation",
            Column::Item(i) => i.key(),
            Column::Attendance => "attendance",
            Column::Leader => "leader_attends",
            Column::Programme(p) => p.key(),
            Column::Package => "package",
        }
    }

    /// The column's label, in both languages.
    pub fn label(self, category: Category) -> Msg {
        let t = match self {
            Column::Profile(Profile::Name) if category.family() == Family::Government => i18n::NAME_GOV,
            Column::Profile(Profile::Name) => i18n::NAME_BUSINESS,
            Column::Profile(Profile::Province) => i18n::PROVINCE,
            Column::Profile(Profile::Year) => i18n::YEAR,
            Column::Profile(Profile::Sector) => i18n::SECTOR,
            Column::Profile(Profile::Size) => i18n::SIZE,
            Column::Profile(Profile::Risk) => i18n::RISK,
            Column::Figure(f) => f.label(),
            Column::Regulation => i18n::REGULATION_LEGEND,
            Column::Item(i) => i.label(),
            Column::Attendance => i18n::PANEL_ATTENDANCE,
            Column::Leader => i18n::PANEL_LEADER,
            Column::Programme(p) => {
                let (code, name) = (p.code(), p.name());
                return Msg::new(format!("{code} ({})", name.id), format!("{code} ({})", name.en));
            }
            Column::Package => i18n::PACKAGE_LEGEND,
        };
        t.into()
    }

    /// How the template heads it: `label [key]`.
    fn header(self, category: Category, lang: Lang) -> String {
        format!("{} [{}]", self.label(category).get(lang), self.key())
    }
}

/// The template's columns for a category, from its rubric: profile, figures, choices.
pub fn columns(category: Category) -> Vec<Column> {
    let rubric = Assessment::new(category).rubric();
    let mut out =
        vec![Column::Profile(Profile::Name), Column::Profile(Profile::Province), Column::Profile(Profile::Year)];
    if category.family() == Family::Business {
        out.push(Column::Profile(Profile::Sector));
        if !category.sizes().is_empty() {
            out.push(Column::Profile(Profile::Size));
        }
        out.push(Column::Profile(Profile::Risk));
    }
    out.extend(rubric.fields().into_iter().map(Column::Figure));
    for c in rubric.criteria {
        let more: Vec<Column> = match c.measure.choice() {
            None => vec![],
            Some(Choice::Regulation) => vec![Column::Regulation],
            Some(Choice::Checklist(items)) => items.iter().map(|i| Column::Item(*i)).collect(),
            Some(Choice::Attendance) => vec![Column::Attendance],
            Some(Choice::Programmes) => Programme::ALL.into_iter().map(Column::Programme).collect(),
            Some(Choice::Package) => vec![Column::Package],
        };
        for column in more {
            if !out.contains(&column) {
                out.push(column);
            }
        }
    }
    out
}

/// The template to download: its header row, in the interface's language.
pub fn template(category: Category, lang: Lang) -> String {
    table(&[columns(category).into_iter().map(|c| c.header(category, lang)).collect()])
}

/// The template's file name: `cek-paritrana_templat-kabkota.csv`.
pub fn template_name(category: Category) -> String {
    format!("cek-paritrana_templat-{}.csv", category.code())
}

/// What a CSV file gave: each candidate with its row, and what is wrong where.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Rows {
    pub candidates: Vec<(usize, Assessment)>,
    pub problems: Vec<Problem>,
}

/// The text of a CSV file: UTF-8, or else as a spreadsheet saving in a Western code page
/// writes it (each byte one character: names keep their letters).
pub fn text(bytes: &[u8]) -> String {
    match std::str::from_utf8(bytes) {
        Ok(t) => t.to_string(),
        Err(_) => bytes.iter().map(|b| char::from(*b)).collect(),
    }
}

/// The column a header names, if any, among the template's and those an older template of
/// it had (a column stands for the one that replaced it).
fn column_of(header: &str, category: Category, columns: &[Column]) -> Option<Column> {
    let older = columns.contains(&Column::Attendance).then_some(Column::Leader);
    column_named(header, category, columns)
        .or_else(|| column_named(header, category, &older.into_iter().collect::<Vec<_>>()))
}

impl Column {
    /// The template's column it fills.
    fn stands_for(self) -> Column {
        match self {
            Column::Leader => Column::Attendance,
            c => c,
        }
    }
}

/// The column a header names, if any: by the key in brackets, else by label or key.
fn column_named(header: &str, category: Category, columns: &[Column]) -> Option<Column> {
    let h = header.trim();
    if let Some(key) = h.strip_suffix(']').and_then(|rest| rest.rsplit_once('[')).map(|(_, key)| key.trim()) {
        return columns.iter().copied().find(|c| c.key().eq_ignore_ascii_case(key));
    }
    let n = normalised(h);
    columns.iter().copied().find(|c| {
        let l = c.label(category);
        // The name column also answers to the plain word.
        let plain =
            if *c == Column::Profile(Profile::Name) { [i18n::PANEL_NAME.id, i18n::PANEL_NAME.en] } else { ["", ""] };
        [c.key(), l.id.as_str(), l.en.as_str()].iter().chain(&plain).any(|x| !x.is_empty() && normalised(x) == n)
    })
}

/// Labels quoted, in both languages; a long list is cut to its first few and counted.
fn quoted(labels: impl Iterator<Item = Msg>) -> Msg {
    let q = |t: &str| format!("\u{201c}{t}\u{201d}");
    json::list(&labels.map(|l| Msg::new(q(&l.id), q(&l.en))).collect::<Vec<_>>())
}

/// Reads a filled template of `category` from `file`.
pub fn read(category: Category, file: &str, bytes: &[u8]) -> Rows {
    let mut out = Rows::default();
    if bytes.len() > MAX_CSV_BYTES {
        let kb = bytes.len() / 1024;
        out.problems.push(Problem::file(
            file,
            Msg::new(
                format!("terlalu besar ({kb} KB); bagi menjadi beberapa berkas"),
                format!("too large ({kb} KB); split it into several files"),
            ),
        ));
        return out;
    }
    let rows = csv::read(&text(bytes));
    let Some(((_, headers), body)) = rows.split_first() else {
        out.problems.push(Problem::file(file, Msg::new("berkas kosong", "the file is empty")));
        return out;
    };
    let Some(found) = read_headers(category, file, headers, &mut out.problems) else {
        return out;
    };
    for (line, cells) in body {
        read_row(category, file, *line, cells, &found, &mut out);
    }
    out
}

/// The column each header names, with what is unknown or missing said; none when the file
/// cannot be read as this category's template (another category's, or no name column).
fn read_headers(
    category: Category,
    file: &str,
    headers: &[String],
    problems: &mut Vec<Problem>,
) -> Option<Vec<Option<Column>>> {
    let all = columns(category);
    let found: Vec<Option<Column>> = headers.iter().map(|h| column_of(h, category, &all)).collect();
    let unknown: Vec<&String> =
        headers.iter().zip(&found).filter(|(h, c)| c.is_none() && !h.trim().is_empty()).map(|x| x.0).collect();
    if !unknown.is_empty() {
        // A template of another category: say which, rather than load rows without figures.
        let matched = |cat: Category| {
            let cols = columns(cat);
            headers.iter().filter(|h| column_of(h, cat, &cols).is_some()).count()
        };
        let here = found.iter().flatten().count();
        let other = Category::ALL.into_iter().filter(|c| *c != category).max_by_key(|c| matched(*c));
        if let Some(other) = other.filter(|c| matched(*c) > here) {
            let (this, that) = (category.name(), other.name());
            problems.push(Problem::file(
                file,
                Msg::new(
                    format!("ini templat {}, bukan {}: pilih kategori itu lalu muat lagi", that.id, this.id),
                    format!(
                        "this is the {} template, not the {} one: choose that category and load it again",
                        that.en, this.en
                    ),
                ),
            ));
            return None;
        }
        let names = quoted(unknown.iter().map(|h| Msg::new(json::short(h), json::short(h))));
        let cat = category.name();
        problems.push(Problem::file(
            file,
            Msg::new(
                format!("kolom {} tidak ada di templat {} dan diabaikan", names.id, cat.id),
                format!("the columns {} are not in the {} template and were ignored", names.en, cat.en),
            ),
        ));
    }
    let missing: Vec<Column> =
        all.iter().copied().filter(|c| !found.iter().flatten().any(|f| f.stands_for() == *c)).collect();
    if missing.contains(&Column::Profile(Profile::Name)) {
        problems.push(Problem::file(
            file,
            Msg::new(
                format!("kolom nama tidak ada, jadi berkas tidak dibaca. Pakai templat {}.", category.name().id),
                format!("there is no name column, so the file was not read. Use the {} template.", category.name().en),
            ),
        ));
        return None;
    }
    if !missing.is_empty() {
        let l = quoted(missing.iter().map(|c| c.label(category)));
        problems.push(Problem::file(
            file,
            Msg::new(
                format!("kolom {} tidak ada: dihitung belum diisi", l.id),
                format!("the columns {} are missing: counted as not filled in", l.en),
            ),
        ));
    }
    Some(found)
}

/// One candidate from its row, with its cells' problems; a row without a name is left out.
fn read_row(category: Category, file: &str, line: usize, cells: &[String], found: &[Option<Column>], out: &mut Rows) {
    let mut a = Assessment::new(category);
    let mut problems = Vec::new();
    for (cell, column) in cells.iter().zip(found) {
        let Some(column) = *column else { continue };
        if let Err(message) = set(&mut a, column, cell.trim()) {
            problems.push((column, message));
        }
    }
    if a.entry.name.trim().is_empty() {
        out.problems.push(Problem {
            file: file.to_string(),
            row: Some(line),
            column: Some(Column::Profile(Profile::Name).label(category)),
            message: Msg::new("nama kosong: baris dilewati", "no name: the row was left out"),
        });
        return;
    }
    for issue in check(&a).issues {
        let column = match issue.target {
            Target::Field(f) => Column::Figure(f),
            Target::Year => Column::Profile(Profile::Year),
        };
        problems.push((column, issue.message));
    }
    out.problems.extend(problems.into_iter().map(|(column, message)| Problem {
        file: file.to_string(),
        row: Some(line),
        column: Some(column.label(category)),
        message,
    }));
    out.candidates.push((line, a));
}

/// One cell into the assessment, read as the form reads its input; a value no choice
/// has is left at the form's default and said.
fn set(a: &mut Assessment, column: Column, text: &str) -> Result<(), Msg> {
    let category = a.category;
    let e = &mut a.entry;
    match column {
        Column::Profile(Profile::Name) => e.name = text.to_string(),
        Column::Profile(Profile::Province) => e.province = text.to_string(),
        Column::Profile(Profile::Year) => e.year = text.to_string(),
        // Not scored: a known sector by its code, anything else kept as written.
        Column::Profile(Profile::Sector) => {
            e.sector = SECTORS
                .iter()
                .find(|(code, name)| [code, name.id, name.en].iter().any(|x| normalised(x) == normalised(text)))
                .map_or(text.to_string(), |s| s.0.to_string())
        }
        Column::Figure(f) => {
            if !text.is_empty() {
                e.fields.insert(f, text.to_string());
            }
        }
        Column::Profile(Profile::Size) if !text.is_empty() => {
            let sizes = category.sizes();
            e.size = sizes.get(choose(text, &sizes.iter().map(|s| (s.key(), s.name())).collect::<Vec<_>>())?).copied()
        }
        Column::Profile(Profile::Risk) if !text.is_empty() => {
            let key = if text.starts_with(['r', 'R']) { text.to_ascii_uppercase() } else { format!("R{text}") };
            e.risk = RiskGroup::from_key(&key).ok_or_else(|| unknown(text, RiskGroup::ALL.map(|r| r.key())))?
        }
        Column::Regulation => {
            let names = RegulationLevel::ALL.map(|l| (l.key(), l.name(category)));
            e.regulation = RegulationLevel::ALL[choose(text, &names)?]
        }
        Column::Package if !text.is_empty() => {
            e.package = Package::ALL[choose(text, &Package::ALL.map(|p| (p.key(), p.name())))?]
        }
        Column::Item(i) => {
            if yes_no(text)? {
                e.checked.insert(i);
            }
        }
        Column::Attendance => {
            let names = Attendance::ALL.map(|w| (w.key(), w.word()));
            e.attendance = Attendance::ALL[choose(text, &names)?]
        }
        Column::Leader => e.attendance = if yes_no(text)? { Attendance::Head } else { Attendance::Nobody },
        Column::Programme(p) => {
            if yes_no(text)? {
                e.programmes.insert(p);
            }
        }
        Column::Profile(Profile::Size) | Column::Profile(Profile::Risk) | Column::Package => {}
    }
    Ok(())
}

/// `ya`/`tidak` and the usual ways of writing them; empty is no.
fn yes_no(text: &str) -> Result<bool, Msg> {
    if matches!(text, "\u{2713}" | "\u{2714}") {
        return Ok(true);
    }
    match normalised(text).as_str() {
        "" | "tidak" | "t" | "no" | "n" | "0" | "false" | "salah" | "belum" => Ok(false),
        "ya" | "y" | "yes" | "1" | "x" | "v" | "true" | "benar" | "sudah" | "ada" => Ok(true),
        _ => Err(Msg::new(
            format!("\u{201c}{}\u{201d} bukan ya atau tidak; tulis ya atau kosongkan", json::short(text)),
            format!("\u{201c}{}\u{201d} is not yes or no; write ya (yes) or leave it empty", json::short(text)),
        )),
    }
}

/// The place of one of `options` (key and name), by its key or its name in either
/// language, or a part of the name (`Perda` in `Peraturan Daerah (Perda)`); empty is the
/// first. One function for every kind of choice: the page carries its code once.
fn choose(text: &str, options: &[(&str, T)]) -> Result<usize, Msg> {
    let n = normalised(text);
    if n.is_empty() && !options.is_empty() {
        return Ok(0);
    }
    let fits = |(key, t): &(&str, T)| {
        normalised(key) == n
            || [t.id, t.en].iter().any(|l| l.split(['(', ')', '/']).chain([*l]).any(|part| normalised(part) == n))
    };
    options.iter().position(fits).ok_or_else(|| unknown_named(text, &options.iter().map(|o| o.1).collect::<Vec<_>>()))
}

/// A value none of the keys have.
fn unknown<const N: usize>(text: &str, keys: [&'static str; N]) -> Msg {
    let t: Vec<T> = keys.iter().map(|k| T::new(k, k)).collect();
    unknown_named(text, &t)
}

fn unknown_named(text: &str, names: &[T]) -> Msg {
    let (id, en): (Vec<&str>, Vec<&str>) = names.iter().map(|t| (t.id, t.en)).unzip();
    let v = json::short(text);
    Msg::new(
        format!("nilai \u{201c}{v}\u{201d} tidak dikenal; pilih salah satu: {}", id.join(", ")),
        format!("the value \u{201c}{v}\u{201d} is unknown; choose one of: {}", en.join(", ")),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headers_are_unique_and_name_their_column_in_both_languages() {
        for category in Category::ALL {
            let all = columns(category);
            for lang in [Lang::Id, Lang::En] {
                for c in &all {
                    let h = c.header(category, lang);
                    assert_eq!(column_of(&h, category, &all), Some(*c), "{h}");
                    let bare = c.label(category);
                    assert_eq!(column_of(bare.get(lang), category, &all), Some(*c), "{category:?} {}", bare.get(lang));
                }
            }
        }
    }

    #[test]
    fn choices_read_by_key_name_or_part_of_the_name() {
        let names = RegulationLevel::ALL.map(|l| (l.key(), l.name(Category::Kabkota)));
        let reg = |t: &str| choose(t, &names).map(|i| RegulationLevel::ALL[i]);
        assert_eq!(reg("Perda"), Ok(RegulationLevel::PeraturanDaerah));
        assert_eq!(reg("peraturan_kepala"), Ok(RegulationLevel::PeraturanKepala));
        assert_eq!(reg("Perbup"), Ok(RegulationLevel::PeraturanKepala));
        assert_eq!(reg("circular letter"), Ok(RegulationLevel::SuratEdaran));
        assert_eq!(reg(""), Ok(RegulationLevel::None));
        assert!(reg("undang-undang").is_err_and(|m| m.en.contains("choose one of")));
        assert_eq!(yes_no("Ya"), Ok(true));
        assert_eq!(yes_no("\u{2713}"), Ok(true));
        assert_eq!(yes_no(" - "), Ok(false));
        assert!(yes_no("mungkin").is_err());
    }
}
