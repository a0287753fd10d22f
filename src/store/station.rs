//! The station's records (villagers, open carts, orders and their outbox) as reactive state, saved
//! on every change, and the flusher that sends waiting orders.

use leptos::prelude::*;
use leptos::task::spawn_local;

use super::db::{self, StoreError};
use super::partner::{now_ms, random_bytes};
use crate::api::Backend;
use crate::domain::cart::CartError;
use crate::domain::catalog::Product;
use crate::domain::demo::DemoStation;
use crate::domain::logistics::{DAY_MS, SimClock, next_event};
use crate::domain::order::{idempotency_key, order_id, pickup_code, reconcile};
use crate::domain::outbox::SendState;
use crate::domain::parcel::{HandOver, ReturnError, hand_over, start_return, tracking};
use crate::domain::station::{
    NewOrderIds, OpenCart, Order, PlaceError, ReturnReason, Villager, erase_villager, place_order,
    with_outbox,
};
use crate::domain::villager::VillagerInput;

const VILLAGERS: &str = "villagers";
const CARTS: &str = "carts";
const ORDERS: &str = "orders";
const SERVING: &str = "serving";
const CLOCK: &str = "clock";
/// The demo station's network switch (trainer mode only).
const NETWORK: &str = "network_off";

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
    /// The villager being served (their id).
    pub serving: RwSignal<Option<String>>,
    /// Records that could not be read when the app started.
    pub lost: RwSignal<usize>,
    /// The last write failed (storage full or disabled): the screen says so.
    pub write_error: RwSignal<Option<StoreError>>,
    /// Collections written by a newer app version: read, never overwritten.
    newer: StoredValue<Vec<&'static str>>,
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

/// The tablet's time zone, in minutes east of UTC (480 in China).
pub fn local_offset_minutes() -> i32 {
    -(js_sys::Date::new_0().get_timezone_offset() as i32)
}

impl Station {
    /// Reads everything kept; what cannot be read is counted in `lost` (and kept aside by db).
    pub fn load() -> Station {
        let villagers = db::load::<Villager>(VILLAGERS);
        let carts = db::load::<OpenCart>(CARTS);
        let mut orders = db::load::<Order>(ORDERS);
        let serving = db::load::<String>(SERVING);
        let network_off = db::demo_keys() && db::load::<bool>(NETWORK).items.first() == Some(&true);
        let clock = db::load::<SimClock>(CLOCK)
            .items
            .into_iter()
            .next()
            .unwrap_or_else(|| SimClock::real(now_ms()));
        // Nothing can be in flight in a page that just started.
        with_outbox(&mut orders.items, |o| o.recover(now_ms()));
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
            serving: RwSignal::new(serving_id),
            write_error: RwSignal::new(None),
            newer: StoredValue::new(newer),
            flushing: StoredValue::new(false),
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
        spawn_local(self.flush(backend));
    }

    fn write<T: serde::Serialize>(
        &self,
        name: &'static str,
        items: &[T],
    ) -> Result<(), StoreError> {
        let newer = self.newer.with_value(|n| n.contains(&name));
        let result = db::save(name, items, newer);
        self.write_error.set(result.err());
        result
    }

    fn save_villagers(&self) {
        self.villagers
            .with_untracked(|v| self.write(VILLAGERS, v))
            .ok();
    }

    fn save_carts(&self) {
        self.carts.with_untracked(|c| self.write(CARTS, c)).ok();
    }

    fn save_orders(&self) {
        self.orders.with_untracked(|o| self.write(ORDERS, o)).ok();
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
        self.villagers
            .update(|all| all.push(Villager::new(id.clone(), input, avatar)));
        self.save_villagers();
        id
    }

    /// Saves an edited villager.
    pub fn update_villager(&self, id: &str, input: VillagerInput, avatar: u8) {
        self.villagers.update(|all| {
            if let Some(v) = all.iter_mut().find(|v| v.id == id) {
                v.update(input, avatar);
            }
        });
        self.save_villagers();
    }

    /// Archives (or brings back) a villager. An archived villager is no longer served.
    pub fn set_archived(&self, id: &str, archived: bool) {
        self.villagers.update(|all| {
            if let Some(v) = all.iter_mut().find(|v| v.id == id) {
                v.archived = archived;
            }
        });
        self.save_villagers();
        if archived && self.serving.get_untracked().as_deref() == Some(id) {
            self.serve(None);
        }
    }

