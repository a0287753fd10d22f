//! Sales of villagers' produce and what the station owes each seller. The station takes the
//! buyer's money and pays the seller later, so the ledger is the record of a debt: every sale
//! and every payout is kept, and what is owed is worked out from them (never stored), in fen,
//! with sums that saturate instead of overflowing.

use serde::{Deserialize, Serialize};

use super::Listing;
use crate::domain::money::Fen;

/// Who bought.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Buyer {
    /// Someone at the counter, paying cash.
    WalkIn,
    /// Another station (its name or id), ordering for its villagers.
    Station(String),
}

/// One sale of a listing.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Sale {
    pub listing_id: String,
    /// The seller, kept with the sale so the debt stays if the listing is removed.
    pub seller_id: String,
    pub qty: u32,
    pub buyer: Buyer,
    /// Unix ms (station clock).
    pub at: u64,
    /// What the buyer paid: the unit price when sold × qty.
    pub amount: Fen,
}

/// Why a sale was refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SaleError {
    ZeroQty,
    /// Fewer units left than asked for.
    NotEnoughStock {
        available: u32,
    },
}

/// Sells `qty` units of a listing: its stock goes down, and the sale (at today's unit price) is
/// returned for the caller to keep in the same write as the listing.
pub fn record_sale(
    listing: &mut Listing,
    qty: u32,
    buyer: Buyer,
    now: u64,
) -> Result<Sale, SaleError> {
    if qty == 0 {
        return Err(SaleError::ZeroQty);
    }
    listing.quantity = listing
        .quantity
        .checked_sub(qty)
        .ok_or(SaleError::NotEnoughStock {
            available: listing.quantity,
        })?;
    Ok(Sale {
        listing_id: listing.id.clone(),
        seller_id: listing.seller_id.clone(),
        qty,
        buyer,
        at: now,
        amount: listing.price_per_unit.times(qty),
    })
}

/// Money handed to a seller.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Payout {
    pub seller_id: String,
    pub amount: Fen,
    /// Unix ms (station clock).
    pub at: u64,
}

/// A seller's account with the station.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct Ledger {
    /// Everything the seller's produce sold for.
    pub sold: Fen,
    /// Everything paid to the seller.
    pub paid_out: Fen,
    /// What the station still owes (never below zero).
    pub owed: Fen,
}

/// Adds amounts, saturating, and ignoring negative ones (no sale or payout is negative).
fn total(amounts: impl Iterator<Item = Fen>) -> Fen {
    Fen(amounts.fold(0i64, |sum, a| sum.saturating_add(a.0.max(0))))
}

/// The seller's account from every sale and payout kept.
pub fn ledger(seller_id: &str, sales: &[Sale], payouts: &[Payout]) -> Ledger {
    let sold = total(
        sales
            .iter()
            .filter(|s| s.seller_id == seller_id)
            .map(|s| s.amount),
    );
    let paid_out = total(
        payouts
            .iter()
            .filter(|p| p.seller_id == seller_id)
            .map(|p| p.amount),
    );
    Ledger {
        sold,
        paid_out,
        owed: Fen(sold.0.saturating_sub(paid_out.0).max(0)),
    }
}

/// Why nothing was paid.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PayoutError {
    NothingOwed,
}

