use leptos::prelude::*;

use crate::domain::station::avatar_src;

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
