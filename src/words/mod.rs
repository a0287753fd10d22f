//! Words for the domain's values, shown and said: units and counts, money, dates, parcel stages,
//! errors, screen hints, product and order read-outs (the lessons' words are in `lesson`). Pure
//! functions of the locale and the data, so every sentence is tested on the host in both
//! languages.

pub mod backup;
pub mod courier;
#[cfg(test)]
mod first_screen;
pub mod lesson;
pub mod produce;

use leptos_i18n::td_string;

use crate::api::ApiError;
use crate::domain::cart::{CartError, CartLine, totals_of};
use crate::domain::catalog::{Lang, Product, StockState, Unit};
use crate::domain::logistics::Stage;
use crate::domain::money::{Fen, say_en, say_zh};
use crate::domain::order::{Date, clock_of, date_of};
use crate::domain::outbox::SendState;
use crate::domain::parcel_link::ParcelCard;
use crate::domain::spoken::{code_groups, say_code, say_measures};
use crate::domain::station::ReturnReason;
use crate::domain::terms::{
    Period, ReturnPolicy, Shipping, Warranty, parse_return_policy, parse_shipping, parse_warranty,
};
use crate::domain::villager::{PhoneError, VillagerError};
use crate::i18n::Locale;

/// The app's locale for a domain language.
pub fn locale_of(lang: Lang) -> Locale {
    match lang {
        Lang::Zh => Locale::zh_CN,
        Lang::En => Locale::en,
    }
}

/// The domain language of an app locale.
pub fn lang_of(locale: Locale) -> Lang {
    match locale {
        Locale::zh_CN => Lang::Zh,
        Locale::en => Lang::En,
    }
}

/// Money the way a listener in that language expects to hear it.
pub fn say_money(locale: Locale, amount: Fen) -> String {
    match locale {
        Locale::zh_CN => say_zh(amount),
        Locale::en => say_en(amount),
    }
}

/// The translated word for a unit.
pub fn unit_word(locale: Locale, unit: Unit) -> &'static str {
    match unit {
        Unit::Bag => td_string!(locale, unit.bag),
        Unit::Bottle => td_string!(locale, unit.bottle),
        Unit::Bucket => td_string!(locale, unit.bucket),
        Unit::Box => td_string!(locale, unit.small_box),
        Unit::Pack => td_string!(locale, unit.pack),
        Unit::Piece => td_string!(locale, unit.piece),
        Unit::Pair => td_string!(locale, unit.pair),
        Unit::Set => td_string!(locale, unit.set),
        Unit::Kg => td_string!(locale, unit.kg),
        Unit::Jin => td_string!(locale, unit.jin),
        Unit::Roll => td_string!(locale, unit.roll),
        Unit::Can => td_string!(locale, unit.can),
        Unit::Sheet => td_string!(locale, unit.sheet),
        Unit::Tray => td_string!(locale, unit.tray),
    }
}

/// The plural word for a unit, said after any count but 1 ("3 bags"; the same word in Chinese).
fn unit_word_many(locale: Locale, unit: Unit) -> &'static str {
    match unit {
        Unit::Bag => td_string!(locale, units.bag),
        Unit::Bottle => td_string!(locale, units.bottle),
        Unit::Bucket => td_string!(locale, units.bucket),
        Unit::Box => td_string!(locale, units.small_box),
        Unit::Pack => td_string!(locale, units.pack),
        Unit::Piece => td_string!(locale, units.piece),
        Unit::Pair => td_string!(locale, units.pair),
        Unit::Set => td_string!(locale, units.set),
        Unit::Kg => td_string!(locale, units.kg),
        Unit::Jin => td_string!(locale, units.jin),
        Unit::Roll => td_string!(locale, units.roll),
        Unit::Can => td_string!(locale, units.can),
        Unit::Sheet => td_string!(locale, units.sheet),
        Unit::Tray => td_string!(locale, units.tray),
    }
}

/// A count with its unit as one phrase, the way the language says it: "1 bag", "3 bags", "3袋".
/// Every text that counts something takes this whole phrase, so no language glues a number to a
/// bare unit word ("3 (bag)"). English needs only 1 → singular (counts here are whole numbers).
pub fn count_with_unit(locale: Locale, n: u32, unit: Unit) -> String {
    let word = if n == 1 {
        unit_word(locale, unit)
    } else {
        unit_word_many(locale, unit)
    };
    td_string!(locale, count.with_unit, n = n, unit = word).to_string()
}

/// The stock state in words, as shown next to its icon.
pub fn stock_words(locale: Locale, product: &Product) -> String {
    match product.stock_state {
        StockState::InStock => td_string!(locale, product.stock_in).to_string(),
        StockState::Low => td_string!(
            locale,
            product.stock_low,
            qty = count_with_unit(locale, product.stock, product.unit)
        )
        .to_string(),
        StockState::Out => td_string!(locale, product.stock_out).to_string(),
    }
}

