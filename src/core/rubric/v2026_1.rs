//! Rubric 2026.1: rubric 2025.1 with what provincial panels named in 2022–2025 and
//! checked against published outcomes (the calibration cases in `calibration.rs`). Every
//! criterion it shares with 2025.1 is the same definition; what changed says why here.

use rust_decimal::Decimal;
use rust_decimal_macros::dec;

use super::v2025_1::*;
use super::{CategoryRubric, Criterion, Reading, Rubric};
use crate::core::base::text::{MethodOnly, T};
use crate::core::model::assessment::Version;
use crate::core::model::category::Category;
use crate::core::model::inputs::Item;
use crate::core::rubric::measure::{Checklist, Measure, Rule};

/// A head's regulation rises from 0,7 to 0,75: the provincial winners whose instruments
/// were published (Padang Panjang's Perwako, Ketapang's two Perbups) rely on one. A Perda
/// stays the top ("poin tertinggi").
const REGULATION_LADDER_2026: &[Decimal] = &[dec!(0), dec!(0.25), dec!(0.4), dec!(0.75), dec!(1)];

/// Percentage points over the previous year. The national path (RPJMN 2025–2029, 32,15% →
/// 43,92%) is about 3 points a year: keeping pace scores 0,75, beating it by two points full
/// marks; holding coverage scores a quarter, a fall nothing.
const COVERAGE_GROWTH_BANDS: &[(Decimal, Decimal)] =
    &[(dec!(0), dec!(0.25)), (dec!(1), dec!(0.5)), (dec!(3), dec!(0.75)), (dec!(5), dec!(1))];

/// An agreement (PKS/MoU) is not a regulation, so it is an initiative, beside the others.
const GOV_INITIATIVES_2026: &[Item] = &[
    Item::CollaborationScheme,
    Item::CooperationAgreement,
    Item::MobileRegistration,
    Item::DataIntegration,
    Item::OutreachProgramme,
    Item::AdHocAndBumdWorkers,
];
const VILLAGE_INITIATIVES_2026: &[Item] =
    &[Item::CollaborationScheme, Item::CooperationAgreement, Item::MobileRegistration, Item::OutreachProgramme];
/// Reconciling the data with BPJS is checked by the panel (a signed reconciliation), so it
/// left the self-rated readiness list for a criterion of its own.
pub(super) const GOV_READINESS_2026: &[Item] = &[Item::DocumentsReady, Item::PresentationReady, Item::FollowUpDone];
const DATA_VALIDATED: &[Item] = &[Item::DataVerified];

const SRC_GROWTH: T = T::new(
    "Penilaian Paritrana Kalimantan Barat 2025 (kalbar.antaranews.com 667104; ketapangmedia.com 31 Jul 2025); RPJMN 2025–2029",
    "Paritrana assessment of West Kalimantan 2025 (kalbar.antaranews.com 667104; ketapangmedia.com 31 Jul 2025); RPJMN 2025–2029",
);
const SRC_FUNDING: T = T::new(
    "Paket BPU (PP 44/2015; Permenaker 1/2016; indonesia.go.id 7284); dana di luar APBD: DBH Sawit Ketapang (menitnews.id 24 Sep 2025), DBHCHT Jember (surabaya.tribunnews.com 21 Jun 2022), Baznas, CSR dan donasi ASN (Sragen; Pekanbaru)",
    "BPU package (PP 44/2015; Permenaker 1/2016; indonesia.go.id 7284); funds beyond the regional budget: palm-oil DBH in Ketapang (menitnews.id 24 Sep 2025), DBHCHT in Jember (surabaya.tribunnews.com 21 Jun 2022), Baznas, CSR and civil servants' donations (Sragen; Pekanbaru)",
);
const SRC_VALIDATION: T = T::new(
    "Wawancara Raja Ampat 2021 (koreri.com); verifikasi dan validasi dokumen kepesertaan tingkat nasional (infopublik.id 567333)",
    "Raja Ampat interview 2021 (koreri.com); national verification and validation of participation documents (infopublik.id 567333)",
);
const SRC_SMALL_INTERVIEW: T = T::new(
    "Babak provinsi Kalimantan Tengah 2025 mewawancarai usaha kecil (prokalteng.jawapos.com 305316)",
    "The Central Kalimantan provincial round 2025 interviewed small businesses (prokalteng.jawapos.com 305316)",
);

