//! The villager's return window and the partner's commission. As in the real station programmes,
//! a commission is only earned once the goods were collected and every line's return window has
//! closed without a return.

use serde::{Deserialize, Serialize};

use super::logistics::{DAY_MS, Stage};
use super::money::Fen;
use super::order::date_of;
use super::terms::{ReturnPolicy, parse_return_policy};

/// The partner's default commission: 3 %, in basis points (hundredths of a percent).
pub const DEFAULT_RATE_BP: u32 = 300;

/// The last moment a line can be returned (exclusive), from its DummyJSON `returnPolicy`.
/// No policy, "No return policy" and unreadable text all mean no returns.
pub fn return_deadline(policy: Option<&str>, picked_up_at: u64) -> Option<u64> {
    match parse_return_policy(policy?)? {
        ReturnPolicy::None => None,
        ReturnPolicy::Within(period) => {
            Some(picked_up_at.saturating_add(u64::from(period.days()).saturating_mul(DAY_MS)))
        }
    }
}

/// The latest return deadline over an order's lines (None when no line can be returned).
pub fn latest_deadline<'a>(
    policies: impl IntoIterator<Item = Option<&'a str>>,
    picked_up_at: u64,
) -> Option<u64> {
    policies
        .into_iter()
        .filter_map(|p| return_deadline(p, picked_up_at))
        .max()
}

/// Whether goods can still be returned.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum ReturnWindow {
    /// Returns are accepted before `until`.
    Open {
        /// The deadline (exclusive).
        until: u64,
    },
    /// The window ended at `ended`.
    Closed {
        /// When the window closed.
        ended: u64,
    },
    /// The goods can never be returned.
    NoReturns,
}

/// The return window at `now` for a deadline from [`return_deadline`].
pub fn can_return(deadline: Option<u64>, now: u64) -> ReturnWindow {
    match deadline {
        None => ReturnWindow::NoReturns,
        Some(until) if now < until => ReturnWindow::Open { until },
        Some(ended) => ReturnWindow::Closed { ended },
    }
}

/// The commission on an order total at `rate_bp` basis points, rounded half up to the fen.
pub fn commission(total: Fen, rate_bp: u32) -> Fen {
    let raw = i128::from(total.0.max(0)) * i128::from(rate_bp);
    Fen(i64::try_from((raw + 5_000) / 10_000).unwrap_or(i64::MAX))
}

/// Where an order's commission stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum CommissionState {
    /// Not yet earned: the parcel is on its way, waiting, or still returnable.
    Pending,
    /// Earned for good at `at`.
    Earned {
        /// When the last return window closed (or the pickup, if nothing was returnable).
        at: u64,
    },
    /// Nothing earned: goods returned, or the parcel went back uncollected.
    None,
}

/// A commission that was earned: kept with its time and amount, so a clock corrected later or a
/// new rate in settings never changes money already earned.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Settled {
    /// When it became earned (station clock).
    pub at: u64,
    pub amount: Fen,
}

/// The commission state of an order at `now`. `latest_deadline` is the latest return deadline of
/// its lines and `returned` says whether the villager returned anything.
pub fn commission_state(
    stage: Stage,
    picked_up_at: Option<u64>,
    latest_deadline: Option<u64>,
    returned: bool,
    now: u64,
) -> CommissionState {
    if returned {
        return CommissionState::None;
    }
    match stage {
        Stage::Returned => CommissionState::None,
        Stage::PickedUp => match latest_deadline.or(picked_up_at) {
            Some(at) if now >= at => CommissionState::Earned { at },
            // Still returnable, or a pickup with no time recorded: wait.
            _ => CommissionState::Pending,
        },
        _ => CommissionState::Pending,
    }
}

/// The commission screen's month, as a partner keeps accounts.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct MonthSummary {
    /// Orders placed in the month.
    pub orders: u32,
    /// Commission waiting for a pickup or a return window, whenever the order was placed.
    pub pending: Fen,
    /// Commission that became earned in the month (the month it settles in, like a payslip).
    pub earned: Fen,
}

