//! The mandatory programmes for the business's size; a missing one is a PDS finding.

use super::{rule_text, say, Change, Choice, Finding, Kind, Proposal, Reader, Rule, Status, Value};
use crate::core::base::text::Msg;
use crate::core::model::category::Category;
use crate::core::model::evidence::EvidenceKind;
use crate::core::model::money::{mandatory_programmes, Programme};

/// Mandatory programmes (by business size) taken.
pub struct MandatoryProgrammes;

fn mandatory(r: &Reader) -> &'static [Programme] {
    mandatory_programmes(r.assessment.entry.size_for(r.assessment.category))
}

/// The mandatory programmes not taken, in the order of the list.
fn missing<'a>(r: &'a Reader) -> impl Iterator<Item = &'static Programme> + 'a {
    mandatory(r).iter().filter(|p| !r.assessment.entry.programmes.contains(p))
}

fn codes<'a>(list: impl Iterator<Item = &'a Programme>) -> String {
    list.map(|p| p.code()).collect::<Vec<_>>().join(", ")
}

impl Kind for MandatoryProgrammes {
    const EVIDENCE: EvidenceKind = EvidenceKind::LaporanBpjs;

    fn observe(&self, r: &Reader, words: bool) -> Result<(Value, Msg), Status> {
        let n = mandatory(r).len();
        let done = n - missing(r).count();
        let input = say(words, || {
            if done == n {
                let t = codes(mandatory(r).iter());
                Msg::new(format!("semua program wajib diikuti ({t})"), format!("every mandatory programme taken ({t})"))
            } else {
                let m = codes(missing(r));
                Msg::new(format!("belum diikuti: {m}"), format!("not taken: {m}"))
            }
        });
        Ok((Value::Count(done, n), input))
    }

    fn rule_text(&self, rule: Rule, _category: Category) -> Msg {
        if rule != Rule::Checklist {
            return rule_text(rule);
        }
        Msg::new("Bagian program wajib yang diikuti", "Share of mandatory programmes taken")
    }

    fn propose(&self, r: &Reader, out: &mut Vec<Proposal>) {
        let c = codes(missing(r));
        let text = Msg::new(format!("Ikutkan semua pekerja dalam program {c}"), format!("Enrol every worker in {c}"));
        out.push(Proposal { change: Change::Enrol(mandatory(r)), text });
    }

    fn finds(&self) -> Option<Finding> {
        Some(Finding::PdsProgrammes)
    }

    fn finding(&self, r: &Reader, words: bool) -> Option<Msg> {
        missing(r).next().is_some().then(|| {
            say(words, || {
                let m = codes(missing(r));
                Msg::new(format!("PDS Program: {m} belum diikuti"), format!("PDS programmes: {m} not taken"))
            })
        })
    }

    fn choice(&self) -> Option<Choice> {
        Some(Choice::Programmes)
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::Reading;
    use super::*;
    use crate::core::model::assessment::Assessment;

    #[test]
    fn a_missing_programme_is_read_worded_proposed_and_found() {
        let mut a = Assessment::new(Category::BuMenengah);
        a.entry.programmes.extend([Programme::Jkk, Programme::Jkm, Programme::Jht]);
        let read = Reading::from(a.clone());
        let (value, words) = read.observe(&MandatoryProgrammes);
        assert_eq!(value, Value::Count(3, 4));
        assert_eq!(words.en, "not taken: JP");
        assert_eq!(read.finding(&MandatoryProgrammes).expect("finding").id, "PDS Program: JP belum diikuti");
        let out = read.proposals(&MandatoryProgrammes);
        assert_eq!(out[0].text.en, "Enrol every worker in JP");
        assert!(out[0].changed(&a).entry.programmes.contains(&Programme::Jp));

        a.entry.programmes.insert(Programme::Jp);
        let all = Reading::from(a);
        assert_eq!(all.observe(&MandatoryProgrammes).1.en, "every mandatory programme taken (JKK, JKM, JHT, JP)");
        assert_eq!(all.finding(&MandatoryProgrammes), None);
    }
}
