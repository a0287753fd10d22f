//! Returns for a picked-up order.

use leptos::prelude::*;

use crate::components::icon::{Icon, IconButton};
use crate::domain::commission::ReturnWindow;
use crate::domain::parcel::{ReturnError, return_windows};
use crate::domain::station::{Order, ReturnReason};
use crate::i18n::*;
use crate::platform::local_offset_minutes;
use crate::store::use_app;
use crate::words::{lang_of, reason_word, when_text};

/// Returns for a picked-up order: the items that are still within their window, a reason from big
/// choices, and why the others are not offered.
#[component]
pub(super) fn ReturnPanel(order: Memo<Option<Order>>) -> impl IntoView {
    let i18n = use_i18n();
    let station = use_app().station;
    let windows = Memo::new(move |_| {
        let now = station.now.get();
        order.with(|o| {
            o.as_ref()
                .filter(|o| o.picked_up_at.is_some() && o.returned.is_none())
                .map(|o| {
                    o.lines
                        .iter()
                        .cloned()
                        .zip(return_windows(o, now).into_iter().map(|(_, w)| w))
                        .collect::<Vec<_>>()
                })
                .unwrap_or_default()
        })
    });
    let chosen = RwSignal::new(Vec::<u32>::new());
    let reason = RwSignal::new(None::<ReturnReason>);
    let problem = RwSignal::new(None::<&'static str>);
    let date = move |ms: u64| {
        when_text(
            i18n.get_locale(),
            ms,
            station.now.get(),
            local_offset_minutes(),
        )
    };
    let submit = move |_| {
        let locale = i18n.get_locale_untracked();
        let Some(id) = order.with_untracked(|o| o.as_ref().map(|o| o.id.clone())) else {
            return;
        };
        let Some(why) = reason.get_untracked() else {
            problem.set(Some(td_string!(locale, returns.choose_reason)));
            return;
        };
        problem.set(
            match station.start_return(&id, &chosen.get_untracked(), why) {
                Ok(()) => None,
                Err(ReturnError::NothingChosen) => Some(td_string!(locale, returns.err_nothing)),
                Err(_) => Some(td_string!(locale, returns.err_closed)),
            },
        );
    };
    view! {
        <Show when=move || !windows.with(Vec::is_empty)>
            <section class="returns" aria-labelledby="returns-title" data-lesson="return-start">
                <h2 id="returns-title">{t!(i18n, returns.title)}</h2>
                <fieldset class="field">
                    <legend class="field-label">{t!(i18n, returns.choose_items)}</legend>
                    <For each=move || windows.get() key=|(l, w)| (l.product_id, matches!(w, ReturnWindow::Open { .. })) let:item>
                        {
                            let (line, window) = item;
                            let pid = line.product_id;
                            let title = line.title.clone();
                            let open = matches!(window, ReturnWindow::Open { .. });
                            view! {
                                <label class="choice return-item">
                                    <input
                                        type="checkbox"
                                        disabled=!open
                                        prop:checked=move || chosen.with(|c| c.contains(&pid))
                                        on:change=move |_| chosen.update(|c| {
                                            if let Some(i) = c.iter().position(|p| *p == pid) {
                                                c.remove(i);
                                            } else {
                                                c.push(pid);
                                            }
                                        })
                                    />
                                    <span class="cart-line-title">{move || title.get(lang_of(i18n.get_locale())).to_string()}</span>
                                    <span class="muted">
                                        {move || match window {
                                            ReturnWindow::Open { until } => t_string!(i18n, returns.open_until, date = date(until)).to_string(),
                                            ReturnWindow::Closed { ended } => t_string!(i18n, returns.closed, date = date(ended)).to_string(),
                                            ReturnWindow::NoReturns => t_string!(i18n, returns.none).to_string(),
                                        }}
                                    </span>
                                </label>
                            }
                        }
                    </For>
                </fieldset>
                <Show when=move || windows.with(|w| w.iter().any(|(_, w)| matches!(w, ReturnWindow::Open { .. })))>
                    <fieldset class="field">
                        <legend class="field-label">{t!(i18n, returns.choose_reason)}</legend>
                        <div class="reason-grid">
                            {ReturnReason::ALL
                                .into_iter()
                                .map(|r| {
                                    view! {
                                        <label class="reason-choice">
                                            <input
                                                type="radio"
                                                name="reason"
                                                prop:checked=move || reason.get() == Some(r)
                                                on:change=move |_| reason.set(Some(r))
                                            />
                                            <span class="tile-icon"><Icon icon=reason_icon(r) /></span>
                                            <span>{move || reason_word(i18n.get_locale(), r)}</span>
                                        </label>
                                    }
                                })
                                .collect_view()}
                        </div>
                    </fieldset>
                    <p class="field-error" role="alert">{move || problem.get()}</p>
                    <IconButton icon=icondata::LuUndo2 class="btn btn-primary" on_click=submit>{t!(i18n, returns.submit)}</IconButton>
                </Show>
            </section>
        </Show>
    }
}

fn reason_icon(reason: ReturnReason) -> icondata::Icon {
    match reason {
        ReturnReason::WrongItem => icondata::LuShuffle,
        ReturnReason::Damaged => icondata::LuPackageX,
        ReturnReason::DoesNotFit => icondata::LuRuler,
        ReturnReason::ChangedMind => icondata::LuThumbsDown,
    }
}
