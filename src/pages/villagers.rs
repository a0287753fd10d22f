use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::{use_navigate, use_params_map};

use crate::components::avatar::Avatar;
use crate::components::confirm_button::ConfirmButton;
use crate::components::icon::Icon;
use crate::components::page_heading::PageHeading;
use crate::components::partner_gate::PartnerGate;
use crate::domain::catalog::Unit;
use crate::domain::lesson::TAG_HAS_CART;
use crate::domain::station::{AVATAR_COUNT, Villager};
use crate::domain::villager::{
    PhoneError, VillagerError, parse_phone, validate_villager, villager_matches,
};
use crate::i18n::*;
use crate::routes::Route;
use crate::store::use_app;
use crate::voice::hints::count_with_unit;

/// The villagers the station serves: search by name or phone digits, serve, edit, add.
#[component]
pub fn VillagersPage() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <PartnerGate>
            <PageHeading
                title=Signal::derive(move || td_string!(i18n.get_locale(), villagers.title).to_string())
                hint=Signal::derive(move || td_string!(i18n.get_locale(), villagers.hint).to_string())
            />
            <VillagerList />
        </PartnerGate>
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
            <A href=Route::NewVillager.path() attr:class="btn btn-primary">
                <Icon icon=icondata::LuUserPlus />
                <span>{t!(i18n, villagers.add)}</span>
            </A>
            <label class="search-row villager-search">
                <Icon icon=icondata::LuSearch />
                <span class="visually-hidden">{t!(i18n, villagers.search)}</span>
                <input
                    type="search"
                    class="search-input"
                    placeholder=move || td_string!(i18n.get_locale(), villagers.search)
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
                                td_string!(i18n.get_locale(), villagers.none)
                            } else {
                                td_string!(i18n.get_locale(), villagers.no_match)
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
                        <span>{move || td_string!(i18n.get_locale(), villagers.open_cart, qty = count_with_unit(i18n.get_locale(), pieces(), Unit::Piece)).to_string()}</span>
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
                <A href=Route::Villager(villager.id.clone()).path() attr:class="btn">
                    <Icon icon=icondata::LuPencil />
                    <span>{t!(i18n, villagers.edit)}</span>
                </A>
            </div>
        </li>
    }
}

/// A new villager (`/villagers/new`) or an existing one (`/villagers/:id`).
#[component]
pub fn VillagerPage() -> impl IntoView {
    let i18n = use_i18n();
    let params = use_params_map();
    let station = use_app().station;
    let id = Memo::new(move |_| params.with(|p| p.get("id")));
    let title = Signal::derive(move || {
        if id.get().is_some() {
            td_string!(i18n.get_locale(), villagers.edit_title).to_string()
        } else {
            td_string!(i18n.get_locale(), villagers.new_title).to_string()
        }
    });
    view! {
        <PartnerGate>
            <PageHeading
                title
                hint=Signal::derive(move || td_string!(i18n.get_locale(), villagers.form_hint).to_string())
            />
            {move || match id.get() {
                None => view! { <VillagerForm villager=None /> }.into_any(),
                Some(id) => {
                    match station.villagers.with_untracked(|all| all.iter().find(|v| v.id == id).cloned()) {
                        Some(v) => view! { <VillagerForm villager=Some(v) /> }.into_any(),
                        None => {
                            view! {
                                <p class="empty">{t!(i18n, villagers.missing)}</p>
                                <A href=Route::Villagers.path() attr:class="btn btn-primary">
                                    <Icon icon=icondata::LuUsers />
                                    <span>{t!(i18n, villagers.title)}</span>
                                </A>
                            }
                                .into_any()
                        }
                    }
                }
            }}
        </PartnerGate>
    }
}

fn error_text(locale: Locale, error: VillagerError) -> &'static str {
    match error {
        VillagerError::NameMissing => td_string!(locale, villagers.err_name),
        VillagerError::NameTooLong => td_string!(locale, villagers.err_name_long),
        VillagerError::VillageTooLong => td_string!(locale, villagers.err_village_long),
        VillagerError::Phone(PhoneError::Length) => td_string!(locale, villagers.err_phone_length),
        VillagerError::Phone(PhoneError::NotMobile) => {
            td_string!(locale, villagers.err_phone_mobile)
        }
        VillagerError::Phone(PhoneError::NotDigits) => {
            td_string!(locale, villagers.err_phone_digits)
        }
    }
}

