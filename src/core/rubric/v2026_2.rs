//! Rubric 2026.2: rubric 2026.1 with what the 2025 provincial rounds showed about real
//! candidates' figures (the last section of the project's notes on the award, and the
//! calibration cases in `calibration.rs`). Every change says why, here and in `CHANGES`.

use rust_decimal::Decimal;
use rust_decimal_macros::dec;

use super::v2025_1::*;
use super::v2026_1::*;
use super::{CategoryRubric, Criterion, Reading, Rubric};
use crate::core::base::text::{MethodOnly, T};
use crate::core::model::assessment::Version;
use crate::core::model::category::Category;
use crate::core::model::inputs::Item;
use crate::core::rubric::measure::{Measure, Rule};

/// Nobody confirmed, a delegate, the deputy, the head in person. The head stays the top (the
/// national round requires the head); a deputy who answers well still carries most of it:
/// deputies presented for several 2025 provincial winners.
const ATTENDANCE_LADDER: &[Decimal] = &[dec!(0), dec!(0.3), dec!(0.6), dec!(1)];

const GOV_REGULATION_CONTENT_2026_2: &[Item] = &[
    Item::PermitCondition,
    Item::ProcurementCondition,
    Item::PublicServiceCondition,
    Item::RequiresBudget,
    Item::EmployerSanctions,
    Item::PlannedInBudget,
];
const VILLAGE_REGULATION_CONTENT_2026_2: &[Item] =
    &[Item::RequiresVillageOfficials, Item::RequiresBudget, Item::PublicServiceCondition, Item::PlannedInBudget];
/// A kelurahan works under the city's or regency's instruments: what they hold for it.
const WARD_REGULATION_CONTENT: &[Item] = &[Item::RequiresBudget, Item::PublicServiceCondition, Item::PlannedInBudget];
const GOV_INITIATIVES_2026_2: &[Item] = &[
    Item::CollaborationScheme,
    Item::CooperationAgreement,
    Item::MobileRegistration,
    Item::DataIntegration,
    Item::OutreachProgramme,
    Item::AdHocAndBumdWorkers,
    Item::ComplianceTeam,
    Item::DtsenTargeting,
    Item::AdministrativeOrder,
];
const VILLAGE_INITIATIVES_2026_2: &[Item] = &[
    Item::CollaborationScheme,
    Item::CooperationAgreement,
    Item::MobileRegistration,
    Item::OutreachProgramme,
    Item::DtsenTargeting,
    Item::AdministrativeOrder,
];

