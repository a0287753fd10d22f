//! One listing on the goods screen: its picture, name, price and stock, whose it is, whether it
//! still waits to be sent, and the sale form (how many, who bought).

use leptos::prelude::*;

use crate::components::avatar::Avatar;
use crate::components::icon::{IconButton, IconLink};
use crate::components::product_image::ProductImage;
use crate::components::speak_button::use_voice;
use crate::components::stepper::Stepper;
use crate::components::text_field::TextField;
use crate::domain::outbox::SendState;
use crate::domain::produce::Listing;
use crate::domain::produce::sale::Buyer;
use crate::i18n::*;
use crate::routes::Route;
use crate::store::use_app;
use crate::words::produce::sale_failure;
use crate::words::{count_with_unit, say_money, unit_word};

/// A listing's name in the language shown (the Chinese name when there is no English one).
pub fn listing_title(locale: Locale, listing: &Listing) -> String {
    match (locale, &listing.name_en) {
        (Locale::en, Some(en)) => en.clone(),
        _ => listing.name_zh.clone(),
    }
}

#[component]
pub fn GoodsRow(listing: Listing, status: RwSignal<Option<(bool, String)>>) -> impl IntoView {
    let i18n = use_i18n();
    let station = use_app().station;
    let voice = use_voice();
    let listing = StoredValue::new(listing);
    let l = listing.get_value();
    let unit = l.unit;
    let title = Signal::derive(move || listing.with_value(|l| listing_title(i18n.get_locale(), l)));
    let seller = station.villager_face(&l.seller_id);
    let qty = RwSignal::new(1u32);
    let other_station = RwSignal::new(false);
    let station_name = RwSignal::new(String::new());
    let left = l.quantity;
    let sell = move |_| {
        let locale = i18n.get_locale_untracked();
        let buyer = if other_station.get_untracked() {
            let name = station_name.get_untracked().trim().to_string();
            if name.is_empty() {
                let text = td_string!(locale, produce.err_station);
                voice.say_only(text);
                status.set(Some((false, text.to_string())));
                return;
            }
            Buyer::Station(name)
        } else {
            Buyer::WalkIn
        };
        let id = listing.with_value(|l| l.id.clone());
        let text = match station.sell(&id, qty.get_untracked(), buyer) {
            Ok(sale) => (
                true,
                td_string!(
                    locale,
                    produce.sold,
                    qty = count_with_unit(locale, sale.qty, unit),
                    title = title.get_untracked(),
                    amount = say_money(locale, sale.amount)
                )
                .to_string(),
            ),
            Err(failure) => (false, sale_failure(locale, failure, unit)),
        };
        voice.say_only(&text.1);
        status.set(Some(text));
    };
    let waiting = !matches!(l.send, SendState::Sent { .. });
    view! {
        <li class="goods-row">
            <div class="goods-picture">
                <ProductImage src=l.photo.clone() category=l.category.clone() alt="" />
            </div>
            <div class="goods-facts">
                <p class="goods-name">{title}</p>
                <p class="price">
                    {l.price_per_unit.to_string()}
                    " "
                    {move || t_string!(i18n, product.per_unit, unit = unit_word(i18n.get_locale(), unit)).to_string()}
                </p>
                <p class="goods-left">
                    {move || {
                        if left == 0 {
                            t_string!(i18n, produce.sold_out).to_string()
                        } else {
                            t_string!(i18n, produce.left, qty = count_with_unit(i18n.get_locale(), left, unit)).to_string()
                        }
                    }}
                </p>
                {seller.map(|(name, avatar)| view! {
                    <p class="goods-seller"><Avatar index=avatar /><span>{name}</span></p>
                })}
                {waiting.then(|| view! { <p class="goods-waiting">{t!(i18n, produce.waiting_send)}</p> })}
            </div>
            <Show when=move || { left > 0 }>
                <div class="goods-sell">
                    <p class="field-label">{t!(i18n, produce.sell_qty)}</p>
                    <Stepper
                        qty=qty
                        unit=Signal::derive(move || unit_word(i18n.get_locale(), unit).to_string())
                        can_down=Signal::derive(move || qty.get() > 1)
                        can_up=Signal::derive(move || qty.get() < left)
                        on_step=move |up: bool| qty.update(|q| if up { *q = (*q + 1).min(left) } else { *q = q.saturating_sub(1).max(1) })
                        name=title
                    />
                    <fieldset class="field">
                        <legend class="field-label">{t!(i18n, produce.buyer)}</legend>
                        <div class="reason-grid buyer-grid">
                            <label class="reason-choice">
                                <input type="radio" prop:checked=move || !other_station.get() on:change=move |_| other_station.set(false) />
                                <span>{t!(i18n, produce.walk_in)}</span>
                            </label>
                            <label class="reason-choice">
                                <input type="radio" prop:checked=move || other_station.get() on:change=move |_| other_station.set(true) />
                                <span>{t!(i18n, produce.other_station)}</span>
                            </label>
                        </div>
                    </fieldset>
                    <Show when=move || other_station.get()>
                        <TextField value=station_name max=30>{t!(i18n, produce.station_name)}</TextField>
                    </Show>
                    <IconButton icon=icondata::LuHandCoins class="btn btn-primary" on_click=sell>
                        {t!(i18n, produce.sell)}
                    </IconButton>
                </div>
            </Show>
            <IconLink to=Route::Produce(l.id.clone()) icon=icondata::LuQrCode>{t!(i18n, produce.trace)}</IconLink>
        </li>
    }
}
