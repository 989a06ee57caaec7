//! The criterion table as CSV for spreadsheets set to Indonesian: `;` between columns,
//! decimal comma, UTF-8 with a byte-order mark (so Excel detects it), CRLF line ends.

use rust_decimal::Decimal;

use super::assessment::Assessment;
use super::i18n;
use super::number::format_decimal;
use super::rubric::RUBRIC_VERSION;
use super::scoring::Score;
use super::text::{Lang, T};

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

fn number(d: Decimal) -> String {
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
    let mut out = String::from("\u{feff}");
    for row in rows {
        out.push_str(&row.iter().map(|c| cell(c)).collect::<Vec<_>>().join(";"));
        out.push_str("\r\n");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::category::Category;
    use crate::core::inputs::Field;
    use crate::core::scoring::score;

    #[test]
    fn a_cap_is_shown_before_the_total() {
        let mut a = Assessment::new(Category::BuMenengah);
        for (f, v) in [
            (Field::Employees, "10"),
            (Field::RegisteredEmployees, "10"),
            (Field::WageBillActual, "10.000.000"),
            (Field::WageBillReported, "10.000.000"),
            (Field::MonthsOnTime, "12"),
            (Field::Arrears, "500.000"),
            (Field::VendorsTotal, "2"),
            (Field::VendorsParticipating, "2"),
            (Field::CsrWorkers, "1"),
        ] {
            a.entry.fields.insert(f, v.into());
        }
        a.entry.programmes.extend(crate::core::money::Programme::ALL);
        a.entry.leader_attends = true;
        let b = score(&a, &crate::core::validation::check(&a));
        assert!(b.uncapped_total > b.total);
        let csv = criteria_csv("PT X", &a, &b, Lang::Id);
        assert!(csv.contains(";Jumlah sebelum batas nilai;;;100;100;"), "{csv}");
        assert!(csv.contains("batas.temuan_pds;;Batas nilai 60;Tunggakan iuran Rp500.000;;;;60\r\n"), "{csv}");
        assert!(csv.contains(";Total;;;100;100;60\r\n"));
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
        let b = score(&a, &crate::core::validation::check(&a));
        let csv = criteria_csv("PT \"Maju\"; Tbk 2024", &a, &b, Lang::Id);
        assert!(csv.starts_with("\u{feff}ID kriteria;Pilar;Kriteria;"));
        let lines: Vec<&str> = csv.trim_start_matches('\u{feff}').split("\r\n").collect();
        assert_eq!(lines.len(), 1 + a.rubric().criteria.len() + 2 + 1, "header, rows, total, note, final empty");
        let workers = lines.iter().find(|l| l.starts_with("kepatuhan.tenaga_kerja;")).expect("row");
        // 200 of 240 → 83,33% of 15 points = 12,5.
        assert!(workers.ends_with(";83,33;15;15;12,5"), "{workers}");
        assert!(workers.contains("200 dari 240 (83,33%)"));
        let note = lines[lines.len() - 2];
        assert!(note.starts_with("\"PT \"\"Maju\"\"; Tbk 2024; rubrik 2026.1"), "{note}");
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
