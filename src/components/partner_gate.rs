use leptos::prelude::*;

use crate::components::icon::{Icon, IconLink};
use crate::components::page_heading::PageHeading;
use crate::components::pin_pad::PinPad;
use crate::components::speak_button::use_voice;
use crate::domain::pin::{Attempt, PinError, validate_new_pin};
use crate::i18n::*;
use crate::platform::now_ms;
use crate::routes::Route;
use crate::store::partner::PartnerSession;
use crate::store::use_app;

/// Shows its children only in open partner mode; otherwise the PIN pad: set the PIN on first use
/// (typed twice), or unlock with it. Wrong PINs are said in words and voice; five lock entry for a
/// minute, with the seconds counted down.
#[component]
pub fn PartnerGate(children: ChildrenFn) -> impl IntoView {
    let app = use_app();
    let session = app.partner;
    // While the partner works, what happens to parcels is recorded as the station clock reaches
    // it (sent back, commission settled): a clock corrected later does not undo what the partner
    // saw, a new rate does not re-price money earned. (Here, not in the shell: the commission
    // rules stay out of the villager's first load.)
    Effect::new(move |_| {
        app.station.now.track();
        if session.unlocked.get() {
            app.station
                .record_facts(app.settings.with_untracked(|s| s.commission_bp));
        }
    });
    view! {
        <Show
            when=move || session.unlocked.get()
            fallback=move || view! { <PinEntry session gate=Gate::Partner /> }
        >
            {children()}
        </Show>
    }
}

/// The same gate for the trainer, with the trainer's own PIN (never the partner's).
#[component]
pub fn TrainerGate(children: ChildrenFn) -> impl IntoView {
    let app = use_app();
    let session = app.trainer.pin;
    view! {
        <Show
            when=move || session.unlocked.get()
            fallback=move || view! { <PinEntry session gate=Gate::Trainer /> }
        >
            {children()}
        </Show>
    }
}

/// Whose PIN the pad asks for. Each gate has its own words; the trainer's gate has no way on to
/// trainer mode (it is trainer mode).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Gate {
    Partner,
    Trainer,
}

impl Gate {
    /// The title while a new PIN is set (its first typing) or the PIN is asked for.
    fn title(self, locale: Locale, setting: bool) -> &'static str {
        match (self, setting) {
            (Gate::Partner, true) => td_string!(locale, partner.set_title),
            (Gate::Trainer, true) => td_string!(locale, trainer.set_title),
            (Gate::Partner, false) => td_string!(locale, partner.unlock_title),
            (Gate::Trainer, false) => td_string!(locale, trainer.unlock_title),
        }
    }

    fn hint(self, locale: Locale, setting: bool) -> &'static str {
        match (self, setting) {
            (Gate::Partner, true) => td_string!(locale, partner.set_hint),
            (Gate::Trainer, true) => td_string!(locale, trainer.set_hint),
            (Gate::Partner, false) => td_string!(locale, partner.unlock_hint),
            (Gate::Trainer, false) => td_string!(locale, trainer.unlock_hint),
        }
    }
}

