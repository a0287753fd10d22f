//! What the tablet keeps: save data, storage used, and erasing a villager's data.

use leptos::prelude::*;

use crate::components::avatar::Avatar;
use crate::components::confirm_button::ConfirmButton;
use crate::i18n::*;
use crate::store::use_app;

/// Save data, and what the tablet keeps: storage used of the quota, and whether it is persistent.
#[component]
pub(super) fn OfflineSection() -> impl IntoView {
    let i18n = use_i18n();
    let app = use_app();
    let save_data = RwSignal::new(app.settings.with_untracked(|s| s.save_data));
    let usage = LocalResource::new(crate::store::pwa::estimate);
    view! {
        <section class="settings-section">
            <label class="choice">
                <input
                    type="checkbox"
                    prop:checked=move || save_data.get()
                    on:change=move |_| {
                        let on = !save_data.get_untracked();
                        save_data.set(on);
                        let _ = app.update_settings(|s| s.save_data = on);
                    }
                />
                <span>{t!(i18n, settings.save_data)}</span>
            </label>
            <p class="muted">
                {move || {
                    usage
                        .get()
                        .flatten()
                        .map(|(used, quota)| {
                            t_string!(i18n, settings.storage, used = used, quota = quota).to_string()
                        })
                }}
            </p>
            <p class="muted">
                {move || match app.pwa.persisted.get() {
                    Some(true) => Some(t_string!(i18n, settings.persisted)),
                    Some(false) => Some(t_string!(i18n, settings.not_persisted)),
                    None => None,
                }}
            </p>
        </section>
    }
}

/// Erasing a villager's data: the record, the open cart, and the name on past orders.
#[component]
pub(super) fn EraseVillagers() -> impl IntoView {
    let i18n = use_i18n();
    let station = use_app().station;
    view! {
        <section class="settings-section">
            <h2>{t!(i18n, settings.erase_title)}</h2>
            <p class="muted">{t!(i18n, settings.erase_note)}</p>
            <Show
                when=move || !station.villagers.with(Vec::is_empty)
                fallback=move || view! { <p class="muted">{t!(i18n, villagers.none)}</p> }
            >
                <ul class="villager-list">
                    <For each=move || station.villagers.get() key=|v| v.id.clone() let:v>
                        {
                            let id = v.id.clone();
                            let name = v.name.clone();
                            view! {
                                <li class="villager-row">
                                    <Avatar index=v.avatar class="avatar-small" />
                                    <p class="villager-name">{v.name.clone()}</p>
                                    <ConfirmButton
                                        label=t_signal!(i18n, settings.erase)
                                        question=Signal::derive(move || t_string!(i18n, settings.erase_ask, name = name.clone()).to_string())
                                        icon=icondata::LuTrash2
                                        class="btn-danger"
                                        on_confirm=move |_| station.erase(&id)
                                    />
                                </li>
                            }
                        }
                    </For>
                </ul>
            </Show>
        </section>
    }
}
