//! The station saved to a file, and read back on a new or reset tablet.
//!
//! A backup file is a small JSON envelope a person could open in a text editor and learn nothing
//! from but its date: the format's name and version, the key derivation's salt and rounds, a
//! short check of the password, and the records (villagers, open carts, orders, station name)
//! sealed with AES-256-GCM. The key comes from the backup password (PBKDF2-HMAC-SHA256, done by
//! the browser's WebCrypto); 512 bits are derived: the first 256 are the AES key, 8 bytes of the
//! rest are the password check, so a wrong password is told apart from a damaged file.
//!
//! Restoring merges, never overwrites: a record the tablet has stays as it is, except that facts
//! the backup knows and the tablet does not (sent, handed over, returned, sent back, settled)
//! are added — they only ever go from "not yet" to "happened". Orders are kept once by their
//! id and their idempotency key.

use serde::{Deserialize, Serialize};

use super::logistics::{DAY_MS, Stage};
use super::outbox::SendState;
use super::parcel::stage_of;
use super::parcel_link::{base64url, from_base64url};
use super::station::{OpenCart, Order, Villager};

/// The format's name, first in every file.
pub const FORMAT: &str = "cunzhan-backup";
/// The version this build writes (and the newest it reads).
pub const BACKUP_VERSION: u32 = 1;
/// PBKDF2 rounds for the backup key (as for the PIN: OWASP's figure for PBKDF2-HMAC-SHA256).
pub const ROUNDS: u32 = 210_000;
/// Fewer rounds than this in a file is not one this app wrote.
const MIN_ROUNDS: u32 = 10_000;
/// A backup password: at least this many characters…
pub const MIN_PASSWORD: usize = 6;
/// …and at most this many.
pub const MAX_PASSWORD: usize = 64;
/// The partner is reminded when the last backup is older than this.
pub const REMIND_AFTER_MS: u64 = 7 * DAY_MS;

/// What a backup holds.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Records {
    pub villagers: Vec<Villager>,
    #[serde(default)]
    pub carts: Vec<OpenCart>,
    pub orders: Vec<Order>,
    /// The station's name as the villagers' messages give it.
    #[serde(default)]
    pub station_name: String,
}

/// The file as written.
#[derive(Debug, Serialize, Deserialize)]
struct Envelope {
    format: String,
    v: u32,
    /// When it was made (unix ms, the tablet's real clock).
    made_at: u64,
    rounds: u32,
    salt: String,
    iv: String,
    check: String,
    data: String,
}

/// A file read as far as it can be without the password.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Sealed {
    pub made_at: u64,
    pub rounds: u32,
    pub salt: [u8; 16],
    pub iv: [u8; 12],
    pub check: [u8; 8],
    /// The records, encrypted (with GCM's tag at the end).
    pub data: Vec<u8>,
}

/// Why a file cannot be restored. None of them changes anything on the tablet.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BackupError {
    /// Not a backup of this app (another file chosen).
    Foreign,
    /// A backup, but cut short or changed.
    Damaged,
    /// Made by a newer version of the app.
    Newer(u32),
    /// The password does not open it.
    WrongPassword,
    /// The browser cannot encrypt (no WebCrypto) or the file could not be read or written.
    Unavailable,
    /// The tablet's storage is full: what the backup brought is on screen, but not all of it
    /// could be kept. Restoring again once there is room adds nothing twice.
    StorageFull,
}

impl BackupError {
    pub fn code(self) -> &'static str {
        match self {
            BackupError::Foreign => "foreign",
            BackupError::Damaged => "damaged",
            BackupError::Newer(_) => "newer",
            BackupError::WrongPassword => "wrong_password",
            BackupError::Unavailable => "unavailable",
            BackupError::StorageFull => "storage_full",
        }
    }
}

/// Why a new backup password is refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PasswordError {
    TooShort,
    TooLong,
    /// The two entries differ.
    Mismatch,
}

