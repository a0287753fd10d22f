//! A courier's parcel on the shelf: how long it has waited and what that means (the same five-
//! and seven-day rules as an order's parcel), the handover with its pickup code, the return to
//! the courier, and the fees couriers pay the station for parcels handed over.

use serde::{Deserialize, Serialize};

use super::CourierParcel;
use crate::domain::logistics::{DAY_MS, FLAG_DAYS, HOLD_DAYS};
use crate::domain::money::Fen;
use crate::domain::order::date_of;
use crate::domain::parcel::HandOver;
use crate::domain::pin::Attempt;

/// Whole days a parcel has waited (0 for a clock set before its arrival).
pub fn days_waiting(arrived_at: u64, now: u64) -> u64 {
    now.saturating_sub(arrived_at) / DAY_MS
}

/// Where a courier's parcel stands. The day rules are the ones orders follow
/// ([`FLAG_DAYS`], [`HOLD_DAYS`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ParcelState {
    /// On the shelf, fewer than five days.
    Waiting,
    /// Five days or more: remind the villager.
    Flagged,
    /// Seven days or more: give it back to the courier on the next round.
    DueBack,
    PickedUp,
    Returned,
}

impl ParcelState {
    /// A stable snake_case name, for locale keys.
    pub fn code(self) -> &'static str {
        match self {
            ParcelState::Waiting => "waiting",
            ParcelState::Flagged => "flagged",
            ParcelState::DueBack => "due_back",
            ParcelState::PickedUp => "picked_up",
            ParcelState::Returned => "returned",
        }
    }
}

/// The parcel's own "now": never before what it has recorded, so a clock set back cannot put a
/// collected or returned parcel back on the shelf.
pub fn parcel_now(parcel: &CourierParcel, now: u64) -> u64 {
    [parcel.picked_up_at, parcel.returned_to_courier_at]
        .into_iter()
        .flatten()
        .fold(now, u64::max)
}

/// The parcel's state at `now` (station clock).
pub fn state(parcel: &CourierParcel, now: u64) -> ParcelState {
    if parcel.picked_up_at.is_some() {
        return ParcelState::PickedUp;
    }
    if parcel.returned_to_courier_at.is_some() {
        return ParcelState::Returned;
    }
    match days_waiting(parcel.arrived_at, now) {
        d if d >= HOLD_DAYS => ParcelState::DueBack,
        d if d >= FLAG_DAYS => ParcelState::Flagged,
        _ => ParcelState::Waiting,
    }
}

/// Checks the pickup code for a courier's parcel, with the rules and lock of an order's parcel:
/// spaces ignored, five wrong codes lock its handover for a minute of real time (`real_now`), and
/// it is handed over once. Unlike an order's parcel, one due back can still be handed over: it
/// stays on the shelf until the partner records that the courier took it. Nothing is paid at
/// the station (the courier pays the fee), so `cash` is zero.
pub fn hand_over(parcel: &mut CourierParcel, entered: &str, now: u64, real_now: u64) -> HandOver {
    let now = parcel_now(parcel, now);
    if matches!(
        state(parcel, now),
        ParcelState::PickedUp | ParcelState::Returned
    ) {
        return HandOver::NotHere;
    }
    let code = parcel.code.clone();
    match parcel.pickup_guard.attempt(real_now, entered, &code) {
        Attempt::Accepted => {
            parcel.picked_up_at = Some(now);
            HandOver::Done { cash: Fen(0) }
        }
        Attempt::Wrong { left } => HandOver::Wrong { left },
        Attempt::Locked { until } => HandOver::Locked { until },
    }
}

/// Why a parcel could not be given back to the courier.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SendBackError {
    PickedUp,
    AlreadyReturned,
}

