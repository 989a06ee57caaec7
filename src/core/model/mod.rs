//! What a user enters and what it means before any scoring: categories, inputs as typed
//! and their readings, the assessment, the evidence recorded, money and the dated rates.

pub mod assessment;
pub mod category;
pub mod checked;
pub mod evidence;
pub mod inputs;
pub mod money;
pub mod rates;
