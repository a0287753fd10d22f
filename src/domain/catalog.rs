//! Catalog types the screens use, independent of where the data came from.

use serde::{Deserialize, Serialize};

use super::money::Fen;

/// The two languages of the app. Chinese is the default.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    #[default]
    Zh,
    En,
}

impl Lang {
    /// BCP 47 tag used for `<html lang>` and speech.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::Zh => "zh-CN",
            Lang::En => "en",
        }
    }

    /// Reads `zh-CN`, `zh`, `en`, `en-US`… (case-insensitive); anything else is `None`.
    pub fn parse(s: &str) -> Option<Lang> {
        let s = s.trim().to_ascii_lowercase();
        if s == "zh" || s.starts_with("zh-") || s.starts_with("cmn") {
            Some(Lang::Zh)
        } else if s == "en" || s.starts_with("en-") {
            Some(Lang::En)
        } else {
            None
        }
    }
}

/// A text with an optional Chinese version (remote DummyJSON data is English only).
#[derive(Clone, Debug, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Text {
    pub en: String,
    pub zh: Option<String>,
}

impl Text {
    /// The text in `lang`, falling back to English when no Chinese exists.
    pub fn get(&self, lang: Lang) -> &str {
        match (lang, &self.zh) {
            (Lang::Zh, Some(zh)) => zh,
            _ => &self.en,
        }
    }
}

/// The unit a price is for; the app translates the code.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
pub enum Unit {
    Bag,
    Bottle,
    Bucket,
    Box,
    Pack,
    #[default]
    Piece,
    Pair,
    Set,
    Kg,
    Jin,
    Roll,
    Can,
    Sheet,
    Tray,
}

impl Unit {
    /// Every unit, for tests and the locale check.
    pub const ALL: [Unit; 14] = [
        Unit::Bag,
        Unit::Bottle,
        Unit::Bucket,
        Unit::Box,
        Unit::Pack,
        Unit::Piece,
        Unit::Pair,
        Unit::Set,
        Unit::Kg,
        Unit::Jin,
        Unit::Roll,
        Unit::Can,
        Unit::Sheet,
        Unit::Tray,
    ];

    /// Reads the catalog's unit code; unknown or absent codes mean "piece".
    pub fn from_code(code: &str) -> Unit {
        Unit::ALL
            .into_iter()
            .find(|u| u.code() == code)
            .unwrap_or_default()
    }

    /// The code used in the catalog JSON and as the locale key suffix.
    pub fn code(self) -> &'static str {
        match self {
            Unit::Bag => "bag",
            Unit::Bottle => "bottle",
            Unit::Bucket => "bucket",
            Unit::Box => "box",
            Unit::Pack => "pack",
            Unit::Piece => "piece",
            Unit::Pair => "pair",
            Unit::Set => "set",
            Unit::Kg => "kg",
            Unit::Jin => "jin",
            Unit::Roll => "roll",
            Unit::Can => "can",
            Unit::Sheet => "sheet",
            Unit::Tray => "tray",
        }
    }
}

/// Whether a product can be ordered now, said with an icon and a word on screen.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StockState {
    InStock,
    Low,
    Out,
}

/// Stock at or below this count is "only a few left".
pub const LOW_STOCK: u32 = 5;

impl StockState {
    /// Derives the state from the count and DummyJSON's `availabilityStatus`; the count wins when they
    /// disagree about being out of stock, since it is what an order is checked against.
    pub fn from(stock: u32, status: Option<&str>) -> StockState {
        if stock == 0 {
            StockState::Out
        } else if stock <= LOW_STOCK || status == Some("Low Stock") {
            StockState::Low
        } else {
            StockState::InStock
        }
    }
}

/// A product as the screens show it: validated, cleaned, prices in fen.
#[derive(Clone, Debug, PartialEq)]
pub struct Product {
    pub id: u32,
    pub title: Text,
    pub description: Text,
    pub category: String,
    pub price: Fen,
    /// Discount in hundredths of a percent (1050 = 10.5 %).
    pub discount_bp: u32,
    pub stock: u32,
    pub stock_state: StockState,
    pub min_order: u32,
    pub unit: Unit,
    pub brand: Option<String>,
    pub thumbnail: Option<String>,
    pub image: Option<String>,
    pub return_policy: Option<String>,
    pub warranty: Option<String>,
    pub shipping: Option<String>,
    pub rating: Option<f32>,
}

impl Product {
    /// The price a villager pays for one unit, discount applied.
    pub fn unit_price(&self) -> Fen {
        self.price.discounted(self.discount_bp)
    }

    /// The picture for the tile: the thumbnail, or the big image, or none.
    pub fn picture(&self) -> Option<&str> {
        self.thumbnail.as_deref().or(self.image.as_deref())
    }
}

