//! Rubric 2025.1. The weights are the project's estimate; the reasoning for each sits
//! next to it (`why_weight`, and `rationale` per category). It is frozen: what was saved
//! under it can be scored under it again. Its criteria are reused by later versions.

use rust_decimal::Decimal;
use rust_decimal_macros::dec;

use super::{Band, Cap, CategoryRubric, Criterion, Pillar, Reading, Rubric};
use crate::core::base::text::{MethodOnly, T};
use crate::core::model::assessment::Version;
use crate::core::model::category::Category;
use crate::core::model::inputs::{Field, Item};
use crate::core::rubric::measure::{CapRule, Checklist, Measure, Rule, Share};

/// Surat Edaran < Instruksi < Perkada < Perda: a Perda binds everyone and outlives the head.
pub(super) const REGULATION_LADDER: &[Decimal] = &[dec!(0), dec!(0.25), dec!(0.4), dec!(0.7), dec!(1)];
/// A falling budget scores nothing, a kept one half, growth of 10% or more full marks.
pub(super) const GROWTH_BANDS: &[(Decimal, Decimal)] =
    &[(dec!(0), dec!(0.5)), (dec!(5), dec!(0.75)), (dec!(10), dec!(1))];

pub(super) const GOV_REGULATION_CONTENT: &[Item] =
    &[Item::PermitCondition, Item::ProcurementCondition, Item::PublicServiceCondition, Item::RequiresBudget];
pub(super) const VILLAGE_REGULATION_CONTENT: &[Item] =
    &[Item::RequiresVillageOfficials, Item::RequiresBudget, Item::PublicServiceCondition];
pub(super) const GOV_INITIATIVES: &[Item] = &[
    Item::CollaborationScheme,
    Item::MobileRegistration,
    Item::DataIntegration,
    Item::OutreachProgramme,
    Item::AdHocAndBumdWorkers,
];
pub(super) const VILLAGE_INITIATIVES: &[Item] =
    &[Item::CollaborationScheme, Item::MobileRegistration, Item::OutreachProgramme];
pub(super) const BUSINESS_PRACTICES: &[Item] = &[
    Item::RegisterBeforeStart,
    Item::ExtraBenefits,
    Item::WorkerEducation,
    Item::PayrollIntegration,
    Item::EncouragePartners,
];
pub(super) const PUBLIC_SERVICE_PRACTICES: &[Item] = &[
    Item::RegisterBeforeStart,
    Item::ExtraBenefits,
    Item::WorkerEducation,
    Item::PayrollIntegration,
    Item::EncouragePartners,
    Item::ServiceCondition,
];
pub(super) const SMALL_BUSINESS_PRACTICES: &[Item] =
    &[Item::RegisterBeforeStart, Item::WorkerEducation, Item::EncouragePartners];
pub(super) const READINESS: &[Item] =
    &[Item::DocumentsReady, Item::DataVerified, Item::PresentationReady, Item::FollowUpDone];

pub(super) const SRC_STATEMENTS: T = T::new(
    "Pernyataan panitia Paritrana (Kemenko PMK, BPJS Ketenagakerjaan) 2017–2025",
    "Statements of the Paritrana committee (Kemenko PMK, BPJS Ketenagakerjaan) 2017–2025",
);
pub(super) const SRC_INPRES: T = T::new(
    "Inpres 2/2021 tentang Optimalisasi Pelaksanaan Program Jamsostek",
    "Inpres 2/2021 on optimising the implementation of the Jamsostek programme",
);
pub(super) const SRC_UCJ: T = T::new(
    "Definisi Universal Coverage Jamsostek (BPJS Ketenagakerjaan); target daerah (RPJMD/Kemendagri)",
    "Definition of Universal Coverage Jamsostek (BPJS Ketenagakerjaan); regional targets (RPJMD/Kemendagri)",
);
pub(super) const SRC_PACKAGE: T = T::new(
    "Paket iuran BPU Rp16.800/bulan (JKK 1% dari Rp1.000.000 + JKM Rp6.800)",
    "BPU contribution package of Rp16.800 a month (JKK 1% of Rp1.000.000 + JKM Rp6.800)",
);
pub(super) const SRC_PDS: T = T::new(
    "UU 24/2011 Pasal 15 dan 19; PP 86/2013; kategori PDS BPJS Ketenagakerjaan",
    "UU 24/2011 Articles 15 and 19; PP 86/2013; the PDS categories of BPJS Ketenagakerjaan",
);
pub(super) const SRC_PERPRES: T = T::new("Perpres 109/2013 Pasal 6(3)", "Perpres 109/2013 Article 6(3)");
pub(super) const SRC_INTERVIEW: T = T::new(
    "Tahap wawancara Paritrana; kehadiran langsung pimpinan disebut dalam pernyataan panitia",
    "The Paritrana interview stage; the leader attending in person is named in the committee's statements",
);

