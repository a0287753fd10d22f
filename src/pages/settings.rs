use leptos::prelude::*;

use crate::api::BackendChoice;
use crate::api::choice::BadApiUrl;
use crate::components::avatar::Avatar;
use crate::components::choice::Choice;
use crate::components::clock_control::ClockControl;
use crate::components::confirm_button::ConfirmButton;
use crate::components::icon::Icon;
use crate::components::page_heading::PageHeading;
use crate::components::partner_gate::PartnerGate;
use crate::components::speak_button::SpeakButton;
use crate::domain::catalog::Lang;
use crate::domain::commission::percent_text;
use crate::i18n::*;
use crate::store::page_may_connect;
use crate::store::settings::SpeechRate;
use crate::store::use_app;
use crate::voice::hints::{Screen, screen_hint};
use crate::voice::speech::has_voice;

/// Settings, for the partner only (behind the PIN).
#[component]
pub fn SettingsPage() -> impl IntoView {
    view! {
        <PartnerGate>
            <SettingsForm />
            <OfflineSection />
            <VoiceCheck />
            <StationName />
            <StationClock />
            <EraseVillagers />
        </PartnerGate>
    }
}

/// Where products come from, speaking speed, when partner mode locks itself.
#[component]
fn SettingsForm() -> impl IntoView {
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
                app.update_settings(|s| s.api = Some(choice.as_setting().to_string()));
                saved.set(!app.storage_failed.get_untracked());
            }
            Err(why) => {
                bad_url.set(Some(why));
                saved.set(false);
            }
        }
    };
    let source = move || match app.backend.get().choice() {
        BackendChoice::Embedded => td_string!(i18n.get_locale(), settings.api_embedded).to_string(),
        BackendChoice::Remote(u) => u.clone(),
    };
    let rate_label = move |rate: SpeechRate| match rate {
        SpeechRate::Normal => td_string!(i18n.get_locale(), settings.rate_normal),
        SpeechRate::Slow => td_string!(i18n.get_locale(), settings.rate_slow),
        SpeechRate::Slower => td_string!(i18n.get_locale(), settings.rate_slower),
    };
    view! {
        <PageHeading
            title=Signal::derive(move || td_string!(i18n.get_locale(), settings.title).to_string())
            hint=Signal::derive(move || screen_hint(i18n.get_locale(), &Screen::Settings))
        />
        <Show when=move || app.bad_api_param.get().is_some()>
            <p class="notice notice-warn" role="alert">
                <Icon icon=icondata::LuTriangleAlert />
                <span>
                    {move || match app.bad_api_param.get() {
                        Some(BadApiUrl::NotAllowed) => td_string!(i18n.get_locale(), settings.api_param_not_allowed),
                        _ => td_string!(i18n.get_locale(), settings.api_param_bad),
                    }}
                </span>
            </p>
        </Show>
        <form class="settings-section" novalidate on:submit=save_api>
            <fieldset>
                <legend>{t!(i18n, settings.api)}</legend>
                <p class="muted">{move || td_string!(i18n.get_locale(), settings.now_using, source = source()).to_string()}</p>
                <Choice
                    name="api"
                    checked=Signal::derive(move || !remote.get())
                    on_pick=move |_| remote.set(false)
                    label=Signal::derive(move || td_string!(i18n.get_locale(), settings.api_embedded).to_string())
                />
                <Choice
                    name="api"
                    checked=Signal::derive(move || remote.get())
                    on_pick=move |_| remote.set(true)
                    label=Signal::derive(move || td_string!(i18n.get_locale(), settings.api_remote).to_string())
                />
                <Show when=move || remote.get()>
                    <label for="api-url">{t!(i18n, settings.api_url)}</label>
                    <input
                        id="api-url"
                        type="url"
                        inputmode="url"
                        autocomplete="off"
                        placeholder="https://dummyjson.com"
                        aria-invalid=move || bad_url.get().is_some().to_string()
                        aria-describedby="api-url-error"
                        prop:value=move || url.get()
                        on:input:target=move |ev| {
                            url.set(ev.target().value());
                            saved.set(false);
                        }
                    />
                </Show>
                <p id="api-url-error" class="field-error" role="alert">
                    {move || {
                        bad_url
                            .get()
                            .map(|why| match why {
                                BadApiUrl::Malformed => td_string!(i18n.get_locale(), settings.api_bad),
                                BadApiUrl::NotAllowed => td_string!(i18n.get_locale(), settings.api_not_allowed),
                            })
                    }}
                </p>
                <div class="actions">
                    <button type="submit" class="btn btn-primary">
                        <Icon icon=icondata::LuSave />
                        <span>{t!(i18n, settings.save)}</span>
                    </button>
                    <span class="saved" role="status">
                        {move || saved.get().then(|| view! {
                            <Icon icon=icondata::LuCheck />
                            <span>{td_string!(i18n.get_locale(), settings.saved)}</span>
                        })}
                    </span>
                </div>
            </fieldset>
        </form>
        <section class="settings-section">
            <fieldset>
                <legend>{t!(i18n, settings.speech_rate)}</legend>
                <div class="choices-row">
                    {SpeechRate::ALL
                        .into_iter()
                        .map(|rate| {
                            view! {
                                <Choice
                                    name="rate"
                                    checked=Signal::derive(move || app.settings.with(|s| s.speech_rate == rate))
                                    on_pick=move |_| app.update_settings(|s| s.speech_rate = rate)
                                    label=Signal::derive(move || rate_label(rate).to_string())
                                />
                            }
                        })
                        .collect_view()}
                </div>
                <SpeakButton
                    text=Signal::derive(move || td_string!(i18n.get_locale(), settings.test_voice_text).to_string())
                />
            </fieldset>
        </section>
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
                                        let failed = app.partner.set_idle_minutes(n).is_err();
                                        app.storage_failed.set(failed);
                                    }
                                    label=Signal::derive(move || td_string!(i18n.get_locale(), partner.idle_minutes, n = n).to_string())
                                />
                            }
                        })
                        .collect_view()}
                </div>
            </fieldset>
        </section>
        <Show when=move || app.storage_failed.get()>
            <p class="notice notice-warn" role="alert">
                <Icon icon=icondata::LuTriangleAlert />
                <span>{t!(i18n, settings.storage_failed)}</span>
            </p>
        </Show>
    }
}

