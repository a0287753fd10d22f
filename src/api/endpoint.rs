//! The DummyJSON endpoints the app uses, as data: the remote client turns them into URLs, the
//! embedded backend answers them from the bundled catalog.

/// Fields a product tile shows: the only ones asked for on list screens (`select=`).
pub const TILE_FIELDS: &[&str] = &[
    "title",
    "titleZh",
    "price",
    "discountPercentage",
    "thumbnail",
    "category",
    "stock",
    "availabilityStatus",
    "minimumOrderQuantity",
    "unit",
];

/// Fields the product screen shows.
pub const DETAIL_FIELDS: &[&str] = &[
    "title",
    "titleZh",
    "description",
    "descriptionZh",
    "price",
    "discountPercentage",
    "thumbnail",
    "images",
    "category",
    "stock",
    "availabilityStatus",
    "minimumOrderQuantity",
    "unit",
    "brand",
    "rating",
    "returnPolicy",
    "warrantyInformation",
    "shippingInformation",
];

/// How many product tiles one page of a list loads.
pub const PAGE_SIZE: u32 = 12;

/// Paging and field selection of a list request.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ListQuery {
    pub limit: u32,
    pub skip: u32,
    pub select: &'static [&'static str],
}

impl ListQuery {
    /// A page of product tiles starting at `skip`.
    pub fn tiles(skip: u32) -> ListQuery {
        ListQuery {
            limit: PAGE_SIZE,
            skip,
            select: TILE_FIELDS,
        }
    }
}

/// One request of the dialect.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Endpoint {
    /// `GET /products/categories`
    Categories,
    /// `GET /products?limit=&skip=&select=`
    Products(ListQuery),
    /// `GET /products/{id}?select=`
    Product { id: u32 },
    /// `GET /products/search?q=&limit=&skip=&select=`
    Search { q: String, list: ListQuery },
    /// `GET /products/category/{slug}?limit=&skip=&select=`
    Category { slug: String, list: ListQuery },
}

/// Percent-encodes a query value or path segment (RFC 3986 unreserved characters stay).
pub fn encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                out.push(b as char)
            }
            _ => out.push_str(&format!("%{b:02X}")),
        }
    }
    out
}

fn list_params(list: &ListQuery) -> String {
    format!(
        "limit={}&skip={}&select={}",
        list.limit,
        list.skip,
        list.select.join(",")
    )
}

impl Endpoint {
    /// Path and query string, relative to the API base URL.
    pub fn path_and_query(&self) -> String {
        match self {
            Endpoint::Categories => "/products/categories".to_string(),
            Endpoint::Products(list) => format!("/products?{}", list_params(list)),
            Endpoint::Product { id } => {
                format!("/products/{id}?select={}", DETAIL_FIELDS.join(","))
            }
            Endpoint::Search { q, list } => {
                format!("/products/search?q={}&{}", encode(q), list_params(list))
            }
            Endpoint::Category { slug, list } => {
                format!("/products/category/{}?{}", encode(slug), list_params(list))
            }
        }
    }
}

/// Where a new order goes on a DummyJSON-dialect server.
pub const CART_ADD_PATH: &str = "/carts/add";

/// The user the station orders as: DummyJSON only knows its own users (1–208), not villagers, so
/// the villager stays on the tablet and the order goes out under the station's account.
pub const STATION_USER_ID: u32 = 1;

/// The body of `POST /carts/add` for `(product id, quantity)` lines. Sorted by id: DummyJSON pairs
/// quantities with products in catalogue order, so any other order would swap quantities.
pub fn cart_add_body(lines: &[(u32, u32)]) -> serde_json::Value {
    let mut lines = lines.to_vec();
    lines.sort_unstable();
    serde_json::json!({
        "userId": STATION_USER_ID,
        "products": lines
            .iter()
            .map(|(id, quantity)| serde_json::json!({"id": id, "quantity": quantity}))
            .collect::<Vec<_>>(),
    })
}

/// DummyJSON's "add a product" endpoint: a villager's produce listed by the station.
pub const PRODUCT_ADD_PATH: &str = "/products/add";

/// The body of `POST /products/add` for a listing: the app's product dialect (`titleZh`,
/// `unit`), the price in yuan, the stock, and who and where it comes from (`brand`: the village;
/// `sku`: the listing's id on the tablet). The photo goes as the thumbnail, when there is one.
pub fn product_add_body(listing: &crate::domain::produce::Listing) -> serde_json::Value {
    let price = listing.price_per_unit.0 as f64 / 100.0;
    let mut body = serde_json::json!({
        "title": listing.name_en.clone().unwrap_or_else(|| listing.name_zh.clone()),
        "titleZh": listing.name_zh,
        "price": price,
        "stock": listing.quantity,
        "category": listing.category,
        "unit": listing.unit,
        "brand": listing.village,
        "sku": listing.id,
    });
    if let Some(photo) = &listing.photo {
        body["thumbnail"] = serde_json::Value::String(photo.clone());
    }
    body
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_listing_goes_out_in_the_product_dialect_with_its_price_in_yuan() {
        use crate::domain::produce::Listing;
        let mut listing = Listing {
            village: "李家村".into(),
            category: "groceries".into(),
            ..crate::domain::produce::sample_listing("L7", "v1")
        };
        let body = product_add_body(&listing);
        assert_eq!(
            body,
            serde_json::json!({"title": "土鸡蛋", "titleZh": "土鸡蛋", "price": 8.5, "stock": 30,
                "category": "groceries", "unit": "Jin", "brand": "李家村", "sku": "L7"})
        );
        listing.name_en = Some("Eggs".into());
        listing.photo = Some("data:image/jpeg;base64,AAAA".into());
        let body = product_add_body(&listing);
        assert_eq!(body["title"], "Eggs");
        assert_eq!(body["thumbnail"], "data:image/jpeg;base64,AAAA");
    }

    #[test]
    fn cart_bodies_list_products_in_id_order() {
        let body = cart_add_body(&[(30, 2), (4, 1), (12, 5)]);
        assert_eq!(
            body,
            serde_json::json!({"userId": 1, "products": [
                {"id": 4, "quantity": 1}, {"id": 12, "quantity": 5}, {"id": 30, "quantity": 2}
            ]})
        );
    }

    #[test]
    fn urls_carry_paging_and_only_needed_fields() {
        let ep = Endpoint::Category {
            slug: "grain-oil".into(),
            list: ListQuery::tiles(24),
        };
        let url = ep.path_and_query();
        assert!(url.starts_with("/products/category/grain-oil?limit=12&skip=24&select=title,"));
        assert!(
            !url.contains("description"),
            "tiles never ask for descriptions"
        );
        assert!(
            Endpoint::Product { id: 7 }
                .path_and_query()
                .starts_with("/products/7?select=title,titleZh,description")
        );
    }

    #[test]
    fn queries_and_slugs_are_encoded() {
        let ep = Endpoint::Search {
            q: "大米 & oil".into(),
            list: ListQuery::tiles(0),
        };
        assert!(
            ep.path_and_query()
                .starts_with("/products/search?q=%E5%A4%A7%E7%B1%B3%20%26%20oil&limit=12")
        );
        let ep = Endpoint::Category {
            slug: "../x?y".into(),
            list: ListQuery::tiles(0),
        };
        assert!(
            ep.path_and_query()
                .starts_with("/products/category/..%2Fx%3Fy?")
        );
    }
}
