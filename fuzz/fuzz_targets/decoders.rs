//! Every decoder of outside data, fed arbitrary bytes: API answers (products, pages, one product,
//! categories, the cart answer to an order) and what the tablet keeps (each stored collection, the
//! settings). None may panic, and what a decoder accepts must keep the limits the screens rely on.
#![no_main]

use cunzhan::api::dto::{MAX_DESCRIPTION, MAX_STOCK, MAX_TITLE};
use cunzhan::api::dto::{
    decode_categories, decode_page, decode_placed, decode_product, decode_single,
};
use cunzhan::domain::catalog::Product;
use cunzhan::domain::lesson::Trainee;
use cunzhan::domain::logistics::SimClock;
use cunzhan::domain::money::MAX_PRICE;
use cunzhan::domain::station::{OpenCart, Order, Villager};
use cunzhan::store::db::decode;
use cunzhan::store::partner::PartnerRecord;
use cunzhan::store::settings::Settings;
use libfuzzer_sys::fuzz_target;
use serde_json::Value;

fn check(p: &Product) {
    assert!(p.id > 0);
    assert!(
        p.price.0 >= 0 && p.price <= MAX_PRICE,
        "price {:?}",
        p.price
    );
    assert!(p.discount_bp < 10_000);
    assert!(p.stock <= MAX_STOCK && p.min_order >= 1 && p.min_order <= MAX_STOCK);
    assert!(p.title.en.chars().count() <= MAX_TITLE + 1);
    assert!(p.description.en.chars().count() <= MAX_DESCRIPTION + 1);
    for pic in [&p.thumbnail, &p.image].into_iter().flatten() {
        assert!(
            pic.starts_with('/') || pic.starts_with("http://") || pic.starts_with("https://"),
            "{pic}"
        );
        assert!(!pic.contains(['<', '>', '"']));
    }
}

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    // What the tablet stored: read leniently, never a panic.
    let _ = decode::<Villager>(Some(text));
    let _ = decode::<OpenCart>(Some(text));
    let _ = decode::<Order>(Some(text));
    let _ = decode::<SimClock>(Some(text));
    let _ = decode::<Trainee>(Some(text));
    let _ = decode::<PartnerRecord>(Some(text));
    let _ = Settings::from_stored(Some(text));
    // API answers.
    let Ok(v) = serde_json::from_str::<Value>(text) else {
        return;
    };
    if let Ok(p) = decode_product(&v) {
        check(&p);
    }
    if let Ok(p) = decode_single(&v) {
        check(&p);
    }
    if let Ok(page) = decode_page(&v) {
        page.products.iter().for_each(check);
        let _ = page.has_more();
    }
    let _ = decode_categories(&v);
    let _ = decode_placed(&v);
});
