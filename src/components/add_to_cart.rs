use leptos::prelude::*;

use crate::components::icon::{Icon, IconButton};
use crate::components::speak_button::use_voice;
use crate::domain::catalog::Product;
use crate::i18n::*;
use crate::store::use_app;
use crate::words::{
    CartChange, cart_change_speech, cart_error, cart_refusal_speech, count_with_unit, lang_of,
};

/// The one big "add to the cart" button of a product, shown while a villager is being served in
/// open partner mode. Once in the cart it says how many, and adds one more per tap. A refusal
/// (out of stock, stock reached) is said in words under the button.
#[component]
pub fn AddToCart(
    /// The product to add.
    product: Product,
) -> impl IntoView {
    let i18n = use_i18n();
    let app = use_app();
    let station = app.station;
    let id = product.id;
    let unit = product.unit;
    let product = StoredValue::new(product);
    let refused = RwSignal::new(None::<String>);
    let active = move || app.partner.unlocked.get() && station.serving.with(Option::is_some);
    let qty = move || station.serving_qty(id);
    let voice = use_voice();
    // Every tap answers aloud: added and how many now, or refused and why.
    let add = move |_| {
        let result = product.with_value(|p| station.add(p));
        let locale = i18n.get_locale_untracked();
        let title = product.with_value(|p| p.title.get(lang_of(locale)).to_string());
        refused.set(result.err().map(|e| cart_error(locale, e, unit)));
        voice.say(match result {
            Ok(count) => cart_change_speech(locale, &title, unit, CartChange::Added { count }),
            Err(e) => cart_refusal_speech(locale, &title, e, unit),
        });
    };
    view! {
        <Show when=active>
            <div class="add-to-cart">
                <p class="in-cart" role="status">
                    <Show when=move || qty().is_some()>
                        <Icon icon=icondata::LuCircleCheck />
                        <span>
                            {move || {
                                t_string!(
                                    i18n, cart.in_cart, qty = count_with_unit(i18n.get_locale(), qty().unwrap_or_default(), unit)
                                )
                                    .to_string()
                            }}
                        </span>
                    </Show>
                </p>
                <IconButton icon=icondata::LuShoppingCart class="btn btn-primary add-btn" attr:data-lesson="add-to-cart" on_click=add>
                        {move || {
                            if qty().is_some() {
                                t_string!(i18n, cart.add_more)
                            } else {
                                t_string!(i18n, cart.add)
                            }
                        }}
                    </IconButton>
                <Show when=move || refused.with(Option::is_some)>
                    <p class="field-error" role="alert">{move || refused.get()}</p>
                </Show>
            </div>
        </Show>
    }
}
