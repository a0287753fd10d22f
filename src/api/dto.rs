//! Decoding of DummyJSON-shaped responses into domain types. Both backends' answers pass through
//! here. Decoding is lenient per product: a malformed product is left out and counted, never shown
//! half-broken, and one bad product never loses the whole list.

use serde_json::{Map, Value};

use super::error::ApiError;
use crate::domain::catalog::{Category, Product, ProductPage, StockState, Text, Unit, clean_text};
use crate::domain::money::Fen;
use crate::domain::order::RemoteLine;

/// Longest title kept (characters); longer ones are cut with an ellipsis.
pub const MAX_TITLE: usize = 80;
/// Longest description kept (characters).
pub const MAX_DESCRIPTION: usize = 600;
/// Stock above this is not believable and is capped.
pub const MAX_STOCK: u32 = 1_000_000;

/// Why one product could not be used.
#[derive(Debug, PartialEq, Eq)]
pub enum ProductIssue {
    NotAnObject,
    BadId,
    NoTitle,
    BadPrice,
}

fn text_field(obj: &Map<String, Value>, key: &str, max: usize) -> Option<String> {
    obj.get(key)
        .and_then(Value::as_str)
        .map(|s| clean_text(s, max))
        .filter(|s| !s.is_empty())
}

fn uint_field(obj: &Map<String, Value>, key: &str) -> Option<u64> {
    match obj.get(key)? {
        Value::Number(n) => n.as_u64().or_else(|| {
            n.as_f64()
                .filter(|f| f.is_finite() && *f >= 0.0)
                .map(|f| f as u64)
        }),
        _ => None,
    }
}

/// Only site-relative paths and http(s) URLs are pictures; `javascript:`/`data:` and the like are not.
fn picture_url(raw: &str) -> Option<String> {
    let raw = raw.trim();
    let ok = (raw.starts_with('/') && !raw.starts_with("//"))
        || raw.starts_with("https://")
        || raw.starts_with("http://");
    (ok && raw.len() <= 2048 && !raw.contains(['"', '<', '>', ' '])).then(|| raw.to_string())
}

/// Decodes one DummyJSON product object.
pub fn decode_product(v: &Value) -> Result<Product, ProductIssue> {
    let obj = v.as_object().ok_or(ProductIssue::NotAnObject)?;
    let id = uint_field(obj, "id")
        .filter(|id| *id > 0 && *id <= u64::from(u32::MAX))
        .ok_or(ProductIssue::BadId)? as u32;
    let title_en = text_field(obj, "title", MAX_TITLE);
    let title_zh = text_field(obj, "titleZh", MAX_TITLE);
    let title_en = title_en
        .or_else(|| title_zh.clone())
        .ok_or(ProductIssue::NoTitle)?;
    let price = obj
        .get("price")
        .and_then(Value::as_f64)
        .and_then(Fen::from_yuan)
        .ok_or(ProductIssue::BadPrice)?;
    let discount_bp = obj
        .get("discountPercentage")
        .and_then(Value::as_f64)
        .filter(|d| d.is_finite() && (0.0..100.0).contains(d))
        .map(|d| (d * 100.0).round() as u32)
        .unwrap_or(0);
    let stock = uint_field(obj, "stock")
        .unwrap_or(0)
        .min(u64::from(MAX_STOCK)) as u32;
    let status = obj.get("availabilityStatus").and_then(Value::as_str);
    let min_order = uint_field(obj, "minimumOrderQuantity")
        .unwrap_or(1)
        .clamp(1, u64::from(MAX_STOCK)) as u32;
    let thumbnail = obj
        .get("thumbnail")
        .and_then(Value::as_str)
        .and_then(picture_url);
    let image = obj
        .get("images")
        .and_then(Value::as_array)
        .and_then(|imgs| imgs.iter().filter_map(Value::as_str).find_map(picture_url));
    let rating = obj
        .get("rating")
        .and_then(Value::as_f64)
        .filter(|r| (0.0..=5.0).contains(r))
        .map(|r| r as f32);
    Ok(Product {
        id,
        title: Text {
            en: title_en,
            zh: title_zh,
        },
        description: Text {
            en: text_field(obj, "description", MAX_DESCRIPTION).unwrap_or_default(),
            zh: text_field(obj, "descriptionZh", MAX_DESCRIPTION),
        },
        category: text_field(obj, "category", 60).unwrap_or_default(),
        price,
        discount_bp,
        stock,
        stock_state: StockState::from(stock, status),
        min_order,
        unit: Unit::from_code(obj.get("unit").and_then(Value::as_str).unwrap_or("")),
        brand: text_field(obj, "brand", 40),
        thumbnail,
        image,
        return_policy: text_field(obj, "returnPolicy", 60),
        warranty: text_field(obj, "warrantyInformation", 60),
        shipping: text_field(obj, "shippingInformation", 60),
        rating,
    })
}

