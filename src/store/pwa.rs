//! The installable, offline app: registers the service worker (sw/sw.js), offers a new build when
//! one is waiting (never forces it), asks for persistent storage, and tracks the network state.

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;
use wasm_bindgen_futures::JsFuture;

/// The offline side of the app. Cheap to copy.
#[derive(Clone, Copy)]
pub struct Pwa {
    /// The browser says it has a network (a hint only: sends confirm it).
    pub online: RwSignal<bool>,
    /// A new build is installed and waiting for the partner's tap.
    pub update_ready: RwSignal<bool>,
    /// The partner asked for the update: reload when the new worker takes over.
    updating: StoredValue<bool>,
    /// Whether the browser granted persistent storage (`None` until it answered).
    pub persisted: RwSignal<Option<bool>>,
}

fn on_line() -> bool {
    web_sys::window().is_none_or(|w| w.navigator().on_line())
}

impl Pwa {
    /// Starts everything; without service worker support the app simply works online.
    pub fn start() -> Pwa {
        let pwa = Pwa {
            online: RwSignal::new(on_line()),
            update_ready: RwSignal::new(false),
            updating: StoredValue::new(false),
            persisted: RwSignal::new(None),
        };
        let _ = leptos_use::use_event_listener(
            leptos_use::use_window(),
            leptos::ev::online,
            move |_| pwa.online.set(true),
        );
        let _ = leptos_use::use_event_listener(
            leptos_use::use_window(),
            leptos::ev::offline,
            move |_| pwa.online.set(false),
        );
        leptos::task::spawn_local(async move {
            pwa.register().await;
        });
        leptos::task::spawn_local(async move {
            let granted = persist().await;
            pwa.persisted.set(granted);
        });
        pwa
    }

    async fn register(self) {
        let Some(container) = web_sys::window().map(|w| w.navigator().service_worker()) else {
            return;
        };
        // A tapped update reloads the app once the new worker has taken over (and only then:
        // the first install also changes the controller, and must not reload anything).
        let reload = Closure::<dyn Fn()>::new(move || {
            if self.updating.get_value()
                && let Some(w) = web_sys::window()
            {
                let _ = w.location().reload();
            }
        });
        container.set_oncontrollerchange(Some(reload.as_ref().unchecked_ref()));
        reload.forget();
        // Anything but a registration (a refusal, or `undefined` where workers are blocked): the
        // app simply runs online.
        let Ok(Ok(registration)) = JsFuture::from(container.register("/sw.js"))
            .await
            .map(|r| r.dyn_into::<web_sys::ServiceWorkerRegistration>())
        else {
            return;
        };
        let has_controller = container.controller().is_some();
        if registration.waiting().is_some() && has_controller {
            self.update_ready.set(true);
        }
        let reg = registration.clone();
        let found = Closure::<dyn Fn()>::new(move || {
            let Some(installing) = reg.installing() else {
                return;
            };
            let worker = installing.clone();
            let changed = Closure::<dyn Fn()>::new(move || {
                let controlled = web_sys::window()
                    .is_some_and(|w| w.navigator().service_worker().controller().is_some());
                if worker.state() == web_sys::ServiceWorkerState::Installed && controlled {
                    self.update_ready.set(true);
                }
            });
            installing.set_onstatechange(Some(changed.as_ref().unchecked_ref()));
            changed.forget();
        });
        registration.set_onupdatefound(Some(found.as_ref().unchecked_ref()));
        found.forget();
    }

    /// The partner tapped "update": the waiting build takes over and the app reloads.
    pub fn apply_update(self) {
        self.updating.set_value(true);
        leptos::task::spawn_local(async move {
            let Some(container) = web_sys::window().map(|w| w.navigator().service_worker()) else {
                return;
            };
            let waiting = JsFuture::from(container.get_registration())
                .await
                .ok()
                .and_then(|r| r.dyn_into::<web_sys::ServiceWorkerRegistration>().ok())
                .and_then(|r| r.waiting());
            match waiting {
                Some(waiting) => {
                    let _ = waiting.post_message(&"update-now".into());
                }
                None => {
                    if let Some(w) = web_sys::window() {
                        let _ = w.location().reload();
                    }
                }
            }
        });
    }
}

/// Asks the browser to keep the station's data even when space runs low.
async fn persist() -> Option<bool> {
    let storage = web_sys::window()?.navigator().storage();
    let promise = storage.persist().ok()?;
    JsFuture::from(promise).await.ok()?.as_bool()
}

/// Storage used and available, in whole megabytes (`None` when the browser does not say).
pub async fn estimate() -> Option<(u64, u64)> {
    let storage = web_sys::window()?.navigator().storage();
    let answer = JsFuture::from(storage.estimate().ok()?).await.ok()?;
    // Whole megabytes by integer casts: printing an f64 would link the float formatter.
    let get = |k: &str| {
        let bytes = js_sys::Reflect::get(&answer, &k.into()).ok()?.as_f64()?;
        Some((bytes / 1_048_576.0) as u64)
    };
    Some((get("usage")?, get("quota")?))
}
