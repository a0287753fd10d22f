use leptos::prelude::*;

use crate::components::partner_gate::PartnerScreen;
use crate::domain::commission::{month_summary, percent_text};
use crate::domain::courier_parcel::{month_fees, month_pickups};
use crate::domain::money::Fen;
use crate::domain::order::date_of;
use crate::domain::parcel::order_commission;
use crate::i18n::*;
use crate::platform::local_offset_minutes;
use crate::store::use_app;

/// This month's commission in big numbers: orders placed, amount pending, amount earned; the
/// couriers' fees for parcels handed over, and the month's income (earned + fees).
#[component]
pub fn CommissionPage() -> impl IntoView {
    let i18n = use_i18n();
    let app = use_app();
    let station = app.station;
    let rate = move || app.settings.with(|s| s.commission_bp);
    let summary = Memo::new(move |_| {
        let now = station.now.get();
        let rate = rate();
        let offset = local_offset_minutes();
        let today = date_of(i64::try_from(now).unwrap_or(i64::MAX), offset);
        let items: Vec<_> = station.orders.with(|orders| {
            orders
                .iter()
                .map(|o| {
                    let (amount, state) = order_commission(o, rate, now);
                    (o.placed_at, amount, state)
                })
                .collect()
        });
        month_summary(&items, today.year, today.month, offset)
    });
    // Couriers' parcels handed over this month, and what the couriers pay for them.
    station.load_courier_parcels();
    let fees = Memo::new(move |_| {
        let offset = local_offset_minutes();
        let now = station.now.get();
        let today = date_of(i64::try_from(now).unwrap_or(i64::MAX), offset);
        let fee = app.settings.with(|s| s.parcel_fee);
        station.courier_parcels.with(|parcels| {
            (
                month_pickups(parcels, today.year, today.month, offset),
                month_fees(parcels, fee, today.year, today.month, offset),
            )
        })
    });
    let income = move || Fen(summary.get().earned.0.saturating_add(fees.get().1.0));
    let percent = move || percent_text(rate());
    view! {
        <PartnerScreen title=t_signal!(i18n, commission.title) hint=t_signal!(i18n, commission.hint)>
            <dl class="big-numbers">
                <div>
                    <dt>{t!(i18n, commission.orders)}</dt>
                    <dd class="figure">{move || summary.get().orders}</dd>
                </div>
                <div>
                    <dt>{t!(i18n, commission.pending)}</dt>
                    <dd class="figure">{move || summary.get().pending.to_string()}</dd>
                </div>
                <div>
                    <dt>{t!(i18n, commission.earned)}</dt>
                    <dd class="figure figure-earned">{move || summary.get().earned.to_string()}</dd>
                </div>
                <div>
                    <dt>{move || t_string!(i18n, commission.fees, count = fees.get().0).to_string()}</dt>
                    <dd class="figure">{move || fees.get().1.to_string()}</dd>
                </div>
                <div>
                    <dt>{t!(i18n, commission.income)}</dt>
                    <dd class="figure figure-earned">{move || income().to_string()}</dd>
                </div>
            </dl>
            <p class="muted">{move || t_string!(i18n, commission.rate, percent = percent()).to_string()}</p>
        </PartnerScreen>
    }
}