/// Erasing a villager's data: the record, the open cart, and the name on past orders.
#[component]
fn EraseVillagers() -> impl IntoView {
    let i18n = use_i18n();
    let station = use_app().station;
    view! {
        <section class="settings-section">
            <h2>{t!(i18n, settings.erase_title)}</h2>
            <p class="muted">{t!(i18n, settings.erase_note)}</p>
            <Show
                when=move || !station.villagers.with(Vec::is_empty)
                fallback=move || view! { <p class="muted">{t!(i18n, villagers.none)}</p> }
            >
                <ul class="villager-list">
                    <For each=move || station.villagers.get() key=|v| v.id.clone() let:v>
                        {
                            let id = v.id.clone();
                            let name = v.name.clone();
                            view! {
                                <li class="villager-row">
                                    <Avatar index=v.avatar class="avatar-small" />
                                    <p class="villager-name">{v.name.clone()}</p>
                                    <ConfirmButton
                                        label=Signal::derive(move || td_string!(i18n.get_locale(), settings.erase).to_string())
                                        question=Signal::derive(move || td_string!(i18n.get_locale(), settings.erase_ask, name = name.clone()).to_string())
                                        icon=icondata::LuTrash2
                                        class="btn-danger"
                                        on_confirm=move |_| station.erase(&id)
                                    />
                                </li>
                            }
                        }
                    </For>
                </ul>
            </Show>
        </section>
    }
}

/// Whether the tablet can speak Chinese and, when it cannot, how the partner adds a voice (the
/// app then shows what it would say in the caption bar, for the partner to read aloud).
#[component]
fn VoiceCheck() -> impl IntoView {
    let i18n = use_i18n();
    let has = RwSignal::new(has_voice(Lang::Zh));
    // The browser lists its voices a moment after the page starts: look again then.
    set_timeout(
        move || has.set(has_voice(Lang::Zh)),
        std::time::Duration::from_millis(1_500),
    );
    view! {
        <section class="settings-section voice-check">
            <h2>{t!(i18n, settings.voice_title)}</h2>
            <Show
                when=move || has.get()
                fallback=move || {
                    view! {
                        <p class="notice notice-warn" role="status">
                            <Icon icon=icondata::LuVolumeX />
                            <span>{t!(i18n, settings.voice_none)}</span>
                        </p>
                        <ol class="voice-steps">
                            <li>{t!(i18n, settings.voice_step_1)}</li>
                            <li>{t!(i18n, settings.voice_step_2)}</li>
                            <li>{t!(i18n, settings.voice_step_3)}</li>
                        </ol>
                        <button type="button" class="btn" on:click=move |_| has.set(has_voice(Lang::Zh))>
                            <Icon icon=icondata::LuRefreshCw />
                            <span>{t!(i18n, settings.voice_check)}</span>
                        </button>
                    }
                }
            >
                <p class="notice" role="status">
                    <Icon icon=icondata::LuVolume2 />
                    <span>{t!(i18n, settings.voice_ok)}</span>
                </p>
            </Show>
        </section>
    }
}

