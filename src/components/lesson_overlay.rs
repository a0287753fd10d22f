use leptos::prelude::*;
use leptos_router::hooks::use_location;

use crate::components::icon::Icon;
use crate::domain::demo::DEMO_PICKUP_CODE;
use crate::domain::lesson::{Advance, Done, Lesson, Snapshot};
use crate::i18n::*;
use crate::pages::Route;
use crate::store::AppContext;
use crate::store::use_app;
use crate::voice::hints::lang_of;
use crate::voice::speech::{speak_instruction, spoken_count};

/// A lesson's name.
pub fn lesson_title(locale: Locale, lesson: Lesson) -> String {
    match lesson {
        Lesson::FindProduct => td_string!(locale, lesson.find_product_title),
        Lesson::BuildOrder => td_string!(locale, lesson.build_order_title),
        Lesson::OrderOffline => td_string!(locale, lesson.order_offline_title),
        Lesson::TrackParcel => td_string!(locale, lesson.track_parcel_title),
        Lesson::HandOver => td_string!(locale, lesson.hand_over_title),
        Lesson::StartReturn => td_string!(locale, lesson.start_return_title),
    }
    .to_string()
}

/// What step `n` (0-based) of a lesson asks, in words (each key is checked when compiling).
pub fn step_text(locale: Locale, lesson: Lesson, n: usize) -> String {
    let text = match (lesson, n) {
        (Lesson::FindProduct, 0) => td_string!(locale, lesson.find_product_1),
        (Lesson::FindProduct, 1) => td_string!(locale, lesson.find_product_2),
        (Lesson::FindProduct, 2) => td_string!(locale, lesson.find_product_3),
        (Lesson::FindProduct, 3) => td_string!(locale, lesson.find_product_4),
        (Lesson::FindProduct, _) => td_string!(locale, lesson.find_product_5),
        (Lesson::BuildOrder, 0) => td_string!(locale, lesson.build_order_1),
        (Lesson::BuildOrder, 1) => td_string!(locale, lesson.build_order_2),
        (Lesson::BuildOrder, 2) => td_string!(locale, lesson.build_order_3),
        (Lesson::BuildOrder, _) => td_string!(locale, lesson.build_order_4),
        (Lesson::OrderOffline, 0) => td_string!(locale, lesson.order_offline_1),
        (Lesson::OrderOffline, 1) => td_string!(locale, lesson.order_offline_2),
        (Lesson::OrderOffline, 2) => td_string!(locale, lesson.order_offline_3),
        (Lesson::OrderOffline, 3) => td_string!(locale, lesson.order_offline_4),
        (Lesson::OrderOffline, 4) => td_string!(locale, lesson.order_offline_5),
        (Lesson::OrderOffline, 5) => td_string!(locale, lesson.order_offline_6),
        (Lesson::OrderOffline, _) => td_string!(locale, lesson.order_offline_7),
        (Lesson::TrackParcel, 0) => td_string!(locale, lesson.track_parcel_1),
        (Lesson::TrackParcel, 1) => td_string!(locale, lesson.track_parcel_2),
        (Lesson::TrackParcel, _) => td_string!(locale, lesson.track_parcel_3),
        (Lesson::HandOver, 0) => td_string!(locale, lesson.hand_over_1),
        (Lesson::HandOver, 1) => td_string!(locale, lesson.hand_over_2),
        (Lesson::HandOver, _) => {
            return td_string!(locale, lesson.hand_over_3, code = DEMO_PICKUP_CODE).to_string();
        }
        (Lesson::StartReturn, 0) => td_string!(locale, lesson.start_return_1),
        (Lesson::StartReturn, 1) => td_string!(locale, lesson.start_return_2),
        (Lesson::StartReturn, _) => td_string!(locale, lesson.start_return_3),
    };
    text.to_string()
}

fn target_element(target: &str) -> Option<web_sys::Element> {
    let doc = web_sys::window()?.document()?;
    doc.query_selector(&format!("[data-lesson=\"{target}\"]"))
        .ok()
        .flatten()
}

/// Where a target is on screen (left, top, width, height), if it is shown.
fn target_rect(target: &str) -> Option<[f64; 4]> {
    let r = target_element(target)?.get_bounding_client_rect();
    (r.width() > 0.0 && r.height() > 0.0).then(|| [r.left(), r.top(), r.width(), r.height()])
}

/// The app as a lesson sees it now (read without tracking: the lesson polls). Only the target the
/// step waits for is looked up on screen.
fn snapshot(app: &AppContext, path: String, waits_for: Option<&'static str>) -> Snapshot {
    let station = app.station;
    let serving = station.serving.get_untracked();
    let cart_lines = serving.as_ref().map_or(0, |id| {
        station.carts.with_untracked(|all| {
            all.iter()
                .find(|c| &c.villager_id == id)
                .map_or(0, |c| c.cart.lines.len())
        })
    });
    station.orders.with_untracked(|orders| Snapshot {
        path,
        serving: serving.is_some(),
        cart_lines,
        orders: orders.len(),
        unsent: orders.iter().filter(|o| o.waiting()).count(),
        handed_over: orders.iter().filter(|o| o.picked_up_at.is_some()).count(),
        returns: orders.iter().filter(|o| o.returned.is_some()).count(),
        network_off: station.network_off.get_untracked(),
        spoken: spoken_count(),
        shown: waits_for
            .filter(|t| target_rect(t).is_some())
            .into_iter()
            .collect(),
    })
}

