//! The villagers the station serves: the list (here) and one villager's form (`form`).

use leptos::prelude::*;
use leptos_router::hooks::use_navigate;

use crate::components::avatar::Avatar;
use crate::components::icon::{Icon, IconLink};
use crate::components::partner_gate::PartnerScreen;
use crate::domain::catalog::Unit;
use crate::domain::lesson::TAG_HAS_CART;
use crate::domain::station::Villager;
use crate::domain::villager::{parse_phone, villager_matches};
use crate::i18n::*;
use crate::routes::Route;
use crate::store::use_app;
use crate::words::count_with_unit;

mod form;
pub use form::VillagerPage;

/// The villagers the station serves: search by name or phone digits, serve, edit, add.
#[component]
pub fn VillagersPage() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <PartnerScreen title=t_signal!(i18n, villagers.title) hint=t_signal!(i18n, villagers.hint)>
            <VillagerList />
        </PartnerScreen>
    }
}

#[component]
fn VillagerList() -> impl IntoView {
    let i18n = use_i18n();
    let station = use_app().station;
    let query = RwSignal::new(String::new());
    let show_archived = RwSignal::new(false);
    let shown = Memo::new(move |_| {
        let q = query.get();
        let archived = show_archived.get();
        station.villagers.with(|all| {
            all.iter()
                .filter(|v| v.archived == archived)
                .filter(|v| {
                    let phone = v.phone.as_deref().and_then(|p| parse_phone(p).ok());
                    villager_matches(&q, &v.name, phone.as_ref())
                })
                .cloned()
                .collect::<Vec<_>>()
        })
    });
    view! {
        <div class="toolbar">
            <IconLink to=Route::NewVillager icon=icondata::LuUserPlus class="btn btn-primary">{t!(i18n, villagers.add)}</IconLink>
            <label class="search-row villager-search">
                <Icon icon=icondata::LuSearch />
                <span class="visually-hidden">{t!(i18n, villagers.search)}</span>
                <input
                    type="search"
                    class="search-input"
                    placeholder=move || t_string!(i18n, villagers.search)
                    bind:value=query
                />
            </label>
            <label class="choice">
                <input type="checkbox" bind:checked=show_archived />
                <span>{t!(i18n, villagers.show_archived)}</span>
            </label>
        </div>
        <Show
            when=move || !shown.with(Vec::is_empty)
            fallback=move || {
                view! {
                    <p class="empty">
                        {move || {
                            if station.villagers.with(Vec::is_empty) {
                                t_string!(i18n, villagers.none)
                            } else {
                                t_string!(i18n, villagers.no_match)
                            }
                        }}
                    </p>
                }
            }
        >
            <ul class="villager-list">
                <For each=move || shown.get() key=|v| (v.id.clone(), v.name.clone(), v.avatar, v.archived) let:v>
                    <VillagerRow villager=v />
                </For>
            </ul>
        </Show>
    }
}

#[component]
fn VillagerRow(villager: Villager) -> impl IntoView {
    let i18n = use_i18n();
    let station = use_app().station;
    let navigate = use_navigate();
    let id = StoredValue::new(villager.id.clone());
    let serving = move || {
        station
            .serving
            .with(|s| s.as_deref() == Some(&id.get_value()))
    };
    let pieces = move || {
        station
            .cart_of(&id.get_value())
            .map_or(0, |c| c.cart.totals().items)
    };
    let serve = Callback::new(move |()| {
        station.serve(Some(id.get_value()));
        navigate(&Route::Home.path(), Default::default());
    });
    let phone = villager
        .phone
        .as_deref()
        .and_then(|p| parse_phone(p).ok())
        .map(|p| p.grouped());
    let archived = villager.archived;
    view! {
        <li class="villager-row">
            <Avatar index=villager.avatar class="avatar-big" />
            <div class="villager-info">
                <p class="villager-name">{villager.name.clone()}</p>
                <p class="muted">{villager.village.clone()}</p>
                <p class="muted">{phone}</p>
                <Show when=move || { pieces() > 0 }>
                    <p class="notice">
                        <Icon icon=icondata::LuShoppingCart />
                        <span>{move || t_string!(i18n, villagers.open_cart, qty = count_with_unit(i18n.get_locale(), pieces(), Unit::Piece)).to_string()}</span>
                    </p>
                </Show>
            </div>
            <div class="row-actions">
                <Show when=move || !archived>
                    <Show
                        when=serving
                        fallback=move || {
                            view! {
                                <button
                                    type="button"
                                    class="btn btn-primary"
                                    data-lesson="villager-serve"
                                    data-lesson-tag=move || (pieces() > 0).then_some(TAG_HAS_CART)
                                    on:click=move |_| serve.run(())
                                >
                                    <Icon icon=icondata::LuUserCheck />
                                    <span>{t!(i18n, villagers.serve)}</span>
                                </button>
                            }
                        }
                    >
                        <p class="saved">
                            <Icon icon=icondata::LuUserCheck />
                            <span>{t!(i18n, villagers.serving)}</span>
                        </p>
                    </Show>
                </Show>
                <IconLink to=Route::Villager(villager.id.clone()) icon=icondata::LuPencil>{t!(i18n, villagers.edit)}</IconLink>
            </div>
        </li>
    }
}
