//! One villager: new (`/villagers/new`) or existing (`/villagers/:id`).

use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::{use_navigate, use_params_map};

use crate::components::avatar::Avatar;
use crate::components::confirm_button::ConfirmButton;
use crate::components::icon::Icon;
use crate::components::page_heading::PageHeading;
use crate::components::partner_gate::PartnerGate;
use crate::domain::station::{AVATAR_COUNT, Villager};
use crate::domain::villager::{VillagerError, parse_phone, validate_villager};
use crate::i18n::*;
use crate::routes::{IdParam, Route};
use crate::store::use_app;
use crate::words::villager_error;

/// A new villager (`/villagers/new`) or an existing one (`/villagers/:id`).
#[component]
pub fn VillagerPage() -> impl IntoView {
    let i18n = use_i18n();
    let params = use_params_map();
    let station = use_app().station;
    let id = Memo::new(move |_| params.with(IdParam::read).id);
    let title = Signal::derive(move || {
        if id.get().is_some() {
            t_string!(i18n, villagers.edit_title).to_string()
        } else {
            t_string!(i18n, villagers.new_title).to_string()
        }
    });
    view! {
        <PartnerGate>
            <PageHeading
                title
                hint=t_signal!(i18n, villagers.form_hint)
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

/// The villager's name, village, phone and picture; save, cancel, archive or bring back.
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
                .map(|e| villager_error(i18n.get_locale(), e))
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
                                        {move || t_string!(i18n, villagers.avatar_n, n = i + 1).to_string()}
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
                                    label=t_signal!(i18n, villagers.archive)
                                    question=t_signal!(i18n, villagers.archive_ask)
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
