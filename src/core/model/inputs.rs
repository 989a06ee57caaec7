//! What a candidate enters: raw text as typed (never lost) and the typed figures read from it.

use rust_decimal::Decimal;
use serde::Serialize;

use crate::core::model::category::{BusinessSize, Category};
use strum::VariantArray;

use crate::core::base::keys::{self, serialize_by_key};
use crate::core::base::number::{self, NumberKind, ParseError};
use crate::core::base::sorted::{as_map, SortedMap, SortedSet};
use crate::core::base::text::T;
use crate::core::model::money::{Employer, Package, Programme, RiskGroup};

/// Every numeric field of the form. Saved by key: the variant in `snake_case`
/// (`active_participants`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, VariantArray, strum::IntoStaticStr)]
#[strum(serialize_all = "snake_case")]
pub enum Field {
    // Governments
    Employed,
    ActiveParticipants,
    CoverageTarget,
    NonAsnTotal,
    NonAsnCovered,
    VillageOfficialsTotal,
    VillageOfficialsCovered,
    SocialWorkersTotal,
    SocialWorkersCovered,
    VulnerableTarget,
    VulnerableCovered,
    BudgetPrevious,
    BudgetCurrent,
    // Governments, from rubric 2026.1
    CoveragePrevious,
    FundingRevenueShare,
    FundingZakat,
    FundingCsr,
    FundingDonations,
    CoverMonths,
    // Businesses
    Employees,
    RegisteredEmployees,
    WageBillActual,
    WageBillReported,
    MonthsOnTime,
    Arrears,
    VendorsTotal,
    VendorsParticipating,
    CsrWorkers,
    CsrSpend,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unit {
    People,
    Rupiah,
    Percent,
    Months,
    Firms,
}

impl Unit {
    pub fn label(self) -> T {
        match self {
            Unit::People => T::new("orang", "people"),
            Unit::Rupiah => T::new("Rp", "Rp"),
            Unit::Percent => T::new("%", "%"),
            Unit::Months => T::new("bulan", "months"),
            Unit::Firms => T::new("vendor", "vendors"),
        }
    }

    /// How a number in this unit is read.
    pub fn kind(self) -> NumberKind {
        match self {
            Unit::Percent => NumberKind::Percent,
            Unit::Rupiah => NumberKind::Rupiah,
            Unit::Months => NumberKind::Months,
            Unit::People | Unit::Firms => NumberKind::Count,
        }
    }
}

impl Field {
    pub const ALL: [Field; Field::VARIANTS.len()] = keys::array(Field::VARIANTS);

    pub fn unit(self) -> Unit {
        use Field::*;
        match self {
            CoverageTarget | CoveragePrevious => Unit::Percent,
            BudgetPrevious | BudgetCurrent | WageBillActual | WageBillReported | Arrears | CsrSpend => Unit::Rupiah,
            FundingRevenueShare | FundingZakat | FundingCsr | FundingDonations => Unit::Rupiah,
            MonthsOnTime | CoverMonths => Unit::Months,
            VendorsTotal | VendorsParticipating => Unit::Firms,
            _ => Unit::People,
        }
    }

    pub fn kind(self) -> NumberKind {
        self.unit().kind()
    }

