//! The station's records (villagers, open carts, orders and their outbox) as reactive state, saved
//! on every change, and the flusher that sends waiting orders.
//!
//! Many tabs, one truth: a station tablet runs the installed app and a browser tab side by side,
//! so every change is a read-modify-write of the collection *as stored now* (`change`), never a
//! rewrite from this tab's copy; other tabs' writes reach this tab's screens through the storage
//! event (`pick_up`); and the outbox is flushed by one tab at a time, under a Web Lock
//! (`super::tabs`), from the orders as stored.

use leptos::prelude::*;

mod courier;
mod produce;
pub use courier::{ParcelInput, RecordFailure};
use leptos::task::spawn_local;
use leptos::wasm_split::SplitLoaderError;
pub use produce::{ListingFailure, SaleFailure, goods_on_shelf};
use serde::Serialize;
use serde::de::DeserializeOwned;
use std::future::Future;
use std::pin::Pin;

use super::db::{self, StoreError};
use super::keys::{CARTS, CLOCK, NETWORK, ORDERS, SERVING, VILLAGERS};
use super::unsaved::Unsaved;
use crate::api::Backend;
use crate::domain::backup::{Records, Restored, merge};
use crate::domain::cart::CartError;
use crate::domain::catalog::Product;
use crate::domain::courier_parcel::CourierParcel;
use crate::domain::demo::DemoStation;
use crate::domain::logistics::{DAY_MS, SimClock, next_event};
use crate::domain::order::{idempotency_key, order_id, pickup_code, reconcile};
use crate::domain::outbox::SendState;
use crate::domain::parcel::{
    HandOver, ReturnError, due_facts, hand_over, record_facts, start_return, tracking,
};
use crate::domain::produce::Listing;
use crate::domain::produce::sale::{Payout, Sale};
use crate::domain::station::{
    NewOrder, OpenCart, Order, PlaceError, ReturnReason, Villager, erase_villager, place_order,
    with_outbox,
};
use crate::domain::villager::VillagerInput;
use crate::platform::{local_offset_minutes, now_ms, random_bytes};

/// How often waiting orders are looked at (each has its own backoff; this only wakes them).
pub const FLUSH_EVERY_MS: u64 = 3_000;

/// Why an order was not placed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PlaceFailure {
    Refused(PlaceError),
    /// The order could not be written: nothing was placed, the cart is kept.
    Storage(StoreError),
}

/// Writes a whole station (the demo's start) into the collections of the namespace in use.
pub fn write_station(demo: &DemoStation) -> Result<(), StoreError> {
    db::save(VILLAGERS, &demo.villagers, false)?;
    db::save(CARTS, &demo.carts, false)?;
    db::save(ORDERS, &demo.orders, false)?;
    db::save::<String>(SERVING, &[], false)?;
    db::save(CLOCK, &[demo.clock], false)?;
    db::save(NETWORK, &[false], false)
}

