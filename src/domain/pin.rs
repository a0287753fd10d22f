//! The partner PIN: 4–6 digits, stored only as a salted, slow hash (PBKDF2-HMAC-SHA256, derived
//! by the browser's WebCrypto: native speed on a cheap tablet, no hashing code in the wasm); five
//! wrong tries lock entry for a minute.

/// PBKDF2 rounds: slow enough to make guessing a stolen hash costly, quick (native) on a tablet.
pub const ROUNDS: u32 = 210_000;
// OWASP's minimum work factor for PBKDF2-HMAC-SHA256 (checked when building).
const _: () = assert!(ROUNDS >= 100_000);
/// Wrong tries allowed before entry locks.
pub const MAX_TRIES: u32 = 5;
/// How long entry stays locked (ms).
pub const LOCK_MS: u64 = 60_000;

/// Why a new PIN was refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PinError {
    /// Not 4–6 digits.
    Format,
    /// All the same digit or a straight run (1111, 123456): too easy to guess.
    TooSimple,
}

/// Checks a new PIN's form.
pub fn validate_new_pin(pin: &str) -> Result<(), PinError> {
    if !(4..=6).contains(&pin.len()) || !pin.bytes().all(|b| b.is_ascii_digit()) {
        return Err(PinError::Format);
    }
    let b = pin.as_bytes();
    let same = b.iter().all(|d| *d == b[0]);
    let up = b.windows(2).all(|w| w[1] == w[0] + 1);
    let down = b.windows(2).all(|w| w[0] == w[1] + 1);
    if same || up || down {
        return Err(PinError::TooSimple);
    }
    Ok(())
}

/// The stored form of a PIN.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PinHash {
    pub salt: [u8; 16],
    pub rounds: u32,
    pub hash: [u8; 32],
}

/// Whether a freshly derived hash equals the stored one (compared in constant time).
pub fn hash_matches(derived: &[u8; 32], stored: &PinHash) -> bool {
    derived
        .iter()
        .zip(stored.hash.iter())
        .fold(0u8, |acc, (a, b)| acc | (a ^ b))
        == 0
}

/// The answer to a PIN attempt.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Attempt {
    Accepted,
    /// Wrong; `left` tries before the lock.
    Wrong {
        left: u32,
    },
    /// Locked until this time (ms); the attempt was not even checked.
    Locked {
        until: u64,
    },
}

/// Counts wrong tries and locks entry after [`MAX_TRIES`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct Lockout {
    pub failures: u32,
    pub locked_until: Option<u64>,
}

/// The end of a lock as it stands at `now`, or `None` when entry is open. A stored end further
/// ahead than one lock can last was written under a clock that was wrong (ahead then, or set back
/// since): it is treated as over, so a corrected clock never locks the partner out for longer
/// than the rule says.
pub fn lock_end(until: Option<u64>, now: u64) -> Option<u64> {
    until.filter(|until| now < *until && *until - now <= LOCK_MS)
}

impl Lockout {
    /// Whether entry is locked at `now` (see [`lock_end`]).
    pub fn locked(&self, now: u64) -> Option<u64> {
        lock_end(self.locked_until, now)
    }