const SRC_ATTENDANCE: T = T::new(
    "Wawancara nasional mewajibkan kepala daerah (suara.com, 4 Mei 2024); wakil wali kota Padang Panjang (sumbar.antaranews.com 699665), wakil kepala daerah Pelalawan, Bengkalis, Dumai (kilasriau.com 25346), wakil wali kota Palu (eranesia.id 14577) pada wawancara 2025; Kepri 2025 menilai kehadiran kepala daerah dan mutu jawaban (wartarakyat.co.id 2025/11/04)",
    "The national interview requires the regional head (suara.com, 4 May 2024); the deputy mayor of Padang Panjang (sumbar.antaranews.com 699665), the deputy heads of Pelalawan, Bengkalis and Dumai (kilasriau.com 25346) and the deputy mayor of Palu (eranesia.id 14577) at the 2025 interviews; Kepri 2025 scored the head's attendance and the quality of the answers (wartarakyat.co.id 2025/11/04)",
);
const SRC_ENFORCEMENT: T = T::new(
    "Forum Kepatuhan Riau (kilasriau.com 25346); tim TMP2T Kutai Timur (katakaltim.com 2025); tim pengawas Raja Ampat; UU 24/2011 Pasal 17, PP 86/2013",
    "Riau compliance forum (kilasriau.com 25346); the TMP2T team of East Kutai (katakaltim.com 2025); the Raja Ampat supervision team; UU 24/2011 Article 17, PP 86/2013",
);
const SRC_PLANNING: T = T::new(
    "SE Mendagri 842.2/5193/Sj 2025 (kabaran.id 2025/05); Inpres 8/2025 (DTSEN); tertib administrasi kepesertaan, Kalimantan Barat 2025 (kalbar.antaranews.com 667104)",
    "SE Mendagri 842.2/5193/Sj 2025 (kabaran.id 2025/05); Inpres 8/2025 (DTSEN); orderly participation records, West Kalimantan 2025 (kalbar.antaranews.com 667104)",
);
const SRC_FUNDING_ONCE: T = T::new(
    "DBH Sawit dan DBHCHT adalah pendapatan APBD: 40.300 pekerja DBHCHT Jember termasuk dalam 82.093 yang dibayar APBD (halopos.id 2025; detik.com d-8274125); dana di luar APBD: Baznas, CSR, donasi (Pekanbaru \u{201c}bersama AMAN\u{201d}, Jember \u{201c}Sertakan Cinta\u{201d}); paket BPU PP 44/2015 jo PP 49/2023",
    "Palm-oil DBH and DBHCHT are regional budget revenue: Jember's 40.300 DBHCHT workers are part of the 82.093 paid through the APBD (halopos.id 2025; detik.com d-8274125); funds beyond the APBD: Baznas, CSR, donations (Pekanbaru \u{201c}bersama AMAN\u{201d}, Jember \u{201c}Sertakan Cinta\u{201d}); BPU package PP 44/2015 jo PP 49/2023",
);
const SRC_WARD: T = T::new(
    "Kategori \u{201c}Desa/Kelurahan\u{201d} babak provinsi 2023–2025 (Jawa Timur); Permendagri 130/2018 (dana kelurahan); APBD-P Gianyar 2025 untuk pekerja rentan di desa/kelurahan (kabarbali.id)",
    "The \u{201c}Desa/Kelurahan\u{201d} category of the provincial rounds 2023–2025 (East Java); Permendagri 130/2018 (ward funds); Gianyar's revised 2025 APBD for vulnerable workers in villages and wards (kabarbali.id)",
);

const fn attendance(id: &'static str) -> Def {
    Def {
        id,
        pillar: pillar_of(id),
        measure: Measure::Attendance,
        rule: Rule::Ladder(ATTENDANCE_LADDER),
        title: T::new("Siapa yang hadir saat wawancara", "Who attends the interview"),
        explanation: T::new(
            "Kepala daerah, kepala desa, lurah atau pimpinan tertinggi hadir sendiri: nilai penuh; wakilnya: 0,6; pejabat yang ditunjuk: 0,3. Tidak bisa dihitung dari data: Anda yang menilai.",
            "The head of the region, village or ward, or the chief executive, in person: full marks; the deputy: 0,6; an official sent instead: 0,3. Cannot be computed: you rate it.",
        ),
        why_weight: T::new(
            "Babak nasional mewajibkan kepala daerah hadir, tetapi pada babak provinsi 2025 wakil kepala daerah memaparkan untuk beberapa pemenang (Padang Panjang, Palu, Pelalawan); Kepri menilai kehadiran dan mutu jawaban. Wakil tidak lagi bernilai nol.",
            "The national round requires the head, but in the 2025 provincial rounds deputies presented for several winners (Padang Panjang, Palu, Pelalawan); Kepri scored attendance and the quality of the answers. A deputy no longer scores nothing.",
        ),
        source: SRC_ATTENDANCE,
        self_rated: true,
    }
}

const fn coverage_to_target_2026_2() -> Def {
    let mut d = coverage_to_target();
    d.explanation = T::new(
        "Peserta aktif (PU + BPU + jasa konstruksi) dibagi penduduk bekerja, dibandingkan dengan target daerah sendiri. Peserta di atas penduduk bekerja dibaca sebagai cakupan penuh (100%), dengan catatan untuk diperiksa.",
        "Active participants (wage earners + non-wage earners + construction) divided by employed people, against the region's own target. Participants above the employed read as full coverage (100%), with a note to check.",
    );
    d
}

