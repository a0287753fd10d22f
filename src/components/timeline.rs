use leptos::prelude::*;

use crate::components::icon::Icon;
use crate::components::speak_button::SpeakButton;
use crate::domain::logistics::{Stage, days_until};
use crate::domain::parcel::tracking;
use crate::domain::station::Order;
use crate::i18n::*;
use crate::platform::local_offset_minutes;
use crate::store::use_app;
use crate::words::{eta_words, parcel_speech, reason_word, stage_word, when_text};

/// The picture of a parcel's stage (a stage is never told by colour alone).
pub fn stage_icon(stage: Stage) -> icondata::Icon {
    match stage {
        Stage::Accepted => icondata::LuClipboardCheck,
        Stage::LeftWarehouse => icondata::LuWarehouse,
        Stage::CountyCentre => icondata::LuBuilding2,
        Stage::OnTheWay => icondata::LuTruck,
        Stage::AtStation => icondata::LuStore,
        Stage::PickedUp => icondata::LuHandshake,
        Stage::Returned => icondata::LuUndo2,
    }
}

/// Where an order's parcel is: one big icon per stage with its time, the current stage marked
/// with a word (never colour alone), the expected arrival in days, and a speaker that says both.
#[component]
pub fn Timeline(#[prop(into)] order: Signal<Option<Order>>) -> impl IntoView {
    let i18n = use_i18n();
    let station = use_app().station;
    let state = Memo::new(move |_| {
        let now = station.now.get();
        order.with(|o| o.as_ref().and_then(|o| tracking(o, now)))
    });
    let eta_days = move || {
        let now = station.now.get();
        state.with(|t| {
            t.as_ref()
                .and_then(|t| t.eta)
                .map(|eta| days_until(now, eta, local_offset_minutes()))
        })
    };
    let speech = Signal::derive(move || {
        state
            .with(|t| t.as_ref().map(|t| t.stage))
            .map(|stage| parcel_speech(i18n.get_locale(), stage, eta_days()))
            .unwrap_or_default()
    });
    let rows = move || {
        let locale = i18n.get_locale();
        let t = state.get()?;
        // Every stage up to the station, then how it ended (if it has).
        let mut stages: Vec<Stage> = Stage::ALL[..5].to_vec();
        if matches!(t.stage, Stage::PickedUp | Stage::Returned) {
            stages.push(t.stage);
        }
        let items = stages
            .into_iter()
            .map(|stage| {
                let at = t.events.iter().find(|(s, _)| *s == stage).map(|(_, at)| *at);
                let current = stage == t.stage;
                let class = match (current, at.is_some()) {
                    (true, _) => "stage stage-now",
                    (false, true) => "stage stage-done",
                    (false, false) => "stage stage-next",
                };
                view! {
                    <li class=class aria-current=current.then_some("step")>
                        <span class="stage-icon"><Icon icon=stage_icon(stage) /></span>
                        <span class="stage-word">{stage_word(locale, stage)}</span>
                        {current.then(|| view! { <span class="badge stage-badge">{td_string!(locale, track.now)}</span> })}
                        <span class="muted stage-time">
                            {at.map(|at| when_text(locale, at, station.now.get_untracked(), local_offset_minutes()))}
                        </span>
                    </li>
                }
            })
            .collect::<Vec<_>>();
        Some(items)
    };
    let returned = move || {
        order.with(|o| {
            o.as_ref()
                .and_then(|o| o.returned.as_ref())
                .map(|r| (r.reason, r.at))
        })
    };
    view! {
        <section class="timeline" aria-labelledby="track-title">
            <div class="page-head">
                <h2 id="track-title">{t!(i18n, track.title)}</h2>
                <Show when=move || state.with(Option::is_some)>
                    <SpeakButton
                        text=speech
                        label=Signal::derive(move || format!("{}: {}", t_string!(i18n, speak.button), t_string!(i18n, track.title)))
                        lesson="timeline-speak"
                    />
                </Show>
            </div>
            <Show
                when=move || state.with(Option::is_some)
                fallback=move || view! { <p class="muted">{t!(i18n, track.not_sent)}</p> }
            >
                <p class="eta">{move || eta_days().map(|d| eta_words(i18n.get_locale(), d))}</p>
                <ol class="stages">{rows}</ol>
                {move || {
                    returned()
                        .map(|(reason, at)| {
                            view! {
                                <p class="notice notice-warn">
                                    <Icon icon=icondata::LuUndo2 />
                                    <span>
                                        {t_string!(i18n, track.return_started, reason = reason_word(i18n.get_locale(), reason)).to_string()}
                                        " · "
                                        {when_text(i18n.get_locale(), at, station.now.get_untracked(), local_offset_minutes())}
                                    </span>
                                </p>
                            }
                        })
                }}
            </Show>
        </section>
    }
}
