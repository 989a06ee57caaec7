//! The assessment file: what "Unduh berkas" saves and "Impor" reads.
//!
//! Format `cek-paritrana`, version 1:
//! `{"format":"cek-paritrana","version":1,"rubric":"2025.1","lang":"id","title":…,"assessment":{…}}`
//! with the assessment exactly as stored (category, entry as typed, not-applicable
//! marks, custom weights). Import checks everything before anything is changed.

use serde::Serialize;
use serde_json::Value;

use super::assessment::Assessment;
use super::keys::Keyed;
use super::persist::{read_assessment, Stored};
use super::rubric::RUBRIC_VERSION;
use super::text::{Lang, Msg};

pub const FORMAT: &str = "cek-paritrana";
pub const FILE_VERSION: u32 = 1;
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
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ImportError {
    TooLarge(usize),
    NotJson(String),
    Foreign,
    Newer(u64),
    Broken(String),
}

impl ImportError {
    pub fn message(&self) -> Msg {
        match self {
            ImportError::TooLarge(n) => Msg::new(
                format!("Berkas terlalu besar ({} KB). Berkas Cek Paritrana hanya beberapa KB; pastikan Anda memilih berkas yang benar.", n / 1024),
                format!("The file is too large ({} KB). A Cek Paritrana file is a few KB; make sure you chose the right file.", n / 1024),
            ),
            ImportError::NotJson(e) => Msg::new(
                format!("Berkas rusak atau bukan berkas Cek Paritrana (bukan JSON yang sah: {e})."),
                format!("The file is damaged or not a Cek Paritrana file (not valid JSON: {e})."),
            ),
            ImportError::Foreign => Msg::new(
                "Berkas ini bukan berkas Cek Paritrana (penanda format tidak ada).",
                "This is not a Cek Paritrana file (the format marker is missing).",
            ),
            ImportError::Newer(v) => Msg::new(
                format!("Berkas dibuat versi Cek Paritrana yang lebih baru (format {v}). Muat ulang halaman untuk versi terbaru, lalu coba lagi."),
                format!("The file was made by a newer Cek Paritrana (format {v}). Reload the page for the latest version and try again."),
            ),
            ImportError::Broken(e) => Msg::new(
                format!("Isi berkas tidak bisa dibaca: {e}. Tidak ada yang diubah."),
                format!("The file's content cannot be read: {e}. Nothing was changed."),
            ),
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

/// Checks a file completely; nothing is changed by calling this.
pub fn import(bytes: &[u8]) -> Result<AssessmentFile, ImportError> {
    if bytes.len() > MAX_FILE_BYTES {
        return Err(ImportError::TooLarge(bytes.len()));
    }
    let text =
        std::str::from_utf8(bytes).map_err(|_| ImportError::NotJson("bukan teks UTF-8 / not UTF-8 text".into()))?;
    let text = text.trim_start_matches('\u{feff}');
    let value: Value = serde_json::from_str(text).map_err(|e| ImportError::NotJson(e.to_string()))?;
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
    let raw = value.get("assessment").ok_or_else(|| {
        ImportError::Broken("bagian \u{201c}assessment\u{201d} tidak ada / no \u{201c}assessment\u{201d}".into())
    })?;
    let mut dropped = Vec::new();
    let assessment = read_assessment(raw, &mut dropped)
        .ok_or_else(|| ImportError::Broken("kategori tidak dikenal / unknown category".into()))?;
    if !dropped.is_empty() {
        return Err(ImportError::Broken(dropped.join(", ")));
    }
    Ok(AssessmentFile {
        format: FORMAT.into(),
        version: FILE_VERSION,
        rubric: value.get("rubric").and_then(Value::as_str).unwrap_or(RUBRIC_VERSION).into(),
        lang: value.get("lang").and_then(Value::as_str).and_then(Lang::from_key).unwrap_or_default(),
        title: value.get("title").and_then(Value::as_str).unwrap_or_default().into(),
        assessment,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::category::Category;
    use crate::core::inputs::Field;

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
        assert!(text.starts_with("{\"format\":\"cek-paritrana\",\"version\":1,"));
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
        assert!(matches!(import(b"{\"format\": \"cek-par"), Err(ImportError::NotJson(_))));
        assert!(matches!(import(&[0xff, 0xfe, 0x00]), Err(ImportError::NotJson(_))));
        assert_eq!(import(br#"{"name":"something else"}"#), Err(ImportError::Foreign));
        assert_eq!(import(br#"{"format":"cek-paritrana"}"#), Err(ImportError::Foreign));
        assert_eq!(import(br#"{"format":"cek-paritrana","version":7,"assessment":{}}"#), Err(ImportError::Newer(7)));
        assert!(matches!(import(br#"{"format":"cek-paritrana","version":1}"#), Err(ImportError::Broken(_))));
        assert!(matches!(
            import(br#"{"format":"cek-paritrana","version":1,"assessment":{"category":"mars"}}"#),
            Err(ImportError::Broken(_))
        ));
        let Err(ImportError::Broken(detail)) = import(br#"{"format":"cek-paritrana","version":1,"assessment":{"category":"umk","entry":{"fields":{"nonsense":"1"}}}}"#) else {
            panic!("a damaged part is refused")
        };
        assert!(detail.contains("nonsense"));
        for e in [
            ImportError::TooLarge(9_999_999),
            ImportError::NotJson("x".into()),
            ImportError::Foreign,
            ImportError::Newer(2),
            ImportError::Broken("y".into()),
        ] {
            let m = e.message();
            assert!(!m.id.is_empty() && !m.en.is_empty() && m.id != m.en);
        }
    }

    #[test]
    fn a_byte_order_mark_is_fine() {
        let text = format!("\u{feff}{}", export(&stored(), Lang::En));
        assert!(import(text.as_bytes()).is_ok());
    }
}