/// What the speaker says for a product: name, price per unit, stock and minimum order.
pub fn product_speech(locale: Locale, product: &Product) -> String {
    let unit = unit_word(locale, product.unit);
    let mut text = td_string!(
        locale,
        product.say,
        title = say_measures(lang_of(locale), product.title.get(lang_of(locale))),
        unit = unit,
        price = say_money(locale, product.unit_price()),
        stock = stock_words(locale, product)
    )
    .to_string();
    if product.discount_bp > 0 {
        text.push(' ');
        text.push_str(
            td_string!(
                locale,
                product.say_discount,
                percent = crate::domain::commission::percent_text(product.discount_bp),
                price = say_money(locale, product.price)
            )
            .as_ref(),
        );
    }
    if product.min_order > 1 {
        text.push(' ');
        text.push_str(
            &td_string!(
                locale,
                product.say_min,
                qty = count_with_unit(locale, product.min_order, product.unit)
            )
            .to_string(),
        );
    }
    // Returns: said whenever the shop says (most often "no returns": she must know before).
    if let Some(returns) = product
        .return_policy
        .as_deref()
        .and_then(|raw| term_words(locale, Term::Returns, raw))
    {
        text.push(' ');
        text.push_str(td_string!(locale, product.say_returns, returns = returns).as_ref());
    }
    text
}

/// What changed in a cart, for the voice: every tap answers aloud.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CartChange {
    /// Put in the cart (or one more from the product screen): how many now.
    Added {
        count: u32,
    },
    /// − or + in the cart: how many now, and what they cost.
    Quantity {
        count: u32,
        amount: Fen,
    },
    Removed,
}

/// What the tablet says after a cart change: the product (units as words), what happened.
pub fn cart_change_speech(locale: Locale, title: &str, unit: Unit, change: CartChange) -> String {
    let title = say_measures(lang_of(locale), title);
    match change {
        CartChange::Added { count } => td_string!(
            locale,
            cart.said_added,
            title = title,
            qty = count_with_unit(locale, count, unit)
        )
        .to_string(),
        CartChange::Quantity { count, amount } => td_string!(
            locale,
            cart.said_qty,
            title = title,
            qty = count_with_unit(locale, count, unit),
            amount = say_money(locale, amount)
        )
        .to_string(),
        CartChange::Removed => td_string!(locale, cart.said_removed, title = title).to_string(),
    }
}

/// A refused cart change, for the voice: the product, then why.
pub fn cart_refusal_speech(locale: Locale, title: &str, error: CartError, unit: Unit) -> String {
    let title = say_measures(lang_of(locale), title);
    td_string!(
        locale,
        cart.said_refused,
        title = title,
        why = cart_error(locale, error, unit)
    )
    .to_string()
}

/// Why a cart change was refused, in words.
pub fn cart_error(locale: Locale, error: CartError, unit: Unit) -> String {
    let amount = |n| count_with_unit(locale, n, unit);
    match error {
        CartError::OutOfStock => td_string!(locale, cart.err_out).to_string(),
        CartError::MinimumAboveStock { min, stock } => td_string!(
            locale,
            cart.err_min_stock,
            min = amount(min),
            stock = amount(stock)
        )
        .to_string(),
        CartError::AboveStock { stock } => {
            td_string!(locale, cart.err_stock, stock = amount(stock)).to_string()
        }
        CartError::BelowMinimum { min } => {
            td_string!(locale, cart.err_min, min = amount(min)).to_string()
        }
        CartError::NotInCart => td_string!(locale, cart.err_gone).to_string(),
    }
}

/// The read-back of an order before the villager confirms: every line (name, quantity, amount),
/// then the total the way a listener expects money, then how it is paid and delivered.
pub fn order_speech(locale: Locale, name: &str, lines: &[CartLine]) -> String {
    let lang = lang_of(locale);
    // "1 item", not "1 items".
    let mut text = if lines.len() == 1 {
        td_string!(locale, confirm.say_intro_one, name = name).to_string()
    } else {
        td_string!(locale, confirm.say_intro, name = name, count = lines.len()).to_string()
    };
    for line in lines {
        text.push(' ');
        text.push_str(
            &td_string!(
                locale,
                confirm.say_line,
                title = say_measures(lang, line.title.get(lang)),
                qty = count_with_unit(locale, line.qty, line.unit),
                amount = say_money(locale, line.total())
            )
            .to_string(),
        );
    }
    text.push(' ');
    text.push_str(
        &td_string!(
            locale,
            confirm.say_total,
            total = say_money(locale, totals_of(lines).total)
        )
        .to_string(),
    );
    text
}

/// The pickup code said digit by digit in two groups with a pause, so it can be remembered or
/// written down: "取货码是：四四零，一四二".
pub fn code_speech(locale: Locale, code: &str) -> String {
    td_string!(
        locale,
        orders.say_code,
        code = say_code(lang_of(locale), code)
    )
    .to_string()
}

/// A stage of a parcel's journey in words.
pub fn stage_word(locale: Locale, stage: Stage) -> &'static str {
    match stage {
        Stage::Accepted => td_string!(locale, track.accepted),
        Stage::LeftWarehouse => td_string!(locale, track.left_warehouse),
        Stage::CountyCentre => td_string!(locale, track.county_centre),
        Stage::OnTheWay => td_string!(locale, track.on_the_way),
        Stage::AtStation => td_string!(locale, track.at_station),
        Stage::PickedUp => td_string!(locale, track.picked_up),
        Stage::Returned => td_string!(locale, track.returned),
    }
}

