//! Every collection the app keeps, by name: the one list the stores, the first screen's script
//! (public/boot.js) and the browser tests (tests/support/storage-schema.json, written from this
//! list by a host test) take their storage keys from. A collection's key is its name after
//! `db::PREFIX`, or `db::DEMO_PREFIX` on the demo station.

/// The station's villagers.
pub const VILLAGERS: &str = "villagers";
/// Open carts, one per villager.
pub const CARTS: &str = "carts";
/// Orders, with their outbox state.
pub const ORDERS: &str = "orders";
/// Parcels from any courier kept for villagers (代收).
pub const COURIER_PARCELS: &str = "courier_parcels";
/// Villagers' produce on sale at the station (代卖), each with its outbox state.
pub const LISTINGS: &str = "produce_listings";
/// Sales of that produce.
pub const SALES: &str = "produce_sales";
/// Money paid out to the sellers.
pub const PAYOUTS: &str = "produce_payouts";
/// The villager being served (their id).
pub const SERVING: &str = "serving";
/// The station's clock: real, or sped up for a lesson.
pub const CLOCK: &str = "clock";
/// The demo station's network switch (trainer mode only).
pub const NETWORK: &str = "network_off";
/// Settings: backend, language, speech rate, commission rate, station name.
pub const SETTINGS: &str = "settings";
/// The partner's PIN record and idle time.
pub const PARTNER: &str = "partner";
/// The trainer's PIN record (the real station's keys).
pub const TRAINER_PIN: &str = "trainer";
/// Trainees and their lesson progress (demo keys; kept when the demo is reset).
pub const TRAINEES: &str = "trainees";
/// The presenter view and the trainee at the tablet (demo keys).
pub const TRAINER_PREFS: &str = "trainer_prefs";
/// When the last backup was made.
pub const BACKUP: &str = "backup";

/// Every collection, in the order the schema file lists them.
pub const ALL: [&str; 16] = [
    VILLAGERS,
    CARTS,
    ORDERS,
    COURIER_PARCELS,
    LISTINGS,
    SALES,
    PAYOUTS,
    SERVING,
    CLOCK,
    NETWORK,
    SETTINGS,
    PARTNER,
    TRAINER_PIN,
    TRAINEES,
    TRAINER_PREFS,
    BACKUP,
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::db::{DEMO_PREFIX, MODE_KEY, PREFIX, SCHEMA_VERSION};

    const SCHEMA_FILE: &str = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/support/storage-schema.json"
    );

    /// What the browser tests read instead of spelling the keys themselves.
    fn schema() -> String {
        let collections: serde_json::Map<String, serde_json::Value> = ALL
            .iter()
            .map(|name| (name.to_string(), format!("{PREFIX}{name}").into()))
            .collect();
        let schema = serde_json::json!({
            "note": "Written by `cargo test` from src/store/keys.rs and db.rs; do not edit.",
            "version": SCHEMA_VERSION,
            "prefix": PREFIX,
            "demo_prefix": DEMO_PREFIX,
            "mode_key": MODE_KEY,
            "collections": collections,
        });
        serde_json::to_string_pretty(&schema).unwrap_or_default() + "\n"
    }

    /// The schema file matches the Rust names; a run with `UPDATE_SCHEMA=1` rewrites it.
    #[test]
    fn schema_file_is_current() {
        let want = schema();
        if std::env::var_os("UPDATE_SCHEMA").is_some() {
            std::fs::write(SCHEMA_FILE, &want).expect("schema file written");
        }
        let have = std::fs::read_to_string(SCHEMA_FILE).unwrap_or_default();
        assert_eq!(
            have, want,
            "tests/support/storage-schema.json is stale: run `UPDATE_SCHEMA=1 cargo test keys`"
        );
    }

    #[test]
    fn names_are_distinct() {
        for (i, a) in ALL.iter().enumerate() {
            assert!(!ALL[i + 1..].contains(a), "{a} listed twice");
        }
    }

    /// The first screen's script reads the language, and whether any parcels are kept, before
    /// the app starts: it must use the same keys as the app.
    #[test]
    fn boot_script_reads_the_apps_keys() {
        let boot = include_str!("../../public/boot.js");
        for key in [
            MODE_KEY,
            PREFIX,
            DEMO_PREFIX,
            SETTINGS,
            ORDERS,
            COURIER_PARCELS,
        ] {
            assert!(
                boot.contains(&format!("'{key}'")),
                "boot.js does not read {key}"
            );
        }
    }
}