    pub fn label(self) -> T {
        use Field::*;
        match self {
            Employed => T::new("Penduduk bekerja di wilayah", "Employed people in the region"),
            ActiveParticipants => {
                T::new("Peserta aktif BPJS Ketenagakerjaan", "Active BPJS Ketenagakerjaan participants")
            }
            CoverageTarget => T::new("Target cakupan daerah", "Region's coverage target"),
            NonAsnTotal => T::new("Pegawai non-ASN", "Non-civil-servant staff"),
            NonAsnCovered => T::new("Pegawai non-ASN yang terdaftar", "Non-civil-servant staff registered"),
            VillageOfficialsTotal => T::new("Perangkat desa dan anggota BPD", "Village officials and council members"),
            VillageOfficialsCovered => {
                T::new("Perangkat desa dan BPD yang terdaftar", "Village officials and council members registered")
            }
            SocialWorkersTotal => T::new(
                "Pekerja sosial-keagamaan, RT/RW dan kader",
                "Social and religious workers, neighbourhood heads, volunteers",
            ),
            SocialWorkersCovered => {
                T::new("Pekerja sosial-keagamaan, RT/RW dan kader yang terdaftar", "Of those, registered")
            }
            VulnerableTarget => {
                T::new("Pekerja rentan yang ingin dilindungi tahun ini", "Vulnerable workers to protect this year")
            }
            VulnerableCovered => T::new(
                "Pekerja rentan yang iurannya dibayar anggaran daerah",
                "Vulnerable workers whose contributions the budget pays",
            ),
            BudgetPrevious => T::new(
                "Anggaran iuran pekerja rentan tahun sebelumnya",
                "Budget for vulnerable workers' contributions, previous year",
            ),
            BudgetCurrent => T::new(
                "Anggaran iuran pekerja rentan tahun dinilai",
                "Budget for vulnerable workers' contributions, assessed year",
            ),
            CoveragePrevious => T::new("Cakupan kepesertaan tahun sebelumnya", "Coverage in the previous year"),
            FundingRevenueShare => T::new(
                "Dana bagi hasil untuk iuran (DBH Sawit, DBHCHT)",
                "Revenue-share funds for contributions (palm-oil DBH, DBHCHT)",
            ),
            FundingZakat => T::new("Dana Baznas/zakat untuk iuran", "Baznas or zakat funds for contributions"),
            FundingCsr => T::new("Dana CSR perusahaan untuk iuran", "Company CSR funds for contributions"),
            FundingDonations => T::new(
                "Donasi ASN, karyawan dan warga untuk iuran",
                "Donations from civil servants, employees and residents for contributions",
            ),
            CoverMonths => T::new("Bulan perlindungan yang dibayar", "Months of cover paid"),
            Employees => T::new("Pekerja yang dipekerjakan", "Workers employed"),
            RegisteredEmployees => {
                T::new("Pekerja yang terdaftar di BPJS Ketenagakerjaan", "Workers registered with BPJS Ketenagakerjaan")
            }
            WageBillActual => T::new("Total upah sebenarnya per bulan", "Actual monthly wage bill"),
            WageBillReported => T::new("Total upah yang dilaporkan per bulan", "Monthly wage bill reported"),
            MonthsOnTime => {
                T::new("Bulan iuran dibayar tepat waktu (dari 12)", "Months contributions were paid on time (of 12)")
            }
            Arrears => T::new("Tunggakan iuran saat ini", "Current contribution arrears"),
            VendorsTotal => T::new("Vendor dan mitra kerja", "Vendors and contractors"),
            VendorsParticipating => T::new("Vendor yang sudah menjadi peserta", "Vendors that are participants"),
            CsrWorkers => T::new(
                "Pekerja rentan di sekitar usaha yang iurannya dibayar (GN Lingkaran/SERTAKAN)",
                "Vulnerable workers around the business whose contributions you pay",
            ),
            CsrSpend => {
                T::new("Dana yang dikeluarkan untuk iuran tersebut per tahun", "Yearly spend on those contributions")
            }
        }
    }

