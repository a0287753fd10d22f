//! Parcels from any courier kept for villagers (代收): the station records a parcel a courier left
//! for a villager (courier, tracking number, shelf) and gives her a pickup code ([`record`]); it
//! is flagged after five days, due back to the courier after seven, handed over with the same code
//! check and lock as an order's parcel, and the courier's fee is counted for each one picked up
//! ([`pickup`]). Times are on the station clock (so trainers can show the seven-day rule), except
//! the lock, which runs on real time like every lock in the app.

pub mod pickup;
pub mod tracking;

pub use pickup::{
    ParcelState, SendBackError, days_waiting, hand_over, month_fees, month_pickups, parcel_now,
    send_back, state,
};
pub use tracking::{
    Courier, MAX_TRACKING, MIN_TRACKING, TrackingError, normalize_tracking, tracking_in,
};

use serde::{Deserialize, Serialize};

use super::logistics::{PickupGuard, check_pickup};
use super::money::Fen;
use super::station::Villager;

/// What a courier pays the station per parcel handed over, until the partner sets the real
/// figure (settings): fifty fen, the low end of what couriers pay village stations.
pub const DEFAULT_FEE: Fen = Fen(50);
/// The highest fee the settings take (¥20 a parcel): above it, a typing slip.
pub const MAX_FEE: Fen = Fen(2_000);

/// A fee typed in yuan ("0.5", "1元"), `None` when it is not an amount or above [`MAX_FEE`].
pub fn parse_fee(text: &str) -> Option<Fen> {
    super::produce::parse_yuan(text).filter(|fee| *fee <= MAX_FEE)
}

/// Longest shelf label (characters): a place on a shelf such as "A-3" or "2号架", not a note.
pub const MAX_SHELF: usize = 10;

/// A courier's parcel kept at the station for a villager.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CourierParcel {
    /// Made on the tablet: the record's identity.
    pub id: String,
    pub courier: Courier,
    /// Normalised (see [`normalize_tracking`]).
    pub tracking: String,
    pub villager_id: String,
    /// Where it sits ("A-3").
    pub shelf: String,
    /// The six digits the villager shows at pickup (from [`super::order::pickup_code`]).
    pub code: String,
    /// When it was recorded at the station (station clock, Unix ms).
    pub arrived_at: u64,
    /// When the villager collected it (station clock).
    #[serde(default)]
    pub picked_up_at: Option<u64>,
    /// When it was given back to the courier (station clock).
    #[serde(default)]
    pub returned_to_courier_at: Option<u64>,
    /// Wrong pickup codes and the handover lock (real time), as for an order's parcel.
    #[serde(default)]
    pub pickup_guard: PickupGuard,
}

/// What the tablet decides for a new parcel (random parts come from the browser) and what the
/// partner typed or chose.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NewParcel {
    pub id: String,
    pub courier: Courier,
    /// As typed or scanned.
    pub tracking: String,
    pub villager_id: String,
    pub shelf: String,
    /// From [`super::order::pickup_code`].
    pub code: String,
}

/// Why a parcel could not be recorded.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RecordError {
    /// This courier's number is already on the tablet (waiting or picked up).
    DuplicateTracking,
    /// The villager is not (or no longer) served by the station.
    UnknownVillager,
    BadTracking(TrackingError),
    /// Empty, or longer than [`MAX_SHELF`].
    BadShelf,
    /// Not six digits: the villager could never collect it.
    BadCode,
}

