use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::hooks::use_navigate;

use crate::components::avatar::Avatar;
use crate::components::empty_cart::EmptyCart;
use crate::components::icon::{IconButton, IconLink};
use crate::components::nobody_served::NobodyServed;
use crate::components::order_terms::OrderTerms;
use crate::components::partner_gate::PartnerScreen;
use crate::components::read_back_line::ReadBackLine;
use crate::components::speak_button::{SpeakButton, use_voice};
use crate::components::totals_box::TotalsBox;
use crate::domain::cart::totals_of;
use crate::domain::station::{PlaceError, Villager};
use crate::i18n::*;
use crate::routes::Route;
use crate::store::station::PlaceFailure;
use crate::store::use_app;
use crate::words::{code_speech, order_speech};

/// The read-back: big pictures, quantities and the total, read aloud on request; the villager
/// confirms with ✓ or goes back with ✗. Cash at pickup, delivery to this station.
#[component]
pub fn ConfirmPage() -> impl IntoView {
    let i18n = use_i18n();
    let station = use_app().station;
    // Read once: the screen shows the cart as it was when the villager was asked.
    let villager = station.serving.get_untracked().and_then(|id| {
        station
            .villagers
            .with_untracked(|all| all.iter().find(|v| v.id == id).cloned())
    });
    view! {
        <PartnerScreen title=t_signal!(i18n, confirm.title) hint=t_signal!(i18n, confirm.hint)>
            {match villager.clone() {
                Some(v) => view! { <ReadBack villager=v /> }.into_any(),
                None => view! { <NobodyServed /> }.into_any(),
            }}
        </PartnerScreen>
    }
}

#[component]
fn ReadBack(villager: Villager) -> impl IntoView {
    let i18n = use_i18n();
    let app = use_app();
    let voice = use_voice();
    let station = app.station;
    let navigate = use_navigate();
    let id = StoredValue::new(villager.id.clone());
    let name = StoredValue::new(villager.name.clone());
    let lines = Memo::new(move |_| {
        station
            .cart_of(&id.get_value())
            .map(|c| c.cart.lines)
            .unwrap_or_default()
    });
    let speech =
        Signal::derive(move || order_speech(i18n.get_locale(), &name.get_value(), &lines.get()));
    let placing = RwSignal::new(false);
    let failed = RwSignal::new(None::<&'static str>);
    let confirm = Callback::new(move |()| {
        // One tap places the order; the button stays disabled until the screen changes.
        if placing.get_untracked() {
            return;
        }
        placing.set(true);
        let locale = i18n.get_locale_untracked();
        let rate_bp = app.settings.with_untracked(|s| s.commission_bp);
        match station.place(&id.get_value(), rate_bp) {
            Ok(order_id) => {
                let code = station.orders.with_untracked(|o| {
                    o.iter()
                        .find(|o| o.id == order_id)
                        .map(|o| o.pickup_code.clone())
                });
                if let Some(code) = code {
                    let text = format!(
                        "{} {}",
                        td_string!(locale, confirm.placed),
                        code_speech(locale, &code)
                    );
                    voice.say_only(&text);
                }
                spawn_local(station.flush(app.backend.get_untracked()));
                navigate(&Route::Order(order_id).path(), Default::default());
            }
            Err(failure) => {
                placing.set(false);
                failed.set(Some(match failure {
                    PlaceFailure::Refused(PlaceError::EmptyCart) => {
                        td_string!(locale, confirm.err_empty)
                    }
                    PlaceFailure::Refused(PlaceError::NoVillager) => {
                        td_string!(locale, confirm.err_villager)
                    }
                    PlaceFailure::Storage(_) => td_string!(locale, confirm.err_storage),
                }));
            }
        }
    });
    view! {
        <div class="cart-who">
            <Avatar index=villager.avatar class="avatar-big" />
            <p class="villager-name">{villager.name.clone()}</p>
            <SpeakButton
                text=speech
                word=t_signal!(i18n, confirm.read)
                class="speak-big speak-order"
                lesson="read-back"
            />
        </div>
        <Show
            when=move || !lines.with(Vec::is_empty)
            fallback=EmptyCart
        >
            <ul class="readback">
                <For each=move || lines.get() key=|l| (l.product_id, l.qty) let:line>
                    <ReadBackLine line />
                </For>
            </ul>
            <TotalsBox totals=Signal::derive(move || lines.with(|l| totals_of(l))) />
            <OrderTerms />
            <p class="field-error" role="alert">{move || failed.get()}</p>
            // The total and ✗ / ✓ stay at the bottom of the screen however long the order is.
            <div class="actions confirm-actions decide-bar">
                <p class="bar-total">{move || lines.with(|l| totals_of(l).total.to_string())}</p>
                <IconLink to=Route::Cart icon=icondata::LuX class="btn btn-huge btn-back">{t!(i18n, confirm.back)}</IconLink>
                <IconButton icon=icondata::LuCheck class="btn btn-primary btn-huge"
                    attr:data-lesson="confirm-yes"
                    disabled=move || placing.get()
                    on_click=move |_| confirm.run(())>{t!(i18n, confirm.ok)}</IconButton>
            </div>
        </Show>
    }
}
