use leptos::prelude::*;

use crate::components::icon::{Icon, IconLink};
use crate::i18n::*;
use crate::routes::Route;
use crate::store::use_app;

/// The band over every screen of the demo station: that this is a demo (in words, not colour
/// alone), the way back to the trainer's screen, and the demo's network switch.
#[component]
pub fn DemoBand() -> impl IntoView {
    let i18n = use_i18n();
    let app = use_app();
    let station = app.station;
    let off = move || station.network_off.get();
    let toggle = move |_| station.set_network_off(!off(), app.backend.get_untracked());
    view! {
        <aside class="demo-band" aria-label=move || t_string!(i18n, trainer.band_label)>
            <p class="demo-mark">
                <Icon icon=icondata::LuGraduationCap />
                <strong>{t!(i18n, trainer.band)}</strong>
            </p>
            <button
                type="button"
                class="btn demo-net"
                data-lesson="demo-network"
                aria-pressed=move || off().to_string()
                on:click=toggle
            >
                <Show when=off fallback=|| view! { <Icon icon=icondata::LuWifi /> }>
                    <Icon icon=icondata::LuWifiOff />
                </Show>
                <span>
                    {move || {
                        if off() {
                            t_string!(i18n, trainer.net_off)
                        } else {
                            t_string!(i18n, trainer.net_on)
                        }
                    }}
                </span>
            </button>
            <IconLink to=Route::Trainer icon=icondata::LuPresentation>{t!(i18n, trainer.title)}</IconLink>
        </aside>
    }
}