    pub fn help(self) -> T {
        use Field::*;
        match self {
            Employed => T::new(
                "Penyebut cakupan: penduduk bekerja (atau angkatan kerja) sesuai basis target daerah Anda, dari BPS.",
                "Coverage denominator: employed people (or labour force) on the basis of your region's target, from BPS.",
            ),
            ActiveParticipants => T::new(
                "Pekerja penerima upah (PU) + bukan penerima upah (BPU) + jasa konstruksi, per 31 Desember.",
                "Wage earners (PU) + non-wage earners (BPU) + construction workers, at 31 December.",
            ),
            CoverageTarget => T::new(
                "Target Universal Coverage Jamsostek daerah, misalnya dari RPJMD atau Kemendagri.",
                "The region's Universal Coverage Jamsostek target, e.g. from its medium-term plan.",
            ),
            NonAsnCovered | VillageOfficialsCovered | SocialWorkersCovered => T::new(
                "Yang terdaftar aktif di BPJS Ketenagakerjaan per 31 Desember, dari jumlah di atas.",
                "Of the number above, those actively registered with BPJS Ketenagakerjaan at 31 December.",
            ),
            VendorsParticipating => T::new(
                "Vendor yang semua pekerjanya untuk Anda terdaftar; minta bukti kepesertaan.",
                "Vendors whose workers on your contracts are all registered; ask for proof of participation.",
            ),
            NonAsnTotal => T::new(
                "Tenaga honorer, PPPK paruh waktu dan pegawai non-ASN lain di instansi pemerintah daerah.",
                "Contract and other non-civil-servant staff of the regional government.",
            ),
            VillageOfficialsTotal => T::new(
                "Kepala desa, perangkat desa dan anggota Badan Permusyawaratan Desa.",
                "Village head, village officials and members of the village council.",
            ),
            SocialWorkersTotal => T::new(
                "Marbot, guru ngaji, pemuka agama, RT/RW, kader posyandu dan sejenisnya.",
                "Mosque caretakers, religious teachers, neighbourhood heads, health volunteers and the like.",
            ),
            VulnerableTarget => T::new(
                "Jumlah pekerja rentan yang ditargetkan mendapat bantuan iuran (pekerja harian, informal, miskin).",
                "Vulnerable workers targeted for subsidised contributions (day labourers, informal, poor).",
            ),
            VulnerableCovered => T::new(
                "Yang benar-benar terdaftar dengan iuran dari APBD/APBDes pada tahun dinilai.",
                "Those actually registered with contributions paid by the regional budget in the assessed year.",
            ),
            BudgetPrevious | BudgetCurrent => T::new(
                "Pagu APBD/APBDes (kelurahan: APBD kabupaten/kota untuk warganya) untuk iuran pekerja rentan, non-ASN dan sejenisnya, dalam rupiah.",
                "Regional or village budget (a ward: the city's budget for its residents) for contributions of vulnerable workers and similar, in rupiah.",
            ),
            CoveragePrevious => T::new(
                "Cakupan (%) per 31 Desember tahun sebelumnya, dengan basis yang sama seperti tahun dinilai.",
                "Coverage (%) at 31 December of the previous year, on the same basis as the assessed year.",
            ),
            FundingRevenueShare => T::new(
                "DBH Sawit atau DBHCHT yang membayar iuran pekerja rentan pada tahun dinilai, dalam rupiah. DBH adalah pendapatan APBD: jawab di bawah apakah angka APBD sudah memuatnya.",
                "Palm-oil or tobacco-excise revenue shares that paid vulnerable workers' contributions in the assessed year, in rupiah. They are budget revenue: say below whether the budget figure already holds them.",
            ),
            FundingZakat | FundingCsr | FundingDonations => T::new(
                "Sumber di luar APBD yang membayar iuran pekerja rentan pada tahun dinilai, dalam rupiah; kosongkan bila tidak ada. Dihitung bersama APBD.",
                "Sources beyond the regional budget that paid vulnerable workers' contributions in the assessed year, in rupiah; leave empty if none. Counted with the budget.",
            ),
            CoverMonths => T::new(
                "Berapa bulan iuran dibayar untuk tiap pekerja dalam setahun (1 sampai 12).",
                "For how many months a year each worker's contributions are paid (1 to 12).",
            ),
            Employees => T::new("Semua pekerja, termasuk kontrak, harian dan paruh waktu.", "All workers, including contract, daily and part-time."),
            RegisteredEmployees => T::new("Pekerja aktif yang terdaftar per 31 Desember.", "Active workers registered at 31 December."),
            WageBillActual | WageBillReported => T::new(
                "Upah pokok + tunjangan tetap, semua pekerja, per bulan.",
                "Base wage + fixed allowances, all workers, per month.",
            ),
            MonthsOnTime => T::new("Iuran jatuh tempo tanggal 15 bulan berikutnya.", "Contributions are due on the 15th of the next month."),
            Arrears => T::new("Isi 0 bila tidak ada tunggakan.", "Enter 0 if there are no arrears."),
            VendorsTotal => T::new(
                "Pemasok, kontraktor dan penyedia jasa yang bekerja untuk Anda.",
                "Suppliers, contractors and service providers working for you.",
            ),
            CsrWorkers => T::new(
                "Misalnya pedagang, petani, nelayan atau ojek di sekitar usaha melalui GN Lingkaran atau SERTAKAN.",
                "For example traders, farmers, fishers or drivers near the business, through GN Lingkaran or SERTAKAN.",
            ),
            CsrSpend => T::new(
                "Paket standar Rp16.800 per orang per bulan (Rp201.600 setahun).",
                "Standard package Rp16.800 per person per month (Rp201.600 a year).",
            ),
        }
    }
}

/// A choice ranked weakest to strongest and named for the category; a measure scores the
/// rung it stands on (`Rule::Ladder`).
pub trait Ladder: Copy + 'static {
    /// Weakest first.
    const RUNGS: &'static [Self];
    fn rung(self) -> usize;
    fn name(self, category: Category) -> T;
}

