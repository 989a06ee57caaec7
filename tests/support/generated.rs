//! Filled CSV templates of many made-up candidates, for the panel's tests and benchmark.

use cek_paritrana::core::base::keys::Keyed;
use cek_paritrana::core::base::number::format_count;
use cek_paritrana::core::base::text::Lang;
use cek_paritrana::core::formats::csv::table;
use cek_paritrana::core::model::category::Category;
use cek_paritrana::core::model::inputs::{Profile, RegulationLevel, Unit};
use cek_paritrana::core::pages::panel::template::{columns, Column};

pub const PROVINCES: [&str; 4] = ["Sumatera Barat", "Riau", "Kalimantan Barat", "Jawa Tengah"];

/// The cell of candidate `i` in a column: figures that hold together (a part never
/// above its whole), choices spread over their values.
pub fn cell(category: Category, column: Column, i: usize) -> String {
    let whole = 2_000 + (i * 7_919) % 40_000;
    match column {
        Column::Profile(Profile::Name) => format!("Kandidat {i:03}"),
        Column::Profile(Profile::Province) => PROVINCES[i % PROVINCES.len()].to_string(),
        Column::Profile(Profile::Year) => "2024".into(),
        Column::Profile(Profile::Sector) => String::new(),
        Column::Profile(Profile::Size) => {
            category.sizes().get(i % category.sizes().len().max(1)).map_or("", |s| s.key()).into()
        }
        Column::Profile(Profile::Risk) => format!("R{}", 1 + i % 5),
        Column::Figure(f) => {
            let key = f.key();
            let part =
                ["covered", "participants", "registered", "participating", "reported"].iter().any(|p| key.contains(p));
            match f.unit() {
                Unit::Percent => format!("{},{:02}", 40 + i % 60, i % 100),
                Unit::Months => (1 + i % 12).to_string(),
                Unit::Rupiah => format_count((whole as u64) * if part { 40_000 } else { 50_000 }),
                _ if part => format_count((whole * (30 + i % 70) / 100) as u64),
                _ => format_count(whole as u64),
            }
        }
        Column::Regulation => RegulationLevel::ALL[i % RegulationLevel::ALL.len()].key().into(),
        Column::Item(item) => if (i + item as usize).is_multiple_of(3) { "ya" } else { "" }.into(),
        Column::Attendance => ["kepala", "wakil", "utusan", ""][i % 4].into(),
        Column::Leader => if i.is_multiple_of(2) { "ya" } else { "tidak" }.into(),
        Column::Programme(_) => "ya".into(),
        Column::Package => String::new(),
    }
}

/// The template of `category` in `lang` with `n` candidates filled in.
pub fn filled(category: Category, n: usize, lang: Lang) -> String {
    let all = columns(category);
    let text = cek_paritrana::core::pages::panel::template::template(category, lang);
    let header = cek_paritrana::core::formats::csv::read(&text).remove(0).1;
    let mut rows = vec![header];
    rows.extend((0..n).map(|i| all.iter().map(|c| cell(category, *c, i)).collect()));
    table(&rows)
}
