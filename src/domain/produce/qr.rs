//! The QR code on a trace card, as one SVG path: a buyer's phone camera opens the goods' address.
//! Encoding is the `qrcodegen` crate's; this module only lays its modules out as squares.

use qrcodegen::{QrCode, QrCodeEcc};

/// Modules of empty margin around the code (the "quiet zone" scanners need).
pub const QUIET: i32 = 4;

/// A QR code drawn as an SVG path over a square of `side` units (quiet zone included).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QrPath {
    pub side: i32,
    /// `M x,y h1 v1 h-1 z` for every dark module, each run of dark modules in a row as one
    /// rectangle.
    pub d: String,
}

/// Encodes `text` (medium error correction: a smudged print still scans). `None` when it is too
/// long for any QR code.
pub fn qr_path(text: &str) -> Option<QrPath> {
    let code = QrCode::encode_text(text, QrCodeEcc::Medium).ok()?;
    let size = code.size();
    let mut d = String::new();
    for y in 0..size {
        let mut x = 0;
        while x < size {
            if !code.get_module(x, y) {
                x += 1;
                continue;
            }
            let start = x;
            while x < size && code.get_module(x, y) {
                x += 1;
            }
            d.push_str(&format!(
                "M{},{}h{}v1h-{}z",
                start + QUIET,
                y + QUIET,
                x - start,
                x - start
            ));
        }
    }
    Some(QrPath {
        side: size + 2 * QUIET,
        d,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The dark cells the path draws, read back from its rectangles.
    fn cells(path: &QrPath) -> Vec<(i32, i32)> {
        let mut out = Vec::new();
        for rect in path.d.split('M').filter(|s| !s.is_empty()) {
            let (xy, rest) = rect.split_once('h').unwrap();
            let (x, y) = xy.split_once(',').unwrap();
            let (x, y): (i32, i32) = (x.parse().unwrap(), y.parse().unwrap());
            let w: i32 = rest.split_once('v').unwrap().0.parse().unwrap();
            out.extend((x..x + w).map(|x| (x, y)));
        }
        out
    }

    #[test]
    fn the_path_draws_exactly_the_codes_dark_modules_inside_a_quiet_zone() {
        let text = "https://station.example/produce/3f9a0c";
        let path = qr_path(text).unwrap();
        let code = QrCode::encode_text(text, QrCodeEcc::Medium).unwrap();
        assert_eq!(path.side, code.size() + 8);
        let drawn = cells(&path);
        let mut want = Vec::new();
        for y in 0..code.size() {
            for x in 0..code.size() {
                if code.get_module(x, y) {
                    want.push((x + QUIET, y + QUIET));
                }
            }
        }
        assert_eq!(drawn, want);
        // The three finder squares' corners are dark; the quiet zone is not drawn.
        for corner in [
            (QUIET, QUIET),
            (path.side - QUIET - 1, QUIET),
            (QUIET, path.side - QUIET - 1),
        ] {
            assert!(drawn.contains(&corner), "{corner:?}");
        }
        assert!(
            drawn
                .iter()
                .all(|&(x, y)| (QUIET..path.side - QUIET).contains(&x)
                    && (QUIET..path.side - QUIET).contains(&y))
        );
    }

    #[test]
    fn text_too_long_for_any_code_gives_none() {
        assert!(qr_path(&"x".repeat(3_000)).is_none());
        assert!(qr_path("").is_some());
    }
}