/// The legal instrument a region has issued, weakest to strongest. Saved by key: the
/// variant in `snake_case` (`peraturan_kepala`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, VariantArray, strum::IntoStaticStr)]
#[strum(serialize_all = "snake_case")]
pub enum RegulationLevel {
    #[default]
    None,
    SuratEdaran,
    Instruksi,
    PeraturanKepala,
    PeraturanDaerah,
}

impl RegulationLevel {
    pub const ALL: [RegulationLevel; RegulationLevel::VARIANTS.len()] = keys::array(RegulationLevel::VARIANTS);
}

impl Ladder for RegulationLevel {
    const RUNGS: &'static [Self] = &Self::ALL;

    fn rung(self) -> usize {
        self as usize
    }

    /// Names differ for villages (Perdes, Perkades) and regions (Perda, Perkada).
    fn name(self, category: Category) -> T {
        // A kelurahan has no regulations of its own: the city's or regency's apply there.
        let village = category == Category::Desa;
        match self {
            RegulationLevel::None => T::new("Belum ada", "None yet"),
            RegulationLevel::SuratEdaran => T::new("Surat Edaran", "Circular letter"),
            RegulationLevel::Instruksi => T::new("Instruksi kepala daerah/desa", "Instruction of the head"),
            RegulationLevel::PeraturanKepala if village => T::new("Peraturan Kepala Desa", "Village head regulation"),
            RegulationLevel::PeraturanKepala => {
                T::new("Perkada (Pergub/Perbup/Perwal)", "Head's regulation (governor/regent/mayor)")
            }
            RegulationLevel::PeraturanDaerah if village => T::new("Peraturan Desa (Perdes)", "Village regulation"),
            RegulationLevel::PeraturanDaerah => T::new("Peraturan Daerah (Perda)", "Regional regulation (Perda)"),
        }
    }
}

/// Who represents the candidate at the panel's interview, least to most (self-rated).
/// Saved by key: the variant in `snake_case` (`deputy`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, VariantArray, strum::IntoStaticStr)]
#[strum(serialize_all = "snake_case")]
pub enum Attendance {
    #[default]
    Nobody,
    /// An official sent in the head's place (a head of office, an assistant, the Sekda).
    Delegate,
    /// The deputy head or deputy director.
    Deputy,
    /// The regional or village head, or the top executive, in person.
    Head,
}

impl Attendance {
    pub const ALL: [Attendance; Attendance::VARIANTS.len()] = keys::array(Attendance::VARIANTS);

    /// One word for it, as a spreadsheet cell holds it.
    pub fn word(self) -> T {
        match self {
            Attendance::Nobody => T::new("belum", "not confirmed"),
            Attendance::Delegate => T::new("utusan", "delegate"),
            Attendance::Deputy => T::new("wakil", "deputy"),
            Attendance::Head => T::new("kepala", "head"),
        }
    }
}

impl Ladder for Attendance {
    const RUNGS: &'static [Self] = &Self::ALL;

    fn rung(self) -> usize {
        self as usize
    }

    /// Governments and businesses name their head and deputy differently.
    fn name(self, category: Category) -> T {
        let business = category.family() == crate::core::model::category::Family::Business;
        let ward = category == Category::Kelurahan;
        match self {
            Attendance::Nobody => T::new("Belum dipastikan", "Not confirmed yet"),
            Attendance::Delegate => T::new("Pejabat yang ditunjuk (mewakili)", "An official sent in the head's place"),
            Attendance::Deputy if ward => T::new("Sekretaris kelurahan", "The ward secretary"),
            Attendance::Head if ward => T::new("Lurah hadir langsung", "The lurah in person"),
            Attendance::Deputy if business => T::new("Wakil pimpinan / direktur", "Deputy director"),
            Attendance::Deputy => T::new("Wakil kepala daerah/desa", "Deputy regional or village head"),
            Attendance::Head if business => T::new("Pimpinan tertinggi hadir langsung", "Chief executive in person"),
            Attendance::Head => T::new("Kepala daerah/desa hadir langsung", "Regional or village head in person"),
        }
    }
}

