//! A product list that loads page by page (limit/skip), for the category and search screens.
//!
//! The last list made is kept in memory, with where it was scrolled: Back from a product gives
//! the same pages, the same place and the same tiles, without asking the network again.

use std::cell::Cell;
use std::sync::Arc;

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::api::{ApiError, Backend, Endpoint};
use crate::domain::catalog::Product;
use crate::domain::list_window::RowHeights;

/// Builds the request for the page starting at `skip`.
type MakeEndpoint = Arc<dyn Fn(u32) -> Endpoint + Send + Sync>;

/// The state of a paged product list. Copyable handle; the signals live until another list is
/// made (they outlive the screen, for Back).
#[derive(Clone, Copy)]
pub struct PagedList {
    /// Products loaded so far, in order.
    pub items: RwSignal<Vec<Product>>,
    /// The total the server reported (after the first page).
    pub total: RwSignal<Option<u32>>,
    /// Products the server sent that could not be shown.
    pub skipped: RwSignal<u32>,
    /// A page request is under way.
    pub loading: RwSignal<bool>,
    /// The last page request failed; `load_more` retries it.
    pub error: RwSignal<Option<ApiError>>,
    next_skip: RwSignal<Option<u32>>,
    request: StoredValue<(Backend, MakeEndpoint)>,
    /// Called each time a page has arrived.
    after_page: StoredValue<Option<Arc<dyn Fn() + Send + Sync>>>,
    /// The grid's measured rows and the scroll place (kept for Back).
    pub place: StoredValue<ListPlace>,
    /// The list came back as it was left (Back): its screen scrolls to `place`.
    pub restored: bool,
}

/// Where a list was on screen.
#[derive(Clone, Default)]
pub struct ListPlace {
    /// The rows of the grid, measured.
    pub rows: RowHeights,
    /// How far below the grid's top the viewport's top was (px).
    pub view_top: f64,
}

/// The last list made, kept for Back.
struct Kept {
    backend: Backend,
    /// The address of its screen.
    at: Option<String>,
    list: PagedList,
    /// Owns the list's signals: dropping it disposes them.
    _owner: Owner,
}

thread_local! {
    /// The last list made.
    static KEPT: Cell<Option<Kept>> = const { Cell::new(None) };
    /// The address the last Back or Forward arrived at.
    static CAME_BACK_TO: Cell<Option<String>> = const { Cell::new(None) };
}

/// The address shown.
fn here() -> Option<String> {
    web_sys::window()?.location().href().ok()
}

/// Notes each Back and Forward of the browser, so that a list opened by one is restored as it
/// was left (a list opened by a link or a tap starts at its top). Call it once, before the
/// router starts: the note must be made before the router shows the screen.
pub fn watch_history() {
    // Kept for the app's lifetime: the handle is never removed.
    let _ = window_event_listener_untyped("popstate", |_| {
        CAME_BACK_TO.set(here());
    });
}

/// Whether the screen being opened was arrived at by Back or Forward (asked once per screen).
fn came_back() -> bool {
    CAME_BACK_TO.take().is_some_and(|to| Some(to) == here())
}

impl PagedList {
    /// A list for the endpoint `make(skip)` gives; the first page starts loading at once.
    pub fn new(
        backend: Backend,
        make: impl Fn(u32) -> Endpoint + Send + Sync + 'static,
    ) -> PagedList {
        PagedList::build(backend, Arc::new(make))
    }

    /// `new` without its generic part (one copy for every screen with a list).
    fn build(backend: Backend, make: MakeEndpoint) -> PagedList {
        let before = KEPT.take();
        if came_back()
            && let Some(list) = before
                .as_ref()
                .filter(|k| k.backend == backend && k.at == here())
                .map(|k| k.list)
        {
            KEPT.set(before);
            return PagedList {
                restored: true,
                ..list
            };
        }
        // The list's signals belong to an owner of their own, so that they outlive the screen
        // (kept for Back) until another list takes their place.
        // `new_root` makes the new owner the current one: made inside the screen's `with`, which
        // puts the screen's owner back after it.
        let owner = match Owner::current() {
            Some(screen) => screen.with(|| Owner::new_root(None)),
            None => Owner::new_root(None),
        };
        let list = owner.with(|| PagedList {
            items: RwSignal::new(Vec::new()),
            total: RwSignal::new(None),
            skipped: RwSignal::new(0),
            loading: RwSignal::new(false),
            error: RwSignal::new(None),
            next_skip: RwSignal::new(Some(0)),
            request: StoredValue::new((backend.clone(), make)),
            after_page: StoredValue::new(None),
            place: StoredValue::new(ListPlace::default()),
            restored: false,
        });
        KEPT.set(Some(Kept {
            backend,
            at: here(),
            list,
            _owner: owner,
        }));
        // The list before is let go once the screen that may still show it is gone.
        request_animation_frame(move || drop(before));
        list.load_more();
        list
    }

    /// Calls `then` each time a page has arrived (the network answered again).
    pub fn after_page(&self, then: impl Fn() + Send + Sync + 'static) {
        self.after_page.set_value(Some(Arc::new(then)));
    }

    /// Whether more pages exist (reactive).
    pub fn has_more(&self) -> bool {
        self.next_skip.get().is_some()
    }

    /// Loads the next page, unless one is loading or none is left. Safe to call repeatedly.
    pub fn load_more(&self) {
        let this = *self;
        if this.loading.get_untracked() {
            return;
        }
        let Some(skip) = this.next_skip.get_untracked() else {
            return;
        };
        let Some((backend, make)) = this.request.try_get_value() else {
            return;
        };
        this.loading.set(true);
        this.error.set(None);
        let endpoint = make(skip);
        spawn_local(async move {
            let result = backend.page(&endpoint).await;
            // The screen may have been left while waiting: then its signals are gone.
            match result {
                Ok(page) => {
                    let next = page.has_more().then(|| page.next_skip());
                    this.skipped.try_update(|s| *s += page.skipped);
                    this.total.try_set(Some(page.total));
                    this.items.try_update(|items| items.extend(page.products));
                    this.next_skip.try_set(next);
                    if let Some(Some(then)) = this.after_page.try_get_value() {
                        then();
                    }
                }
                Err(e) => {
                    this.error.try_set(Some(e));
                }
            }
            this.loading.try_set(false);
        });
    }
}
