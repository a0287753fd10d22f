//! A deterministic logistics simulator: the stages a parcel goes through from the warehouse to the
//! village station, the 7-day collection rule, a simulated clock trainers can speed up, and the
//! pickup-code check at handover. No public mock API tracks deliveries, so the app owns this; a
//! real logistics API can later replace [`plan`] behind the same types.

use serde::{Deserialize, Serialize};

use super::pin::{Attempt, Lockout};

/// One hour in milliseconds.
pub const HOUR_MS: u64 = 3_600_000;
/// One day in milliseconds.
pub const DAY_MS: u64 = 24 * HOUR_MS;
/// Days a parcel waits at the station before it goes back to the sender.
pub const HOLD_DAYS: u64 = 7;
/// Days of waiting after which a parcel is flagged so the partner reminds the villager.
pub const FLAG_DAYS: u64 = 5;

/// Where a parcel is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Stage {
    /// The order was accepted by the warehouse.
    Accepted,
    /// The parcel left the warehouse.
    LeftWarehouse,
    /// The parcel reached the county operation centre.
    CountyCentre,
    /// The parcel is on the way to the village.
    OnTheWay,
    /// The parcel is at the station, waiting for the villager.
    AtStation,
    /// The villager collected the parcel.
    PickedUp,
    /// Not collected in time: sent back to the sender.
    Returned,
}

impl Stage {
    /// Every stage, in the order a parcel can reach them.
    pub const ALL: [Stage; 7] = [
        Stage::Accepted,
        Stage::LeftWarehouse,
        Stage::CountyCentre,
        Stage::OnTheWay,
        Stage::AtStation,
        Stage::PickedUp,
        Stage::Returned,
    ];

    /// A stable snake_case name, for storage keys and locale keys.
    pub fn code(self) -> &'static str {
        match self {
            Stage::Accepted => "accepted",
            Stage::LeftWarehouse => "left_warehouse",
            Stage::CountyCentre => "county_centre",
            Stage::OnTheWay => "on_the_way",
            Stage::AtStation => "at_station",
            Stage::PickedUp => "picked_up",
            Stage::Returned => "returned",
        }
    }
}

/// When a parcel reaches each stage before pickup (Unix ms, simulated time).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Plan {
    /// Accepted by the warehouse (the time the order was sent).
    pub accepted: u64,
    /// Left the warehouse.
    pub left_warehouse: u64,
    /// Reached the county operation centre.
    pub county_centre: u64,
    /// Set off for the village.
    pub on_the_way: u64,
    /// Arrived at the station.
    pub at_station: u64,
}

impl Plan {
    /// When an uncollected parcel goes back to the sender.
    pub fn return_at(&self) -> u64 {
        self.at_station.saturating_add(HOLD_DAYS * DAY_MS)
    }
}

/// Hours each leg takes, lowest and highest (inclusive), in the order of the stages.
const LEG_HOURS: [(u64, u64); 4] = [(4, 12), (18, 36), (6, 14), (2, 6)];

/// FNV-1a, 64 bit: a tiny stable hash, so an order id always seeds the same plan.
pub(crate) fn fnv1a64(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(*b)).wrapping_mul(0x0000_0100_0000_01b3)
    })
}

