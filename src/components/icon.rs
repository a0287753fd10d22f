use leptos::prelude::*;

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
