use leptos::prelude::*;
use leptos_router::components::A;

use crate::components::icon::Icon;
use crate::components::page_heading::PageHeading;
use crate::components::partner_gate::PartnerGate;
use crate::i18n::*;
use crate::pages::Route;
use crate::store::use_app;

/// The partner's home, behind the PIN: the partner functions and the lock.
#[component]
pub fn PartnerPage() -> impl IntoView {
    let i18n = use_i18n();
    let app = use_app();
    view! {
        <PartnerGate>
            <PageHeading
                title=Signal::derive(move || td_string!(i18n.get_locale(), partner.title).to_string())
                hint=Signal::derive(move || td_string!(i18n.get_locale(), partner.hint).to_string())
            />
            <ul class="grid category-grid">
                <PartnerTile lesson="partner-villagers" route=Route::Villagers icon=icondata::LuUsers label=Signal::derive(move || td_string!(i18n.get_locale(), partner.villagers).to_string()) />
                <PartnerTile route=Route::Cart icon=icondata::LuShoppingCart label=Signal::derive(move || td_string!(i18n.get_locale(), partner.carts).to_string()) />
                <PartnerTile lesson="partner-orders" route=Route::Orders icon=icondata::LuReceipt label=Signal::derive(move || td_string!(i18n.get_locale(), partner.orders).to_string()) />
                <PartnerTile lesson="partner-station" route=Route::Station icon=icondata::LuPackageCheck label=Signal::derive(move || td_string!(i18n.get_locale(), partner.station).to_string()) />
                <PartnerTile route=Route::Commission icon=icondata::LuCoins label=Signal::derive(move || td_string!(i18n.get_locale(), partner.commission).to_string()) />
                <li class="tile">
                    <A href=Route::Settings.path() attr:class="tile-link">
                        <span class="tile-icon"><Icon icon=icondata::LuSettings /></span>
                        <span class="tile-name">{t!(i18n, partner.settings)}</span>
                    </A>
                </li>
                {if app.trainer.demo {
                    view! {
                        <PartnerTile route=Route::Trainer icon=icondata::LuGraduationCap label=Signal::derive(move || td_string!(i18n.get_locale(), trainer.title).to_string()) />
                    }
                        .into_any()
                } else {
                    view! {
                        <li class="tile">
                            <button type="button" class="tile-link tile-button" on:click=move |_| app.lock_partner()>
                                <span class="tile-icon"><Icon icon=icondata::LuLock /></span>
                                <span class="tile-name">{t!(i18n, partner.lock)}</span>
                            </button>
                        </li>
                    }
                        .into_any()
                }}
            </ul>
        </PartnerGate>
    }
}

#[component]
fn PartnerTile(
    /// The lesson target name, for tiles lessons point at.
    #[prop(optional)]
    lesson: Option<&'static str>,
    route: Route,
    icon: icondata::Icon,
    #[prop(into)] label: Signal<String>,
) -> impl IntoView {
    view! {
        <li class="tile">
            <A href=route.path() attr:class="tile-link" attr:data-lesson=lesson>
                <span class="tile-icon"><Icon icon /></span>
                <span class="tile-name">{label}</span>
            </A>
        </li>
    }
}
