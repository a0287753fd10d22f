use cunzhan::App;

fn main() {
    // Panic messages in the console while developing; release builds leave the formatter out to
    // stay within the first-load budget (a panic still stops the app, without the message).
    #[cfg(debug_assertions)]
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(App);
}
