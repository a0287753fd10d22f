//! Where products come from.

use leptos::prelude::*;

use crate::api::BackendChoice;
use crate::api::choice::BadApiUrl;
use crate::components::choice::Choice;
use crate::components::save_row::SaveRow;
use crate::components::text_field::{FieldKind, TextField};
use crate::i18n::*;
use crate::store::page_may_connect;
use crate::store::use_app;

/// Where products come from: the embedded catalog or a remote DummyJSON-compatible address.
#[component]
pub(super) fn ApiSource() -> impl IntoView {
    let i18n = use_i18n();
    let app = use_app();
    let current = app.backend.with_untracked(|b| b.choice().clone());
    let remote = RwSignal::new(matches!(current, BackendChoice::Remote(_)));
    let url = RwSignal::new(match &current {
        BackendChoice::Remote(u) => u.clone(),
        BackendChoice::Embedded => String::new(),
    });
    let bad_url = RwSignal::new(None::<BadApiUrl>);
    let saved = RwSignal::new(false);
    let save_api = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let choice = if remote.get_untracked() {
            match BackendChoice::parse_allowed(&url.get_untracked(), page_may_connect) {
                // "embedded" typed as an address is not what the remote choice means.
                Ok(BackendChoice::Embedded) => Err(BadApiUrl::Malformed),
                other => other,
            }
        } else {
            Ok(BackendChoice::Embedded)
        };
        match choice {
            Ok(choice) => {
                bad_url.set(None);
                saved.set(
                    app.update_settings(|s| s.api = Some(choice.as_setting().to_string()))
                        .is_ok(),
                );
            }
            Err(why) => {
                bad_url.set(Some(why));
                saved.set(false);
            }
        }
    };
    let source = move || match app.backend.get().choice() {
        BackendChoice::Embedded => t_string!(i18n, settings.api_embedded).to_string(),
        BackendChoice::Remote(u) => u.clone(),
    };
    view! {
        <form class="settings-section" novalidate on:submit=save_api>
            <fieldset>
                <legend>{t!(i18n, settings.api)}</legend>
                <p class="muted">{move || t_string!(i18n, settings.now_using, source = source()).to_string()}</p>
                <Choice
                    name="api"
                    checked=Signal::derive(move || !remote.get())
                    on_pick=move |_| remote.set(false)
                    label=t_signal!(i18n, settings.api_embedded)
                />
                <Choice
                    name="api"
                    checked=Signal::derive(move || remote.get())
                    on_pick=move |_| remote.set(true)
                    label=t_signal!(i18n, settings.api_remote)
                />
                <Show when=move || remote.get()>
                    <TextField
                        value=url
                        max=200
                        kind=FieldKind::Url
                        placeholder="https://dummyjson.com"
                        on_input=move |()| saved.set(false)
                        error=Signal::derive(move || {
                            bad_url
                                .get()
                                .map(|why| match why {
                                    BadApiUrl::Malformed => t_string!(i18n, settings.api_bad),
                                    BadApiUrl::NotAllowed => t_string!(i18n, settings.api_not_allowed),
                                }.to_string())
                        })
                    >
                        {t!(i18n, settings.api_url)}
                    </TextField>
                </Show>
                <SaveRow label=t_signal!(i18n, settings.save) saved />
            </fieldset>
        </form>
    }
}
