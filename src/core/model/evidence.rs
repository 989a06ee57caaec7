//! The evidence dossier's records: for each criterion, the documents a user names as
//! proof of what the assessment claims (a Perda by its number, a PKS, a BPJS coverage
//! report dated 31 December), kept in the assessment as typed. What they prove of a score
//! is read in dossier.rs.

use serde::{Serialize, Serializer};

use crate::core::base::keys::serialize_by_key;
use crate::core::base::sorted::{as_map, SortedMap};
use crate::core::base::text::T;
use crate::core::model::rates::Day;

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

#[cfg(test)]
mod tests {
    use super::*;

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
}
