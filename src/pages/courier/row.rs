//! One courier parcel waiting: whose, which courier, shelf and days; hand over with the pickup
//! code (the same pad, tries and lock as an order's parcel), tell the villager (SMS and aloud),
//! and back to the courier once it has waited past seven days.

use leptos::prelude::*;

use crate::components::avatar::Avatar;
use crate::components::handover::{HandoverPad, TellBox};
use crate::components::icon::{Icon, IconButton};
use crate::components::speak_button::use_voice;
use crate::domain::courier_parcel::{CourierParcel, ParcelState, days_waiting, state};
use crate::domain::parcel::HandOver;
use crate::i18n::*;
use crate::platform::now_ms;
use crate::store::use_app;
use crate::words::courier::{Left, courier_name, parcel_left, parcel_message, parcel_speech};

#[component]
pub(super) fn CourierParcelRow(
    parcel: CourierParcel,
    /// What happened to the last parcel that left the list, shown above it (the row is gone).
    done: RwSignal<Option<String>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let station = use_app().station;
    let voice = use_voice();
    let parcel = StoredValue::new(parcel);
    let id = move || parcel.with_value(|p| p.id.clone());
    let face = Memo::new(move |_| {
        parcel
            .with_value(|p| station.villager_face(&p.villager_id))
            .unwrap_or_default()
    });
    let days =
        Memo::new(move |_| parcel.with_value(|p| days_waiting(p.arrived_at, station.now.get())));
    let shown_state = Memo::new(move |_| parcel.with_value(|p| state(p, station.now.get())));
    let open = RwSignal::new(false);
    let telling = RwSignal::new(false);
    let message = RwSignal::new(None::<String>);
    let pad = RwSignal::new(String::new());
    let say = move |text: String| {
        voice.say_only(&text);
        message.set(Some(text));
        pad.set(String::new());
    };
    // The row goes with the parcel: what happened is said, and shown above the list.
    let gone = move |how: Left| {
        let locale = i18n.get_locale_untracked();
        let courier = parcel.with_value(|p| p.courier);
        let text = parcel_left(locale, how, &face.get_untracked().0, courier);
        voice.say_only(&text);
        done.set(Some(text));
    };
    let submit = move |code: String| {
        let locale = i18n.get_locale_untracked();
        match station.hand_over_parcel(&id(), &code) {
            HandOver::Done { .. } => gone(Left::HandedOver),
            HandOver::Wrong { left } => {
                say(td_string!(locale, station.wrong, left = left).to_string())
            }
            HandOver::Locked { until } => {
                let seconds = until.saturating_sub(now_ms()).div_ceil(1000);
                say(td_string!(locale, station.locked, seconds = seconds).to_string());
            }
            HandOver::NotHere => say(td_string!(locale, station.not_here).to_string()),
        }
    };
    let send_back = move |_| {
        if station.send_back_parcel(&id()).is_ok() {
            gone(Left::SentBack);
        }
    };
    let text = Signal::derive(move || {
        let name = face.get().0;
        parcel.with_value(|p| parcel_message(i18n.get_locale(), &name, p.courier, &p.code))
    });
    let spoken = Signal::derive(move || {
        let name = face.get().0;
        parcel.with_value(|p| parcel_speech(i18n.get_locale(), &name, p.courier, &p.code))
    });
    let sms = move || {
        let phone = parcel.with_value(|p| {
            station.villagers.with_untracked(|all| {
                all.iter()
                    .find(|v| v.id == p.villager_id)
                    .and_then(|v| v.phone.clone())
            })
        });
        let body = js_sys::encode_uri_component(&text.get());
        format!("sms:{}?body={body}", phone.unwrap_or_default())
    };
    let flagged = move || shown_state.get() != ParcelState::Waiting;
    view! {
        <li class=move || if flagged() { "parcel-row parcel-flagged" } else { "parcel-row" }>
            <Avatar index=Signal::derive(move || face.get().1) class="avatar-big" />
            <div class="villager-info">
                <p class="villager-name">{move || face.get().0}</p>
                <p class="muted">
                    {move || parcel.with_value(|p| courier_name(i18n.get_locale(), p.courier))}
                    " · " {parcel.with_value(|p| p.tracking.clone())}
                </p>
                <p class="muted">{move || parcel.with_value(|p| t_string!(i18n, courier.shelf_at, shelf = p.shelf.clone()).to_string())}</p>
                <p class=move || if flagged() { "status status-waiting status-long" } else { "muted" }>
                    {move || flagged().then(|| view! { <Icon icon=icondata::LuTriangleAlert /> })}
                    <span>
                        {move || {
                            let n = days.get();
                            match shown_state.get() {
                                ParcelState::DueBack => t_string!(i18n, courier.due_back, n = n).to_string(),
                                ParcelState::Flagged => t_string!(i18n, station.overdue, n = n).to_string(),
                                _ => t_string!(i18n, station.waiting_days, count = n).to_string(),
                            }
                        }}
                    </span>
                </p>
            </div>
            <div class="row-actions">
                <IconButton icon=icondata::LuPackageCheck class="btn btn-primary" on_click=move |_| open.update(|o| *o = !*o)>{t!(i18n, station.hand_over)}</IconButton>
                <IconButton icon=icondata::LuMessageSquare on_click=move |_| telling.update(|o| *o = !*o)>{t!(i18n, station.tell)}</IconButton>
                <Show when=move || shown_state.get() == ParcelState::DueBack>
                    <IconButton icon=icondata::LuUndo2 on_click=send_back>{t!(i18n, courier.send_back)}</IconButton>
                </Show>
            </div>
            <TellBox shown=telling text spoken sms />
            <HandoverPad shown=open message digits=pad on_submit=submit />
        </li>
    }
}
