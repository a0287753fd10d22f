//! Villagers' produce sold through the station (代卖): a listing (what, how much a unit, how many,
//! made when, by whom), checked before it is kept; the photo's size bounds ([`photo`]); sales and
//! what the station owes each seller ([`sale`]); and the trace card a buyer sees ([`trace`]:
//! given name, village, day it was made, station). Money is integer fen throughout.

pub mod photo;
pub mod qr;
pub mod sale;
pub mod trace;

pub use trace::{TRACE_PATH, TraceCard, given_name, trace_card};

use serde::{Deserialize, Serialize};

use super::catalog::Unit;
use super::logistics::DAY_MS;
use super::money::Fen;
use super::outbox::{Outgoing, SendState};
use super::station::Villager;
use super::villager::normalize_width;

/// Longest Chinese name of a product (characters): it must fit a tile and a price tag.
pub const MAX_NAME_ZH: usize = 20;
/// Longest English name (characters).
pub const MAX_NAME_EN: usize = 40;
/// Highest price a unit (¥10,000). Village produce — a jin of tea, a cured ham, a whole pig —
/// stays well below it; a price above is almost surely a slip (extra zeros, a lost decimal
/// point) that would make the station owe a seller a fortune.
pub const MAX_PRICE_PER_UNIT: Fen = Fen(10_000 * 100);
/// Most units in one listing: five digits, more than one household harvests of anything sold by
/// the unit; a larger number is a slip.
pub const MAX_QUANTITY: u32 = 99_999;

/// A villager's produce on sale at the station.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Listing {
    /// Made on the tablet: the listing's identity.
    pub id: String,
    /// The id a remote backend gave it, once sent.
    #[serde(default)]
    pub remote_id: Option<u64>,
    /// The seller's villager id.
    pub seller_id: String,
    pub name_zh: String,
    #[serde(default)]
    pub name_en: Option<String>,
    #[serde(default)]
    pub unit: Unit,
    pub price_per_unit: Fen,
    /// Units still for sale.
    pub quantity: u32,
    /// The local day it was made or harvested (days since 1970-01-01).
    pub made_on: i64,
    /// The seller's village when it was listed.
    #[serde(default)]
    pub village: String,
    /// A small photo (a data URL or a storage key), within [`photo::MAX_PHOTO_BYTES`].
    #[serde(default)]
    pub photo: Option<String>,
    /// Unix ms (station clock).
    pub listed_at: u64,
    /// A catalog category slug.
    #[serde(default)]
    pub category: String,
    /// Sent with every attempt to list it on a remote backend (the outbox's key).
    #[serde(default)]
    pub key: String,
    /// Where sending it to the backend is (the outbox state, kept in the record).
    #[serde(default = "never_sent")]
    pub send: SendState,
}

fn never_sent() -> SendState {
    SendState::Waiting {
        attempts: 0,
        next_at: 0,
        last_error: None,
        hold_until: 0,
    }
}

impl Outgoing for Listing {
    fn outbox_id(&self) -> &str {
        &self.id
    }
    fn outbox_key(&self) -> &str {
        &self.key
    }
    fn send_state(&mut self) -> &mut SendState {
        &mut self.send
    }
}

/// What the partner entered for a listing.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct ListingInput {
    pub name_zh: String,
    pub name_en: String,
    pub unit: Unit,
    /// Yuan as typed ("12", "12.5", "¥12.50").
    pub price: String,
    pub quantity: u32,
    /// Local day number (days since 1970-01-01), from a date picker.
    pub made_on: i64,
    pub category: String,
}

/// A listing's checked fields.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ListingDraft {
    pub name_zh: String,
    pub name_en: Option<String>,
    pub unit: Unit,
    pub price_per_unit: Fen,
    pub quantity: u32,
    pub made_on: i64,
    pub category: String,
}

/// Why a listing was refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ListingError {
    NoName,
    NameTooLong,
    NameEnTooLong,
    /// Not a price in yuan with at most two decimals.
    PriceUnreadable,
    PriceZero,
    /// Above [`MAX_PRICE_PER_UNIT`].
    PriceAbsurd,
    QuantityZero,
    /// Above [`MAX_QUANTITY`].
    QuantityAbsurd,
    /// Made on a day after today.
    DateInFuture,
    /// Not a slug (lower-case letters, digits, dashes).
    BadCategory,
}

