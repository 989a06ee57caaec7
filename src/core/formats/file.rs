//! The assessment file: what "Unduh berkas" saves and "Impor" reads.
//!
//! Format `cek-paritrana`, version 4:
//! `{"format":"cek-paritrana","version":4,"rubric":"2026.2","lang":"id","title":…,"assessment":{…}}`
//! with the assessment exactly as stored (category, entry as typed, not-applicable
//! marks, custom weights, its rubric, the evidence dossier). Version 3 is the same with
//! whether the head attends (`leader_attends`) in place of who attends, and without where
//! the revenue-share funds sit or the labour-intensive flag; version 2 is 3 without
//! the dossier; version 1 also without the assessment's rubric (2025.1, or the file's). Import changes nothing: it checks the envelope (size, UTF-8,
//! JSON, format marker, version) and refuses a file that fails it; otherwise the one
//! reader ([`crate::core::formats::json`]) reads the assessment, and what it left out is listed for the
//! import preview, where the user imports or cancels.

use serde::Serialize;
use serde_json::Value;

use crate::core::base::keys::Keyed;
use crate::core::base::text::{Lang, Msg};
use crate::core::formats::json::{self, read_assessment, Part, Unusable};
use crate::core::formats::persist::Stored;
use crate::core::model::assessment::Assessment;
use crate::core::rubric::RUBRIC_VERSION;

