//! What the tablet keeps, by collection, in localStorage: each collection is one key holding
//! `{"v": <schema version>, "items": [...]}`. One key per collection makes each write atomic (an
//! order and its outbox entry go in one write), and the whole store stays small enough for
//! localStorage's quota on a station (thousands of orders).
//!
//! Reading is lenient per record: a corrupt record is dropped and counted, never the collection;
//! unreadable JSON keeps the raw text aside (`<key>.corrupt`) so nothing is silently destroyed.

use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::Value;

/// The schema version this build writes.
pub const SCHEMA_VERSION: u64 = 1;
/// Prefix of every key the app owns.
pub const PREFIX: &str = "cunzhan.";
/// Prefix of the demo station's keys (trainer mode): its own villagers, orders, settings and
/// lesson progress, never mixed with the real station's.
pub const DEMO_PREFIX: &str = "cunzhan.demo.";
/// The key saying the tablet is in trainer mode (`demo`); outside both namespaces.
pub const MODE_KEY: &str = "cunzhan.mode";

thread_local! {
    /// Whether this page works on the demo station's keys (fixed when the app starts).
    static DEMO: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Works on the demo station's keys (`true`) or the real station's.
pub fn use_demo_keys(demo: bool) {
    DEMO.set(demo);
}

/// Whether the page works on the demo station.
pub fn demo_keys() -> bool {
    DEMO.get()
}

/// The storage key of a collection in the namespace in use.
pub fn key(collection: &str) -> String {
    let prefix = if DEMO.get() { DEMO_PREFIX } else { PREFIX };
    format!("{prefix}{collection}")
}

/// Whether the tablet was left in trainer mode.
pub fn stored_demo_mode() -> bool {
    storage()
        .and_then(|s| s.get_item(MODE_KEY).ok().flatten())
        .is_some_and(|m| m == "demo")
}

/// Enters (`true`) or leaves trainer mode for the next start.
pub fn store_demo_mode(demo: bool) -> Result<(), StoreError> {
    let s = storage().ok_or(StoreError::Unavailable)?;
    if demo {
        s.set_item(MODE_KEY, "demo").map_err(|_| StoreError::Full)
    } else {
        s.remove_item(MODE_KEY).map_err(|_| StoreError::Unavailable)
    }
}

/// Why a write did not happen.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StoreError {
    /// The browser refused: storage full (quota) or disabled.
    Full,
    /// No storage at all (private mode on some browsers).
    Unavailable,
    /// The stored data was written by a newer version of the app: not overwritten.
    NewerVersion,
}

/// A collection as read: the records that could be read, and how many could not.
#[derive(Clone, Debug, PartialEq)]
pub struct Loaded<T> {
    pub items: Vec<T>,
    /// Records (or the whole collection) that could not be read.
    pub lost: usize,
    /// The stored version is newer than this build: read what we can, never overwrite.
    pub newer: bool,
}

impl<T> Default for Loaded<T> {
    fn default() -> Self {
        Loaded {
            items: Vec::new(),
            lost: 0,
            newer: false,
        }
    }
}

/// Upgrades stored records of `version` to [`SCHEMA_VERSION`]. Version 0 is a bare array
/// without the envelope; its records are already version-1 records, so nothing changes yet.
/// A schema change adds its step here: `if version < 2 { /* map each record */ }`.
pub fn migrate(version: u64, items: Vec<Value>) -> Vec<Value> {
    debug_assert!(version <= SCHEMA_VERSION, "newer data is never migrated");
    items
}

/// Decodes a stored collection (pure: tested on the host).
pub fn decode<T: DeserializeOwned>(raw: Option<&str>) -> Loaded<T> {
    let Some(raw) = raw else {
        return Loaded::default();
    };
    let (version, items) = match serde_json::from_str::<Value>(raw) {
        Ok(Value::Array(items)) => (0, items),
        Ok(Value::Object(mut obj)) => {
            let version = obj.get("v").and_then(Value::as_u64).unwrap_or(0);
            match obj.remove("items") {
                Some(Value::Array(items)) => (version, items),
                _ => {
                    return Loaded {
                        lost: 1,
                        ..Loaded::default()
                    };
                }
            }
        }
        _ => {
            return Loaded {
                lost: 1,
                ..Loaded::default()
            };
        }
    };
    let newer = version > SCHEMA_VERSION;
    let items = if newer {
        items
    } else {
        migrate(version, items)
    };
    let total = items.len();
    let items: Vec<T> = items
        .into_iter()
        .filter_map(|v| serde_json::from_value(v).ok())
        .collect();
    Loaded {
        lost: total - items.len(),
        items,
        newer,
    }
}

/// Encodes a collection for storage.
pub fn encode<T: Serialize>(items: &[T]) -> String {
    #[derive(Serialize)]
    struct Envelope<'a, T> {
        v: u64,
        items: &'a [T],
    }
    serde_json::to_string(&Envelope {
        v: SCHEMA_VERSION,
        items,
    })
    .unwrap_or_else(|_| format!("{{\"v\":{SCHEMA_VERSION},\"items\":[]}}"))
}

