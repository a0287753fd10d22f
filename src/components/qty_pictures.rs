use leptos::prelude::*;

use crate::domain::catalog::pictogram_for;

/// Up to this many, a quantity is also shown as that many small pictures.
pub const MAX_PICTURED: u32 = 5;

/// A small quantity as a row of small pictures of the thing (3 bags of rice: three little bags),
/// for someone who does not read numbers easily. Beside the number, never instead of it; hidden
/// from screen readers (the number says it). Larger amounts show nothing here.
#[component]
pub fn QtyPictures(
    #[prop(into)] qty: Signal<u32>,
    /// The product's picture, or the category's pictogram when it has none.
    picture: Option<String>,
    category: String,
) -> impl IntoView {
    let src = picture.unwrap_or_else(|| pictogram_for(&category));
    move || {
        let n = qty.get();
        (1..=MAX_PICTURED).contains(&n).then(|| {
            let src = src.clone();
            view! {
                <span class="qty-pictures" aria-hidden="true" data-count=n>
                    {(0..n)
                        .map(|_| view! { <img src=src.clone() alt="" width="28" height="28" decoding="async" /> })
                        .collect_view()}
                </span>
            }
        })
    }
}
