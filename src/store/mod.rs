//! Reactive stores over domain types, and what the tablet keeps between visits.

pub mod backup;
pub mod db;
pub mod keys;
pub mod paging;
pub mod partner;
pub mod pwa;
pub mod settings;
pub mod station;
pub mod tabs;
pub mod trainer;
pub mod unsaved;

use leptos::prelude::*;

use crate::api::ApiError;
use crate::api::choice::{BadApiUrl, choose, connect_allowed};
use crate::api::{Backend, BackendChoice};
use crate::domain::catalog::Category;
use db::StoreError;
use partner::PartnerSession;
use settings::{SETTINGS_KEY, Settings};
use station::Station;
use unsaved::Unsaved;

/// A base URL set when building (`CUNZHAN_API=https://dummyjson.com trunk build`), used when the
/// tablet has no saved choice.
pub const BUILD_API: Option<&str> = option_env!("CUNZHAN_API");

/// Whether this page's Content-Security-Policy (the meta scripts/csp.mjs writes) lets it fetch
/// `url`: a backend it refuses is never chosen, so a partner is told at once instead of meeting
/// "no network" on every screen.
pub fn page_may_connect(url: &str) -> bool {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return true;
    };
    let policy = document
        .query_selector(r#"meta[http-equiv="Content-Security-Policy"]"#)
        .ok()
        .flatten()
        .and_then(|meta| meta.get_attribute("content"));
    let origin = document.location().and_then(|l| l.origin().ok());
    connect_allowed(policy.as_deref(), origin.as_deref().unwrap_or(""), url)
}

/// App-wide state, provided once by the shell.
#[derive(Clone, Copy)]
pub struct AppContext {
    /// The saved settings; change them through [`AppContext::update_settings`].
    pub settings: RwSignal<Settings>,
    /// The backend in use, derived from the settings.
    pub backend: Memo<Backend>,
    /// Categories of the current backend, loaded once and shared by the home and category screens.
    pub categories: LocalResource<Result<Vec<Category>, ApiError>>,
    /// Text shown at the bottom of the screen when the tablet cannot speak.
    pub caption: RwSignal<Option<String>>,
    /// How many times the app has spoken to a villager since the page started (a lesson step
    /// done by pressing a speaker watches it; the app's own instructions do not count).
    pub spoken: RwSignal<u32>,
    /// What this tab could not save (storage full or disabled), for every collection.
    pub unsaved: Unsaved,
    /// Why the `?api=` address in the link was ignored (not an address, or one the page's
    /// Content-Security-Policy would block), if it was.
    pub bad_api_param: RwSignal<Option<BadApiUrl>>,
    /// The partner's PIN and whether partner mode is open.
    pub partner: PartnerSession,
    /// Villagers, carts, orders and the outbox.
    pub station: Station,
    /// Service worker, updates, network state.
    pub pwa: pwa::Pwa,
    /// Trainer mode: the demo station, lessons, the trainer's PIN.
    pub trainer: trainer::Trainer,
}

impl AppContext {
    /// Builds the context from the saved settings and the `?api=` parameter (saved when valid).
    pub fn new(api_param: Option<String>) -> AppContext {
        // Trainer mode works on its own keys: decided first, before anything is read.
        let demo = db::stored_demo_mode();
        db::use_demo_keys(demo);
        // The demo station always uses the embedded catalogue, whatever the link says.
        let api_param = api_param.filter(|_| !demo);
        let mut saved = settings::load();
        let (choice, persist, bad) = choose(
            api_param.as_deref(),
            saved.api.as_deref(),
            BUILD_API,
            page_may_connect,
        );
        let unsaved = Unsaved::new();
        if persist {
            saved.api = Some(choice.as_setting().to_string());
            let _ = unsaved.note(SETTINGS_KEY, settings::save(&saved));
        }
        let settings = RwSignal::new(saved);
        let backend = Memo::new(move |_| {
            if demo {
                return Backend::new(BackendChoice::Embedded);
            }
            let api = settings.with(|s| s.api.clone());
            Backend::new(choose(None, api.as_deref(), BUILD_API, page_may_connect).0)
        });
        let categories = LocalResource::new(move || {
            let backend = backend.get();
            async move { backend.categories().await }
        });
        AppContext {
            settings,
            backend,
            categories,
            caption: RwSignal::new(None),
            spoken: RwSignal::new(0),
            unsaved,
            bad_api_param: RwSignal::new(bad),
            partner: {
                let partner = PartnerSession::load();
                // The demo station has no partner secrets: it opens straight away.
                partner.unlocked.set(demo);
                partner
            },
            station: Station::load(unsaved),
            pwa: pwa::Pwa::start(),
            trainer: trainer::Trainer::load(demo, unsaved),
        }
    }

    /// Changes and saves the settings; a failed save is noted in `unsaved` so the screens say
    /// so (the change still shows: it is kept in this tab).
    pub fn update_settings(&self, change: impl FnOnce(&mut Settings)) -> Result<(), StoreError> {
        // From the settings as stored now: another tab may have changed others since.
        let mut current = if self.unsaved.holds(SETTINGS_KEY) || db::storage().is_none() {
            self.settings.get_untracked()
        } else {
            settings::load()
        };
        change(&mut current);
        let result = settings::save(&current);
        self.settings.set(current);
        self.unsaved.note(SETTINGS_KEY, result)
    }

    /// Brings other tabs' writes (station records, settings) to this tab's screens as they
    /// happen (see `tabs`).
    pub fn follow_other_tabs(&self) {
        let app = *self;
        tabs::on_other_tab_write(move |key| {
            if key == db::key(SETTINGS_KEY) {
                if !app.unsaved.holds(SETTINGS_KEY) {
                    app.settings.set(settings::load());
                }
            } else {
                app.station.pick_up(&key);
            }
        });
    }

    /// Closes partner mode, and with it anything on screen or in the air that may name a
    /// villager: the caption (what a tablet without a voice shows instead of speaking — a
    /// read-back or an arrival message) and the sentence being spoken.
    pub fn lock_partner(&self) {
        self.partner.lock();
        self.caption.set(None);
        crate::voice::speech::stop();
    }

    /// Whether the embedded catalog is in use.
    pub fn is_embedded(&self) -> bool {
        self.backend
            .with(|b| *b.choice() == BackendChoice::Embedded)
    }
}

/// The app context (panics only if the shell did not provide it: a programming error).
pub fn use_app() -> AppContext {
    expect_context::<AppContext>()
}