/// `regulasi.instrumen` → `regulasi`: a criterion's id starts with its pillar's.
pub(super) const fn pillar_of(id: &'static str) -> &'static str {
    let bytes = id.as_bytes();
    let mut i = 0;
    while i < bytes.len() && bytes[i] != b'.' {
        i += 1;
    }
    id.split_at(i).0
}

/// The parts a criterion shares across categories; the weight is the category's.
pub(super) struct Def {
    pub(super) id: &'static str,
    pub(super) pillar: &'static str,
    pub(super) measure: Measure,
    pub(super) rule: Rule,
    pub(super) title: T,
    pub(super) explanation: T,
    pub(super) why_weight: T,
    pub(super) source: T,
    pub(super) self_rated: bool,
}

impl Def {
    /// A criterion of a frozen version. The app only scores it (an old total beside the new
    /// one) and never shows it: every assessment opens under the current rubric. So in the
    /// WebAssembly its words are left out (those it shares with the current rubric stay, as
    /// the current rubric's); the method pages and the tests, built natively, keep them all.
    pub(super) const fn frozen(self, weight: Decimal) -> Criterion {
        #[allow(unused_mut)]
        let mut c = self.weighted(weight);
        #[cfg(target_arch = "wasm32")]
        {
            c.title = T::new("", "");
            c.explanation = T::new("", "");
        }
        c
    }

    pub(super) const fn weighted(self, weight: Decimal) -> Criterion {
        Criterion {
            id: self.id,
            pillar: self.pillar,
            weight,
            measure: self.measure,
            rule: self.rule,
            title: self.title,
            explanation: self.explanation,
            why_weight: MethodOnly::new(self.why_weight),
            source: MethodOnly::new(self.source),
            self_rated: self.self_rated,
        }
    }
}

pub(super) const fn regulation_level() -> Def {
    Def {
        id: "regulasi.instrumen",
        pillar: "regulasi",
        measure: Measure::Regulation,
        rule: Rule::Ladder(REGULATION_LADDER),
        title: T::new("Produk hukum jaminan sosial ketenagakerjaan", "Legal instrument on employment social security"),
        explanation: T::new(
            "Produk hukum tertinggi yang berlaku: Perda > Perkada > Instruksi > Surat Edaran. Perda mengikat semua pihak dan tidak berakhir dengan masa jabatan kepala daerah.",
            "The strongest instrument in force: regional regulation > head's regulation > instruction > circular. A Perda binds everyone and outlives the head's term.",
        ),
        why_weight: T::new(
            "Regulasi disebut pertama dalam setiap edisi dan Inpres 2/2021 mewajibkannya; satu pernyataan provinsi 2024 menyebut Perda sebagai nilai tertinggi.",
            "Regulation is named first in every edition and Inpres 2/2021 requires it; a 2024 provincial statement called a Perda the highest point.",
        ),
        source: SRC_INPRES,
        self_rated: false,
    }
}

pub(super) const fn regulation_content(items: &'static [Item]) -> Def {
    Def {
        id: "regulasi.muatan",
        pillar: "regulasi",
        measure: Measure::Checklist(Checklist(items)),
        rule: Rule::Checklist,
        title: T::new("Isi regulasi: mewajibkan dan mendanai", "What the regulation requires and funds"),
        explanation: T::new(
            "Regulasi yang menjadikan kepesertaan syarat perizinan, pengadaan atau layanan publik, dan yang mewajibkan anggaran, berdampak nyata pada cakupan.",
            "A regulation that makes participation a condition for permits, procurement or public services, and that requires a budget, changes coverage in practice.",
        ),
        why_weight: T::new(
            "Panitia menekankan regulasi yang mewajibkan kepesertaan, bukan sekadar ada.",
            "The panels stress regulations that require participation, not merely exist.",
        ),
        source: SRC_STATEMENTS,
        self_rated: false,
    }
}

pub(super) const fn coverage_to_target() -> Def {
    Def {
        id: "cakupan.ucj",
        pillar: "cakupan",
        measure: Measure::CoverageToTarget,
        rule: Rule::RatioToTarget,
        title: T::new("Cakupan kepesertaan terhadap target daerah", "Coverage against the region's target"),
        explanation: T::new(
            "Peserta aktif (PU + BPU + jasa konstruksi) dibagi penduduk bekerja, dibandingkan dengan target daerah sendiri. Nilai penuh bila target tercapai.",
            "Active participants (wage earners + non-wage earners + construction) divided by employed people, against the region's own target. Full marks when the target is met.",
        ),
        why_weight: T::new(
            "Cakupan adalah tujuan penghargaan (Universal Coverage Jamsostek) dan bobot tunggal terbesar; dibandingkan dengan target sendiri karena basis data tiap daerah berbeda.",
            "Coverage is the award's aim (Universal Coverage Jamsostek) and the largest single weight; compared with the region's own target because regions use different bases.",
        ),
        source: SRC_UCJ,
        self_rated: false,
    }
}

pub(super) const fn share(
    id: &'static str,
    part: Field,
    whole: Field,
    title: T,
    explanation: T,
    why_weight: T,
    source: T,
) -> Def {
    let pillar = pillar_of(id);
    Def {
        id,
        pillar,
        measure: Measure::Share(Share::new(part, whole)),
        rule: Rule::RatioToTarget,
        title,
        explanation,
        why_weight,
        source,
        self_rated: false,
    }
}

pub(super) const fn non_asn() -> Def {
    share(
        "cakupan.non_asn",
        Field::NonAsnCovered,
        Field::NonAsnTotal,
        T::new("Pegawai non-ASN terlindungi", "Non-civil-servant staff protected"),
        T::new(
            "Pemerintah daerah adalah pemberi kerja: pegawai non-ASN-nya harus terdaftar. Nilai penuh pada 100%.",
            "The regional government is an employer: its non-civil-servant staff must be registered. Full marks at 100%.",
        ),
        T::new(
            "Diwajibkan Inpres 2/2021 dan pedoman APBD Kemendagri; mudah diverifikasi, jadi panitia memeriksanya.",
            "Required by Inpres 2/2021 and the Home Affairs budget guidance; easy to verify, so panels check it.",
        ),
        SRC_INPRES,
    )
}

pub(super) const fn social_workers() -> Def {
    share(
        "cakupan.sosial",
        Field::SocialWorkersCovered,
        Field::SocialWorkersTotal,
        T::new("Pekerja sosial-keagamaan, RT/RW dan kader terlindungi", "Social and religious workers, neighbourhood heads and volunteers protected"),
        T::new(
            "Kelompok yang bekerja untuk masyarakat tanpa upah tetap; daerah yang dinilai baik menanggung iuran mereka.",
            "People who work for the community without a regular wage; well-rated regions pay their contributions.",
        ),
        T::new(
            "Disebut dalam pernyataan panitia dan contoh pemenang (misalnya 1.260 pekerja sosial-keagamaan di Padang Panjang).",
            "Named in panel statements and winners' examples (e.g. 1,260 social and religious workers in Padang Panjang).",
        ),
        SRC_STATEMENTS,
    )
}

pub(super) const fn village_officials() -> Def {
    share(
        "cakupan.perangkat_desa",
        Field::VillageOfficialsCovered,
        Field::VillageOfficialsTotal,
        T::new("Perangkat desa dan BPD terlindungi", "Village officials and council protected"),
        T::new(
            "Kepala desa, perangkat dan anggota BPD yang terdaftar. Nilai penuh pada 100%.",
            "Village head, officials and council members registered. Full marks at 100%.",
        ),
        T::new(
            "Kewajiban paling langsung sebuah desa sebagai pemberi kerja; bobot tertinggi bersama pekerja rentan.",
            "A village's most direct duty as an employer; weighted highest together with vulnerable workers.",
        ),
        SRC_INPRES,
    )
}

pub(super) const fn vulnerable_covered() -> Def {
    share(
        "cakupan.rentan",
        Field::VulnerableCovered,
        Field::VulnerableTarget,
        T::new("Pekerja rentan terlindungi terhadap sasaran", "Vulnerable workers protected against the goal"),
        T::new(
            "Pekerja rentan yang benar-benar terdaftar dengan iuran dari anggaran, dibandingkan dengan sasaran daerah.",
            "Vulnerable workers actually registered with contributions from the budget, against the region's goal.",
        ),
        T::new(
            "Pekerja rentan adalah fokus penghargaan; dihitung dari orang yang terdaftar, bukan hanya anggaran.",
            "Vulnerable workers are the award's focus; counted by people registered, not by budget alone.",
        ),
        SRC_STATEMENTS,
    )
}

pub(super) const fn budget_capacity() -> Def {
    Def {
        id: "inisiatif.anggaran",
        pillar: "inisiatif",
        measure: Measure::BudgetCapacity,
        rule: Rule::RatioToTarget,
        title: T::new("Anggaran iuran pekerja rentan cukup untuk sasaran", "Budget for vulnerable workers covers the goal"),
        explanation: T::new(
            "Berapa pekerja yang bisa ditanggung anggaran tahun dinilai dengan paket standar Rp201.600 per orang per tahun, dibandingkan dengan sasaran pekerja rentan.",
            "How many workers the assessed year's budget can pay the standard Rp201.600-a-year package for, against the vulnerable-worker goal.",
        ),
        why_weight: T::new(
            "Anggaran APBD adalah inisiatif yang paling sering disebut panitia dan diwajibkan Inpres 2/2021.",
            "A budget line is the initiative panels name most and Inpres 2/2021 requires.",
        ),
        source: SRC_PACKAGE,
        self_rated: false,
    }
}

pub(super) const fn budget_growth() -> Def {
    Def {
        id: "inisiatif.pertumbuhan_anggaran",
        pillar: "inisiatif",
        measure: Measure::BudgetGrowth,
        rule: Rule::Bands(GROWTH_BANDS),
        title: T::new("Anggaran naik dari tahun sebelumnya", "Budget grows from the previous year"),
        explanation: T::new(
            "Turun: 0. Tetap: separuh nilai. Naik 5%: tiga perempat. Naik 10% atau lebih: nilai penuh. Anggaran baru (tahun lalu nol) dihitung naik.",
            "Falling: 0. Kept: half. Up 5%: three quarters. Up 10% or more: full marks. A new budget (zero last year) counts as growth.",
        ),
        why_weight: T::new(
            "Komitmen berkelanjutan lebih dihargai daripada program sekali jalan, tetapi besarnya anggaran sudah dinilai di kriteria lain.",
            "Lasting commitment counts more than a one-off, but the size of the budget is already scored elsewhere.",
        ),
        source: SRC_STATEMENTS,
        self_rated: false,
    }
}

pub(super) const fn initiatives(items: &'static [Item]) -> Def {
    Def {
        id: "inisiatif.inovasi",
        pillar: "inisiatif",
        measure: Measure::Checklist(Checklist(items)),
        rule: Rule::Checklist,
        title: T::new("Inovasi dan kolaborasi", "Innovation and collaboration"),
        explanation: T::new(
            "Skema kolaborasi pendanaan, layanan jemput bola, integrasi data, sosialisasi terprogram dan perlindungan petugas ad hoc.",
            "Funding collaboration, outreach registration, data integration, planned outreach and protection of ad hoc workers.",
        ),
        why_weight: T::new(
            "Inovasi adalah pilar tetap sejak 2017; contoh pemenang (Pekanbaru \u{201c}bersama AMAN\u{201d}, unit keliling) menunjukkan yang dicari panitia.",
            "Innovation has been a pillar since 2017; winners' examples (Pekanbaru's donation scheme, mobile units) show what panels look for.",
        ),
        source: SRC_STATEMENTS,
        self_rated: false,
    }
}

pub(super) const fn leader_attends(id: &'static str) -> Def {
    Def {
        id,
        pillar: pillar_of(id),
        measure: Measure::LeaderAttends,
        rule: Rule::YesNo,
        title: T::new("Pimpinan hadir langsung saat wawancara", "The head attends the interview in person"),
        explanation: T::new(
            "Kepala daerah atau direktur utama hadir sendiri pada wawancara. Tidak bisa dihitung dari data: Anda yang menilai.",
            "The regional head or chief executive attends the interview in person. Cannot be computed: you rate it.",
        ),
        why_weight: T::new(
            "Panitia menyebut kehadiran langsung sebagai nilai tambah; bobotnya sedang karena hanya dinilai sendiri.",
            "Panels name attendance in person as a plus; a moderate weight because it is only self-rated.",
        ),
        source: SRC_INTERVIEW,
        self_rated: true,
    }
}

pub(super) const fn readiness(id: &'static str) -> Def {
    readiness_of(id, READINESS)
}

pub(super) const fn readiness_of(id: &'static str, items: &'static [Item]) -> Def {
    Def {
        id,
        pillar: pillar_of(id),
        measure: Measure::Checklist(Checklist(items)),
        rule: Rule::Checklist,
        title: T::new("Kesiapan verifikasi dan wawancara", "Readiness for verification and interview"),
        explanation: T::new(
            "Dokumen, data yang dicocokkan, paparan dan tindak lanjut. Penilaian panitia biasanya lebih rendah dari penilaian sendiri.",
            "Documents, reconciled data, presentation and follow-up. Panels usually score lower than candidates rate themselves.",
        ),
        why_weight: T::new(
            "Verifikasi dan wawancara menentukan di tingkat nasional, tetapi pemahaman tidak bisa diukur di sini; bobot dibatasi.",
            "Verification and interview decide at national level, but understanding cannot be measured here; the weight is limited.",
        ),
        source: SRC_INTERVIEW,
        self_rated: true,
    }
}

pub(super) const fn registered_workers() -> Def {
    Def {
        id: "kepatuhan.tenaga_kerja",
        pillar: "kepatuhan",
        measure: Measure::WorkersRegistered,
        rule: Rule::RatioToTarget,
        title: T::new("Semua pekerja terdaftar", "Every worker registered"),
        explanation: T::new(
            "Pekerja terdaftar dibagi pekerja yang dipekerjakan. Di bawah 100% adalah PDS Tenaga Kerja (perusahaan daftar sebagian).",
            "Registered workers divided by workers employed. Below 100% is a PDS finding (only some workers registered).",
        ),
        why_weight: T::new(
            "Kepatuhan adalah syarat dasar badan usaha; pendaftaran semua pekerja adalah bagian terbesarnya.",
            "Compliance is a business's basic condition; registering every worker is its largest part.",
        ),
        source: SRC_PDS,
        self_rated: false,
    }
}

pub(super) const fn mandatory_programmes() -> Def {
    Def {
        id: "kepatuhan.program",
        pillar: "kepatuhan",
        measure: Measure::MandatoryProgrammes,
        rule: Rule::Checklist,
        title: T::new("Semua program wajib diikuti", "Every mandatory programme taken"),
        explanation: T::new(
            "Besar dan menengah: JKK, JKM, JHT, JP. Kecil: JKK, JKM, JHT. Mikro: JKK, JKM. Program yang kurang adalah PDS Program.",
            "Large and medium: JKK, JKM, JHT, JP. Small: JKK, JKM, JHT. Micro: JKK, JKM. A missing programme is a PDS finding.",
        ),
        why_weight: T::new(
            "Bagian dari kepatuhan penuh yang diperiksa panitia; program ditentukan skala usaha.",
            "Part of the full compliance panels check; the programmes depend on business size.",
        ),
        source: SRC_PERPRES,
        self_rated: false,
    }
}

pub(super) const fn wage_honesty() -> Def {
    Def {
        id: "kepatuhan.upah",
        pillar: "kepatuhan",
        measure: Measure::WageHonesty,
        rule: Rule::RatioToTarget,
        title: T::new("Upah dilaporkan sesuai upah sebenarnya", "Wages reported as paid"),
        explanation: T::new(
            "Upah yang dilaporkan dibagi upah sebenarnya. Di bawah 100% adalah PDS Upah.",
            "Reported wage bill divided by the actual one. Below 100% is a PDS finding (wages under-reported).",
        ),
        why_weight: T::new(
            "Upah yang dilaporkan rendah mengurangi manfaat pekerja; panitia memeriksanya bersama PDS lain.",
            "Under-reported wages cut workers' benefits; panels check it with the other PDS findings.",
        ),
        source: SRC_PDS,
        self_rated: false,
    }
}

pub(super) const fn paid_on_time() -> Def {
    Def {
        id: "kepatuhan.ketepatan_iuran",
        pillar: "kepatuhan",
        measure: Measure::PaidOnTime,
        rule: Rule::RatioToTarget,
        title: T::new("Iuran dibayar tepat waktu, tanpa tunggakan", "Contributions paid on time, no arrears"),
        explanation: T::new(
            "Bulan dengan iuran tepat waktu dari 12. Tunggakan yang masih ada membuat nilai kriteria ini 0.",
            "Months with contributions paid on time, out of 12. Outstanding arrears make this criterion score 0.",
        ),
        why_weight: T::new(
            "Tunggakan menggugurkan kandidat; ketepatan bulanan menunjukkan kepatuhan yang konsisten.",
            "Arrears rule a candidate out; monthly punctuality shows consistent compliance.",
        ),
        source: SRC_PDS,
        self_rated: false,
    }
}

pub(super) const fn vendors() -> Def {
    share(
        "rantai_pasok.vendor",
        Field::VendorsParticipating,
        Field::VendorsTotal,
        T::new("Vendor dan mitra sudah menjadi peserta", "Vendors and contractors are participants"),
        T::new(
            "Vendor yang pekerjanya terdaftar dibagi semua vendor. Nilai penuh pada 100%.",
            "Vendors whose workers are registered divided by all vendors. Full marks at 100%.",
        ),
        T::new(
            "Rantai pasok adalah kriteria khusus badan usaha dalam pernyataan panitia.",
            "Supply chain is a business-specific criterion in panel statements.",
        ),
        SRC_STATEMENTS,
    )
}

pub(super) const fn csr() -> Def {
    Def {
        id: "kepedulian.pekerja_rentan",
        pillar: "kepedulian",
        measure: Measure::CsrReach,
        rule: Rule::RatioToTarget,
        title: T::new("Iuran pekerja rentan di sekitar usaha (CSR)", "Contributions for vulnerable workers nearby (CSR)"),
        explanation: T::new(
            "Pekerja rentan yang iurannya dibayar melalui GN Lingkaran atau SERTAKAN, dibandingkan dengan acuan 10% dari jumlah pekerja sendiri (paling sedikit 1 orang).",
            "Vulnerable workers whose contributions you pay through GN Lingkaran or SERTAKAN, against a yardstick of 10% of your own workforce (at least 1 person).",
        ),
        why_weight: T::new(
            "Kepedulian adalah pilar badan usaha; acuan 10% adalah perkiraan proyek agar usaha besar dan kecil dinilai sebanding.",
            "Care is a business pillar; the 10% yardstick is the project's estimate so that large and small firms compare fairly.",
        ),
        source: SRC_PACKAGE,
        self_rated: false,
    }
}

pub(super) const fn practices(id: &'static str, items: &'static [Item]) -> Def {
    let pillar = pillar_of(id);
    Def {
        id,
        pillar,
        measure: Measure::Checklist(Checklist(items)),
        rule: Rule::Checklist,
        title: T::new("Praktik baik dan inovasi perlindungan pekerja", "Good practice and innovation in worker protection"),
        explanation: T::new(
            "Pendaftaran sebelum bekerja, manfaat tambahan, edukasi pekerja, integrasi penggajian dan mengajak mitra.",
            "Registration before the first day, extra benefits, worker education, payroll integration and encouraging partners.",
        ),
        why_weight: T::new(
            "Inovasi disebut panitia untuk badan usaha; bobot lebih kecil dari kepatuhan yang menjadi syarat dasar.",
            "Panels name innovation for businesses; it weighs less than compliance, the basic condition.",
        ),
        source: SRC_STATEMENTS,
        self_rated: false,
    }
}

pub(super) const fn pillar(id: &'static str, name: T, explanation: T) -> Pillar {
    Pillar { id, name, explanation }
}

pub(super) const REGULASI: Pillar = pillar(
    "regulasi",
    T::new("Regulasi", "Regulation"),
    T::new(
        "Produk hukum daerah/desa tentang jaminan sosial ketenagakerjaan.",
        "Regional or village legal instruments on employment social security.",
    ),
);
pub(super) const CAKUPAN: Pillar = pillar(
    "cakupan",
    T::new("Cakupan", "Coverage"),
    T::new(
        "Pekerja yang terlindungi, terhadap target dan per kelompok.",
        "Workers protected, against target and by group.",
    ),
);
pub(super) const INISIATIF: Pillar = pillar(
    "inisiatif",
    T::new("Inisiatif dan anggaran", "Initiative and budget"),
    T::new(
        "Anggaran iuran, pertumbuhannya, inovasi dan kolaborasi.",
        "Contribution budget, its growth, innovation and collaboration.",
    ),
);
pub(super) const WAWANCARA: Pillar = pillar(
    "wawancara",
    T::new("Wawancara (dinilai sendiri)", "Interview (self-rated)"),
    T::new(
        "Kehadiran pimpinan dan kesiapan; panitia yang menilai sebenarnya.",
        "The head's attendance and readiness; the panel judges the real thing.",
    ),
);
pub(super) const KEPATUHAN: Pillar = pillar(
    "kepatuhan",
    T::new("Kepatuhan", "Compliance"),
    T::new(
        "Pekerja, program, upah dan iuran: tanpa temuan PDS.",
        "Workers, programmes, wages and contributions: no PDS finding.",
    ),
);
pub(super) const RANTAI_PASOK: Pillar = pillar(
    "rantai_pasok",
    T::new("Rantai pasok", "Supply chain"),
    T::new("Vendor dan mitra yang juga peserta.", "Vendors and contractors that are participants too."),
);
pub(super) const KEPEDULIAN: Pillar = pillar(
    "kepedulian",
    T::new("Kepedulian (CSR)", "Care (CSR)"),
    T::new("Iuran pekerja rentan di sekitar usaha.", "Contributions for vulnerable workers around the business."),
);
pub(super) const INOVASI: Pillar = pillar(
    "inovasi",
    T::new("Inovasi", "Innovation"),
    T::new("Praktik baik di atas kewajiban.", "Good practice beyond the obligation."),
);
pub(super) const KESADARAN: Pillar = pillar(
    "kesadaran",
    T::new("Kesadaran", "Awareness"),
    T::new("Praktik dan edukasi yang menunjukkan pemahaman.", "Practice and education that show understanding."),
);
pub(super) const PEMAHAMAN: Pillar = pillar(
    "pemahaman",
    T::new("Pemahaman (dinilai sendiri)", "Understanding (self-rated)"),
    T::new(
        "Kehadiran pimpinan dan kesiapan; panitia yang menilai sebenarnya.",
        "The executive's attendance and readiness; the panel judges the real thing.",
    ),
);

pub(super) const GOV_PILLARS: &[Pillar] = &[REGULASI, CAKUPAN, INISIATIF, WAWANCARA];
pub(super) const BUSINESS_PILLARS: &[Pillar] = &[KEPATUHAN, RANTAI_PASOK, KEPEDULIAN, INOVASI, PEMAHAMAN];

static REGIONAL: [Criterion; 11] = [
    regulation_level().frozen(dec!(15)),
    regulation_content(GOV_REGULATION_CONTENT).frozen(dec!(10)),
    coverage_to_target().frozen(dec!(18)),
    vulnerable_covered().frozen(dec!(7)),
    non_asn().frozen(dec!(5)),
    social_workers().frozen(dec!(5)),
    budget_capacity().frozen(dec!(8)),
    budget_growth().frozen(dec!(4)),
    initiatives(GOV_INITIATIVES).frozen(dec!(13)),
    leader_attends("wawancara.kehadiran").frozen(dec!(7)),
    readiness("wawancara.kesiapan").frozen(dec!(8)),
];
pub(super) const REGIONAL_RATIONALE: T = T::new(
    "Pemerintah daerah: Regulasi 25, Cakupan 35, Inisiatif dan anggaran 25, Wawancara 15. Empat pilar mengikuti pernyataan panitia 2017–2025; cakupan terbesar karena menjadi tujuan penghargaan; wawancara paling kecil karena hanya dinilai sendiri di sini.",
    "Regional government: Regulation 25, Coverage 35, Initiative and budget 25, Interview 15. The four pillars follow panel statements from 2017 to 2025; coverage weighs most as the award's aim; the interview least as it is only self-rated here.",
);

static VILLAGE: [Criterion; 10] = [
    regulation_level().frozen(dec!(12)),
    regulation_content(VILLAGE_REGULATION_CONTENT).frozen(dec!(8)),
    village_officials().frozen(dec!(15)),
    social_workers().frozen(dec!(10)),
    vulnerable_covered().frozen(dec!(15)),
    budget_capacity().frozen(dec!(12)),
    budget_growth().frozen(dec!(5)),
    initiatives(VILLAGE_INITIATIVES).frozen(dec!(8)),
    leader_attends("wawancara.kehadiran").frozen(dec!(7)),
    readiness("wawancara.kesiapan").frozen(dec!(8)),
];
pub(super) const VILLAGE_RATIONALE: T = T::new(
    "Desa: Regulasi 20, Cakupan 40, Inisiatif dan anggaran 25, Wawancara 15. Cakupan diukur per kelompok yang menjadi tanggung jawab desa (perangkat, pekerja sosial, pekerja rentan) karena data penduduk bekerja per desa jarang tersedia.",
    "Village: Regulation 20, Coverage 40, Initiative and budget 25, Interview 15. Coverage is measured for the groups a village answers for (officials, social workers, vulnerable workers) because village-level employment data is rarely available.",
);

pub(super) const NO_REGULATION_CAP: &[Cap] = &[Cap {
    id: "batas.tanpa_regulasi",
    rule: CapRule::NoRegulation,
    max_total: dec!(70),
    explanation: T::new(
        "Tanpa produk hukum apa pun, total dibatasi 70: Inpres 2/2021 mewajibkan regulasi, dan panitia jarang meloloskan daerah tanpa regulasi.",
        "Without any legal instrument the total is capped at 70: Inpres 2/2021 requires one, and panels rarely shortlist a region without it.",
    ),
    source: MethodOnly::new(SRC_INPRES),
}];

pub(super) const COMPLIANCE_CAP: &[Cap] = &[Cap {
    id: "batas.temuan_pds",
    rule: CapRule::ComplianceFindings,
    max_total: dec!(60),
    explanation: T::new(
        "Temuan PDS (tenaga kerja, upah atau program) atau tunggakan iuran membatasi total pada 60: kandidat tidak boleh memiliki temuan tersebut.",
        "A PDS finding (workers, wages or programmes) or contribution arrears caps the total at 60: candidates must not have such findings.",
    ),
    source: MethodOnly::new(SRC_PDS),
}];

pub(super) static LARGE: [Criterion; 9] = [
    registered_workers().frozen(dec!(15)),
    mandatory_programmes().frozen(dec!(10)),
    wage_honesty().frozen(dec!(10)),
    paid_on_time().frozen(dec!(10)),
    vendors().frozen(dec!(15)),
    csr().frozen(dec!(15)),
    practices("inovasi.praktik", BUSINESS_PRACTICES).frozen(dec!(10)),
    leader_attends("pemahaman.kehadiran").frozen(dec!(7)),
    readiness("pemahaman.kesiapan").frozen(dec!(8)),
];
pub(super) static MEDIUM: [Criterion; 9] = [
    registered_workers().frozen(dec!(15)),
    mandatory_programmes().frozen(dec!(10)),
    wage_honesty().frozen(dec!(10)),
    paid_on_time().frozen(dec!(15)),
    vendors().frozen(dec!(10)),
    csr().frozen(dec!(15)),
    practices("inovasi.praktik", BUSINESS_PRACTICES).frozen(dec!(10)),
    leader_attends("pemahaman.kehadiran").frozen(dec!(7)),
    readiness("pemahaman.kesiapan").frozen(dec!(8)),
];
pub(super) static PUBLIC_SERVICE: [Criterion; 9] = [
    registered_workers().frozen(dec!(15)),
    mandatory_programmes().frozen(dec!(10)),
    wage_honesty().frozen(dec!(8)),
    paid_on_time().frozen(dec!(7)),
    vendors().frozen(dec!(15)),
    csr().frozen(dec!(15)),
    practices("inovasi.praktik", PUBLIC_SERVICE_PRACTICES).frozen(dec!(15)),
    leader_attends("pemahaman.kehadiran").frozen(dec!(7)),
    readiness("pemahaman.kesiapan").frozen(dec!(8)),
];
static SMALL: [Criterion; 6] = [
    registered_workers().frozen(dec!(25)),
    mandatory_programmes().frozen(dec!(20)),
    wage_honesty().frozen(dec!(10)),
    paid_on_time().frozen(dec!(15)),
    practices("kesadaran.praktik", SMALL_BUSINESS_PRACTICES).frozen(dec!(15)),
    csr().frozen(dec!(15)),
];

pub(super) const LARGE_RATIONALE: T = T::new(
        "Usaha besar: Kepatuhan 45, Rantai pasok 15, Kepedulian 15, Inovasi 10, Pemahaman 15. Kepatuhan adalah syarat dasar dan terbesar; usaha besar diharapkan menggerakkan rantai pasoknya.",
        "Large business: Compliance 45, Supply chain 15, Care 15, Innovation 10, Understanding 15. Compliance is the basic and largest condition; large firms are expected to move their supply chain.",
    );

pub(super) const MEDIUM_RATIONALE: T = T::new(
        "Usaha menengah: Kepatuhan 50, Rantai pasok 10, Kepedulian 15, Inovasi 10, Pemahaman 15. Rantai pasok lebih kecil dari usaha besar karena vendor usaha menengah lebih sedikit dan lebih sulit dipengaruhi.",
        "Medium business: Compliance 50, Supply chain 10, Care 15, Innovation 10, Understanding 15. Supply chain weighs less than for large firms as medium firms have fewer vendors and less leverage.",
    );

pub(super) const PUBLIC_SERVICE_RATIONALE: T = T::new(
        "Layanan publik: Kepatuhan 40, Rantai pasok 15, Kepedulian 15, Inovasi 15, Pemahaman 15. Rumah sakit, kampus dan utilitas melayani banyak mitra, sehingga inovasi layanan (kepesertaan sebagai syarat kerja sama) diberi bobot lebih.",
        "Public service: Compliance 40, Supply chain 15, Care 15, Innovation 15, Understanding 15. Hospitals, universities and utilities serve many partners, so service innovation (participation as a contract condition) weighs more.",
    );

static CATEGORIES: [CategoryRubric; 7] = [
    CategoryRubric {
        category: Category::Provinsi,
        pillars: GOV_PILLARS,
        criteria: &REGIONAL,
        caps: NO_REGULATION_CAP,
        rationale: MethodOnly::new(REGIONAL_RATIONALE),
    },
    CategoryRubric {
        category: Category::Kabkota,
        pillars: GOV_PILLARS,
        criteria: &REGIONAL,
        caps: NO_REGULATION_CAP,
        rationale: MethodOnly::new(REGIONAL_RATIONALE),
    },
    CategoryRubric {
        category: Category::Desa,
        pillars: GOV_PILLARS,
        criteria: &VILLAGE,
        caps: NO_REGULATION_CAP,
        rationale: MethodOnly::new(VILLAGE_RATIONALE),
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
        category: Category::Umk,
        pillars: &[KEPATUHAN, KESADARAN, KEPEDULIAN],
        criteria: &SMALL,
        caps: COMPLIANCE_CAP,
        rationale: MethodOnly::new(T::new(
            "Usaha kecil dan mikro: Kepatuhan 70, Kesadaran 15, Kepedulian 15. Tanpa wawancara, sesuai kategori ini; kepatuhan mendominasi karena itulah yang dinilai panitia.",
            "Small and micro: Compliance 70, Awareness 15, Care 15. No interview, as for this category; compliance dominates because that is what panels assess.",
        )),
    },
    CategoryRubric {
        category: Category::LayananPublik,
        pillars: BUSINESS_PILLARS,
        criteria: &PUBLIC_SERVICE,
        caps: COMPLIANCE_CAP,
        rationale: MethodOnly::new(PUBLIC_SERVICE_RATIONALE),
    },
];

pub(super) const BANDS: &[Band] = &[
    Band {
        from: dec!(0),
        id: "belum_siap",
        name: T::new("Belum siap", "Not ready"),
        advice: T::new(
            "Bangun dasar dulu: data, regulasi atau kepatuhan.",
            "Build the basics first: data, regulation or compliance.",
        ),
    },
    Band {
        from: dec!(50),
        id: "perlu_penguatan",
        name: T::new("Perlu penguatan", "Needs strengthening"),
        advice: T::new(
            "Ada dasar; tutup celah terbesar sebelum mendaftar.",
            "The basics are there; close the largest gaps before applying.",
        ),
    },
    Band {
        from: dec!(70),
        id: "siap_bersaing",
        name: T::new("Siap bersaing", "Ready to compete"),
        advice: T::new(
            "Layak diajukan; siapkan bukti untuk verifikasi.",
            "Worth entering; prepare evidence for verification.",
        ),
    },
    Band {
        from: dec!(85),
        id: "kandidat_kuat",
        name: T::new("Kandidat kuat", "Strong candidate"),
        advice: T::new("Pertahankan dan dokumentasikan capaian.", "Keep it up and document your results."),
    },
];

/// The whole rubric is static data: nothing is built at run time.
pub(super) static RUBRIC: Rubric = Rubric {
    version: Version::V2025_1,
    bands: BANDS,
    categories: &CATEGORIES,
    reading: Reading { coverage_above_full: false, asks_revenue_share: false },
    changes: &[],
};
