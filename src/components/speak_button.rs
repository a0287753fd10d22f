use leptos::prelude::*;

use crate::components::icon::Icon;
use crate::i18n::*;
use crate::store::settings::SpeechRate;
use crate::store::use_app;
use crate::voice::hints::lang_of;
use crate::voice::speech::{Spoken, speak};

/// The speaker button: says `text` in the current language at the saved speed. When the tablet
/// has no voice, the text appears as a caption at the bottom of the screen instead.
#[component]
pub fn SpeakButton(
    /// What to say (already in the current language).
    #[prop(into)]
    text: Signal<String>,
    /// Accessible name when the visible word is not enough (e.g. which product).
    #[prop(into, optional)]
    label: MaybeProp<String>,
    /// Extra CSS class (size variants).
    #[prop(into, optional)]
    class: MaybeProp<String>,
    /// Visible words instead of "Listen" (then they are the accessible name too).
    #[prop(into, optional)]
    word: MaybeProp<String>,
    /// The lesson target name, where a lesson points at this button.
    #[prop(optional)]
    lesson: Option<&'static str>,
) -> impl IntoView {
    let i18n = use_i18n();
    let say = use_say();
    let on_click = move |_| say(text.get_untracked());
    view! {
        <button
            type="button"
            class=move || format!("btn speak-btn {}", class.get().unwrap_or_default())
            aria-label=move || label.get()
            data-lesson=lesson
            on:click=on_click
        >
            <Icon icon=icondata::LuVolume2 />
            <span>
                {move || {
                    word.get()
                        .unwrap_or_else(|| td_string!(i18n.get_locale(), speak.button).to_string())
                }}
            </span>
        </button>
    }
}

/// One tap for slower speech, beside the screen's speaker (a snail): says the screen's words
/// again, slowly, and keeps that speed for every speaker after — remembered, no PIN needed —
/// until it is tapped again.
#[component]
pub fn SlowerButton(
    /// What to say again, slowly.
    #[prop(into)]
    text: Signal<String>,
) -> impl IntoView {
    let i18n = use_i18n();
    let app = use_app();
    let say = use_say();
    let slow = move || app.settings.with(|s| s.speech_rate != SpeechRate::Normal);
    let on_click = move |_| {
        let now_slow = !app
            .settings
            .with_untracked(|s| s.speech_rate != SpeechRate::Normal);
        app.update_settings(|s| {
            s.speech_rate = if now_slow {
                SpeechRate::Slow
            } else {
                SpeechRate::Normal
            }
        });
        if now_slow {
            say(text.get_untracked());
        }
    };
    view! {
        <button
            type="button"
            class="btn speak-btn slower-btn"
            aria-pressed=move || slow().to_string()
            on:click=on_click
        >
            <Icon icon=icondata::LuSnail />
            <span>{t!(i18n, speak.slower)}</span>
        </button>
    }
}

/// The one way the app speaks to a villager: in the current language, at the saved speed; on a
/// tablet with no voice the words appear in the caption bar for the partner to read aloud.
pub fn use_say() -> impl Fn(String) + Copy + 'static {
    let i18n = use_i18n();
    let app = use_app();
    move |said: String| {
        let lang = lang_of(i18n.get_locale_untracked());
        let rate = app.settings.with_untracked(|s| s.speech_rate.factor());
        match speak(&said, lang, rate) {
            Spoken::Yes => app.caption.set(None),
            Spoken::NoVoice => app.caption.set(Some(said)),
        }
    }
}

/// The caption bar that shows what would have been spoken on a tablet without voices.
#[component]
pub fn Caption() -> impl IntoView {
    let i18n = use_i18n();
    let app = use_app();
    view! {
        <div class="caption-slot" role="status" aria-live="polite">
            {move || {
                app.caption
                    .get()
                    .map(|text| {
                        view! {
                            <div class="caption">
                                // A crossed speaker: the tablet is silent, the words are for the
                                // partner to read aloud.
                                <Icon icon=icondata::LuVolumeX />
                                <div class="caption-text">
                                    <p class="caption-note">{t!(i18n, speak.no_voice)}</p>
                                    <p class="caption-said">{text}</p>
                                </div>
                                <button
                                    type="button"
                                    class="btn"
                                    on:click=move |_| app.caption.set(None)
                                >
                                    <Icon icon=icondata::LuX />
                                    <span>{t!(i18n, speak.close)}</span>
                                </button>
                            </div>
                        }
                    })
            }}
        </div>
    }
}
