//! Calibration in the open: real candidates whose figures were published and whose result
//! is known, each stating which inputs were published (with the address), which were
//! assumed (and why) and which criteria rest on nothing published (left out, so the rest
//! are renormalised). Tests hold the bands their outcomes demand under the current rubric;
//! the method page shows the same table under the current version and the one before. Weights, ladders and bands
//! are tuned in the rubric with reasons, never per case. Each case's estimate is made by the
//! evaluation (`evaluation/calibration.rs`).

use rust_decimal::Decimal;

use crate::core::base::text::T;
use crate::core::model::assessment::{Assessment, Version};
use crate::core::model::category::Category;
use crate::core::model::inputs::{Attendance, Field, Item, RegulationLevel, RevenueShare};

/// What a case's outcome demands of its estimate.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Outcome {
    /// Won or placed (1st to 3rd) in its province: at least "Siap bersaing".
    ProvincialWinner,
    /// The profile of a national winner: "Kandidat kuat".
    NationalWinner,
    /// Most inputs left empty: stays "Belum siap".
    MostlyEmpty,
    /// No result known, or too little published to hold it to one: shown, not held.
    Shown,
}

impl Outcome {
    /// The band ids the estimate may fall in.
    pub fn allowed_bands(self) -> &'static [&'static str] {
        match self {
            Outcome::ProvincialWinner => &["siap_bersaing", "kandidat_kuat"],
            Outcome::NationalWinner => &["kandidat_kuat"],
            Outcome::MostlyEmpty => &["belum_siap"],
            Outcome::Shown => &[],
        }
    }
}

/// One input of a case.
#[derive(Clone, Copy, Debug)]
pub enum Input {
    Figure(Field, &'static str),
    Regulation(RegulationLevel),
    Check(Item),
    Attends(Attendance),
    RevenueShare(RevenueShare),
}

#[derive(Debug)]
pub struct Case {
    pub name: &'static str,
    pub result: T,
    pub outcome: Outcome,
    pub category: Category,
    pub year: &'static str,
    /// Inputs as published, each with its address.
    pub published: &'static [(Input, &'static str)],
    /// Inputs not published as such, with why the value is taken.
    pub assumed: &'static [(Input, T)],
    /// Criteria with nothing published: left out of the case's score.
    pub unpublished: &'static [&'static str],
    /// What else a reader of the table should know (a figure published but not usable).
    pub note: Option<T>,
}

/// Below this share of the weight resting on published or assumed inputs, a case's score
/// says little (the few known criteria are renormalised to 100): it gets no band.
pub const MIN_KNOWN_WEIGHT: Decimal = Decimal::from_parts(50, 0, 0, false, 0);

impl Case {
    pub fn assessment(&self, version: Version) -> Assessment {
        let mut a = Assessment::new(self.category);
        a.version = version;
        a.entry.name = self.name.to_string();
        a.entry.year = self.year.to_string();
        let inputs = self.published.iter().map(|p| p.0).chain(self.assumed.iter().map(|p| p.0));
        for input in inputs {
            match input {
                Input::Figure(f, text) => {
                    a.entry.fields.insert(f, text.to_string());
                }
                Input::Regulation(level) => a.entry.regulation = level,
                Input::Check(item) => {
                    a.entry.checked.insert(item);
                }
                Input::Attends(who) => a.entry.attendance = who,
                Input::RevenueShare(share) => a.entry.revenue_share = share,
            }
        }
        a.not_applicable.extend(self.unpublished.iter().map(|id| id.to_string()));
        a
    }
}

