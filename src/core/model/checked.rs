//! The figures as checked: those read from an assessment and everything wrong with them,
//! each tied to the field to fix. The measures read them; validation.rs finds them.

use crate::core::base::text::Msg;
use crate::core::model::inputs::{Field, Readings};

/// Where a message belongs on the form.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Target {
    Field(Field),
    Year,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Issue {
    pub target: Target,
    pub message: Msg,
}

/// The figures read from an assessment and everything wrong with them.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Checked {
    pub readings: Readings,
    pub issues: Vec<Issue>,
    /// The figures as read, before they were compared: a copy of the assessment with a
    /// few fields typed anew is checked from these (see [`Checked::retyped`]).
    pub(crate) read: Read,
}

/// Every field as read, and why the rubric's unreadable ones cannot be read, in field order.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(crate) struct Read {
    pub(crate) readings: Readings,
    pub(crate) issues: Vec<Issue>,
}

impl Checked {
    pub fn is_invalid(&self, field: Field) -> bool {
        self.issues.iter().any(|i| i.target == Target::Field(field))
    }

    pub fn issue(&self, target: Target) -> Option<&Issue> {
        self.issues.iter().find(|i| i.target == target)
    }
}
