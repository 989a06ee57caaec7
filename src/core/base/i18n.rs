//! The interface's own texts. Each is a `T { id, en }`: a missing translation does not compile.

use crate::core::base::text::{Msg, T};

/// Defines each text as a constant and lists them all in [`ALL`], so that one test can
/// check every text in both languages.
macro_rules! texts {
    ($($(#[$doc:meta])* $name:ident = ($id:expr, $en:expr $(,)?);)*) => {
        $($(#[$doc])* pub const $name: T = T::new($id, $en);)*
        /// Every text above with its name.
        pub const ALL: &[(&str, T)] = &[$((stringify!($name), $name)),*];
    };
}

texts! {
    PAGE_TITLE_CHECK = (
        "Cek Paritrana: perkiraan skor Paritrana Award",
        "Cek Paritrana: Paritrana Award score estimate",
    );
    TAGLINE = (
        "Perkiraan skor Paritrana Award",
        "Paritrana Award score estimate",
    );
    UNOFFICIAL = (
        "Perkiraan tidak resmi",
        "Unofficial estimate",
    );
    SKIP = (
        "Langsung ke isi",
        "Skip to content",
    );
    /// Shown before the app runs while the page may open elsewhere than the start page.
    LOADING = (
        "Memuat…",
        "Loading…",
    );
    NAV = (
        "Navigasi utama",
        "Main navigation",
    );
    NAV_START = (
        "Beranda",
        "Home",
    );
    NAV_CHECK = (
        "Penilaian",
        "Assessment",
    );
    NAV_METHOD = (
        "Metode",
        "Method",
    );
    LANGUAGE = (
        "Bahasa",
        "Language",
    );
    CLOSE = (
        "Tutup",
        "Close",
    );
    INTRO_TITLE = (
        "Seberapa siap Anda untuk Paritrana Award?",
        "How ready are you for the Paritrana Award?",
    );
    INTRO_1 = (
        "Paritrana Award adalah penghargaan tahunan pemerintah bersama BPJS Ketenagakerjaan sejak 2017 bagi pemerintah daerah dan badan usaha yang memperluas perlindungan jaminan sosial ketenagakerjaan, terutama bagi pekerja rentan.",
        "The Paritrana Award is an annual government award, with BPJS Ketenagakerjaan, since 2017, for regional governments and businesses that widen employment social security, especially for vulnerable workers.",
    );
    INTRO_2 = (
        "Masukkan angka Anda sendiri dan lihat perkiraan skor per kriteria, serta langkah yang paling menaikkan nilai. Bobot resmi tidak pernah diterbitkan: bobot di sini adalah perkiraan proyek ini, terbuka dan bisa Anda atur.",
        "Enter your own figures and see an estimated score per criterion, and the steps that raise it most. No official weights have been published: the weights here are this project's estimate, open and adjustable.",
    );
    PRIVACY = (
        "Data Anda tidak pernah meninggalkan peramban ini: tidak ada server, tidak ada pelacak. Isian disimpan otomatis di perangkat ini saja.",
        "Your data never leaves this browser: no server, no tracking. Entries are saved automatically on this device only.",
    );
    CHOOSE_CATEGORY = (
        "Pilih kategori Anda",
        "Choose your category",
    );
    GOVERNMENTS = (
        "Pemerintah",
        "Governments",
    );
    BUSINESSES = (
        "Badan usaha",
        "Businesses",
    );
    CONTINUE = (
        "Lanjutkan penilaian",
        "Continue the assessment",
    );
    CURRENT_CATEGORY = (
        "kategori saat ini",
        "current category",
    );
    PROFILE = (
        "Profil",
        "Profile",
    );
    CATEGORY = (
        "Kategori",
        "Category",
    );
    CHANGE_CATEGORY_HELP = (
        "Mengganti kategori mempertahankan isian; bobot dan tanda tidak berlaku kembali ke rubrik kategori baru.",
        "Changing the category keeps your entries; weights and not-applicable marks return to the new category's rubric.",
    );
    NAME_GOV = (
        "Nama daerah, desa atau kelurahan",
        "Name of the region, village or ward",
    );
    NAME_BUSINESS = (
        "Nama badan usaha",
        "Name of the business",
    );
    PROVINCE = (
        "Provinsi",
        "Province",
    );
    YEAR = (
        "Tahun data yang dinilai",
        "Year of the data assessed",
    );
    YEAR_HELP = (
        "Penilaian memakai data satu tahun kalender penuh sebelum tahun penghargaan.",
        "The award assesses the full calendar year before the award year.",
    );
    SECTOR = (
        "Sektor",
        "Sector",
    );
    SECTOR_NONE = (
        "Pilih sektor",
        "Choose a sector",
    );
    SIZE = (
        "Skala usaha",
        "Business size",
    );
    SIZE_HELP = (
        "Menentukan program wajib (Perpres 109/2013).",
        "Decides the mandatory programmes (Perpres 109/2013).",
    );
    RISK = (
        "Kelompok risiko JKK",
        "JKK risk group",
    );
    LABOUR_INTENSIVE = (
        "Industri padat karya yang memenuhi syarat diskon JKK 50%",
        "A labour-intensive industry that qualifies for the 50% JKK discount",
    );
    LABOUR_INTENSIVE_HELP = (
        "Paling sedikit 50 pekerja di industri makanan, minuman, tembakau, tekstil, pakaian jadi, kulit, alas kaki, mainan anak atau furnitur (PP 7/2025, PP 36/2025). Berlaku untuk iuran Februari 2025 – Januari 2026.",
        "At least 50 workers in food, beverages, tobacco, textiles, apparel, leather, footwear, toys or furniture (PP 7/2025, PP 36/2025). It applies to contributions from February 2025 to January 2026.",
    );
    REVENUE_SHARE_LEGEND = (
        "Apakah angka anggaran APBD sudah memuat dana bagi hasil ini?",
        "Does the budget figure already hold these revenue-share funds?",
    );
    REVENUE_SHARE_HELP = (
        "DBH adalah pendapatan APBD, jadi sering sudah ada dalam pagu iuran. Bila belum dijawab, DBH dianggap sudah termasuk dan tidak dihitung dua kali. Baznas, CSR dan donasi selalu ditambahkan.",
        "Revenue shares are APBD revenue, so the contribution line often holds them already. Unanswered, they are taken as inside it and never counted twice. Baznas, CSR and donations are always added.",
    );
    RISK_HELP = (
        "Dipakai untuk menghitung iuran JKK.",
        "Used to compute the JKK contribution.",
    );
    POINTS = (
        "poin",
        "points",
    );
    READ_AS = (
        "dibaca",
        "read as",
    );
    LEARN = (
        "Pelajari",
        "Learn more",
    );
    WHY_WEIGHT = (
        "Mengapa bobot ini",
        "Why this weight",
    );
    /// Said once next year's target is made; with GROWTH, for a rubric whose target takes
    /// this year's budget and coverage as its year before.
    TARGET_MADE = (
        "Target tahun depan dibuat sebagai salinan dan kini terbuka. Ubah angkanya menjadi yang direncanakan.",
        "Next year's target is made as a copy and now open. Change its figures to the ones planned.",
    );
    TARGET_MADE_GROWTH = (
        "Target tahun depan dibuat sebagai salinan dan kini terbuka. Anggaran dan cakupan tahun ini menjadi angka tahun sebelumnya: pertumbuhan dihitung dari tahun ini, jadi skornya bisa lebih rendah sampai angka yang direncanakan diisi.",
        "Next year's target is made as a copy and now open. This year's budget and coverage are its year-before figures: growth is counted from this year, so the score may be lower until the planned figures are typed.",
    );
    /// The label before the form's link to the method page.
    WHY_WEIGHT_AND_SOURCE = (
        "Mengapa bobot ini, dan sumbernya",
        "Why this weight, and its source",
    );
    /// The form's link to the reason and the source on the method page.
    WHY_WEIGHT_ON_METHOD = (
        "baca di halaman Metode",
        "read it on the method page",
    );
    SOURCE = (
        "Sumber",
        "Source",
    );
    HOW_SCORED = (
        "Cara menilai",
        "How it is scored",
    );
    NOT_APPLICABLE = (
        "Tidak berlaku",
        "Not applicable",
    );
    NOT_APPLICABLE_NOTE = (
        "Kriteria ini tidak dihitung; bobotnya dibagi ke kriteria lain. Isian tetap disimpan.",
        "This criterion is left out; its weight goes to the others. Entries are kept.",
    );
    SELF_RATED = (
        "Dinilai sendiri",
        "Self-rated",
    );
    REGULATION_LEGEND = (
        "Produk hukum tertinggi yang berlaku",
        "Strongest legal instrument in force",
    );
    PROGRAMMES_LEGEND = (
        "Program yang diikuti semua pekerja",
        "Programmes every worker is enrolled in",
    );
    MANDATORY = (
        "wajib",
        "mandatory",
    );
    OPTIONAL = (
        "sukarela",
        "voluntary",
    );
    RESULTS = (
        "Perkiraan skor",
        "Estimated score",
    );
    OUT_OF_100 = (
        "dari 100",
        "of 100",
    );
    RUBRIC = (
        "rubrik",
        "rubric",
    );
    ESTIMATE_NOTE = (
        "Bobot dan ambang adalah perkiraan proyek ini, bukan pedoman resmi. Penilaian panitia setelah verifikasi biasanya lebih rendah.",
        "Weights and thresholds are this project's estimate, not official guidance. Panels' verified scores usually come out lower.",
    );
    CUSTOM_WEIGHTS = (
        "Bobot disesuaikan",
        "Custom weights",
    );
    RENORMALISED = (
        "Bobot dibagi ulang karena ada kriteria tidak berlaku",
        "Weights redistributed: some criteria do not apply",
    );
    FIX_FIELDS = (
        "Isian yang perlu diperbaiki",
        "Fields to fix",
    );
    FIX_FIELDS_NOTE = (
        "Kriteria terkait bernilai 0 sampai isiannya diperbaiki.",
        "The criteria concerned score 0 until the fields are fixed.",
    );
    CAP = (
        "Batas nilai",
        "Score cap",
    );
    SUM_BEFORE_CAP = (
        "Jumlah sebelum batas nilai",
        "Sum before the cap",
    );
    CAP_NOT_LOWERING = (
        "Batas ini belum berpengaruh: total saat ini di bawahnya. Selesaikan temuan di atas sebelum total melewatinya.",
        "This cap does not change the total yet: the total is below it. Resolve the findings above before the total passes it.",
    );
    WITH_RUBRIC_WEIGHTS = (
        "Dengan bobot rubrik",
        "With the rubric's weights",
    );
    PILLARS = (
        "Per pilar",
        "By pillar",
    );
    NEXT_STEPS = (
        "Yang paling menaikkan nilai",
        "What raises the score most",
    );
    NO_STEPS = (
        "Belum ada langkah yang bisa dihitung: lengkapi isian, atau semua kriteria sudah bernilai penuh.",
        "No step can be computed yet: fill in the form, or every criterion already has full marks.",
    );
    ALL_STEPS = (
        "Semua langkah",
        "All steps",
    );
    NOT_FILLED = (
        "Belum bernilai karena angkanya belum diisi:",
        "Scoring nothing because a figure is not filled in yet:",
    );
    UP_TO = (
        "hingga",
        "up to",
    );
    FIGURES = (
        "Angka turunan",
        "Derived figures",
    );
    CHECK_THESE = (
        "Perlu dicocokkan",
        "Worth reconciling",
    );
    TABLE = (
        "Rincian per kriteria",
        "Breakdown by criterion",
    );
    COL_CRITERION = (
        "Kriteria",
        "Criterion",
    );
    COL_REASON = (
        "Data dan alasan",
        "Data and reason",
    );
    COL_SUB = (
        "Sub-skor",
        "Sub-score",
    );
    COL_WEIGHT = (
        "Bobot",
        "Weight",
    );
    COL_POINTS = (
        "Poin",
        "Points",
    );
    SEE_RESULTS = (
        "Lihat rincian",
        "See breakdown",
    );
    SCORE = (
        "Skor",
        "Score",
    );
    BACK_TO_FORM = (
        "Kembali ke isian",
        "Back to the form",
    );
    WEIGHTS = (
        "Atur bobot",
        "Adjust weights",
    );
    WEIGHTS_HELP = (
        "Ubah bobot agar sesuai penekanan panitia provinsi Anda. Bobot lain menyesuaikan agar jumlahnya tetap 100.",
        "Change weights to mirror what your provincial panel stresses. The others adjust so that the sum stays 100.",
    );
    WEIGHTS_SUM = (
        "Jumlah bobot",
        "Sum of weights",
    );
    WEIGHTS_RESET = (
        "Kembalikan bobot rubrik",
        "Reset to the rubric's weights",
    );
    WEIGHT_DEFAULT = (
        "bawaan",
        "default",
    );
    WEIGHT_INVALID = (
        "Isi angka 0 sampai 100.",
        "Enter a number from 0 to 100.",
    );
    METHOD_TITLE = (
        "Metode penilaian",
        "Scoring method",
    );
    METHOD_INTRO = (
        "Tidak ada pedoman bobot resmi Paritrana Award yang diterbitkan. Rubrik ini disusun proyek dari kriteria yang disebut panitia secara publik 2017–2025 dan aturan yang berlaku. Setiap kriteria punya bobot, cara menilai, alasan dan sumber. Halaman ini dibuat langsung dari data rubrik yang sama dengan yang menghitung skor.",
        "No official Paritrana Award weights have been published. The project built this rubric from the criteria panels named publicly in 2017–2025 and the rules in force. Every criterion has a weight, a rule, a reason and a source. This page is generated from the same rubric data that computes the score.",
    );
    METHOD_FOR = (
        "Tampilkan rubrik untuk",
        "Show the rubric for",
    );
    BANDS = (
        "Tingkat kesiapan",
        "Readiness bands",
    );
    FROM = (
        "mulai",
        "from",
    );
    CAPS = (
        "Batas nilai",
        "Caps",
    );
    NUMBERS_TITLE = (
        "Cara menulis angka",
        "How to write numbers",
    );
    NUMBERS_TEXT = (
        "Koma adalah tanda desimal dan titik pemisah ribuan: 1.457.000.000 atau 96,52. Awalan Rp dan akhiran % atau ,- boleh ditulis. Bila ada titik dan koma, yang terakhir dianggap tanda desimal. Satu titik diikuti tepat tiga angka dibaca sebagai ribuan (1.457 = seribu empat ratus lima puluh tujuh). Setiap isian menunjukkan cara angka dibaca.",
        "A comma is the decimal mark and a dot groups thousands: 1.457.000.000 or 96,52. A leading Rp and a trailing % or ,- are fine. With both a dot and a comma, the last one is the decimal mark. A single dot followed by exactly three digits groups thousands (1.457 = one thousand four hundred fifty-seven). Every field shows how it read the number.",
    );
    FOOTER = (
        "Cek Paritrana tidak berafiliasi dengan panitia Paritrana Award atau BPJS Ketenagakerjaan. Semua data tetap di peramban Anda.",
        "Cek Paritrana is not affiliated with the Paritrana Award panels or BPJS Ketenagakerjaan. All data stays in your browser.",
    );
    STORAGE_FAILED = (
        "Peramban ini tidak mengizinkan penyimpanan: isian hanya bertahan sampai halaman ditutup.",
        "This browser does not allow storage: entries last only until the page is closed.",
    );
    NAV_LIBRARY = (
        "Penilaian saya",
        "My assessments",
    );
    NAV_COMPARE = (
        "Bandingkan",
        "Compare",
    );
    OPEN_NOW = (
        "Sedang dibuka",
        "Open now",
    );
    LIBRARY_TITLE = (
        "Penilaian saya",
        "My assessments",
    );
    LIBRARY_HELP = (
        "Semua penilaian tersimpan di peramban ini saja. Simpan berkas untuk cadangan atau untuk dibagikan ke rekan.",
        "All assessments are saved in this browser only. Save a file as a backup or to share with colleagues.",
    );
    NEW_ASSESSMENT = (
        "Penilaian baru",
        "New assessment",
    );
    OPEN = (
        "Buka",
        "Open",
    );
    /// The start page's list of the other saved assessments.
    OPEN_SAVED = (
        "Buka penilaian tersimpan",
        "Open a saved assessment",
    );
    MANAGE_LIBRARY = (
        "Ganti nama, gandakan, hapus atau impor berkas di Penilaian saya",
        "Rename, duplicate, delete or import a file in My assessments",
    );
    RENAME = (
        "Ganti nama",
        "Rename",
    );
    TITLE_LABEL = (
        "Nama penilaian",
        "Assessment name",
    );
    SAVE = (
        "Simpan",
        "Save",
    );
    CANCEL = (
        "Batal",
        "Cancel",
    );
    DUPLICATE = (
        "Gandakan",
        "Duplicate",
    );
    DELETE = (
        "Hapus",
        "Delete",
    );
    DELETE_CONFIRM = (
        "Hapus penilaian ini?",
        "Delete this assessment?",
    );
    DELETE_YES = (
        "Ya, hapus",
        "Yes, delete",
    );
    DELETED = (
        "dihapus.",
        "deleted.",
    );
    UNDO = (
        "Urungkan",
        "Undo",
    );
    EMPTY_LIBRARY = (
        "Belum ada penilaian. Mulai dengan memilih kategori.",
        "No assessments yet. Start by choosing a category.",
    );
    IMPORT = (
        "Impor berkas",
        "Import a file",
    );
    CHOOSE_FILE = (
        "Pilih berkas .json…",
        "Choose a .json file…",
    );
    IMPORT_HELP = (
        "Berkas .json dari tombol \u{201c}Unduh berkas\u{201d}. Berkas diperiksa dulu; tidak ada yang berubah sebelum Anda memilih.",
        "A .json file from the \u{201c}Download file\u{201d} button. It is checked first; nothing changes until you choose.",
    );
    IMPORT_PREVIEW = (
        "Berkas siap diimpor",
        "File ready to import",
    );
    IMPORT_AS_NEW = (
        "Tambahkan sebagai penilaian baru",
        "Add as a new assessment",
    );
    IMPORT_REPLACE = (
        "Ganti isi penilaian yang sedang dibuka",
        "Replace the assessment that is open",
    );
    IMPORT_REPLACES = (
        "Yang akan diganti",
        "What will be replaced",
    );
    IMPORT_READ_FAILED = (
        "Berkas tidak bisa dibaca oleh peramban.",
        "The browser could not read the file.",
    );
    RUBRIC_DIFFERS = (
        "Berkas dibuat dengan rubrik lain; skor dihitung ulang dengan rubrik yang berlaku sekarang.",
        "The file was made under another rubric; scores are recomputed with the rubric in force now.",
    );
    TOOLS = (
        "Simpan dan bagikan",
        "Save and share",
    );
    PRINT = (
        "Cetak laporan / PDF",
        "Print report / PDF",
    );
    DOWNLOAD_CSV = (
        "Unduh tabel (CSV)",
        "Download table (CSV)",
    );
    DOWNLOAD_FILE = (
        "Unduh berkas",
        "Download file",
    );
    COPY_LINK = (
        "Salin tautan",
        "Copy link",
    );
    LINK_COPIED = (
        "Tautan disalin. Isinya ada di bagian setelah tanda #, yang tidak pernah dikirim ke server.",
        "Link copied. Its content sits after the # sign, which is never sent to a server.",
    );
    LINK_MANUAL = (
        "Salin tautan ini secara manual:",
        "Copy this link by hand:",
    );
    LINK_OPENED = (
        "Penilaian dari tautan dibuka sebagai penilaian baru; penilaian Anda yang lain tidak berubah.",
        "The assessment from the link was opened as a new one; your other assessments are unchanged.",
    );
    START_TARGET = (
        "Buat target tahun depan",
        "Plan next year's target",
    );
    DOWNLOAD_FAILED = (
        "Peramban menolak membuat unduhan.",
        "The browser refused to create the download.",
    );
    REPORT_TITLE = (
        "Laporan perkiraan skor Paritrana Award",
        "Paritrana Award score estimate report",
    );
    REPORT_DATE = (
        "Dicetak",
        "Printed",
    );
    REPORT_DISCLAIMER = (
        "Perkiraan tidak resmi yang dihitung di peramban dengan rubrik versi proyek Cek Paritrana, bukan penilaian panitia Paritrana Award. Bobot dan ambang adalah perkiraan; penilaian panitia setelah verifikasi biasanya lebih rendah.",
        "An unofficial estimate computed in the browser under the Cek Paritrana project's rubric, not an assessment by the Paritrana Award panels. Weights and thresholds are estimates; panels' verified scores usually come out lower.",
    );
    COMPARE_TITLE = (
        "Bandingkan dua penilaian",
        "Compare two assessments",
    );
    COMPARE_HELP = (
        "Misalnya tahun lalu dan tahun ini, atau kondisi sekarang dan target.",
        "For example last year and this year, or the current state and a target.",
    );
    BEFORE = (
        "Sebelum",
        "Before",
    );
    AFTER = (
        "Sesudah",
        "After",
    );
    CHANGE = (
        "Perubahan",
        "Change",
    );
    NEED_TWO = (
        "Perlu dua penilaian untuk dibandingkan. Gandakan penilaian atau buat target tahun depan.",
        "Two assessments are needed. Duplicate one or plan next year's target.",
    );
    DIFFERENT_CATEGORIES = (
        "Kategori berbeda: hanya kriteria yang sama yang berjajar.",
        "Different categories: only the same criteria line up.",
    );
    NOT_OVERWRITTEN = (
        "Data lama tidak bisa disalin ke cadangan, jadi tidak ditimpa: perubahan baru belum tersimpan di peramban. Unduh berkas untuk menyimpannya.",
        "The old data could not be copied aside, so it is not overwritten: new changes are not saved in the browser. Download a file to keep them.",
    );
    IMPORT_LEFT_OUT = (
        "Bagian yang tidak terbaca akan dilewati:",
        "Parts that could not be read will be left out:",
    );
    CSV_CRITERION_ID = (
        "ID kriteria",
        "Criterion id",
    );
    CSV_PILLAR = (
        "Pilar",
        "Pillar",
    );
    CSV_SUB_PERCENT = (
        "Sub-skor (%)",
        "Sub-score (%)",
    );
    CSV_EFFECTIVE_WEIGHT = (
        "Bobot efektif",
        "Effective weight",
    );
    CSV_NOTE = (
        "perkiraan tidak resmi, bukan penilaian panitia",
        "unofficial estimate, not a panel's assessment",
    );
    NEW_RELEASE = (
        "Versi baru Cek Paritrana sudah terpasang; penilaian Anda tetap tersimpan.",
        "A new version of Cek Paritrana is installed; your assessments are kept.",
    );
    OPEN_DELETED_ELSEWHERE = (
        "Penilaian yang sedang dibuka dihapus di tab lain.",
        "The assessment open here was deleted in another tab.",
    );
    TOTAL = (
        "Total",
        "Total",
    );
    PACKAGE_LEGEND = (
        "Paket iuran yang dibayar per pekerja",
        "Package paid per worker",
    );
    PER_MONTH = (
        "bulan",
        "month",
    );
    GOT_IT = (
        "Mengerti",
        "Got it",
    );
    PANEL_WEIGHTS_RUBRIC = (
        "bobot rubrik untuk semua kandidat",
        "the rubric's weights for every candidate",
    );
    PANEL_WEIGHTS_CUSTOM = (
        "bobot panel yang disesuaikan, sama untuk semua kandidat kategori ini (bobot kandidat sendiri diabaikan)",
        "the panel's adjusted weights, the same for every candidate of this category (candidates' own weights are ignored)",
    );
    PANEL_CLEAR_YES = (
        "Ya, kosongkan",
        "Yes, clear it",
    );
    PANEL_DROP = (
        "Atau seret beberapa berkas sekaligus ke kotak ini.",
        "Or drag several files at once onto this box.",
    );
    PLAN_COVER_TITLE = (
        "Simulasi anggaran perlindungan",
        "Protection budget planner",
    );
    PLAN_PAYROLL_TITLE = (
        "Simulasi iuran kepatuhan",
        "Compliance contributions planner",
    );
    PLAN_INTRO = (
        "Angka diambil dari penilaian dan bisa diubah di sini tanpa mengubah penilaian. Simulasi tidak disimpan; \u{201c}Jadikan target tahun depan\u{201d} menyimpannya sebagai salinan penilaian.",
        "The figures come from the assessment and can be changed here without changing it. The planner is not saved; \u{201c}Make it next year's target\u{201d} keeps it as a copy of the assessment.",
    );
    PLAN_OPEN = (
        "Simulasi anggaran dan iuran",
        "Plan the budget and contributions",
    );
    PLAN_FROM_STEP = (
        "Hitung di simulasi",
        "Work it out in the planner",
    );
    PLAN_YEAR = (
        "Tahun anggaran",
        "Budget year",
    );
    PLAN_RATES_AT = (
        "tarif yang berlaku pada",
        "rates in force on",
    );
    PLAN_WORKERS = (
        "Pekerja dan masa perlindungan",
        "Workers and months of cover",
    );
    PLAN_FUNDS = (
        "Dana yang tersedia",
        "Funds available",
    );
    PLAN_TARGET = (
        "Target cakupan",
        "Coverage target",
    );
    PLAN_PAYROLL = (
        "Pekerja dan upah",
        "Workers and wages",
    );
    PLAN_BANDS = (
        "Kelompok upah (pilihan)",
        "Wage bands (optional)",
    );
    PLAN_BANDS_HELP = (
        "Bila diisi, kelompok upah menggantikan jumlah pekerja dan total upah di atas.",
        "When filled, the wage bands replace the headcount and wage bill above.",
    );
    PLAN_BAND = (
        "Kelompok",
        "Band",
    );
    PLAN_ADD_BAND = (
        "Tambah kelompok upah",
        "Add a wage band",
    );
    PLAN_REMOVE_BAND = (
        "Hapus kelompok",
        "Remove band",
    );
    PLAN_FINDING = (
        "Temuan PDS: yang dilaporkan ke BPJS",
        "PDS finding: what was reported to BPJS",
    );
    PLAN_RESULT = (
        "Hasil simulasi",
        "What the plan works out to",
    );
    PLAN_PER_PROGRAMME = (
        "Iuran per program per bulan",
        "Contributions per programme a month",
    );
    PLAN_PROGRAMME = (
        "Program",
        "Programme",
    );
    PLAN_EMPLOYER = (
        "Pemberi kerja per bulan",
        "Employer a month",
    );
    PLAN_WORKER = (
        "Pekerja per bulan",
        "Worker a month",
    );
    PLAN_BASIS = (
        "Dasar perhitungan",
        "Basis of the figures",
    );
    PLAN_EMPTY = (
        "Isi jumlah pekerja (dan upahnya) untuk melihat hasil.",
        "Enter the number of workers (and their wages) to see the result.",
    );
    /// The planner page's address names no assessment found in this browser.
    DOSSIER_NOT_FOUND = (
        "Penilaian untuk daftar bukti ini tidak ada di peramban ini. Buka daftar bukti dari halaman penilaian.",
        "The assessment for this list of documents is not in this browser. Open the list from the assessment page.",
    );
    PLAN_NOT_FOUND = (
        "Penilaian untuk simulasi ini tidak ada di peramban ini. Buka simulasi dari halaman penilaian.",
        "The assessment for this plan is not in this browser. Open the planner from the assessment page.",
    );
    /// Saved data that does not read whole is the self-check's to recover first.
    PLAN_APPLY = (
        "Jadikan target tahun depan",
        "Make it next year's target",
    );
    CHANGES_FROM = (
        "Yang berubah dari rubrik",
        "What changed from rubric",
    );
    CALIBRATION_TITLE = (
        "Diperiksa terhadap kasus yang terbit",
        "Checked against published cases",
    );
    CALIBRATION_INTRO = (
        "Kandidat nyata yang angka dan hasilnya terbit, dinilai dengan rubrik ini. Yang terbit dipakai apa adanya (dengan alamat sumbernya), yang tidak terbit diasumsikan dengan alasannya, dan kriteria tanpa data dikeluarkan lalu sisanya dinormalkan. Kasus dengan kurang dari separuh bobot yang diketahui tidak diberi kategori.",
        "Real candidates whose figures and results were published, scored with this rubric. What was published is used as is (with its address), what was not is assumed with its reason, and criteria without data are left out with the rest renormalised. Cases with less than half of the weight known get no band.",
    );
    CALIBRATION_TABLE = (
        "Tabel kasus kalibrasi",
        "Table of calibration cases",
    );
    AGREEMENT_NOT_REGULATION = (
        "Perjanjian kerja sama (PKS/MoU) bukan regulasi: centang di \u{201c}Inovasi dan kolaborasi\u{201d}, tempat ia dihitung.",
        "A cooperation agreement (PKS/MoU) is not a regulation: tick it under \u{201c}Innovation and collaboration\u{201d}, where it counts.",
    );
    CASE = (
        "Kasus",
        "Case",
    );
    RESULT = (
        "Hasil",
        "Result",
    );
    PUBLISHED = (
        "Terbit",
        "Published",
    );
    ASSUMED = (
        "Diasumsikan",
        "Assumed",
    );
    LEFT_OUT = (
        "Tanpa data, dikeluarkan",
        "No data, left out",
    );
    KNOWN_WEIGHT = (
        "bobot diketahui",
        "weight known",
    );
    TOO_LITTLE = (
        "terlalu sedikit yang terbit",
        "too little published",
    );
    NAV_PANEL = (
        "Mode panel",
        "Panel mode",
    );
    PANEL_TITLE = (
        "Peringkat kandidat untuk panel",
        "Ranking candidates for a panel",
    );
    PANEL_HELP = (
        "Muat berkas penilaian kandidat (.json) atau templat CSV yang sudah diisi. Semua kandidat satu kategori dinilai dengan rubrik dan bobot panel yang sama. Daftar ini disimpan terpisah dari penilaian Anda sendiri.",
        "Load candidates' assessment files (.json) or a filled CSV template. Every candidate of a category is scored under the same rubric and panel weights. This list is kept apart from your own assessments.",
    );
    PANEL_FILES = (
        "Pilih berkas .json atau .csv…",
        "Choose .json or .csv files…",
    );
    PANEL_TEMPLATE = (
        "Unduh templat CSV kategori ini",
        "Download this category's CSV template",
    );
    PANEL_EXPORT = (
        "Unduh peringkat (CSV)",
        "Download ranking (CSV)",
    );
    PANEL_CLEAR = (
        "Kosongkan daftar panel",
        "Clear the panel list",
    );
    PANEL_CLEARED = (
        "Daftar panel dikosongkan.",
        "Panel list cleared.",
    );
    PANEL_REMOVED = (
        "Kandidat dihapus dari daftar panel.",
        "Candidate removed from the panel list.",
    );
    PANEL_REMOVE = (
        "Hapus dari daftar",
        "Remove from the list",
    );
    PANEL_EMPTY = (
        "Belum ada kandidat untuk kategori ini.",
        "No candidates for this category yet.",
    );
    PANEL_COMPARE = (
        "Bandingkan yang dipilih (2 sampai 5)",
        "Compare the chosen ones (2 to 5)",
    );
    PANEL_WEIGHTS_NOTE = (
        "Bobot panel berlaku untuk semua kandidat kategori ini, menggantikan bobot masing-masing.",
        "Panel weights apply to every candidate of this category, in place of their own.",
    );
    PANEL_ALL = (
        "Semua",
        "All",
    );
    PANEL_SHORTLISTED_ONLY = (
        "Hanya daftar pendek",
        "Shortlist only",
    );
    PANEL_ATTENDANCE = (
        "Yang hadir saat wawancara (kepala/wakil/utusan/belum)",
        "Who attends the interview (head/deputy/delegate/not confirmed)",
    );
    PANEL_LEADER = (
        "Pimpinan hadir langsung saat wawancara (ya/tidak)",
        "Head attends the interview in person (yes/no)",
    );
    PANEL_RANK = (
        "Peringkat",
        "Rank",
    );
    PANEL_NAME = (
        "Nama",
        "Name",
    );
    PANEL_BAND = (
        "Tingkat kesiapan",
        "Readiness band",
    );
    PANEL_SELF_RATED = (
        "Poin dinilai sendiri (%)",
        "Self-rated points (%)",
    );
    PANEL_FLAGS = (
        "Catatan",
        "Notes",
    );
    PANEL_SHORTLIST = (
        "Daftar pendek",
        "Shortlist",
    );
    PANEL_YES = (
        "ya",
        "yes",
    );
    DOSSIER = (
        "Dokumen pendukung",
        "Supporting documents",
    );
    DOSSIER_OPEN = (
        "Kelola dokumen pendukung",
        "Manage supporting documents",
    );
    DOSSIER_INTRO = (
        "Tim penilai memverifikasi dokumen. Catat untuk setiap kriteria dokumen yang membuktikan isian Anda: nomor atau judul, tanggal, dan apakah sudah dicocokkan dengan BPJS Ketenagakerjaan. Daftar ini tersimpan bersama penilaian, di berkas dan di tautannya; dokumennya sendiri tidak diunggah ke mana pun.",
        "Assessors verify documents. For each criterion, record the document that proves what you entered: its number or title, its date, and whether it was checked with BPJS Ketenagakerjaan. The list is kept with the assessment, in its file and its link; the documents themselves are not uploaded anywhere.",
    );
    /// Beside a criterion that earns points with nothing in the dossier.
    UNPROVEN = (
        "klaim tanpa bukti",
        "claim without evidence",
    );
    UNPROVEN_COUNT = (
        "Kriteria yang memperoleh poin tanpa bukti",
        "Criteria earning points without evidence",
    );
    ALL_PROVEN = (
        "Setiap kriteria yang memperoleh poin sudah punya bukti.",
        "Every criterion that earns points has evidence.",
    );
    READINESS_FROM_DOSSIER = (
        "Butir \u{201c}Dokumen pendukung lengkap dan rapi\u{201d} dibaca dari daftar ini",
        "The item \u{201c}Supporting documents complete and in order\u{201d} is read from this list",
    );
    DOSSIER_READY = (
        "terpenuhi",
        "in place",
    );
    DOSSIER_NOT_READY = (
        "belum terpenuhi",
        "not yet in place",
    );
    READINESS_BEFORE_DOSSIER = (
        "Begitu satu bukti dicatat, butir \u{201c}Dokumen pendukung lengkap dan rapi\u{201d} dibaca dari daftar ini, bukan dari centang di formulir.",
        "Once one piece of evidence is recorded, the item \u{201c}Supporting documents complete and in order\u{201d} is read from this list, not from the tick on the form.",
    );
    /// Beside the readiness item on the form once the dossier answers it.
    FROM_DOSSIER = (
        "Dibaca dari daftar dokumen pendukung",
        "Read from the list of supporting documents",
    );
    EVIDENCE = (
        "Bukti",
        "Evidence",
    );
    EVIDENCE_KIND = (
        "Jenis",
        "Type",
    );
    EVIDENCE_REMOVED = (
        "Bukti dihapus.",
        "Evidence removed.",
    );
    EVIDENCE_TITLE = (
        "Nomor atau judul dokumen",
        "Document number or title",
    );
    EVIDENCE_DATE = (
        "Tanggal",
        "Date",
    );
    EVIDENCE_NOTE = (
        "Catatan",
        "Note",
    );
    EVIDENCE_BPJS = (
        "Sudah dicocokkan dengan BPJS Ketenagakerjaan",
        "Checked with BPJS Ketenagakerjaan",
    );
    EVIDENCE_ADD = (
        "Tambah bukti",
        "Add evidence",
    );
    EVIDENCE_REMOVE = (
        "Hapus bukti ini",
        "Remove this evidence",
    );
    EVIDENCE_NO_TITLE = (
        "Belum dihitung sebagai bukti: isi nomor atau judul dokumennya.",
        "Not counted as evidence yet: fill in the document's number or title.",
    );
    EVIDENCE_BAD_DATE = (
        "Tanggal tidak terbaca. Tulis seperti 31-12-2024.",
        "The date cannot be read. Write it like 31-12-2024.",
    );
    EVIDENCE_NONE = (
        "Belum ada bukti.",
        "No evidence yet.",
    );
    APPENDIX = (
        "Lampiran: daftar dokumen pendukung",
        "Appendix: list of supporting documents",
    );
}

/// The one-line notice of an assessment opened under a newer rubric.
pub fn rubric_moved(old: &str, new: &str, before: &str, after: &str) -> Msg {
    Msg::new(
        format!("Disimpan dengan rubrik {old}, kini dinilai dengan rubrik {new}: total {before} → {after}. Semua isian tetap."),
        format!("Saved under rubric {old}, now scored under rubric {new}: total {before} → {after}. Every entry is kept."),
    )
}

/// What the estimate is, with the number of published cases it was checked against.
pub fn checked_against(cases: usize) -> Msg {
    Msg::new(
        format!("Ini perkiraan, diperiksa terhadap {cases} kasus yang terbit, bukan nilai panitia."),
        format!("This is an estimate, checked against {cases} published cases, not the panel's score."),
    )
}

/// "Salinan Kota X 2024": the title of a duplicate.
pub fn copy_title(title: &str) -> Msg {
    Msg::new(format!("Salinan {title}"), format!("Copy of {title}"))
}

/// "Target 2025: Kota X": next year's plan made from an assessment.
pub fn target_title(year: Option<u16>, title: &str) -> Msg {
    match year {
        Some(y) => Msg::new(format!("Target {y}: {title}"), format!("Target {y}: {title}")),
        None => Msg::new(format!("Target: {title}"), format!("Target: {title}")),
    }
}

/// This tab's version of an assessment another tab changed too.
pub fn this_tab_title(title: &str) -> Msg {
    Msg::new(format!("{title} (versi tab ini)"), format!("{title} (this tab's version)"))
}

/// Both tabs changed the same assessments: both versions are kept.
pub fn kept_both(titles: &[String]) -> Msg {
    let list = titles.iter().map(|t| format!("\u{201c}{t}\u{201d}")).collect::<Vec<_>>().join(", ");
    Msg::new(
        format!("Tab lain juga mengubah {list}. Kedua versi disimpan: versi tab ini ditandai \u{201c}versi tab ini\u{201d}."),
        format!("Another tab also changed {list}. Both versions are kept: this tab's is marked \u{201c}this tab's version\u{201d}."),
    )
}

/// Damaged saved data was copied aside under `key`.
pub fn kept_aside(message: &Msg, key: &str) -> Msg {
    Msg::new(format!("{} (kunci: {key})", message.id), format!("{} (key: {key})", message.en))
}

/// Damaged saved data could not be copied aside, so nothing is written over it.
pub fn not_overwritten(message: &Msg) -> Msg {
    Msg::new(format!("{} {}", message.id, NOT_OVERWRITTEN.id), format!("{} {}", message.en, NOT_OVERWRITTEN.en))
}

/// Asked before the panel's set is cleared.
pub fn panel_clear_question(n: usize) -> Msg {
    Msg::new(
        format!("Kosongkan daftar panel ({n} kandidat)? Penilaian Anda sendiri tidak tersentuh, dan pengosongan bisa diurungkan."),
        format!("Clear the panel's list ({n} candidates)? Your own assessments are not touched, and the clearing can be undone."),
    )
}

/// How many notes a panel row carries, shown in place of the notes themselves.
pub fn panel_flag_count(n: usize) -> Msg {
    Msg::new(format!("{n} catatan"), format!("{n} {}", if n == 1 { "note" } else { "notes" }))
}