/// splitmix64: advances `state` and returns the next well-mixed number.
fn splitmix64(state: &mut u64) -> u64 {
    *state = state.wrapping_add(0x9e37_79b9_7f4a_7c15);
    let mut z = *state;
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

/// The delivery plan of an order sent at `sent_at`: about 1.5–3 days in all, the same every time
/// for the same order id.
pub fn plan(order_id: &str, sent_at: u64) -> Plan {
    let mut state = fnv1a64(order_id.as_bytes());
    let mut at = sent_at;
    let mut times = [0u64; 4];
    for (time, (lo, hi)) in times.iter_mut().zip(LEG_HOURS) {
        // Whole minutes within the leg's range, both ends included.
        let span = (hi - lo) * 60 + 1;
        let minutes = lo * 60 + splitmix64(&mut state) % span;
        at = at.saturating_add(minutes * 60_000);
        *time = at;
    }
    Plan {
        accepted: sent_at,
        left_warehouse: times[0],
        county_centre: times[1],
        on_the_way: times[2],
        at_station: times[3],
    }
}

/// When the parcel counts as picked up: never before arrival, and not at all once it has gone
/// back (a handover after the return cannot have happened, so stages stay in time order).
fn pickup_time(plan: &Plan, picked_up_at: Option<u64>) -> Option<u64> {
    picked_up_at
        .map(|t| t.max(plan.at_station))
        .filter(|t| *t < plan.return_at())
}

/// Every stage the parcel will reach, with its time, ending with PickedUp or Returned.
fn timeline(plan: &Plan, picked_up_at: Option<u64>) -> [(Stage, u64); 6] {
    let end = match pickup_time(plan, picked_up_at) {
        Some(t) => (Stage::PickedUp, t),
        None => (Stage::Returned, plan.return_at()),
    };
    [
        (Stage::Accepted, plan.accepted),
        (Stage::LeftWarehouse, plan.left_warehouse),
        (Stage::CountyCentre, plan.county_centre),
        (Stage::OnTheWay, plan.on_the_way),
        (Stage::AtStation, plan.at_station),
        end,
    ]
}

/// The parcel's stage at `now` (Accepted even before the send time).
pub fn stage_at(plan: &Plan, now: u64, picked_up_at: Option<u64>) -> Stage {
    timeline(plan, picked_up_at)
        .iter()
        .rev()
        .find(|(_, t)| *t <= now)
        .map_or(Stage::Accepted, |(s, _)| *s)
}

/// The timeline entries that have happened by `now`, in order.
pub fn events(plan: &Plan, now: u64, picked_up_at: Option<u64>) -> Vec<(Stage, u64)> {
    timeline(plan, picked_up_at)
        .into_iter()
        .filter(|(_, t)| *t <= now)
        .collect()
}

/// The time of the next stage change after `now`, if any is left (for "jump to next event").
pub fn next_event(plan: &Plan, now: u64, picked_up_at: Option<u64>) -> Option<u64> {
    timeline(plan, picked_up_at)
        .into_iter()
        .map(|(_, t)| t)
        .find(|t| *t > now)
}

/// The arrival time at the station while the parcel is still travelling.
pub fn eta(plan: &Plan, now: u64) -> Option<u64> {
    (now < plan.at_station).then_some(plan.at_station)
}

/// Whole days the parcel has waited at the station (None before arrival).
pub fn days_waiting(plan: &Plan, now: u64) -> Option<u64> {
    now.checked_sub(plan.at_station).map(|ms| ms / DAY_MS)
}

/// Whether a parcel still at the station has waited [`FLAG_DAYS`] or more.
pub fn flagged(plan: &Plan, now: u64, picked_up_at: Option<u64>) -> bool {
    stage_at(plan, now, picked_up_at) == Stage::AtStation
        && days_waiting(plan, now).is_some_and(|d| d >= FLAG_DAYS)
}

/// The local day number (days since 1970-01-01 in that zone).
fn local_day(ms: u64, offset_minutes: i32) -> i64 {
    let ms = i64::try_from(ms).unwrap_or(i64::MAX);
    ms.saturating_add(i64::from(offset_minutes) * 60_000)
        .div_euclid(DAY_MS as i64)
}

/// Calendar days from `now` to `then` in local time: 0 today, 1 tomorrow, negative in the past.
pub fn days_until(now: u64, then: u64, offset_minutes: i32) -> i64 {
    local_day(then, offset_minutes) - local_day(now, offset_minutes)
}

/// A simulated clock: trainers pause it or run it ×60 or ×1440 to show a delivery in minutes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SimClock {
    /// Real time (ms) when the clock was last set.
    pub real_base: u64,
    /// Simulated time (ms) at `real_base`.
    pub sim_base: u64,
    /// Simulated ms per real ms: 0 paused, 1 real time, 60, 1440.
    pub speed: u32,
}