const KETAPANG_MEDIA: &str = "ketapangmedia.com, 31 Jul 2025";
const MENITNEWS: &str = "menitnews.id, 24 Sep 2025";
const PADANG_PANJANG: &str = "infopublik.id/kategori/nusantara/872572; posmetropadang.co.id/metro-sumbar/376313";
const PADANG_PANJANG_2024: &str = "sumbar.antaranews.com 699665";
const KUKAR: &str = "kaltimkita.com (Kutai Kartanegara 2022)";
const JEMBER: &str = "surabaya.tribunnews.com, 21 Jun 2022; halopos.id";
const PALANGKA_RAYA: &str = "kalteng.antaranews.com 623583";
const PADANG_PANJANG_2023: &str = "halonusa.id 196042 (8.300 pekerja pada 2023)";
const PADANG_PANJANG_2025: &str = "sumbar.antaranews.com/berita/699665 (wawancara 31 Jul 2025)";
const RUANG_ANTIHOAX: &str = "ruangantihoax.id/padang-panjang-raih-nominasi-paritrana-2024-untuk-perlindungan-pekerja";
const JEMBER_2025: &str = "halopos.id 2025; detik.com/jatim d-8274125";
const KUTIM: &str = "katakaltim.com (Kutai Timur, Paritrana 2025); kaltimexpose.com/?p=11730";
const MALUKU_2025: &str = "balobe.com 2025/07/22; ambon.tribunnews.com 2025/07/01";

const LEADER_REQUIRED: T = T::new(
    "kehadiran kepala daerah diwajibkan pada wawancara (suara.com, 4 Mei 2024)",
    "the regional head is required at the interview (suara.com, 4 May 2024)",
);
const TARGET_AS_FUNDED: T = T::new(
    "sasaran pekerja rentan tidak terbit; diambil sama dengan jumlah yang didanai",
    "the vulnerable-worker goal is not published; taken as the number funded",
);

const NON_ASN_AS_SHARE: T = T::new(
    "terbit \u{201c}100% non-ASN terlindungi\u{201d}, tanpa jumlah orang",
    "published as \u{201c}100% of non-ASN staff covered\u{201d}, without a headcount",
);

/// Padang Panjang's assumptions, the same in both of its years.
const CITY_TARGET: (Input, T) = (
    Input::Figure(Field::CoverageTarget, "80"),
    T::new(
        "target daerah tidak terbit; 80% diambil sebagai target kota yang tinggi",
        "the regional target is not published; 80% taken as a high city target",
    ),
);
const NON_ASN_TOTAL: (Input, T) = (Input::Figure(Field::NonAsnTotal, "100"), NON_ASN_AS_SHARE);
const NON_ASN_COVERED: (Input, T) = (Input::Figure(Field::NonAsnCovered, "100"), NON_ASN_AS_SHARE);

/// Ketapang 2025: the case the issue started from.
const KETAPANG: Case = Case {
    name: "Kabupaten Ketapang",
    result: T::new("Juara 1 Kalimantan Barat 2025", "1st place, Kalimantan Barat 2025"),
    outcome: Outcome::ProvincialWinner,
    category: Category::Kabkota,
    year: "2024",
    published: &[
        (Input::Figure(Field::ActiveParticipants, "122.318"), KETAPANG_MEDIA),
        (Input::Figure(Field::CoveragePrevious, "55,69"), KETAPANG_MEDIA),
        (Input::Figure(Field::BudgetCurrent, "4,3 miliar"), MENITNEWS),
        (Input::Figure(Field::VulnerableCovered, "34.400"), MENITNEWS),
        (Input::Regulation(RegulationLevel::PeraturanKepala), KETAPANG_MEDIA),
        (Input::Check(Item::CooperationAgreement), MENITNEWS),
        (Input::Check(Item::CollaborationScheme), MENITNEWS),
    ],
    assumed: &[
        (
            Input::Figure(Field::Employed, "179.826"),
            T::new("peserta ÷ cakupan 68,02% yang terbit", "participants ÷ the published 68,02% coverage"),
        ),
        (
            Input::Figure(Field::BudgetPrevious, "1.950.024.943"),
            T::new("dari kenaikan 120,51% yang terbit", "from the published 120,51% increase"),
        ),
        (
            Input::Figure(Field::CoverageTarget, "60"),
            T::new(
                "target daerah tidak terbit; 60% seperti target daerah 2025 yang terlihat (52,69–68%)",
                "the regional target is not published; 60% like the 2025 regional targets seen (52,69–68%)",
            ),
        ),
        (Input::Figure(Field::VulnerableTarget, "34.400"), TARGET_AS_FUNDED),
        (Input::Attends(Attendance::Head), LEADER_REQUIRED),
    ],
    unpublished: &[
        "regulasi.muatan",
        "cakupan.non_asn",
        "cakupan.sosial",
        "cakupan.validasi_data",
        "wawancara.kesiapan",
    ],
    note: None,
};

