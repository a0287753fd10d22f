use leptos::prelude::*;

use crate::components::icon::IconButton;
use crate::i18n::*;

/// The longest PIN or code the pad accepts.
const MAX_DIGITS: usize = 6;

/// A big number pad for PINs and codes: digits as big buttons, dots for what was typed, delete
/// and OK. No free-text keyboard is needed.
#[component]
pub fn PinPad(
    /// Called with the digits when OK is tapped.
    #[prop(into)]
    on_submit: Callback<String>,
    /// While true, no key works (locked, or checking).
    #[prop(into)]
    disabled: Signal<bool>,
    /// What is typed. The screen owns it, so it clears it where its answer is given (a new
    /// step, a wrong try).
    digits: RwSignal<String>,
) -> impl IntoView {
    let i18n = use_i18n();
    let press = move |d: char| {
        if !disabled.get_untracked() {
            digits.update(|s| {
                if s.len() < MAX_DIGITS {
                    s.push(d);
                }
            });
        }
    };
    let submit = move || {
        let typed = digits.get_untracked();
        if !disabled.get_untracked() && !typed.is_empty() {
            on_submit.run(typed);
        }
    };
    let key = move |d: char| {
        view! {
            <button
                type="button"
                class="btn pad-key"
                prop:disabled=move || disabled.get()
                on:click=move |_| press(d)
            >
                {d.to_string()}
            </button>
        }
    };
    view! {
        <div class="pin-pad">
            <p class="pin-dots" aria-live="polite">
                <span aria-hidden="true">
                    {move || {
                        let n = digits.with(String::len);
                        (0..MAX_DIGITS.max(4))
                            .map(|i| if i < n { '●' } else { '○' })
                            .collect::<String>()
                    }}
                </span>
                <span class="visually-hidden">
                    {move || t_string!(i18n, partner.entered, count = digits.with(String::len)).to_string()}
                </span>
            </p>
            <div class="pad-grid">
                {['1', '2', '3', '4', '5', '6', '7', '8', '9'].map(key)}
                <IconButton icon=icondata::LuDelete class="btn pad-key"
                    prop:disabled=move || disabled.get()
                    on_click=move |_| digits.update(|s| {
                        s.pop();
                    })>{t!(i18n, partner.delete)}</IconButton>
                {key('0')}
                <IconButton icon=icondata::LuCheck class="btn btn-primary pad-key"
                    prop:disabled=move || disabled.get()
                    on_click=move |_| submit()>{t!(i18n, partner.ok)}</IconButton>
            </div>
        </div>
    }
}
