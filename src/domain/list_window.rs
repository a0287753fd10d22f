//! Which tiles of a long product grid are mounted. Only the rows near the viewport are in the
//! page; the rows above and below are kept as empty space of their measured height, so the
//! scrollbar, the scroll place and Back stay right while a list of 1,000 products holds a few
//! dozen tiles. Plain numbers in and out: the component measures the rows and mounts the tiles.

/// The height a row is taken to have before any row of this grid was measured (CSS px, about one
/// tile at the tablet's width). Only the very first layout uses it.
const FIRST_GUESS: f64 = 360.0;

/// Never fewer tiles than this are mounted (when the list has them): short lists stay whole, and
/// a fast fling finds tiles around the viewport.
pub const MIN_MOUNTED: usize = 30;

/// The measured rows of a grid with a given number of columns.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct RowHeights {
    cols: usize,
    /// Height of each row measured so far, its gap to the next row included; 0 = not measured.
    rows: Vec<f64>,
}

/// What to mount: the tiles `first..end` of the list, with empty space above and below them.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Window {
    /// Index of the first mounted tile (the first of a row).
    pub first: usize,
    /// One past the last mounted tile.
    pub end: usize,
    /// The height of the rows above `first` (px).
    pub above: f64,
    /// The height of the rows after `end` (px).
    pub below: f64,
}

impl RowHeights {
    /// Columns of the grid, 0 while unknown.
    pub fn cols(&self) -> usize {
        self.cols
    }

    /// Sets the number of columns. Another count (the window was resized or turned) puts the
    /// tiles in other rows, so the rows measured before no longer apply.
    pub fn set_cols(&mut self, cols: usize) {
        if cols != self.cols {
            self.cols = cols;
            self.rows.clear();
        }
    }

    /// Records the height of `row` (its gap to the next row included).
    pub fn record(&mut self, row: usize, height: f64) {
        if !(height.is_finite() && height > 0.0) {
            return;
        }
        if self.rows.len() <= row {
            self.rows.resize(row + 1, 0.0);
        }
        if let Some(slot) = self.rows.get_mut(row) {
            *slot = height;
        }
    }

    /// What a row not measured yet is taken to be: the mean of the measured ones.
    fn typical(&self) -> f64 {
        let (sum, n) = self
            .rows
            .iter()
            .filter(|h| **h > 0.0)
            .fold((0.0, 0u32), |(s, n), h| (s + h, n + 1));
        if n == 0 {
            FIRST_GUESS
        } else {
            sum / f64::from(n)
        }
    }

    fn height(&self, row: usize, typical: f64) -> f64 {
        match self.rows.get(row) {
            Some(h) if *h > 0.0 => *h,
            _ => typical,
        }
    }

    /// The tiles to mount for a list of `items` tiles when the viewport's top is `view_top` px
    /// below the top of the grid (negative while the grid starts lower on screen) and it is
    /// `view_height` px tall: every row that comes within `margin` px of the viewport, and at
    /// least [`MIN_MOUNTED`] tiles.
    pub fn plan(&self, items: usize, view_top: f64, view_height: f64, margin: f64) -> Window {
        if self.cols == 0 {
            // Nothing laid out yet: the first tiles, to be measured.
            return Window {
                first: 0,
                end: items.min(MIN_MOUNTED),
                ..Window::default()
            };
        }
        // (Never 0 here; `max` spares the wasm a division-by-zero panic path.)
        let cols = self.cols.max(1);
        let rows = items.div_ceil(cols);
        let typical = self.typical();
        let (from, to) = (view_top - margin, view_top + view_height + margin);
        let mut first = rows;
        let mut end = 0;
        let mut y = 0.0;
        for row in 0..rows {
            let h = self.height(row, typical);
            if y + h > from && y < to {
                first = first.min(row);
                end = row + 1;
            }
            y += h;
        }
        if first >= end {
            // The viewport is past one end of the grid: mount the rows at that end.
            let last = rows.saturating_sub(1);
            (first, end) = if from >= y {
                (last, rows)
            } else {
                (0, rows.min(1))
            };
        }
        // At least MIN_MOUNTED tiles: grow downwards, then upwards.
        let min_rows = MIN_MOUNTED.div_ceil(cols);
        while end - first < min_rows && (end < rows || first > 0) {
            if end < rows {
                end += 1;
            } else {
                first -= 1;
            }
        }
        let above: f64 = (0..first).map(|r| self.height(r, typical)).sum();
        let below: f64 = (end..rows).map(|r| self.height(r, typical)).sum();
        Window {
            first: first * cols,
            end: (end * cols).min(items),
            above,
            below,
        }
    }
}

/// Whether the list should ask for its next page: only once its first page has arrived and been
/// laid out, and only when its end (`end_top`, px from the viewport's top) is inside the
/// viewport. (A check made before the first page is on screen would see the empty list's end at
/// the top and load page 2 unasked.)
pub fn wants_next_page(first_page_in: bool, end_top: f64, view_height: f64) -> bool {
    first_page_in && end_top <= view_height
}

#[cfg(test)]
mod tests {
    use super::*;

