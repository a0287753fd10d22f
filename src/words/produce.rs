//! The village goods screens' words (代卖): why a listing, a photo, a sale or a payout was
//! refused, the read-back of a listing, and a harvest day as people write it.

use crate::domain::catalog::Unit;
use crate::domain::logistics::DAY_MS;
use crate::domain::money::Fen;
use crate::domain::order::date_of;
use crate::domain::produce::ListingError;
use crate::domain::produce::photo::SourceError;
use crate::domain::produce::sale::SaleError;
use crate::i18n::*;
use crate::platform::photo::PhotoError;
use crate::store::station::{ListingFailure, SaleFailure};

use super::{count_with_unit, say_money, unit_word};

/// What is wrong with one field of the listing form.
pub fn listing_error(locale: Locale, error: ListingError) -> &'static str {
    match error {
        ListingError::NoName => td_string!(locale, produce.err_name),
        ListingError::NameTooLong => td_string!(locale, produce.err_name_long),
        ListingError::NameEnTooLong => td_string!(locale, produce.err_name_en_long),
        ListingError::PriceUnreadable => td_string!(locale, produce.err_price),
        ListingError::PriceZero => td_string!(locale, produce.err_price_zero),
        ListingError::PriceAbsurd => td_string!(locale, produce.err_price_absurd),
        ListingError::QuantityZero => td_string!(locale, produce.err_qty),
        ListingError::QuantityAbsurd => td_string!(locale, produce.err_qty_absurd),
        ListingError::DateInFuture => td_string!(locale, produce.err_date),
        ListingError::BadCategory => td_string!(locale, produce.err_category),
    }
}

/// Why the listing was not kept.
pub fn listing_failure(locale: Locale, failure: ListingFailure) -> &'static str {
    match failure {
        ListingFailure::UnknownSeller => td_string!(locale, produce.err_seller_gone),
        ListingFailure::Storage(_) => td_string!(locale, produce.err_storage),
    }
}

/// Why no photo was kept.
pub fn photo_error(locale: Locale, error: PhotoError) -> &'static str {
    match error {
        PhotoError::Source(SourceError::Empty) => td_string!(locale, produce.photo_err_empty),
        PhotoError::Source(SourceError::TooLarge) => td_string!(locale, produce.photo_err_big),
        PhotoError::Unreadable => td_string!(locale, produce.photo_err_bad),
        PhotoError::TooDetailed => td_string!(locale, produce.photo_err_detail),
    }
}

/// Why a sale or payout was not recorded.
pub fn sale_failure(locale: Locale, failure: SaleFailure, unit: Unit) -> String {
    match failure {
        SaleFailure::Refused(SaleError::ZeroQty) => {
            td_string!(locale, produce.err_sell_zero).to_string()
        }
        SaleFailure::Refused(SaleError::NotEnoughStock { available }) => td_string!(
            locale,
            produce.err_sell_stock,
            qty = count_with_unit(locale, available, unit)
        )
        .to_string(),
        SaleFailure::NotListed => td_string!(locale, produce.err_not_listed).to_string(),
        SaleFailure::NothingOwed | SaleFailure::Storage(_) => {
            td_string!(locale, produce.err_sale_storage).to_string()
        }
    }
}

/// A local day number as a date: "2026年11月23日" / "23/11/2026".
pub fn day_text(locale: Locale, day: i64) -> String {
    let date = date_of(day.saturating_mul(DAY_MS as i64), 0);
    td_string!(
        locale,
        produce.date,
        year = date.year,
        month = date.month,
        day = date.day
    )
    .to_string()
}

/// A listing as it is read back before it goes on the shelf.
pub fn listing_speech(
    locale: Locale,
    seller: &str,
    title: &str,
    unit: Unit,
    price: Fen,
    qty: u32,
    made_on: i64,
) -> String {
    td_string!(
        locale,
        produce.say_listing,
        name = seller,
        title = title,
        unit = unit_word(locale, unit),
        price = say_money(locale, price),
        qty = count_with_unit(locale, qty, unit),
        day = day_text(locale, made_on)
    )
    .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::order::days_from_civil;

    #[test]
    fn a_listing_is_read_back_with_its_price_in_money_words_and_its_day() {
        let day = days_from_civil(2026, 11, 23).unwrap();
        let zh = listing_speech(
            Locale::zh_CN,
            "王秀英",
            "土鸡蛋",
            Unit::Jin,
            Fen(850),
            30,
            day,
        );
        assert!(zh.contains("王秀英") && zh.contains("土鸡蛋"), "{zh}");
        assert!(zh.contains("八元五角") || zh.contains("八块五"), "{zh}");
        assert!(zh.contains("2026年11月23日"), "{zh}");
        let en = listing_speech(Locale::en, "Wang", "Eggs", Unit::Jin, Fen(850), 1, day);
        assert!(en.contains("23/11/2026") && en.contains("Eggs"), "{en}");
    }

    #[test]
    fn every_refusal_has_words_in_both_languages() {
        use ListingError::*;
        for e in [
            NoName,
            NameTooLong,
            NameEnTooLong,
            PriceUnreadable,
            PriceZero,
            PriceAbsurd,
            QuantityZero,
            QuantityAbsurd,
            DateInFuture,
            BadCategory,
        ] {
            for locale in [Locale::zh_CN, Locale::en] {
                assert!(!listing_error(locale, e).is_empty());
            }
        }
        let short = sale_failure(
            Locale::en,
            SaleFailure::Refused(SaleError::NotEnoughStock { available: 2 }),
            Unit::Jin,
        );
        assert!(short.contains('2'), "{short}");
    }
}
