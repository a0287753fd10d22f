use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_params_map;

use crate::api::ApiError;
use crate::components::avatar::Avatar;
use crate::components::icon::Icon;
use crate::components::order_terms::OrderTerms;
use crate::components::page_heading::PageHeading;
use crate::components::partner_gate::PartnerGate;
use crate::components::read_back_line::ReadBackLine;
use crate::components::speak_button::SpeakButton;
use crate::components::timeline::Timeline;
use crate::components::totals_box::TotalsBox;
use crate::domain::commission::ReturnWindow;
use crate::domain::lesson::order_tag;
use crate::domain::order::Mismatch;
use crate::domain::outbox::SendState;
use crate::domain::parcel::{ReturnError, return_windows};
use crate::domain::station::Order;
use crate::domain::station::ReturnReason;
use crate::i18n::*;
use crate::pages::Route;
use crate::store::station::local_offset_minutes;
use crate::store::use_app;
use crate::voice::hints::{code_speech, error_message, lang_of, reason_word, when_text};

/// When an order was placed, in local time (with the year when it is not the station's year).
fn placed_text(locale: Locale, ms: u64, now: u64) -> String {
    when_text(locale, ms, now, local_offset_minutes())
}

fn display_name(locale: Locale, order: &Order) -> String {
    if order.villager_name.is_empty() {
        td_string!(locale, orders.erased).to_string()
    } else {
        order.villager_name.clone()
    }
}

/// The send state in an icon and words (never colour alone).
#[component]
fn SendStatus(#[prop(into)] state: Signal<SendState>) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <Show
            when=move || state.with(|s| matches!(s, SendState::Sent { .. }))
            fallback=move || {
                view! {
                    <span class="status status-waiting">
                        <Icon icon=icondata::LuClock />
                        <span>{t!(i18n, orders.waiting)}</span>
                    </span>
                }
            }
        >
            <span class="status status-sent">
                <Icon icon=icondata::LuCircleCheck />
                <span>{t!(i18n, orders.sent)}</span>
            </span>
        </Show>
    }
}

/// Why an order is still waiting, in a few words.
fn waiting_reason(locale: Locale, state: &SendState) -> String {
    match state {
        SendState::Waiting {
            last_error: Some(code),
            ..
        } => match ApiError::from_code(code) {
            Some(ApiError::Offline) => td_string!(locale, outbox.offline).to_string(),
            Some(ApiError::Timeout) => td_string!(locale, outbox.timeout).to_string(),
            Some(ApiError::Busy { .. }) => td_string!(locale, outbox.busy).to_string(),
            Some(ApiError::Http { status }) => {
                td_string!(locale, outbox.server, status = status).to_string()
            }
            _ => td_string!(locale, outbox.unreadable).to_string(),
        },
        SendState::Sending { .. } => td_string!(locale, outbox.sending).to_string(),
        _ => td_string!(locale, outbox.not_yet).to_string(),
    }
}

/// The outbox: every order still on the tablet, why it waits, and "send now".
#[component]
fn Outbox() -> impl IntoView {
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
                <span>{move || td_string!(i18n.get_locale(), orders.unsent, count = waiting.with(Vec::len)).to_string()}</span>
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
                                <A href=Route::Order(o.id.clone()).path() attr:class="btn">
                                    <Icon icon=icondata::LuReceipt />
                                    <span>{move || display_name(i18n.get_locale(), &name)}</span>
                                </A>
                                <span class="outbox-why">{move || waiting_reason(i18n.get_locale(), &state)}</span>
                                <span class="muted">{move || td_string!(i18n.get_locale(), outbox.tries, count = attempts).to_string()}</span>
                            </li>
                        }
                    }
                </For>
            </ul>
            <button type="button" class="btn btn-primary" on:click=retry>
                <Icon icon=icondata::LuSend />
                <span>{t!(i18n, orders.retry)}</span>
            </button>
        </section>
    }
}

