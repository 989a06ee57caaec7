//! The evidence dossier: for each criterion, the documents that prove what the assessment
//! claims (a Perda by its number, a PKS, a BPJS coverage report dated 31 December). Panels
//! verify documents; a criterion that earns points without one is a claim without evidence.
//! Once any evidence is recorded, the readiness item "supporting documents complete" is
//! read from the dossier instead of the user's tick.

use serde::{Serialize, Serializer};

use super::assessment::Assessment;
use super::inputs::Item;
use super::keys::serialize_by_key;
use super::measure::Choice;
use super::rates::Day;
use super::rubric::Criterion;
use super::scoring::{score_with, Score, Status};
use super::sorted::{as_map, SortedMap};
use super::text::T;
use super::validation::Checked;

/// The readiness item the dossier answers once it is in use: the one place that names it.
pub const PROVEN_BY_DOSSIER: Item = Item::DocumentsReady;

/// What a piece of evidence is. Saved by key.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, strum::VariantArray, strum::IntoStaticStr)]
#[strum(serialize_all = "snake_case")]
pub enum EvidenceKind {
    #[default]
    Peraturan,
    Keputusan,
    Perjanjian,
    Anggaran,
    LaporanBpjs,
    BuktiBayar,
    Dokumentasi,
    Lainnya,
}
serialize_by_key!(EvidenceKind);

impl EvidenceKind {
    pub fn name(self) -> T {
        use EvidenceKind::*;
        match self {
            Peraturan => {
                T::new("Peraturan (Perda, Perkada, Perdes)", "Regulation (Perda, head's or village regulation)")
            }
            Keputusan => T::new("Keputusan, instruksi atau surat edaran", "Decree, instruction or circular"),
            Perjanjian => T::new("Perjanjian kerja sama (PKS/MoU)", "Cooperation agreement (PKS/MoU)"),
            Anggaran => T::new("Dokumen anggaran (DPA, APBD, APBDes)", "Budget document (DPA, APBD, APBDes)"),
            LaporanBpjs => {
                T::new("Laporan kepesertaan BPJS Ketenagakerjaan", "BPJS Ketenagakerjaan participation report")
            }
            BuktiBayar => T::new("Bukti pembayaran iuran", "Proof of contribution payment"),
            Dokumentasi => T::new("Laporan kegiatan atau dokumentasi", "Activity report or documentation"),
            Lainnya => T::new("Lainnya", "Other"),
        }
    }
}

/// One piece of evidence, as typed: nothing is read away.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Evidence {
    pub kind: EvidenceKind,
    /// Its number or title: "Perda No. 6 Tahun 2020".
    pub title: String,
    /// As picked (`2020-06-15`) or typed (`15-06-2020`).
    pub date: String,
    pub note: String,
    /// Checked against BPJS Ketenagakerjaan's own records.
    #[serde(rename = "bpjs")]
    pub checked_with_bpjs: bool,
}

/// The free-text parts of a piece of evidence.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EvidenceText {
    Title,
    Date,
    Note,
}

/// A change to a dossier, by the user.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum EvidenceEdit {
    /// A new, empty piece of evidence of this kind (the kind that usually proves the criterion).
    Add(EvidenceKind),
    Kind(usize, EvidenceKind),
    Text(usize, EvidenceText, String),
    Bpjs(usize, bool),
    Remove(usize),
}

impl Evidence {
    /// Evidence without a number or title proves nothing yet.
    pub fn counts(&self) -> bool {
        !self.title.trim().is_empty()
    }

    pub fn text_mut(&mut self, part: EvidenceText) -> &mut String {
        match part {
            EvidenceText::Title => &mut self.title,
            EvidenceText::Date => &mut self.date,
            EvidenceText::Note => &mut self.note,
        }
    }

    /// Its date read; `Err` when something is typed that is not a date.
    pub fn day(&self) -> Result<Option<Day>, NotADate> {
        read_date(&self.date)
    }
}

/// Text typed as a date that is not one.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct NotADate;

/// A date as the date picker gives it (`2020-06-15`) or as typed (`15-6-2020`,
/// `15/06/2020`, `15.06.2020`); empty is no date.
pub fn read_date(text: &str) -> Result<Option<Day>, NotADate> {
    let text = text.trim();
    if text.is_empty() {
        return Ok(None);
    }
    let parts: Vec<u16> =
        text.split(['-', '/', '.']).map(|p| p.trim().parse().map_err(|_| NotADate)).collect::<Result<_, _>>()?;
    let [a, b, c] = parts[..] else { return Err(NotADate) };
    let (year, month, day) = if a > 31 { (a, b, c) } else { (c, b, a) };
    let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    let days = match month {
        2 if leap => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        1..=12 => 31,
        _ => return Err(NotADate),
    };
    if !(1900..=2100).contains(&year) || day == 0 || day > days {
        return Err(NotADate);
    }
    Ok(Some(Day::new(year, month as u8, day as u8)))
}

