use leptos::prelude::*;

use crate::components::avatar::Avatar;
use crate::components::handover::{HandoverPad, TellBox};
use crate::components::icon::{Icon, IconButton, IconLink};
use crate::components::partner_gate::PartnerScreen;
use crate::components::speak_button::use_voice;
use crate::domain::logistics::{FLAG_DAYS, Stage, days_waiting};
use crate::domain::money::Fen;
use crate::domain::parcel::{HandOver, tracking};
use crate::domain::parcel_link::{LINK_PATH, card_for, encode};
use crate::domain::station::Order;
use crate::i18n::*;
use crate::platform::now_ms;
use crate::routes::Route;
use crate::store::use_app;
use crate::words::{arrival_message, arrival_speech, lang_of, say_money};

/// A parcel waiting at the station, or sent back.
#[derive(Clone, Debug, PartialEq)]
struct Waiting {
    order: Order,
    days: u64,
}

/// Parcels that have arrived, grouped by villager with days waiting (flagged after 5 days), the
/// handover with the pickup code, and the parcels sent back after 7 days.
#[component]
pub fn StationPage() -> impl IntoView {
    let i18n = use_i18n();
    let station = use_app().station;
    let parcels = Memo::new(move |_| {
        let now = station.now.get();
        let mut arrived = Vec::new();
        let mut returned = Vec::new();
        station.orders.with(|orders| {
            for o in orders {
                let Some(t) = tracking(o, now) else { continue };
                let days = days_waiting(&t.plan, now).unwrap_or(0);
                let item = Waiting {
                    order: o.clone(),
                    days,
                };
                match t.stage {
                    Stage::AtStation => arrived.push(item),
                    Stage::Returned => returned.push(item),
                    _ => {}
                }
            }
        });
        // Grouped by villager (their parcels together), longest waiting first within a group.
        arrived.sort_by(|a, b| {
            (&a.order.villager_name, b.days).cmp(&(&b.order.villager_name, a.days))
        });
        (arrived, returned)
    });
    // The last handover: who, and the cash to collect (the parcel itself leaves the list).
    let done = RwSignal::new(None::<(String, Fen)>);
    view! {
        <PartnerScreen title=t_signal!(i18n, station.title) hint=t_signal!(i18n, station.hint)>
            <Show when=move || done.with(Option::is_some)>
                <div class="cash-due" role="status">
                    <Icon icon=icondata::LuBanknote />
                    <div>
                        <p>{move || done.get().map(|d| d.0)} " · " {t!(i18n, station.done)}</p>
                        <p class="cash-amount">{move || done.get().map(|d| d.1.to_string())}</p>
                    </div>
                    <IconButton icon=icondata::LuX on_click=move |_| done.set(None)>{t!(i18n, station.close)}</IconButton>
                </div>
            </Show>
            <h2>{t!(i18n, station.arrived)}</h2>
            <Show
                when=move || !parcels.with(|p| p.0.is_empty())
                fallback=move || view! { <p class="empty">{t!(i18n, station.none)}</p> }
            >
                <ul class="parcel-list">
                    <For each=move || parcels.get().0 key=|w| (w.order.id.clone(), w.days) let:w>
                        <ParcelRow waiting=w on_done=move |d| done.set(Some(d)) />
                    </For>
                </ul>
            </Show>
            <Show when=move || !parcels.with(|p| p.1.is_empty())>
                <h2>{t!(i18n, station.returned_title)}</h2>
                <ul class="parcel-list">
                    <For each=move || parcels.get().1 key=|w| w.order.id.clone() let:w>
                        <li class="parcel-row">
                            <Avatar index=w.order.avatar class="avatar-small" />
                            <p class="villager-name">{w.order.villager_name.clone()}</p>
                            <IconLink to=Route::Order(w.order.id.clone()) icon=icondata::LuReceipt>{w.order.id.clone()}</IconLink>
                        </li>
                    </For>
                </ul>
            </Show>
        </PartnerScreen>
    }
}