/// Reads yuan typed by the partner into fen, without floats: "12" → 1200, "12.5" → 1250,
/// "¥0.05" → 5, "12元" → 1200; full-width digits accepted. `None` for anything else (three
/// decimals, signs, letters). Very long numbers give a value above any ceiling, not an error.
pub fn parse_yuan(text: &str) -> Option<Fen> {
    let text = normalize_width(text);
    let text = text.trim();
    let text = text.strip_prefix('¥').unwrap_or(text);
    let text = text.strip_suffix('元').unwrap_or(text).trim();
    let (whole, frac) = text.split_once('.').unwrap_or((text, ""));
    let digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    if (whole.is_empty() && frac.is_empty()) || !digits(whole) || !digits(frac) || frac.len() > 2 {
        return None;
    }
    let mut fen: i64 = 0;
    for b in whole
        .bytes()
        .chain(frac.bytes())
        .chain("00".bytes().take(2 - frac.len()))
    {
        fen = fen.saturating_mul(10).saturating_add(i64::from(b - b'0'));
    }
    Some(Fen(fen))
}

/// Today's local day number at `now` (days since 1970-01-01 in that zone).
pub fn local_day(now: u64, offset_minutes: i32) -> i64 {
    i64::try_from(now)
        .unwrap_or(i64::MAX)
        .saturating_add(i64::from(offset_minutes) * 60_000)
        .div_euclid(DAY_MS as i64)
}