const fn funded_once() -> Def {
    let mut d = funded_capacity();
    d.explanation = T::new(
        "APBD ditambah dana di luar APBD yang membayar iuran (Baznas, CSR, donasi), dibagi harga paket yang dipilih selama setahun, dibandingkan dengan sasaran. DBH Sawit dan DBHCHT adalah pendapatan APBD: ditambahkan hanya bila tidak termasuk dalam angka APBD yang diisi.",
        "The budget plus funds outside it that pay contributions (Baznas, CSR, donations), divided by a year of the chosen package, against the goal. Palm-oil and tobacco-excise shares are budget revenue: added only when the budget figure entered does not hold them.",
    );
    d.why_weight = T::new(
        "Pemenang mendanai iuran juga di luar APBD, dan panitia menghitungnya sebagai inisiatif; tetapi DBH yang sudah ada dalam pagu APBD tidak boleh dihitung dua kali (Jember 2025: 40.300 pekerja DBHCHT termasuk dalam 82.093 yang dibayar APBD).",
        "Winners also fund contributions beyond the budget, and panels count that as initiative; but revenue shares already inside the budget line must not count twice (Jember 2025: 40.300 DBHCHT-funded workers are part of the 82.093 the budget pays).",
    );
    d.source = SRC_FUNDING_ONCE;
    d
}

const fn regulation_content_2026_2(items: &'static [Item]) -> Def {
    let mut d = regulation_content(items);
    d.explanation = T::new(
        "Regulasi yang menjadikan kepesertaan syarat perizinan, pengadaan atau layanan publik, yang mewajibkan anggaran, memberi sanksi kepada pemberi kerja yang tidak mendaftarkan pekerjanya, dan program yang masuk RKPD dan APBD.",
        "A regulation that makes participation a condition for permits, procurement or public services, requires a budget, sanctions employers who do not register their workers, and a programme written into the annual plan and budget.",
    );
    d.source = SRC_ENFORCEMENT;
    d
}

const fn initiatives_2026_2(items: &'static [Item]) -> Def {
    let mut d = initiatives(items);
    d.explanation = T::new(
        "Skema kolaborasi pendanaan, perjanjian kerja sama, layanan jemput bola, integrasi data, sosialisasi, perlindungan petugas ad hoc, tim pengawasan kepatuhan, sasaran dari DTSEN dan tertib administrasi kepesertaan.",
        "Funding collaboration, cooperation agreements, outreach registration, data integration, planned outreach, protection of ad hoc workers, a compliance team, targets from DTSEN and orderly participant administration.",
    );
    d.source = SRC_PLANNING;
    d
}

const fn ward_funding() -> Def {
    let mut d = funded_once();
    d.explanation = T::new(
        "Anggaran APBD kabupaten/kota untuk iuran warga kelurahan (melalui kelurahan atau dinas), ditambah CSR, Baznas dan donasi, dibagi harga paket setahun, dibandingkan dengan sasaran pekerja rentan kelurahan.",
        "The city's or regency's budget for the ward's contributions (through the ward or an agency), plus CSR, Baznas and donations, divided by a year of the package, against the ward's vulnerable-worker goal.",
    );
    d.source = SRC_WARD;
    d
}

static REGIONAL: [Criterion; 13] = [
    regulation_level_2026().weighted(dec!(13)),
    regulation_content_2026_2(GOV_REGULATION_CONTENT_2026_2).weighted(dec!(7)),
    coverage_to_target_2026_2().weighted(dec!(16)),
    coverage_growth().weighted(dec!(8)),
    vulnerable_covered().weighted(dec!(6)),
    non_asn().weighted(dec!(4)),
    social_workers().weighted(dec!(3)),
    data_validated().weighted(dec!(3)),
    funded_once().weighted(dec!(9)),
    budget_growth().weighted(dec!(4)),
    initiatives_2026_2(GOV_INITIATIVES_2026_2).weighted(dec!(12)),
    attendance("wawancara.kehadiran").weighted(dec!(7)),
    readiness_of("wawancara.kesiapan", GOV_READINESS_2026).weighted(dec!(8)),
];

static VILLAGE: [Criterion; 11] = [
    regulation_level_2026().weighted(dec!(10)),
    regulation_content_2026_2(VILLAGE_REGULATION_CONTENT_2026_2).weighted(dec!(7)),
    village_officials().weighted(dec!(14)),
    social_workers().weighted(dec!(9)),
    vulnerable_covered().weighted(dec!(13)),
    data_validated().weighted(dec!(3)),
    funded_once().weighted(dec!(13)),
    budget_growth().weighted(dec!(5)),
    initiatives_2026_2(VILLAGE_INITIATIVES_2026_2).weighted(dec!(11)),
    attendance("wawancara.kehadiran").weighted(dec!(7)),
    readiness_of("wawancara.kesiapan", GOV_READINESS_2026).weighted(dec!(8)),
];

