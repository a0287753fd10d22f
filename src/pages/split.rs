//! The partner and trainer screens, in parts of the wasm of their own: what a villager's first
//! screen loads (home, category, product) does not carry them. The cut is made
//! at build time by scripts/bin/wasm-bindgen (wasm-split-cli before wasm-bindgen); with no split
//! points compiled in (host builds) these are plain calls.
//!
//! Each screen is a `fallible` split: a module that cannot be fetched (no network, not yet kept
//! by the service worker) is an error the screen shows, not a panic that stops the app.
//! [`preload_all`] fetches every part in idle time after the first screen, so a screen opened
//! later, or offline, is already here.

use leptos::prelude::*;
use leptos::wasm_split::SplitLoaderError;

use crate::components::lesson_overlay::LessonOverlay;
use crate::components::serving_bar::ServingBar;
use crate::pages::backup::BackupPage;
use crate::pages::cart::CartPage;
use crate::pages::commission::CommissionPage;
use crate::pages::confirm::ConfirmPage;
use crate::pages::courier::CourierPage;
use crate::pages::my_parcel::MyParcelPage;
use crate::pages::not_found::NotFoundPage;
use crate::pages::orders::{OrderPage, OrdersPage};
use crate::pages::parcels::ParcelsPage;
use crate::pages::partner::PartnerPage;
use crate::pages::produce::GoodsPage;
use crate::pages::produce::new::NewGoodsPage;
use crate::pages::produce::shelf::VillageShelf;
use crate::pages::produce::trace::ProducePage;
use crate::pages::search::SearchPage;
use crate::pages::settings::SettingsPage;
use crate::pages::station::StationPage;
use crate::pages::trainer::TrainerPage;
use crate::pages::villagers::{VillagerPage, VillagersPage};

/// One split screen: `$name` makes the view (async: fetches its part of the wasm first),
/// `$preload` only fetches it. Screens given the same `$part` share one part, fetched together.
macro_rules! split_screen {
    ($part:ident, $name:ident, $preload:ident, $page:ident) => {
        #[doc = concat!("The ", stringify!($page), " screen, in the `", stringify!($part), "` part.")]
        #[::leptos::wasm_split::wasm_split($part, wasm_split_path = ::leptos::wasm_split, preload($preload), fallible)]
        pub fn $name() -> Result<AnyView, SplitLoaderError> {
            Ok(view! { <$page /> }.into_any())
        }
    };
}

// The partner's daily work is one part: once any of these screens is here, the rest of the flow
// is too (an order confirmed offline must still open its order screen).
split_screen!(partner_work, partner, preload_partner, PartnerPage);
split_screen!(partner_work, villagers, preload_villagers, VillagersPage);
split_screen!(partner_work, villager, preload_villager, VillagerPage);
split_screen!(partner_work, cart, preload_cart, CartPage);
split_screen!(partner_work, confirm, preload_confirm, ConfirmPage);
split_screen!(partner_work, orders, preload_orders, OrdersPage);
split_screen!(partner_work, order, preload_order, OrderPage);
split_screen!(partner_work, station, preload_station, StationPage);
split_screen!(
    partner_work,
    courier_parcels,
    preload_courier_parcels,
    CourierPage
);
split_screen!(partner_work, commission, preload_commission, CommissionPage);
split_screen!(partner_work, backup, preload_backup, BackupPage);
split_screen!(partner_work, goods, preload_goods, GoodsPage);
split_screen!(partner_work, new_goods, preload_new_goods, NewGoodsPage);
// The serving bar shows only while the partner serves someone: it travels with their work.
split_screen!(partner_work, serving_bar, preload_serving_bar, ServingBar);
// Set up once, and for training: parts of their own.
split_screen!(settings_part, settings, preload_settings, SettingsPage);
split_screen!(trainer_part, trainer, preload_trainer, TrainerPage);
// The lesson overlay runs only on a demo station: it travels with the trainer screen.
split_screen!(
    trainer_part,
    lesson_overlay,
    preload_lesson_overlay,
    LessonOverlay
);

// A villager's own parcel, opened from the link in her message: small, and only on her phone.
split_screen!(parcel_part, my_parcel, preload_my_parcel, MyParcelPage);
// The station's list of parcels for villagers (tapping their picture): the same part.
split_screen!(parcel_part, parcels, preload_parcels, ParcelsPage);

// Villagers' goods as anyone sees them (the home's shelf, a listing's trace card and QR code):
// a part of their own, fetched only where goods are listed or a code was scanned.
split_screen!(
    goods_part,
    village_shelf,
    preload_village_shelf,
    VillageShelf
);
split_screen!(goods_part, produce, preload_produce, ProducePage);

// Search and the "no such page" screen: a villager reaches them from the home screen (a tap
// after the first screen is up, by when the part is here), never as the first screen of a link.
// (The list's next page waits until its end is in view, also inside a split screen.)
split_screen!(browse_part, search, preload_search, SearchPage);
split_screen!(browse_part, not_found, preload_not_found, NotFoundPage);

/// Fetches every part, search first (a villager's next tap), then the partner's work (a slow
/// link is shared with the catalog's pictures, so one after another). A failure is left for
/// the screen to report when opened.
pub async fn preload_all() {
    let _ = preload_search().await;
    let _ = preload_partner().await;
    let _ = preload_settings().await;
    let _ = preload_trainer().await;
    let _ = preload_my_parcel().await;
    let _ = preload_not_found().await;
    let _ = preload_produce().await;
}
