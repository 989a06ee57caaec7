//! Tables as CSV for spreadsheets set to Indonesian: `;` between columns, decimal comma,
//! UTF-8 with a byte-order mark (so Excel detects it), CRLF line ends; and the reader of
//! such a table as a spreadsheet saves it back (the panel's list of candidates).

use rust_decimal::Decimal;

use crate::core::base::i18n;
use crate::core::base::number::format_decimal;
use crate::core::base::text::{Lang, T};
use crate::core::evaluation::scoring::Score;
use crate::core::model::assessment::Assessment;
use crate::core::rubric::RUBRIC_VERSION;

/// The same words as the criterion table on screen, with what a spreadsheet needs besides.
const HEADERS: [T; 8] = [
    i18n::CSV_CRITERION_ID,
    i18n::CSV_PILLAR,
    i18n::COL_CRITERION,
    i18n::COL_REASON,
    i18n::CSV_SUB_PERCENT,
    i18n::COL_WEIGHT,
    i18n::CSV_EFFECTIVE_WEIGHT,
    i18n::COL_POINTS,
];

/// One cell: quoted when it holds `;`, `"` or a line break; a leading `=`, `+`, `-` or
/// `@` is escaped so a spreadsheet never runs a name as a formula.
pub fn cell(text: &str) -> String {
    let text = if text.starts_with(['=', '+', '-', '@']) { format!("'{text}") } else { text.to_string() };
    if text.contains([';', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text
    }
}

/// A figure in a cell: Indonesian style, at most two decimals.
pub fn number(d: Decimal) -> String {
    format_decimal(d, 2)
}

pub fn criteria_csv(title: &str, assessment: &Assessment, breakdown: &Score, lang: Lang) -> String {
    let cat = assessment.rubric();
    let mut rows: Vec<Vec<String>> = vec![HEADERS.iter().map(|h| h.get(lang).to_string()).collect()];
    for c in &breakdown.criteria {
        let criterion = cat.criterion(c.id);
        rows.push(vec![
            c.id.to_string(),
            cat.pillar(c.pillar).map(|p| p.name.get(lang)).unwrap_or(c.pillar).to_string(),
            criterion.map(|k| k.title.get(lang)).unwrap_or(c.id).to_string(),
            c.reason.get(lang).to_string(),
            number(c.sub * Decimal::ONE_HUNDRED),
            number(c.weight),
            number(c.effective_weight),
            number(c.points),
        ]);
    }
    let blank = String::new;
    let hundred = number(Decimal::ONE_HUNDRED);
    if breakdown.total < breakdown.uncapped_total {
        let before = i18n::SUM_BEFORE_CAP.get(lang).to_string();
        rows.push(vec![
            blank(),
            blank(),
            before,
            blank(),
            blank(),
            hundred.clone(),
            hundred.clone(),
            number(breakdown.uncapped_total),
        ]);
        for cap in breakdown.caps.iter().filter(|c| c.lowered) {
            let findings: Vec<&str> = cap.findings.iter().map(|f| f.get(lang)).collect();
            let name = format!("{} {}", i18n::CAP.get(lang), number(cap.max_total));
            rows.push(vec![
                cap.id.to_string(),
                blank(),
                name,
                findings.join("; "),
                blank(),
                blank(),
                blank(),
                number(cap.max_total),
            ]);
        }
    }
    let total = i18n::TOTAL.get(lang).to_string();
    rows.push(vec![blank(), blank(), total, blank(), blank(), hundred.clone(), hundred, number(breakdown.total)]);
    let note = format!("{title}; {} {RUBRIC_VERSION}; {}", i18n::RUBRIC.get(lang), i18n::CSV_NOTE.get(lang));
    rows.push(vec![note]);
    table(&rows)
}

/// Rows as a spreadsheet file: byte-order mark, `;` between cells, CRLF after each row.
pub fn table(rows: &[Vec<String>]) -> String {
    let mut out = String::from("\u{feff}");
    for row in rows {
        out.push_str(&row.iter().map(|c| cell(c)).collect::<Vec<_>>().join(";"));
        out.push_str("\r\n");
    }
    out
}

/// Reads a table as a spreadsheet saves it: byte-order mark dropped, CRLF or LF, quoted
/// cells (with doubled quotes and line breaks inside). The separator is `;`, or `,` when
/// the first row holds no `;` but a `,` outside quotes (a spreadsheet set to English).
/// Each row comes with the line it starts on, counted from 1; empty rows are left out.
/// The guard [`cell`] puts before a formula-like text is taken off again.
pub fn read(text: &str) -> Vec<(usize, Vec<String>)> {
    let text = text.trim_start_matches('\u{feff}');
    let separator = {
        let (mut quoted, mut semicolons, mut commas) = (false, 0, 0);
        for c in text.chars() {
            match c {
                '\n' | '\r' if !quoted => break,
                '"' => quoted = !quoted,
                ';' if !quoted => semicolons += 1,
                ',' if !quoted => commas += 1,
                _ => {}
            }
        }
        if semicolons == 0 && commas > 0 {
            ','
        } else {
            ';'
        }
    };
    let (mut rows, mut row, mut field) = (Vec::new(), Vec::new(), String::new());
    let (mut line, mut starts, mut quoted) = (1, 1, false);
    let mut chars = text.chars().peekable();
    let mut end_row = |row: &mut Vec<String>, field: &mut String, starts: usize| {
        row.push(unguarded(std::mem::take(field)));
        let row = std::mem::take(row);
        if row.iter().any(|c| !c.trim().is_empty()) {
            rows.push((starts, row));
        }
    };
    while let Some(c) = chars.next() {
        match c {
            '"' if quoted && chars.peek() == Some(&'"') => {
                chars.next();
                field.push('"');
            }
            '"' => quoted = !quoted,
            '\r' if !quoted => {}
            '\n' if !quoted => {
                end_row(&mut row, &mut field, starts);
                line += 1;
                starts = line;
            }
            c if c == separator && !quoted => row.push(unguarded(std::mem::take(&mut field))),
            c => {
                if c == '\n' {
                    line += 1;
                }
                field.push(c);
            }
        }
    }
    end_row(&mut row, &mut field, starts);
    rows
}

/// A cell as written before [`cell`] guarded it against being run as a formula.
fn unguarded(text: String) -> String {
    match text.strip_prefix('\'') {
        Some(rest) if rest.starts_with(['=', '+', '-', '@']) => rest.to_string(),
        _ => text,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::evaluation::score;
    use crate::core::model::category::Category;
    use crate::core::model::inputs::Field;

    #[test]
    fn a_cap_is_shown_before_the_total() {
        use Field::*;
        let mut a = Assessment::with_figures(
            Category::BuMenengah,
            &[
                (Employees, "10"),
                (RegisteredEmployees, "10"),
                (WageBillActual, "10.000.000"),
                (WageBillReported, "10.000.000"),
                (MonthsOnTime, "12"),
                (Arrears, "500.000"),
                (VendorsTotal, "2"),
                (VendorsParticipating, "2"),
                (CsrWorkers, "1"),
            ],
        );
        a.entry.programmes.extend(crate::core::model::money::Programme::ALL);
        a.entry.attendance = crate::core::model::inputs::Attendance::Head;
        let b = score(&a, &crate::core::evaluation::validation::check(&a));
        assert!(b.uncapped_total > b.total);
        let csv = criteria_csv("PT X", &a, &b, Lang::Id);
        assert!(csv.contains(";Jumlah sebelum batas nilai;;;100;100;"), "{csv}");
        assert!(csv.contains("batas.temuan_pds;;Batas nilai 60;Tunggakan iuran Rp500.000;;;;60\r\n"), "{csv}");
        assert!(csv.contains(";Total;;;100;100;60\r\n"));
    }

    #[test]
    fn what_is_written_reads_back() {
        let rows = vec![
            vec!["Nama".to_string(), "Angka".into()],
            vec!["PT \"Maju\"; Tbk".into(), "1.457.000.000".into()],
            vec!["two\nlines".into(), "=SUM(A1)".into()],
        ];
        let read: Vec<Vec<String>> = read(&table(&rows)).into_iter().map(|r| r.1).collect();
        assert_eq!(read, rows);
        let lines: Vec<usize> = super::read(&table(&rows)).into_iter().map(|r| r.0).collect();
        assert_eq!(lines, [1, 2, 3]);
    }

    #[test]
    fn an_english_spreadsheet_s_commas_and_empty_lines_are_read() {
        let text = "name,budget\n\nKota A,\"1,457,000\"\r\n,,\n,\nKota B,96.5\n";
        let read = read(text);
        assert_eq!(read.len(), 3, "{read:?}");
        assert_eq!(read[1], (3, vec!["Kota A".to_string(), "1,457,000".into()]));
        assert_eq!(read[2].0, 6);
        assert_eq!(read[2].1[1], "96.5");
        // A first row with `;` keeps `;` even when cells hold commas.
        assert_eq!(super::read("a;b,c\n1;2,5")[1].1, ["1", "2,5"]);
    }

    #[test]
    fn cells_are_quoted_only_when_needed() {
        assert_eq!(cell("plain"), "plain");
        assert_eq!(cell("PT \"Maju\"; Tbk"), "\"PT \"\"Maju\"\"; Tbk\"");
        assert_eq!(cell("two\nlines"), "\"two\nlines\"");
        assert_eq!(cell("=SUM(A1)"), "'=SUM(A1)");
        assert_eq!(cell("-5"), "'-5");
    }

    #[test]
    fn the_table_opens_in_an_indonesian_spreadsheet() {
        let mut a = Assessment::new(Category::BuMenengah);
        a.entry.name = "PT \"Maju\"; Tbk".into();
        a.entry.fields.insert(Field::Employees, "240".into());
        a.entry.fields.insert(Field::RegisteredEmployees, "200".into());
        let b = score(&a, &crate::core::evaluation::validation::check(&a));
        let csv = criteria_csv("PT \"Maju\"; Tbk 2024", &a, &b, Lang::Id);
        assert!(csv.starts_with("\u{feff}ID kriteria;Pilar;Kriteria;"));
        let lines: Vec<&str> = csv.trim_start_matches('\u{feff}').split("\r\n").collect();
        assert_eq!(lines.len(), 1 + a.rubric().criteria.len() + 2 + 1, "header, rows, total, note, final empty");
        let workers = lines.iter().find(|l| l.starts_with("kepatuhan.tenaga_kerja;")).expect("row");
        // 200 of 240 → 83,33% of 16 points = 13,33.
        assert!(workers.ends_with(";83,33;16;16;13,33"), "{workers}");
        assert!(workers.contains("200 dari 240 (83,33%)"));
        let note = lines[lines.len() - 2];
        assert!(note.starts_with("\"PT \"\"Maju\"\"; Tbk 2024; rubrik 2026.2"), "{note}");
        // Every data row has the same number of columns once quotes are respected.
        for line in &lines[..lines.len() - 2] {
            let mut in_quotes = false;
            let separators = line.chars().filter(|c| {
                if *c == '"' {
                    in_quotes = !in_quotes;
                }
                *c == ';' && !in_quotes
            });
            assert_eq!(separators.count(), 7, "{line}");
        }
    }
}
