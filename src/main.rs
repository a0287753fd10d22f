use cunzhan::App;
use wasm_bindgen::JsValue;

/// Takes over from the first screen written into index.html (scripts/first-screen.mjs): removes
/// it, and when a category (or, on a category's first page, a product) was tapped there before
/// the app was ready, starts on that screen.
fn take_over_first_screen() {
    let Some(window) = web_sys::window() else {
        return;
    };
    if let Some(boot) = window.document().and_then(|d| d.get_element_by_id("boot")) {
        boot.remove();
    }
    let tapped = js_sys::Reflect::get(&window, &JsValue::from_str("cunzhanTap"))
        .ok()
        .and_then(|v| v.as_string())
        .filter(|p| {
            (p.starts_with("/c/") || p.starts_with("/p/")) && !p.contains(['?', '#', '\\'])
        });
    if let (Some(path), Ok(history)) = (tapped, window.history()) {
        let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&path));
    }
}

fn main() {
    // Panic messages in the console while developing; release builds leave the formatter out to
    // stay within the first-load budget (a panic still stops the app, without the message).
    #[cfg(debug_assertions)]
    console_error_panic_hook::set_once();
    take_over_first_screen();
    leptos::mount::mount_to_body(App);
}
