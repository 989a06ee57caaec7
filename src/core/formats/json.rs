//! The one reader of saved JSON. Browser storage ([`crate::core::formats::persist`]), assessment files
//! ([`crate::core::formats::file`]) and share links ([`crate::core::formats::link`]) all read an assessment through
//! [`read_assessment`], under one policy:
//!
//! - Read part by part; keep what reads; name what does not, in both languages
//!   ([`LeftOut`]).
//! - Never guess a number: figures are read only as the text that was typed, never from
//!   a JSON number (which would pass through binary floating point); custom weights only
//!   as text of a decimal within 0–100.
//! - No known category means nothing usable ([`Unusable`]).
//!
//! Each container checks its own envelope first (storage: JSON and schema; file: size,
//! UTF-8, JSON, format marker, version; link: version and checksum) and then applies the
//! policy the same way: storage recovers and says what was left out; a file opens in the
//! import preview with what was left out listed; a link opens with a notice listing it.
//! Settings that are not the user's data (the interface language, the rubric label)
//! fall back to their defaults without a word.

use serde_json::{Map, Value};

use crate::core::base::keys::Keyed;
use crate::core::base::text::{Msg, T};
use crate::core::evaluation::weights::valid_weight;
use crate::core::model::assessment::Assessment;
use crate::core::model::assessment::Version;
use crate::core::model::category::Category;
use crate::core::model::evidence::{Evidence, EvidenceKind};
use crate::core::model::inputs::{Attendance, Entry, Profile};

/// A part of a saved assessment, named in what was left out.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Part {
    Title,
    Entry,
    Profile(Profile),
    Regulation,
    Attendance,
    RevenueShare,
    LabourIntensive,
    Fields,
    Checked,
    Programmes,
    Package,
    Rubric,
    NotApplicable,
    Weights,
    Evidence,
    EvidenceKind,
}

impl Part {
    /// The part as a whole, and one value of it.
    fn names(self) -> (T, T) {
        let same = |t: T| (t, t);
        match self {
            Part::Title => same(T::new("judul", "title")),
            Part::Entry => same(T::new("profil dan isian", "profile and figures")),
            Part::Profile(Profile::Name) => same(T::new("nama", "name")),
            Part::Profile(Profile::Province) => same(T::new("provinsi", "province")),
            Part::Profile(Profile::Year) => same(T::new("tahun", "year")),
            Part::Profile(Profile::Sector) => same(T::new("sektor", "sector")),
            Part::Profile(Profile::Size) => same(T::new("skala usaha", "business size")),
            Part::Profile(Profile::Risk) => same(T::new("kelompok risiko", "risk group")),
            Part::Regulation => same(T::new("tingkat regulasi", "regulation level")),
            Part::Attendance => same(T::new("kehadiran pada wawancara", "attendance at the interview")),
            Part::RevenueShare => same(T::new("letak dana bagi hasil", "where the revenue-share funds sit")),
            Part::LabourIntensive => same(T::new("industri padat karya", "labour-intensive industry")),
            Part::Fields => (T::new("isian angka", "figures"), T::new("isian", "field")),
            Part::Checked => (T::new("daftar periksa", "checklist"), T::new("butir daftar periksa", "checklist item")),
            Part::Programmes => (T::new("program", "programmes"), T::new("program", "programme")),
            Part::Package => same(T::new("paket iuran", "contribution package")),
            Part::Rubric => same(T::new("versi rubrik", "rubric version")),
            Part::NotApplicable => (
                T::new("tanda tidak berlaku", "not-applicable marks"),
                T::new("tanda tidak berlaku", "not-applicable mark"),
            ),
            Part::Weights => (T::new("bobot", "weights"), T::new("bobot", "weight")),
            Part::Evidence => (T::new("daftar bukti", "evidence"), T::new("bukti untuk", "evidence for")),
            Part::EvidenceKind => same(T::new("jenis bukti", "kind of evidence")),
        }
    }
}

