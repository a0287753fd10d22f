use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_navigate;

use crate::components::icon::{Icon, IconButton, IconLink};
use crate::i18n::*;
use crate::routes::Route;
use crate::store::use_app;

/// The key marking, in `history.state`, the entry the app was opened on.
const ENTRY_MARK: &str = "cunzhanEntry";

/// Marks the current history entry as the one the app was opened on (called once at start).
/// An entry the first screen made (public/boot.js: a tap before the app had loaded) is not: the
/// first screen marked the entry the page was opened on, and Back goes there.
pub fn mark_entry() {
    let Some(history) = web_sys::window().and_then(|w| w.history().ok()) else {
        return;
    };
    let by_first_screen = history
        .state()
        .ok()
        .and_then(|s| js_sys::Reflect::get(&s, &"cunzhanBoot".into()).ok())
        .is_some_and(|v| v.is_truthy());
    if by_first_screen {
        return;
    }
    let state = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&state, &ENTRY_MARK.into(), &true.into());
    let _ = history.replace_state(&state, "");
}

fn is_entry(history: &web_sys::History) -> bool {
    history
        .state()
        .ok()
        .and_then(|s| js_sys::Reflect::get(&s, &ENTRY_MARK.into()).ok())
        .is_some_and(|v| v.is_truthy())
}

/// The bar on every screen: home, back, search, settings and the one-tap language switch.
#[component]
pub fn TopBar() -> impl IntoView {
    let i18n = use_i18n();
    let app = use_app();
    let navigate = use_navigate();
    let back = move |_| {
        // On the screen the app was opened on, the previous page is outside the app (a chat, a
        // QR scanner, a blank tab): go home instead of leaving.
        match web_sys::window().and_then(|w| w.history().ok()) {
            Some(h) if !is_entry(&h) => {
                let _ = h.back();
            }
            _ => navigate("/", Default::default()),
        }
    };
    let switch_lang = move |_| {
        let next = match i18n.get_locale_untracked() {
            Locale::zh_CN => Locale::en,
            Locale::en => Locale::zh_CN,
        };
        i18n.set_locale(next);
        let _ = app.update_settings(|s| s.lang = Some(next.to_string()));
    };
    view! {
        <header class="topbar">
            <nav aria-label=move || t_string!(i18n, nav.main)>
                <IconLink to=Route::Home icon=icondata::LuHouse class="btn nav-btn" attr:data-lesson="nav-home">{t!(i18n, nav.home)}</IconLink>
                <IconButton icon=icondata::LuArrowLeft class="btn nav-btn" on_click=back>{t!(i18n, nav.back)}</IconButton>
                <span class="brand">{t!(i18n, app.name)}</span>
                <IconLink to=Route::Search(None) icon=icondata::LuSearch class="btn nav-btn">{t!(i18n, nav.search)}</IconLink>
                <A href=Route::Partner.path() attr:class="btn nav-btn" attr:data-lesson="nav-partner">
                    <Show
                        when=move || app.partner.unlocked.get()
                        fallback=|| view! { <Icon icon=icondata::LuLock /> }
                    >
                        <Icon icon=icondata::LuLockOpen />
                    </Show>
                    <span>{t!(i18n, partner.title)}</span>
                </A>
                <button
                    type="button"
                    class="btn nav-btn lang-btn"
                    title=move || t_string!(i18n, lang.switch_label)
                    on:click=switch_lang
                >
                    <Icon icon=icondata::LuLanguages />
                    <span lang=move || match i18n.get_locale() {
                        Locale::zh_CN => "en",
                        Locale::en => "zh-CN",
                    }>{t!(i18n, lang.switch_to)}</span>
                </button>
            </nav>
        </header>
    }
}
