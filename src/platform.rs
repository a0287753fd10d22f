//! What the browser gives the app besides storage and the network: its clocks, its time zone and
//! its randomness. Small on purpose: everything above reads time and chance through these.

pub mod barcode;
pub mod photo;

/// Milliseconds from a clock that only moves forward, at the same pace, whatever is done to the
/// tablet's date and time (`performance.now()`): for how long something lasted within a page
/// (the idle lock), where the wall clock could be set back or ahead.
pub fn steady_ms() -> f64 {
    web_sys::window()
        .and_then(|w| w.performance())
        .map(|p| p.now())
        .unwrap_or_else(js_sys::Date::now)
}

/// Milliseconds since the Unix epoch.
pub fn now_ms() -> u64 {
    js_sys::Date::now() as u64
}

/// When this page was loaded (navigation start), in milliseconds since the Unix epoch: a reload
/// starts again from here.
pub fn page_started_ms() -> u64 {
    // `performance.timeOrigin`: not `Date.now() - performance.now()`, which a tablet's sleep
    // would move (its monotonic clock stops while it sleeps).
    web_sys::window()
        .and_then(|w| w.performance())
        .map_or(0.0, |p| p.time_origin()) as u64
}

/// The tablet's time zone, in minutes east of UTC (480 in China).
pub fn local_offset_minutes() -> i32 {
    -(js_sys::Date::new_0().get_timezone_offset() as i32)
}

/// Cryptographically random bytes from the browser.
pub fn random_bytes<const N: usize>() -> [u8; N] {
    let mut out = [0u8; N];
    if let Some(c) = web_sys::window().and_then(|w| w.crypto().ok()) {
        let _ = c.get_random_values_with_u8_array(&mut out);
    }
    out
}
