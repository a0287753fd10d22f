use leptos::prelude::*;

use crate::components::icon::{Icon, IconButton};
use crate::i18n::*;
use crate::store::use_app;

/// The network state in an icon and words (never colour alone): online, offline, or how many
/// orders are waiting to go out; and, when a new build is ready, the offer to update.
#[component]
pub fn NetStatus() -> impl IntoView {
    let i18n = use_i18n();
    let app = use_app();
    // The demo station's network switch counts as no network.
    let online = move || app.pwa.online.get() && !app.station.network_off.get();
    let unsent = move || app.station.unsent();
    view! {
        <div class="net-bar">
            <p class="net-status" role="status">
                <Show
                    when=online
                    fallback=move || {
                        view! {
                            <Icon icon=icondata::LuWifiOff />
                            <span>{t!(i18n, net.offline)}</span>
                        }
                    }
                >
                    <Icon icon=icondata::LuWifi />
                    <span>{t!(i18n, net.online)}</span>
                </Show>
                <Show when=move || { unsent() > 0 }>
                    <span class="net-waiting">
                        <Icon icon=icondata::LuSend />
                        <span>
                            {move || match unsent() {
                                1 => t_string!(i18n, net.waiting_one).to_string(),
                                n => t_string!(i18n, net.waiting, count = n).to_string(),
                            }}
                        </span>
                    </span>
                </Show>
            </p>
            <Show when=move || app.pwa.update_ready.get()>
                <IconButton icon=icondata::LuRefreshCw class="btn btn-primary update-btn" on_click=move |_| app.pwa.apply_update()>{t!(i18n, net.update)}</IconButton>
            </Show>
        </div>
    }
}
