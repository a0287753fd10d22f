//! Villagers' produce sold through the station (代卖), as the station's records: listings (each
//! with its outbox state: sent once to a remote backend, never twice), sales, and payouts. Each
//! change is a read-modify-write of the collections as stored now, like every station record.

use leptos::prelude::*;
use serde_json::Value;

use super::{Station, random_id};
use crate::api::{ApiError, Backend};
use crate::domain::outbox::{SendState, with_outbox};
use crate::domain::produce::sale::{self, Buyer, Payout, PayoutError, Sale, SaleError};
use crate::domain::produce::{Listing, ListingDraft};
use crate::domain::station::Villager;
use crate::store::db::{self, StoreError};
use crate::store::keys::{LISTINGS, PAYOUTS, SALES, VILLAGERS};

/// Why a listing was not kept.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ListingFailure {
    /// The seller is not (or no longer) one of the station's villagers.
    UnknownSeller,
    /// It could not be written: nothing was listed (the form keeps what was typed).
    Storage(StoreError),
}

/// Why a sale or a payout was not recorded.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SaleFailure {
    Refused(SaleError),
    NothingOwed,
    /// The listing is gone (removed in another tab).
    NotListed,
    Storage(StoreError),
}

/// When the earliest stored listing waiting to be sent is due, read as plain JSON (the listings'
/// decoding is in the partner's part of the wasm): `None` when every listing was sent.
pub fn next_listing_due() -> Option<u64> {
    db::storage()?;
    db::load::<Value>(LISTINGS)
        .items
        .iter()
        .filter_map(|l| match l.get("send") {
            // Written before the outbox state existed, or still "being sent": due now.
            None => Some(0),
            Some(send) if send.get("Sending").is_some() => Some(0),
            Some(send) => send
                .get("Waiting")
                .map(|w| w.get("next_at").and_then(Value::as_u64).unwrap_or(0)),
        })
        .min()
}

/// Whether any listing has something left to sell, read as plain JSON: the home screen shows the
/// village goods shelf for it.
pub fn goods_on_shelf() -> bool {
    db::storage().is_some()
        && db::load::<Value>(LISTINGS)
            .items
            .iter()
            .any(|l| l.get("quantity").and_then(Value::as_u64).unwrap_or(0) > 0)
}

impl Station {
    /// Reads listings, sales and payouts as stored (the screens showing them call it when they
    /// open, and when another tab writes them).
    pub fn load_produce(&self) {
        self.load_later(LISTINGS, self.listings);
        self.load_later(SALES, self.sales);
        self.load_later(PAYOUTS, self.payouts);
    }

    /// Lists a villager's produce from a checked form, with its photo (already shrunk, within
    /// the photo bounds). Written before it is shown; it then waits in the outbox.
    pub fn add_listing(
        &self,
        draft: ListingDraft,
        seller_id: &str,
        photo: Option<String>,
    ) -> Result<Listing, ListingFailure> {
        let now = self.clock_now();
        let villagers: Vec<Villager> = self.current(VILLAGERS, self.villagers);
        let seller = villagers
            .iter()
            .find(|v| v.id == seller_id && !v.archived)
            .ok_or(ListingFailure::UnknownSeller)?;
        let mut listings = self.current(LISTINGS, self.listings);
        let mut listing = Listing::new(random_id(), random_id(), draft, seller, now);
        listing.photo = photo;
        // The outbox runs on real time (as orders' do), whatever the station clock says.
        let due = crate::platform::now_ms();
        if let SendState::Waiting { next_at, .. } = &mut listing.send {
            *next_at = due;
        }
        listings.push(listing.clone());
        self.write(LISTINGS, &listings)
            .map_err(ListingFailure::Storage)?;
        self.listings.set(listings);
        self.listing_due.set_value(Some(due));
        Ok(listing)
    }

