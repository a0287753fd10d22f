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

/// A button: its icon and its word, the way every button in the app looks. Static attributes go
/// on it as on a `<button>` (`attr:data-lesson=…`); its click, disabled and pressed states are
/// props, not spread attributes: a spread handler is not replaced when a screen re-renders in
/// place (an error panel after a failed retry), and would call into the panel that is gone.
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
    /// What a tap does.
    #[prop(optional, into)]
    on_click: Option<Callback<leptos::ev::MouseEvent>>,
    /// Greyed out and not tappable while true.
    #[prop(optional, into)]
    disabled: Signal<bool>,
    /// A toggle's state (`aria-pressed`), for buttons that switch something on and off.
    #[prop(optional, into)]
    pressed: Option<Signal<bool>>,
    /// The word.
    children: Children,
) -> impl IntoView {
    view! {
        <button
            type=if submit { "submit" } else { "button" }
            class=class
            disabled=move || disabled.get()
            aria-pressed=move || pressed.map(|p| p.get().to_string())
            on:click=move |ev| {
                if let Some(on_click) = on_click {
                    on_click.run(ev);
                }
            }
        >
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