/// The browser's localStorage, if it has one.
pub(crate) fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// Reads a collection. Unreadable JSON is moved aside to `<key>.corrupt` (kept for a technician)
/// so the next write does not destroy it.
pub fn load<T: DeserializeOwned>(collection: &str) -> Loaded<T> {
    let key = key(collection);
    let Some(s) = storage() else {
        return Loaded::default();
    };
    let raw = s.get_item(&key).ok().flatten();
    let loaded = decode::<T>(raw.as_deref());
    if loaded.lost > 0
        && loaded.items.is_empty()
        && let Some(raw) = raw
    {
        let _ = s.set_item(&format!("{key}.corrupt"), &raw);
    }
    loaded
}

/// Removes every copy of an unreadable collection kept aside (`<key>.corrupt`) that contains any
/// of `needles` (a villager's id, name, phone): erasing a person must reach them too, and an
/// unreadable text cannot be edited record by record. Returns how many copies were removed.
pub fn drop_aside_copies_with(needles: &[&str]) -> usize {
    let Some(s) = storage() else {
        return 0;
    };
    let needles: Vec<&str> = needles.iter().copied().filter(|n| !n.is_empty()).collect();
    let keys: Vec<String> = (0..s.length().unwrap_or(0))
        .filter_map(|i| s.key(i).ok().flatten())
        .filter(|k| k.starts_with(PREFIX) && k.ends_with(".corrupt"))
        .collect();
    let mut removed = 0;
    for k in keys {
        let raw = s.get_item(&k).ok().flatten().unwrap_or_default();
        if needles.iter().any(|n| raw.contains(n)) && s.remove_item(&k).is_ok() {
            removed += 1;
        }
    }
    removed
}

/// Writes a collection, whole. Refuses to overwrite data a newer app version wrote.
pub fn save<T: Serialize>(
    collection: &str,
    items: &[T],
    newer_on_disk: bool,
) -> Result<(), StoreError> {
    if newer_on_disk {
        return Err(StoreError::NewerVersion);
    }
    let s = storage().ok_or(StoreError::Unavailable)?;
    s.set_item(&key(collection), &encode(items))
        .map_err(|_| StoreError::Full)
}

/// Removes a collection entirely.
pub fn clear(collection: &str) -> Result<(), StoreError> {
    let s = storage().ok_or(StoreError::Unavailable)?;
    s.remove_item(&key(collection))
        .map_err(|_| StoreError::Unavailable)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Deserialize;

    #[derive(Debug, PartialEq, Serialize, Deserialize)]
    struct Rec {
        id: u32,
        name: String,
    }

    #[test]
    fn round_trip_with_version() {
        let items = vec![
            Rec {
                id: 1,
                name: "王阿姨".into(),
            },
            Rec {
                id: 2,
                name: "李大爷".into(),
            },
        ];
        let raw = encode(&items);
        assert!(raw.starts_with("{\"v\":1,"));
        let back: Loaded<Rec> = decode(Some(&raw));
        assert_eq!(
            back,
            Loaded {
                items,
                lost: 0,
                newer: false
            }
        );
    }

    #[test]
    fn nothing_stored_is_empty_not_an_error() {
        assert_eq!(decode::<Rec>(None), Loaded::default());
    }

    #[test]
    fn corrupt_records_are_dropped_and_counted_the_rest_kept() {
        let raw = r#"{"v":1,"items":[{"id":1,"name":"a"},{"id":"x"},7,{"id":3,"name":"c"}]}"#;
        let l: Loaded<Rec> = decode(Some(raw));
        assert_eq!(l.items.len(), 2);
        assert_eq!(l.lost, 2);
    }

    #[test]
    fn unreadable_collections_are_reported() {
        for raw in ["{not json", "42", r#"{"v":1}"#, r#"{"v":1,"items":{}}"#] {
            let l: Loaded<Rec> = decode(Some(raw));
            assert_eq!((l.items.len(), l.lost), (0, 1), "{raw}");
        }
    }

    #[test]
    fn old_bare_arrays_are_migrated() {
        let l: Loaded<Rec> = decode(Some(r#"[{"id":1,"name":"a"}]"#));
        assert_eq!(
            l.items,
            vec![Rec {
                id: 1,
                name: "a".into()
            }]
        );
        assert!(!l.newer);
    }

    #[test]
    fn demo_keys_live_apart() {
        assert_eq!(key("orders"), "cunzhan.orders");
        use_demo_keys(true);
        assert_eq!(key("orders"), "cunzhan.demo.orders");
        use_demo_keys(false);
        assert_eq!(key("settings"), "cunzhan.settings");
    }

    #[test]
    fn data_from_a_newer_app_is_read_but_never_overwritten() {
        let l: Loaded<Rec> = decode(Some(r#"{"v":99,"items":[{"id":1,"name":"a"}]}"#));
        assert!(l.newer);
        assert_eq!(l.items.len(), 1);
        assert_eq!(save::<Rec>("x", &[], true), Err(StoreError::NewerVersion));
    }
}
