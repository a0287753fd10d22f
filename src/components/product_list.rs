use leptos::html::Div;
use leptos::prelude::*;
use leptos_use::use_intersection_observer;

use crate::components::error_panel::{ErrorPanel, Loading};
use crate::components::icon::{Icon, IconButton};
use crate::components::product_tile::ProductTile;
use crate::i18n::*;
use crate::store::paging::PagedList;

/// A grid of product tiles that loads the next page when its end scrolls into view, or when the
/// big "more" button is tapped; a failed page shows the error panel with a retry.
#[component]
pub fn ProductList(
    /// The paged list to show.
    list: PagedList,
) -> impl IntoView {
    let i18n = use_i18n();
    let sentinel = NodeRef::<Div>::new();
    // Near the end of the grid: load the next page without waiting for a tap.
    use_intersection_observer(sentinel, move |entries, _| {
        let visible = entries.iter().any(|e| e.is_intersecting());
        if visible && list.error.get_untracked().is_none() {
            list.load_more();
        }
    });
    view! {
        <ul class="grid product-grid">
            <For
                each=move || list.items.get()
                key=|p| p.id
                children=|product| view! { <ProductTile product /> }
            />
        </ul>
        {move || {
            let skipped = list.skipped.get();
            (skipped > 0)
                .then(|| {
                    view! {
                        <p class="notice">
                            <Icon icon=icondata::LuInfo />
                            <span>{t!(i18n, category.skipped, count = skipped)}</span>
                        </p>
                    }
                })
        }}
        {move || {
            if let Some(error) = list.error.get() {
                view! { <ErrorPanel error on_retry=move |_| list.load_more() /> }.into_any()
            } else if list.loading.get() {
                view! { <Loading /> }.into_any()
            } else if list.has_more() {
                view! {
                    <IconButton icon=icondata::LuChevronDown class="btn btn-primary more-btn" on_click=move |_| list.load_more()>{t!(i18n, category.more)}</IconButton>
                }
                    .into_any()
            } else {
                ().into_any()
            }
        }}
        <div class="sentinel" node_ref=sentinel></div>
    }
}