    fn grid(cols: usize, heights: &[f64]) -> RowHeights {
        let mut g = RowHeights::default();
        g.set_cols(cols);
        for (row, h) in heights.iter().enumerate() {
            g.record(row, *h);
        }
        g
    }

    #[test]
    fn before_any_layout_the_first_tiles_are_mounted() {
        let g = RowHeights::default();
        assert_eq!(
            g.plan(1000, 0.0, 800.0, 200.0),
            Window {
                first: 0,
                end: MIN_MOUNTED,
                above: 0.0,
                below: 0.0
            }
        );
        assert_eq!(g.plan(12, 0.0, 800.0, 200.0).end, 12);
    }

    #[test]
    fn short_lists_stay_whole() {
        // 30 tiles in 5 columns, 6 rows of 340 px, the grid starting 250 px down the screen.
        let g = grid(5, &[340.0; 6]);
        let w = g.plan(30, -250.0, 800.0, 200.0);
        assert_eq!((w.first, w.end, w.above, w.below), (0, 30, 0.0, 0.0));
    }

    #[test]
    fn far_down_a_long_list_only_rows_near_the_viewport_are_mounted() {
        // 1,000 tiles, 5 columns: 200 rows of 300 px.
        let g = grid(5, &[300.0; 200]);
        // Viewport from 30,000 to 30,800 px (rows 100..103), 150 px margin: rows 99..103.
        let w = g.plan(1000, 30_000.0, 800.0, 150.0);
        assert_eq!(w.first % 5, 0, "a window starts at a row");
        assert!(w.first <= 500 && w.end >= 515, "{w:?}");
        assert!(w.end - w.first >= MIN_MOUNTED);
        assert!(w.end - w.first <= 45, "{w:?}");
        // The space kept above and below is the rows left out, so the page is as tall as before.
        let mounted_rows = (w.end - w.first).div_ceil(5) as f64;
        assert_eq!(w.above + mounted_rows * 300.0 + w.below, 200.0 * 300.0);
        assert_eq!(w.above, (w.first / 5) as f64 * 300.0);
    }

    #[test]
    fn measured_heights_count_and_unmeasured_rows_take_the_mean() {
        let mut g = grid(4, &[100.0, 300.0]);
        // Rows 2.. are not measured: 200 px each (the mean).
        let w = g.plan(400, 10_000.0, 500.0, 0.0);
        assert_eq!(
            w.first,
            4 * 50,
            "row 50 starts at 100 + 300 + 48 × 200 = 10,000"
        );
        assert_eq!(w.above, 10_000.0);
        // Row 0 measured again at 500 px: the mean is 400, row 25 starts at 500 + 300 + 23 × 400.
        g.record(0, 500.0);
        let w = g.plan(400, 10_000.0, 500.0, 0.0);
        assert_eq!((w.first, w.above), (4 * 25, 10_000.0));
    }

    #[test]
    fn other_columns_drop_the_measured_rows() {
        let mut g = grid(5, &[300.0; 10]);
        g.set_cols(5);
        // Ten rows, six mounted (30 tiles), four measured ones below.
        assert_eq!(g.plan(50, 0.0, 100.0, 0.0).below, 4.0 * 300.0);
        g.set_cols(2);
        assert_eq!(g.cols(), 2);
        // Nothing measured for two columns: the first guess.
        let w = g.plan(50, 0.0, 100.0, 0.0);
        assert_eq!(w.first, 0);
        assert_eq!(w.end, MIN_MOUNTED);
        assert_eq!(w.below, 10.0 * FIRST_GUESS);
    }

    #[test]
    fn bad_measurements_are_ignored() {
        let mut g = grid(3, &[200.0]);
        g.record(1, f64::NAN);
        g.record(2, 0.0);
        g.record(3, -5.0);
        assert_eq!(g.typical(), 200.0);
    }

    #[test]
    fn past_either_end_the_rows_at_that_end_are_mounted() {
        let g = grid(5, &[300.0; 200]);
        let below_end = g.plan(1000, 90_000.0, 800.0, 100.0);
        assert_eq!(below_end.end, 1000);
        assert_eq!(below_end.below, 0.0);
        assert_eq!(below_end.end - below_end.first, MIN_MOUNTED);
        let above_start = g.plan(1000, -5_000.0, 800.0, 100.0);
        assert_eq!((above_start.first, above_start.end), (0, MIN_MOUNTED));
        assert_eq!(g.plan(0, 0.0, 800.0, 100.0), Window::default());
    }

    #[test]
    fn a_partial_last_row_is_mounted_whole() {
        let g = grid(5, &[300.0; 3]);
        let w = g.plan(13, 0.0, 800.0, 0.0);
        assert_eq!((w.first, w.end), (0, 13));
    }

    #[test]
    fn the_next_page_waits_for_the_first_and_for_the_end_in_view() {
        // The empty list before its first page: its end is at the top, in view — no load.
        assert!(!wants_next_page(false, 0.0, 800.0));
        // First page laid out, its end below the viewport: no load.
        assert!(!wants_next_page(true, 1_300.0, 800.0));
        // Scrolled to the end.
        assert!(wants_next_page(true, 790.0, 800.0));
        assert!(wants_next_page(true, 800.0, 800.0));
    }
}
