//! The list of orders, newest first, with a filter by villager.

use leptos::prelude::*;
use leptos_router::components::A;

use super::outbox::Outbox;
use super::send_status::SendStatus;
use super::{display_name, placed_text};
use crate::components::avatar::Avatar;
use crate::components::partner_gate::PartnerScreen;
use crate::domain::lesson::order_tag;
use crate::i18n::*;
use crate::routes::Route;
use crate::store::use_app;

/// All orders, newest first, with a filter by villager.
#[component]
pub fn OrdersPage() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <PartnerScreen title=t_signal!(i18n, orders.title) hint=t_signal!(i18n, orders.hint)>
            <OrderList />
        </PartnerScreen>
    }
}

#[component]
fn OrderList() -> impl IntoView {
    let i18n = use_i18n();
    let station = use_app().station;
    // The filter stays on the screen (never in the address: no villager in URLs).
    let filter = RwSignal::new(None::<String>);
    let people = Memo::new(move |_| {
        let mut seen: Vec<(String, String, u8)> = Vec::new();
        station.orders.with(|orders| {
            for o in orders.iter().rev() {
                if let Some(id) = &o.villager_id
                    && !seen.iter().any(|(s, _, _)| s == id)
                {
                    seen.push((id.clone(), o.villager_name.clone(), o.avatar));
                }
            }
        });
        seen
    });
    let shown = Memo::new(move |_| {
        let f = filter.get();
        station.orders.with(|orders| {
            orders
                .iter()
                .rev()
                .filter(|o| f.is_none() || o.villager_id == f)
                .cloned()
                .collect::<Vec<_>>()
        })
    });
    let unsent = move || station.unsent();
    view! {
        <Show when=move || { unsent() > 0 }>
            <Outbox />
        </Show>
        <Show when=move || { people.with(Vec::len) > 1 }>
            <div class="filter-row" role="radiogroup" aria-label=move || t_string!(i18n, orders.filter)>
                <label class="choice filter-chip">
                    <input
                        type="radio"
                        name="who"
                        prop:checked=move || filter.with(Option::is_none)
                        on:change=move |_| filter.set(None)
                    />
                    <span>{t!(i18n, orders.everyone)}</span>
                </label>
                <For each=move || people.get() key=|p| p.clone() let:person>
                    {
                        let (id, name, avatar) = person;
                        let mine = id.clone();
                        view! {
                            <label class="choice filter-chip">
                                <input
                                    type="radio"
                                    name="who"
                                    prop:checked=move || filter.with(|f| f.as_deref() == Some(mine.as_str()))
                                    on:change=move |_| filter.set(Some(id.clone()))
                                />
                                <Avatar index=avatar class="avatar-small" />
                                <span>{name}</span>
                            </label>
                        }
                    }
                </For>
            </div>
        </Show>
        <Show
            when=move || !shown.with(Vec::is_empty)
            fallback=move || view! { <p class="empty">{t!(i18n, orders.none)}</p> }
        >
            <ul class="order-list">
                <For each=move || shown.get() key=|o| (o.id.clone(), o.send.clone(), o.villager_name.clone()) let:order>
                    {
                        // What the order is to the lessons (on its way, returnable), as it changes.
                        let id = order.id.clone();
                        let tag = move || {
                            let now = station.now.get();
                            station.orders.with(|all| all.iter().find(|o| o.id == id).and_then(|o| order_tag(o, now)))
                        };
                        view! {
                            <li>
                                <A
                                    href=Route::Order(order.id.clone()).path()
                                    attr:class="order-row"
                                    attr:data-lesson="order-row"
                                    attr:data-lesson-tag=tag
                                >
                                    <Avatar index=order.avatar class="avatar-small" />
                                    <span class="order-who">
                                        <span class="villager-name">
                                            {let o = order.clone();
                                            move || display_name(i18n.get_locale(), &o)}
                                        </span>
                                        <span class="muted">
                                            {let at = order.placed_at;
                                            move || placed_text(i18n.get_locale(), at, station.now.get())}
                                        </span>
                                    </span>
                                    <span class="order-total">{order.totals().total.to_string()}</span>
                                    <SendStatus state=order.send.clone() />
                                </A>
                            </li>
                        }
                    }
                </For>
            </ul>
        </Show>
    }
}
