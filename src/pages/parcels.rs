use leptos::prelude::*;

use crate::components::avatar::Avatar;
use crate::components::icon::{Icon, IconButton};
use crate::components::page_heading::PageHeading;
use crate::components::speak_button::SpeakButton;
use crate::components::timeline::stage_icon;
use crate::domain::courier_parcel::{CourierParcel, ParcelState, days_waiting, state};
use crate::domain::logistics::{Stage, days_until};
use crate::domain::parcel::tracking;
use crate::domain::parcel_link::masked;
use crate::i18n::*;
use crate::platform::local_offset_minutes;
use crate::store::use_app;
use crate::words::courier::courier_name;
use crate::words::{eta_words, lang_of, parcel_speech, stage_word};

/// For villagers, no typing: tap your picture, see where your parcels are — ordered here or left
/// by a courier. Names are shown masked and no pickup code appears (the code is for the
/// handover).
#[component]
pub fn ParcelsPage() -> impl IntoView {
    let i18n = use_i18n();
    let station = use_app().station;
    station.load_courier_parcels();
    let chosen = RwSignal::new(None::<String>);
    // Villagers with a parcel on its way or waiting at the station: their orders, and parcels
    // couriers left for them.
    let people = Memo::new(move |_| {
        let now = station.now.get();
        let mut out: Vec<(String, String, u8)> = Vec::new();
        station.orders.with(|orders| {
            for o in orders {
                let active = tracking(o, now)
                    .is_none_or(|t| !matches!(t.stage, Stage::PickedUp | Stage::Returned));
                if let Some(id) = o.villager_id.as_ref().filter(|_| active)
                    && !out.iter().any(|(v, _, _)| v == id)
                {
                    out.push((id.clone(), masked(&o.villager_name), o.avatar));
                }
            }
        });
        station.courier_parcels.with(|parcels| {
            for p in parcels.iter().filter(|p| courier_waiting(p, now)) {
                if !out.iter().any(|(v, _, _)| *v == p.villager_id)
                    && let Some((name, avatar)) = station.villager_face(&p.villager_id)
                {
                    out.push((p.villager_id.clone(), masked(&name), avatar));
                }
            }
        });
        out
    });
    let title = t_signal!(i18n, parcels.title);
    view! {
        <PageHeading title hint=t_signal!(i18n, parcels.hint) />
        <Show
            when=move || chosen.with(Option::is_some)
            fallback=move || {
                view! {
                    <Show
                        when=move || !people.with(Vec::is_empty)
                        fallback=move || view! { <p class="empty">{t!(i18n, parcels.none)}</p> }
                    >
                        <p class="field-label">{t!(i18n, parcels.choose)}</p>
                        <ul class="grid category-grid">
                            <For each=move || people.get() key=|p| p.clone() let:person>
                                {
                                    let (id, name, avatar) = person;
                                    view! {
                                        <li class="tile">
                                            <button
                                                type="button"
                                                class="tile-link tile-button"
                                                on:click=move |_| chosen.set(Some(id.clone()))
                                            >
                                                <Avatar index=avatar class="avatar-big" />
                                                <span class="tile-name">{name}</span>
                                            </button>
                                        </li>
                                    }
                                }
                            </For>
                        </ul>
                    </Show>
                }
            }
        >
            <TheirParcels villager_id=chosen.get_untracked().unwrap_or_default() />
            <IconButton icon=icondata::LuUsers on_click=move |_| chosen.set(None)>{t!(i18n, parcels.back)}</IconButton>
        </Show>
    }
}

/// A courier's parcel still at the station for its villager.
fn courier_waiting(parcel: &CourierParcel, now: u64) -> bool {
    matches!(
        state(parcel, now),
        ParcelState::Waiting | ParcelState::Flagged | ParcelState::DueBack
    )
}

#[component]
fn TheirParcels(villager_id: String) -> impl IntoView {
    let i18n = use_i18n();
    let station = use_app().station;
    let id = StoredValue::new(villager_id);
    let parcels = Memo::new(move |_| {
        let now = station.now.get();
        station.orders.with(|orders| {
            orders
                .iter()
                .filter(|o| o.villager_id.as_deref() == Some(&id.get_value()))
                .filter_map(|o| {
                    let t = tracking(o, now);
                    let stage = t.as_ref().map(|t| t.stage);
                    if matches!(stage, Some(Stage::PickedUp | Stage::Returned)) {
                        return None;
                    }
                    let eta = t
                        .and_then(|t| t.eta)
                        .map(|e| days_until(now, e, local_offset_minutes()));
                    Some((
                        o.id.clone(),
                        o.lines
                            .first()
                            .map(|l| (l.picture.clone(), l.category.clone(), l.title.clone())),
                        stage,
                        eta,
                    ))
                })
                .collect::<Vec<_>>()
        })
    });
    // Parcels couriers left for them: the courier and the days waiting, never the code.
    let from_couriers = Memo::new(move |_| {
        let now = station.now.get();
        station.courier_parcels.with(|all| {
            all.iter()
                .filter(|p| p.villager_id == id.get_value() && courier_waiting(p, now))
                .map(|p| (p.id.clone(), p.courier, days_waiting(p.arrived_at, now)))
                .collect::<Vec<_>>()
        })
    });
    view! {
        <ul class="parcel-list">
            <For each=move || from_couriers.get() key=|p| p.clone() let:parcel>
                {
                    let (_, courier, days) = parcel;
                    let here = Signal::derive(move || {
                        let locale = i18n.get_locale();
                        td_string!(locale, parcels.courier_here, courier = courier_name(locale, courier)).to_string()
                    });
                    view! {
                        <li class="parcel-row courier-parcel">
                            <p class="status stage-pill stage-at_station">
                                <Icon icon=icondata::LuTruck />
                                <span>{move || courier_name(i18n.get_locale(), courier)}</span>
                            </p>
                            <p class="cart-line-title">{here}</p>
                            <p class="eta">{move || t_string!(i18n, station.waiting_days, count = days).to_string()}</p>
                            <SpeakButton text=here />
                        </li>
                    }
                }
            </For>
            <For each=move || parcels.get() key=|p| (p.0.clone(), p.2, p.3) let:parcel>
                {
                    let (_, first, stage, eta) = parcel;
                    let speech = Signal::derive(move || match stage {
                        Some(stage) => parcel_speech(i18n.get_locale(), stage, eta),
                        None => t_string!(i18n, orders.waiting).to_string(),
                    });
                    view! {
                        <li class="parcel-row">
                            {first
                                .map(|(picture, category, title)| {
                                    view! {
                                        <crate::components::product_image::ProductImage src=picture category alt="" lazy=true />
                                        <p class="cart-line-title">{move || title.get(lang_of(i18n.get_locale())).to_string()}</p>
                                    }
                                })}
                            // Each stage its own picture, word and colour (never colour alone).
                            <p class=format!("status stage-pill stage-{}", stage.map_or("unsent", Stage::code))>
                                <Icon icon=stage.map_or(icondata::LuClock, stage_icon) />
                                <span>
                                    {move || match stage {
                                        Some(s) => stage_word(i18n.get_locale(), s).to_string(),
                                        None => t_string!(i18n, orders.waiting).to_string(),
                                    }}
                                </span>
                            </p>
                            <p class="eta">{move || eta.map(|d| eta_words(i18n.get_locale(), d))}</p>
                            <SpeakButton text=speech />
                        </li>
                    }
                }
            </For>
        </ul>
    }
}
