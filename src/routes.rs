//! The screens of the app as values: every link is made from a `Route`, and src/app.rs's router
//! declares the pattern each one's `path()` is matched by (checked by a test below).

use leptos_router::params::ParamsMap;

use crate::api::endpoint::encode;

// The route parameters, read typed from the router's map: `params.with(ProductParam::read)`.
// (Not leptos_router's `use_params::<T>()`: its typed memo put about 1 KB into the first load,
// for parse errors no screen shows — an id that is not a number is simply no product.)

/// The `:id` of `/orders/:id` and `/villagers/:id`.
#[derive(Clone, Debug, PartialEq)]
pub struct IdParam {
    pub id: Option<String>,
}

impl IdParam {
    pub fn read(map: &ParamsMap) -> IdParam {
        IdParam::parse(map.get_str("id"))
    }

    fn parse(id: Option<&str>) -> IdParam {
        IdParam {
            id: id.filter(|s| !s.is_empty()).map(str::to_owned),
        }
    }
}

/// The `:id` of `/p/:id`: a product number (`None` when it is not one: no product has it).
#[derive(Clone, Debug, PartialEq)]
pub struct ProductParam {
    pub id: Option<u32>,
}

impl ProductParam {
    pub fn read(map: &ParamsMap) -> ProductParam {
        ProductParam::parse(map.get_str("id"))
    }

    fn parse(id: Option<&str>) -> ProductParam {
        ProductParam {
            id: id.and_then(|s| s.parse().ok()).filter(|id| *id > 0),
        }
    }
}

/// The `:slug` of `/c/:slug`.
#[derive(Clone, Debug, PartialEq)]
pub struct SlugParam {
    pub slug: Option<String>,
}

impl SlugParam {
    pub fn read(map: &ParamsMap) -> SlugParam {
        SlugParam::parse(map.get_str("slug"))
    }

    fn parse(slug: Option<&str>) -> SlugParam {
        SlugParam {
            slug: slug.map(str::to_owned),
        }
    }
}

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
    CourierParcels,
    /// The partner's village goods: listings, sales, payouts (代卖).
    Goods,
    NewGoods,
    /// A listing's own screen with its trace card (`domain::produce::TRACE_PATH`).
    Produce(String),
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
            Route::CourierParcels => "/courier-parcels".to_string(),
            Route::Goods => "/goods".to_string(),
            Route::NewGoods => "/goods/new".to_string(),
            Route::Produce(id) => format!("{}/{}", crate::domain::produce::TRACE_PATH, encode(id)),
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

    // (A ParamsMap cannot be filled on the host: it unescapes through the browser.)
    #[test]
    fn params_read_typed() {
        let product = |v: Option<&str>| ProductParam::parse(v).id;
        assert_eq!(product(Some("12")), Some(12));
        for not_a_product in ["abc", "-1", "0", "1.5", "", "99999999999"] {
            assert_eq!(product(Some(not_a_product)), None, "{not_a_product}");
        }
        assert_eq!(product(None), None);
        assert_eq!(IdParam::parse(Some("o-7")).id.as_deref(), Some("o-7"));
        assert_eq!(IdParam::parse(Some("")).id, None);
        assert_eq!(IdParam::parse(None).id, None);
        assert_eq!(
            SlugParam::parse(Some("grain-oil")).slug.as_deref(),
            Some("grain-oil")
        );
        assert_eq!(SlugParam::parse(None).slug, None);
    }

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

    /// The router pattern (src/app.rs `path!`) each screen's path is matched by. The match has no
    /// wildcard: a new `Route` does not compile here until it is given its pattern.
    fn pattern(route: &Route) -> &'static str {
        match route {
            Route::Home => "/",
            Route::Category(_) => "/c/:slug",
            Route::Product(_) => "/p/:id",
            Route::Search(_) => "/search",
            Route::Settings => "/settings",
            Route::Partner => "/partner",
            Route::Villagers => "/villagers",
            Route::NewVillager => "/villagers/new",
            Route::Villager(_) => "/villagers/:id",
            Route::Cart => "/cart",
            Route::Confirm => "/confirm",
            Route::Orders => "/orders",
            Route::Order(_) => "/orders/:id",
            Route::Station => "/station",
            Route::CourierParcels => "/courier-parcels",
            Route::Goods => "/goods",
            Route::NewGoods => "/goods/new",
            Route::Produce(_) => "/produce/:id",
            Route::Commission => "/commission",
            Route::Backup => "/backup",
            Route::Parcels => "/parcels",
            Route::Trainer => "/trainer",
        }
    }

    /// One value of every variant (extend it with a new variant: `pattern` will not compile
    /// until then).
    fn every_route() -> Vec<Route> {
        vec![
            Route::Home,
            Route::Category("seeds".into()),
            Route::Product(7),
            Route::Search(Some("rice".into())),
            Route::Settings,
            Route::Partner,
            Route::Villagers,
            Route::NewVillager,
            Route::Goods,
            Route::NewGoods,
            Route::Produce("L1".into()),
            Route::Villager("ab12".into()),
            Route::Cart,
            Route::Confirm,
            Route::Orders,
            Route::Order("CZ-1".into()),
            Route::Station,
            Route::CourierParcels,
            Route::Commission,
            Route::Backup,
            Route::Parcels,
            Route::Trainer,
        ]
    }

    /// Screens the router has that no link of the app makes (a villager's own phone opens them).
    const ROUTER_ONLY: &[&str] = &["/my-parcel"];

    /// Whether `path` (without its query) is matched by `pattern` segment by segment.
    fn matches(pattern: &str, path: &str) -> bool {
        let path = path.split('?').next().unwrap_or_default();
        let (p, s): (Vec<_>, Vec<_>) = (pattern.split('/').collect(), path.split('/').collect());
        p.len() == s.len()
            && p.iter()
                .zip(&s)
                .all(|(p, s)| p == s || (p.starts_with(':') && !s.is_empty()))
    }

    #[test]
    fn every_route_is_in_the_router_and_back() {
        let app = include_str!("app.rs");
        let declared: Vec<&str> = app
            .split("path!(\"")
            .skip(1)
            .filter_map(|rest| rest.split('"').next())
            .collect();
        let routes = every_route();
        let patterns: Vec<&str> = routes.iter().map(pattern).collect();
        for (route, pattern) in routes.iter().zip(&patterns) {
            assert!(
                declared.contains(pattern),
                "{route:?}: no path!(\"{pattern}\") in src/app.rs"
            );
            assert!(
                matches(pattern, &route.path()),
                "{route:?}: {} is not matched by {pattern}",
                route.path()
            );
        }
        for d in &declared {
            assert!(
                patterns.contains(d) || ROUTER_ONLY.contains(d),
                "path!(\"{d}\") in src/app.rs has no Route"
            );
        }
    }
}
