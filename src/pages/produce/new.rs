//! Listing a villager's goods: whose, a photo (the tablet camera; shrunk on the tablet), name,
//! unit, price, how many, the day harvested or made, the kind — then read back aloud with the
//! villager, and only "right" puts it on the shelf.

use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::hooks::use_navigate;

use crate::components::icon::{Icon, IconButton};
use crate::components::partner_gate::PartnerScreen;
use crate::components::product_image::ProductImage;
use crate::components::speak_button::{SpeakButton, use_voice};
use crate::components::text_field::{FieldKind, TextField};
use crate::components::villager_pick::VillagerPick;
use crate::domain::catalog::Unit;
use crate::domain::logistics::DAY_MS;
use crate::domain::order::{Date, date_of, days_from_civil};
use crate::domain::produce::{
    ListingDraft, ListingError, ListingInput, MAX_NAME_EN, MAX_NAME_ZH, local_day, validate,
};
use crate::i18n::*;
use crate::platform::local_offset_minutes;
use crate::platform::photo::shrink;
use crate::routes::Route;
use crate::store::use_app;
use crate::words::produce::{
    day_text, listing_error, listing_failure, listing_speech, photo_error,
};
use crate::words::{count_with_unit, unit_word};

/// The day picker's value for a day number ("2026-11-23").
fn iso_day(day: i64) -> String {
    let Date { year, month, day } = date_of(day.saturating_mul(DAY_MS as i64), 0);
    format!("{year:04}-{month:02}-{day:02}")
}

/// A day picker's value as a day number (`None` when empty or not a date).
fn parse_iso_day(text: &str) -> Option<i64> {
    let mut parts = text.splitn(3, '-').map(|p| p.parse::<i64>().ok());
    let (y, m, d) = (parts.next()??, parts.next()??, parts.next()??);
    days_from_civil(y, m, d)
}

/// The checked listing's name in the language shown (Chinese when there is no English one).
fn draft_title(locale: Locale, d: &ListingDraft) -> String {
    match (locale, &d.name_en) {
        (Locale::en, Some(en)) => en.clone(),
        _ => d.name_zh.clone(),
    }
}

/// The fields an error belongs under.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Field {
    Name,
    NameEn,
    Price,
    Quantity,
    Day,
    Category,
}

fn field_of(error: ListingError) -> Field {
    match error {
        ListingError::NoName | ListingError::NameTooLong => Field::Name,
        ListingError::NameEnTooLong => Field::NameEn,
        ListingError::PriceUnreadable | ListingError::PriceZero | ListingError::PriceAbsurd => {
            Field::Price
        }
        ListingError::QuantityZero | ListingError::QuantityAbsurd => Field::Quantity,
        ListingError::DateInFuture => Field::Day,
        ListingError::BadCategory => Field::Category,
    }
}

