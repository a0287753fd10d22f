//! The "village goods" shelf on the home screen: the station's listings with something left,
//! newest first, each opening its own screen with the trace card. In the goods' part of the wasm
//! (the home shows it only when a listing is stored: `store::station::goods_on_shelf`).

use leptos::prelude::*;

use crate::components::product_image::ProductImage;
use crate::i18n::*;
use crate::routes::Route;
use crate::store::use_app;
use crate::words::unit_word;

use super::follow_produce;
use super::row::listing_title;

#[component]
pub fn VillageShelf() -> impl IntoView {
    let i18n = use_i18n();
    let station = use_app().station;
    follow_produce();
    let goods = Memo::new(move |_| {
        let mut on_shelf: Vec<_> = station
            .listings
            .with(|all| all.iter().filter(|l| l.quantity > 0).cloned().collect());
        on_shelf.sort_by_key(|l| std::cmp::Reverse(l.listed_at));
        on_shelf
    });
    view! {
        <Show when=move || !goods.with(Vec::is_empty)>
            <section class="village-shelf" aria-labelledby="village-shelf-title">
                <h2 id="village-shelf-title">{t!(i18n, produce.shelf)}</h2>
                <ul class="grid product-grid">
                    <For each=move || goods.get() key=|l| (l.id.clone(), l.quantity) let:l>
                        {
                            let title = listing_title(i18n.get_locale_untracked(), &l);
                            let unit = l.unit;
                            view! {
                                <li class="tile product-tile">
                                    <a class="tile-link" href=Route::Produce(l.id.clone()).path()>
                                        <ProductImage src=l.photo.clone() category=l.category.clone() alt="" lazy=true />
                                        <span class="tile-name">{title}</span>
                                        <span class="price">
                                            {l.price_per_unit.to_string()} " "
                                            {move || t_string!(i18n, product.per_unit, unit = unit_word(i18n.get_locale(), unit)).to_string()}
                                        </span>
                                    </a>
                                </li>
                            }
                        }
                    </For>
                </ul>
            </section>
        </Show>
    }
}
