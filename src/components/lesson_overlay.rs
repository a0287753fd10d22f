use leptos::prelude::*;
use leptos_router::hooks::use_location;

use crate::components::icon::{Icon, IconButton};
use crate::components::speak_button::use_voice;
use crate::domain::lesson::{
    Advance, Lead, Lesson, Rect, Snapshot, Spot, Watch, clip, ring, scroll_by, veil,
};
use crate::i18n::*;
use crate::routes::Route;
use crate::store::AppContext;
use crate::store::use_app;
use crate::words::lesson::{lead_text, lesson_title, step_text};

/// The elements of a spot that are drawn (not hidden, not empty).
fn drawn(spot: Spot) -> Vec<(web_sys::Element, Rect)> {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
        return Vec::new();
    };
    let Ok(list) = doc.query_selector_all(&spot.selector()) else {
        return Vec::new();
    };
    (0..list.length())
        .filter_map(|i| list.item(i))
        .filter_map(|node| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(node).ok())
        .filter_map(|el| {
            let r = el.get_bounding_client_rect();
            (r.width() > 0.0 && r.height() > 0.0)
                .then(|| (el, [r.left(), r.top(), r.width(), r.height()]))
        })
        .collect()
}

/// The app as a lesson sees it now (read without tracking: the lesson polls). Only the step's
/// own spots are looked up on screen.
fn snapshot(app: &AppContext, path: String, probes: &[Spot]) -> Snapshot {
    let station = app.station;
    let serving = station.serving.get_untracked();
    let (cart_lines, cart_pieces) = station.carts.with_untracked(|all| {
        let lines = serving.as_ref().map_or(0, |id| {
            all.iter()
                .find(|c| &c.villager_id == id)
                .map_or(0, |c| c.cart.lines.len())
        });
        (lines, all.iter().map(|c| c.cart.totals().items).sum())
    });
    station.orders.with_untracked(|orders| Snapshot {
        path,
        serving,
        cart_lines,
        cart_pieces,
        orders: orders.len(),
        unsent: orders.iter().filter(|o| o.waiting()).count(),
        handed_over: orders.iter().filter(|o| o.picked_up_at.is_some()).count(),
        returns: orders.iter().filter(|o| o.returned.is_some()).count(),
        network_off: station.network_off.get_untracked(),
        spoken: app.spoken.get_untracked(),
        shown: probes
            .iter()
            .copied()
            .filter(|s| !drawn(*s).is_empty())
            .collect(),
    })
}

/// Where the light is: a ring per lit element, and the window it was measured in.
#[derive(Clone, Debug, Default, PartialEq)]
struct Light {
    rings: Vec<Rect>,
    window: (f64, f64),
}

/// At most this many rings (a long list of products: those on screen are enough).
const MAX_RINGS: usize = 24;

/// Lights every element of `spot` on screen: below the sticky bars and above the lesson's card
/// (`card`, which always sits at the bottom of the window; beside it, down to the window's
/// bottom). The first time a step lights a spot and none of its elements shows whole there, the
/// first one is scrolled there; after that, scrolling is the trainee's.
fn light(spot: Spot, scroll: bool, card: Option<Rect>) -> (Light, bool) {
    let Some(window) = web_sys::window() else {
        return (Light::default(), false);
    };
    let size = |v: Result<wasm_bindgen::JsValue, _>, or: f64| {
        v.ok().and_then(|v| v.as_f64()).unwrap_or(or)
    };
    let (width, height) = (
        size(window.inner_width(), 1280.0),
        size(window.inner_height(), 800.0),
    );
    // The sticky bars cover the top of the page: what is under them is not on screen.
    let bars = window
        .document()
        .and_then(|d| d.query_selector(".bars").ok().flatten())
        .map_or(0.0, |b| b.get_bounding_client_rect().bottom());
    // The free band an element can show in: under the bars (unless it is in them), above the
    // card where the card is.
    let band = |el: &web_sys::Element, r: &Rect| {
        let top = if el.closest(".bars").ok().flatten().is_some() {
            0.0
        } else {
            bars
        };
        let bottom = card
            .filter(|[x, _, w, _]| r[0] < x + w && r[0] + r[2] > *x)
            .map_or(height, |c| c[1].min(height));
        (top, bottom)
    };
    let mut elements = drawn(spot);
    let mut scrolled = false;
    if scroll && let Some((el, r)) = elements.first() {
        let whole = elements.iter().any(|(el, r)| {
            let (top, bottom) = band(el, r);
            scroll_by(*r, top, bottom) == 0.0
        });
        let dy = if whole {
            0.0
        } else {
            let (top, bottom) = band(el, r);
            scroll_by(*r, top, bottom)
        };
        if dy.abs() >= 1.0 {
            window.scroll_by_with_x_and_y(0.0, dy);
            elements = drawn(spot);
        }
        scrolled = true;
    }
    let rings: Vec<Rect> = elements
        .iter()
        .filter_map(|(el, r)| {
            let (top, bottom) = band(el, r);
            clip(*r, width, top, bottom)
        })
        .take(MAX_RINGS)
        .map(|r| ring(r, width, height))
        .collect();
    (
        Light {
            rings,
            window: (width, height),
        },
        scrolled,
    )
}

