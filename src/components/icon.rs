use leptos::prelude::*;
use leptos_router::components::A;

use crate::routes::Route;

/// An interface icon (Lucide, from icondata), hidden from screen readers: the word next to it
/// carries the meaning. Drawn from the icon's compile-time SVG markup (never from API data).
#[component]
pub fn Icon(
    /// The icon, e.g. `icondata::LuVolume2`.
    icon: icondata::Icon,
) -> impl IntoView {
    view! {
        <span class="icon" aria-hidden="true">
            <svg
                width="1.25em"
                height="1.25em"
                viewBox=icon.view_box
                fill=icon.fill.unwrap_or("currentColor")
                stroke=icon.stroke
                stroke-width=icon.stroke_width
                stroke-linecap=icon.stroke_linecap
                stroke-linejoin=icon.stroke_linejoin
                inner_html=icon.data
            ></svg>
        </span>
    }
}

/// A button: its icon and its word, the way every button in the app looks. Events and other
/// attributes go on it as on a `<button>` (`on:click=…`, `attr:disabled=…`,
/// `attr:data-lesson=…`).
#[component]
pub fn IconButton(
    /// The picture before the word.
    icon: icondata::Icon,
    /// Its classes: `btn`, `btn btn-primary`, `btn btn-huge`…
    #[prop(default = "btn")]
    class: &'static str,
    /// Sends its form (the form's main action) instead of acting on a click.
    #[prop(optional)]
    submit: bool,
    /// The word.
    children: Children,
) -> impl IntoView {
    view! {
        <button type=if submit { "submit" } else { "button" } class=class>
            <Icon icon />
            <span>{children()}</span>
        </button>
    }
}

/// A link that looks like a button: its icon and its word, to one of the app's screens.
/// Other attributes go on it as on a link (`attr:data-lesson=…`).
#[component]
pub fn IconLink(
    /// Where it goes.
    to: Route,
    /// The picture before the word.
    icon: icondata::Icon,
    /// Its classes: `btn`, `btn btn-primary`…
    #[prop(default = "btn")]
    class: &'static str,
    /// The word.
    children: Children,
) -> impl IntoView {
    view! {
        <A href=to.path() attr:class=class>
            <Icon icon />
            <span>{children()}</span>
        </A>
    }
}
