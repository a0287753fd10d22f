//! A product list that loads page by page (limit/skip), for the category and search screens.

use std::sync::Arc;

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::api::{ApiError, Backend, Endpoint};
use crate::domain::catalog::Product;

/// Builds the request for the page starting at `skip`.
type MakeEndpoint = Arc<dyn Fn(u32) -> Endpoint + Send + Sync>;

/// The state of a paged product list. Copyable handle; the signals live as long as the screen.
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
}

impl PagedList {
    /// A list for the endpoint `make(skip)` gives; the first page starts loading at once.
    pub fn new(
        backend: Backend,
        make: impl Fn(u32) -> Endpoint + Send + Sync + 'static,
    ) -> PagedList {
        let list = PagedList {
            items: RwSignal::new(Vec::new()),
            total: RwSignal::new(None),
            skipped: RwSignal::new(0),
            loading: RwSignal::new(false),
            error: RwSignal::new(None),
            next_skip: RwSignal::new(Some(0)),
            request: StoredValue::new((backend, Arc::new(make))),
            after_page: StoredValue::new(None),
        };
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