#[component]
fn ParcelRow(waiting: Waiting, #[prop(into)] on_done: Callback<(String, Fen)>) -> impl IntoView {
    let i18n = use_i18n();
    let app = use_app();
    let voice = use_voice();
    let station = app.station;
    let order = StoredValue::new(waiting.order.clone());
    let days = waiting.days;
    let flagged = days >= FLAG_DAYS;
    let open = RwSignal::new(false);
    let telling = RwSignal::new(false);
    let message = RwSignal::new(None::<String>);
    let pad = RwSignal::new(String::new());
    // Shown as written, said as spoken (money in money words).
    let say_as = move |shown: String, spoken: &str| {
        voice.say_only(spoken);
        message.set(Some(shown));
        pad.set(String::new());
    };
    let say = move |text: String| say_as(text.clone(), &text);
    let submit = move |code: String| {
        let locale = i18n.get_locale_untracked();
        match station.hand_over(&order.with_value(|o| o.id.clone()), &code) {
            HandOver::Done { cash } => {
                let done = td_string!(locale, station.done);
                say_as(
                    format!("{done} {cash}"),
                    &format!("{done} {}", say_money(locale, cash)),
                );
                on_done.run((order.with_value(|o| o.villager_name.clone()), cash));
            }
            HandOver::Wrong { left } => {
                say(td_string!(locale, station.wrong, left = left).to_string());
            }
            HandOver::Locked { until } => {
                let seconds = until.saturating_sub(now_ms()).div_ceil(1000);
                say(td_string!(locale, station.locked, seconds = seconds).to_string());
            }
            HandOver::NotHere => say(td_string!(locale, station.not_here).to_string()),
        }
    };
    // Her parcel on her own phone: the card travels in the link's fragment (never sent to a
    // server), in the language the message is written in.
    let link = move || {
        let lang = lang_of(i18n.get_locale());
        let name = app.settings.with(|s| s.station_name.clone());
        let origin = window().location().origin().unwrap_or_default();
        // Her phone runs on real time; a trainer's station clock may not.
        let skew = now_ms() as i64 - station.now.get_untracked() as i64;
        order
            .with_value(|o| card_for(o, lang, &name, skew))
            .map(|card| format!("{origin}{LINK_PATH}#{}", encode(&card)))
    };
    let text = Signal::derive(move || {
        let link = link();
        order.with_value(|o| {
            arrival_message(
                i18n.get_locale(),
                &o.villager_name,
                &o.pickup_code,
                o.totals().total,
                link.as_deref(),
            )
        })
    });
    let spoken = Signal::derive(move || {
        order.with_value(|o| {
            arrival_speech(
                i18n.get_locale(),
                &o.villager_name,
                &o.pickup_code,
                o.totals().total,
            )
        })
    });
    let phone = StoredValue::new(order.with_value(|o| {
        o.villager_id.as_deref().and_then(|id| {
            station.villagers.with_untracked(|all| {
                all.iter()
                    .find(|v| v.id == id)
                    .and_then(|v| v.phone.clone())
            })
        })
    }));
    let sms = move || {
        let body = js_sys::encode_uri_component(&text.get());
        format!("sms:{}?body={body}", phone.get_value().unwrap_or_default())
    };
    view! {
        <li class=if flagged { "parcel-row parcel-flagged" } else { "parcel-row" }>
            <Avatar index=waiting.order.avatar class="avatar-big" />
            <div class="villager-info">
                <p class="villager-name">{waiting.order.villager_name.clone()}</p>
                <p class="muted">{waiting.order.id.clone()} " · " {waiting.order.totals().total.to_string()}</p>
                <p class=if flagged { "status status-waiting status-long" } else { "muted" }>
                    {flagged.then(|| view! { <Icon icon=icondata::LuTriangleAlert /> })}
                    <span>
                        {move || {
                            if flagged {
                                t_string!(i18n, station.overdue, n = days).to_string()
                            } else {
                                t_string!(i18n, station.waiting_days, count = days).to_string()
                            }
                        }}
                    </span>
                </p>
            </div>
            <div class="row-actions">
                <IconButton icon=icondata::LuPackageCheck class="btn btn-primary" attr:data-lesson="hand-over" on_click=move |_| open.update(|o| *o = !*o)>{t!(i18n, station.hand_over)}</IconButton>
                <IconButton icon=icondata::LuMessageSquare on_click=move |_| telling.update(|o| *o = !*o)>{t!(i18n, station.tell)}</IconButton>
            </div>
            <TellBox shown=telling text spoken sms />
            <HandoverPad shown=open message digits=pad on_submit=submit lesson="pickup-pad" />
        </li>
    }
}