impl SimClock {
    /// A clock that follows real time.
    pub fn real(now_real: u64) -> SimClock {
        SimClock {
            real_base: now_real,
            sim_base: now_real,
            speed: 1,
        }
    }

    /// Simulated time at real time `real` (never before `sim_base`).
    pub fn now(&self, real: u64) -> u64 {
        let elapsed = real.saturating_sub(self.real_base);
        self.sim_base
            .saturating_add(elapsed.saturating_mul(u64::from(self.speed)))
    }

    /// The same clock running at `speed` from real time `real`, with no jump in simulated time.
    pub fn with_speed(self, real: u64, speed: u32) -> SimClock {
        SimClock {
            real_base: real,
            sim_base: self.now(real),
            speed,
        }
    }

    /// The clock moved forward to simulated time `sim` at real time `real`; a target in the past
    /// is ignored, so orders never see time go backwards.
    pub fn jump_to(self, real: u64, sim: u64) -> SimClock {
        if sim <= self.now(real) {
            return self;
        }
        SimClock {
            real_base: real,
            sim_base: sim,
            speed: self.speed,
        }
    }

    /// The tablet's real clock is now before the moment this clock was set (it was set while the
    /// date was wrong, and the date was corrected since): the same clock, set again now, so it
    /// goes on from where it stands instead of standing still until real time catches up (a
    /// year, for a date a year ahead). Simulated time never goes back. `None` when nothing is wrong.
    pub fn rebased(self, real: u64) -> Option<SimClock> {
        (real < self.real_base).then_some(SimClock {
            real_base: real,
            sim_base: self.sim_base,
            speed: self.speed,
        })
    }
}

/// Whether `entered` is the pickup code: spaces are ignored, exactly six ASCII digits are needed,
/// and the digits are compared in constant time.
pub fn check_pickup(entered: &str, expected: &str) -> bool {
    fn digits(s: &str) -> Option<[u8; 6]> {
        let mut out = [0u8; 6];
        let mut n = 0;
        for c in s.chars().filter(|c| !c.is_whitespace()) {
            if !c.is_ascii_digit() || n == 6 {
                return None;
            }
            out[n] = c as u8;
            n += 1;
        }
        (n == 6).then_some(out)
    }
    match (digits(entered), digits(expected)) {
        (Some(a), Some(b)) => a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0,
        _ => false,
    }
}

/// Whether a parcel in this stage can be handed over (only once, and only while at the station).
pub fn can_hand_over(stage: Stage) -> bool {
    stage == Stage::AtStation
}

/// Wrong pickup codes for one parcel: after five the handover locks for a minute. The same rule
/// as the PIN's [`Lockout`] (which it runs), in a form that can be stored with the parcel.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct PickupGuard {
    /// Wrong codes since the last right one or the last lock.
    pub failures: u32,
    /// When the lock ends, if one was set.
    pub locked_until: Option<u64>,
}

impl PickupGuard {
    /// The end of the lock, if the handover is locked at `now`.
    pub fn locked(&self, now: u64) -> Option<u64> {
        self.lockout().locked(now)
    }

    /// Checks a code entered at `now` against the parcel's code (not checked while locked).
    pub fn attempt(&mut self, now: u64, entered: &str, expected: &str) -> Attempt {
        let mut lockout = self.lockout();
        let answer = lockout.attempt(now, || check_pickup(entered, expected));
        self.failures = lockout.failures;
        self.locked_until = lockout.locked_until;
        answer
    }

