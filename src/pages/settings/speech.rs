//! How the tablet speaks: the speed, and whether it has a Chinese voice at all.

use leptos::prelude::*;

use crate::components::choice::Choice;
use crate::components::icon::{Icon, IconButton};
use crate::components::speak_button::SpeakButton;
use crate::domain::catalog::Lang;
use crate::i18n::*;
use crate::store::settings::SpeechRate;
use crate::store::use_app;
use crate::voice::speech::has_voice;

/// The speaking speed, with a speaker to hear it.
#[component]
pub(super) fn SpeechSpeed() -> impl IntoView {
    let i18n = use_i18n();
    let app = use_app();
    let rate_label = move |rate: SpeechRate| match rate {
        SpeechRate::Normal => t_string!(i18n, settings.rate_normal),
        SpeechRate::Slow => t_string!(i18n, settings.rate_slow),
        SpeechRate::Slower => t_string!(i18n, settings.rate_slower),
    };
    view! {
        <section class="settings-section">
            <fieldset>
                <legend>{t!(i18n, settings.speech_rate)}</legend>
                <div class="choices-row">
                    {SpeechRate::ALL
                        .into_iter()
                        .map(|rate| {
                            view! {
                                <Choice
                                    name="rate"
                                    checked=Signal::derive(move || app.settings.with(|s| s.speech_rate == rate))
                                    on_pick=move |_| {
                                        let _ = app.update_settings(|s| s.speech_rate = rate);
                                    }
                                    label=Signal::derive(move || rate_label(rate).to_string())
                                />
                            }
                        })
                        .collect_view()}
                </div>
                <SpeakButton
                    text=t_signal!(i18n, settings.test_voice_text)
                />
            </fieldset>
        </section>
    }
}

/// Whether the tablet can speak Chinese and, when it cannot, how the partner adds a voice (the
/// app then shows what it would say in the caption bar, for the partner to read aloud).
#[component]
pub(super) fn VoiceCheck() -> impl IntoView {
    let i18n = use_i18n();
    let has = RwSignal::new(has_voice(Lang::Zh));
    // The browser lists its voices a moment after the page starts: look again then.
    set_timeout(
        move || has.set(has_voice(Lang::Zh)),
        std::time::Duration::from_millis(1_500),
    );
    view! {
        <section class="settings-section voice-check">
            <h2>{t!(i18n, settings.voice_title)}</h2>
            <Show
                when=move || has.get()
                fallback=move || {
                    view! {
                        <p class="notice notice-warn" role="status">
                            <Icon icon=icondata::LuVolumeX />
                            <span>{t!(i18n, settings.voice_none)}</span>
                        </p>
                        <ol class="voice-steps">
                            <li>{t!(i18n, settings.voice_step_1)}</li>
                            <li>{t!(i18n, settings.voice_step_2)}</li>
                            <li>{t!(i18n, settings.voice_step_3)}</li>
                        </ol>
                        <IconButton icon=icondata::LuRefreshCw on_click=move |_| has.set(has_voice(Lang::Zh))>{t!(i18n, settings.voice_check)}</IconButton>
                    }
                }
            >
                <p class="notice" role="status">
                    <Icon icon=icondata::LuVolume2 />
                    <span>{t!(i18n, settings.voice_ok)}</span>
                </p>
            </Show>
        </section>
    }
}
