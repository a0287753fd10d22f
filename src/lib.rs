//! Cunzhan (村站): assisted online shopping at village service stations.

include!(concat!(env!("OUT_DIR"), "/i18n/mod.rs"));

/// A translated text as a `Signal<String>` that follows the language, for the props that take one
/// (titles, hints, labels): `t_signal!(i18n, orders.title)`. Defined before the modules below so
/// that all of them can use it.
macro_rules! t_signal {
    ($i18n:ident, $($key:tt)+) => {
        ::leptos::prelude::Signal::derive(move || t_string!($i18n, $($key)+).to_string())
    };
}

pub mod api;
pub mod app;
pub mod components;
pub mod domain;
pub mod pages;
pub mod platform;
pub mod routes;
pub mod store;
pub mod voice;
pub mod words;

pub use app::App;