/// Where the revenue-share funds for contributions (DBH Sawit, DBHCHT) sit: they are APBD
/// revenue, so the APBD line for contributions often holds them already. Saved by key:
/// the variant in `snake_case` (`in_budget`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, VariantArray, strum::IntoStaticStr)]
#[strum(serialize_all = "snake_case")]
pub enum RevenueShare {
    /// Not answered: counted as inside the APBD line, so never twice.
    #[default]
    Unanswered,
    /// The APBD line already holds them: not added again.
    InBudget,
    /// Budgeted outside the line entered as the APBD budget: added to it.
    Beyond,
}

impl RevenueShare {
    pub const ALL: [RevenueShare; RevenueShare::VARIANTS.len()] = keys::array(RevenueShare::VARIANTS);

    /// Whether the revenue-share funds are added to the APBD budget.
    pub fn added(self) -> bool {
        self == RevenueShare::Beyond
    }

    pub fn name(self) -> T {
        match self {
            RevenueShare::Unanswered => {
                T::new("Belum dijawab (dianggap sudah termasuk APBD)", "Not answered (taken as inside the APBD)")
            }
            RevenueShare::InBudget => {
                T::new("Ya, sudah termasuk (tidak ditambahkan lagi)", "Yes, it is inside (not added again)")
            }
            RevenueShare::Beyond => {
                T::new("Tidak, dianggarkan terpisah (ditambahkan)", "No, budgeted separately (added)")
            }
        }
    }
}

/// Items of the checklists: what a regulation contains, initiatives, readiness. Saved by
/// key: the variant in `snake_case` (`ad_hoc_and_bumd_workers`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, VariantArray, strum::IntoStaticStr)]
#[strum(serialize_all = "snake_case")]
pub enum Item {
    // What the regulation requires or funds
    PermitCondition,
    ProcurementCondition,
    PublicServiceCondition,
    RequiresBudget,
    RequiresVillageOfficials,
    // Government initiatives
    CollaborationScheme,
    MobileRegistration,
    DataIntegration,
    OutreachProgramme,
    AdHocAndBumdWorkers,
    VillageFundContribution,
    CooperationAgreement,
    // From rubric 2026.2: enforcement, planning, targeting, administrative order
    EmployerSanctions,
    PlannedInBudget,
    ComplianceTeam,
    DtsenTargeting,
    AdministrativeOrder,
    // Business initiatives
    RegisterBeforeStart,
    ExtraBenefits,
    WorkerEducation,
    PayrollIntegration,
    EncouragePartners,
    ServiceCondition,
    // Self-rated readiness for the interview and verification
    DocumentsReady,
    DataVerified,
    PresentationReady,
    FollowUpDone,
}

