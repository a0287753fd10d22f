//! An order's parcel after it left the tablet: where it is (from the logistics simulator), the
//! handover at the station with the pickup code, returns within each product's window, and the
//! partner's commission on it. All times here are on the station's clock (simulated for trainers).

use super::commission::{
    CommissionState, ReturnWindow, Settled, can_return, commission, commission_state,
    latest_deadline, return_deadline,
};
use super::logistics::{Plan, Stage, can_hand_over, eta, events, plan, stage_at};
use super::money::Fen;
use super::pin::Attempt;
use super::station::{Order, ReturnReason, ReturnRecord};

/// Where a shipped order's parcel is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Tracking {
    pub plan: Plan,
    pub stage: Stage,
    /// What has happened so far, with times.
    pub events: Vec<(Stage, u64)>,
    /// When it should reach the station (before it has).
    pub eta: Option<u64>,
}

/// The order's own "now": the station clock, but never before something the order has recorded
/// (a pickup, a return, the parcel sent back, the commission settled). A clock set back cannot
/// undo what happened — a parcel handed over does not come back to the shelf to be handed over
/// again — while a clock set ahead only moves things that have not happened yet.
pub fn order_now(order: &Order, now: u64) -> u64 {
    [
        order.picked_up_at,
        order.sent_back_at,
        order.returned.as_ref().map(|r| r.at),
        order.settled.map(|s| s.at),
    ]
    .into_iter()
    .flatten()
    .fold(now, u64::max)
}

/// The parcel's journey, once the order has left the tablet (`None` while it waits to be sent).
pub fn tracking(order: &Order, now: u64) -> Option<Tracking> {
    let now = order_now(order, now);
    let plan = plan(&order.id, order.shipped_at?);
    Some(Tracking {
        stage: stage_at(&plan, now, order.picked_up_at),
        events: events(&plan, now, order.picked_up_at),
        eta: eta(&plan, now),
        plan,
    })
}

/// The stage of an order's parcel (`None` while unsent).
pub fn stage_of(order: &Order, now: u64) -> Option<Stage> {
    tracking(order, now).map(|t| t.stage)
}

/// The answer to a pickup code typed at the station.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HandOver {
    /// Right code: the parcel is the villager's; collect this much cash.
    Done {
        cash: Fen,
    },
    Wrong {
        left: u32,
    },
    /// Too many wrong codes: handover of this parcel is locked until then (real time).
    Locked {
        until: u64,
    },
    /// The parcel is not waiting at the station (not arrived, already picked up, returned).
    NotHere,
}

/// Checks a pickup code for an order's parcel. `now` is the station clock (the pickup time kept),
/// `real_now` the wall clock the lock is measured in. A parcel is handed over once only.
pub fn hand_over(order: &mut Order, entered: &str, now: u64, real_now: u64) -> HandOver {
    let now = order_now(order, now);
    if !stage_of(order, now).is_some_and(can_hand_over) {
        return HandOver::NotHere;
    }
    let code = order.pickup_code.clone();
    match order.pickup_guard.attempt(real_now, entered, &code) {
        Attempt::Accepted => {
            order.picked_up_at = Some(now);
            HandOver::Done {
                cash: order.totals().total,
            }
        }
        Attempt::Wrong { left } => HandOver::Wrong { left },
        Attempt::Locked { until } => HandOver::Locked { until },
    }
}

/// Whether each line of a picked-up order can still be returned.
pub fn return_windows(order: &Order, now: u64) -> Vec<(u32, ReturnWindow)> {
    order
        .lines
        .iter()
        .map(|l| {
            let deadline = order
                .picked_up_at
                .and_then(|at| return_deadline(l.return_policy.as_deref(), at));
            (l.product_id, can_return(deadline, now))
        })
        .collect()
}

/// Why a return could not be started.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ReturnError {
    NotPickedUp,
    AlreadyReturned,
    NothingChosen,
    /// A chosen item is outside its window (or never returnable).
    WindowClosed {
        product_id: u32,
    },
}

