//! The orders screens: the list (with the outbox and a filter by villager) and one order (its
//! pickup code, delivery, returns and any mismatch with what the server answered).

mod detail;
mod list;
mod mismatches;
mod outbox;
mod returns;
mod send_status;

pub use detail::OrderPage;
pub use list::OrdersPage;

use crate::domain::station::Order;
use crate::i18n::*;
use crate::platform::local_offset_minutes;
use crate::words::when_text;

/// When an order was placed, in local time (with the year when it is not the station's year).
pub(super) fn placed_text(locale: Locale, ms: u64, now: u64) -> String {
    when_text(locale, ms, now, local_offset_minutes())
}

pub(super) fn display_name(locale: Locale, order: &Order) -> String {
    if order.villager_name.is_empty() {
        td_string!(locale, orders.erased).to_string()
    } else {
        order.villager_name.clone()
    }
}