/// The 2024 award (provincial winner) assessed 2023: the 2023 figures.
const PADANG_PANJANG_2023_CASE: Case = Case {
    name: "Kota Padang Panjang 2023",
    result: T::new("Juara provinsi Sumatera Barat 2024 (data 2023)", "Provincial winner, Sumatera Barat 2024 (2023 data)"),
    outcome: Outcome::ProvincialWinner,
    category: Category::Kabkota,
    year: "2023",
    published: &[
        (Input::Figure(Field::BudgetCurrent, "740.174.000"), PADANG_PANJANG),
        (Input::Figure(Field::VulnerableCovered, "8.300"), PADANG_PANJANG_2023),
        (Input::Figure(Field::SocialWorkersCovered, "1.260"), RUANG_ANTIHOAX),
        (Input::Regulation(RegulationLevel::PeraturanKepala), PADANG_PANJANG),
    ],
    assumed: &[
        (
            Input::Figure(Field::Employed, "10.000"),
            T::new(
                "cakupan 96,52% (Desember 2023) terbit tanpa jumlah orang: ditulis 9.652 dari 10.000",
                "coverage of 96,52% (December 2023) published without headcounts: written as 9.652 of 10.000",
            ),
        ),
        (
            Input::Figure(Field::ActiveParticipants, "9.652"),
            T::new("96,52% dari 10.000, lihat di atas", "96,52% of 10.000, see above"),
        ),
        NON_ASN_TOTAL,
        NON_ASN_COVERED,
        CITY_TARGET,
        (Input::Figure(Field::VulnerableTarget, "8.300"), TARGET_AS_FUNDED),
        (Input::Attends(Attendance::Head), LEADER_REQUIRED),
    ],
    unpublished: &[
        "regulasi.muatan",
        "cakupan.pertumbuhan",
        "cakupan.sosial",
        "cakupan.validasi_data",
        "inisiatif.pertumbuhan_anggaran",
        "inisiatif.inovasi",
        "wawancara.kesiapan",
    ],
    note: Some(T::new(
        "1.260 pekerja sosial-keagamaan terdaftar terbit tanpa jumlah seluruhnya, jadi kriterianya tidak dinilai.",
        "1.260 social and religious workers registered were published without their total, so that criterion is not scored.",
    )),
};

