//! Link format 1, frozen: it exists only so that links already sent keep opening.
//!
//! Format 1 wrote `1.<base64url JSON>.<checksum>` (the same envelope as format 2) with
//! short names, and wrote the size, regulation level, fields, checklist items and
//! programmes by their position in the tables below (the risk group by its number, and
//! items and programmes as bit masks). The tables are frozen text: never change them.
//! [`translate`] turns such a payload into the format-2 shape, keys instead of
//! positions, for the one reader; a position it does not know is left out and named.

use serde_json::{Map, Value};

use crate::core::formats::json::{compact, short, LeftOut, Part};
use crate::core::model::inputs::Profile;

pub const VERSION: &str = "1";

pub(super) const SIZES: [&str; 4] = ["besar", "menengah", "kecil", "mikro"];
/// By risk group number minus one.
pub(super) const RISKS: [&str; 5] = ["R1", "R2", "R3", "R4", "R5"];
pub(super) const LEVELS: [&str; 5] = ["none", "surat_edaran", "instruksi", "peraturan_kepala", "peraturan_daerah"];
pub(super) const PROGRAMMES: [&str; 4] = ["JKK", "JKM", "JHT", "JP"];
pub(super) const FIELDS: [&str; 23] = [
    "employed",
    "active_participants",
    "coverage_target",
    "non_asn_total",
    "non_asn_covered",
    "village_officials_total",
    "village_officials_covered",
    "social_workers_total",
    "social_workers_covered",
    "vulnerable_target",
    "vulnerable_covered",
    "budget_previous",
    "budget_current",
    "employees",
    "registered_employees",
    "wage_bill_actual",
    "wage_bill_reported",
    "months_on_time",
    "arrears",
    "vendors_total",
    "vendors_participating",
    "csr_workers",
    "csr_spend",
];
pub(super) const ITEMS: [&str; 21] = [
    "permit_condition",
    "procurement_condition",
    "public_service_condition",
    "requires_budget",
    "requires_village_officials",
    "collaboration_scheme",
    "mobile_registration",
    "data_integration",
    "outreach_programme",
    "ad_hoc_and_bumd_workers",
    "village_fund_contribution",
    "register_before_start",
    "extra_benefits",
    "worker_education",
    "payroll_integration",
    "encourage_partners",
    "service_condition",
    "documents_ready",
    "data_verified",
    "presentation_ready",
    "follow_up_done",
];

/// The key at a position; an unknown position is left out and named.
fn at(table: &[&str], position: &Value, offset: u64, part: Part, left_out: &mut Vec<LeftOut>) -> Option<Value> {
    let key = position.as_u64().and_then(|i| i.checked_sub(offset)).and_then(|i| table.get(i as usize));
    if key.is_none() {
        left_out.push(LeftOut::Value(part, short(&compact(position))));
    }
    key.map(|k| Value::from(*k))
}

/// The keys of the bits set in a mask; an unknown bit is left out and named by position.
fn mask(table: &[&str], v: Option<&Value>, part: Part, left_out: &mut Vec<LeftOut>) -> Value {
    let Some(v) = v else { return Value::Null };
    let Some(bits) = v.as_u64() else {
        left_out.push(LeftOut::Part(part));
        return Value::Null;
    };
    let mut keys = Vec::new();
    for i in (0..64).filter(|i| bits >> i & 1 == 1) {
        match table.get(i) {
            Some(k) => keys.push(Value::from(*k)),
            None => left_out.push(LeftOut::Value(part, i.to_string())),
        }
    }
    Value::from(keys)
}

/// A format-1 payload in the format-2 shape: `{"title":…,"assessment":…}`.
pub(super) fn translate(v: &Value, left_out: &mut Vec<LeftOut>) -> Value {
    let mut entry = Map::new();
    for (i, name) in ["name", "province", "year", "sector"].into_iter().enumerate() {
        if let Some(text) = v.get("e").and_then(|e| e.get(i)) {
            entry.insert(name.into(), text.clone());
        }
    }
    let present = |name: &str| v.get(name).filter(|x| !x.is_null());
    if let Some(k) = present("z").and_then(|z| at(&SIZES, z, 0, Part::Profile(Profile::Size), left_out)) {
        entry.insert("size".into(), k);
    }
    if let Some(k) = present("r").and_then(|r| at(&RISKS, r, 1, Part::Profile(Profile::Risk), left_out)) {
        entry.insert("risk".into(), k);
    }
    if let Some(k) = present("g").and_then(|g| at(&LEVELS, g, 0, Part::Regulation, left_out)) {
        entry.insert("regulation".into(), k);
    }
    match present("l").map(Value::as_u64) {
        None | Some(Some(0)) => {}
        Some(Some(1)) => {
            entry.insert("leader_attends".into(), Value::Bool(true));
        }
        Some(_) => left_out.push(LeftOut::Part(Part::Attendance)),
    }
    entry.insert("programmes".into(), mask(&PROGRAMMES, present("p"), Part::Programmes, left_out));
    entry.insert("checked".into(), mask(&ITEMS, present("i"), Part::Checked, left_out));
    match present("f").map(Value::as_object) {
        None => {}
        Some(None) => left_out.push(LeftOut::Part(Part::Fields)),
        Some(Some(map)) => {
            let mut fields = Map::new();
            for (position, text) in map {
                match position.parse::<usize>().ok().and_then(|i| FIELDS.get(i)) {
                    Some(k) => {
                        fields.insert((*k).into(), text.clone());
                    }
                    None => left_out.push(LeftOut::Value(Part::Fields, short(position))),
                }
            }
            entry.insert("fields".into(), Value::Object(fields));
        }
    }
    // Maps built as they are: `json!` would copy each part through a serialiser of its own.
    let part = |name: &str| v.get(name).cloned().unwrap_or_default();
    let mut assessment = Map::new();
    assessment.insert("category".into(), part("c"));
    assessment.insert("entry".into(), Value::Object(entry));
    assessment.insert("not_applicable".into(), part("x"));
    assessment.insert("weights".into(), part("w"));
    let mut out = Map::new();
    out.insert("title".into(), part("t"));
    out.insert("assessment".into(), Value::Object(assessment));
    Value::Object(out)
}
