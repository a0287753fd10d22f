//! Backup and restore: the whole station saved to a password-sealed file, and read back on a new
//! or reset tablet (merged, never overwriting what the tablet has). The format and the merge are
//! `domain::backup`; the sealing and the file are `store::backup`; the words `words::backup`.

use leptos::prelude::*;

use crate::components::icon::{Icon, IconButton};
use crate::components::partner_gate::PartnerScreen;
use crate::components::speak_button::SpeakButton;
use crate::components::text_field::{FieldKind, TextField};
use crate::domain::backup::{Refusal, Restored, new_password, restore_input};
use crate::i18n::*;
use crate::platform::now_ms;
use crate::store::backup::{last_backup, make, restore, save_file};
use crate::store::use_app;
use crate::words::backup::{last_backup_text, refusal_text, restored_text, saved_text};

#[component]
pub fn BackupPage() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <PartnerScreen title=t_signal!(i18n, backup.title) hint=t_signal!(i18n, backup.hint)>
            <SaveBackup />
            <RestoreBackup />
        </PartnerScreen>
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
    let refusal = RwSignal::new(None::<Refusal>);
    // The file's name, not a sentence: the line follows a language switch.
    let saved_as = RwSignal::new(None::<String>);
    let save = Action::new_local(move |password: &String| {
        let password = password.clone();
        async move {
            let result = match make(&app, &password).await {
                Ok((name, text)) => save_file(&name, &text).map(|()| name),
                Err(e) => Err(e),
            };
            match result {
                Ok(name) => {
                    last.set(last_backup());
                    first.set(String::new());
                    again.set(String::new());
                    saved_as.set(Some(name));
                }
                Err(e) => refusal.set(Some(Refusal::Backup(e))),
            }
        }
    });
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        saved_as.set(None);
        let (p, a) = (first.get_untracked(), again.get_untracked());
        match new_password(&p, &a) {
            Ok(()) => {
                refusal.set(None);
                save.dispatch(p);
            }
            Err(e) => refusal.set(Some(Refusal::Password(e))),
        }
    };
    let done = Signal::derive(move || {
        saved_as.with(|n| n.as_deref().map(|n| saved_text(i18n.get_locale(), n)))
    });
    view! {
        <section class="settings-section backup-section" aria-labelledby="backup-save-title">
            <h2 id="backup-save-title">{t!(i18n, backup.save_title)}</h2>
            <p class="backup-last" data-testid="backup-last">
                <Icon icon=icondata::LuHistory />
                <span>{move || last_backup_text(i18n.get_locale(), last.get(), now_ms())}</span>
            </p>
            <form on:submit=submit novalidate>
                <TextField value=first max=64 kind=FieldKind::NewPassword>
                    {t!(i18n, backup.password)}
                </TextField>
                <TextField value=again max=64 kind=FieldKind::NewPassword>
                    {t!(i18n, backup.password_again)}
                </TextField>
                <p class="muted">{t!(i18n, backup.keep_note)}</p>
                <FormEnd refusal busy=save.pending() done icon=icondata::LuDownload>
                    {t!(i18n, backup.save)}
                </FormEnd>
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
    let refusal = RwSignal::new(None::<Refusal>);
    let restored = RwSignal::new(None::<Restored>);
    let run = Action::new_local(move |input: &(web_sys::File, String)| {
        let (chosen, password) = input.clone();
        async move {
            match restore(&app, chosen, &password).await {
                Ok(r) => restored.set(Some(r)),
                Err(e) => refusal.set(Some(Refusal::Backup(e))),
            }
        }
    });
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        restored.set(None);
        let p = password.get_untracked();
        match restore_input(file.with_untracked(Option::is_some), &p) {
            Ok(()) => {
                refusal.set(None);
                if let Some(chosen) = file.get_untracked() {
                    run.dispatch((chosen, p));
                }
            }
            Err(why) => refusal.set(Some(why)),
        }
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
                                refusal.set(None);
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
                <TextField value=password max=64 kind=FieldKind::Password>
                    {t!(i18n, backup.restore_password)}
                </TextField>
                <FormEnd refusal busy=run.pending() icon=icondata::LuUpload>
                    {t!(i18n, backup.restore)}
                </FormEnd>
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

/// The end of a backup form: why it was refused, its big button (idle while it works), and what
/// it is doing or has done.
#[component]
fn FormEnd(
    /// Why the last try was refused.
    #[prop(into)]
    refusal: Signal<Option<Refusal>>,
    /// Saving or restoring is under way.
    busy: Memo<bool>,
    /// What was done, in words.
    #[prop(optional, into)]
    done: MaybeProp<String>,
    /// The button's icon.
    icon: icondata::Icon,
    /// The button's word.
    children: Children,
) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <p class="field-error" role="alert">
            {move || refusal.get().map(|r| refusal_text(i18n.get_locale(), r))}
        </p>
        <div class="actions">
            <IconButton icon class="btn btn-primary btn-huge" submit=true disabled=move || busy.get()>
                {children()}
            </IconButton>
        </div>
        <p class="saved" role="status">
            {move || busy.get().then(|| t_string!(i18n, backup.busy))}
            {move || done.get()}
        </p>
    }
}