/// Checks a new backup password, typed twice.
pub fn new_password(first: &str, again: &str) -> Result<(), PasswordError> {
    let n = first.chars().count();
    if n < MIN_PASSWORD {
        Err(PasswordError::TooShort)
    } else if n > MAX_PASSWORD {
        Err(PasswordError::TooLong)
    } else if first != again {
        Err(PasswordError::Mismatch)
    } else {
        Ok(())
    }
}

/// Why saving or restoring a backup did not happen, as the backup screen tells it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Refusal {
    /// The file, the sealing or the storage refused.
    Backup(BackupError),
    /// The new password was refused.
    Password(PasswordError),
    /// Restore was asked for with no file chosen.
    NoFile,
    /// Restore was asked for with no password typed.
    NoPassword,
}

/// What a restore needs before anything is read: a file and its password.
pub fn restore_input(file_chosen: bool, password: &str) -> Result<(), Refusal> {
    if !file_chosen {
        Err(Refusal::NoFile)
    } else if password.is_empty() {
        Err(Refusal::NoPassword)
    } else {
        Ok(())
    }
}

/// The AES key and the password check, from the 64 derived bytes.
pub fn split_key(bits: &[u8]) -> Option<([u8; 32], [u8; 8])> {
    let key: [u8; 32] = bits.get(..32)?.try_into().ok()?;
    let check: [u8; 8] = bits.get(32..40)?.try_into().ok()?;
    Some((key, check))
}

/// The file's text.
pub fn write_file(sealed: &Sealed) -> String {
    let envelope = Envelope {
        format: FORMAT.to_string(),
        v: BACKUP_VERSION,
        made_at: sealed.made_at,
        rounds: sealed.rounds,
        salt: base64url(&sealed.salt),
        iv: base64url(&sealed.iv),
        check: base64url(&sealed.check),
        data: base64url(&sealed.data),
    };
    serde_json::to_string(&envelope).unwrap_or_default()
}

/// Reads a file's envelope: what kind of file it is, and its sealed records.
pub fn read_file(text: &str) -> Result<Sealed, BackupError> {
    let text = text.trim_start_matches('\u{feff}').trim();
    let envelope: Envelope = match serde_json::from_str(text) {
        Ok(e) => e,
        // A file that starts like a backup but does not parse was cut short or changed.
        Err(_) if looks_like_backup(text) => return Err(BackupError::Damaged),
        Err(_) => return Err(BackupError::Foreign),
    };
    if envelope.format != FORMAT {
        return Err(BackupError::Foreign);
    }
    if envelope.v > BACKUP_VERSION {
        return Err(BackupError::Newer(envelope.v));
    }
    if envelope.v == 0 || envelope.rounds < MIN_ROUNDS {
        return Err(BackupError::Damaged);
    }
    let bytes = |s: &str| from_base64url(s).ok_or(BackupError::Damaged);
    let salt: [u8; 16] = bytes(&envelope.salt)?
        .try_into()
        .map_err(|_| BackupError::Damaged)?;
    let iv: [u8; 12] = bytes(&envelope.iv)?
        .try_into()
        .map_err(|_| BackupError::Damaged)?;
    let check: [u8; 8] = bytes(&envelope.check)?
        .try_into()
        .map_err(|_| BackupError::Damaged)?;
    let data = bytes(&envelope.data)?;
    // GCM's tag alone is 16 bytes: anything shorter holds no records.
    if data.len() <= 16 {
        return Err(BackupError::Damaged);
    }
    Ok(Sealed {
        made_at: envelope.made_at,
        rounds: envelope.rounds,
        salt,
        iv,
        check,
        data,
    })
}

fn looks_like_backup(text: &str) -> bool {
    let start: String = text
        .chars()
        .take(64)
        .filter(|c| !c.is_whitespace())
        .collect();
    start.starts_with(&format!("{{\"format\":\"{FORMAT}\""))
}

/// The records, once decrypted.
pub fn records_from(plain: &[u8]) -> Result<Records, BackupError> {
    serde_json::from_slice(plain).map_err(|_| BackupError::Damaged)
}

/// The records as they are sealed.
pub fn records_bytes(records: &Records) -> Vec<u8> {
    serde_json::to_vec(records).unwrap_or_default()
}

