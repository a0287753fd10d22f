//! An order's send state, in an icon and words.

use leptos::prelude::*;

use crate::components::icon::Icon;
use crate::domain::outbox::SendState;
use crate::i18n::*;

/// The send state in an icon and words (never colour alone).
#[component]
pub(super) fn SendStatus(#[prop(into)] state: Signal<SendState>) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <Show
            when=move || state.with(|s| matches!(s, SendState::Sent { .. }))
            fallback=move || {
                view! {
                    <span class="status status-waiting">
                        <Icon icon=icondata::LuClock />
                        <span>{t!(i18n, orders.waiting)}</span>
                    </span>
                }
            }
        >
            <span class="status status-sent">
                <Icon icon=icondata::LuCircleCheck />
                <span>{t!(i18n, orders.sent)}</span>
            </span>
        </Show>
    }
}