    /// Records an attempt whose correctness `check` decides (not called while locked).
    pub fn attempt(&mut self, now: u64, check: impl FnOnce() -> bool) -> Attempt {
        if let Some(until) = self.locked(now) {
            return Attempt::Locked { until };
        }
        if self.locked_until.is_some() {
            // The lock has passed: a fresh set of tries.
            self.locked_until = None;
            self.failures = 0;
        }
        if check() {
            self.failures = 0;
            return Attempt::Accepted;
        }
        self.failures += 1;
        if self.failures >= MAX_TRIES {
            let until = now + LOCK_MS;
            self.locked_until = Some(until);
            Attempt::Locked { until }
        } else {
            Attempt::Wrong {
                left: MAX_TRIES - self.failures,
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_lock_lasts_at_most_its_minute_whatever_the_clock_did() {
        let mut lock = Lockout::default();
        let year = 365 * 24 * 3_600_000;
        // Five wrong tries while the clock is a year ahead.
        let ahead = 1_800_000_000_000 + year;
        for _ in 0..MAX_TRIES {
            lock.attempt(ahead, || false);
        }
        assert_eq!(lock.locked(ahead), Some(ahead + LOCK_MS));
        assert_eq!(lock.locked(ahead + LOCK_MS - 1), Some(ahead + LOCK_MS));
        // The clock corrected (back a year): the stored end is out of reach, so it is over.
        let corrected = ahead - year;
        assert_eq!(lock.locked(corrected), None);
        // And the tries start afresh, with the right PIN accepted.
        assert_eq!(lock.attempt(corrected, || true), Attempt::Accepted);
        assert_eq!(lock.failures, 0);
        assert_eq!(lock.locked_until, None);
    }

    #[test]
    fn a_clock_moved_forward_ends_a_lock_no_later_than_the_rule() {
        let mut lock = Lockout::default();
        let now = 1_800_000_000_000;
        for _ in 0..MAX_TRIES {
            lock.attempt(now, || false);
        }
        // Jumped a day ahead: over.
        assert_eq!(lock.locked(now + 86_400_000), None);
        // Within the minute it still holds, and says until when.
        assert_eq!(lock.locked(now + 30_000), Some(now + LOCK_MS));
        assert_eq!(lock_end(Some(now + LOCK_MS + 1), now), None);
        assert_eq!(lock_end(Some(now + LOCK_MS), now), Some(now + LOCK_MS));
        assert_eq!(lock_end(None, now), None);
    }

    #[test]
    fn new_pin_form() {
        assert_eq!(validate_new_pin("2580"), Ok(()));
        assert_eq!(validate_new_pin("905713"), Ok(()));
        assert_eq!(validate_new_pin("123"), Err(PinError::Format));
        assert_eq!(validate_new_pin("1234567"), Err(PinError::Format));
        assert_eq!(validate_new_pin("12a4"), Err(PinError::Format));
        assert_eq!(validate_new_pin("１２３４"), Err(PinError::Format));
        assert_eq!(validate_new_pin("1111"), Err(PinError::TooSimple));
        assert_eq!(validate_new_pin("123456"), Err(PinError::TooSimple));
        assert_eq!(validate_new_pin("4321"), Err(PinError::TooSimple));
    }

    /// The same derivation the browser's WebCrypto performs (PBKDF2-HMAC-SHA256, 32 bytes).
    fn derive(pin: &str, salt: [u8; 16], rounds: u32) -> [u8; 32] {
        let mut out = [0u8; 32];
        pbkdf2::pbkdf2_hmac::<sha2::Sha256>(pin.as_bytes(), &salt, rounds, &mut out);
        out
    }

    #[test]
    fn pbkdf2_sha256_matches_the_published_vector() {
        // RFC 7914 §11: PBKDF2-HMAC-SHA256("passwd", "salt", 1, 64) starts 55 ac 04 6e.
        let mut out = [0u8; 64];
        pbkdf2::pbkdf2_hmac::<sha2::Sha256>(b"passwd", b"salt", 1, &mut out);
        assert_eq!(&out[..4], &[0x55, 0xac, 0x04, 0x6e]);
    }

    #[test]
    fn hash_is_salted_and_verifies() {
        let rounds = 1_000;
        let stored = PinHash {
            salt: [1; 16],
            rounds,
            hash: derive("2580", [1; 16], rounds),
        };
        assert_ne!(
            stored.hash,
            derive("2580", [2; 16], rounds),
            "salt changes the hash"
        );
        assert!(hash_matches(&derive("2580", stored.salt, rounds), &stored));
        assert!(!hash_matches(&derive("2581", stored.salt, rounds), &stored));
        assert!(!hash_matches(&derive("", stored.salt, rounds), &stored));
    }

    #[test]
    fn five_wrong_tries_lock_for_a_minute() {
        let mut l = Lockout::default();
        for left in (1..MAX_TRIES).rev() {
            assert_eq!(l.attempt(0, || false), Attempt::Wrong { left });
        }
        assert_eq!(
            l.attempt(1_000, || false),
            Attempt::Locked { until: 61_000 }
        );
        // Even the right PIN is not checked while locked.
        assert_eq!(
            l.attempt(30_000, || panic!("not checked")),
            Attempt::Locked { until: 61_000 }
        );
        assert_eq!(l.attempt(61_000, || true), Attempt::Accepted);
        assert_eq!(l, Lockout::default());
    }

    #[test]
    fn a_right_pin_resets_the_count() {
        let mut l = Lockout::default();
        l.attempt(0, || false);
        l.attempt(0, || false);
        assert_eq!(l.attempt(0, || true), Attempt::Accepted);
        assert_eq!(l.attempt(0, || false), Attempt::Wrong { left: 4 });
    }
}
