//! The interface's own texts. Each is a `T { id, en }`: a missing translation does not compile.

use crate::core::text::T;

pub const TAGLINE: T = T::new("Perkiraan skor Paritrana Award", "Paritrana Award score estimate");
pub const UNOFFICIAL: T = T::new("Perkiraan tidak resmi", "Unofficial estimate");
pub const SKIP: T = T::new("Langsung ke isi", "Skip to content");
pub const NAV: T = T::new("Navigasi utama", "Main navigation");
pub const NAV_START: T = T::new("Beranda", "Home");
pub const NAV_CHECK: T = T::new("Penilaian", "Assessment");
pub const NAV_METHOD: T = T::new("Metode", "Method");
pub const LANGUAGE: T = T::new("Bahasa", "Language");
pub const CLOSE: T = T::new("Tutup", "Close");

pub const INTRO_TITLE: T =
    T::new("Seberapa siap Anda untuk Paritrana Award?", "How ready are you for the Paritrana Award?");
pub const INTRO_1: T = T::new(
    "Paritrana Award adalah penghargaan tahunan pemerintah bersama BPJS Ketenagakerjaan sejak 2017 bagi pemerintah daerah dan badan usaha yang memperluas perlindungan jaminan sosial ketenagakerjaan, terutama bagi pekerja rentan.",
    "The Paritrana Award is an annual government award, with BPJS Ketenagakerjaan, since 2017, for regional governments and businesses that widen employment social security, especially for vulnerable workers.",
);
pub const INTRO_2: T = T::new(
    "Masukkan angka Anda sendiri dan lihat perkiraan skor per kriteria, serta langkah yang paling menaikkan nilai. Bobot resmi tidak pernah diterbitkan: bobot di sini adalah perkiraan proyek ini, terbuka dan bisa Anda atur.",
    "Enter your own figures and see an estimated score per criterion, and the steps that raise it most. No official weights have been published: the weights here are this project's estimate, open and adjustable.",
);
pub const PRIVACY: T = T::new(
    "Data Anda tidak pernah meninggalkan peramban ini: tidak ada server, tidak ada pelacak. Isian disimpan otomatis di perangkat ini saja.",
    "Your data never leaves this browser: no server, no tracking. Entries are saved automatically on this device only.",
);
pub const CHOOSE_CATEGORY: T = T::new("Pilih kategori Anda", "Choose your category");
pub const GOVERNMENTS: T = T::new("Pemerintah", "Governments");
pub const BUSINESSES: T = T::new("Badan usaha", "Businesses");
pub const CONTINUE: T = T::new("Lanjutkan penilaian", "Continue the assessment");
pub const CURRENT_CATEGORY: T = T::new("kategori saat ini", "current category");

pub const PROFILE: T = T::new("Profil", "Profile");
pub const CATEGORY: T = T::new("Kategori", "Category");
pub const CHANGE_CATEGORY_HELP: T = T::new(
    "Mengganti kategori mempertahankan isian; bobot dan tanda tidak berlaku kembali ke rubrik kategori baru.",
    "Changing the category keeps your entries; weights and not-applicable marks return to the new category's rubric.",
);
pub const NAME_GOV: T = T::new("Nama daerah atau desa", "Name of the region or village");
pub const NAME_BUSINESS: T = T::new("Nama badan usaha", "Name of the business");
pub const PROVINCE: T = T::new("Provinsi", "Province");
pub const YEAR: T = T::new("Tahun data yang dinilai", "Year of the data assessed");
pub const YEAR_HELP: T = T::new(
    "Penilaian memakai data satu tahun kalender penuh sebelum tahun penghargaan.",
    "The award assesses the full calendar year before the award year.",
);
pub const SECTOR: T = T::new("Sektor", "Sector");
pub const SECTOR_NONE: T = T::new("Pilih sektor", "Choose a sector");
pub const SIZE: T = T::new("Skala usaha", "Business size");
pub const SIZE_HELP: T =
    T::new("Menentukan program wajib (Perpres 109/2013).", "Decides the mandatory programmes (Perpres 109/2013).");
pub const RISK: T = T::new("Kelompok risiko JKK", "JKK risk group");
pub const RISK_HELP: T = T::new("Dipakai untuk menghitung iuran JKK.", "Used to compute the JKK contribution.");

