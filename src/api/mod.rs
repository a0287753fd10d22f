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

use serde_json::Value;

use crate::domain::catalog::{Category, Product, ProductPage};
pub use choice::BackendChoice;
pub use endpoint::{Endpoint, ListQuery};
pub use error::ApiError;

thread_local! {
    /// The bundled products, fetched once per page load and kept (they are read-only).
    static BUNDLED: RefCell<Option<Rc<Vec<Value>>>> = const { RefCell::new(None) };
}

async fn bundled_products() -> Result<Rc<Vec<Value>>, ApiError> {
    if let Some(products) = BUNDLED.with_borrow(Clone::clone) {
        return Ok(products);
    }
    let products = Rc::new(embedded::parse_products(
        client::fetch_json(embedded::PRODUCTS_URL).await?,
    )?);
    BUNDLED.set(Some(products.clone()));
    Ok(products)
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

    /// One product with everything the product screen shows.
    pub async fn product(&self, id: u32) -> Result<Product, ApiError> {
        dto::decode_single(&self.get(&Endpoint::Product { id }).await?)
    }
}
