use leptos::prelude::*;

use crate::components::clock_control::ClockControl;
use crate::components::confirm_button::ConfirmButton;
use crate::components::icon::{Icon, IconButton};
use crate::components::page_heading::PageHeading;
use crate::components::partner_gate::TrainerGate;
use crate::components::text_field::TextField;
use crate::domain::lesson::Lesson;
use crate::i18n::*;
use crate::store::trainer::{DemoError, enter_demo, leave_demo, reset_demo};
use crate::store::use_app;
use crate::words::lesson::lesson_title;

/// Why opening, resetting or leaving the demo failed, in words. Kept as what it is, so the
/// words follow a language switch.
fn demo_error_text(locale: Locale, e: &DemoError) -> &'static str {
    match e {
        DemoError::Catalogue(_) => td_string!(locale, trainer.err_catalogue),
        DemoError::Storage(_) => td_string!(locale, trainer.err_storage),
    }
}

/// A demo action (open, reset) that runs once at a time; its failure stays to be shown.
fn demo_action<F>(run: fn(Option<String>) -> F) -> Action<Option<String>, Result<(), DemoError>>
where
    F: std::future::Future<Output = Result<(), DemoError>> + 'static,
{
    Action::new_local(move |lang: &Option<String>| run(lang.clone()))
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

#[component]
fn EnterDemo() -> impl IntoView {
    let i18n = use_i18n();
    let open = demo_action(enter_demo);
    let busy = open.pending();
    let enter = move |_| {
        if !busy.get_untracked() {
            open.dispatch(Some(i18n.get_locale_untracked().to_string()));
        }
    };
    let failed = move || {
        open.value()
            .with(|v| v.as_ref().and_then(|r| r.as_ref().err().cloned()))
            .map(|e| demo_error_text(i18n.get_locale(), &e))
    };
    view! {
        <PageHeading
            title=t_signal!(i18n, trainer.title)
            hint=t_signal!(i18n, trainer.enter_hint)
        />
        <p>{t!(i18n, trainer.enter_hint)}</p>
        <p class="field-error" role="alert">{failed}</p>
        <div class="actions">
            <IconButton icon=icondata::LuGraduationCap class="btn btn-primary btn-big" disabled=move || busy.get() on_click=enter>{t!(i18n, trainer.enter)}</IconButton>
        </div>
    }
}

#[component]
fn DemoDesk() -> impl IntoView {
    let i18n = use_i18n();
    let app = use_app();
    let trainer = app.trainer;
    let reset_run = demo_action(reset_demo);
    let left_failed = RwSignal::new(false);
    let reset = move |_| {
        if !reset_run.pending().get_untracked() {
            left_failed.set(false);
            reset_run.dispatch(Some(i18n.get_locale_untracked().to_string()));
        }
    };
    let leave = move |_| left_failed.set(leave_demo().is_err());
    let failed = move || {
        let locale = i18n.get_locale();
        if left_failed.get() {
            return Some(td_string!(locale, trainer.err_storage));
        }
        reset_run
            .value()
            .with(|v| v.as_ref().and_then(|r| r.as_ref().err().cloned()))
            .map(|e| demo_error_text(locale, &e))
    };
    view! {
        <PageHeading
            title=t_signal!(i18n, trainer.title)
            hint=t_signal!(i18n, trainer.desk_hint)
        />
        <p class="field-error" role="alert">{failed}</p>
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
                <IconButton icon=icondata::LuLogOut on_click=leave>{t!(i18n, trainer.leave)}</IconButton>
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
                <TextField
                    value=name
                    max=20
                    error=Signal::derive(move || bad_name.get().then(|| t_string!(i18n, trainer.bad_name).to_string()))
                >
                    {t!(i18n, trainer.new_trainee)}
                </TextField>
                <IconButton icon=icondata::LuUserPlus submit=true>{t!(i18n, trainer.add_trainee)}</IconButton>
            </form>
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
            <IconButton icon=icondata::LuPlay class="btn btn-primary" on_click=move |_| trainer.start(lesson)>
                    {move || {
                        if done() || step().is_some() {
                            t_string!(i18n, trainer.restart)
                        } else {
                            t_string!(i18n, trainer.start)
                        }
                    }}
                </IconButton>
        </li>
    }
}
