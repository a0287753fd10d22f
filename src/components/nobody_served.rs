//! What the cart and read-back screens show when no villager is served.

use leptos::prelude::*;

use crate::components::icon::IconLink;
use crate::i18n::*;
use crate::routes::Route;

/// No villager is being served: the way to choose one.
#[component]
pub fn NobodyServed() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <p class="empty">{t!(i18n, cart.nobody)}</p>
        <IconLink to=Route::Villagers icon=icondata::LuUsers class="btn btn-primary">{t!(i18n, serving.switch)}</IconLink>
    }
}
