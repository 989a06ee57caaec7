//! A share of a group: `part` ÷ `whole`, full marks at 100%.

use super::{count, percent, propose_figures, say, Kind, Proposal, Reader, Status, Value};
use crate::core::base::number::format_percent;
use crate::core::base::text::{Msg, T};
use crate::core::model::evidence::EvidenceKind;
use crate::core::model::inputs::Field;
use rust_decimal::Decimal;

/// `part` ÷ `whole`, full marks at 100%.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Share {
    /// `[whole, part]`: the order the form asks for them.
    fields: [Field; 2],
}

impl Share {
    pub const fn new(part: Field, whole: Field) -> Self {
        Share { fields: [whole, part] }
    }
    pub fn part(&self) -> Field {
        self.fields[1]
    }
    pub fn whole(&self) -> Field {
        self.fields[0]
    }

    /// The whole group reached, worded by the caller.
    pub(super) fn propose_with(&self, r: &Reader, out: &mut Vec<Proposal>, wording: impl FnOnce(&str, &str) -> Msg) {
        if let (Some(w), Some(p)) = (r.get(self.whole()), r.get(self.part())) {
            let text = wording(&count(w - p), &count(w));
            propose_figures(&[(self.part(), w)], text, out);
        }
    }

    /// The part below the whole: a finding, worded by the caller from the gap.
    pub(super) fn shortfall(&self, r: &Reader, words: bool, wording: impl FnOnce(Decimal) -> Msg) -> Option<Msg> {
        let (whole, part) = (r.get(self.whole())?, r.get(self.part())?);
        (part < whole).then(|| say(words, || wording(whole - part)))
    }
}

impl Kind for Share {
    const EVIDENCE: EvidenceKind = EvidenceKind::LaporanBpjs;

    fn fields(&self) -> &[Field] {
        &self.fields
    }

    fn observe(&self, r: &Reader, words: bool) -> Result<(Value, Msg), Status> {
        let [w, p] = r.values(self.fields)?;
        let input = say(words, || {
            let (s, p, w) = (format_percent(percent(p, w)), count(p), count(w));
            Msg::new(format!("{p} dari {w} ({s})"), format!("{p} of {w} ({s})"))
        });
        Ok((Value::Ratio(p, w), input))
    }

    fn propose(&self, r: &Reader, out: &mut Vec<Proposal>) {
        self.propose_with(r, out, |d, w| match self.part() {
            Field::VendorsParticipating => Msg::new(
                format!("Ajak {d} vendor lagi menjadi peserta (semua {w} vendor)"),
                format!("Bring {d} more vendors into the programme (all {w})"),
            ),
            Field::VulnerableCovered => Msg::new(
                format!("Lindungi {d} pekerja rentan lagi hingga sasaran {w} orang"),
                format!("Protect {d} more vulnerable workers to reach the goal of {w}"),
            ),
            part => {
                let group = registered_group(part);
                Msg::new(
                    format!("Daftarkan {d} {} lagi (semua {w} orang)", group.id),
                    format!("Register {d} more {} (all {w})", group.en),
                )
            }
        });
    }
}

/// Who a share of people to register counts, for its step.
fn registered_group(part: Field) -> T {
    match part {
        Field::NonAsnCovered => T::new("pegawai non-ASN", "non-civil-servant staff"),
        Field::VillageOfficialsCovered => {
            T::new("perangkat desa dan anggota BPD", "village officials and council members")
        }
        Field::SocialWorkersCovered => T::new(
            "pekerja sosial-keagamaan, RT/RW dan kader",
            "social and religious workers, neighbourhood heads and volunteers",
        ),
        _ => T::new("orang", "people"),
    }
}
