//! The worked example (Kota Padang Panjang, 2024) as a person types it into the self-check.

use cek_paritrana::core::model::inputs::{Field, RegulationLevel};
use cek_paritrana::core::pages::session::{Edit, ProfileField};

/// The edits of the worked example's profile, coverage and regulation, in the form's order.
pub fn padang_panjang_edits() -> [Edit; 6] {
    [
        Edit::Profile(ProfileField::Name, "Kota Padang Panjang".into()),
        Edit::Profile(ProfileField::Year, "2024".into()),
        Edit::Field(Field::Employed, "19.654".into()),
        Edit::Field(Field::ActiveParticipants, "15.386".into()),
        Edit::Field(Field::CoverageTarget, "80".into()),
        Edit::Regulation(RegulationLevel::PeraturanKepala),
    ]
}
