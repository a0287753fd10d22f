use leptos::prelude::*;
use leptos_router::NavigateOptions;
use leptos_router::hooks::{use_navigate, use_query_map};
use leptos_use::use_debounce_fn_with_arg;

use crate::api::{Endpoint, ListQuery};
use crate::components::icon::Icon;
use crate::components::page_heading::PageHeading;
use crate::components::product_list::ProductList;
use crate::domain::catalog::normalize_query;
use crate::i18n::*;
use crate::routes::Route;
use crate::store::paging::PagedList;
use crate::store::use_app;
use crate::words::{Screen, screen_hint};

/// How long typing must pause before the results follow (ms): one request per word, not per key.
const TYPE_PAUSE_MS: f64 = 300.0;

/// Search for the partner: results follow the typing; the query is in the address (`?q=`).
#[component]
pub fn SearchPage() -> impl IntoView {
    let i18n = use_i18n();
    let query = use_query_map();
    let navigate = use_navigate();
    let initial = query.with_untracked(|q| q.get("q").unwrap_or_default());
    // The address is what is searched (reload and back/forward work); the typing moves it once
    // it pauses.
    let wanted =
        Memo::new(move |_| normalize_query(&query.with(|q| q.get("q").unwrap_or_default())));
    let follow_typing = use_debounce_fn_with_arg(
        move |text: String| {
            let q = normalize_query(&text);
            if q != wanted.get_untracked() {
                let replace = NavigateOptions {
                    replace: true,
                    ..Default::default()
                };
                navigate(&Route::Search(Some(q)).path(), replace);
            }
        },
        TYPE_PAUSE_MS,
    );
    view! {
        <PageHeading
            title=t_signal!(i18n, search.title)
            hint=Signal::derive(move || screen_hint(i18n.get_locale(), &Screen::Search))
        />
        <form class="search-form" role="search" on:submit=|ev| ev.prevent_default()>
            <label for="search-input">{t!(i18n, search.label)}</label>
            <div class="search-row">
                <Icon icon=icondata::LuSearch />
                <input
                    id="search-input"
                    type="search"
                    autocomplete="off"
                    enterkeyhint="search"
                    maxlength="100"
                    placeholder=move || t_string!(i18n, search.placeholder)
                    value=initial
                    on:input:target=move |ev| {
                        follow_typing(ev.target().value());
                    }
                />
            </div>
        </form>
        {move || {
            let q = wanted.get();
            if q.is_empty() {
                view! { <p class="empty">{t!(i18n, search.start)}</p> }.into_any()
            } else {
                view! { <SearchResults q /> }.into_any()
            }
        }}
    }
}

#[component]
fn SearchResults(q: String) -> impl IntoView {
    let i18n = use_i18n();
    let app = use_app();
    let list_q = q.clone();
    let list = PagedList::new(app.backend.get_untracked(), move |skip| Endpoint::Search {
        q: list_q.clone(),
        list: ListQuery::tiles(skip),
    });
    // DummyJSON searches English text only; the bundled catalog also searches its Chinese text.
    let remote_cjk = !app.is_embedded() && !q.is_ascii();
    let shown_q = q.clone();
    view! {
        <p class="count" role="status">
            {move || match list.total.get() {
                Some(0) => t_string!(i18n, search.none, q = shown_q.clone()).to_string(),
                Some(n) => t_string!(i18n, search.results, count = n).to_string(),
                None => String::new(),
            }}
        </p>
        {remote_cjk
            .then(|| {
                view! {
                    <p class="notice">
                        <Icon icon=icondata::LuInfo />
                        <span>{t!(i18n, search.remote_english)}</span>
                    </p>
                }
            })}
        <ProductList list />
    }
}
