//! A picture names one thing (GUIDE.md, rules learned from a villager who cannot read): in the
//! embedded catalog no two products share a picture, no two category tiles look the same, and every
//! picture the catalog names is a file under `public/`. The files are written by
//! `scripts/catalog/build-catalog.mjs`; this checks what is committed.

use std::collections::BTreeMap;
use std::path::PathBuf;

use serde_json::Value;

fn public(rel: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("public")
        .join(rel.trim_start_matches('/'))
}

fn load(rel: &str) -> Value {
    let path = public(rel);
    let raw = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    serde_json::from_str(&raw).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn products() -> Vec<Value> {
    load("data/products.json")["products"]
        .as_array()
        .expect("a products array")
        .clone()
}

fn categories() -> Vec<Value> {
    load("data/categories.json")
        .as_array()
        .expect("a categories array")
        .clone()
}

fn text<'a>(v: &'a Value, key: &str) -> &'a str {
    v[key]
        .as_str()
        .unwrap_or_else(|| panic!("{key} missing in {v}"))
}

/// The file's bytes: two names drawing the same picture count as one picture.
fn bytes(rel: &str) -> Vec<u8> {
    let path = public(rel);
    std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

#[test]
fn the_catalog_is_there() {
    assert_eq!(products().len(), 148);
    assert_eq!(categories().len(), 13);
}

#[test]
fn no_two_products_share_a_picture() {
    let mut by_path = BTreeMap::new();
    let mut by_bytes = BTreeMap::new();
    for p in products() {
        let (title, thumb) = (
            text(&p, "titleZh").to_string(),
            text(&p, "thumbnail").to_string(),
        );
        if let Some(other) = by_path.insert(thumb.clone(), title.clone()) {
            panic!("{title} and {other} share the picture {thumb}");
        }
        if let Some(other) = by_bytes.insert(bytes(&thumb), title.clone()) {
            panic!("{title} ({thumb}) draws the same picture as {other}");
        }
    }
}

#[test]
fn no_two_categories_share_a_picture() {
    let mut by_bytes = BTreeMap::new();
    for c in categories() {
        let (slug, icon) = (text(&c, "slug"), text(&c, "icon"));
        if let Some(other) = by_bytes.insert(bytes(icon), slug.to_string()) {
            panic!("categories {slug} and {other} have the same picture ({icon})");
        }
    }
}

#[test]
fn every_picture_is_a_file_under_public() {
    let mut missing = Vec::new();
    let mut check = |what: String, rel: &str| {
        let local = rel.starts_with("/img/") && rel.ends_with(".svg") && !rel.contains("..");
        if !local || !public(rel).is_file() {
            missing.push(format!("{what}: {rel}"));
        }
    };
    for p in products() {
        let title = text(&p, "titleZh");
        check(format!("{title} thumbnail"), text(&p, "thumbnail"));
        for img in p["images"].as_array().expect("an images array") {
            check(
                format!("{title} image"),
                img.as_str().expect("an image path"),
            );
        }
    }
    for c in categories() {
        check(format!("category {}", text(&c, "slug")), text(&c, "icon"));
    }
    assert!(
        missing.is_empty(),
        "pictures missing under public/:\n{}",
        missing.join("\n")
    );
}