/// Starts a return of some items of a picked-up order.
pub fn start_return(
    order: &mut Order,
    product_ids: &[u32],
    reason: ReturnReason,
    now: u64,
) -> Result<(), ReturnError> {
    let now = order_now(order, now);
    if order.picked_up_at.is_none_or(|at| at > now) {
        return Err(ReturnError::NotPickedUp);
    }
    if order.returned.is_some() {
        return Err(ReturnError::AlreadyReturned);
    }
    if product_ids.is_empty() {
        return Err(ReturnError::NothingChosen);
    }
    let windows = return_windows(order, now);
    for id in product_ids {
        let open = windows
            .iter()
            .any(|(p, w)| p == id && matches!(w, ReturnWindow::Open { .. }));
        if !open {
            return Err(ReturnError::WindowClosed { product_id: *id });
        }
    }
    order.returned = Some(ReturnRecord {
        at: now,
        product_ids: product_ids.to_vec(),
        reason,
    });
    Ok(())
}

/// The partner's commission on an order and whether it counts yet: as settled, once it was; else
/// at the rate the order was placed at (`rate_bp`, the current rate, for orders kept before rates
/// were recorded).
pub fn order_commission(order: &Order, rate_bp: u32, now: u64) -> (Fen, CommissionState) {
    if let Some(settled) = order.settled {
        return (settled.amount, CommissionState::Earned { at: settled.at });
    }
    let now = order_now(order, now);
    let amount = commission(order.totals().total, order.commission_bp.unwrap_or(rate_bp));
    let Some(stage) = stage_of(order, now) else {
        return (amount, CommissionState::Pending);
    };
    let deadline = order
        .picked_up_at
        .and_then(|at| latest_deadline(order.lines.iter().map(|l| l.return_policy.as_deref()), at));
    let state = commission_state(
        stage,
        order.picked_up_at,
        deadline,
        order.returned.is_some(),
        now,
    );
    (amount, state)
}

/// Records what has happened to an order by `now` and is not recorded yet: the parcel sent back
/// (at the time it went), the commission settled (its time and amount). `true` when something
/// was recorded (the caller saves).
pub fn record_facts(order: &mut Order, rate_bp: u32, now: u64) -> bool {
    let (sent_back, settled) = due_facts(order, rate_bp, now);
    if sent_back.is_some() {
        order.sent_back_at = sent_back;
    }
    if settled.is_some() {
        order.settled = settled;
    }
    sent_back.is_some() || settled.is_some()
}

