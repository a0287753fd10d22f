//! When partner mode locks itself.

use leptos::prelude::*;

use crate::components::choice::Choice;
use crate::i18n::*;
use crate::store::keys;
use crate::store::use_app;

/// The minutes without a touch after which partner mode locks.
#[component]
pub(super) fn IdleLock() -> impl IntoView {
    let i18n = use_i18n();
    let app = use_app();
    view! {
        <section class="settings-section">
            <fieldset>
                <legend>{t!(i18n, partner.idle)}</legend>
                <div class="choices-row">
                    {[1u32, 2, 5, 10]
                        .into_iter()
                        .map(|n| {
                            view! {
                                <Choice
                                    name="idle"
                                    checked=Signal::derive(move || app.partner.idle_minutes() == n)
                                    on_pick=move |_| {
                                        let _ = app.unsaved.note(keys::PARTNER, app.partner.set_idle_minutes(n));
                                    }
                                    label=Signal::derive(move || t_string!(i18n, partner.idle_minutes, n = n).to_string())
                                />
                            }
                        })
                        .collect_view()}
                </div>
            </fieldset>
        </section>
    }
}
