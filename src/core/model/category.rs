//! Who can use the self-check: the award's categories.

use strum::VariantArray;

use crate::core::base::keys::{self, serialize_by_key, Keyed};
use crate::core::base::text::T;

/// Saved by key: the variant in `snake_case` (`bu_besar`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, VariantArray, strum::IntoStaticStr)]
#[strum(serialize_all = "snake_case")]
pub enum Category {
    Provinsi,
    Kabkota,
    Desa,
    /// An urban ward: part of the city or regency government, with no village budget and
    /// no village council (the 2025 rounds' "Desa/Kelurahan" category). From rubric 2026.2.
    Kelurahan,
    BuBesar,
    BuMenengah,
    /// Large and medium businesses on one scale, as 2025 provincial rounds assess them.
    BuBesarMenengah,
    Umk,
    LayananPublik,
}

/// The two families of criteria: governments and businesses.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Family {
    Government,
    Business,
}

/// Business size under Perpres 109/2013 Pasal 6(3): decides the mandatory programmes.
/// Saved by key: the variant in `snake_case` (`menengah`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, VariantArray, strum::IntoStaticStr)]
#[strum(serialize_all = "snake_case")]
pub enum BusinessSize {
    #[default]
    Besar,
    Menengah,
    Kecil,
    Mikro,
}

impl Category {
    pub const ALL: [Category; Category::VARIANTS.len()] = keys::array(Category::VARIANTS);

    /// The category's key.
    pub fn code(self) -> &'static str {
        self.key()
    }

    pub fn from_code(code: &str) -> Option<Category> {
        Category::from_key(code)
    }

    pub fn family(self) -> Family {
        match self {
            Category::Provinsi | Category::Kabkota | Category::Desa | Category::Kelurahan => Family::Government,
            _ => Family::Business,
        }
    }

    pub fn name(self) -> T {
        match self {
            Category::Provinsi => T::new("Pemerintah Provinsi", "Provincial Government"),
            Category::Kabkota => T::new("Pemerintah Kabupaten/Kota", "Regency/City Government"),
            Category::Desa => T::new("Pemerintah Desa/Kampung", "Village Government"),
            Category::Kelurahan => T::new("Kelurahan", "Urban Ward (Kelurahan)"),
            Category::BuBesar => T::new("Badan Usaha Skala Besar", "Large Business"),
            Category::BuMenengah => T::new("Badan Usaha Skala Menengah", "Medium Business"),
            Category::BuBesarMenengah => {
                T::new("Badan Usaha Besar dan Menengah (gabungan)", "Large and Medium Business (combined)")
            }
            Category::Umk => T::new("Usaha Kecil dan Mikro", "Small and Micro Business"),
            Category::LayananPublik => T::new("Badan Usaha Sektor Layanan Publik", "Public-Service Enterprise"),
        }
    }

    pub fn summary(self) -> T {
        match self {
            Category::Provinsi => T::new(
                "Regulasi, cakupan kepesertaan se-provinsi, anggaran APBD untuk pekerja rentan, inovasi.",
                "Regulation, province-wide coverage, APBD budget for vulnerable workers, innovation.",
            ),
            Category::Kabkota => T::new(
                "Perda/Perkada, cakupan pekerja di wilayah, anggaran pekerja rentan, inovasi dan wawancara.",
                "Regional regulation, coverage of the region's workers, budget for vulnerable workers, innovation and interview.",
            ),
            Category::Desa => T::new(
                "Peraturan desa, perlindungan perangkat desa dan pekerja rentan dari APBDes/Dana Desa.",
                "Village regulation, protection of village officials and vulnerable workers from the village budget.",
            ),
            Category::Kelurahan => T::new(
                "Perlindungan RT/RW, kader dan pekerja rentan di kelurahan, didanai APBD kabupaten/kota dan sumber lain.",
                "Protection of neighbourhood heads, volunteers and vulnerable workers in the ward, funded by the city's budget and other sources.",
            ),
            Category::BuBesar => T::new(
                "Kepatuhan penuh (tenaga kerja, upah, program), rantai pasok, CSR dan inovasi.",
                "Full compliance (workers, wages, programmes), supply chain, CSR and innovation.",
            ),
            Category::BuMenengah => T::new(
                "Kepatuhan penuh dengan empat program wajib, vendor peserta, kepedulian sosial.",
                "Full compliance with the four mandatory programmes, participating vendors, social care.",
            ),
            Category::BuBesarMenengah => T::new(
                "Satu skala untuk usaha besar dan menengah, seperti babak provinsi 2025.",
                "One scale for large and medium businesses, as in the 2025 provincial rounds.",
            ),
            Category::Umk => T::new(
                "Kepatuhan sesuai skala usaha, kesadaran dan kesiapan wawancara.",
                "Compliance by business size, awareness and interview readiness.",
            ),
            Category::LayananPublik => T::new(
                "Rumah sakit, perguruan tinggi, utilitas: kepatuhan, mitra dan inovasi layanan.",
                "Hospitals, universities, utilities: compliance, partners and service innovation.",
            ),
        }
    }

    /// The sizes a candidate of the category chooses between; none where the category
    /// implies its size.
    pub fn sizes(self) -> &'static [BusinessSize] {
        match self {
            Category::Umk => &[BusinessSize::Kecil, BusinessSize::Mikro],
            Category::BuBesarMenengah => &[BusinessSize::Besar, BusinessSize::Menengah],
            Category::LayananPublik => &BusinessSize::ALL,
            _ => &[],
        }
    }

    /// The business size a category implies; small/micro and public-service firms choose.
    pub fn default_size(self) -> BusinessSize {
        match self {
            Category::BuMenengah => BusinessSize::Menengah,
            Category::Umk => BusinessSize::Kecil,
            _ => BusinessSize::Besar,
        }
    }
}

impl BusinessSize {
    pub const ALL: [BusinessSize; BusinessSize::VARIANTS.len()] = keys::array(BusinessSize::VARIANTS);

    pub fn name(self) -> T {
        match self {
            BusinessSize::Besar => T::new("Besar", "Large"),
            BusinessSize::Menengah => T::new("Menengah", "Medium"),
            BusinessSize::Kecil => T::new("Kecil", "Small"),
            BusinessSize::Mikro => T::new("Mikro", "Micro"),
        }
    }
}

/// Company sectors seen in provincial rounds; a free choice, not scored.
pub const SECTORS: [(&str, T); 7] = [
    ("keuangan", T::new("Keuangan", "Finance")),
    ("perdagangan_jasa", T::new("Perdagangan dan jasa", "Trade and services")),
    ("manufaktur", T::new("Manufaktur, pertambangan, konstruksi", "Manufacturing, mining, construction")),
    ("pertanian", T::new("Pertanian, perkebunan, perikanan", "Agriculture, plantations, fisheries")),
    ("pendidikan", T::new("Pendidikan", "Education")),
    ("kesehatan", T::new("Kesehatan", "Health")),
    ("infrastruktur", T::new("Infrastruktur dan utilitas", "Infrastructure and utilities")),
];

serialize_by_key!(Category, BusinessSize);