/// The evidence of an assessment, by criterion id.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Dossier(pub SortedMap<String, Vec<Evidence>>);

/// Written as a JSON object, as the other maps of an assessment are.
impl Serialize for Dossier {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        as_map(&self.0, s)
    }
}

impl Dossier {
    pub fn of(&self, criterion: &str) -> &[Evidence] {
        self.0.get(criterion).map(Vec::as_slice).unwrap_or_default()
    }

    /// Whether some evidence for the criterion counts.
    pub fn proves(&self, criterion: &str) -> bool {
        self.of(criterion).iter().any(Evidence::counts)
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The criterion's list, made when it had none.
    pub fn list_mut(&mut self, criterion: &str) -> &mut Vec<Evidence> {
        if self.0.get(criterion).is_none() {
            self.0.insert(criterion.to_string(), Vec::new());
        }
        self.0.get_mut(criterion).expect("inserted above")
    }

    /// Makes the change; one that names no piece of evidence changes nothing.
    pub fn apply(&mut self, criterion: &str, edit: EvidenceEdit) {
        fn piece<'a>(d: &'a mut Dossier, criterion: &str, i: usize) -> Option<&'a mut Evidence> {
            d.0.get_mut(criterion).and_then(|l| l.get_mut(i))
        }
        match edit {
            EvidenceEdit::Add(kind) => self.list_mut(criterion).push(Evidence { kind, ..Evidence::default() }),
            EvidenceEdit::Remove(i) => {
                self.remove(criterion, i);
            }
            EvidenceEdit::Kind(i, kind) => {
                if let Some(e) = piece(self, criterion, i) {
                    e.kind = kind;
                }
            }
            EvidenceEdit::Text(i, part, text) => {
                if let Some(e) = piece(self, criterion, i) {
                    *e.text_mut(part) = text;
                }
            }
            EvidenceEdit::Bpjs(i, on) => {
                if let Some(e) = piece(self, criterion, i) {
                    e.checked_with_bpjs = on;
                }
            }
        }
    }

    /// Removes one piece of evidence and gives it back; the criterion's list goes with its
    /// last one.
    pub fn remove(&mut self, criterion: &str, index: usize) -> Option<Evidence> {
        let list = self.list_mut(criterion);
        let removed = (index < list.len()).then(|| list.remove(index));
        if list.is_empty() {
            self.0.remove(criterion);
        }
        removed
    }
}

/// Once any evidence for a criterion of its rubric counts, the dossier answers the
/// readiness item. Evidence for criteria of another category or rubric (kept across a
/// change of category) does not.
pub fn in_use(a: &Assessment) -> bool {
    a.rubric().criteria.iter().any(|k| a.evidence.proves(k.id))
}

/// Whether a criterion scores the readiness item the dossier answers.
fn lists_readiness(criterion: &Criterion) -> bool {
    matches!(criterion.measure.choice(), Some(Choice::Checklist(items)) if items.contains(&PROVEN_BY_DOSSIER))
}

/// Whether a criterion's score claims points a document can prove: a self-rated one (the
/// head attending the interview, readiness) is said to be self-rated instead.
fn claims(score: &super::scoring::CriterionScore) -> bool {
    score.status == Status::Scored && score.points > rust_decimal::Decimal::ZERO && !score.self_rated
}

/// With the dossier in use, the assessment as it is scored: the readiness item holds
/// exactly when every criterion that earns points has evidence (the criteria that score
/// the item itself aside: their points depend on it). `None` when the dossier is not in
/// use: the user's tick stands.
pub fn as_scored(a: &Assessment, checked: &Checked) -> Option<(Assessment, bool)> {
    if !in_use(a) {
        return None;
    }
    let mut scored = a.clone();
    scored.entry.checked.remove(&PROVEN_BY_DOSSIER);
    let first = score_with(&scored, checked, false);
    let ready = a
        .rubric()
        .criteria
        .iter()
        .zip(&first.criteria)
        .all(|(k, s)| lists_readiness(k) || !claims(s) || a.evidence.proves(k.id));
    if ready {
        scored.entry.checked.insert(PROVEN_BY_DOSSIER);
    }
    Some((scored, ready))
}

/// The criteria that earn points without evidence, in rubric order.
pub fn unproven(a: &Assessment, score: &Score) -> Vec<&'static str> {
    score.criteria.iter().filter(|s| claims(s) && !a.evidence.proves(s.id)).map(|s| s.id).collect()
}