    /// Sells `qty` units of a listing. The sale is written first: money taken must never be
    /// lost from the seller's ledger, even if the stock could then not be written.
    pub fn sell(&self, listing_id: &str, qty: u32, buyer: Buyer) -> Result<Sale, SaleFailure> {
        let now = self.clock_now();
        let mut listings = self.current(LISTINGS, self.listings);
        let listing = listings
            .iter_mut()
            .find(|l| l.id == listing_id)
            .ok_or(SaleFailure::NotListed)?;
        let sold = sale::record_sale(listing, qty, buyer, now).map_err(SaleFailure::Refused)?;
        let mut sales = self.current(SALES, self.sales);
        sales.push(sold.clone());
        self.write(SALES, &sales).map_err(SaleFailure::Storage)?;
        self.sales.set(sales);
        let stock = self.write(LISTINGS, &listings);
        self.listings.set(listings);
        stock.map_err(SaleFailure::Storage)?;
        Ok(sold)
    }

    /// Pays a seller everything owed, worked out from the sales and payouts as stored now (a
    /// second tap or tab pays nothing more).
    pub fn pay_out(&self, seller_id: &str) -> Result<Payout, SaleFailure> {
        let now = self.clock_now();
        let sales = self.current(SALES, self.sales);
        let mut payouts = self.current(PAYOUTS, self.payouts);
        let paid = sale::pay_out(seller_id, &sales, &payouts, now).map_err(|e| match e {
            PayoutError::NothingOwed => SaleFailure::NothingOwed,
        })?;
        payouts.push(paid.clone());
        self.write(PAYOUTS, &payouts)
            .map_err(SaleFailure::Storage)?;
        self.payouts.set(payouts);
        self.sales.set(sales);
        Ok(paid)
    }

    /// Sends every listing that is due (the flush holds the outbox lock): one request each, each
    /// result written before the next goes. Called from the flush, in the partner's part.
    pub(super) async fn flush_listings(&self, backend: Backend) {
        let now = crate::platform::now_ms();
        if self.listing_due.get_value().is_none_or(|due| due > now) {
            return;
        }
        let retry = self.listing_retry.get_value();
        self.listing_retry.set_value(false);
        let due = self.change(LISTINGS, self.listings, |l| {
            with_outbox(l, |ob| {
                ob.recover(now, crate::platform::page_started_ms());
                if retry {
                    ob.retry_now(now);
                }
                ob.take_due(now)
            })
        });
        for entry in due {
            let Some(listing) = self
                .listings
                .with_untracked(|all| all.iter().find(|l| l.id == entry.order_id).cloned())
            else {
                continue;
            };
            let result = if self.network_off.get_untracked() {
                Err(ApiError::Offline)
            } else {
                backend.add_product(&listing).await
            };
            let now = crate::platform::now_ms();
            self.change(LISTINGS, self.listings, |all| match &result {
                Ok(remote_id) => {
                    with_outbox(all, |ob| ob.mark_sent(&entry.order_id, now));
                    if let Some(l) = all.iter_mut().find(|l| l.id == entry.order_id) {
                        l.remote_id = *remote_id;
                    }
                }
                Err(error) => with_outbox(all, |ob| {
                    ob.mark_failed(
                        &entry.order_id,
                        &error.code(),
                        now,
                        js_sys::Math::random(),
                        error.retry_after(),
                    )
                }),
            });
        }
        let next = self.listings.with_untracked(|all| {
            all.iter()
                .filter_map(|l| match l.send {
                    SendState::Waiting { next_at, .. } => Some(next_at),
                    SendState::Sending { .. } => Some(now),
                    SendState::Sent { .. } => None,
                })
                .min()
        });
        self.listing_due.set_value(next);
    }

    /// Everything listed but not sent may go now (the partner asked, or the network came back):
    /// part of `send_now`. The listings are changed by the flush itself (their decoding is in
    /// the partner's part of the wasm, not in what the first screen loads).
    pub(super) fn retry_listings(&self) {
        if self.listing_due.get_value().is_some() {
            self.listing_retry.set_value(true);
            self.listing_due.set_value(Some(0));
        }
    }
}