/// Records that the courier took the parcel back (due back, or refused by the villager). After
/// this its number can be recorded again.
pub fn send_back(parcel: &mut CourierParcel, now: u64) -> Result<(), SendBackError> {
    let now = parcel_now(parcel, now);
    match state(parcel, now) {
        ParcelState::PickedUp => Err(SendBackError::PickedUp),
        ParcelState::Returned => Err(SendBackError::AlreadyReturned),
        _ => {
            parcel.returned_to_courier_at = Some(now);
            Ok(())
        }
    }
}

/// Parcels picked up in `year`/`month` of local time (`offset_minutes`, 480 for China).
pub fn month_pickups(parcels: &[CourierParcel], year: i32, month: u32, offset_minutes: i32) -> u32 {
    let count = parcels
        .iter()
        .filter_map(|p| p.picked_up_at)
        .filter(|at| {
            let date = date_of(i64::try_from(*at).unwrap_or(i64::MAX), offset_minutes);
            (date.year, date.month) == (year, month)
        })
        .count();
    u32::try_from(count).unwrap_or(u32::MAX)
}

/// The couriers' fees earned in a month: `fee_per_parcel` for each parcel picked up in it
/// (handed over, not merely received: couriers pay on delivery), saturating.
pub fn month_fees(
    parcels: &[CourierParcel],
    fee_per_parcel: Fen,
    year: i32,
    month: u32,
    offset_minutes: i32,
) -> Fen {
    Fen(fee_per_parcel.0.max(0)).times(month_pickups(parcels, year, month, offset_minutes))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::logistics::{HOUR_MS, PickupGuard};
    use crate::domain::pin::LOCK_MS;

    /// 2026-11-23 10:00 in China.
    const T0: u64 = 1_795_399_200_000;

    /// A parcel recorded at `T0` with the code 480219.
    fn one_parcel() -> CourierParcel {
        CourierParcel {
            id: "p1".into(),
            courier: crate::domain::courier_parcel::Courier::Zto,
            tracking: "753012345678".into(),
            villager_id: "v1".into(),
            shelf: "A-3".into(),
            code: "480219".into(),
            arrived_at: T0,
            picked_up_at: None,
            returned_to_courier_at: None,
            pickup_guard: PickupGuard::default(),
        }
    }

    #[test]
    fn waiting_flagged_due_back_at_five_and_seven_days() {
        let p = one_parcel();
        assert_eq!(days_waiting(T0, T0 + 5 * DAY_MS - HOUR_MS), 4);
        assert_eq!(days_waiting(T0, T0 - DAY_MS), 0, "a clock set back");
        assert_eq!(state(&p, T0), ParcelState::Waiting);
        assert_eq!(
            state(&p, T0 + 4 * DAY_MS + 23 * HOUR_MS),
            ParcelState::Waiting
        );
        assert_eq!(state(&p, T0 + 5 * DAY_MS - 1), ParcelState::Waiting);
        assert_eq!(state(&p, T0 + 5 * DAY_MS), ParcelState::Flagged);
        assert_eq!(state(&p, T0 + 7 * DAY_MS - 1), ParcelState::Flagged);
        assert_eq!(state(&p, T0 + 7 * DAY_MS), ParcelState::DueBack);
        assert_eq!(state(&p, T0 + 30 * DAY_MS), ParcelState::DueBack);
    }

    #[test]
    fn handover_right_code_wrong_code_and_once_only() {
        let mut p = one_parcel();
        assert_eq!(
            hand_over(&mut p, "111111", T0 + HOUR_MS, 0),
            HandOver::Wrong { left: 4 }
        );
        assert_eq!(p.picked_up_at, None);
        assert_eq!(
            hand_over(&mut p, "480 219", T0 + 2 * HOUR_MS, 1),
            HandOver::Done { cash: Fen(0) }
        );
        assert_eq!(p.picked_up_at, Some(T0 + 2 * HOUR_MS));
        assert_eq!(
            p.pickup_guard,
            PickupGuard::default(),
            "a right code clears the count"
        );
        assert_eq!(
            hand_over(&mut p, "480219", T0 + 3 * HOUR_MS, 2),
            HandOver::NotHere
        );
        // A clock set back does not put it back on the shelf.
        assert_eq!(state(&p, T0 - DAY_MS), ParcelState::PickedUp);
        assert_eq!(
            hand_over(&mut p, "480219", T0 - DAY_MS, 3),
            HandOver::NotHere
        );
        assert_eq!(send_back(&mut p, T0), Err(SendBackError::PickedUp));
    }

    #[test]
    fn five_wrong_codes_lock_the_handover_in_real_time() {
        let mut p = one_parcel();
        for left in (1..5).rev() {
            assert_eq!(
                hand_over(&mut p, "000001", T0, 100),
                HandOver::Wrong { left }
            );
        }
        assert_eq!(
            hand_over(&mut p, "000001", T0, 100),
            HandOver::Locked {
                until: 100 + LOCK_MS
            }
        );
        // The station clock racing ahead (a trainer) does not end the lock; real time does.
        assert!(matches!(
            hand_over(&mut p, "480219", T0 + DAY_MS, 30_000),
            HandOver::Locked { .. }
        ));
        assert_eq!(p.picked_up_at, None);
        assert_eq!(
            hand_over(&mut p, "480219", T0 + DAY_MS, 100 + LOCK_MS),
            HandOver::Done { cash: Fen(0) }
        );
    }

    #[test]
    fn a_parcel_due_back_is_handed_over_until_the_courier_took_it() {
        let mut p = one_parcel();
        let mut q = p.clone();
        let late = T0 + 8 * DAY_MS;
        assert!(matches!(
            hand_over(&mut p, "480219", late, 0),
            HandOver::Done { .. }
        ));
        assert_eq!(send_back(&mut q, late), Ok(()));
        assert_eq!(q.returned_to_courier_at, Some(late));
        assert_eq!(state(&q, T0), ParcelState::Returned);
        assert_eq!(hand_over(&mut q, "480219", late, 0), HandOver::NotHere);
        assert_eq!(send_back(&mut q, late), Err(SendBackError::AlreadyReturned));
    }

    #[test]
    fn fees_count_pickups_in_the_month_in_fen() {
        // Picked up on 30 Nov 23:30 and 1 Dec 00:30 China time: two months.
        let nov_end = 1_796_052_600_000;
        let mut parcels = Vec::new();
        for (i, at) in [
            Some(nov_end),
            Some(nov_end + HOUR_MS),
            Some(nov_end - DAY_MS),
            None,
        ]
        .into_iter()
        .enumerate()
        {
            let mut p = one_parcel();
            p.id = format!("p{i}");
            p.picked_up_at = at;
            parcels.push(p);
        }
        assert_eq!(date_of(nov_end as i64, 480).day, 30);
        assert_eq!(month_pickups(&parcels, 2026, 11, 480), 2);
        assert_eq!(month_fees(&parcels, Fen(35), 2026, 11, 480), Fen(70));
        assert_eq!(month_fees(&parcels, Fen(35), 2026, 12, 480), Fen(35));
        assert_eq!(month_fees(&parcels, Fen(35), 2026, 10, 480), Fen(0));
        // In UTC the late pickup is still 30 November's.
        assert_eq!(month_pickups(&parcels, 2026, 11, 0), 3);
        assert_eq!(month_fees(&parcels, Fen(-35), 2026, 11, 480), Fen(0));
        assert_eq!(
            month_fees(&parcels, Fen(i64::MAX), 2026, 11, 480),
            Fen(i64::MAX)
        );
        // Many pickups: exact, no rounding (1000 × ¥0.35 = ¥350.00).
        let many: Vec<_> = (0..1000).map(|_| parcels[0].clone()).collect();
        assert_eq!(month_fees(&many, Fen(35), 2026, 11, 480), Fen(35_000));
    }
}
