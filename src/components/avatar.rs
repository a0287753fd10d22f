use leptos::prelude::*;

use crate::domain::station::{AVATAR_COUNT, avatar_src};
use crate::i18n::*;

/// A villager's chosen picture (decorative: the name is always written beside it).
#[component]
pub fn Avatar(
    /// Which avatar.
    #[prop(into)]
    index: Signal<u8>,
    /// Size class: `avatar-small`, `avatar-big`.
    #[prop(optional)]
    class: &'static str,
) -> impl IntoView {
    view! { <img class=format!("avatar {class}") src=move || avatar_src(index.get()) alt="" /> }
}

/// The villager's picture, chosen from all of them: big pictures, the chosen one framed and
/// ticked, each named for screen readers ("picture 3").
#[component]
pub fn AvatarPicker(
    /// The chosen picture.
    chosen: RwSignal<u8>,
) -> impl IntoView {
    let i18n = use_i18n();
    view! {
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
                                    prop:checked=move || chosen.get() == i
                                    on:change=move |_| chosen.set(i)
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
    }
}