fn count(v: Option<&Value>) -> Option<u32> {
    v.and_then(Value::as_u64)
        .map(|n| n.min(u64::from(u32::MAX)) as u32)
}

/// Decodes a `{products, total, skip, limit}` list. The envelope must be right; products that are
/// not are left out and counted in `skipped`.
pub fn decode_page(v: &Value) -> Result<ProductPage, ApiError> {
    let obj = v
        .as_object()
        .ok_or_else(|| ApiError::Decode("list is not an object".into()))?;
    let items = obj
        .get("products")
        .and_then(Value::as_array)
        .ok_or_else(|| ApiError::Decode("list has no products array".into()))?;
    let mut products = Vec::with_capacity(items.len());
    let mut skipped = 0;
    for item in items {
        match decode_product(item) {
            Ok(p) => products.push(p),
            Err(_) => skipped += 1,
        }
    }
    let returned = items.len() as u32;
    let skip = count(obj.get("skip")).unwrap_or(0);
    // A missing or lying total must not make the list load forever or stop early.
    let total = count(obj.get("total"))
        .unwrap_or(skip + returned)
        .max(skip + returned);
    Ok(ProductPage {
        products,
        total,
        skip,
        skipped,
    })
}

/// Decodes one product answer (`/products/{id}`).
pub fn decode_single(v: &Value) -> Result<Product, ApiError> {
    decode_product(v).map_err(|issue| ApiError::Decode(format!("product: {issue:?}")))
}

/// Decodes `/products/categories`: objects `{slug, name, url}` (plus the embedded `nameZh`, `icon`),
/// or the plain slug strings older DummyJSON versions returned. Bad entries are left out.
pub fn decode_categories(v: &Value) -> Result<Vec<Category>, ApiError> {
    let items = v
        .as_array()
        .ok_or_else(|| ApiError::Decode("categories is not an array".into()))?;
    let mut out = Vec::with_capacity(items.len());
    for item in items {
        let cat = match item {
            Value::String(slug) => Some(Category {
                slug: clean_text(slug, 60),
                name: Text {
                    en: clean_text(slug, 60),
                    zh: None,
                },
                icon: None,
            }),
            Value::Object(obj) => text_field(obj, "slug", 60).map(|slug| Category {
                name: Text {
                    en: text_field(obj, "name", 40).unwrap_or_else(|| slug.clone()),
                    zh: text_field(obj, "nameZh", 20),
                },
                icon: obj
                    .get("icon")
                    .and_then(Value::as_str)
                    .and_then(picture_url)
                    .filter(|p| p.starts_with('/')),
                slug,
            }),
            _ => None,
        };
        if let Some(cat) = cat.filter(|c| !c.slug.is_empty())
            && !out.iter().any(|c: &Category| c.slug == cat.slug)
        {
            out.push(cat);
        }
    }
    Ok(out)
}

/// The id a remote backend gave a product it added: an answer without one is not a listing.
pub fn decode_added(v: &Value) -> Result<u64, ApiError> {
    v.get("id")
        .and_then(Value::as_u64)
        .filter(|id| *id > 0)
        .ok_or_else(|| ApiError::Decode("added product without id".into()))
}

/// What a remote backend answered to a new order.
#[derive(Clone, Debug, PartialEq)]
pub struct Placed {
    /// DummyJSON's cart id (the same for every new cart: never the order's identity).
    pub cart_id: Option<u64>,
    pub lines: Vec<RemoteLine>,
}

