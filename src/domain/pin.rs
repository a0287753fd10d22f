//! The partner PIN: 4–6 digits, stored only as a salted, slow hash; five wrong tries lock entry
//! for a minute.

use pbkdf2::pbkdf2_hmac;
use sha2::Sha256;

/// PBKDF2 rounds: slow enough to make guessing a stolen hash costly, quick enough (well under a
/// second) on a cheap tablet.
pub const ROUNDS: u32 = 60_000;
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

/// Hashes a PIN with the given random salt.
pub fn hash_pin(pin: &str, salt: [u8; 16]) -> PinHash {
    let mut hash = [0u8; 32];
    pbkdf2_hmac::<Sha256>(pin.as_bytes(), &salt, ROUNDS, &mut hash);
    PinHash {
        salt,
        rounds: ROUNDS,
        hash,
    }
}

/// Whether `pin` is the stored PIN (compared in constant time).
pub fn verify_pin(pin: &str, stored: &PinHash) -> bool {
    let mut hash = [0u8; 32];
    pbkdf2_hmac::<Sha256>(pin.as_bytes(), &stored.salt, stored.rounds, &mut hash);
    hash.iter()
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

impl Lockout {
    /// Whether entry is locked at `now`.
    pub fn locked(&self, now: u64) -> Option<u64> {
        self.locked_until.filter(|until| now < *until)
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

    #[test]
    fn hash_is_salted_and_verifies() {
        let a = hash_pin("2580", [1; 16]);
        let b = hash_pin("2580", [2; 16]);
        assert_ne!(a.hash, b.hash, "salt changes the hash");
        assert_ne!(&a.hash[..4], b"2580");
        assert!(verify_pin("2580", &a));
        assert!(!verify_pin("2581", &a));
        assert!(!verify_pin("", &a));
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