/// Something that could not be read and was left out.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LeftOut {
    /// A whole saved assessment, numbered from 1 (storage holds several).
    Assessment(usize),
    /// A part that is there but not of the kind expected (a name that is not text, …).
    Part(Part),
    /// A value this version does not know (a field, an item, a size, …), as found.
    Value(Part, String),
    /// A figure that is not text, by its field's key: a JSON number is never read.
    NotText(Part, String),
    /// A custom weight, by criterion id, that is not text of a number within 0–100.
    Weight(String),
}

impl LeftOut {
    pub fn message(&self) -> Msg {
        match self {
            LeftOut::Assessment(n) => Msg::new(format!("penilaian ke-{n}"), format!("assessment no. {n}")),
            LeftOut::Part(p) => p.names().0.into(),
            LeftOut::Value(p, v) => {
                let each = p.names().1;
                Msg::new(format!("{} \u{201c}{v}\u{201d}", each.id), format!("{} \u{201c}{v}\u{201d}", each.en))
            }
            LeftOut::NotText(p, k) => {
                let each = p.names().1;
                Msg::new(
                    format!("{} \u{201c}{k}\u{201d} (bukan teks)", each.id),
                    format!("{} \u{201c}{k}\u{201d} (not text)", each.en),
                )
            }
            LeftOut::Weight(id) => Msg::new(
                format!("bobot \u{201c}{id}\u{201d} (bukan angka 0\u{2013}100)"),
                format!("weight \u{201c}{id}\u{201d} (not a number from 0 to 100)"),
            ),
        }
    }
}

/// Why nothing usable was found: without a known category there is no assessment.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Unusable {
    NoAssessment,
    NoCategory,
    UnknownCategory(String),
}

impl Unusable {
    pub fn message(&self) -> Msg {
        match self {
            Unusable::NoAssessment => Msg::new("tidak ada penilaian di dalamnya", "there is no assessment in it"),
            Unusable::NoCategory => Msg::new("kategorinya tidak ada", "its category is missing"),
            Unusable::UnknownCategory(c) => Msg::new(
                format!("kategori \u{201c}{c}\u{201d} tidak dikenal versi ini"),
                format!("the category \u{201c}{c}\u{201d} is unknown to this version"),
            ),
        }
    }
}

/// The messages of what was left out, in order.
pub fn messages(left_out: &[LeftOut]) -> Vec<Msg> {
    left_out.iter().map(LeftOut::message).collect()
}

/// At most this many parts are named in one sentence; the rest are counted.
const NAMED: usize = 10;

/// What was left out as one list per language (`a, b, c dan 4 lainnya`).
pub fn list(left_out: &[Msg]) -> Msg {
    let join = |get: fn(&Msg) -> &str| left_out.iter().take(NAMED).map(get).collect::<Vec<_>>().join(", ");
    let (mut id, mut en) = (join(|m| &m.id), join(|m| &m.en));
    if left_out.len() > NAMED {
        let more = left_out.len() - NAMED;
        id.push_str(&format!(" dan {more} lainnya"));
        en.push_str(&format!(" and {more} more"));
    }
    Msg::new(id, en)
}

/// `message` followed by a sentence naming what was left out, if anything was: for the
/// notice of an opened link and the import preview.
pub fn with_left_out(message: Msg, left_out: &[Msg]) -> Msg {
    if left_out.is_empty() {
        return message;
    }
    let l = list(left_out);
    Msg::new(
        format!("{} Bagian yang tidak terbaca dan dilewati: {}.", message.id, l.id),
        format!("{} Parts that could not be read were left out: {}.", message.en, l.en),
    )
}

/// A value as found, short enough for a message.
fn shown(v: &Value) -> String {
    match v {
        Value::String(s) => short(s),
        other => short(&compact(other)),
    }
}

/// A value as compact JSON, through the serialiser the assessment's own text uses: a
/// value's `Display` writes through a formatter, a second copy of the serialiser.
pub(crate) fn compact(v: &Value) -> String {
    serde_json::to_string(v).unwrap_or_default()
}

/// A name or value cut to 40 characters, so a crafted one cannot flood a message.
pub(crate) fn short(text: &str) -> String {
    if text.chars().count() > 40 {
        text.chars().take(39).chain(['\u{2026}']).collect()
    } else {
        text.to_string()
    }
}

