//! What the cart and read-back screens show for an empty cart.

use leptos::prelude::*;
use leptos_router::components::A;

use crate::components::icon::Icon;
use crate::i18n::*;
use crate::routes::Route;

/// An empty cart says so and offers the catalog.
#[component]
pub fn EmptyCart() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <p class="empty">{t!(i18n, cart.empty)}</p>
        <A href=Route::Home.path() attr:class="btn btn-primary">
            <Icon icon=icondata::LuHouse />
            <span>{t!(i18n, cart.browse)}</span>
        </A>
    }
}
