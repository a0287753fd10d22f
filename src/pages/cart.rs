use leptos::prelude::*;

use crate::components::avatar::Avatar;
use crate::components::confirm_button::ConfirmButton;
use crate::components::empty_cart::EmptyCart;
use crate::components::icon::{IconButton, IconLink};
use crate::components::nobody_served::NobodyServed;
use crate::components::partner_gate::PartnerScreen;
use crate::components::product_image::ProductImage;
use crate::components::qty_pictures::QtyPictures;
use crate::components::speak_button::use_voice;
use crate::components::stepper::Stepper;
use crate::components::totals_box::TotalsBox;
use crate::domain::cart::CartLine;
use crate::domain::catalog::Unit;
use crate::domain::station::Villager;
use crate::i18n::*;
use crate::routes::Route;
use crate::store::use_app;
use crate::words::{
    CartChange, cart_change_speech, cart_error, cart_refusal_speech, count_with_unit, lang_of,
    unit_word,
};

/// The served villager's cart: lines with big steppers, totals, and the way to the read-back.
/// Other villagers' open carts are one tap away.
#[component]
pub fn CartPage() -> impl IntoView {
    let i18n = use_i18n();
    let station = use_app().station;
    let villager = Memo::new(move |_| station.serving_villager());
    let title = Signal::derive(move || match villager.get() {
        Some(v) => t_string!(i18n, cart.title_of, name = v.name).to_string(),
        None => t_string!(i18n, cart.title).to_string(),
    });
    view! {
        <PartnerScreen title hint=t_signal!(i18n, cart.hint)>
            {move || match villager.get() {
                Some(v) => view! { <CartOf villager=v /> }.into_any(),
                None => view! { <NobodyServed /> }.into_any(),
            }}
            <OtherCarts />
        </PartnerScreen>
    }
}

#[component]
fn CartOf(villager: Villager) -> impl IntoView {
    let i18n = use_i18n();
    let station = use_app().station;
    let id = StoredValue::new(villager.id.clone());
    let lines = Memo::new(move |_| {
        station
            .cart_of(&id.get_value())
            .map(|c| c.cart.lines)
            .unwrap_or_default()
    });
    let totals = Memo::new(move |_| crate::domain::cart::totals_of(&lines.get()));
    view! {
        <div class="cart-who">
            <Avatar index=villager.avatar class="avatar-big" />
            <p class="villager-name">{villager.name.clone()}</p>
        </div>
        <Show
            when=move || !lines.with(Vec::is_empty)
            fallback=EmptyCart
        >
            <ul class="cart-lines">
                <For each=move || lines.get() key=|l| l.product_id let:line>
                    <CartRow product_id=line.product_id lines />
                </For>
            </ul>
            <TotalsBox totals />
            // The total and 确认订单 stay at the bottom of the screen however long the cart is.
            <div class="actions decide-bar">
                <p class="bar-total">{move || totals.get().total.to_string()}</p>
                <IconLink to=Route::Home icon=icondata::LuHouse>{t!(i18n, cart.browse)}</IconLink>
                <IconLink to=Route::Confirm icon=icondata::LuCheck class="btn btn-primary btn-huge" attr:data-lesson="cart-confirm">{t!(i18n, cart.to_confirm)}</IconLink>
            </div>
        </Show>
    }
}

