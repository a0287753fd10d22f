use leptos::prelude::*;
use leptos_router::components::A;

use crate::domain::catalog::{Category, GENERIC_PICTOGRAM};
use crate::i18n::*;
use crate::routes::Route;
use crate::words::lang_of;

/// A big category tile: pictogram and word; the whole tile is the link.
#[component]
pub fn CategoryTile(
    /// The category shown.
    category: Category,
) -> impl IntoView {
    let i18n = use_i18n();
    let pictogram = RwSignal::new(category.pictogram());
    let href = Route::Category(category.slug.clone()).path();
    let name = category.name.clone();
    view! {
        <li class="tile category-tile">
            <A href=href attr:class="tile-link" attr:data-lesson="category-tile">
                // The word beside it names the tile: the picture is decoration for screen readers.
                <img
                    class="pictogram"
                    src=move || pictogram.get()
                    alt=""
                    width="96"
                    height="96"
                    on:error=move |_| pictogram.set(GENERIC_PICTOGRAM.to_string())
                />
                <span class="tile-name">{move || name.get(lang_of(i18n.get_locale())).to_string()}</span>
            </A>
        </li>
    }
}
