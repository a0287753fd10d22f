//! Orders as the tablet keeps them: identity made on the tablet (never the API's cart id), the
//! pickup code the villager keeps, and a check of the totals a remote backend sends back.

use serde::{Deserialize, Serialize};

use super::cart::CartLine;
use super::money::Fen;

/// A calendar date (proleptic Gregorian), for order ids and display.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Date {
    pub year: i32,
    pub month: u32,
    pub day: u32,
}

/// Days since 1970-01-01 of a calendar date (`None` for a date that does not exist, such as
/// 31 April or 29 February of a common year). The inverse of [`date_of`].
pub fn days_from_civil(year: i64, month: i64, day: i64) -> Option<i64> {
    let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    let length = match month {
        2 if leap => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        1..=12 => 31,
        _ => return None,
    };
    if !(1..=length).contains(&day) {
        return None;
    }
    // Howard Hinnant's days-from-civil algorithm.
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (month + 9) % 12;
    let doy = (153 * mp + 2) / 5 + day - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    Some(era * 146_097 + doe - 719_468)
}

/// The date of a Unix time in milliseconds, shifted by `offset_minutes` (480 for China).
pub fn date_of(ms: i64, offset_minutes: i32) -> Date {
    let days = (ms + i64::from(offset_minutes) * 60_000).div_euclid(86_400_000);
    // Howard Hinnant's days-to-civil algorithm.
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let year = (yoe + era * 400 + i64::from(month <= 2)) as i32;
    Date { year, month, day }
}

/// Hours and minutes of a Unix time in milliseconds, shifted by `offset_minutes`.
pub fn clock_of(ms: i64, offset_minutes: i32) -> (u32, u32) {
    let minute_of_day = (ms + i64::from(offset_minutes) * 60_000).div_euclid(60_000) % 1_440;
    ((minute_of_day / 60) as u32, (minute_of_day % 60) as u32)
}

/// An order id a partner can read out and a villager can recognise: `CZ-20261123-4821`, the date
/// and four random digits (unique per tablet together with the local sequence check).
pub fn order_id(ms: i64, offset_minutes: i32, random: u32) -> String {
    let d = date_of(ms, offset_minutes);
    format!(
        "CZ-{:04}{:02}{:02}-{:04}",
        d.year,
        d.month,
        d.day,
        random % 10_000
    )
}

/// An idempotency key: 128 random bits in hex.
pub fn idempotency_key(random: [u8; 16]) -> String {
    random.iter().map(|b| format!("{b:02x}")).collect()
}

/// A six-digit pickup code from a random number; codes anyone could guess (one digit repeated,
/// straight runs) are moved to a neighbour.
pub fn pickup_code(random: u32) -> String {
    let mut n = random % 1_000_000;
    loop {
        let code = format!("{n:06}");
        let b = code.as_bytes();
        let same = b.iter().all(|d| *d == b[0]);
        let up = b.windows(2).all(|w| w[1] == w[0] + 1);
        let down = b.windows(2).all(|w| w[0] == w[1] + 1);
        if !(same || up || down) {
            return code;
        }
        n = (n + 7_919) % 1_000_000;
    }
}

/// What the remote backend said about one line (DummyJSON `POST /carts/add`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RemoteLine {
    pub product_id: u32,
    pub quantity: i64,
    /// The line total before discount, in fen (DummyJSON sends float yuan).
    pub total: Fen,
}

/// A difference between the app's order and the backend's answer, shown to the partner.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Mismatch {
    /// The backend's line is missing or has another quantity (DummyJSON pairs quantities by position).
    Quantity {
        product_id: u32,
        ours: u32,
        theirs: Option<i64>,
    },
    /// The backend priced a line differently by more than a fen.
    LineTotal {
        product_id: u32,
        ours: Fen,
        theirs: Fen,
    },
    /// The backend returned a product the order does not have.
    Extra { product_id: u32 },
}