static WARD: [Criterion; 11] = [
    regulation_level_2026().weighted(dec!(10)),
    regulation_content_2026_2(WARD_REGULATION_CONTENT).weighted(dec!(6)),
    non_asn().weighted(dec!(8)),
    social_workers().weighted(dec!(14)),
    vulnerable_covered().weighted(dec!(14)),
    data_validated().weighted(dec!(3)),
    ward_funding().weighted(dec!(14)),
    budget_growth().weighted(dec!(5)),
    initiatives_2026_2(VILLAGE_INITIATIVES_2026_2).weighted(dec!(11)),
    attendance("wawancara.kehadiran").weighted(dec!(7)),
    readiness_of("wawancara.kesiapan", GOV_READINESS_2026).weighted(dec!(8)),
];
const WARD_RATIONALE: T = T::new(
    "Kelurahan: Regulasi 16, Cakupan 39, Inisiatif dan anggaran 30, Wawancara 15. Kelurahan bukan desa: tidak punya APBDes dan BPD, dan produk hukumnya adalah milik kabupaten/kota. Yang dinilai adalah perlindungan RT/RW, kader dan pekerja rentan di wilayahnya, pegawai non-ASN kelurahan, dan dana APBD kabupaten/kota serta sumber lain yang membayar iuran mereka.",
    "Urban ward: Regulation 16, Coverage 39, Initiative and budget 30, Interview 15. A ward is not a village: it has no village budget or council, and its legal instruments are the city's or regency's. What counts is the protection of neighbourhood heads, volunteers and vulnerable workers in it, the ward's non-civil-servant staff, and the city's budget and other sources that pay their contributions.",
);

/// Compliance first; supply chain and CSR down: no 2025 round names the supply chain, and
/// Riau 2025 scores companies on compliance, innovation and understanding.
static LARGE_2026_2: [Criterion; 9] = [
    registered_workers().weighted(dec!(15)),
    mandatory_programmes().weighted(dec!(10)),
    wage_honesty().weighted(dec!(10)),
    paid_on_time().weighted(dec!(12)),
    vendors().weighted(dec!(12)),
    csr().weighted(dec!(13)),
    practices("inovasi.praktik", BUSINESS_PRACTICES).weighted(dec!(13)),
    attendance("pemahaman.kehadiran").weighted(dec!(7)),
    readiness("pemahaman.kesiapan").weighted(dec!(8)),
];
static MEDIUM_2026_2: [Criterion; 9] = [
    registered_workers().weighted(dec!(16)),
    mandatory_programmes().weighted(dec!(10)),
    wage_honesty().weighted(dec!(10)),
    paid_on_time().weighted(dec!(15)),
    vendors().weighted(dec!(9)),
    csr().weighted(dec!(12)),
    practices("inovasi.praktik", BUSINESS_PRACTICES).weighted(dec!(13)),
    attendance("pemahaman.kehadiran").weighted(dec!(7)),
    readiness("pemahaman.kesiapan").weighted(dec!(8)),
];
static COMBINED_2026_2: [Criterion; 9] = [
    registered_workers().weighted(dec!(16)),
    mandatory_programmes().weighted(dec!(10)),
    wage_honesty().weighted(dec!(10)),
    paid_on_time().weighted(dec!(14)),
    vendors().weighted(dec!(10)),
    csr().weighted(dec!(12)),
    practices("inovasi.praktik", BUSINESS_PRACTICES).weighted(dec!(13)),
    attendance("pemahaman.kehadiran").weighted(dec!(7)),
    readiness("pemahaman.kesiapan").weighted(dec!(8)),
];
static PUBLIC_SERVICE_2026_2: [Criterion; 9] = [
    registered_workers().weighted(dec!(16)),
    mandatory_programmes().weighted(dec!(10)),
    wage_honesty().weighted(dec!(9)),
    paid_on_time().weighted(dec!(10)),
    vendors().weighted(dec!(12)),
    csr().weighted(dec!(12)),
    practices("inovasi.praktik", PUBLIC_SERVICE_PRACTICES).weighted(dec!(16)),
    attendance("pemahaman.kehadiran").weighted(dec!(7)),
    readiness("pemahaman.kesiapan").weighted(dec!(8)),
];
static SMALL_2026_2: [Criterion; 8] = [
    registered_workers().weighted(dec!(23)),
    mandatory_programmes().weighted(dec!(17)),
    wage_honesty().weighted(dec!(10)),
    paid_on_time().weighted(dec!(13)),
    practices("kesadaran.praktik", SMALL_BUSINESS_PRACTICES).weighted(dec!(12)),
    csr().weighted(dec!(10)),
    attendance("pemahaman.kehadiran").weighted(dec!(7)),
    small_business_readiness().weighted(dec!(8)),
];

