//! The one `send` under every request: gloo-net, a bounded wait, typed errors.

use futures::future::{Either, select};
use gloo_net::http::{Request, RequestBuilder};
use gloo_timers::future::TimeoutFuture;
use serde_json::Value;

use super::error::ApiError;

/// A request that has not finished after this long is given up (and aborted).
pub const TIMEOUT_MS: u32 = 12_000;

/// GETs `url` and parses the body as JSON. Never panics: every failure is an [`ApiError`].
pub async fn fetch_json(url: &str) -> Result<Value, ApiError> {
    exchange(Request::get(url), None).await
}

/// POSTs `body` as JSON with an `Idempotency-Key` header (a server that knows the key drops a
/// repeated order) and parses the answer as JSON.
pub async fn post_json(url: &str, body: &Value, key: &str) -> Result<Value, ApiError> {
    exchange(
        Request::post(url).header("Idempotency-Key", key),
        Some(body),
    )
    .await
}

async fn exchange(builder: RequestBuilder, body: Option<&Value>) -> Result<Value, ApiError> {
    // `navigator.onLine` is only a hint: the request is always tried (the service worker may
    // answer it from its cache); a request that cannot reach anything is "offline".
    let controller = web_sys::AbortController::new().ok();
    let signal = controller.as_ref().map(|c| c.signal());
    let request = async {
        let builder = builder.abort_signal(signal.as_ref());
        let request = match body {
            Some(body) => builder.json(body),
            None => builder.build(),
        }
        .map_err(|e| ApiError::Decode(e.to_string()))?;
        let response = request.send().await.map_err(|_| ApiError::Offline)?;
        if !response.ok() {
            let retry_after = response.headers().get("retry-after");
            return Err(ApiError::from_status(
                response.status(),
                retry_after.as_deref(),
                js_sys::Date::now() as u64,
            ));
        }
        // A body that stops half-way is a network fault, not bad data.
        let text = response.text().await.map_err(|_| ApiError::Offline)?;
        serde_json::from_str::<Value>(&text).map_err(|e| ApiError::Decode(e.to_string()))
    };
    let timeout = TimeoutFuture::new(TIMEOUT_MS);
    match select(Box::pin(request), timeout).await {
        Either::Left((result, _)) => result,
        Either::Right(_) => {
            if let Some(c) = controller {
                c.abort();
            }
            Err(ApiError::Timeout)
        }
    }
}

// A send left "in flight" in the outbox is taken for cut off only once no request can still be out.
const _: () = assert!(crate::domain::outbox::IN_FLIGHT_MS > 2 * TIMEOUT_MS as u64);
