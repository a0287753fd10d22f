use leptos::prelude::*;

use crate::components::icon::Icon;
use crate::i18n::*;

/// Big − quantity + buttons. A button that would break the rules (below the minimum, above the
/// stock) is disabled, and the reason is written next to it by the caller.
#[component]
pub fn Stepper(
    /// The quantity shown.
    #[prop(into)]
    qty: Signal<u32>,
    /// The unit word after the number.
    #[prop(into)]
    unit: Signal<String>,
    /// Whether − may be tapped.
    #[prop(into)]
    can_down: Signal<bool>,
    /// Whether + may be tapped.
    #[prop(into)]
    can_up: Signal<bool>,
    /// Called with `true` for +, `false` for −.
    #[prop(into)]
    on_step: Callback<bool>,
    /// The product's name, for the buttons' accessible names.
    #[prop(into)]
    name: Signal<String>,
) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <div class="stepper">
            <button
                type="button"
                class="btn step-btn"
                aria-label=move || t_string!(i18n, cart.less, name = name.get()).to_string()
                disabled=move || !can_down.get()
                on:click=move |_| on_step.run(false)
            >
                <Icon icon=icondata::LuMinus />
            </button>
            <output class="step-qty" aria-live="polite">
                <span class="step-number">{qty}</span>
                " "
                <span class="step-unit">{unit}</span>
            </output>
            <button
                type="button"
                class="btn step-btn"
                aria-label=move || t_string!(i18n, cart.more, name = name.get()).to_string()
                disabled=move || !can_up.get()
                on:click=move |_| on_step.run(true)
            >
                <Icon icon=icondata::LuPlus />
            </button>
        </div>
    }
}