/// Sums `(placed_at, commission, state)` items for `year`/`month` of local time.
pub fn month_summary(
    items: &[(u64, Fen, CommissionState)],
    year: i32,
    month: u32,
    offset_minutes: i32,
) -> MonthSummary {
    let in_month = |ms: u64| {
        let date = date_of(i64::try_from(ms).unwrap_or(i64::MAX), offset_minutes);
        (date.year, date.month) == (year, month)
    };
    let mut sum = MonthSummary::default();
    for (placed_at, amount, state) in items {
        if in_month(*placed_at) {
            sum.orders = sum.orders.saturating_add(1);
        }
        match state {
            CommissionState::Pending => sum.pending = Fen(sum.pending.0.saturating_add(amount.0)),
            CommissionState::Earned { at } if in_month(*at) => {
                sum.earned = Fen(sum.earned.0.saturating_add(amount.0))
            }
            _ => {}
        }
    }
    sum
}

/// A rate in basis points as a percent without trailing zeros: 300 → "3", 250 → "2.5".
pub fn percent_text(bp: u32) -> String {
    match bp % 100 {
        0 => (bp / 100).to_string(),
        f if f % 10 == 0 => format!("{}.{}", bp / 100, f / 10),
        f => format!("{}.{f:02}", bp / 100),
    }
}

/// Reads a commission rate typed as a percent ("3", "2.5", "2.75%") into basis points, 0–20 %.
/// Integer arithmetic only (no float parser or printer in the wasm).
pub fn parse_percent(s: &str) -> Option<u32> {
    let s = s.trim().trim_end_matches(['%', '％']).trim();
    let (whole, frac) = s.split_once(['.', '。']).unwrap_or((s, ""));
    if whole.is_empty() && frac.is_empty() || frac.len() > 2 {
        return None;
    }
    let digits = |d: &str| d.bytes().all(|b| b.is_ascii_digit());
    if !digits(whole) || !digits(frac) {
        return None;
    }
    let whole: u32 = if whole.is_empty() {
        0
    } else {
        whole.parse().ok()?
    };
    let frac: u32 = format!("{frac:0<2}").parse().ok()?;
    let bp = whole.checked_mul(100)?.checked_add(frac)?;
    (bp <= 2_000).then_some(bp)
}

#[cfg(test)]
mod tests {
    use super::*;

    const PICKED: u64 = 1_795_399_200_000;

    #[test]
    fn commission_rounds_half_up_to_the_fen() {
        assert_eq!(commission(Fen(5850), DEFAULT_RATE_BP), Fen(176)); // 175.5
        assert_eq!(commission(Fen(5816), DEFAULT_RATE_BP), Fen(174)); // 174.48
        assert_eq!(commission(Fen(50), DEFAULT_RATE_BP), Fen(2)); // 1.5
        assert_eq!(commission(Fen(49), DEFAULT_RATE_BP), Fen(1)); // 1.47
        assert_eq!(commission(Fen(0), DEFAULT_RATE_BP), Fen(0));
        assert_eq!(commission(Fen(10_000), 0), Fen(0));
        assert_eq!(commission(Fen(-500), DEFAULT_RATE_BP), Fen(0));
        assert_eq!(commission(Fen(i64::MAX), 10_000), Fen(i64::MAX));
    }

    #[test]
    fn every_dummyjson_return_policy() {
        let cases = [
            ("30 days return policy", Some(30)),
            ("60 days return policy", Some(60)),
            ("90 days return policy", Some(90)),
            ("7 days return policy", Some(7)),
            ("No return policy", None),
            ("1 month return policy", Some(30)),
            ("1 week return policy", Some(7)),
            ("14 days return policy", Some(14)),
        ];
        for (policy, days) in cases {
            assert_eq!(
                return_deadline(Some(policy), PICKED),
                days.map(|d| PICKED + d * DAY_MS),
                "{policy}"
            );
        }
        assert_eq!(return_deadline(None, PICKED), None);
        assert_eq!(return_deadline(Some("ask the shop"), PICKED), None);
        assert_eq!(return_deadline(Some(""), PICKED), None);
    }

    #[test]
    fn latest_deadline_over_lines() {
        let lines = [
            Some("7 days return policy"),
            None,
            Some("1 month return policy"),
            Some("No return policy"),
        ];
        assert_eq!(latest_deadline(lines, PICKED), Some(PICKED + 30 * DAY_MS));
        assert_eq!(
            latest_deadline([Some("No return policy"), None], PICKED),
            None
        );
        assert_eq!(latest_deadline([], PICKED), None);
    }

    #[test]
    fn window_boundaries() {
        let until = return_deadline(Some("7 days return policy"), PICKED);
        let end = PICKED + 7 * DAY_MS;
        assert_eq!(can_return(until, PICKED), ReturnWindow::Open { until: end });
        assert_eq!(
            can_return(until, end - 1),
            ReturnWindow::Open { until: end }
        );
        assert_eq!(can_return(until, end), ReturnWindow::Closed { ended: end });
        assert_eq!(can_return(None, PICKED), ReturnWindow::NoReturns);
    }

