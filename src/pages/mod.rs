//! One file per screen, and the `Route` enum every link is made from.

pub mod backup;
pub mod cart;
pub mod category;
pub mod commission;
pub mod confirm;
pub mod home;
pub mod my_parcel;
pub mod not_found;
pub mod orders;
pub mod parcels;
pub mod partner;
pub mod product;
pub mod search;
pub mod settings;
pub mod split;
pub mod station;
pub mod trainer;
pub mod villagers;

use crate::api::endpoint::encode;

/// The screens of the app, with their paths (deep-linkable).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Route {
    Home,
    Category(String),
    Product(u32),
    Search(Option<String>),
    Settings,
    Partner,
    Villagers,
    NewVillager,
    Villager(String),
    Cart,
    Confirm,
    Orders,
    Order(String),
    Station,
    Commission,
    Backup,
    Parcels,
    Trainer,
}

impl Route {
    /// The path of the screen, e.g. `/c/seeds`, `/p/12`, `/search?q=%E5%A4%A7%E7%B1%B3`.
    pub fn path(&self) -> String {
        match self {
            Route::Home => "/".to_string(),
            Route::Category(slug) => format!("/c/{}", encode(slug)),
            Route::Product(id) => format!("/p/{id}"),
            Route::Search(None) => "/search".to_string(),
            Route::Search(Some(q)) if q.trim().is_empty() => "/search".to_string(),
            Route::Search(Some(q)) => format!("/search?q={}", encode(q.trim())),
            Route::Settings => "/settings".to_string(),
            Route::Partner => "/partner".to_string(),
            Route::Villagers => "/villagers".to_string(),
            Route::NewVillager => "/villagers/new".to_string(),
            Route::Villager(id) => format!("/villagers/{}", encode(id)),
            Route::Cart => "/cart".to_string(),
            Route::Confirm => "/confirm".to_string(),
            Route::Orders => "/orders".to_string(),
            Route::Order(id) => format!("/orders/{}", encode(id)),
            Route::Station => "/station".to_string(),
            Route::Commission => "/commission".to_string(),
            Route::Backup => "/backup".to_string(),
            Route::Parcels => "/parcels".to_string(),
            Route::Trainer => "/trainer".to_string(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths() {
        assert_eq!(Route::Home.path(), "/");
        assert_eq!(Route::Category("grain-oil".into()).path(), "/c/grain-oil");
        assert_eq!(Route::Category("a/b".into()).path(), "/c/a%2Fb");
        assert_eq!(Route::Product(42).path(), "/p/42");
        assert_eq!(
            Route::Search(Some(" 大米 ".into())).path(),
            "/search?q=%E5%A4%A7%E7%B1%B3"
        );
        assert_eq!(Route::Search(Some("  ".into())).path(), "/search");
        assert_eq!(Route::Settings.path(), "/settings");
        assert_eq!(
            Route::Order("CZ-20261123-0042".into()).path(),
            "/orders/CZ-20261123-0042"
        );
        assert_eq!(Route::Villager("ab12".into()).path(), "/villagers/ab12");
    }
}
