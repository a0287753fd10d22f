use leptos::prelude::*;

use crate::components::avatar::Avatar;
use crate::components::icon::{Icon, IconButton, IconLink};
use crate::i18n::*;
use crate::routes::Route;
use crate::store::{keys, use_app};
use crate::words::records_lost;

/// Whom the partner is serving, on every screen while partner mode is open: avatar, name, how
/// many pieces are in the cart, and the way to the cart, to another villager, or to stop.
/// Locked, it shows nothing (no names on an unattended screen).
#[component]
pub fn ServingBar() -> impl IntoView {
    let i18n = use_i18n();
    let app = use_app();
    let station = app.station;
    let villager = Memo::new(move |_| {
        app.partner
            .unlocked
            .get()
            .then(|| station.serving_villager())
            .flatten()
    });
    let pieces = move || {
        villager
            .get()
            .and_then(|v| station.cart_of(&v.id))
            .map_or(0, |c| c.cart.totals().items)
    };
    view! {
        <Show when=move || villager.with(Option::is_some)>
            <aside class="serving-bar" aria-label=move || t_string!(i18n, serving.label)>
                <Avatar index=Signal::derive(move || villager.get().map_or(0, |v| v.avatar)) class="avatar-small" />
                <p class="serving-name">
                    {move || {
                        t_string!(
                            i18n, serving.now, name = villager.get().map(|v| v.name).unwrap_or_default()
                        )
                            .to_string()
                    }}
                </p>
                <IconLink to=Route::Cart icon=icondata::LuShoppingCart class="btn btn-primary" attr:data-lesson="serving-cart">{move || t_string!(i18n, serving.cart, count = pieces()).to_string()}</IconLink>
                <IconLink to=Route::Villagers icon=icondata::LuUsers>{t!(i18n, serving.switch)}</IconLink>
                <IconButton icon=icondata::LuUserX on_click=move |_| station.serve(None)>{t!(i18n, serving.stop)}</IconButton>
            </aside>
        </Show>
    }
}

/// Says when something could not be written (storage full or disabled: the settings alone, or
/// the station's records) or the records could not all be read at start. Nothing personal is
/// shown, so it appears locked or not.
#[component]
pub fn StoreNotice() -> impl IntoView {
    let i18n = use_i18n();
    let app = use_app();
    let station = app.station;
    let unsaved = app.unsaved;
    view! {
        <Show when=move || unsaved.error().is_some()>
            <p class="notice notice-warn store-notice" role="alert">
                <Icon icon=icondata::LuTriangleAlert />
                <span>
                    {move || {
                        if unsaved.only(&[keys::SETTINGS, keys::PARTNER]) {
                            t_string!(i18n, settings.storage_failed)
                        } else {
                            t_string!(i18n, store.write_failed)
                        }
                    }}
                </span>
            </p>
        </Show>
        <Show when=move || { station.lost.get() > 0 }>
            <p class="notice notice-warn store-notice" role="alert">
                <Icon icon=icondata::LuTriangleAlert />
                <span>{move || records_lost(i18n.get_locale(), station.lost.get())}</span>
                <IconButton icon=icondata::LuX on_click=move |_| station.lost.set(0)>{t!(i18n, speak.close)}</IconButton>
            </p>
        </Show>
    }
}