/// What a restore brought in, for the read-out.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Restored {
    /// Villagers the tablet did not have.
    pub villagers: usize,
    /// Orders the tablet did not have.
    pub orders: usize,
    /// Orders the tablet had, to which the backup added what happened since.
    pub updated: usize,
    /// Open carts brought in.
    pub carts: usize,
    /// Of the orders brought in or updated, parcels waiting at the station to be handed over.
    pub waiting: usize,
}

impl Restored {
    /// Whether the backup brought nothing new.
    pub fn nothing(&self) -> bool {
        self.villagers + self.orders + self.updated + self.carts == 0
    }
}

/// Merges a backup into the tablet's records (`now`: the station clock, for "waiting at the
/// station"). What the tablet has is kept; the backup adds what is missing.
pub fn merge(local: &mut Records, incoming: Records, now: u64) -> Restored {
    let mut restored = Restored::default();
    for v in incoming.villagers {
        if !local.villagers.iter().any(|l| l.id == v.id) {
            local.villagers.push(v);
            restored.villagers += 1;
        }
    }
    for theirs in incoming.orders {
        let same = local
            .orders
            .iter_mut()
            .find(|o| o.id == theirs.id || o.key == theirs.key);
        let touched = match same {
            Some(mine) => {
                if add_facts(mine, theirs) {
                    restored.updated += 1;
                    Some(&*mine)
                } else {
                    None
                }
            }
            None => {
                restored.orders += 1;
                local.orders.push(theirs);
                local.orders.last()
            }
        };
        if touched.is_some_and(|o| stage_of(o, now) == Some(Stage::AtStation)) {
            restored.waiting += 1;
        }
    }
    for cart in incoming.carts {
        let known_villager = local.villagers.iter().any(|v| v.id == cart.villager_id);
        let has_cart = local
            .carts
            .iter()
            .any(|c| c.villager_id == cart.villager_id || c.key == cart.key);
        if known_villager && !has_cart && !cart.cart.lines.is_empty() {
            local.carts.push(cart);
            restored.carts += 1;
        }
    }
    if local.station_name.trim().is_empty() && !incoming.station_name.trim().is_empty() {
        local.station_name = incoming.station_name;
    }
    local.orders.sort_by_key(|o| o.placed_at);
    restored
}

/// Adds to `mine` what `theirs` knows happened and `mine` does not. Whether anything was added.
fn add_facts(mine: &mut Order, theirs: Order) -> bool {
    let before = mine.clone();
    let sent = |s: &SendState| matches!(s, SendState::Sent { .. });
    if sent(&theirs.send) && !sent(&mine.send) {
        mine.send = theirs.send;
        if mine.remote_cart.is_none() {
            mine.remote_cart = theirs.remote_cart;
        }
        if mine.mismatches.is_empty() {
            mine.mismatches = theirs.mismatches;
        }
    }
    fn keep<T>(mine: &mut Option<T>, theirs: Option<T>) {
        if mine.is_none() {
            *mine = theirs;
        }
    }
    keep(&mut mine.shipped_at, theirs.shipped_at);
    keep(&mut mine.picked_up_at, theirs.picked_up_at);
    keep(&mut mine.returned, theirs.returned);
    keep(&mut mine.commission_bp, theirs.commission_bp);
    keep(&mut mine.sent_back_at, theirs.sent_back_at);
    keep(&mut mine.settled, theirs.settled);
    *mine != before
}

/// Whether to remind the partner to make a backup: there is something to lose, and the last
/// backup is older than a week (or there never was one). A last backup "in the future" (the
/// clock was set back since) counts as old: a reminder too many is better than none.
pub fn reminder_due(last: Option<u64>, now: u64, has_orders: bool) -> bool {
    if !has_orders {
        return false;
    }
    match last {
        None => true,
        Some(at) if at > now => true,
        Some(at) => now - at > REMIND_AFTER_MS,
    }
}

/// Whole days since the last backup (for "last backup N days ago").
pub fn days_since(last: u64, now: u64) -> u64 {
    now.saturating_sub(last) / DAY_MS
}

