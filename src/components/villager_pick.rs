//! Choosing a villager by picture, or by typing part of a name or phone number when the station
//! has many: the picture grid every partner form uses to say whose something is (a courier's
//! parcel, goods for sale).

use leptos::prelude::*;

use crate::components::avatar::Avatar;
use crate::components::icon::IconLink;
use crate::components::text_field::TextField;
use crate::domain::villager::{parse_phone, villager_matches};
use crate::i18n::*;
use crate::routes::Route;
use crate::store::use_app;

#[component]
pub fn VillagerPick(
    /// The chosen villager's id.
    chosen: RwSignal<Option<String>>,
    /// The radio group's name.
    group: &'static str,
    /// What is being chosen ("whose parcel").
    #[prop(into)]
    legend: Signal<String>,
) -> impl IntoView {
    let i18n = use_i18n();
    let station = use_app().station;
    let query = RwSignal::new(String::new());
    let villagers = Memo::new(move |_| {
        station.villagers.with(|all| {
            all.iter()
                .filter(|v| !v.archived)
                .map(|v| (v.id.clone(), v.name.clone(), v.avatar, v.phone.clone()))
                .collect::<Vec<_>>()
        })
    });
    // The chosen one stays in view whatever is typed.
    let shown = Memo::new(move |_| {
        let q = query.get();
        let chosen = chosen.get();
        villagers.with(|all| {
            all.iter()
                .filter(|v| {
                    let phone = v.3.as_deref().and_then(|p| parse_phone(p).ok());
                    chosen.as_deref() == Some(v.0.as_str())
                        || villager_matches(&q, &v.1, phone.as_ref())
                })
                .map(|v| (v.0.clone(), v.1.clone(), v.2))
                .collect::<Vec<_>>()
        })
    });
    view! {
        <fieldset class="field villager-pick-field">
            <legend class="field-label">{legend}</legend>
            <Show
                when=move || !villagers.with(Vec::is_empty)
                fallback=move || view! {
                    <p class="empty">{t!(i18n, villagers.none)}</p>
                    <IconLink to=Route::NewVillager icon=icondata::LuUserPlus>{t!(i18n, villagers.add)}</IconLink>
                }
            >
                <TextField value=query max=20>{t!(i18n, villagers.search)}</TextField>
                <div class="avatar-grid villager-pick">
                    <For each=move || shown.get() key=|v| v.0.clone() let:v>
                        {
                            let id = StoredValue::new(v.0.clone());
                            view! {
                                <label class="avatar-choice villager-choice">
                                    <input
                                        type="radio"
                                        name=group
                                        prop:checked=move || chosen.with(|w| w.as_deref() == Some(id.get_value().as_str()))
                                        on:change=move |_| chosen.set(Some(id.get_value()))
                                    />
                                    <Avatar index=v.2 class="avatar-big" />
                                    <span>{v.1.clone()}</span>
                                </label>
                            }
                        }
                    </For>
                </div>
                <Show when=move || shown.with(Vec::is_empty)>
                    <p class="empty">{t!(i18n, villagers.no_match)}</p>
                </Show>
            </Show>
        </fieldset>
    }
}
