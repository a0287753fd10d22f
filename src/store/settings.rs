//! Station settings kept on the tablet (localStorage, versioned): backend, language, speech rate.

use serde::{Deserialize, Serialize};

use crate::domain::money::Fen;

use super::db::{self, StoreError};

/// How fast the tablet speaks; older listeners often prefer slower.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum SpeechRate {
    #[default]
    Normal,
    Slow,
    Slower,
}

impl SpeechRate {
    /// Every rate, in the order the settings screen offers them.
    pub const ALL: [SpeechRate; 3] = [SpeechRate::Normal, SpeechRate::Slow, SpeechRate::Slower];

    /// The SpeechSynthesis rate.
    pub fn factor(self) -> f32 {
        match self {
            SpeechRate::Normal => 1.0,
            SpeechRate::Slow => 0.8,
            SpeechRate::Slower => 0.6,
        }
    }
}

/// The collection name (`cunzhan.settings`, or the demo station's own).
pub use super::keys::SETTINGS as SETTINGS_KEY;

/// What is stored: one record in the collection envelope every collection uses
/// (`{"v": 1, "items": [settings]}`, `db`). Unknown or broken fields fall back to their
/// defaults, never to an error.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    /// `embedded` or a DummyJSON-compatible base URL.
    pub api: Option<String>,
    /// `zh-CN` or `en`; absent means the default, Chinese.
    pub lang: Option<String>,
    pub speech_rate: SpeechRate,
    /// The partner's commission rate in basis points (300 = 3 %).
    pub commission_bp: u32,
    /// Save data: pictograms instead of product pictures.
    pub save_data: bool,
    /// The station's name, for the villager's parcel link ("" until the partner sets it).
    pub station_name: String,
    /// What a courier pays the station per parcel handed over (代收), in fen.
    pub parcel_fee: Fen,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            api: None,
            lang: None,
            speech_rate: SpeechRate::Normal,
            commission_bp: crate::domain::commission::DEFAULT_RATE_BP,
            save_data: false,
            station_name: String::new(),
            parcel_fee: crate::domain::courier_parcel::DEFAULT_FEE,
        }
    }
}

impl Settings {
    /// Reads stored settings: the envelope, or the bare object builds before the envelope wrote
    /// (`{"version":1,"lang":…}`, migrated: its next save writes the envelope). Corrupt JSON
    /// gives the defaults, and `false`: nothing usable was kept.
    pub fn from_stored(raw: Option<&str>) -> (Settings, bool) {
        let Some(raw) = raw else {
            return (Settings::default(), true);
        };
        let bare = serde_json::from_str::<serde_json::Value>(raw)
            .ok()
            .filter(|v| v.is_object() && v.get("items").is_none());
        if let Some(bare) = bare {
            return match serde_json::from_value::<Settings>(bare) {
                Ok(s) => (s, true),
                Err(_) => (Settings::default(), false),
            };
        }
        let loaded = db::decode::<Settings>(Some(raw));
        let ok = loaded.lost == 0;
        (loaded.items.into_iter().next().unwrap_or_default(), ok)
    }
}

/// Loads the settings from localStorage (defaults when unavailable or corrupt).
pub fn load() -> Settings {
    let raw = db::storage().and_then(|s| s.get_item(&db::key(SETTINGS_KEY)).ok().flatten());
    Settings::from_stored(raw.as_deref()).0
}

/// Saves the settings; an error when storage refused (full or disabled), so the caller can say so.
pub fn save(settings: &Settings) -> Result<(), StoreError> {
    db::save(SETTINGS_KEY, std::slice::from_ref(settings), false)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip_in_the_envelope() {
        let s = Settings {
            api: Some("http://127.0.0.1:9".into()),
            lang: Some("en".into()),
            speech_rate: SpeechRate::Slower,
            ..Settings::default()
        };
        let stored = db::encode(std::slice::from_ref(&s));
        assert!(stored.starts_with(r#"{"v":1,"items":[{"#), "{stored}");
        assert_eq!(Settings::from_stored(Some(&stored)), (s, true));
    }

    #[test]
    fn the_bare_object_of_older_builds_is_read() {
        let (s, ok) = Settings::from_stored(Some(
            r#"{"version":1,"api":"embedded","lang":"en","speech_rate":"slow","commission_bp":450,"save_data":true,"station_name":"李家村"}"#,
        ));
        assert!(ok);
        assert_eq!(s.lang.as_deref(), Some("en"));
        assert_eq!(s.speech_rate, SpeechRate::Slow);
        assert_eq!(s.commission_bp, 450);
        assert!(s.save_data);
        assert_eq!(s.station_name, "李家村");
    }

    #[test]
    fn a_broken_record_in_the_envelope_gives_the_defaults() {
        let (s, ok) = Settings::from_stored(Some(r#"{"v":1,"items":[{"speech_rate":"warp"}]}"#));
        assert!(!ok);
        assert_eq!(s, Settings::default());
        let (s, ok) = Settings::from_stored(Some(r#"{"v":1,"items":[]}"#));
        assert!(ok, "an empty collection is nothing saved, not corrupt");
        assert_eq!(s, Settings::default());
    }

    #[test]
    fn missing_corrupt_and_partial_data() {
        assert_eq!(Settings::from_stored(None), (Settings::default(), true));
        assert_eq!(
            Settings::from_stored(Some("{not json")),
            (Settings::default(), false)
        );
        let (s, ok) = Settings::from_stored(Some(r#"{"speech_rate":"slow","future_field":1}"#));
        assert!(ok);
        assert_eq!(s.speech_rate, SpeechRate::Slow);
        assert_eq!(s.api, None);
        let (s, ok) = Settings::from_stored(Some(r#"{"version":0,"speech_rate":"warp"}"#));
        assert!(!ok, "an unknown rate is corrupt data");
        assert_eq!(s, Settings::default());
    }

    #[test]
    fn rates_slow_down() {
        assert!(SpeechRate::Slower.factor() < SpeechRate::Slow.factor());
        assert!(SpeechRate::Slow.factor() < SpeechRate::Normal.factor());
    }
}
