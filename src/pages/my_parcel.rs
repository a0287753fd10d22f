use leptos::prelude::*;
use leptos_router::hooks::use_location;

use crate::components::icon::{Icon, IconLink};
use crate::components::page_heading::PageHeading;
use crate::components::product_image::ProductImage;
use crate::components::qty_pictures::QtyPictures;
use crate::components::speak_button::SpeakButton;
use crate::components::timeline::stage_icon;
use crate::domain::logistics::{Stage, days_until, eta, stage_at};
use crate::domain::order::date_of;
use crate::domain::parcel_link::{LinkError, ParcelCard, decode};
use crate::i18n::*;
use crate::platform::local_offset_minutes;
use crate::routes::Route;
use crate::words::{eta_words, my_parcel_speech, say_money, stage_word, station_name};

/// A villager's own parcel, on her own phone, from the link in the station's message. Everything
/// shown comes from the link (the station's records stay on the tablet); the stage and the day
/// are worked out from when it was sent, on her phone's clock, so the page stays right for days.
#[component]
pub fn MyParcelPage() -> impl IntoView {
    let i18n = use_i18n();
    let hash = use_location().hash;
    let card = Memo::new(move |_| decode(&hash.get()));
    let title = t_signal!(i18n, my_parcel.title);
    move || match card.get() {
        Ok(card) => view! { <Card card title /> }.into_any(),
        Err(why) => view! { <BadLink why title /> }.into_any(),
    }
}

#[component]
fn Card(card: ParcelCard, title: Signal<String>) -> impl IntoView {
    let i18n = use_i18n();
    // Her phone's own clock: this is real life, not the station's training clock.
    let now = js_sys::Date::now() as u64;
    let plan = card.plan();
    let stage = stage_at(&plan, now, None);
    let eta_days = eta(&plan, now).map(|at| days_until(now, at, local_offset_minutes()));
    let collect_by = (stage == Stage::AtStation).then(|| {
        // The last day she can come: the day before it goes back.
        let last = plan.return_at().saturating_sub(1);
        date_of(
            i64::try_from(last).unwrap_or(i64::MAX),
            local_offset_minutes(),
        )
    });
    let card = StoredValue::new(card);
    let speech = Signal::derive(move || {
        card.with_value(|c| my_parcel_speech(i18n.get_locale(), c, stage, eta_days, collect_by))
    });
    let cash_said = Signal::derive(move || {
        card.with_value(|c| {
            t_string!(
                i18n,
                my_parcel.say_cash,
                amount = say_money(i18n.get_locale(), c.cash)
            )
            .to_string()
        })
    });
    let items = card.with_value(|c| c.items.clone());
    let more = card.with_value(|c| c.more);
    view! {
        <PageHeading title hint=speech />
        <section class="my-parcel" aria-label=title>
            <p class="my-parcel-hello">
                {move || card.with_value(|c| t_string!(i18n, my_parcel.hello, name = c.name.as_str()).to_string())}
            </p>
            <ul class="my-parcel-items">
                {items
                    .into_iter()
                    .map(|item| {
                        let picture = item.picture_url();
                        view! {
                            <li class="my-parcel-item">
                                <ProductImage src=picture.clone() category=item.category.clone() alt="" />
                                <span class="my-parcel-title">{item.title.clone()}</span>
                                <span class="my-parcel-qty">
                                    <QtyPictures qty=Signal::derive(move || item.qty) picture=picture.clone() category=item.category.clone() />
                                    <span>"× " {item.qty}</span>
                                </span>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
            {(more > 0)
                .then(|| {
                    view! {
                        <p class="muted">
                            {move || {
                                if more == 1 {
                                    t_string!(i18n, my_parcel.more_one).to_string()
                                } else {
                                    t_string!(i18n, my_parcel.more, n = more).to_string()
                                }
                            }}
                        </p>
                    }
                })}
            <div class="my-parcel-stage" role="status">
                <span class="stage-icon"><Icon icon=stage_icon(stage) /></span>
                <div>
                    <p class="stage-word">{move || stage_word(i18n.get_locale(), stage)}</p>
                    <p class="eta">{move || eta_days.map(|d| eta_words(i18n.get_locale(), d))}</p>
                    <p class="eta">
                        {move || {
                            collect_by
                                .map(|d| {
                                    t_string!(i18n, my_parcel.collect_by, month = d.month, day = d.day)
                                        .to_string()
                                })
                        }}
                    </p>
                </div>
            </div>
            <div class="my-parcel-where">
                <Icon icon=icondata::LuMapPin />
                <p>
                    {move || {
                        card.with_value(|c| {
                            let station = station_name(i18n.get_locale(), c);
                            t_string!(i18n, my_parcel.collect_at, station = station).to_string()
                        })
                    }}
                </p>
            </div>
            <div class="cash-due">
                <Icon icon=icondata::LuBanknote />
                <div>
                    <p>{t!(i18n, my_parcel.cash)}</p>
                    <p class="cash-amount">{card.with_value(|c| c.cash.to_string())}</p>
                </div>
                // The amount again, on its own, in money words.
                <SpeakButton text=cash_said />
            </div>
        </section>
    }
}

/// A link that carries no readable parcel: said plainly, never "you have no parcel".
#[component]
fn BadLink(why: LinkError, title: Signal<String>) -> impl IntoView {
    let i18n = use_i18n();
    let message = Signal::derive(move || {
        let locale = i18n.get_locale();
        let what = match why {
            LinkError::Missing => td_string!(locale, my_parcel.missing),
            LinkError::Damaged => td_string!(locale, my_parcel.damaged),
            LinkError::Version(_) => td_string!(locale, my_parcel.version),
        };
        format!("{what} {}", td_string!(locale, my_parcel.ask))
    });
    view! {
        <PageHeading title hint=message />
        <div class="error-panel" role="alert">
            <span class="error-icon">
                <Icon icon=icondata::LuLink2Off />
            </span>
            <p class="error-message">{message}</p>
            <div class="actions">
                <IconLink to=Route::Home icon=icondata::LuHouse>{t!(i18n, my_parcel.home)}</IconLink>
            </div>
        </div>
    }
}
