//! The station's own records, as kept on the tablet: the villagers it serves, one open cart per
//! villager, and the orders placed (each with its send state: the outbox lives inside the orders
//! so that an order and its place in the outbox are written together, in one write).

use serde::{Deserialize, Serialize};

use super::cart::{Cart, CartLine, Totals, totals_of};
use super::commission::Settled;
use super::logistics::PickupGuard;
use super::order::Mismatch;
pub use super::outbox::with_outbox;
use super::outbox::{Outgoing, SendState};
use super::villager::VillagerInput;

/// How many avatars there are to choose from (pictures `/img/a/0.svg` … `/img/a/11.svg`).
pub const AVATAR_COUNT: u8 = 12;

/// The picture of avatar `index` (out-of-range indexes wrap, so stored data never shows nothing).
pub fn avatar_src(index: u8) -> String {
    format!("/img/a/{}.svg", index % AVATAR_COUNT)
}

/// A villager the station serves: only what the station needs.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Villager {
    /// Made on the tablet; never shown, never put in an address with the name.
    pub id: String,
    pub name: String,
    #[serde(default)]
    pub village: String,
    /// The 11 digits of a mainland mobile number.
    #[serde(default)]
    pub phone: Option<String>,
    #[serde(default)]
    pub avatar: u8,
    /// Archived villagers are kept (their orders still name them) but not offered for serving.
    #[serde(default)]
    pub archived: bool,
}

impl Villager {
    /// A new villager from a validated form.
    pub fn new(id: String, input: VillagerInput, avatar: u8) -> Villager {
        Villager {
            id,
            name: input.name,
            village: input.village,
            phone: input.phone.map(|p| p.digits().to_string()),
            avatar: avatar % AVATAR_COUNT,
            archived: false,
        }
    }

    /// Takes the edited fields of a validated form (id and archive state stay).
    pub fn update(&mut self, input: VillagerInput, avatar: u8) {
        self.name = input.name;
        self.village = input.village;
        self.phone = input.phone.map(|p| p.digits().to_string());
        self.avatar = avatar % AVATAR_COUNT;
    }
}

/// A villager's open cart. `key` is the idempotency key the order will carry: made with the cart,
/// so a confirm tapped twice, or again after a reload, is the same order.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct OpenCart {
    pub villager_id: String,
    pub key: String,
    pub cart: Cart,
}

/// An order as the station keeps it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Order {
    /// Made on the tablet (`CZ-20261123-4821`): the order's identity.
    pub id: String,
    /// Sent with every attempt.
    pub key: String,
    /// `None` once the villager's data was erased.
    pub villager_id: Option<String>,
    /// The name when ordered (empty once erased).
    pub villager_name: String,
    pub avatar: u8,
    /// Unix ms.
    pub placed_at: u64,
    pub lines: Vec<CartLine>,
    /// The six digits the villager shows at pickup.
    pub pickup_code: String,
    /// Where the order is in the outbox.
    pub send: SendState,
    /// The cart id a remote backend answered with (not the order's identity).
    #[serde(default)]
    pub remote_cart: Option<u64>,
    /// Where the remote backend's totals disagreed with ours.
    #[serde(default)]
    pub mismatches: Vec<Mismatch>,
    /// When the order left the tablet, on the station's (simulated) clock: the parcel's journey
    /// starts here.
    #[serde(default)]
    pub shipped_at: Option<u64>,
    /// When the villager collected the parcel (station clock).
    #[serde(default)]
    pub picked_up_at: Option<u64>,
    /// Wrong pickup codes and the handover lock.
    #[serde(default)]
    pub pickup_guard: PickupGuard,
    /// A return the partner started for some of the items.
    #[serde(default)]
    pub returned: Option<ReturnRecord>,
    /// The commission rate when the order was placed (basis points). `None` on orders kept before
    /// rates were recorded: the rate in settings applies until the commission is settled.
    #[serde(default)]
    pub commission_bp: Option<u32>,
    /// When the uncollected parcel went back to the sender (station clock), recorded the first
    /// time the tablet saw it: a clock set back later does not bring it back.
    #[serde(default)]
    pub sent_back_at: Option<u64>,
    /// The commission once earned: when, and how much — kept, never recomputed.
    #[serde(default)]
    pub settled: Option<Settled>,
}

