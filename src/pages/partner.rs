use leptos::prelude::*;
use leptos_router::components::A;

use crate::components::icon::{Icon, IconLink};
use crate::components::partner_gate::PartnerScreen;
use crate::domain::backup::{days_since, reminder_due};
use crate::i18n::*;
use crate::platform::now_ms;
use crate::routes::Route;
use crate::store::backup::last_backup;
use crate::store::use_app;

/// The partner's home, behind the PIN: the partner functions and the lock.
#[component]
pub fn PartnerPage() -> impl IntoView {
    let i18n = use_i18n();
    let app = use_app();
    view! {
        <PartnerScreen title=t_signal!(i18n, partner.title) hint=t_signal!(i18n, partner.hint)>
            <BackupReminder />
            <ul class="grid category-grid">
                <PartnerTile lesson="partner-villagers" route=Route::Villagers icon=icondata::LuUsers label=t_signal!(i18n, partner.villagers) />
                <PartnerTile route=Route::Cart icon=icondata::LuShoppingCart label=t_signal!(i18n, partner.carts) />
                <PartnerTile lesson="partner-orders" route=Route::Orders icon=icondata::LuReceipt label=t_signal!(i18n, partner.orders) />
                <PartnerTile lesson="partner-station" route=Route::Station icon=icondata::LuPackageCheck label=t_signal!(i18n, partner.station) />
                <PartnerTile route=Route::CourierParcels icon=icondata::LuTruck label=t_signal!(i18n, partner.courier) />
                <PartnerTile route=Route::Goods icon=icondata::LuSprout label=t_signal!(i18n, partner.goods) />
                <PartnerTile route=Route::Commission icon=icondata::LuCoins label=t_signal!(i18n, partner.commission) />
                <PartnerTile route=Route::Backup icon=icondata::LuHardDriveDownload label=t_signal!(i18n, partner.backup) />
                <li class="tile">
                    <A href=Route::Settings.path() attr:class="tile-link">
                        <span class="tile-icon"><Icon icon=icondata::LuSettings /></span>
                        <span class="tile-name">{t!(i18n, partner.settings)}</span>
                    </A>
                </li>
                {if app.trainer.demo {
                    view! {
                        <PartnerTile route=Route::Trainer icon=icondata::LuGraduationCap label=t_signal!(i18n, trainer.title) />
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
        </PartnerScreen>
    }
}

/// When the station has orders and the last backup is older than a week (or there never was
/// one): says so, with the way to the backup screen.
#[component]
fn BackupReminder() -> impl IntoView {
    let i18n = use_i18n();
    let app = use_app();
    let last = last_backup();
    let due = move || reminder_due(last, now_ms(), app.station.orders.with(|o| !o.is_empty()));
    let words = move || {
        let locale = i18n.get_locale();
        match last {
            Some(at) if at <= now_ms() => {
                td_string!(locale, backup.remind, days = days_since(at, now_ms())).to_string()
            }
            _ => td_string!(locale, backup.remind_never).to_string(),
        }
    };
    view! {
        <Show when=due>
            <div class="notice notice-warn backup-remind" role="status" data-testid="backup-remind">
                <Icon icon=icondata::LuTriangleAlert />
                <span>{words}</span>
                <IconLink to=Route::Backup icon=icondata::LuHardDriveDownload class="btn btn-primary">{t!(i18n, backup.remind_go)}</IconLink>
            </div>
        </Show>
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