/// What the station keeps. Cheap to copy.
#[derive(Clone, Copy)]
pub struct Station {
    pub villagers: RwSignal<Vec<Villager>>,
    pub carts: RwSignal<Vec<OpenCart>>,
    pub orders: RwSignal<Vec<Order>>,
    /// Parcels from any courier kept for villagers (`courier`); empty until their screen
    /// has read them.
    pub courier_parcels: RwSignal<Vec<CourierParcel>>,
    /// The villager being served (their id).
    pub serving: RwSignal<Option<String>>,
    /// Records that could not be read when the app started.
    pub lost: RwSignal<usize>,
    /// What could not be written (storage full or disabled): the screens say so, and a
    /// collection whose write failed keeps this tab's copy (see `current`).
    unsaved: Unsaved,
    /// Collections written by a newer app version: read, never overwritten.
    newer: StoredValue<Vec<&'static str>>,
    /// The collections read by their screens (`load_later`) that have been read once (their
    /// lost records counted).
    read_later: StoredValue<Vec<&'static str>>,
    /// Villagers' produce listed at the station (`produce`); empty until a screen showing them
    /// has read them.
    pub listings: RwSignal<Vec<Listing>>,
    pub sales: RwSignal<Vec<Sale>>,
    pub payouts: RwSignal<Vec<Payout>>,
    /// When the earliest listing waiting to be sent is due (`None`: none waits). Read at start
    /// from the stored records as plain JSON (`produce::next_listing_due`), kept by the flush.
    listing_due: StoredValue<Option<u64>>,
    /// "Send now" was asked while listings waited: the next flush sends them without backoff.
    listing_retry: StoredValue<bool>,
    /// A flush is running (one at a time).
    flushing: StoredValue<bool>,
    /// The station's clock: real time, or sped up for a lesson.
    pub clock: RwSignal<SimClock>,
    /// The station clock's time, refreshed every second (parcel stages follow it).
    pub now: RwSignal<u64>,
    /// The demo station's network is switched off by the trainer: orders wait in the outbox as
    /// they would with no signal (never set on a real station).
    pub network_off: RwSignal<bool>,
}

fn random_u32() -> u32 {
    u32::from_le_bytes(random_bytes::<4>())
}

fn random_id() -> String {
    idempotency_key(random_bytes::<16>())
}

impl Station {
    /// Reads everything kept; what cannot be read is counted in `lost` (and kept aside by db).
    pub fn load(unsaved: Unsaved) -> Station {
        let villagers = db::load::<Villager>(VILLAGERS);
        let carts = db::load::<OpenCart>(CARTS);
        let orders = db::load::<Order>(ORDERS);
        let serving = db::load::<String>(SERVING);
        let network_off = db::demo_keys() && db::load::<bool>(NETWORK).items.first() == Some(&true);
        let clock = db::load::<SimClock>(CLOCK)
            .items
            .into_iter()
            .next()
            .unwrap_or_else(|| SimClock::real(now_ms()));
        // An order "being sent" may belong to another tab's send in flight: only the flush,
        // under the outbox lock, may take it back (super::tabs).
        let newer = [
            (VILLAGERS, villagers.newer),
            (CARTS, carts.newer),
            (ORDERS, orders.newer),
            (SERVING, serving.newer),
        ]
        .into_iter()
        .filter_map(|(name, newer)| newer.then_some(name))
        .collect();
        let serving_id = serving
            .items
            .into_iter()
            .next()
            .filter(|id| villagers.items.iter().any(|v| &v.id == id && !v.archived));
        Station {
            lost: RwSignal::new(villagers.lost + carts.lost + orders.lost + serving.lost),
            villagers: RwSignal::new(villagers.items),
            carts: RwSignal::new(carts.items),
            orders: RwSignal::new(orders.items),
            // Read by their screen when it opens (`load_courier_parcels`): their decoding is
            // partner code, not part of what the first screen loads.
            courier_parcels: RwSignal::new(Vec::new()),
            serving: RwSignal::new(serving_id),
            newer: StoredValue::new(newer),
            unsaved,
            flushing: StoredValue::new(false),
            read_later: StoredValue::new(Vec::new()),
            listings: RwSignal::new(Vec::new()),
            sales: RwSignal::new(Vec::new()),
            payouts: RwSignal::new(Vec::new()),
            listing_due: StoredValue::new(produce::next_listing_due()),
            listing_retry: StoredValue::new(false),
            now: RwSignal::new(clock.now(now_ms())),
            clock: RwSignal::new(clock),
            network_off: RwSignal::new(network_off),
        }
    }

    /// Switches the demo station's network off or on again (on: everything waiting goes out).
    pub fn set_network_off(&self, off: bool, backend: Backend) {
        self.network_off.set(off);
        self.write(NETWORK, &[off]).ok();
        if !off {
            self.send_now(backend);
        }
    }