/// Why a villager returns items (chosen from big pictured choices).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ReturnReason {
    WrongItem,
    Damaged,
    DoesNotFit,
    ChangedMind,
}

impl ReturnReason {
    /// Every reason, in the order offered.
    pub const ALL: [ReturnReason; 4] = [
        ReturnReason::WrongItem,
        ReturnReason::Damaged,
        ReturnReason::DoesNotFit,
        ReturnReason::ChangedMind,
    ];
}

/// A return started at the station.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReturnRecord {
    /// Station clock.
    pub at: u64,
    pub product_ids: Vec<u32>,
    pub reason: ReturnReason,
}

impl Order {
    /// The order's totals, from its lines.
    pub fn totals(&self) -> Totals {
        totals_of(&self.lines)
    }

    /// Whether the order has not reached the backend yet.
    pub fn waiting(&self) -> bool {
        !matches!(self.send, SendState::Sent { .. })
    }
}

/// Why an order could not be placed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PlaceError {
    /// The villager has no cart, or it is empty.
    EmptyCart,
    /// The villager is not (or no longer) on the tablet.
    NoVillager,
}

/// What the tablet decides for a new order (random parts come from the browser).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NewOrder {
    pub id: String,
    pub pickup_code: String,
    /// The partner's commission rate now: the order keeps it (a later rate applies to later orders).
    pub commission_bp: u32,
}

/// Places the villager's cart as an order, written to the outbox in the same step. The cart's key
/// makes this idempotent: when an order with that key exists (a double tap, a confirm repeated
/// after a reload that came between writing the order and closing the cart) no second order is
/// made and the existing one is returned. The caller saves the orders, then the carts.
pub fn place_order(
    villagers: &[Villager],
    carts: &mut Vec<OpenCart>,
    orders: &mut Vec<Order>,
    villager_id: &str,
    ids: NewOrder,
    now: u64,
) -> Result<String, PlaceError> {
    let position = carts.iter().position(|c| c.villager_id == villager_id);
    if let Some(existing) = position
        .and_then(|i| orders.iter().find(|o| o.key == carts[i].key))
        .map(|o| o.id.clone())
    {
        carts.retain(|c| c.villager_id != villager_id);
        return Ok(existing);
    }
    let villager = villagers
        .iter()
        .find(|v| v.id == villager_id)
        .ok_or(PlaceError::NoVillager)?;
    let index = position
        .filter(|i| !carts[*i].cart.is_empty())
        .ok_or(PlaceError::EmptyCart)?;
    let open = carts.remove(index);
    // Two orders of one day may draw the same four digits: move on until the id is free.
    let mut id = ids.id;
    while orders.iter().any(|o| o.id == id) {
        id.push('A');
    }
    orders.push(Order {
        id: id.clone(),
        key: open.key,
        villager_id: Some(villager.id.clone()),
        villager_name: villager.name.clone(),
        avatar: villager.avatar,
        placed_at: now,
        lines: open.cart.lines,
        pickup_code: ids.pickup_code,
        send: SendState::Waiting {
            attempts: 0,
            next_at: now,
            last_error: None,
            hold_until: 0,
        },
        remote_cart: None,
        mismatches: Vec::new(),
        shipped_at: None,
        picked_up_at: None,
        pickup_guard: PickupGuard::default(),
        returned: None,
        commission_bp: Some(ids.commission_bp),
        sent_back_at: None,
        settled: None,
    });
    Ok(id)
}

impl Outgoing for Order {
    fn outbox_id(&self) -> &str {
        &self.id
    }
    fn outbox_key(&self) -> &str {
        &self.key
    }
    fn send_state(&mut self) -> &mut SendState {
        &mut self.send
    }
}

