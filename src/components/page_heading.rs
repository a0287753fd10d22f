use leptos::prelude::*;

use crate::components::speak_button::SpeakButton;

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
    view! {
        <div class="page-head">
            <h1>{title}</h1>
            <SpeakButton text=hint class="speak-hint" />
        </div>
    }
}
