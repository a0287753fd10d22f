//! Parcels from any courier kept for villagers (代收), as the station's records: recorded,
//! handed over with the pickup code, sent back to the courier. Each change is a read-modify-write
//! of the collection as stored now, like every station record (see the parent module).

use leptos::prelude::*;

use super::{Station, random_id, random_u32};
use crate::domain::courier_parcel::{
    self, Courier, CourierParcel, NewParcel, RecordError, SendBackError,
};
use crate::domain::order::pickup_code;
use crate::domain::parcel::HandOver;
use crate::platform::now_ms;
use crate::store::db::StoreError;
use crate::store::keys::{COURIER_PARCELS, VILLAGERS};

/// Why a courier's parcel was not recorded.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RecordFailure {
    Refused(RecordError),
    /// It could not be written: nothing was recorded (the partner can try again).
    Storage(StoreError),
}

/// What the partner typed and chose for one parcel.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ParcelInput {
    pub courier: Courier,
    pub tracking: String,
    pub shelf: String,
    pub villager_id: String,
}

impl Station {
    /// Reads the courier parcels as stored (the screens that show them call it when they open,
    /// and again when another tab writes them).
    pub fn load_courier_parcels(&self) {
        self.load_later(COURIER_PARCELS, self.courier_parcels);
    }

    /// Records a parcel a courier left for a villager, with a new pickup code. Refused (and
    /// nothing written) when the number is already recorded for that courier, the villager is
    /// unknown or archived, or the number or shelf cannot be a real one.
    pub fn record_parcel(&self, input: ParcelInput) -> Result<CourierParcel, RecordFailure> {
        let now = self.clock_now();
        let villagers = self.current(VILLAGERS, self.villagers);
        let mut parcels = self.current(COURIER_PARCELS, self.courier_parcels);
        let new = NewParcel {
            id: random_id(),
            courier: input.courier,
            tracking: input.tracking,
            villager_id: input.villager_id,
            shelf: input.shelf,
            code: pickup_code(random_u32()),
        };
        let recorded = courier_parcel::record(&mut parcels, new, &villagers, now)
            .map_err(RecordFailure::Refused)?
            .clone();
        // Shown only once written: a parcel storage refused is not recorded, and the screen
        // says so (the partner tries again), rather than showing one a reload would lose.
        self.write(COURIER_PARCELS, &parcels)
            .map_err(RecordFailure::Storage)?;
        self.courier_parcels.set(parcels);
        Ok(recorded)
    }

    /// Hands a courier's parcel over if `code` is its pickup code (same tries and lock as an
    /// order's parcel).
    pub fn hand_over_parcel(&self, id: &str, code: &str) -> HandOver {
        let now = self.clock_now();
        self.change(
            COURIER_PARCELS,
            self.courier_parcels,
            |parcels| match parcels.iter_mut().find(|p| p.id == id) {
                Some(p) => courier_parcel::hand_over(p, code, now, now_ms()),
                None => HandOver::NotHere,
            },
        )
    }

    /// Records that a parcel went back to its courier (not collected in time).
    pub fn send_back_parcel(&self, id: &str) -> Result<(), SendBackError> {
        let now = self.clock_now();
        self.change(
            COURIER_PARCELS,
            self.courier_parcels,
            |parcels| match parcels.iter_mut().find(|p| p.id == id) {
                Some(p) => courier_parcel::send_back(p, now),
                None => Err(SendBackError::AlreadyReturned),
            },
        )
    }

    /// A villager's name and picture by id, for a parcel's row (tracked).
    pub fn villager_face(&self, id: &str) -> Option<(String, u8)> {
        self.villagers.with(|all| {
            all.iter()
                .find(|v| v.id == id)
                .map(|v| (v.name.clone(), v.avatar))
        })
    }
}