/// Erases a villager: the record and the open cart go; orders stay for the station's accounts
/// but lose the name and the link to the villager. Returns whether anything was found.
pub fn erase_villager(
    villagers: &mut Vec<Villager>,
    carts: &mut Vec<OpenCart>,
    orders: &mut [Order],
    villager_id: &str,
) -> bool {
    let before = villagers.len() + carts.len();
    villagers.retain(|v| v.id != villager_id);
    carts.retain(|c| c.villager_id != villager_id);
    let mut found = before != villagers.len() + carts.len();
    for o in orders
        .iter_mut()
        .filter(|o| o.villager_id.as_deref() == Some(villager_id))
    {
        o.villager_id = None;
        o.villager_name.clear();
        found = true;
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::catalog::Product;
    use crate::domain::villager::validate_villager;

    fn villager(id: &str, name: &str) -> Villager {
        Villager::new(
            id.into(),
            validate_villager(name, "一组", "138 0013 8000").unwrap(),
            3,
        )
    }

    fn cart_for(villager_id: &str, key: &str, products: &[u32]) -> OpenCart {
        let mut cart = Cart::default();
        for id in products {
            cart.add(&Product::sample(*id, ("P", "品"), 1_000, 10, 1))
                .unwrap();
        }
        OpenCart {
            villager_id: villager_id.into(),
            key: key.into(),
            cart,
        }
    }

    fn ids(id: &str) -> NewOrder {
        NewOrder {
            id: id.into(),
            pickup_code: "480219".into(),
            commission_bp: 300,
        }
    }

    #[test]
    fn new_villagers_keep_only_digits_and_a_valid_avatar() {
        let v = Villager::new(
            "v1".into(),
            validate_villager(" 王阿姨 ", "", "+86 139-1234-5678").unwrap(),
            25,
        );
        assert_eq!(v.name, "王阿姨");
        assert_eq!(v.phone.as_deref(), Some("13912345678"));
        assert_eq!(v.avatar, 1);
        assert_eq!(avatar_src(v.avatar), "/img/a/1.svg");
        assert_eq!(avatar_src(200), "/img/a/8.svg");
    }

    #[test]
    fn placing_moves_the_cart_into_a_waiting_order() {
        let villagers = vec![villager("v1", "王阿姨")];
        let mut carts = vec![cart_for("v1", "k1", &[1, 2, 3])];
        let mut orders = Vec::new();
        let id = place_order(&villagers, &mut carts, &mut orders, "v1", ids("CZ-1"), 500).unwrap();
        assert_eq!(id, "CZ-1");
        assert!(carts.is_empty());
        let o = &orders[0];
        assert_eq!((o.lines.len(), o.key.as_str()), (3, "k1"));
        assert_eq!(o.villager_name, "王阿姨");
        assert_eq!(o.totals().total.0, 3_000);
        assert!(o.waiting());
        assert_eq!(
            o.send,
            SendState::Waiting {
                attempts: 0,
                next_at: 500,
                last_error: None,
                hold_until: 0,
            }
        );
    }

    #[test]
    fn confirming_twice_makes_one_order() {
        let villagers = vec![villager("v1", "王阿姨")];
        let mut carts = vec![cart_for("v1", "k1", &[1])];
        let mut orders = Vec::new();
        let first = place_order(&villagers, &mut carts, &mut orders, "v1", ids("CZ-1"), 1);
        // A second tap after the cart closed: nothing to place.
        let second = place_order(&villagers, &mut carts, &mut orders, "v1", ids("CZ-2"), 2);
        assert_eq!(first, Ok("CZ-1".into()));
        assert_eq!(second, Err(PlaceError::EmptyCart));
        assert_eq!(orders.len(), 1);
    }

    #[test]
    fn a_reload_between_the_two_writes_does_not_double_the_order() {
        let villagers = vec![villager("v1", "王阿姨")];
        let saved_carts = vec![cart_for("v1", "k1", &[1, 2])];
        let mut carts = saved_carts.clone();
        let mut orders = Vec::new();
        place_order(&villagers, &mut carts, &mut orders, "v1", ids("CZ-1"), 1).unwrap();
        // The orders were written, the tablet restarted before the carts were: the old cart is back.
        let mut carts = saved_carts;
        let again = place_order(&villagers, &mut carts, &mut orders, "v1", ids("CZ-9"), 2);
        assert_eq!(again, Ok("CZ-1".into()));
        assert_eq!(orders.len(), 1);
        assert!(carts.is_empty());
    }

    #[test]
    fn empty_carts_and_unknown_villagers_are_refused() {
        let villagers = vec![villager("v1", "王阿姨")];
        let mut carts = vec![cart_for("v1", "k1", &[])];
        let mut orders = Vec::new();
        assert_eq!(
            place_order(&villagers, &mut carts, &mut orders, "v1", ids("a"), 1),
            Err(PlaceError::EmptyCart)
        );
        assert_eq!(
            place_order(&villagers, &mut carts, &mut orders, "v9", ids("a"), 1),
            Err(PlaceError::NoVillager)
        );
        assert!(orders.is_empty());
        assert_eq!(carts.len(), 1, "a refused order keeps the cart");
    }

    #[test]
    fn order_ids_stay_unique() {
        let villagers = vec![villager("v1", "王阿姨"), villager("v2", "李大爷")];
        let mut carts = vec![cart_for("v1", "k1", &[1]), cart_for("v2", "k2", &[2])];
        let mut orders = Vec::new();
        let a = place_order(&villagers, &mut carts, &mut orders, "v1", ids("CZ-7"), 1).unwrap();
        let b = place_order(&villagers, &mut carts, &mut orders, "v2", ids("CZ-7"), 1).unwrap();
        assert_ne!(a, b);
    }

    #[test]
    fn outbox_steps_run_over_the_orders() {
        let villagers = vec![villager("v1", "王阿姨")];
        let mut carts = vec![cart_for("v1", "k1", &[1])];
        let mut orders = Vec::new();
        place_order(&villagers, &mut carts, &mut orders, "v1", ids("CZ-1"), 0).unwrap();
        let due = with_outbox(&mut orders, |o| o.take_due(10));
        assert_eq!(due.len(), 1);
        assert!(matches!(
            orders[0].send,
            SendState::Sending { attempts: 1, .. }
        ));
        with_outbox(&mut orders, |o| {
            o.mark_failed("CZ-1", "offline", 20, 0.5, None)
        });
        assert!(matches!(
            &orders[0].send,
            SendState::Waiting { attempts: 1, last_error: Some(e), .. } if e == "offline"
        ));
        // Not due yet: a second flush takes nothing.
        assert!(with_outbox(&mut orders, |o| o.take_due(21)).is_empty());
        with_outbox(&mut orders, |o| o.retry_now(22));
        assert_eq!(with_outbox(&mut orders, |o| o.take_due(22)).len(), 1);
        with_outbox(&mut orders, |o| o.mark_sent("CZ-1", 30));
        assert!(!orders[0].waiting());
    }

    #[test]
    fn erasing_a_villager_removes_the_person_and_keeps_the_accounts() {
        let mut villagers = vec![villager("v1", "王阿姨"), villager("v2", "李大爷")];
        let mut carts = vec![cart_for("v1", "k1", &[1]), cart_for("v2", "k2", &[2])];
        let mut orders = Vec::new();
        place_order(&villagers, &mut carts, &mut orders, "v1", ids("CZ-1"), 1).unwrap();
        carts.push(cart_for("v1", "k3", &[3]));
        assert!(erase_villager(
            &mut villagers,
            &mut carts,
            &mut orders,
            "v1"
        ));
        assert_eq!(villagers.len(), 1);
        assert_eq!(carts.len(), 1);
        assert_eq!(orders.len(), 1);
        assert_eq!(orders[0].villager_id, None);
        assert_eq!(orders[0].villager_name, "");
        let stored = serde_json::to_string(&(villagers, carts, orders.clone())).unwrap();
        assert!(!stored.contains("王阿姨") && !stored.contains("\"v1\""));
        assert!(!erase_villager(&mut vec![], &mut vec![], &mut orders, "v1"));
    }

    #[test]
    fn stored_orders_read_back_the_same() {
        let villagers = vec![villager("v1", "王阿姨")];
        let mut carts = vec![cart_for("v1", "k1", &[1, 2])];
        let mut orders = Vec::new();
        place_order(&villagers, &mut carts, &mut orders, "v1", ids("CZ-1"), 1).unwrap();
        let raw = serde_json::to_string(&orders).unwrap();
        let back: Vec<Order> = serde_json::from_str(&raw).unwrap();
        assert_eq!(back, orders);
    }
}
