//! Backup and restore: the whole station saved to a password-sealed file, and read back on a new
//! or reset tablet (merged, never overwriting what the tablet has). The format and the merge are
//! `domain::backup`; the sealing and the file are `store::backup`.

use leptos::prelude::*;

use crate::components::icon::Icon;
use crate::components::page_heading::PageHeading;
use crate::components::partner_gate::PartnerGate;
use crate::components::speak_button::SpeakButton;
use crate::domain::backup::{BackupError, PasswordError, Restored, days_since, new_password};
use crate::i18n::*;
use crate::platform::now_ms;
use crate::store::backup::{last_backup, make, restore, save_file};
use crate::store::use_app;

/// Why saving or restoring did not happen. Kept as what it is, not as words, so the message
/// follows the language when the partner switches it.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Problem {
    Backup(BackupError),
    Password(PasswordError),
    NoFile,
    NoPassword,
}

impl Problem {
    /// In words (a refused restore ends saying nothing was changed where that is so).
    fn text(self, locale: Locale) -> &'static str {
        match self {
            Problem::Backup(BackupError::Foreign) => td_string!(locale, backup.err_foreign),
            Problem::Backup(BackupError::Damaged) => td_string!(locale, backup.err_damaged),
            Problem::Backup(BackupError::Newer(_)) => td_string!(locale, backup.err_newer),
            Problem::Backup(BackupError::WrongPassword) => {
                td_string!(locale, backup.err_wrong_password)
            }
            Problem::Backup(BackupError::Unavailable) => td_string!(locale, backup.err_unavailable),
            Problem::Backup(BackupError::StorageFull) => td_string!(locale, backup.err_full),
            Problem::Password(PasswordError::TooShort) => td_string!(locale, backup.err_short),
            Problem::Password(PasswordError::TooLong) => td_string!(locale, backup.err_long),
            Problem::Password(PasswordError::Mismatch) => td_string!(locale, backup.err_mismatch),
            Problem::NoFile => td_string!(locale, backup.err_no_file),
            Problem::NoPassword => td_string!(locale, backup.err_no_password),
        }
    }
}

/// "Last backup: 3 days ago" (or never).
pub fn last_backup_text(locale: Locale, last: Option<u64>, now: u64) -> String {
    match last {
        None => td_string!(locale, backup.never).to_string(),
        Some(at) => match days_since(at, now) {
            0 => td_string!(locale, backup.last_today).to_string(),
            1 => td_string!(locale, backup.last_yesterday).to_string(),
            days => td_string!(locale, backup.last, days = days).to_string(),
        },
    }
}

/// What a restore brought in, in words (said aloud by its speaker).
fn restored_text(locale: Locale, r: Restored) -> String {
    if r.nothing() {
        return td_string!(locale, backup.nothing).to_string();
    }
    td_string!(
        locale,
        backup.restored,
        villagers = r.villagers,
        orders = r.orders,
        updated = r.updated,
        waiting = r.waiting
    )
    .to_string()
}

#[component]
pub fn BackupPage() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <PartnerGate>
            <PageHeading
                title=t_signal!(i18n, backup.title)
                hint=t_signal!(i18n, backup.hint)
            />
            <SaveBackup />
            <RestoreBackup />
        </PartnerGate>
    }
}

/// Saving: the password twice, then the file to the tablet's downloads.
#[component]
fn SaveBackup() -> impl IntoView {
    let i18n = use_i18n();
    let app = use_app();
    let first = RwSignal::new(String::new());
    let again = RwSignal::new(String::new());
    let last = RwSignal::new(last_backup());
    let problem = RwSignal::new(None::<Problem>);
    let done = RwSignal::new(None::<String>);
    let save = Action::new_local(move |password: &String| {
        let password = password.clone();
        async move {
            let result = match make(&app, &password).await {
                Ok((name, text)) => save_file(&name, &text).map(|()| name),
                Err(e) => Err(e),
            };
            let locale = i18n.get_locale_untracked();
            match result {
                Ok(name) => {
                    last.set(last_backup());
                    first.set(String::new());
                    again.set(String::new());
                    done.set(Some(
                        td_string!(locale, backup.saved, name = name).to_string(),
                    ));
                }
                Err(e) => problem.set(Some(Problem::Backup(e))),
            }
        }
    });
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        done.set(None);
        let (p, a) = (first.get_untracked(), again.get_untracked());
        match new_password(&p, &a) {
            Ok(()) => {
                problem.set(None);
                save.dispatch(p);
            }
            Err(e) => problem.set(Some(Problem::Password(e))),
        }
    };
    view! {
        <section class="settings-section backup-section" aria-labelledby="backup-save-title">
            <h2 id="backup-save-title">{t!(i18n, backup.save_title)}</h2>
            <p class="backup-last" data-testid="backup-last">
                <Icon icon=icondata::LuHistory />
                <span>{move || last_backup_text(i18n.get_locale(), last.get(), now_ms())}</span>
            </p>
            <form on:submit=submit novalidate>
                <label class="field">
                    <span class="field-label">{t!(i18n, backup.password)}</span>
                    <input
                        type="password"
                        autocomplete="new-password"
                        maxlength="64"
                        prop:value=move || first.get()
                        on:input:target=move |ev| first.set(ev.target().value())
                    />
                </label>
                <label class="field">
                    <span class="field-label">{t!(i18n, backup.password_again)}</span>
                    <input
                        type="password"
                        autocomplete="new-password"
                        maxlength="64"
                        prop:value=move || again.get()
                        on:input:target=move |ev| again.set(ev.target().value())
                    />
                </label>
                <p class="muted">{t!(i18n, backup.keep_note)}</p>
                <p class="field-error" role="alert">{move || problem.get().map(|p| p.text(i18n.get_locale()))}</p>
                <div class="actions">
                    <button type="submit" class="btn btn-primary btn-huge" disabled=move || save.pending().get()>
                        <Icon icon=icondata::LuDownload />
                        <span>{t!(i18n, backup.save)}</span>
                    </button>
                </div>
                <p class="saved" role="status">
                    {move || save.pending().get().then(|| t_string!(i18n, backup.busy))}
                    {move || done.get()}
                </p>
            </form>
        </section>
    }
}

