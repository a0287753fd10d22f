use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::components::clock_control::ClockControl;
use crate::components::confirm_button::ConfirmButton;
use crate::components::icon::Icon;
use crate::components::page_heading::PageHeading;
use crate::components::partner_gate::TrainerGate;
use crate::domain::lesson::Lesson;
use crate::i18n::*;
use crate::store::trainer::{DemoError, enter_demo, leave_demo, reset_demo};
use crate::store::use_app;
use crate::words::lesson::lesson_title;

fn demo_error_text(locale: Locale, e: &DemoError) -> String {
    match e {
        DemoError::Catalogue(_) => td_string!(locale, trainer.err_catalogue),
        DemoError::Storage(_) => td_string!(locale, trainer.err_storage),
    }
    .to_string()
}

/// The trainer's screen. On the real station: the trainer's PIN, then "open the demo station".
/// On the demo station: trainees and lessons, the clock, the presenter view, reset and leave.
#[component]
pub fn TrainerPage() -> impl IntoView {
    let app = use_app();
    view! {
        {if app.trainer.demo {
            view! { <DemoDesk /> }.into_any()
        } else {
            view! {
                <TrainerGate>
                    <EnterDemo />
                </TrainerGate>
            }
                .into_any()
        }}
    }
}

/// Runs a demo action, showing a failure in words.
fn run_demo(
    busy: RwSignal<bool>,
    error: RwSignal<Option<String>>,
    locale: Locale,
    action: impl std::future::Future<Output = Result<(), DemoError>> + 'static,
) {
    if busy.get_untracked() {
        return;
    }
    busy.set(true);
    spawn_local(async move {
        if let Err(e) = action.await {
            error.try_set(Some(demo_error_text(locale, &e)));
        }
        busy.try_set(false);
    });
}

#[component]
fn EnterDemo() -> impl IntoView {
    let i18n = use_i18n();
    let busy = RwSignal::new(false);
    let error = RwSignal::new(None::<String>);
    let enter = move |_| {
        let locale = i18n.get_locale_untracked();
        run_demo(busy, error, locale, enter_demo(Some(locale.to_string())));
    };
    view! {
        <PageHeading
            title=t_signal!(i18n, trainer.title)
            hint=t_signal!(i18n, trainer.enter_hint)
        />
        <p>{t!(i18n, trainer.enter_hint)}</p>
        <p class="field-error" role="alert">{move || error.get()}</p>
        <div class="actions">
            <button type="button" class="btn btn-primary btn-big" disabled=move || busy.get() on:click=enter>
                <Icon icon=icondata::LuGraduationCap />
                <span>{t!(i18n, trainer.enter)}</span>
            </button>
        </div>
    }
}

#[component]
fn DemoDesk() -> impl IntoView {
    let i18n = use_i18n();
    let app = use_app();
    let trainer = app.trainer;
    let busy = RwSignal::new(false);
    let error = RwSignal::new(None::<String>);
    let reset = move |_| {
        let locale = i18n.get_locale_untracked();
        run_demo(busy, error, locale, reset_demo(Some(locale.to_string())));
    };
    let leave = move |_| {
        if leave_demo().is_err() {
            error.set(Some(tu_string!(i18n, trainer.err_storage).to_string()));
        }
    };
    view! {
        <PageHeading
            title=t_signal!(i18n, trainer.title)
            hint=t_signal!(i18n, trainer.desk_hint)
        />
        <p class="field-error" role="alert">{move || error.get()}</p>
        <Trainees />
        <section class="settings-section">
            <h2>{t!(i18n, trainer.class_tools)}</h2>
            <label class="choice">
                <input
                    type="checkbox"
                    prop:checked=move || trainer.presenter.get()
                    on:change=move |ev| trainer.set_presenter(event_target_checked(&ev))
                />
                <span>{t!(i18n, trainer.presenter)}</span>
            </label>
            <div class="actions">
                <ConfirmButton
                    label=t_signal!(i18n, trainer.reset)
                    question=t_signal!(i18n, trainer.reset_question)
                    on_confirm=reset
                    icon=icondata::LuRotateCcw
                />
                <button type="button" class="btn" on:click=leave>
                    <Icon icon=icondata::LuLogOut />
                    <span>{t!(i18n, trainer.leave)}</span>
                </button>
            </div>
        </section>
        <section class="settings-section">
            <ClockControl />
        </section>
    }
}

