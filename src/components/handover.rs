//! The two boxes under a parcel's row at the station, for an order's parcel and a courier's
//! alike: telling the villager (the message, an SMS link, the speaker) and the handover (the
//! pickup code typed on the big pad, the answer above it).

use leptos::prelude::*;

use crate::components::icon::Icon;
use crate::components::pin_pad::PinPad;
use crate::components::speak_button::SpeakButton;
use crate::i18n::*;

/// The message for the villager, shown while `shown`: its words, an `sms:` link with them, and
/// the speaker that says them (the code digit by digit).
#[component]
pub fn TellBox(
    shown: RwSignal<bool>,
    /// The written message.
    #[prop(into)]
    text: Signal<String>,
    /// The same, as said.
    #[prop(into)]
    spoken: Signal<String>,
    /// The `sms:` address with the message as its body.
    #[prop(into)]
    sms: Signal<String>,
) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <Show when=move || shown.get()>
            <div class="tell-box">
                <p>{text}</p>
                <a class="btn btn-primary" href=move || sms.get()>
                    <Icon icon=icondata::LuMessageSquare />
                    <span>{t!(i18n, station.sms)}</span>
                </a>
                <SpeakButton text=spoken />
            </div>
        </Show>
    }
}

/// The handover's code pad, shown while `shown`: the answer to the last try (wrong, locked…) is
/// read out by screen readers as it changes.
#[component]
pub fn HandoverPad(
    shown: RwSignal<bool>,
    /// The answer to the last try.
    message: RwSignal<Option<String>>,
    /// What is typed (the row clears it with its answer).
    digits: RwSignal<String>,
    /// Called with the six digits.
    #[prop(into)]
    on_submit: Callback<String>,
    /// The lesson step that points at the pad, if any.
    #[prop(optional)]
    lesson: Option<&'static str>,
) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <Show when=move || shown.get()>
            <section class="handover" data-lesson=lesson aria-label=move || t_string!(i18n, station.hand_over)>
                <p class="field-label">{t!(i18n, station.enter_code)}</p>
                <p class="pin-message" role="alert">{move || message.get()}</p>
                <PinPad on_submit disabled=Signal::derive(|| false) digits />
            </section>
        </Show>
    }
}
