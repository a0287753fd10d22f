//! The couriers a station takes parcels from, and their tracking numbers as the station keeps
//! and compares them (typed or scanned, with spaces, dashes, lower case or full-width forms).

use serde::{Deserialize, Serialize};

use crate::domain::villager::normalize_width;

/// Shortest tracking number accepted (China Post's domestic numbers are the shortest in use).
pub const MIN_TRACKING: usize = 8;
/// Longest tracking number accepted: longer than any courier's, short enough to read out.
pub const MAX_TRACKING: usize = 30;

/// The couriers whose parcels reach village stations most often.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Courier {
    /// 中国邮政.
    ChinaPost,
    /// EMS (China Post's express arm).
    Ems,
    /// 顺丰.
    Sf,
    /// 中通.
    Zto,
    /// 圆通.
    Yto,
    /// 申通.
    Sto,
    /// 韵达.
    Yunda,
    /// 极兔.
    Jt,
    /// 京东.
    Jd,
    /// Any other courier.
    Other,
}

impl Courier {
    /// Every courier, in the order offered.
    pub const ALL: [Courier; 10] = [
        Courier::ChinaPost,
        Courier::Ems,
        Courier::Sf,
        Courier::Zto,
        Courier::Yto,
        Courier::Sto,
        Courier::Yunda,
        Courier::Jt,
        Courier::Jd,
        Courier::Other,
    ];

    /// The stable snake_case name (the same as in storage), for locale keys.
    pub fn code(self) -> &'static str {
        match self {
            Courier::ChinaPost => "china_post",
            Courier::Ems => "ems",
            Courier::Sf => "sf",
            Courier::Zto => "zto",
            Courier::Yto => "yto",
            Courier::Sto => "sto",
            Courier::Yunda => "yunda",
            Courier::Jt => "jt",
            Courier::Jd => "jd",
            Courier::Other => "other",
        }
    }
}

/// Why a tracking number was refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TrackingError {
    Empty,
    TooShort,
    TooLong,
    /// Something other than letters and digits (after spaces and dashes are dropped).
    BadChar,
}

/// A tracking number as it is kept and compared: full-width forms made ASCII, spaces and dashes
/// dropped, letters upper-case; 8–30 letters and digits.
pub fn normalize_tracking(input: &str) -> Result<String, TrackingError> {
    let out: String = normalize_width(input)
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '-')
        .map(|c| c.to_ascii_uppercase())
        .collect();
    if out.is_empty() {
        return Err(TrackingError::Empty);
    }
    if !out
        .chars()
        .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
    {
        return Err(TrackingError::BadChar);
    }
    match out.len() {
        n if n < MIN_TRACKING => Err(TrackingError::TooShort),
        n if n > MAX_TRACKING => Err(TrackingError::TooLong),
        _ => Ok(out),
    }
}

/// The tracking number among the barcodes read off a label (a label also carries order numbers,
/// sorting codes and QR links): the first that is a tracking number, normalised.
pub fn tracking_in(codes: &[String]) -> Option<String> {
    codes.iter().find_map(|c| normalize_tracking(c).ok())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tracking_numbers_are_normalised_and_checked() {
        assert_eq!(
            normalize_tracking(" sf 1234-5678-90 "),
            Ok("SF1234567890".into())
        );
        assert_eq!(
            normalize_tracking("ｊｔ０００１２３４５６７"),
            Ok("JT0001234567".into())
        );
        assert_eq!(normalize_tracking("12345678"), Ok("12345678".into()));
        assert_eq!(normalize_tracking(&"9".repeat(30)), Ok("9".repeat(30)));
        assert_eq!(normalize_tracking("  - "), Err(TrackingError::Empty));
        assert_eq!(normalize_tracking("1234567"), Err(TrackingError::TooShort));
        assert_eq!(
            normalize_tracking(&"9".repeat(31)),
            Err(TrackingError::TooLong)
        );
        assert_eq!(
            normalize_tracking("SF1234/5678"),
            Err(TrackingError::BadChar)
        );
        assert_eq!(
            normalize_tracking("顺丰12345678"),
            Err(TrackingError::BadChar)
        );
    }

    #[test]
    fn courier_ids_are_stable() {
        for c in Courier::ALL {
            assert_eq!(
                serde_json::to_string(&c).unwrap(),
                format!("\"{}\"", c.code())
            );
        }
        assert_eq!(
            serde_json::from_str::<Courier>("\"jt\"").unwrap(),
            Courier::Jt
        );
    }

    #[test]
    fn the_first_barcode_that_is_a_tracking_number_is_taken() {
        let codes = |c: &[&str]| c.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert_eq!(
            tracking_in(&codes(&[
                "https://t.example/x?y=1",
                "12",
                "sf 1234 5678 901"
            ])),
            Some("SF12345678901".into())
        );
        assert_eq!(tracking_in(&codes(&["A1", "http://x"])), None);
        assert_eq!(tracking_in(&[]), None);
    }
}