/// Records a parcel that reached the station. The same courier's number is recorded once: typed
/// again (with spaces, lower case) it is refused, unless the earlier parcel went back to the
/// courier (it can come again). Archived villagers are not offered, so they are refused too.
pub fn record<'a>(
    parcels: &'a mut Vec<CourierParcel>,
    new: NewParcel,
    villagers: &[Villager],
    now: u64,
) -> Result<&'a CourierParcel, RecordError> {
    let tracking = normalize_tracking(&new.tracking).map_err(RecordError::BadTracking)?;
    let shelf = new.shelf.trim();
    let shelf_len = shelf.chars().count();
    if shelf_len == 0 || shelf_len > MAX_SHELF || shelf.chars().any(char::is_control) {
        return Err(RecordError::BadShelf);
    }
    if !check_pickup(&new.code, &new.code) {
        return Err(RecordError::BadCode);
    }
    if !villagers
        .iter()
        .any(|v| v.id == new.villager_id && !v.archived)
    {
        return Err(RecordError::UnknownVillager);
    }
    let duplicate = parcels.iter().any(|p| {
        p.courier == new.courier && p.tracking == tracking && p.returned_to_courier_at.is_none()
    });
    if duplicate {
        return Err(RecordError::DuplicateTracking);
    }
    // Ids carry random digits: on the rare clash, move on until the id is free.
    let mut id = new.id;
    while parcels.iter().any(|p| p.id == id) {
        id.push('A');
    }
    parcels.push(CourierParcel {
        id,
        courier: new.courier,
        tracking,
        villager_id: new.villager_id,
        shelf: shelf.to_string(),
        code: new.code.chars().filter(|c| !c.is_whitespace()).collect(),
        arrived_at: now,
        picked_up_at: None,
        returned_to_courier_at: None,
        pickup_guard: PickupGuard::default(),
    });
    let last = parcels.len() - 1;
    Ok(&parcels[last])
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::logistics::DAY_MS;
    use crate::domain::villager::validate_villager;

    /// 2026-11-23 10:00 in China.
    const T0: u64 = 1_795_399_200_000;

    fn villagers() -> Vec<Villager> {
        let mut gone = Villager::new("v2".into(), validate_villager("李伯", "", "").unwrap(), 1);
        gone.archived = true;
        vec![
            Villager::new("v1".into(), validate_villager("王阿姨", "", "").unwrap(), 0),
            gone,
        ]
    }

    fn new(id: &str, courier: Courier, tracking: &str) -> NewParcel {
        NewParcel {
            id: id.into(),
            courier,
            tracking: tracking.into(),
            villager_id: "v1".into(),
            shelf: " A-3 ".into(),
            code: "480219".into(),
        }
    }

    #[test]
    fn a_parcel_is_recorded_once_per_courier_and_number() {
        let vs = villagers();
        let mut parcels = Vec::new();
        let first = record(
            &mut parcels,
            new("p1", Courier::Zto, "7530 1234 5678"),
            &vs,
            T0,
        )
        .unwrap()
        .clone();
        assert_eq!(first.tracking, "753012345678");
        assert_eq!(first.shelf, "A-3");
        assert_eq!(first.arrived_at, T0);
        // The same number typed another way is the same parcel.
        assert_eq!(
            record(
                &mut parcels,
                new("p2", Courier::Zto, "753012-345678"),
                &vs,
                T0
            ),
            Err(RecordError::DuplicateTracking)
        );
        // Still a duplicate once picked up.
        hand_over(&mut parcels[0], "480219", T0, T0);
        assert_eq!(
            record(
                &mut parcels,
                new("p2", Courier::Zto, "753012345678"),
                &vs,
                T0
            ),
            Err(RecordError::DuplicateTracking)
        );
        // Another courier's number that happens to match is another parcel.
        assert!(
            record(
                &mut parcels,
                new("p3", Courier::Yto, "753012345678"),
                &vs,
                T0
            )
            .is_ok()
        );
        assert_eq!(parcels.len(), 2);
    }

    #[test]
    fn a_number_given_back_to_the_courier_can_come_again() {
        let vs = villagers();
        let mut parcels = Vec::new();
        record(
            &mut parcels,
            new("p1", Courier::Sf, "SF1234567890"),
            &vs,
            T0,
        )
        .unwrap();
        send_back(&mut parcels[0], T0 + 8 * DAY_MS).unwrap();
        let again = record(
            &mut parcels,
            new("p1", Courier::Sf, "sf 1234567890"),
            &vs,
            T0 + 9 * DAY_MS,
        )
        .unwrap();
        assert_eq!(again.id, "p1A", "a clashing id moves on");
        assert_eq!(state(&parcels[1], T0 + 9 * DAY_MS), ParcelState::Waiting);
        assert_eq!(
            record(
                &mut parcels,
                new("p9", Courier::Sf, "SF1234567890"),
                &vs,
                T0
            ),
            Err(RecordError::DuplicateTracking)
        );
    }

    #[test]
    fn bad_input_records_nothing() {
        let vs = villagers();
        let mut parcels = Vec::new();
        let mut n = new("p1", Courier::Jd, "JD0012345678");
        n.villager_id = "v9".into();
        assert_eq!(
            record(&mut parcels, n.clone(), &vs, T0),
            Err(RecordError::UnknownVillager)
        );
        n.villager_id = "v2".into();
        assert_eq!(
            record(&mut parcels, n, &vs, T0),
            Err(RecordError::UnknownVillager)
        );
        let mut n = new("p1", Courier::Jd, "JD12");
        assert_eq!(
            record(&mut parcels, n.clone(), &vs, T0),
            Err(RecordError::BadTracking(TrackingError::TooShort))
        );
        n.tracking = "JD0012345678".into();
        for shelf in ["", "   ", "A-3-第十二层最左边", "A\u{7}"] {
            n.shelf = shelf.into();
            assert_eq!(
                record(&mut parcels, n.clone(), &vs, T0),
                Err(RecordError::BadShelf),
                "{shelf}"
            );
        }
        n.shelf = "2号架".into();
        for code in ["", "48021", "48021x", "4802199"] {
            n.code = code.into();
            assert_eq!(
                record(&mut parcels, n.clone(), &vs, T0),
                Err(RecordError::BadCode),
                "{code}"
            );
        }
        assert!(parcels.is_empty());
    }

    #[test]
    fn stored_parcels_from_before_a_field_existed_still_load() {
        let json = r#"{"id":"p1","courier":"sf","tracking":"SF1234567890","villager_id":"v1",
            "shelf":"A-3","code":"480219","arrived_at":5}"#;
        let p: CourierParcel = serde_json::from_str(json).unwrap();
        assert_eq!((p.picked_up_at, p.returned_to_courier_at), (None, None));
        assert_eq!(p.pickup_guard, PickupGuard::default());
        let back: CourierParcel =
            serde_json::from_str(&serde_json::to_string(&p).unwrap()).unwrap();
        assert_eq!(back, p);
    }

    #[test]
    fn a_fee_is_an_amount_up_to_twenty_yuan() {
        assert_eq!(parse_fee("0.5"), Some(Fen(50)));
        assert_eq!(parse_fee("1元"), Some(Fen(100)));
        assert_eq!(parse_fee("20"), Some(MAX_FEE));
        assert_eq!(parse_fee("20.01"), None);
        assert_eq!(parse_fee("-1"), None);
        assert_eq!(parse_fee("abc"), None);
        assert_eq!(parse_fee("0"), Some(Fen(0)));
    }
}
