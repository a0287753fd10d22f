//! Reading a tracking number off a parcel's label with the tablet camera, where the browser has
//! barcode detection (`BarcodeDetector`: Chrome on Android and ChromeOS, not every desktop).
//! Where it has none, the number is typed: [`available`] says which.

use js_sys::{Array, Function, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

fn detector_class() -> Option<Function> {
    let window = web_sys::window()?;
    Reflect::get(&window, &JsValue::from_str("BarcodeDetector"))
        .ok()?
        .dyn_into()
        .ok()
}

/// Whether this browser can read barcodes.
pub fn available() -> bool {
    detector_class().is_some()
}

/// Every barcode's text found in a photo, in the order the browser gives them; empty when none
/// was found or the photo cannot be read.
pub async fn read(file: &web_sys::File) -> Vec<String> {
    read_inner(file).await.unwrap_or_default()
}

async fn read_inner(file: &web_sys::File) -> Option<Vec<String>> {
    let class = detector_class()?;
    let window = web_sys::window()?;
    let bitmap = JsFuture::from(window.create_image_bitmap_with_blob(file).ok()?)
        .await
        .ok()?;
    let detector = Reflect::construct(&class, &Array::new()).ok()?;
    let detect: Function = Reflect::get(&detector, &JsValue::from_str("detect"))
        .ok()?
        .dyn_into()
        .ok()?;
    let promise: js_sys::Promise = detect.call1(&detector, &bitmap).ok()?.dyn_into().ok()?;
    let found: Array = JsFuture::from(promise).await.ok()?.dyn_into().ok()?;
    Some(
        found
            .iter()
            .filter_map(|code| {
                Reflect::get(&code, &JsValue::from_str("rawValue"))
                    .ok()?
                    .as_string()
            })
            .collect(),
    )
}
