//! Share by link: one assessment in the URL fragment (`#a=…`), which never reaches a
//! server.
//!
//! Format 5: `5.<base64url of compact JSON>.<FNV-1a checksum of the base64url text, 8 hex>`.
//! The JSON is `{"title":…,"assessment":…}` with the assessment as a file holds it (every
//! enum by its stable key), less the parts that hold nothing (empty text, no size, no,
//! empty lists), which the reader reads back as exactly that. Choices such as the risk
//! group are always written, so a link never depends on what a default happens to be.
//! The one reader ([`crate::core::formats::json`]) reads it, under its one policy;
//! the checksum already guards against damage, so what it leaves out is only named.
//! The assessment names its rubric version and holds its evidence dossier (each piece less
//! its empty parts). Format 3 (the same without a dossier) and 2 (nor a rubric version:
//! 2025.1) are still read, and format 1 (enums by position) by the frozen reader in [`v1`].

mod v1;

use serde_json::Value;

use crate::core::base::text::Msg;
use crate::core::formats::json::{self, read_assessment, Part, Unusable};
use crate::core::model::assessment::Assessment;
use crate::core::model::assessment::Version;

pub const LINK_VERSION: &str = "5";
/// Format 4: as format 5, with whether the head attends (`leader_attends`) in place of who
/// attends, and without where the revenue-share funds sit or the labour-intensive flag.
const LINK_V4: &str = "4";
/// Format 3: as format 4, less the dossier.
const LINK_V3: &str = "3";
/// Format 2: as format 3, less the rubric version, which was always 2025.1.
const LINK_V2: &str = "2";
/// The fragment key: `…/index.html#a=2.xxxx.yyyy`.
pub const FRAGMENT_KEY: &str = "a=";

/// An assessment opened from a link.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Shared {
    pub title: String,
    pub assessment: Assessment,
    /// What could not be read and was left out, for the notice shown on opening.
    pub left_out: Vec<Msg>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LinkError {
    Empty,
    UnknownVersion(String),
    /// Cut off or changed on the way: the checksum or the encoding does not hold.
    Damaged,
    /// Intact, but there is no assessment with a known category in it.
    Unusable(Unusable),
}

impl LinkError {
    pub fn message(&self) -> Msg {
        match self {
            LinkError::Empty => Msg::new("Tautan ini tidak berisi penilaian.", "This link holds no assessment."),
            LinkError::UnknownVersion(v) => Msg::new(
                format!("Tautan dibuat dengan format {v} yang tidak dikenal versi ini. Muat ulang halaman untuk versi terbaru, atau minta berkasnya."),
                format!("The link uses format {v}, unknown to this version. Reload the page for the latest version, or ask for the file."),
            ),
            LinkError::Damaged => Msg::new(
                "Tautan rusak atau terpotong saat disalin, jadi tidak dibuka. Minta pengirim menyalin ulang seluruh tautan atau mengirim berkasnya.",
                "The link is damaged or was cut off when copied, so it was not opened. Ask the sender to copy the whole link again or send the file.",
            ),
            LinkError::Unusable(why) => {
                let why = why.message();
                Msg::new(
                    format!("Tautan tidak dibuka: {}. Muat ulang halaman untuk versi terbaru, atau minta pengirim mengirim berkasnya.", why.id),
                    format!("The link was not opened: {}. Reload the page for the latest version, or ask the sender for the file.", why.en),
                )
            }
        }
    }
}

fn fnv1a(bytes: &[u8]) -> u32 {
    bytes.iter().fold(0x811c_9dc5u32, |h, b| (h ^ u32::from(*b)).wrapping_mul(0x0100_0193))
}

const B64: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// Base64url without padding.
pub fn base64url_encode(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len() * 4 / 3 + 3);
    for chunk in bytes.chunks(3) {
        let n = chunk.iter().enumerate().fold(0u32, |n, (i, b)| n | u32::from(*b) << (16 - 8 * i));
        for i in 0..=chunk.len() {
            out.push(char::from(B64[(n >> (18 - 6 * i) & 63) as usize]));
        }
    }
    out
}

pub fn base64url_decode(text: &str) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(text.len() * 3 / 4);
    let values: Option<Vec<u32>> = text.bytes().map(|c| B64.iter().position(|x| *x == c).map(|p| p as u32)).collect();
    for chunk in values?.chunks(4) {
        if chunk.len() == 1 {
            return None;
        }
        let n = chunk.iter().enumerate().fold(0u32, |n, (i, v)| n | v << (18 - 6 * i));
        for i in 0..chunk.len() - 1 {
            out.push((n >> (16 - 8 * i) & 255) as u8);
        }
    }
    Some(out)
}

