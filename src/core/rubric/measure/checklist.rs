//! How many of the listed items hold.

use std::ops::Deref;

use super::{rule_text, say, Change, Choice, Kind, Proposal, Reader, Rule, Status, Value};
use crate::core::base::text::Msg;
use crate::core::model::category::Category;
use crate::core::model::inputs::Item;

/// How many of the listed items hold.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Checklist(pub &'static [Item]);

impl Deref for Checklist {
    type Target = [Item];
    fn deref(&self) -> &[Item] {
        self.0
    }
}

impl Kind for Checklist {
    fn observe(&self, r: &Reader, words: bool) -> Result<(Value, Msg), Status> {
        let done = self.iter().filter(|i| r.assessment.entry.checked.contains(i)).count();
        let n = self.len();
        let input = say(words, || Msg::new(format!("{done} dari {n} terpenuhi"), format!("{done} of {n} in place")));
        Ok((Value::Count(done, n), input))
    }

    fn rule_text(&self, rule: Rule, _category: Category) -> Msg {
        if rule != Rule::Checklist {
            return rule_text(rule);
        }
        let id: Vec<&str> = self.iter().map(|i| i.label().id).collect();
        let en: Vec<&str> = self.iter().map(|i| i.label().en).collect();
        let n = self.len();
        Msg::new(
            format!("Bagian butir yang terpenuhi, dari {n}: {}", id.join("; ")),
            format!("Share of items in place, of {n}: {}", en.join("; ")),
        )
    }

    /// A tick for each item not in place (the next steps ask for evidence instead where
    /// the dossier answers the item: `dossier::ask_for_evidence`).
    fn propose(&self, r: &Reader, out: &mut Vec<Proposal>) {
        for item in self.iter().filter(|i| !r.assessment.entry.checked.contains(i)) {
            let l = item.label();
            let text = Msg::new(format!("Wujudkan: {}", l.id), format!("Put in place: {}", l.en));
            out.push(Proposal { change: Change::Check(*item), text });
        }
    }

    fn choice(&self) -> Option<Choice> {
        Some(Choice::Checklist(self.0))
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::Reading;
    use super::*;
    use crate::core::model::assessment::Assessment;

    const ITEMS: Checklist = Checklist(&[Item::DocumentsReady, Item::DataVerified, Item::FollowUpDone]);

    #[test]
    fn counts_the_items_in_place_and_proposes_each_missing_one() {
        let mut a = Assessment::new(Category::BuBesar);
        a.entry.checked.insert(Item::DataVerified);
        a.entry.checked.insert(Item::PayrollIntegration);
        let read = Reading::from(a);
        let (value, words) = read.observe(&ITEMS);
        assert_eq!(value, Value::Count(1, 3));
        assert_eq!(words.id, "1 dari 3 terpenuhi");
        let out = read.proposals(&ITEMS);
        assert_eq!(out.len(), 2);
        assert!(out[1].changed(&read.a).entry.checked.contains(&Item::FollowUpDone));
        assert_eq!(ITEMS.choice(), Some(Choice::Checklist(ITEMS.0)));
        assert!(ITEMS.rule_text(Rule::Checklist, Category::BuBesar).en.starts_with("Share of items in place, of 3: "));
    }
}
