use leptos::prelude::*;

use crate::components::icon::Icon;
use crate::domain::catalog::{Product, StockState};
use crate::i18n::*;
use crate::words::stock_words;

/// The stock state as icon + word (never colour alone).
#[component]
pub fn StockBadge(
    /// The product whose stock is shown.
    product: Product,
) -> impl IntoView {
    let i18n = use_i18n();
    let (icon, class) = match product.stock_state {
        StockState::InStock => (icondata::LuCircleCheck, "stock stock-in"),
        StockState::Low => (icondata::LuTriangleAlert, "stock stock-low"),
        StockState::Out => (icondata::LuCircleX, "stock stock-out"),
    };
    view! {
        <span class=class>
            <Icon icon=icon />
            <span>{move || stock_words(i18n.get_locale(), &product)}</span>
        </span>
    }
}