/// The station's name, carried in the link to a villager's parcel ("collect it at …").
#[component]
fn StationName() -> impl IntoView {
    let i18n = use_i18n();
    let app = use_app();
    let name = RwSignal::new(app.settings.with_untracked(|s| s.station_name.clone()));
    let saved = RwSignal::new(false);
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let typed: String = name.get_untracked().trim().chars().take(24).collect();
        name.set(typed.clone());
        app.update_settings(|s| s.station_name = typed);
        saved.set(!app.storage_failed.get_untracked());
    };
    view! {
        <section class="settings-section">
            <form on:submit=save novalidate>
                <label class="field">
                    <span class="field-label">{t!(i18n, settings.station_name)}</span>
                    <input
                        type="text"
                        id="station-name"
                        maxlength="24"
                        autocomplete="off"
                        prop:value=move || name.get()
                        on:input:target=move |ev| {
                            name.set(ev.target().value());
                            saved.set(false);
                        }
                    />
                </label>
                <div class="actions">
                    <button type="submit" class="btn btn-primary">
                        <Icon icon=icondata::LuSave />
                        <span>{t!(i18n, settings.station_name_save)}</span>
                    </button>
                    <span class="saved" role="status">
                        {move || saved.get().then(|| view! {
                            <Icon icon=icondata::LuCheck />
                            <span>{td_string!(i18n.get_locale(), settings.saved)}</span>
                        })}
                    </span>
                </div>
            </form>
        </section>
    }
}

/// The commission rate and the station clock (sped up or paused for training).
#[component]
fn StationClock() -> impl IntoView {
    let i18n = use_i18n();
    let app = use_app();
    let rate = RwSignal::new(percent_text(
        app.settings.with_untracked(|s| s.commission_bp),
    ));
    let rate_bad = RwSignal::new(false);
    let save_rate = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        match parse_percent(&rate.get_untracked()) {
            Some(bp) => {
                rate_bad.set(false);
                app.update_settings(|s| s.commission_bp = bp);
            }
            None => rate_bad.set(true),
        }
    };
    view! {
        <section class="settings-section">
            <form on:submit=save_rate novalidate>
                <label class="field">
                    <span class="field-label">{t!(i18n, commission.rate_label)}</span>
                    <input type="text" inputmode="decimal" class="rate-input" bind:value=rate aria-invalid=move || rate_bad.get().to_string() />
                </label>
                <p class="field-error" role="alert">
                    {move || rate_bad.get().then(|| td_string!(i18n.get_locale(), commission.rate_bad))}
                </p>
                <div class="actions">
                    <button type="submit" class="btn btn-primary">
                        <Icon icon=icondata::LuCheck />
                        <span>{t!(i18n, commission.save)}</span>
                    </button>
                </div>
            </form>
            <ClockControl />
        </section>
    }
}

/// Reads a commission rate typed as a percent ("3", "2.5", "2.75%") into basis points, 0–20 %.
/// Integer arithmetic only (no float parser or printer in the wasm).
fn parse_percent(s: &str) -> Option<u32> {
    let s = s.trim().trim_end_matches(['%', '％']).trim();
    let (whole, frac) = s.split_once(['.', '。']).unwrap_or((s, ""));
    if whole.is_empty() && frac.is_empty() || frac.len() > 2 {
        return None;
    }
    let digits = |d: &str| d.bytes().all(|b| b.is_ascii_digit());
    if !digits(whole) || !digits(frac) {
        return None;
    }
    let whole: u32 = if whole.is_empty() {
        0
    } else {
        whole.parse().ok()?
    };
    let frac: u32 = format!("{frac:0<2}").parse().ok()?;
    let bp = whole.checked_mul(100)?.checked_add(frac)?;
    (bp <= 2_000).then_some(bp)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn percents_read_and_print_without_floats() {
        assert_eq!(parse_percent("3"), Some(300));
        assert_eq!(parse_percent(" 2.5 % "), Some(250));
        assert_eq!(parse_percent("2.75"), Some(275));
        assert_eq!(parse_percent(".5"), Some(50));
        assert_eq!(parse_percent("20"), Some(2_000));
        for bad in ["", ".", "21", "2.755", "-1", "abc", "1e2", "99999999999"] {
            assert_eq!(parse_percent(bad), None, "{bad}");
        }
        assert_eq!(percent_text(300), "3");
        assert_eq!(percent_text(250), "2.5");
        assert_eq!(percent_text(275), "2.75");
    }
}

/// Save data, and what the tablet keeps: storage used of the quota, and whether it is persistent.
#[component]
fn OfflineSection() -> impl IntoView {
    let i18n = use_i18n();
    let app = use_app();
    let save_data = RwSignal::new(app.settings.with_untracked(|s| s.save_data));
    let usage = LocalResource::new(crate::store::pwa::estimate);
    view! {
        <section class="settings-section">
            <label class="choice">
                <input
                    type="checkbox"
                    prop:checked=move || save_data.get()
                    on:change=move |_| {
                        let on = !save_data.get_untracked();
                        save_data.set(on);
                        app.update_settings(|s| s.save_data = on);
                    }
                />
                <span>{t!(i18n, settings.save_data)}</span>
            </label>
            <p class="muted">
                {move || {
                    usage
                        .get()
                        .flatten()
                        .map(|(used, quota)| {
                            td_string!(i18n.get_locale(), settings.storage, used = used, quota = quota).to_string()
                        })
                }}
            </p>
            <p class="muted">
                {move || match app.pwa.persisted.get() {
                    Some(true) => Some(td_string!(i18n.get_locale(), settings.persisted)),
                    Some(false) => Some(td_string!(i18n.get_locale(), settings.not_persisted)),
                    None => None,
                }}
            </p>
        </section>
    }
}
