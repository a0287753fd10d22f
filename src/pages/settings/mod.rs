//! Settings, for the partner only (behind the PIN): one file per group of settings.

use leptos::prelude::*;

use crate::api::choice::BadApiUrl;
use crate::components::icon::Icon;
use crate::components::partner_gate::PartnerScreen;
use crate::i18n::*;
use crate::store::use_app;
use crate::words::{Screen, screen_hint};

mod api;
mod idle;
mod records;
mod speech;
mod station;

/// Settings, for the partner only (behind the PIN).
#[component]
pub fn SettingsPage() -> impl IntoView {
    let i18n = use_i18n();
    let app = use_app();
    view! {
        <PartnerScreen title=t_signal!(i18n, settings.title) hint=Signal::derive(move || screen_hint(i18n.get_locale(), &Screen::Settings))>
            <Show when=move || app.bad_api_param.get().is_some()>
                <p class="notice notice-warn" role="alert">
                    <Icon icon=icondata::LuTriangleAlert />
                    <span>
                        {move || match app.bad_api_param.get() {
                            Some(BadApiUrl::NotAllowed) => t_string!(i18n, settings.api_param_not_allowed),
                            _ => t_string!(i18n, settings.api_param_bad),
                        }}
                    </span>
                </p>
            </Show>
            <api::ApiSource />
            <speech::SpeechSpeed />
            <idle::IdleLock />
            <records::OfflineSection />
            <speech::VoiceCheck />
            <station::StationName />
            <station::ParcelFee />
            <station::StationClock />
            <records::EraseVillagers />
        </PartnerScreen>
    }
}
