//! A screen whose code is a separate part of the wasm (src/pages/split.rs), fetched when the
//! screen is first opened unless it was already fetched in idle time.

use std::future::Future;

use leptos::prelude::*;
use leptos::wasm_split::SplitLoaderError;

use crate::api::ApiError;
use crate::components::error_panel::{ErrorPanel, Loading};

/// Shows the loading line while the screen's code arrives, then the screen. When it cannot
/// arrive (no network and not yet kept by the service worker) the usual "no network" panel says
/// so, in words and voice, with a retry — the app itself keeps running.
#[component]
pub fn SplitScreen<F, Fut>(
    /// Fetches the screen's part of the wasm (once; later calls return at once) and makes the view.
    load: F,
    /// For a piece laid over the screen (the lesson overlay): no loading line, and nothing shown
    /// when the part cannot arrive (the screen under it says what the network does).
    #[prop(optional)]
    overlay: bool,
) -> impl IntoView
where
    F: Fn() -> Fut + Clone + Send + Sync + 'static,
    Fut: Future<Output = Result<AnyView, SplitLoaderError>> + Send + 'static,
{
    let attempt = RwSignal::new(0u32);
    view! {
        <Suspense fallback=move || (!overlay).then(Loading)>
            {move || {
                attempt.track();
                let load = load.clone();
                Suspend::new(async move {
                    match load().await {
                        Ok(screen) => screen,
                        Err(_) if overlay => ().into_any(),
                        Err(_) => {
                            view! {
                                <ErrorPanel
                                    error=ApiError::Offline
                                    on_retry=move |_| attempt.update(|n| *n += 1)
                                />
                            }
                                .into_any()
                        }
                    }
                })
            }}
        </Suspense>
    }
}
