use cunzhan::App;

/// Takes over from the first screen (scripts/first-screen.mjs, public/boot.js): removes it. The
/// address is already the screen it showed (its taps change the address), so the app starts there.
fn take_over_first_screen() {
    if let Some(boot) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("boot"))
    {
        boot.remove();
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
