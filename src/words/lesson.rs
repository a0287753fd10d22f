//! A lesson's words: its name, what each step asks, and why the light leads elsewhere first.

use crate::domain::demo::DEMO_PICKUP_CODE;
use crate::domain::lesson::{Lead, Lesson, Screen};
use crate::i18n::*;

/// A lesson's name.
pub fn lesson_title(locale: Locale, lesson: Lesson) -> String {
    match lesson {
        Lesson::FindProduct => td_string!(locale, lesson.find_product_title),
        Lesson::BuildOrder => td_string!(locale, lesson.build_order_title),
        Lesson::OrderOffline => td_string!(locale, lesson.order_offline_title),
        Lesson::TrackParcel => td_string!(locale, lesson.track_parcel_title),
        Lesson::HandOver => td_string!(locale, lesson.hand_over_title),
        Lesson::StartReturn => td_string!(locale, lesson.start_return_title),
    }
    .to_string()
}

/// What step `n` (0-based) of a lesson asks, in words (each key is checked when compiling).
pub fn step_text(locale: Locale, lesson: Lesson, n: usize) -> String {
    let text = match (lesson, n) {
        (Lesson::FindProduct, 0) => td_string!(locale, lesson.find_product_1),
        (Lesson::FindProduct, 1) => td_string!(locale, lesson.find_product_2),
        (Lesson::FindProduct, 2) => td_string!(locale, lesson.find_product_3),
        (Lesson::FindProduct, 3) => td_string!(locale, lesson.find_product_4),
        (Lesson::FindProduct, _) => td_string!(locale, lesson.find_product_5),
        (Lesson::BuildOrder, 0) => td_string!(locale, lesson.build_order_1),
        (Lesson::BuildOrder, 1) => td_string!(locale, lesson.build_order_2),
        (Lesson::BuildOrder, 2) => td_string!(locale, lesson.build_order_3),
        (Lesson::BuildOrder, _) => td_string!(locale, lesson.build_order_4),
        (Lesson::OrderOffline, 0) => td_string!(locale, lesson.order_offline_1),
        (Lesson::OrderOffline, 1) => td_string!(locale, lesson.order_offline_2),
        (Lesson::OrderOffline, 2) => td_string!(locale, lesson.order_offline_3),
        (Lesson::OrderOffline, 3) => td_string!(locale, lesson.order_offline_4),
        (Lesson::OrderOffline, 4) => td_string!(locale, lesson.order_offline_5),
        (Lesson::OrderOffline, _) => td_string!(locale, lesson.order_offline_6),
        (Lesson::TrackParcel, 0) => td_string!(locale, lesson.track_parcel_1),
        (Lesson::TrackParcel, 1) => td_string!(locale, lesson.track_parcel_2),
        (Lesson::TrackParcel, _) => td_string!(locale, lesson.track_parcel_3),
        (Lesson::HandOver, 0) => td_string!(locale, lesson.hand_over_1),
        (Lesson::HandOver, 1) => td_string!(locale, lesson.hand_over_2),
        (Lesson::HandOver, _) => {
            return td_string!(locale, lesson.hand_over_3, code = DEMO_PICKUP_CODE).to_string();
        }
        (Lesson::StartReturn, 0) => td_string!(locale, lesson.start_return_1),
        (Lesson::StartReturn, 1) => td_string!(locale, lesson.start_return_2),
        (Lesson::StartReturn, _) => td_string!(locale, lesson.start_return_3),
    };
    text.to_string()
}

/// The name of a screen, as the lead says it ("this step is done on …").
fn place_name(locale: Locale, screen: Screen) -> &'static str {
    match screen {
        Screen::Home | Screen::Other => td_string!(locale, lesson.place_home),
        Screen::Category => td_string!(locale, lesson.place_category),
        Screen::Product => td_string!(locale, lesson.place_product),
        Screen::Partner => td_string!(locale, lesson.place_partner),
        Screen::Villagers => td_string!(locale, lesson.place_villagers),
        Screen::Cart => td_string!(locale, lesson.place_cart),
        Screen::Confirm => td_string!(locale, lesson.place_confirm),
        Screen::Orders => td_string!(locale, lesson.place_orders),
        Screen::Order => td_string!(locale, lesson.place_order),
        Screen::Station => td_string!(locale, lesson.place_station),
    }
}

/// Why the light is on something other than the step's own target, in words.
pub fn lead_text(locale: Locale, lead: Lead) -> String {
    match lead {
        Lead::Go(screen) => {
            td_string!(locale, lesson.lead_go, place = place_name(locale, screen)).to_string()
        }
        Lead::Serve { cart: false } => td_string!(locale, lesson.lead_serve).to_string(),
        Lead::Serve { cart: true } => td_string!(locale, lesson.lead_serve_cart).to_string(),
        Lead::Open => td_string!(locale, lesson.lead_open).to_string(),
    }
}
