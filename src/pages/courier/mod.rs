//! Parcels from any courier kept for villagers (代收): record several in a row (courier, tracking
//! number, shelf, whose), then the ones waiting, each handed over with its pickup code.

mod row;

use leptos::prelude::*;

use crate::components::icon::{Icon, IconButton};
use crate::components::partner_gate::PartnerScreen;
use crate::components::speak_button::use_voice;
use crate::components::status_line::StatusLine;
use crate::components::text_field::TextField;
use crate::components::villager_pick::VillagerPick;
use crate::domain::courier_parcel::{
    Courier, MAX_SHELF, MAX_TRACKING, ParcelState, state, tracking_in,
};
use crate::i18n::*;
use crate::platform::barcode;
use crate::store::keys::COURIER_PARCELS;
use crate::store::station::{ParcelInput, RecordFailure};
use crate::store::{db, tabs, use_app};
use crate::words::code_speech;
use crate::words::courier::{courier_name, record_refusal};
use leptos::task::spawn_local;
use row::CourierParcelRow;

/// The screen: the form on top, the parcels waiting below.
#[component]
pub fn CourierPage() -> impl IntoView {
    let i18n = use_i18n();
    let station = use_app().station;
    station.load_courier_parcels();
    tabs::on_other_tab_write(move |key| {
        if key == db::key(COURIER_PARCELS) {
            station.load_courier_parcels();
        }
    });
    let done = RwSignal::new(None::<String>);
    // Waiting, flagged or due back; longest waiting first.
    let waiting = Memo::new(move |_| {
        let now = station.now.get();
        let mut list: Vec<_> = station.courier_parcels.with(|all| {
            all.iter()
                .filter(|p| {
                    matches!(
                        state(p, now),
                        ParcelState::Waiting | ParcelState::Flagged | ParcelState::DueBack
                    )
                })
                .cloned()
                .collect()
        });
        list.sort_by_key(|p| p.arrived_at);
        list
    });
    view! {
        <PartnerScreen title=t_signal!(i18n, courier.title) hint=t_signal!(i18n, courier.hint)>
            <RecordForm />
            <h2>{t!(i18n, courier.waiting)}</h2>
            <p class="form-status handed-note" role="status">{move || done.get()}</p>
            <Show
                when=move || !waiting.with(Vec::is_empty)
                fallback=move || view! { <p class="empty">{t!(i18n, courier.none)}</p> }
            >
                <ul class="parcel-list courier-list">
                    <For each=move || waiting.get() key=|p| p.id.clone() let:p>
                        <CourierParcelRow parcel=p done />
                    </For>
                </ul>
            </Show>
        </PartnerScreen>
    }
}

/// One parcel recorded per tap; the courier and the shelf stay chosen for the next one (a
/// courier leaves several at once), the number and the villager are cleared.
#[component]
fn RecordForm() -> impl IntoView {
    let i18n = use_i18n();
    let station = use_app().station;
    let voice = use_voice();
    let courier = RwSignal::new(Courier::Zto);
    let tracking = RwSignal::new(String::new());
    let shelf = RwSignal::new(String::new());
    let whose = RwSignal::new(None::<String>);
    let status = RwSignal::new(None::<(bool, String)>);
    // A photo of the label: the tracking number read off its barcode fills the box (to check).
    let on_scan = move |ev: leptos::ev::Targeted<leptos::ev::Event, web_sys::HtmlInputElement>| {
        let Some(file) = ev.target().files().and_then(|f| f.get(0)) else {
            return;
        };
        spawn_local(async move {
            let locale = i18n.get_locale_untracked();
            let text = match tracking_in(&barcode::read(&file).await) {
                Some(number) => {
                    tracking.set(number.clone());
                    (
                        true,
                        td_string!(locale, courier.scan_ok, number = number).to_string(),
                    )
                }
                None => (false, td_string!(locale, courier.scan_none).to_string()),
            };
            voice.say_only(&text.1);
            status.set(Some(text));
        });
    };
    let record = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let locale = i18n.get_locale_untracked();
        let input = ParcelInput {
            courier: courier.get_untracked(),
            tracking: tracking.get_untracked(),
            shelf: shelf.get_untracked(),
            villager_id: whose.get_untracked().unwrap_or_default(),
        };
        match station.record_parcel(input) {
            Ok(p) => {
                let name = station
                    .villager_face(&p.villager_id)
                    .map(|f| f.0)
                    .unwrap_or_default();
                let shown = td_string!(
                    locale,
                    courier.recorded,
                    name = name.clone(),
                    shelf = p.shelf.clone(),
                    code = p.code.clone()
                )
                .to_string();
                let said = format!(
                    "{} {}",
                    td_string!(locale, courier.say_recorded, name = name, shelf = p.shelf),
                    code_speech(locale, &p.code)
                );
                voice.say_only(&said);
                status.set(Some((true, shown)));
                tracking.set(String::new());
                whose.set(None);
            }
            Err(failure) => {
                let text = match failure {
                    RecordFailure::Refused(why) => record_refusal(locale, why),
                    RecordFailure::Storage(_) => td_string!(locale, courier.err_storage),
                };
                voice.say_only(text);
                status.set(Some((false, text.to_string())));
            }
        }
    };
    view! {
        <form class="courier-form" on:submit=record novalidate>
            <fieldset class="field">
                <legend class="field-label">{t!(i18n, courier.which)}</legend>
                <div class="reason-grid courier-grid">
                    {Courier::ALL
                        .into_iter()
                        .map(|c| {
                            view! {
                                <label class="reason-choice courier-choice">
                                    <input
                                        type="radio"
                                        name="courier"
                                        prop:checked=move || courier.get() == c
                                        on:change=move |_| courier.set(c)
                                    />
                                    <Icon icon=icondata::LuTruck />
                                    <span>{move || courier_name(i18n.get_locale(), c)}</span>
                                </label>
                            }
                        })
                        .collect_view()}
                </div>
            </fieldset>
            <TextField value=tracking max=MAX_TRACKING as u32 id="courier-tracking" on_input=move |()| status.set(None)>
                {t!(i18n, courier.tracking)}
            </TextField>
            {barcode::available().then(|| view! {
                <label class="btn photo-pick scan-pick">
                    <Icon icon=icondata::LuScanBarcode />
                    <span>{t!(i18n, courier.scan)}</span>
                    <input type="file" class="file-input" accept="image/*" capture="environment" on:change:target=on_scan />
                </label>
            })}
            <TextField value=shelf max=MAX_SHELF as u32 id="courier-shelf">
                {t!(i18n, courier.shelf)}
            </TextField>
            <VillagerPick chosen=whose group="whose" legend=t_signal!(i18n, courier.whose) />
            <StatusLine status />
            <IconButton icon=icondata::LuPackagePlus class="btn btn-primary btn-huge" submit=true>
                {t!(i18n, courier.record)}
            </IconButton>
        </form>
    }
}