pub const POINTS: T = T::new("poin", "points");
pub const READ_AS: T = T::new("dibaca", "read as");
pub const LEARN: T = T::new("Pelajari", "Learn more");
pub const WHY_WEIGHT: T = T::new("Mengapa bobot ini", "Why this weight");
pub const SOURCE: T = T::new("Sumber", "Source");
pub const HOW_SCORED: T = T::new("Cara menilai", "How it is scored");
pub const NOT_APPLICABLE: T = T::new("Tidak berlaku", "Not applicable");
pub const NOT_APPLICABLE_NOTE: T = T::new(
    "Kriteria ini tidak dihitung; bobotnya dibagi ke kriteria lain. Isian tetap disimpan.",
    "This criterion is left out; its weight goes to the others. Entries are kept.",
);
pub const SELF_RATED: T = T::new("Dinilai sendiri", "Self-rated");
pub const REGULATION_LEGEND: T = T::new("Produk hukum tertinggi yang berlaku", "Strongest legal instrument in force");
pub const LEADER_YES: T =
    T::new("Ya, kepala daerah/desa akan hadir langsung", "Yes, the regional or village head will attend in person");
pub const LEADER_YES_BUSINESS: T =
    T::new("Ya, pimpinan tertinggi akan hadir langsung", "Yes, the chief executive will attend in person");
pub const PROGRAMMES_LEGEND: T = T::new("Program yang diikuti semua pekerja", "Programmes every worker is enrolled in");
pub const MANDATORY: T = T::new("wajib", "mandatory");
pub const OPTIONAL: T = T::new("sukarela", "voluntary");

pub const RESULTS: T = T::new("Perkiraan skor", "Estimated score");
pub const OUT_OF_100: T = T::new("dari 100", "of 100");
pub const RUBRIC: T = T::new("rubrik", "rubric");
pub const ESTIMATE_NOTE: T = T::new(
    "Bobot dan ambang adalah perkiraan proyek ini, bukan pedoman resmi. Penilaian panitia setelah verifikasi biasanya lebih rendah.",
    "Weights and thresholds are this project's estimate, not official guidance. Panels' verified scores usually come out lower.",
);
pub const CUSTOM_WEIGHTS: T = T::new("Bobot disesuaikan", "Custom weights");
pub const RENORMALISED: T =
    T::new("Bobot dibagi ulang karena ada kriteria tidak berlaku", "Weights redistributed: some criteria do not apply");
pub const FIX_FIELDS: T = T::new("Isian yang perlu diperbaiki", "Fields to fix");
pub const FIX_FIELDS_NOTE: T = T::new(
    "Kriteria terkait bernilai 0 sampai isiannya diperbaiki.",
    "The criteria concerned score 0 until the fields are fixed.",
);
pub const CAP: T = T::new("Batas nilai", "Score cap");
pub const SUM_BEFORE_CAP: T = T::new("Jumlah sebelum batas nilai", "Sum before the cap");
pub const CAP_NOT_LOWERING: T = T::new(
    "Batas ini belum berpengaruh: total saat ini di bawahnya. Selesaikan temuan di atas sebelum total melewatinya.",
    "This cap does not change the total yet: the total is below it. Resolve the findings above before the total passes it.",
);
pub const WITH_RUBRIC_WEIGHTS: T = T::new("Dengan bobot rubrik", "With the rubric's weights");
pub const PILLARS: T = T::new("Per pilar", "By pillar");
pub const NEXT_STEPS: T = T::new("Yang paling menaikkan nilai", "What raises the score most");
pub const NO_STEPS: T = T::new(
    "Belum ada langkah yang bisa dihitung: lengkapi isian, atau semua kriteria sudah bernilai penuh.",
    "No step can be computed yet: fill in the form, or every criterion already has full marks.",
);
pub const ALL_STEPS: T = T::new("Semua langkah", "All steps");
pub const FIGURES: T = T::new("Angka turunan", "Derived figures");
pub const CHECK_THESE: T = T::new("Perlu dicocokkan", "Worth reconciling");
pub const TABLE: T = T::new("Rincian per kriteria", "Breakdown by criterion");
pub const COL_CRITERION: T = T::new("Kriteria", "Criterion");
pub const COL_REASON: T = T::new("Data dan alasan", "Data and reason");
pub const COL_SUB: T = T::new("Sub-skor", "Sub-score");
pub const COL_WEIGHT: T = T::new("Bobot", "Weight");
pub const COL_POINTS: T = T::new("Poin", "Points");
pub const SEE_RESULTS: T = T::new("Lihat rincian", "See breakdown");
pub const SCORE: T = T::new("Skor", "Score");
pub const BACK_TO_FORM: T = T::new("Kembali ke isian", "Back to the form");

