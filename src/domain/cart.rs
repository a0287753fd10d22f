//! A villager's cart: quantity rules (stock, minimum order quantity) and totals in fen.

use serde::{Deserialize, Serialize};

use super::catalog::{Product, StockState, Text, Unit};
use super::money::Fen;

/// One product in a cart, with what the cart needs to check and show it without the network.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CartLine {
    pub product_id: u32,
    pub title: Text,
    pub category: String,
    pub picture: Option<String>,
    pub unit: Unit,
    /// Price per unit before discount.
    pub list_price: Fen,
    /// Discount in hundredths of a percent.
    pub discount_bp: u32,
    pub stock: u32,
    pub min_order: u32,
    pub qty: u32,
    /// The product's return terms as the shop wrote them (e.g. "30 days return policy").
    #[serde(default)]
    pub return_policy: Option<String>,
}

impl CartLine {
    /// Price per unit after discount (rounded per unit, as the price tag shows it).
    pub fn unit_price(&self) -> Fen {
        self.list_price.discounted(self.discount_bp)
    }

    /// What this line costs.
    pub fn total(&self) -> Fen {
        self.unit_price().times(self.qty)
    }

    /// What this line would cost without discount.
    pub fn list_total(&self) -> Fen {
        self.list_price.times(self.qty)
    }

    /// Whether "+" may be tapped.
    pub fn can_increase(&self) -> bool {
        self.qty < self.stock
    }

    /// Whether "−" may be tapped (below the minimum, the line must be removed instead).
    pub fn can_decrease(&self) -> bool {
        self.qty > self.min_order.max(1)
    }
}

/// Why a cart change was refused; each has a translated message on screen.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CartError {
    OutOfStock,
    /// The product's minimum order is more than the stock: it cannot be ordered now.
    MinimumAboveStock {
        min: u32,
        stock: u32,
    },
    /// More than the stock was asked for.
    AboveStock {
        stock: u32,
    },
    /// Fewer than the minimum order was asked for.
    BelowMinimum {
        min: u32,
    },
    NotInCart,
}

/// Totals of a cart, in fen.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct Totals {
    pub list: Fen,
    pub discount: Fen,
    pub total: Fen,
    /// Number of pieces (sum of quantities).
    pub items: u32,
}

/// A cart: lines in the order they were added.
#[derive(Clone, Debug, PartialEq, Default, Serialize, Deserialize)]
pub struct Cart {
    pub lines: Vec<CartLine>,
}

impl Cart {
    /// Adds a product: a new line starts at the minimum order quantity; an existing line goes up by
    /// one. Never above stock.
    pub fn add(&mut self, product: &Product) -> Result<u32, CartError> {
        if product.stock_state == StockState::Out || product.stock == 0 {
            return Err(CartError::OutOfStock);
        }
        let min = product.min_order.max(1);
        if min > product.stock {
            return Err(CartError::MinimumAboveStock {
                min,
                stock: product.stock,
            });
        }
        if let Some(line) = self.lines.iter_mut().find(|l| l.product_id == product.id) {
            // Fresh stock and price from the product just seen.
            line.stock = product.stock;
            line.list_price = product.price;
            line.discount_bp = product.discount_bp;
            line.min_order = min;
            if line.qty >= line.stock {
                return Err(CartError::AboveStock { stock: line.stock });
            }
            line.qty = (line.qty + 1).max(min);
            return Ok(line.qty);
        }
        self.lines.push(CartLine {
            product_id: product.id,
            title: product.title.clone(),
            category: product.category.clone(),
            picture: product.picture().map(str::to_string),
            unit: product.unit,
            list_price: product.price,
            discount_bp: product.discount_bp,
            stock: product.stock,
            min_order: min,
            qty: min,
            return_policy: product.return_policy.clone(),
        });
        Ok(min)
    }

    /// Sets a line's quantity, refusing what breaks the rules (the stepper never offers it).
    pub fn set_qty(&mut self, product_id: u32, qty: u32) -> Result<u32, CartError> {
        let line = self
            .lines
            .iter_mut()
            .find(|l| l.product_id == product_id)
            .ok_or(CartError::NotInCart)?;
        if qty > line.stock {
            return Err(CartError::AboveStock { stock: line.stock });
        }
        if qty < line.min_order.max(1) {
            return Err(CartError::BelowMinimum {
                min: line.min_order.max(1),
            });
        }
        line.qty = qty;
        Ok(qty)
    }

    /// One more of a line.
    pub fn increase(&mut self, product_id: u32) -> Result<u32, CartError> {
        let qty = self.qty_of(product_id).ok_or(CartError::NotInCart)?;
        self.set_qty(product_id, qty + 1)
    }