/// The 2025 round assessed 2024: the deputy mayor attended; no first place is confirmed.
const PADANG_PANJANG_2024_CASE: Case = Case {
    name: "Kota Padang Panjang 2024",
    result: T::new(
        "Kandidat Sumatera Barat 2025 (data 2024); juara 1 tidak terkonfirmasi",
        "Sumatera Barat candidate 2025 (2024 data); no first place confirmed",
    ),
    outcome: Outcome::Shown,
    category: Category::Kabkota,
    year: "2024",
    published: &[
        (Input::Figure(Field::Employed, "19.654"), PADANG_PANJANG_2024),
        (Input::Figure(Field::ActiveParticipants, "15.386"), PADANG_PANJANG_2024),
        (Input::Figure(Field::BudgetPrevious, "740.174.000"), PADANG_PANJANG),
        (Input::Figure(Field::BudgetCurrent, "1.457.000.000"), PADANG_PANJANG),
        (Input::Regulation(RegulationLevel::PeraturanKepala), PADANG_PANJANG),
        (Input::Attends(Attendance::Deputy), PADANG_PANJANG_2025),
    ],
    assumed: &[
        NON_ASN_TOTAL,
        NON_ASN_COVERED,
        CITY_TARGET,
        (
            Input::Figure(Field::VulnerableTarget, "8.300"),
            T::new(
                "sasaran 2024 tidak terbit; diambil 8.300 yang didanai pada 2023 (halonusa.id 196042)",
                "the 2024 goal is not published; taken as the 8.300 funded in 2023 (halonusa.id 196042)",
            ),
        ),
    ],
    // 96,52% for 2023 is on another basis than 78,28% for 2024: no growth can be read.
    unpublished: &[
        "regulasi.muatan",
        "cakupan.pertumbuhan",
        "cakupan.rentan",
        "cakupan.sosial",
        "cakupan.validasi_data",
        "inisiatif.inovasi",
        "wawancara.kesiapan",
    ],
    note: Some(T::new(
        "8.300 pekerja rentan adalah angka 2023; jumlah 2024 tidak terbit, jadi kriteria pekerja rentan terlindungi tidak dinilai.",
        "The 8.300 vulnerable workers are a 2023 figure; the 2024 number is not published, so the vulnerable-workers criterion is not scored.",
    )),
};

/// Registered participants above the estimate of the employed: full coverage from 2026.2.
const KUTAI_TIMUR: Case = Case {
    name: "Kabupaten Kutai Timur",
    result: T::new("Juara 2 Kalimantan Timur 2025 (data 2024)", "2nd place, Kalimantan Timur 2025 (2024 data)"),
    outcome: Outcome::Shown,
    category: Category::Kabkota,
    year: "2024",
    published: &[
        (Input::Figure(Field::Employed, "130.777"), KUTIM),
        (Input::Figure(Field::ActiveParticipants, "146.602"), KUTIM),
        (Input::Regulation(RegulationLevel::PeraturanDaerah), KUTIM),
        (Input::Check(Item::AdHocAndBumdWorkers), KUTIM),
        (Input::Check(Item::CollaborationScheme), KUTIM),
        (Input::Check(Item::ComplianceTeam), KUTIM),
        (Input::Attends(Attendance::Head), KUTIM),
    ],
    assumed: &[(
        Input::Figure(Field::CoverageTarget, "60"),
        T::new(
            "target daerah tidak terbit; 60% seperti target daerah 2025 yang terlihat (52,69–68%)",
            "the regional target is not published; 60% like the 2025 regional targets seen (52,69–68%)",
        ),
    )],
    unpublished: &[
        "regulasi.muatan",
        "cakupan.pertumbuhan",
        "cakupan.rentan",
        "cakupan.non_asn",
        "cakupan.sosial",
        "cakupan.validasi_data",
        "inisiatif.anggaran",
        "inisiatif.pertumbuhan_anggaran",
        "wawancara.kesiapan",
    ],
    note: Some(T::new(
        "Peserta informal 77.074 dari perkiraan 51.086 pekerja informal (sekitar 150%) dan formal 69.528 dari 79.691: peserta melebihi penduduk bekerja. Rubrik 2026.1 menolak angka ini; 2026.2 membacanya sebagai cakupan penuh.",
        "Informal participants 77.074 of an estimated 51.086 informal workers (about 150%) and formal 69.528 of 79.691: participants exceed the employed. Rubric 2026.1 refuses the figure; 2026.2 reads it as full coverage.",
    )),
};

