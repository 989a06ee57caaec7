//! User-adjusted weights: a value of the same type as the rubric's, always summing to 100.

use rust_decimal::prelude::*;

use crate::core::base::sorted::SortedMap;
use crate::core::model::assessment::Assessment;

/// A weight read from a file or link must be a share of 100: anything else is refused,
/// so a crafted value can never overflow the arithmetic.
pub fn valid_weight(d: Decimal) -> Option<Decimal> {
    (Decimal::ZERO..=Decimal::ONE_HUNDRED).contains(&d).then_some(d)
}

/// Sets one criterion's weight (clamped to 0–100) and rescales the others in proportion
/// so that the weights still sum to exactly 100. Weights keep two decimals; the rounding
/// remainder goes to the largest other weight.
pub fn set_weight(assessment: &Assessment, id: &str, value: Decimal) -> SortedMap<String, Decimal> {
    let criteria = &assessment.rubric().criteria;
    let value = value
        .clamp(Decimal::ZERO, Decimal::ONE_HUNDRED)
        .round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero);
    let current: Vec<(&str, Decimal, Decimal)> =
        criteria.iter().map(|c| (c.id, assessment.weight(c).max(Decimal::ZERO), c.weight)).collect();
    if !current.iter().any(|(cid, _, _)| *cid == id) {
        return assessment.weights.clone();
    }
    let others = || current.iter().filter(|(cid, _, _)| *cid != id);
    let (others_sum, rubric_sum): (Decimal, Decimal) = (others().map(|o| o.1).sum(), others().map(|o| o.2).sum());
    let others_count = current.len() - 1;
    let remaining = Decimal::ONE_HUNDRED - value;
    let mut out: SortedMap<String, Decimal> = SortedMap::new();
    for (cid, w, rubric_w) in &current {
        let new = if *cid == id {
            value
        } else if !others_sum.is_zero() {
            *w * remaining / others_sum
        } else if !rubric_sum.is_zero() {
            // Nothing to scale (one weight took all 100): the rest in the rubric's proportions.
            *rubric_w * remaining / rubric_sum
        } else {
            remaining / Decimal::from(others_count.max(1))
        };
        out.insert(cid.to_string(), new.round_dp_with_strategy(2, RoundingStrategy::ToZero));
    }
    let sum: Decimal = out.values().copied().sum();
    let largest_other =
        out.iter().filter(|(cid, _)| cid.as_str() != id).max_by_key(|(_, w)| **w).map(|(cid, _)| cid.clone());
    if let Some(k) = largest_other.or_else(|| Some(id.to_string())) {
        if let Some(w) = out.get_mut(&k) {
            *w += Decimal::ONE_HUNDRED - sum;
        }
    }
    // Weights equal to the rubric's default are not stored, so "custom" means a real change.
    for c in criteria.iter() {
        if out.get(c.id) == Some(&c.weight) {
            out.remove(c.id);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::model::category::Category;
    use rust_decimal_macros::dec;

    fn sum(a: &Assessment) -> Decimal {
        a.rubric().criteria.iter().map(|c| a.weight(c)).sum()
    }

    #[test]
    fn weights_keep_summing_to_100() {
        let mut a = Assessment::new(Category::Kabkota);
        for (id, v) in [
            ("regulasi.instrumen", dec!(30)),
            ("cakupan.ucj", dec!(7.5)),
            ("wawancara.kehadiran", dec!(0)),
            ("cakupan.ucj", dec!(100)),
            ("cakupan.ucj", dec!(250)),
        ] {
            a.weights = set_weight(&a, id, v);
            assert_eq!(sum(&a), dec!(100), "after {id} = {v}: {:?}", a.weights);
        }
        assert_eq!(a.weight(a.rubric().criterion("cakupan.ucj").unwrap()), dec!(100));
        a.weights = set_weight(&a, "cakupan.ucj", dec!(50));
        assert_eq!(sum(&a), dec!(100));
        assert!(a.has_custom_weights());
    }

    #[test]
    fn setting_the_default_back_is_not_custom() {
        let mut a = Assessment::new(Category::BuBesar);
        a.weights = set_weight(&a, "kepatuhan.upah", dec!(10));
        assert!(!a.has_custom_weights(), "{:?}", a.weights);
        a.weights = set_weight(&a, "kepatuhan.upah", dec!(20));
        assert!(a.has_custom_weights());
        assert_eq!(a.weight(a.rubric().criterion("kepatuhan.upah").unwrap()), dec!(20));
        assert_eq!(set_weight(&a, "no.such.id", dec!(5)), a.weights);
    }

    #[test]
    fn after_one_weight_took_all_100_the_rest_return_in_the_rubric_s_proportions() {
        let mut a = Assessment::new(Category::BuBesar);
        a.weights = set_weight(&a, "kepatuhan.upah", dec!(100));
        a.weights = set_weight(&a, "kepatuhan.upah", dec!(10));
        assert!(!a.has_custom_weights(), "the rubric's weights again: {:?}", a.weights);
    }
}
