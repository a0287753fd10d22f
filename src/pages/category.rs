use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

use crate::api::{Endpoint, ListQuery};
use crate::components::icon::IconLink;
use crate::components::page_heading::PageHeading;
use crate::components::product_list::ProductList;
use crate::i18n::*;
use crate::routes::Route;
use crate::routes::SlugParam;
use crate::store::paging::PagedList;
use crate::store::use_app;
use crate::words::{Screen, lang_of, screen_hint};

/// A category: its product tiles, page by page.
#[component]
pub fn CategoryPage() -> impl IntoView {
    let params = use_params_map();
    let slug = Memo::new(move |_| params.with(SlugParam::read).slug.unwrap_or_default());
    // A new category (or backend) is a new list: rebuild rather than patch the old one.
    move || {
        let slug = slug.get();
        view! { <CategoryProducts slug /> }
    }
}

#[component]
fn CategoryProducts(slug: String) -> impl IntoView {
    let i18n = use_i18n();
    let app = use_app();
    let backend = app.backend.get_untracked();
    let list_slug = slug.clone();
    let list = PagedList::new(backend, move |skip| Endpoint::Category {
        slug: list_slug.clone(),
        list: ListQuery::tiles(skip),
    });
    let name_slug = slug.clone();
    let name = Signal::derive(move || {
        let lang = lang_of(i18n.get_locale());
        app.categories
            .get()
            .and_then(|r| r.ok())
            .and_then(|cats| {
                cats.iter()
                    .find(|c| c.slug == name_slug)
                    .map(|c| c.name.get(lang).to_string())
            })
            .unwrap_or_else(|| name_slug.clone())
    });
    let hint = Signal::derive(move || {
        let count = list.total.get().unwrap_or(0);
        screen_hint(
            i18n.get_locale(),
            &Screen::Category {
                name: name.get(),
                count,
            },
        )
    });
    // The categories may have failed with the list (network down on a deep link): when a page
    // of the list arrives, the network is back; ask for them again so the title is the
    // category's name, not its slug.
    list.after_page(move || {
        if app.categories.with_untracked(|c| matches!(c, Some(Err(_)))) {
            app.categories.refetch();
        }
    });
    let empty = move || list.total.get() == Some(0) && list.error.get().is_none();
    view! {
        <PageHeading title=name hint />
        {move || {
            list.total
                .get()
                .map(|n| n.saturating_sub(list.skipped.get()))
                .filter(|n| *n > 0)
                .map(|count| view! { <p class="count">{t!(i18n, category.count, count = count)}</p> })
        }}
        <Show when=empty>
            <p class="empty">{t!(i18n, category.empty)}</p>
            <IconLink to=Route::Home icon=icondata::LuHouse class="btn btn-primary">{t!(i18n, category.back_home)}</IconLink>
        </Show>
        <ProductList list />
    }
}
