use leptos::prelude::*;
use leptos_router::components::A;

use crate::components::add_to_cart::AddToCart;
use crate::components::product_image::ProductImage;
use crate::components::speak_button::SpeakButton;
use crate::components::stock_badge::StockBadge;
use crate::domain::catalog::{Product, StockState};
use crate::i18n::*;
use crate::routes::Route;
use crate::words::{lang_of, product_speech, unit_word};

/// A product tile: picture, big price, name, stock when not plentiful, and its own speaker.
#[component]
pub fn ProductTile(
    /// The product shown.
    product: Product,
) -> impl IntoView {
    let i18n = use_i18n();
    let p = StoredValue::new(product.clone());
    let title = Signal::derive(move || {
        p.with_value(|p| p.title.get(lang_of(i18n.get_locale())).to_string())
    });
    let speech = Signal::derive(move || p.with_value(|p| product_speech(i18n.get_locale(), p)));
    let label = Signal::derive(move || {
        t_string!(i18n, product.speak_label, title = title.get()).to_string()
    });
    let unit = move || p.with_value(|p| unit_word(i18n.get_locale(), p.unit));
    let show_stock = product.stock_state != StockState::InStock;
    let for_cart = product.clone();
    view! {
        <li class="tile product-tile">
            <A href=Route::Product(product.id).path() attr:class="tile-link" attr:data-lesson="product-tile">
                <ProductImage
                    src=product.picture().map(str::to_string)
                    category=product.category.clone()
                    alt=""
                    lazy=true
                />
                <span class="tile-name">{title}</span>
                <span class="price">
                    <span class="price-amount">{product.unit_price().to_string()}</span>
                    <span class="price-unit">" / " {unit}</span>
                </span>
                {show_stock.then(|| view! { <StockBadge product=product.clone() /> })}
            </A>
            <SpeakButton text=speech label=label class="speak-tile" />
            <AddToCart product=for_cart />
        </li>
    }
}