/// Pays the seller everything owed. It works from the sales and payouts themselves — those
/// just read from storage, in the same write that keeps the payout — rather than from a ledger
/// shown earlier, so a second tap or a second tab cannot pay the same money twice.
pub fn pay_out(
    seller_id: &str,
    sales: &[Sale],
    payouts: &[Payout],
    now: u64,
) -> Result<Payout, PayoutError> {
    let owed = ledger(seller_id, sales, payouts).owed;
    if owed.0 <= 0 {
        return Err(PayoutError::NothingOwed);
    }
    Ok(Payout {
        seller_id: seller_id.to_string(),
        amount: owed,
        at: now,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn listing(seller: &str, price: i64, quantity: u32) -> Listing {
        Listing {
            price_per_unit: Fen(price),
            quantity,
            ..crate::domain::produce::sample_listing(&format!("L-{seller}"), seller)
        }
    }

    #[test]
    fn a_sale_takes_stock_and_costs_price_times_quantity() {
        let mut eggs = listing("v1", 850, 30);
        let sale = record_sale(&mut eggs, 3, Buyer::WalkIn, 7).unwrap();
        assert_eq!(sale.amount, Fen(2_550));
        assert_eq!((sale.qty, sale.at, sale.seller_id.as_str()), (3, 7, "v1"));
        assert_eq!(eggs.quantity, 27);
        let to_station = record_sale(&mut eggs, 27, Buyer::Station("东村站".into()), 8).unwrap();
        assert_eq!(to_station.amount, Fen(22_950));
        assert_eq!(eggs.quantity, 0);
        assert_eq!(
            record_sale(&mut eggs, 1, Buyer::WalkIn, 9),
            Err(SaleError::NotEnoughStock { available: 0 })
        );
    }

    #[test]
    fn refused_sales_change_nothing() {
        let mut eggs = listing("v1", 850, 5);
        assert_eq!(
            record_sale(&mut eggs, 6, Buyer::WalkIn, 1),
            Err(SaleError::NotEnoughStock { available: 5 })
        );
        assert_eq!(
            record_sale(&mut eggs, 0, Buyer::WalkIn, 1),
            Err(SaleError::ZeroQty)
        );
        assert_eq!(eggs.quantity, 5);
    }

    #[test]
    fn the_ledger_sums_exactly_in_fen_over_many_sales() {
        // 1,000 sales of one unit at ¥0.33: exactly ¥330.00, no rounding drift.
        let mut honey = listing("v1", 33, 5_000);
        let mut sales: Vec<Sale> = (0..1_000)
            .map(|i| record_sale(&mut honey, 1, Buyer::WalkIn, i).unwrap())
            .collect();
        let mut other = listing("v2", 10_000, 10);
        sales.push(record_sale(&mut other, 2, Buyer::WalkIn, 5).unwrap());
        let ledger_v1 = ledger("v1", &sales, &[]);
        assert_eq!(
            ledger_v1,
            Ledger {
                sold: Fen(33_000),
                paid_out: Fen(0),
                owed: Fen(33_000)
            }
        );
        assert_eq!(ledger("v2", &sales, &[]).owed, Fen(20_000));
        assert_eq!(ledger("v3", &sales, &[]), Ledger::default());
        let part = Payout {
            seller_id: "v1".into(),
            amount: Fen(10_001),
            at: 2_000,
        };
        let l = ledger("v1", &sales, std::slice::from_ref(&part));
        assert_eq!((l.paid_out, l.owed), (Fen(10_001), Fen(22_999)));
    }

    #[test]
    fn paying_out_clears_the_debt_once() {
        let mut eggs = listing("v1", 850, 30);
        let sales = vec![record_sale(&mut eggs, 4, Buyer::WalkIn, 1).unwrap()];
        let mut payouts = Vec::new();
        assert_eq!(
            pay_out("v2", &sales, &payouts, 5),
            Err(PayoutError::NothingOwed)
        );
        let paid = pay_out("v1", &sales, &payouts, 5).unwrap();
        assert_eq!(
            paid,
            Payout {
                seller_id: "v1".into(),
                amount: Fen(3_400),
                at: 5
            }
        );
        payouts.push(paid);
        assert_eq!(ledger("v1", &sales, &payouts).owed, Fen(0));
        // The same tap again (or another tab) pays nothing more.
        assert_eq!(
            pay_out("v1", &sales, &payouts, 6),
            Err(PayoutError::NothingOwed)
        );
    }

    #[test]
    fn sums_saturate_instead_of_overflowing() {
        let mut dear = listing("v1", i64::MAX / 2, u32::MAX);
        let sale = record_sale(&mut dear, 3, Buyer::WalkIn, 1).unwrap();
        assert_eq!(sale.amount, Fen(i64::MAX));
        let sales = vec![sale.clone(), sale];
        let l = ledger("v1", &sales, &[]);
        assert_eq!((l.sold, l.owed), (Fen(i64::MAX), Fen(i64::MAX)));
        // More paid out than sold (a record edited by hand): nothing owed, never negative.
        let big = Payout {
            seller_id: "v1".into(),
            amount: Fen(i64::MAX),
            at: 1,
        };
        let over = ledger("v1", &sales[..0], &[big.clone(), big]);
        assert_eq!((over.paid_out, over.owed), (Fen(i64::MAX), Fen(0)));
        // Negative amounts (corrupt data) do not count.
        let bad = Payout {
            seller_id: "v1".into(),
            amount: Fen(-500),
            at: 1,
        };
        assert_eq!(ledger("v1", &[], &[bad]).paid_out, Fen(0));
    }
}