/// When something happens, in calendar days from today: "预计后天到站", "arrives in 3 days".
pub fn eta_words(locale: Locale, days: i64) -> String {
    match days {
        i64::MIN..=0 => td_string!(locale, track.eta_today).to_string(),
        1 => td_string!(locale, track.eta_tomorrow).to_string(),
        2 => td_string!(locale, track.eta_after_tomorrow).to_string(),
        n => td_string!(locale, track.eta_days, n = n).to_string(),
    }
}

/// A time on the station clock, in local time: "11月23日 14:05" / "23/11 14:05", with the year
/// when it is not the year of `now` ("2025年11月23日 14:05" / "23/11/2025 14:05").
pub fn when_text(locale: Locale, ms: u64, now: u64, offset_minutes: i32) -> String {
    let ms = i64::try_from(ms).unwrap_or(i64::MAX);
    let date = date_of(ms, offset_minutes);
    let this_year = date_of(i64::try_from(now).unwrap_or(i64::MAX), offset_minutes).year;
    let (h, m) = clock_of(ms, offset_minutes);
    let time = format!("{h:02}:{m:02}");
    if date.year == this_year {
        td_string!(
            locale,
            orders.placed_at,
            month = date.month,
            day = date.day,
            time = time
        )
        .to_string()
    } else {
        td_string!(
            locale,
            orders.placed_at_year,
            year = date.year,
            month = date.month,
            day = date.day,
            time = time
        )
        .to_string()
    }
}

/// What the speaker says about a parcel: where it is now and when it comes.
pub fn parcel_speech(locale: Locale, stage: Stage, eta_days: Option<i64>) -> String {
    let mut text = td_string!(locale, track.say_now, stage = stage_word(locale, stage)).to_string();
    if let Some(days) = eta_days {
        text.push(' ');
        text.push_str(&eta_words(locale, days));
    }
    text
}

/// A return reason in words.
pub fn reason_word(locale: Locale, reason: ReturnReason) -> &'static str {
    match reason {
        ReturnReason::WrongItem => td_string!(locale, returns.wrong_item),
        ReturnReason::Damaged => td_string!(locale, returns.damaged),
        ReturnReason::DoesNotFit => td_string!(locale, returns.does_not_fit),
        ReturnReason::ChangedMind => td_string!(locale, returns.changed_mind),
    }
}

/// The written message for the villager when the parcel has arrived (the SMS): the code in
/// groups of three, the cash in figures, and the link that shows her parcel on her own phone.
pub fn arrival_message(
    locale: Locale,
    name: &str,
    code: &str,
    cash: Fen,
    link: Option<&str>,
) -> String {
    let mut text = td_string!(
        locale,
        station.message,
        name = name,
        code = code_groups(code),
        amount = cash.to_string()
    )
    .to_string();
    if let Some(link) = link {
        text.push('\n');
        text.push_str(td_string!(locale, station.message_link, link = link).as_ref());
    }
    text
}

/// What her phone says about her parcel: where it is, where and by when to collect it, and the
/// cash in money words.
pub fn my_parcel_speech(
    locale: Locale,
    card: &ParcelCard,
    stage: Stage,
    eta_days: Option<i64>,
    collect_by: Option<Date>,
) -> String {
    let mut text = td_string!(
        locale,
        my_parcel.say,
        name = card.name.as_str(),
        stage = stage_word(locale, stage)
    )
    .to_string();
    if let Some(days) = eta_days {
        text.push(' ');
        text.push_str(&eta_words(locale, days));
    }
    text.push(' ');
    let amount = say_money(locale, card.cash);
    match collect_by {
        Some(date) => text.push_str(
            td_string!(
                locale,
                my_parcel.say_collect,
                month = date.month,
                day = date.day,
                station = station_name(locale, card),
                amount = amount
            )
            .as_ref(),
        ),
        None => text.push_str(td_string!(locale, my_parcel.say_cash, amount = amount).as_ref()),
    }
    text
}

/// The station's name on her card, or "the village station".
pub fn station_name(locale: Locale, card: &ParcelCard) -> String {
    if card.station.is_empty() {
        td_string!(locale, my_parcel.station).to_string()
    } else {
        card.station.clone()
    }
}

/// The same message read aloud to the villager: the code digit by digit with a pause, the cash
/// in money words (七十五元七角二分), never "440142" or "¥75.72" to the voice.
pub fn arrival_speech(locale: Locale, name: &str, code: &str, cash: Fen) -> String {
    td_string!(
        locale,
        station.say_message,
        name = name,
        code = say_code(lang_of(locale), code),
        amount = say_money(locale, cash)
    )
    .to_string()
}

/// A period in words: "30天" / "30 days", "1 year".
pub fn period_words(locale: Locale, period: Period) -> String {
    match period {
        Period::Days(1) => td_string!(locale, period.day_one, n = 1).to_string(),
        Period::Days(n) => td_string!(locale, period.days, n = n).to_string(),
        Period::Weeks(1) => td_string!(locale, period.week_one, n = 1).to_string(),
        Period::Weeks(n) => td_string!(locale, period.weeks, n = n).to_string(),
        Period::Months(1) => td_string!(locale, period.month_one, n = 1).to_string(),
        Period::Months(n) => td_string!(locale, period.months, n = n).to_string(),
        Period::Years(1) => td_string!(locale, period.year_one, n = 1).to_string(),
        Period::Years(n) => td_string!(locale, period.years, n = n).to_string(),
    }
}

/// Which of the product's written terms.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Term {
    Returns,
    Warranty,
    Shipping,
}

