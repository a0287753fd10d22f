use leptos::prelude::*;

use crate::components::speak_button::{SlowerButton, SpeakButton};
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
    /// The speaker's accessible name, where it says more than the screen's hint (a product).
    #[prop(into, optional)]
    label: Option<Signal<String>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let label = label.unwrap_or_else(|| t_signal!(i18n, speak.hint_label));
    view! {
        <div class="page-head">
            <h1>{title}</h1>
            <div class="page-voice">
                <SlowerButton text=hint />
                <SpeakButton text=hint label class="speak-hint" lesson="page-speak" />
            </div>
        </div>
    }
}
