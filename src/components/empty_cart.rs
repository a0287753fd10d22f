//! What the cart and read-back screens show for an empty cart.

use leptos::prelude::*;

use crate::components::icon::IconLink;
use crate::i18n::*;
use crate::routes::Route;

/// An empty cart says so and offers the catalog.
#[component]
pub fn EmptyCart() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <p class="empty">{t!(i18n, cart.empty)}</p>
        <IconLink to=Route::Home icon=icondata::LuHouse class="btn btn-primary">{t!(i18n, cart.browse)}</IconLink>
    }
}