/// A term phrase from the API in the current language. A phrase the app cannot read is shown as
/// written in English, and left out in Chinese rather than mixing languages on a villager's screen.
pub fn term_words(locale: Locale, term: Term, raw: &str) -> Option<String> {
    let read = match term {
        Term::Returns => parse_return_policy(raw).map(|r| match r {
            ReturnPolicy::None => td_string!(locale, terms.no_returns).to_string(),
            ReturnPolicy::Within(p) => td_string!(
                locale,
                terms.returns_within,
                period = period_words(locale, p)
            )
            .to_string(),
        }),
        Term::Warranty => parse_warranty(raw).map(|w| match w {
            Warranty::None => td_string!(locale, terms.no_warranty).to_string(),
            Warranty::Lifetime => td_string!(locale, terms.lifetime_warranty).to_string(),
            Warranty::For(p) => {
                td_string!(locale, terms.warranty_for, period = period_words(locale, p)).to_string()
            }
        }),
        Term::Shipping => parse_shipping(raw).map(|s| match s {
            Shipping::Overnight => td_string!(locale, terms.ships_overnight).to_string(),
            Shipping::Within(p) => {
                td_string!(locale, terms.ships_within, period = period_words(locale, p)).to_string()
            }
            Shipping::BusinessDays(from, to) => {
                td_string!(locale, terms.ships_business_days, from = from, to = to).to_string()
            }
        }),
    };
    read.or_else(|| (locale == Locale::en).then(|| raw.to_string()))
}

/// The translated message for an API error.
pub fn error_message(locale: Locale, error: &ApiError) -> String {
    match error {
        ApiError::Offline => td_string!(locale, error.offline).to_string(),
        ApiError::Timeout => td_string!(locale, error.timeout).to_string(),
        ApiError::Http { status: 404 } => td_string!(locale, error.not_found).to_string(),
        ApiError::Busy {
            retry_after_ms: Some(ms),
        } => td_string!(locale, error.busy_wait, seconds = ms.div_ceil(1_000)).to_string(),
        ApiError::Busy { .. } => td_string!(locale, error.busy).to_string(),
        ApiError::Http { status } => td_string!(locale, error.server, status = status).to_string(),
        ApiError::Decode(_) => td_string!(locale, error.decode).to_string(),
    }
}

/// Why an order is still waiting, in a few words.
pub fn waiting_reason(locale: Locale, state: &SendState) -> String {
    match state {
        SendState::Waiting {
            last_error: Some(code),
            ..
        } => match ApiError::from_code(code) {
            Some(ApiError::Offline) => td_string!(locale, outbox.offline).to_string(),
            Some(ApiError::Timeout) => td_string!(locale, outbox.timeout).to_string(),
            Some(ApiError::Busy { .. }) => td_string!(locale, outbox.busy).to_string(),
            Some(ApiError::Http { status }) => {
                td_string!(locale, outbox.server, status = status).to_string()
            }
            _ => td_string!(locale, outbox.unreadable).to_string(),
        },
        SendState::Sending { .. } => td_string!(locale, outbox.sending).to_string(),
        _ => td_string!(locale, outbox.not_yet).to_string(),
    }
}

/// Why a villager's details cannot be saved.
pub fn villager_error(locale: Locale, error: VillagerError) -> &'static str {
    match error {
        VillagerError::NameMissing => td_string!(locale, villagers.err_name),
        VillagerError::NameTooLong => td_string!(locale, villagers.err_name_long),
        VillagerError::VillageTooLong => td_string!(locale, villagers.err_village_long),
        VillagerError::Phone(PhoneError::Length) => td_string!(locale, villagers.err_phone_length),
        VillagerError::Phone(PhoneError::NotMobile) => {
            td_string!(locale, villagers.err_phone_mobile)
        }
        VillagerError::Phone(PhoneError::NotDigits) => {
            td_string!(locale, villagers.err_phone_digits)
        }
    }
}

/// How many orders wait on the tablet to be sent ("1 order", "3 orders").
pub fn orders_waiting(locale: Locale, n: usize) -> String {
    match n {
        1 => td_string!(locale, orders.unsent_one).to_string(),
        n => td_string!(locale, orders.unsent, count = n).to_string(),
    }
}

/// How many stored records could not be read.
pub fn records_lost(locale: Locale, n: usize) -> String {
    match n {
        1 => td_string!(locale, store.lost_one).to_string(),
        n => td_string!(locale, store.lost, count = n).to_string(),
    }
}

/// How many times the tablet tried to send an order.
pub fn send_tries(locale: Locale, n: u32) -> String {
    match n {
        1 => td_string!(locale, outbox.tries_one).to_string(),
        n => td_string!(locale, outbox.tries, count = n).to_string(),
    }
}

/// A screen whose hint the speaker button says.
#[derive(Clone, Debug, PartialEq)]
pub enum Screen {
    Home,
    Category { name: String, count: u32 },
    Product,
    Search,
    Settings,
    NotFound,
}

/// The hint for a screen in the given locale.
pub fn screen_hint(locale: Locale, screen: &Screen) -> String {
    match screen {
        Screen::Home => td_string!(locale, home.hint).to_string(),
        Screen::Category { name, count } => {
            td_string!(locale, category.hint, name = name, count = count).to_string()
        }
        Screen::Product => td_string!(locale, product.hint).to_string(),
        Screen::Search => td_string!(locale, search.hint).to_string(),
        Screen::Settings => td_string!(locale, settings.hint).to_string(),
        Screen::NotFound => td_string!(locale, not_found.hint).to_string(),
    }
}

