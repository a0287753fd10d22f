//! Voice: what to say (pure, host-tested) and saying it (Web Speech API).

pub mod hints;
pub mod speech;