pub const FORMAT: &str = "cek-paritrana";
pub const FILE_VERSION: u32 = 4;
/// A real file is a few kilobytes; anything this large is not one of ours.
pub const MAX_FILE_BYTES: usize = 512 * 1024;

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct AssessmentFile {
    pub format: String,
    pub version: u32,
    pub rubric: String,
    pub lang: Lang,
    pub title: String,
    pub assessment: Assessment,
    /// What could not be read and was left out, to show in the import preview.
    #[serde(skip)]
    pub left_out: Vec<Msg>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ImportError {
    TooLarge(usize),
    NotUtf8,
    /// Where the JSON stops making sense, counted from 1.
    NotJson {
        line: usize,
        column: usize,
    },
    Foreign,
    Newer(u64),
    /// The envelope is fine, but there is no assessment with a known category.
    Unusable(Unusable),
}

impl ImportError {
    pub fn message(&self) -> Msg {
        match self {
            ImportError::TooLarge(n) => Msg::new(
                format!("Berkas terlalu besar ({} KB). Berkas Cek Paritrana hanya beberapa KB; pastikan Anda memilih berkas yang benar.", n / 1024),
                format!("The file is too large ({} KB). A Cek Paritrana file is a few KB; make sure you chose the right file.", n / 1024),
            ),
            ImportError::NotUtf8 => Msg::new(
                "Berkas rusak atau bukan berkas Cek Paritrana (bukan teks UTF-8).",
                "The file is damaged or not a Cek Paritrana file (not UTF-8 text).",
            ),
            ImportError::NotJson { line, column } => Msg::new(
                format!("Berkas rusak atau bukan berkas Cek Paritrana (bukan JSON yang sah, baris {line} kolom {column})."),
                format!("The file is damaged or not a Cek Paritrana file (not valid JSON, line {line} column {column})."),
            ),
            ImportError::Foreign => Msg::new(
                "Berkas ini bukan berkas Cek Paritrana (penanda format tidak ada).",
                "This is not a Cek Paritrana file (the format marker is missing).",
            ),
            ImportError::Newer(v) => Msg::new(
                format!("Berkas dibuat versi Cek Paritrana yang lebih baru (format {v}). Muat ulang halaman untuk versi terbaru, lalu coba lagi."),
                format!("The file was made by a newer Cek Paritrana (format {v}). Reload the page for the latest version and try again."),
            ),
            ImportError::Unusable(why) => {
                let why = why.message();
                Msg::new(
                    format!("Isi berkas tidak bisa dibaca: {}. Tidak ada yang diubah.", why.id),
                    format!("The file's content cannot be read: {}. Nothing was changed.", why.en),
                )
            }
        }
    }
}

pub fn export(stored: &Stored, lang: Lang) -> String {
    let file = AssessmentFile {
        format: FORMAT.into(),
        version: FILE_VERSION,
        rubric: RUBRIC_VERSION.into(),
        lang,
        title: stored.display_title(lang),
        assessment: stored.assessment.clone(),
        left_out: Vec::new(),
    };
    serde_json::to_string(&file).unwrap_or_else(|_| "{}".into())
}

/// `cek-paritrana_kota-padang-panjang_2026-11-23.json`
pub fn file_name(stored: &Stored, lang: Lang, date: &str, extension: &str) -> String {
    let mut slug = String::new();
    for c in stored.display_title(lang).chars() {
        if c.is_ascii_alphanumeric() {
            slug.push(c.to_ascii_lowercase());
        } else if !slug.ends_with('-') && !slug.is_empty() {
            slug.push('-');
        }
    }
    let slug = slug.trim_end_matches('-');
    let slug = if slug.is_empty() { "penilaian" } else { slug };
    format!("cek-paritrana_{slug}_{date}.{extension}")
}

/// Checks the envelope and reads the file; nothing is changed by calling this.
pub fn import(bytes: &[u8]) -> Result<AssessmentFile, ImportError> {
    if bytes.len() > MAX_FILE_BYTES {
        return Err(ImportError::TooLarge(bytes.len()));
    }
    let text = std::str::from_utf8(bytes).map_err(|_| ImportError::NotUtf8)?;
    let text = text.trim_start_matches('\u{feff}');
    let value: Value =
        serde_json::from_str(text).map_err(|e| ImportError::NotJson { line: e.line(), column: e.column() })?;
    if value.get("format").and_then(Value::as_str) != Some(FORMAT) {
        return Err(ImportError::Foreign);
    }
    let version = value.get("version").and_then(Value::as_u64).ok_or(ImportError::Foreign)?;
    if version > u64::from(FILE_VERSION) {
        return Err(ImportError::Newer(version));
    }
    if version == 0 {
        return Err(ImportError::Foreign);
    }
    let mut left_out = Vec::new();
    let raw = value.get("assessment").unwrap_or(&Value::Null);
    let assessment =
        read_assessment(raw, json::implied_version(&value), &mut left_out).map_err(ImportError::Unusable)?;
    let title = json::text(&value, "title", Part::Title, &mut left_out);
    Ok(AssessmentFile {
        format: FORMAT.into(),
        version: FILE_VERSION,
        // The rubric label and language are settings, not the user's data: defaults if unreadable.
        rubric: value.get("rubric").and_then(Value::as_str).unwrap_or(RUBRIC_VERSION).into(),
        lang: value.get("lang").and_then(Value::as_str).and_then(Lang::from_key).unwrap_or_default(),
        title,
        assessment,
        left_out: json::messages(&left_out),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::model::category::Category;
    use crate::core::model::inputs::Field;

    fn stored() -> Stored {
        let mut a = Assessment::new(Category::Kabkota);
        a.entry.name = "Kota Padang Panjang".into();
        a.entry.year = "2024".into();
        a.entry.fields.insert(Field::BudgetCurrent, "Rp 1.457.000.000,00".into());
        a.entry.fields.insert(Field::Employed, "19.65x".into());
        a.weights.insert("cakupan.ucj".into(), rust_decimal::Decimal::new(205, 1));
        a.not_applicable.insert("cakupan.non_asn".into());
        Stored { id: 4, title: String::new(), assessment: a }
    }

    #[test]
    fn export_then_import_is_exact() {
        let s = stored();
        let text = export(&s, Lang::Id);
        let file = import(text.as_bytes()).expect("imports");
        assert_eq!(file.assessment, s.assessment);
        assert_eq!(file.title, "Kota Padang Panjang 2024");
        assert_eq!(file.rubric, RUBRIC_VERSION);
        assert!(text.starts_with("{\"format\":\"cek-paritrana\",\"version\":4,"));
        assert_eq!(file.left_out, []);
    }

    #[test]
    fn names_carry_the_entity_and_date() {
        assert_eq!(
            file_name(&stored(), Lang::Id, "2026-11-23", "json"),
            "cek-paritrana_kota-padang-panjang-2024_2026-11-23.json"
        );
        let mut odd = stored();
        odd.title = "  ***  ".into();
        odd.assessment.entry.name.clear();
        odd.assessment.entry.year.clear();
        assert_eq!(file_name(&odd, Lang::En, "2026-11-23", "csv"), "cek-paritrana_penilaian_2026-11-23.csv");
    }

    #[test]
    fn every_rejection_says_why() {
        assert!(matches!(import(&vec![b' '; MAX_FILE_BYTES + 1]), Err(ImportError::TooLarge(_))));
        assert_eq!(import(b"{\"format\": \"cek-par"), Err(ImportError::NotJson { line: 1, column: 19 }));
        assert_eq!(import(&[0xff, 0xfe, 0x00]), Err(ImportError::NotUtf8));
        assert_eq!(import(br#"{"name":"something else"}"#), Err(ImportError::Foreign));
        assert_eq!(import(br#"{"format":"cek-paritrana"}"#), Err(ImportError::Foreign));
        assert_eq!(import(br#"{"format":"cek-paritrana","version":0}"#), Err(ImportError::Foreign));
        assert_eq!(import(br#"{"format":"cek-paritrana","version":7,"assessment":{}}"#), Err(ImportError::Newer(7)));
        assert_eq!(
            import(br#"{"format":"cek-paritrana","version":1}"#),
            Err(ImportError::Unusable(Unusable::NoAssessment))
        );
        assert_eq!(
            import(br#"{"format":"cek-paritrana","version":1,"assessment":{"category":"mars"}}"#),
            Err(ImportError::Unusable(Unusable::UnknownCategory("mars".into())))
        );
        for e in [
            ImportError::TooLarge(9_999_999),
            ImportError::NotUtf8,
            ImportError::NotJson { line: 3, column: 9 },
            ImportError::Foreign,
            ImportError::Newer(2),
            ImportError::Unusable(Unusable::NoAssessment),
            ImportError::Unusable(Unusable::UnknownCategory("mars".into())),
        ] {
            let m = e.message();
            assert!(!m.id.is_empty() && !m.en.is_empty() && m.id != m.en);
            for english in ["not ", "file", "line", "unknown", "category"] {
                assert!(!m.id.contains(english), "{english} in {}", m.id);
            }
            for indonesian in ["bukan", "berkas", "baris", "tidak", "kategori"] {
                assert!(!m.en.contains(indonesian), "{indonesian} in {}", m.en);
            }
        }
        // The words the end-to-end test looks for.
        assert!(ImportError::NotJson { line: 1, column: 1 }.message().id.contains("Berkas rusak"));
        assert!(ImportError::Foreign.message().id.contains("bukan berkas Cek Paritrana"));
        assert!(ImportError::Newer(9).message().id.contains("versi Cek Paritrana yang lebih baru"));
        let category = ImportError::Unusable(Unusable::UnknownCategory("mars".into())).message();
        assert!(category.id.contains("tidak bisa dibaca") && category.id.contains("\u{201c}mars\u{201d}"));
    }

    #[test]
    fn unreadable_parts_are_left_out_and_listed_for_the_preview() {
        let text = br#"{"format":"cek-paritrana","version":1,"title":5,"assessment":{"category":"umk","entry":{"name":"Toko Y","fields":{"employees":"12","nonsense":"1","arrears":0}}}}"#;
        let f = import(text).expect("opens in the preview");
        assert_eq!(f.assessment.entry.name, "Toko Y");
        assert_eq!(f.assessment.entry.raw(Field::Employees), "12");
        assert_eq!(f.title, "");
        let ids: Vec<&str> = f.left_out.iter().map(|m| m.id.as_str()).collect();
        assert_eq!(ids, ["isian \u{201c}arrears\u{201d} (bukan teks)", "isian \u{201c}nonsense\u{201d}", "judul"]);
        let ens: Vec<&str> = f.left_out.iter().map(|m| m.en.as_str()).collect();
        assert_eq!(ens, ["field \u{201c}arrears\u{201d} (not text)", "field \u{201c}nonsense\u{201d}", "title"]);
        assert!(!export(&Stored { id: 1, title: f.title, assessment: f.assessment }, Lang::Id).contains("left_out"));
    }

    #[test]
    fn a_byte_order_mark_is_fine() {
        let text = format!("\u{feff}{}", export(&stored(), Lang::En));
        assert!(import(text.as_bytes()).is_ok());
    }
}
