//! The saved form of the app's state (browser storage): versioned, and read leniently so
//! that damaged or old data is recovered where possible and otherwise set aside.

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::assessment::Assessment;
use super::category::Category;
use super::inputs::{Entry, Field};
use super::rubric::RUBRIC_VERSION;
use super::text::{Lang, Msg};

/// Raise when the saved shape changes, and add a migration in [`decode`].
pub const SCHEMA_VERSION: u32 = 1;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Saved {
    pub schema: u32,
    pub rubric: String,
    pub lang: Lang,
    pub assessment: Option<Assessment>,
}

impl Saved {
    pub fn new(lang: Lang, assessment: Option<Assessment>) -> Self {
        Saved {
            schema: SCHEMA_VERSION,
            rubric: RUBRIC_VERSION.to_string(),
            lang,
            assessment,
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Loaded {
    /// Nothing saved yet.
    Empty,
    Intact(Saved),
    /// Read, but some parts were unreadable and left out; the message says which.
    Recovered(Saved, Msg),
    /// Nothing usable: keep the text aside (never overwrite it) and start fresh.
    SetAside(Msg),
}

pub fn encode(saved: &Saved) -> String {
    // Serialising plain data with string keys cannot fail; fall back to an empty object.
    serde_json::to_string(saved).unwrap_or_else(|_| "{}".into())
}

pub fn decode(text: &str) -> Loaded {
    if text.trim().is_empty() {
        return Loaded::Empty;
    }
    let Ok(value) = serde_json::from_str::<Value>(text) else {
        return Loaded::SetAside(Msg::new(
            "Data tersimpan di peramban ini rusak dan tidak bisa dibaca. Salinannya disimpan terpisah; Anda mulai dari awal.",
            "The data saved in this browser is damaged and cannot be read. A copy is kept aside; you start afresh.",
        ));
    };
    let schema = value.get("schema").and_then(Value::as_u64).unwrap_or(0);
    if schema > u64::from(SCHEMA_VERSION) {
        return Loaded::SetAside(Msg::new(
            "Data tersimpan dibuat oleh versi Cek Paritrana yang lebih baru. Data itu disimpan terpisah dan tidak diubah; muat ulang versi terbaru untuk membukanya.",
            "The saved data was made by a newer version of Cek Paritrana. It is kept aside unchanged; reload the latest version to open it.",
        ));
    }
    if schema == u64::from(SCHEMA_VERSION) {
        if let Ok(saved) = serde_json::from_value::<Saved>(value.clone()) {
            return Loaded::Intact(saved);
        }
    }
    let (saved, dropped) = salvage(&value);
    if saved.assessment.is_none() && value.get("assessment").is_some_and(|a| !a.is_null()) {
        return Loaded::SetAside(Msg::new(
            "Penilaian tersimpan tidak bisa dipulihkan. Salinannya disimpan terpisah; Anda mulai dari awal.",
            "The saved assessment cannot be recovered. A copy is kept aside; you start afresh.",
        ));
    }
    if dropped.is_empty() && schema == u64::from(SCHEMA_VERSION) {
        return Loaded::Intact(saved);
    }
    let list = dropped.join(", ");
    Loaded::Recovered(
        saved,
        if list.is_empty() {
            Msg::new(
                "Data tersimpan dari versi lama sudah diperbarui.",
                "Saved data from an older version was updated.",
            )
        } else {
            Msg::new(
                format!("Sebagian data tersimpan tidak terbaca dan dilewati: {list}. Isian lain dipulihkan."),
                format!("Some saved data could not be read and was left out: {list}. Everything else was restored."),
            )
        },
    )
}

fn parse<T: serde::de::DeserializeOwned>(v: &Value) -> Option<T> {
    serde_json::from_value(v.clone()).ok()
}

/// Reads whatever can be read, part by part; returns the names of what was left out.
fn salvage(value: &Value) -> (Saved, Vec<String>) {
    let mut dropped = Vec::new();
    let lang = value
        .get("lang")
        .and_then(parse::<Lang>)
        .unwrap_or_default();
    let assessment = value
        .get("assessment")
        .filter(|a| !a.is_null())
        .and_then(|a| {
            let category = a.get("category").and_then(parse::<Category>)?;
            let mut out = Assessment::new(category);
            if let Some(e) = a.get("entry") {
                out.entry = salvage_entry(e, &mut dropped);
            }
            if let Some(list) = a.get("not_applicable").and_then(Value::as_array) {
                out.not_applicable = list
                    .iter()
                    .filter_map(|v| v.as_str().map(str::to_string))
                    .collect();
            }
            if let Some(map) = a.get("weights").and_then(Value::as_object) {
                for (id, w) in map {
                    let parsed = match w {
                        Value::String(s) => s.parse::<Decimal>().ok(),
                        Value::Number(n) => n.to_string().parse::<Decimal>().ok(),
                        _ => None,
                    };
                    match parsed {
                        Some(d) => {
                            out.weights.insert(id.clone(), d);
                        }
                        None => dropped.push(format!("bobot {id}")),
                    }
                }
            }
            Some(out)
        });
    (Saved::new(lang, assessment), dropped)
}

fn salvage_entry(e: &Value, dropped: &mut Vec<String>) -> Entry {
    let mut entry = Entry::default();
    let text = |k: &str| {
        e.get(k)
            .and_then(Value::as_str)
            .map(str::to_string)
            .unwrap_or_default()
    };
    entry.name = text("name");
    entry.province = text("province");
    entry.year = text("year");
    entry.sector = text("sector");
    entry.size = e.get("size").and_then(parse);
    entry.risk = e.get("risk").and_then(parse).unwrap_or_default();
    entry.regulation = e.get("regulation").and_then(parse).unwrap_or_default();
    entry.leader_attends = e
        .get("leader_attends")
        .and_then(Value::as_bool)
        .unwrap_or(false);
    if let Some(map) = e.get("fields").and_then(Value::as_object) {
        for (k, v) in map {
            let raw = match v {
                Value::String(s) => Some(s.clone()),
                Value::Number(n) => Some(n.to_string()),
                _ => None,
            };
            match (Field::from_key(k), raw) {
                (Some(f), Some(r)) => {
                    entry.fields.insert(f, r);
                }
                _ => dropped.push(k.clone()),
            }
        }
    }
    for (key, target) in [("checked", 0), ("programmes", 1)] {
        for v in e.get(key).and_then(Value::as_array).into_iter().flatten() {
            let ok = if target == 0 {
                parse(v).map(|i| entry.checked.insert(i)).is_some()
            } else {
                parse(v).map(|p| entry.programmes.insert(p)).is_some()
            };
            if !ok {
                dropped.push(v.to_string());
            }
        }
    }
    entry
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::inputs::Item;

    fn sample() -> Saved {
        let mut a = Assessment::new(Category::Kabkota);
        a.entry.name = "Kota Padang Panjang".into();
        a.entry.fields.insert(Field::Employed, "19.654".into());
        a.entry
            .fields
            .insert(Field::ActiveParticipants, "15.38x".into());
        a.entry.checked.insert(Item::RequiresBudget);
        a.not_applicable.insert("cakupan.non_asn".into());
        a.weights.insert("cakupan.ucj".into(), Decimal::from(20));
        Saved::new(Lang::En, Some(a))
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
        let newer = encode(&sample()).replace("\"schema\":1", "\"schema\":99");
        let Loaded::SetAside(m) = decode(&newer) else {
            panic!("newer must be set aside")
        };
        assert!(m.id.contains("lebih baru"));
        assert!(matches!(
            decode(r#"{"schema":1,"assessment":{"category":"martian"}}"#),
            Loaded::SetAside(_)
        ));
    }

    #[test]
    fn damaged_parts_are_left_out_and_named() {
        let text = r#"{"schema":1,"lang":"en","assessment":{"category":"kabkota","entry":{"name":"Kab. X","fields":{"employed":"1.000","bogus_field":"5","active_participants":800},"checked":["requires_budget","flying"],"regulation":"perda_plus"},"weights":{"cakupan.ucj":"abc"}}}"#;
        let Loaded::Recovered(saved, msg) = decode(text) else {
            panic!("should recover")
        };
        let a = saved.assessment.expect("assessment");
        assert_eq!(saved.lang, Lang::En);
        assert_eq!(a.entry.name, "Kab. X");
        assert_eq!(a.entry.raw(Field::Employed), "1.000");
        assert_eq!(a.entry.raw(Field::ActiveParticipants), "800");
        assert!(a.entry.checked.contains(&Item::RequiresBudget));
        assert!(
            msg.id.contains("bogus_field")
                && msg.id.contains("flying")
                && msg.id.contains("bobot cakupan.ucj"),
            "{}",
            msg.id
        );
    }

    #[test]
    fn schema_without_version_is_migrated() {
        let text = r#"{"lang":"id","assessment":{"category":"umk","entry":{"fields":{"employees":"12"}}}}"#;
        let Loaded::Recovered(saved, _) = decode(text) else {
            panic!("should migrate")
        };
        assert_eq!(saved.schema, SCHEMA_VERSION);
        assert_eq!(saved.assessment.unwrap().entry.raw(Field::Employees), "12");
    }
}
