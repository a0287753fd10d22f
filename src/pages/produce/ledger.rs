//! What the station owes each seller: sold, paid out, still owed, in big numbers and money
//! words; "pay" asks aloud whether the cash was handed over, and only "yes" records it.

use leptos::prelude::*;

use crate::components::avatar::Avatar;
use crate::components::icon::IconButton;
use crate::components::speak_button::use_voice;
use crate::domain::money::Fen;
use crate::domain::produce::sale::ledger;
use crate::i18n::*;
use crate::store::station::SaleFailure;
use crate::store::use_app;
use crate::words::produce::sale_failure;
use crate::words::say_money;

/// Every seller with a sale, in the order of their first sale.
#[component]
pub fn Ledgers() -> impl IntoView {
    let station = use_app().station;
    let sellers = Memo::new(move |_| {
        station.sales.with(|sales| {
            let mut ids: Vec<String> = Vec::new();
            for s in sales {
                if !ids.contains(&s.seller_id) {
                    ids.push(s.seller_id.clone());
                }
            }
            ids
        })
    });
    view! {
        <ul class="ledger-list">
            <For each=move || sellers.get() key=|id| id.clone() let:id>
                <LedgerRow seller_id=id />
            </For>
        </ul>
    }
}

/// An amount in figures, with the words it is said in under it.
#[component]
fn Amount(
    label: Signal<String>,
    amount: Signal<Fen>,
    #[prop(optional)] main: bool,
) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <div class=if main { "ledger-amount ledger-owed" } else { "ledger-amount" }>
            <span class="ledger-label">{label}</span>
            <span class="ledger-figure">{move || amount.get().to_string()}</span>
            <span class="ledger-words">{move || say_money(i18n.get_locale(), amount.get())}</span>
        </div>
    }
}

#[component]
fn LedgerRow(seller_id: String) -> impl IntoView {
    let i18n = use_i18n();
    let station = use_app().station;
    let voice = use_voice();
    let id = StoredValue::new(seller_id);
    let account = Memo::new(move |_| {
        station.sales.with(|sales| {
            station
                .payouts
                .with(|payouts| id.with_value(|id| ledger(id, sales, payouts)))
        })
    });
    let face = Memo::new(move |_| id.with_value(|id| station.villager_face(id)));
    let name = move || face.get().map(|f| f.0).unwrap_or_default();
    let asking = RwSignal::new(false);
    let said = RwSignal::new(None::<String>);
    let ask = move |_| {
        let locale = i18n.get_locale_untracked();
        let question = td_string!(
            locale,
            produce.pay_ask,
            name = name(),
            amount = say_money(locale, account.get_untracked().owed)
        )
        .to_string();
        voice.say_only(&question);
        said.set(None);
        asking.set(true);
    };
    let pay = move |_| {
        asking.set(false);
        let locale = i18n.get_locale_untracked();
        let text = match id.with_value(|id| station.pay_out(id)) {
            Ok(paid) => td_string!(
                locale,
                produce.paid,
                name = name(),
                amount = say_money(locale, paid.amount)
            )
            .to_string(),
            Err(SaleFailure::NothingOwed) => {
                td_string!(locale, produce.nothing_owed, name = name()).to_string()
            }
            Err(other) => sale_failure(locale, other, Default::default()),
        };
        voice.say_only(&text);
        said.set(Some(text));
    };
    view! {
        <li class="ledger-row">
            <p class="ledger-who">
                {move || face.get().map(|(_, avatar)| view! { <Avatar index=avatar class="avatar-big" /> })}
                <span>{name}</span>
            </p>
            <div class="ledger-amounts">
                <Amount label=t_signal!(i18n, produce.sold_total) amount=Signal::derive(move || account.get().sold) />
                <Amount label=t_signal!(i18n, produce.paid_total) amount=Signal::derive(move || account.get().paid_out) />
                <Amount label=t_signal!(i18n, produce.owed) amount=Signal::derive(move || account.get().owed) main=true />
            </div>
            <Show
                when=move || asking.get()
                fallback=move || view! {
                    <IconButton icon=icondata::LuBanknote class="btn btn-primary btn-huge" on_click=ask disabled=Signal::derive(move || account.get().owed.0 <= 0)>
                        {t!(i18n, produce.pay)}
                    </IconButton>
                }
            >
                <div class="confirm-ask" role="alertdialog" aria-label=move || td_string!(i18n.get_locale(), produce.pay_ask, name = name(), amount = account.get().owed.to_string()).to_string()>
                    <p>{move || td_string!(i18n.get_locale(), produce.pay_ask, name = name(), amount = account.get().owed.to_string()).to_string()}</p>
                    <IconButton icon=icondata::LuCheck class="btn btn-primary" on_click=pay>{t!(i18n, produce.pay_yes)}</IconButton>
                    <IconButton icon=icondata::LuX on_click=move |_| asking.set(false)>{t!(i18n, produce.pay_no)}</IconButton>
                </div>
            </Show>
            <p class="form-status" role="status">{move || said.get()}</p>
        </li>
    }
}
