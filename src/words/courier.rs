//! The courier parcels screen's words (代收): couriers by name, why a parcel was not recorded,
//! and what the villager is told, written and aloud (the code in groups, or digit by digit).

use crate::domain::courier_parcel::{Courier, RecordError, TrackingError};
use crate::domain::spoken::{code_groups, say_code};
use crate::i18n::*;

use super::lang_of;

/// A courier's name as people at the station say it.
pub fn courier_name(locale: Locale, courier: Courier) -> &'static str {
    match courier {
        Courier::ChinaPost => td_string!(locale, courier.couriers.china_post),
        Courier::Ems => td_string!(locale, courier.couriers.ems),
        Courier::Sf => td_string!(locale, courier.couriers.sf),
        Courier::Zto => td_string!(locale, courier.couriers.zto),
        Courier::Yto => td_string!(locale, courier.couriers.yto),
        Courier::Sto => td_string!(locale, courier.couriers.sto),
        Courier::Yunda => td_string!(locale, courier.couriers.yunda),
        Courier::Jt => td_string!(locale, courier.couriers.jt),
        Courier::Jd => td_string!(locale, courier.couriers.jd),
        Courier::Other => td_string!(locale, courier.couriers.other),
    }
}

/// Why a parcel was not recorded (nothing was).
pub fn record_refusal(locale: Locale, error: RecordError) -> &'static str {
    match error {
        RecordError::DuplicateTracking => td_string!(locale, courier.err_duplicate),
        RecordError::UnknownVillager => td_string!(locale, courier.err_villager),
        RecordError::BadTracking(TrackingError::Empty) => {
            td_string!(locale, courier.err_tracking_empty)
        }
        RecordError::BadTracking(TrackingError::TooShort) => {
            td_string!(locale, courier.err_tracking_short)
        }
        RecordError::BadTracking(TrackingError::TooLong) => {
            td_string!(locale, courier.err_tracking_long)
        }
        RecordError::BadTracking(TrackingError::BadChar) => {
            td_string!(locale, courier.err_tracking_char)
        }
        RecordError::BadShelf => td_string!(locale, courier.err_shelf),
        RecordError::BadCode => td_string!(locale, courier.err_code),
    }
}

/// How a parcel left the station's list.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Left {
    HandedOver,
    SentBack,
}

/// What is said and shown when a parcel left the list: whose, which courier, and how.
pub fn parcel_left(locale: Locale, how: Left, name: &str, courier: Courier) -> String {
    let courier = courier_name(locale, courier);
    match how {
        Left::HandedOver => td_string!(locale, courier.handed_to, courier = courier, name = name),
        Left::SentBack => td_string!(locale, courier.sent_back_of, courier = courier, name = name),
    }
    .to_string()
}

/// The message for the villager (SMS): whose courier, and the code in groups of three.
pub fn parcel_message(locale: Locale, name: &str, courier: Courier, code: &str) -> String {
    td_string!(
        locale,
        courier.message,
        name = name,
        courier = courier_name(locale, courier),
        code = code_groups(code)
    )
    .to_string()
}

/// The same, said: the code digit by digit in two groups.
pub fn parcel_speech(locale: Locale, name: &str, courier: Courier, code: &str) -> String {
    td_string!(
        locale,
        courier.say_message,
        name = name,
        courier = courier_name(locale, courier),
        code = say_code(lang_of(locale), code)
    )
    .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_courier_has_a_name_in_both_languages() {
        for c in Courier::ALL {
            assert!(!courier_name(Locale::zh_CN, c).is_empty());
            assert!(!courier_name(Locale::en, c).is_empty());
        }
        assert_eq!(courier_name(Locale::zh_CN, Courier::Sf), "顺丰");
        assert_eq!(courier_name(Locale::en, Courier::Sf), "SF Express");
    }

    #[test]
    fn refusals_are_distinct_words() {
        let all = [
            RecordError::DuplicateTracking,
            RecordError::UnknownVillager,
            RecordError::BadTracking(TrackingError::Empty),
            RecordError::BadTracking(TrackingError::TooShort),
            RecordError::BadTracking(TrackingError::TooLong),
            RecordError::BadTracking(TrackingError::BadChar),
            RecordError::BadShelf,
            RecordError::BadCode,
        ];
        for locale in [Locale::zh_CN, Locale::en] {
            let words: Vec<&str> = all.iter().map(|e| record_refusal(locale, *e)).collect();
            for (i, w) in words.iter().enumerate() {
                assert!(!words[i + 1..].contains(w), "{w} said for two refusals");
            }
        }
    }

    #[test]
    fn the_villager_hears_the_code_digit_by_digit() {
        let written = parcel_message(Locale::zh_CN, "王阿姨", Courier::Zto, "440142");
        assert!(
            written.contains("中通") && written.contains("440 142"),
            "{written}"
        );
        let said = parcel_speech(Locale::zh_CN, "王阿姨", Courier::Zto, "440142");
        assert!(
            !said.contains("440142") && said.contains("四四零"),
            "{said}"
        );
        let en = parcel_message(Locale::en, "Wang", Courier::Jt, "440142");
        assert!(en.contains("J&T") && en.contains("440 142"), "{en}");
    }
}
