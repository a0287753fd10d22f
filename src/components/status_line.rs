use leptos::prelude::*;

/// A form's answer line under its button: what the last tap did, read out by screen readers as it
/// changes; in the error colour when it was refused (`(false, words)`).
#[component]
pub fn StatusLine(status: RwSignal<Option<(bool, String)>>) -> impl IntoView {
    view! {
        <p
            class=move || match status.get() {
                Some((false, _)) => "form-status field-error",
                _ => "form-status",
            }
            role="status"
        >
            {move || status.get().map(|s| s.1)}
        </p>
    }
}