/// What [`record_facts`] would record (nothing changed): the time the parcel went back, the
/// settled commission.
pub fn due_facts(order: &Order, rate_bp: u32, now: u64) -> (Option<u64>, Option<Settled>) {
    let sent_back = tracking(order, now)
        .filter(|t| order.sent_back_at.is_none() && t.stage == Stage::Returned)
        .map(|t| t.plan.return_at());
    let settled = match order_commission(order, rate_bp, now) {
        (amount, CommissionState::Earned { at }) if order.settled.is_none() => {
            Some(Settled { at, amount })
        }
        _ => None,
    };
    (sent_back, settled)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::cart::Cart;
    use crate::domain::catalog::Product;
    use crate::domain::logistics::{DAY_MS, HOLD_DAYS};
    use crate::domain::station::{NewOrder, OpenCart, Villager, place_order};
    use crate::domain::villager::validate_villager;

    const T0: u64 = 1_795_399_200_000;

    fn shipped_order(policies: &[Option<&str>]) -> Order {
        let villagers = vec![Villager::new(
            "v1".into(),
            validate_villager("王阿姨", "", "").unwrap(),
            0,
        )];
        let mut cart = Cart::default();
        for (i, policy) in policies.iter().enumerate() {
            let mut p = Product::sample(i as u32 + 1, ("P", "品"), 1_950, 10, 1);
            p.return_policy = policy.map(str::to_string);
            cart.add(&p).unwrap();
        }
        let mut carts = vec![OpenCart {
            villager_id: "v1".into(),
            key: "k".into(),
            cart,
        }];
        let mut orders = Vec::new();
        let ids = NewOrder {
            id: "CZ-20261123-0001".into(),
            pickup_code: "480219".into(),
            commission_bp: 300,
        };
        place_order(&villagers, &mut carts, &mut orders, "v1", ids, T0).unwrap();
        let mut order = orders.remove(0);
        order.shipped_at = Some(T0);
        order
    }

    fn arrival(order: &Order) -> u64 {
        tracking(order, T0).unwrap().plan.at_station
    }

    #[test]
    fn unsent_orders_have_no_parcel_yet() {
        let mut order = shipped_order(&[None]);
        order.shipped_at = None;
        assert_eq!(tracking(&order, T0), None);
        assert_eq!(hand_over(&mut order, "480219", T0, T0), HandOver::NotHere);
        assert_eq!(
            order_commission(&order, 300, T0).1,
            CommissionState::Pending
        );
    }

    #[test]
    fn the_parcel_moves_and_waits_at_the_station() {
        let order = shipped_order(&[None]);
        let t = tracking(&order, T0).unwrap();
        assert_eq!(t.stage, Stage::Accepted);
        assert_eq!(t.eta, Some(t.plan.at_station));
        let at = arrival(&order);
        let there = tracking(&order, at).unwrap();
        assert_eq!(there.stage, Stage::AtStation);
        assert_eq!(there.eta, None);
        assert_eq!(there.events.len(), 5);
    }

    #[test]
    fn handover_needs_the_right_code_at_the_station_and_happens_once() {
        let mut order = shipped_order(&[None, None]);
        let at = arrival(&order);
        // Not arrived yet.
        assert_eq!(
            hand_over(&mut order, "480219", at - 1, 0),
            HandOver::NotHere
        );
        assert_eq!(
            hand_over(&mut order, "111111", at, 0),
            HandOver::Wrong { left: 4 }
        );
        assert_eq!(
            hand_over(&mut order, "480 219", at + 5, 1),
            HandOver::Done { cash: Fen(3_900) }
        );
        assert_eq!(order.picked_up_at, Some(at + 5));
        assert_eq!(stage_of(&order, at + 10), Some(Stage::PickedUp));
        assert_eq!(
            hand_over(&mut order, "480219", at + 10, 2),
            HandOver::NotHere
        );
    }

    #[test]
    fn five_wrong_codes_lock_the_handover_for_a_minute() {
        let mut order = shipped_order(&[None]);
        let at = arrival(&order);
        for left in (1..5).rev() {
            assert_eq!(
                hand_over(&mut order, "000001", at, 100),
                HandOver::Wrong { left }
            );
        }
        assert_eq!(
            hand_over(&mut order, "000001", at, 100),
            HandOver::Locked {
                until: 100 + 60_000
            }
        );
        // Even the right code waits out the lock (measured in real time).
        assert!(matches!(
            hand_over(&mut order, "480219", at, 30_000),
            HandOver::Locked { .. }
        ));
        assert!(matches!(
            hand_over(&mut order, "480219", at, 60_100),
            HandOver::Done { .. }
        ));
    }

    #[test]
    fn uncollected_parcels_go_back_after_seven_days() {
        let mut order = shipped_order(&[None]);
        let back = arrival(&order) + HOLD_DAYS * DAY_MS;
        assert_eq!(stage_of(&order, back), Some(Stage::Returned));
        assert_eq!(hand_over(&mut order, "480219", back, 0), HandOver::NotHere);
        assert_eq!(order_commission(&order, 300, back).1, CommissionState::None);
    }

    #[test]
    fn returns_only_within_each_items_window() {
        let mut order = shipped_order(&[Some("7 days return policy"), Some("No return policy")]);
        let at = arrival(&order);
        assert_eq!(
            start_return(&mut order, &[1], ReturnReason::Damaged, at),
            Err(ReturnError::NotPickedUp)
        );
        hand_over(&mut order, "480219", at, 0);
        let windows = return_windows(&order, at + DAY_MS);
        assert!(matches!(windows[0].1, ReturnWindow::Open { .. }));
        assert_eq!(windows[1].1, ReturnWindow::NoReturns);
        assert_eq!(
            start_return(&mut order, &[2], ReturnReason::Damaged, at + DAY_MS),
            Err(ReturnError::WindowClosed { product_id: 2 })
        );
        assert_eq!(
            start_return(&mut order, &[], ReturnReason::Damaged, at + DAY_MS),
            Err(ReturnError::NothingChosen)
        );
        assert_eq!(
            start_return(&mut order, &[1], ReturnReason::Damaged, at + 8 * DAY_MS),
            Err(ReturnError::WindowClosed { product_id: 1 })
        );
        assert_eq!(
            start_return(&mut order, &[1], ReturnReason::WrongItem, at + DAY_MS),
            Ok(())
        );
        assert_eq!(
            start_return(&mut order, &[1], ReturnReason::WrongItem, at + DAY_MS),
            Err(ReturnError::AlreadyReturned)
        );
    }

    #[test]
    fn commission_is_pending_until_pickup_and_the_window_then_earned_or_void() {
        let mut order = shipped_order(&[Some("7 days return policy")]);
        let at = arrival(&order);
        assert_eq!(
            order_commission(&order, 300, at),
            (Fen(59), CommissionState::Pending)
        );
        hand_over(&mut order, "480219", at, 0);
        assert_eq!(
            order_commission(&order, 300, at + DAY_MS).1,
            CommissionState::Pending
        );
        let end = at + 7 * DAY_MS;
        assert_eq!(
            order_commission(&order, 300, end).1,
            CommissionState::Earned { at: end }
        );
        let mut returned = order.clone();
        start_return(&mut returned, &[1], ReturnReason::ChangedMind, at + DAY_MS).unwrap();
        assert_eq!(
            order_commission(&returned, 300, end).1,
            CommissionState::None
        );
    }

    #[test]
    fn a_clock_set_back_cannot_put_a_handed_over_parcel_back_on_the_shelf() {
        let mut order = shipped_order(&[None]);
        let at = arrival(&order);
        assert!(matches!(
            hand_over(&mut order, "480219", at + DAY_MS, 0),
            HandOver::Done { .. }
        ));
        // The tablet's clock is corrected two days back: still picked up, no second handover.
        let earlier = at - DAY_MS;
        assert_eq!(stage_of(&order, earlier), Some(Stage::PickedUp));
        assert_eq!(
            hand_over(&mut order, "480219", earlier, 0),
            HandOver::NotHere
        );
        assert_eq!(order.picked_up_at, Some(at + DAY_MS));
    }

    #[test]
    fn a_parcel_sent_back_stays_sent_back_when_the_clock_is_corrected() {
        let mut order = shipped_order(&[None]);
        let back = arrival(&order) + HOLD_DAYS * DAY_MS;
        // Seen by the tablet a year ahead of time, then the clock is put right.
        let year_ahead = back + 365 * DAY_MS;
        assert!(record_facts(&mut order, 300, year_ahead));
        assert_eq!(order.sent_back_at, Some(back), "recorded when it happened");
        assert!(!record_facts(&mut order, 300, year_ahead), "recorded once");
        let at = arrival(&order);
        assert_eq!(stage_of(&order, at), Some(Stage::Returned));
        assert_eq!(hand_over(&mut order, "480219", at, 0), HandOver::NotHere);
        assert_eq!(order_commission(&order, 300, at).1, CommissionState::None);
    }

    #[test]
    fn earned_money_keeps_its_rate_and_a_new_rate_counts_for_new_orders() {
        let mut order = shipped_order(&[None]);
        let at = arrival(&order);
        hand_over(&mut order, "480219", at, 0);
        // Placed at 3 %: 3 % of ¥19.50, whatever the rate in settings says now.
        assert_eq!(order.commission_bp, Some(300));
        assert_eq!(order_commission(&order, 500, at).0, Fen(59));
        assert_eq!(
            due_facts(&order, 500, at).1,
            Some(Settled {
                at,
                amount: Fen(59)
            })
        );
        assert!(record_facts(&mut order, 500, at));
        // Settled: kept as recorded, even with the clock set back before it.
        assert_eq!(
            order_commission(&order, 900, at - 30 * DAY_MS),
            (Fen(59), CommissionState::Earned { at })
        );
        // An order kept before rates were recorded takes the rate of the day it settles.
        let mut old = shipped_order(&[None]);
        old.commission_bp = None;
        hand_over(&mut old, "480219", at, 0);
        record_facts(&mut old, 500, at);
        assert_eq!(
            old.settled,
            Some(Settled {
                at,
                amount: Fen(98)
            })
        );
        assert_eq!(order_commission(&old, 300, at).0, Fen(98));
    }

    #[test]
    fn nothing_is_recorded_before_it_happens() {
        let mut order = shipped_order(&[Some("7 days return policy")]);
        let at = arrival(&order);
        assert!(!record_facts(&mut order, 300, at));
        hand_over(&mut order, "480219", at, 0);
        assert!(
            !record_facts(&mut order, 300, at + DAY_MS),
            "still returnable"
        );
        assert_eq!(order.settled, None);
        assert_eq!(order.sent_back_at, None);
    }
}