/// Decodes the answer of `POST /carts/add`. Lines without a usable id are left out (and then
/// show up as a mismatch); no products array at all is not an order confirmation.
pub fn decode_placed(v: &Value) -> Result<Placed, ApiError> {
    let products = v
        .get("products")
        .and_then(Value::as_array)
        .ok_or_else(|| ApiError::Decode("cart without products".into()))?;
    let lines = products
        .iter()
        .filter_map(|p| {
            let product_id = p
                .get("id")?
                .as_u64()
                .and_then(|id| u32::try_from(id).ok())?;
            let quantity = p.get("quantity").and_then(Value::as_i64).unwrap_or(0);
            let total = p
                .get("total")
                .and_then(Value::as_f64)
                .and_then(Fen::from_yuan)
                .unwrap_or(Fen(-1));
            Some(RemoteLine {
                product_id,
                quantity,
                total,
            })
        })
        .collect();
    Ok(Placed {
        cart_id: v.get("id").and_then(Value::as_u64),
        lines,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_added_product_answer_must_carry_its_id() {
        assert_eq!(
            decode_added(&serde_json::json!({"id": 195, "title": "x"})),
            Ok(195)
        );
        for bad in [
            serde_json::json!({"title": "x"}),
            serde_json::json!({"id": 0}),
            serde_json::json!({"id": "195"}),
            serde_json::json!([]),
        ] {
            assert!(decode_added(&bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn placed_carts_are_read_leniently() {
        let v = serde_json::json!({"id": 51, "products": [
            {"id": 4, "quantity": 2, "total": 19.98},
            {"id": "x", "quantity": 1, "total": 1},
            {"id": 7, "quantity": 1}
        ], "total": 19.98});
        let placed = decode_placed(&v).unwrap();
        assert_eq!(placed.cart_id, Some(51));
        assert_eq!(
            placed.lines,
            vec![
                RemoteLine {
                    product_id: 4,
                    quantity: 2,
                    total: Fen(1998)
                },
                RemoteLine {
                    product_id: 7,
                    quantity: 1,
                    total: Fen(-1)
                },
            ]
        );
        assert!(decode_placed(&serde_json::json!({"message": "ok"})).is_err());
    }
    use serde_json::json;

    fn full() -> Value {
        json!({
            "id": 1, "title": "Essence Mascara Lash Princess", "description": "Popular mascara.",
            "category": "beauty", "price": 9.99, "discountPercentage": 7.17, "rating": 4.94,
            "stock": 5, "tags": ["beauty", "mascara"], "brand": "Essence", "sku": "RCH45Q1A",
            "weight": 2, "dimensions": {"width": 23.17, "height": 14.43, "depth": 28.01},
            "warrantyInformation": "1 month warranty", "shippingInformation": "Ships in 1 month",
            "availabilityStatus": "Low Stock", "reviews": [], "returnPolicy": "30 days return policy",
            "minimumOrderQuantity": 24,
            "meta": {"createdAt": "2024-05-23T08:56:21.618Z", "barcode": "9164035109868", "qrCode": "..."},
            "images": ["https://cdn.dummyjson.com/products/images/beauty/1.png"],
            "thumbnail": "https://cdn.dummyjson.com/products/images/beauty/thumbnail.png"
        })
    }

    #[test]
    fn decodes_a_complete_dummyjson_product() {
        let p = decode_product(&full()).unwrap();
        assert_eq!(p.id, 1);
        assert_eq!(p.price, Fen(999));
        assert_eq!(p.discount_bp, 717);
        assert_eq!(p.unit_price(), Fen(927));
        assert_eq!(p.stock_state, StockState::Low);
        assert_eq!(p.min_order, 24);
        assert_eq!(p.brand.as_deref(), Some("Essence"));
        assert_eq!(p.unit, Unit::Piece);
        assert!(
            p.thumbnail
                .unwrap()
                .starts_with("https://cdn.dummyjson.com/")
        );
    }

    #[test]
    fn decodes_the_embedded_extensions() {
        let v = json!({"id": 3, "title": "Rice 5 kg", "titleZh": "东北大米", "descriptionZh": "香",
            "price": 39.9, "stock": 50, "unit": "bag", "thumbnail": "/img/p/rice.svg"});
        let p = decode_product(&v).unwrap();
        assert_eq!(p.title.zh.as_deref(), Some("东北大米"));
        assert_eq!(p.unit, Unit::Bag);
        assert_eq!(p.picture(), Some("/img/p/rice.svg"));
    }

    #[test]
    fn missing_optional_fields_get_defaults() {
        let p = decode_product(&json!({"id": 2, "title": "Shovel", "price": 25})).unwrap();
        assert_eq!(p.brand, None);
        assert_eq!(p.stock, 0);
        assert_eq!(p.stock_state, StockState::Out);
        assert_eq!(p.min_order, 1);
        assert_eq!(p.discount_bp, 0);
        assert_eq!(p.picture(), None);
        assert_eq!(p.description.en, "");
    }

    #[test]
    fn rejects_products_that_cannot_be_shown() {
        let bad = [
            (json!("x"), ProductIssue::NotAnObject),
            (json!({"title": "a", "price": 1}), ProductIssue::BadId),
            (
                json!({"id": -4, "title": "a", "price": 1}),
                ProductIssue::BadId,
            ),
            (
                json!({"id": "7", "title": "a", "price": 1}),
                ProductIssue::BadId,
            ),
            (json!({"id": 1, "price": 1}), ProductIssue::NoTitle),
            (
                json!({"id": 1, "title": "  \u{200B} ", "price": 1}),
                ProductIssue::NoTitle,
            ),
            (
                json!({"id": 1, "title": 5, "price": 1}),
                ProductIssue::NoTitle,
            ),
            (json!({"id": 1, "title": "a"}), ProductIssue::BadPrice),
            (
                json!({"id": 1, "title": "a", "price": -3}),
                ProductIssue::BadPrice,
            ),
            (
                json!({"id": 1, "title": "a", "price": "9.99"}),
                ProductIssue::BadPrice,
            ),
            (
                json!({"id": 1, "title": "a", "price": 1e15}),
                ProductIssue::BadPrice,
            ),
        ];
        for (v, issue) in bad {
            assert_eq!(decode_product(&v), Err(issue), "{v}");
        }
    }

    #[test]
    fn hostile_strings_stay_text_and_short() {
        let v = json!({"id": 9, "title": format!("<img src=x onerror=alert(1)>{}", "x".repeat(100_000)),
            "description": "\u{202E}evil", "price": 1, "stock": 1e12,
            "thumbnail": "javascript:alert(1)", "images": ["data:image/png;base64,AAAA", "/img/p/ok.svg"],
            "discountPercentage": 250, "rating": "NaN"});
        let p = decode_product(&v).unwrap();
        assert!(p.title.en.starts_with("<img src=x onerror=alert(1)>"));
        assert_eq!(p.title.en.chars().count(), MAX_TITLE + 1);
        assert_eq!(p.description.en, "evil");
        assert_eq!(p.stock, MAX_STOCK);
        assert_eq!(p.thumbnail, None);
        assert_eq!(p.image.as_deref(), Some("/img/p/ok.svg"));
        assert_eq!(p.discount_bp, 0);
        assert_eq!(p.rating, None);
    }

    #[test]
    fn a_list_keeps_good_products_and_counts_bad_ones() {
        let v = json!({"products": [full(), {"id": "bad"}, {"id": 3, "title": "ok", "price": 2}],
            "total": 194, "skip": 0, "limit": 3});
        let page = decode_page(&v).unwrap();
        assert_eq!(page.products.len(), 2);
        assert_eq!(page.skipped, 1);
        assert_eq!(page.total, 194);
        assert_eq!(page.next_skip(), 3);
    }

    #[test]
    fn a_list_without_products_or_total_is_handled() {
        assert!(matches!(
            decode_page(&json!({"message": "x"})),
            Err(ApiError::Decode(_))
        ));
        assert!(matches!(
            decode_page(&json!([1, 2])),
            Err(ApiError::Decode(_))
        ));
        let page = decode_page(&json!({"products": [], "skip": 30})).unwrap();
        assert!(!page.has_more());
        // total smaller than what was returned cannot stop paging early
        let page = decode_page(&json!({"products": [full()], "total": 0})).unwrap();
        assert_eq!(page.total, 1);
    }

    #[test]
    fn the_stand_in_fixtures_decode_like_real_dummyjson_answers() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/standin/fixtures");
        let raw = std::fs::read_to_string(format!("{dir}/products.json")).unwrap();
        let products: Value = serde_json::from_str(&raw).unwrap();
        let items = products
            .as_array()
            .or_else(|| products["products"].as_array())
            .unwrap();
        let envelope =
            json!({"products": items, "total": items.len(), "skip": 0, "limit": items.len()});
        let page = decode_page(&envelope).unwrap();
        assert_eq!(page.skipped, 0, "every real-shaped product decodes");
        assert!(
            page.products.iter().any(|p| p.brand.is_none()),
            "brand absent on some"
        );
        assert!(
            page.products
                .iter()
                .all(|p| p.title.zh.is_none() && p.unit == Unit::Piece)
        );
        assert!(page.products.iter().any(|p| p.min_order > p.stock));
        let raw = std::fs::read_to_string(format!("{dir}/categories.json")).unwrap();
        let cats = decode_categories(&serde_json::from_str(&raw).unwrap()).unwrap();
        assert!(cats.len() >= 5 && cats.iter().all(|c| c.icon.is_none()));
        assert!(cats.iter().all(|c| c.pictogram().starts_with("/img/c/")));
    }

    #[test]
    fn categories_in_every_dummyjson_shape() {
        let v = json!([
            {"slug": "beauty", "name": "Beauty", "url": "https://dummyjson.com/products/category/beauty"},
            "groceries",
            {"slug": "seeds", "name": "Seeds", "nameZh": "种子", "icon": "/img/c/seeds.svg"},
            {"name": "no slug"},
            42,
            {"slug": "beauty", "name": "dup"},
            {"slug": "x", "icon": "https://evil.example/x.svg"}
        ]);
        let cats = decode_categories(&v).unwrap();
        let slugs: Vec<_> = cats.iter().map(|c| c.slug.as_str()).collect();
        assert_eq!(slugs, ["beauty", "groceries", "seeds", "x"]);
        assert_eq!(cats[2].name.zh.as_deref(), Some("种子"));
        assert_eq!(cats[2].pictogram(), "/img/c/seeds.svg");
        assert_eq!(cats[3].icon, None, "outside pictures are not pictograms");
        assert!(decode_categories(&json!({"a": 1})).is_err());
    }
}