#[component]
fn PinEntry(session: PartnerSession, gate: Gate) -> impl IntoView {
    let i18n = use_i18n();
    let voice = use_voice();
    let message = RwSignal::new(None::<String>);
    // The last message was the lock's: once the lock is over it is not shown any more.
    let lock_said = RwSignal::new(false);
    let first_pin = RwSignal::new(None::<String>);
    let pad = RwSignal::new(String::new());
    let now = RwSignal::new(now_ms());
    // Count the lock down once a second while it lasts.
    let ticker = leptos_use::use_interval_fn(move || now.set(now_ms()), 1000);
    on_cleanup(move || (ticker.pause)());
    let locked_for = move || {
        session
            .locked_until(now.get())
            .map(|until| until.saturating_sub(now.get()).div_ceil(1000))
    };
    // Said aloud and shown above the pad (without a voice the words above the pad are enough: a
    // caption bar would cover the keys).
    let say = move |text: String| {
        voice.say_only(&text);
        message.set(Some(text));
        lock_said.set(false);
        pad.set(String::new());
    };
    let setting = move || !session.has_pin();
    let submit = move |typed: String| async move {
        let locale = i18n.get_locale_untracked();
        if setting() {
            match first_pin.get_untracked() {
                None => match validate_new_pin(&typed) {
                    Ok(()) => {
                        first_pin.set(Some(typed));
                        message.set(None);
                        pad.set(String::new());
                    }
                    Err(PinError::Format) => {
                        say(td_string!(locale, partner.bad_format).to_string())
                    }
                    Err(PinError::TooSimple) => {
                        say(td_string!(locale, partner.too_simple).to_string())
                    }
                },
                Some(first) if first == typed => {
                    if session.set_pin(&typed).await.is_err() {
                        say(td_string!(locale, partner.storage_failed).to_string());
                    }
                }
                Some(_) => {
                    first_pin.set(None);
                    say(td_string!(locale, partner.mismatch).to_string());
                }
            }
            return;
        }
        now.set(now_ms());
        match session.unlock(&typed).await {
            // Opening partner mode may already have removed this screen.
            Attempt::Accepted => {
                message.try_set(None);
            }
            Attempt::Wrong { left } => {
                say(td_string!(locale, partner.wrong, left = left).to_string())
            }
            Attempt::Locked { until } => {
                now.set(now_ms());
                let seconds = until.saturating_sub(now_ms()).div_ceil(1000);
                say(td_string!(locale, partner.locked, seconds = seconds).to_string());
                lock_said.set(true);
            }
        }
    };
    // One check at a time: the keys wait while the PIN is being checked.
    let check = Action::new_local(move |typed: &String| submit(typed.clone()));
    let busy = check.pending();
    let on_submit = Callback::new(move |typed: String| {
        if !busy.get_untracked() {
            check.dispatch(typed);
        }
    });
    let title = Signal::derive(move || {
        let locale = i18n.get_locale();
        if setting() && first_pin.get().is_some() {
            td_string!(locale, partner.repeat).to_string()
        } else {
            gate.title(locale, setting()).to_string()
        }
    });
    let hint = Signal::derive(move || gate.hint(i18n.get_locale(), setting()).to_string());
    let status = move || {
        if let Some(seconds) = locked_for() {
            Some(t_string!(i18n, partner.locked, seconds = seconds).to_string())
        } else if lock_said.get() {
            None
        } else {
            message.get()
        }
    };
    view! {
        <section class="pin-entry">
            <PageHeading title hint />
            <p class="muted">{hint}</p>
            {session
                .record_lost
                .then(|| {
                    view! {
                        <p class="notice notice-warn" role="alert">
                            <Icon icon=icondata::LuTriangleAlert />
                            <span>{t!(i18n, partner.record_lost)}</span>
                        </p>
                    }
                })}
            <p class="pin-message" role="alert">
                {move || status().map(|text| view! {
                    <Icon icon=icondata::LuCircleAlert />
                    <span>{text}</span>
                })}
            </p>
            <p class="muted" role="status">
                {move || busy.get().then(|| t_string!(i18n, partner.checking))}
            </p>
            <PinPad on_submit disabled=Signal::derive(move || busy.get() || locked_for().is_some()) digits=pad />
            {(gate == Gate::Partner)
                .then(|| {
                    view! {
                        <p class="trainer-entry">
                            <IconLink to=Route::Trainer icon=icondata::LuGraduationCap>{t!(i18n, trainer.entry)}</IconLink>
                        </p>
                    }
                })}
        </section>
    }
}

/// A partner screen: behind the PIN, its heading with the speaker, then what it shows.
#[component]
pub fn PartnerScreen(
    /// The screen's title.
    #[prop(into)]
    title: Signal<String>,
    /// What the speaker says about the screen.
    #[prop(into)]
    hint: Signal<String>,
    /// The screen itself.
    children: ChildrenFn,
) -> impl IntoView {
    view! {
        <PartnerGate>
            <PageHeading title hint />
            {children()}
        </PartnerGate>
    }
}
