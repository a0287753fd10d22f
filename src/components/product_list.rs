use leptos::html::Div;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::components::error_panel::{ErrorPanel, Loading};
use crate::components::icon::{Icon, IconButton};
use crate::components::product_tile::ProductTile;
use crate::domain::list_window::{RowHeights, Window, wants_next_page};
use crate::i18n::*;
use crate::store::paging::{ListPlace, PagedList};

/// How far beyond the viewport rows stay mounted, as a share of its height.
const MARGIN: f64 = 0.25;

/// A grid of product tiles that loads the next page when its end scrolls into view, or when the
/// big "more" button is tapped; a failed page shows the error panel with a retry.
///
/// Long lists are windowed: only the rows near the viewport are mounted, the others are empty
/// space of their measured height (a category scrolled through 1,000 products keeps a few dozen
/// tiles, not 1,000). Back from a product comes back to the same place.
#[component]
pub fn ProductList(
    /// The paged list to show.
    list: PagedList,
) -> impl IntoView {
    let i18n = use_i18n();
    // The grid is its first child and the end-of-list sentinel its last.
    let root = NodeRef::<Div>::new();
    let view_height = || {
        web_sys::window()
            .and_then(|w| w.inner_height().ok())
            .and_then(|h| h.as_f64())
            .unwrap_or(800.0)
    };
    // The tiles to mount for where the list is.
    let plan = move |p: &ListPlace| {
        let height = view_height();
        let items = list.items.with_untracked(Vec::len);
        p.rows.plan(items, p.view_top, height, height * MARGIN)
    };
    let mounted = RwSignal::new(list.place.with_value(plan));
    // Measures the mounted rows, mounts the rows near the viewport, and asks for the next page when
    // the list's end is in view. Runs only when the tiles are laid out (on scroll, on resize, and a
    // frame after each change), so it never sees the empty list of a screen still arriving.
    let update = move || {
        let Some(root) = root.get_untracked().filter(|r| r.is_connected()) else {
            return;
        };
        let (Some(ul), Some(end)) = (root.first_element_child(), root.last_element_child()) else {
            return;
        };
        let height = view_height();
        let shown = mounted.get_untracked();
        list.place.update_value(|p| {
            measure(&ul, shown, &mut p.rows);
            p.view_top = -ul.get_bounding_client_rect().top();
        });
        let next = list.place.with_value(plan);
        if next != shown {
            // Other tiles: the end is looked at once they are laid out (the effect below runs
            // this again a frame later).
            mounted.set(next);
            return;
        }
        let first_page_in = list.total.get_untracked().is_some();
        if list.error.get_untracked().is_none()
            && wants_next_page(first_page_in, end.get_bounding_client_rect().top(), height)
        {
            list.load_more();
        }
    };
    // One listener type for both events keeps the wasm small (this screen is in the first load).
    let on_event = move |_: web_sys::Event| update();
    let listeners = [
        window_event_listener_untyped("scroll", on_event),
        window_event_listener_untyped("resize", on_event),
    ];
    on_cleanup(move || listeners.into_iter().for_each(|l| l.remove()));
    Effect::new(move |before: Option<()>| {
        // A page arriving ends a load: its tiles are then in the page.
        list.loading.track();
        // The rows left out are padding of their height. Set through the style object: the CSP
        // allows no inline style attribute (and a `style:` binding costs ~2 KB more wasm).
        let w = mounted.get();
        if let Some(ul) = root.get_untracked().and_then(|r| r.first_element_child()) {
            // Whole pixels: formatting an f64 would link the float printer (~10 KB).
            let padding = format!(
                "{}px 0 {}px",
                w.above.round() as i64,
                w.below.round() as i64
            );
            let _ = ul
                .unchecked_into::<web_sys::HtmlElement>()
                .style()
                .set_property("padding", &padding);
        }
        // Back from a product: the place it was left, once its rows are in the page.
        let restore = before.is_none() && list.restored;
        request_animation_frame(move || {
            if let (true, Some(w), Some(root)) = (restore, web_sys::window(), root.get_untracked())
            {
                let top = root.get_bounding_client_rect().top();
                w.scroll_by_with_x_and_y(0.0, top + list.place.with_value(|p| p.view_top));
            }
            update();
        });
    });
    let shown = move || {
        let w = mounted.get();
        list.items.with(|items| {
            items
                .get(w.first..w.end.min(items.len()))
                .unwrap_or_default()
                .to_vec()
        })
    };
    view! {
        <div class="product-list" node_ref=root>
        <ul class="grid product-grid">
            <For each=shown key=|p| p.id children=|product| view! { <ProductTile product /> } />
        </ul>
        {move || {
            let skipped = list.skipped.get();
            (skipped > 0)
                .then(|| {
                    view! {
                        <p class="notice">
                            <Icon icon=icondata::LuInfo />
                            <span>{t!(i18n, category.skipped, count = skipped)}</span>
                        </p>
                    }
                })
        }}
        {move || {
            if let Some(error) = list.error.get() {
                view! { <ErrorPanel error on_retry=move |_| list.load_more() /> }.into_any()
            } else if list.loading.get() {
                view! { <Loading /> }.into_any()
            } else if list.has_more() {
                view! {
                    <IconButton icon=icondata::LuChevronDown class="btn btn-primary more-btn" on_click=move |_| list.load_more()>{t!(i18n, category.more)}</IconButton>
                }
                    .into_any()
            } else {
                ().into_any()
            }
        }}
        <div class="sentinel"></div>
        </div>
    }
}

/// Reads the grid's columns and the height of each mounted row (its gap to the next included).
fn measure(ul: &web_sys::Element, shown: Window, rows: &mut RowHeights) {
    let tiles = ul.children();
    let n = tiles.length();
    if n as usize != shown.end - shown.first {
        // The page does not show this window yet.
        return;
    }
    let top = |i: u32| tiles.item(i).map(|t| t.get_bounding_client_rect());
    let Some(first) = top(0) else {
        return;
    };
    // The tiles on the first row share its top.
    let cols = (1..n)
        .take_while(|i| top(*i).is_some_and(|r| (r.top() - first.top()).abs() < 1.0))
        .count()
        + 1;
    // One row only says no more than "at least that many columns".
    if (cols < n as usize || cols > rows.cols()) && cols != rows.cols() {
        // Other columns: these tiles were grouped for the old ones; measure next time.
        rows.set_cols(cols);
        return;
    }
    let cols = rows.cols().max(1) as u32;
    let first_row = shown.first / cols as usize;
    let mut gap = 0.0;
    let mut i = 0;
    while i < n {
        let Some(this) = top(i) else { break };
        let height = match top(i + cols) {
            Some(next) => {
                gap = next.top() - this.bottom();
                next.top() - this.top()
            }
            None => this.height() + gap,
        };
        rows.record(first_row + (i / cols) as usize, height);
        i += cols;
    }
}
