//! Speaking through the Web Speech API (SpeechSynthesis). Never throws: when the browser has no
//! voice for the language, the caller shows the text as a caption instead.

use wasm_bindgen::{JsCast, JsValue, closure::Closure};
use web_sys::{SpeechSynthesis, SpeechSynthesisUtterance, SpeechSynthesisVoice};

use crate::domain::catalog::Lang;
use crate::words::pick_voice;

/// What happened to a request to speak.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Spoken {
    /// Handed to the browser's speech engine.
    Yes,
    /// No speech engine or no voice for the language: show the text instead.
    NoVoice,
}

fn synth() -> Option<SpeechSynthesis> {
    let window = web_sys::window()?;
    // Reflect first: some browsers have no `speechSynthesis` at all, and the binding would throw.
    let has = js_sys::Reflect::has(&window, &JsValue::from_str("speechSynthesis")).unwrap_or(false);
    if !has {
        return None;
    }
    window.speech_synthesis().ok()
}

/// Asks the browser to load its voices early (`getVoices()` is empty until `voiceschanged`).
pub fn warm_up() {
    if let Some(s) = synth() {
        let _ = s.get_voices();
    }
}

fn voice_for(s: &SpeechSynthesis, lang: Lang) -> Option<SpeechSynthesisVoice> {
    let voices: Vec<SpeechSynthesisVoice> = s
        .get_voices()
        .iter()
        .filter_map(|v| v.dyn_into::<SpeechSynthesisVoice>().ok())
        .collect();
    let tags: Vec<(String, bool)> = voices.iter().map(|v| (v.lang(), v.default())).collect();
    pick_voice(&tags, lang).map(|i| voices[i].clone())
}

/// Whether the tablet has a voice for `lang` (the browser may list its voices only after a moment).
pub fn has_voice(lang: Lang) -> bool {
    synth().is_some_and(|s| voice_for(&s, lang).is_some())
}

/// Speaks `text` in `lang` at `rate` (1.0 normal). Stops whatever was being said first.
pub fn speak(text: &str, lang: Lang, rate: f32) -> Spoken {
    let Some(s) = synth() else {
        return Spoken::NoVoice;
    };
    let Some(voice) = voice_for(&s, lang) else {
        return Spoken::NoVoice;
    };
    let Ok(utterance) = SpeechSynthesisUtterance::new_with_text(text) else {
        return Spoken::NoVoice;
    };
    utterance.set_lang(lang.tag());
    utterance.set_rate(rate.clamp(0.5, 1.5));
    // Through Reflect so an unusual voice object cannot throw out of the binding.
    let _ = js_sys::Reflect::set(&utterance, &JsValue::from_str("voice"), &voice);
    let busy = s.speaking() || s.pending();
    if busy {
        s.cancel();
        // Chrome drops a speak() issued right after cancel(): give it a moment.
        let later = Closure::once_into_js(move || {
            if let Some(s) = synth() {
                s.speak(&utterance);
            }
        });
        if let Some(w) = web_sys::window() {
            let _ =
                w.set_timeout_with_callback_and_timeout_and_arguments_0(later.unchecked_ref(), 80);
        }
    } else {
        s.speak(&utterance);
    }
    Spoken::Yes
}

/// Whether the tablet is speaking now (a read-back being listened to counts as the tablet in use).
pub fn speaking() -> bool {
    synth().is_some_and(|s| s.speaking())
}

/// Stops speaking (on leaving a screen, so an old sentence does not run on).
pub fn stop() {
    if let Some(s) = synth() {
        s.cancel();
    }
}
