//! How an order is paid and delivered (read-back and order screens).

use leptos::prelude::*;

use crate::components::icon::Icon;
use crate::i18n::*;

/// How an order is paid and delivered (the only way there is).
#[component]
pub fn OrderTerms() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <ul class="order-terms">
            <li>
                <Icon icon=icondata::LuBanknote />
                <span>{t!(i18n, confirm.payment)}</span>
            </li>
            <li>
                <Icon icon=icondata::LuStore />
                <span>{t!(i18n, confirm.delivery)}</span>
            </li>
        </ul>
    }
}