    #[test]
    fn pending_until_the_last_window_closes() {
        for stage in [
            Stage::Accepted,
            Stage::LeftWarehouse,
            Stage::CountyCentre,
            Stage::OnTheWay,
            Stage::AtStation,
        ] {
            assert_eq!(
                commission_state(stage, None, None, false, PICKED),
                CommissionState::Pending
            );
        }
        let deadline = Some(PICKED + 30 * DAY_MS);
        let state = |now| commission_state(Stage::PickedUp, Some(PICKED), deadline, false, now);
        assert_eq!(state(PICKED), CommissionState::Pending);
        assert_eq!(state(PICKED + 30 * DAY_MS - 1), CommissionState::Pending);
        assert_eq!(
            state(PICKED + 30 * DAY_MS),
            CommissionState::Earned {
                at: PICKED + 30 * DAY_MS
            }
        );
        // Nothing returnable: earned at pickup.
        assert_eq!(
            commission_state(Stage::PickedUp, Some(PICKED), None, false, PICKED),
            CommissionState::Earned { at: PICKED }
        );
        assert_eq!(
            commission_state(Stage::PickedUp, None, None, false, PICKED),
            CommissionState::Pending
        );
    }

    #[test]
    fn returns_earn_nothing() {
        let deadline = Some(PICKED + 7 * DAY_MS);
        // Returned within the window: voided, even after the window has passed.
        for now in [PICKED + DAY_MS, PICKED + 60 * DAY_MS] {
            assert_eq!(
                commission_state(Stage::PickedUp, Some(PICKED), deadline, true, now),
                CommissionState::None
            );
        }
        // Never collected: back to the sender.
        assert_eq!(
            commission_state(Stage::Returned, None, None, false, PICKED),
            CommissionState::None
        );
    }

    #[test]
    fn month_summary_uses_china_dates() {
        // 2026-01-31 23:59:59 and 2026-02-01 00:00 in China; 2026-02-28 23:59:59 and 03-01 00:00.
        let jan_last = 1_769_875_199_000;
        let feb_first = 1_769_875_200_000;
        let feb_last = 1_772_294_399_000;
        let mar_first = 1_772_294_400_000;
        let items = [
            (jan_last, Fen(100), CommissionState::Pending),
            // Placed in January, earned on the first of February.
            (jan_last, Fen(7), CommissionState::Earned { at: feb_first }),
            (
                feb_first,
                Fen(176),
                CommissionState::Earned { at: feb_last },
            ),
            (feb_first + DAY_MS, Fen(30), CommissionState::Pending),
            (feb_last, Fen(50), CommissionState::None),
            (
                feb_last,
                Fen(999),
                CommissionState::Earned { at: mar_first },
            ),
        ];
        // Orders placed in the month; pending whenever placed; earned in the month it settled.
        assert_eq!(
            month_summary(&items, 2026, 2, 480),
            MonthSummary {
                orders: 4,
                pending: Fen(130),
                earned: Fen(183)
            }
        );
        assert_eq!(
            month_summary(&items, 2026, 1, 480),
            MonthSummary {
                orders: 2,
                pending: Fen(130),
                earned: Fen(0)
            }
        );
        // In UTC the first of February is still January and the first of March still February.
        assert_eq!(
            month_summary(&items, 2026, 2, 0),
            MonthSummary {
                orders: 3,
                pending: Fen(130),
                earned: Fen(176 + 999)
            }
        );
        assert_eq!(
            month_summary(&items, 2025, 2, 480),
            MonthSummary {
                orders: 0,
                pending: Fen(130),
                earned: Fen(0)
            }
        );
    }

    #[test]
    fn percents_read_and_print_without_floats() {
        assert_eq!(parse_percent("3"), Some(300));
        assert_eq!(parse_percent(" 2.5 % "), Some(250));
        assert_eq!(parse_percent("2.75"), Some(275));
        assert_eq!(parse_percent(".5"), Some(50));
        assert_eq!(parse_percent("20"), Some(2_000));
        for bad in ["", ".", "21", "2.755", "-1", "abc", "1e2", "99999999999"] {
            assert_eq!(parse_percent(bad), None, "{bad}");
        }
        assert_eq!(percent_text(300), "3");
        assert_eq!(percent_text(250), "2.5");
        assert_eq!(percent_text(275), "2.75");
    }
}
