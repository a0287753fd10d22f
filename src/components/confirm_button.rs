use leptos::prelude::*;

use crate::components::icon::{Icon, IconButton};
use crate::i18n::*;

/// A button whose action needs a second, explicit yes (remove from cart, archive, erase): the
/// first tap asks the question in words, with big Yes and No.
#[component]
pub fn ConfirmButton(
    /// What the button says.
    #[prop(into)]
    label: Signal<String>,
    /// The question asked after the first tap.
    #[prop(into)]
    question: Signal<String>,
    /// Runs after "yes".
    #[prop(into)]
    on_confirm: Callback<()>,
    /// The icon of the button.
    icon: icondata::Icon,
    /// Extra CSS class.
    #[prop(optional)]
    class: &'static str,
) -> impl IntoView {
    let i18n = use_i18n();
    let asking = RwSignal::new(false);
    view! {
        <Show
            when=move || asking.get()
            fallback=move || {
                view! {
                    <button type="button" class=format!("btn {class}") on:click=move |_| asking.set(true)>
                        <Icon icon />
                        <span>{label}</span>
                    </button>
                }
            }
        >
            <div class="confirm-ask" role="alertdialog" aria-label=question>
                <p>{question}</p>
                <IconButton icon=icondata::LuCheck class="btn btn-danger"
                    on_click=move |_| {
                        asking.set(false);
                        on_confirm.run(());
                    }>{t!(i18n, common.yes)}</IconButton>
                <IconButton icon=icondata::LuX on_click=move |_| asking.set(false)>{t!(i18n, common.no)}</IconButton>
            </div>
        </Show>
    }
}