const LARGE_RATIONALE_2026_2: T = T::new(
    "Usaha besar: Kepatuhan 47, Rantai pasok 12, Kepedulian 13, Inovasi 13, Pemahaman 15. Babak 2025 menilai badan usaha pada komitmen kepatuhan, inovasi dan pemahaman (Riau); kepedulian di sekitar usaha tetap disebut (Papua Barat Daya), rantai pasok tidak disebut lagi sejak 2024, jadi keduanya turun.",
    "Large business: Compliance 47, Supply chain 12, Care 13, Innovation 13, Understanding 15. The 2025 rounds scored companies on compliance commitment, innovation and understanding (Riau); care around the business is still named (Papua Barat Daya), the supply chain not since 2024, so both weigh less.",
);
const MEDIUM_RATIONALE_2026_2: T = T::new(
    "Usaha menengah: Kepatuhan 51, Rantai pasok 9, Kepedulian 12, Inovasi 13, Pemahaman 15. Seperti usaha besar: kepatuhan dan inovasi naik, rantai pasok dan CSR turun (babak 2025 Riau dan Papua Barat Daya).",
    "Medium business: Compliance 51, Supply chain 9, Care 12, Innovation 13, Understanding 15. As for large firms: compliance and innovation up, supply chain and CSR down (the 2025 Riau and Papua Barat Daya rounds).",
);
const COMBINED_RATIONALE_2026_2: T = T::new(
    "Usaha besar dan menengah (gabungan): Kepatuhan 50, Rantai pasok 10, Kepedulian 12, Inovasi 13, Pemahaman 15. Riau 2025 menilai kategori gabungan ini pada komitmen kepatuhan, inovasi dan pemahaman; rantai pasok (12 → 10) dan CSR (15 → 12) tidak disebut dan turun.",
    "Large and medium business (combined): Compliance 50, Supply chain 10, Care 12, Innovation 13, Understanding 15. Riau 2025 scored this combined category on compliance commitment, innovation and understanding; supply chain (12 → 10) and CSR (15 → 12) are not named and weigh less.",
);
const PUBLIC_SERVICE_RATIONALE_2026_2: T = T::new(
    "Layanan publik: Kepatuhan 45, Rantai pasok 12, Kepedulian 12, Inovasi 16, Pemahaman 15. Kepatuhan naik dari 40 seperti badan usaha lain; inovasi layanan tetap lebih tinggi karena rumah sakit, kampus dan utilitas melayani banyak mitra.",
    "Public service: Compliance 45, Supply chain 12, Care 12, Innovation 16, Understanding 15. Compliance rises from 40 as for other companies; service innovation stays higher as hospitals, universities and utilities serve many partners.",
);
const SMALL_RATIONALE_2026_2: T = T::new(
    "Usaha kecil dan mikro: Kepatuhan 63, Kesadaran 12, Kepedulian 10, Pemahaman 15. Usaha kecil dinilai pada kepatuhan dan kesadaran; CSR turun (13 → 10) karena usaha kecil jarang punya dana untuk itu dan babak 2025 tidak menyebutnya.",
    "Small and micro: Compliance 63, Awareness 12, Care 10, Understanding 15. Small firms are judged on compliance and awareness; CSR drops (13 → 10) as small firms rarely have funds for it and the 2025 rounds do not name it.",
);

