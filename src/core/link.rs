//! Share by link: one assessment in the URL fragment (`#a=…`), which never reaches a
//! server. Format version 1: `1.<base64url of compact JSON>.<FNV-1a checksum, 8 hex>`.
//! Fields, checklist items and programmes are written by their index in the frozen
//! tables below, so the link stays short; never reorder them, add at the end.

use std::collections::BTreeMap;

use rust_decimal::Decimal;
use serde_json::{json, Map, Value};

use super::assessment::Assessment;
use super::category::{BusinessSize, Category};
use super::inputs::{Field, Item, RegulationLevel};
use super::money::{Programme, RiskGroup};
use super::text::Msg;
use super::weights::valid_weight;

pub const LINK_VERSION: &str = "1";
/// The fragment key: `…/index.html#a=1.xxxx.yyyy`.
pub const FRAGMENT_KEY: &str = "a=";

const FIELDS: [Field; 23] = [
    Field::Employed,
    Field::ActiveParticipants,
    Field::CoverageTarget,
    Field::NonAsnTotal,
    Field::NonAsnCovered,
    Field::VillageOfficialsTotal,
    Field::VillageOfficialsCovered,
    Field::SocialWorkersTotal,
    Field::SocialWorkersCovered,
    Field::VulnerableTarget,
    Field::VulnerableCovered,
    Field::BudgetPrevious,
    Field::BudgetCurrent,
    Field::Employees,
    Field::RegisteredEmployees,
    Field::WageBillActual,
    Field::WageBillReported,
    Field::MonthsOnTime,
    Field::Arrears,
    Field::VendorsTotal,
    Field::VendorsParticipating,
    Field::CsrWorkers,
    Field::CsrSpend,
];
const ITEMS: [Item; 21] = [
    Item::PermitCondition,
    Item::ProcurementCondition,
    Item::PublicServiceCondition,
    Item::RequiresBudget,
    Item::RequiresVillageOfficials,
    Item::CollaborationScheme,
    Item::MobileRegistration,
    Item::DataIntegration,
    Item::OutreachProgramme,
    Item::AdHocAndBumdWorkers,
    Item::VillageFundContribution,
    Item::RegisterBeforeStart,
    Item::ExtraBenefits,
    Item::WorkerEducation,
    Item::PayrollIntegration,
    Item::EncouragePartners,
    Item::ServiceCondition,
    Item::DocumentsReady,
    Item::DataVerified,
    Item::PresentationReady,
    Item::FollowUpDone,
];
const PROGRAMMES: [Programme; 4] = [Programme::Jkk, Programme::Jkm, Programme::Jht, Programme::Jp];
const SIZES: [BusinessSize; 4] =
    [BusinessSize::Besar, BusinessSize::Menengah, BusinessSize::Kecil, BusinessSize::Mikro];

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LinkError {
    Empty,
    UnknownVersion(String),
    Damaged,
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

/// The fragment payload (without `#a=`) for one assessment.
pub fn encode(title: &str, a: &Assessment) -> String {
    let e = &a.entry;
    let fields: Map<String, Value> = FIELDS
        .iter()
        .enumerate()
        .filter_map(|(i, f)| e.fields.get(f).filter(|t| !t.is_empty()).map(|t| (i.to_string(), Value::from(t.clone()))))
        .collect();
    let items: u64 = ITEMS.iter().enumerate().filter(|(_, it)| e.checked.contains(it)).map(|(i, _)| 1u64 << i).sum();
    let programmes: u64 =
        PROGRAMMES.iter().enumerate().filter(|(_, p)| e.programmes.contains(p)).map(|(i, _)| 1u64 << i).sum();
    let weights: Map<String, Value> = a.weights.iter().map(|(k, v)| (k.clone(), Value::from(v.to_string()))).collect();
    let payload = json!({
        "t": title,
        "c": a.category.code(),
        "e": [e.name, e.province, e.year, e.sector],
        "z": e.size.and_then(|s| SIZES.iter().position(|x| *x == s)),
        "r": e.risk.number(),
        "g": e.regulation.index(),
        "l": u8::from(e.leader_attends),
        "p": programmes,
        "i": items,
        "f": fields,
        "x": a.not_applicable,
        "w": weights,
    });
    let body = base64url_encode(payload.to_string().as_bytes());
    let sum = fnv1a(body.as_bytes());
    format!("{LINK_VERSION}.{body}.{sum:08x}")
}

/// Reads a fragment payload back into a title and an assessment.
pub fn decode(fragment: &str) -> Result<(String, Assessment), LinkError> {
    let text = fragment.trim().trim_start_matches('#').trim_start_matches(FRAGMENT_KEY);
    if text.is_empty() {
        return Err(LinkError::Empty);
    }
    let mut parts = text.split('.');
    let version = parts.next().unwrap_or_default();
    if version != LINK_VERSION {
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
    let category = v.get("c").and_then(Value::as_str).and_then(Category::from_code).ok_or(LinkError::Damaged)?;
    let mut a = Assessment::new(category);
    let text_at = |i: usize| v.get("e").and_then(|e| e.get(i)).and_then(Value::as_str).unwrap_or_default().to_string();
    a.entry.name = text_at(0);
    a.entry.province = text_at(1);
    a.entry.year = text_at(2);
    a.entry.sector = text_at(3);
    a.entry.size = v.get("z").and_then(Value::as_u64).and_then(|i| SIZES.get(i as usize)).copied();
    a.entry.risk = v
        .get("r")
        .and_then(Value::as_u64)
        .and_then(|r| RiskGroup::ALL.get((r as usize).wrapping_sub(1)))
        .copied()
        .unwrap_or_default();
    a.entry.regulation = v
        .get("g")
        .and_then(Value::as_u64)
        .and_then(|i| RegulationLevel::ALL.get(i as usize))
        .copied()
        .unwrap_or_default();
    a.entry.leader_attends = v.get("l").and_then(Value::as_u64) == Some(1);
    let programmes = v.get("p").and_then(Value::as_u64).unwrap_or(0);
    a.entry.programmes =
        PROGRAMMES.iter().enumerate().filter(|(i, _)| programmes >> i & 1 == 1).map(|(_, p)| *p).collect();
    let items = v.get("i").and_then(Value::as_u64).unwrap_or(0);
    a.entry.checked = ITEMS.iter().enumerate().filter(|(i, _)| items >> i & 1 == 1).map(|(_, it)| *it).collect();
    if let Some(map) = v.get("f").and_then(Value::as_object) {
        for (k, t) in map {
            let field = k.parse::<usize>().ok().and_then(|i| FIELDS.get(i)).ok_or(LinkError::Damaged)?;
            a.entry.fields.insert(*field, t.as_str().ok_or(LinkError::Damaged)?.to_string());
        }
    }
    a.not_applicable = v
        .get("x")
        .and_then(Value::as_array)
        .map(|l| l.iter().filter_map(|s| s.as_str().map(str::to_string)).collect())
        .unwrap_or_default();
    let weights: Option<BTreeMap<String, Decimal>> = v
        .get("w")
        .and_then(Value::as_object)
        .map(|m| {
            m.iter()
                .map(|(k, w)| w.as_str().and_then(|s| s.parse().ok()).and_then(valid_weight).map(|d| (k.clone(), d)))
                .collect()
        })
        .unwrap_or(Some(BTreeMap::new()));
    a.weights = weights.ok_or(LinkError::Damaged)?;
    let title = v.get("t").and_then(Value::as_str).unwrap_or_default().to_string();
    Ok((title, a))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Assessment {
        let mut a = Assessment::new(Category::LayananPublik);
        a.entry.name = "RSUD \u{201c}Sehat\u{201d}; Unit 2".into();
        a.entry.year = "2024".into();
        a.entry.size = Some(BusinessSize::Menengah);
        a.entry.risk = RiskGroup::R4;
        a.entry.regulation = RegulationLevel::Instruksi;
        a.entry.leader_attends = true;
        a.entry.programmes.insert(Programme::Jp);
        a.entry.programmes.insert(Programme::Jkk);
        a.entry.checked.insert(Item::FollowUpDone);
        a.entry.checked.insert(Item::PermitCondition);
        a.entry.fields.insert(Field::Employees, "1.240".into());
        a.entry.fields.insert(Field::CsrSpend, "Rp 4.838.400,-".into());
        a.entry.fields.insert(Field::Arrears, "12x".into());
        a.not_applicable.insert("rantai_pasok.vendor".into());
        a.weights.insert("kepatuhan.upah".into(), Decimal::new(1275, 2));
        a
    }

    #[test]
    fn round_trip_is_exact_and_compact() {
        let a = sample();
        let link = encode("Draf target 2026", &a);
        assert!(link.starts_with("1."));
        assert!(link.len() < 600, "{} chars", link.len());
        assert!(link.chars().all(|c| c.is_ascii_alphanumeric() || "-_.".contains(c)), "URL-safe");
        assert_eq!(decode(&link), Ok(("Draf target 2026".to_string(), a.clone())));
        assert_eq!(decode(&format!("#a={link}")), Ok(("Draf target 2026".to_string(), a)));
    }

    #[test]
    fn damaged_links_explain_themselves() {
        let link = encode("X", &sample());
        assert_eq!(decode(""), Err(LinkError::Empty));
        assert_eq!(decode("#a="), Err(LinkError::Empty));
        assert_eq!(decode(&link[..link.len() / 2]), Err(LinkError::Damaged), "cut off");
        let flipped: String = link
            .chars()
            .enumerate()
            .map(|(i, c)| {
                if i == 10 {
                    if c == 'A' {
                        'B'
                    } else {
                        'A'
                    }
                } else {
                    c
                }
            })
            .collect();
        assert_eq!(decode(&flipped), Err(LinkError::Damaged), "one character changed");
        assert_eq!(decode(&link.replacen("1.", "7.", 1)), Err(LinkError::UnknownVersion("7".into())));
        assert_eq!(decode("hello"), Err(LinkError::Damaged));
        // A weight far outside 0–100 (which could overflow the arithmetic) is refused.
        let mut huge = sample();
        huge.weights.insert("kepatuhan.upah".into(), Decimal::MAX);
        assert_eq!(decode(&encode("X", &huge)), Err(LinkError::Damaged));
        let body = base64url_encode(br#"{"c":"pluto"}"#);
        assert_eq!(
            decode(&format!("1.{body}.{:08x}", fnv1a(body.as_bytes()))),
            Err(LinkError::Damaged),
            "unknown category"
        );
    }

    #[test]
    fn the_frozen_tables_hold_every_field_and_item_once() {
        use crate::core::keys::Keyed;
        for f in <Field as Keyed>::ALL {
            assert_eq!(FIELDS.iter().filter(|x| *x == f).count(), 1, "{f:?}");
        }
        for i in <Item as Keyed>::ALL {
            assert_eq!(ITEMS.iter().filter(|x| *x == i).count(), 1, "{i:?}");
        }
        assert_eq!(FIELDS.len(), <Field as Keyed>::ALL.len());
        assert_eq!(ITEMS.len(), <Item as Keyed>::ALL.len());
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
