//! What differed between the order and the server's answer, in words.

use crate::domain::order::Mismatch;
use crate::i18n::*;

pub(super) fn mismatch_text(locale: Locale, m: Mismatch) -> String {
    match m {
        Mismatch::Quantity {
            product_id,
            ours,
            theirs,
        } => td_string!(
            locale,
            orders.mismatch_qty,
            id = product_id,
            ours = ours,
            theirs = theirs.map_or_else(|| "—".to_string(), |t| t.to_string())
        )
        .to_string(),
        Mismatch::LineTotal {
            product_id,
            ours,
            theirs,
        } => td_string!(
            locale,
            orders.mismatch_total,
            id = product_id,
            ours = ours.to_string(),
            theirs = theirs.to_string()
        )
        .to_string(),
        Mismatch::Extra { product_id } => {
            td_string!(locale, orders.mismatch_extra, id = product_id).to_string()
        }
    }
}
