//! The demo station trainers teach with: eight villagers, open carts, and orders at every delivery
//! stage (waiting to send, just sent, about to arrive, arrived, overdue, picked up, sent back),
//! placed relative to the moment the demo starts so every screen has something to show. The same
//! start time and catalogue always give the same station.

use super::cart::Cart;
use super::catalog::Product;
use super::commission::DEFAULT_RATE_BP;
use super::logistics::{DAY_MS, HOUR_MS, SimClock, plan};
use super::order::{idempotency_key, order_id};
use super::outbox::SendState;
use super::station::{OpenCart, Order, Villager};

/// The pickup code of every demo parcel waiting at the station: lessons tell trainees to type it
/// (a real villager shows their own code; in class everybody needs the same one).
pub const DEMO_PICKUP_CODE: &str = "246810";

const MINUTE_MS: u64 = 60_000;

/// A villager of the demo: name, village group, phone, avatar.
const VILLAGERS: [(&str, &str, &str, u8); 8] = [
    ("王秀英", "东山村一组", "13800000101", 0),
    ("李桂兰", "东山村二组", "13800000102", 1),
    ("张建国", "西河村三组", "13800000103", 2),
    ("刘玉珍", "西河村一组", "13800000104", 3),
    ("陈志强", "南坡村二组", "13800000105", 4),
    ("杨淑芬", "南坡村四组", "13800000106", 5),
    ("赵德明", "北岭村一组", "13800000107", 6),
    ("黄春梅", "东山村三组", "13800000108", 7),
];

/// Where a demo order is when the demo starts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DemoStage {
    /// Placed while the network was down: still in the outbox.
    Waiting,
    /// Sent an hour ago: at the warehouse.
    JustSent,
    /// Arrives at the station about two hours after the demo starts (×1440 shows it in seconds).
    ArrivingSoon,
    /// Arrived this morning.
    Arrived,
    /// Waiting five days: flagged so the partner reminds the villager.
    Overdue,
    /// Collected yesterday: every return window still open.
    PickedUp,
    /// Collected three weeks ago: the commission has settled.
    Settled,
    /// Not collected within seven days: went back to the sender.
    SentBack,
}

/// Product ids and quantities.
type Items = &'static [(u32, u32)];

/// The demo's orders: villager (index into the villagers), stage, and what was bought.
const ORDERS: [(usize, DemoStage, Items); 8] = [
    (0, DemoStage::Waiting, &[(1, 1), (13, 2)]),
    (2, DemoStage::JustSent, &[(70, 1)]),
    (3, DemoStage::ArrivingSoon, &[(24, 1), (29, 2)]),
    (0, DemoStage::Arrived, &[(5, 1), (12, 3)]),
    (4, DemoStage::Overdue, &[(35, 1), (37, 2)]),
    (5, DemoStage::PickedUp, &[(23, 2), (36, 1), (38, 1)]),
    (6, DemoStage::Settled, &[(2, 1), (28, 1)]),
    (7, DemoStage::SentBack, &[(31, 2)]),
];

/// Open carts: villager index and (product id, quantity).
const CARTS: [(usize, Items); 2] = [(1, &[(3, 1), (20, 1), (27, 1)]), (7, &[(40, 2)])];

/// Everything the demo station starts with.
#[derive(Clone, Debug, PartialEq)]
pub struct DemoStation {
    pub villagers: Vec<Villager>,
    pub carts: Vec<OpenCart>,
    pub orders: Vec<Order>,
    pub clock: SimClock,
}

/// A stable id for demo record `n` (never a random one: the seed must repeat exactly).
fn demo_key(kind: u8, n: usize) -> String {
    let mut bytes = [0u8; 16];
    bytes[0] = 0xde;
    bytes[1] = kind;
    bytes[15] = n as u8;
    idempotency_key(bytes)
}

fn cart_of(products: &[Product], items: &[(u32, u32)]) -> Cart {
    let mut cart = Cart::default();
    for (id, qty) in items {
        if let Some(p) = products.iter().find(|p| p.id == *id)
            && cart.add(p).is_ok()
        {
            let _ = cart.set_qty(*id, *qty);
        }
    }
    cart
}

/// When the order of `stage` left the tablet, so that at `now` it is at that stage.
fn shipped_at(id: &str, stage: DemoStage, now: u64) -> Option<u64> {
    // The legs of a plan depend on the id only: shift it so arrival lands where wanted.
    let journey = plan(id, 0).at_station;
    let arriving = |at: u64| at.saturating_sub(journey);
    match stage {
        DemoStage::Waiting => None,
        DemoStage::JustSent => Some(now - HOUR_MS),
        DemoStage::ArrivingSoon => Some(arriving(now + 2 * HOUR_MS)),
        DemoStage::Arrived => Some(arriving(now - 3 * HOUR_MS)),
        DemoStage::Overdue => Some(arriving(now - 5 * DAY_MS - 2 * HOUR_MS)),
        DemoStage::PickedUp => Some(arriving(now - 2 * DAY_MS)),
        DemoStage::Settled => Some(arriving(now - 21 * DAY_MS)),
        DemoStage::SentBack => Some(arriving(now - 8 * DAY_MS)),
    }
}

