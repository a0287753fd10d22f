//! Several tabs on one station tablet (the installed app and a browser tab opened from a message):
//! the Web Lock that lets one tab at a time flush the outbox, and the storage event that brings
//! another tab's writes to this tab's screens.

use std::future::Future;

use js_sys::{Function, Object, Promise, Reflect};
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::{JsFuture, future_to_promise};

/// The Web Lock held while the outbox is flushed. Per origin, so the demo station (trainer mode)
/// shares it with the real one: both are never flushed by two tabs at once.
const OUTBOX_LOCK: &str = "cunzhan.outbox";

/// Runs `job` holding the outbox lock, unless another tab holds it (then that tab is flushing and
/// this one leaves it be: its results arrive through the storage event). Returns whether `job`
/// ran. A browser without Web Locks has one tab's worth of guarantees: `job` simply runs.
pub async fn with_outbox_lock<F>(job: F) -> bool
where
    F: Future<Output = ()> + 'static,
{
    let Some(request) = lock_request() else {
        job.await;
        return true;
    };
    let (locks, request) = request;
    let options = Object::new();
    let _ = Reflect::set(&options, &"ifAvailable".into(), &JsValue::TRUE);
    let callback = Closure::once(move |lock: JsValue| -> Promise {
        if lock.is_null() {
            return Promise::resolve(&JsValue::FALSE);
        }
        future_to_promise(async move {
            job.await;
            Ok(JsValue::TRUE)
        })
    });
    let granted = request
        .call3(
            &locks,
            &OUTBOX_LOCK.into(),
            &options,
            callback.as_ref().unchecked_ref(),
        )
        .ok()
        .and_then(|p| p.dyn_into::<Promise>().ok());
    let Some(granted) = granted else {
        return false;
    };
    let ran = JsFuture::from(granted).await.ok().and_then(|v| v.as_bool());
    // The closure must live until the lock's callback has run and its promise settled.
    drop(callback);
    ran == Some(true)
}

/// `navigator.locks` and its `request` function, where the browser has them.
fn lock_request() -> Option<(JsValue, Function)> {
    let navigator = web_sys::window()?.navigator();
    let locks = Reflect::get(&navigator, &"locks".into()).ok()?;
    if locks.is_undefined() || locks.is_null() {
        return None;
    }
    let request = Reflect::get(&locks, &"request".into())
        .ok()?
        .dyn_into::<Function>()
        .ok()?;
    Some((locks, request))
}

/// Calls `changed` with the storage key each time another tab of this origin writes one (the
/// browser fires `storage` only in the other tabs). Removed with the owner.
pub fn on_other_tab_write(changed: impl Fn(String) + 'static) {
    let _ = leptos_use::use_event_listener(
        leptos_use::use_window(),
        leptos::ev::storage,
        move |event| {
            if let Some(key) = event.key() {
                changed(key);
            }
        },
    );
}