pub(super) const fn regulation_level_2026() -> Def {
    let mut d = regulation_level();
    d.rule = Rule::Ladder(REGULATION_LADDER_2026);
    d
}

pub(super) const fn coverage_growth() -> Def {
    Def {
        id: "cakupan.pertumbuhan",
        pillar: "cakupan",
        measure: Measure::CoverageGrowth,
        rule: Rule::Bands(COVERAGE_GROWTH_BANDS),
        title: T::new("Cakupan tumbuh dari tahun sebelumnya", "Coverage grows over the previous year"),
        explanation: T::new(
            "Kenaikan cakupan dalam poin persen dari 31 Desember tahun sebelumnya, dengan basis yang sama. Menunjukkan upaya, tidak hanya posisi awal.",
            "The rise in coverage, in percentage points, from 31 December of the previous year on the same basis. It shows effort, not only the starting point.",
        ),
        why_weight: T::new(
            "Panitia Kalimantan Barat 2025 menimbang pertumbuhan cakupan (Ketapang 55,69% → 68,02%); daerah dengan basis rendah yang tumbuh cepat tidak kalah oleh daerah yang diam di angka tinggi.",
            "The Kalimantan Barat 2025 panel weighed coverage growth (Ketapang 55,69% → 68,02%); a region growing fast from a low base is not outranked by one standing still at a high figure.",
        ),
        source: SRC_GROWTH,
        self_rated: false,
    }
}

pub(super) const fn funded_capacity() -> Def {
    Def {
        id: "inisiatif.anggaran",
        pillar: "inisiatif",
        measure: Measure::FundedCapacity,
        rule: Rule::RatioToTarget,
        title: T::new(
            "Dana iuran pekerja rentan (APBD dan sumber lain) cukup untuk sasaran",
            "Funds for vulnerable workers (budget and other sources) cover the goal",
        ),
        explanation: T::new(
            "APBD ditambah dana lain yang membayar iuran (DBH Sawit, DBHCHT, Baznas, CSR, donasi ASN), dibagi harga paket yang dipilih selama setahun (tarif 31 Desember tahun dinilai), dibandingkan dengan jumlah pekerja rentan sasaran.",
            "The budget plus other funds that pay contributions (palm-oil and tobacco-excise shares, Baznas, CSR, civil-servant donations), divided by a year of the chosen package (rates at 31 December of the assessed year), against the targeted vulnerable workers.",
        ),
        why_weight: T::new(
            "Pemenang mendanai iuran juga di luar APBD, dan panitia menghitungnya sebagai inisiatif; menghitung APBD saja meremehkan mereka. Dihitung dalam pekerja-tahun, jadi membayar sebagian tahun tidak menambah nilai.",
            "Winners also fund contributions beyond the budget, and panels count that as initiative; counting the budget alone undervalues them. Counted in worker-years, so paying part of a year adds nothing.",
        ),
        source: SRC_FUNDING,
        self_rated: false,
    }
}

pub(super) const fn data_validated() -> Def {
    Def {
        id: "cakupan.validasi_data",
        pillar: "cakupan",
        measure: Measure::Checklist(Checklist(DATA_VALIDATED)),
        rule: Rule::Checklist,
        title: T::new("Data peserta divalidasi bersama BPJS Ketenagakerjaan", "Participant data validated with BPJS Ketenagakerjaan"),
        explanation: T::new(
            "Angka cakupan dicocokkan dengan data BPJS Ketenagakerjaan dan ada berita acaranya. Panitia memeriksanya pada verifikasi.",
            "The coverage figures are reconciled with BPJS Ketenagakerjaan's data, with signed minutes. Panels check it at verification.",
        ),
        why_weight: T::new(
            "Ditanyakan pada wawancara (Raja Ampat 2021) dan diperiksa pada verifikasi nasional; angka yang tidak cocok menjatuhkan nilai terverifikasi.",
            "Asked at interviews (Raja Ampat 2021) and checked at national verification; figures that do not match bring the verified score down.",
        ),
        source: SRC_VALIDATION,
        self_rated: false,
    }
}

