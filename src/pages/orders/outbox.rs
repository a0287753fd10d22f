//! The outbox: the orders still waiting on the tablet, and why.

use leptos::prelude::*;

use super::display_name;
use crate::components::icon::{Icon, IconButton, IconLink};
use crate::domain::outbox::SendState;
use crate::i18n::*;
use crate::routes::Route;
use crate::store::use_app;
use crate::words::{orders_waiting, send_tries, waiting_reason};

/// The outbox: every order still on the tablet, why it waits, and "send now".
#[component]
pub(super) fn Outbox() -> impl IntoView {
    let i18n = use_i18n();
    let app = use_app();
    let station = app.station;
    let waiting = Memo::new(move |_| {
        station.orders.with(|orders| {
            orders
                .iter()
                .filter(|o| o.waiting())
                .cloned()
                .collect::<Vec<_>>()
        })
    });
    let retry = move |_| {
        station.send_now(app.backend.get_untracked());
    };
    view! {
        <section class="outbox notice notice-warn" aria-labelledby="outbox-title">
            <h2 id="outbox-title">
                <Icon icon=icondata::LuClock />
                <span>{move || orders_waiting(i18n.get_locale(), waiting.with(Vec::len))}</span>
            </h2>
            <ul class="outbox-list">
                <For each=move || waiting.get() key=|o| (o.id.clone(), o.send.clone()) let:o>
                    {
                        let attempts = match o.send {
                            SendState::Waiting { attempts, .. } | SendState::Sending { attempts, .. } => attempts,
                            SendState::Sent { .. } => 0,
                        };
                        let state = o.send.clone();
                        let name = o.clone();
                        view! {
                            <li class="outbox-row">
                                <IconLink to=Route::Order(o.id.clone()) icon=icondata::LuReceipt>{move || display_name(i18n.get_locale(), &name)}</IconLink>
                                <span class="outbox-why">{move || waiting_reason(i18n.get_locale(), &state)}</span>
                                <span class="muted">{move || send_tries(i18n.get_locale(), attempts)}</span>
                            </li>
                        }
                    }
                </For>
            </ul>
            <IconButton icon=icondata::LuSend class="btn btn-primary" on_click=retry>{t!(i18n, orders.retry)}</IconButton>
        </section>
    }
}