    /// One fewer of a line.
    pub fn decrease(&mut self, product_id: u32) -> Result<u32, CartError> {
        let qty = self.qty_of(product_id).ok_or(CartError::NotInCart)?;
        self.set_qty(product_id, qty.saturating_sub(1))
    }

    /// Removes a line (after the partner confirmed).
    pub fn remove(&mut self, product_id: u32) -> bool {
        let before = self.lines.len();
        self.lines.retain(|l| l.product_id != product_id);
        self.lines.len() != before
    }

    /// The quantity of a product in the cart.
    pub fn qty_of(&self, product_id: u32) -> Option<u32> {
        self.lines
            .iter()
            .find(|l| l.product_id == product_id)
            .map(|l| l.qty)
    }

    /// Whether the cart holds nothing.
    pub fn is_empty(&self) -> bool {
        self.lines.is_empty()
    }

    /// Line and cart totals in fen.
    pub fn totals(&self) -> Totals {
        totals_of(&self.lines)
    }
}

/// Totals of any lines (a cart's, an order's), in fen.
pub fn totals_of(lines: &[CartLine]) -> Totals {
    let list = Fen(lines.iter().map(|l| l.list_total().0).sum());
    let total = Fen(lines.iter().map(|l| l.total().0).sum());
    Totals {
        list,
        discount: Fen(list.0 - total.0),
        total,
        items: lines.iter().map(|l| l.qty).sum(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn product(id: u32, price: i64, stock: u32, min: u32, discount_bp: u32) -> Product {
        Product {
            discount_bp,
            ..Product::sample(id, ("P", ""), price, stock, min)
        }
    }

    #[test]
    fn adding_starts_at_minimum_and_goes_up_by_one() {
        let mut cart = Cart::default();
        assert_eq!(cart.add(&product(1, 3990, 50, 1, 0)), Ok(1));
        assert_eq!(cart.add(&product(1, 3990, 50, 1, 0)), Ok(2));
        assert_eq!(cart.add(&product(2, 500, 50, 5, 0)), Ok(5));
        assert_eq!(cart.lines.len(), 2);
    }

    #[test]
    fn never_above_stock() {
        let mut cart = Cart::default();
        let p = product(1, 100, 2, 1, 0);
        cart.add(&p).unwrap();
        cart.add(&p).unwrap();
        assert_eq!(cart.add(&p), Err(CartError::AboveStock { stock: 2 }));
        assert_eq!(cart.increase(1), Err(CartError::AboveStock { stock: 2 }));
        assert!(!cart.lines[0].can_increase());
        assert_eq!(cart.set_qty(1, 99), Err(CartError::AboveStock { stock: 2 }));
    }

    #[test]
    fn never_below_minimum() {
        let mut cart = Cart::default();
        cart.add(&product(1, 100, 50, 3, 0)).unwrap();
        assert!(!cart.lines[0].can_decrease());
        assert_eq!(cart.decrease(1), Err(CartError::BelowMinimum { min: 3 }));
        cart.increase(1).unwrap();
        assert!(cart.lines[0].can_decrease());
        assert_eq!(cart.decrease(1), Ok(3));
        assert_eq!(cart.set_qty(1, 0), Err(CartError::BelowMinimum { min: 3 }));
    }

    #[test]
    fn out_of_stock_and_impossible_minimum_are_refused() {
        let mut cart = Cart::default();
        assert_eq!(
            cart.add(&product(1, 100, 0, 1, 0)),
            Err(CartError::OutOfStock)
        );
        assert_eq!(
            cart.add(&product(2, 100, 3, 5, 0)),
            Err(CartError::MinimumAboveStock { min: 5, stock: 3 })
        );
        assert!(cart.is_empty());
    }

    #[test]
    fn remove_and_unknown_lines() {
        let mut cart = Cart::default();
        cart.add(&product(1, 100, 5, 1, 0)).unwrap();
        assert!(cart.remove(1));
        assert!(!cart.remove(1));
        assert_eq!(cart.increase(1), Err(CartError::NotInCart));
    }

    #[test]
    fn totals_in_fen_with_per_unit_discount_rounding() {
        let mut cart = Cart::default();
        // ¥9.99 at 12.5 % off = ¥8.74 per unit (8.74125 rounded), ×3 = ¥26.22
        cart.add(&product(1, 999, 50, 3, 1250)).unwrap();
        // ¥39.90, no discount, ×2
        let rice = product(2, 3990, 50, 1, 0);
        cart.add(&rice).unwrap();
        cart.add(&rice).unwrap();
        let t = cart.totals();
        assert_eq!(cart.lines[0].total(), Fen(2622));
        assert_eq!(t.list, Fen(2997 + 7980));
        assert_eq!(t.total, Fen(2622 + 7980));
        assert_eq!(t.discount, Fen(375));
        assert_eq!(t.items, 5);
        assert_eq!(Cart::default().totals(), Totals::default());
    }
}