/// Who is at the tablet, and their lessons: start, go on, or start again.
#[component]
fn Trainees() -> impl IntoView {
    let i18n = use_i18n();
    let trainer = use_app().trainer;
    let name = RwSignal::new(String::new());
    let bad_name = RwSignal::new(false);
    let pick = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let ok = trainer.pick_trainee(&name.get_untracked());
        bad_name.set(!ok);
        if ok {
            name.set(String::new());
        }
    };
    view! {
        <section class="settings-section">
            <h2>{t!(i18n, trainer.lessons)}</h2>
            <Show when=move || !trainer.trainees.with(Vec::is_empty)>
                <div class="choices-row" role="radiogroup" aria-label=move || t_string!(i18n, trainer.who)>
                    <For each=move || trainer.trainees.get() key=|t| t.name.clone() let:t>
                        {
                            let who = t.name.clone();
                            let label = t.name.clone();
                            view! {
                                <label class="choice">
                                    <input
                                        type="radio"
                                        name="trainee"
                                        prop:checked={
                                            let who = who.clone();
                                            move || trainer.trainee.get().as_deref() == Some(who.as_str())
                                        }
                                        on:change=move |_| {
                                            trainer.pick_trainee(&who);
                                        }
                                    />
                                    <span>{label}</span>
                                </label>
                            }
                        }
                    </For>
                </div>
            </Show>
            <form class="inline-form" novalidate on:submit=pick>
                <label class="field">
                    <span class="field-label">{t!(i18n, trainer.new_trainee)}</span>
                    <input type="text" maxlength="20" bind:value=name aria-invalid=move || bad_name.get().to_string() />
                </label>
                <button type="submit" class="btn">
                    <Icon icon=icondata::LuUserPlus />
                    <span>{t!(i18n, trainer.add_trainee)}</span>
                </button>
            </form>
            <p class="field-error" role="alert">
                {move || bad_name.get().then(|| t_string!(i18n, trainer.bad_name))}
            </p>
            <Show
                when=move || trainer.trainee.get().is_some()
                fallback=move || view! { <p class="muted">{t!(i18n, trainer.pick_first)}</p> }
            >
                <ul class="lesson-list">
                    {Lesson::ALL
                        .into_iter()
                        .map(|lesson| view! { <LessonRow lesson /> })
                        .collect_view()}
                </ul>
            </Show>
        </section>
    }
}

#[component]
fn LessonRow(lesson: Lesson) -> impl IntoView {
    let i18n = use_i18n();
    let trainer = use_app().trainer;
    let done = move || trainer.finished().contains(&lesson);
    let step = move || {
        trainer
            .current()
            .filter(|(l, _)| *l == lesson)
            .map(|(_, n)| n)
    };
    let state = move || {
        let locale = i18n.get_locale();
        match (step(), done()) {
            (Some(n), _) => td_string!(
                locale,
                trainer.at_step,
                n = n + 1,
                total = lesson.steps().len()
            )
            .to_string(),
            (None, true) => td_string!(locale, trainer.lesson_done).to_string(),
            (None, false) => td_string!(locale, trainer.lesson_new).to_string(),
        }
    };
    view! {
        <li class="lesson-row" data-testid=lesson.code()>
            <span class="lesson-state">
                <Show when=done fallback=|| view! { <Icon icon=icondata::LuCircle /> }>
                    <Icon icon=icondata::LuCircleCheck />
                </Show>
            </span>
            <span class="lesson-name">
                <strong>{move || lesson_title(i18n.get_locale(), lesson)}</strong>
                <span class="muted">{state}</span>
            </span>
            <button type="button" class="btn btn-primary" on:click=move |_| trainer.start(lesson)>
                <Icon icon=icondata::LuPlay />
                <span>
                    {move || {
                        if done() || step().is_some() {
                            t_string!(i18n, trainer.restart)
                        } else {
                            t_string!(i18n, trainer.start)
                        }
                    }}
                </span>
            </button>
        </li>
    }
}
