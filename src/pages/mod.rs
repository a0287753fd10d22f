//! One file (or folder) per screen. Links are made from `crate::routes::Route`.

pub mod backup;
pub mod cart;
pub mod category;
pub mod commission;
pub mod confirm;
pub mod courier;
pub mod home;
pub mod my_parcel;
pub mod not_found;
pub mod orders;
pub mod parcels;
pub mod partner;
pub mod produce;
pub mod product;
pub mod search;
pub mod settings;
pub mod split;
pub mod station;
pub mod trainer;
pub mod villagers;
