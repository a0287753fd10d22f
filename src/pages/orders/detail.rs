//! One order: who, when, status, pickup code (big, spoken), delivery, returns, lines and total.

use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

use super::mismatches::mismatch_text;
use super::returns::ReturnPanel;
use super::send_status::SendStatus;
use super::{display_name, placed_text};
use crate::api::ApiError;
use crate::components::avatar::Avatar;
use crate::components::icon::{Icon, IconButton, IconLink};
use crate::components::order_terms::OrderTerms;
use crate::components::partner_gate::PartnerScreen;
use crate::components::read_back_line::ReadBackLine;
use crate::components::speak_button::SpeakButton;
use crate::components::timeline::Timeline;
use crate::components::totals_box::TotalsBox;
use crate::domain::lesson::order_tag;
use crate::domain::outbox::SendState;
use crate::domain::station::Order;
use crate::i18n::*;
use crate::routes::{IdParam, Route};
use crate::store::use_app;
use crate::words::{code_speech, error_message};

/// One order: who, when, status, pickup code (big, spoken), lines and total.
#[component]
pub fn OrderPage() -> impl IntoView {
    let i18n = use_i18n();
    let params = use_params_map();
    let station = use_app().station;
    let order = Memo::new(move |_| {
        let id = params.with(IdParam::read).id?;
        station
            .orders
            .with(|all| all.iter().find(|o| o.id == id).cloned())
    });
    let title = Signal::derive(move || match order.get() {
        Some(o) => t_string!(i18n, orders.order_title, id = o.id).to_string(),
        None => t_string!(i18n, orders.title).to_string(),
    });
    view! {
        <PartnerScreen title hint=t_signal!(i18n, orders.detail_hint)>
            <Show
                when=move || order.with(Option::is_some)
                fallback=move || {
                    view! {
                        <p class="empty">{t!(i18n, orders.missing)}</p>
                        <IconLink to=Route::Orders icon=icondata::LuReceipt class="btn btn-primary">{t!(i18n, orders.title)}</IconLink>
                    }
                }
            >
                // What the order is to the lessons (on its way, returnable): marks its speaker
                // and its return form for a lesson that counts only such an order.
                <div
                    class="lesson-scope"
                    data-lesson-tag=move || {
                        let now = station.now.get();
                        order.with(|o| o.as_ref().and_then(|o| order_tag(o, now)))
                    }
                >
                    <OrderDetail order />
                </div>
            </Show>
        </PartnerScreen>
    }
}

#[component]
fn OrderDetail(order: Memo<Option<Order>>) -> impl IntoView {
    let i18n = use_i18n();
    let app = use_app();
    let station = app.station;
    let get = move |f: fn(&Order) -> String| order.with(|o| o.as_ref().map(f).unwrap_or_default());
    let code = Signal::derive(move || get(|o| o.pickup_code.clone()));
    let state = Signal::derive(move || {
        order.with(|o| {
            o.as_ref()
                .map(|o| o.send.clone())
                .unwrap_or(SendState::Sent { at: 0 })
        })
    });
    let last_error = move || match state.get() {
        SendState::Waiting {
            last_error: Some(code),
            ..
        } => ApiError::from_code(&code).map(|e| error_message(i18n.get_locale(), &e)),
        _ => None,
    };
    let mismatches = Memo::new(move |_| {
        order.with(|o| o.as_ref().map(|o| o.mismatches.clone()).unwrap_or_default())
    });
    let retry = move |_| {
        station.send_now(app.backend.get_untracked());
    };
    view! {
        <div class="cart-who">
            <Avatar index=Signal::derive(move || order.with(|o| o.as_ref().map_or(0, |o| o.avatar))) class="avatar-big" />
            <p class="villager-name">
                {move || order.with(|o| o.as_ref().map(|o| display_name(i18n.get_locale(), o)))}
            </p>
            <p class="muted">
                {move || order.with(|o| o.as_ref().map(|o| placed_text(i18n.get_locale(), o.placed_at, station.now.get())))}
            </p>
        </div>
        <section class="pickup-code" aria-labelledby="code-label">
            <h2 id="code-label">{t!(i18n, orders.code)}</h2>
            <p class="code-digits">{code}</p>
            <p>{t!(i18n, orders.code_note)}</p>
            <SpeakButton
                text=Signal::derive(move || code_speech(i18n.get_locale(), &code.get()))
                label=t_signal!(i18n, orders.say_code_label)
                class="speak-big"
            />
        </section>
        <div class="order-status" role="status">
            <SendStatus state />
            <Show when=move || !matches!(state.get(), SendState::Sent { .. })>
                <p class="muted">{t!(i18n, orders.waiting_note)}</p>
                <p class="field-error">{last_error}</p>
                <IconButton icon=icondata::LuSend on_click=retry>{t!(i18n, orders.retry)}</IconButton>
            </Show>
        </div>
        <Timeline order />
        <ReturnPanel order />
        <Show when=move || !mismatches.with(Vec::is_empty)>
            <div class="notice notice-warn" role="alert">
                <Icon icon=icondata::LuTriangleAlert />
                <div>
                    <p>{t!(i18n, orders.mismatch)}</p>
                    <ul>
                        {move || {
                            mismatches
                                .get()
                                .into_iter()
                                .map(|m| view! { <li>{mismatch_text(i18n.get_locale(), m)}</li> })
                                .collect_view()
                        }}
                    </ul>
                </div>
            </div>
        </Show>
        <ul class="readback">
            {move || {
                order
                    .with(|o| o.as_ref().map(|o| o.lines.clone()).unwrap_or_default())
                    .into_iter()
                    .map(|line| view! { <ReadBackLine line /> })
                    .collect_view()
            }}
        </ul>
        <TotalsBox totals=Signal::derive(move || order.with(|o| o.as_ref().map(Order::totals).unwrap_or_default())) />
        <OrderTerms />
        <IconLink to=Route::Orders icon=icondata::LuReceipt>{t!(i18n, orders.all)}</IconLink>
    }
}