pub const WEIGHTS: T = T::new("Atur bobot", "Adjust weights");
pub const WEIGHTS_HELP: T = T::new(
    "Ubah bobot agar sesuai penekanan panitia provinsi Anda. Bobot lain menyesuaikan agar jumlahnya tetap 100.",
    "Change weights to mirror what your provincial panel stresses. The others adjust so that the sum stays 100.",
);
pub const WEIGHTS_SUM: T = T::new("Jumlah bobot", "Sum of weights");
pub const WEIGHTS_RESET: T = T::new("Kembalikan bobot rubrik", "Reset to the rubric's weights");
pub const WEIGHT_DEFAULT: T = T::new("bawaan", "default");
pub const WEIGHT_INVALID: T = T::new("Isi angka 0 sampai 100.", "Enter a number from 0 to 100.");

pub const METHOD_TITLE: T = T::new("Metode penilaian", "Scoring method");
pub const METHOD_INTRO: T = T::new(
    "Tidak ada pedoman bobot resmi Paritrana Award yang diterbitkan. Rubrik ini disusun proyek dari kriteria yang disebut panitia secara publik 2017–2025 dan aturan yang berlaku. Setiap kriteria punya bobot, cara menilai, alasan dan sumber. Halaman ini dibuat langsung dari data rubrik yang sama dengan yang menghitung skor.",
    "No official Paritrana Award weights have been published. The project built this rubric from the criteria panels named publicly in 2017–2025 and the rules in force. Every criterion has a weight, a rule, a reason and a source. This page is generated from the same rubric data that computes the score.",
);
pub const METHOD_FOR: T = T::new("Tampilkan rubrik untuk", "Show the rubric for");
pub const BANDS: T = T::new("Tingkat kesiapan", "Readiness bands");
pub const FROM: T = T::new("mulai", "from");
pub const CAPS: T = T::new("Batas nilai", "Caps");
pub const NUMBERS_TITLE: T = T::new("Cara menulis angka", "How to write numbers");
pub const NUMBERS_TEXT: T = T::new(
    "Koma adalah tanda desimal dan titik pemisah ribuan: 1.457.000.000 atau 96,52. Awalan Rp dan akhiran % atau ,- boleh ditulis. Bila ada titik dan koma, yang terakhir dianggap tanda desimal. Satu titik diikuti tepat tiga angka dibaca sebagai ribuan (1.457 = seribu empat ratus lima puluh tujuh). Setiap isian menunjukkan cara angka dibaca.",
    "A comma is the decimal mark and a dot groups thousands: 1.457.000.000 or 96,52. A leading Rp and a trailing % or ,- are fine. With both a dot and a comma, the last one is the decimal mark. A single dot followed by exactly three digits groups thousands (1.457 = one thousand four hundred fifty-seven). Every field shows how it read the number.",
);

pub const FOOTER: T = T::new(
    "Cek Paritrana tidak berafiliasi dengan panitia Paritrana Award atau BPJS Ketenagakerjaan. Semua data tetap di peramban Anda.",
    "Cek Paritrana is not affiliated with the Paritrana Award panels or BPJS Ketenagakerjaan. All data stays in your browser.",
);
pub const STORAGE_FAILED: T = T::new(
    "Peramban ini tidak mengizinkan penyimpanan: isian hanya bertahan sampai halaman ditutup.",
    "This browser does not allow storage: entries last only until the page is closed.",
);

pub const NAV_LIBRARY: T = T::new("Penilaian saya", "My assessments");
pub const NAV_COMPARE: T = T::new("Bandingkan", "Compare");
pub const OPEN_NOW: T = T::new("Sedang dibuka", "Open now");
pub const LIBRARY_TITLE: T = T::new("Penilaian saya", "My assessments");
pub const LIBRARY_HELP: T = T::new(
    "Semua penilaian tersimpan di peramban ini saja. Simpan berkas untuk cadangan atau untuk dibagikan ke rekan.",
    "All assessments are saved in this browser only. Save a file as a backup or to share with colleagues.",
);
pub const NEW_ASSESSMENT: T = T::new("Penilaian baru", "New assessment");
pub const OPEN: T = T::new("Buka", "Open");
pub const RENAME: T = T::new("Ganti nama", "Rename");
pub const TITLE_LABEL: T = T::new("Nama penilaian", "Assessment name");
pub const SAVE: T = T::new("Simpan", "Save");
pub const CANCEL: T = T::new("Batal", "Cancel");
pub const DUPLICATE: T = T::new("Gandakan", "Duplicate");
pub const DELETE: T = T::new("Hapus", "Delete");
pub const DELETE_CONFIRM: T = T::new("Hapus penilaian ini?", "Delete this assessment?");
pub const DELETE_YES: T = T::new("Ya, hapus", "Yes, delete");
pub const DELETED: T = T::new("dihapus.", "deleted.");
pub const UNDO: T = T::new("Urungkan", "Undo");
pub const EMPTY_LIBRARY: T =
    T::new("Belum ada penilaian. Mulai dengan memilih kategori.", "No assessments yet. Start by choosing a category.");