/// The lesson under way, over the real screens: the thing to touch is lit and the rest dimmed
/// (touches still reach the app), the step is written and spoken, and it is done when the trainee
/// has done it.
#[component]
pub fn LessonOverlay() -> impl IntoView {
    let i18n = use_i18n();
    let app = use_app();
    let trainer = app.trainer;
    let location = use_location();
    let current = Memo::new(move |_| trainer.current());
    let spot = RwSignal::new(None::<[f64; 4]>);
    let finished = RwSignal::new(None::<Lesson>);
    // The step being watched and the app as it was when that step began.
    let begun = StoredValue::new(None::<((Lesson, usize), Snapshot)>);
    let say = move |text: &str| {
        let rate = app.settings.with_untracked(|s| s.speech_rate.factor());
        speak_instruction(text, lang_of(i18n.get_locale_untracked()), rate);
    };
    let tick = move || {
        let Some((lesson, n)) = current.get_untracked() else {
            spot.set(None);
            begun.set_value(None);
            return;
        };
        let Some(step) = lesson.steps().get(n).copied() else {
            trainer.stop();
            return;
        };
        let waits_for = match step.done {
            Done::Shown(t) => Some(t),
            _ => None,
        };
        let now = snapshot(&app, location.pathname.get_untracked(), waits_for);
        let start = begun.with_value(|b| {
            b.as_ref()
                .filter(|(at, _)| *at == (lesson, n))
                .map(|(_, s)| s.clone())
        });
        let start = match start {
            Some(start) => start,
            None => {
                // A new step: say it, bring its target into view, remember where the app was.
                finished.set(None);
                say(&step_text(i18n.get_locale_untracked(), lesson, n));
                if let Some(el) = target_element(step.target) {
                    el.scroll_into_view_with_bool(false);
                }
                begun.set_value(Some(((lesson, n), now.clone())));
                now.clone()
            }
        };
        if step.done.met(&start, &now) {
            if trainer.advance() == Some(Advance::Finished) {
                finished.set(Some(lesson));
                say(td_string!(i18n.get_locale_untracked(), lesson.finished));
            }
            spot.set(None);
            return;
        }
        let rect = target_rect(step.target);
        if spot.get_untracked() != rect {
            spot.set(rect);
        }
    };
    let _ticker = leptos_use::use_interval_fn(tick, 300);
    let step_words = move || {
        current
            .get()
            .map(|(lesson, n)| step_text(i18n.get_locale(), lesson, n))
    };
    let progress = move || {
        current.get().map(|(lesson, n)| {
            td_string!(
                i18n.get_locale(),
                lesson.progress,
                lesson = lesson_title(i18n.get_locale(), lesson),
                n = n + 1,
                total = lesson.steps().len()
            )
            .to_string()
        })
    };
    // The card sits away from the lit target: at the top when the target is low on screen.
    let card_at_top = move || {
        spot.get().is_some_and(|[_, top, _, h]| {
            let height = web_sys::window()
                .and_then(|w| w.inner_height().ok())
                .and_then(|h| h.as_f64())
                .unwrap_or(800.0);
            top + h / 2.0 > height / 2.0
        })
    };
    // Written through the CSSOM (never a style attribute: the CSP allows none).
    let px = move |i: usize, pad: i32| {
        let v = spot.get().unwrap_or_default()[i] as i32;
        format!("{}px", v + pad)
    };
    view! {
        <Show when=move || spot.get().is_some() && current.get().is_some()>
            <div
                class="lesson-spot"
                aria-hidden="true"
                style:left=move || px(0, -6)
                style:top=move || px(1, -6)
                style:width=move || px(2, 12)
                style:height=move || px(3, 12)
            ></div>
        </Show>
        <Show when=move || current.get().is_some()>
            <section
                class="lesson-card"
                class:lesson-card-top=card_at_top
                aria-label=move || td_string!(i18n.get_locale(), lesson.card_label)
            >
                <p class="lesson-progress">{progress}</p>
                <p class="lesson-text" aria-live="polite">{step_words}</p>
                <div class="actions">
                    <button
                        type="button"
                        class="btn"
                        on:click=move |_| {
                            if let Some(text) = step_words() {
                                say(&text);
                            }
                        }
                    >
                        <Icon icon=icondata::LuVolume2 />
                        <span>{t!(i18n, lesson.again)}</span>
                    </button>
                    <button type="button" class="btn" on:click=move |_| trainer.stop()>
                        <Icon icon=icondata::LuX />
                        <span>{t!(i18n, lesson.stop)}</span>
                    </button>
                </div>
            </section>
        </Show>
        <Show when=move || finished.get().is_some() && current.get().is_none()>
            <section class="lesson-card lesson-done" aria-label=move || td_string!(i18n.get_locale(), lesson.card_label)>
                <p class="lesson-text" role="status">
                    <Icon icon=icondata::LuCircleCheck />
                    <span>
                        {move || {
                            finished
                                .get()
                                .map(|l| {
                                    td_string!(
                                        i18n.get_locale(), lesson.done, lesson = lesson_title(i18n.get_locale(), l)
                                    )
                                        .to_string()
                                })
                        }}
                    </span>
                </p>
                <div class="actions">
                    <a href=Route::Trainer.path() class="btn btn-primary" on:click=move |_| finished.set(None)>
                        <Icon icon=icondata::LuGraduationCap />
                        <span>{t!(i18n, lesson.next)}</span>
                    </a>
                    <button type="button" class="btn" on:click=move |_| finished.set(None)>
                        <Icon icon=icondata::LuCheck />
                        <span>{t!(i18n, lesson.close)}</span>
                    </button>
                </div>
            </section>
        </Show>
    }
}