impl Item {
    pub fn label(self) -> T {
        use Item::*;
        match self {
            PermitCondition => {
                T::new("Kepesertaan jadi syarat perizinan usaha", "Participation is a condition for business permits")
            }
            ProcurementCondition => T::new(
                "Kepesertaan jadi syarat pengadaan barang/jasa",
                "Participation is a condition for public procurement",
            ),
            PublicServiceCondition => {
                T::new("Kepesertaan jadi syarat layanan publik", "Participation is a condition for public services")
            }
            RequiresBudget => T::new("Mewajibkan alokasi anggaran iuran", "Requires a budget for contributions"),
            RequiresVillageOfficials => T::new(
                "Mewajibkan perangkat desa dan BPD terdaftar",
                "Requires village officials and council members to be registered",
            ),
            CollaborationScheme => T::new(
                "Skema kolaborasi/donasi iuran (GN Lingkaran, CSR, ASN peduli)",
                "Collaboration or donation scheme (GN Lingkaran, CSR, civil servants)",
            ),
            MobileRegistration => {
                T::new("Layanan jemput bola atau unit keliling pendaftaran", "Outreach or mobile registration unit")
            }
            DataIntegration => T::new(
                "Integrasi data kepesertaan dengan perizinan/kependudukan",
                "Participation data integrated with permits or civil registry",
            ),
            OutreachProgramme => T::new(
                "Sosialisasi terprogram ke pekerja dan pemberi kerja",
                "Planned outreach to workers and employers",
            ),
            AdHocAndBumdWorkers => T::new(
                "Petugas ad hoc (pemilu) dan pegawai BUMD dilindungi",
                "Ad hoc (election) workers and regional-enterprise staff covered",
            ),
            VillageFundContribution => T::new(
                "Dana Desa/APBDes membayar iuran pekerja rentan",
                "Village funds pay contributions of vulnerable workers",
            ),
            CooperationAgreement => T::new(
                "Perjanjian kerja sama (PKS/MoU) tentang perlindungan pekerja, mis. pendanaan iuran; bukan regulasi",
                "Cooperation agreement (PKS/MoU) on worker protection, e.g. funding contributions; not a regulation",
            ),
            EmployerSanctions => T::new(
                "Mengatur sanksi administratif bagi pemberi kerja yang tidak mendaftarkan pekerjanya",
                "Sets administrative sanctions for employers who do not register their workers",
            ),
            PlannedInBudget => T::new(
                "Program perlindungan masuk RKPD dan APBD (atau RKPDes dan APBDes)",
                "The protection programme is written into the annual plan and budget (RKPD and APBD, or the village RKPDes and APBDes)",
            ),
            ComplianceTeam => T::new(
                "Tim atau forum pengawasan kepatuhan bersama BPJS Ketenagakerjaan dan pengawas ketenagakerjaan",
                "A compliance team or forum with BPJS Ketenagakerjaan and labour inspectors",
            ),
            DtsenTargeting => T::new(
                "Penerima bantuan iuran dipilih dari DTSEN (data tunggal sosial ekonomi nasional)",
                "Funded workers are chosen from DTSEN, the national socio-economic database",
            ),
            AdministrativeOrder => T::new(
                "Tertib administrasi: data kepesertaan dimutakhirkan dan dilaporkan rutin",
                "Administrative order: participant data updated and reported regularly",
            ),
            RegisterBeforeStart => T::new(
                "Pekerja baru didaftarkan sebelum mulai bekerja",
                "New workers are registered before their first day",
            ),
            ExtraBenefits => T::new(
                "Manfaat tambahan di atas kewajiban (program sukarela, top-up)",
                "Benefits beyond the obligation (voluntary programmes, top-ups)",
            ),
            WorkerEducation => T::new("Edukasi manfaat program kepada pekerja", "Educating workers about the benefits"),
            PayrollIntegration => {
                T::new("Sistem penggajian terhubung dengan pelaporan upah", "Payroll linked to wage reporting")
            }
            EncouragePartners => T::new(
                "Mengajak mitra dan usaha lain menjadi peserta",
                "Encouraging partners and other businesses to join",
            ),
            ServiceCondition => T::new(
                "Kepesertaan mitra jadi syarat kerja sama layanan",
                "Partners' participation is a condition of service contracts",
            ),
            DocumentsReady => {
                T::new("Dokumen pendukung lengkap dan rapi", "Supporting documents complete and in order")
            }
            DataVerified => T::new(
                "Data cakupan sudah dicocokkan dengan BPJS Ketenagakerjaan",
                "Coverage figures reconciled with BPJS Ketenagakerjaan",
            ),
            PresentationReady => {
                T::new("Paparan program dan capaian sudah disiapkan", "Presentation of programmes and results prepared")
            }
            FollowUpDone => T::new(
                "Rekomendasi penilaian sebelumnya sudah ditindaklanjuti",
                "Recommendations of the previous assessment followed up",
            ),
        }
    }
}

/// Who the candidate is, beside its figures. Saved files and the panel's templates name
/// each by its key: the variant in `snake_case` (`province`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, VariantArray, strum::IntoStaticStr)]
#[strum(serialize_all = "snake_case")]
pub enum Profile {
    Name,
    Province,
    Year,
    Sector,
    Size,
    Risk,
}

/// Everything a user entered for one assessment, as typed. Saved as is, so nothing is lost.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Entry {
    pub name: String,
    pub province: String,
    pub year: String,
    pub sector: String,
    pub size: Option<BusinessSize>,
    pub risk: RiskGroup,
    /// What the budget pays for each vulnerable worker.
    pub package: Package,
    /// Raw text per numeric field, exactly as typed or pasted.
    #[serde(serialize_with = "as_map")]
    pub fields: SortedMap<Field, String>,
    pub regulation: RegulationLevel,
    pub programmes: SortedSet<Programme>,
    pub checked: SortedSet<Item>,
    /// Self-rated: who attends the panel's interview. Read from `leader_attends` (yes: the
    /// head) in data saved before storage schema 5, file format 4 and link format 5.
    pub attendance: Attendance,
    /// Whether the APBD line for contributions already holds the revenue-share funds
    /// (rubric 2026.2 asks, so each rupiah is counted once).
    pub revenue_share: RevenueShare,
    /// The company states it is a labour-intensive industry that qualifies for the JKK
    /// discount (PP 7/2025, PP 36/2025).
    pub labour_intensive: bool,
}

