//! A listing's own screen, for anyone (a buyer at the counter, a phone that scanned its code):
//! the picture, name, price and what is left, and the trace card — who grew or made it (given
//! name and village only), the day, the station — with a QR code of this screen's address.

use leptos::prelude::*;

use crate::components::page_heading::PageHeading;
use crate::components::product_image::ProductImage;
use crate::domain::produce::qr::qr_path;
use crate::domain::produce::trace_card;
use crate::i18n::*;
use crate::routes::{IdParam, Route};
use crate::store::use_app;
use crate::words::produce::day_text;
use crate::words::{count_with_unit, unit_word};

use super::follow_produce;
use super::row::listing_title;

#[component]
pub fn ProducePage() -> impl IntoView {
    let i18n = use_i18n();
    let app = use_app();
    let station = app.station;
    follow_produce();
    let params = leptos_router::hooks::use_params_map();
    let listing = Memo::new(move |_| {
        let id = params.with(IdParam::read).id?;
        station
            .listings
            .with(|all| all.iter().find(|l| l.id == id).cloned())
    });
    let title = Signal::derive(move || {
        listing
            .with(|l| l.as_ref().map(|l| listing_title(i18n.get_locale(), l)))
            .unwrap_or_else(|| t_string!(i18n, produce.shelf).to_string())
    });
    view! {
        <PageHeading title=title hint=t_signal!(i18n, produce.trace) />
        {move || match listing.get() {
            None => view! { <p class="empty">{t!(i18n, produce.not_found)}</p> }.into_any(),
            Some(l) => {
                let locale = i18n.get_locale();
                let card = station
                    .villager(&l.seller_id)
                    .and_then(|seller| trace_card(&l, &seller, &app.settings.with(|s| s.station_name.clone())));
                let address = web_sys::window()
                    .and_then(|w| w.location().origin().ok())
                    .unwrap_or_default()
                    + &Route::Produce(l.id.clone()).path();
                let qr = qr_path(&address);
                view! {
                    <article class="goods-card goods-detail">
                        <ProductImage src=l.photo.clone() category=l.category.clone() alt=title />
                        <div>
                            <p class="price price-big">
                                {l.price_per_unit.to_string()} " "
                                {t_string!(i18n, product.per_unit, unit = unit_word(locale, l.unit)).to_string()}
                            </p>
                            <p class="goods-left">
                                {if l.quantity == 0 {
                                    t_string!(i18n, produce.sold_out).to_string()
                                } else {
                                    t_string!(i18n, produce.left, qty = count_with_unit(locale, l.quantity, l.unit)).to_string()
                                }}
                            </p>
                        </div>
                    </article>
                    {card.map(|card| view! {
                        <section class="trace-card" aria-labelledby="trace-title">
                            <h2 id="trace-title">{t!(i18n, produce.trace)}</h2>
                            <p class="trace-who">{t_string!(i18n, produce.grower, name = card.given_name.clone(), village = card.village.clone()).to_string()}</p>
                            <p>{t_string!(i18n, produce.made, day = day_text(locale, l.made_on)).to_string()}</p>
                            {(!card.station_name.is_empty()).then(|| view! {
                                <p>{t_string!(i18n, produce.sold_at, station = card.station_name.clone()).to_string()}</p>
                            })}
                            {qr.map(|qr| view! {
                                <figure class="trace-qr">
                                    <svg
                                        viewBox=format!("0 0 {} {}", qr.side, qr.side)
                                        role="img"
                                        aria-label=t_string!(i18n, produce.qr).to_string()
                                        data-address=address.clone()
                                        shape-rendering="crispEdges"
                                    >
                                        <rect width="100%" height="100%" fill="#fff" />
                                        <path d=qr.d fill="#000" />
                                    </svg>
                                    <figcaption>{t!(i18n, produce.qr)}</figcaption>
                                </figure>
                            })}
                        </section>
                    })}
                }
                    .into_any()
            }
        }}
    }
}