const KUTAI_KARTANEGARA: Case = Case {
    name: "Kabupaten Kutai Kartanegara",
    result: T::new("Kandidat 2022, hasil tidak terbit", "2022 candidate, result not published"),
    outcome: Outcome::Shown,
    category: Category::Kabkota,
    year: "2022",
    published: &[
        (Input::Figure(Field::BudgetCurrent, "7,7 miliar"), KUKAR),
        (Input::Figure(Field::VulnerableCovered, "46.073"), KUKAR),
    ],
    assumed: &[(Input::Figure(Field::VulnerableTarget, "46.073"), TARGET_AS_FUNDED)],
    unpublished: &[
        "regulasi.instrumen",
        "regulasi.muatan",
        "cakupan.ucj",
        "cakupan.pertumbuhan",
        "cakupan.non_asn",
        "cakupan.sosial",
        "cakupan.validasi_data",
        "inisiatif.pertumbuhan_anggaran",
        "inisiatif.inovasi",
        "wawancara.kehadiran",
        "wawancara.kesiapan",
    ],
    note: Some(T::new(
        "46.073 orang: 35.440 pekerja rentan dan 10.633 non-ASN (termasuk 1.085 perangkat desa, 871 anggota BPD, 3.108 ketua RT); Rp7,7 miliar cukup untuk 38.194 setahun penuh.",
        "46.073 people: 35.440 vulnerable workers and 10.633 non-civil-servant staff (1.085 village officials, 871 council members, 3.108 neighbourhood heads among them); Rp7,7 miliar pays 38.194 of them for a full year.",
    )),
};

/// 2025: the DBHCHT-funded workers are part of those the APBD pays.
const JEMBER_CASE: Case = Case {
    name: "Kabupaten Jember",
    result: T::new(
        "Pemenang nasional 2017 dan 2021; hasil 2025 tidak terbit",
        "National winner, 2017 and 2021; 2025 result not published",
    ),
    outcome: Outcome::Shown,
    category: Category::Kabkota,
    year: "2025",
    published: &[
        (Input::Figure(Field::VulnerableCovered, "82.093"), JEMBER_2025),
        (Input::Figure(Field::CoveragePrevious, "21"), JEMBER_2025),
        (Input::RevenueShare(RevenueShare::InBudget), JEMBER_2025),
        (Input::Check(Item::CollaborationScheme), JEMBER),
        (Input::Check(Item::DtsenTargeting), JEMBER_2025),
    ],
    assumed: &[
        (
            Input::Figure(Field::BudgetCurrent, "16.549.948.800"),
            T::new(
                "82.093 pekerja × Rp16.800 × 12 bulan, seperti yang terbit per bulan",
                "82.093 workers × Rp16.800 × 12 months, as published per month",
            ),
        ),
        (
            Input::Figure(Field::FundingRevenueShare, "8.124.480.000"),
            T::new(
                "40.300 pekerja skema DBHCHT × Rp16.800 × 12 bulan, bagian dari APBD di atas",
                "40.300 workers of the DBHCHT scheme × Rp16.800 × 12 months, part of the budget above",
            ),
        ),
        (
            Input::Figure(Field::Employed, "100.000"),
            T::new(
                "cakupan 25% terbit tanpa jumlah orang: ditulis 25.000 dari 100.000",
                "coverage of 25% published without headcounts: written as 25.000 of 100.000",
            ),
        ),
        (
            Input::Figure(Field::ActiveParticipants, "25.000"),
            T::new("25% dari 100.000, lihat di atas", "25% of 100.000, see above"),
        ),
        (Input::Figure(Field::VulnerableTarget, "82.093"), TARGET_AS_FUNDED),
        (Input::Attends(Attendance::Head), LEADER_REQUIRED),
    ],
    unpublished: &[
        "regulasi.instrumen",
        "regulasi.muatan",
        "cakupan.ucj",
        "cakupan.non_asn",
        "cakupan.sosial",
        "cakupan.validasi_data",
        "inisiatif.pertumbuhan_anggaran",
        "wawancara.kesiapan",
    ],
    note: Some(T::new(
        "Sebelumnya kasus ini mencampur angka 2022 (67.362 pekerja) dengan skema DBHCHT 2025 yang ditambahkan di luar APBD; kini semuanya angka 2025 dan DBHCHT dihitung sekali.",
        "This case used to mix 2022 figures (67.362 workers) with the 2025 DBHCHT scheme added beyond the budget; now every figure is from 2025 and DBHCHT counts once.",
    )),
};