pub(super) const fn small_business_readiness() -> Def {
    let mut d = readiness("pemahaman.kesiapan");
    d.why_weight = T::new(
        "Babak provinsi 2025 juga mewawancarai usaha kecil; kesiapan dinilai sendiri, jadi bobotnya kecil.",
        "The 2025 provincial rounds interviewed small businesses too; readiness is self-rated here, so it weighs little.",
    );
    d.source = SRC_SMALL_INTERVIEW;
    d
}

static REGIONAL: [Criterion; 13] = [
    regulation_level_2026().frozen(dec!(13)),
    regulation_content(GOV_REGULATION_CONTENT).frozen(dec!(7)),
    coverage_to_target().frozen(dec!(16)),
    coverage_growth().frozen(dec!(8)),
    vulnerable_covered().frozen(dec!(6)),
    non_asn().frozen(dec!(4)),
    social_workers().frozen(dec!(3)),
    data_validated().frozen(dec!(3)),
    funded_capacity().frozen(dec!(9)),
    budget_growth().frozen(dec!(4)),
    initiatives(GOV_INITIATIVES_2026).frozen(dec!(12)),
    leader_attends("wawancara.kehadiran").frozen(dec!(7)),
    readiness_of("wawancara.kesiapan", GOV_READINESS_2026).frozen(dec!(8)),
];
pub(super) const REGIONAL_RATIONALE_2026: T = T::new(
    "Pemerintah daerah: Regulasi 20, Cakupan 40, Inisiatif dan anggaran 25, Wawancara 15. Dibanding 2025.1, regulasi turun 5 dan cakupan naik 5: panitia 2022–2025 menimbang pertumbuhan cakupan dan validasi data, dan pemenang provinsi yang angkanya terbit mendapat nilai terlalu rendah ketika peringkat produk hukum menentukan seperempat nilai.",
    "Regional government: Regulation 20, Coverage 40, Initiative and budget 25, Interview 15. Against 2025.1, regulation drops 5 and coverage gains 5: panels in 2022–2025 weighed coverage growth and validated data, and provincial winners with published figures scored too low while the rank of the legal instrument decided a quarter of the score.",
);

static VILLAGE: [Criterion; 11] = [
    regulation_level_2026().frozen(dec!(10)),
    regulation_content(VILLAGE_REGULATION_CONTENT).frozen(dec!(7)),
    village_officials().frozen(dec!(14)),
    social_workers().frozen(dec!(9)),
    vulnerable_covered().frozen(dec!(13)),
    data_validated().frozen(dec!(3)),
    funded_capacity().frozen(dec!(13)),
    budget_growth().frozen(dec!(5)),
    initiatives(VILLAGE_INITIATIVES_2026).frozen(dec!(11)),
    leader_attends("wawancara.kehadiran").frozen(dec!(7)),
    readiness_of("wawancara.kesiapan", GOV_READINESS_2026).frozen(dec!(8)),
];
pub(super) const VILLAGE_RATIONALE_2026: T = T::new(
    "Desa: Regulasi 17, Cakupan 39, Inisiatif dan anggaran 29, Wawancara 15. Dana di luar APBDes (CSR, Baznas, donasi) dihitung bersama anggaran, dan kerja sama dihitung sebagai inisiatif; pertumbuhan cakupan tidak ditanyakan karena data penduduk bekerja per desa jarang tersedia, tetapi pertumbuhan anggaran tetap.",
    "Village: Regulation 17, Coverage 39, Initiative and budget 29, Interview 15. Funds beyond the village budget (CSR, Baznas, donations) count with it, and agreements count as initiative; coverage growth is not asked as village employment data is rarely available, but budget growth stays.",
);

static COMBINED: [Criterion; 9] = [
    registered_workers().frozen(dec!(15)),
    mandatory_programmes().frozen(dec!(10)),
    wage_honesty().frozen(dec!(10)),
    paid_on_time().frozen(dec!(13)),
    vendors().frozen(dec!(12)),
    csr().frozen(dec!(15)),
    practices("inovasi.praktik", BUSINESS_PRACTICES).frozen(dec!(10)),
    leader_attends("pemahaman.kehadiran").frozen(dec!(7)),
    readiness("pemahaman.kesiapan").frozen(dec!(8)),
];
const COMBINED_RATIONALE: T = T::new(
    "Usaha besar dan menengah (gabungan): Kepatuhan 48, Rantai pasok 12, Kepedulian 15, Inovasi 10, Pemahaman 15. Babak provinsi 2025 menilai keduanya bersama, jadi satu skala dengan bobot di antara keduanya; keduanya wajib empat program.",
    "Large and medium business (combined): Compliance 48, Supply chain 12, Care 15, Innovation 10, Understanding 15. The 2025 provincial rounds assess both together, so one scale with weights between the two; both owe all four programmes.",
);

