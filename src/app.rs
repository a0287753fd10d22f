//! Providers (i18n, app state) and the router.

use leptos::prelude::*;
use leptos_router::components::{Route as RouterRoute, Router, Routes};
use leptos_router::path;

use crate::components::demo_band::DemoBand;
use crate::components::idle_warning::IdleWarning;
use crate::components::net_status::NetStatus;
use crate::components::serving_bar::StoreNotice;
use crate::components::speak_button::Caption;
use crate::components::split_screen::SplitScreen;
use crate::components::top_bar::{TopBar, mark_entry};
use crate::domain::catalog::Lang;
use crate::i18n::*;
use crate::pages::category::CategoryPage;
use crate::pages::home::HomePage;
use crate::pages::product::ProductPage;
use crate::pages::split;
use crate::platform::steady_ms;
use crate::store::AppContext;
use crate::voice::speech;
use crate::words::locale_of;

/// How long before the idle lock its warning shows.
const IDLE_WARNING_MS: f64 = 15_000.0;

/// A query parameter of the address the app was opened with.
fn start_param(name: &str) -> Option<String> {
    let search = web_sys::window()?.location().search().ok()?;
    web_sys::UrlSearchParams::new_with_str(&search)
        .ok()?
        .get(name)
}

/// The whole app.
#[component]
pub fn App() -> impl IntoView {
    let app = AppContext::new(start_param("api"));
    provide_context(app);
    // The language is the app's own setting (Chinese unless chosen), never the browser's guess:
    // `?lang=` first (and remembered), then the saved choice, then Chinese.
    let from_link = start_param("lang").as_deref().and_then(Lang::parse);
    let saved = app
        .settings
        .with_untracked(|s| s.lang.as_deref().and_then(Lang::parse));
    let locale = locale_of(from_link.or(saved).unwrap_or_default());
    if from_link.is_some() {
        let _ = app.update_settings(|s| s.lang = Some(locale.to_string()));
    }
    speech::warm_up();
    mark_entry();
    crate::store::paging::watch_history();
    view! {
        <I18nSubContextProvider initial_locale=Signal::stored(locale)>
            <Shell />
        </I18nSubContextProvider>
    }
}

