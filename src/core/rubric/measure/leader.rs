//! The regional head or top executive attends the interview in person (self-rated).

use super::{say, Change, Choice, Kind, Proposal, Reader, Status, Value};
use crate::core::base::text::Msg;
use crate::core::model::category::Family;

/// The regional head or top executive attends the interview in person.
pub struct LeaderAttends;

impl Kind for LeaderAttends {
    fn observe(&self, r: &Reader, words: bool) -> Result<(Value, Msg), Status> {
        let yes = r.assessment.entry.leader_attends;
        let input = say(words, || {
            if yes {
                Msg::new("hadir langsung (dinilai sendiri)", "attends in person (self-rated)")
            } else {
                Msg::new("belum dipastikan hadir (dinilai sendiri)", "attendance not confirmed (self-rated)")
            }
        });
        Ok((Value::Flag(yes), input))
    }

    fn propose(&self, r: &Reader, out: &mut Vec<Proposal>) {
        let text = if r.assessment.category.family() == Family::Government {
            Msg::new(
                "Pastikan kepala daerah/desa hadir langsung saat wawancara",
                "Make sure the regional or village head attends the interview in person",
            )
        } else {
            Msg::new(
                "Pastikan pimpinan tertinggi hadir langsung saat wawancara",
                "Make sure the chief executive attends the interview in person",
            )
        };
        out.push(Proposal { change: Change::LeaderAttends, text });
    }

    fn choice(&self) -> Option<Choice> {
        Some(Choice::Leader)
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::assessment;
    use super::*;
    use crate::core::evaluation::validation::check;
    use crate::core::model::category::Category;

    #[test]
    fn the_step_names_the_head_of_a_region_or_of_a_business() {
        for (category, head) in [(Category::Desa, "regional or village head"), (Category::Umk, "chief executive")] {
            let a = assessment(category, &[]);
            let c = check(&a);
            let r = &Reader::new(&a, &c);
            assert_eq!(LeaderAttends.observe(r, false).expect("read").0, Value::Flag(false));
            let mut out = Vec::new();
            LeaderAttends.propose(r, &mut out);
            assert!(out[0].changed(&a).entry.leader_attends);
            assert!(out[0].text.en.contains(head), "{}", out[0].text.en);
        }
    }
}