/// A part that is present (not null); a missing part reads as its default, unnamed.
fn present<'a>(v: &'a Value, name: &str) -> Option<&'a Value> {
    v.get(name).filter(|x| !x.is_null())
}

/// Text under `name`; a value that is there but not text is left out and named.
pub fn text(v: &Value, name: &str, part: Part, left_out: &mut Vec<LeftOut>) -> String {
    match present(v, name) {
        None => String::new(),
        Some(Value::String(s)) => s.clone(),
        Some(_) => {
            left_out.push(LeftOut::Part(part));
            String::new()
        }
    }
}

/// A keyed enum under `name`; a value that is there but unknown is left out and named.
fn keyed<K: Keyed>(v: &Value, name: &str, part: Part, left_out: &mut Vec<LeftOut>) -> Option<K> {
    let found = present(v, name)?;
    let parsed = found.as_str().and_then(K::from_key);
    if parsed.is_none() {
        left_out.push(LeftOut::Value(part, shown(found)));
    }
    parsed
}

/// A yes or no under `name`; something else there is left out and named.
fn flag(v: &Value, name: &str, part: Part, left_out: &mut Vec<LeftOut>) -> Option<bool> {
    let found = present(v, name)?;
    if !found.is_boolean() {
        left_out.push(LeftOut::Part(part));
    }
    found.as_bool()
}

/// An object under `name`; something else there is left out and named.
fn object<'a>(v: &'a Value, name: &str, part: Part, left_out: &mut Vec<LeftOut>) -> Option<&'a Map<String, Value>> {
    let found = present(v, name)?;
    if found.as_object().is_none() {
        left_out.push(LeftOut::Part(part));
    }
    found.as_object()
}

/// A list under `name`; something else there is left out and named.
fn array<'a>(v: &'a Value, name: &str, part: Part, left_out: &mut Vec<LeftOut>) -> &'a [Value] {
    let Some(found) = present(v, name) else { return &[] };
    if found.as_array().is_none() {
        left_out.push(LeftOut::Part(part));
    }
    found.as_array().map(Vec::as_slice).unwrap_or_default()
}

/// The rubric version a container states for the assessments in it that do not state their
/// own (storage before schema 3, files before format 2): what it names, else 2025.1, the
/// only version before assessments carried theirs.
pub fn implied_version(container: &Value) -> Version {
    container.get("rubric").and_then(Value::as_str).and_then(Version::from_key).unwrap_or(Version::V2025_1)
}

/// Reads an assessment part by part, under the policy above: what cannot be read is
/// left out and pushed to `left_out`; without a known category nothing is usable. It
/// opens under the current rubric, remembering an older one it was saved under (its own,
/// or `implied` when it states none).
pub fn read_assessment(a: &Value, implied: Version, left_out: &mut Vec<LeftOut>) -> Result<Assessment, Unusable> {
    if !a.is_object() {
        return Err(Unusable::NoAssessment);
    }
    let category = match present(a, "category") {
        None => return Err(Unusable::NoCategory),
        Some(c) => c.as_str().and_then(Category::from_key).ok_or_else(|| Unusable::UnknownCategory(shown(c)))?,
    };
    let mut out = Assessment::new(category);
    out.version = if present(a, "rubric").is_some() {
        keyed(a, "rubric", Part::Rubric, left_out).unwrap_or(Version::CURRENT)
    } else {
        implied
    };
    out.saved_under = keyed(a, "rubric_before", Part::Rubric, left_out);
    out.upgrade();
    if let Some(e) = present(a, "entry") {
        if e.is_object() {
            out.entry = read_entry(e, left_out);
        } else {
            left_out.push(LeftOut::Part(Part::Entry));
        }
    }
    for v in array(a, "not_applicable", Part::NotApplicable, left_out) {
        match v.as_str() {
            Some(id) => {
                out.not_applicable.insert(id.to_string());
            }
            None => left_out.push(LeftOut::Value(Part::NotApplicable, shown(v))),
        }
    }
    for (id, list) in object(a, "evidence", Part::Evidence, left_out).into_iter().flatten() {
        // Each piece on its own: a damaged one costs only itself, or only its damaged part.
        let mut damaged = !list.is_array();
        for e in list.as_array().into_iter().flatten() {
            match e.is_object() {
                true => out.evidence.list_mut(id).push(read_evidence(e, &mut damaged, left_out)),
                false => damaged = true,
            }
        }
        if damaged {
            left_out.push(LeftOut::Value(Part::Evidence, short(id)));
        }
    }
    for (id, w) in object(a, "weights", Part::Weights, left_out).into_iter().flatten() {
        // Only text, as written: a JSON number would pass through binary floating point.
        match w.as_str().and_then(crate::core::base::number::parse_saved).and_then(valid_weight) {
            Some(d) => {
                out.weights.insert(id.clone(), d);
            }
            None => left_out.push(LeftOut::Weight(short(id))),
        }
    }
    Ok(out)
}

