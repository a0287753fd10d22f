//! The embedded backend: answers the dialect's endpoints from the catalog bundled in `public/data/`,
//! with DummyJSON's own response shapes and rules (`select=` adds `id`, `limit=0` means all, an
//! unknown category is an empty list, an unknown product a 404), so one decoder reads both backends.

use serde_json::{Map, Value, json};

use super::endpoint::{DETAIL_FIELDS, Endpoint, ListQuery};
use super::error::ApiError;
use crate::domain::catalog::{match_rank, normalize_query};

/// Where the bundled catalog lives (copied to the site root by Trunk).
pub const PRODUCTS_URL: &str = "/data/products.json";
/// Where the bundled categories live.
pub const CATEGORIES_URL: &str = "/data/categories.json";

fn pick(product: &Value, select: &[&str]) -> Value {
    let Some(obj) = product.as_object() else {
        return product.clone();
    };
    let mut out = Map::new();
    if let Some(id) = obj.get("id") {
        out.insert("id".into(), id.clone());
    }
    for key in select {
        if let Some(v) = obj.get(*key) {
            out.insert((*key).to_string(), v.clone());
        }
    }
    Value::Object(out)
}

fn page<'a>(items: impl Iterator<Item = &'a Value>, total: usize, list: &ListQuery) -> Value {
    let skip = list.skip as usize;
    let take = if list.limit == 0 {
        usize::MAX
    } else {
        list.limit as usize
    };
    let products: Vec<Value> = items
        .skip(skip)
        .take(take)
        .map(|p| pick(p, list.select))
        .collect();
    json!({"limit": products.len(), "products": products, "total": total, "skip": list.skip})
}

fn str_of<'a>(p: &'a Value, key: &str) -> &'a str {
    p.get(key).and_then(Value::as_str).unwrap_or("")
}

/// Answers a product endpoint from the bundled products (everything but `Categories`).
pub fn answer(products: &[Value], ep: &Endpoint) -> Result<Value, ApiError> {
    match ep {
        Endpoint::Categories => Err(ApiError::Decode(
            "categories come from their own file".into(),
        )),
        Endpoint::Products(list) => Ok(page(products.iter(), products.len(), list)),
        Endpoint::Product { id } => products
            .iter()
            .find(|p| p.get("id").and_then(Value::as_u64) == Some(u64::from(*id)))
            .map(|p| pick(p, DETAIL_FIELDS))
            .ok_or(ApiError::Http { status: 404 }),
        Endpoint::Category { slug, list } => {
            let hits: Vec<&Value> = products
                .iter()
                .filter(|p| str_of(p, "category") == slug)
                .collect();
            Ok(page(hits.iter().copied(), hits.len(), list))
        }
        Endpoint::Search { q, list } => {
            let q = normalize_query(q);
            let mut hits: Vec<(u8, &Value)> = products
                .iter()
                .filter_map(|p| {
                    let titles = [str_of(p, "title"), str_of(p, "titleZh")];
                    let descriptions = [str_of(p, "description"), str_of(p, "descriptionZh")];
                    match_rank(&q, titles, descriptions).map(|rank| (rank, p))
                })
                .collect();
            // Stable: title matches first, catalog order within each rank.
            hits.sort_by_key(|(rank, _)| *rank);
            Ok(page(hits.iter().map(|(_, p)| *p), hits.len(), list))
        }
    }
}