const PALANGKA_RAYA_CASE: Case = Case {
    name: "Kota Palangka Raya",
    result: T::new("Kandidat 2022–2023, hasil tidak terbit", "2022–2023 candidate, result not published"),
    outcome: Outcome::Shown,
    category: Category::Kabkota,
    year: "2022",
    published: &[
        (Input::Figure(Field::VulnerableCovered, "1.666"), PALANGKA_RAYA),
    ],
    assumed: &[(Input::Figure(Field::VulnerableTarget, "1.666"), TARGET_AS_FUNDED)],
    unpublished: &[
        "regulasi.instrumen",
        "regulasi.muatan",
        "cakupan.ucj",
        "cakupan.pertumbuhan",
        "cakupan.non_asn",
        "cakupan.sosial",
        "cakupan.validasi_data",
        "inisiatif.anggaran",
        "inisiatif.pertumbuhan_anggaran",
        "inisiatif.inovasi",
        "wawancara.kehadiran",
        "wawancara.kesiapan",
    ],
    note: Some(T::new(
        "32.154 peserta (21.665 PU, 10.489 BPU) terbit tanpa jumlah penduduk bekerja, jadi cakupan tidak bisa dihitung.",
        "32.154 participants (21.665 wage earners, 10.489 non-wage earners) were published without the number of employed people, so coverage cannot be computed.",
    )),
};

const MALUKU_BARAT_DAYA: Case = Case {
    name: "Kabupaten Maluku Barat Daya",
    result: T::new(
        "Juara 1 Maluku, 30 Juni 2025 (penilaian Januari–Desember 2024)",
        "1st place, Maluku, 30 June 2025 (assessed January–December 2024)",
    ),
    outcome: Outcome::Shown,
    category: Category::Kabkota,
    year: "2024",
    published: &[
        (Input::Figure(Field::VulnerableCovered, "11.693"), MALUKU_2025),
        (Input::Check(Item::AdHocAndBumdWorkers), MALUKU_2025),
    ],
    assumed: &[(Input::Figure(Field::VulnerableTarget, "11.693"), TARGET_AS_FUNDED)],
    unpublished: &[
        "regulasi.instrumen",
        "regulasi.muatan",
        "cakupan.ucj",
        "cakupan.pertumbuhan",
        "cakupan.non_asn",
        "cakupan.sosial",
        "cakupan.validasi_data",
        "inisiatif.anggaran",
        "inisiatif.pertumbuhan_anggaran",
        "wawancara.kehadiran",
        "wawancara.kesiapan",
    ],
    note: Some(T::new(
        "11.693 pekerja didanai (petani, nelayan, pekerja harian, petugas pemilu, perangkat desa, non-ASN); cakupan dan anggaran tidak terbit.",
        "11.693 workers funded (farmers, fishers, day workers, election workers, village officials, non-civil-servant staff); coverage and budget not published.",
    )),
};

const NATIONAL_PROFILE: T = T::new(
    "profil pemenang nasional (Perda, program dalam RKPD dan APBD, cakupan di atas 90% target, anggaran menanggung 96% pekerja rentan dan naik, sasaran dari DTSEN, semua kesiapan), bukan satu daerah",
    "the profile of a national winner (a Perda, the programme in the annual plan and budget, coverage above 90% of target, a budget covering 96% of its vulnerable workers and growing, targets from DTSEN, every readiness item), not one region",
);