/// Leaves out the members of an object that hold nothing; the values inside a map (an
/// empty figure as typed) are kept.
fn drop_empty(v: &mut Value) {
    if let Some(map) = v.as_object_mut() {
        // Kept members put back in order, rather than the others taken out in place: removing
        // from the map would bring code of its own (rebalancing the tree) for this one use.
        for (k, x) in std::mem::take(map) {
            let keep = match &x {
                Value::Null | Value::Bool(false) => false,
                Value::String(s) => !s.is_empty(),
                Value::Array(l) => !l.is_empty(),
                Value::Object(m) => !m.is_empty(),
                _ => true,
            };
            if keep {
                map.insert(k, x);
            }
        }
    }
}

/// The fragment payload (without `#a=`) for one assessment.
pub fn encode(title: &str, a: &Assessment) -> String {
    // Through the text serialiser that storage and files use, so the derived `Serialize`
    // code exists once in the wasm (`to_value` would add a second copy of it); the same
    // value. Serialising plain data with string keys cannot fail.
    let mut assessment: Value =
        serde_json::to_string(a).ok().and_then(|t| serde_json::from_str(&t).ok()).unwrap_or_default();
    if let Some(entry) = assessment.get_mut("entry") {
        drop_empty(entry);
    }
    if let Some(Value::Object(dossier)) = assessment.get_mut("evidence") {
        dossier.values_mut().filter_map(Value::as_array_mut).flatten().for_each(drop_empty);
    }
    drop_empty(&mut assessment);
    // Built as the map it is: `json!` would copy the assessment through a serialiser of
    // its own. The keys come out in order either way.
    let mut payload = serde_json::Map::new();
    if !title.is_empty() {
        payload.insert("title".into(), Value::String(title.into()));
    }
    payload.insert("assessment".into(), assessment);
    let body = base64url_encode(json::compact(&Value::Object(payload)).as_bytes());
    let sum = fnv1a(body.as_bytes());
    format!("{LINK_VERSION}.{body}.{sum:08x}")
}

