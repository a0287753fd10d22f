//! Station settings kept on the tablet (localStorage, versioned): backend, language, speech rate.

use serde::{Deserialize, Serialize};

use super::db::storage;

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

/// The current settings schema version; older stored versions are migrated in [`Settings::load`].
pub const SETTINGS_VERSION: u32 = 1;
/// The collection name (`cunzhan.settings`, or the demo station's own).
pub const SETTINGS_KEY: &str = "settings";

/// What is stored. Unknown or broken fields fall back to their defaults, never to an error.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    pub version: u32,
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
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            version: SETTINGS_VERSION,
            api: None,
            lang: None,
            speech_rate: SpeechRate::Normal,
            commission_bp: crate::domain::commission::DEFAULT_RATE_BP,
            save_data: false,
            station_name: String::new(),
        }
    }
}

impl Settings {
    /// Reads stored settings; corrupt JSON gives the defaults (and `false`: nothing usable was kept).
    pub fn from_stored(raw: Option<&str>) -> (Settings, bool) {
        let Some(raw) = raw else {
            return (Settings::default(), true);
        };
        match serde_json::from_str::<Settings>(raw) {
            Ok(mut s) => {
                s.version = SETTINGS_VERSION;
                (s, true)
            }
            Err(_) => (Settings::default(), false),
        }
    }

    /// The stored form.
    pub fn to_stored(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }
}

/// Loads the settings from localStorage (defaults when unavailable or corrupt).
pub fn load() -> Settings {
    let raw = storage().and_then(|s| s.get_item(&super::db::key(SETTINGS_KEY)).ok().flatten());
    Settings::from_stored(raw.as_deref()).0
}

/// Saves the settings; `false` when storage refused (full or disabled), so the caller can say so.
pub fn save(settings: &Settings) -> bool {
    storage().is_some_and(|s| {
        s.set_item(&super::db::key(SETTINGS_KEY), &settings.to_stored())
            .is_ok()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip() {
        let s = Settings {
            api: Some("http://127.0.0.1:9".into()),
            lang: Some("en".into()),
            speech_rate: SpeechRate::Slower,
            ..Settings::default()
        };
        assert_eq!(Settings::from_stored(Some(&s.to_stored())), (s, true));
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