/// The profile of a national winner: a built case, every input assumed on purpose.
const NATIONAL_WINNER: Case = Case {
    name: "Profil pemenang nasional",
    result: T::new("Profil pemenang nasional", "Profile of a national winner"),
    outcome: Outcome::NationalWinner,
    category: Category::Kabkota,
    year: "2025",
    published: &[],
    assumed: &[
        (Input::Regulation(RegulationLevel::PeraturanDaerah), NATIONAL_PROFILE),
        (Input::Check(Item::RequiresBudget), NATIONAL_PROFILE),
        (Input::Check(Item::PublicServiceCondition), NATIONAL_PROFILE),
        (Input::Figure(Field::Employed, "100.000"), NATIONAL_PROFILE),
        (Input::Figure(Field::ActiveParticipants, "55.200"), NATIONAL_PROFILE),
        (Input::Figure(Field::CoverageTarget, "60"), NATIONAL_PROFILE),
        (Input::Figure(Field::CoveragePrevious, "52,2"), NATIONAL_PROFILE),
        (Input::Figure(Field::VulnerableTarget, "10.000"), NATIONAL_PROFILE),
        (Input::Figure(Field::VulnerableCovered, "9.600"), NATIONAL_PROFILE),
        (Input::Figure(Field::BudgetPrevious, "1.700.000.000"), NATIONAL_PROFILE),
        (Input::Figure(Field::BudgetCurrent, "1.935.360.000"), NATIONAL_PROFILE),
        (Input::Figure(Field::NonAsnTotal, "2.000"), NATIONAL_PROFILE),
        (Input::Figure(Field::NonAsnCovered, "2.000"), NATIONAL_PROFILE),
        (Input::Figure(Field::SocialWorkersTotal, "3.000"), NATIONAL_PROFILE),
        (Input::Figure(Field::SocialWorkersCovered, "2.700"), NATIONAL_PROFILE),
        (Input::Check(Item::DataVerified), NATIONAL_PROFILE),
        (Input::Check(Item::CollaborationScheme), NATIONAL_PROFILE),
        (Input::Check(Item::CooperationAgreement), NATIONAL_PROFILE),
        (Input::Check(Item::MobileRegistration), NATIONAL_PROFILE),
        (Input::Check(Item::OutreachProgramme), NATIONAL_PROFILE),
        (Input::Check(Item::DocumentsReady), NATIONAL_PROFILE),
        (Input::Check(Item::PresentationReady), NATIONAL_PROFILE),
        (Input::Check(Item::FollowUpDone), NATIONAL_PROFILE),
        (Input::Check(Item::PlannedInBudget), NATIONAL_PROFILE),
        (Input::Check(Item::DtsenTargeting), NATIONAL_PROFILE),
        (Input::Check(Item::AdministrativeOrder), NATIONAL_PROFILE),
        (Input::Attends(Attendance::Head), NATIONAL_PROFILE),
    ],
    unpublished: &[],
    note: None,
};

const MOSTLY_EMPTY_WHY: T = T::new(
    "kandidat yang baru mengisi sedikit: yang lain dibiarkan kosong, bukan ditandai tidak berlaku",
    "a candidate who has filled in little: the rest is left empty, not marked not applicable",
);

const MOSTLY_EMPTY: Case = Case {
    name: "Isian sebagian besar kosong",
    result: T::new("Kandidat dengan data minim", "A candidate with little data"),
    outcome: Outcome::MostlyEmpty,
    category: Category::Kabkota,
    year: "2025",
    published: &[],
    assumed: &[
        (Input::Regulation(RegulationLevel::SuratEdaran), MOSTLY_EMPTY_WHY),
        (Input::Figure(Field::Employed, "250.000"), MOSTLY_EMPTY_WHY),
        (Input::Figure(Field::ActiveParticipants, "80.000"), MOSTLY_EMPTY_WHY),
        (Input::Figure(Field::CoverageTarget, "45"), MOSTLY_EMPTY_WHY),
    ],
    unpublished: &[],
    note: None,
};

