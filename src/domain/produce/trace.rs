//! The trace card on a listing: who made it (the given name only — a card strangers see), in
//! which village, on which day, sold through which station.

use super::Listing;
use crate::domain::logistics::DAY_MS;
use crate::domain::order::{Date, date_of};
use crate::domain::station::Villager;

/// The screen that shows a listing's trace card.
pub const TRACE_PATH: &str = "/produce";

/// The given name only, for a card strangers see: the name after the family name. Kept simple:
/// a name with a middle dot (买买提·艾力) gives its first part, which is the personal name; a
/// name in words (Latin letters) gives all but the first word; 2–3 Han characters give all but
/// the first; 4 or more give all but the first two (four-character names almost always have a
/// two-character family name such as 欧阳 or 司马); a single character is kept.
pub fn given_name(full: &str) -> String {
    let full = full.trim();
    if let Some((first, _)) = full.split_once(['·', '•', '．']) {
        return first.trim().to_string();
    }
    let words: Vec<&str> = full.split_whitespace().collect();
    if words.len() > 1 {
        return words[1..].join(" ");
    }
    let chars: Vec<char> = full.chars().collect();
    let skip = match chars.len() {
        0 | 1 => 0,
        2 | 3 => 1,
        _ => 2,
    };
    chars[skip..].iter().collect()
}

/// What the trace card on a listing shows a buyer.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TraceCard {
    /// The seller's given name only (see [`given_name`]).
    pub given_name: String,
    pub village: String,
    pub made_on: Date,
    /// "" when the partner has not set one.
    pub station_name: String,
    /// The in-app address of the card (`/produce/<listing id>`).
    pub address_path: String,
}

/// The trace card of a listing; `None` when `seller` is not the listing's seller.
pub fn trace_card(listing: &Listing, seller: &Villager, station_name: &str) -> Option<TraceCard> {
    if listing.seller_id != seller.id {
        return None;
    }
    let village = match listing.village.trim() {
        "" => seller.village.trim(),
        v => v,
    };
    Some(TraceCard {
        given_name: given_name(&seller.name),
        village: village.to_string(),
        made_on: date_of(listing.made_on.saturating_mul(DAY_MS as i64), 0),
        station_name: station_name.trim().to_string(),
        address_path: format!("{TRACE_PATH}/{}", path_segment(&listing.id)),
    })
}

/// Percent-encodes everything but unreserved URL characters, so an id is one path segment.
fn path_segment(id: &str) -> String {
    id.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                char::from(b).to_string()
            }
            _ => format!("%{b:02X}"),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::order::days_from_civil;
    use crate::domain::villager::validate_villager;

    fn seller() -> Villager {
        Villager::new(
            "v1".into(),
            validate_villager("王秀英", "李家村", "").unwrap(),
            0,
        )
    }

    fn listing(id: &str, village: &str) -> Listing {
        Listing {
            made_on: days_from_civil(2026, 11, 23).unwrap(),
            village: village.into(),
            ..crate::domain::produce::sample_listing(id, "v1")
        }
    }

    #[test]
    fn the_given_name_is_the_name_after_the_family_name() {
        let cases = [
            ("王秀英", "秀英"),
            ("李强", "强"),
            (" 张伟 ", "伟"),
            ("欧阳娜娜", "娜娜"),
            ("王", "王"),
            ("", ""),
            ("买买提·艾力", "买买提"),
            ("Li Xiuying", "Xiuying"),
        ];
        for (full, given) in cases {
            assert_eq!(given_name(full), given, "{full}");
        }
    }

    #[test]
    fn the_trace_card_shows_the_given_name_village_day_and_station() {
        let listing = listing("L 1/2", "李家村");
        let card = trace_card(&listing, &seller(), " 李家村村站 ").unwrap();
        assert_eq!(card.given_name, "秀英");
        assert_eq!(card.village, "李家村");
        assert_eq!(
            card.made_on,
            Date {
                year: 2026,
                month: 11,
                day: 23
            }
        );
        assert_eq!(card.station_name, "李家村村站");
        assert_eq!(card.address_path, "/produce/L%201%2F2");
        let mut other = seller();
        other.id = "v2".into();
        assert_eq!(trace_card(&listing, &other, ""), None);
    }

    #[test]
    fn a_listing_kept_without_a_village_shows_the_sellers() {
        let mut moved = seller();
        moved.village = "张家湾".into();
        let card = trace_card(&listing("L1", " "), &moved, "").unwrap();
        assert_eq!(card.village, "张家湾");
        assert_eq!(card.station_name, "");
        assert_eq!(
            trace_card(&listing("L1", "李家村"), &moved, "")
                .unwrap()
                .village,
            "李家村"
        );
    }
}
