//! What the cart and read-back screens show when no villager is served.

use leptos::prelude::*;
use leptos_router::components::A;

use crate::components::icon::Icon;
use crate::i18n::*;
use crate::routes::Route;

/// No villager is being served: the way to choose one.
#[component]
pub fn NobodyServed() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <p class="empty">{t!(i18n, cart.nobody)}</p>
        <A href=Route::Villagers.path() attr:class="btn btn-primary">
            <Icon icon=icondata::LuUsers />
            <span>{t!(i18n, serving.switch)}</span>
        </A>
    }
}
