//! The totals of a cart or an order (cart, read-back and order screens).

use leptos::prelude::*;

use crate::domain::cart::Totals;
use crate::domain::catalog::Unit;
use crate::i18n::*;
use crate::words::count_with_unit;

/// The totals of a cart or order, large: before discount, discount, and what is paid.
#[component]
pub fn TotalsBox(#[prop(into)] totals: Signal<Totals>) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <dl class="totals">
            <Show when=move || { totals.get().discount.0 > 0 }>
                <div>
                    <dt>{t!(i18n, cart.list_total)}</dt>
                    <dd>{move || totals.get().list.to_string()}</dd>
                </div>
                <div>
                    <dt>{t!(i18n, cart.discount)}</dt>
                    <dd>"−" {move || totals.get().discount.to_string()}</dd>
                </div>
            </Show>
            <div class="grand-total">
                <dt>{move || t_string!(i18n, cart.total, qty = count_with_unit(i18n.get_locale(), totals.get().items, Unit::Piece)).to_string()}</dt>
                <dd>{move || totals.get().total.to_string()}</dd>
            </div>
        </dl>
    }
}
