use leptos::prelude::*;

use crate::components::speak_button::SpeakButton;
use crate::i18n::*;

/// A screen's title with its speaker button, which says the screen's hint.
#[component]
pub fn PageHeading(
    /// The visible title.
    #[prop(into)]
    title: Signal<String>,
    /// The hint the speaker button says.
    #[prop(into)]
    hint: Signal<String>,
) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <div class="page-head">
            <h1>{title}</h1>
            <SpeakButton
                text=hint
                label=Signal::derive(move || td_string!(i18n.get_locale(), speak.hint_label).to_string())
                class="speak-hint"
            />
        </div>
    }
}