/// One piece of evidence; an unknown kind reads as "other" and is named; a part of
/// another type is left out and sets `damaged` (the criterion's evidence is then named).
fn read_evidence(e: &Value, damaged: &mut bool, left_out: &mut Vec<LeftOut>) -> Evidence {
    let mut text = |name: &str| match present(e, name) {
        None => String::new(),
        Some(Value::String(s)) => s.clone(),
        Some(_) => {
            *damaged = true;
            String::new()
        }
    };
    let (title, date, note) = (text("title"), text("date"), text("note"));
    let checked_with_bpjs = match present(e, "bpjs") {
        None => false,
        Some(v) => {
            *damaged |= !v.is_boolean();
            v.as_bool() == Some(true)
        }
    };
    let kind = keyed(e, "kind", Part::EvidenceKind, left_out).unwrap_or(EvidenceKind::Lainnya);
    Evidence { kind, title, date, note, checked_with_bpjs }
}

fn read_entry(e: &Value, left_out: &mut Vec<LeftOut>) -> Entry {
    let mut entry = Entry {
        name: text(e, Profile::Name.key(), Part::Profile(Profile::Name), left_out),
        province: text(e, Profile::Province.key(), Part::Profile(Profile::Province), left_out),
        year: text(e, Profile::Year.key(), Part::Profile(Profile::Year), left_out),
        sector: text(e, Profile::Sector.key(), Part::Profile(Profile::Sector), left_out),
        size: keyed(e, Profile::Size.key(), Part::Profile(Profile::Size), left_out),
        risk: keyed(e, Profile::Risk.key(), Part::Profile(Profile::Risk), left_out).unwrap_or_default(),
        regulation: keyed(e, "regulation", Part::Regulation, left_out).unwrap_or_default(),
        package: keyed(e, "package", Part::Package, left_out).unwrap_or_default(),
        revenue_share: keyed(e, "revenue_share", Part::RevenueShare, left_out).unwrap_or_default(),
        ..Entry::default()
    };
    // Before storage schema 5, file format 4 and link format 5: whether the head attends.
    if let Some(head) = flag(e, "leader_attends", Part::Attendance, left_out) {
        entry.attendance = if head { Attendance::Head } else { Attendance::Nobody };
    }
    if let Some(attendance) = keyed(e, "attendance", Part::Attendance, left_out) {
        entry.attendance = attendance;
    }
    entry.labour_intensive = flag(e, "labour_intensive", Part::LabourIntensive, left_out).unwrap_or(false);
    for (k, v) in object(e, "fields", Part::Fields, left_out).into_iter().flatten() {
        // Only text, as typed: a JSON number would pass through binary floating point.
        match (Keyed::from_key(k), v.as_str()) {
            (Some(f), Some(raw)) => {
                entry.fields.insert(f, raw.to_string());
            }
            (None, _) => left_out.push(LeftOut::Value(Part::Fields, short(k))),
            (Some(_), None) => left_out.push(LeftOut::NotText(Part::Fields, short(k))),
        }
    }
    for v in array(e, "checked", Part::Checked, left_out) {
        match v.as_str().and_then(Keyed::from_key) {
            Some(item) => {
                entry.checked.insert(item);
            }
            None => left_out.push(LeftOut::Value(Part::Checked, shown(v))),
        }
    }
    for v in array(e, "programmes", Part::Programmes, left_out) {
        match v.as_str().and_then(Keyed::from_key) {
            Some(p) => {
                entry.programmes.insert(p);
            }
            None => left_out.push(LeftOut::Value(Part::Programmes, shown(v))),
        }
    }
    entry
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::model::inputs::Field;
    use serde_json::json;

    fn read(v: Value) -> (Result<Assessment, Unusable>, Vec<LeftOut>) {
        let mut left_out = Vec::new();
        (read_assessment(&v, Version::CURRENT, &mut left_out), left_out)
    }

    #[test]
    fn what_was_written_reads_back_whole() {
        let mut a = crate::core::formats::samples::every_part();
        // A figure emptied is kept as typed.
        a.entry.fields.insert(Field::Employed, "".into());
        a.evidence.list_mut("kepatuhan.upah").push(Evidence {
            kind: EvidenceKind::LaporanBpjs,
            title: "Laporan upah \u{201c}Desember\u{201d}".into(),
            date: "2024-12-31".into(),
            note: "dicocokkan; ada 2 lampiran".into(),
            checked_with_bpjs: true,
        });
        a.evidence.list_mut("kepatuhan.upah").push(Evidence::default());
        let (read, left_out) = read(serde_json::to_value(&a).expect("serialises"));
        assert_eq!(read, Ok(a));
        assert_eq!(left_out, []);
    }

    #[test]
    fn missing_parts_are_defaults_and_not_named() {
        let (a, left_out) = read(json!({"category": "desa", "entry": {"name": null}}));
        assert_eq!(a, Ok(Assessment::new(Category::Desa)));
        assert_eq!(left_out, []);
    }

    #[test]
    fn each_unreadable_part_is_left_out_and_named() {
        let (a, left_out) = read(json!({
            "category": "bu_besar",
            "entry": {
                "name": 7, "year": "2024", "size": "raksasa", "risk": 4, "regulation": "perda_plus",
                "leader_attends": "ya",
                "fields": {"employees": "12", "wages": "5", "arrears": 800},
                "checked": ["worker_education", "flying"],
                "programmes": "JKK",
            },
            "not_applicable": ["kepatuhan.upah", 3],
            "weights": {"kepatuhan.upah": "12,5", "kepatuhan.program": 20, "rantai_pasok.vendor": "150", "cakupan.ucj": "20"},
            "evidence": {
                "kepatuhan.upah": [{"kind": "foto", "title": "Slip", "date": 20241231, "bpjs": "ya"}],
                "kepatuhan.program": "Perda",
                "cakupan.ucj": [{"title": "SK"}, 3, {"title": "PKS", "kind": "perjanjian", "bpjs": true}],
            },
        }));
        let a = a.expect("a known category is usable");
        assert_eq!(a.entry.year, "2024");
        assert_eq!(a.entry.raw(Field::Employees), "12");
        assert_eq!(a.entry.raw(Field::Arrears), "", "a JSON number is not read through a float");
        assert_eq!(a.entry.checked.len(), 1);
        assert_eq!(a.weights.len(), 1);
        assert_eq!(a.not_applicable.len(), 1);
        let kept = a.evidence.of("kepatuhan.upah");
        assert_eq!(
            (kept.len(), kept[0].kind, kept[0].title.as_str(), kept[0].date.as_str()),
            (1, EvidenceKind::Lainnya, "Slip", "")
        );
        assert!(a.evidence.of("kepatuhan.program").is_empty());
        let kept: Vec<(&str, bool)> =
            a.evidence.of("cakupan.ucj").iter().map(|e| (e.title.as_str(), e.checked_with_bpjs)).collect();
        assert_eq!(kept, [("SK", false), ("PKS", true)], "a damaged piece costs only itself");
        let expected = [
            LeftOut::Part(Part::Profile(Profile::Name)),
            LeftOut::Value(Part::Profile(Profile::Size), "raksasa".into()),
            LeftOut::Value(Part::Profile(Profile::Risk), "4".into()),
            LeftOut::Value(Part::Regulation, "perda_plus".into()),
            LeftOut::Part(Part::Attendance),
            LeftOut::NotText(Part::Fields, "arrears".into()),
            LeftOut::Value(Part::Fields, "wages".into()),
            LeftOut::Value(Part::Checked, "flying".into()),
            LeftOut::Part(Part::Programmes),
            LeftOut::Value(Part::NotApplicable, "3".into()),
            LeftOut::Value(Part::Evidence, "cakupan.ucj".into()),
            LeftOut::Value(Part::Evidence, "kepatuhan.program".into()),
            LeftOut::Value(Part::EvidenceKind, "foto".into()),
            LeftOut::Value(Part::Evidence, "kepatuhan.upah".into()),
            LeftOut::Weight("kepatuhan.program".into()),
            LeftOut::Weight("kepatuhan.upah".into()),
            LeftOut::Weight("rantai_pasok.vendor".into()),
        ];
        assert_eq!(left_out, expected);
    }

    #[test]
    fn without_a_known_category_nothing_is_usable() {
        assert_eq!(read(json!(null)).0, Err(Unusable::NoAssessment));
        assert_eq!(read(json!([1])).0, Err(Unusable::NoAssessment));
        assert_eq!(read(json!({"entry": {}})).0, Err(Unusable::NoCategory));
        assert_eq!(read(json!({"category": "mars"})).0, Err(Unusable::UnknownCategory("mars".into())));
        assert_eq!(read(json!({"category": 3})).0, Err(Unusable::UnknownCategory("3".into())));
    }

    #[test]
    fn every_message_is_wholly_in_one_language() {
        let profile = <Profile as Keyed>::ALL.iter().map(|p| Part::Profile(*p));
        let mut all: Vec<Msg> = [
            Part::Title,
            Part::Entry,
            Part::Regulation,
            Part::Attendance,
            Part::Fields,
            Part::Checked,
            Part::Programmes,
            Part::NotApplicable,
            Part::Weights,
            Part::Evidence,
            Part::EvidenceKind,
        ]
        .into_iter()
        .chain(profile)
        .flat_map(|p| [LeftOut::Part(p), LeftOut::Value(p, "x".into()), LeftOut::NotText(p, "x".into())])
        .chain([LeftOut::Assessment(2), LeftOut::Weight("x".into())])
        .map(|l| l.message())
        .collect();
        all.extend(
            [Unusable::NoAssessment, Unusable::NoCategory, Unusable::UnknownCategory("x".into())].map(|u| u.message()),
        );
        let indonesian = ["penilaian", "isian", "bobot", "daftar", "tanda", "kategori", "bukan", "tidak", "skala"];
        let english = ["assessment", "field", "weight", "checklist", "mark", "category", "not ", "unknown", "size"];
        for m in &all {
            assert!(!m.id.is_empty() && !m.en.is_empty());
            assert!(!english.iter().any(|w| m.id.contains(w)), "English in {:?}", m.id);
            assert!(!indonesian.iter().any(|w| m.en.contains(w)), "Indonesian in {:?}", m.en);
        }
    }

    #[test]
    fn long_lists_are_counted_and_long_values_cut() {
        let many: Vec<Msg> = (1..=13).map(|n| LeftOut::Assessment(n).message()).collect();
        let l = list(&many);
        assert!(l.id.ends_with("penilaian ke-10 dan 3 lainnya"), "{}", l.id);
        assert!(l.en.ends_with("assessment no. 10 and 3 more"), "{}", l.en);
        let long = shown(&json!("x".repeat(500)));
        assert_eq!(long.chars().count(), 40);
        let (_, left_out) = read(json!({"category": "desa", "entry": {"fields": {"y".repeat(500): "1"}}}));
        assert_eq!(left_out, [LeftOut::Value(Part::Fields, format!("{}\u{2026}", "y".repeat(39)))]);
        let opened = with_left_out(Msg::new("Dibuka.", "Opened."), &many[..1]);
        assert_eq!(opened.id, "Dibuka. Bagian yang tidak terbaca dan dilewati: penilaian ke-1.");
        assert_eq!(opened.en, "Opened. Parts that could not be read were left out: assessment no. 1.");
        assert_eq!(with_left_out(Msg::new("a", "b"), &[]), Msg::new("a", "b"));
    }
}
