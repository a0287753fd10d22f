//! The station's own settings: its name, the commission rate and the station clock.

use leptos::prelude::*;

use crate::components::clock_control::ClockControl;
use crate::components::icon::Icon;
use crate::components::save_row::SaveRow;
use crate::domain::commission::percent_text;
use crate::i18n::*;
use crate::store::use_app;

/// The station's name, carried in the link to a villager's parcel ("collect it at …").
#[component]
pub(super) fn StationName() -> impl IntoView {
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
                <SaveRow label=t_signal!(i18n, settings.station_name_save) saved />
            </form>
        </section>
    }
}

/// The commission rate and the station clock (sped up or paused for training).
#[component]
pub(super) fn StationClock() -> impl IntoView {
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
                    {move || rate_bad.get().then(|| t_string!(i18n, commission.rate_bad))}
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
