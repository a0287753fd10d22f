//! Villagers' produce sold through the station (代卖): the partner's list of goods on sale, each
//! sold from its row, and what the station owes each seller, paid out after a spoken yes/no.
//! The listing form is [`new`]; the screen a buyer sees, with its trace card, is [`trace`].

mod ledger;
pub mod new;
mod row;
pub mod shelf;
pub mod trace;

use leptos::prelude::*;

use crate::components::icon::IconLink;
use crate::components::partner_gate::PartnerScreen;
use crate::components::status_line::StatusLine;
use crate::i18n::*;
use crate::routes::Route;
use crate::store::keys::{LISTINGS, PAYOUTS, SALES};
use crate::store::{db, tabs, use_app};
use ledger::Ledgers;
use row::GoodsRow;

/// Reads the goods' records now and again whenever another tab writes them.
pub fn follow_produce() {
    let station = use_app().station;
    station.load_produce();
    tabs::on_other_tab_write(move |key| {
        if [LISTINGS, SALES, PAYOUTS].iter().any(|k| key == db::key(k)) {
            station.load_produce();
        }
    });
}

/// The partner's goods screen: "list new goods", the goods on sale (newest first), and the
/// sellers' accounts.
#[component]
pub fn GoodsPage() -> impl IntoView {
    let i18n = use_i18n();
    let station = use_app().station;
    follow_produce();
    // What the last sale did, said above the list (rows are made again when their stock moves).
    let status = RwSignal::new(None::<(bool, String)>);
    let listings = Memo::new(move |_| {
        let mut all = station.listings.get();
        all.sort_by_key(|l| std::cmp::Reverse(l.listed_at));
        all
    });
    view! {
        <PartnerScreen title=t_signal!(i18n, produce.title) hint=t_signal!(i18n, produce.hint)>
            <IconLink to=Route::NewGoods icon=icondata::LuCamera class="btn btn-primary btn-huge">
                {t!(i18n, produce.add)}
            </IconLink>
            <h2>{t!(i18n, produce.listings)}</h2>
            <StatusLine status />
            <Show
                when=move || !listings.with(Vec::is_empty)
                fallback=move || view! { <p class="empty">{t!(i18n, produce.none)}</p> }
            >
                <ul class="goods-list">
                    <For
                        each=move || listings.get()
                        key=|l| (l.id.clone(), l.quantity, l.remote_id, matches!(l.send, crate::domain::outbox::SendState::Sent { .. }))
                        let:listing
                    >
                        <GoodsRow listing status />
                    </For>
                </ul>
            </Show>
            <h2>{t!(i18n, produce.ledgers)}</h2>
            <Ledgers />
        </PartnerScreen>
    }
}