/// Checks a listing form; every problem found is returned, so all can be shown at once.
pub fn validate(
    input: &ListingInput,
    now: u64,
    offset_minutes: i32,
) -> Result<ListingDraft, Vec<ListingError>> {
    let mut errors = Vec::new();
    let name_zh = input.name_zh.trim();
    match name_zh.chars().count() {
        0 => errors.push(ListingError::NoName),
        n if n > MAX_NAME_ZH => errors.push(ListingError::NameTooLong),
        _ => {}
    }
    let name_en = input.name_en.trim();
    if name_en.chars().count() > MAX_NAME_EN {
        errors.push(ListingError::NameEnTooLong);
    }
    let price = parse_yuan(&input.price);
    match price {
        None => errors.push(ListingError::PriceUnreadable),
        Some(Fen(0)) => errors.push(ListingError::PriceZero),
        Some(p) if p > MAX_PRICE_PER_UNIT => errors.push(ListingError::PriceAbsurd),
        Some(_) => {}
    }
    match input.quantity {
        0 => errors.push(ListingError::QuantityZero),
        q if q > MAX_QUANTITY => errors.push(ListingError::QuantityAbsurd),
        _ => {}
    }
    if input.made_on > local_day(now, offset_minutes) {
        errors.push(ListingError::DateInFuture);
    }
    let category = input.category.trim();
    let slug = category
        .bytes()
        .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
    if category.is_empty() || category.len() > 40 || !slug {
        errors.push(ListingError::BadCategory);
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    Ok(ListingDraft {
        name_zh: name_zh.to_string(),
        name_en: (!name_en.is_empty()).then(|| name_en.to_string()),
        unit: input.unit,
        price_per_unit: price.unwrap_or_default(),
        quantity: input.quantity,
        made_on: input.made_on,
        category: category.to_string(),
    })
}

impl Listing {
    /// A new listing for `seller` from a checked form; the village is the seller's at this time.
    /// It waits in the outbox from `now` (with the embedded backend it is "sent" at once: it
    /// stays on the tablet).
    pub fn new(
        id: String,
        key: String,
        draft: ListingDraft,
        seller: &Villager,
        now: u64,
    ) -> Listing {
        Listing {
            id,
            remote_id: None,
            seller_id: seller.id.clone(),
            name_zh: draft.name_zh,
            name_en: draft.name_en,
            unit: draft.unit,
            price_per_unit: draft.price_per_unit,
            quantity: draft.quantity,
            made_on: draft.made_on,
            village: seller.village.clone(),
            photo: None,
            listed_at: now,
            category: draft.category,
            key,
            send: SendState::Waiting {
                attempts: 0,
                next_at: now,
                last_error: None,
                hold_until: 0,
            },
        }
    }
}

/// A listing for tests: `id`, sold by `seller_id`, eggs by the jin at ¥8.50, 30 left, made on
/// 2024-11-28 in 一组, already sent.
#[cfg(test)]
pub fn sample_listing(id: &str, seller_id: &str) -> Listing {
    Listing {
        id: id.into(),
        remote_id: None,
        seller_id: seller_id.into(),
        name_zh: "土鸡蛋".into(),
        name_en: None,
        unit: Unit::Jin,
        price_per_unit: Fen(850),
        quantity: 30,
        made_on: 20_055,
        village: "一组".into(),
        photo: None,
        listed_at: 0,
        category: "grain-oil".into(),
        key: format!("key-{id}"),
        send: SendState::Sent { at: 0 },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::order::days_from_civil;
    use crate::domain::villager::validate_villager;

    /// 2026-11-23 10:00 in China.
    const NOW: u64 = 1_795_399_200_000;

    fn today() -> i64 {
        days_from_civil(2026, 11, 23).unwrap()
    }

    fn input() -> ListingInput {
        ListingInput {
            name_zh: " 土鸡蛋 ".into(),
            name_en: "Free-range eggs".into(),
            unit: Unit::Jin,
            price: "8.5".into(),
            quantity: 30,
            made_on: today(),
            category: "groceries".into(),
        }
    }

    fn seller() -> Villager {
        Villager::new(
            "v1".into(),
            validate_villager("王秀英", "李家村", "").unwrap(),
            0,
        )
    }

    #[test]
    fn yuan_are_read_into_fen_without_floats() {
        let cases = [
            ("12", Some(1200)),
            ("12.5", Some(1250)),
            ("12.50", Some(1250)),
            ("¥0.05", Some(5)),
            (" 8元 ", Some(800)),
            ("１２．３", Some(1230)),
            (".5", Some(50)),
            ("0", Some(0)),
            ("0.1", Some(10)),
            ("", None),
            (".", None),
            ("1.234", None),
            ("-1", None),
            ("1e3", None),
            ("1.2.3", None),
        ];
        for (text, fen) in cases {
            assert_eq!(parse_yuan(text), fen.map(Fen), "{text}");
        }
        assert_eq!(parse_yuan(&"9".repeat(40)), Some(Fen(i64::MAX)));
    }

    #[test]
    fn a_good_listing_is_kept_trimmed() {
        let draft = validate(&input(), NOW, 480).unwrap();
        assert_eq!(draft.name_zh, "土鸡蛋");
        assert_eq!(draft.name_en.as_deref(), Some("Free-range eggs"));
        assert_eq!(draft.price_per_unit, Fen(850));
        let listing = Listing::new("L1".into(), "K1".into(), draft, &seller(), NOW);
        assert_eq!(listing.village, "李家村");
        assert_eq!(listing.seller_id, "v1");
        assert_eq!((listing.quantity, listing.listed_at), (30, NOW));
        let mut no_en = input();
        no_en.name_en = "  ".into();
        assert_eq!(validate(&no_en, NOW, 480).unwrap().name_en, None);
    }

    #[test]
    fn each_problem_is_named_and_all_are_shown_at_once() {
        let check = |f: fn(&mut ListingInput), want: &[ListingError]| {
            let mut i = input();
            f(&mut i);
            assert_eq!(validate(&i, NOW, 480), Err(want.to_vec()));
        };
        use ListingError::*;
        check(|i| i.name_zh = "  ".into(), &[NoName]);
        check(|i| i.name_zh = "蛋".repeat(21), &[NameTooLong]);
        check(|i| i.name_en = "e".repeat(41), &[NameEnTooLong]);
        check(|i| i.price = "eight".into(), &[PriceUnreadable]);
        check(|i| i.price = "0.00".into(), &[PriceZero]);
        check(|i| i.price = "10000.01".into(), &[PriceAbsurd]);
        check(|i| i.quantity = 0, &[QuantityZero]);
        check(|i| i.quantity = 100_000, &[QuantityAbsurd]);
        check(|i| i.made_on += 1, &[DateInFuture]);
        check(|i| i.category = "Fruit & Veg".into(), &[BadCategory]);
        check(|i| i.category = String::new(), &[BadCategory]);
        check(
            |i| {
                i.name_zh.clear();
                i.price = "0".into();
                i.quantity = 0;
            },
            &[NoName, PriceZero, QuantityZero],
        );
        // The ceilings themselves are accepted.
        let mut edge = input();
        edge.name_zh = "蛋".repeat(MAX_NAME_ZH);
        edge.price = "10000".into();
        edge.quantity = MAX_QUANTITY;
        assert_eq!(
            validate(&edge, NOW, 480).unwrap().price_per_unit,
            MAX_PRICE_PER_UNIT
        );
    }

    #[test]
    fn the_future_starts_tomorrow_in_local_time() {
        // 00:30 on the 24th in China is 16:30 on the 23rd in UTC: the 24th is today in China and
        // still the future in UTC.
        let mut i = input();
        i.made_on = today() + 1;
        let just_after_midnight = NOW + 14 * 3_600_000 + 30 * 60_000;
        assert!(validate(&i, just_after_midnight, 480).is_ok());
        assert_eq!(
            validate(&i, just_after_midnight, 0),
            Err(vec![ListingError::DateInFuture])
        );
        assert_eq!(local_day(NOW, 480), today());
    }

    #[test]
    fn stored_listings_from_before_a_field_existed_still_load() {
        let json = r#"{"id":"L1","seller_id":"v1","name_zh":"蜂蜜","price_per_unit":4500,
            "quantity":3,"made_on":20000,"listed_at":5}"#;
        let l: Listing = serde_json::from_str(json).unwrap();
        assert_eq!(
            (l.remote_id, l.unit, l.photo.as_deref()),
            (None, Unit::Piece, None)
        );
        let back: Listing = serde_json::from_str(&serde_json::to_string(&l).unwrap()).unwrap();
        assert_eq!(back, l);
    }
}