/// All orders, newest first, with a filter by villager.
#[component]
pub fn OrdersPage() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <PartnerGate>
            <PageHeading
                title=Signal::derive(move || td_string!(i18n.get_locale(), orders.title).to_string())
                hint=Signal::derive(move || td_string!(i18n.get_locale(), orders.hint).to_string())
            />
            <OrderList />
        </PartnerGate>
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
            <div class="filter-row" role="radiogroup" aria-label=move || td_string!(i18n.get_locale(), orders.filter)>
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

/// One order: who, when, status, pickup code (big, spoken), lines and total.
#[component]
pub fn OrderPage() -> impl IntoView {
    let i18n = use_i18n();
    let params = use_params_map();
    let station = use_app().station;
    let order = Memo::new(move |_| {
        let id = params.with(|p| p.get("id"))?;
        station
            .orders
            .with(|all| all.iter().find(|o| o.id == id).cloned())
    });
    let title = Signal::derive(move || match order.get() {
        Some(o) => td_string!(i18n.get_locale(), orders.order_title, id = o.id).to_string(),
        None => td_string!(i18n.get_locale(), orders.title).to_string(),
    });
    view! {
        <PartnerGate>
            <PageHeading
                title
                hint=Signal::derive(move || td_string!(i18n.get_locale(), orders.detail_hint).to_string())
            />
            <Show
                when=move || order.with(Option::is_some)
                fallback=move || {
                    view! {
                        <p class="empty">{t!(i18n, orders.missing)}</p>
                        <A href=Route::Orders.path() attr:class="btn btn-primary">
                            <Icon icon=icondata::LuReceipt />
                            <span>{t!(i18n, orders.title)}</span>
                        </A>
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
        </PartnerGate>
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
                label=Signal::derive(move || td_string!(i18n.get_locale(), orders.say_code_label).to_string())
                class="speak-big"
            />
        </section>
        <div class="order-status" role="status">
            <SendStatus state />
            <Show when=move || !matches!(state.get(), SendState::Sent { .. })>
                <p class="muted">{t!(i18n, orders.waiting_note)}</p>
                <p class="field-error">{last_error}</p>
                <button type="button" class="btn" on:click=retry>
                    <Icon icon=icondata::LuSend />
                    <span>{t!(i18n, orders.retry)}</span>
                </button>
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
        <A href=Route::Orders.path() attr:class="btn">
            <Icon icon=icondata::LuReceipt />
            <span>{t!(i18n, orders.all)}</span>
        </A>
    }
}

fn mismatch_text(locale: Locale, m: Mismatch) -> String {
    match m {
        Mismatch::Quantity {
            product_id,
            ours,
            theirs,
        } => td_string!(
            locale,
            orders.mismatch_qty,
            id = product_id,
            ours = ours,
            theirs = theirs.map_or_else(|| "—".to_string(), |t| t.to_string())
        )
        .to_string(),
        Mismatch::LineTotal {
            product_id,
            ours,
            theirs,
        } => td_string!(
            locale,
            orders.mismatch_total,
            id = product_id,
            ours = ours.to_string(),
            theirs = theirs.to_string()
        )
        .to_string(),
        Mismatch::Extra { product_id } => {
            td_string!(locale, orders.mismatch_extra, id = product_id).to_string()
        }
    }
}

/// Returns for a picked-up order: the items that are still within their window, a reason from big
/// choices, and why the others are not offered.
#[component]
fn ReturnPanel(order: Memo<Option<Order>>) -> impl IntoView {
    let i18n = use_i18n();
    let station = use_app().station;
    let windows = Memo::new(move |_| {
        let now = station.now.get();
        order.with(|o| {
            o.as_ref()
                .filter(|o| o.picked_up_at.is_some() && o.returned.is_none())
                .map(|o| {
                    o.lines
                        .iter()
                        .cloned()
                        .zip(return_windows(o, now).into_iter().map(|(_, w)| w))
                        .collect::<Vec<_>>()
                })
                .unwrap_or_default()
        })
    });
    let chosen = RwSignal::new(Vec::<u32>::new());
    let reason = RwSignal::new(None::<ReturnReason>);
    let problem = RwSignal::new(None::<&'static str>);
    let date = move |ms: u64| {
        when_text(
            i18n.get_locale(),
            ms,
            station.now.get(),
            local_offset_minutes(),
        )
    };
    let submit = move |_| {
        let locale = i18n.get_locale_untracked();
        let Some(id) = order.with_untracked(|o| o.as_ref().map(|o| o.id.clone())) else {
            return;
        };
        let Some(why) = reason.get_untracked() else {
            problem.set(Some(td_string!(locale, returns.choose_reason)));
            return;
        };
        problem.set(
            match station.start_return(&id, &chosen.get_untracked(), why) {
                Ok(()) => None,
                Err(ReturnError::NothingChosen) => Some(td_string!(locale, returns.err_nothing)),
                Err(_) => Some(td_string!(locale, returns.err_closed)),
            },
        );
    };
    view! {
        <Show when=move || !windows.with(Vec::is_empty)>
            <section class="returns" aria-labelledby="returns-title" data-lesson="return-start">
                <h2 id="returns-title">{t!(i18n, returns.title)}</h2>
                <fieldset class="field">
                    <legend class="field-label">{t!(i18n, returns.choose_items)}</legend>
                    <For each=move || windows.get() key=|(l, w)| (l.product_id, matches!(w, ReturnWindow::Open { .. })) let:item>
                        {
                            let (line, window) = item;
                            let pid = line.product_id;
                            let title = line.title.clone();
                            let open = matches!(window, ReturnWindow::Open { .. });
                            view! {
                                <label class="choice return-item">
                                    <input
                                        type="checkbox"
                                        disabled=!open
                                        prop:checked=move || chosen.with(|c| c.contains(&pid))
                                        on:change=move |_| chosen.update(|c| {
                                            if let Some(i) = c.iter().position(|p| *p == pid) {
                                                c.remove(i);
                                            } else {
                                                c.push(pid);
                                            }
                                        })
                                    />
                                    <span class="cart-line-title">{move || title.get(lang_of(i18n.get_locale())).to_string()}</span>
                                    <span class="muted">
                                        {move || match window {
                                            ReturnWindow::Open { until } => td_string!(i18n.get_locale(), returns.open_until, date = date(until)).to_string(),
                                            ReturnWindow::Closed { ended } => td_string!(i18n.get_locale(), returns.closed, date = date(ended)).to_string(),
                                            ReturnWindow::NoReturns => td_string!(i18n.get_locale(), returns.none).to_string(),
                                        }}
                                    </span>
                                </label>
                            }
                        }
                    </For>
                </fieldset>
                <Show when=move || windows.with(|w| w.iter().any(|(_, w)| matches!(w, ReturnWindow::Open { .. })))>
                    <fieldset class="field">
                        <legend class="field-label">{t!(i18n, returns.choose_reason)}</legend>
                        <div class="reason-grid">
                            {ReturnReason::ALL
                                .into_iter()
                                .map(|r| {
                                    view! {
                                        <label class="reason-choice">
                                            <input
                                                type="radio"
                                                name="reason"
                                                prop:checked=move || reason.get() == Some(r)
                                                on:change=move |_| reason.set(Some(r))
                                            />
                                            <span class="tile-icon"><Icon icon=reason_icon(r) /></span>
                                            <span>{move || reason_word(i18n.get_locale(), r)}</span>
                                        </label>
                                    }
                                })
                                .collect_view()}
                        </div>
                    </fieldset>
                    <p class="field-error" role="alert">{move || problem.get()}</p>
                    <button type="button" class="btn btn-primary" on:click=submit>
                        <Icon icon=icondata::LuUndo2 />
                        <span>{t!(i18n, returns.submit)}</span>
                    </button>
                </Show>
            </section>
        </Show>
    }
}

fn reason_icon(reason: ReturnReason) -> icondata::Icon {
    match reason {
        ReturnReason::WrongItem => icondata::LuShuffle,
        ReturnReason::Damaged => icondata::LuPackageX,
        ReturnReason::DoesNotFit => icondata::LuRuler,
        ReturnReason::ChangedMind => icondata::LuThumbsDown,
    }
}
