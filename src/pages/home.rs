use leptos::prelude::*;

use crate::components::category_tile::CategoryTile;
use crate::components::error_panel::{ErrorPanel, Loading};
use crate::components::icon::IconLink;
use crate::components::page_heading::PageHeading;
use crate::components::split_screen::SplitScreen;
use crate::i18n::*;
use crate::pages::split;
use crate::routes::Route;
use crate::store::use_app;
use crate::words::{Screen, screen_hint};

/// Home: the grid of big category tiles.
#[component]
pub fn HomePage() -> impl IntoView {
    let i18n = use_i18n();
    let app = use_app();
    let courier_waiting = app.station.courier_parcel_waiting();
    let goods = crate::store::station::goods_on_shelf();
    let categories = app.categories;
    view! {
        <PageHeading
            title=t_signal!(i18n, home.title)
            hint=Signal::derive(move || screen_hint(i18n.get_locale(), &Screen::Home))
        />
        <Show when=move || courier_waiting || app.station.orders.with(|o| o.iter().any(|o| o.picked_up_at.is_none()))>
            <IconLink to=Route::Parcels icon=icondata::LuPackage class="btn btn-primary parcels-link">{t!(i18n, parcels.link)}</IconLink>
        </Show>
        <Suspense fallback=Loading>
            {move || Suspend::new(async move {
                match categories.await {
                    Ok(list) if list.is_empty() => {
                        view! { <p class="empty">{t!(i18n, home.empty)}</p> }.into_any()
                    }
                    Ok(list) => {
                        view! {
                            <ul class="grid category-grid">
                                {list
                                    .into_iter()
                                    .map(|category| view! { <CategoryTile category /> })
                                    .collect_view()}
                            </ul>
                        }
                            .into_any()
                    }
                    Err(error) => {
                        view! { <ErrorPanel error on_retry=move |_| categories.refetch() /> }
                            .into_any()
                    }
                }
            })}
        </Suspense>
        {goods.then(|| view! { <SplitScreen load=split::village_shelf overlay=true /> })}
    }
}