static SMALL: [Criterion; 8] = [
    registered_workers().frozen(dec!(22)),
    mandatory_programmes().frozen(dec!(16)),
    wage_honesty().frozen(dec!(10)),
    paid_on_time().frozen(dec!(12)),
    practices("kesadaran.praktik", SMALL_BUSINESS_PRACTICES).frozen(dec!(12)),
    csr().frozen(dec!(13)),
    leader_attends("pemahaman.kehadiran").frozen(dec!(7)),
    small_business_readiness().frozen(dec!(8)),
];
const SMALL_RATIONALE: T = T::new(
    "Usaha kecil dan mikro: Kepatuhan 60, Kesadaran 12, Kepedulian 13, Pemahaman 15. Babak provinsi 2025 mewawancarai usaha kecil, jadi kesiapan wawancara (dinilai sendiri) masuk; kepatuhan tetap terbesar.",
    "Small and micro: Compliance 60, Awareness 12, Care 13, Understanding 15. The 2025 provincial rounds interviewed small businesses, so interview readiness (self-rated) is in; compliance still weighs most.",
);

static CATEGORIES: [CategoryRubric; 8] = [
    CategoryRubric {
        category: Category::Provinsi,
        pillars: GOV_PILLARS,
        criteria: &REGIONAL,
        caps: NO_REGULATION_CAP,
        rationale: MethodOnly::new(REGIONAL_RATIONALE_2026),
    },
    CategoryRubric {
        category: Category::Kabkota,
        pillars: GOV_PILLARS,
        criteria: &REGIONAL,
        caps: NO_REGULATION_CAP,
        rationale: MethodOnly::new(REGIONAL_RATIONALE_2026),
    },
    CategoryRubric {
        category: Category::Desa,
        pillars: GOV_PILLARS,
        criteria: &VILLAGE,
        caps: NO_REGULATION_CAP,
        rationale: MethodOnly::new(VILLAGE_RATIONALE_2026),
    },
    CategoryRubric {
        category: Category::BuBesar,
        pillars: BUSINESS_PILLARS,
        criteria: &LARGE,
        caps: COMPLIANCE_CAP,
        rationale: MethodOnly::new(LARGE_RATIONALE),
    },
    CategoryRubric {
        category: Category::BuMenengah,
        pillars: BUSINESS_PILLARS,
        criteria: &MEDIUM,
        caps: COMPLIANCE_CAP,
        rationale: MethodOnly::new(MEDIUM_RATIONALE),
    },
    CategoryRubric {
        category: Category::BuBesarMenengah,
        pillars: BUSINESS_PILLARS,
        criteria: &COMBINED,
        caps: COMPLIANCE_CAP,
        rationale: MethodOnly::new(COMBINED_RATIONALE),
    },
    CategoryRubric {
        category: Category::Umk,
        pillars: &[KEPATUHAN, KESADARAN, KEPEDULIAN, PEMAHAMAN],
        criteria: &SMALL,
        caps: COMPLIANCE_CAP,
        rationale: MethodOnly::new(SMALL_RATIONALE),
    },
    CategoryRubric {
        category: Category::LayananPublik,
        pillars: BUSINESS_PILLARS,
        criteria: &PUBLIC_SERVICE,
        caps: COMPLIANCE_CAP,
        rationale: MethodOnly::new(PUBLIC_SERVICE_RATIONALE),
    },
];

/// The whole rubric is static data: nothing is built at run time.
pub(super) static RUBRIC: Rubric = Rubric {
    version: Version::V2026_1,
    bands: BANDS,
    categories: &CATEGORIES,
    reading: Reading { coverage_above_full: false, asks_revenue_share: false },
    changes: &[],
};