#[component]
fn CartRow(product_id: u32, lines: Memo<Vec<CartLine>>) -> impl IntoView {
    let i18n = use_i18n();
    let station = use_app().station;
    let line = Memo::new(move |_| {
        lines.with(|all| all.iter().find(|l| l.product_id == product_id).cloned())
    });
    let get = move |f: fn(&CartLine) -> u32| line.with(|l| l.as_ref().map_or(0, f));
    let title = Signal::derive(move || {
        line.with(|l| {
            l.as_ref()
                .map(|l| l.title.get(lang_of(i18n.get_locale())).to_string())
                .unwrap_or_default()
        })
    });
    let unit = Signal::derive(move || {
        line.with(|l| {
            l.as_ref()
                .map(|l| unit_word(i18n.get_locale(), l.unit).to_string())
                .unwrap_or_default()
        })
    });
    let refused = RwSignal::new(None::<String>);
    let voice = use_voice();
    // − and + answer aloud with how many now and what they cost, or why not.
    let step = move |up: bool| {
        let result = station.step(product_id, up);
        let locale = i18n.get_locale_untracked();
        let unit = line.with_untracked(|l| l.as_ref().map(|l| l.unit).unwrap_or_default());
        let title = title.get_untracked();
        refused.set(result.err().map(|e| cart_error(locale, e, unit)));
        voice.say(match result {
            Ok(count) => {
                let amount =
                    line.with_untracked(|l| l.as_ref().map(CartLine::total).unwrap_or_default());
                cart_change_speech(locale, &title, unit, CartChange::Quantity { count, amount })
            }
            Err(e) => cart_refusal_speech(locale, &title, e, unit),
        });
    };
    let remove = move |_| {
        let unit = line.with_untracked(|l| l.as_ref().map(|l| l.unit).unwrap_or_default());
        let said = cart_change_speech(
            i18n.get_locale_untracked(),
            &title.get_untracked(),
            unit,
            CartChange::Removed,
        );
        station.remove(product_id);
        voice.say(said);
    };
    let (picture, category) = line.with_untracked(|l| {
        l.as_ref()
            .map(|l| (l.picture.clone(), l.category.clone()))
            .unwrap_or_default()
    });
    let (picture_small, category_small) = (picture.clone(), category.clone());
    view! {
        <li class="cart-line">
            <ProductImage src=picture category alt="" lazy=true />
            <div class="cart-line-info">
                <p class="cart-line-title">{title}</p>
                <p class="muted">
                    {move || {
                        line.with(|l| {
                            l.as_ref()
                                .map(|l| {
                                    t_string!(
                                        i18n, cart.each, price = l.unit_price().to_string(), unit = unit.get()
                                    )
                                        .to_string()
                                })
                        })
                    }}
                </p>
                <Show when=move || { get(|l| l.min_order) > 1 }>
                    <p class="muted">
                        {move || t_string!(i18n, product.min_order, qty = line.with(|l| l.as_ref().map(|l| count_with_unit(i18n.get_locale(), l.min_order, l.unit))).unwrap_or_default()).to_string()}
                    </p>
                </Show>
                <p class="field-error" role="status">{move || refused.get()}</p>
            </div>
            <Stepper
                qty=Signal::derive(move || get(|l| l.qty))
                unit
                can_down=Signal::derive(move || line.with(|l| l.as_ref().is_some_and(CartLine::can_decrease)))
                can_up=Signal::derive(move || line.with(|l| l.as_ref().is_some_and(CartLine::can_increase)))
                on_step=step
                name=title
            />
            <QtyPictures qty=Signal::derive(move || get(|l| l.qty)) picture=picture_small category=category_small />
            <p class="line-total">
                {move || line.with(|l| l.as_ref().map(|l| l.total().to_string()))}
            </p>
            <ConfirmButton
                label=t_signal!(i18n, cart.remove)
                question=Signal::derive(move || t_string!(i18n, cart.remove_ask, title = title.get()).to_string())
                icon=icondata::LuTrash2
                on_confirm=remove
            />
        </li>
    }
}

/// Open carts of villagers other than the one served: tap to switch to them.
#[component]
fn OtherCarts() -> impl IntoView {
    let i18n = use_i18n();
    let station = use_app().station;
    let others = Memo::new(move |_| {
        let serving = station.serving.get();
        station.carts.with(|carts| {
            carts
                .iter()
                .filter(|c| Some(&c.villager_id) != serving.as_ref() && !c.cart.is_empty())
                .filter_map(|c| {
                    station
                        .villagers
                        .with(|all| all.iter().find(|v| v.id == c.villager_id).cloned())
                        .filter(|v| !v.archived)
                        .map(|v| (v, c.cart.totals().items))
                })
                .collect::<Vec<_>>()
        })
    });
    view! {
        <Show when=move || !others.with(Vec::is_empty)>
            <h2>{t!(i18n, cart.others)}</h2>
            <ul class="villager-list">
                <For each=move || others.get() key=|(v, n)| (v.id.clone(), *n) let:entry>
                    {
                        let (v, pieces) = entry;
                        let vid = v.id.clone();
                        view! {
                            <li class="villager-row">
                                <Avatar index=v.avatar class="avatar-small" />
                                <p class="villager-name">{v.name.clone()}</p>
                                <p class="muted">
                                    {move || t_string!(i18n, villagers.open_cart, qty = count_with_unit(i18n.get_locale(), pieces, Unit::Piece)).to_string()}
                                </p>
                                <IconButton icon=icondata::LuUserCheck class="btn btn-primary"
                                    on_click=move |_| station.serve(Some(vid.clone()))>{t!(i18n, cart.switch_to)}</IconButton>
                            </li>
                        }
                    }
                </For>
            </ul>
        </Show>
    }
}