/// Reads the bundled products file: the DummyJSON list envelope or a bare array.
pub fn parse_products(v: Value) -> Result<Vec<Value>, ApiError> {
    match v {
        Value::Array(items) => Ok(items),
        Value::Object(mut obj) => match obj.remove("products") {
            Some(Value::Array(items)) => Ok(items),
            _ => Err(ApiError::Decode("bundled catalog has no products".into())),
        },
        _ => Err(ApiError::Decode("bundled catalog is not a list".into())),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::api::dto::{decode_categories, decode_page, decode_single};
    use crate::api::endpoint::ListQuery;

    fn bundled() -> Vec<Value> {
        let raw = std::fs::read_to_string(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/public/data/products.json"
        ))
        .expect("bundled catalog");
        parse_products(serde_json::from_str(&raw).unwrap()).unwrap()
    }

    #[test]
    fn bundled_catalog_is_complete_and_every_product_decodes() {
        let products = bundled();
        assert!(products.len() >= 120, "at least 120 products");
        let page = decode_page(
            &answer(
                &products,
                &Endpoint::Products(ListQuery {
                    limit: 0,
                    skip: 0,
                    select: DETAIL_FIELDS,
                }),
            )
            .unwrap(),
        )
        .unwrap();
        assert_eq!(page.skipped, 0, "every bundled product decodes");
        assert_eq!(page.products.len(), products.len());
        for p in &page.products {
            assert!(
                p.title.zh.is_some() && p.description.zh.is_some(),
                "{} has Chinese text",
                p.id
            );
            assert!(
                !p.description.en.is_empty(),
                "{} has an English description",
                p.id
            );
            let pic = p
                .picture()
                .unwrap_or_else(|| panic!("{} has a picture", p.id));
            assert!(pic.starts_with("/img/"), "{} picture is local: {pic}", p.id);
            let file = format!("{}/public{pic}", env!("CARGO_MANIFEST_DIR"));
            assert!(std::path::Path::new(&file).exists(), "{file} exists");
        }
    }

    #[test]
    fn bundled_categories_each_have_products_and_a_pictogram() {
        let raw = std::fs::read_to_string(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/public/data/categories.json"
        ))
        .unwrap();
        let cats = decode_categories(&serde_json::from_str(&raw).unwrap()).unwrap();
        assert!(cats.len() >= 10);
        let products = bundled();
        for c in &cats {
            assert!(c.name.zh.is_some(), "{} has a Chinese name", c.slug);
            let file = format!("{}/public{}", env!("CARGO_MANIFEST_DIR"), c.pictogram());
            assert!(std::path::Path::new(&file).exists(), "{file} exists");
            let ep = Endpoint::Category {
                slug: c.slug.clone(),
                list: ListQuery::tiles(0),
            };
            let page = decode_page(&answer(&products, &ep).unwrap()).unwrap();
            assert!(page.total >= 8, "{} has products", c.slug);
        }
    }

    #[test]
    fn paging_and_select_follow_dummyjson() {
        let products = bundled();
        let v = answer(&products, &Endpoint::Products(ListQuery::tiles(10))).unwrap();
        assert_eq!(v["skip"], 10);
        assert_eq!(v["limit"], 12);
        assert_eq!(v["total"], products.len());
        let first = v["products"][0].as_object().unwrap();
        assert_eq!(first["id"], products[10]["id"], "select always keeps id");
        assert!(first.contains_key("titleZh"));
        assert!(!first.contains_key("description"), "only selected fields");
        let all = answer(
            &products,
            &Endpoint::Products(ListQuery {
                limit: 0,
                skip: 0,
                select: &[],
            }),
        )
        .unwrap();
        assert_eq!(
            all["products"].as_array().unwrap().len(),
            products.len(),
            "limit=0 is all"
        );
        let past = answer(&products, &Endpoint::Products(ListQuery::tiles(10_000))).unwrap();
        assert_eq!(past["limit"], 0, "limit is the count returned");
    }

    #[test]
    fn unknown_category_is_empty_and_unknown_product_is_404() {
        let products = bundled();
        let v = answer(
            &products,
            &Endpoint::Category {
                slug: "nope".into(),
                list: ListQuery::tiles(0),
            },
        )
        .unwrap();
        assert_eq!(v["total"], 0);
        assert_eq!(
            answer(&products, &Endpoint::Product { id: 99_999 }),
            Err(ApiError::Http { status: 404 })
        );
        let one = decode_single(&answer(&products, &Endpoint::Product { id: 1 }).unwrap()).unwrap();
        assert_eq!(one.id, 1);
        assert!(!one.description.en.is_empty());
    }

    #[test]
    fn search_finds_chinese_and_english_titles() {
        let products = bundled();
        let search = |q: &str| {
            decode_page(
                &answer(
                    &products,
                    &Endpoint::Search {
                        q: q.into(),
                        list: ListQuery {
                            limit: 0,
                            skip: 0,
                            select: DETAIL_FIELDS,
                        },
                    },
                )
                .unwrap(),
            )
            .unwrap()
        };
        let zh = search("大米");
        assert!(!zh.products.is_empty());
        assert!(zh.products[0].title.zh.as_deref().unwrap().contains("大米"));
        let en = search("RICE");
        assert!(!en.products.is_empty());
        assert!(
            en.products[0].title.en.to_lowercase().contains("rice"),
            "title matches come first"
        );
        assert_eq!(search("zzzzqqq").total, 0);
        assert_eq!(search("   ").total, 0);
    }

    #[test]
    fn a_broken_bundle_is_a_decode_error() {
        assert!(parse_products(serde_json::json!({"x": 1})).is_err());
        assert!(parse_products(serde_json::json!(3)).is_err());
        assert_eq!(
            parse_products(serde_json::json!([{"id": 1}]))
                .unwrap()
                .len(),
            1
        );
    }
}