#[component]
fn VillagerForm(villager: Option<Villager>) -> impl IntoView {
    let i18n = use_i18n();
    let station = use_app().station;
    let navigate = use_navigate();
    let existing = villager.as_ref().map(|v| v.id.clone());
    let archived = villager.as_ref().is_some_and(|v| v.archived);
    let name = RwSignal::new(
        villager
            .as_ref()
            .map(|v| v.name.clone())
            .unwrap_or_default(),
    );
    let village = RwSignal::new(
        villager
            .as_ref()
            .map(|v| v.village.clone())
            .unwrap_or_default(),
    );
    let phone = RwSignal::new(
        villager
            .as_ref()
            .and_then(|v| v.phone.as_deref())
            .and_then(|p| parse_phone(p).ok())
            .map(|p| p.grouped())
            .unwrap_or_default(),
    );
    let avatar = RwSignal::new(villager.as_ref().map_or(0, |v| v.avatar));
    let errors = RwSignal::new(Vec::<VillagerError>::new());
    let error_for = move |pick: fn(&VillagerError) -> bool| {
        move || {
            errors
                .get()
                .into_iter()
                .find(pick)
                .map(|e| error_text(i18n.get_locale(), e))
        }
    };
    let existing_id = StoredValue::new(existing.clone());
    let go_list = {
        let navigate = navigate.clone();
        move || navigate(&Route::Villagers.path(), Default::default())
    };
    let save = {
        let go_list = go_list.clone();
        move |ev: leptos::ev::SubmitEvent| {
            ev.prevent_default();
            match validate_villager(&name.get(), &village.get(), &phone.get()) {
                Ok(input) => {
                    errors.set(Vec::new());
                    match existing_id.get_value() {
                        Some(id) => station.update_villager(&id, input, avatar.get()),
                        None => {
                            station.add_villager(input, avatar.get());
                        }
                    }
                    go_list();
                }
                Err(found) => errors.set(found),
            }
        }
    };
    let archive = {
        let go_list = go_list.clone();
        move || {
            if let Some(id) = existing_id.get_value() {
                station.set_archived(&id, !archived);
                go_list();
            }
        }
    };
    view! {
        <form class="form villager-form" on:submit=save novalidate>
            <label class="field">
                <span class="field-label">{t!(i18n, villagers.name)}</span>
                <input
                    type="text"
                    autocomplete="off"
                    maxlength="40"
                    bind:value=name
                    aria-invalid=move || errors.with(|e| e.iter().any(|e| matches!(e, VillagerError::NameMissing | VillagerError::NameTooLong))).to_string()
                />
                <span class="field-error" role="alert">
                    {error_for(|e| matches!(e, VillagerError::NameMissing | VillagerError::NameTooLong))}
                </span>
            </label>
            <label class="field">
                <span class="field-label">{t!(i18n, villagers.village)}</span>
                <input type="text" autocomplete="off" maxlength="60" bind:value=village />
                <span class="field-error" role="alert">
                    {error_for(|e| matches!(e, VillagerError::VillageTooLong))}
                </span>
            </label>
            <label class="field">
                <span class="field-label">{t!(i18n, villagers.phone)}</span>
                <input
                    type="tel"
                    inputmode="numeric"
                    autocomplete="off"
                    maxlength="20"
                    bind:value=phone
                    aria-invalid=move || errors.with(|e| e.iter().any(|e| matches!(e, VillagerError::Phone(_)))).to_string()
                />
                <span class="field-error" role="alert">
                    {error_for(|e| matches!(e, VillagerError::Phone(_)))}
                </span>
            </label>
            <fieldset class="field">
                <legend class="field-label">{t!(i18n, villagers.avatar)}</legend>
                <div class="avatar-grid">
                    {(0..AVATAR_COUNT)
                        .map(|i| {
                            view! {
                                <label class="avatar-choice">
                                    <input
                                        type="radio"
                                        name="avatar"
                                        prop:checked=move || avatar.get() == i
                                        on:change=move |_| avatar.set(i)
                                    />
                                    <Avatar index=i class="avatar-big" />
                                    <span class="visually-hidden">
                                        {move || td_string!(i18n.get_locale(), villagers.avatar_n, n = i + 1).to_string()}
                                    </span>
                                </label>
                            }
                        })
                        .collect_view()}
                </div>
            </fieldset>
            <div class="actions">
                <button type="submit" class="btn btn-primary">
                    <Icon icon=icondata::LuCheck />
                    <span>{t!(i18n, villagers.save)}</span>
                </button>
                <A href=Route::Villagers.path() attr:class="btn">
                    <Icon icon=icondata::LuX />
                    <span>{t!(i18n, villagers.cancel)}</span>
                </A>
                {existing
                    .is_some()
                    .then(|| {
                        if archived {
                            view! {
                                <button type="button" class="btn" on:click=move |_| archive()>
                                    <Icon icon=icondata::LuArchiveRestore />
                                    <span>{t!(i18n, villagers.unarchive)}</span>
                                </button>
                            }
                                .into_any()
                        } else {
                            let archive = archive.clone();
                            view! {
                                <ConfirmButton
                                    label=Signal::derive(move || td_string!(i18n.get_locale(), villagers.archive).to_string())
                                    question=Signal::derive(move || td_string!(i18n.get_locale(), villagers.archive_ask).to_string())
                                    icon=icondata::LuArchive
                                    on_confirm=move |_| archive()
                                />
                            }
                                .into_any()
                        }
                    })}
            </div>
        </form>
    }
}
