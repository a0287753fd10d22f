//! Bounds on a listing's photo. Photos are kept on the tablet with the listing (and sent with
//! it over a slow link), so each is shrunk to a small JPEG before it is kept; these pure rules
//! say which sources to refuse before decoding, what size to draw the photo at, and whether the
//! result may be kept.

/// Largest photo kept (bytes of the encoded image): about a second on a 2G/3G link, and room
/// for hundreds of listings in the tablet's storage.
pub const MAX_PHOTO_BYTES: usize = 100 * 1024;
/// Largest source file read (15 MB): above every photo a phone or tablet camera takes (a
/// 48-megapixel JPEG is about 12 MB), so anything larger is not a photo worth decoding, and
/// decoding it could exhaust a cheap tablet's memory.
pub const MAX_SOURCE_BYTES: usize = 15 * 1024 * 1024;
/// Longest side drawn (pixels): sharp on a 1280×800 tablet screen.
pub const MAX_SIDE: u32 = 1024;
/// Shortest longest-side worth keeping: below it the product cannot be recognised.
pub const MIN_SIDE: u32 = 160;
/// Pixels a byte of JPEG holds for an ordinary photo at quality about 0.8 (≈1.6 bits a pixel):
/// the estimate that turns a byte budget into a pixel budget.
const PIXELS_PER_BYTE: u64 = 5;

/// Why a source file is refused before it is decoded.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SourceError {
    Empty,
    /// Above [`MAX_SOURCE_BYTES`].
    TooLarge,
}

/// Whether a chosen file is worth decoding.
pub fn check_source(bytes_len: usize) -> Result<(), SourceError> {
    match bytes_len {
        0 => Err(SourceError::Empty),
        n if n > MAX_SOURCE_BYTES => Err(SourceError::TooLarge),
        _ => Ok(()),
    }
}

/// Whether an encoded photo may be kept.
pub fn photo_fits(bytes_len: usize) -> bool {
    (1..=MAX_PHOTO_BYTES).contains(&bytes_len)
}

/// Whether a `data:` URL carries a photo within [`MAX_PHOTO_BYTES`] (base64: 4 characters for
/// every 3 bytes), judged without decoding it.
pub fn data_url_fits(url: &str) -> bool {
    let Some((head, body)) = url.split_once(',') else {
        return false;
    };
    let max_chars = MAX_PHOTO_BYTES.div_ceil(3) * 4;
    head.starts_with("data:image/")
        && head.ends_with(";base64")
        && (1..=max_chars).contains(&body.len())
}

/// The size to draw a `width`×`height` photo at so that its JPEG should fit `budget_bytes`:
/// never enlarged, longest side at most [`MAX_SIDE`], the pixel count within the budget, the
/// shape kept. `None` for an empty image or a budget too small for any picture.
pub fn target_size(width: u32, height: u32, budget_bytes: usize) -> Option<(u32, u32)> {
    if width == 0 || height == 0 {
        return None;
    }
    let (long, short) = (u64::from(width.max(height)), u64::from(width.min(height)));
    let max_pixels = u64::try_from(budget_bytes)
        .unwrap_or(u64::MAX)
        .saturating_mul(PIXELS_PER_BYTE);
    // long' × short' = long'² × short / long ≤ max_pixels.
    let by_budget = (u128::from(max_pixels) * u128::from(long) / u128::from(short)).isqrt();
    let new_long = u64::try_from(by_budget)
        .unwrap_or(u64::MAX)
        .min(long)
        .min(u64::from(MAX_SIDE));
    if new_long == 0 {
        return None;
    }
    let new_short = (short * new_long / long).max(1);
    let (new_long, new_short) = (
        u32::try_from(new_long).ok()?,
        u32::try_from(new_short).ok()?,
    );
    Some(if width >= height {
        (new_long, new_short)
    } else {
        (new_short, new_long)
    })
}

/// The next, smaller size to try when an encoded photo came out above the budget (three
/// quarters of each side); `None` once the longest side would drop below [`MIN_SIDE`].
pub fn smaller((width, height): (u32, u32)) -> Option<(u32, u32)> {
    let (w, h) = (width / 4 * 3, height / 4 * 3);
    (w.max(h) >= MIN_SIDE).then_some((w.max(1), h.max(1)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sources_are_refused_before_decoding_when_empty_or_huge() {
        assert_eq!(check_source(0), Err(SourceError::Empty));
        assert_eq!(check_source(3 * 1024 * 1024), Ok(()));
        assert_eq!(check_source(MAX_SOURCE_BYTES), Ok(()));
        assert_eq!(
            check_source(MAX_SOURCE_BYTES + 1),
            Err(SourceError::TooLarge)
        );
        assert_eq!(check_source(20 * 1024 * 1024), Err(SourceError::TooLarge));
    }

    #[test]
    fn a_kept_photo_is_at_most_100_kib() {
        assert!(photo_fits(1));
        assert!(photo_fits(102_400));
        assert!(!photo_fits(102_401));
        assert!(!photo_fits(0));
        let url = |n: usize| format!("data:image/jpeg;base64,{}", "A".repeat(n));
        assert!(data_url_fits(&url(136_536)));
        assert!(!data_url_fits(&url(136_540)));
        assert!(!data_url_fits(&url(0)));
        assert!(!data_url_fits("data:text/html;base64,AAAA"));
        assert!(!data_url_fits("javascript:alert(1)"));
    }

    #[test]
    fn sizes_keep_the_shape_and_fit_the_budget() {
        // A 12-megapixel camera photo: 512,000 pixels for 100 KiB.
        assert_eq!(target_size(4000, 3000, MAX_PHOTO_BYTES), Some((826, 619)));
        assert_eq!(target_size(3000, 4000, MAX_PHOTO_BYTES), Some((619, 826)));
        assert_eq!(target_size(3000, 3000, MAX_PHOTO_BYTES), Some((715, 715)));
        // A bigger budget stops at the longest side allowed.
        assert_eq!(target_size(4000, 3000, 1024 * 1024), Some((1024, 768)));
        // A panorama: the side limit, not the budget.
        assert_eq!(target_size(8000, 1000, MAX_PHOTO_BYTES), Some((1024, 128)));
        // Small photos are never enlarged.
        assert_eq!(target_size(640, 480, MAX_PHOTO_BYTES), Some((640, 480)));
        assert_eq!(target_size(1, 5000, MAX_PHOTO_BYTES), Some((1, 1024)));
        assert_eq!(target_size(0, 480, MAX_PHOTO_BYTES), None);
        assert_eq!(target_size(640, 480, 0), None);
        for (w, h) in [(4000, 3000), (1080, 2400), (u32::MAX, u32::MAX), (7, 3)] {
            let (tw, th) = target_size(w, h, MAX_PHOTO_BYTES).unwrap();
            assert!(tw.max(th) <= MAX_SIDE && tw <= w && th <= h, "{w}x{h}");
            assert!(u64::from(tw) * u64::from(th) <= MAX_PHOTO_BYTES as u64 * PIXELS_PER_BYTE);
        }
    }

    #[test]
    fn retries_get_smaller_and_stop() {
        assert_eq!(smaller((826, 619)), Some((618, 462)));
        assert_eq!(smaller((212, 100)), None, "159 pixels long");
        assert_eq!(smaller((216, 100)), Some((162, 75)));
        let mut size = (1024, 768);
        let mut tries = 0;
        while let Some(next) = smaller(size) {
            assert!(next.0 < size.0);
            size = next;
            tries += 1;
        }
        assert_eq!(tries, 6);
        assert!(size.0 >= MIN_SIDE);
    }
}
