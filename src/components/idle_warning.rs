//! The warning before partner mode locks by itself: nothing happens to a villager without warning.

use leptos::prelude::*;

use crate::components::icon::Icon;
use crate::i18n::*;

/// A banner over the bottom of the screen counting down the last seconds before the idle lock
/// (said once when it appears, by the shell). Any touch, which dismisses it, keeps partner mode.
#[component]
pub fn IdleWarning(
    /// Seconds left before the lock, while the warning is due.
    seconds_left: Signal<Option<u64>>,
) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <Show when=move || seconds_left.get().is_some()>
            <div class="idle-warning" role="alert">
                <Icon icon=icondata::LuTimer />
                <p>
                    {move || {
                        t_string!(
                            i18n,
                            partner.idle_warning,
                            seconds = seconds_left.get().unwrap_or_default()
                        )
                            .to_string()
                    }}
                </p>
            </div>
        </Show>
    }
}