impl Field {
    /// A hint (not an error) when a figure is probably missing zeros: budgets and wage
    /// bills under a million rupiah are possible but rare enough to ask about.
    pub fn implausible(self, value: Decimal) -> Option<crate::core::base::text::Msg> {
        let million = Decimal::from(1_000_000);
        let checked = matches!(
            self,
            Field::BudgetPrevious | Field::BudgetCurrent | Field::WageBillActual | Field::WageBillReported
        );
        (checked && !value.is_zero() && value < million).then(|| {
            let shown = number::format_rupiah(value);
            crate::core::base::text::Msg::new(
                format!("Kurang dari satu juta rupiah ({shown}). Benar? Untuk jutaan atau miliaran tulis misalnya 740.174.000 atau 1,5 miliar."),
                format!("Less than a million rupiah ({shown}). Is that right? For millions or billions write e.g. 740.174.000 or 1,5 miliar."),
            )
        })
    }
}

serialize_by_key!(Field, RegulationLevel, Item, Attendance, RevenueShare);

/// The typed figures, read from an [`Entry`]; `None` where empty or unreadable.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Readings {
    /// Indexed by the field's position in [`Field::ALL`].
    values: [Option<Decimal>; Field::ALL.len()],
}

impl Readings {
    pub fn get(&self, field: Field) -> Option<Decimal> {
        self.values[field as usize]
    }
    pub fn set(&mut self, field: Field, value: Decimal) {
        self.values[field as usize] = Some(value);
    }
    pub fn remove(&mut self, field: Field) {
        self.values[field as usize] = None;
    }
}

impl Entry {
    /// What sets the employer's JKK rate.
    pub fn employer(&self) -> Employer {
        Employer { risk: self.risk, labour_intensive: self.labour_intensive }
    }

    pub fn raw(&self, field: Field) -> &str {
        self.fields.get(&field).map(String::as_str).unwrap_or("")
    }

    /// The size that decides the mandatory programmes. Small and micro businesses are one
    /// of the two whatever was saved (entries survive a change of category).
    pub fn size_for(&self, category: Category) -> BusinessSize {
        match (category, self.size) {
            (Category::Umk, Some(s @ (BusinessSize::Kecil | BusinessSize::Mikro))) => s,
            (Category::BuBesarMenengah, Some(s @ (BusinessSize::Besar | BusinessSize::Menengah))) => s,
            (Category::LayananPublik, Some(s)) => s,
            _ => category.default_size(),
        }
    }

    /// The year of the data as a number, when it is one the award can assess (2017 on).
    pub fn year_number(&self) -> Option<u16> {
        self.year.trim().parse::<u16>().ok().filter(|y| (2017..=2100).contains(y))
    }

    /// What one field reads as; `None` when it is empty.
    pub fn figure(&self, field: Field) -> Option<Result<Decimal, ParseError>> {
        let text = self.fields.get(&field)?;
        (!text.trim().is_empty()).then(|| number::parse(text, field.kind()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn small_amounts_get_a_hint_not_an_error() {
        assert!(Field::BudgetCurrent.implausible(Decimal::from(1457)).is_some_and(|m| m.id.contains("Rp1.457")));
        assert!(Field::BudgetCurrent.implausible(Decimal::from(1_457_000_000)).is_none());
        assert!(Field::BudgetCurrent.implausible(Decimal::ZERO).is_none(), "no budget is a real answer");
        assert!(Field::Arrears.implausible(Decimal::from(5000)).is_none(), "small arrears are normal");
    }

    #[test]
    fn unreadable_text_is_reported_and_kept() {
        let mut e = Entry::default();
        e.fields.insert(Field::Employed, "19.654".into());
        e.fields.insert(Field::ActiveParticipants, "15.38x".into());
        assert_eq!(e.figure(Field::Employed), Some(Ok(Decimal::from(19654))));
        assert!(matches!(e.figure(Field::ActiveParticipants), Some(Err(_))));
        assert_eq!(e.figure(Field::CoverageTarget), None, "empty is not an error");
        assert_eq!(e.raw(Field::ActiveParticipants), "15.38x");
    }
}