/// The file's name: `cunzhan-backup-2026-12-03.json` (the date in the tablet's time zone).
pub fn file_name(made_at: u64, offset_minutes: i32) -> String {
    let local = made_at as i64 + i64::from(offset_minutes) * 60_000;
    let days = local.div_euclid(DAY_MS as i64);
    let (y, m, d) = civil_from_days(days);
    format!("cunzhan-backup-{y:04}-{m:02}-{d:02}.json")
}

/// The calendar date of a day count since 1970-01-01 (Howard Hinnant's algorithm).
fn civil_from_days(z: i64) -> (i64, u32, u32) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    (if m <= 2 { y + 1 } else { y }, m, d)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::cart::Cart;
    use crate::domain::catalog::Product;
    use crate::domain::commission::Settled;
    use crate::domain::station::{NewOrder, place_order};
    use crate::domain::villager::validate_villager;

    fn sealed() -> Sealed {
        Sealed {
            made_at: 1_796_000_000_000,
            rounds: ROUNDS,
            salt: [7; 16],
            iv: [9; 12],
            check: [1, 2, 3, 4, 5, 6, 7, 8],
            data: (0..200u8).collect(),
        }
    }

    #[test]
    fn a_file_reads_back_what_was_written() {
        let text = write_file(&sealed());
        assert!(text.starts_with("{\"format\":\"cunzhan-backup\",\"v\":1,"));
        assert_eq!(read_file(&text), Ok(sealed()));
        // With a byte-order mark and a newline, as some editors save it.
        assert_eq!(read_file(&format!("\u{feff}{text}\n")), Ok(sealed()));
    }

    #[test]
    fn cut_changed_foreign_and_newer_files_are_told_apart() {
        let text = write_file(&sealed());
        for cut in [text.len() - 1, text.len() / 2, 30] {
            assert_eq!(
                read_file(&text[..cut]),
                Err(BackupError::Damaged),
                "cut at {cut}"
            );
        }
        assert_eq!(read_file(""), Err(BackupError::Foreign));
        assert_eq!(read_file("hello"), Err(BackupError::Foreign));
        assert_eq!(read_file("{\"items\":[]}"), Err(BackupError::Foreign));
        assert_eq!(
            read_file(&text.replace("cunzhan-backup", "other-app")),
            Err(BackupError::Foreign)
        );
        assert_eq!(
            read_file(&text.replace("\"v\":1", "\"v\":2")),
            Err(BackupError::Newer(2))
        );
        assert_eq!(
            read_file(&text.replace("\"v\":1", "\"v\":0")),
            Err(BackupError::Damaged)
        );
        // A salt or nonce of the wrong length, a character outside base64url, no data.
        let env: serde_json::Value = serde_json::from_str(&text).unwrap();
        for (field, value) in [
            ("salt", "AAAA"),
            ("iv", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"),
            ("check", "!!!!"),
            ("data", "AAAA"),
            ("rounds", "1"),
        ] {
            let mut e = env.clone();
            e[field] = if field == "rounds" {
                serde_json::json!(1)
            } else {
                serde_json::json!(value)
            };
            assert_eq!(
                read_file(&e.to_string()),
                Err(BackupError::Damaged),
                "{field}"
            );
        }
    }

    #[test]
    fn passwords_are_bounded_and_typed_twice() {
        assert_eq!(new_password("12345", "12345"), Err(PasswordError::TooShort));
        assert_eq!(
            new_password("村站密码好", "村站密码好"),
            Err(PasswordError::TooShort)
        );
        assert_eq!(new_password("村站的密码好", "村站的密码好"), Ok(()));
        assert_eq!(
            new_password("123456", "123457"),
            Err(PasswordError::Mismatch)
        );
        let long = "x".repeat(MAX_PASSWORD + 1);
        assert_eq!(new_password(&long, &long), Err(PasswordError::TooLong));
    }

    #[test]
    fn a_restore_needs_a_file_then_a_password() {
        assert_eq!(restore_input(false, ""), Err(Refusal::NoFile));
        assert_eq!(restore_input(false, "村站的密码好"), Err(Refusal::NoFile));
        assert_eq!(restore_input(true, ""), Err(Refusal::NoPassword));
        assert_eq!(restore_input(true, "x"), Ok(()));
    }

    #[test]
    fn the_derived_bits_split_into_key_and_check() {
        let bits: Vec<u8> = (0..64).collect();
        let (key, check) = split_key(&bits).unwrap();
        assert_eq!(key[0], 0);
        assert_eq!(key[31], 31);
        assert_eq!(check, [32, 33, 34, 35, 36, 37, 38, 39]);
        assert_eq!(split_key(&bits[..39]), None);
    }

    const T0: u64 = 1_795_000_000_000;

    fn cart_of(villager_id: &str, key: &str, product: u32) -> OpenCart {
        let mut cart = Cart::default();
        cart.add(&Product::sample(product, ("Rice", "大米"), 3_990, 10, 1))
            .unwrap();
        OpenCart {
            villager_id: villager_id.into(),
            key: key.into(),
            cart,
        }
    }

    /// A station with two villagers and an order each, made the way the app makes them.
    fn station() -> Records {
        let villagers: Vec<Villager> = [("v1", "王秀英"), ("v2", "李建国")]
            .into_iter()
            .map(|(id, name)| {
                Villager::new(id.into(), validate_villager(name, "东村", "").unwrap(), 0)
            })
            .collect();
        let mut carts = vec![cart_of("v1", "key-0", 1), cart_of("v2", "key-1", 2)];
        let mut orders = Vec::new();
        for (n, v) in ["v1", "v2"].iter().enumerate() {
            let ids = NewOrder {
                id: format!("CZ-20261201-000{n}"),
                pickup_code: "480219".into(),
                commission_bp: 300,
            };
            place_order(&villagers, &mut carts, &mut orders, v, ids, T0 + n as u64).unwrap();
        }
        Records {
            villagers,
            carts,
            orders,
            station_name: String::new(),
        }
    }

    #[test]
    fn a_backup_on_an_empty_tablet_brings_everything() {
        let backup = station();
        let mut tablet = Records::default();
        let r = merge(&mut tablet, backup.clone(), T0);
        assert_eq!((r.villagers, r.orders, r.updated), (2, 2, 0));
        assert_eq!(tablet.villagers, backup.villagers);
        assert_eq!(tablet.orders, backup.orders);
        // A second restore of the same file changes nothing.
        let again = merge(&mut tablet, backup.clone(), T0);
        assert!(again.nothing());
        assert_eq!(tablet.orders.len(), 2);
    }

    #[test]
    fn the_tablets_newer_records_are_never_overwritten() {
        let backup = station();
        let mut tablet = backup.clone();
        // Since the backup: a villager renamed, an order handed over and settled.
        tablet.villagers[0].name = "王秀英（东头）".into();
        tablet.orders[0].picked_up_at = Some(T0 + 5 * DAY_MS);
        tablet.orders[0].settled = Some(Settled {
            at: T0 + 5 * DAY_MS,
            amount: crate::domain::money::Fen(54),
        });
        let r = merge(&mut tablet, backup, T0);
        assert!(r.nothing());
        assert_eq!(tablet.villagers[0].name, "王秀英（东头）");
        assert_eq!(tablet.orders[0].picked_up_at, Some(T0 + 5 * DAY_MS));
        assert_eq!(
            tablet.orders[0].settled.map(|s| s.amount),
            Some(crate::domain::money::Fen(54))
        );
    }

    #[test]
    fn what_happened_is_added_from_the_backup_and_orders_are_kept_once_by_key() {
        let mut backup = station();
        let mut tablet = backup.clone();
        // The backup knows order 0 was sent and handed over; the tablet (reset to an older
        // copy) does not.
        backup.orders[0].send = SendState::Sent { at: T0 + 1000 };
        backup.orders[0].remote_cart = Some(51);
        backup.orders[0].shipped_at = Some(T0 + 1000);
        backup.orders[0].picked_up_at = Some(T0 + 3 * DAY_MS);
        // The same order under another id but the same key (it is one order).
        let mut twin = backup.orders[1].clone();
        twin.id = "CZ-20261201-9999".into();
        backup.orders.push(twin);
        let r = merge(&mut tablet, backup, T0);
        assert_eq!((r.orders, r.updated), (0, 1));
        assert_eq!(tablet.orders.len(), 2);
        assert_eq!(tablet.orders[0].send, SendState::Sent { at: T0 + 1000 });
        assert_eq!(tablet.orders[0].remote_cart, Some(51));
        assert_eq!(tablet.orders[0].picked_up_at, Some(T0 + 3 * DAY_MS));
    }

    #[test]
    fn parcels_waiting_at_the_station_are_counted() {
        let mut backup = station();
        // Order 0 left a week before "now": its parcel is at the station; order 1 is collected.
        let now = T0 + 4 * DAY_MS;
        backup.orders[0].send = SendState::Sent { at: T0 };
        backup.orders[0].shipped_at = Some(T0);
        backup.orders[1].send = SendState::Sent { at: T0 };
        backup.orders[1].shipped_at = Some(T0);
        backup.orders[1].picked_up_at = Some(T0 + 3 * DAY_MS);
        let mut tablet = Records::default();
        assert_eq!(
            stage_of(&backup.orders[0], now),
            Some(Stage::AtStation),
            "the plan puts it at the station by then"
        );
        let r = merge(&mut tablet, backup, now);
        assert_eq!(r.waiting, 1);
    }

    #[test]
    fn carts_come_only_for_known_villagers_without_one() {
        let mut backup = station();
        let cart = |v: &str, key: &str| cart_of(v, key, 5);
        backup.carts = vec![cart("v1", "c1"), cart("v2", "c2"), cart("nobody", "c3")];
        let mut tablet = Records {
            villagers: backup.villagers.clone(),
            carts: vec![cart("v1", "mine")],
            ..Records::default()
        };
        let r = merge(&mut tablet, backup, T0);
        assert_eq!(r.carts, 1);
        assert_eq!(tablet.carts.len(), 2);
        assert_eq!(tablet.carts[0].key, "mine");
        assert_eq!(tablet.carts[1].villager_id, "v2");
    }

    #[test]
    fn the_station_name_fills_only_an_empty_one() {
        let backup = Records {
            station_name: "东村村站".into(),
            ..Records::default()
        };
        let mut tablet = Records::default();
        merge(&mut tablet, backup.clone(), T0);
        assert_eq!(tablet.station_name, "东村村站");
        tablet.station_name = "新名字".into();
        merge(&mut tablet, backup, T0);
        assert_eq!(tablet.station_name, "新名字");
    }

    #[test]
    fn records_survive_the_round_trip_and_junk_is_damaged() {
        let records = station();
        assert_eq!(records_from(&records_bytes(&records)), Ok(records));
        assert_eq!(records_from(b"{\"villagers\":"), Err(BackupError::Damaged));
    }

    #[test]
    fn the_reminder_comes_after_a_week_and_only_with_something_to_lose() {
        let now = T0 + 30 * DAY_MS;
        assert!(!reminder_due(None, now, false));
        assert!(reminder_due(None, now, true));
        assert!(!reminder_due(Some(now - 6 * DAY_MS), now, true));
        assert!(!reminder_due(Some(now - REMIND_AFTER_MS), now, true));
        assert!(reminder_due(Some(now - REMIND_AFTER_MS - 1), now, true));
        assert!(
            reminder_due(Some(now + DAY_MS), now, true),
            "a backup in the future"
        );
        assert_eq!(days_since(now - 8 * DAY_MS - 5, now), 8);
    }

    #[test]
    fn file_names_carry_the_local_date() {
        // 2026-12-02 17:00 UTC is 2026-12-03 01:00 in China.
        let t = 1_796_230_800_000;
        assert_eq!(file_name(t, 0), "cunzhan-backup-2026-12-02.json");
        assert_eq!(file_name(t, 480), "cunzhan-backup-2026-12-03.json");
        assert_eq!(file_name(0, 0), "cunzhan-backup-1970-01-01.json");
    }
}