/// Reads a fragment payload (format 5, 4, 3, 2 or 1) back into a title and an assessment.
pub fn decode(fragment: &str) -> Result<Shared, LinkError> {
    let text = fragment.trim().trim_start_matches('#').trim_start_matches(FRAGMENT_KEY);
    if text.is_empty() {
        return Err(LinkError::Empty);
    }
    let mut parts = text.split('.');
    let version = parts.next().unwrap_or_default();
    if ![LINK_VERSION, LINK_V4, LINK_V3, LINK_V2, v1::VERSION].contains(&version) {
        return Err(if version.chars().all(|c| c.is_ascii_digit()) && !version.is_empty() {
            LinkError::UnknownVersion(version.to_string())
        } else {
            LinkError::Damaged
        });
    }
    let (Some(body), Some(sum), None) = (parts.next(), parts.next(), parts.next()) else {
        return Err(LinkError::Damaged);
    };
    if u32::from_str_radix(sum, 16).ok() != Some(fnv1a(body.as_bytes())) || sum.len() != 8 {
        return Err(LinkError::Damaged);
    }
    let bytes = base64url_decode(body).ok_or(LinkError::Damaged)?;
    let text = String::from_utf8(bytes).map_err(|_| LinkError::Damaged)?;
    let v: Value = serde_json::from_str(&text).map_err(|_| LinkError::Damaged)?;
    if !v.is_object() {
        return Err(LinkError::Damaged);
    }
    let mut left_out = Vec::new();
    let v = if version == v1::VERSION { v1::translate(&v, &mut left_out) } else { v };
    // Formats 1 and 2 were written under rubric 2025.1; later ones name the rubric.
    let implied = match version {
        LINK_VERSION => Version::CURRENT,
        LINK_V4 | LINK_V3 => Version::V2026_1,
        _ => Version::V2025_1,
    };
    let raw = v.get("assessment").unwrap_or(&Value::Null);
    let assessment = read_assessment(raw, implied, &mut left_out).map_err(LinkError::Unusable)?;
    let title = json::text(&v, "title", Part::Title, &mut left_out);
    Ok(Shared { title, assessment, left_out: json::messages(&left_out) })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::base::keys::Keyed;
    use crate::core::formats::samples::every_part;
    use crate::core::model::category::{BusinessSize, Category};
    use crate::core::model::inputs::{Attendance, Field, Item, RegulationLevel};
    use crate::core::model::money::{Programme, RiskGroup};
    use rust_decimal::Decimal;

    fn shared(title: &str, assessment: Assessment) -> Result<Shared, LinkError> {
        Ok(Shared { title: title.into(), assessment, left_out: Vec::new() })
    }

    /// A link of the given version around any JSON, with a valid checksum.
    fn sealed(version: &str, payload: &str) -> String {
        let body = base64url_encode(payload.as_bytes());
        format!("{version}.{body}.{:08x}", fnv1a(body.as_bytes()))
    }

    #[test]
    fn round_trip_is_exact_and_compact() {
        let a = every_part();
        let link = encode("Draf target 2026", &a);
        assert!(link.starts_with("5."));
        // About 720 characters; keys instead of positions cost 253 more than format 1 (337),
        // the rubric version and package 60 more, who attends and where revenue shares sit 70.
        assert!(link.len() < 730, "{} chars", link.len());
        assert!(link.chars().all(|c| c.is_ascii_alphanumeric() || "-_.".contains(c)), "URL-safe");
        assert_eq!(decode(&link), shared("Draf target 2026", a.clone()));
        assert_eq!(decode(&format!("#a={link}")), shared("Draf target 2026", a));
    }

    #[test]
    fn a_dossier_travels_whole_with_its_empty_parts_left_out() {
        use crate::core::model::evidence::{Evidence, EvidenceKind};
        let mut a = every_part();
        a.evidence.list_mut("regulasi.instrumen").push(Evidence {
            kind: EvidenceKind::Keputusan,
            title: "SE Direksi No. 4/2024".into(),
            date: "2024-03-01".into(),
            note: String::new(),
            checked_with_bpjs: false,
        });
        a.evidence.list_mut("regulasi.instrumen").push(Evidence { checked_with_bpjs: true, ..Evidence::default() });
        let link = encode("", &a);
        assert_eq!(decode(&link), shared("", a));
        let body =
            String::from_utf8(base64url_decode(link.split('.').nth(1).expect("body")).expect("base64")).expect("utf8");
        assert!(
            body.contains(r#""evidence":{"regulasi.instrumen":[{"date":"2024-03-01","kind":"keputusan","title":"SE Direksi No. 4/2024"},{"bpjs":true,"kind":"peraturan"}]}"#),
            "{body}"
        );
    }

    #[test]
    fn parts_that_hold_nothing_are_left_out_of_the_link_and_read_back() {
        for c in Category::ALL {
            let a = Assessment::new(c);
            let link = encode("", &a);
            assert_eq!(decode(&link), shared("", a), "{c:?}");
            let body = base64url_decode(link.split('.').nth(1).expect("body")).expect("base64");
            let expected = format!(
                r#"{{"assessment":{{"category":"{}","entry":{{"attendance":"nobody","package":"jkk_jkm","regulation":"none","revenue_share":"unanswered","risk":"R1"}},"rubric":"2026.2"}}}}"#,
                c.key()
            );
            assert_eq!(String::from_utf8(body).expect("UTF-8"), expected);
        }
        // An empty figure is kept as typed, so the round trip stays exact.
        let mut a = every_part();
        a.entry.fields.insert(Field::Employed, String::new());
        a.entry.risk = RiskGroup::R1;
        assert_eq!(decode(&encode("", &a)), shared("", a));
    }

    #[test]
    fn damaged_links_explain_themselves() {
        let link = encode("X", &every_part());
        assert_eq!(decode(""), Err(LinkError::Empty));
        assert_eq!(decode("#a="), Err(LinkError::Empty));
        assert_eq!(decode(&link[..link.len() / 2]), Err(LinkError::Damaged), "cut off");
        assert_eq!(decode(&link[..link.len() - 1]), Err(LinkError::Damaged), "last character lost");
        let flipped: String = link
            .chars()
            .enumerate()
            .map(|(i, c)| match (i, c) {
                (10, 'A') => 'B',
                (10, _) => 'A',
                _ => c,
            })
            .collect();
        assert_eq!(decode(&flipped), Err(LinkError::Damaged), "one character changed");
        assert_eq!(decode(&link.replacen("5.", "7.", 1)), Err(LinkError::UnknownVersion("7".into())));
        assert_eq!(decode("hello"), Err(LinkError::Damaged));
        assert_eq!(decode(&sealed("2", "[1,2]")), Err(LinkError::Damaged), "not an object");
        assert_eq!(decode(&sealed("2", "{\"assess")), Err(LinkError::Damaged), "not JSON");
        assert_eq!(
            decode(&sealed("2", r#"{"assessment":{"category":"pluto"}}"#)),
            Err(LinkError::Unusable(Unusable::UnknownCategory("pluto".into())))
        );
        assert_eq!(decode(&sealed("2", r#"{"title":"x"}"#)), Err(LinkError::Unusable(Unusable::NoAssessment)));
        assert_eq!(
            decode(&sealed("1", r#"{"c":"pluto"}"#)),
            Err(LinkError::Unusable(Unusable::UnknownCategory("pluto".into())))
        );
        for e in [
            LinkError::Empty,
            LinkError::UnknownVersion("7".into()),
            LinkError::Damaged,
            LinkError::Unusable(Unusable::UnknownCategory("pluto".into())),
        ] {
            let m = e.message();
            assert!(!m.id.is_empty() && !m.en.is_empty() && m.id != m.en);
            assert!(!m.en.contains("tidak") && !m.id.contains(" not "), "{m:?}");
        }
        assert!(LinkError::Damaged.message().id.contains("Tautan rusak atau terpotong"));
    }

    #[test]
    fn unreadable_parts_are_left_out_and_named() {
        // A weight far outside 0–100 (which could overflow the arithmetic) is left out.
        let mut huge = every_part();
        huge.weights.insert("kepatuhan.upah".into(), Decimal::MAX);
        let opened = decode(&encode("X", &huge)).expect("opens");
        assert!(opened.assessment.weights.is_empty());
        assert_eq!(opened.left_out.len(), 1);
        assert!(opened.left_out[0].id.contains("bobot \u{201c}kepatuhan.upah\u{201d}"));
        assert!(opened.left_out[0].en.contains("weight \u{201c}kepatuhan.upah\u{201d}"));
        let odd = sealed(
            "2",
            r#"{"title":3,"assessment":{"category":"umk","entry":{"fields":{"employees":12,"flying":"1","arrears":"0"}}}}"#,
        );
        let opened = decode(&odd).expect("opens");
        assert_eq!(opened.assessment.entry.raw(Field::Arrears), "0");
        let ids: Vec<&str> = opened.left_out.iter().map(|m| m.id.as_str()).collect();
        assert_eq!(ids, ["isian \u{201c}employees\u{201d} (bukan teks)", "isian \u{201c}flying\u{201d}", "judul"]);
    }

    #[test]
    fn format_1_positions_it_does_not_know_are_named() {
        let link = sealed(
            "1",
            r#"{"t":"T","c":"umk","e":["Toko",null,"2024",""],"z":9,"r":4,"g":7,"l":1,"p":17,"i":1048577,"f":{"13":"12","40":"1"},"x":[],"w":{}}"#,
        );
        let opened = decode(&link).expect("opens");
        let e = &opened.assessment.entry;
        assert_eq!((opened.title.as_str(), e.name.as_str(), e.year.as_str()), ("T", "Toko", "2024"));
        assert_eq!(
            (e.size, e.risk, e.regulation, e.attendance),
            (None, RiskGroup::R4, RegulationLevel::None, Attendance::Head)
        );
        assert_eq!(e.programmes.iter().copied().collect::<Vec<_>>(), [Programme::Jkk]);
        assert_eq!(e.checked.iter().copied().collect::<Vec<_>>(), [Item::PermitCondition, Item::FollowUpDone]);
        assert_eq!(e.raw(Field::Employees), "12");
        let ens: Vec<&str> = opened.left_out.iter().map(|m| m.en.as_str()).collect();
        let expected = [
            "business size \u{201c}9\u{201d}",
            "regulation level \u{201c}7\u{201d}",
            "programme \u{201c}4\u{201d}",
            "field \u{201c}40\u{201d}",
        ];
        assert_eq!(ens, expected);
    }

    #[test]
    fn the_frozen_format_1_tables_hold_known_keys_once() {
        fn check<K: Keyed>(table: &[&str]) {
            let distinct: std::collections::BTreeSet<&&str> = table.iter().collect();
            assert_eq!(distinct.len(), table.len(), "no key twice");
            assert!(table.iter().all(|k| K::from_key(k).is_some()), "every key still known");
        }
        check::<BusinessSize>(&v1::SIZES);
        check::<RiskGroup>(&v1::RISKS);
        check::<RegulationLevel>(&v1::LEVELS);
        check::<Programme>(&v1::PROGRAMMES);
        check::<Field>(&v1::FIELDS);
        check::<Item>(&v1::ITEMS);
    }

    #[test]
    fn base64url_round_trips_every_length() {
        for n in 0..40u8 {
            let bytes: Vec<u8> = (0..n).map(|i| i.wrapping_mul(37).wrapping_add(n)).collect();
            assert_eq!(base64url_decode(&base64url_encode(&bytes)), Some(bytes));
        }
        assert_eq!(base64url_encode(b"Man"), "TWFu");
        assert_eq!(base64url_encode(b"\xfb\xff"), "-_8");
        assert_eq!(base64url_decode("T"), None);
        assert_eq!(base64url_decode("T+=="), None);
    }
}
