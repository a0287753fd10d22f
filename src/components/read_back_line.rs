//! One line of an order read back: picture, name, quantity in pictures and words, line total
//! (read-back and order screens).

use leptos::prelude::*;

use crate::components::product_image::ProductImage;
use crate::components::qty_pictures::QtyPictures;
use crate::domain::cart::CartLine;
use crate::i18n::*;
use crate::words::{count_with_unit, lang_of};

/// One line of the read-back (also used by the order screen).
#[component]
pub fn ReadBackLine(line: CartLine) -> impl IntoView {
    let i18n = use_i18n();
    let title = line.title.clone();
    let unit = line.unit;
    let qty = line.qty;
    view! {
        <li class="readback-line">
            <ProductImage src=line.picture.clone() category=line.category.clone() alt="" lazy=true />
            <p class="cart-line-title">{move || title.get(lang_of(i18n.get_locale())).to_string()}</p>
            <p class="readback-qty">
                <QtyPictures qty=Signal::derive(move || qty) picture=line.picture.clone() category=line.category.clone() />
                <span>{move || count_with_unit(i18n.get_locale(), qty, unit)}</span>
            </p>
            <p class="line-total">{line.total().to_string()}</p>
        </li>
    }
}
