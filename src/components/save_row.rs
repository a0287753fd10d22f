use leptos::prelude::*;

use crate::components::icon::{Icon, IconButton};
use crate::i18n::*;

/// A settings form's save button and, beside it, "saved" once the change is kept.
#[component]
pub fn SaveRow(
    /// The button's word.
    #[prop(into)]
    label: Signal<String>,
    /// Shown as "saved" while true.
    #[prop(into)]
    saved: Signal<bool>,
) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <div class="actions">
            <IconButton icon=icondata::LuSave submit=true class="btn btn-primary">{label}</IconButton>
            <span class="saved" role="status">
                {move || saved.get().then(|| view! {
                    <Icon icon=icondata::LuCheck />
                    <span>{t_string!(i18n, settings.saved)}</span>
                })}
            </span>
        </div>
    }
}
