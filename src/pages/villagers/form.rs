//! One villager: new (`/villagers/new`) or existing (`/villagers/:id`).

use leptos::prelude::*;
use leptos_router::hooks::{use_navigate, use_params_map};

use crate::components::avatar::AvatarPicker;
use crate::components::confirm_button::ConfirmButton;
use crate::components::icon::{IconButton, IconLink};
use crate::components::partner_gate::PartnerScreen;
use crate::components::text_field::{FieldKind, TextField};
use crate::domain::station::Villager;
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
        <PartnerScreen title hint=t_signal!(i18n, villagers.form_hint)>
            {move || match id.get() {
                None => view! { <VillagerForm villager=None /> }.into_any(),
                Some(id) => {
                    match station.villagers.with_untracked(|all| all.iter().find(|v| v.id == id).cloned()) {
                        Some(v) => view! { <VillagerForm villager=Some(v) /> }.into_any(),
                        None => {
                            view! {
                                <p class="empty">{t!(i18n, villagers.missing)}</p>
                                <IconLink to=Route::Villagers icon=icondata::LuUsers class="btn btn-primary">{t!(i18n, villagers.title)}</IconLink>
                            }
                                .into_any()
                        }
                    }
                }
            }}
        </PartnerScreen>
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
            <TextField
                value=name
                max=40
                error=Signal::derive(error_for(|e| matches!(e, VillagerError::NameMissing | VillagerError::NameTooLong)))
            >
                {t!(i18n, villagers.name)}
            </TextField>
            <TextField value=village max=60 error=Signal::derive(error_for(|e| matches!(e, VillagerError::VillageTooLong)))>
                {t!(i18n, villagers.village)}
            </TextField>
            <TextField
                value=phone
                max=20
                kind=FieldKind::Phone
                error=Signal::derive(error_for(|e| matches!(e, VillagerError::Phone(_))))
            >
                {t!(i18n, villagers.phone)}
            </TextField>
            <AvatarPicker chosen=avatar />
            <div class="actions">
                <IconButton icon=icondata::LuCheck submit=true class="btn btn-primary">{t!(i18n, villagers.save)}</IconButton>
                <IconLink to=Route::Villagers icon=icondata::LuX>{t!(i18n, villagers.cancel)}</IconLink>
                {existing
                    .is_some()
                    .then(|| {
                        if archived {
                            view! {
                                <IconButton icon=icondata::LuArchiveRestore on_click=move |_| archive()>{t!(i18n, villagers.unarchive)}</IconButton>
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