#[component]
fn Shell() -> impl IntoView {
    let i18n = use_i18n();
    Effect::new(move |_| {
        let tag = i18n.get_locale().to_string();
        if let Some(root) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.document_element())
        {
            let _ = root.set_attribute("lang", &tag);
        }
    });
    // Partner mode closes by itself when the tablet is left alone (the catalog stays open). The
    // idle time is read on every check, so a new setting applies at once.
    let app = crate::store::use_app();
    let voice = crate::components::speak_button::use_voice();
    // Quiet time is measured on the steady clock: a tablet clock set back must not keep names on
    // screen past the idle time (nor one set ahead lock at once).
    // (Not leptos-use's use_idle: its throttle times itself with Date.now() and throws when the
    // clock is set back a year.)
    let last_touch = StoredValue::new(steady_ms());
    let touched = move || last_touch.set_value(steady_ms());
    {
        use leptos::ev;
        use leptos_use::{use_event_listener, use_window};
        let _ = use_event_listener(use_window(), ev::mousemove, move |_| touched());
        let _ = use_event_listener(use_window(), ev::mousedown, move |_| touched());
        let _ = use_event_listener(use_window(), ev::keydown, move |_| touched());
        let _ = use_event_listener(use_window(), ev::touchstart, move |_| touched());
        let _ = use_event_listener(use_window(), ev::wheel, move |_| touched());
    }
    // The last seconds are announced (shown and said once): nothing happens to a villager without
    // warning. The tablet speaking — a read-back being listened to — counts as in use, except for
    // the warning itself.
    let warn_left = RwSignal::new(None::<u64>);
    let _check = leptos_use::use_interval_fn(
        move || {
            let open = app.partner.unlocked.get_untracked() && !app.trainer.demo;
            let warned = warn_left.get_untracked().is_some();
            if open && !warned && crate::voice::speech::speaking() {
                last_touch.set_value(steady_ms());
            }
            let idle_ms = f64::from(app.partner.idle_minutes_untracked()) * 60_000.0;
            let left = idle_ms - (steady_ms() - last_touch.get_value());
            if !open || left > IDLE_WARNING_MS {
                if warned {
                    warn_left.set(None);
                }
            } else if left <= 0.0 {
                warn_left.set(None);
                app.lock_partner();
            } else {
                if !warned {
                    voice.instruct(tu_string!(i18n, partner.idle_warning_say));
                }
                warn_left.set(Some((left / 1000.0).ceil() as u64));
            }
        },
        1_000,
    );
    // The partner and trainer screens' code, fetched after the first screen has had the link to
    // itself for a while (and then kept by the service worker), so they open at once — offline too.
    set_timeout(
        || leptos::task::spawn_local(split::preload_all()),
        std::time::Duration::from_secs(3),
    );
    // Waiting orders go out from the start, and whenever the network comes back.
    app.station.start_flusher(app.backend);
    app.follow_other_tabs();
    // The presenter view: everything bigger, for a projector.
    Effect::new(move |_| {
        let on = app.trainer.presenter.get() && app.trainer.demo;
        if let Some(root) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.document_element())
        {
            let _ = root.class_list().toggle_with_force("presenter", on);
        }
    });
    let demo = app.trainer.demo;
    view! {
        <Router>
            // One sticky block: the demo band, the top bar and the serving bar stay on screen together
            // (each sticky on its own, one would cover another's buttons once the page is scrolled).
            <div class="bars">
                {demo.then(|| view! { <DemoBand /> })}
                <TopBar />
                // Only while the partner serves someone; its code comes with the partner's screens.
                {move || {
                    (app.partner.unlocked.get() && app.station.serving.with(Option::is_some))
                        .then(|| view! { <SplitScreen load=split::serving_bar overlay=true /> })
                }}
            </div>
            <NetStatus />
            <StoreNotice />
            <main id="main">
                <Routes fallback=|| view! { <SplitScreen load=split::not_found /> }>
                    <RouterRoute path=path!("/") view=HomePage />
                    <RouterRoute path=path!("/c/:slug") view=CategoryPage />
                    <RouterRoute path=path!("/p/:id") view=ProductPage />
                    <RouterRoute path=path!("/search") view=|| view! { <SplitScreen load=split::search /> } />
                    <RouterRoute path=path!("/settings") view=|| view! { <SplitScreen load=split::settings /> } />
                    <RouterRoute path=path!("/partner") view=|| view! { <SplitScreen load=split::partner /> } />
                    <RouterRoute path=path!("/villagers") view=|| view! { <SplitScreen load=split::villagers /> } />
                    <RouterRoute path=path!("/villagers/new") view=|| view! { <SplitScreen load=split::villager /> } />
                    <RouterRoute path=path!("/villagers/:id") view=|| view! { <SplitScreen load=split::villager /> } />
                    <RouterRoute path=path!("/cart") view=|| view! { <SplitScreen load=split::cart /> } />
                    <RouterRoute path=path!("/confirm") view=|| view! { <SplitScreen load=split::confirm /> } />
                    <RouterRoute path=path!("/orders") view=|| view! { <SplitScreen load=split::orders /> } />
                    <RouterRoute path=path!("/orders/:id") view=|| view! { <SplitScreen load=split::order /> } />
                    <RouterRoute path=path!("/station") view=|| view! { <SplitScreen load=split::station /> } />
                    <RouterRoute path=path!("/courier-parcels") view=|| view! { <SplitScreen load=split::courier_parcels /> } />
                    <RouterRoute path=path!("/goods") view=|| view! { <SplitScreen load=split::goods /> } />
                    <RouterRoute path=path!("/goods/new") view=|| view! { <SplitScreen load=split::new_goods /> } />
                    <RouterRoute path=path!("/produce/:id") view=|| view! { <SplitScreen load=split::produce /> } />
                    <RouterRoute path=path!("/commission") view=|| view! { <SplitScreen load=split::commission /> } />
                    <RouterRoute path=path!("/backup") view=|| view! { <SplitScreen load=split::backup /> } />
                    <RouterRoute path=path!("/parcels") view=|| view! { <SplitScreen load=split::parcels /> } />
                    <RouterRoute path=path!("/my-parcel") view=|| view! { <SplitScreen load=split::my_parcel /> } />
                    <RouterRoute path=path!("/trainer") view=|| view! { <SplitScreen load=split::trainer /> } />
                </Routes>
            </main>
            <IdleWarning seconds_left=warn_left.into() />
            <Caption />
            {demo.then(|| view! { <SplitScreen load=split::lesson_overlay overlay=true /> })}
        </Router>
    }
}