    /// Sends everything waiting now, without waiting out the backoff (the network came back, or
    /// the partner asked).
    pub fn send_now(&self, backend: Backend) {
        self.retry_now();
        self.retry_listings();
        spawn_local(self.flush(backend));
    }

    fn write<T: serde::Serialize>(
        &self,
        name: &'static str,
        items: &[T],
    ) -> Result<(), StoreError> {
        let newer = self.newer.with_value(|n| n.contains(&name));
        self.unsaved.note(name, db::save(name, items, newer))
    }

    /// A collection as it is now: as stored (another tab may have changed it since this tab
    /// read it), or this tab's copy when storage is missing or the last write of it failed.
    fn current<T>(&self, name: &'static str, copy: RwSignal<Vec<T>>) -> Vec<T>
    where
        T: DeserializeOwned + Clone + Send + Sync + 'static,
    {
        if self.unsaved.holds(name) || db::storage().is_none() {
            copy.get_untracked()
        } else {
            db::load::<T>(name).items
        }
    }

    /// Reads a collection that only some screens show, as stored, when such a screen opens (and
    /// again when another tab writes it): its decoding is in those screens' part of the wasm, not
    /// in what the first screen loads. A collection this tab could not save keeps its own copy.
    /// Records that cannot be read are added to the station's lost count the first time only.
    fn load_later<T>(&self, name: &'static str, copy: RwSignal<Vec<T>>)
    where
        T: DeserializeOwned + Send + Sync + 'static,
    {
        if self.unsaved.holds(name) {
            return;
        }
        let loaded = db::load::<T>(name);
        if loaded.newer {
            self.newer.update_value(|n| {
                if !n.contains(&name) {
                    n.push(name);
                }
            });
        }
        if !self.read_later.with_value(|r| r.contains(&name)) {
            self.read_later.update_value(|r| r.push(name));
            if loaded.lost > 0 {
                self.lost.update(|l| *l += loaded.lost);
            }
        }
        copy.set(loaded.items);
    }

    /// Writes a collection and shows it. Returns the write's result (the items are shown either
    /// way: what storage refused is kept in this tab's copy and said on screen).
    fn commit<T>(
        &self,
        name: &'static str,
        copy: RwSignal<Vec<T>>,
        items: Vec<T>,
    ) -> Result<(), StoreError>
    where
        T: Serialize + Send + Sync + 'static,
    {
        let result = self.write(name, &items);
        copy.set(items);
        result
    }

    /// Read-modify-write of one collection (see the module's note).
    fn change<T, R>(
        &self,
        name: &'static str,
        copy: RwSignal<Vec<T>>,
        change: impl FnOnce(&mut Vec<T>) -> R,
    ) -> R
    where
        T: Serialize + DeserializeOwned + Clone + Send + Sync + 'static,
    {
        let mut items = self.current(name, copy);
        let result = change(&mut items);
        let _ = self.commit(name, copy, items);
        result
    }

    /// Merges a backup's records into the station (`domain::backup::merge`), each collection
    /// read as stored now and written back: villagers, then orders, then carts. Returns what came
    /// in and the station name to keep (the backup's when this tablet has none).
    pub fn restore(
        &self,
        incoming: Records,
        station_name: String,
    ) -> Result<(Restored, String), StoreError> {
        let mut local = Records {
            villagers: self.current(VILLAGERS, self.villagers),
            carts: self.current(CARTS, self.carts),
            orders: self.current(ORDERS, self.orders),
            station_name,
        };
        let restored = merge(&mut local, incoming, self.clock_now());
        // Every collection is tried, orders first (the records a shop also has): a full store
        // refusing one must not keep the others from being written.
        let written = [
            self.commit(ORDERS, self.orders, local.orders),
            self.commit(VILLAGERS, self.villagers, local.villagers),
            self.commit(CARTS, self.carts, local.carts),
        ];
        match written.into_iter().find_map(Result::err) {
            Some(error) => Err(error),
            None => Ok((restored, local.station_name)),
        }
    }

    /// Another tab wrote `storage_key`: this tab's screens show it at once. A collection this
    /// tab could not save keeps its own copy (its next write says why).
    pub fn pick_up(&self, storage_key: &str) {
        fn reload<T>(station: &Station, name: &'static str, copy: RwSignal<Vec<T>>)
        where
            T: DeserializeOwned + Clone + Send + Sync + 'static,
        {
            if !station.unsaved.holds(name) {
                copy.set(db::load::<T>(name).items);
            }
        }
        if storage_key == db::key(VILLAGERS) {
            reload(self, VILLAGERS, self.villagers);
        } else if storage_key == db::key(CARTS) {
            reload(self, CARTS, self.carts);
        } else if storage_key == db::key(ORDERS) {
            reload(self, ORDERS, self.orders);
        } else if storage_key == db::key(super::keys::LISTINGS) {
            // A listing another tab made (and may close before sending) is sent from here too.
            self.listing_due.set_value(produce::next_listing_due());
        }
    }

    /// Whether a courier's parcel is waiting for someone, read as plain JSON (its decoding is
    /// in the parts of the app fetched later): the home screen's "my parcels" link shows for it.
    pub fn courier_parcel_waiting(&self) -> bool {
        let unset = |p: &serde_json::Value, field: &str| p.get(field).is_none_or(|v| v.is_null());
        db::load::<serde_json::Value>(super::keys::COURIER_PARCELS)
            .items
            .iter()
            .any(|p| unset(p, "picked_up_at") && unset(p, "returned_to_courier_at"))
    }

    /// A villager by id (tracked).
    pub fn villager(&self, id: &str) -> Option<Villager> {
        self.villagers
            .with(|all| all.iter().find(|v| v.id == id).cloned())
    }

    /// The villager being served, if any (tracked).
    pub fn serving_villager(&self) -> Option<Villager> {
        self.serving.get().and_then(|id| self.villager(&id))
    }

    /// Adds a villager and returns the new id.
    pub fn add_villager(&self, input: VillagerInput, avatar: u8) -> String {
        let id = random_id();
        self.change(VILLAGERS, self.villagers, |all| {
            all.push(Villager::new(id.clone(), input, avatar))
        });
        id
    }

    /// Saves an edited villager.
    pub fn update_villager(&self, id: &str, input: VillagerInput, avatar: u8) {
        self.change(VILLAGERS, self.villagers, |all| {
            if let Some(v) = all.iter_mut().find(|v| v.id == id) {
                v.update(input, avatar);
            }
        });
    }

    /// Archives (or brings back) a villager. An archived villager is no longer served.
    pub fn set_archived(&self, id: &str, archived: bool) {
        self.change(VILLAGERS, self.villagers, |all| {
            if let Some(v) = all.iter_mut().find(|v| v.id == id) {
                v.archived = archived;
            }
        });
        if archived && self.serving.get_untracked().as_deref() == Some(id) {
            self.serve(None);
        }
    }

    /// Erases a villager's data from every collection (orders keep their lines, not the person).
    pub fn erase(&self, id: &str) {
        let (mut villagers, mut carts, mut orders) = (
            self.current(VILLAGERS, self.villagers),
            self.current(CARTS, self.carts),
            self.current(ORDERS, self.orders),
        );
        if let Some(v) = villagers.iter().find(|v| v.id == id) {
            let phone = v.phone.clone().unwrap_or_default();
            db::drop_aside_copies_with(&[id, &v.name, &phone]);
        }
        erase_villager(&mut villagers, &mut carts, &mut orders, id);
        let _ = self.commit(VILLAGERS, self.villagers, villagers);
        let _ = self.commit(CARTS, self.carts, carts);
        let _ = self.commit(ORDERS, self.orders, orders);
        if self.serving.get_untracked().as_deref() == Some(id) {
            self.serve(None);
        }
    }

    /// Starts (or stops, with `None`) serving a villager; remembered across restarts.
    pub fn serve(&self, id: Option<String>) {
        self.serving.set(id.clone());
        let items: Vec<String> = id.into_iter().collect();
        self.write(SERVING, &items).ok();
    }

    /// The open cart of a villager (tracked).
    pub fn cart_of(&self, villager_id: &str) -> Option<OpenCart> {
        self.carts
            .with(|all| all.iter().find(|c| c.villager_id == villager_id).cloned())
    }

    /// The quantity of a product in the served villager's cart (tracked).
    pub fn serving_qty(&self, product_id: u32) -> Option<u32> {
        let id = self.serving.get()?;
        self.carts.with(|all| {
            all.iter()
                .find(|c| c.villager_id == id)
                .and_then(|c| c.cart.qty_of(product_id))
        })
    }

    /// Changes the served villager's cart (made on first use). Saved at once.
    fn change_cart<R>(
        &self,
        change: impl FnOnce(&mut OpenCart) -> Result<R, CartError>,
    ) -> Result<R, CartError> {
        let villager_id = self.serving.get_untracked().ok_or(CartError::NotInCart)?;
        let mut result = Err(CartError::NotInCart);
        self.change(CARTS, self.carts, |all| {
            let index = match all.iter().position(|c| c.villager_id == villager_id) {
                Some(i) => i,
                None => {
                    all.push(OpenCart {
                        villager_id: villager_id.clone(),
                        key: random_id(),
                        cart: Default::default(),
                    });
                    all.len() - 1
                }
            };
            result = change(&mut all[index]);
        });
        result
    }

    /// Adds a product to the served villager's cart.
    pub fn add(&self, product: &Product) -> Result<u32, CartError> {
        self.change_cart(|c| c.cart.add(product))
    }

    /// The − / + steppers of the served villager's cart.
    pub fn step(&self, product_id: u32, up: bool) -> Result<u32, CartError> {
        self.change_cart(|c| {
            if up {
                c.cart.increase(product_id)
            } else {
                c.cart.decrease(product_id)
            }
        })
    }

    /// Removes a line from the served villager's cart.
    pub fn remove(&self, product_id: u32) {
        let _ = self.change_cart(|c| {
            c.cart.remove(product_id);
            Ok(())
        });
    }

    /// Places the villager's cart as an order at today's commission rate: the order (with its
    /// outbox state) is written before the cart is closed and before anything is sent. Returns
    /// the order id.
    pub fn place(&self, villager_id: &str, commission_bp: u32) -> Result<String, PlaceFailure> {
        let now = now_ms();
        let ids = NewOrder {
            id: order_id(now as i64, local_offset_minutes(), random_u32()),
            pickup_code: pickup_code(random_u32()),
            commission_bp,
        };
        let mut carts = self.current(CARTS, self.carts);
        let mut orders = self.current(ORDERS, self.orders);
        let villagers = self.current(VILLAGERS, self.villagers);
        let id = place_order(&villagers, &mut carts, &mut orders, villager_id, ids, now)
            .map_err(PlaceFailure::Refused)?;
        // The order is written before the cart closes; if it cannot be, nothing changes.
        self.write(ORDERS, &orders).map_err(PlaceFailure::Storage)?;
        let _ = self.commit(ORDERS, self.orders, orders);
        let _ = self.commit(CARTS, self.carts, carts);
        Ok(id)
    }

    /// The station clock now (untracked).
    pub fn clock_now(&self) -> u64 {
        self.clock.with_untracked(|c| c.now(now_ms()))
    }

    fn set_clock(&self, clock: SimClock) {
        self.clock.set(clock);
        self.now.set(clock.now(now_ms()));
        self.write(CLOCK, &[clock]).ok();
    }

    /// Runs the station clock at `speed` times real time (0 pauses it).
    pub fn set_speed(&self, speed: u32) {
        let real = now_ms();
        self.set_clock(self.clock.get_untracked().with_speed(real, speed));
    }

    /// Moves the station clock to the next thing that happens to any parcel.
    pub fn jump_to_next_event(&self) {
        let now = self.clock_now();
        let next = self.orders.with_untracked(|orders| {
            orders
                .iter()
                .filter_map(|o| {
                    tracking(o, now).and_then(|t| next_event(&t.plan, now, o.picked_up_at))
                })
                .min()
        });
        if let Some(next) = next {
            let real = now_ms();
            self.set_clock(self.clock.get_untracked().jump_to(real, next));
        }
    }

    /// Moves the station clock a day forward (to watch return windows and the 7-day rule).
    pub fn jump_a_day(&self) {
        let real = now_ms();
        let clock = self.clock.get_untracked();
        self.set_clock(clock.jump_to(real, clock.now(real) + DAY_MS));
    }

    /// Checks a pickup code for an order's parcel; a right one records the pickup.
    pub fn hand_over(&self, order_id: &str, code: &str) -> HandOver {
        let now = self.clock_now();
        self.change(ORDERS, self.orders, |orders| {
            match orders.iter_mut().find(|o| o.id == order_id) {
                Some(o) => hand_over(o, code, now, now_ms()),
                None => HandOver::NotHere,
            }
        })
    }

    /// Records what has happened to parcels by now (sent back, commission settled), so that a
    /// clock corrected later or a new rate cannot undo or re-price it. Reads this tab's copy
    /// first: storage is only read and written when there is something to record.
    pub fn record_facts(&self, rate_bp: u32) {
        let now = self.clock_now();
        let due = self.orders.with_untracked(|orders| {
            orders
                .iter()
                .any(|o| due_facts(o, rate_bp, now) != (None, None))
        });
        if due {
            self.change(ORDERS, self.orders, |orders| {
                for o in orders.iter_mut() {
                    record_facts(o, rate_bp, now);
                }
            });
        }
    }

    /// Starts a return of some items of an order.
    pub fn start_return(
        &self,
        order_id: &str,
        product_ids: &[u32],
        reason: ReturnReason,
    ) -> Result<(), ReturnError> {
        let now = self.clock_now();
        self.change(ORDERS, self.orders, |orders| {
            match orders.iter_mut().find(|o| o.id == order_id) {
                Some(o) => start_return(o, product_ids, reason, now),
                None => Err(ReturnError::NotPickedUp),
            }
        })
    }

    /// Everything waiting may be sent now (the network came back, or the partner asked).
    pub fn retry_now(&self) {
        self.change(ORDERS, self.orders, |o| {
            with_outbox(o, |ob| ob.retry_now(now_ms()))
        });
    }

    /// How many orders have not been sent (tracked).
    pub fn unsent(&self) -> usize {
        self.orders
            .with(|o| o.iter().filter(|o| o.waiting()).count())
    }

    /// Sends every order that is due, one request each: one flush at a time in this tab, and
    /// in one tab at a time (the outbox lock, `super::tabs`), from the orders as stored. Each
    /// result is written before the next order goes.
    pub async fn flush(self, backend: Backend) {
        // Most ticks find nothing to do: leave the orders (and every screen showing them, in
        // every tab) alone.
        let now = now_ms();
        // This tab's copy is enough to decide (other tabs' writes reach it through the storage
        // event); the flush itself, under the lock, works from storage.
        let anything = self.orders.with_untracked(|orders| {
            orders.iter().any(|o| match o.send {
                SendState::Waiting { next_at, .. } => next_at <= now,
                SendState::Sending { .. } => true,
                SendState::Sent { .. } => false,
            })
        });
        let listing_due = self.listing_due.get_value().is_some_and(|due| due <= now);
        if !(anything || listing_due) || self.flushing.get_value() {
            return;
        }
        self.flushing.set_value(true);
        // The sending code comes with the partner's screens (an order is only ever waiting
        // after the partner worked): a villager's first screen does not load it. A part that
        // cannot be fetched now (offline, not kept yet) leaves the orders waiting for the next
        // tick, as any failed send does.
        if let Ok(send) = send_due(self, backend).await {
            super::tabs::with_outbox_lock(send).await;
        }
        self.flushing.set_value(false);
    }

    async fn flush_locked(self, backend: Backend) {
        let now = now_ms();
        // Holding the lock, no tab is sending: an order still "being sent" was cut off by a
        // closed or reloaded page, and waits again (see `Outbox::recover`). (A flush woken for a
        // listing alone leaves the orders, and every tab showing them, alone.)
        let unsent = self.orders.with_untracked(|o| o.iter().any(Order::waiting));
        let due = if unsent {
            self.change(ORDERS, self.orders, |o| {
                with_outbox(o, |ob| {
                    ob.recover(now, crate::platform::page_started_ms());
                    ob.take_due(now)
                })
            })
        } else {
            Vec::new()
        };
        for entry in due {
            let Some(lines) = self.orders.with_untracked(|o| {
                o.iter()
                    .find(|o| o.id == entry.order_id)
                    .map(|o| o.lines.clone())
            }) else {
                continue;
            };
            let pairs: Vec<(u32, u32)> = lines.iter().map(|l| (l.product_id, l.qty)).collect();
            let result = if self.network_off.get_untracked() {
                Err(crate::api::ApiError::Offline)
            } else {
                backend.place_order(&pairs, &entry.idempotency_key).await
            };
            let now = now_ms();
            let shipped = self.clock_now();
            self.change(ORDERS, self.orders, |orders| match &result {
                Ok(placed) => {
                    with_outbox(orders, |ob| ob.mark_sent(&entry.order_id, now));
                    if let Some(order) = orders.iter_mut().find(|o| o.id == entry.order_id) {
                        order.shipped_at = Some(shipped);
                        if let Some(placed) = placed {
                            order.remote_cart = placed.cart_id;
                            order.mismatches = reconcile(&order.lines, &placed.lines);
                        }
                    }
                }
                Err(error) => {
                    let jitter = js_sys::Math::random();
                    with_outbox(orders, |ob| {
                        ob.mark_failed(
                            &entry.order_id,
                            &error.code(),
                            now,
                            jitter,
                            error.retry_after(),
                        )
                    });
                }
            });
        }
        self.flush_listings(backend).await;
    }

    /// Starts sending: now, every few seconds while the page is open (each order waits out its
    /// own backoff), and at once when the browser says the network is back.
    pub fn start_flusher(self, backend: Memo<Backend>) {
        let flush = move || spawn_local(self.flush(backend.get_untracked()));
        flush();
        let _ = leptos_use::use_interval_fn(flush, FLUSH_EVERY_MS);
        let _ = leptos_use::use_interval_fn(
            move || {
                // A date corrected backwards under a clock set while it was wrong: set it again
                // so parcels move on (never back).
                if let Some(clock) = self.clock.with_untracked(|c| c.rebased(now_ms())) {
                    self.set_clock(clock);
                }
                self.now.set(self.clock_now());
            },
            1_000,
        );
        let _ = leptos_use::use_event_listener(
            leptos_use::use_window(),
            leptos::ev::online,
            move |_| self.send_now(backend.get_untracked()),
        );
    }
}

/// Sends what is due (`Station::flush_locked`), in the partner's part of the wasm (see
/// `pages::split`): it is fetched the first time an order waits, never for a villager's screens.
#[leptos::wasm_split::wasm_split(partner_work, wasm_split_path = ::leptos::wasm_split, fallible)]
fn send_due(
    station: Station,
    backend: Backend,
) -> Result<Pin<Box<dyn Future<Output = ()>>>, SplitLoaderError> {
    Ok(Box::pin(station.flush_locked(backend)))
}
