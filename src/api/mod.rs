//! The API boundary: one [`Backend`] answers the DummyJSON dialect, from the bundled catalog or a
//! remote server. Nothing above this module knows which.

pub mod choice;
pub mod client;
pub mod dto;
pub mod embedded;
pub mod endpoint;
pub mod error;

use std::cell::RefCell;
use std::rc::Rc;

use futures::FutureExt;
use futures::future::{LocalBoxFuture, Shared};
use serde_json::Value;

use crate::domain::catalog::{Category, Product, ProductPage};
pub use choice::BackendChoice;
pub use endpoint::{Endpoint, ListQuery};
pub use error::ApiError;

/// The bundled products, loading or loaded; every screen awaits the same load.
type BundledLoad = Shared<LocalBoxFuture<'static, Result<Rc<Vec<Value>>, ApiError>>>;

thread_local! {
    /// Fetched once per page load and kept (read-only); a failed load is forgotten so a retry
    /// fetches again.
    static BUNDLED: RefCell<Option<BundledLoad>> = const { RefCell::new(None) };
}

async fn bundled_products() -> Result<Rc<Vec<Value>>, ApiError> {
    let load = BUNDLED.with_borrow_mut(|slot| {
        slot.get_or_insert_with(|| {
            async {
                let v = client::fetch_json(embedded::PRODUCTS_URL).await?;
                embedded::parse_products(v).map(Rc::new)
            }
            .boxed_local()
            .shared()
        })
        .clone()
    });
    let result = load.await;
    if result.is_err() {
        BUNDLED.set(None);
    }
    result
}

/// Every product of the bundled catalogue (the demo station is made from them).
pub async fn bundled_catalogue() -> Result<Vec<Product>, ApiError> {
    Ok(bundled_products()
        .await?
        .iter()
        .filter_map(|v| dto::decode_product(v).ok())
        .collect())
}

/// The backend the app talks to. Cheap to clone; holds no connection.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Backend {
    choice: BackendChoice,
}

impl Backend {
    /// A backend for the given choice.
    pub fn new(choice: BackendChoice) -> Backend {
        Backend { choice }
    }

    /// Which backend this is.
    pub fn choice(&self) -> &BackendChoice {
        &self.choice
    }

    /// Sends one endpoint and returns the raw DummyJSON-shaped answer.
    pub async fn get(&self, ep: &Endpoint) -> Result<Value, ApiError> {
        match (&self.choice, ep) {
            (BackendChoice::Embedded, Endpoint::Categories) => {
                client::fetch_json(embedded::CATEGORIES_URL).await
            }
            (BackendChoice::Embedded, ep) => embedded::answer(&bundled_products().await?, ep),
            (BackendChoice::Remote(base), ep) => {
                client::fetch_json(&format!("{base}{}", ep.path_and_query())).await
            }
        }
    }

    /// The categories for the home screen.
    pub async fn categories(&self) -> Result<Vec<Category>, ApiError> {
        dto::decode_categories(&self.get(&Endpoint::Categories).await?)
    }

    /// A page of product tiles (category, search or all products).
    pub async fn page(&self, ep: &Endpoint) -> Result<ProductPage, ApiError> {
        dto::decode_page(&self.get(ep).await?)
    }

    /// Sends an order's `(product id, quantity)` lines. The embedded backend accepts it on the
    /// tablet (`None`); a remote one answers with its own view of the cart, to be reconciled.
    pub async fn place_order(
        &self,
        lines: &[(u32, u32)],
        key: &str,
    ) -> Result<Option<dto::Placed>, ApiError> {
        match &self.choice {
            BackendChoice::Embedded => Ok(None),
            BackendChoice::Remote(base) => {
                let url = format!("{base}{}", endpoint::CART_ADD_PATH);
                let answer = client::post_json(&url, &endpoint::cart_add_body(lines), key).await?;
                dto::decode_placed(&answer).map(Some)
            }
        }
    }

    /// Lists a villager's produce: `POST /products/add` on a remote backend, which answers with
    /// the product and its new id; the embedded backend keeps nothing (the listing stays on the
    /// tablet), `Ok(None)`.
    pub async fn add_product(
        &self,
        listing: &crate::domain::produce::Listing,
    ) -> Result<Option<u64>, ApiError> {
        match &self.choice {
            BackendChoice::Embedded => Ok(None),
            BackendChoice::Remote(base) => {
                let url = format!("{base}{}", endpoint::PRODUCT_ADD_PATH);
                let body = endpoint::product_add_body(listing);
                let answer = client::post_json(&url, &body, &listing.key).await?;
                dto::decode_added(&answer).map(Some)
            }
        }
    }

    /// One product with everything the product screen shows.
    pub async fn product(&self, id: u32) -> Result<Product, ApiError> {
        dto::decode_single(&self.get(&Endpoint::Product { id }).await?)
    }
}