impl Product {
    /// A plain product for tests: a bag priced in fen, with stock and minimum order.
    #[cfg(test)]
    pub fn sample(id: u32, title: (&str, &str), price: i64, stock: u32, min_order: u32) -> Product {
        Product {
            id,
            title: Text {
                en: title.0.to_string(),
                zh: Some(title.1.to_string()).filter(|z| !z.is_empty()),
            },
            description: Text::default(),
            category: "grain-oil".into(),
            price: Fen(price),
            discount_bp: 0,
            stock,
            stock_state: StockState::from(stock, None),
            min_order,
            unit: Unit::Bag,
            brand: None,
            thumbnail: None,
            image: None,
            return_policy: None,
            warranty: None,
            shipping: None,
            rating: None,
        }
    }
}

/// A catalog category.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Category {
    pub slug: String,
    pub name: Text,
    /// A local pictogram path (embedded catalog) — remote categories get one from [`pictogram_for`].
    pub icon: Option<String>,
}

impl Category {
    /// The pictogram to show for this category: its own, or the closest local one.
    pub fn pictogram(&self) -> String {
        self.icon
            .clone()
            .unwrap_or_else(|| pictogram_for(&self.slug))
    }
}

/// Pictogram shown when a category has none of its own.
pub const GENERIC_PICTOGRAM: &str = "/img/c/generic.svg";

/// The local pictogram for a category slug: the embedded catalog's own slugs map to their file, the
/// common DummyJSON slugs to the closest village category, everything else to a parcel.
pub fn pictogram_for(slug: &str) -> String {
    const OWN: [&str; 13] = [
        "grain-oil",
        "seasonings",
        "snacks-drinks",
        "seeds",
        "fertilizer-pesticide",
        "farm-tools",
        "kitchen",
        "cleaning",
        "clothing-shoes",
        "small-appliances",
        "phones-accessories",
        "baby",
        "health",
    ];
    let local = match slug {
        s if OWN.contains(&s) => s,
        "groceries" => "grain-oil",
        "kitchen-accessories" | "home-decoration" | "furniture" => "kitchen",
        "smartphones" | "mobile-accessories" | "tablets" | "laptops" => "phones-accessories",
        "mens-shirts" | "mens-shoes" | "womens-dresses" | "womens-shoes" | "tops" => {
            "clothing-shoes"
        }
        "skin-care" | "beauty" | "fragrances" => "cleaning",
        _ => return GENERIC_PICTOGRAM.to_string(),
    };
    format!("/img/c/{local}.svg")
}

/// Removes characters that can disguise text (bidirectional overrides, zero-width marks, control
/// characters), collapses whitespace and cuts to `max_chars` with an ellipsis.
pub fn clean_text(raw: &str, max_chars: usize) -> String {
    let mut out = String::with_capacity(raw.len().min(max_chars * 4));
    let mut count = 0;
    let mut last_space = true;
    for c in raw.chars() {
        let hidden = matches!(c,
            '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2069}' | '\u{FEFF}');
        if hidden {
            continue;
        }
        let c = if c.is_control() || c.is_whitespace() {
            ' '
        } else {
            c
        };
        if c == ' ' {
            if last_space {
                continue;
            }
            last_space = true;
        } else {
            last_space = false;
        }
        if count == max_chars {
            out.truncate(out.trim_end().len());
            out.push('…');
            return out;
        }
        out.push(c);
        count += 1;
    }
    out.truncate(out.trim_end().len());
    out
}

/// A discount in hundredths of a percent as text (717 → "7.17", 1250 → "12.5", 1000 → "10"),
/// with integer formatting only so no float printer is linked into the wasm.
pub fn percent_text(bp: u32) -> String {
    let (whole, frac) = (bp / 100, bp % 100);
    if frac == 0 {
        whole.to_string()
    } else if frac % 10 == 0 {
        format!("{whole}.{}", frac / 10)
    } else {
        format!("{whole}.{frac:02}")
    }
}

/// Normalises a search query: trimmed, lower-case, inner whitespace collapsed. Lower-casing is
/// ASCII only: the catalogue is Chinese (no case) and English, and the Unicode case tables that
/// `str::to_lowercase` links cost ~5 KB of the first load (docs/size-analysis.md, lever 5).
pub fn normalize_query(q: &str) -> String {
    clean_text(q, 100).to_ascii_lowercase()
}

/// How well a product's texts match a normalised query: `Some(0)` title, `Some(1)` description,
/// `None` no match. Chinese and English texts are both searched.
pub fn match_rank(q: &str, titles: [&str; 2], descriptions: [&str; 2]) -> Option<u8> {
    if q.is_empty() {
        return None;
    }
    let hit = |s: &str| s.to_ascii_lowercase().contains(q);
    if titles.into_iter().any(hit) {
        Some(0)
    } else if descriptions.into_iter().any(hit) {
        Some(1)
    } else {
        None
    }
}

