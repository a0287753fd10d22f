//! The partner's PIN and lock state on the shared tablet. The PIN is kept only as a salted slow
//! hash; the wrong-try count survives a reload (reloading must not reset the lock).

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use super::db::{self, StoreError};
use crate::domain::pin::{self, Attempt, Lockout, PinHash};
use crate::platform::{now_ms, random_bytes, steady_ms};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// Minutes without a touch before partner mode locks again, unless set otherwise.
pub const DEFAULT_IDLE_MINUTES: u32 = 5;

/// What is stored about the partner.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PartnerRecord {
    pub salt: String,
    pub rounds: u32,
    pub hash: String,
    #[serde(default)]
    pub failures: u32,
    #[serde(default)]
    pub locked_until: Option<u64>,
    #[serde(default = "default_idle")]
    pub idle_minutes: u32,
}

fn default_idle() -> u32 {
    DEFAULT_IDLE_MINUTES
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn unhex<const N: usize>(s: &str) -> Option<[u8; N]> {
    let mut out = [0u8; N];
    if s.len() != N * 2 {
        return None;
    }
    for (i, byte) in out.iter_mut().enumerate() {
        *byte = u8::from_str_radix(s.get(i * 2..i * 2 + 2)?, 16).ok()?;
    }
    Some(out)
}

impl PartnerRecord {
    /// The stored hash, if the record is intact.
    pub fn pin_hash(&self) -> Option<PinHash> {
        Some(PinHash {
            salt: unhex(&self.salt)?,
            rounds: self.rounds,
            hash: unhex(&self.hash)?,
        })
    }

    fn from_hash(h: &PinHash, idle_minutes: u32) -> PartnerRecord {
        PartnerRecord {
            salt: hex(&h.salt),
            rounds: h.rounds,
            hash: hex(&h.hash),
            failures: 0,
            locked_until: None,
            idle_minutes,
        }
    }
}

/// PBKDF2-HMAC-SHA256 of the PIN by the browser's WebCrypto (native, off the wasm).
/// `None` when the browser has no WebCrypto (then no PIN can be set or checked).
pub async fn derive(pin: &str, salt: &[u8; 16], rounds: u32) -> Option<[u8; 32]> {
    pbkdf2(pin.as_bytes(), salt, rounds, 256)
        .await?
        .try_into()
        .ok()
}

/// `bits` of PBKDF2-HMAC-SHA256 of a secret, by the browser's WebCrypto (the PIN, the backup
/// password). `None` when the browser has no WebCrypto.
pub async fn pbkdf2(secret: &[u8], salt: &[u8], rounds: u32, bits: u32) -> Option<Vec<u8>> {
    let subtle = web_sys::window()?.crypto().ok()?.subtle();
    let usages = js_sys::Array::of1(&JsValue::from_str("deriveBits"));
    let secret = js_sys::Uint8Array::from(secret);
    let key = subtle
        .import_key_with_str("raw", &secret, "PBKDF2", false, &usages)
        .ok()?;
    let key: web_sys::CryptoKey = JsFuture::from(key).await.ok()?.dyn_into().ok()?;
    let params = js_sys::Object::new();
    let set = |k: &str, v: &JsValue| js_sys::Reflect::set(&params, &JsValue::from_str(k), v).ok();
    set("name", &JsValue::from_str("PBKDF2"))?;
    set("hash", &JsValue::from_str("SHA-256"))?;
    set("salt", &js_sys::Uint8Array::from(salt))?;
    set("iterations", &JsValue::from(rounds))?;
    let out = subtle.derive_bits_with_object(&params, &key, bits).ok()?;
    let out = JsFuture::from(out).await.ok()?;
    Some(js_sys::Uint8Array::new(&out).to_vec())
}

/// The partner session: whether a PIN exists, whether partner mode is open, the lock counter.
#[derive(Clone, Copy)]
pub struct PartnerSession {
    record: RwSignal<Option<PartnerRecord>>,
    /// Partner mode is open (never stored: a reload locks it again).
    pub unlocked: RwSignal<bool>,
    /// A stored record could not be read (the partner must set a new PIN).
    pub record_lost: bool,
    /// Where the record is kept.
    collection: &'static str,
    /// A lock that began in this page ends on the steady clock ([`steady_ms`]), so setting the
    /// tablet's clock back does not shorten it (nor ahead lengthen it). The stored end covers
    /// reloads, within the bounds of `pin::lock_end`.
    steady_lock_end: StoredValue<Option<f64>>,
}

impl PartnerSession {
    /// Reads the stored partner record.
    pub fn load() -> PartnerSession {
        PartnerSession::load_from(super::keys::PARTNER)
    }

    /// Reads a PIN record kept in `collection` (the partner's, or the trainer's own).
    pub fn load_from(collection: &'static str) -> PartnerSession {
        let loaded = db::load::<PartnerRecord>(collection);
        let record = loaded
            .items
            .into_iter()
            .next()
            .filter(|r| r.pin_hash().is_some());
        PartnerSession {
            record_lost: loaded.lost > 0 && record.is_none(),
            record: RwSignal::new(record),
            unlocked: RwSignal::new(false),
            collection,
            steady_lock_end: StoredValue::new(None),
        }
    }

    /// Whether a PIN has been set on this tablet.
    pub fn has_pin(&self) -> bool {
        self.record.with(Option::is_some)
    }

    /// Minutes of no touch before locking.
    pub fn idle_minutes(&self) -> u32 {
        self.record
            .with(|r| r.as_ref().map(|r| r.idle_minutes))
            .unwrap_or(DEFAULT_IDLE_MINUTES)
            .max(1)
    }

    /// Minutes of no touch before locking, read without tracking (for timers).
    pub fn idle_minutes_untracked(&self) -> u32 {
        untrack(|| self.idle_minutes())
    }

    /// When entry is locked after wrong tries, until when (ms).
    pub fn locked_until(&self, now: u64) -> Option<u64> {
        if let Some(left) = self.steady_lock_left() {
            return Some(now + left);
        }
        let until = self
            .record
            .with(|r| r.as_ref().and_then(|r| r.locked_until));
        pin::lock_end(until, now)
    }

    /// What is left of a lock that began in this page, on the steady clock.
    fn steady_lock_left(&self) -> Option<u64> {
        let end = self.steady_lock_end.get_value()?;
        let left = end - steady_ms();
        (left > 0.0).then(|| left.ceil() as u64)
    }

    fn store(&self) -> Result<(), StoreError> {
        let record = self.record.get_untracked();
        db::save(self.collection, record.as_slice(), false)
    }

    /// Sets the first PIN (validated by the caller) and opens partner mode.
    pub async fn set_pin(&self, new_pin: &str) -> Result<(), StoreError> {
        let salt = random_bytes::<16>();
        let hash = derive(new_pin, &salt, pin::ROUNDS)
            .await
            .ok_or(StoreError::Unavailable)?;
        let stored = PinHash {
            salt,
            rounds: pin::ROUNDS,
            hash,
        };
        let idle = self.idle_minutes();
        self.record
            .set(Some(PartnerRecord::from_hash(&stored, idle)));
        self.store()?;
        self.unlocked.set(true);
        Ok(())
    }

    /// Tries a PIN; five wrong tries lock entry for a minute (kept across reloads).
    pub async fn unlock(&self, attempt_pin: &str) -> Attempt {
        let Some(record) = self.record.get_untracked() else {
            return Attempt::Wrong { left: 0 };
        };
        let Some(stored) = record.pin_hash() else {
            return Attempt::Wrong { left: 0 };
        };
        let mut lockout = Lockout {
            failures: record.failures,
            locked_until: record.locked_until,
        };
        if let Some(left) = self.steady_lock_left() {
            return Attempt::Locked {
                until: now_ms() + left,
            };
        }
        if let Some(until) = lockout.locked(now_ms()) {
            return Attempt::Locked { until };
        }
        let derived = derive(attempt_pin, &stored.salt, stored.rounds).await;
        let matches = derived.is_some_and(|d| pin::hash_matches(&d, &stored));
        let result = lockout.attempt(now_ms(), || matches);
        self.record.update(|r| {
            if let Some(r) = r {
                r.failures = lockout.failures;
                r.locked_until = lockout.locked_until;
            }
        });
        let _ = self.store();
        match result {
            Attempt::Accepted => self.unlocked.set(true),
            Attempt::Locked { until } => {
                let left = until.saturating_sub(now_ms()) as f64;
                self.steady_lock_end.set_value(Some(steady_ms() + left));
            }
            Attempt::Wrong { .. } => {}
        }
        result
    }

    /// Changes how long partner mode stays open without a touch.
    pub fn set_idle_minutes(&self, minutes: u32) -> Result<(), StoreError> {
        self.record.update(|r| {
            if let Some(r) = r {
                r.idle_minutes = minutes.clamp(1, 60);
            }
        });
        self.store()
    }

    /// Closes partner mode.
    pub fn lock(&self) {
        self.unlocked.set(false);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn record_round_trips_the_hash() {
        let h = PinHash {
            salt: [7; 16],
            rounds: pin::ROUNDS,
            hash: [0x25; 32],
        };
        let r = PartnerRecord::from_hash(&h, 5);
        assert_eq!(r.pin_hash(), Some(h));
        let broken = PartnerRecord {
            salt: "zz".into(),
            ..r
        };
        assert_eq!(broken.pin_hash(), None);
    }

    #[test]
    fn a_record_from_storage_gets_defaults() {
        let raw = r#"{"v":1,"items":[{"salt":"00000000000000000000000000000000","rounds":1,"hash":"0000000000000000000000000000000000000000000000000000000000000000"}]}"#;
        let l = db::decode::<PartnerRecord>(Some(raw));
        assert_eq!(l.items[0].idle_minutes, DEFAULT_IDLE_MINUTES);
        assert_eq!(l.items[0].failures, 0);
    }
}
