//! What to do next: each step changes the inputs, the assessment is scored again,
//! and the steps are ranked by the points they would add (caps included).

use rust_decimal::prelude::*;

use super::assessment::Assessment;
use super::category::Family;
use super::inputs::{Field, RegulationLevel};
use super::money::{mandatory_programmes, STANDARD_PACKAGE_YEARLY};
use super::number::{format_count, format_decimal, format_rupiah};
use super::rubric::Measure;
use super::scoring::{csr_yardstick, total, Score, Status};
use super::text::Msg;
use super::validation::Checked;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Step {
    pub criterion_id: &'static str,
    /// Points the total would gain, after caps.
    pub gain: Decimal,
    pub text: Msg,
}

/// Growth that earns full marks on the budget-growth criterion.
const FULL_GROWTH: Decimal = rust_decimal_macros::dec!(1.10);
/// Gains below this round to "+0,0" and are not worth listing.
const MIN_GAIN: Decimal = rust_decimal_macros::dec!(0.05);

fn set(a: &mut Assessment, field: Field, value: Decimal) {
    a.entry.fields.insert(field, format_decimal(value, 4));
}

fn people(d: Decimal) -> String {
    format_count(d.trunc().to_u64().unwrap_or(0))
}

/// Changes to the inputs that would lift one criterion, each with its wording.
fn candidates(a: &Assessment, checked: &Checked, current: &Score) -> Vec<(&'static str, Assessment, Msg)> {
    let get = |f: Field| checked.readings.get(f);
    let mut out = Vec::new();
    for criterion in a.rubric().criteria {
        let Some(result) = current.criterion(criterion.id) else {
            continue;
        };
        if result.status != Status::Scored || result.sub >= Decimal::ONE {
            continue;
        }
        let mut push = |changed: Assessment, text: Msg| out.push((criterion.id, changed, text));
        match criterion.measure {
            Measure::CoverageToTarget => {
                if let (Some(e), Some(p), Some(t)) =
                    (get(Field::Employed), get(Field::ActiveParticipants), get(Field::CoverageTarget))
                {
                    let needed = (t * e / Decimal::ONE_HUNDRED).ceil().min(e);
                    let mut b = a.clone();
                    set(&mut b, Field::ActiveParticipants, needed);
                    let (d, n, t) = (people(needed - p), people(needed), format_decimal(t, 2));
                    push(
                        b,
                        Msg::new(
                            format!("Daftarkan {d} peserta lagi (menjadi {n}) untuk mencapai target {t}%"),
                            format!("Register {d} more participants (to {n}) to reach the {t}% target"),
                        ),
                    );
                }
            }
            Measure::Share { part, whole } => {
                if let (Some(w), Some(p)) = (get(whole), get(part)) {
                    let mut b = a.clone();
                    set(&mut b, part, w);
                    let (d, w) = (people(w - p), people(w));
                    let text = match part {
                        Field::RegisteredEmployees => Msg::new(
                            format!(
                                "Daftarkan {d} pekerja lagi sehingga semua {w} pekerja terlindungi"
                            ),
                            format!("Register {d} more workers so that all {w} are covered"),
                        ),
                        Field::VendorsParticipating => Msg::new(
                            format!("Ajak {d} vendor lagi menjadi peserta (semua {w} vendor)"),
                            format!("Bring {d} more vendors into the programme (all {w})"),
                        ),
                        Field::VulnerableCovered => Msg::new(
                            format!("Lindungi {d} pekerja rentan lagi hingga sasaran {w} orang"),
                            format!("Protect {d} more vulnerable workers to reach the goal of {w}"),
                        ),
                        Field::NonAsnCovered => Msg::new(
                            format!("Daftarkan {d} pegawai non-ASN lagi (semua {w} orang)"),
                            format!("Register {d} more non-civil-servant staff (all {w})"),
                        ),
                        Field::VillageOfficialsCovered => Msg::new(
                            format!("Daftarkan {d} perangkat desa dan anggota BPD lagi (semua {w} orang)"),
                            format!("Register {d} more village officials and council members (all {w})"),
                        ),
                        _ => Msg::new(
                            format!("Daftarkan {d} pekerja sosial-keagamaan, RT/RW dan kader lagi (semua {w} orang)"),
                            format!("Register {d} more social and religious workers, neighbourhood heads and volunteers (all {w})"),
                        ),
                    };
                    push(b, text);
                }
            }
            Measure::BudgetCapacity => {
                if let Some(t) = get(Field::VulnerableTarget) {
                    let needed = t * STANDARD_PACKAGE_YEARLY;
                    let mut b = a.clone();
                    set(&mut b, Field::BudgetCurrent, needed);
                    let (r, t) = (format_rupiah(needed), people(t));
                    push(
                        b,
                        Msg::new(
                            format!("Naikkan anggaran ke {r} untuk menanggung {t} pekerja rentan"),
                            format!("Raise the budget to {r} to cover {t} vulnerable workers"),
                        ),
                    );
                }
            }
            Measure::BudgetGrowth => {
                if let Some(prev) = get(Field::BudgetPrevious).filter(|p| !p.is_zero()) {
                    let needed = (prev * FULL_GROWTH).ceil();
                    let mut b = a.clone();
                    set(&mut b, Field::BudgetCurrent, needed.max(get(Field::BudgetCurrent).unwrap_or_default()));
                    let r = format_rupiah(needed);
                    push(
                        b,
                        Msg::new(
                            format!("Naikkan anggaran tahun dinilai menjadi paling sedikit {r} (10% di atas tahun sebelumnya)"),
                            format!("Raise the assessed year's budget to at least {r} (10% above the previous year)"),
                        ),
                    );
                }
            }
            Measure::Regulation => {
                // The next step up, and the top of the ladder when that is further.
                let now = a.entry.regulation;
                let mut levels: Vec<RegulationLevel> =
                    RegulationLevel::ALL.into_iter().filter(|l| *l > now).take(1).collect();
                if !levels.contains(&RegulationLevel::PeraturanDaerah) && now < RegulationLevel::PeraturanDaerah {
                    levels.push(RegulationLevel::PeraturanDaerah);
                }
                for level in levels {
                    let mut b = a.clone();
                    b.entry.regulation = level;
                    let name = level.name(a.category);
                    push(b, Msg::new(format!("Terbitkan {}", name.id), format!("Issue: {}", name.en)));
                }
            }
            Measure::Checklist(items) => {
                for item in items.iter().filter(|i| !a.entry.checked.contains(i)) {
                    let mut b = a.clone();
                    b.entry.checked.insert(*item);
                    let l = item.label();
                    push(b, Msg::new(format!("Wujudkan: {}", l.id), format!("Put in place: {}", l.en)));
                }
            }
            Measure::LeaderAttends => {
                let mut b = a.clone();
                b.entry.leader_attends = true;
                let text = if a.category.family() == Family::Government {
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
                push(b, text);
            }
            Measure::MandatoryProgrammes => {
                let size = a.entry.size_for(a.category);
                let missing: Vec<_> =
                    mandatory_programmes(size).iter().filter(|p| !a.entry.programmes.contains(p)).copied().collect();
                let mut b = a.clone();
                b.entry.programmes.extend(missing.iter().copied());
                let codes: Vec<&str> = missing.iter().map(|p| p.code()).collect();
                let c = codes.join(", ");
                push(
                    b,
                    Msg::new(format!("Ikutkan semua pekerja dalam program {c}"), format!("Enrol every worker in {c}")),
                );
            }
            Measure::WageHonesty => {
                if let (Some(actual), Some(reported)) = (get(Field::WageBillActual), get(Field::WageBillReported)) {
                    let mut b = a.clone();
                    set(&mut b, Field::WageBillReported, actual);
                    let gap = format_rupiah(actual - reported);
                    push(
                        b,
                        Msg::new(
                            format!("Laporkan upah sesuai upah sebenarnya: tambah {gap} per bulan"),
                            format!("Report wages as paid: add {gap} a month"),
                        ),
                    );
                }
            }
            Measure::PaidOnTime => {
                let mut b = a.clone();
                set(&mut b, Field::MonthsOnTime, Decimal::from(12));
                set(&mut b, Field::Arrears, Decimal::ZERO);
                let text = match get(Field::Arrears).filter(|x| *x > Decimal::ZERO) {
                    Some(arrears) => {
                        let r = format_rupiah(arrears);
                        Msg::new(
                            format!("Lunasi tunggakan {r} dan bayar iuran tepat waktu setiap bulan"),
                            format!("Clear the {r} arrears and pay contributions on time every month"),
                        )
                    }
                    None => Msg::new(
                        "Bayar iuran tepat waktu 12 bulan setahun (paling lambat tanggal 15)",
                        "Pay contributions on time all 12 months (by the 15th)",
                    ),
                };
                push(b, text);
            }
            Measure::CsrReach => {
                if let (Some(e), Some(w)) = (get(Field::Employees), get(Field::CsrWorkers)) {
                    let yardstick = csr_yardstick(e);
                    let mut b = a.clone();
                    set(&mut b, Field::CsrWorkers, yardstick);
                    let delta = yardstick - w;
                    let (d, y, cost) =
                        (people(delta), people(yardstick), format_rupiah(delta * STANDARD_PACKAGE_YEARLY));
                    push(
                        b,
                        Msg::new(
                            format!("Tanggung iuran {d} pekerja rentan lagi (sekitar {cost} setahun) hingga {y} orang"),
                            format!(
                                "Pay contributions for {d} more vulnerable workers (about {cost} a year) to reach {y}"
                            ),
                        ),
                    );
                }
            }
        }
    }
    out
}

/// Steps ranked by the points they would add, largest first.
pub fn next_steps(assessment: &Assessment, checked: &Checked, current: &Score) -> Vec<Step> {
    let steps = candidates(assessment, checked, current);
    let mut actions: Vec<Step> = steps
        .iter()
        .map(|(criterion_id, changed, text)| Step {
            criterion_id,
            gain: total(changed) - current.total,
            text: text.clone(),
        })
        .collect();

    // A cap lifts only when every finding behind it is gone: offer that as one step.
    if current.caps.iter().any(|c| c.lowered && c.id == "batas.temuan_pds") {
        let mut fixed = assessment.clone();
        let mut any = false;
        for (id, changed, _) in &steps {
            if id.starts_with("kepatuhan.") {
                // Each step is a whole copy: take only the fields it changed, so one
                // step's copy does not put back what another step fixed.
                for (field, text) in &changed.entry.fields {
                    if assessment.entry.fields.get(field) != Some(text) {
                        fixed.entry.fields.insert(*field, text.clone());
                    }
                }
                fixed.entry.programmes.extend(changed.entry.programmes.iter().copied());
                any = true;
            }
        }
        if any {
            actions.push(Step {
                criterion_id: "batas.temuan_pds",
                gain: total(&fixed) - current.total,
                text: Msg::new(
                    "Tuntaskan semua temuan PDS dan tunggakan sekaligus agar batas nilai 60 terangkat",
                    "Resolve every PDS finding and the arrears together so the cap of 60 lifts",
                ),
            });
        }
    }
    actions.retain(|a| a.gain >= MIN_GAIN);
    // Stable sort keeps rubric order among equal gains.
    actions.sort_by_key(|a| std::cmp::Reverse(a.gain));
    actions
}