/// The demo station as it is at station time `now` (ms), in a tablet `offset_minutes` east of
/// UTC, with the products of the embedded catalogue (unknown ids are left out).
pub fn seed(products: &[Product], now: u64, offset_minutes: i32) -> DemoStation {
    let villagers: Vec<Villager> = VILLAGERS
        .iter()
        .enumerate()
        .map(|(i, (name, village, phone, avatar))| Villager {
            id: demo_key(1, i),
            name: (*name).to_string(),
            village: (*village).to_string(),
            phone: Some((*phone).to_string()),
            avatar: *avatar,
            archived: false,
        })
        .collect();
    let carts = CARTS
        .iter()
        .enumerate()
        .map(|(n, (who, items))| OpenCart {
            villager_id: villagers[*who].id.clone(),
            key: demo_key(2, n),
            cart: cart_of(products, items),
        })
        .filter(|c| !c.cart.is_empty())
        .collect();
    let orders = ORDERS
        .iter()
        .enumerate()
        .filter_map(|(n, (who, stage, items))| {
            let lines = cart_of(products, items).lines;
            if lines.is_empty() {
                return None;
            }
            let villager = &villagers[*who];
            // Four digits from the position: ids stay unique and the same every time.
            let placeholder = order_id(now as i64, offset_minutes, 1000 + n as u32 * 37);
            let shipped = shipped_at(&placeholder, *stage, now);
            let placed_at = shipped.map_or(now - 10 * MINUTE_MS, |s| s - 20 * MINUTE_MS);
            let id = order_id(placed_at as i64, offset_minutes, 1000 + n as u32 * 37);
            // The plan depends on the final id: place it again with that id.
            let shipped = shipped_at(&id, *stage, now);
            let send = match shipped {
                Some(at) => SendState::Sent { at },
                None => SendState::Waiting {
                    attempts: 2,
                    next_at: now + 5 * MINUTE_MS,
                    last_error: Some("offline".into()),
                    hold_until: 0,
                },
            };
            let picked_up_at = match stage {
                DemoStage::PickedUp => Some(now - DAY_MS),
                DemoStage::Settled => Some(now - 20 * DAY_MS),
                _ => None,
            };
            let pickup_code = match stage {
                DemoStage::Arrived | DemoStage::Overdue | DemoStage::ArrivingSoon => {
                    DEMO_PICKUP_CODE.to_string()
                }
                _ => format!("{:06}", 380_000 + n * 1_111),
            };
            Some(Order {
                id,
                key: demo_key(3, n),
                villager_id: Some(villager.id.clone()),
                villager_name: villager.name.clone(),
                avatar: villager.avatar,
                placed_at,
                lines,
                pickup_code,
                send,
                remote_cart: None,
                mismatches: Vec::new(),
                shipped_at: shipped,
                picked_up_at,
                pickup_guard: Default::default(),
                returned: None,
                commission_bp: Some(DEFAULT_RATE_BP),
                sent_back_at: None,
                settled: None,
            })
        })
        .collect();
    DemoStation {
        villagers,
        carts,
        orders,
        clock: SimClock {
            real_base: now,
            sim_base: now,
            speed: 1,
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::api::dto::decode_product;
    use crate::domain::logistics::{Stage, check_pickup, flagged};
    use crate::domain::parcel::tracking;
    use crate::domain::villager::parse_phone;

    fn catalogue() -> Vec<Product> {
        let raw = include_str!("../../public/data/products.json");
        let v: serde_json::Value = serde_json::from_str(raw).unwrap();
        v["products"]
            .as_array()
            .unwrap()
            .iter()
            .filter_map(|p| decode_product(p).ok())
            .collect()
    }

    const NOW: u64 = 1_795_000_000_000;

    #[test]
    fn the_same_start_gives_the_same_station() {
        let products = catalogue();
        assert_eq!(seed(&products, NOW, 480), seed(&products, NOW, 480));
        assert_ne!(
            seed(&products, NOW, 480).orders[0].id,
            seed(&products, NOW + 3 * DAY_MS, 480).orders[0].id
        );
    }

    #[test]
    fn eight_villagers_with_valid_phones_and_distinct_avatars() {
        let demo = seed(&catalogue(), NOW, 480);
        assert_eq!(demo.villagers.len(), 8);
        for v in &demo.villagers {
            assert!(
                parse_phone(v.phone.as_deref().unwrap()).is_ok(),
                "{}",
                v.name
            );
        }
        let mut avatars: Vec<u8> = demo.villagers.iter().map(|v| v.avatar).collect();
        avatars.dedup();
        assert_eq!(avatars.len(), 8);
        assert_eq!(demo.carts.len(), 2);
        assert!(demo.carts.iter().all(|c| !c.cart.lines.is_empty()));
    }

    #[test]
    fn orders_stand_at_every_stage() {
        let demo = seed(&catalogue(), NOW, 480);
        assert_eq!(demo.orders.len(), ORDERS.len());
        let stage = |n: usize| tracking(&demo.orders[n], NOW).map(|t| t.stage);
        assert!(demo.orders[0].waiting());
        assert_eq!(stage(0), None);
        assert_eq!(stage(1), Some(Stage::Accepted));
        assert_eq!(stage(2), Some(Stage::OnTheWay));
        assert_eq!(stage(3), Some(Stage::AtStation));
        assert_eq!(stage(4), Some(Stage::AtStation));
        assert_eq!(stage(5), Some(Stage::PickedUp));
        assert_eq!(stage(6), Some(Stage::PickedUp));
        assert_eq!(stage(7), Some(Stage::Returned));
        let plan_of = |n: usize| tracking(&demo.orders[n], NOW).unwrap().plan;
        assert!(flagged(&plan_of(4), NOW, None));
        assert!(!flagged(&plan_of(3), NOW, None));
        // Arrives two hours on: ×1440 shows it within seconds.
        assert_eq!(plan_of(2).at_station, NOW + 2 * HOUR_MS);
        let ids: std::collections::HashSet<_> = demo.orders.iter().map(|o| &o.id).collect();
        assert_eq!(ids.len(), demo.orders.len());
        for n in [2, 3, 4] {
            assert!(check_pickup(DEMO_PICKUP_CODE, &demo.orders[n].pickup_code));
        }
    }
}
