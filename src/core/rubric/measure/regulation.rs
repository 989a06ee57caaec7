//! The strongest legal instrument in place; none at all caps a region's total.

use crate::core::model::evidence::EvidenceKind;

use super::{ladder_text, rule_text, say, Change, Choice, Finding, Kind, Proposal, Reader, Rule, Status, Value};
use crate::core::base::text::Msg;
use crate::core::model::category::Category;
use crate::core::model::inputs::RegulationLevel;

/// The strongest legal instrument in place.
pub struct Regulation;

impl Kind for Regulation {
    fn evidence(&self) -> EvidenceKind {
        EvidenceKind::Peraturan
    }

    fn observe(&self, r: &Reader, words: bool) -> Result<(Value, Msg), Status> {
        let level = r.assessment.entry.regulation;
        let input = say(words, || {
            let name = level.name(r.assessment.category);
            Msg::new(format!("instrumen: {}", name.id), format!("instrument: {}", name.en))
        });
        Ok((Value::Level(level.index()), input))
    }

    fn rule_text(&self, rule: Rule, category: Category) -> Msg {
        match rule {
            Rule::Ladder(steps) => ladder_text(RegulationLevel::ALL.iter().map(|l| l.name(category)), steps),
            _ => rule_text(rule),
        }
    }

    fn propose(&self, r: &Reader, out: &mut Vec<Proposal>) {
        // The next step up, and the top of the ladder when that is further.
        let a = r.assessment;
        let now = a.entry.regulation;
        let mut levels: Vec<RegulationLevel> = RegulationLevel::ALL.into_iter().filter(|l| *l > now).take(1).collect();
        if !levels.contains(&RegulationLevel::PeraturanDaerah) && now < RegulationLevel::PeraturanDaerah {
            levels.push(RegulationLevel::PeraturanDaerah);
        }
        for level in levels {
            let name = level.name(a.category);
            out.push(Proposal {
                change: Change::Regulation(level),
                text: Msg::new(format!("Terbitkan {}", name.id), format!("Issue: {}", name.en)),
            });
        }
    }

    fn finds(&self) -> Option<Finding> {
        Some(Finding::NoRegulation)
    }

    fn finding(&self, r: &Reader, words: bool) -> Option<Msg> {
        (r.assessment.entry.regulation == RegulationLevel::None)
            .then(|| say(words, || Msg::new("Belum ada produk hukum", "No legal instrument yet")))
    }

    fn choice(&self) -> Option<Choice> {
        Some(Choice::Regulation)
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::assessment;
    use super::*;
    use crate::core::evaluation::validation::check;
    use rust_decimal::Decimal;

    #[test]
    fn no_instrument_is_a_finding_and_the_steps_are_the_next_level_and_the_top() {
        let a = assessment(Category::Desa, &[]);
        let c = check(&a);
        let r = &Reader::new(&a, &c);
        assert_eq!(Regulation.observe(r, true).expect("read").1.en, "instrument: None yet");
        assert_eq!(Regulation.finding(r, true).expect("finding").en, "No legal instrument yet");
        let mut out = Vec::new();
        Regulation.propose(r, &mut out);
        let texts: Vec<&str> = out.iter().map(|p| p.text.en.as_str()).collect();
        assert_eq!(texts, ["Issue: Circular letter", "Issue: Village regulation"]);
        assert_eq!(out[1].changed(&a).entry.regulation, RegulationLevel::PeraturanDaerah);

        let mut a = a;
        a.entry.regulation = RegulationLevel::PeraturanKepala;
        let r = &Reader::new(&a, &c);
        assert_eq!(Regulation.observe(r, false).expect("read").0, Value::Level(3));
        assert_eq!(Regulation.finding(r, true), None);
        let mut out = Vec::new();
        Regulation.propose(r, &mut out);
        assert_eq!(out.len(), 1, "the next level is the top");
    }

    #[test]
    fn the_ladder_is_described_with_the_category_s_names() {
        let ladder = Rule::Ladder(&[Decimal::ZERO, Decimal::ONE]);
        let text = Regulation.rule_text(ladder, Category::Desa);
        assert_eq!(text.en, "Ladder: None yet 0 · Circular letter 1");
        assert_eq!(Regulation.rule_text(Rule::YesNo, Category::Desa).en, "Yes = 1, no = 0");
    }
}