/// One page of a product list.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct ProductPage {
    pub products: Vec<Product>,
    pub total: u32,
    pub skip: u32,
    /// Products in the response that could not be shown (malformed) and were left out.
    pub skipped: u32,
}

impl ProductPage {
    /// Where the next page starts: the server's skip plus what it returned, shown or not.
    pub fn next_skip(&self) -> u32 {
        self.skip + self.products.len() as u32 + self.skipped
    }

    /// Whether the server has more products after this page.
    pub fn has_more(&self) -> bool {
        self.next_skip() < self.total
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lang_parses_tags_and_cmn() {
        assert_eq!(Lang::parse("zh-CN"), Some(Lang::Zh));
        assert_eq!(Lang::parse("ZH"), Some(Lang::Zh));
        assert_eq!(Lang::parse("cmn-latn-pinyin"), Some(Lang::Zh));
        assert_eq!(Lang::parse("en-US"), Some(Lang::En));
        assert_eq!(Lang::parse("fr"), None);
        assert_eq!(Lang::parse("english"), None);
    }

    #[test]
    fn text_falls_back_to_english() {
        let t = Text {
            en: "Rice".into(),
            zh: None,
        };
        assert_eq!(t.get(Lang::Zh), "Rice");
        let t = Text {
            en: "Rice".into(),
            zh: Some("大米".into()),
        };
        assert_eq!(t.get(Lang::Zh), "大米");
        assert_eq!(t.get(Lang::En), "Rice");
    }

    #[test]
    fn units_round_trip_and_default_to_piece() {
        for u in Unit::ALL {
            assert_eq!(Unit::from_code(u.code()), u);
        }
        assert_eq!(Unit::from_code("barrel"), Unit::Piece);
        assert_eq!(Unit::from_code(""), Unit::Piece);
    }

    #[test]
    fn stock_state_from_count_and_status() {
        assert_eq!(StockState::from(0, Some("In Stock")), StockState::Out);
        assert_eq!(StockState::from(3, None), StockState::Low);
        assert_eq!(StockState::from(99, Some("Low Stock")), StockState::Low);
        assert_eq!(StockState::from(99, Some("In Stock")), StockState::InStock);
        assert_eq!(StockState::from(99, None), StockState::InStock);
    }

    #[test]
    fn clean_text_strips_disguises_and_cuts() {
        assert_eq!(clean_text("  a\u{202E}b\u{200B}c \n\t d ", 50), "abc d");
        assert_eq!(clean_text("<b>x</b>", 50), "<b>x</b>", "markup stays text");
        assert_eq!(clean_text("大米大米大米", 4), "大米大米…");
        assert_eq!(clean_text(&"x".repeat(100_000), 10).chars().count(), 11);
        assert_eq!(clean_text("", 10), "");
    }

    #[test]
    fn search_matches_both_languages_titles_first() {
        let q = normalize_query("  RICE ");
        assert_eq!(q, "rice");
        assert_eq!(
            match_rank(&q, ["Northeast Rice", "东北大米"], ["", ""]),
            Some(0)
        );
        assert_eq!(
            match_rank(&q, ["Cooker", "电饭煲"], ["Cooks rice", "煮饭"]),
            Some(1)
        );
        assert_eq!(
            match_rank("大米", ["Northeast Rice", "东北大米"], ["", ""]),
            Some(0)
        );
        assert_eq!(match_rank("", ["a", "b"], ["", ""]), None);
        assert_eq!(match_rank("oil", ["Rice", "大米"], ["", ""]), None);
    }

    #[test]
    fn percent_text_matches_float_display() {
        for bp in [0, 5, 50, 717, 1000, 1050, 1250, 9999, 10_000] {
            assert_eq!(
                percent_text(bp),
                format!("{}", f64::from(bp) / 100.0),
                "{bp}"
            );
        }
    }

    #[test]
    fn pictograms_for_known_and_unknown_slugs() {
        assert_eq!(pictogram_for("seeds"), "/img/c/seeds.svg");
        assert_eq!(
            pictogram_for("smartphones"),
            "/img/c/phones-accessories.svg"
        );
        assert_eq!(pictogram_for("../etc"), GENERIC_PICTOGRAM);
    }

    #[test]
    fn page_continues_after_skipped_products() {
        let page = ProductPage {
            products: vec![],
            total: 30,
            skip: 10,
            skipped: 2,
        };
        assert_eq!(page.next_skip(), 12);
        assert!(page.has_more());
    }
}
