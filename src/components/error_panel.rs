use leptos::prelude::*;
use leptos_router::components::A;

use crate::api::ApiError;
use crate::components::icon::Icon;
use crate::components::speak_button::SpeakButton;
use crate::i18n::*;
use crate::voice::hints::error_message;

/// The one place an API error becomes words: a translated message, an icon, a speaker, and a big
/// retry button (or the way home when retrying cannot help).
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
    let err = StoredValue::new(error);
    let message = Signal::derive(move || err.with_value(|e| error_message(i18n.get_locale(), e)));
    let said = Signal::derive(move || {
        td_string!(i18n.get_locale(), error.say, message = message.get()).to_string()
    });
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
                        <button type="button" class="btn btn-primary" on:click=move |_| on_retry.run(())>
                            <Icon icon=icondata::LuRefreshCw />
                            <span>{t!(i18n, error.retry)}</span>
                        </button>
                    }
                        .into_any()
                } else {
                    view! {
                        <A href="/" attr:class="btn btn-primary">
                            <Icon icon=icondata::LuHouse />
                            <span>{t!(i18n, nav.home)}</span>
                        </A>
                    }
                        .into_any()
                }}
                <SpeakButton text=said />
            </div>
        </div>
    }
}

/// A loading state that says what it is doing in words.
#[component]
pub fn Loading() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <p class="loading" role="status">
            <span class="spinner" aria-hidden="true"></span>
            <span>{t!(i18n, loading)}</span>
        </p>
    }
}
