//! Plain Rust domain logic: no Leptos, no web-sys. Unit-tested on the host.

pub mod backup;
pub mod cart;
pub mod catalog;
pub mod commission;
pub mod courier_parcel;
pub mod demo;
pub mod lesson;
pub mod list_window;
pub mod logistics;
pub mod money;
pub mod order;
pub mod outbox;
pub mod parcel;
pub mod parcel_link;
pub mod pin;
pub mod produce;
pub mod spoken;
pub mod station;
pub mod terms;
pub mod villager;