pub const IMPORT: T = T::new("Impor berkas", "Import a file");
pub const CHOOSE_FILE: T = T::new("Pilih berkas .json…", "Choose a .json file…");
pub const IMPORT_HELP: T = T::new(
    "Berkas .json dari tombol \u{201c}Unduh berkas\u{201d}. Berkas diperiksa dulu; tidak ada yang berubah sebelum Anda memilih.",
    "A .json file from the \u{201c}Download file\u{201d} button. It is checked first; nothing changes until you choose.",
);
pub const IMPORT_PREVIEW: T = T::new("Berkas siap diimpor", "File ready to import");
pub const IMPORT_AS_NEW: T = T::new("Tambahkan sebagai penilaian baru", "Add as a new assessment");
pub const IMPORT_REPLACE: T = T::new("Ganti isi penilaian yang sedang dibuka", "Replace the assessment that is open");
pub const IMPORT_REPLACES: T = T::new("Yang akan diganti", "What will be replaced");
pub const IMPORT_READ_FAILED: T =
    T::new("Berkas tidak bisa dibaca oleh peramban.", "The browser could not read the file.");
pub const RUBRIC_DIFFERS: T = T::new(
    "Berkas dibuat dengan rubrik lain; skor dihitung ulang dengan rubrik yang berlaku sekarang.",
    "The file was made under another rubric; scores are recomputed with the rubric in force now.",
);

pub const TOOLS: T = T::new("Simpan dan bagikan", "Save and share");
pub const PRINT: T = T::new("Cetak laporan / PDF", "Print report / PDF");
pub const DOWNLOAD_CSV: T = T::new("Unduh tabel (CSV)", "Download table (CSV)");
pub const DOWNLOAD_FILE: T = T::new("Unduh berkas", "Download file");
pub const COPY_LINK: T = T::new("Salin tautan", "Copy link");
pub const LINK_COPIED: T = T::new(
    "Tautan disalin. Isinya ada di bagian setelah tanda #, yang tidak pernah dikirim ke server.",
    "Link copied. Its content sits after the # sign, which is never sent to a server.",
);
pub const LINK_MANUAL: T = T::new("Salin tautan ini secara manual:", "Copy this link by hand:");
pub const LINK_OPENED: T = T::new(
    "Penilaian dari tautan dibuka sebagai penilaian baru; penilaian Anda yang lain tidak berubah.",
    "The assessment from the link was opened as a new one; your other assessments are unchanged.",
);
pub const START_TARGET: T = T::new("Buat target tahun depan", "Plan next year's target");
pub const DOWNLOAD_FAILED: T =
    T::new("Peramban menolak membuat unduhan.", "The browser refused to create the download.");

pub const REPORT_TITLE: T = T::new("Laporan perkiraan skor Paritrana Award", "Paritrana Award score estimate report");
pub const REPORT_DATE: T = T::new("Dicetak", "Printed");
pub const REPORT_DISCLAIMER: T = T::new(
    "Perkiraan tidak resmi yang dihitung di peramban dengan rubrik versi proyek Cek Paritrana, bukan penilaian panitia Paritrana Award. Bobot dan ambang adalah perkiraan; penilaian panitia setelah verifikasi biasanya lebih rendah.",
    "An unofficial estimate computed in the browser under the Cek Paritrana project's rubric, not an assessment by the Paritrana Award panels. Weights and thresholds are estimates; panels' verified scores usually come out lower.",
);

pub const COMPARE_TITLE: T = T::new("Bandingkan dua penilaian", "Compare two assessments");
pub const COMPARE_HELP: T = T::new(
    "Misalnya tahun lalu dan tahun ini, atau kondisi sekarang dan target.",
    "For example last year and this year, or the current state and a target.",
);
pub const BEFORE: T = T::new("Sebelum", "Before");
pub const AFTER: T = T::new("Sesudah", "After");
pub const CHANGE: T = T::new("Perubahan", "Change");
pub const NEED_TWO: T = T::new(
    "Perlu dua penilaian untuk dibandingkan. Gandakan penilaian atau buat target tahun depan.",
    "Two assessments are needed. Duplicate one or plan next year's target.",
);
pub const DIFFERENT_CATEGORIES: T = T::new(
    "Kategori berbeda: hanya kriteria yang sama yang berjajar.",
    "Different categories: only the same criteria line up.",
);
