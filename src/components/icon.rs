use leptos::prelude::*;

/// An interface icon (Lucide), hidden from screen readers: the word next to it carries the meaning.
#[component]
pub fn Icon(
    /// The icon, e.g. `icondata::LuVolume2`.
    icon: icondata::Icon,
) -> impl IntoView {
    view! {
        <span class="icon" aria-hidden="true">
            <leptos_icons::Icon icon=icon width="1.25em" height="1.25em" />
        </span>
    }
}