#[component]
pub fn NewGoodsPage() -> impl IntoView {
    let i18n = use_i18n();
    let app = use_app();
    let station = app.station;
    let voice = use_voice();
    let navigate = use_navigate();
    let today = local_day(station.clock_now(), local_offset_minutes());
    let seller = RwSignal::new(None::<String>);
    let photo = RwSignal::new(None::<String>);
    let photo_note = RwSignal::new(None::<(bool, String)>);
    let shrinking = RwSignal::new(false);
    let name_zh = RwSignal::new(String::new());
    let name_en = RwSignal::new(String::new());
    let unit = RwSignal::new(Unit::Jin);
    let price = RwSignal::new(String::new());
    let quantity = RwSignal::new(String::new());
    let made_on = RwSignal::new(iso_day(today));
    // The first kind in the catalogue until the partner chooses (set when the list arrives).
    let category = RwSignal::new(String::new());
    let errors = RwSignal::new(Vec::<ListingError>::new());
    let status = RwSignal::new(None::<String>);
    // The checked listing being read back (the form stays filled underneath for "change").
    let reading = RwSignal::new(None::<ListingDraft>);
    let error_for = move |field: Field| {
        Signal::derive(move || {
            errors.with(|all| {
                all.iter()
                    .find(|e| field_of(**e) == field)
                    .map(|e| listing_error(i18n.get_locale(), *e).to_string())
            })
        })
    };
    let seller_name = move || {
        seller
            .get_untracked()
            .and_then(|id| station.villager_face(&id))
            .map(|f| f.0)
            .unwrap_or_default()
    };
    let on_photo = move |ev: leptos::ev::Targeted<leptos::ev::Event, web_sys::HtmlInputElement>| {
        let Some(file) = ev.target().files().and_then(|f| f.get(0)) else {
            return;
        };
        shrinking.set(true);
        photo_note.set(None);
        spawn_local(async move {
            let locale = i18n.get_locale_untracked();
            match shrink(&file).await {
                Ok(url) => {
                    photo.set(Some(url));
                    photo_note.set(Some((
                        true,
                        td_string!(locale, produce.photo_ok).to_string(),
                    )));
                }
                Err(error) => {
                    let text = photo_error(locale, error);
                    voice.say_only(text);
                    photo_note.set(Some((false, text.to_string())));
                }
            }
            shrinking.set(false);
        });
    };
    // The read-back as said: when it opens, and again from its speaker.
    let read_back_speech = move |locale: Locale, d: &ListingDraft| {
        listing_speech(
            locale,
            &seller_name(),
            &draft_title(locale, d),
            d.unit,
            d.price_per_unit,
            d.quantity,
            d.made_on,
        )
    };
    let check = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let locale = i18n.get_locale_untracked();
        status.set(None);
        let input = ListingInput {
            name_zh: name_zh.get_untracked(),
            name_en: name_en.get_untracked(),
            unit: unit.get_untracked(),
            price: price.get_untracked(),
            // Not a number: 0, which the check names ("write how many").
            quantity: quantity.get_untracked().trim().parse().unwrap_or(0),
            made_on: parse_iso_day(&made_on.get_untracked()).unwrap_or(i64::MAX),
            category: category.get_untracked(),
        };
        let checked = validate(&input, station.clock_now(), local_offset_minutes());
        let mut said = Vec::new();
        if seller.get_untracked().is_none() {
            said.push(td_string!(locale, produce.err_no_seller));
        }
        match checked {
            Ok(draft) if said.is_empty() => {
                errors.set(Vec::new());
                voice.say(read_back_speech(locale, &draft));
                reading.set(Some(draft));
                // The form was scrolled to its button: the read-back starts at its heading.
                if let Some(window) = web_sys::window() {
                    window.scroll_to_with_x_and_y(0.0, 0.0);
                }
            }
            Ok(_) => errors.set(Vec::new()),
            Err(found) => {
                said.extend(found.iter().map(|e| listing_error(locale, *e)));
                errors.set(found);
            }
        }
        if !said.is_empty() {
            let text = said.join(" ");
            voice.say_only(&text);
            status.set(Some(text));
        }
    };
    let list = Callback::new(move |_: leptos::ev::MouseEvent| {
        let Some(draft) = reading.get_untracked() else {
            return;
        };
        let locale = i18n.get_locale_untracked();
        let seller_id = seller.get_untracked().unwrap_or_default();
        match station.add_listing(draft, &seller_id, photo.get_untracked()) {
            Ok(listing) => {
                voice.say_only(
                    &td_string!(locale, produce.listed, title = listing.name_zh.clone())
                        .to_string(),
                );
                spawn_local(station.flush(app.backend.get_untracked()));
                navigate(&Route::Goods.path(), Default::default());
            }
            Err(failure) => {
                reading.set(None);
                let text = listing_failure(locale, failure);
                voice.say_only(text);
                status.set(Some(text.to_string()));
            }
        }
    });
    let categories = app.categories;
    view! {
        <PartnerScreen title=t_signal!(i18n, produce.new_title) hint=t_signal!(i18n, produce.new_hint)>
            <Show
                when=move || reading.with(Option::is_some)
                fallback=move || view! {
                    <form class="goods-form" on:submit=check novalidate>
                        <VillagerPick chosen=seller group="seller" legend=t_signal!(i18n, produce.seller) />
                        <div class="field photo-field">
                            <div class="photo-preview">
                                {move || match photo.get() {
                                    Some(src) => view! { <img class="product-img photo-taken" src=src alt="" /> }.into_any(),
                                    None => view! { <ProductImage src=None category=category.get() alt="" /> }.into_any(),
                                }}
                            </div>
                            <label class="btn btn-huge photo-pick">
                                <Icon icon=icondata::LuCamera />
                                <span>{move || if photo.with(Option::is_some) { t_string!(i18n, produce.photo_retake) } else { t_string!(i18n, produce.photo) }}</span>
                                <input type="file" class="file-input" accept="image/*" capture="environment" on:change:target=on_photo />
                            </label>
                            <p
                                class=move || match photo_note.get() {
                                    Some((false, _)) => "form-status field-error",
                                    _ => "form-status",
                                }
                                role="status"
                                data-testid="photo-note"
                            >
                                {move || {
                                    if shrinking.get() {
                                        Some(t_string!(i18n, loading).to_string())
                                    } else {
                                        photo_note.get().map(|n| n.1).or_else(|| photo.with(Option::is_none).then(|| t_string!(i18n, produce.photo_none).to_string()))
                                    }
                                }}
                            </p>
                        </div>
                        <TextField value=name_zh max=MAX_NAME_ZH as u32 id="goods-name" error=error_for(Field::Name)>
                            {t!(i18n, produce.name_zh)}
                        </TextField>
                        <TextField value=name_en max=MAX_NAME_EN as u32 id="goods-name-en" error=error_for(Field::NameEn)>
                            {t!(i18n, produce.name_en)}
                        </TextField>
                        <label class="field">
                            <span class="field-label">{t!(i18n, produce.unit)}</span>
                            <select class="input-select" on:change:target=move |ev| {
                                let i: usize = ev.target().value().parse().unwrap_or(0);
                                unit.set(Unit::ALL.get(i).copied().unwrap_or_default());
                            }>
                                {Unit::ALL.into_iter().enumerate().map(|(i, u)| view! {
                                    <option value=i.to_string() selected=move || unit.get() == u>
                                        {move || unit_word(i18n.get_locale(), u)}
                                    </option>
                                }).collect_view()}
                            </select>
                        </label>
                        <TextField value=price max=12 kind=FieldKind::Decimal id="goods-price" error=error_for(Field::Price)>
                            {move || t_string!(i18n, produce.price, unit = unit_word(i18n.get_locale(), unit.get())).to_string()}
                        </TextField>
                        <TextField value=quantity max=6 kind=FieldKind::Phone id="goods-qty" error=error_for(Field::Quantity)>
                            {move || t_string!(i18n, produce.quantity, unit = unit_word(i18n.get_locale(), unit.get())).to_string()}
                        </TextField>
                        <label class="field">
                            <span class="field-label">{t!(i18n, produce.made_on)}</span>
                            <input type="date" id="goods-day" max=iso_day(today) prop:value=move || made_on.get()
                                on:input:target=move |ev| made_on.set(ev.target().value()) />
                            <span class="field-error" role="alert">{error_for(Field::Day)}</span>
                        </label>
                        <label class="field">
                            <span class="field-label">{t!(i18n, produce.category)}</span>
                            <Suspense fallback=|| ()>
                                {move || Suspend::new(async move {
                                    let list = categories.await.unwrap_or_default();
                                    if !list.iter().any(|c| c.slug == category.get_untracked())
                                        && let Some(first) = list.first()
                                    {
                                        category.set(first.slug.clone());
                                    }
                                    view! {
                                        <select class="input-select" id="goods-category" on:change:target=move |ev| category.set(ev.target().value())>
                                            {list.into_iter().map(|c| {
                                                let slug = c.slug.clone();
                                                let chosen = slug.clone();
                                                view! {
                                                    <option value=slug selected=move || category.get() == chosen>
                                                        {move || c.name.get(crate::words::lang_of(i18n.get_locale())).to_string()}
                                                    </option>
                                                }
                                            }).collect_view()}
                                        </select>
                                    }
                                })}
                            </Suspense>
                            <span class="field-error" role="alert">{error_for(Field::Category)}</span>
                        </label>
                        <p class="form-status field-error" role="status">{move || status.get()}</p>
                        <IconButton icon=icondata::LuVolume2 class="btn btn-primary btn-huge" submit=true disabled=shrinking>
                            {t!(i18n, produce.check)}
                        </IconButton>
                    </form>
                }
            >
                <section class="read-back goods-read-back" aria-labelledby="goods-read-back">
                    <h2 id="goods-read-back">{t!(i18n, produce.read_back)}</h2>
                    <SpeakButton
                        class="speak-big"
                        text=Signal::derive(move || {
                            reading
                                .with(|d| d.as_ref().map(|d| read_back_speech(i18n.get_locale(), d)))
                                .unwrap_or_default()
                        })
                    />
                    {move || reading.get().map(|d| {
                        let locale = i18n.get_locale();
                        let title = draft_title(locale, &d);
                        view! {
                            <div class="goods-card">
                                <ProductImage src=photo.get_untracked() category=d.category.clone() alt="" />
                                <div>
                                    <p class="goods-name">{title}</p>
                                    <p class="goods-seller">{seller_name()}</p>
                                    <p class="price">{d.price_per_unit.to_string()} " " {t_string!(i18n, product.per_unit, unit = unit_word(locale, d.unit)).to_string()}</p>
                                    <p class="goods-left">{count_with_unit(locale, d.quantity, d.unit)}</p>
                                    <p>{day_text(locale, d.made_on)}</p>
                                </div>
                            </div>
                        }
                    })}
                    <div class="read-back-answer">
                        <IconButton icon=icondata::LuCheck class="btn btn-primary btn-huge" on_click=list>
                            {t!(i18n, produce.list)}
                        </IconButton>
                        <IconButton icon=icondata::LuX class="btn btn-huge" on_click=move |_| reading.set(None)>
                            {t!(i18n, produce.change)}
                        </IconButton>
                    </div>
                    <p class="form-status" role="status">{move || status.get()}</p>
                </section>
            </Show>
        </PartnerScreen>
    }
}
