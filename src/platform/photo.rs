//! A listing's photo, taken with the tablet camera (or chosen from its files) and shrunk on the
//! tablet to a small JPEG before it is kept: the browser decodes it (turned upright as the camera
//! held it) and a canvas draws it again at the size the pure rules pick
//! (`domain::produce::photo`). Drawing on a canvas keeps the pixels only, so the location and the
//! rest of the camera's data are not in what is kept.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use crate::domain::produce::photo::{
    MAX_PHOTO_BYTES, SourceError, check_source, data_url_fits, smaller, target_size,
};

/// Why no photo was kept.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PhotoError {
    Source(SourceError),
    /// Not a picture the browser can read.
    Unreadable,
    /// Still too large at the smallest size worth keeping.
    TooDetailed,
}

/// Qualities tried at each size, best first.
const QUALITIES: [f64; 2] = [0.8, 0.6];

/// Reads `file` and returns it as a JPEG `data:` URL within the photo bounds.
pub async fn shrink(file: &web_sys::File) -> Result<String, PhotoError> {
    check_source(file.size() as usize).map_err(PhotoError::Source)?;
    let window = web_sys::window().ok_or(PhotoError::Unreadable)?;
    let decoding = window
        .create_image_bitmap_with_blob(file)
        .map_err(|_| PhotoError::Unreadable)?;
    let bitmap: web_sys::ImageBitmap = JsFuture::from(decoding)
        .await
        .map_err(|_| PhotoError::Unreadable)?
        .unchecked_into();
    let drawn = draw_within_budget(&bitmap);
    bitmap.close();
    drawn
}

fn draw_within_budget(bitmap: &web_sys::ImageBitmap) -> Result<String, PhotoError> {
    let canvas: web_sys::HtmlCanvasElement = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.create_element("canvas").ok())
        .and_then(|e| e.dyn_into().ok())
        .ok_or(PhotoError::Unreadable)?;
    let mut size = target_size(bitmap.width(), bitmap.height(), MAX_PHOTO_BYTES)
        .ok_or(PhotoError::Unreadable)?;
    loop {
        canvas.set_width(size.0);
        canvas.set_height(size.1);
        let context: web_sys::CanvasRenderingContext2d = canvas
            .get_context("2d")
            .ok()
            .flatten()
            .and_then(|c| c.dyn_into().ok())
            .ok_or(PhotoError::Unreadable)?;
        // A photo with transparency (a PNG) gets a white ground, not JPEG's black.
        context.set_fill_style_str("#fff");
        context.fill_rect(0.0, 0.0, f64::from(size.0), f64::from(size.1));
        context
            .draw_image_with_image_bitmap_and_dw_and_dh(
                bitmap,
                0.0,
                0.0,
                f64::from(size.0),
                f64::from(size.1),
            )
            .map_err(|_| PhotoError::Unreadable)?;
        for quality in QUALITIES {
            let url = canvas
                .to_data_url_with_type_and_encoder_options("image/jpeg", &quality.into())
                .map_err(|_| PhotoError::Unreadable)?;
            if data_url_fits(&url) {
                return Ok(url);
            }
        }
        size = smaller(size).ok_or(PhotoError::TooDetailed)?;
    }
}
