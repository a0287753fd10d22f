//! The station's own settings: its name, the commission rate, the courier parcel fee and the
//! station clock.

use leptos::prelude::*;

use crate::components::clock_control::ClockControl;
use crate::components::icon::IconButton;
use crate::components::save_row::SaveRow;
use crate::components::text_field::{FieldKind, TextField};
use crate::domain::commission::{parse_percent, percent_text};
use crate::domain::courier_parcel::parse_fee;
use crate::domain::money::Fen;
use crate::i18n::*;
use crate::store::use_app;

/// The station's name, carried in the link to a villager's parcel ("collect it at …").
#[component]
pub(super) fn StationName() -> impl IntoView {
    let i18n = use_i18n();
    let app = use_app();
    let name = RwSignal::new(app.settings.with_untracked(|s| s.station_name.clone()));
    let saved = RwSignal::new(false);
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let typed: String = name.get_untracked().trim().chars().take(24).collect();
        name.set(typed.clone());
        saved.set(app.update_settings(|s| s.station_name = typed).is_ok());
    };
    view! {
        <section class="settings-section">
            <form on:submit=save novalidate>
                <TextField value=name max=24 id="station-name" on_input=move |()| saved.set(false)>
                    {t!(i18n, settings.station_name)}
                </TextField>
                <SaveRow label=t_signal!(i18n, settings.station_name_save) saved />
            </form>
        </section>
    }
}

/// The commission rate and the station clock (sped up or paused for training).
#[component]
pub(super) fn StationClock() -> impl IntoView {
    let i18n = use_i18n();
    let app = use_app();
    let rate = RwSignal::new(percent_text(
        app.settings.with_untracked(|s| s.commission_bp),
    ));
    let rate_bad = RwSignal::new(false);
    let save_rate = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        match parse_percent(&rate.get_untracked()) {
            Some(bp) => {
                rate_bad.set(false);
                let _ = app.update_settings(|s| s.commission_bp = bp);
            }
            None => rate_bad.set(true),
        }
    };
    view! {
        <section class="settings-section">
            <form on:submit=save_rate novalidate>
                <TextField
                    value=rate
                    max=8
                    kind=FieldKind::Decimal
                    error=Signal::derive(move || rate_bad.get().then(|| t_string!(i18n, commission.rate_bad).to_string()))
                >
                    {t!(i18n, commission.rate_label)}
                </TextField>
                <div class="actions">
                    <IconButton icon=icondata::LuCheck submit=true class="btn btn-primary">{t!(i18n, commission.save)}</IconButton>
                </div>
            </form>
            <ClockControl />
        </section>
    }
}

/// What a courier pays the station per parcel handed over (代收): counted in the month's income.
#[component]
pub(super) fn ParcelFee() -> impl IntoView {
    let i18n = use_i18n();
    let app = use_app();
    let shown = |fee: Fen| format!("{}.{:02}", fee.yuan(), fee.cents());
    let fee = RwSignal::new(shown(app.settings.with_untracked(|s| s.parcel_fee)));
    let bad = RwSignal::new(false);
    let saved = RwSignal::new(false);
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        match parse_fee(&fee.get_untracked()) {
            Some(value) => {
                bad.set(false);
                fee.set(shown(value));
                saved.set(app.update_settings(|s| s.parcel_fee = value).is_ok());
            }
            None => {
                bad.set(true);
                saved.set(false);
            }
        }
    };
    view! {
        <section class="settings-section">
            <form on:submit=save novalidate>
                <TextField
                    value=fee
                    max=8
                    kind=FieldKind::Decimal
                    id="parcel-fee"
                    on_input=move |()| saved.set(false)
                    error=Signal::derive(move || bad.get().then(|| t_string!(i18n, commission.fee_bad).to_string()))
                >
                    {t!(i18n, commission.fee_label)}
                </TextField>
                <SaveRow label=t_signal!(i18n, commission.fee_save) saved />
            </form>
        </section>
    }
}
