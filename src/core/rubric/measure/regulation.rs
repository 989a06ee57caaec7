//! The strongest legal instrument in place; none at all caps a region's total.

use crate::core::model::evidence::EvidenceKind;

use super::{
    ladder_rule_text, observe_rung, say, Change, Choice, Finding, Kind, Proposal, Reader, Rule, Status, Value,
};
use crate::core::base::text::Msg;
use crate::core::model::category::Category;
use crate::core::model::inputs::{Ladder, RegulationLevel};

/// The strongest legal instrument in place.
pub struct Regulation;

impl Kind for Regulation {
    const EVIDENCE: EvidenceKind = EvidenceKind::Peraturan;

    fn observe(&self, r: &Reader, words: bool) -> Result<(Value, Msg), Status> {
        observe_rung(r.assessment.entry.regulation, r, words, |name| {
            Msg::new(format!("instrumen: {}", name.id), format!("instrument: {}", name.en))
        })
    }

    fn rule_text(&self, rule: Rule, category: Category) -> Msg {
        ladder_rule_text::<RegulationLevel>(rule, category)
    }

    fn propose(&self, r: &Reader, out: &mut Vec<Proposal>) {
        // The next step up, and the top of the ladder when that is further.
        let a = r.assessment;
        let now = a.entry.regulation;
        let mut levels: Vec<RegulationLevel> = RegulationLevel::ALL.into_iter().filter(|l| *l > now).take(1).collect();
        if !levels.contains(&RegulationLevel::PeraturanDaerah) && now < RegulationLevel::PeraturanDaerah {
            levels.push(RegulationLevel::PeraturanDaerah);
        }
        // A kelurahan issues none of these: the city or regency does, at its asking.
        let (issue_id, issue_en) = match a.category {
            Category::Kelurahan => ("Dorong pemerintah kabupaten/kota menerbitkan", "Ask the city or regency to issue"),
            _ => ("Terbitkan", "Issue"),
        };
        for level in levels {
            let name = level.name(a.category);
            out.push(Proposal {
                change: Change::Regulation(level),
                text: Msg::new(format!("{issue_id} {}", name.id), format!("{issue_en} {}", with_article(name.en))),
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

/// "a circular letter", "an instruction of the head": an instrument's name inside a
/// sentence, where "Issue: Circular letter" read as a problem found.
fn with_article(name: &str) -> String {
    let mut chars = name.chars();
    let first = chars.next().map(|c| c.to_ascii_lowercase()).unwrap_or_default();
    let article = if "aeiou".contains(first) { "an" } else { "a" };
    format!("{article} {first}{}", chars.as_str())
}

#[cfg(test)]
mod tests {
    use super::super::tests::Reading;
    use super::*;
    use crate::core::model::assessment::Assessment;
    use rust_decimal::Decimal;

    #[test]
    fn no_instrument_is_a_finding_and_the_steps_are_the_next_level_and_the_top() {
        let none = Reading::of(Category::Desa, &[]);
        assert_eq!(none.observe(&Regulation).1.en, "instrument: None yet");
        assert_eq!(none.finding(&Regulation).expect("finding").en, "No legal instrument yet");
        let out = none.proposals(&Regulation);
        let texts: Vec<&str> = out.iter().map(|p| p.text.en.as_str()).collect();
        assert_eq!(texts, ["Issue a circular letter", "Issue a village regulation"]);
        assert_eq!(out[1].changed(&none.a).entry.regulation, RegulationLevel::PeraturanDaerah);
        let ward = Reading::of(Category::Kelurahan, &[]).proposals(&Regulation);
        assert_eq!(ward[1].text.id, "Dorong pemerintah kabupaten/kota menerbitkan Peraturan Daerah (Perda)");

        let mut a = Assessment::new(Category::Desa);
        a.entry.regulation = RegulationLevel::PeraturanKepala;
        let head = Reading::from(a);
        assert_eq!(head.observe(&Regulation).0, Value::Level(3));
        assert_eq!(head.finding(&Regulation), None);
        assert_eq!(head.proposals(&Regulation).len(), 1, "the next level is the top");
    }

    #[test]
    fn the_ladder_is_described_with_the_category_s_names() {
        let ladder = Rule::Ladder(&[Decimal::ZERO, Decimal::ONE]);
        let text = Regulation.rule_text(ladder, Category::Desa);
        assert_eq!(text.en, "Ladder: None yet 0 · Circular letter 1");
        assert_eq!(Regulation.rule_text(Rule::YesNo, Category::Desa).en, "Yes = 1, no = 0");
    }
}