/// Chooses the voice for a language among `(lang tag, is default)` pairs: an exact regional match
/// first (zh-CN / en-US), then any voice of the language — Chinese voices are often tagged `cmn`
/// (Mandarin) rather than `zh` — preferring the browser's default. `None` when nothing fits.
pub fn pick_voice(voices: &[(String, bool)], lang: Lang) -> Option<usize> {
    let exact = match lang {
        Lang::Zh => ["zh-cn", "cmn-cn", "cmn-hans-cn"].as_slice(),
        Lang::En => ["en-us", "en-gb"].as_slice(),
    };
    let tags: Vec<String> = voices
        .iter()
        .map(|(t, _)| t.replace('_', "-").to_ascii_lowercase())
        .collect();
    let by_exact = exact
        .iter()
        .find_map(|want| tags.iter().position(|t| t == want));
    by_exact.or_else(|| {
        let fits: Vec<usize> = (0..tags.len())
            .filter(|i| Lang::parse(&tags[*i]) == Some(lang) && !tags[*i].contains("latn"))
            .collect();
        fits.iter()
            .copied()
            .find(|i| voices[*i].1)
            .or(fits.first().copied())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rice() -> Product {
        Product::sample(1, ("Northeast Rice 10 jin", "东北大米 10斤"), 3990, 50, 1)
    }

    fn line(id: u32, names: (&str, &str), price: i64, qty: u32) -> CartLine {
        let mut cart = crate::domain::cart::Cart::default();
        cart.add(&Product::sample(id, names, price, 50, 1)).unwrap();
        cart.set_qty(id, qty).unwrap();
        cart.lines.remove(0)
    }

    #[test]
    fn the_order_is_read_back_line_by_line_with_the_total() {
        let lines = [
            line(1, ("Northeast Rice 10 jin", "东北大米 10斤"), 3990, 1),
            line(2, ("Soy Sauce", "酱油"), 930, 2),
        ];
        assert_eq!(
            order_speech(Locale::zh_CN, "王阿姨", &lines),
            "王阿姨的订单，一共2样。 东北大米 10斤，1袋，三十九元九角。 酱油，2袋，十八元六角。 一共五十八元五角。到村站取货时付现金。"
        );
        assert_eq!(
            order_speech(Locale::en, "Wang", &lines),
            "Wang's order, 2 items. Northeast Rice 10 jin, 1 bag, 39 yuan 90 fen. Soy Sauce, 2 bags, 18 yuan 60 fen. Total 58 yuan 50 fen. Pay cash when you pick it up at the station."
        );
    }

    #[test]
    fn parcels_are_said_with_where_and_when() {
        assert_eq!(
            parcel_speech(Locale::zh_CN, Stage::CountyCentre, Some(2)),
            "包裹现在：到了县里的转运中心。 预计后天到站。"
        );
        assert_eq!(
            parcel_speech(Locale::en, Stage::AtStation, None),
            "The parcel now: Arrived at the station."
        );
        assert_eq!(eta_words(Locale::zh_CN, 1), "预计明天到站。");
        assert_eq!(
            eta_words(Locale::en, 5),
            "Expected at the station in 5 days."
        );
        assert_eq!(eta_words(Locale::en, -1), "Expected at the station today.");
    }

    #[test]
    fn times_are_local() {
        // 2026-11-23 06:05 UTC.
        let ms = 1_795_413_900_000;
        assert_eq!(when_text(Locale::zh_CN, ms, ms, 480), "11月23日 14:05");
        assert_eq!(when_text(Locale::en, ms, ms, 0), "23/11 06:05");
        // Another year shows its year: last December seen in January, or a clock a year off.
        let next_year = ms + 60 * 86_400_000;
        assert_eq!(
            when_text(Locale::zh_CN, ms, next_year, 480),
            "2026年11月23日 14:05"
        );
        assert_eq!(when_text(Locale::en, ms, next_year, 0), "23/11/2026 06:05");
        assert_eq!(when_text(Locale::en, next_year, ms, 0), "22/1/2027 06:05");
    }

    #[test]
    fn the_arrival_message_has_the_code_and_the_cash() {
        // Written (the SMS): the code in groups of three, the cash in figures.
        assert_eq!(
            arrival_message(Locale::zh_CN, "王阿姨", "480219", Fen(5850), None),
            "王阿姨您好：您的包裹已到村站。取货码480 219，取货时付现金¥58.50。"
        );
        // With the link to her parcel, on a line of its own.
        assert_eq!(
            arrival_message(
                Locale::en,
                "Wang",
                "480219",
                Fen(5850),
                Some("https://x.cn/my-parcel#v1.AB")
            ),
            "Hello Wang: your parcel is at the station. Pickup code 480 219; pay ¥58.50 in cash at pickup.\n\
             See your parcel on your phone: https://x.cn/my-parcel#v1.AB"
        );
        // Said: the code digit by digit with a pause, the cash in money words.
        assert_eq!(
            arrival_speech(Locale::zh_CN, "王阿姨", "480219", Fen(7572)),
            "王阿姨您好，您的包裹到村站了。取货码是：四八零，二一九。取货时请带现金七十五元七角二分。"
        );
        assert_eq!(
            arrival_speech(Locale::en, "Wang", "480219", Fen(5850)),
            "Hello Wang, your parcel is at the station. The pickup code is: 4 8 0, 2 1 9. \
             Please bring 58 yuan 50 fen in cash."
        );
    }

    #[test]
    fn her_phone_says_where_her_parcel_is_and_the_cash_in_words() {
        let card = ParcelCard {
            order_id: "CZ-1".into(),
            sent_at: 0,
            name: "王**".into(),
            station: String::new(),
            cash: Fen(7572),
            items: vec![],
            more: 0,
        };
        let by = Some(Date {
            year: 2026,
            month: 12,
            day: 9,
        });
        assert_eq!(
            my_parcel_speech(Locale::zh_CN, &card, Stage::AtStation, None, by),
            "王**，您的包裹现在：已到村站。 请在12月9日前到村站取货，带现金七十五元七角二分。"
        );
        let named = ParcelCard {
            station: "Lijia".into(),
            ..card.clone()
        };
        assert_eq!(
            my_parcel_speech(Locale::en, &named, Stage::OnTheWay, Some(2), None),
            "王**, your parcel now: On the way to the village. Expected at the station the day after \
             tomorrow. Bring 75 yuan 72 fen in cash when you collect it."
        );
    }

    #[test]
    fn pickup_codes_are_said_digit_by_digit_in_two_groups() {
        assert_eq!(
            code_speech(Locale::zh_CN, "480219"),
            "取货码是：四八零，二一九"
        );
        assert_eq!(
            code_speech(Locale::en, "480219"),
            "The pickup code is: 4 8 0, 2 1 9"
        );
    }

    #[test]
    fn titles_reach_the_voice_with_measures_in_words() {
        let oil = [line(9, ("Rapeseed Oil 5L", "菜籽油 5L"), 6990, 1)];
        let said = order_speech(Locale::zh_CN, "王阿姨", &oil);
        assert!(said.contains("菜籽油 5升"), "{said}");
        assert!(!said.contains("5L"), "{said}");
        let said = order_speech(Locale::en, "Wang", &oil);
        assert!(said.contains("Rapeseed Oil 5 litres"), "{said}");
        assert!(said.starts_with("Wang's order, 1 item. "), "{said}");
    }

    #[test]
    fn cart_refusals_are_worded() {
        assert_eq!(
            cart_error(Locale::zh_CN, CartError::AboveStock { stock: 3 }, Unit::Bag),
            "只有3袋了，不能再多。"
        );
        assert_eq!(
            cart_error(Locale::en, CartError::BelowMinimum { min: 2 }, Unit::Bag),
            "Buy at least 2 bags."
        );
        assert_eq!(
            cart_error(
                Locale::en,
                CartError::MinimumAboveStock { min: 24, stock: 1 },
                Unit::Box
            ),
            "At least 24 boxes must be bought, but the shop has only 1 box: it cannot be ordered now."
        );
        assert_eq!(
            cart_error(
                Locale::zh_CN,
                CartError::MinimumAboveStock { min: 24, stock: 1 },
                Unit::Box
            ),
            "至少要买24盒，可只剩1盒了，现在买不了。"
        );
        assert_eq!(
            cart_error(Locale::en, CartError::AboveStock { stock: 1 }, Unit::Pair),
            "Only 1 pair left: no more can be added."
        );
    }

    #[test]
    fn english_counts_take_the_plural_except_one() {
        let words = [
            (Unit::Bag, "bag", "bags"),
            (Unit::Bottle, "bottle", "bottles"),
            (Unit::Bucket, "bucket", "buckets"),
            (Unit::Box, "box", "boxes"),
            (Unit::Pack, "pack", "packs"),
            (Unit::Piece, "piece", "pieces"),
            (Unit::Pair, "pair", "pairs"),
            (Unit::Set, "set", "sets"),
            (Unit::Kg, "kg", "kg"),
            (Unit::Jin, "jin", "jin"),
            (Unit::Roll, "roll", "rolls"),
            (Unit::Can, "can", "cans"),
            (Unit::Sheet, "sheet", "sheets"),
            (Unit::Tray, "tray", "trays"),
        ];
        assert_eq!(words.len(), Unit::ALL.len());
        for (unit, one, many) in words {
            assert_eq!(count_with_unit(Locale::en, 1, unit), format!("1 {one}"));
            assert_eq!(count_with_unit(Locale::en, 0, unit), format!("0 {many}"));
            assert_eq!(count_with_unit(Locale::en, 3, unit), format!("3 {many}"));
            assert_eq!(count_with_unit(Locale::en, 21, unit), format!("21 {many}"));
        }
    }

    #[test]
    fn chinese_counts_keep_the_measure_word_after_the_number() {
        for unit in Unit::ALL {
            let word = unit_word(Locale::zh_CN, unit);
            for n in [0, 1, 3, 21] {
                assert_eq!(
                    count_with_unit(Locale::zh_CN, n, unit),
                    format!("{n}{word}")
                );
            }
        }
        assert_eq!(count_with_unit(Locale::zh_CN, 3, Unit::Bag), "3袋");
        assert_eq!(count_with_unit(Locale::zh_CN, 1, Unit::Kg), "1公斤");
    }

    #[test]
    fn cart_changes_say_the_count_with_its_unit_in_english() {
        let said = |count| {
            cart_change_speech(
                Locale::en,
                "Glutinous Rice 5 jin",
                Unit::Bag,
                CartChange::Added { count },
            )
        };
        assert_eq!(said(1), "Glutinous Rice 5 jin: in the cart, 1 bag now.");
        assert_eq!(said(3), "Glutinous Rice 5 jin: in the cart, 3 bags now.");
        assert_eq!(
            cart_change_speech(
                Locale::en,
                "Rapeseed Oil 5L",
                Unit::Bottle,
                CartChange::Quantity {
                    count: 1,
                    amount: Fen(6_990)
                }
            ),
            "Rapeseed Oil 5 litres: 1 bottle now, 69 yuan 90 fen."
        );
    }

    /// No English text glues a bare unit word to a count ("3 (bag)") or counts without agreeing
    /// ("1 items", "{{ count }} pieces"): counted things go through `count_with_unit` or a `_one` key.
    #[test]
    fn no_english_text_counts_a_bare_unit() {
        let en: serde_json::Value =
            serde_json::from_str(include_str!("../../locales/en.json")).unwrap();
        let mut texts = Vec::new();
        fn walk<'a>(v: &'a serde_json::Value, out: &mut Vec<&'a str>) {
            match v {
                serde_json::Value::Object(m) => m.values().for_each(|v| walk(v, out)),
                serde_json::Value::String(s) => out.push(s),
                _ => {}
            }
        }
        walk(&en, &mut texts);
        for text in texts {
            assert!(!text.contains("({{ unit }})"), "{text}");
            assert!(!text.contains("1 items"), "{text}");
            for noun in ["items", "pieces"] {
                for var in ["count", "qty", "n", "min", "stock"] {
                    let glued = format!("{{{{ {var} }}}} {noun}");
                    let more = format!("{{{{ {var} }}}} more {noun}");
                    // A plural noun after a bare count is allowed only beside its `_one` twin.
                    if text.contains(&glued) || text.contains(&more) {
                        assert!(
                            SINGULAR_TWINS.iter().any(|t| t == &text),
                            "{text}: 1 would read as \"1 {noun}\""
                        );
                    }
                }
            }
        }
    }

    /// Texts with a plural noun after a count whose caller says 1 with a separate `_one` key.
    const SINGULAR_TWINS: [&str; 2] = [
        "{{ name }}'s order, {{ count }} items.",
        "and {{ n }} more items",
    ];

    #[test]
    fn product_speech_in_both_languages() {
        assert_eq!(
            product_speech(Locale::zh_CN, &rice()),
            "东北大米 10斤，每袋三十九元九角。有货。"
        );
        assert_eq!(
            product_speech(Locale::en, &rice()),
            "Northeast Rice 10 jin, 39 yuan 90 fen per bag. In stock."
        );
    }

    #[test]
    fn product_speech_says_discounted_price_low_stock_and_minimum() {
        let mut p = rice();
        p.discount_bp = 1000;
        p.stock = 3;
        p.stock_state = StockState::Low;
        p.min_order = 2;
        assert_eq!(
            product_speech(Locale::zh_CN, &p),
            "东北大米 10斤，每袋三十五元九角一分。只剩 3袋。 优惠10%，原价三十九元九角。 最少买2袋。"
        );
        assert_eq!(
            product_speech(Locale::en, &p),
            "Northeast Rice 10 jin, 35 yuan 91 fen per bag. Only 3 bags left. 10% off, was 39 yuan \
             90 fen. Buy at least 2 bags."
        );
    }

    #[test]
    fn product_speech_says_whether_it_can_be_returned() {
        let mut p = rice();
        p.return_policy = Some("No return policy".into());
        assert_eq!(
            product_speech(Locale::zh_CN, &p),
            "东北大米 10斤，每袋三十九元九角。有货。 不能退货。"
        );
        p.return_policy = Some("7 days return policy".into());
        assert!(product_speech(Locale::en, &p).ends_with(" Returns within 7 days."));
    }

    #[test]
    fn every_cart_change_answers_aloud() {
        let said = |change| cart_change_speech(Locale::zh_CN, "菜籽油 5L", Unit::Bottle, change);
        assert_eq!(
            said(CartChange::Added { count: 1 }),
            "菜籽油 5升，加进购物车了，现在1瓶。"
        );
        assert_eq!(
            said(CartChange::Quantity {
                count: 2,
                amount: Fen(13_980)
            }),
            "菜籽油 5升，现在2瓶，一百三十九元八角。"
        );
        assert_eq!(said(CartChange::Removed), "菜籽油 5升，从购物车拿掉了。");
        assert_eq!(
            cart_change_speech(
                Locale::en,
                "Rapeseed Oil 5L",
                Unit::Bottle,
                CartChange::Removed
            ),
            "Rapeseed Oil 5 litres: taken out of the cart."
        );
        assert_eq!(
            cart_refusal_speech(
                Locale::zh_CN,
                "菜籽油 5L",
                CartError::AboveStock { stock: 3 },
                Unit::Bottle
            ),
            "菜籽油 5升，只有3瓶了，不能再多。"
        );
    }

    #[test]
    fn every_unit_has_a_word_in_both_languages() {
        for u in Unit::ALL {
            assert!(!unit_word(Locale::zh_CN, u).is_empty());
            assert!(!unit_word(Locale::en, u).is_empty());
            assert_ne!(
                unit_word(Locale::zh_CN, u),
                unit_word(Locale::en, u),
                "{u:?}"
            );
        }
    }

    #[test]
    fn counts_of_one_are_singular_in_english() {
        assert!(orders_waiting(Locale::en, 1).starts_with("1 order waiting"));
        assert!(orders_waiting(Locale::en, 3).starts_with("3 orders waiting"));
        assert!(records_lost(Locale::en, 1).starts_with("1 record could"));
        assert!(records_lost(Locale::en, 2).starts_with("2 records could"));
        assert_eq!(send_tries(Locale::en, 1), "Tried once");
        assert_eq!(send_tries(Locale::en, 4), "Tried 4 times");
        assert!(orders_waiting(Locale::zh_CN, 1).starts_with("有1个订单"));
        assert_eq!(send_tries(Locale::zh_CN, 1), "已试 1 次");
    }

    #[test]
    fn screen_hints_exist_and_differ_by_language() {
        let screens = |name: &str| {
            [
                Screen::Home,
                Screen::Category {
                    name: name.into(),
                    count: 11,
                },
                Screen::Product,
                Screen::Search,
                Screen::Settings,
                Screen::NotFound,
            ]
        };
        let cjk = |s: &str| s.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c));
        for (zh, en) in screens("粮油").iter().zip(screens("Grain & Oil").iter()) {
            let zh = screen_hint(Locale::zh_CN, zh);
            let en = screen_hint(Locale::en, en);
            assert!(cjk(&zh), "{zh}");
            assert!(!cjk(&en), "no Chinese in the English hint: {en}");
        }
        assert_eq!(
            screen_hint(
                Locale::zh_CN,
                &Screen::Category {
                    name: "粮油".into(),
                    count: 11
                }
            ),
            "这是粮油，一共11件。点一件商品看详情，点“听一听”听价钱。"
        );
    }

    #[test]
    fn errors_have_messages_in_both_languages() {
        let errors = [
            ApiError::Offline,
            ApiError::Timeout,
            ApiError::Http { status: 404 },
            ApiError::Busy {
                retry_after_ms: None,
            },
            ApiError::Busy {
                retry_after_ms: Some(9_500),
            },
            ApiError::Http { status: 500 },
            ApiError::Decode("x".into()),
        ];
        for e in &errors {
            assert_ne!(
                error_message(Locale::zh_CN, e),
                error_message(Locale::en, e)
            );
        }
        assert!(error_message(Locale::en, &ApiError::Http { status: 503 }).contains("503"));
        // The wait is said in whole seconds, rounded up.
        let busy = ApiError::Busy {
            retry_after_ms: Some(9_500),
        };
        assert!(error_message(Locale::zh_CN, &busy).contains("10"));
        assert!(error_message(Locale::en, &busy).contains("wait 10 s"));
    }

    #[test]
    fn terms_in_both_languages() {
        assert_eq!(
            term_words(Locale::zh_CN, Term::Returns, "30 days return policy").as_deref(),
            Some("30天内可退货")
        );
        assert_eq!(
            term_words(Locale::en, Term::Returns, "No return policy").as_deref(),
            Some("No returns")
        );
        assert_eq!(
            term_words(Locale::zh_CN, Term::Warranty, "1 year warranty").as_deref(),
            Some("保修1年")
        );
        assert_eq!(
            term_words(Locale::en, Term::Warranty, "1 year warranty").as_deref(),
            Some("1 year warranty")
        );
        assert_eq!(
            term_words(Locale::en, Term::Warranty, "2 year warranty").as_deref(),
            Some("2 years warranty")
        );
        assert_eq!(
            term_words(Locale::zh_CN, Term::Shipping, "Ships in 3-5 business days").as_deref(),
            Some("3到5个工作日内发货")
        );
        assert_eq!(
            term_words(Locale::zh_CN, Term::Shipping, "Ships overnight").as_deref(),
            Some("连夜发货")
        );
        // Unreadable: kept in English, hidden in Chinese.
        assert_eq!(
            term_words(Locale::en, Term::Shipping, "By camel").as_deref(),
            Some("By camel")
        );
        assert_eq!(term_words(Locale::zh_CN, Term::Shipping, "By camel"), None);
    }

    #[test]
    fn voice_choice_treats_cmn_as_chinese() {
        let v = |list: &[(&str, bool)]| {
            list.iter()
                .map(|(t, d)| (t.to_string(), *d))
                .collect::<Vec<_>>()
        };
        let espeak = v(&[
            ("en-US", true),
            ("cmn-latn-pinyin", false),
            ("cmn", false),
            ("fr-FR", false),
        ]);
        assert_eq!(pick_voice(&espeak, Lang::Zh), Some(2));
        assert_eq!(pick_voice(&espeak, Lang::En), Some(0));
        let android = v(&[("zh_TW", false), ("zh_CN", false), ("en_GB", true)]);
        assert_eq!(pick_voice(&android, Lang::Zh), Some(1));
        assert_eq!(pick_voice(&android, Lang::En), Some(2));
        assert_eq!(pick_voice(&v(&[("fr-FR", true)]), Lang::Zh), None);
        assert_eq!(pick_voice(&[], Lang::En), None);
    }
}