    /// Erases a villager's data from every collection (orders keep their lines, not the person).
    pub fn erase(&self, id: &str) {
        let (mut villagers, mut carts, mut orders) = (
            self.villagers.get_untracked(),
            self.carts.get_untracked(),
            self.orders.get_untracked(),
        );
        if let Some(v) = villagers.iter().find(|v| v.id == id) {
            let phone = v.phone.clone().unwrap_or_default();
            db::drop_aside_copies_with(&[id, &v.name, &phone]);
        }
        erase_villager(&mut villagers, &mut carts, &mut orders, id);
        self.villagers.set(villagers);
        self.carts.set(carts);
        self.orders.set(orders);
        self.save_villagers();
        self.save_carts();
        self.save_orders();
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
        self.carts.update(|all| {
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
        self.save_carts();
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

    /// Places the villager's cart as an order: the order (with its outbox state) is written
    /// before the cart is closed and before anything is sent. Returns the order id.
    pub fn place(&self, villager_id: &str) -> Result<String, PlaceFailure> {
        let now = now_ms();
        let ids = NewOrderIds {
            id: order_id(now as i64, local_offset_minutes(), random_u32()),
            pickup_code: pickup_code(random_u32()),
        };
        let mut carts = self.carts.get_untracked();
        let mut orders = self.orders.get_untracked();
        let villagers = self.villagers.get_untracked();
        let id = place_order(&villagers, &mut carts, &mut orders, villager_id, ids, now)
            .map_err(PlaceFailure::Refused)?;
        self.write(ORDERS, &orders).map_err(PlaceFailure::Storage)?;
        self.orders.set(orders);
        self.carts.set(carts);
        self.save_carts();
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
        let mut answer = HandOver::NotHere;
        self.orders.update(|orders| {
            if let Some(o) = orders.iter_mut().find(|o| o.id == order_id) {
                answer = hand_over(o, code, now, now_ms());
            }
        });
        self.save_orders();
        answer
    }

    /// Starts a return of some items of an order.
    pub fn start_return(
        &self,
        order_id: &str,
        product_ids: &[u32],
        reason: ReturnReason,
    ) -> Result<(), ReturnError> {
        let now = self.clock_now();
        let mut result = Err(ReturnError::NotPickedUp);
        self.orders.update(|orders| {
            if let Some(o) = orders.iter_mut().find(|o| o.id == order_id) {
                result = start_return(o, product_ids, reason, now);
            }
        });
        if result.is_ok() {
            self.save_orders();
        }
        result
    }

    /// Everything waiting may be sent now (the network came back, or the partner asked).
    pub fn retry_now(&self) {
        self.orders
            .update(|o| with_outbox(o, |ob| ob.retry_now(now_ms())));
        self.save_orders();
    }

    /// How many orders have not been sent (tracked).
    pub fn unsent(&self) -> usize {
        self.orders
            .with(|o| o.iter().filter(|o| o.waiting()).count())
    }

    /// Sends every order that is due, one request each, one flush at a time. Each result is
    /// written before the next order goes.
    pub async fn flush(self, backend: Backend) {
        let now = now_ms();
        let any_due = self.orders.with_untracked(|orders| {
            orders
                .iter()
                .any(|o| matches!(o.send, SendState::Waiting { next_at, .. } if next_at <= now))
        });
        // Most ticks find nothing due: leave the orders (and every screen showing them) alone.
        if !any_due || self.flushing.get_value() {
            return;
        }
        self.flushing.set_value(true);
        let mut due = Vec::new();
        self.orders
            .update(|o| due = with_outbox(o, |ob| ob.take_due(now)));
        self.save_orders();
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
            self.orders.update(|orders| match &result {
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
            self.save_orders();
        }
        self.flushing.set_value(false);
    }

    /// Starts sending: now, every few seconds while the page is open (each order waits out its
    /// own backoff), and at once when the browser says the network is back.
    pub fn start_flusher(self, backend: Memo<Backend>) {
        let flush = move || spawn_local(self.flush(backend.get_untracked()));
        flush();
        let _ = leptos_use::use_interval_fn(flush, FLUSH_EVERY_MS);
        let _ = leptos_use::use_interval_fn(move || self.now.set(self.clock_now()), 1_000);
        let _ = leptos_use::use_event_listener(
            leptos_use::use_window(),
            leptos::ev::online,
            move |_| self.send_now(backend.get_untracked()),
        );
    }
}