/// Tells the page how tall the lesson's card is (`--lesson-room`, 0: no card), so what sticks to
/// the bottom of the screen (the decide bar with ✓) stands above the card, within reach.
fn set_room(px: i32) {
    let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
        .and_then(|e| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(e).ok())
    else {
        return;
    };
    let style = root.style();
    let _ = if px > 0 {
        style.set_property("--lesson-room", &format!("{px}px"))
    } else {
        style.remove_property("--lesson-room").map(|_| ())
    };
}

/// The lesson under way, over the real screens: what to touch is lit and the rest dimmed
/// (touches still reach the app) — on the screen the trainee is on, or the way there when the
/// step is elsewhere — the step is written and spoken, and it is done when the trainee has done
/// it. Which step, what is lit and what counts are decided in `domain::lesson`.
#[component]
pub fn LessonOverlay() -> impl IntoView {
    let i18n = use_i18n();
    let app = use_app();
    let trainer = app.trainer;
    let location = use_location();
    let current = Memo::new(move |_| trainer.current());
    let lit = RwSignal::new(Light::default());
    let lead = RwSignal::new(None::<Lead>);
    let finished = RwSignal::new(None::<Lesson>);
    let card = NodeRef::<leptos::html::Section>::new();
    // Room under the page as tall as the card, so the end of any screen can scroll above it.
    let room = RwSignal::new(0_i32);
    // The step being watched, from the moment it began.
    let watch = StoredValue::new(None::<Watch>);
    // The step and spot already brought into view (scrolled once, then left to the trainee).
    let shown_once = StoredValue::new(None::<((Lesson, usize), Spot)>);
    let voice = use_voice();
    let say = move |text: &str| voice.instruct(text);
    let words = move |locale: Locale, lesson: Lesson, n: usize, lead: Option<Lead>| {
        let step = step_text(locale, lesson, n);
        // Chinese runs its sentences together; English puts a space between them.
        let gap = if locale == Locale::zh_CN { "" } else { " " };
        match lead {
            Some(lead) => format!("{}{gap}{step}", lead_text(locale, lead)),
            None => step,
        }
    };
    // A step begins: from `start`, the app as it is now (for a step after another, the moment
    // the one before was done: what its tap caused is where this one starts).
    let begin = move |lesson: Lesson, n: usize, start: Snapshot| {
        let first = lesson.steps()[n].guide(&start).lead;
        watch.set_value(Some(Watch::begin((lesson, n), start)));
        say(&words(i18n.get_locale_untracked(), lesson, n, first));
    };
    let tick = move || {
        let Some((lesson, n)) = current.get_untracked() else {
            if room.get_untracked() != 0 {
                room.set(0);
                set_room(0);
            }
            lit.set(Light::default());
            lead.set(None);
            watch.set_value(None);
            return;
        };
        let Some(step) = lesson.steps().get(n).copied() else {
            trainer.stop();
            return;
        };
        let path = location.pathname.get_untracked();
        let now = snapshot(&app, path.clone(), &step.probes());
        if watch.with_value(|w| w.as_ref().map(|w| w.at)) != Some((lesson, n)) {
            finished.set(None);
            begin(lesson, n, now.clone());
        }
        let mut done = false;
        watch.update_value(|w| {
            if let Some(w) = w {
                done = w.check(&now);
            }
        });
        if done {
            match trainer.advance() {
                Some(Advance::Finished) => {
                    watch.set_value(None);
                    finished.set(Some(lesson));
                    say(tu_string!(i18n, lesson.finished));
                }
                Some(Advance::Next(m)) => {
                    begin(lesson, m, snapshot(&app, path, &lesson.steps()[m].probes()));
                }
                None => {}
            }
            lit.set(Light::default());
            lead.set(None);
            return;
        }
        let guide = step.guide(&now);
        if lead.get_untracked() != guide.lead {
            lead.set(guide.lead);
        }
        let card_rect = card.get_untracked().map(|c| {
            let height = c.offset_height() + 24;
            if room.get_untracked() != height {
                room.set(height);
                set_room(height);
            }
            let r = c.get_bounding_client_rect();
            [r.left(), r.top(), r.width(), r.height()]
        });
        let first_time = shown_once.get_value() != Some(((lesson, n), guide.spot));
        let (light, scrolled) = light(guide.spot, first_time, card_rect);
        if scrolled {
            shown_once.set_value(Some(((lesson, n), guide.spot)));
        }
        if lit.with_untracked(|l| *l != light) {
            lit.set(light);
        }
    };
    let _ticker = leptos_use::use_interval_fn(tick, 300);
    let step_words = move || {
        current
            .get()
            .map(|(lesson, n)| step_text(i18n.get_locale(), lesson, n))
    };
    let lead_words = move || lead.get().map(|l| lead_text(i18n.get_locale(), l));
    let progress = move || {
        current.get().map(|(lesson, n)| {
            t_string!(
                i18n,
                lesson.progress,
                lesson = lesson_title(i18n.get_locale(), lesson),
                n = n + 1,
                total = lesson.steps().len()
            )
            .to_string()
        })
    };
    // Written through the CSSOM (never a style attribute: the CSP allows none).
    let px = move |i: usize, k: usize| {
        let v = lit.with(|l| l.rings.get(i).map_or(0, |r| r[k].round() as i64));
        format!("{v}px")
    };
    view! {
        <Show when=move || current.get().is_some() && lit.with(|l| !l.rings.is_empty())>
            <div
                class="lesson-veil"
                aria-hidden="true"
                style:clip-path=move || lit.with(|l| veil(&l.rings, l.window.0, l.window.1))
            ></div>
            <For each=move || 0..lit.with(|l| l.rings.len()) key=|i| *i let:i>
                <div
                    class="lesson-spot"
                    aria-hidden="true"
                    style:left=move || px(i, 0)
                    style:top=move || px(i, 1)
                    style:width=move || px(i, 2)
                    style:height=move || px(i, 3)
                ></div>
            </For>
        </Show>
        <Show when=move || current.get().is_some()>
            <div class="lesson-room" aria-hidden="true" style:height=move || format!("{}px", room.get())></div>
            <section
                class="lesson-card"
                node_ref=card
                aria-label=move || t_string!(i18n, lesson.card_label)
            >
                <p class="lesson-progress">{progress}</p>
                <div aria-live="polite">
                    <Show when=move || lead.with(Option::is_some)>
                        <p class="lesson-lead">
                            <Icon icon=icondata::LuSignpost />
                            <span>{lead_words}</span>
                        </p>
                    </Show>
                    <p class="lesson-text">{step_words}</p>
                </div>
                <div class="actions">
                    <IconButton icon=icondata::LuVolume2 on_click=move |_| {
                            if let Some((lesson, n)) = current.get_untracked() {
                                say(&words(i18n.get_locale_untracked(), lesson, n, lead.get_untracked()));
                            }
                        }>{t!(i18n, lesson.again)}</IconButton>
                    <IconButton icon=icondata::LuX on_click=move |_| trainer.stop()>{t!(i18n, lesson.stop)}</IconButton>
                </div>
            </section>
        </Show>
        <Show when=move || finished.get().is_some() && current.get().is_none()>
            <section class="lesson-card lesson-done" aria-label=move || t_string!(i18n, lesson.card_label)>
                <p class="lesson-text" role="status">
                    <Icon icon=icondata::LuCircleCheck />
                    <span>
                        {move || {
                            finished
                                .get()
                                .map(|l| {
                                    t_string!(
                                        i18n, lesson.done, lesson = lesson_title(i18n.get_locale(), l)
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
                    <IconButton icon=icondata::LuCheck on_click=move |_| finished.set(None)>{t!(i18n, lesson.close)}</IconButton>
                </div>
            </section>
        </Show>
    }
}