/// Restoring: the file and its password; a read-out of what came in.
#[component]
fn RestoreBackup() -> impl IntoView {
    let i18n = use_i18n();
    let app = use_app();
    let file = RwSignal::new_local(None::<web_sys::File>);
    let password = RwSignal::new(String::new());
    let problem = RwSignal::new(None::<Problem>);
    let restored = RwSignal::new(None::<Restored>);
    let run = Action::new_local(move |input: &(web_sys::File, String)| {
        let (chosen, password) = input.clone();
        async move {
            match restore(&app, chosen, &password).await {
                Ok(r) => restored.set(Some(r)),
                Err(e) => problem.set(Some(Problem::Backup(e))),
            }
        }
    });
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        restored.set(None);
        let Some(chosen) = file.get_untracked() else {
            problem.set(Some(Problem::NoFile));
            return;
        };
        let p = password.get_untracked();
        if p.is_empty() {
            problem.set(Some(Problem::NoPassword));
            return;
        }
        problem.set(None);
        run.dispatch((chosen, p));
    };
    let readout = Signal::derive(move || {
        restored
            .get()
            .map(|r| restored_text(i18n.get_locale(), r))
            .unwrap_or_default()
    });
    view! {
        <section class="settings-section backup-section" aria-labelledby="backup-restore-title">
            <h2 id="backup-restore-title">{t!(i18n, backup.restore_title)}</h2>
            <p class="muted">{t!(i18n, backup.merge_note)}</p>
            <form on:submit=submit novalidate>
                // The browser's own file button speaks the browser's language: a big button of
                // ours instead, with the chosen file's name beside it.
                <div class="file-pick">
                    <label class="btn">
                        <Icon icon=icondata::LuFileUp />
                        <span>{t!(i18n, backup.file)}</span>
                        <input
                            type="file"
                            class="file-input"
                            accept=".json,application/json"
                            on:change:target=move |ev| {
                                file.set(ev.target().files().and_then(|f| f.get(0)));
                                problem.set(None);
                                restored.set(None);
                            }
                        />
                    </label>
                    <span class="file-name" data-testid="backup-file">
                        {move || {
                            file.with(|f| f.as_ref().map(web_sys::File::name))
                                .unwrap_or_else(|| t_string!(i18n, backup.no_file).to_string())
                        }}
                    </span>
                </div>
                <label class="field">
                    <span class="field-label">{t!(i18n, backup.restore_password)}</span>
                    <input
                        type="password"
                        autocomplete="off"
                        maxlength="64"
                        prop:value=move || password.get()
                        on:input:target=move |ev| password.set(ev.target().value())
                    />
                </label>
                <p class="field-error" role="alert">{move || problem.get().map(|p| p.text(i18n.get_locale()))}</p>
                <div class="actions">
                    <button type="submit" class="btn btn-primary btn-huge" disabled=move || run.pending().get()>
                        <Icon icon=icondata::LuUpload />
                        <span>{t!(i18n, backup.restore)}</span>
                    </button>
                </div>
                <p class="saved" role="status">
                    {move || run.pending().get().then(|| t_string!(i18n, backup.busy))}
                </p>
            </form>
            <Show when=move || restored.with(Option::is_some)>
                <div class="notice backup-readout" data-testid="backup-readout">
                    <p>
                        <Icon icon=icondata::LuCircleCheck />
                        <span>{readout}</span>
                    </p>
                    <SpeakButton text=readout />
                </div>
            </Show>
        </section>
    }
}
