use leptos::prelude::*;

/// One big radio choice (the whole row is the target): a settings option, later an avatar or a
/// return reason.
#[component]
pub fn Choice(
    /// The radio group's name.
    name: &'static str,
    /// Whether this choice is the current one.
    #[prop(into)]
    checked: Signal<bool>,
    /// Called when this choice is picked.
    #[prop(into)]
    on_pick: Callback<()>,
    /// The words shown beside the radio.
    #[prop(into)]
    label: Signal<String>,
) -> impl IntoView {
    view! {
        <label class="choice">
            <input
                type="radio"
                name=name
                prop:checked=move || checked.get()
                on:change=move |_| on_pick.run(())
            />
            <span>{label}</span>
        </label>
    }
}