/// The criteria a dossier lists, in rubric order: those that apply, and one that does not
/// only when it holds evidence.
pub fn listed<'a>(a: &Assessment, score: &'a Score) -> impl Iterator<Item = &'a super::scoring::CriterionScore> {
    let has = |id: &str| !a.evidence.of(id).is_empty();
    let shown: Vec<bool> = score.criteria.iter().map(|s| s.status != Status::NotApplicable || has(s.id)).collect();
    score.criteria.iter().zip(shown).filter(|(_, shown)| *shown).map(|(s, _)| s)
}

/// The same, gaps (points claimed without evidence) first, as the printed list has them.
pub fn in_order<'a>(a: &Assessment, score: &'a Score, unproven: &[&str]) -> Vec<&'a super::scoring::CriterionScore> {
    let (mut gaps, rest): (Vec<_>, Vec<_>) = listed(a, score).partition(|s| unproven.contains(&s.id));
    gaps.extend(rest);
    gaps
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::category::Category;
    use crate::core::evaluation::Evaluation;
    use crate::core::inputs::RegulationLevel;
    use crate::core::json::read_assessment;
    use crate::core::rubric::Version;

    fn padang_panjang() -> Assessment {
        let v: serde_json::Value =
            serde_json::from_str(include_str!("../../tests/fixtures/padang_panjang.json")).expect("fixture parses");
        read_assessment(&v["assessment"], Version::CURRENT, &mut Vec::new()).expect("assessment")
    }

    fn evidence(title: &str) -> Evidence {
        Evidence { title: title.into(), ..Evidence::default() }
    }

    #[test]
    fn dates_are_read_as_picked_or_typed_and_impossible_ones_refused() {
        let d = |y, m, d| Ok(Some(Day::new(y, m, d)));
        assert_eq!(read_date("2020-06-15"), d(2020, 6, 15));
        assert_eq!(read_date(" 15-6-2020 "), d(2020, 6, 15));
        assert_eq!(read_date("31/12/2024"), d(2024, 12, 31));
        assert_eq!(read_date("29.02.2024"), d(2024, 2, 29));
        assert_eq!(read_date(""), Ok(None));
        for bad in
            ["29-02-2023", "31-04-2024", "2024-13-01", "0-1-2024", "15 Juni 2020", "2024-12", "1-1-1800", "1--2024"]
        {
            assert_eq!(read_date(bad), Err(NotADate), "{bad}");
        }
    }

    #[test]
    fn edits_change_the_piece_they_name_and_nothing_else() {
        let mut d = Dossier::default();
        let id = "regulasi.instrumen";
        d.apply(id, EvidenceEdit::Kind(0, EvidenceKind::Anggaran));
        d.apply("cakupan.rentan", EvidenceEdit::Text(3, EvidenceText::Title, "x".into()));
        assert!(d.is_empty(), "no piece, no change, no empty list");
        d.apply(id, EvidenceEdit::Add(EvidenceKind::Peraturan));
        d.apply(id, EvidenceEdit::Text(0, EvidenceText::Title, "Perda No. 6 Tahun 2020".into()));
        d.apply(id, EvidenceEdit::Text(0, EvidenceText::Date, "2020-06-15".into()));
        d.apply(id, EvidenceEdit::Text(0, EvidenceText::Note, "lembaran daerah".into()));
        d.apply(id, EvidenceEdit::Bpjs(0, true));
        d.apply(id, EvidenceEdit::Add(EvidenceKind::Perjanjian));
        d.apply(id, EvidenceEdit::Kind(1, EvidenceKind::Keputusan));
        let expected = Evidence {
            kind: EvidenceKind::Peraturan,
            title: "Perda No. 6 Tahun 2020".into(),
            date: "2020-06-15".into(),
            note: "lembaran daerah".into(),
            checked_with_bpjs: true,
        };
        assert_eq!(d.of(id), [expected.clone(), Evidence { kind: EvidenceKind::Keputusan, ..Evidence::default() }]);
        assert_eq!(d.of(id)[0].day(), Ok(Some(Day::new(2020, 6, 15))));
        d.apply(id, EvidenceEdit::Remove(1));
        assert_eq!(d.of(id), [expected]);
    }

    #[test]
    fn evidence_counts_once_it_names_a_document() {
        let mut d = Dossier::default();
        d.list_mut("regulasi.instrumen").push(evidence("  "));
        assert!(!d.proves("regulasi.instrumen"));
        d.list_mut("regulasi.instrumen").push(evidence("Perwako No. 12 Tahun 2021"));
        assert!(d.proves("regulasi.instrumen"));
        d.remove("regulasi.instrumen", 1);
        d.remove("regulasi.instrumen", 7);
        d.remove("regulasi.instrumen", 0);
        assert!(d.is_empty(), "the list goes with its last piece");
    }

    #[test]
    fn claims_without_evidence_are_listed_first() {
        let mut a = padang_panjang();
        let e = Evaluation::of(&a);
        let claiming: Vec<&str> = e
            .score
            .criteria
            .iter()
            .filter(|s| s.status == Status::Scored && !s.points.is_zero() && !s.self_rated)
            .map(|s| s.id)
            .collect();
        assert!(claiming.len() > 3, "{claiming:?}");
        assert!(
            e.score.criteria.iter().any(|s| s.self_rated && !s.points.is_zero()),
            "a self-rated claim is not a gap"
        );
        assert_eq!(e.unproven, claiming, "with no dossier every claim is without evidence");
        a.evidence.list_mut(claiming[1]).push(evidence("Perwako No. 12 Tahun 2021"));
        let e = Evaluation::of(&a);
        assert!(!e.unproven.contains(&claiming[1]) && e.unproven.iter().all(|id| claiming.contains(id)));
        assert_eq!(e.unproven.len(), claiming.len() - 1, "only the proven one leaves");
        let order: Vec<&str> = in_order(&a, &e.score, &e.unproven).iter().map(|s| s.id).collect();
        assert_eq!(&order[..e.unproven.len()], &e.unproven[..], "gaps first");
        assert!(order.contains(&claiming[1]));
        assert_eq!(order.len(), e.score.criteria.iter().filter(|s| s.status != Status::NotApplicable).count());
    }

    #[test]
    fn readiness_is_read_from_the_dossier_once_it_is_in_use() {
        let mut a = padang_panjang();
        assert!(a.entry.checked.contains(&PROVEN_BY_DOSSIER), "the fixture ticks it");
        let ticked = Evaluation::of(&a);
        assert_eq!(ticked.documents_ready, None, "no dossier: the tick stands");
        let readiness = a.rubric().criteria.iter().find(|k| lists_readiness(k)).expect("a readiness criterion");
        let points = |e: &Evaluation| e.score.criterion(readiness.id).expect("scored").points;

        // One claim proven, the others not: the tick no longer counts.
        let first = ticked.unproven[0];
        a.evidence.list_mut(first).push(evidence("Perwako No. 12 Tahun 2021"));
        let partial = Evaluation::of(&a);
        assert_eq!(partial.documents_ready, Some(false));
        // Wherever a score is shown (library, comparison, CSV, panel), it is this one.
        let checked = crate::core::validation::check(&a);
        assert_eq!(crate::core::scoring::score(&a, &checked), partial.score);
        assert_eq!(crate::core::scoring::total(&a), partial.score.total);
        assert!(points(&partial) < points(&ticked));
        // The step to take is completing the dossier, never ticking the box.
        let step = partial.steps.iter().find(|s| s.criterion_id == readiness.id && s.text.en.contains("evidence"));
        assert!(step.is_some_and(|s| s.gain > rust_decimal::Decimal::ZERO), "{:?}", partial.steps);
        assert!(partial.steps.iter().all(|s| !s.text.en.contains(PROVEN_BY_DOSSIER.label().en)), "{:?}", partial.steps);

        // Every claim proven (the readiness criterion aside): it holds, even untick'd.
        a.entry.checked.remove(&PROVEN_BY_DOSSIER);
        for id in partial.unproven.iter().filter(|id| **id != readiness.id) {
            a.evidence.list_mut(id).push(evidence("Laporan kepesertaan 31 Desember 2024"));
        }
        let proven = Evaluation::of(&a);
        assert_eq!(proven.documents_ready, Some(true));
        assert_eq!(points(&proven), points(&ticked));
        assert_eq!(proven.score.total, ticked.score.total);
    }

    #[test]
    fn evidence_of_another_category_is_kept_but_answers_nothing() {
        let mut a = padang_panjang();
        a.evidence.list_mut("kepatuhan.upah").push(evidence("Laporan upah"));
        assert!(!in_use(&a));
        assert_eq!(Evaluation::of(&a).documents_ready, None);
        a.evidence.list_mut("regulasi.instrumen").push(evidence("Perwako No. 12 Tahun 2021"));
        assert!(in_use(&a));
    }

    #[test]
    fn a_criterion_earning_nothing_needs_no_evidence() {
        let mut a = Assessment::new(Category::Kabkota);
        a.entry.regulation = RegulationLevel::PeraturanDaerah;
        let e = Evaluation::of(&a);
        assert_eq!(e.unproven.len(), 1, "{:?}", e.unproven);
        a.evidence.list_mut(e.unproven[0]).push(evidence("Perda No. 6 Tahun 2020"));
        let e = Evaluation::of(&a);
        assert!(e.unproven.is_empty());
        assert_eq!(e.documents_ready, Some(true));
    }
}
