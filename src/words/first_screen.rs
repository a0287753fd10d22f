//! What the first screen (public/boot.js, before the wasm has arrived) shows and says on a product
//! link, `/p/<id>`, for every product of the bundled catalogue: worked out here, by the app's own
//! words and prices, into `scripts/first-products.json`, which scripts/first-screen.mjs splits
//! into `dist/data/first/p/<id>.json` at build time. A host test keeps that file current: when
//! the catalogue or the words change it fails until the file is written again with
//! `CUNZHAN_WRITE_FIRST=1 cargo test first_screen`.

use serde_json::{Value, json};

use crate::domain::catalog::{Lang, Product};
use crate::i18n::*;
use crate::words::{count_with_unit, lang_of, product_speech, stock_words, unit_word};

/// One product's first screen, each text as `[zh, en]`.
fn product_screen(p: &Product) -> Value {
    let both = |f: &dyn Fn(Locale) -> String| json!([f(Locale::zh_CN), f(Locale::en)]);
    let discount = (p.discount_bp > 0).then(|| {
        let percent = crate::domain::catalog::percent_text(p.discount_bp);
        json!({
            "badge": both(&|l| td_string!(l, product.discount, percent = percent.clone()).to_string()),
            "was": both(&|l| td_string!(l, product.was, price = p.price.to_string()).to_string()),
        })
    });
    let min = (p.min_order > 1).then(|| {
        both(&|l| {
            td_string!(
                l,
                product.min_order,
                qty = count_with_unit(l, p.min_order, p.unit)
            )
            .to_string()
        })
    });
    json!({
        "id": p.id,
        "name": both(&|l| p.title.get(lang_of(l)).to_string()),
        "say": both(&|l| product_speech(l, p)),
        "label": both(&|l| td_string!(l, product.speak_label, title = p.title.get(lang_of(l))).to_string()),
        "price": p.unit_price().to_string(),
        "unit": both(&|l| format!(" {}", td_string!(l, product.per_unit, unit = unit_word(l, p.unit)))),
        "discount": discount,
        "stock": both(&|l| stock_words(l, p)),
        "min": min,
        "details": both(&|l| td_string!(l, product.details).to_string()),
        "description": json!([p.description.get(Lang::Zh), p.description.get(Lang::En)]),
        "img": p.image.clone().or(p.thumbnail.clone()),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const FILE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/scripts/first-products.json");

    /// The bundled catalogue's products, as the app decodes them.
    fn bundled() -> Vec<Product> {
        let raw = include_str!("../../public/data/products.json");
        let value: Value = serde_json::from_str(raw).unwrap();
        let items = value
            .as_array()
            .or_else(|| value["products"].as_array())
            .unwrap()
            .clone();
        items
            .iter()
            .map(|v| crate::api::dto::decode_product(v).expect("bundled product decodes"))
            .collect()
    }

    /// The file's text: one product a line, so a change reads as a small diff.
    fn written() -> String {
        let lines: Vec<String> = bundled()
            .iter()
            .map(|p| product_screen(p).to_string())
            .collect();
        format!("[\n{}\n]\n", lines.join(",\n"))
    }

    #[test]
    fn first_screen_products_are_current() {
        let text = written();
        if std::env::var_os("CUNZHAN_WRITE_FIRST").is_some() {
            std::fs::write(FILE, &text).unwrap();
        }
        let kept = std::fs::read_to_string(FILE).unwrap_or_default();
        assert!(
            kept == text,
            "scripts/first-products.json is out of date with the catalogue or the words: \
             write it again with CUNZHAN_WRITE_FIRST=1 cargo test first_screen"
        );
    }

    #[test]
    fn a_product_screen_has_the_apps_price_and_words_in_both_languages() {
        let mut p = Product::sample(7, ("Northeast Rice 10 jin", "东北大米 10斤"), 3990, 3, 2);
        p.discount_bp = 1000;
        let screen = product_screen(&p);
        assert_eq!(screen["price"], "¥35.91");
        assert_eq!(
            screen["name"],
            json!(["东北大米 10斤", "Northeast Rice 10 jin"])
        );
        assert_eq!(screen["unit"], json!([" 每袋", " per bag"]));
        assert_eq!(screen["say"][0], product_speech(Locale::zh_CN, &p));
        assert_eq!(screen["discount"]["was"][1], "was ¥39.90");
        assert!(screen["min"][0].as_str().unwrap().contains('2'));
        let plain = product_screen(&Product::sample(8, ("Salt", ""), 250, 50, 1));
        assert!(plain["discount"].is_null() && plain["min"].is_null());
        // No Chinese name: the English one, in both.
        assert_eq!(plain["name"], json!(["Salt", "Salt"]));
    }
}
