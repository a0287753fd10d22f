use leptos::prelude::*;
use leptos_i18n::I18nContext;

use crate::components::icon::{Icon, IconButton};
use crate::domain::catalog::Lang;
use crate::i18n::*;
use crate::store::settings::SpeechRate;
use crate::store::{AppContext, use_app};
use crate::voice::speech::{Spoken, speak};
use crate::words::lang_of;

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
    let voice = use_voice();
    let on_click = move |_| voice.say(text.get_untracked());
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
                        .unwrap_or_else(|| t_string!(i18n, speak.button).to_string())
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
    let voice = use_voice();
    let slow = move || app.settings.with(|s| s.speech_rate != SpeechRate::Normal);
    let on_click = move |_| {
        let now_slow = !app
            .settings
            .with_untracked(|s| s.speech_rate != SpeechRate::Normal);
        let _ = app.update_settings(|s| {
            s.speech_rate = if now_slow {
                SpeechRate::Slow
            } else {
                SpeechRate::Normal
            }
        });
        if now_slow {
            voice.say(text.get_untracked());
        }
    };
    view! {
        <IconButton icon=icondata::LuSnail class="btn speak-btn slower-btn"
            pressed=Signal::derive(slow)
            on_click=on_click>{t!(i18n, speak.slower)}</IconButton>
    }
}

/// How the app speaks: in the current language, at the saved speed. Every screen that speaks
/// goes through it, so the language and the speed are chosen in one place.
#[derive(Clone, Copy)]
pub struct Voice {
    i18n: I18nContext<Locale>,
    app: AppContext,
}

/// The app's voice, for a component to keep (it is `Copy`).
pub fn use_voice() -> Voice {
    Voice {
        i18n: use_i18n(),
        app: use_app(),
    }
}

impl Voice {
    /// Says `text` to a villager; on a tablet with no voice the words appear in the caption bar
    /// for the partner to read aloud.
    pub fn say(self, text: String) {
        match self.say_only(&text) {
            Spoken::Yes => self.app.caption.set(None),
            Spoken::NoVoice => self.app.caption.set(Some(text)),
        }
    }

    /// Says `text` with no caption: for words already on screen beside the pad they are about
    /// (PIN and pickup-code refusals), where a caption bar would cover the keys.
    pub fn say_only(self, text: &str) -> Spoken {
        self.app.spoken.update(|n| *n = n.wrapping_add(1));
        speak(text, self.lang(), self.rate())
    }

    /// Says a lesson's or the app's own instruction: not counted as speaking to a villager.
    pub fn instruct(self, text: &str) {
        speak(text, self.lang(), self.rate());
    }

    fn lang(self) -> Lang {
        lang_of(self.i18n.get_locale_untracked())
    }

    fn rate(self) -> f32 {
        self.app.settings.with_untracked(|s| s.speech_rate.factor())
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
                                <IconButton icon=icondata::LuX on_click=move |_| app.caption.set(None)>{t!(i18n, speak.close)}</IconButton>
                            </div>
                        }
                    })
            }}
        </div>
    }
}
