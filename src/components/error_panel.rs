use leptos::prelude::*;

use crate::api::ApiError;
use crate::components::icon::{Icon, IconButton, IconLink};
use crate::components::speak_button::SpeakButton;
use crate::i18n::*;
use crate::routes::Route;
use crate::words::error_message;

/// The shortest wait before retrying by itself for a busy server, whatever its `Retry-After`
/// says (a server answering "0" every time must not be asked again and again at once).
const MIN_AUTO_RETRY_MS: u64 = 2_000;

/// The one place an API error becomes words: a translated message, an icon, a speaker, and a big
/// retry button (or the way home when retrying cannot help). When a busy server said how long to
/// wait, the button counts that time down and retries by itself at the end (not before).
#[component]
pub fn ErrorPanel(
    /// What went wrong.
    error: ApiError,
    /// Called by the retry button.
    #[prop(into)]
    on_retry: Callback<()>,
) -> impl IntoView {
    let i18n = use_i18n();
    let icon = match error {
        ApiError::Offline => icondata::LuWifiOff,
        ApiError::Timeout => icondata::LuHourglass,
        ApiError::Http { status: 404 } => icondata::LuFileQuestion,
        _ => icondata::LuServerCrash,
    };
    let retryable = error.retryable();
    let wait_left = use_wait(error.retry_after(), on_retry);
    let waiting = move || wait_left.get() > 0;
    let err = StoredValue::new(error);
    let message = Signal::derive(move || err.with_value(|e| error_message(i18n.get_locale(), e)));
    let said =
        Signal::derive(move || t_string!(i18n, error.say, message = message.get()).to_string());
    view! {
        <div class="error-panel" role="alert">
            <span class="error-icon">
                <Icon icon=icon />
            </span>
            <h2>{t!(i18n, error.title)}</h2>
            <p class="error-message">{message}</p>
            <div class="actions">
                {if retryable {
                    view! {
                        <IconButton icon=icondata::LuRefreshCw class="btn btn-primary"
                            disabled=waiting
                            on_click=move |_| on_retry.run(())>
                                {move || match wait_left.get() {
                                    0 => t_string!(i18n, error.retry).to_string(),
                                    s => t_string!(i18n, error.retry_in, seconds = s).to_string(),
                                }}
                            </IconButton>
                    }
                        .into_any()
                } else {
                    view! {
                        <IconLink to=Route::Home icon=icondata::LuHouse class="btn btn-primary">{t!(i18n, nav.home)}</IconLink>
                    }
                        .into_any()
                }}
                <SpeakButton text=said />
            </div>
        </div>
    }
}

/// Seconds left of a busy server's wait (0 when there is none or it is over); calls `retry`
/// once when it ends. The timer stops with the panel.
fn use_wait(wait_ms: Option<u64>, retry: Callback<()>) -> Signal<u64> {
    let Some(ms) = wait_ms else {
        return Signal::stored(0);
    };
    let deadline = js_sys::Date::now() + ms.max(MIN_AUTO_RETRY_MS) as f64;
    let left = move || ((deadline - js_sys::Date::now()) / 1_000.0).ceil().max(0.0) as u64;
    let (seconds, set_seconds) = signal(left());
    // Once at zero the panel is about to be replaced by the retry: it fires once, and the timer
    // stops with the panel.
    let fired = StoredValue::new(false);
    let _ticker = leptos_use::use_interval_fn(
        move || {
            let now_left = left();
            set_seconds.set(now_left);
            if now_left == 0 && !fired.get_value() {
                fired.set_value(true);
                retry.run(());
            }
        },
        250,
    );
    seconds.into()
}

/// After this long without an answer, the loading line says the network is slow.
const SLOW_AFTER_MS: u32 = 3_000;

/// A loading state that says what it is doing in words — and, when it takes long, that the
/// network is slow and the app is still waiting (so nobody taps away thinking it hung).
#[component]
pub fn Loading() -> impl IntoView {
    let i18n = use_i18n();
    let (slow, set_slow) = signal(false);
    let timer = leptos_use::use_timeout_fn(move |_: ()| set_slow.set(true), SLOW_AFTER_MS as f64);
    (timer.start)(());
    view! {
        <p class="loading" role="status">
            <span class="spinner" aria-hidden="true"></span>
            <span>
                {move || {
                    if slow.get() {
                        t_string!(i18n, loading_slow).to_string()
                    } else {
                        t_string!(i18n, loading).to_string()
                    }
                }}
            </span>
        </p>
    }
}
