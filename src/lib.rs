//! Cunzhan (村站): assisted online shopping at village service stations.

include!(concat!(env!("OUT_DIR"), "/i18n/mod.rs"));

pub mod api;
pub mod app;
pub mod components;
pub mod domain;
pub mod pages;
pub mod routes;
pub mod store;
pub mod voice;

pub use app::App;
