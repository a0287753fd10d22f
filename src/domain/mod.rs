//! Plain Rust domain logic: no Leptos, no web-sys. Unit-tested on the host.

pub mod catalog;
pub mod money;
pub mod terms;
