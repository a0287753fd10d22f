use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

use crate::api::ApiError;
use crate::components::add_to_cart::AddToCart;
use crate::components::error_panel::{ErrorPanel, Loading};
use crate::components::icon::{Icon, IconLink};
use crate::components::page_heading::PageHeading;
use crate::components::product_image::ProductImage;
use crate::components::stock_badge::StockBadge;
use crate::domain::catalog::{Product, percent_text};
use crate::domain::terms::{ReturnPolicy, Warranty, parse_return_policy, parse_warranty};
use crate::i18n::*;
use crate::routes::{ProductParam, Route};
use crate::store::use_app;
use crate::words::{
    Screen, Term, count_with_unit, lang_of, product_speech, screen_hint, term_words, unit_word,
};

/// One product: big picture, price and unit, stock in words, description, speaker.
#[component]
pub fn ProductPage() -> impl IntoView {
    let i18n = use_i18n();
    let params = use_params_map();
    let app = use_app();
    let id = Memo::new(move |_| params.with(ProductParam::read).id);
    let product = LocalResource::new(move || {
        let backend = app.backend.get();
        let id = id.get();
        async move {
            match id {
                Some(id) => backend.product(id).await,
                // Not a number: no request can find it.
                None => Err(ApiError::Http { status: 404 }),
            }
        }
    });
    view! {
        <Suspense fallback=Loading>
            {move || Suspend::new(async move {
                match product.await {
                    Ok(p) => view! { <ProductDetail product=p /> }.into_any(),
                    Err(ApiError::Http { status: 404 }) => view! { <ProductMissing /> }.into_any(),
                    Err(error) => {
                        view! {
                            <PageHeading
                                title=t_signal!(i18n, product.title)
                                hint=Signal::derive(move || screen_hint(i18n.get_locale(), &Screen::Product))
                            />
                            <ErrorPanel error on_retry=move |_| product.refetch() />
                        }
                            .into_any()
                    }
                }
            })}
        </Suspense>
    }
}

#[component]
fn ProductMissing() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <PageHeading
            title=t_signal!(i18n, product.not_found)
            hint=t_signal!(i18n, product.not_found)
        />
        <IconLink to=Route::Home icon=icondata::LuHouse class="btn btn-primary">{t!(i18n, nav.home)}</IconLink>
    }
}

#[component]
fn ProductDetail(product: Product) -> impl IntoView {
    let i18n = use_i18n();
    let p = StoredValue::new(product.clone());
    let lang = move || lang_of(i18n.get_locale());
    let title = Signal::derive(move || p.with_value(|p| p.title.get(lang()).to_string()));
    let speech = Signal::derive(move || p.with_value(|p| product_speech(i18n.get_locale(), p)));
    let unit = move || p.with_value(|p| unit_word(i18n.get_locale(), p.unit));
    let discounted = product.discount_bp > 0;
    let percent = percent_text(product.discount_bp);
    let was = product.price.to_string();
    let description = move || p.with_value(|p| p.description.get(lang()).to_string());
    let min_order = product.min_order;
    let product_unit = product.unit;
    let category = product.category.clone();
    let brand = product.brand.clone();
    let terms = [
        (Term::Returns, product.return_policy.clone()),
        (Term::Warranty, product.warranty.clone()),
        (Term::Shipping, product.shipping.clone()),
    ];
    // Brand is a name (same in both languages); the terms are read and said in the current language.
    let facts = move || {
        let locale = i18n.get_locale();
        let brand = brand
            .clone()
            .map(|b| (td_string!(locale, product.brand).to_string(), b));
        let brand = brand.map(|(name, value)| (name, value, false));
        let terms = terms.clone().into_iter().filter_map(move |(term, raw)| {
            let raw = raw.as_deref()?;
            let value = term_words(locale, term, raw)?;
            let name = match term {
                Term::Returns => td_string!(locale, product.returns),
                Term::Warranty => td_string!(locale, product.warranty),
                Term::Shipping => td_string!(locale, product.shipping),
            };
            // "No returns" and "no warranty" are pictured too: a villager must see them.
            let refused = match term {
                Term::Returns => parse_return_policy(raw) == Some(ReturnPolicy::None),
                Term::Warranty => parse_warranty(raw) == Some(Warranty::None),
                Term::Shipping => false,
            };
            Some((name.to_string(), value, refused))
        });
        brand
            .into_iter()
            .chain(terms)
            .map(|(name, value, refused)| {
                view! {
                    <div class:fact-no=refused>
                        <dt>{name}</dt>
                        <dd>{refused.then(|| view! { <Icon icon=icondata::LuBan /> })} {value}</dd>
                    </div>
                }
            })
            .collect_view()
    };
    view! {
        <article class="product-detail">
            <div class="product-picture">
                <ProductImage
                    src=product.image.clone().or(product.thumbnail.clone())
                    category=product.category.clone()
                    alt=title
                />
            </div>
            <div class="product-info">
                // One speaker for the product (name, price, stock, discount, returns), by its name.
                <PageHeading
                    title
                    hint=speech
                    label=Signal::derive(move || t_string!(i18n, product.speak_label, title = title.get()).to_string())
                />
                <p class="price price-big">
                    <span class="price-amount">{product.unit_price().to_string()}</span>
                    <span class="price-unit">
                        " " {move || t_string!(i18n, product.per_unit, unit = unit()).to_string()}
                    </span>
                </p>
                {discounted
                    .then(|| {
                        let was = was.clone();
                        let percent = percent.clone();
                        view! {
                            <p class="discount">
                                <span class="badge">
                                    {move || t_string!(i18n, product.discount, percent = percent.clone()).to_string()}
                                </span>
                                " "
                                <s>{move || t_string!(i18n, product.was, price = was.clone()).to_string()}</s>
                            </p>
                        }
                    })}
                <p>
                    <StockBadge product=product.clone() />
                </p>
                {(min_order > 1)
                    .then(|| {
                        view! {
                            <p class="notice">
                                <Icon icon=icondata::LuInfo />
                                <span>
                                    {move || t_string!(i18n, product.min_order, qty = count_with_unit(i18n.get_locale(), min_order, product_unit)).to_string()}
                                </span>
                            </p>
                        }
                    })}
                <AddToCart product=product.clone() />
                <h2>{t!(i18n, product.details)}</h2>
                <p class="description">{description}</p>
                <dl class="facts">{facts}</dl>
                <IconLink to=Route::Category(category) icon=icondata::LuPackage>{t!(i18n, product.see_category)}</IconLink>
            </div>
        </article>
    }
}