    fn lockout(&self) -> Lockout {
        Lockout {
            failures: self.failures,
            locked_until: self.locked_until,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::pin::{LOCK_MS, MAX_TRIES};
    use super::*;

    /// 2026-11-23 10:00 in China.
    const SENT: u64 = 1_795_399_200_000;

    fn legs(p: &Plan) -> [u64; 4] {
        [
            p.left_warehouse - p.accepted,
            p.county_centre - p.left_warehouse,
            p.on_the_way - p.county_centre,
            p.at_station - p.on_the_way,
        ]
    }

    #[test]
    fn hash_and_prng_match_published_vectors() {
        assert_eq!(fnv1a64(b""), 0xcbf2_9ce4_8422_2325);
        assert_eq!(fnv1a64(b"a"), 0xaf63_dc4c_8601_ec8c);
        let mut s = 0;
        assert_eq!(splitmix64(&mut s), 0xe220_a839_7b1d_cdaf);
    }

    #[test]
    fn stage_codes_are_the_serde_names() {
        for s in Stage::ALL {
            let json = serde_json::to_string(&s).unwrap();
            assert_eq!(json, format!("\"{}\"", s.code()));
            assert_eq!(serde_json::from_str::<Stage>(&json).unwrap(), s);
        }
        assert_eq!(Stage::ALL[0], Stage::Accepted);
        assert_eq!(Stage::ALL[6], Stage::Returned);
    }

    #[test]
    fn plans_are_deterministic_per_order() {
        let a = plan("CZ-20261123-4821", SENT);
        assert_eq!(a, plan("CZ-20261123-4821", SENT));
        assert_ne!(a, plan("CZ-20261123-4822", SENT));
        // The send time only shifts the plan.
        let later = plan("CZ-20261123-4821", SENT + 5 * HOUR_MS);
        assert_eq!(legs(&a), legs(&later));
        assert_eq!(later.accepted, SENT + 5 * HOUR_MS);
    }

    #[test]
    fn legs_stay_within_their_ranges_over_many_orders() {
        let mut seen = std::collections::HashSet::new();
        let mut shortest = [u64::MAX; 4];
        let mut longest = [0u64; 4];
        for i in 0..1000 {
            let p = plan(&format!("CZ-20261123-{i:04}"), SENT);
            assert_eq!(p.accepted, SENT);
            for (k, (leg, (lo, hi))) in legs(&p).iter().zip(LEG_HOURS).enumerate() {
                assert!((lo * HOUR_MS..=hi * HOUR_MS).contains(leg), "{i} leg {k}");
                shortest[k] = shortest[k].min(*leg);
                longest[k] = longest[k].max(*leg);
            }
            let total = p.at_station - p.accepted;
            assert!((30 * HOUR_MS..=68 * HOUR_MS).contains(&total));
            seen.insert(legs(&p));
        }
        assert!(seen.len() > 990, "plans differ between orders");
        // The draws spread over each whole range.
        for (k, (lo, hi)) in LEG_HOURS.iter().enumerate() {
            assert!(shortest[k] < lo * HOUR_MS + HOUR_MS / 2);
            assert!(longest[k] > hi * HOUR_MS - HOUR_MS / 2);
        }
    }

    #[test]
    fn stages_change_exactly_at_their_times() {
        let p = plan("CZ-20261123-4821", SENT);
        let steps = [
            (p.left_warehouse, Stage::Accepted, Stage::LeftWarehouse),
            (p.county_centre, Stage::LeftWarehouse, Stage::CountyCentre),
            (p.on_the_way, Stage::CountyCentre, Stage::OnTheWay),
            (p.at_station, Stage::OnTheWay, Stage::AtStation),
            (p.return_at(), Stage::AtStation, Stage::Returned),
        ];
        for (t, before, after) in steps {
            assert_eq!(stage_at(&p, t - 1, None), before);
            assert_eq!(stage_at(&p, t, None), after);
        }
        assert_eq!(stage_at(&p, 0, None), Stage::Accepted);
        assert_eq!(stage_at(&p, SENT, None), Stage::Accepted);
    }

    #[test]
    fn seven_day_rule_at_the_boundary() {
        let p = plan("CZ-1", SENT);
        let back = p.at_station + HOLD_DAYS * DAY_MS;
        assert_eq!(p.return_at(), back);
        assert_eq!(stage_at(&p, back - 1, None), Stage::AtStation);
        assert_eq!(stage_at(&p, back, None), Stage::Returned);
        assert_eq!(days_waiting(&p, back - 1), Some(6));
        // Picked up in the last millisecond: collected, never returned.
        assert_eq!(stage_at(&p, back + DAY_MS, Some(back - 1)), Stage::PickedUp);
        // A "pickup" after the parcel went back cannot have happened.
        assert_eq!(stage_at(&p, back + DAY_MS, Some(back)), Stage::Returned);
    }

    #[test]
    fn flagged_after_five_days_waiting() {
        let p = plan("CZ-2", SENT);
        let five = p.at_station + FLAG_DAYS * DAY_MS;
        assert!(!flagged(&p, five - 1, None));
        assert!(flagged(&p, five, None));
        assert!(!flagged(&p, five, Some(p.at_station)));
        assert!(!flagged(&p, p.return_at(), None), "gone back, not waiting");
    }

    #[test]
    fn picked_up_parcels_are_never_returned() {
        let p = plan("CZ-3", SENT);
        let picked = p.at_station + 2 * HOUR_MS;
        assert_eq!(stage_at(&p, picked - 1, Some(picked)), Stage::AtStation);
        assert_eq!(stage_at(&p, picked, Some(picked)), Stage::PickedUp);
        assert_eq!(
            stage_at(&p, p.return_at() + 100 * DAY_MS, Some(picked)),
            Stage::PickedUp
        );
        // A pickup stamped before arrival counts from the arrival.
        assert_eq!(stage_at(&p, p.at_station - 1, Some(SENT)), Stage::OnTheWay);
        assert_eq!(stage_at(&p, p.at_station, Some(SENT)), Stage::PickedUp);
    }

    #[test]
    fn events_list_what_has_happened() {
        let p = plan("CZ-4", SENT);
        assert!(events(&p, SENT - 1, None).is_empty());
        assert_eq!(events(&p, SENT, None), vec![(Stage::Accepted, SENT)]);
        let mid = events(&p, p.county_centre, None);
        assert_eq!(mid.len(), 3);
        assert_eq!(mid[2], (Stage::CountyCentre, p.county_centre));

        let all = events(&p, u64::MAX, None);
        let stages: Vec<Stage> = all.iter().map(|(s, _)| *s).collect();
        assert_eq!(
            stages,
            [
                Stage::Accepted,
                Stage::LeftWarehouse,
                Stage::CountyCentre,
                Stage::OnTheWay,
                Stage::AtStation,
                Stage::Returned
            ]
        );
        assert_eq!(all[5].1, p.at_station + 7 * DAY_MS);

        let picked = p.at_station + DAY_MS;
        let done = events(&p, u64::MAX, Some(picked));
        assert_eq!(done.last(), Some(&(Stage::PickedUp, picked)));
        assert!(done.iter().all(|(s, _)| *s != Stage::Returned));
        assert!(done.windows(2).all(|w| w[0].1 <= w[1].1));
    }

    #[test]
    fn eta_only_while_travelling() {
        let p = plan("CZ-5", SENT);
        assert_eq!(eta(&p, SENT), Some(p.at_station));
        assert_eq!(eta(&p, p.at_station - 1), Some(p.at_station));
        assert_eq!(eta(&p, p.at_station), None);
        assert_eq!(days_waiting(&p, p.at_station - 1), None);
        assert_eq!(days_waiting(&p, p.at_station), Some(0));
        assert_eq!(days_waiting(&p, p.at_station + 3 * DAY_MS + 1), Some(3));
    }

    #[test]
    fn days_until_counts_calendar_days_in_the_local_zone() {
        // 2026-11-23 23:30 and 2026-11-24 00:30 in China (15:30 and 16:30 UTC).
        let late = 1_795_447_800_000;
        let after_midnight = 1_795_451_400_000;
        assert_eq!(days_until(late, after_midnight, 480), 1);
        assert_eq!(days_until(late, after_midnight, 0), 0);
        assert_eq!(days_until(after_midnight, late, 480), -1);
        assert_eq!(days_until(late, late, 480), 0);
        // 10:00 China → 2 days and 13 hours later is 23:00 the day after tomorrow.
        assert_eq!(days_until(SENT, SENT + 2 * DAY_MS + 13 * HOUR_MS, 480), 2);
        assert_eq!(days_until(SENT, SENT + 2 * DAY_MS + 14 * HOUR_MS, 480), 3);
        // 23:00 → 02:00 UTC crosses midnight in UTC, but not in New York or China.
        assert_eq!(days_until(SENT - 3 * HOUR_MS, SENT, 0), 1);
        assert_eq!(days_until(SENT - 3 * HOUR_MS, SENT, -300), 0);
        assert_eq!(days_until(SENT - 3 * HOUR_MS, SENT, 480), 0);
    }

    #[test]
    fn clock_runs_at_each_speed() {
        let real = 1_000_000;
        let c = SimClock::real(real);
        assert_eq!(c.now(real), real);
        assert_eq!(c.now(real + 5_000), real + 5_000);
        let fast = c.with_speed(real, 60);
        assert_eq!(fast.now(real + 60_000), real + HOUR_MS);
        let day = c.with_speed(real, 1440);
        assert_eq!(day.now(real + 60_000), real + DAY_MS);
        let paused = c.with_speed(real, 0);
        assert_eq!(paused.now(real + DAY_MS), real);
        // Real time before the base (a clock set back) never moves simulated time back.
        assert_eq!(fast.now(real - 10_000), real);
        // Far futures saturate instead of overflowing.
        assert_eq!(day.now(u64::MAX), u64::MAX);
    }

    #[test]
    fn switching_speed_keeps_time_continuous() {
        let mut c = SimClock::real(0);
        let mut real = 0;
        for speed in [60, 1440, 0, 1, 1440] {
            real += 30_000;
            let before = c.now(real);
            c = c.with_speed(real, speed);
            assert_eq!(c.now(real), before, "no jump switching to ×{speed}");
            assert_eq!(c.now(real + 1_000), before + 1_000 * u64::from(speed));
        }
        let json = serde_json::to_string(&c).unwrap();
        assert_eq!(serde_json::from_str::<SimClock>(&json).unwrap(), c);
    }

    #[test]
    fn jumps_only_go_forward() {
        let c = SimClock::real(1_000).with_speed(2_000, 60);
        let now = c.now(3_000);
        let back = c.jump_to(3_000, now - 1);
        assert_eq!(back, c);
        let ahead = c.jump_to(3_000, now + DAY_MS);
        assert_eq!(ahead.now(3_000), now + DAY_MS);
        assert_eq!(ahead.now(4_000), now + DAY_MS + 60_000);
        assert_eq!(ahead.speed, 60);
    }

    #[test]
    fn next_event_walks_through_every_stage() {
        let p = plan("CZ-20261123-4821", SENT);
        for collected in [false, true] {
            let mut clock = SimClock::real(0).jump_to(0, SENT - 1).with_speed(0, 0);
            let mut pickup = None;
            let mut seen = vec![stage_at(&p, clock.now(0), pickup)];
            assert!(events(&p, clock.now(0), pickup).is_empty());
            while let Some(t) = next_event(&p, clock.now(0), pickup) {
                clock = clock.jump_to(0, t);
                let stage = stage_at(&p, clock.now(0), pickup);
                if stage == Stage::AtStation && collected {
                    // The villager comes the next morning.
                    pickup = Some(t + 20 * HOUR_MS);
                }
                seen.push(stage);
            }
            let last = if collected {
                Stage::PickedUp
            } else {
                Stage::Returned
            };
            assert_eq!(
                seen,
                [
                    Stage::Accepted,
                    Stage::Accepted,
                    Stage::LeftWarehouse,
                    Stage::CountyCentre,
                    Stage::OnTheWay,
                    Stage::AtStation,
                    last
                ]
            );
            assert_eq!(next_event(&p, u64::MAX, pickup), None);
        }
    }

    #[test]
    fn pickup_codes() {
        assert!(check_pickup("482915", "482915"));
        assert!(check_pickup("482 915", "482915"));
        assert!(check_pickup(" 48 29 15 ", "482 915"));
        assert!(!check_pickup("482916", "482915"));
        assert!(!check_pickup("48291", "482915"));
        assert!(!check_pickup("4829150", "482915"));
        assert!(!check_pickup("48291a", "48291a"));
        assert!(!check_pickup("４８２９１５", "482915"));
        assert!(!check_pickup("", ""));
        assert!(!check_pickup("482915", "4829"));
    }

    #[test]
    fn five_wrong_codes_lock_the_handover_for_a_minute() {
        let code = "482915";
        let mut g = PickupGuard::default();
        for left in (1..MAX_TRIES).rev() {
            assert_eq!(g.attempt(0, "000000", code), Attempt::Wrong { left });
        }
        let until = 1_000 + LOCK_MS;
        assert_eq!(g.attempt(1_000, "111111", code), Attempt::Locked { until });
        assert_eq!(g.locked(until - 1), Some(until));
        // The lock survives being stored with the parcel.
        let json = serde_json::to_string(&g).unwrap();
        let mut g: PickupGuard = serde_json::from_str(&json).unwrap();
        // Even the right code is refused while locked.
        assert_eq!(g.attempt(until - 1, code, code), Attempt::Locked { until });
        assert_eq!(g.locked(until), None);
        assert_eq!(g.attempt(until, code, code), Attempt::Accepted);
        assert_eq!(g, PickupGuard::default());
    }

    #[test]
    fn a_parcel_is_handed_over_once() {
        let p = plan("CZ-6", SENT);
        let handed: Vec<Stage> = Stage::ALL
            .into_iter()
            .filter(|s| can_hand_over(*s))
            .collect();
        assert_eq!(handed, [Stage::AtStation]);
        let picked = p.at_station + HOUR_MS;
        assert!(can_hand_over(stage_at(&p, picked - 1, None)));
        assert!(!can_hand_over(stage_at(&p, picked, Some(picked))));
        assert!(!can_hand_over(stage_at(&p, p.return_at(), None)));
    }

    #[test]
    fn a_clock_set_under_a_wrong_date_moves_on_once_the_date_is_corrected() {
        const YEAR: u64 = 365 * DAY_MS;
        let real = 1_795_000_000_000;
        // Set to x1 while the tablet's date was a year ahead.
        let clock = SimClock::real(real + YEAR);
        assert_eq!(clock.rebased(real + YEAR + 5), None, "nothing wrong");
        // The date corrected: without rebasing the clock stands still for a year.
        assert_eq!(clock.now(real + DAY_MS), clock.now(real));
        let fixed = clock.rebased(real).unwrap();
        assert_eq!(fixed.now(real), real + YEAR, "never back");
        assert_eq!(
            fixed.now(real + DAY_MS),
            real + YEAR + DAY_MS,
            "moving again"
        );
        // A fast training clock keeps its speed.
        let fast = clock.with_speed(real + YEAR, 1440).rebased(real).unwrap();
        assert_eq!(fast.now(real + 60_000), real + YEAR + 1440 * 60_000);
    }
}
