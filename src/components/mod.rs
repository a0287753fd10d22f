//! Thin, reusable view pieces. Logic lives in `domain`, `voice` and `store`.

pub mod add_to_cart;
pub mod avatar;
pub mod category_tile;
pub mod choice;
pub mod clock_control;
pub mod confirm_button;
pub mod demo_band;
pub mod error_panel;
pub mod icon;
pub mod idle_warning;
pub mod lesson_overlay;
pub mod net_status;
pub mod page_heading;
pub mod partner_gate;
pub mod pin_pad;
pub mod product_image;
pub mod product_list;
pub mod product_tile;
pub mod qty_pictures;
pub mod serving_bar;
pub mod speak_button;
pub mod split_screen;
pub mod stepper;
pub mod stock_badge;
pub mod timeline;
pub mod top_bar;