const fn government(category: Category, criteria: &'static [Criterion], rationale: T) -> CategoryRubric {
    CategoryRubric {
        category,
        pillars: GOV_PILLARS,
        criteria,
        caps: NO_REGULATION_CAP,
        rationale: MethodOnly::new(rationale),
    }
}

const fn business(category: Category, criteria: &'static [Criterion], rationale: T) -> CategoryRubric {
    CategoryRubric {
        category,
        pillars: BUSINESS_PILLARS,
        criteria,
        caps: COMPLIANCE_CAP,
        rationale: MethodOnly::new(rationale),
    }
}

static CATEGORIES: [CategoryRubric; 9] = [
    government(Category::Provinsi, &REGIONAL, REGIONAL_RATIONALE_2026),
    government(Category::Kabkota, &REGIONAL, REGIONAL_RATIONALE_2026),
    government(Category::Desa, &VILLAGE, VILLAGE_RATIONALE_2026),
    government(Category::Kelurahan, &WARD, WARD_RATIONALE),
    business(Category::BuBesar, &LARGE_2026_2, LARGE_RATIONALE_2026_2),
    business(Category::BuMenengah, &MEDIUM_2026_2, MEDIUM_RATIONALE_2026_2),
    business(Category::BuBesarMenengah, &COMBINED_2026_2, COMBINED_RATIONALE_2026_2),
    CategoryRubric {
        category: Category::Umk,
        pillars: &[KEPATUHAN, KESADARAN, KEPEDULIAN, PEMAHAMAN],
        criteria: &SMALL_2026_2,
        caps: COMPLIANCE_CAP,
        rationale: MethodOnly::new(SMALL_RATIONALE_2026_2),
    },
    business(Category::LayananPublik, &PUBLIC_SERVICE_2026_2, PUBLIC_SERVICE_RATIONALE_2026_2),
];

/// What changed that the criteria alone do not show, and why.
const CHANGES: &[MethodOnly] = &[
    MethodOnly::new(T::new(
        "Cakupan di atas 100% dibaca sebagai cakupan penuh dengan catatan, bukan ditolak: peserta dihitung menurut lokasi pemberi kerja dan estimasi BPS bisa lama, sehingga peserta terdaftar bisa melebihi penduduk bekerja (Kutai Timur 2024: informal sekitar 150%, juara 2 Kalimantan Timur 2025).",
        "Coverage above 100% reads as full coverage with a note instead of being refused: participants are counted by employer location and the BPS estimate may be old, so registered workers can exceed the employed (Kutai Timur 2024: informal about 150%, 2nd in Kalimantan Timur 2025).",
    )),
    MethodOnly::new(T::new(
        "Dana bagi hasil (DBH Sawit, DBHCHT) dihitung sekali: formulir menanyakan apakah angka APBD sudah memuatnya; bila belum dijawab dianggap sudah termasuk. Baznas, CSR dan donasi tetap ditambahkan.",
        "Revenue shares (palm-oil DBH, DBHCHT) count once: the form asks whether the budget figure already holds them; unanswered, they are taken as inside it. Baznas, CSR and donations are still added.",
    )),
    MethodOnly::new(T::new(
        "Tarif: diskon 50% iuran JKK bagi industri padat karya yang memenuhi syarat (PP 7/2025, PP 36/2025; iuran Februari 2025 – Januari 2026) dipakai bila perusahaan menyatakan memenuhi syarat; tabel batas upah JP kini dimulai 1 Maret 2023 (Rp9.559.600), jadi penilaian tahun 2023 menghitung JP dengan batasnya; tiap tahun memakai batas yang berlaku saat itu.",
        "Rates: the 50% JKK discount for qualifying labour-intensive industries (PP 7/2025, PP 36/2025; contributions February 2025 – January 2026) applies when the company says it qualifies; the table of JP wage ceilings now starts on 1 March 2023 (Rp9.559.600), so 2023 assessments count JP with its ceiling; each year uses the ceiling in force then.",
    )),
];

/// The whole rubric is static data: nothing is built at run time.
pub(super) static RUBRIC: Rubric = Rubric {
    version: Version::V2026_2,
    bands: BANDS,
    categories: &CATEGORIES,
    reading: Reading { coverage_above_full: true, asks_revenue_share: true },
    changes: CHANGES,
};