/// Every case, in the order the method page shows them.
pub const CASES: &[Case] = &[
    KETAPANG,
    PADANG_PANJANG_2023_CASE,
    PADANG_PANJANG_2024_CASE,
    KUTAI_TIMUR,
    JEMBER_CASE,
    KUTAI_KARTANEGARA,
    PALANGKA_RAYA_CASE,
    MALUKU_BARAT_DAYA,
    NATIONAL_WINNER,
    MOSTLY_EMPTY,
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::evaluation::validation::check;

    #[test]
    fn every_case_reads_cleanly_and_names_real_criteria() {
        for case in CASES {
            let a = case.assessment(Version::CURRENT);
            let checked = check(&a);
            assert!(checked.issues.is_empty(), "{}: {:?}", case.name, checked.issues);
            for id in case.unpublished {
                assert!(a.rubric().criterion(id).is_some(), "{}: {id}", case.name);
            }
            assert!(
                case.published.iter().all(|p| !p.1.is_empty()),
                "{}: every published input has its address",
                case.name
            );
        }
    }

    /// The sub-score of a criterion of a case under a version, if it was scored.
    fn sub(case: &Case, version: Version, id: &str) -> Option<Decimal> {
        let a = case.assessment(version);
        let s = crate::core::evaluation::score(&a, &check(&a));
        let c = s.criterion(id).expect("criterion");
        (c.status == crate::core::rubric::measure::Status::Scored).then_some(c.sub)
    }

    fn case(name: &str) -> &'static Case {
        CASES.iter().find(|c| c.name == name).expect("case")
    }

    #[test]
    fn what_2026_2_reads_differently_shows_in_the_cases() {
        // Kutai Timur: 146.602 participants of 130.777 employed refused, then full coverage.
        let kutim = case("Kabupaten Kutai Timur");
        assert_eq!(sub(kutim, Version::V2026_1, "cakupan.ucj"), None);
        assert_eq!(sub(kutim, Version::V2026_2, "cakupan.ucj"), Some(Decimal::ONE));
        // Padang Panjang 2024: the deputy mayor attended; nothing under 2026.1, 0,6 now.
        let deputy = case("Kota Padang Panjang 2024");
        assert_eq!(sub(deputy, Version::V2026_1, "wawancara.kehadiran"), Some(Decimal::ZERO));
        assert_eq!(sub(deputy, Version::V2026_2, "wawancara.kehadiran"), Some(Decimal::new(6, 1)));
        // Jember 2025: DBHCHT inside the APBD line counts once: 82.093 worker-years, not 122.393.
        let jember = case("Kabupaten Jember");
        assert_eq!(sub(jember, Version::V2026_2, "inisiatif.anggaran"), Some(Decimal::ONE));
        let a = jember.assessment(Version::V2026_2);
        let c = check(&a);
        let funding = crate::core::rubric::measure::Funding::of(&crate::core::rubric::measure::Reader::new(&a, &c));
        assert_eq!(funding.map(|f| f.worker_years), Some(Decimal::from(82093)));
        let a = jember.assessment(Version::V2026_1);
        let c = check(&a);
        let funding = crate::core::rubric::measure::Funding::of(&crate::core::rubric::measure::Reader::new(&a, &c));
        assert_eq!(funding.map(|f| f.worker_years), Some(Decimal::from(122393)));
    }

    #[test]
    fn outcomes_land_in_their_bands_under_the_current_rubric() {
        for case in CASES {
            let e = case.estimate(Version::CURRENT);
            let allowed = case.outcome.allowed_bands();
            assert!(allowed.is_empty() || e.placed(), "{}: a held case must rest on enough", case.name);
            assert!(
                allowed.is_empty() || allowed.contains(&e.band_id),
                "{}: {} ({}) not in {allowed:?}",
                case.name,
                e.total,
                e.band_id
            );
        }
    }
}
