use leptos::prelude::*;

use crate::domain::catalog::{GENERIC_PICTOGRAM, pictogram_for};

/// A product picture that never shows the browser's broken-image icon: when the picture fails
/// (remote pictures live on an outside CDN), the category's pictogram takes its place, then a parcel.
#[component]
pub fn ProductImage(
    /// The product's own picture, if any.
    src: Option<String>,
    /// The product's category slug, for the fallback pictogram.
    category: String,
    /// Text alternative in the current language ("" when the name is already next to it).
    #[prop(into)]
    alt: Signal<String>,
    /// Load only when near the screen (tiles); the product screen's big picture loads at once.
    #[prop(optional)]
    lazy: bool,
) -> impl IntoView {
    // "Save data" (settings): the category pictogram (precached) instead of the picture.
    let save_data = crate::store::use_app()
        .settings
        .with_untracked(|s| s.save_data);
    let candidates: Vec<String> = src
        .filter(|_| !save_data)
        .into_iter()
        .chain([pictogram_for(&category), GENERIC_PICTOGRAM.to_string()])
        .collect();
    let attempt = RwSignal::new(0usize);
    let last = candidates.len() - 1;
    let current = move || candidates[attempt.get().min(last)].clone();
    view! {
        <img
            class="product-img"
            src=current
            alt=alt
            width="160"
            height="160"
            decoding="async"
            loading=if lazy { "lazy" } else { "eager" }
            on:error=move |_| attempt.update(|a| *a = (*a + 1).min(last))
        />
    }
}
