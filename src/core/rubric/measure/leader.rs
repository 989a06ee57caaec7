//! Who attends the panel's interview (self-rated): under rubrics 2025.1 and 2026.1 only the
//! head in person counts; from 2026.2 a ladder (head, deputy, a delegate, nobody).

use super::{ladder_rule_text, observe_rung, say, Change, Choice, Kind, Proposal, Reader, Rule, Status, Value};
use crate::core::base::text::Msg;
use crate::core::model::category::{Category, Family};
use crate::core::model::inputs::Attendance;

/// The regional head or top executive attends the interview in person.
pub struct LeaderAttends;

impl Kind for LeaderAttends {
    fn observe(&self, r: &Reader, words: bool) -> Result<(Value, Msg), Status> {
        let yes = r.assessment.entry.attendance == Attendance::Head;
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
        propose_head(r, out);
    }

    fn choice(&self) -> Option<Choice> {
        Some(Choice::Attendance)
    }
}

/// Who attends the interview, on a ladder from nobody to the head in person.
pub struct AttendanceLadder;

impl Kind for AttendanceLadder {
    fn observe(&self, r: &Reader, words: bool) -> Result<(Value, Msg), Status> {
        observe_rung(r.assessment.entry.attendance, r, words, |name| {
            Msg::new(format!("{} (dinilai sendiri)", name.id), format!("{} (self-rated)", name.en))
        })
    }

    fn rule_text(&self, rule: Rule, category: Category) -> Msg {
        ladder_rule_text::<Attendance>(rule, category)
    }

    fn propose(&self, r: &Reader, out: &mut Vec<Proposal>) {
        if r.assessment.entry.attendance != Attendance::Head {
            propose_head(r, out);
        }
    }

    fn choice(&self) -> Option<Choice> {
        Some(Choice::Attendance)
    }
}

/// The step both propose: the head attends in person.
fn propose_head(r: &Reader, out: &mut Vec<Proposal>) {
    let text = if r.assessment.category == Category::Kelurahan {
        Msg::new("Pastikan lurah hadir langsung saat wawancara", "Make sure the lurah attends the interview in person")
    } else if r.assessment.category.family() == Family::Government {
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
    out.push(Proposal { change: Change::Attend(Attendance::Head), text });
}

#[cfg(test)]
mod tests {
    use super::super::tests::Reading;
    use super::*;
    use crate::core::model::assessment::Assessment;
    use rust_decimal_macros::dec;

    #[test]
    fn the_step_names_the_head_of_a_region_or_of_a_business() {
        let heads = [
            (Category::Desa, "regional or village head"),
            (Category::Kelurahan, "lurah"),
            (Category::Umk, "chief executive"),
        ];
        for (category, head) in heads {
            let read = Reading::of(category, &[]);
            assert_eq!(read.observe(&LeaderAttends).0, Value::Flag(false));
            let out = read.proposals(&LeaderAttends);
            assert_eq!(out[0].changed(&read.a).entry.attendance, Attendance::Head);
            assert!(out[0].text.en.contains(head), "{}", out[0].text.en);
        }
    }

    #[test]
    fn a_deputy_climbs_the_ladder_but_only_the_head_counts_as_attending_in_person() {
        const STEPS: &[rust_decimal::Decimal] = &[dec!(0), dec!(0.3), dec!(0.6), dec!(1)];
        let ladder = Rule::Ladder(STEPS);
        let at = |who: Attendance| {
            let mut a = Assessment::new(Category::Kabkota);
            a.entry.attendance = who;
            Reading::from(a)
        };
        let deputy = at(Attendance::Deputy);
        let (value, words) = deputy.observe(&AttendanceLadder);
        assert_eq!(value.sub_score(ladder), dec!(0.6));
        assert_eq!(words.en, "Deputy regional or village head (self-rated)");
        assert_eq!(deputy.observe(&LeaderAttends).0, Value::Flag(false));
        let text = AttendanceLadder.rule_text(ladder, Category::BuBesar);
        assert!(
            text.en.starts_with("Ladder: Not confirmed yet 0 · An official sent in the head's place 0,3"),
            "{}",
            text.en
        );
        assert_eq!(deputy.proposals(&AttendanceLadder).len(), 1);
        assert!(at(Attendance::Head).proposals(&AttendanceLadder).is_empty(), "nothing to propose at the top");
    }
}
