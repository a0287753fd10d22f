//! Voice: saying things aloud with the Web Speech API (what to say is in `crate::words`).

pub mod speech;