/// Compares the order's lines with the backend's. Empty when they agree.
pub fn reconcile(ours: &[CartLine], theirs: &[RemoteLine]) -> Vec<Mismatch> {
    let mut out = Vec::new();
    for line in ours {
        match theirs.iter().find(|t| t.product_id == line.product_id) {
            None => out.push(Mismatch::Quantity {
                product_id: line.product_id,
                ours: line.qty,
                theirs: None,
            }),
            Some(t) if t.quantity != i64::from(line.qty) => out.push(Mismatch::Quantity {
                product_id: line.product_id,
                ours: line.qty,
                theirs: Some(t.quantity),
            }),
            Some(t) if (t.total.0 - line.list_total().0).abs() > 1 => {
                out.push(Mismatch::LineTotal {
                    product_id: line.product_id,
                    ours: line.list_total(),
                    theirs: t.total,
                })
            }
            Some(_) => {}
        }
    }
    for t in theirs {
        if !ours.iter().any(|l| l.product_id == t.product_id) {
            out.push(Mismatch::Extra {
                product_id: t.product_id,
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clock_follows_the_offset() {
        // 2026-11-23 06:05 UTC is 14:05 in China.
        let ms = 1_795_413_900_000;
        assert_eq!(
            date_of(ms, 0),
            Date {
                year: 2026,
                month: 11,
                day: 23
            }
        );
        assert_eq!(clock_of(ms, 0), (6, 5));
        assert_eq!(clock_of(ms, 480), (14, 5));
        assert_eq!(clock_of(ms, -300), (1, 5));
    }
    use crate::domain::catalog::{Text, Unit};

    #[test]
    fn dates_in_china_time() {
        // 2026-11-23 05:25 UTC is 13:25 in China.
        assert_eq!(
            date_of(1_795_411_500_000, 480),
            Date {
                year: 2026,
                month: 11,
                day: 23
            }
        );
        // 2026-11-22 17:00 UTC is already the 23rd in China.
        assert_eq!(date_of(1_795_366_800_000, 480).day, 23);
        assert_eq!(date_of(1_795_366_800_000, 0).day, 22);
        assert_eq!(
            date_of(0, 0),
            Date {
                year: 1970,
                month: 1,
                day: 1
            }
        );
        assert_eq!(
            date_of(951_782_400_000, 0),
            Date {
                year: 2000,
                month: 2,
                day: 29
            }
        );
        assert_eq!(
            date_of(-86_400_000, 0),
            Date {
                year: 1969,
                month: 12,
                day: 31
            }
        );
    }

    #[test]
    fn ids_keys_and_codes() {
        assert_eq!(
            order_id(1_795_411_500_000, 480, 123_456_789),
            "CZ-20261123-6789"
        );
        assert_eq!(order_id(1_795_411_500_000, 480, 7), "CZ-20261123-0007");
        assert_eq!(idempotency_key([0xab; 16]).len(), 32);
        assert_eq!(pickup_code(42), "000042");
        assert_eq!(pickup_code(1_000_042), "000042");
        for guessable in [0, 111_111, 123_456, 654_321, 999_999] {
            let code = pickup_code(guessable);
            assert_eq!(code.len(), 6);
            assert_ne!(code, format!("{guessable:06}"), "{guessable} is moved");
        }
    }

    fn line(id: u32, price: i64, qty: u32) -> CartLine {
        CartLine {
            product_id: id,
            title: Text::default(),
            category: String::new(),
            picture: None,
            unit: Unit::Piece,
            list_price: Fen(price),
            discount_bp: 0,
            stock: 99,
            min_order: 1,
            qty,
            return_policy: None,
        }
    }

    #[test]
    fn reconcile_finds_dummyjson_quirks() {
        let ours = [line(16, 199, 2), line(42, 99, 1)];
        let agree = [
            RemoteLine {
                product_id: 16,
                quantity: 2,
                total: Fen(398),
            },
            RemoteLine {
                product_id: 42,
                quantity: 1,
                total: Fen(99),
            },
        ];
        assert!(reconcile(&ours, &agree).is_empty());
        // Quantities paired by position: swapped.
        let swapped = [
            RemoteLine {
                product_id: 16,
                quantity: 1,
                total: Fen(199),
            },
            RemoteLine {
                product_id: 42,
                quantity: 2,
                total: Fen(198),
            },
        ];
        assert_eq!(reconcile(&ours, &swapped).len(), 2);
        // A float sum off by a rounding fen is not a mismatch; a real price change is.
        let repriced = [
            RemoteLine {
                product_id: 16,
                quantity: 2,
                total: Fen(399),
            },
            RemoteLine {
                product_id: 42,
                quantity: 1,
                total: Fen(150),
            },
        ];
        assert_eq!(
            reconcile(&ours, &repriced),
            vec![Mismatch::LineTotal {
                product_id: 42,
                ours: Fen(99),
                theirs: Fen(150)
            }]
        );
        let extra = [
            agree[0],
            agree[1],
            RemoteLine {
                product_id: 7,
                quantity: 1,
                total: Fen(1),
            },
        ];
        assert_eq!(
            reconcile(&ours, &extra),
            vec![Mismatch::Extra { product_id: 7 }]
        );
        assert_eq!(
            reconcile(&ours, &agree[..1]).len(),
            1,
            "a line the server dropped"
        );
    }

    #[test]
    fn days_from_civil_is_the_inverse_of_date_of() {
        for days in [
            -800_000i64,
            -1,
            0,
            1,
            59,
            60,
            365,
            11_016,
            20_415,
            2_932_896,
        ] {
            let d = date_of(days * 86_400_000, 0);
            assert_eq!(
                days_from_civil(i64::from(d.year), i64::from(d.month), i64::from(d.day)),
                Some(days),
                "{d:?}"
            );
        }
        assert_eq!(days_from_civil(2024, 2, 29), Some(19_782));
        assert_eq!(days_from_civil(2026, 2, 29), None);
        assert_eq!(days_from_civil(2026, 4, 31), None);
        assert_eq!(days_from_civil(2026, 13, 1), None);
        assert_eq!(days_from_civil(2026, 1, 0), None);
    }
}
